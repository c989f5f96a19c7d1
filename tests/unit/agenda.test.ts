import fc from 'fast-check';
import { sessionBlocks } from '../../src/playbook/agenda/on-demand/blocks';
import { readDocument } from '../../src/playbook/core/schema';
import { describe, expect, test } from 'vitest';
import {
  STANDARD_PARTS,
  addAction,
  addPart,
  emptyAgenda,
  fitTimeboxes,
  movePart,
  DraftSchema,
  NEW_PART_MINUTES,
  HistorySchema,
  removePart,
  splitMinutes,
  timeboxTotals,
  updatePart,
  partName,
  timeboxMessage,
  type Agenda,
  type AgendaState,
  type Session,
} from '../../src/playbook/agenda/agenda';
import { clearCheckIn, setCheckIn } from '../../src/playbook/agenda/on-demand/check-ins';
import {
  deleteSession,
  finishSession,
  finishedMessage,
  logBlocks,
  sessionWhen,
} from '../../src/playbook/agenda/on-demand/history';
import { removeAction, updateAction } from '../../src/playbook/agenda/on-demand/items';
import { agendaFileName, toMarkdown } from '../../src/playbook/agenda/on-demand/session-files';
import { expectedBlocks, parseMarkdown } from './helpers/commonmark';

// What a download holds: the blocks the page shows, serialised.
const sessionMarkdown = (session: Agenda) => toMarkdown(sessionBlocks(session, 1));
const logMarkdown = (history: readonly Session[]) => toMarkdown(logBlocks(history));

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('timeboxes', () => {
  test.each([
    [30, [1, 1.5, 2.5, 1], [5, 8, 12, 5]],
    [45, [1, 1.5, 2.5, 1], [8, 11, 19, 7]],
    [60, [1, 1.5, 2.5, 1], [10, 15, 25, 10]],
    [10, [1, 1, 1], [4, 3, 3]],
    [0, [1, 2], [0, 0]],
  ])('%d minutes split by %j is %j', (total, weights, expected) => {
    expect(splitMinutes(total, weights)).toEqual(expected);
  });

  test('splits always add up to the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const parts = splitMinutes(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
        },
      ),
    );
  });

  test('a new agenda has the four standard parts filling the session', () => {
    const agenda = emptyAgenda(45, ids());
    expect(agenda.parts.map((p) => p.kind)).toEqual(STANDARD_PARTS.map((p) => p.kind));
    expect(timeboxTotals(agenda, 45)).toEqual({ planned: 45, length: 45, over: 0 });
  });

  test('says by how much a plan runs over, and fitting brings it back', () => {
    let agenda = emptyAgenda(30, ids());
    agenda = updatePart(agenda, agenda.parts[2]!.id, { minutes: 25 });
    expect(timeboxTotals(agenda, 30)).toEqual({ planned: 43, length: 30, over: 13 });
    expect(timeboxTotals(fitTimeboxes(agenda, 30), 30).planned).toBe(30);
  });
});

describe('parts', () => {
  test('can be added (with a few minutes to fit), moved and removed', () => {
    const next = ids();
    let agenda = addPart(emptyAgenda(30, next), 'extra', 'Career chat');
    expect(agenda.parts.at(-1)).toEqual({
      id: 'extra',
      kind: 'custom',
      title: 'Career chat',
      minutes: NEW_PART_MINUTES,
      notes: '',
    });
    agenda = movePart(agenda, 'extra', -1);
    expect(agenda.parts.map((p) => p.id)).toEqual(['id-1', 'id-2', 'id-3', 'extra', 'id-4']);
    expect(movePart(agenda, 'id-1', -1)).toBe(agenda);
    expect(removePart(agenda, 'id-2').parts.map((p) => p.id)).toEqual([
      'id-1',
      'id-3',
      'extra',
      'id-4',
    ]);
  });
});

