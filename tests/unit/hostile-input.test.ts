import { deflateRawSync } from 'node:zlib';
import ICAL from 'ical.js';
import { describe, expect, test, vi } from 'vitest';
import type * as Yaml from 'yaml';
import { kickoffCalendar } from '../../src/playbook/calendar/calendar';
import { SAFE_ID, readDocument } from '../../src/playbook/core/schema';
import { emptyKickoff } from '../../src/playbook/documents/kickoff';
import { HistorySchema } from '../../src/playbook/documents/agenda';
import {
  INDEX_KEY,
  MOVE_KEY,
  MentorshipsSchema,
  documentKey,
  isReservedId,
} from '../../src/playbook/documents/mentorships';
import { V1_KEYS } from '../../src/playbook/mentorships/move-v1';
import { mentorshipOfKey } from '../../src/playbook/mentorships/stored-index';
import { agreementBlocks } from '../../src/playbook/kickoff/agreement';
import { AGREEMENT_MAX_KEYS, readAgreement } from '../../src/playbook/kickoff/agreement-read';
import { toMarkdown } from '../../src/playbook/kickoff/agreement-file';
import { BACKUP_FORMAT, MAX_MENTORSHIPS, readBackup } from '../../src/playbook/portable/backup';
import { LIMITS, readPortable } from '../../src/playbook/portable/portable';
import { SHARE_PREFIX, decodeShare } from '../../src/playbook/portable/share-link';

// What the YAML parser is asked to parse, so a test can tell a refusal came before it.
const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (importOriginal) => {
  const actual = await importOriginal<typeof Yaml>();
  return {
    ...actual,
    parseDocument: (...args: Parameters<typeof actual.parseDocument>) => {
      parsed.count++;
      return actual.parseDocument(...args);
    },
  };
});

const CONTROL = [...Array(32).keys(), 127].map((c) => String.fromCharCode(c));
const OUR_KEYS = [INDEX_KEY, MOVE_KEY, ...Object.values(V1_KEYS), 'mentorship-playbook:probe'];

const portable = (id: unknown, extra: object = {}) => ({ version: 1, id, ...extra });
const idOf = (id: unknown) => {
  const read = readPortable(portable(id));
  return read.ok ? read.value.id : undefined;
};

describe('ids are data, never syntax', () => {
  test.each([
    ...CONTROL.map((c) => [`a control character U+${c.charCodeAt(0).toString(16)}`, `a${c}b`]),
    ['CR/LF and calendar lines', 'm\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected'],
    ['a key of the first release', 'v1'],
    ['another layout name', 'V2'],
    ['the index', 'mentorships'],
    ['the move marker', 'move'],
    ['the probe', 'probe'],
    ['a key separator', 'a:b'],
    ['a whole key of ours', 'mentorship-playbook:v1:kickoff'],
    ['spaces and quotes', 'Ada "and" Tom'],
    ['101 characters', 'x'.repeat(101)],
    ['emoji', '👩‍💻'],
  ])('%s becomes a safe id of its own, the same each time', (_, id) => {
    const safe = idOf(id)!;
    expect(safe).toMatch(SAFE_ID);
    expect(isReservedId(safe)).toBe(false);
    expect(idOf(id)).toBe(safe);
    expect(safe).not.toBe(idOf(`${id}x`));
    for (const name of ['kickoff', 'sessions'] as const) {
      const key = documentKey(safe, name);
      expect(OUR_KEYS).not.toContain(key);
      expect(mentorshipOfKey(key)).toBe(safe);
    }
  });

  test.each(['m1', 'a-b_c', '0b5c0a0e-2f9d-4c1e-9a53-1f0f4e3a8b7d'])('%s reads as it is', (id) => {
    expect(idOf(id)).toBe(id);
  });

  test.each<[unknown, string]>([
    ['', 'empty'],
    [7, 'a number'],
    ['x'.repeat(1001), 'over 1,000 characters'],
  ])('%j (%s) is no id', (id) => {
    expect(readPortable(portable(id)).ok).toBe(false);
  });

  test('an id holding calendar lines gives a calendar file with exactly its two events', () => {
    const state = emptyKickoff();
    state.pair = { mentor: 'Priya', mentee: 'Tom', startDate: '2026-12-01' };
    state.cadence = { frequency: 'weekly', minutes: 45, time: '18:00' };
    state.reevaluate = { ...state.reevaluate, mode: 'date', date: '2027-03-01' };
    const id =
      'm\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Injected\r\nDTSTART:20270101T000000Z';
    const file = kickoffCalendar(state, {
      mentorshipId: id,
      pageUrl: 'https://example.org/playbooks/kickoff-checklist/\r\nX-INJECTED:1',
      timeZone: 'Europe/Berlin',
      now: Date.UTC(2026, 10, 30),
    });
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);
    expect(file.text).not.toMatch(/^(SUMMARY:Injected|X-INJECTED)/m);
    expect(file.text.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
  });
});

