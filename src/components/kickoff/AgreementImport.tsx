import {
  addKickoff,
  addPortable,
  hasMentorship,
  readAgreementFile,
  summaryHere,
  type BlocksOf,
} from '../../stores/kickoff/agreement-import';
import type { FilePanelProps } from '../ui/open-file/OpenFileButton';
import { ImportPreview, ImportProblem, said, useRead } from '../ui/on-demand/ImportPreview';
import { previewMerge } from '../../stores/portable/on-demand/merge';

export interface AgreementImportProps extends FilePanelProps {
  /** The mentorship open on the page ('' for none): the answers may go into it. */
  open: string;
  /** Builds the agreement from answers, to tell whether the file's text says what they say. */
  blocksOf: BlocksOf;
}

/** What an agreement file holds, and the choice of where its answers go; nothing is written before. */
export function AgreementImport({ file, open, blocksOf, onDone }: AgreementImportProps) {
  const read = useRead(() => readAgreementFile(file, blocksOf));

  if (!read) return <p class="notice">Reading the file…</p>;
  if (!read.ok)
    return (
      <ImportProblem
        title={`“${file.name}” cannot be opened`}
        message={read.message}
        onClose={() => onDone('Nothing was opened.')}
      />
    );
  const mentorship = read.value;
  // The file's own mentorship, when this browser has it (its agreement opened again): updating it
  // comes first, and a copy stays possible.
  const same = hasMentorship(mentorship.id) ? summaryHere(mentorship.id) : undefined;
  const current = open !== mentorship.id && hasMentorship(open) ? summaryHere(open) : undefined;
  // An agreement holds the kickoff answers only: the rest of the mentorship here is not merged.
  const merge = same
    ? () => ({
        preview: previewMerge(mentorship, { fields: ['kickoff'], there: 'the file' }),
        label: same.label,
        done: `Merged the file’s answers into “${same.label}”, and opened it.`,
      })
    : undefined;
  return (
    <ImportPreview
      from="file"
      title={`The agreement in “${file.name}”`}
      mentorship={mentorship}
      reset={read.reset}
      sessions={false}
      onFinish={onDone}
      merge={merge}
      choices={[
        ...(same
          ? [
              {
                label: `Replace the answers of “${same.label}”`,
                apply: () => addKickoff(mentorship, mentorship.id),
                done: `“${same.label}” now has the file’s answers.`,
                danger: true,
              },
            ]
          : []),
        {
          label: same ? 'Add as a copy' : 'Add as a new mentorship',
          apply: () => addPortable(mentorship, 'new'),
          done: same ? 'Added as a copy, and opened.' : 'Added as a new mentorship, and opened.',
        },
        ...(current
          ? [
              {
                label: `Put these answers into “${current.label}”`,
                apply: () => addKickoff(mentorship, open),
                done: `The answers are now in “${current.label}”.`,
                danger: true,
              },
            ]
          : []),
      ]}
    >
      {read.bodyDiffers && (
        <p>
          <strong>The text of this agreement does not say what the answers at its top say.</strong>{' '}
          Only those answers (its front matter) are read back, so where the text says something
          else, that will not appear here.
        </p>
      )}
      {same && (
        <p>
          This browser already has this mentorship, as {said(same, false)}. Merging or replacing
          changes its kickoff answers only (replacing overwrites them all with the file’s); its
          format choice, agenda and sessions stay as they are.
        </p>
      )}
      {current && (
        <p>
          The open mentorship is {said(current, false)}. Putting these answers into it replaces its
          kickoff answers; its format choice, agenda and sessions stay as they are.
        </p>
      )}
    </ImportPreview>
  );
}