describe('finishing a session', () => {
  test('stores it newest first and carries every unfinished item forward', () => {
    const next = ids();
    let draft: Agenda = emptyAgenda(30, next, [
      { id: 'old-done', text: 'Read chapter 3', owner: 'mentee', done: true },
      { id: 'old-open', text: 'Find an example', owner: 'mentor', done: false },
    ]);
    draft = addAction(draft, {
      id: 'new-open',
      text: 'Try test-first',
      owner: 'mentee',
      done: false,
    });
    draft = addAction(draft, {
      id: 'new-done',
      text: 'Book next session',
      owner: 'mentee',
      done: false,
    });
    draft = updateAction(draft, 'new-done', { done: true });
    draft = updatePart(draft, draft.parts[0]!.id, { notes: 'Moved teams' });
    const earlier = {
      ...emptyAgenda(30, next),
      id: 's0',
      finishedAt: '2026-11-01T10:00:00Z',
      date: '2026-11-01',
    };
    const state: AgendaState = { draft, history: [earlier] };

    const after = finishSession(state, {
      id: 's1',
      finishedAt: '2026-11-21T10:00:00Z',
      today: '2026-11-21',
      length: 45,
      newId: next,
    });
    expect(after.history.map((s) => [s.id, s.date])).toEqual([
      ['s1', '2026-11-21'],
      ['s0', '2026-11-01'],
    ]);
    expect(after.history[0]!.parts[0]!.notes).toBe('Moved teams');
    expect(after.draft.carried.map((i) => i.id)).toEqual(['old-open', 'new-open']);
    expect(after.draft.actions).toEqual([]);
    expect(after.draft.parts.every((p) => p.notes === '')).toBe(true);
    expect(timeboxTotals(after.draft, 45).planned).toBe(45);
    expect(deleteSession(after, 's0').history.map((s) => s.id)).toEqual(['s1']);
  });

  test('keeps a date the mentee set', () => {
    const state: AgendaState = {
      draft: { ...emptyAgenda(30, ids()), date: '2026-12-03' },
      history: [],
    };
    const after = finishSession(state, {
      id: 's',
      finishedAt: 'x',
      today: '2026-11-21',
      length: 30,
      newId: ids(),
    });
    expect(after.history[0]!.date).toBe('2026-12-03');
  });

  test('action items can be removed from either list', () => {
    let draft = emptyAgenda(30, ids(), [{ id: 'c', text: 'x', owner: 'mentor', done: false }]);
    draft = addAction(draft, { id: 'a', text: 'y', owner: 'mentee', done: false });
    expect(removeAction(removeAction(draft, 'c'), 'a')).toMatchObject({ carried: [], actions: [] });
  });
});

