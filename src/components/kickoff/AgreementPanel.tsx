import { useStore } from '@nanostores/preact';
import { agreementBlocks } from '../../playbook/agreement';
import { emptyKickoff } from '../../playbook/kickoff';
import { SIGNATURE_LINE, type Block } from '../../playbook/markdown';
import { $agreementBlocks, agreementFile } from '../../stores/agreement';
import { copyText, downloadText } from '../browser-files';
import { useAnnouncer } from '../use-announcer';
import '../playbook.css';

const SERVER_BLOCKS = agreementBlocks(emptyKickoff());

/** One block of the agreement as DOM; every text is a text node, never HTML. Headings sit below the page's h2. */
function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading': {
      const Tag = (['h3', 'h4', 'h5'] as const)[block.level - 1];
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
        <>
          <p>
            {block.role}: {block.name}
          </p>
          <p class="signature">{SIGNATURE_LINE}</p>
        </>
      );
  }
}

/** The live agreement preview with download and copy: its own island, hydrated when scrolled to. */
export default function AgreementPanel() {
  const blocks = useStore($agreementBlocks, { ssr: () => SERVER_BLOCKS });
  const [message, announce] = useAnnouncer();
  return (
    <section class="playbook agreement" aria-labelledby="agreement-title">
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      <h2 id="agreement-title">Your agreement</h2>
      <p>
        This is the agreement your answers make, updated as you type. Download it as a Markdown file to keep, share or
        sign, or copy it into a document of your own.
      </p>
      <p class="agreement-actions">
        <button
          type="button"
          onClick={() => {
            const file = agreementFile();
            downloadText(file.name, file.markdown);
            announce(`Downloading ${file.name}.`);
          }}
        >
          Download .md
        </button>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            const copied = await copyText(agreementFile().markdown);
            announce(
              copied
                ? 'Agreement copied to the clipboard.'
                : 'Copying was blocked by the browser. Download the file instead, or select the preview and copy it.',
            );
          }}
        >
          Copy
        </button>
      </p>
      <article class="agreement-preview" aria-label="Agreement preview">
        {blocks.map((block) => (
          <BlockView block={block} />
        ))}
      </article>
    </section>
  );
}
