/**
 * The coordinator's overview as kept in this browser, when they choose to keep it (issue 27): the
 * pairs' progress summaries and the programme pack's rules, under one key through the versioned
 * store every stored document uses (src/stores/core/versioned.ts: read without throwing, what does
 * not fit reset and named, a newer version shown and never rewritten). Loaded on demand, only when
 * the browser keeps one or the coordinator chooses to keep it. It is not a mentorship's document,
 * so it is in no registry: it does not travel, merge or count in Your data's mentorships.
 *
 * Stored shape (JSON), version 1, under `mentorship-playbook:v2:program-overview`:
 * ```
 * { "version": 1,
 *   "summaries": [ …progress summaries, without "format" and "version" (SummarySchema in
 *                  src/playbook/program/summary.ts)… ],
 *   "program": null | { …the programme as its pack sets it (ProgramSchema in
 *                       src/playbook/documents/program.ts)… } }
 * ```
 */
import * as v from '../../playbook/core/schema-kit';
import { field } from '../../playbook/core/schema';
import { ProgramSchema, type Program } from '../../playbook/documents/program';
import { SummarySchema, type ProgressSummary } from '../../playbook/program/summary';
import { storedText } from '../core/storage';
import { createVersionedStore } from '../core/versioned';
import { OVERVIEW_KEY } from './key';

/** The most pairs an overview holds: ten times the largest programme the issue names. */
export const OVERVIEW_MAX_PAIRS = 2_000;

/** The kept overview's schema (the shape in this file's header). */
export const KeptOverviewSchema = v.object({
  summaries: field(
    v.pipe(v.array(SummarySchema), (list) => list.length <= OVERVIEW_MAX_PAIRS),
    () => [],
  ),
  program: field(v.nullable(ProgramSchema), () => null),
});

/** What the overview keeps: the pairs' summaries and the pack's programme (null: the defaults). */
export interface KeptOverview {
  summaries: ProgressSummary[];
  program: Program | null;
}

/** The overview kept in this browser. */
export const keptOverview = createVersionedStore<KeptOverview>({
  key: OVERVIEW_KEY,
  version: 1,
  schema: KeptOverviewSchema,
});

/** Keeps the overview as it is now; false when a newer version's copy is here (never rewritten). */
export const keepOverview = (value: KeptOverview) => keptOverview.replace(() => value);

/** Forgets the kept overview: its key and any copy kept aside are removed from this browser. */
export function forgetOverview(): void {
  storedText(OVERVIEW_KEY).set(undefined);
  storedText(`${OVERVIEW_KEY}-backups`).set(undefined);
}
