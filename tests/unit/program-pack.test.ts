import { describe, expect, test } from 'vitest';
import {
  PACK_FORMAT,
  decodePack,
  encodePack,
  packFile,
  readPack,
  readPackData,
} from '../../src/playbook/program/pack';
import { resetSaid } from '../../src/playbook/portable/reset-names';
import { emptyProgram, type Program } from '../../src/playbook/documents/program';

const PACK = {
  format: PACK_FORMAT,
  version: 1,
  id: 'acme-spring-2027',
  name: 'Acme engineering mentoring, spring 2027',
  cadence: 'every-two-weeks',
  minutes: 45,
  reviewPoints: [
    { label: 'Six weeks in', weeks: 6 },
    { label: 'End of the round', end: true },
  ],
  reviewQuestions: ['What can the mentee do now that they could not at the start?'],
  roundEnds: '2027-06-30',
  stalledAfterDays: 21,
  reviewGraceDays: 7,
  contact: 'mentoring@acme.example',
};
const text = (pack: object) => JSON.stringify(pack);

describe('readPack', () => {
  test('reads a whole pack, giving a question written as text an id from its words', () => {
    const read = readPack(text(PACK));
    expect(read).toMatchObject({ ok: true, reset: [] });
    if (!read.ok) return;
    expect(read.program).toMatchObject({
      name: PACK.name,
      cadence: 'every-two-weeks',
      minutes: 45,
      reviewPoints: [
        { label: 'Six weeks in', weeks: 6, end: false },
        { label: 'End of the round', weeks: null, end: true },
      ],
      roundEnds: '2027-06-30',
    });
    const [question] = read.program.reviewQuestions;
    expect(question!.text).toBe(PACK.reviewQuestions[0]);
    expect(question!.id).toMatch(/^q-[0-9a-f]{8}$/);
    // The same words give the same id, so answers stay with their question across packs.
    const again = readPack(text(PACK));
    expect(again.ok && again.program.reviewQuestions[0]!.id).toBe(question!.id);
  });

  test('reads back the file it writes, and the link it makes', async () => {
    const read = readPack(text(PACK));
    if (!read.ok) throw new Error(read.message);
    const file = packFile(read.program);
    expect(file.name).toBe('acme-engineering-mentoring-spring-2027-programme-pack.json');
    expect(readPack(file.text)).toEqual(read);
    const fragment = await encodePack(read.program);
    expect(fragment).toMatch(/^program=v1\.[A-Za-z0-9_-]+\.\d+$/);
    expect(await decodePack(`#${fragment}`)).toEqual(read);
    // As a mail app may wrap and percent-encode it.
    const mangled = encodeURIComponent(`#${fragment.slice(0, 20)}\n ${fragment.slice(20)}`);
    expect(await decodePack(mangled)).toEqual(read);
  });

  // Bad values are left out and named in the pages' words; the rest of the pack still reads.
  test.each<[string, Record<string, unknown>, string[], string]>([
    [
      'a stall rule in words',
      { stalledAfterDays: 'three weeks' },
      ['program.stalledAfterDays'],
      'The programme › Stalled after (days without a session)',
    ],
    ['an unknown cadence', { cadence: 'daily' }, ['program.cadence'], 'Suggested cadence'],
    ['a session too long', { minutes: 600 }, ['program.minutes'], 'Suggested session length'],
    ['a date not a date', { roundEnds: '30/06/2027' }, ['program.roundEnds'], 'The round ends'],
    [
      'a review point with neither weeks nor the end',
      { reviewPoints: [{ label: 'Sometime' }, { weeks: 6 }] },
      ['program.reviewPoints.0'],
      'Review point 1 (left out)',
    ],
    [
      'an empty question',
      { reviewQuestions: ['  ', 'Fine?'] },
      ['program.reviewQuestions.0.text'],
      'Question 1',
    ],
    ['an id with a slash', { id: 'a/b' }, ['program.id'], "The programme's id"],
  ])('%s is left out and named', (_, change, reset, words) => {
    const read = readPack(text({ ...PACK, ...change }));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.reset).toEqual(reset);
    expect(resetSaid(read.reset)).toContain(words);
    expect(read.program.name).toBe(PACK.name);
  });

  test.each<[string, string, RegExp]>([
    ['not JSON', '{\n  "format": nope }', /is not valid JSON, so it is not a programme pack/],
    ['another format', text({ ...PACK, format: 'mentorship-playbook-backup' }), /not a .*pack/],
    ['a newer version', text({ ...PACK, version: 2 }), /newer version .*format 2/],
    ['a version in words', text({ ...PACK, version: 'one' }), /version is not a whole number/],
    ['no name', text({ ...PACK, name: '  ' }), /has no name/],
    ['a list, not a pack', '[1, 2]', /not a Mentorship Playbook programme pack/],
    ['far too large', ' '.repeat(200_001), /far larger than any programme pack/],
  ])('refuses %s, saying why', (_, file, message) => {
    const read = readPack(file);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });

  test('caps the review points and questions a pack may set', () => {
    const many = readPackData({
      ...PACK,
      reviewQuestions: Array.from({ length: 21 }, (_, i) => `Q${i}?`),
    });
    expect(many.ok && many.reset).toEqual(['program.reviewQuestions']);
    expect(many.ok && many.program.reviewQuestions).toEqual([]);
  });

  test.each<[string, string, RegExp]>([
    ['a newer link', 'program=v9.abc.3', /newer version .*format 9/],
    ['a share link', 'share=v1.abc.3', /does not hold a programme pack/],
    ['a link cut short', 'program=v1.', /cut short/],
    ['a tampered link', 'program=v1.$$$$.4', /characters a programme pack link never has/],
  ])('refuses %s, saying why', async (_, fragment, message) => {
    const read = await decodePack(fragment);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });

  test('a pack written with every field set reads as written', () => {
    const program: Program = {
      ...emptyProgram(),
      id: 'p',
      name: 'P',
      reviewQuestions: [{ id: 'q1', text: 'Why?' }],
    };
    expect(readPack(packFile(program).text)).toEqual({ ok: true, program, reset: [] });
  });
});
