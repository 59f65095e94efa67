import type {Stats} from 'node:fs';
import {CliError, describeSystemError} from './errors.js';
import {describeFileType, readFlags, type FileSystem} from './file-system.js';

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

/** Bytes read up to a limit: all of them, or how many there were once past the limit (at least `limit + 1`). */
export type BoundedBytes = {bytes: Uint8Array; over?: undefined} | {bytes?: undefined; over: number};

/** A file's bytes read up to a limit, with what the file system said of the file as it was read. */
export type BoundedFile = BoundedBytes & {info: Stats};

/** How much of a file is searched for NUL bytes: binary formats show one early, text never has one. */
export const binarySniffBytes = 8192;

/** The largest piece read at a time. */
const chunkBytes = 65_536;

/**
 * Read a regular file, but never more than `limit + 1` bytes of it: a
 * device such as `/dev/zero` never ends, and a named pipe blocks until
 * something writes to it, so both are refused by type before any read
 * (the file is opened without waiting, then its type looked at); a file
 * over the limit, or one that grows past it while being read, is reported
 * as such. Throws the system error, or an `Error` saying what the path is
 * when it is not a regular file.
 */
export async function readRegularFile(fs: FileSystem, file: string, limit: number): Promise<BoundedFile> {
  const handle = await fs.open(file, readFlags);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new Error('is a folder, not a file');
    if (!info.isFile()) throw new Error(`is ${describeFileType(info)}, not a regular file`);
    if (info.size > limit) return {over: info.size, info};
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit is enough to know the file is over it.
      const chunk = new Uint8Array(Math.min(chunkBytes, limit + 1 - total));
      const {bytesRead} = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return {over: Math.max(total, info.size), info};
    }
    return {bytes: concat(chunks, total), info};
  } finally {
    await handle.close();
  }
}

/** Read a stream (standard input) up to `limit` bytes, stopping (and so closing it) as soon as it goes past. */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array>, limit: number): Promise<BoundedBytes> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > limit) return {over: total};
  }
  return {bytes: concat(chunks, total)};
}

/** Read a draft from disk, skipping it (not failing) when it is too large or binary; an unreadable file is a {@link CliError}. */
export async function readDraftFile(fs: FileSystem, file: string, shown: string, maxFileSize: number): Promise<ReadResult> {
  let read: BoundedFile;
  try {
    read = await readRegularFile(fs, file, maxFileSize);
  } catch (error) {
    throw new CliError(`${shown}: cannot read: ${describeSystemError(error)}`, false, shown);
  }
  if (read.over !== undefined) {
    // A file that was within the limit when looked at, and then went on, is still being written (or is no ordinary file).
    return {skipped: read.info.size > maxFileSize ? tooLarge(read.info.size, maxFileSize) : `grew past the limit of ${formatBytes(maxFileSize)} (--max-file-size) while it was read; not read further`};
  }
  return decodeDraft(read.bytes, maxFileSize);
}

/** Read standard input as a draft, skipping it when it goes past the limit (it is not read further) or is binary. */
export async function readDraftStream(stream: AsyncIterable<Uint8Array>, maxFileSize: number): Promise<ReadResult> {
  const read = await readStreamBounded(stream, maxFileSize);
  if (read.over !== undefined) return {skipped: `more than ${formatBytes(maxFileSize)}, the limit (--max-file-size); not read further`};
  return decodeDraft(read.bytes, maxFileSize);
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

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
