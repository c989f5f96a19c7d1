import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_SESSION_MINUTES,
  PART_MINUTES,
  STANDARD_PARTS,
  emptyAgenda,
  openItems,
  timeboxTotals,
  type ActionItem,
  type Agenda,
  type AgendaPart,
  type Owner,
} from '../../playbook/agenda';
import { isIsoDate } from '../../playbook/dates';
import { parseMinutes } from '../../playbook/minutes';
import {
  $agendaReadOnly,
  $agreedSessionLength,
  $draft,
  $removedPart,
  $sessionLength,
  $timebox,
  addActionItem,
  addAgendaPart,
  changeActionItem,
  changePart,
  draftBackupFile,
  draftStore,
  finishAgenda,
  fitAgenda,
  historyBackupFile,
  historyStore,
  logFile,
  moveAgendaPart,
  removeActionItem,
  removeAgendaPart,
  sessionFile,
  setAgendaDate,
  undoRemovePart,
} from '../../stores/agenda';
import { $storageHealth, $storageNearlyFull } from '../../stores/storage';
import { copyText, downloadText } from '../browser-files';
import { FieldError, errorProps } from '../FieldError';
import { href } from '../href';
import { Notices } from '../Notices';
import { useAnnouncer } from '../use-announcer';
import '../playbook.css';

// What the server renders (ids fixed so the first client render matches), before stored data applies.
let serverIds = 0;
const SERVER_DRAFT = emptyAgenda(DEFAULT_SESSION_MINUTES, () => `part-${++serverIds}`);
const SERVER_TIMEBOX = timeboxTotals(SERVER_DRAFT, DEFAULT_SESSION_MINUTES);
const OWNERS: readonly { id: Owner; label: string }[] = [
  { id: 'mentee', label: 'Mentee' },
  { id: 'mentor', label: 'Mentor' },
];

interface PartProps {
  part: AgendaPart;
  index: number;
  count: number;
  draft: Agenda;
  disabled: boolean;
  announce: (message: string) => void;
}

/** An action item's done box, labelled with what is to be done and by whom. */
function ActionItemCheck({ item, disabled }: { item: ActionItem; disabled: boolean }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={item.done}
        disabled={disabled}
        onChange={(e) => changeActionItem(item.id, { done: e.currentTarget.checked })}
      />
      {item.text || '(no text)'} <span class="owner">({item.owner})</span>
    </label>
  );
}

function focusSoon(id: string) {
  // After the re-render that moves or adds the element.
  setTimeout(() => document.getElementById(id)?.focus(), 30);
}

