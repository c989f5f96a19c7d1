/**
 * The Markdown serialiser of the document model (markdown.ts): it escapes plain text so that any
 * string, however hostile, parses back to exactly the text that went in, as CommonMark and as
 * GitHub-flavoured Markdown (GitHub, Obsidian, VS Code), whose extended autolinks would otherwise
 * swallow an escaping backslash and let raw HTML through.
 */
import { cleanLine, type Block } from '../core/markdown';
import { SIGNATURE_LINE, cleanText } from '../core/blocks/text';

// Characters that mean something wherever they stand: escapes, code, emphasis, links, HTML and
// autolinks, headings' closing sequences, and GitHub's tables and strikethrough.
const ALWAYS_SPECIAL = /[\\`*_[\]<#|~]/g;
// "&" only matters where it starts a character reference such as &amp; or &#35;.
const REFERENCE_START = /&(?=#?[A-Za-z0-9]+;)/g;
// At the start of a line: list items (- + 1. 1)), block quotes (>) and setext underlines (= -).
const LINE_START_SPECIAL = /^(?:[-+=>]|\d{1,9}(?=[.)]))/;
// What starts a GitHub-flavoured extended autolink (GFM spec, "Autolinks (extension)"): "www.",
// a scheme's ":" (http, https, ftp, mailto, xmpp) and an e-mail address's "@". An escaped ".",
// ":" or "@" reads the same and starts none.
const AUTOLINK_START = /(?<=www)\.|(?<=https?|ftp|mailto|xmpp):|@/gi;

function encodeEdgeWhitespace(whitespace: string): string {
  return [...whitespace].map((c) => (c === '\t' ? '&#9;' : '&#32;')).join('');
}

/** One line of text as Markdown inline content that parses back to exactly that line. */
function escapeLine(line: string): string {
  const escaped = line
    .replace(ALWAYS_SPECIAL, (c) => `\\${c}`)
    .replace(AUTOLINK_START, (c) => `\\${c}`)
    .replace(REFERENCE_START, '\\&')
    .replace(LINE_START_SPECIAL, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
  // Parsers strip spaces and tabs at either end of a line, and four leading spaces start code:
  // character references survive both and decode to the same characters.
  return escaped.replace(/^[ \t]+/, encodeEdgeWhitespace).replace(/[ \t]+$/, encodeEdgeWhitespace);
}

/** Text as Markdown inline content; line breaks become hard breaks, so blank lines survive too. */
export function escapeText(text: string): string {
  return cleanText(text).split('\n').map(escapeLine).join('\\\n');
}

/** Serialises blocks to a Markdown document. */
export function toMarkdown(blocks: readonly Block[]): string {
  const parts = blocks.map((block, index) => {
    switch (block.type) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${escapeLine(cleanLine(block.text))}`;
      case 'paragraph':
        return escapeText(block.text);
      case 'fields': {
        // Adjacent lists with the same bullet merge into one, so alternate it between neighbours.
        let run = 0;
        for (let i = index - 1; i >= 0 && blocks[i]!.type === 'fields'; i--) run++;
        const bullet = run % 2 === 0 ? '-' : '*';
        return block.items
          .map(
            ({ label, value }) =>
              `${bullet} ${escapeLine(cleanLine(label))}: ${escapeLine(cleanLine(value))}`,
          )
          .join('\n');
      }
      case 'signature': {
        const name = escapeLine(cleanLine(block.name));
        // Runs of underscores with white space on both sides are plain text, not emphasis.
        return [
          `${escapeLine(cleanLine(block.role))}:${name ? ` ${name}` : ''}`,
          SIGNATURE_LINE,
        ].join('\n\n');
      }
    }
  });
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
