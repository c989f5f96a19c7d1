import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyKickoff, type KickoffState } from '../../src/playbook/documents/kickoff';
import { emptyProgram, type Program } from '../../src/playbook/documents/program';
import {
  packOver,
  prefill,
  prefillSaid,
  programReevaluation,
} from '../../src/playbook/program/prefill';
import { anyProgram, anyState } from './helpers/arbitraries';

const program = (over: Partial<Program> = {}): Program => ({
  ...emptyProgram(),
  id: 'acme-2027',
  name: 'Acme mentoring, spring 2027',
  cadence: 'every-two-weeks',
  minutes: 45,
  reviewPoints: [
    { label: 'Six weeks in', weeks: 6, end: false },
    { label: 'End of the round', weeks: null, end: true },
  ],
  roundEnds: '2027-06-30',
  ...over,
});

const kickoff = (over: Partial<KickoffState> = {}): KickoffState => ({
  ...emptyKickoff(),
  ...over,
});

const ANSWERED = kickoff({
  cadence: { frequency: 'weekly', minutes: 60, time: '' },
  reevaluate: {
    mode: 'date',
    date: '2027-03-01',
    condition: '',
    after: { count: null, unit: '' },
  },
});

const SIX_WEEKS = {
  mode: 'condition',
  date: '',
  condition: 'The programme asks for its review “Six weeks in”',
  after: { count: 6, unit: 'weeks' },
} as const;

describe('prefill fills only what is empty', () => {
  test.each([
    {
      name: 'empty answers take every value the programme sets',
      before: kickoff(),
      pack: program(),
      cadence: { frequency: 'every-two-weeks', minutes: 45 },
      reevaluate: SIX_WEEKS,
      filled: ['how often you meet', 'how long a session is', 'when you re-evaluate'],
      kept: [],
    },
    {
      name: 'answers the pair gave stay as they were',
      before: ANSWERED,
      pack: program(),
      cadence: { frequency: 'weekly', minutes: 60 },
      reevaluate: ANSWERED.reevaluate,
      filled: [],
      kept: ['how often you meet', 'how long a session is', 'when you re-evaluate'],
    },
    {
      name: 'a pair with a cadence but no length gets the length only',
      before: kickoff({ cadence: { frequency: 'monthly', minutes: null, time: '10:00' } }),
      pack: program(),
      cadence: { frequency: 'monthly', minutes: 45 },
      reevaluate: SIX_WEEKS,
      filled: ['how long a session is', 'when you re-evaluate'],
      kept: ['how often you meet'],
    },
    {
      name: 'only an end point: the re-evaluation is on the round’s end',
      before: kickoff(),
      pack: program({ reviewPoints: [{ label: 'The end', weeks: null, end: true }] }),
      cadence: { frequency: 'every-two-weeks', minutes: 45 },
      reevaluate: {
        mode: 'date',
        date: '2027-06-30',
        condition: '',
        after: { count: null, unit: '' },
      },
      filled: ['how often you meet', 'how long a session is', 'when you re-evaluate'],
      kept: [],
    },
    {
      name: 'an end point without a round end sets no re-evaluation',
      before: kickoff(),
      pack: program({
        roundEnds: '',
        reviewPoints: [{ label: 'The end', weeks: null, end: true }],
      }),
      cadence: { frequency: 'every-two-weeks', minutes: 45 },
      reevaluate: emptyKickoff().reevaluate,
      filled: ['how often you meet', 'how long a session is'],
      kept: [],
    },
    {
      name: 'the first point in weeks counts, whatever its place',
      before: kickoff(),
      pack: program({
        reviewPoints: [
          { label: 'End', weeks: null, end: true },
          { label: '', weeks: 10, end: false },
          { label: 'Later', weeks: 20, end: false },
        ],
      }),
      cadence: { frequency: 'every-two-weeks', minutes: 45 },
      reevaluate: {
        mode: 'condition',
        date: '',
        condition: 'The programme asks for its review',
        after: { count: 10, unit: 'weeks' },
      },
      filled: ['how often you meet', 'how long a session is', 'when you re-evaluate'],
      kept: [],
    },
    {
      name: 'a programme that sets nothing fills nothing',
      before: kickoff(),
      pack: program({ cadence: '', minutes: null, reviewPoints: [] }),
      cadence: { frequency: '', minutes: null },
      reevaluate: emptyKickoff().reevaluate,
      filled: [],
      kept: [],
    },
    {
      name: 'a condition typed without a mode still counts as an answer',
      before: kickoff({
        reevaluate: { ...emptyKickoff().reevaluate, condition: 'When the launch is done' },
      }),
      pack: program(),
      cadence: { frequency: 'every-two-weeks', minutes: 45 },
      reevaluate: { ...emptyKickoff().reevaluate, condition: 'When the launch is done' },
      filled: ['how often you meet', 'how long a session is'],
      kept: ['when you re-evaluate'],
    },
  ])('$name', ({ before, pack, cadence, reevaluate, filled, kept }) => {
    const result = prefill(before, pack);
    expect(result.kickoff.cadence).toMatchObject(cadence);
    expect(result.kickoff.reevaluate).toEqual(reevaluate);
    expect(result.kickoff.program).toEqual(pack);
    expect(result.filled.map((line) => line.what)).toEqual(filled);
    expect(result.kept.map((line) => line.what)).toEqual(kept);
  });
});