function PartEditor({ part, index, count, draft, disabled, announce }: PartProps) {
  const [minutesText, setMinutesText] = useState<string | undefined>(undefined);
  const hint = STANDARD_PARTS.find((p) => p.kind === part.kind)?.hint;
  const name = part.title.trim() || 'this part';
  const minutesCheck =
    minutesText === undefined ? undefined : parseMinutes(minutesText, PART_MINUTES, false);
  const minutesError = minutesCheck && !minutesCheck.ok ? minutesCheck.message : '';
  return (
    <li class="part">
      <div class="part-head">
        <label class="part-title">
          <span class="visually-hidden">Part {index + 1} title</span>
          <input
            id={`part-title-${part.id}`}
            type="text"
            value={part.title}
            disabled={disabled}
            onInput={(e) => changePart(part.id, { title: e.currentTarget.value })}
          />
        </label>
        <label class="part-minutes">
          <input
            id={`part-minutes-${part.id}`}
            type="number"
            min={PART_MINUTES.min}
            max={PART_MINUTES.max}
            value={minutesText ?? String(part.minutes)}
            disabled={disabled}
            {...errorProps(`part-minutes-error-${part.id}`, minutesError)}
            onInput={(e) => {
              const text = e.currentTarget.value;
              const result = parseMinutes(text, PART_MINUTES, false);
              if (result.ok && result.minutes !== null) {
                setMinutesText(undefined);
                changePart(part.id, { minutes: result.minutes });
              } else {
                setMinutesText(text);
              }
            }}
          />{' '}
          minutes<span class="visually-hidden"> for {name}</span>
        </label>
      </div>
      <FieldError id={`part-minutes-error-${part.id}`} error={minutesError} />
      {hint && <p class="hint">{hint}</p>}
      {part.kind === 'actions' && (
        <div class="carried">
          {draft.carried.length === 0 ? (
            <p class="hint">No open action items from earlier sessions.</p>
          ) : (
            <ul class="items">
              {draft.carried.map((item) => (
                <li key={item.id}>
                  <ActionItemCheck item={item} disabled={disabled} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <label class="notes-label" for={`part-notes-${part.id}`}>
        Notes for {name}
      </label>
      <textarea
        id={`part-notes-${part.id}`}
        rows={3}
        value={part.notes}
        disabled={disabled}
        onInput={(e) => changePart(part.id, { notes: e.currentTarget.value })}
      />
      <p class="part-actions">
        <button
          id={`move-up-${part.id}`}
          type="button"
          class="secondary"
          disabled={disabled || index === 0}
          aria-label={`Move up: ${name}`}
          onClick={() => {
            moveAgendaPart(part.id, -1);
            announce(`Moved ${name} up, to position ${index}.`);
            focusSoon(index - 1 === 0 ? `move-down-${part.id}` : `move-up-${part.id}`);
          }}
        >
          Move up
        </button>
        <button
          id={`move-down-${part.id}`}
          type="button"
          class="secondary"
          disabled={disabled || index === count - 1}
          aria-label={`Move down: ${name}`}
          onClick={() => {
            moveAgendaPart(part.id, 1);
            announce(`Moved ${name} down, to position ${index + 2}.`);
            focusSoon(index + 2 === count ? `move-up-${part.id}` : `move-down-${part.id}`);
          }}
        >
          Move down
        </button>
        <button
          type="button"
          class="secondary"
          disabled={disabled}
          aria-label={`Remove: ${name}`}
          onClick={() => {
            if (removeAgendaPart(part.id)) {
              announce(`Removed ${name}.`);
              focusSoon('undo-remove-part');
            }
          }}
        >
          Remove
        </button>
      </p>
    </li>
  );
}

function NewActionItem({ disabled }: { disabled: boolean }) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<Owner>('mentee');
  const [error, setError] = useState('');
  return (
    <form
      class="new-item"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setError('Write what will be done before adding it.');
          return;
        }
        if (addActionItem(text, owner)) {
          setText('');
          setError('');
        }
      }}
    >
      <label>
        New action item
        <input
          id="new-action-text"
          type="text"
          value={text}
          disabled={disabled}
          {...errorProps('new-action-error', error)}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <label>
        Who
        <select
          value={owner}
          disabled={disabled}
          onChange={(e) => setOwner(e.currentTarget.value as Owner)}
        >
          {OWNERS.map((o) => (
            <option value={o.id}>{o.label}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={disabled}>
        Add
      </button>
      <FieldError id="new-action-error" error={error} />
    </form>
  );
}

/** The agenda builder: the mentee's plan for the next session, its action items and finishing it. */
export default function AgendaBuilder() {
  const draft = useStore($draft, { ssr: () => SERVER_DRAFT });
  const timebox = useStore($timebox, { ssr: () => SERVER_TIMEBOX });
  const length = useStore($sessionLength, { ssr: () => DEFAULT_SESSION_MINUTES });
  const agreedLength = useStore($agreedSessionLength, { ssr: () => null });
  const readOnly = useStore($agendaReadOnly, { ssr: () => false });
  const removed = useStore($removedPart);
  const nearlyFull = useStore($storageNearlyFull, { ssr: () => false });
  const health = useStore($storageHealth, { ssr: 'initial' });
  const [hydrated, setHydrated] = useState(false);
  const [confirmingFinish, setConfirmingFinish] = useState(false);
  const [message, announce] = useAnnouncer();
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (confirmingFinish) keepRef.current?.focus();
  }, [confirmingFinish]);
  const disabled = !hydrated || readOnly;
  const [dateError, setDateError] = useState('');

  const downloadLog = () => {
    const file = logFile();
    downloadText(file.name, file.markdown);
    announce(`Downloading ${file.name}.`);
  };

  return (
    <div class="playbook agenda">
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      <Notices
        what="agenda and history"
        readOnly={$agendaReadOnly}
        documents={[
          { store: draftStore, backupFile: draftBackupFile, what: 'agenda' },
          { store: historyStore, backupFile: historyBackupFile, what: 'history' },
        ]}
      />
      {(nearlyFull || health === 'full') && (
        <div class="notice caution" role="status">
          <p class="notice-title">
            This browser's storage for the site is {health === 'full' ? 'full' : 'nearly full'}
          </p>
          <p>
            Download the session log now, so nothing is lost. You can then delete old sessions from
            the history to make room.
          </p>
          <p class="notice-actions">
            <button type="button" onClick={downloadLog}>
              Download the whole log
            </button>
          </p>
        </div>
      )}

      <section aria-labelledby="next-session">
        <h2 id="next-session">The next session</h2>
        <div class="session-facts">
          <label>
            Date
            <input
              type="date"
              value={draft.date}
              disabled={disabled}
              {...errorProps('agenda-date-error', dateError)}
              onInput={(e) => {
                const value = e.currentTarget.value;
                if (value === '' || isIsoDate(value)) {
                  setDateError('');
                  setAgendaDate(value);
                } else setDateError('Enter a date as year-month-day, for example 2026-12-03.');
              }}
            />
          </label>
          <p>
            Length: <strong>{length} minutes</strong>{' '}
            {hydrated && agreedLength !== null ? (
              <>
                (as agreed in your{' '}
                <a href={href('/playbooks/kickoff-checklist/')}>kickoff checklist</a>)
              </>
            ) : (
              <>
                (the default; agree a length in the{' '}
                <a href={href('/playbooks/kickoff-checklist/')}>kickoff checklist</a>)
              </>
            )}
          </p>
        </div>
        <FieldError id="agenda-date-error" error={dateError} />

        <ol class="parts">
          {draft.parts.map((part, index) => (
            <PartEditor
              key={part.id}
              part={part}
              index={index}
              count={draft.parts.length}
              draft={draft}
              disabled={disabled}
              announce={announce}
            />
          ))}
        </ol>
        {removed && (
          <p class="undo">
            Removed “{removed.part.title || 'a part'}”.{' '}
            <button
              id="undo-remove-part"
              type="button"
              onClick={() => undoRemovePart() && announce('Part put back.')}
            >
              Undo
            </button>
          </p>
        )}
        <p class={timebox.over > 0 ? 'timebox over' : 'timebox'}>
          Planned {timebox.planned} of {timebox.length} minutes.
          {timebox.over > 0 && (
            <>
              {' '}
              The plan runs {timebox.over} {timebox.over === 1 ? 'minute' : 'minutes'} over: shorten
              or remove a part.
            </>
          )}
          {timebox.planned < timebox.length && (
            <> {timebox.length - timebox.planned} minutes are not planned yet.</>
          )}
        </p>
        <p class="part-actions">
          <button
            type="button"
            class="secondary"
            disabled={disabled}
            onClick={() => focusSoon(`part-title-${addAgendaPart()}`)}
          >
            Add a part
          </button>
          <button
            type="button"
            class="secondary"
            disabled={disabled || timebox.planned === timebox.length}
            onClick={() => {
              fitAgenda();
              announce(`Timeboxes fitted to ${length} minutes.`);
            }}
          >
            Fit the timeboxes to {length} minutes
          </button>
        </p>
      </section>

      <section aria-labelledby="next-actions">
        <h2 id="next-actions">Action items for next time</h2>
        {draft.actions.length === 0 ? (
          <p class="hint">Agree at the end of the session who does what before the next one.</p>
        ) : (
          <ul class="items">
            {draft.actions.map((item) => (
              <li key={item.id}>
                <ActionItemCheck item={item} disabled={disabled} />
                <button
                  type="button"
                  class="secondary small"
                  disabled={disabled}
                  aria-label={`Remove: ${item.text}`}
                  onClick={() => {
                    removeActionItem(item.id);
                    announce(`Removed “${item.text}”.`);
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <NewActionItem disabled={disabled} />
      </section>

      <section aria-labelledby="finish-title">
        <h2 id="finish-title">After the session</h2>
        <p>
          Finishing keeps this session in the history below and starts the next agenda, with every
          action item that is not done carried into “Last time's action items”.
        </p>
        <p class="part-actions">
          {!confirmingFinish && (
            <button type="button" disabled={disabled} onClick={() => setConfirmingFinish(true)}>
              Finish session…
            </button>
          )}
          <button
            type="button"
            class="secondary"
            disabled={!hydrated}
            onClick={() => {
              const f = sessionFile(draft);
              downloadText(f.name, f.markdown);
              announce(`Downloading ${f.name}.`);
            }}
          >
            Download this agenda (.md)
          </button>
          <button
            type="button"
            class="secondary"
            disabled={!hydrated}
            onClick={async () =>
              announce(
                (await copyText(sessionFile(draft).markdown))
                  ? 'Agenda copied to the clipboard.'
                  : 'Copying was blocked by the browser. Download the file instead.',
              )
            }
          >
            Copy this agenda
          </button>
        </p>
        {confirmingFinish && (
          <div role="group" aria-labelledby="finish-question" class="confirm">
            <p id="finish-question">Finish this session and start the next agenda?</p>
            <button
              type="button"
              onClick={() => {
                setConfirmingFinish(false);
                const open = openItems(draft).length;
                if (finishAgenda()) {
                  announce(
                    `Session saved to the history. ${open} open action ${open === 1 ? 'item' : 'items'} carried to the next agenda.`,
                  );
                  focusSoon('history-title');
                }
              }}
            >
              Finish session
            </button>
            <button
              ref={keepRef}
              type="button"
              class="secondary"
              onClick={() => setConfirmingFinish(false)}
            >
              Not yet
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
