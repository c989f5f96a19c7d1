/**
 * The progress summary of a mentorship of this browser (src/playbook/program/summary.ts), as Your
 * data shows it before it is made, and its link. Loaded on demand, with the panel that shows it.
 * It reads the stored documents as the share link does (portableOf), so it needs none of the
 * document stores, and imports nothing of Your data's own islands' store, which would split that
 * chunk.
 */
import { encodeSummary, progressSummary } from '../../../playbook/program/make-summary';
import type { ProgressSummary } from '../../../playbook/program/summary';
import { portableOf } from '../../portable/portable';

/**
 * The progress summary of the mentorship `id` as this browser holds it, made on `today`
 * (YYYY-MM-DD, the stores' `$today`): the facts its format lists and never a note. A mentorship
 * with no stored documents gives a summary of empty answers.
 */
export const summaryOf = (id: string, today: string): ProgressSummary =>
  progressSummary({ mentorship: portableOf(id), today });

/**
 * The address of a link that carries `summary` to the Programme overview page:
 * `<page>#summary=v1.<data>.<length>`, where `page` is that page's full address (origin and the
 * deployment's base path, which only a component can read). Rejects where the browser cannot
 * compress (no CompressionStream).
 */
export async function summaryLink(summary: ProgressSummary, page: string): Promise<string> {
  return `${page}#${await encodeSummary(summary)}`;
}
