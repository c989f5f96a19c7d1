import fc from 'fast-check';
import { FORMATS } from '../../../src/playbook/guide/formats';
import { emptyProgram, type Program } from '../../../src/playbook/documents/program';
import {
  CADENCES,
  SCHEDULERS,
  TOPICS,
  type KickoffState,
} from '../../../src/playbook/kickoff/topics';

/** Any text, heavy on Markdown's special characters. */
export const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      '#',
      '*',
      '_',
      '|',
      '>',
      '`',
      '<',
      '[',
      ']',
      '(',
      ')',
      '!',
      '\\',
      '&',
      '=',
      '-',
      '1.',
      ' ',
      '\t',
      '\n',
      '\n\n',
      'x',
      '👩‍💻',
      'ש',
      '<script>',
      'javascript:',
    ),
    maxLength: 40,
  }),
);

/** Any kickoff answers. */
export const anyState: fc.Arbitrary<KickoffState> = fc.record({
  pair: fc.record({
    mentor: anyText,
    mentee: anyText,
    startDate: fc.constantFrom('', '2026-12-01'),
  }),
  topics: fc.record(
    Object.fromEntries(
      TOPICS.map((t) => [t.id, fc.record({ agreed: fc.boolean(), notes: anyText })]),
    ) as {
      [K in keyof KickoffState['topics']]: fc.Arbitrary<KickoffState['topics'][K]>;
    },
  ),
  cadence: fc.record({
    frequency: fc.constantFrom('' as const, ...CADENCES.map((c) => c.id)),
    minutes: fc.constantFrom(null, 10, 45, 240),
    time: fc.constantFrom('', '00:00', '09:30', '23:59'),
  }),
  scheduler: fc.constantFrom('' as const, ...SCHEDULERS.map((s) => s.id)),
  goAhead: fc.constantFrom('' as const, 'go' as const, 'not-yet' as const),
  reevaluate: fc.record({
    mode: fc.constantFrom('' as const, 'date' as const, 'condition' as const),
    date: fc.constantFrom('', '2027-01-31'),
    condition: anyText,
    after: fc.record({
      count: fc.constantFrom(null, 1, 6, 520),
      unit: fc.constantFrom('' as const, 'sessions' as const, 'weeks' as const),
    }),
  }),
  formats: fc.subarray(FORMATS.map((f) => f.id)),
  goals: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('g1', 'g2', 'g3'),
      what: anyText,
      evidence: anyText,
      by: fc.constantFrom('', '2027-01-31'),
      outcome: fc.constantFrom('' as const, 'reached' as const, 'dropped' as const),
      closedOn: fc.constantFrom('', '2027-01-31'),
    }),
    { maxLength: 3, selector: (goal) => goal.id },
  ),
  program: fc.oneof(fc.constant(emptyProgram()), anyProgram()),
});

/** A programme as a pack may set it, its words hostile. */
export function anyProgram(): fc.Arbitrary<Program> {
  return fc.record({
    id: fc.constantFrom('', 'spring-2027', 'p_1'),
    name: anyText.filter((name) => name.trim() !== '' && name.length <= 200),
    cadence: fc.constantFrom('' as const, ...CADENCES.map((c) => c.id)),
    minutes: fc.constantFrom(null, 10, 45, 240),
    reviewPoints: fc.array(
      fc.oneof(
        fc.record({
          label: anyText.map((t) => t.slice(0, 200)),
          weeks: fc.integer({ min: 1, max: 520 }),
          end: fc.constant(false),
        }),
        fc.record({
          label: anyText.map((t) => t.slice(0, 200)),
          weeks: fc.constant(null),
          end: fc.constant(true),
        }),
      ),
      { maxLength: 3 },
    ),
    reviewQuestions: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('q1', 'q2', 'q3'),
        text: anyText.filter((t) => t.trim() !== '' && t.length <= 500),
      }),
      { maxLength: 3, selector: (q) => q.id },
    ),
    roundEnds: fc.constantFrom('', '2027-06-30'),
    stalledAfterDays: fc.constantFrom(null, 1, 21, 366),
    reviewGraceDays: fc.constantFrom(null, 0, 7),
    contact: anyText.map((t) => t.slice(0, 200)),
  });
}
