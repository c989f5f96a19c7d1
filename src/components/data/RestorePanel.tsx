import { useEffect, useState } from 'preact/hooks';
import { count } from '../../playbook/core/words';
import { resetSaid } from '../../playbook/portable/reset-names';
import {
  readBackupFile,
  restoreBackup,
  restorePreview,
  type RestoreMode,
} from '../../stores/portable/restore';
import { ImportProblem, onEscape, said, useRead } from '../ui/on-demand/ImportPreview';
import { focusSoon } from '../ui/focus';
import { WriteProblem } from '../ui/on-demand/WriteProblem';
import type { Written } from '../../stores/storage/write-all';
import type { FilePanelProps } from '../ui/open-file/OpenFileButton';

/** What a backup file holds, against what this browser has, and the choice to merge or replace. */
export function RestorePanel({ file, onDone }: FilePanelProps) {
  const read = useRead(() => readBackupFile(file));
  const [problem, setProblem] = useState<(Written & { ok: false }) | undefined>(undefined);
  useEffect(() => {
    if (read?.ok) focusSoon('import-title');
  }, [read]);
  if (!read) return <p class="notice">Reading the file…</p>;
  if (!read.ok)
    return (
      <ImportProblem
        title={`“${file.name}” cannot be restored`}
        message={`${read.message}${read.details ? ` ${read.details.join('; ')}.` : ''}`}
        onClose={() => onDone('Nothing was restored.')}
      />
    );
  const { backup, reset } = read;
  const preview = restorePreview(backup);
  const restore = (mode: RestoreMode) => {
    const { result, before } = restoreBackup(backup, mode);
    if (result === 'done') onDone(`Restored ${count(backup.mentorships.length, 'mentorship')}.`);
    else setProblem({ ok: false, problem: result, before });
  };
  return (
    // Escape, from any of its controls, is the same as Cancel.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      class="notice import"
      aria-labelledby="import-title"
      onKeyDown={onEscape(() => onDone('Nothing was restored.'))}
    >
      <h3 id="import-title" tabIndex={-1}>
        The backup in “{file.name}”
      </h3>
      <p>
        It holds {count(backup.mentorships.length, 'mentorship')}. Nothing is changed in this
        browser until you choose.
        {reset.length > 0 && ` ${resetSaid(reset)}`}
      </p>
      <ul>
        {preview.incoming.map((m, i) => (
          <li key={i}>
            {said(m)}
            {m.replaces && ' (this browser has it too: restoring overwrites it)'}
          </li>
        ))}
      </ul>
      {preview.dropped.length > 0 && (
        <p>
          Replacing everything also deletes what the file does not have:{' '}
          {preview.dropped.map((label) => `“${label}”`).join(', ')}.
        </p>
      )}
      {problem && <WriteProblem id="restore-problem" written={problem} />}
      <p class="part-actions">
        <button type="button" onClick={() => restore('merge')}>
          Add to what is here
        </button>
        <button type="button" class="danger" onClick={() => restore('replace')}>
          Replace everything with the file
        </button>
        <button type="button" class="secondary" onClick={() => onDone('Nothing was restored.')}>
          Cancel
        </button>
      </p>
    </section>
  );
}
