import type { Block } from '../../../playbook/core/markdown';
import { SIGNATURE_LINE } from '../../../playbook/core/blocks/text';

/** One document block as DOM; every text is a text node, never HTML. Headings start at `top` (3 means h1 → h3). */
function BlockView({ block, top }: { block: Block; top: number }) {
  switch (block.type) {
    case 'heading': {
      const Tag = `h${Math.min(6, block.level + top - 1)}` as 'h3';
      return <Tag>{block.text}</Tag>;
    }
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'fields':
      return (
        <ul>
          {block.items.map((item) => (
            <li>
              {item.label}: {item.value}
            </li>
          ))}
        </ul>
      );
    case 'signature':
      return (
        <div class="signature">
          <p>
            {block.role}: {block.name}
          </p>
          <p>{SIGNATURE_LINE}</p>
        </div>
      );
  }
}

/** A document (agreement, session) rendered from the same blocks as its Markdown export. */
export function DocumentView({
  blocks,
  top,
  label,
  print,
}: {
  blocks: readonly Block[];
  top: number;
  label: string;
  /** Whether it stands for its island on paper, the island's controls left off. */
  print?: boolean;
}) {
  // Signatures next to each other stay together, so that paper never splits them across pages.
  const runs: Block[][] = [];
  for (const block of blocks) {
    const last = runs.at(-1);
    if (block.type === 'signature' && last?.[0]?.type === 'signature') last.push(block);
    else runs.push([block]);
  }
  return (
    <article class={print ? 'document-view print-document' : 'document-view'} aria-label={label}>
      {runs.map((run) =>
        run[0]!.type === 'signature' ? (
          <div class="signatures">
            {run.map((block) => (
              <BlockView block={block} top={top} />
            ))}
          </div>
        ) : (
          <BlockView block={run[0]!} top={top} />
        ),
      )}
    </article>
  );
}
