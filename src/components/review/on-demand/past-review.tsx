import type { KickoffState } from '../../../playbook/documents/kickoff';
import type { ReviewRecord } from '../../../playbook/documents/review';
import { reviewBlocks } from '../../../playbook/review/on-demand/documents';
import { reviewFile } from '../../../stores/review/on-demand/files';
import { DocumentView } from '../../ui/kit/DocumentView';
import { downloadFile } from '../../ui/kit/files';

/** A past review as a document on the page, loaded when one is first opened. */
export const reviewView = (record: ReviewRecord, pair: KickoffState['pair'], label: string) => (
  <DocumentView blocks={reviewBlocks(record, pair)} top={3} label={label} />
);

/** Downloads a past review's file, saying what came of it at `at`. */
export const downloadReview = (record: ReviewRecord, at: string) =>
  downloadFile(() => reviewFile(record), at);
