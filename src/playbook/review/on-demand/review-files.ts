/**
 * The review's files: a finished review and the closing summary as Markdown, each after YAML front
 * matter that holds its data, so that the file reads back (review-read.ts). Loaded only when
 * someone downloads or copies one.
 */
import { withFrontMatter } from '../../files/front-matter';
import { toMarkdown } from '../../files/markdown-text';
import { pairSlug } from '../../files/file-names';
import type { KickoffState } from '../../documents/kickoff';
import type { ReviewRecord } from '../../documents/review';
import { reviewBlocks, summaryBlocks, type ClosingSummary } from './documents';

/** What a review file's front matter says it is. */
export const REVIEW_FORMAT = 'mentorship-playbook-review';

/** What a closing summary's front matter says it is. */
export const SUMMARY_FORMAT = 'mentorship-playbook-summary';

/** The version of both files' front matter this site writes and reads. */
export const FILE_VERSION = 1;

type Pair = Pick<KickoffState['pair'], 'mentor' | 'mentee'>;

const day = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '');
const fileName = (what: string, pair: Pair, date: string) =>
  `${[what, pairSlug(pair), day(date)].filter(Boolean).join('-')}.md`;

/**
 * A finished review's file. Front matter, format version 1:
 * ```
 * format: "mentorship-playbook-review"
 * version: 1
 * pair: { mentor: string, mentee: string }
 * review: the review as stored (ReviewRecordSchema in src/playbook/documents/review.ts)
 * ```
 */
export const reviewText = (record: ReviewRecord, pair: Pair) =>
  withFrontMatter(
    {
      format: REVIEW_FORMAT,
      version: FILE_VERSION,
      pair: { mentor: pair.mentor, mentee: pair.mentee },
      review: record,
    },
    toMarkdown(reviewBlocks(record, pair)),
  );

/** A review file's name: mentorship-review-tom-and-priya-2027-03-03.md. */
export const reviewFileName = (record: Pick<ReviewRecord, 'on'>, pair: Pair) =>
  fileName('mentorship-review', pair, record.on);

/**
 * The closing summary's file. Front matter, format version 1:
 * ```
 * format: "mentorship-playbook-summary"
 * version: 1
 * summary: ClosingSummary (src/playbook/review/documents.ts)
 * ```
 */
export const summaryText = (summary: ClosingSummary) =>
  withFrontMatter(
    { format: SUMMARY_FORMAT, version: FILE_VERSION, summary: { ...summary } },
    toMarkdown(summaryBlocks(summary)),
  );

/** The closing summary's name: mentorship-summary-tom-and-priya-2027-06-30.md. */
export const summaryFileName = (summary: ClosingSummary) =>
  fileName('mentorship-summary', summary, summary.ended);
