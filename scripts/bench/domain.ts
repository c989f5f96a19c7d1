// The playbook's domain at scale, timed in Node on the source itself (run with tsx): the agreement
// built from a full checklist with 100,000-character notes, the session log exported with 1,000
// sessions, and the largest stored document decoded. Prints one JSON object.
import { logBlocks } from '../../src/playbook/agenda/agenda';
import { HistorySchema, type Session } from '../../src/playbook/documents/agenda';
import { agreementBlocks } from '../../src/playbook/kickoff/agreement';
import { exampleKickoff } from '../../src/playbook/guide/example-pair';
import { TOPIC_IDS } from '../../src/playbook/documents/kickoff';
import { toMarkdown } from '../../src/playbook/files/markdown-text';
import { readDocument } from '../../src/playbook/core/schema';

const smoke = process.argv.includes('--smoke');
const runs = smoke ? 5 : 50;

/** The median and the spread (fastest, slowest) of many runs, in milliseconds, after a warm-up. */
function time(work: () => unknown) {
  for (let i = 0; i < 3; i++) work();
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)!, runs };
}

/** Prose of a given length, in lines and paragraphs as people type it. */
const prose = (length: number) => {
  const line = 'We talked through the estimate, the review comments and what to try next. ';
  const text = Array.from({ length: Math.ceil(length / line.length) }, (_, i) =>
    i % 6 === 5 ? `${line.trim()}\n\n` : line,
  ).join('');
  return text.slice(0, length);
};

const full = exampleKickoff();
const note = prose(100_000);
for (const id of TOPIC_IDS) full.topics[id] = { agreed: true, notes: note };

/** A finished session of realistic size: the four parts with a few lines each, three items. */
export function realisticSession(i: number): Session {
  const date = new Date(Date.UTC(2026, 10, 18) - i * 7 * 86_400_000).toISOString().slice(0, 10);
  const kinds = [
    ['since', 'Since last time', 5],
    ['actions', "Last time's action items", 8],
    ['challenge', 'A current challenge', 12],
    ['success', 'A recent success', 5],
  ] as const;
  return {
    id: `session-${i}`,
    date,
    finishedAt: `${date}T18:00:00.000Z`,
    parts: kinds.map(([kind, title, minutes], p) => ({
      id: `s${i}-p${p}`,
      kind,
      title,
      minutes,
      notes: prose(240),
    })),
    carried: [{ id: `s${i}-c`, text: 'Read the chapter on indexes', owner: 'mentee', done: true }],
    actions: [
      {
        id: `s${i}-a1`,
        text: 'Write the estimate for the search page',
        owner: 'mentee',
        done: false,
      },
      {
        id: `s${i}-a2`,
        text: 'Find an example of a good design doc',
        owner: 'mentor',
        done: false,
      },
    ],
  };
}

const sessions = Array.from({ length: 1000 }, (_, i) => realisticSession(i));
const stored = JSON.stringify({ version: 1, sessions });

const agreement = time(() => toMarkdown(agreementBlocks(full, { writtenOn: '2026-11-22' })));
const log = time(() => toMarkdown(logBlocks(sessions)));
const decode = time(() => readDocument(HistorySchema, JSON.parse(stored)));

console.log(
  JSON.stringify({
    agreement: { ...agreement, noteCharacters: note.length, topics: TOPIC_IDS.length },
    log: { ...log, sessions: sessions.length },
    decode: { ...decode, sessions: sessions.length, characters: stored.length },
  }),
);
