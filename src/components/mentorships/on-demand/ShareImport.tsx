import { problemMessage } from '../../../playbook/portable/portable';
import { decodeShare } from '../../../playbook/portable/share-link';
import { addPortable, hasMentorship, summaryHere } from '../../../stores/portable/portable';
import { announce } from '../../ui/announce';
import { focusSoon } from '../../ui/focus';
import { ImportPreview, ImportProblem, said, useRead } from '../../ui/on-demand/ImportPreview';
import { switcherControl } from '../../ui/on-demand/switcher';
import { previewMerge } from '../../../stores/portable/on-demand/merge';

/** What a share link in the address holds, and the choice of what to do with it; nothing is written before. */
export function ShareImport({ onDone }: { onDone: () => void }) {
  const read = useRead(() => decodeShare(location.hash));
  // The link's answers leave the address bar (and the history entry) once a choice is made.
  const finish = (message: string) => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    announce(message, 'mentorship');
    onDone();
    // The link opened no control of its own: focus goes to the switcher, which shows the result.
    focusSoon(switcherControl);
  };

  if (!read) return <p class="notice">Reading the shared link…</p>;
  if (!read.ok)
    return (
      <ImportProblem
        title="This share link cannot be used"
        message={problemMessage(read.problem, 'link')}
        onClose={() => finish('Nothing was added.')}
      />
    );
  const mentorship = read.value;
  const existing = hasMentorship(mentorship.id) ? summaryHere(mentorship.id) : undefined;
  const merge = existing
    ? () => ({
        preview: previewMerge(mentorship, { there: 'the link' }),
        label: existing.label,
        done: `Merged the link into “${existing.label}”, and opened it.`,
      })
    : undefined;
  return (
    <ImportPreview
      from="link"
      title="A shared mentorship"
      mentorship={mentorship}
      reset={read.reset}
      onFinish={finish}
      // This browser's own copy, when it has one, comes first: merging the link into it, then
      // replacing it.
      merge={merge}
      choices={[
        ...(existing
          ? [
              {
                label: `Replace “${existing.label}”`,
                apply: () => addPortable(mentorship, 'replace'),
                done: 'Replaced, and opened.',
                danger: true,
              },
            ]
          : []),
        {
          label: existing ? 'Add as a copy' : 'Add this mentorship',
          apply: () => addPortable(mentorship, 'new'),
          done: 'Added, and opened.',
        },
      ]}
    >
      {existing && (
        <p>
          This browser already has this mentorship, as {said(existing)}. Replacing it overwrites all
          of that with what the link holds, losing the changes made here.
        </p>
      )}
    </ImportPreview>
  );
}
