/**
 * Reading a JSON file of ours that names its format and version (`{ "format": …, "version": 1, … }`),
 * as the programme pack and the progress summary are (the backup file shares where a parser
 * stopped): bounded in size before it is parsed, and
 * refused in words when it is not JSON, of another format, or of a newer version.
 */

/** What a file of ours says it is, and the newest version of it this site reads. */
export interface JsonFormat {
  format: string;
  version: number;
  /** The most characters read; a larger file is refused before it is parsed. */
  maxChars: number;
  /** What the file is called in messages: "programme pack", "progress summary". */
  what: string;
}

/** The parsed file (its format and version checked), or why it cannot be used. */
export type JsonFileRead =
  { ok: true; data: Record<string, unknown> } | { ok: false; message: string };

/** Where a JSON parser stopped, as "line L, column C", from its message and the text. */
export function jsonErrorPlace(text: string, error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  return `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** Checks parsed JSON's format and version; never throws. */
export function checkFormat(data: unknown, format: JsonFormat): JsonFileRead {
  const file = data as Record<string, unknown> | null;
  if (
    typeof file !== 'object' ||
    file === null ||
    Array.isArray(file) ||
    file.format !== format.format
  )
    return { ok: false, message: `This is not a Mentorship Playbook ${format.what}.` };
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      message: `This ${format.what}'s version is not a whole number (it says ${JSON.stringify(version) ?? 'nothing'}).`,
    };
  if (version > format.version)
    return {
      ok: false,
      message: `This ${format.what} was made by a newer version of Mentorship Playbook (format ${version}). Reload the page to get the newest version, then try again.`,
    };
  return { ok: true, data: file };
}

/**
 * Parses a file's text as JSON (a leading byte-order mark allowed), or says where it stopped, in a
 * sentence that ends "so it is not a <what>"; never throws.
 */
export function parseJsonFile(
  text: string,
  what: string,
): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const place = jsonErrorPlace(text, error);
    return {
      ok: false,
      message: `This file is not valid JSON${place ? ` (the first problem is at ${place})` : ''}, so it is not a ${what}.`,
    };
  }
}

/** Reads a file's text (a leading byte-order mark allowed); never throws. */
export function readJsonFile(text: string, format: JsonFormat): JsonFileRead {
  if (text.length > format.maxChars)
    return {
      ok: false,
      message: `This file is far larger than any ${format.what} (${text.length.toLocaleString('en')} characters, where one holds at most ${format.maxChars.toLocaleString('en')}); it was not read.`,
    };
  const parsed = parseJsonFile(text, format.what);
  return parsed.ok ? checkFormat(parsed.data, format) : parsed;
}
