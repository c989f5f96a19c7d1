/**
 * Reading a downloaded agreement back: its front matter (agreement-file.ts) through a real YAML
 * parser that evaluates nothing and limits aliases, then through the same schemas as
 * localStorage, share links and backups (portable.ts). Loaded only when someone opens a file.
 */
import { YAMLParseError } from 'yaml';
import { AGREEMENT_FORMAT } from './agreement-file';
import { splitFrontMatter } from '../files/front-matter';
import { MAX_ALIASES, parseFrontMatterYaml } from '../files/front-matter-yaml';
import { FORMAT_IDS } from '../core/formats';
import {
  CADENCE_IDS,
  GO_AHEAD_IDS,
  SCHEDULER_IDS,
  TOPIC_IDS,
  emptyKickoff,
  type KickoffState,
} from '../documents/kickoff';
import { problemMessage, readPortable, type Portable } from '../portable/portable';

/** The largest agreement file read (characters); far above any real one. */
export const AGREEMENT_MAX_CHARS = 5_000_000;

/**
 * The most keys an agreement's front matter may have: an agreement has about 70. Counted before
 * the YAML is parsed, as a parser's time grows faster than the number of keys (each is checked
 * against the others of its mapping).
 */
export const AGREEMENT_MAX_KEYS = 1_000;

// A line that starts a key of a mapping, a list item's first key included: "  minutes: 45".
const KEY_LINE = /^[ \t]*(?:- +)?(?:"[^"\n]*"|'[^'\n]*'|[^\s#"'\-?:][^:\n]*?) *:(?:[ \t]|$)/gm;

/**
 * What reading an agreement file gave: the mentorship it holds, or why it cannot be used.
 * `bodyDiffers`: the text under the front matter says something the answers read from it would
 * not (edited by hand, or the answers edited in the front matter), apart from what the values
 * reset in `reset` would have shown.
 */
export type AgreementRead =
  | { ok: true; value: Portable; reset: string[]; writtenOn: string; bodyDiffers: boolean }
  | { ok: false; message: string };

const fail = (message: string): AgreementRead => ({ ok: false, message });

// Line ends, trailing spaces and runs of blank lines as editors may change them without changing
// the text; and backslash escapes, which files from an earlier release may place differently
// (CommonMark reads "\@" and "@" alike).
const comparable = (text: string) =>
  text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

