import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { resetStores } from './helpers/stores';
import { emptyKickoff } from '../../src/playbook/kickoff';
import {
  $draft,
  $history,
  $sessionLength,
  $timebox,
  AGENDA_KEY,
  addActionItem,
  HISTORY_KEY,
  $agendaReadOnly,
  draftStore,
  changeActionItem,
  changePart,
  deleteHistorySession,
  finishAgenda,
  logFile,
  moveAgendaPart,
  removeAgendaPart,
  undoRemovePart,
} from '../../src/stores/agenda';
import { KICKOFF_KEY } from '../../src/stores/kickoff';

let stop: (() => void) | undefined;
beforeEach(resetStores);
afterEach(() => {
  stop?.();
  resetStores();
});
const mount = () => {
  const s = [$timebox.listen(() => {}), $history.listen(() => {})];
  stop = () => s.forEach((f) => f());
};
const saved = () => JSON.parse(getTestStorage()[HISTORY_KEY]!);

describe('agenda store', () => {
  test('plans for the session length agreed in the kickoff, or 30 minutes', () => {
    mount();
    expect($sessionLength.get()).toBe(30);
    const kickoff = emptyKickoff();
    kickoff.cadence.minutes = 60;
    setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 1, ...kickoff }));
    expect($sessionLength.get()).toBe(60);
    expect($timebox.get().length).toBe(60);
  });

  test('finishing saves the session and carries unfinished items into the next agenda', () => {
    mount();
    changePart($draft.get().parts[0]!.id, { notes: 'New team' });
    addActionItem('Write the estimate', 'mentee');
    addActionItem('Send an example', 'mentor');
    changeActionItem($draft.get().actions[1]!.id, { done: true });
    expect(finishAgenda()).toBe(true);
    expect($history.get()).toHaveLength(1);
    expect($history.get()[0]!.parts[0]!.notes).toBe('New team');
    expect($draft.get().carried.map((i) => i.text)).toEqual(['Write the estimate']);
    expect(saved().sessions[0].actions.map((i: { text: string }) => i.text)).toEqual([
      'Write the estimate',
      'Send an example',
    ]);
    expect(logFile().markdown).toContain('New team');

    finishAgenda();
    expect($history.get()).toHaveLength(2);
    expect($draft.get().carried.map((i) => i.text)).toEqual(['Write the estimate']);
    deleteHistorySession($history.get()[0]!.id);
    expect(saved().sessions).toHaveLength(1);
  });

  test('typing in the draft rewrites neither the stored history nor the history array', () => {
    mount();
    finishAgenda();
    const before = $history.get();
    const storedHistory = getTestStorage()[HISTORY_KEY];
    changePart($draft.get().parts[0]!.id, { notes: 'typing' });
    expect($history.get()).toBe(before);
    expect(getTestStorage()[HISTORY_KEY]).toBe(storedHistory);
    expect(JSON.parse(getTestStorage()[AGENDA_KEY]!).draft.parts[0].notes).toBe('typing');
  });

  test('a removed part can be put back where it was', () => {
    mount();
    const ids = $draft.get().parts.map((p) => p.id);
    moveAgendaPart(ids[3]!, -1);
    expect($draft.get().parts.map((p) => p.id)).toEqual([ids[0], ids[1], ids[3], ids[2]]);
    removeAgendaPart(ids[1]!);
    expect($draft.get().parts).toHaveLength(3);
    expect(undoRemovePart()).toBe(true);
    expect($draft.get().parts.map((p) => p.id)).toEqual([ids[0], ids[1], ids[3], ids[2]]);
    expect(undoRemovePart()).toBe(false);
  });

  test('an unreadable agenda is kept aside', async () => {
    setTestStorageKey(AGENDA_KEY, '{"version":1,"draft":{"parts":"no"}}');
    mount();
    await new Promise((r) => setTimeout(r, 0));
    expect(draftStore.$backups.get()).toHaveLength(1);
    expect($draft.get().parts).toHaveLength(4);
  });

  test('a history from a newer site is left alone, and nothing that would change it is allowed', () => {
    const newer = JSON.stringify({ version: 2, sessions: [], archive: true });
    setTestStorageKey(HISTORY_KEY, newer);
    mount();
    expect($agendaReadOnly.get()).toBe(true);
    expect(addActionItem('x', 'mentee')).toBe(false);
    expect(finishAgenda()).toBe(false);
    expect(getTestStorage()[HISTORY_KEY]).toBe(newer);
  });
});
