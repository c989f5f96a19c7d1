import { useStore } from '../../ui/store';
import { dayText } from '../../../playbook/review/every-page/due';
import { $kickoff } from '../../../stores/core/kickoff';
import { $openId } from '../../../stores/core/mentorships';
import { reviewStore } from '../../../stores/review/every-page/document';
import { putOffReview, reviewDueNow } from '../../../stores/review/on-demand/notice';
import { announce } from '../../ui/announce';
import { focusSoon } from '../../ui/focus';
import { href } from '../../ui/href';
import { switcherControl } from '../../ui/on-demand/switcher';

const REVIEW_PAGE = '/playbooks/review/';

/**
 * On every playbook page: that a review is due, with a link to it and "Put off for a week"; or
 * that the mentorship is paused, or has ended (it stays readable, and the review page holds its
 * closing summary). Loaded only when the switcher's cheap check says it may show.
 */
export function ReviewNotice() {
  // Read again whenever the answers, the reviews or the open mentorship change.
  useStore($kickoff);
  useStore(reviewStore.$value);
  useStore($openId);
  const due = reviewDueNow();
  const here = location.pathname === href(REVIEW_PAGE);
  const link = (words: string) => (here ? null : <a href={href(REVIEW_PAGE)}>{words}</a>);
  switch (due.kind) {
    case 'due':
      return (
        <div class="notice review-notice">
          <p>
            A review of this mentorship is due: it came due on {dayText(due.since)}.{' '}
            {link('Review and re-evaluate')}
          </p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              const until = putOffReview();
              if (!until) return;
              announce(`The review is put off until ${dayText(until)}.`, 'mentorship');
              // Its place goes with it: focus moves to the switcher's own control.
              focusSoon(switcherControl);
            }}
          >
            Put off for a week
          </button>
        </div>
      );
    case 'paused':
      return (
        <p class="notice review-notice">
          This mentorship is paused{due.until ? ` until ${dayText(due.until)}` : ''}.{' '}
          {link('Its reviews')}
        </p>
      );
    case 'ended':
      return (
        <p class="notice review-notice">
          This mentorship ended{due.on ? ` on ${dayText(due.on)}` : ''}. Everything it holds stays
          here to read. {link('Its closing summary')}
        </p>
      );
    default:
      return null;
  }
}