describe('prefill says what it did', () => {
  test.each([
    {
      before: kickoff(),
      said: 'Filled in how often you meet: every two weeks; how long a session is: 45 minutes; when you re-evaluate: The programme asks for its review “Six weeks in”, after 6 weeks.',
    },
    {
      before: ANSWERED,
      said: 'Filled in nothing: the programme sets no answer you had left empty. Left as you had it: how often you meet: weekly; how long a session is: 60 minutes; when you re-evaluate: on 2027-03-01.',
    },
  ])('$said', ({ before, said }) => {
    expect(prefillSaid(prefill(before, program()))).toBe(said);
  });
});

describe('prefill on any answers', () => {
  test('changes nothing but the empty answers it names, and always keeps the programme', () => {
    fc.assert(
      fc.property(anyState, anyProgram(), (before, pack) => {
        const { kickoff: after, filled, kept } = prefill(before, pack);
        expect(after.program).toEqual(pack);
        expect({ ...after, cadence: null, reevaluate: null, program: null }).toEqual({
          ...before,
          cadence: null,
          reevaluate: null,
          program: null,
        });
        expect(after.cadence.time).toBe(before.cadence.time);
        const names = [...filled, ...kept].map((line) => line.what);
        expect(new Set(names).size).toBe(names.length);
        if (before.cadence.frequency)
          expect(after.cadence.frequency).toBe(before.cadence.frequency);
        if (before.cadence.minutes !== null)
          expect(after.cadence.minutes).toBe(before.cadence.minutes);
        if (!filled.some((line) => line.what === 'when you re-evaluate'))
          expect(after.reevaluate).toEqual(before.reevaluate);
        // Applying again changes nothing more.
        expect(prefill(after, pack).kickoff).toEqual(after);
        expect(prefill(after, pack).filled).toEqual([]);
      }),
    );
  });
});

describe('a pack over the programme a pair keeps', () => {
  test.each([
    { kept: emptyProgram(), pack: program(), over: 'none' },
    { kept: program(), pack: program({ name: 'Renamed' }), over: 'same' },
    { kept: program({ id: '' }), pack: program({ id: '' }), over: 'same' },
    { kept: program({ id: '' }), pack: program({ id: '', name: 'Other' }), over: 'other' },
    { kept: program(), pack: program({ id: 'other-2027' }), over: 'other' },
  ])('$over', ({ kept, pack, over }) => {
    expect(packOver(kept, pack)).toBe(over);
  });

  test('a programme without review points suggests no re-evaluation', () => {
    expect(programReevaluation(program({ reviewPoints: [] }))).toBeUndefined();
  });
});
