/**
 * The format chooser's answers as a stored document. Kept apart from the questions' words and the
 * ranking rules (../chooser/chooser.ts), so that code that only reads or carries the document (the share
 * link, the backup file) does not load them; a test checks both name the same options.
 */
import * as v from '../core/schema-kit';
import { group } from '../core/schema';
import { declare } from './declaration';

/** Each question's id and the ids of its options, as answers are stored. */
export const ANSWER_OPTIONS = {
  level: ['starting', 'basics', 'deep'],
  goal: ['broad', 'codebase', 'unclear'],
  project: ['yes', 'no'],
  together: ['yes', 'no'],
  rhythm: ['schedule', 'on-demand'],
} as const;

type Options = typeof ANSWER_OPTIONS;

/** The chooser's stored document (its `version` is added by the store). */
export const ChooserSchema = v.object({
  answers: group(
    Object.fromEntries(
      Object.entries(ANSWER_OPTIONS).map(([id, options]) => [id, v.optional(v.picklist(options))]),
    ) as {
      [Q in keyof Options]: v.GenericSchema<Options[Q][number] | undefined>;
    },
  ),
});

/** The chooser's stored document. */
export type ChooserState = v.InferOutput<typeof ChooserSchema>;

/** The chooser's answers as one of a mentorship's documents (`format-chooser`, ./registry.ts). */
export const CHOOSER_DOCUMENT = declare({ field: 'chooser', version: 1, schema: ChooserSchema });
