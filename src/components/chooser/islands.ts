// The chooser page's islands load from this one module, so the page fetches one file for them.
export { default as FormatChooser } from './FormatChooser';
export { MentorshipSwitcher } from '../mentorships/MentorshipSwitcher';
