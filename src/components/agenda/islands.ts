// The planner's islands load from this one module, so the page fetches one file for them instead of
// one per island plus a chunk of what they share.
import '../ui/offline';
export { default as AgendaBuilder } from './AgendaBuilder';
export { default as History } from './History';
export { MentorshipSwitcher } from '../mentorships/MentorshipSwitcher';
