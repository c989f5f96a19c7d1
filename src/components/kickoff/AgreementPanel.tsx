import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { agreementBlocks } from '../../playbook/agreement';
import { emptyKickoff } from '../../playbook/kickoff';
import { $agreementBlocks, agreementFile } from '../../stores/agreement';
import { copyText, downloadText } from '../browser-files';
import { DocumentView } from '../DocumentView';
import { useAnnouncer } from '../use-announcer';
import '../playbook.css';

const SERVER_BLOCKS = agreementBlocks(emptyKickoff());

/** The live agreement preview with download and copy: its own island, hydrated when scrolled to. */
export default function AgreementPanel() {
  const blocks = useStore($agreementBlocks, { ssr: () => SERVER_BLOCKS });
  const [message, announce] = useAnnouncer();
  // The buttons do nothing until the island runs, so they stay disabled until then.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <section class="playbook agreement" aria-labelledby="agreement-title">
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      <h2 id="agreement-title">Your agreement</h2>
      <p>
        This is the agreement your answers make, updated as you type. Download it as a Markdown file
        to keep, share or sign, or copy it into a document of your own.
      </p>
      <p class="agreement-actions">
        <button
          type="button"
          disabled={!hydrated}
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
          disabled={!hydrated}
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
      <DocumentView blocks={blocks} top={3} label="Agreement preview" />
    </section>
  );
}
