import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { agreementBlocks } from '../../src/playbook/kickoff/agreement';
import { AGREEMENT_FORMAT, toMarkdown } from '../../src/playbook/kickoff/agreement-file';
import { readAgreement } from '../../src/playbook/kickoff/agreement-read';
import { BACKUP_FORMAT, readBackup } from '../../src/playbook/portable/backup';
import { withFrontMatter } from '../../src/playbook/files/front-matter';
import { KickoffSchema } from '../../src/playbook/documents/kickoff';
import { readDocument } from '../../src/playbook/core/schema';
import { SHARE_PREFIX, decodeShare } from '../../src/playbook/portable/share-link';

// The four ways a mentorship comes in (localStorage, a share link, a backup file, an agreement's
// front matter) read the same kickoff answers with the same schema: one table, four doors.
const CASES = [
  [
    'a session length out of range',
    { cadence: { frequency: 'weekly', minutes: 9000 } },
    ['cadence.minutes'],
  ],
  [
    'a session length written as decimal text',
    { cadence: { frequency: 'weekly', minutes: '45' } },
    [],
  ],
  [
    'a session length written as other text',
    { cadence: { frequency: 'weekly', minutes: '45 min' } },
    ['cadence.minutes'],
  ],
  [
    'a cadence that is no option',
    { cadence: { frequency: 'daily', minutes: 45 } },
    ['cadence.frequency'],
  ],
  [
    'a topic ticked with a string',
    { topics: { goal: { agreed: 'yes', notes: 'Ship' } } },
    ['topics.goal.agreed'],
  ],
  [
    'a usual time that is no time of day',
    { cadence: { frequency: 'weekly', minutes: 45, time: '25:00' } },
    ['cadence.time'],
  ],
  ['a format named twice', { formats: ['regular-pairing', 'regular-pairing'] }, ['formats']],
  [
    'an impossible date',
    { pair: { mentor: 'Ada', mentee: '', startDate: '2026-02-30' } },
    ['pair.startDate'],
  ],
  [
    'prototype keys',
    JSON.parse('{"__proto__":{"x":1},"pair":{"constructor":{"y":1},"mentor":"Ada"}}'),
    [],
  ],
] as const;

const portable = (kickoff: object) => ({ version: 1, id: 'm1', name: '', createdAt: '', kickoff });

const doors = {
  localStorage: async (kickoff: object) =>
    readDocument(KickoffSchema, { version: 1, ...kickoff })?.reset,
  'a share link': async (kickoff: object) => {
    const data = deflateRawSync(Buffer.from(JSON.stringify(portable(kickoff)))).toString(
      'base64url',
    );
    const read = await decodeShare(`${SHARE_PREFIX}1.${data}`);
    return read.ok ? read.reset.map((path) => path.replace(/^kickoff\./, '')) : undefined;
  },
  'a backup file': async (kickoff: object) => {
    const { version: _, ...mentorship } = portable(kickoff);
    const read = readBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, mentorships: [mentorship] }),
    );
    return read.ok
      ? read.reset.map((path) => path.replace(/^mentorships\.0\.kickoff\./, ''))
      : undefined;
  },
  'an agreement file': async (kickoff: object) => {
    const text = withFrontMatter({ format: AGREEMENT_FORMAT, ...portable(kickoff) }, '');
    const read = readAgreement(text, (k, writtenOn) =>
      toMarkdown(agreementBlocks(k, { writtenOn })),
    );
    return read.ok ? read.reset.map((path) => path.replace(/^kickoff\./, '')) : undefined;
  },
};

describe.each(Object.entries(doors))('through %s', (_door, read) => {
  test.each(CASES)('%s resets only that value', async (_name, kickoff, reset) => {
    expect(await read(kickoff)).toEqual(reset);
  });
});
