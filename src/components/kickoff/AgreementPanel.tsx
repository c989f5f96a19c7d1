import type { ComponentChildren } from 'preact';
import { useStore } from '../ui/store';
import { agreementBlocks } from '../../playbook/kickoff/agreement';
import { emptyKickoff } from '../../playbook/kickoff/topics';
import {
  $agreementBlocks,
  agreementFile,
  calendarOffer,
  loadAgreementFile,
} from '../../stores/kickoff/agreement';
import { useEffect } from 'preact/hooks';
import { prepareFiles } from '../ui/kit/files';
import { $hasAnswers } from '../../stores/kickoff/answers';
import { $openId } from '../../stores/core/mentorships';
import { CalendarButton } from '../ui/kit/CalendarButton';
import { DocumentView } from '../ui/kit/DocumentView';
import { FileButtons } from '../ui/kit/FileButtons';
import { useHydrated } from '../ui/hydrated';
import { OpenFileButton } from '../ui/open-file/OpenFileButton';
import '../playbook.css';

/** The kickoff's fields the calendar list may ask for (TopicFields, PairFields, ReevaluateFields). */
const CALENDAR_FIELDS = {
  'start-date': 'kickoff-start-date',
  frequency: 'kickoff-cadence',
  minutes: 'kickoff-minutes',
  time: 'kickoff-time',
  reevaluation: 'kickoff-reevaluate',
  'reevaluation-date': 'kickoff-reevaluate-date',
} as const;

const SERVER_BLOCKS = agreementBlocks(emptyKickoff());

/**
 * The live agreement preview, with download and copy, and opening a downloaded agreement again.
 * `children`: what the page says of it under the heading, static HTML from the page (prose needs
 * no script).
 */
export default function AgreementPanel({ children }: { children?: ComponentChildren }) {
  const hydrated = useHydrated();
  const blocks = useStore($agreementBlocks, { ssr: () => SERVER_BLOCKS });
  const open = useStore($openId, { ssr: () => '' });
  // Once there are answers, the page prints as the agreement alone; a blank page, as the checklist.
  const filled = useStore($hasAnswers, { ssr: () => false });
  // Getting the agreement out of the page must not need the network at the moment of the press.
  useEffect(() => prepareFiles(loadAgreementFile), []);
  return (
    <section class="playbook agreement" aria-labelledby="agreement-title">
      <h2 id="agreement-title">Your agreement</h2>
      {children}
      <div class="agreement-actions">
        <FileButtons
          file={agreementFile}
          copy={() => agreementFile(false)}
          what="the agreement"
          enabled={hydrated}
          primary
        />
        <OpenFileButton
          label="Open an agreement file…"
          accept=".md,.markdown,text/markdown,text/plain,.json,application/json"
          enabled={hydrated}
          // A programme pack (JSON) opens here too, in its own preview.
          panel={() => import('./OpenedFile').then((m) => m.OpenedFile)}
          props={{ open, blocksOf: agreementBlocks }}
        />
        {/* Last, so what it says under it follows it in reading order as on screen. */}
        <CalendarButton
          id="calendar-plan"
          offer={calendarOffer}
          watch={blocks}
          enabled={hydrated}
          fields={CALENDAR_FIELDS}
        />
      </div>
      <DocumentView blocks={blocks} top={3} label="Agreement preview" print={hydrated && filled} />
    </section>
  );
}
