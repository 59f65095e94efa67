import {CliError, describeSystemError} from './errors.js';
import type {FileSystem} from './file-system.js';
import {formatBytes, readRegularFile} from './source.js';

/** The most a settings file or an ignore list may hold; far more than either needs, and a bound on a file that never ends. */
export const jsonFileLimit = 2_000_000;

/**
 * Read a settings file or ignore list as text: only a regular file, only up
 * to {@link jsonFileLimit}. `what` names the file in the error
 * (`the settings file`). Throws a {@link CliError} naming the file.
 */
export async function readSmallJsonFile(fs: FileSystem, file: string, shown: string, what: string): Promise<string> {
  let read;
  try {
    read = await readRegularFile(fs, file, jsonFileLimit);
  } catch (error) {
    throw new CliError(`${shown}: cannot read ${what}: ${describeSystemError(error)}`, false, shown);
  }
  if (read.over !== undefined) throw new CliError(`${shown}: cannot read ${what}: larger than ${formatBytes(jsonFileLimit)}`, false, shown);
  // Invalid UTF-8 becomes replacement characters, which the JSON parser then points at.
  return new TextDecoder('utf-8').decode(read.bytes);
}
