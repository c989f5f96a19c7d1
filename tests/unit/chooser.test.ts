import { ANSWER_OPTIONS } from '../../src/playbook/documents/chooser';
import fc from 'fast-check';
import { readDocument } from '../../src/playbook/core/schema';
import { describe, expect, test } from 'vitest';
import {
  QUESTIONS,
  RULES,
  ChooserSchema,
  rankFormats,
  type ChooserAnswers,
} from '../../src/playbook/chooser/chooser';
import { FORMATS } from '../../src/playbook/guide/formats';

const order = (answers: ChooserAnswers) => rankFormats(answers).map((f) => f.id);

describe('rankFormats', () => {
  test.each<[string, ChooserAnswers, string, string | undefined]>([
    [
      'a very new mentee without a clear goal',
      { level: 'starting', goal: 'unclear' },
      'qa-sessions',
      undefined,
    ],
    [
      'a very new mentee who meets when something comes up',
      { level: 'starting', goal: 'unclear', rhythm: 'on-demand' },
      'qa-sessions',
      'mentee-project',
    ],
    ['a long-running schedule', { rhythm: 'schedule' }, 'mentee-project', 'qa-sessions'],
    [
      'a long-running schedule with the basics',
      { level: 'basics', rhythm: 'schedule' },
      'mentee-project',
      'qa-sessions',
    ],
    [
      'someone still learning the basics who wants to code',
      { level: 'starting', goal: 'broad', together: 'yes' },
      'regular-pairing',
      undefined,
    ],
    [
      'someone with the basics and a project',
      { level: 'basics', goal: 'broad', project: 'yes' },
      'mentee-project',
      undefined,
    ],
    [
      'a goal in a specific codebase',
      { level: 'basics', goal: 'codebase', project: 'no' },
      'code-review',
      'mentee-project',
    ],
    [
      'going deep without coding together',
      { level: 'deep', goal: 'codebase', together: 'no', project: 'no' },
      'code-review',
      'regular-pairing',
    ],
  ])('%s', (_case, answers, first, last) => {
    const ranking = order(answers);
    expect(ranking[0]).toBe(first);
    if (last) expect(ranking.at(-1)).toBe(last);
  });

  test('no project yet lowers the mentee project without ruling it out: a practice one counts', () => {
    const ranking = order({ level: 'basics', goal: 'broad', project: 'no', together: 'no' });
    expect(ranking.indexOf('mentee-project')).toBeLessThan(ranking.length - 1);
    const project = rankFormats({ project: 'no' }).find((f) => f.id === 'mentee-project')!;
    expect(project.reasonsAgainst.join(' ')).toMatch(/practice one you set up together/);
  });

  test('with no answers keeps the guide order and gives no reasons', () => {
    const ranking = rankFormats({});
    expect(ranking.map((f) => f.id)).toEqual(FORMATS.map((f) => f.id));
    expect(ranking.every((f) => f.reasonsFor.length === 0 && f.reasonsAgainst.length === 0)).toBe(
      true,
    );
  });

  test('explains a place in words, never as a score', () => {
    const [first] = rankFormats({ level: 'starting', goal: 'unclear' });
    expect(first!.reasonsFor).toEqual([
      'The mentee is just starting and the goal is not clear yet: open questions are the quickest way to find it.',
    ]);
    for (const rule of RULES) expect(rule.reason).toMatch(/^[A-Z].*\.$/);
    for (const rule of RULES) expect(rule.reason).not.toMatch(/\d/);
  });

  const anyAnswers: fc.Arbitrary<ChooserAnswers> = fc.record(
    Object.fromEntries(
      QUESTIONS.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<ChooserAnswers>;

  test('for any answers, ranks each format exactly once, with a link and only applicable reasons', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const ranking = rankFormats(answers);
        expect(ranking.map((f) => f.id).sort()).toEqual(FORMATS.map((f) => f.id).sort());
        for (const format of ranking) {
          expect(format.page).toMatch(/^\/formats\//);
          const applicable = RULES.filter((r) => r.format === format.id && r.when(answers)).map(
            (r) => r.reason,
          );
          expect([...format.reasonsFor, ...format.reasonsAgainst].sort()).toEqual(
            applicable.sort(),
          );
        }
      }),
    );
  });
});

describe('ChooserSchema', () => {
  test.each([
    [
      { level: 'basics', goal: 'codebase' },
      { level: 'basics', goal: 'codebase' },
    ],
    [{ level: 'expert', goal: 42, extra: 'x' }, {}],
    ['nonsense', {}],
    [null, {}],
    [['basics'], {}],
  ])('answers %j read as %j', (answers, expected) => {
    expect(readDocument(ChooserSchema, { answers })?.value).toEqual({ answers: expected });
  });
});

test('the stored answers name the same questions and options as the page asks', () => {
  expect(Object.fromEntries(QUESTIONS.map((q) => [q.id, q.options.map((o) => o.id)]))).toEqual(
    ANSWER_OPTIONS,
  );
});
