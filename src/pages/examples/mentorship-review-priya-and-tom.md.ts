import type { APIRoute } from 'astro';
import { reviewText } from '../../playbook/review/on-demand/review-files';
import { exampleReview } from '../../playbook/guide/example-review';

/**
 * Priya and Tom's first review, built at build time by the review playbook's own functions, with
 * the review in front matter, so the file reads back as the playbook's own would.
 */
export const GET: APIRoute = () => {
  const { record, kickoff } = exampleReview();
  return new Response(reviewText(record, kickoff.pair), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
