import {readFile, stat} from 'node:fs/promises';
import {CliError, describeSystemError} from './errors.js';

/** A draft as read: its text for the checker, and what is needed to write it back unchanged but for the fixes. */
export interface Source {
  /** The text, a leading byte-order mark removed (editors hide it, so columns must not count it). */
  text: string;
  /** The bytes as read, to tell whether the file changed before a fix writes it. */
  bytes: Uint8Array;
  /** Whether the file starts with a UTF-8 byte-order mark, restored on writing. */
  bom: boolean;
  /** Whether the bytes were valid UTF-8; if not, the text has replacement characters and must not be written back. */
  valid: boolean;
}

/** Either the draft, or why it is skipped. */
export type ReadResult = {source: Source; skipped?: undefined} | {source?: undefined; skipped: string};

/** How much of a file is searched for NUL bytes: binary formats show one early, text never has one. */
export const binarySniffBytes = 8192;

/** Read a draft from disk, skipping it (not failing) when it is too large or binary; an unreadable file is a {@link CliError}. */
export async function readDraftFile(file: string, shown: string, maxFileSize: number): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    // Look at the size first, so a huge file is never read into memory.
    const {size} = await stat(file);
    if (size > maxFileSize) return {skipped: tooLarge(size, maxFileSize)};
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(`${shown}: cannot read: ${describeSystemError(error)}`);
  }
  return decodeDraft(bytes, maxFileSize);
}

/** Decode bytes read from a file or standard input, or say why they are skipped. */
export function decodeDraft(bytes: Uint8Array, maxFileSize: number): ReadResult {
  if (bytes.length > maxFileSize) return {skipped: tooLarge(bytes.length, maxFileSize)};
  if (bytes.subarray(0, binarySniffBytes).includes(0)) return {skipped: 'binary file (it has NUL bytes)'};
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let valid = true;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    valid = false;
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return {source: {text, bytes, bom, valid}};
}

/** Encode fixed text for writing, with the byte-order mark the file had. */
export function encodeDraft(text: string, bom: boolean): Uint8Array {
  return new TextEncoder().encode(bom ? '\ufeff' + text : text);
}

function tooLarge(size: number, limit: number): string {
  let [shown, limitShown] = [formatBytes(size), formatBytes(limit)];
  // Just over the limit, both round to the same figure; exact counts then say why.
  if (shown === limitShown) [shown, limitShown] = [`${size} bytes`, `${limit} bytes`];
  return `${shown}, larger than the limit of ${limitShown} (--max-file-size)`;
}

/** Bytes in decimal units, as file managers show them: `512 bytes`, `12.5 KB`, `2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'KB'] : bytes < 1e9 ? [bytes / 1e6, 'MB'] : [bytes / 1e9, 'GB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}
