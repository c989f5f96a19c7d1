import { getTestStorage, setTestStorageKey } from '@nanostores/persistent';
import { allTasks, keepMount } from 'nanostores';
import { beforeEach, describe, expect, test } from 'vitest';
import { AGENDA_KEY, HISTORY_KEY, KICKOFF_KEY, resetStores } from './helpers/stores';
import { emptyKickoff } from '../../src/playbook/kickoff/topics';
import {
  $draft,
  $history,
  $sessionLength,
  $timebox,
  addActionItem,
  $agendaReadOnly,
  draftStore,
  changePart,
  logFile,
  moveAgendaPart,
  removeAgendaPart,
  undoAgendaChange,
} from '../../src/stores/agenda/agenda';
import { changeActionItem } from '../../src/stores/agenda/on-demand/items';
import { deleteHistorySession, finishAgenda } from '../../src/stores/agenda/on-demand/history';

beforeEach(resetStores);
/** Mounts the stores the islands read, as a page does, and lets their follow-up work run. */
const mount = async () => {
  keepMount($timebox);
  keepMount($history);
  keepMount(draftStore.$undo);
  await allTasks();
};
const saved = () => JSON.parse(getTestStorage()[HISTORY_KEY]!);

describe('agenda store', () => {
  test('plans for the session length agreed in the kickoff, or 30 minutes', async () => {
    await mount();
    expect($sessionLength.get()).toBe(30);
    const kickoff = emptyKickoff();
    kickoff.cadence.minutes = 60;
    setTestStorageKey(KICKOFF_KEY, JSON.stringify({ version: 1, ...kickoff }));
    expect($sessionLength.get()).toBe(60);
    expect($timebox.get().length).toBe(60);
  });

  test('finishing saves the session and carries unfinished items into the next agenda', async () => {
    await mount();
    changePart($draft.get().parts[0]!.id, { notes: 'New team' });
    addActionItem('Write the estimate', 'mentee');
    addActionItem('Send an example', 'mentor');
    changeActionItem($draft.get().actions[1]!.id, { done: true });
    expect(finishAgenda()).toBe(
      'Session saved to the history. 1 open action item carried to the next agenda.',
    );
    expect($history.get()).toHaveLength(1);
    expect($history.get()[0]!.parts[0]!.notes).toBe('New team');
    expect($draft.get().carried.map((i) => i.text)).toEqual(['Write the estimate']);
    expect(saved().sessions[0].actions.map((i: { text: string }) => i.text)).toEqual([
      'Write the estimate',
      'Send an example',
    ]);
    expect((await logFile()).text).toContain('New team');

    finishAgenda();
    expect($history.get()).toHaveLength(2);
    expect($draft.get().carried.map((i) => i.text)).toEqual(['Write the estimate']);
    deleteHistorySession($history.get()[0]!.id);
    expect(saved().sessions).toHaveLength(1);
  });

  test('typing in the draft rewrites neither the stored history nor the history array', async () => {
    await mount();
    finishAgenda();
    const before = $history.get();
    const storedHistory = getTestStorage()[HISTORY_KEY];
    changePart($draft.get().parts[0]!.id, { notes: 'typing' });
    expect($history.get()).toBe(before);
    expect(getTestStorage()[HISTORY_KEY]).toBe(storedHistory);
    expect(JSON.parse(getTestStorage()[AGENDA_KEY]!).draft.parts[0].notes).toBe('typing');
  });

  test('a removed part can be put back where it was, until the next change', async () => {
    await mount();
    const ids = $draft.get().parts.map((p) => p.id);
    moveAgendaPart(ids[3]!, -1);
    expect($draft.get().parts.map((p) => p.id)).toEqual([ids[0], ids[1], ids[3], ids[2]]);
    removeAgendaPart(ids[1]!);
    expect($draft.get().parts).toHaveLength(3);
    expect(draftStore.$undo.get()).toBe("Removed “Last time's action items”.");
    expect(undoAgendaChange()).toBe(true);
    expect($draft.get().parts.map((p) => p.id)).toEqual([ids[0], ids[1], ids[3], ids[2]]);
    expect(undoAgendaChange()).toBe(false);
    removeAgendaPart(ids[0]!);
    changePart(ids[3]!, { notes: 'typed after removing' });
    expect(undoAgendaChange()).toBe(false);
    expect($draft.get().parts[1]!.notes).toBe('typed after removing');
  });

  test('an agenda with a damaged field keeps the rest, and a copy of what was stored', async () => {
    const raw = '{"version":1,"draft":{"date":"2026-11-21","parts":"no"}}';
    setTestStorageKey(AGENDA_KEY, raw);
    await mount();
    expect($draft.get()).toEqual({
      date: '2026-11-21',
      parts: [],
      carried: [],
      actions: [],
      checkIns: [],
    });
    expect(draftStore.$backups.get().map((b) => b.raw)).toEqual([raw]);
  });

  test('a history from a newer site is left alone, and nothing that would change it is allowed', async () => {
    const newer = JSON.stringify({ version: 2, sessions: [], archive: true });
    setTestStorageKey(HISTORY_KEY, newer);
    await mount();
    expect($agendaReadOnly.get()).toBe(true);
    expect(addActionItem('x', 'mentee')).toBe(false);
    expect(finishAgenda()).toBeUndefined();
    expect(getTestStorage()[HISTORY_KEY]).toBe(newer);
  });
});
