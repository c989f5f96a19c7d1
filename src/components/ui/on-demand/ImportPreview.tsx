import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Portable } from '../../../playbook/portable/portable';
import { count } from '../../../playbook/core/words';
import { resetSaid } from '../../../playbook/portable/reset-names';
import type { MentorshipSummary } from '../../../stores/portable/portable';
import { summaryOf } from '../../../stores/portable/portable';
import { focusSoon } from '../focus';
import type { Written } from '../../../stores/storage/write-all';
import { applyMerge } from '../../../stores/portable/on-demand/merge';
import { announce } from '../announce';
import { onEscape } from './escape';
import { Merged, MergeSaid, type ImportMerge } from './MergeParts';
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