describe('repeated ids inside a document', () => {
  test('three sessions under one id become three sessions with ids of their own', () => {
    const session = {
      id: 's',
      date: '2026-11-20',
      finishedAt: '',
      parts: [{ id: 'p' }, { id: 'p' }],
    };
    const read = readDocument(HistorySchema, { sessions: [session, session, session] })!;
    const ids = read.value.sessions.map((s) => s.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('s');
    expect(new Set(read.value.sessions[0]!.parts.map((p) => p.id)).size).toBe(2);
  });

  test('a mentorship listed twice in the index is listed once, as it points at the same data', () => {
    const entry = { id: 'm', name: '', createdAt: '' };
    const read = readDocument(MentorshipsSchema, { open: 'm', mentorships: [entry, entry] })!;
    expect(read.value.mentorships).toEqual([entry]);
    expect(read.reset).toEqual(['mentorships.1']);
  });
});

describe('reading is bounded: each door refuses what is past its caps before reading it', () => {
  const sessions = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `s${i}`, date: '2026-11-20' }));
  const link = (data: object) =>
    `${SHARE_PREFIX}1.${deflateRawSync(Buffer.from(JSON.stringify(data))).toString('base64url')}`;

  test('a share link that expands to 150,000 sessions is refused, and says the cap', async () => {
    // Sessions as small as JSON allows: the link stays under its 2 MB cap on what it expands to.
    const many = Array.from({ length: 150_000 }, () => ({}));
    const read = await decodeShare(link(portable('m', { history: { sessions: many } })));
    expect(read).toEqual({
      ok: false,
      problem: {
        kind: 'too-large',
        detail: `150,000 sessions, where this site reads at most ${LIMITS.sessions.toLocaleString('en')}`,
      },
    });
  });

  test.each([
    ['sessions', { history: { sessions: sessions(LIMITS.sessions + 1) } }],
    ['agenda parts', { agenda: { draft: { parts: sessions(LIMITS.parts + 1) } } }],
    ['action items', { agenda: { draft: { actions: sessions(LIMITS.items + 1) } } }],
    [
      'action items in a session',
      { history: { sessions: [{ id: 's', actions: sessions(LIMITS.items + 1) }] } },
    ],
    ['goals', { kickoff: { goals: sessions(LIMITS.goals + 1) } }],
    ['check-ins in the agenda', { agenda: { draft: { checkIns: sessions(LIMITS.checkIns + 1) } } }],
    [
      'check-ins in a session',
      { history: { sessions: [{ id: 's', checkIns: sessions(LIMITS.checkIns + 1) }] } },
    ],
  ])('one past the cap on %s is refused; at the cap it reads', (_, data) => {
    expect(readPortable(portable('m', data))).toMatchObject({
      ok: false,
      problem: { kind: 'too-large' },
    });
    const trimmed = JSON.parse(
      JSON.stringify(data).replace(/,\{"id":"s\d+","date":"2026-11-20"\}\]/, ']'),
    );
    expect(readPortable(portable('m', trimmed)).ok).toBe(true);
  });

  test('goals and check-ins at their caps, with long text and repeats, read in well under a second', () => {
    const text = 'x'.repeat(10_000);
    const goals = Array.from({ length: LIMITS.goals }, (_, i) => ({
      id: i % 2 ? 'same' : `g${i}`,
      what: text,
      evidence: text,
      by: '2026-12-01',
    }));
    const checkIns = Array.from({ length: LIMITS.checkIns }, (_, i) => ({
      goal: i % 2 ? 'same' : `g${i}`,
      what: text,
      state: 'moving',
      note: text,
    }));
    const history = Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, checkIns }));
    const started = performance.now();
    const read = readPortable(
      portable('m', {
        kickoff: { goals },
        agenda: { draft: { checkIns } },
        history: { sessions: history },
      }),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read.ok && read.value.kickoff.goals).toHaveLength(LIMITS.goals);
    // A repeated goal in a check-in list leaves it: the first counts.
    expect(read.ok && read.value.agenda.draft.checkIns).toHaveLength(LIMITS.checkIns / 2 + 1);
  });

  test('a backup with 40,000 mentorships is refused before any is read, and says the cap', () => {
    const entries = Array.from({ length: 40_000 }, (_, i) => ({ id: `m${i}` }));
    const read = readBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, mentorships: entries }),
    );
    expect(read).toEqual({
      ok: false,
      message: `This backup holds 40,000 mentorships, where this site reads at most ${MAX_MENTORSHIPS}; it was not read.`,
    });
  });

  test('a backup at its cap reads, repeated ids found with a set', () => {
    const entries = Array.from({ length: MAX_MENTORSHIPS }, (_, i) => ({ id: `m${i}` }));
    const read = readBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, mentorships: entries }),
    );
    expect(read.ok && read.backup.mentorships).toHaveLength(MAX_MENTORSHIPS);
    entries.push({ id: 'm7' });
    entries.shift();
    const repeated = readBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, mentorships: entries }),
    );
    expect(repeated).toMatchObject({
      ok: false,
      details: [`mentorship ${MAX_MENTORSHIPS}: the same id as an earlier one`],
    });
  });

  const bodyOf = (kickoff: ReturnType<typeof emptyKickoff>, writtenOn: string) =>
    toMarkdown(agreementBlocks(kickoff, { writtenOn }));

  test('an agreement whose front matter has 30,000 keys is refused before it is parsed', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const text = `---\nformat: mentorship-playbook-agreement\n${keys}\n---\n# Agreement\n`;
    parsed.count = 0;
    const read = readAgreement(text, bodyOf);
    expect(parsed.count).toBe(0);
    expect(read).toEqual({
      ok: false,
      message: `The front matter of this file has 30,001 keys, where an agreement has about 70 and this site reads at most ${AGREEMENT_MAX_KEYS.toLocaleString('en')}; it was not read.`,
    });
  });
});

describe('messages that tell the truth', () => {
  test('an agreement past the alias limit says so', () => {
    const yaml = [
      'format: mentorship-playbook-agreement',
      'a: &a [1, 2]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const read = readAgreement(`---\n${yaml}\n---\n`, () => '');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/aliases \(“\*name”\) more than 50 times/);
    expect(!read.ok && read.message).not.toMatch(/not valid YAML/);
  });

  test.each([
    ['"1"', /version is not a whole number \(it says "1"\)/],
    ['1.5', /version is not a whole number \(it says 1.5\)/],
    ['null', /version is not a whole number \(it says null\)/],
    ['2', /made by a newer version/],
  ])('a backup whose version is %s says what is wrong', (version, message) => {
    const read = readBackup(`{"format":"${BACKUP_FORMAT}","version":${version},"mentorships":[]}`);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });
});
