import { useStore } from '../ui/store';
import { useState } from 'preact/hooks';
import { $dataRows, deleteEverything, deleteEverythingQuestion } from '../../stores/data/your-data';
import { ConfirmAction } from '../ui/kit/ConfirmAction';
import { useHydrated } from '../ui/hydrated';
import '../playbook.css';

/** Deleting everything the playbooks keep in this browser, after a question that names it all. */
export default function DeleteEverything() {
  const hydrated = useHydrated();
  const empty = useStore($dataRows, { ssr: () => [] }).length === 0;
  const [done, setDone] = useState('');
  return (
    <div class="playbook delete-everything">
      <ConfirmAction
        id="delete-everything"
        label="Delete everything…"
        question={hydrated && !empty ? deleteEverythingQuestion() : ''}
        confirmLabel="Delete everything"
        cancelLabel="Keep it all"
        disabled={!hydrated || empty}
        onConfirm={() => {
          setDone(
            deleteEverything()
              ? 'Everything was deleted from this browser.'
              : 'Nothing could be deleted: storage in this browser is not available.',
          );
          // The button is disabled once there is nothing left, so focus goes to what happened.
          return 'delete-everything-done';
        }}
      />
      {done && (
        <p id="delete-everything-done" role="status" tabIndex={-1}>
          {done}
        </p>
      )}
    </div>
  );
}
