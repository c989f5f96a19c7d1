import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Portable } from '../../../playbook/portable/portable';
import { count } from '../../../playbook/core/words';
import { resetSaid } from '../../../playbook/portable/reset-names';
import type { MentorshipSummary } from '../../../stores/portable/portable';
import { summaryOf } from '../../../stores/portable/portable';
import { focusSoon } from '../focus';
import type { Written } from '../../../stores/storage/write-all';
import type { LinePart } from '../../../playbook/merge/on-demand/merge-words';
import { applyMerge, type MergePreview } from '../../../stores/portable/on-demand/merge';
import { shareLink } from '../../../stores/portable/portable';
import { announce } from '../announce';
import { Status } from '../Status';
import { copyFile } from '../kit/files';
import { WriteProblem } from './WriteProblem';

/**
 * What reading something brought in (a share link, a picked file) gave; undefined while it is
 * read. Read once per mount: each link or file gets a panel of its own.
 */
export function useRead<T>(read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    read().then(setValue);
  }, []);
  return value;
}

/** A key handler that runs `then` on Escape: every preview a button or link opened closes so. */
export const onEscape = (then: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  then();
};

/** A mentorship's summary in words: “Ada and Tom”: 3 of 18 topics agreed, 2 finished sessions. */
export const said = (s: MentorshipSummary, sessions = true) =>
  `“${s.label}”: ${s.agreed} of ${s.topics} topics agreed` +
  (sessions ? `, ${count(s.sessions, 'finished session')}` : '');

/** One way to take in what was brought: its button, and what is said once it is done. */
export interface ImportChoice {
  label: string;
  /** Writes it, as one change: where it went, or why it could not. */
  apply: () => Written;
  done: string;
  danger?: boolean;
}

/**
 * What a merge brings in and overwrites here, as a list of sentences (MergePreview's `lines`). Text
 * someone typed (`{ user }`) is inserted as text; a line that starts with the name of the other
 * copy's source ("the link") starts with a capital.
 */
export function MergeLines({ lines }: { lines: readonly LinePart[][] }) {
  return (
    <ul class="merge-lines">
      {lines.map((line, i) => (
        <li key={i}>
          {line.map((part, j) =>
            typeof part === 'string' ? (
              part
            ) : 'title' in part ? (
              <em key={j}>{part.title}</em>
            ) : j === 0 && /^the /.test(part.user) ? (
              part.user.charAt(0).toUpperCase() + part.user.slice(1)
            ) : (
              part.user
            ),
          )}
          .
        </li>
      ))}
    </ul>
  );
}

/** Merging what was brought into this browser's copy: what it does, and the link to send back. */
export interface ImportMerge {
  preview: MergePreview;
  /** What the merged mentorship is called here, for the link back. */
  label: string;
  /** What merging it leaves in words ("Merged: …"), said when done. */
  done: string;
}

interface ImportPreviewProps {
  /** Where it comes from, in words: "link", "file". */
  from: string;
  title: string;
  mentorship: Portable;
  /** Paths of the values that did not fit and read as empty, named in the preview. */
  reset: readonly string[];
  /** Whether the session count means anything here (an agreement holds no sessions). */
  sessions?: boolean;
  /** What else to say before the choices: what would be overwritten, what is not read. */
  children?: ComponentChildren;
  choices: ImportChoice[];
  /**
   * When this browser has the mentorship: the merge, offered before every other choice. Made once,
   * on the first render, so that what the preview says stays as it was read, after the merge too.
   */
  merge?: () => ImportMerge;
  onFinish: (message: string) => void;
}

/**
 * What a share link or file holds, and the choice of what to do with it; nothing is written
 * before a choice, and Cancel writes nothing.
 */
