import {randomBytes} from 'node:crypto';
import type {Stats} from 'node:fs';
import {constants} from 'node:fs';
import path from 'node:path';
import {errorCode} from './errors.js';
import {createFlags, describeFileType, type FileSystem, type OpenFile} from './file-system.js';
import {readRegularFile} from './source.js';

/** Points in {@link replaceFile} where a test may act as another program would (an editor saving the file). */
export interface ReplaceHooks {
  /** Runs once the new content is safely in the temporary file, before the original is read again to compare. */
  beforeRecheck?(file: string): void | Promise<void>;
  /** Runs after the original was read again and found unchanged, right before the last look at it and the rename. */
  beforeRename?(file: string): void | Promise<void>;
}

const changed = 'the file changed since it was read; run copydesk again';

/** The file no longer holds what was read, or cannot be replaced without losing someone's work; the message says which, as a sentence fragment. */
export class FileChangedError extends Error {
  override name = 'FileChangedError';
}

/**
 * Replace a file's content with `bytes`, but only while it still holds
 * `expected`, and never leaving it half written. The new content goes to a
 * temporary file in the same folder (so the rename stays on one file
 * system), with the original's mode and, where the system allows, its
 * owner; it is flushed to the disk, the original is read again and
 * compared, its identity, size and times are looked at once more, and only
 * then is the temporary file renamed over it: a rename is all or nothing,
 * so the original is either untouched or wholly replaced. Any failure
 * removes the temporary file and leaves the original as it was. A symbolic
 * link is followed, and the file it points to replaced. Throws
 * {@link FileChangedError} when the file changed, else the system error.
 */
export async function replaceFile(fs: FileSystem, file: string, expected: Uint8Array, bytes: Uint8Array, hooks: ReplaceHooks = {}): Promise<void> {
  const real = await fs.realpath(file);
  const original = await fs.stat(real);
  if (!original.isFile()) throw new FileChangedError(`the file is now ${describeFileType(original)}`);
  // A rename gives the file a new identity; its other names would keep the old text.
  if (original.nlink > 1) throw new FileChangedError(`the file has ${original.nlink} hard links, and replacing it would leave the old text under its other names`);
  const temp = tempFileBeside(real);
  const handle = await fs.open(temp, createFlags, 0o600);
  let renamed = false;
  try {
    try {
      await keepOwnerAndMode(handle, original);
      await writeAll(handle, bytes);
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
    await handle.close();
    await hooks.beforeRecheck?.(real);
    const read = await readRegularFile(fs, real, expected.length).catch(() => undefined);
    if (!read || read.bytes === undefined || !sameBytes(read.bytes, expected)) throw new FileChangedError(changed);
    await hooks.beforeRename?.(real);
    // Reading a large file takes a while; a save in that time shows in the times or the size, or as a new file.
    const now = await fs.stat(real).catch(() => undefined);
    if (!now || !sameVersion(read.info, now)) throw new FileChangedError(changed);
    await fs.rename(temp, real);
    renamed = true;
  } finally {
    if (!renamed) await fs.unlink(temp).catch(() => {});
  }
  await syncFolder(fs, path.dirname(real));
}

async function keepOwnerAndMode(handle: OpenFile, original: Stats): Promise<void> {
  const created = await handle.stat();
  if (created.uid !== original.uid || created.gid !== original.gid) {
    try {
      await handle.chown(original.uid, original.gid);
    } catch (error) {
      // Only the superuser may give a file away; the owner is kept where the system allows it.
      if (errorCode(error) !== 'EPERM' && errorCode(error) !== 'EINVAL') throw error;
    }
  }
  // After the owner: changing it clears set-user-ID bits. Unlike the mode given to open, this is not masked by the umask.
  await handle.chmod(original.mode & 0o7777);
}

export async function writeAll(handle: OpenFile, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const {bytesWritten} = await handle.write(bytes, written, bytes.length - written, written);
    if (bytesWritten === 0) throw new Error('the disk took none of the bytes written');
    written += bytesWritten;
  }
}

/** A new temporary file's path in the folder of `file`, hidden and named for it (`.story.md.copydesk-…tmp`), so a rename over `file` stays on one file system. */
export function tempFileBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.copydesk-${randomBytes(6).toString('hex')}.tmp`);
}

/** Flush a folder, so a rename itself survives a power cut; not every system can, and the file is already whole. */
export async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, constants.O_RDONLY);
    await handle.sync().finally(() => handle.close());
  } catch {
    // Windows cannot open a folder this way; the rename is done either way.
  }
}

function sameVersion(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
