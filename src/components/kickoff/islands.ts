// The kickoff page's islands load from this one module, so the page fetches one file for them instead of
// one per island plus a chunk of what they share.
import '../ui/offline';
export { default as KickoffChecklist } from './KickoffChecklist';
export { MentorshipSwitcher } from '../mentorships/MentorshipSwitcher';
