/**
 * A session (or the agenda being prepared) as document blocks (the block model of
 * core/markdown.ts): what prints, what a past session shows, and what its Markdown file holds.
 * Loaded with what uses it, never with the page: printing loads it once the page is in use.
 */
import {
  CHECK_IN_STATES,
  type ActionItem,
  type Agenda,
  type CheckIn,
  type Owner,
} from '../../documents/agenda';
import { cleanLine, type Block } from '../../core/markdown';
import { cleanText } from '../../core/blocks/text';

/** A check-in state in words: "Moving". */
export const checkInLabel = (state: CheckIn['state']) =>
  CHECK_IN_STATES.find((s) => s.id === state)!.label;

const OWNER_LABEL: Record<Owner, string> = { mentor: 'Mentor', mentee: 'Mentee' };

function itemFields(items: readonly ActionItem[]): Block {
  return {
    type: 'fields',
    items: items.map((i) => ({
      label: `${OWNER_LABEL[i.owner]}${i.done ? ', done' : ''}`,
      value: cleanLine(i.text) || '(no text)',
    })),
  };
}

/** A session (or the agenda being prepared) as document blocks, its headings starting at `level`. */
export function sessionBlocks(session: Agenda, level: 1 | 2): Block[] {
  const sub = (level + 1) as 2 | 3;
  const blocks: Block[] = [
    {
      type: 'heading',
      level,
      text: `Mentorship session${session.date ? `, ${session.date}` : ''}`,
    },
  ];
  for (const part of session.parts) {
    blocks.push({
      type: 'heading',
      level: sub,
      text: `${cleanLine(part.title) || 'Untitled part'} (${part.minutes} min)`,
    });
    if (part.kind === 'actions' && session.carried.length > 0)
      blocks.push(itemFields(session.carried));
    blocks.push({ type: 'paragraph', text: cleanText(part.notes) || 'No notes.' });
  }
  if (session.checkIns.length > 0) {
    blocks.push({ type: 'heading', level: sub, text: 'Where the goals stand' });
    blocks.push({
      type: 'fields',
      items: session.checkIns.map((c) => ({
        label: cleanLine(c.what) || 'A goal',
        value: `${checkInLabel(c.state)}${cleanLine(c.note) ? `. ${cleanLine(c.note)}` : ''}`,
      })),
    });
  }
  blocks.push({ type: 'heading', level: sub, text: 'Action items for next time' });
  blocks.push(
    session.actions.length
      ? itemFields(session.actions)
      : { type: 'paragraph', text: 'None agreed.' },
  );
  return blocks;
}
