/**
 * A small document model. Documents are built as blocks of plain text, so user text is never
 * Markdown: the page renders the blocks as DOM text, and the serialiser (markdown-text.ts, loaded
 * when a file is made) escapes it so that any string parses back to exactly the text that went in.
 * Every playbook page loads this file (for single lines); what only documents use, multi-line
 * text and the signature line, is in blocks/text.ts, which loads with them.
 */

/** A block of a document; every `text` is plain text, never Markdown or HTML. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; items: readonly { label: string; value: string }[] }
  | { type: 'signature'; role: string; name: string };

// C0 controls other than tab and line feed, DEL, and C1 controls: invisible, and some (NUL) are
// replaced by CommonMark parsers, so they could never come back as typed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Normalises line endings to \n and removes control characters. */
export function sanitise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '');
}

/** Single-line text (names, titles): sanitised, runs of white space folded to one space, trimmed. */
export function cleanLine(text: string): string {
  return sanitise(text).replace(/\s+/g, ' ').trim();
}
