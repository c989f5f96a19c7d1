import type { ComponentType } from 'preact';
import { useStore } from '../ui/store';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_SESSION_MINUTES,
  emptyAgenda,
  type Agenda,
  timeboxMessage,
  timeboxTotals,
} from '../../playbook/agenda/agenda';
import {
  $agendaReadOnly,
  $draft,
  $sessionLength,
  $timebox,
  addAgendaPart,
  draftStore,
  fitAgenda,
  historyStore,
  logFile,
  undoAgendaChange,
} from '../../stores/agenda/agenda';
import { announce } from '../ui/announce';
import { focusSoon, type FocusTarget } from '../ui/focus';
import { useHydrated } from '../ui/hydrated';
import { useOnDemand } from '../ui/lazy';
import { Notices } from '../ui/Notices';
import { Status } from '../ui/Status';
import { useInUse, usePrinting } from './printing';
import { UndoBar } from '../ui/kit/UndoBar';
import { NewActionItem } from './ActionItems';
import { CheckIns } from './CheckIns';
import { FinishSession } from './FinishSession';
import { PartEditor } from './PartEditor';
import { SessionFacts } from './SessionFacts';
import '../playbook.css';

// What the server renders before stored data applies; ids fixed so the first client render matches.
const BASE = emptyAgenda(DEFAULT_SESSION_MINUTES, () => '');
const SERVER_DRAFT = { ...BASE, parts: BASE.parts.map((p) => ({ ...p, id: `ssr-${p.kind}` })) };
const SERVER_TIMEBOX = timeboxTotals(SERVER_DRAFT, DEFAULT_SESSION_MINUTES);

type Section = 'parts' | 'check-ins' | 'actions';

/**
 * The next session as it prints, in place of the editor. Its own component, so that loading its
 * code re-renders only it, never a field being typed in.
 */
function PrintOnDemand({ draft }: { draft: Agenda }) {
  const printing = usePrinting();
  // What prints in place of the editor loads once the page is in use (or holds data), so that a
  // first visit that only reads loads none of it; printed before that, the page prints as it does
  // without JavaScript: the editor's parts and notes, its controls left off. No one asked for it,
  // so a failed load says nothing: the next print tries again.
  const inUse = useInUse();
  const [Printed, setPrinted] = useState<ComponentType<{ draft: Agenda }> | undefined>(undefined);
  useEffect(() => {
    if (!inUse || Printed) return;
    import('./on-demand/PrintedAgenda').then(
      (module) => setPrinted(() => module.PrintedAgenda),
      () => {},
    );
  }, [inUse, printing]);
  return printing && Printed ? <Printed draft={draft} /> : null;
}

/** The agenda builder: the mentee's plan for the next session, its action items and finishing it. */
export default function AgendaBuilder() {
  const hydrated = useHydrated();
  const draft = useStore($draft, { ssr: () => SERVER_DRAFT });
  const timebox = useStore($timebox, { ssr: () => SERVER_TIMEBOX });
  const length = useStore($sessionLength, { ssr: () => DEFAULT_SESSION_MINUTES });
  const readOnly = useStore($agendaReadOnly, { ssr: () => false });
  const undo = useStore(draftStore.$undo, { ssr: () => undefined });
  const disabled = !hydrated || readOnly;
  // The lists of action items load once there is an item: a first visit shows only their hints.
  const Items = useOnDemand(
    draft.actions.length + draft.carried.length > 0,
    () => import('./on-demand/ItemLists'),
    'items-status',
    'next-actions',
  );
  const loadingItems = <p class="hint">Loading the action items…</p>;
  // Which list the undoable removal came from, and where focus goes once it is undone.
  const [undoIn, setUndoIn] = useState<Section>('parts');
  const afterUndo = useRef<FocusTarget>('add-part');
  const removed = (section: Section, restoreFocus: string) => {
    setUndoIn(section);
    afterUndo.current = restoreFocus;
    focusSoon('undo-agenda');
  };
  const undoBar = (section: Section) =>
    undoIn === section && (
      <UndoBar
        id="undo-agenda"
        message={undo}
        onUndo={() => (undoAgendaChange() ? afterUndo.current : 'add-part')}
      />
    );

  // A plan that starts running over is said out loud; a plan that already did on load is not.
  const over = useRef(timebox.over);
  useEffect(() => {
    if (timebox.over > 0 && timebox.over !== over.current) announce(timeboxMessage(timebox));
    over.current = timebox.over;
  }, [timebox]);

  return (
    <div class="playbook agenda">
      <PrintOnDemand draft={draft} />
      <Notices
        what="agenda and history"
        documents={[
          { store: draftStore, what: 'agenda' },
          { store: historyStore, what: 'history' },
        ]}
        rescue={{ label: 'the whole log', file: logFile }}
      />
      <section aria-labelledby="next-session">
        <h2 id="next-session">The next session</h2>
        <SessionFacts date={draft.date} disabled={disabled} hydrated={hydrated} />
        <ol class="parts">
          {draft.parts.map((part, index) => (
            <PartEditor
              key={part.id}
              part={part}
              index={index}
              count={draft.parts.length}
              disabled={disabled}
              onRemoved={(id) => removed('parts', `part-title-${id}`)}
            >
              {part.kind === 'actions' &&
                (draft.carried.length === 0 ? (
                  <p class="hint">No open action items from earlier sessions.</p>
                ) : Items ? (
                  <Items.CarriedItems items={draft.carried} disabled={disabled} />
                ) : (
                  loadingItems
                ))}
            </PartEditor>
          ))}
        </ol>
        {undoBar('parts')}
        <p id="timebox" class={timebox.over > 0 ? 'timebox over' : 'timebox'}>
          {timeboxMessage(timebox)}
        </p>
        <p class="part-actions">
          <button
            id="add-part"
            type="button"
            class="secondary"
            disabled={disabled}
            onClick={() => focusSoon(`part-title-${addAgendaPart()}`, { select: true })}
          >
            Add a part
          </button>
          <button
            type="button"
            class="secondary"
            disabled={disabled || timebox.planned === timebox.length}
            aria-describedby="timebox"
            onClick={() => {
              fitAgenda();
              announce(`Timeboxes fitted to ${length} minutes.`);
              focusSoon('add-part');
            }}
          >
            Fit the timeboxes to {length} minutes
          </button>
        </p>
      </section>

      <CheckIns
        checkIns={draft.checkIns}
        disabled={disabled}
        onCleared={(restoreFocus) => removed('check-ins', restoreFocus)}
      />
      {undoBar('check-ins')}

      <section aria-labelledby="next-actions">
        <h2 id="next-actions" tabIndex={-1}>
          Action items for next time
        </h2>
        {draft.actions.length === 0 ? (
          <p class="hint">Agree at the end of the session who does what before the next one.</p>
        ) : Items ? (
          <Items.ActionItems
            items={draft.actions}
            disabled={disabled}
            onRemoved={(item) => removed('actions', `action-${item.id}`)}
          />
        ) : (
          loadingItems
        )}
        {!Items && <Status at="items-status" />}
        {undoBar('actions')}
        <NewActionItem disabled={disabled} />
      </section>

      <FinishSession disabled={disabled} hydrated={hydrated} />
    </div>
  );
}
