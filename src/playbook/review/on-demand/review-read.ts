/**
 * Reading a review file or a closing summary back from its front matter (review-files.ts): a real
 * YAML parser that evaluates nothing and limits aliases, then the same schemas and rule as every
 * other door (a missing field reads as its default, a value that does not fit resets that field).
 * Loaded only when a file is read.
 */
import * as v from '../../core/schema-kit';
import { DateOrEmpty, WholeNumber, field, group, readDocument } from '../../core/schema';
import { splitFrontMatter } from '../../files/front-matter';
import { parseFrontMatterYaml } from '../../files/front-matter-yaml';
import { ReviewRecordSchema, type ReviewRecord } from '../../documents/review';
import type { ClosingSummary } from './documents';
import { FILE_VERSION, REVIEW_FORMAT, SUMMARY_FORMAT } from './review-files';

/** The largest file read (characters), and the most keys its front matter may have. */
export const READ_LIMITS = { chars: 5_000_000, keys: 20_000 } as const;

const KEY_LINE = /^[ \t]*(?:- +)?(?:"[^"\n]*"|'[^'\n]*'|[^\s#"'\-?:][^:\n]*?) *:(?:[ \t]|$)/gm;

/** What reading a file gave: its value and the fields reset on the way, or why it could not be read. */
export type FileRead<T> = { ok: true; value: T; reset: string[] } | { ok: false; message: string };

function frontMatter(
  text: string,
  format: string,
  what: string,
): FileRead<Record<string, unknown>> {
  const fail = (message: string) => ({ ok: false as const, message });
  if (text.length > READ_LIMITS.chars) return fail(`This file is far larger than any ${what}.`);
  const { yaml } = splitFrontMatter(text);
  if (yaml === undefined)
    return fail(`This file has no front matter, so it is no ${what} from this site.`);
  if ((yaml.match(KEY_LINE)?.length ?? 0) > READ_LIMITS.keys)
    return fail(`The front matter of this file has more keys than any ${what}.`);
  let data: unknown;
  try {
    data = parseFrontMatterYaml(yaml);
  } catch {
    return fail('The front matter of this file is not valid YAML.');
  }
  const fields = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (fields.format !== format) return fail(`This file is not a ${what} from Mentorship Playbook.`);
  if (typeof fields.version !== 'number' || fields.version > FILE_VERSION)
    return fail(`This ${what} was made by a newer version of Mentorship Playbook.`);
  return { ok: true, value: fields, reset: [] };
}

const PairSchema = group({
  mentor: field(v.string(), () => ''),
  mentee: field(v.string(), () => ''),
});

/** A review file's review and pair. */
export interface ReviewFile {
  review: ReviewRecord;
  pair: { mentor: string; mentee: string };
}

/** Reads a review file (review-files.ts) back; never throws. */
export function readReviewFile(text: string): FileRead<ReviewFile> {
  const read = frontMatter(text, REVIEW_FORMAT, 'review');
  if (!read.ok) return read;
  const parsed = readDocument(
    v.object({ pair: PairSchema, review: ReviewRecordSchema }),
    read.value,
  );
  if (!parsed) return { ok: false, message: 'This file holds no review.' };
  return { ok: true, value: parsed.value, reset: parsed.reset };
}

const text = () => field(v.string(), () => '');
const date = () => field(DateOrEmpty, () => '');

const summaryEntries = {
  mentor: text(),
  mentee: text(),
  started: date(),
  ended: date(),
  held: field(WholeNumber({ min: 0, max: 1e6 }), () => 0),
  goals: field(
    v.array(
      v.object({
        what: text(),
        evidence: text(),
        outcome: field(v.picklist(['', 'reached', 'dropped'] as const), () => '' as const),
        closedOn: date(),
      }),
    ),
    () => [],
  ),
  learned: group({ mentor: text(), mentee: text() }),
  next: text(),
};

/** Reads a closing summary's file back; never throws. */
export function readSummaryFile(text: string): FileRead<ClosingSummary> {
  const read = frontMatter(text, SUMMARY_FORMAT, 'summary');
  if (!read.ok) return read;
  const parsed = readDocument(v.object({ summary: group(summaryEntries) }), read.value);
  if (!parsed) return { ok: false, message: 'This file holds no summary.' };
  const summary: ClosingSummary = parsed.value.summary;
  return { ok: true, value: summary, reset: parsed.reset };
}
