/**
 * Your data's "Send a progress summary…" panel (issue 27): exactly what the progress summary of a
 * mentorship holds, before it is made, and what it leaves out; then its file to download and its
 * link (to the Programme overview page) to copy. Loaded with import() when first opened, with the
 * summary's builder and its link codec.
 */
import { useStore } from '../../ui/store';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { dayText } from '../../../playbook/review/every-page/due';
import { LONG_LINK } from '../../../playbook/portable/share-link';
import { summaryFile } from '../../../playbook/program/make-summary';
import type { ProgressSummary } from '../../../playbook/program/summary';
import { $mentorshipList } from '../../../stores/core/mentorship-list';
import { $openId } from '../../../stores/core/mentorships';
import { $storageUse } from '../../../stores/core/storage';
import { $today } from '../../../stores/core/today';
import { summaryLink, summaryOf } from '../../../stores/data/on-demand/summary';
import { announce } from '../../ui/announce';
import { copyFile, downloadFile } from '../../ui/kit/files';
import { focusSoon } from '../../ui/focus';
import { href } from '../../ui/href';
import { onEscape } from '../../ui/on-demand/escape';
import { Status } from '../../ui/Status';
import { SummaryFacts } from './SummaryFacts';

/** Where the panel's results show (Status.tsx). */
export const SUMMARY_AT = 'progress-summary';

const NO_LINK = 'This browser cannot make the link. Download the file and send it instead.';

/** The page a summary's link opens, without the fragment. */
export const OVERVIEW_PATH = '/playbooks/program-overview/';

interface SummaryPanelProps {
  /** Closes the panel (Close or Escape); the opener takes focus back. */
  onClose: () => void;
}

/**
 * The progress summary of one of this browser's mentorships (the open one first, any other
 * chosen in its list), shown in full before it is made, with its file and link.
 */
export function SummaryPanel({ onClose }: SummaryPanelProps) {
  const list = useStore($mentorshipList);
  const open = useStore($openId);
  const today = useStore($today);
  // Every write changes the storage use: the summary follows answers changed in another tab.
  const written = useStore($storageUse);
  const [chosen, setChosen] = useState(open);
  const id = list.some((m) => m.id === chosen) ? chosen : (list[0]?.id ?? '');
  const name = list.find((m) => m.id === id)?.label ?? '';
  const summary = useMemo(() => (id ? summaryOf(id, today) : undefined), [id, today, written]);
  const [link, setLink] = useState<{ for: ProgressSummary; url: string } | undefined>(undefined);
  const [linkFailed, setLinkFailed] = useState(false);
  useEffect(() => focusSoon('summary-title'), []);
  useEffect(() => {
    if (!summary) return;
    let current = true;
    const page = `${location.origin}${href(OVERVIEW_PATH)}`;
    summaryLink(summary, page).then(
      (url) => {
        if (!current) return;
        setLink({ for: summary, url });
        setLinkFailed(false);
      },
      () => {
        if (!current) return;
        setLinkFailed(true);
        announce(NO_LINK);
      },
    );
    return () => void (current = false);
  }, [summary]);
  const url = link && link.for === summary ? link.url : '';

  return (
    // Escape, from any of its controls, is the same as Close.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      class="notice progress-summary"
      aria-labelledby="summary-title"
      onKeyDown={onEscape(onClose)}
    >
      <h3 id="summary-title" tabIndex={-1}>
        Progress summary{name && ` of “${name}”`}
      </h3>
      {list.length > 1 && (
        <label class="field">
          Mentorship to summarise
          <select value={id} onChange={(e) => setChosen(e.currentTarget.value)}>
            {list.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {!summary ? (
        <p>There is no mentorship in this browser to summarise.</p>
      ) : (
        <>
          <p>
            This is everything the summary holds, as this browser has it today (
            {dayText(summary.madeOn, 'long')}). Nothing is sent anywhere: you download the file or
            copy the link, and send it yourself to whoever keeps track of your programme.
          </p>
          {!summary.program.name && !summary.program.id && (
            <p class="notice">
              This mentorship is in no programme, and the summary says so. You can still send it,
              for example to a coordinator who keeps track of pairs outside a programme.
            </p>
          )}
          <SummaryFacts summary={summary} />
          <p>
            <strong>Left out:</strong> every note. The summary holds no kickoff notes (nor how you
            will know a goal is reached), no agenda text, no action items, no check-in notes, no
            review reflections and no answers to your programme’s review questions.
          </p>
          <p class="part-actions">
            <button
              type="button"
              onClick={() => downloadFile(() => summaryFile(summary), SUMMARY_AT)}
            >
              Download the file (.json)
            </button>
            <button
              type="button"
              class="secondary"
              disabled={!url}
              onClick={() =>
                copyFile(() => ({ name: 'link', text: url }), 'the summary’s link', SUMMARY_AT)
              }
            >
              Copy a link
            </button>
            <button type="button" class="secondary" onClick={onClose}>
              Close
            </button>
            <Status at={SUMMARY_AT} />
          </p>
          {linkFailed && <p class="field-error">{NO_LINK}</p>}
          {url.length > LONG_LINK && (
            <p class="notice">
              The link is {url.length.toLocaleString('en')} characters long. Some mail and chat apps
              cut links longer than about {LONG_LINK.toLocaleString('en')}: if it arrives broken,
              send the file instead.
            </p>
          )}
        </>
      )}
    </section>
  );
}