describe('check-ins on the goals', () => {
  const ship = { id: 'g1', what: 'Ship a service' };
  const review = { id: 'g2', what: 'Review a PR' };
  const finish = (draft: Agenda, goals = [ship, review]) =>
    finishSession(
      { draft, history: [] },
      { id: 's1', finishedAt: 'x', today: '2026-11-21', length: 30, newId: ids(), goals },
    );

  test.each<[string, (a: Agenda) => Agenda, Agenda['checkIns']]>([
    ['none: never required', (a) => a, []],
    ['a note alone, no state chosen: none', (a) => setCheckIn(a, ship, { note: 'x' }), []],
    [
      'a state, then a note',
      (a) => setCheckIn(setCheckIn(a, ship, { state: 'stuck' }), ship, { note: 'Blocked on CI' }),
      [{ goal: 'g1', what: 'Ship a service', state: 'stuck', note: 'Blocked on CI' }],
    ],
    [
      'two goals, one changed after',
      (a) =>
        setCheckIn(
          setCheckIn(setCheckIn(a, ship, { state: 'moving' }), review, { state: 'done' }),
          ship,
          { state: 'not-started' },
        ),
      [
        { goal: 'g1', what: 'Ship a service', state: 'not-started', note: '' },
        { goal: 'g2', what: 'Review a PR', state: 'done', note: '' },
      ],
    ],
    [
      'one cleared',
      (a) =>
        clearCheckIn(
          setCheckIn(setCheckIn(a, ship, { state: 'moving' }), review, { state: 'done' }),
          'g1',
        ),
      [{ goal: 'g2', what: 'Review a PR', state: 'done', note: '' }],
    ],
  ])('%s', (_name, change, checkIns) => {
    const draft = change(emptyAgenda(30, ids()));
    expect(draft.checkIns).toEqual(checkIns);
    const after = finish(draft);
    // Finishing moves them into the history entry, and the next agenda starts with none.
    expect(after.history[0]!.checkIns).toEqual(checkIns);
    expect(after.draft.checkIns).toEqual([]);
  });

  test('the history keeps each goal’s words as they were when the session finished', () => {
    const draft = setCheckIn(
      setCheckIn(emptyAgenda(30, ids()), ship, { state: 'moving' }),
      review,
      { state: 'done' },
    );
    // Ship's words changed since the check-in; Review was removed from the kickoff.
    const after = finish(draft, [{ id: 'g1', what: 'Ship a small service' }]);
    expect(after.history[0]!.checkIns.map((c) => c.what)).toEqual([
      'Ship a small service',
      'Review a PR',
    ]);
  });

  test('go into the session, the log and their Markdown, hostile text kept literal', () => {
    const hostile = { id: 'g3', what: '# Goal *one* <b>' };
    let draft = setCheckIn(emptyAgenda(30, ids()), hostile, { state: 'stuck' });
    draft = setCheckIn(draft, hostile, { note: '[x](javascript:alert(1)) | www.example.org' });
    draft = setCheckIn(draft, ship, { state: 'moving' });
    const history = finish(draft, [hostile, ship]).history;
    const { blocks, unexpected } = parseMarkdown(logMarkdown(history));
    expect(unexpected).toEqual([]);
    expect(blocks).toEqual(
      expectedBlocks([
        { type: 'heading', level: 1, text: 'Mentorship log' },
        ...sessionBlocks(history[0]!, 2),
      ]),
    );
    expect(blocks).toContainEqual({ kind: 'heading', depth: 3, text: 'Where the goals stand' });
    expect(blocks).toContainEqual({
      kind: 'list',
      items: [
        '# Goal *one* <b>: Stuck. [x](javascript:alert(1)) | www.example.org',
        'Ship a service: Moving',
      ],
    });
    // A session with no check-in says nothing of goals.
    expect(sessionMarkdown(emptyAgenda(30, ids()))).not.toContain('goals stand');
  });
});

