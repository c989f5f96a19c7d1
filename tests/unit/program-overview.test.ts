import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { emptyKickoff } from '../../src/playbook/documents/kickoff';
import { emptyProgram } from '../../src/playbook/documents/program';
import { agreementText } from '../../src/playbook/kickoff/agreement-file';
import { overviewOf, totalsOf, type OverviewRow } from '../../src/playbook/program/overview';
import {
  FILE_MAX_BYTES,
  addSummary,
  addedText,
  readPairText,
} from '../../src/playbook/program/on-demand/add-pairs';
import { addReads } from '../../src/components/overview/on-demand/actions';
import { CSV_HEADER, overviewCsv, overviewCsvFile } from '../../src/playbook/program/on-demand/csv';
import { summaryFile, type ProgressSummary } from '../../src/playbook/program/summary';
import {
  flagsOf,
  foldName,
  goalsText,
  quietText,
  sessionsText,
  rowShown,
  shownRows,
  type RowFilter,
  type RowSort,
} from '../../src/playbook/program/table';
import { TODAY, onTrack, overdue, pairSummary, stalled } from './helpers/program-pairs';

const rowsOf = (summaries: ProgressSummary[]) => overviewOf(summaries, emptyProgram(), TODAY).rows;
const three = () => rowsOf([onTrack(), stalled(), overdue()]);
const mentees = (rows: readonly OverviewRow[]) => rows.map((row) => row.summary.pair.mentee);

describe("a row's cells in words", () => {
  test.each([
    ['Tom', '4 of 5 expected', '5 days', '1 moving, 1 done', []],
    ['Ada', '3 of 7 expected', '56 days', '1 stuck', ['Stalled']],
    [
      'Sam',
      '4 of 9 expected',
      '7 days',
      '1 no check-in',
      ["Review overdue (The pair's own review, 9 Nov 2026)"],
    ],
  ])(
    '%s: %s, %s since the last session, goals %s, flags %j',
    (mentee, sessions, quiet, goals, flags) => {
      const row = three().find((r) => r.summary.pair.mentee === mentee)!;
      expect(sessionsText(row)).toBe(sessions);
      expect(quietText(row)).toBe(quiet);
      expect(goalsText(row.goals)).toBe(goals);
      expect(flagsOf(row)).toEqual(flags);
    },
  );

  test('a summary without its sessions (an agreement file, or a count left out) says they are not known, and never where it came from', () => {
    const [row] = rowsOf([{ ...onTrack(), sessions: { held: null, last: '' } }]);
    expect(sessionsText(row!)).toBe('Not known');
    expect(quietText(row!)).toBe('Not known');
    // Neither stalled nor overdue, but never "on track" either: its progress is not known.
    expect(flagsOf(row!)).toEqual(['Progress not known']);
    const [none] = rowsOf([{ ...onTrack(), sessions: { held: 0, last: '' } }]);
    expect(quietText(none!)).toBe('28 days since the kickoff (no session yet)');
  });

  test('paused and ended pairs say so, and are neither stalled nor overdue', () => {
    const paused = {
      ...stalled(),
      status: { state: 'paused' as const, since: '', until: '2027-01-10' },
    };
    const ended = {
      ...overdue(),
      status: { state: 'ended' as const, since: '2026-11-20', until: '' },
    };
    expect(rowsOf([paused, ended]).map(flagsOf)).toEqual([
      ['Paused until 10 Jan 2027'],
      ['Ended 20 Nov 2026'],
    ]);
  });

  test('a pause that has run out counts as active: its flags say so, and it can be stalled', () => {
    const over = {
      ...stalled(),
      status: { state: 'paused' as const, since: '', until: '2026-10-01' },
    };
    const [row] = rowsOf([over]);
    expect(row!.standing.state).toBe('active');
    expect(flagsOf(row!)).toEqual(['Stalled', 'Pause ended 1 Oct 2026']);
    expect(rowShown(row!, { show: 'active', query: '' })).toBe(true);
    expect(rowShown(row!, { show: 'paused', query: '' })).toBe(false);
    expect(totalsOf([row!])).toMatchObject({ active: 1, paused: 0, stalled: 1 });
  });
});

