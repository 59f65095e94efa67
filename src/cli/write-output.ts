import path from 'node:path';
import {createFlags, type FileSystem} from './file-system.js';
import {syncFolder, tempFileBeside, writeAll} from './replace-file.js';

/**
 * Write a file whole or not at all: the bytes go to a temporary file in
 * the same folder, flushed to the disk, which is then renamed over the
 * file (a rename is all or nothing). On any failure the temporary file is
 * removed and whatever the file held before is left as it was.
 */
export async function writeWhole(fs: FileSystem, file: string, bytes: Uint8Array): Promise<void> {
  const temp = tempFileBeside(file);
  const handle = await fs.open(temp, createFlags, 0o666);
  let renamed = false;
  try {
    try {
      await writeAll(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
    renamed = true;
  } finally {
    if (!renamed) await fs.unlink(temp).catch(() => {});
  }
  await syncFolder(fs, path.dirname(file));
}
