import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import type { Block } from '../../../src/playbook/core/markdown';
import { SIGNATURE_LINE, cleanLine, cleanText } from '../../../src/playbook/core/markdown';

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

function nodeTypes(node: Nodes, into = new Set<string>()): Set<string> {
  into.add(node.type);
  if ('children' in node) for (const child of node.children as Nodes[]) nodeTypes(child, into);
  return into;
}

/** Parses Markdown with micromark (CommonMark) and returns its blocks and any non-plain node types. */
export function parseMarkdown(markdown: string): { blocks: ParsedBlock[]; unexpected: string[] } {
  const root = fromMarkdown(markdown);
  const unexpected = [...nodeTypes(root)].filter((t) => !PLAIN_TYPES.has(t));
  const blocks = root.children.map((node): ParsedBlock => {
    if (node.type === 'heading') return { kind: 'heading', depth: node.depth, text: text(node) };
    if (node.type === 'list')
      return { kind: 'list', items: node.children.map((item) => text(item)) };
    if (node.type === 'paragraph') return { kind: 'paragraph', text: text(node) };
    return { kind: 'paragraph', text: `<unexpected ${node.type}>` };
  });
  return { blocks, unexpected };
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