describe('which rows show, in which order', () => {
  const all: RowFilter = { show: 'all', query: '' };
  test.each<[RowFilter, RowSort | undefined, string[]]>([
    [all, undefined, ['Tom', 'Ada', 'Sam']],
    [all, { key: 'pair', dir: 'ascending' }, ['Ada', 'Sam', 'Tom']],
    [all, { key: 'pair', dir: 'descending' }, ['Tom', 'Sam', 'Ada']],
    [all, { key: 'quiet', dir: 'descending' }, ['Ada', 'Sam', 'Tom']],
    [all, { key: 'sessions', dir: 'ascending' }, ['Ada', 'Tom', 'Sam']],
    [all, { key: 'kickoff', dir: 'ascending' }, ['Ada', 'Sam', 'Tom']],
    [all, { key: 'flags', dir: 'descending' }, ['Ada', 'Sam', 'Tom']],
    [all, { key: 'goals', dir: 'descending' }, ['Ada', 'Tom', 'Sam']],
    [{ show: 'attention', query: '' }, undefined, ['Ada', 'Sam']],
    [{ show: 'active', query: '' }, undefined, ['Tom', 'Ada', 'Sam']],
    [{ show: 'ended', query: '' }, undefined, []],
    [{ show: 'all', query: 'kim' }, undefined, ['Sam']],
    [{ show: 'all', query: '  LIN ' }, { key: 'pair', dir: 'ascending' }, ['Ada']],
    [{ show: 'attention', query: 'tom' }, undefined, []],
  ])('%j sorted %j: %j', (filter, sort, expected) => {
    expect(mentees(shownRows(three(), filter, sort))).toEqual(expected);
  });

  // Names with accents, and a filter typed with or without them, in either case.
  const accented = () =>
    rowsOf([
      { ...onTrack(), pair: { mentee: 'Inês Carvalho', mentor: 'Zoë Müller' } },
      { ...stalled(), pair: { mentee: 'Ines Lopes', mentor: 'Søren' } },
      { ...overdue(), pair: { mentee: 'François', mentor: 'ＳＡＭ' } },
    ]);
  test.each<[string, string[]]>([
    ['ines', ['Inês Carvalho', 'Ines Lopes']],
    ['INÊS', ['Inês Carvalho', 'Ines Lopes']],
    ['inês carv', ['Inês Carvalho']],
    ['zoe', ['Inês Carvalho']],
    ['muller', ['Inês Carvalho']],
    ['francois', ['François']],
    ['sam', ['François']],
    ['  Ines ', ['Inês Carvalho', 'Ines Lopes']],
  ])('the name filter %j ignores accents and case: %j', (query, expected) => {
    expect(mentees(shownRows(accented(), { show: 'all', query }))).toEqual(expected);
  });

  test('foldName drops combining marks and case', () => {
    expect(foldName('Inês ÅSE Ǆ ﬁ')).toBe('ines ase dz fi');
  });

  test('a column with no value sorts last both ways', () => {
    const rows = rowsOf([onTrack(), { ...stalled(), kickoffDate: '' }, overdue()]);
    for (const dir of ['ascending', 'descending'] as const)
      expect(
        mentees(shownRows(rows, { show: 'all', query: '' }, { key: 'kickoff', dir })).at(-1),
      ).toBe('Ada');
  });
});

describe('the CSV', () => {
  const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data;

  test('starts with a byte-order mark, ends each record with CRLF, and reads back cell for cell', () => {
    const rows = three();
    const text = overviewCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').split('\r\n')).toHaveLength(rows.length + 2);
    const [header, ...records] = parse(text).filter((r) => r.length > 1);
    expect(header).toEqual([...CSV_HEADER]);
    expect(records.map((r) => r[0])).toEqual(['Tom', 'Ada', 'Sam']);
    const stalledRecord = records[1]!;
    expect(stalledRecord[header!.indexOf('Stalled')]).toBe('yes');
    expect(stalledRecord[header!.indexOf('Days since last session')]).toBe('56');
    expect(records[2]![header!.indexOf('Review overdue')]).toBe(
      "The pair's own review (2026-11-09)",
    );
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rReturn', "'\rReturn"],
    [
      '=HYPERLINK("http://evil.example")\nsecond line',
      '\'=HYPERLINK("http://evil.example")\nsecond line',
    ],
    ['Say "hi", then go', 'Say "hi", then go'],
    ['Two\r\nlines', 'Two\r\nlines'],
    ['Zoë 🌱', 'Zoë 🌱'],
    ['a = b', 'a = b'],
  ])(
    'a programme named %j is written so that it reads back as %j and never runs',
    (name, expected) => {
      const rows = rowsOf([{ ...onTrack(), program: { id: '', name } }]);
      const records = parse(overviewCsv(rows));
      expect(records[1]![CSV_HEADER.indexOf('Programme')]).toBe(expected);
    },
  );

  test('numbers stay numbers, and the file is named after the day', () => {
    const rows = three();
    const file = overviewCsvFile(rows, TODAY);
    expect(file).toMatchObject({ name: 'programme-overview-2026-11-30.csv', type: 'text/csv' });
    expect(file.text).toContain(',56,');
  });

  test('with no rows it is the header alone', () => {
    expect(parse(overviewCsv([])).filter((r) => r.length > 1)).toEqual([[...CSV_HEADER]]);
  });
});

