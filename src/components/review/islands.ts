// The review's islands load from this one module, so the page fetches one file for them instead
// of one per island plus a chunk of what they share.
import '../ui/offline';
export { default as WhatHappened } from './WhatHappened';
export { default as ReviewForm } from './ReviewForm';
export { default as PastReviews } from './PastReviews';
export { default as Ending } from './Ending';
export { MentorshipSwitcher } from '../mentorships/MentorshipSwitcher';
