import { PACK_FILE, readPack, type PackRead } from '../../playbook/program/pack';
import { useRead } from '../ui/on-demand/ImportPreview';
import { ProgramPreview } from './ProgramPreview';

/** Reads a picked file as a programme pack, bounded before it is read; never throws. */
export async function readPackFile(file: Blob): Promise<PackRead> {
  // Counted in bytes before reading (at most 4 a character), so a huge file is never read.
  if (file.size > PACK_FILE.maxChars * 4)
    return {
      ok: false,
      message: 'This file is far larger than any programme pack; it was not read.',
    };
  try {
    return readPack(await file.text());
  } catch {
    return { ok: false, message: 'This file could not be read. Try picking it again.' };
  }
}

/** A programme pack picked as a file: what it holds and what to do with it. */
export function PackFile({ file, onDone }: { file: File; onDone: (result: string) => void }) {
  const read = useRead(() => readPackFile(file));
  return (
    <ProgramPreview
      read={read}
      from="file"
      problemTitle={`“${file.name}” cannot be used as a programme pack`}
      onFinish={onDone}
    />
  );
}
