/**
 * Joining and leaving a programme: a pack's preview applies it to the kickoff answers (pre-filling
 * only what is empty, ../../playbook/program/prefill.ts), and the kickoff page's programme line
 * leaves it. Loaded on demand with them; only the answers' store (every page has it) is imported.
 */
import { emptyKickoff, isEmptyKickoff, type KickoffState } from '../../playbook/documents/kickoff';
import type { Program } from '../../playbook/documents/program';
import { prefill, type Prefill } from '../../playbook/program/prefill';
import { $kickoff, kickoffStore } from '../core/kickoff';
import { $openId, startMentorship } from '../core/mentorships';

/** What applying a programme did, and what undoing it puts back. */
export interface Applied extends Prefill {
  /** The answers before, for undo; undefined for a mentorship started with the programme. */
  before?: KickoffState;
}

/** Whether the open mentorship has kickoff answers (a pack is then offered for a new one too). */
export const openHasAnswers = () => $openId.get() !== '' && !isEmptyKickoff($kickoff.get());

/**
 * Applies a programme to the open mentorship's answers (starting the first mentorship when there
 * is none), or to a new mentorship started for it, which then opens; what it did, or undefined
 * when nothing could be written (a newer site's answers, storage refused).
 */
export function applyProgram(program: Program, to: 'open' | 'new'): Applied | undefined {
  if ($openId.get() !== '' && kickoffStore.$readOnly.get()) return undefined;
  if (to === 'new' && !startMentorship()) return undefined;
  const before = $kickoff.get();
  const result = prefill(before, program);
  if (!kickoffStore.replace(() => result.kickoff)) return undefined;
  return { ...result, before: to === 'open' ? before : undefined };
}

/**
 * Puts back the answers a programme was applied over, when nothing has changed them since; false
 * when something has (then the programme stays, and the page says so).
 */
export function undoProgram(applied: Applied): boolean {
  const { before } = applied;
  if (!before || JSON.stringify($kickoff.get()) !== JSON.stringify(applied.kickoff)) return false;
  return kickoffStore.replace(() => before);
}

/**
 * Leaves the programme: the kickoff keeps every answer, and no longer names a programme. (The
 * empty programme comes from emptyKickoff, which every page has, not emptyProgram, which only
 * this would pull into every page's first load.)
 */
export const leaveProgram = () =>
  kickoffStore.replace((state) => ({ ...state, program: emptyKickoff().program }));
