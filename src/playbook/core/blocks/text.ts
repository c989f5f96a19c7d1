/**
 * The document model's (../markdown.ts) multi-line text and signature line, which only documents
 * use: the views and files of the agreement, sessions and reviews, all loaded on demand. In a
 * sub-folder of core/, which is in no chunk group, it loads with them rather than with every
 * playbook page (src/site/chunks.ts).
 */
import { sanitise } from '../markdown';

/** Multi-line text as the document keeps it: sanitised, without blank lines at its start or end. */
export function cleanText(text: string): string {
  const lines = sanitise(text).split('\n');
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
  return lines.join('\n');
}

/** The line to sign on, under each person's name. */
export const SIGNATURE_LINE = 'Signature: ______________________ Date: ____________';
