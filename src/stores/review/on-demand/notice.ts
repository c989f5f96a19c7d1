/**
 * Whether a review is due, for the notice on every playbook page (loaded with it, on demand): read
 * from the kickoff, the review document and the history as stored, without the planner's store,
 * which only its own page loads.
 */
import { addDays, reviewDue, type ReviewDue } from '../../../playbook/review/every-page/due';
import { decodeStored, emptyOf } from '../../../playbook/core/stored-document';
import { localDate } from '../../../playbook/core/dates';
import { SESSIONS_DOCUMENT } from '../../../playbook/documents/agenda';
import { $kickoff } from '../../core/kickoff';
import { $openId, keyOf } from '../../core/mentorships';
import { storedText } from '../../core/storage';
import { reviewStore } from '../every-page/document';

/** Where the open mentorship's review stands today (ReviewDue in src/playbook/review/due.ts). */
export function reviewDueNow(): ReviewDue {
  const raw = storedText(keyOf('sessions')($openId.get())).get();
  const history = raw
    ? decodeStored(SESSIONS_DOCUMENT, raw, () => emptyOf(SESSIONS_DOCUMENT.schema)).value
    : undefined;
  return reviewDue({
    kickoff: $kickoff.get(),
    sessions: history?.sessions ?? [],
    review: reviewStore.$value.get(),
    today: localDate(new Date()),
  });
}

/** Puts the notice off for `days` days (a week by default); the day it comes back, or '' if refused. */
export function putOffReview(days = 7): string {
  const until = addDays(localDate(new Date()), days);
  return reviewStore.replace((s) => ({ ...s, putOff: until })) ? until : '';
}