// The agreement's Markdown in parts: the title, then each section from its "## " heading. Text
// the person wrote is escaped (markdown-text.ts), so no line of theirs starts a part.
const sections = (markdown: string) => comparable(markdown).split(/\n(?=## )/);

// Answers with every value set, none as it is when empty, to learn which parts of the text a value
// shows in: the parts that change when it does.
const EVERY_VALUE_SET: KickoffState = {
  pair: { mentor: 'Mentor', mentee: 'Mentee', startDate: '2000-01-01' },
  topics: Object.fromEntries(
    TOPIC_IDS.map((id) => [id, { agreed: true, notes: 'Notes.' }]),
  ) as KickoffState['topics'],
  cadence: { frequency: CADENCE_IDS[0], minutes: 60, time: '10:00' },
  scheduler: SCHEDULER_IDS[0],
  goAhead: GO_AHEAD_IDS[0],
  reevaluate: {
    mode: 'date',
    date: '2000-01-01',
    condition: 'Condition.',
    after: { count: 1, unit: 'sessions' },
  },
  formats: [FORMAT_IDS[0]],
  goals: [
    {
      id: 'goal',
      what: 'Goal.',
      evidence: 'Evidence.',
      by: '2000-01-01',
      outcome: '',
      closedOn: '',
    },
  ],
  program: {
    id: 'program',
    name: 'Program.',
    cadence: CADENCE_IDS[0],
    minutes: 60,
    reviewPoints: [{ label: 'Point.', weeks: 1, end: false }],
    reviewQuestions: [{ id: 'question', text: 'Question?' }],
    roundEnds: '2000-01-01',
    stalledAfterDays: 1,
    reviewGraceDays: 1,
    contact: 'Contact.',
  },
};

type Tree = Record<string, unknown>;
const valueAt = (tree: unknown, keys: readonly string[]) =>
  keys.reduce<unknown>((at, key) => (at as Tree)[key], tree);

// The answers with each value reset on the way in (a path of the portable document) set to another.
function resetChanged(kickoff: KickoffState, reset: readonly string[]): KickoffState {
  const changed = JSON.parse(JSON.stringify(kickoff)) as Tree;
  for (const path of reset) {
    const [document, ...keys] = path.split('.');
    if (document !== 'kickoff') continue;
    // An item that left its list changed the list.
    const item = keys.findIndex((key) => /^\d+$/.test(key));
    const route = item < 0 ? keys : keys.slice(0, item);
    if (route.length === 0) return EVERY_VALUE_SET;
    const parent = valueAt(changed, route.slice(0, -1)) as Tree;
    const key = route.at(-1)!;
    const other = valueAt(EVERY_VALUE_SET, route);
    parent[key] =
      JSON.stringify(parent[key]) === JSON.stringify(other)
        ? valueAt(emptyKickoff(), route)
        : other;
  }
  return changed as KickoffState;
}

// Whether the text under the front matter says something the answers would not, leaving out the
// parts that show a value reset on the way in: what it said there is unknown.
function bodyDiffers(body: string, answers: string, withResetChanged: string): boolean {
  const [file, mine, changed] = [body, answers, withResetChanged].map(sections);
  return (
    file.length !== mine.length || mine.some((part, i) => part !== file[i] && part === changed[i])
  );
}

/**
 * Reads an agreement file's text, never throwing. `bodyOf` writes the agreement's Markdown from
 * answers, to tell whether the text under the front matter says what the answers read would.
 */
export function readAgreement(
  text: string,
  bodyOf: (kickoff: KickoffState, writtenOn: string) => string,
): AgreementRead {
  if (text.length > AGREEMENT_MAX_CHARS)
    return fail('This file is far larger than any agreement; it was not read.');
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === undefined)
    return fail(
      'This file has no answers to read back. Agreements downloaded from this site start with ' +
        'front matter (lines between two “---” lines); a blank template or a file written by hand has none.',
    );
  const keys = yaml.match(KEY_LINE)?.length ?? 0;
  if (keys > AGREEMENT_MAX_KEYS)
    return fail(
      `The front matter of this file has ${keys.toLocaleString('en')} keys, where an agreement has about 70 and this site reads at most ${AGREEMENT_MAX_KEYS.toLocaleString('en')}; it was not read.`,
    );
  let data: unknown;
  try {
    data = parseFrontMatterYaml(yaml);
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message))
      return fail(
        `The front matter of this file uses its aliases (“*name”) more than ${MAX_ALIASES} times over; agreements from this site use none, so its answers were not read.`,
      );
    // The opening "---" is line 1 of the file, so the front matter's lines count from 2.
    const at = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    return fail(
      `The front matter of this file is not valid YAML${at ? ` (the first problem is at line ${at.line + 1}, column ${at.col})` : ''}, so its answers cannot be read.`,
    );
  }
  const fields = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (fields.format !== AGREEMENT_FORMAT)
    return fail('This file is not an agreement downloaded from Mentorship Playbook.');
  const { version, id, name, createdAt, kickoff } = fields;
  const read = readPortable({ version, id, name, createdAt, kickoff });
  if (!read.ok) return fail(problemMessage(read.problem, 'agreement'));
  const writtenOn = typeof fields.writtenOn === 'string' ? fields.writtenOn : '';
  const answers = bodyOf(read.value.kickoff, writtenOn);
  return {
    ok: true,
    value: read.value,
    reset: read.reset,
    writtenOn,
    bodyDiffers: bodyDiffers(
      body,
      answers,
      read.reset.length ? bodyOf(resetChanged(read.value.kickoff, read.reset), writtenOn) : answers,
    ),
  };
}