describe('DraftSchema and HistorySchema', () => {
  const draft = () => emptyAgenda(30, ids());
  const session = () => ({
    ...draft(),
    id: 's1',
    finishedAt: '2026-11-21T10:00:00Z',
    date: '2026-11-21',
  });
  test('read back what they are given', () => {
    const stored = JSON.parse(JSON.stringify({ version: 1, draft: draft() }));
    expect(readDocument(DraftSchema, stored)).toEqual({ value: { draft: draft() }, reset: [] });
    const history = JSON.parse(JSON.stringify({ version: 1, sessions: [session()] }));
    expect(readDocument(HistorySchema, history)).toEqual({
      value: { sessions: [session()] },
      reset: [],
    });
  });
  const part = { id: 'p', kind: 'since', title: 'T', notes: 'N', minutes: 5 };
  const checkIn = { goal: 'g1', what: 'Ship it', state: 'moving', note: 'Half done' };
  const EMPTY_DRAFT = { date: '', parts: [], carried: [], actions: [], checkIns: [] };
  test.each([
    [
      'no draft: an empty one',
      {},
      { date: '', parts: [], carried: [], actions: [], checkIns: [] },
      [],
    ],
    [
      'a part with negative minutes: its minutes only',
      { draft: { parts: [{ ...part, minutes: -1 }] } },
      { date: '', parts: [{ ...part, minutes: 0 }], carried: [], actions: [], checkIns: [] },
      ['draft.parts.0.minutes'],
    ],
    [
      'a part of unknown kind: a part of their own',
      { draft: { parts: [{ ...part, kind: 'lecture' }] } },
      { date: '', parts: [{ ...part, kind: 'custom' }], carried: [], actions: [], checkIns: [] },
      ['draft.parts.0.kind'],
    ],
    [
      'an item with an unknown owner: the mentee',
      { draft: { actions: [{ id: 'a', text: 'x', owner: 'boss', done: true }] } },
      {
        date: '',
        parts: [],
        carried: [],
        actions: [{ id: 'a', text: 'x', owner: 'mentee', done: true }],
        checkIns: [],
      },
      ['draft.actions.0.owner'],
    ],
    [
      'a part with no id: that part leaves the list',
      { draft: { date: '2026-11-21', parts: [{ ...part, id: undefined }, part] } },
      { date: '2026-11-21', parts: [part], carried: [], actions: [], checkIns: [] },
      ['draft.parts.0.id'],
    ],
    [
      'a bad date: no date',
      { draft: { date: 'tomorrow', parts: [part] } },
      { date: '', parts: [part], carried: [], actions: [], checkIns: [] },
      ['draft.date'],
    ],
    [
      'a check-in of an unknown state: that check-in leaves the list',
      {
        draft: {
          checkIns: [
            { ...checkIn, state: 'great' },
            { ...checkIn, goal: 'g2' },
          ],
        },
      },
      { ...EMPTY_DRAFT, checkIns: [{ ...checkIn, goal: 'g2' }] },
      ['draft.checkIns.0.state'],
    ],
    [
      'a second check-in on one goal: the first counts',
      { draft: { checkIns: [checkIn, { ...checkIn, note: 'again' }] } },
      { ...EMPTY_DRAFT, checkIns: [checkIn] },
      ['draft.checkIns.1'],
    ],
    [
      'a check-in with no words or note: empty ones',
      { draft: { checkIns: [{ goal: 'g1', state: 'stuck' }] } },
      { ...EMPTY_DRAFT, checkIns: [{ goal: 'g1', what: '', state: 'stuck', note: '' }] },
      [],
    ],
  ])('a draft with %s', (_name, input, draft, reset) => {
    expect(readDocument(DraftSchema, input)).toEqual({ value: { draft }, reset });
  });
  test.each([
    ['sessions not a list', { sessions: {} }, 0],
    ['a session without an id', { sessions: [{ ...session(), id: undefined }, session()] }, 1],
    ['a session with a bad part', { sessions: [{ ...session(), parts: [{}] }] }, 1],
  ])('a history with %s keeps every session it can read', (_name, input, kept) => {
    expect(readDocument(HistorySchema, input)?.value.sessions).toHaveLength(kept);
  });
});

