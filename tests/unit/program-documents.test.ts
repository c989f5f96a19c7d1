import { describe, expect, test } from 'vitest';
import { emptyKickoff, type KickoffState } from '../../src/playbook/documents/kickoff';
import { emptyProgram, type Program } from '../../src/playbook/documents/program';
import type { ReviewRecord } from '../../src/playbook/documents/review';
import { agreementBlocks } from '../../src/playbook/kickoff/agreement';
import { toMarkdown } from '../../src/playbook/kickoff/agreement-file';
import { readPack } from '../../src/playbook/program/pack';
import { resetSaid } from '../../src/playbook/portable/reset-names';
import { reviewBlocks } from '../../src/playbook/review/on-demand/documents';
import { readReviewFile } from '../../src/playbook/review/on-demand/review-read';
import { reviewText } from '../../src/playbook/review/on-demand/review-files';
import { saveReview } from '../../src/playbook/review/on-demand/save';
import { emptyReview, gatherFacts } from '../../src/playbook/review/review';

const PROGRAM: Program = {
  ...emptyProgram(),
  id: 'acme-2027',
  name: 'Acme *mentoring*, spring 2027',
  roundEnds: '2027-06-30',
  contact: 'mentoring@acme.example',
  reviewQuestions: [
    { id: 'q1', text: 'What can the mentee do now?' },
    { id: 'q2', text: '# Not a heading' },
  ],
};

const kickoff = (program: Program): KickoffState => ({
  ...emptyKickoff(),
  pair: { mentor: 'Priya', mentee: 'Tom', startDate: '2027-01-04' },
  program,
});

describe('the agreement names the programme', () => {
  test.each([
    {
      program: PROGRAM,
      line: '- Programme: Acme \\*mentoring\\*, spring 2027, round ends 2027-06-30, contact mentoring\\@acme.example',
    },
    {
      program: { ...PROGRAM, roundEnds: '', contact: '  ' },
      line: '- Programme: Acme \\*mentoring\\*, spring 2027',
    },
  ])('$line', ({ program, line }) => {
    const markdown = toMarkdown(agreementBlocks(kickoff(program)));
    expect(markdown.split('\n')).toContain(line);
  });

  test('a pair in no programme has no programme line', () => {
    expect(toMarkdown(agreementBlocks(kickoff(emptyProgram())))).not.toContain('Programme');
  });
});

describe('a review keeps the answers to the programme’s questions', () => {
  const pair = kickoff(PROGRAM);
  const facts = gatherFacts({ kickoff: pair, sessions: [], reviews: [], today: '2027-02-15' });
  const draft = {
    ...emptyReview().draft,
    decision: 'carry-on' as const,
    answers: [
      { id: 'q1', question: 'What can the mentee do now?', answer: 'Review a *pull* request.' },
      { id: 'q2', question: '# Not a heading', answer: '---\nnot: front matter' },
      { id: 'q3', question: 'Left blank', answer: '   ' },
    ],
  };
  const saved = saveReview({ ...emptyReview(), draft }, pair, facts, {
    id: 'r1',
    today: '2027-02-15',
    newId: () => 'x',
  });

  test('saving keeps the answered questions, with their words', () => {
    expect(saved.record.answers).toEqual(draft.answers.slice(0, 2));
    expect(saved.review.draft.answers).toEqual([]);
  });

  test('the review’s document has each question and its answer, escaped', () => {
    const markdown = reviewText(saved.record, pair.pair);
    expect(markdown).toContain('## The programme’s questions');
    expect(markdown).toContain('### What can the mentee do now?');
    expect(markdown).toContain('Review a \\*pull\\* request.');
    expect(markdown).toContain('### \\# Not a heading');
    expect(markdown).not.toContain('Left blank');
  });

  test('the review file reads back with its answers', () => {
    const read = readReviewFile(reviewText(saved.record, pair.pair));
    expect(read.ok && read.value.review.answers).toEqual(saved.record.answers);
  });

  test('a review without answers has no programme section', () => {
    const record: ReviewRecord = { ...saved.record, answers: [] };
    expect(
      reviewBlocks(record, pair.pair).some(
        (b) => b.type === 'heading' && b.text === 'The programme’s questions',
      ),
    ).toBe(false);
  });
});

describe('a pack’s values that do not fit are named', () => {
  test.each([
    { field: 'minutes', value: 5, said: 'The programme › ' },
    { field: 'cadence', value: 'daily', said: 'The programme › ' },
    { field: 'roundEnds', value: '30/06/2027', said: 'The programme › ' },
  ])('$field', ({ field, value, said }) => {
    const read = readPack(
      JSON.stringify({
        format: 'mentorship-playbook-program',
        version: 1,
        name: 'Acme',
        [field]: value,
      }),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.reset).toEqual([`program.${field}`]);
    expect(resetSaid(read.reset)).toMatch(
      new RegExp(`^1 value in it did not fit and will be left empty: ${said}`),
    );
  });
});
