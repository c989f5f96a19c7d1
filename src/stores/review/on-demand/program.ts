/**
 * The review's answers to the programme's review questions (the kickoff's `program`), loaded with
 * the questions' part of the review form only for a pair whose programme asks any.
 */
import type { ProgramQuestion } from '../../../playbook/documents/program';
import { $reviewReadOnly, reviewStore } from '../review';

/**
 * Sets the draft's answer to one of the programme's questions, keeping the question's words with
 * it (so a saved review reads alone, even once the programme changes its questions).
 */
export function setProgramAnswer(question: ProgramQuestion, answer: string): boolean {
  if ($reviewReadOnly.get()) return false;
  return reviewStore.replace((state) => {
    const given = { id: question.id, question: question.text, answer };
    const { answers } = state.draft;
    const next = answers.some((a) => a.id === question.id)
      ? answers.map((a) => (a.id === question.id ? given : a))
      : [...answers, given];
    return { ...state, draft: { ...state.draft, answers: next } };
  });
}