describe('Markdown export', () => {
  const hostile =
    '# heading?\n*emphasis* <script>alert(1)</script> [x](javascript:alert(1)) | pipe\n\n1. list?';

  test('a session keeps hostile text literal, as plain text only', () => {
    let agenda = emptyAgenda(30, ids(), [
      { id: 'c', text: '**carried** <b>', owner: 'mentor', done: false },
    ]);
    agenda = updatePart(agenda, agenda.parts[2]!.id, { notes: hostile, title: '## Challenge ##' });
    agenda = addAction(agenda, { id: 'a', text: '- [ ] task `code`', owner: 'mentee', done: true });
    const { blocks, unexpected } = parseMarkdown(
      sessionMarkdown({ ...agenda, date: '2026-11-21' }),
    );
    expect(unexpected).toEqual([]);
    expect(blocks).toEqual(expectedBlocks(sessionBlocks({ ...agenda, date: '2026-11-21' }, 1)));
    expect(blocks).toContainEqual({ kind: 'paragraph', text: hostile });
    expect(blocks).toContainEqual({ kind: 'heading', depth: 2, text: '## Challenge ## (12 min)' });
    expect(blocks).toContainEqual({ kind: 'list', items: ['Mentor: **carried** <b>'] });
    expect(blocks).toContainEqual({ kind: 'list', items: ['Mentee, done: - [ ] task `code`'] });
  });

  test('for any text, the log parses back to its blocks', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({
        unit: fc.constantFrom(
          '#',
          '*',
          '_',
          '<',
          '>',
          '`',
          '|',
          '[',
          ']',
          '\n',
          ' ',
          '1.',
          'x',
          '\\',
        ),
        maxLength: 30,
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ notes: text, title: text, action: text }), {
          minLength: 1,
          maxLength: 4,
        }),
        (sessions) => {
          const history = sessions.map((s, i) => {
            let agenda = emptyAgenda(30, ids());
            agenda = updatePart(agenda, agenda.parts[0]!.id, { notes: s.notes, title: s.title });
            agenda = addAction(agenda, { id: 'a', text: s.action, owner: 'mentee', done: false });
            return { ...agenda, id: `s${i}`, finishedAt: 'x', date: '2026-11-21' };
          });
          const { blocks, unexpected } = parseMarkdown(logMarkdown(history));
          expect(unexpected).toEqual([]);
          expect(blocks).toEqual(
            expectedBlocks([
              { type: 'heading', level: 1, text: 'Mentorship log' },
              ...history.flatMap((s) => sessionBlocks(s, 2)),
            ]),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  test('an empty log says so, and file names are safe', () => {
    expect(logMarkdown([])).toBe('# Mentorship log\n\nNo sessions finished yet.\n');
    expect(agendaFileName('log', '2026-11-21')).toBe('mentorship-log-2026-11-21.md');
    expect(agendaFileName('session', '../../x')).toBe('mentorship-session.md');
  });
});

describe('words for the planner', () => {
  test.each([
    [
      { planned: 30, length: 30, over: 0 },
      'Planned 30 of 30 minutes. The timeboxes fill it exactly.',
    ],
    [{ planned: 29, length: 30, over: 0 }, 'Planned 29 of 30 minutes. 1 minute not planned yet.'],
    [
      { planned: 48, length: 30, over: 18 },
      'Planned 48 of 30 minutes. The plan runs 18 minutes over: shorten or remove a part.',
    ],
  ])('timeboxMessage(%j)', (timebox, expected) => {
    expect(timeboxMessage(timebox)).toBe(expected);
  });

  test('finishedMessage counts the carried items', () => {
    expect(finishedMessage(1)).toBe(
      'Session saved to the history. 1 open action item carried to the next agenda.',
    );
    expect(finishedMessage(0)).toMatch(/0 open action items carried/);
  });

  test('sessionWhen tells apart two sessions on one day by the time they were finished', () => {
    const at = (id: string, date: string, finishedAt: string): Session => ({
      ...emptyAgenda(30, ids()),
      id,
      date,
      finishedAt,
    });
    const morning = at('a', '2026-11-21', new Date(2026, 10, 21, 9, 5).toISOString());
    const evening = at('b', '2026-11-21', new Date(2026, 10, 21, 18, 30).toISOString());
    const other = at('c', '2026-11-14', new Date(2026, 10, 14, 9, 0).toISOString());
    const history = [evening, morning, other];
    expect(sessionWhen(morning, history)).toEqual({
      text: '2026-11-21 at 09:05',
      stamp: '2026-11-21-0905',
    });
    expect(sessionWhen(evening, history).text).toBe('2026-11-21 at 18:30');
    expect(sessionWhen(other, history)).toEqual({ text: '2026-11-14', stamp: '2026-11-14' });
    expect(agendaFileName('session', sessionWhen(morning, history).stamp)).toBe(
      'mentorship-session-2026-11-21-0905.md',
    );
  });

  test('partName falls back to the place of a part with no title', () => {
    const agenda = emptyAgenda(30, ids());
    expect(partName({ ...agenda.parts[2]!, title: '  ' }, 2)).toBe('Part 3');
    expect(partName(agenda.parts[0]!, 0)).toBe('Since last time');
  });
});