export function ImportPreview(props: ImportPreviewProps) {
  const { from, title, mentorship, reset, sessions = true, children, choices, onFinish } = props;
  const [merge] = useState(props.merge);
  const [problem, setProblem] = useState<(Written & { ok: false }) | undefined>(undefined);
  const [merged, setMerged] = useState(false);
  useEffect(() => focusSoon('import-title'), []);
  if (merged && merge) return <Merged merge={merge} onFinish={onFinish} />;
  const nothing = merge && !merge.preview.changes;
  return (
    // Escape, from any of its controls, is the same as Cancel.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      class="notice import"
      aria-labelledby="import-title"
      onKeyDown={onEscape(() => onFinish('Nothing was added.'))}
    >
      <h2 id="import-title" tabIndex={-1}>
        {title}
      </h2>
      <p>
        This {from} holds {said(summaryOf(mentorship), sessions)}. Nothing is saved in this browser
        until you choose.
        {reset.length > 0 && ` ${resetSaid(reset)}`}
      </p>
      {merge && <MergeSaid from={from} merge={merge} />}
      {children}
      {problem && <WriteProblem id="import-problem" written={problem} />}
      <p class="part-actions">
        {merge && !nothing && (
          <button
            type="button"
            onClick={() => {
              const written = applyMerge(merge.preview);
              if (!written.ok) return setProblem(written);
              announce(merge.done);
              setMerged(true);
              focusSoon('import-title');
            }}
          >
            Merge
          </button>
        )}
        {nothing && (
          <button type="button" onClick={() => onFinish('Nothing was changed.')}>
            Close
          </button>
        )}
        {choices.map((choice) => (
          <button
            key={choice.label}
            type="button"
            class={choice.danger ? 'danger' : merge ? 'secondary' : undefined}
            onClick={() => {
              const written = choice.apply();
              if (written.ok) onFinish(choice.done);
              else setProblem(written);
            }}
          >
            {choice.label}
          </button>
        ))}
        {!nothing && (
          <button type="button" class="secondary" onClick={() => onFinish('Nothing was added.')}>
            Cancel
          </button>
        )}
      </p>
    </section>
  );
}

/** What merging would do here, in words, before the choice. */
function MergeSaid({ from, merge }: { from: string; merge: ImportMerge }) {
  const { lines, changes, conflicts } = merge.preview;
  if (!changes)
    return (
      <p>
        <strong>This browser’s copy already holds everything the {from} has:</strong> merging
        changes nothing here.
      </p>
    );
  return (
    <>
      <p>
        <strong>Merge</strong> keeps the changes made on both sides: where both changed the same
        thing, the later change wins.
        {lines.length > 0
          ? ' Merging brings in:'
          : ' Nothing you see here changes: merging only notes when each part of it last changed.'}
      </p>
      {lines.length > 0 && <MergeLines lines={lines} />}
      {conflicts > 0 && (
        <p>
          Nothing typed is lost: the value that does not win is kept in the mentorship’s history.
        </p>
      )}
    </>
  );
}

/** The end of a merge: what it did, the link to send back, and Close. */
function Merged(props: { merge: ImportMerge; onFinish: (message: string) => void }) {
  const { merge, onFinish } = props;
  const close = () => onFinish(merge.done);
  const link = async () => ({ name: 'link', text: await shareLink(merge.preview.id) });
  return (
    // Escape, from any of its controls, is the same as Close.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section class="notice import" aria-labelledby="import-title" onKeyDown={onEscape(close)}>
      <h2 id="import-title" tabIndex={-1}>
        Merged “{merge.label}”
      </h2>
      <p>{merge.done}</p>
      <p>
        Your partner’s copy does not have your changes yet: send them a share link of the merged
        mentorship, and once they merge it, both copies hold the same.
      </p>
      <p class="part-actions">
        <button type="button" onClick={() => copyFile(link, 'the share link', 'import-merged')}>
          Copy a share link for your partner
        </button>
        <button type="button" class="secondary" onClick={close}>
          Close
        </button>
      </p>
      <Status at="import-merged" />
    </section>
  );
}

/** Why something brought in cannot be used, with a button to close the message. */
export function ImportProblem(props: { title: string; message: string; onClose: () => void }) {
  useEffect(() => focusSoon('import-title'), []);
  return (
    // Escape, from its button, is the same as Close.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      class="notice danger"
      role="alert"
      aria-labelledby="import-title"
      onKeyDown={onEscape(props.onClose)}
    >
      <p id="import-title" class="notice-title" tabIndex={-1}>
        {props.title}
      </p>
      <p>{props.message} Nothing here was changed.</p>
      <button type="button" class="secondary" onClick={props.onClose}>
        Close
      </button>
    </div>
  );
}