describe('adding pairs', () => {
  test('a summary file reads as that summary', async () => {
    const summary = stalled();
    expect(await readPairText(summaryFile(summary).text, TODAY)).toEqual({
      ok: true,
      summary,
      reset: [],
      from: 'summary',
    });
  });

  test('an agreement file gives a summary with the sessions not known', async () => {
    const kickoff = {
      ...emptyKickoff(),
      pair: { mentor: 'Priya', mentee: 'Tom', startDate: '2026-11-02' },
    };
    const entry = { id: 'm-tom', name: '', createdAt: '2026-11-01T09:00:00.000Z' };
    const text = agreementText(
      { index: { open: 'm-tom', mentorships: [entry] }, open: 'm-tom' },
      kickoff,
      TODAY,
      [],
    );
    const read = await readPairText(text, TODAY);
    expect(read.ok && read.from).toBe('agreement');
    if (!read.ok) return;
    expect(read.summary).toMatchObject({
      mentorship: 'm-tom',
      pair: { mentor: 'Priya', mentee: 'Tom' },
      kickoffDate: '2026-11-02',
      sessions: { held: null, last: '' },
    });
  });

  test.each([
    ['not JSON', '{ "format": ', /not valid JSON/],
    [
      'another format',
      '{"format":"mentorship-playbook-program","version":1,"name":"X"}',
      /not a Mentorship Playbook progress summary/,
    ],
    [
      'a newer version',
      JSON.stringify({
        format: 'mentorship-playbook-progress-summary',
        version: 9,
        mentorship: 'm',
      }),
      /newer version/,
    ],
    ['huge', `{"x":"${'a'.repeat(300_000)}"}`, /far larger/],
    ['Markdown without front matter', '# My notes\n\nHello', /no answers to read back/],
  ])('%s is refused with the reason', async (_, text, message) => {
    const read = await readPairText(text, TODAY);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  test('a newer summary of a pair replaces the older, an older one is left out', () => {
    const early = pairSummary({ ...baseTom(), today: '2026-11-01' });
    const late = onTrack();
    const first = addSummary([], early);
    expect(first.added).toEqual({ outcome: 'added' });
    const second = addSummary(first.list, late);
    expect(second.list).toEqual([late]);
    expect(addedText(late, second.added)).toBe(
      'Updated Tom and Priya: this summary (30 Nov 2026) replaces the one from 1 Nov 2026.',
    );
    const third = addSummary(second.list, early);
    expect(third.list).toBe(second.list);
    expect(addedText(early, third.added)).toMatch(/^Left out: the overview already has a newer/);
  });

  test('a summary with bad values names each one, and is not taken for an agreement', async () => {
    const bad = {
      ...JSON.parse(summaryFile(onTrack()).text),
      kickoffDate: '2026-13-45',
      cadence: 'hourly',
      sessions: { held: -3, last: '2026-11-25' },
      status: { state: 'exploded', since: '', until: '' },
    };
    const read = await readPairText(JSON.stringify(bad), TODAY, 'tom.json');
    if (!read.ok) throw new Error(read.message);
    const { results, list } = addReads([], [{ ...read, from: 'tom.json', kind: read.from }]);
    expect(results[0]!.text).toBe(
      'Added Tom and Priya. 4 values in it did not fit and will be left empty: Progress summary › Kickoff date; Progress summary › Cadence; Progress summary › Sessions › Sessions held; Progress summary › Where the mentorship stands › Active, paused or ended.',
    );
    const [row] = rowsOf([...list]);
    expect([sessionsText(row!), quietText(row!), flagsOf(row!)]).toEqual([
      'Not known',
      'Not known',
      ['Progress not known'],
    ]);
  });

  test('files are refused unread above the cap', () => {
    expect(FILE_MAX_BYTES).toBeGreaterThanOrEqual(5_000_000);
  });
});

function baseTom() {
  return {
    id: 'm-tom',
    mentee: 'Tom',
    mentor: 'Priya',
    start: '2026-10-05',
    frequency: 'weekly' as const,
    sessions: [] as [string, Record<string, string>][],
    goals: [] as [string, string][],
  };
}
