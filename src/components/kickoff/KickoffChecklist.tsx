import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  STAGES,
  TOPICS,
  emptyKickoff,
  kickoffProgress,
  type KickoffState,
  type TopicId,
} from '../../playbook/kickoff';
import {
  $clearedKickoff,
  $kickoff,
  $kickoffProgress,
  $kickoffReadOnly,
  setPairField,
  setTopicAgreed,
  setTopicNotes,
  kickoffBackupFile,
  kickoffStore,
  startOver,
  undoStartOver,
} from '../../stores/kickoff';
import { $storageHealth } from '../../stores/storage';
import { href } from '../href';
import { useAnnouncer } from '../use-announcer';
import { Notices } from '../Notices';
import { TOPIC_FIELDS } from './TopicFields';
import '../playbook.css';

// What the server renders, and what the first client render must match before stored answers apply.
const EMPTY = emptyKickoff();
const EMPTY_PROGRESS = kickoffProgress(EMPTY);

function PairDetails({ state, disabled }: { state: KickoffState; disabled: boolean }) {
  return (
    <fieldset class="pair">
      <legend>The pair</legend>
      <div class="pair-fields">
        <label>
          Mentor's name
          <input
            type="text"
            autocomplete="off"
            value={state.pair.mentor}
            disabled={disabled}
            onInput={(e) => setPairField('mentor', e.currentTarget.value)}
          />
        </label>
        <label>
          Mentee's name
          <input
            type="text"
            autocomplete="off"
            value={state.pair.mentee}
            disabled={disabled}
            onInput={(e) => setPairField('mentee', e.currentTarget.value)}
          />
        </label>
        <label>
          Start date
          <input
            type="date"
            value={state.pair.startDate}
            disabled={disabled}
            onInput={(e) => setPairField('startDate', e.currentTarget.value)}
          />
        </label>
      </div>
    </fieldset>
  );
}

function StartOver({
  announce,
  disabled,
}: {
  announce: (message: string) => void;
  disabled: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const cleared = useStore($clearedKickoff);
  const keepRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const [focusUndo, setFocusUndo] = useState(false);

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (focusUndo && cleared) undoRef.current?.focus();
    setFocusUndo(false);
  }, [focusUndo, cleared]);

  return (
    <div class="start-over">
      {!confirming && (
        <button
          ref={startRef}
          type="button"
          class="secondary"
          disabled={disabled}
          onClick={() => setConfirming(true)}
        >
          Start over…
        </button>
      )}
      {confirming && (
        <div role="group" aria-labelledby="start-over-question" class="confirm">
          <p id="start-over-question">
            Clear every answer on this checklist? You can undo it until you leave the page.
          </p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              if (startOver()) {
                announce('All answers cleared.');
                setFocusUndo(true);
              }
            }}
          >
            Clear all answers
          </button>
          <button
            ref={keepRef}
            type="button"
            class="secondary"
            onClick={() => {
              setConfirming(false);
              queueMicrotask(() => startRef.current?.focus());
            }}
          >
            Keep my answers
          </button>
        </div>
      )}
      {cleared && (
        <p class="undo">
          Answers cleared.{' '}
          <button
            ref={undoRef}
            type="button"
            onClick={() => {
              if (undoStartOver()) announce('Answers restored.');
            }}
          >
            Undo
          </button>
        </p>
      )}
    </div>
  );
}

/** The kickoff checklist: every topic to agree in the first meeting, kept in this browser. */
export default function KickoffChecklist({ guideLinks }: { guideLinks: Record<TopicId, string> }) {
  const state = useStore($kickoff, { ssr: () => EMPTY });
  const progress = useStore($kickoffProgress, { ssr: () => EMPTY_PROGRESS });
  const readOnly = useStore($kickoffReadOnly, { ssr: () => false });
  const health = useStore($storageHealth, { ssr: 'initial' });
  const [hydrated, setHydrated] = useState(false);
  const [message, announce] = useAnnouncer();
  useEffect(() => setHydrated(true), []);

  // Until the island runs, the controls cannot save anything, so they are shown but disabled.
  const disabled = !hydrated || readOnly;

  return (
    <div class="playbook kickoff">
      <Notices
        what="answers"
        readOnly={kickoffStore.$readOnly}
        documents={[{ store: kickoffStore, backupFile: kickoffBackupFile, what: 'answers' }]}
      />
      <div class="kickoff-status">
        <div class="progress">
          <label for="kickoff-progress">
            {progress.agreed} of {progress.total} agreed
          </label>
          <progress id="kickoff-progress" max={progress.total} value={progress.agreed} />
        </div>
        {/* Nothing is saved until the island runs, so say nothing before then (the line keeps its space). */}
        <p class="saved">
          {hydrated &&
            (health === 'ok'
              ? 'Saved in this browser'
              : 'Not saved: kept only while this tab is open')}
        </p>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>

      <PairDetails state={state} disabled={disabled} />

      {STAGES.map((stage) => {
        const stageProgress = progress.stages.find((s) => s.id === stage.id)!;
        return (
          <section class="stage" aria-labelledby={`stage-${stage.id}`}>
            <h2 id={`stage-${stage.id}`}>
              {stage.title}{' '}
              <span class="stage-count">
                ({stageProgress.agreed} of {stageProgress.total} agreed)
              </span>
            </h2>
            <ol class="topics">
              {TOPICS.filter((t) => t.stage === stage.id).map((topic) => {
                const answer = state.topics[topic.id];
                const Fields = TOPIC_FIELDS[topic.id];
                return (
                  <li class={answer.agreed ? 'topic agreed' : 'topic'}>
                    <div class="topic-head">
                      <input
                        id={`topic-${topic.id}`}
                        type="checkbox"
                        checked={answer.agreed}
                        disabled={disabled}
                        aria-describedby={`topic-${topic.id}-hint`}
                        onChange={(e) => setTopicAgreed(topic.id, e.currentTarget.checked)}
                      />
                      <label for={`topic-${topic.id}`}>{topic.title}</label>
                    </div>
                    <p id={`topic-${topic.id}-hint`} class="hint">
                      {topic.hint}{' '}
                      <a href={href(guideLinks[topic.id])}>
                        Read more
                        <span class="visually-hidden"> about {topic.title.toLowerCase()}</span> in
                        the guide
                      </a>
                    </p>
                    {Fields && <Fields state={state} disabled={disabled} />}
                    <label class="notes-label" for={`topic-${topic.id}-notes`}>
                      Notes: {topic.title}
                    </label>
                    <textarea
                      id={`topic-${topic.id}-notes`}
                      rows={3}
                      value={answer.notes}
                      disabled={disabled}
                      onInput={(e) => setTopicNotes(topic.id, e.currentTarget.value)}
                    />
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}

      <StartOver announce={announce} disabled={disabled} />
    </div>
  );
}
