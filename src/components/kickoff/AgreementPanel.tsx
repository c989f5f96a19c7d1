import { useStore } from '@nanostores/preact';
import { agreementBlocks } from '../../playbook/agreement';
import { emptyKickoff } from '../../playbook/kickoff';
import { $agreementBlocks, agreementFile } from '../../stores/agreement';
import { DocumentView } from '../ui/DocumentView';
import { FileButtons } from '../ui/FileButtons';
import { useHydrated } from '../ui/hydrated';
import '../playbook.css';

const SERVER_BLOCKS = agreementBlocks(emptyKickoff());

/** The live agreement preview, with download and copy. */
export default function AgreementPanel() {
  const hydrated = useHydrated();
  const blocks = useStore($agreementBlocks, { ssr: () => SERVER_BLOCKS });
  return (
    <section class="playbook agreement" aria-labelledby="agreement-title">
      <h2 id="agreement-title">Your agreement</h2>
      <p>
        This is the agreement your answers make, updated as you type. Download it as a Markdown file
        to keep, share or sign, or copy it into a document of your own.
      </p>
      <p class="agreement-actions">
        <FileButtons file={agreementFile} what="the agreement" enabled={hydrated} primary />
      </p>
      <DocumentView blocks={blocks} top={3} label="Agreement preview" />
    </section>
  );
}
