import {constants} from 'node:fs';
import type {FileSystem} from './file-system.js';

/**
 * Append Markdown to GitHub's step summary file (`$GITHUB_STEP_SUMMARY`),
 * creating it if need be, as GitHub expects each step to add to it rather
 * than replace what earlier steps wrote.
 */
export async function appendStepSummary(fs: FileSystem, file: string, markdown: string): Promise<void> {
  const bytes = new TextEncoder().encode(markdown);
  const handle = await fs.open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o666);
  try {
    let written = 0;
    while (written < bytes.length) {
      const {bytesWritten} = await handle.write(bytes, written, bytes.length - written, null);
      if (bytesWritten === 0) throw new Error('nothing was written');
      written += bytesWritten;
    }
  } finally {
    await handle.close();
  }
}
