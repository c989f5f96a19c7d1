// The playbook's domain at scale, timed in Node on the source itself (run with tsx): the agreement
// built from a full checklist with 100,000-character notes, the session log exported with 1,000
// sessions, the largest stored document decoded, and each door's largest accepted input read (a
// share link at its expanded-size cap, a backup at its size and mentorship caps, an agreement
// with 100,000-character notes and one at its key cap). Prints one JSON object.
import { logBlocks } from '../../src/playbook/agenda/on-demand/history';
import { HistorySchema, type Session } from '../../src/playbook/documents/agenda';
import { agreementBlocks } from '../../src/playbook/kickoff/agreement';
import { exampleKickoff } from '../../src/playbook/guide/example-pair';
import { TOPIC_IDS } from '../../src/playbook/documents/kickoff';
import { toMarkdown } from '../../src/playbook/files/markdown-text';
import { readDocument } from '../../src/playbook/core/schema';
import { AGREEMENT_MAX_KEYS, readAgreement } from '../../src/playbook/kickoff/agreement-read';
import { agreementText as agreementFileText } from '../../src/playbook/kickoff/agreement-file';
import {
  BACKUP_MAX_CHARS,
  MAX_MENTORSHIPS,
  backupText,
  readBackup,
} from '../../src/playbook/portable/backup';
import { LIMITS, PortableSchema, type Portable } from '../../src/playbook/portable/portable';
import { SHARE_MAX_BYTES, decodeShare, encodeShare } from '../../src/playbook/portable/share-link';

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

/** The same for work that awaits, one run after another. */
async function timeAsync(work: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
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
    // Where the two goals stood, with a line of what happened.
    checkIns: [
      { goal: 'goal-1', what: 'Ship the search page', state: 'moving', note: prose(80) },
      { goal: 'goal-2', what: 'Review a design doc', state: 'stuck', note: prose(80) },
    ],
  };
}

const sessions = Array.from({ length: 1000 }, (_, i) => realisticSession(i));
const stored = JSON.stringify({ version: 1, sessions });

const agreement = time(() => toMarkdown(agreementBlocks(full, { writtenOn: '2026-11-22' })));
const log = time(() => toMarkdown(logBlocks(sessions)));
const decode = time(() => readDocument(HistorySchema, JSON.parse(stored)));

// Each door's largest accepted input.
const upToCap = Array.from({ length: LIMITS.sessions }, (_, i) => realisticSession(i));
const mentorship = (id: string, count: number, kickoff = exampleKickoff()): Portable => {
  const m = readDocument(PortableSchema, { id })!.value;
  m.kickoff = kickoff;
  m.history.sessions = upToCap.slice(0, count);
  return m;
};
/** The most sessions (up to `start`) for which `size` stays within `limit`. */
const most = (start: number, limit: number, size: (count: number) => number) => {
  let count = start;
  while (count > 0 && size(count) > limit) count = Math.floor(count * 0.95);
  while (size(count + 1) <= limit && count < start) count++;
  return count;
};

const shareSessions = most(
  LIMITS.sessions,
  SHARE_MAX_BYTES,
  (n) => JSON.stringify(mentorship('m', n)).length,
);
const share = await encodeShare(mentorship('m', shareSessions));
const shareRead = await timeAsync(() => decodeShare(share));

const backupOf = (each: number) =>
  backupText({
    exportedAt: '2026-11-30T00:00:00.000Z',
    open: 'm0',
    mentorships: Array.from({ length: MAX_MENTORSHIPS }, (_, i) => mentorship(`m${i}`, each)),
  });
const perMentorship = (each: number) =>
  backupText({ exportedAt: '', open: '', mentorships: [mentorship('m', each)] }).length;
const backupSessions = most(200, BACKUP_MAX_CHARS / MAX_MENTORSHIPS - 200, perMentorship);
const backupFile = backupOf(backupSessions);
const backupRead = time(() => readBackup(backupFile));

const bodyOf = (kickoff: typeof full, writtenOn: string) =>
  toMarkdown(agreementBlocks(kickoff, { writtenOn }));
const agreementOf = (kickoff: typeof full) =>
  agreementFileText(
    { index: { open: 'm', mentorships: [{ id: 'm', name: '', createdAt: '' }] }, open: 'm' },
    kickoff,
    '2026-11-22',
    agreementBlocks(kickoff, { writtenOn: '2026-11-22' }),
  );
const agreementText = agreementOf(full);
const agreementRead = time(() => readAgreement(agreementText, bodyOf));
// An ordinary agreement with keys added until its front matter is at the cap.
const ordinary = agreementOf(exampleKickoff());
const ordinaryKeys = (
  ordinary.split('\n---\n')[0]!.match(/^\s*(?:- +)?[\w"'-][^:\n]*:(?:\s|$)/gm) ?? []
).length;
const keyed = ordinary.replace(
  /\n---\n/,
  `\n${Array.from({ length: AGREEMENT_MAX_KEYS - ordinaryKeys }, (_, i) => `extra${i}: ${i}`).join('\n')}\n---\n`,
);
const keyedRead = time(() => readAgreement(keyed, bodyOf));

console.log(
  JSON.stringify({
    agreement: { ...agreement, noteCharacters: note.length, topics: TOPIC_IDS.length },
    log: { ...log, sessions: sessions.length },
    decode: { ...decode, sessions: sessions.length, characters: stored.length },
    doors: {
      share: {
        ...shareRead,
        sessions: shareSessions,
        characters: share.length,
        accepted: (await decodeShare(share)).ok,
      },
      backup: {
        ...backupRead,
        mentorships: MAX_MENTORSHIPS,
        sessionsEach: backupSessions,
        characters: backupFile.length,
        accepted: readBackup(backupFile).ok,
      },
      agreement: {
        ...agreementRead,
        characters: agreementText.length,
        accepted: readAgreement(agreementText, bodyOf).ok,
      },
      agreementKeys: {
        ...keyedRead,
        keys: AGREEMENT_MAX_KEYS,
        accepted: readAgreement(keyed, bodyOf).ok,
      },
    },
  }),
);
