import { Fragment } from 'preact';
import { useStore } from '../ui/store';
import {
  GO_AHEAD_AFTER,
  STAGES,
  TOPICS,
  emptyKickoff,
  kickoffProgress,
  type TopicId,
} from '../../playbook/kickoff/topics';
import type { TopicGuide } from '../../playbook/kickoff/guide';
import { $kickoff, kickoffStore } from '../../stores/core/kickoff';
import { $undoneIn, setTopic, startOver } from '../../stores/kickoff/answers';
import { $kickoffProgress } from '../../stores/kickoff/progress';
import { $storageHealth } from '../../stores/core/storage';
import { href } from '../ui/href';
import { ConfirmAction } from '../ui/kit/ConfirmAction';
import { useHydrated } from '../ui/hydrated';
import { Notices } from '../ui/Notices';
import { UndoBar } from '../ui/kit/UndoBar';
import { useOnDemand } from '../ui/lazy';
import { PairFields } from './PairFields';
import { GoAheadStep, TOPIC_FIELDS } from './TopicFields';
import '../playbook.css';

// What the server renders, and what the first client render must match before stored answers apply.
const EMPTY = emptyKickoff();
const EMPTY_PROGRESS = kickoffProgress(EMPTY);

/** The kickoff checklist: every topic to agree in the kickoff, kept in this browser. */
export default function KickoffChecklist({ guide }: { guide: Record<TopicId, TopicGuide> }) {
  const hydrated = useHydrated();
  const state = useStore($kickoff, { ssr: () => EMPTY });
  const progress = useStore($kickoffProgress, { ssr: () => EMPTY_PROGRESS });
  const readOnly = useStore(kickoffStore.$readOnly, { ssr: () => false });
  const health = useStore($storageHealth, { ssr: () => 'ok' as const });
  const undo = useStore(kickoffStore.$undo, { ssr: () => undefined });
  // A removed goal offers its undo among the goals.
  const undoneIn = useStore($undoneIn, { ssr: () => 'start-over' as const });
  // Until the island runs, the controls cannot save anything, so they are shown but disabled.
  const disabled = !hydrated || readOnly;
  // The programme's part loads only for a pair in a programme (most pairs are in none); inProgram
  // of documents/program.ts, written out, as importing it would add it to every page's first load.
  const Program = useOnDemand(
    hydrated && state.program.name.trim() !== '',
    () => import('../program-pack/ProgramPart'),
    // Said at the switcher's status: the part that would show it is what failed to load.
    'mentorship',
  );

  return (
    <div class="playbook kickoff">
      <Notices what="answers" documents={[{ store: kickoffStore, what: 'answers' }]} />
      <div class="kickoff-status">
        <div class="progress">
          <label for="kickoff-progress">
            {progress.agreed} of {progress.total} agreed
          </label>
          <progress id="kickoff-progress" max={progress.total} value={progress.agreed} />
        </div>
        {/* Nothing is saved until the island runs, so say nothing before then. */}
        <p class="saved">
          {hydrated &&
            (health === 'ok'
              ? 'Saved in this browser'
              : 'Not saved: kept only until you leave this page')}
        </p>
      </div>

      {Program && <Program.ProgramPart program={state.program} disabled={disabled} />}

      <PairFields state={state} disabled={disabled} />

      {STAGES.map((stage) => {
        const stageProgress = progress.stages.find((s) => s.id === stage.id)!;
        return (
          <Fragment key={stage.id}>
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
                    <li class={answer.agreed ? 'topic agreed' : 'topic'} key={topic.id}>
                      <div class="topic-head">
                        <input
                          id={`topic-${topic.id}`}
                          type="checkbox"
                          checked={answer.agreed}
                          disabled={disabled}
                          aria-describedby={`topic-${topic.id}-hint`}
                          onChange={(e) => setTopic(topic.id, { agreed: e.currentTarget.checked })}
                        />
                        <label for={`topic-${topic.id}`}>{topic.title}</label>
                      </div>
                      <p id={`topic-${topic.id}-hint`} class="hint">
                        {guide[topic.id].hint}{' '}
                        <a href={href(guide[topic.id].href)}>
                          {/* The topic's title as written, quoted: some titles are sentences. The
                            spaces sit outside the hidden part, so every browser names the link
                            alike. */}
                          Read more in the guide{' '}
                          <span class="visually-hidden">about “{topic.title}”</span>
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
                        onInput={(e) => setTopic(topic.id, { notes: e.currentTarget.value })}
                      />
                    </li>
                  );
                })}
              </ol>
            </section>
            {/* The go-ahead is decided between stages, whether the kickoff is one meeting or two. */}
            {stage.id === GO_AHEAD_AFTER && <GoAheadStep state={state} disabled={disabled} />}
          </Fragment>
        );
      })}

      <div class="start-over">
        <ConfirmAction
          id="start-over"
          label="Start over…"
          question="Clear every answer on this checklist? You can undo it until your next change."
          confirmLabel="Clear all answers"
          cancelLabel="Keep my answers"
          disabled={disabled}
          onConfirm={() => (startOver() ? 'undo-start-over' : undefined)}
        />
        <UndoBar
          id="undo-start-over"
          message={undoneIn === 'start-over' ? undo : undefined}
          onUndo={() => (kickoffStore.undo() ? 'start-over' : 'undo-start-over')}
        />
      </div>
    </div>
  );
}
