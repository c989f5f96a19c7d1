import { useStore } from '../../ui/store';
import { closingSummary, summaryBlocks } from '../../../playbook/review/on-demand/documents';
import { $kickoff } from '../../../stores/core/kickoff';
import { $review, $reviewReadOnly, $sessions, carryOnAgain } from '../../../stores/review/review';
import { summaryFile } from '../../../stores/review/on-demand/files';
import { announce } from '../../ui/announce';
import { ConfirmAction } from '../../ui/kit/ConfirmAction';
import { DocumentView } from '../../ui/kit/DocumentView';
import { FileButtons } from '../../ui/kit/FileButtons';

/**
 * The closing summary of an ended mentorship, to download as Markdown or print (on paper the page
 * prints it alone), and taking the mentorship back up. Loaded only once a mentorship has ended.
 */
export function Summary() {
  const summary = closingSummary(useStore($kickoff), useStore($sessions), useStore($review));
  const readOnly = useStore($reviewReadOnly);
  return (
    <>
      <p>
        This mentorship has ended. Everything it holds stays here to read; this summary is the part
        to keep.
      </p>
      <DocumentView blocks={summaryBlocks(summary)} top={3} label="Closing summary" print />
      <div class="part-actions">
        <FileButtons file={summaryFile} what="the closing summary" enabled primary />
        <button type="button" class="secondary" onClick={() => print()}>
          Print the summary
        </button>
        <ConfirmAction
          label="Carry on after all…"
          question="Take the mentorship back up? It is no longer marked as ended."
          confirmLabel="Carry on"
          cancelLabel="Keep it ended"
          danger={false}
          disabled={readOnly}
          onConfirm={() => {
            if (!carryOnAgain()) return;
            announce('The mentorship goes on: it is no longer marked as ended.');
            return 'review-title';
          }}
        />
      </div>
    </>
  );
}
