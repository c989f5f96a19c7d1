// The chooser page's islands load from this one module, so the page fetches one file for them.
import '../ui/offline';
export { default as FormatChooser } from './FormatChooser';
export { MentorshipSwitcher } from '../mentorships/MentorshipSwitcher';
