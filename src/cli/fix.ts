import type {Removal} from '../core/index.js';
import {CliError, describeSystemError} from './errors.js';
import type {FileSystem} from './file-system.js';
import {FileChangedError, replaceFile, type ReplaceHooks} from './replace-file.js';
import {encodeDraft, type Source} from './source.js';

/** The notice for one removal: `path:line: removed repeated paragraph (N chars)`. */
export function removalNotice(path: string, removal: Removal): string {
  return `${path}:${removal.line}: removed ${removal.what} (${removal.chars} ${removal.chars === 1 ? 'char' : 'chars'})`;
}

/**
 * Write fixed text over a file, safely (see {@link replaceFile}): the file
 * is replaced whole or not at all, and not if it changed since it was read
 * (an editor saved it meanwhile), since the fix, computed for the old text,
 * would clobber the new one. Every refusal and failure is a
 * {@link CliError} saying the file was not fixed; the file is then as it was.
 */
export async function writeFixed(fs: FileSystem, file: string, shown: string, source: Source, text: string, hooks: ReplaceHooks = {}): Promise<void> {
  if (!source.valid) throw new CliError(`${shown}: not fixed: the file is not valid UTF-8, and writing it back would damage it`, false, shown);
  try {
    await replaceFile(fs, file, source.bytes, encodeDraft(text, source.bom), hooks);
  } catch (error) {
    if (error instanceof FileChangedError) throw new CliError(`${shown}: not fixed: ${error.message}`, false, shown);
    throw new CliError(`${shown}: not fixed: cannot write: ${describeSystemError(error)}`, false, shown);
  }
}
