import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { agreementBlocks } from '../../playbook/agreement';
import { emptyKickoff } from '../../playbook/kickoff';
import { $agreementBlocks, agreementCopy, agreementFile } from '../../stores/agreement';
import { $openId } from '../../stores/mentorships';
import type { AgreementImport } from '../mentorships/AgreementImport';
import { announce } from '../ui/announce';
import { DocumentView } from '../ui/DocumentView';
import { FileButtons } from '../ui/FileButtons';
import { useHydrated } from '../ui/hydrated';
import { OpenFileButton } from '../ui/OpenFileButton';
import '../playbook.css';

const SERVER_BLOCKS = agreementBlocks(emptyKickoff());

/** The live agreement preview, with download and copy, and opening a downloaded agreement again. */
export default function AgreementPanel() {
  const hydrated = useHydrated();
  const blocks = useStore($agreementBlocks, { ssr: () => SERVER_BLOCKS });
  const open = useStore($openId, { ssr: () => '' });
  const [picked, setPicked] = useState<{ file: File; n: number } | undefined>(undefined);
  const [Import, setImport] = useState<typeof AgreementImport | undefined>(undefined);
  // The reader (and its YAML parser) loads only when a file is picked.
  const pick = (file: File) =>
    import('../mentorships/AgreementImport')
      .then((m) => {
        setImport(() => m.AgreementImport);
        setPicked((last) => ({ file, n: (last?.n ?? 0) + 1 }));
      })
      .catch(() => announce('The file could not be read: part of the page did not load.'));
  return (
    <section class="playbook agreement" aria-labelledby="agreement-title">
      <h2 id="agreement-title">Your agreement</h2>
      <p>
        This is the agreement your answers make, updated as you type. Download it as a Markdown file
        to keep, share or sign, or copy it into a document of your own. A downloaded agreement
        carries the answers themselves, so either of you can open it here again.
      </p>
      <p class="agreement-actions">
        <FileButtons
          file={agreementFile}
          copy={agreementCopy}
          what="the agreement"
          enabled={hydrated}
          primary
        />
        <OpenFileButton
          label="Open an agreement file…"
          accept=".md,.markdown,text/markdown,text/plain"
          enabled={hydrated}
          onFile={pick}
        />
      </p>
      {picked && Import && (
        <Import
          key={picked.n}
          file={picked.file}
          open={open}
          blocksOf={agreementBlocks}
          onDone={() => setPicked(undefined)}
        />
      )}
      <DocumentView blocks={blocks} top={3} label="Agreement preview" />
    </section>
  );
}
