import { useStore } from '../ui/store';
import { useState } from 'preact/hooks';
import type { ComponentChild } from 'preact';
import type { ReviewRecord } from '../../playbook/documents/review';
import { dayText } from '../../playbook/review/review';
import { $kickoff } from '../../stores/core/kickoff';
import { $reviews } from '../../stores/review/review';
import { unavailable } from '../ui/announce';
import { useHydrated } from '../ui/hydrated';
import { Status } from '../ui/Status';
import '../playbook.css';
import './review.css';

const loadPast = () => import('./on-demand/past-review');

function PastReview({ record }: { record: ReviewRecord }) {
  // The document's code loads, and it renders, only when opened: a long list stays light.
  const [shown, setShown] = useState<ComponentChild>(undefined);
  const { pair } = useStore($kickoff);
  const when = dayText(record.on) || 'a day not recorded';
  const at = `review-${record.id}`;
  const show = (): Promise<void> =>
    loadPast()
      .then((m) => setShown(m.reviewView(record, pair, `Review of ${when}`)))
      .catch(() => unavailable(at, show));
  const download = (): Promise<void> =>
    loadPast()
      .then((m) => m.downloadReview(record, at))
      .catch(() => unavailable(at, download));
  return (
    <li class="past-session">
      <details onToggle={(e) => (e.currentTarget.open ? show() : setShown(undefined))}>
        <summary>Review of {when}</summary>
        {shown}
      </details>
      <div class="part-actions">
        <button
          type="button"
          class="secondary small"
          aria-label={`Download the review of ${when}`}
          onClick={download}
        >
          Download
        </button>
        <Status at={at} />
      </div>
    </li>
  );
}

/** The finished reviews, newest first, each readable and downloadable. */
export default function PastReviews() {
  const hydrated = useHydrated();
  const reviews = useStore($reviews, { ssr: () => [] });
  return (
    <section class="playbook past-reviews" aria-labelledby="past-reviews-title">
      <h2 id="past-reviews-title">Past reviews</h2>
      {!hydrated || reviews.length === 0 ? (
        <p>None saved yet. Each review you save is kept here, newest first.</p>
      ) : (
        <ol class="history" aria-labelledby="past-reviews-title">
          {reviews.map((record) => (
            <PastReview key={record.id} record={record} />
          ))}
        </ol>
      )}
    </section>
  );
}
