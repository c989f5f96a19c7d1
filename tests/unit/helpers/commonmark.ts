import MarkdownIt from 'markdown-it';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import type { Block } from '../../../src/playbook/core/markdown';
import { cleanLine } from '../../../src/playbook/core/markdown';
import { SIGNATURE_LINE, cleanText } from '../../../src/playbook/core/blocks/text';

/** A parsed block reduced to what a reader sees: its kind and its exact text. */
export type ParsedBlock =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

/** The mdast node types plain text may produce; anything else means user text became Markdown. */
const PLAIN_TYPES = new Set(['root', 'heading', 'paragraph', 'text', 'break', 'list', 'listItem']);

function text(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as Nodes[]).map(text).join('');
  return '';
}

/**
 * The ways people read our files: CommonMark (micromark); GitHub-flavoured Markdown as micromark
 * reads it (tables, strikethrough, task lists, footnotes, extended autolinks found in the text);
 * and markdown-it as VS Code runs it, with GitHub's tables, strikethrough and extended autolinks
 * (linkify) found while parsing, as GitHub's own cmark-gfm does, where a backslash an autolink
 * swallowed would let raw HTML through.
 */
export type Flavour = 'commonmark' | 'gfm' | 'markdown-it';

/** Link nodes micromark's GFM finds in text that is already plain: still the text, as typed. */
const autolinkLiteral = (node: Nodes) =>
  node.type === 'link' &&
  node.children.every((child) => child.type === 'text') &&
  [text(node), `http://${text(node)}`, `mailto:${text(node)}`].includes(node.url);

function readMicromark(markdown: string, gfmToo: boolean) {
  const root = gfmToo
    ? fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
    : fromMarkdown(markdown);
  const unexpected = new Set<string>();
  const visit = (node: Nodes) => {
    if (!PLAIN_TYPES.has(node.type) && !(gfmToo && autolinkLiteral(node)))
      unexpected.add(node.type);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  const blocks = root.children.map((node): ParsedBlock => {
    if (node.type === 'heading') return { kind: 'heading', depth: node.depth, text: text(node) };
    if (node.type === 'list')
      return { kind: 'list', items: node.children.map((item) => text(item)) };
    if (node.type === 'paragraph') return { kind: 'paragraph', text: text(node) };
    return { kind: 'paragraph', text: `<unexpected ${node.type}>` };
  });
  return { blocks, unexpected: [...unexpected] };
}

const markdownIt = new MarkdownIt({ html: true, linkify: true });
const PLAIN_TOKENS = new Set([
  'heading_open',
  'heading_close',
  'paragraph_open',
  'paragraph_close',
  'bullet_list_open',
  'bullet_list_close',
  'list_item_open',
  'list_item_close',
  'inline',
  'text',
  'hardbreak',
  'softbreak',
]);

function readMarkdownIt(markdown: string) {
  const tokens = markdownIt.parse(markdown, {});
  const unexpected = new Set<string>();
  const blocks: ParsedBlock[] = [];
  let list: string[] | undefined;
  let heading: number | undefined;
  for (const token of tokens) {
    if (!PLAIN_TOKENS.has(token.type)) unexpected.add(token.type);
    if (token.type === 'bullet_list_open') blocks.push({ kind: 'list', items: (list = []) });
    if (token.type === 'bullet_list_close') list = undefined;
    if (token.type === 'heading_open') heading = Number(token.tag.slice(1));
    if (token.type !== 'inline') continue;
    let line = '';
    for (const child of token.children ?? []) {
      if (!PLAIN_TOKENS.has(child.type)) unexpected.add(child.type);
      line += child.type === 'hardbreak' || child.type === 'softbreak' ? '\n' : child.content;
    }
    if (list) list.push(line);
    else if (heading) blocks.push({ kind: 'heading', depth: heading, text: line });
    else blocks.push({ kind: 'paragraph', text: line });
    heading = undefined;
  }
  return { blocks, unexpected: [...unexpected] };
}

/** Parses Markdown as one flavour reads it: its blocks, and any node types that are not plain text. */
export function parseMarkdown(
  markdown: string,
  flavour: Flavour = 'commonmark',
): { blocks: ParsedBlock[]; unexpected: string[] } {
  return flavour === 'markdown-it'
    ? readMarkdownIt(markdown)
    : readMicromark(markdown, flavour === 'gfm');
}

/** What a document's blocks should parse back to: the text as the serialiser keeps it. */
export function expectedBlocks(blocks: readonly Block[]): ParsedBlock[] {
  return blocks.flatMap((block): ParsedBlock | ParsedBlock[] => {
    switch (block.type) {
      case 'heading':
        return { kind: 'heading', depth: block.level, text: cleanLine(block.text) };
      case 'paragraph':
        return { kind: 'paragraph', text: cleanText(block.text) };
      case 'fields':
        return {
          kind: 'list',
          items: block.items.map((i) => `${cleanLine(i.label)}: ${cleanLine(i.value)}`),
        };
      case 'signature': {
        const name = cleanLine(block.name);
        return [
          { kind: 'paragraph', text: `${cleanLine(block.role)}:${name ? ` ${name}` : ''}` },
          { kind: 'paragraph', text: SIGNATURE_LINE },
        ];
      }
    }
  });
}
