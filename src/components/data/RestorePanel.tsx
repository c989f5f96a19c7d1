import { useEffect, useState } from 'preact/hooks';
import { count } from '../../playbook/core/words';
import { resetSaid } from '../../playbook/portable/reset-names';
import {
  readBackupFile,
  restoreBackup,
  restorePreview,
  type RestoreMode,
} from '../../stores/portable/restore';
import { onEscape } from '../ui/on-demand/escape';
import { ImportProblem, said, useRead } from '../ui/on-demand/ImportPreview';
import { MergeLines } from '../ui/on-demand/MergeParts';
import { focusSoon } from '../ui/focus';
import { WriteProblem } from '../ui/on-demand/WriteProblem';
import type { Written } from '../../stores/storage/write-all';
import type { FilePanelProps } from '../ui/open-file/OpenFileButton';

/**
 * What a backup file holds, against what this browser has, and the choice to merge it in (each
 * mentorship both have merged, the others added), add it (overwriting those both have) or replace
 * everything.
 */
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
  const both = preview.incoming.filter((m) => m.replaces).length;
  const restore = (mode: RestoreMode) => {
    const { result, before } = restoreBackup(backup, mode);
    const restored = `Restored ${count(backup.mentorships.length, 'mentorship')}`;
    if (result !== 'done') setProblem({ ok: false, problem: result, before });
    else if (mode === 'merge' && both > 0)
      onDone(
        `${restored}: ${count(both, 'mentorship')} merged with ${both === 1 ? 'its copy' : 'their copies'} here.`,
      );
    else onDone(`${restored}.`);
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
            {m.merge && !m.merge.changes && ' (this browser has it too, with everything it holds)'}
            {m.merge?.changes &&
              ' (this browser has it too: merging brings in what the file has that it does not; adding overwrites it)'}
            {m.merge?.changes && m.merge.lines.length > 0 && <MergeLines lines={m.merge.lines} />}
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
          {both > 0 ? 'Merge with what is here' : 'Add to what is here'}
        </button>
        {both > 0 && (
          <button type="button" class="danger" onClick={() => restore('add')}>
            Add, overwriting {both === 1 ? 'the one' : `the ${both}`} this browser has too
          </button>
        )}
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
