import { PackFile } from '../program-pack/PackFile';
import { AgreementImport, type AgreementImportProps } from './AgreementImport';

/** Whether a picked file is JSON by its name or type: a programme pack, where agreements are Markdown. */
export const isJsonFile = (file: File) => /\.json$/i.test(file.name) || /json/i.test(file.type);

/**
 * A file picked with the kickoff's open button: a programme pack (JSON) goes to the pack's
 * preview, anything else is read as an agreement. Loaded on demand, when a file is picked.
 */
export function OpenedFile(props: AgreementImportProps) {
  return isJsonFile(props.file) ? (
    <PackFile file={props.file} onDone={props.onDone} />
  ) : (
    <AgreementImport {...props} />
  );
}
