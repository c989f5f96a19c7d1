// The agreement panel loads apart from the checklist, with `client:in-use` (src/site/client-in-use.ts):
// on a first visit its build-time HTML is the empty agreement it would draw.
export { default as AgreementPanel } from './AgreementPanel';
