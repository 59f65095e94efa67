import {readdir, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import {formatForPath, isDraftName} from '../core/index.js';
import type {Format} from '../core/types.js';
import {CliError, describeSystemError} from './errors.js';

/** A draft to check: a file on disk, or standard input. */
export type Target =
  | {kind: 'file'; /** Absolute path. */ absolute: string; /** Path for the report: relative to the working folder, POSIX separators. */ display: string; format: Format}
  | {kind: 'stdin'; display: string; format: Format};

/** What the search found: the drafts, and what it passed over with a notice. */
export interface Discovery {
  targets: Target[];
  /** Entries that could not be checked, each with the reason, for `copydesk: skipped PATH: reason`. */
  skipped: Array<{display: string; reason: string}>;
}

/** How standard input is named in reports, as it is named on the command line. */
export const stdinDisplay = '-';


/**
 * Turn the command line's PATHs into the drafts to check. A file is taken
 * whatever its extension (the user named it); a folder is searched
 * recursively for drafts, skipping `node_modules` and dot-folders (`.git`,
 * `.vscode`, …) that hold tools' files, not stories. Each file is listed
 * once, however many PATHs or symbolic links reach it (by its real path, so
 * `--fix` never writes one file twice). A missing PATH is an error: a typo
 * must not pass as "no findings".
 */
export async function discover(paths: readonly string[], cwd: string, stdinFormat: Format): Promise<Discovery> {
  const targets: Target[] = [];
  const skipped: Discovery['skipped'] = [];
  const seen = new Set<string>();
  const add = async (absolute: string, given: string) => {
    // A broken link or a vanished file keeps its own name; reading it reports why.
    const real = await realpath(absolute).catch(() => absolute);
    if (seen.has(real)) return;
    seen.add(real);
    targets.push({kind: 'file', absolute, display: displayPath(absolute, cwd, path.isAbsolute(given)), format: formatForPath(absolute)});
  };

  for (const given of paths) {
    if (given === '-') {
      if (!seen.has('-')) targets.push({kind: 'stdin', display: stdinDisplay, format: stdinFormat});
      seen.add('-');
      continue;
    }
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      throw new CliError(`${given}: ${describeSystemError(error)}`, false, given);
    }
    if (!info.isDirectory()) {
      await add(absolute, given);
      continue;
    }
    const found: string[] = [];
    await walk(absolute, found, new Set([await realpath(absolute)]), (full, reason) => skipped.push({display: displayPath(full, cwd, path.isAbsolute(given)), reason}));
    found.sort();
    for (const file of found) await add(file, given);
  }
  return {targets, skipped};
}

async function walk(folder: string, found: string[], visited: Set<string>, skip: (full: string, reason: string) => void): Promise<void> {
  let entries;
  try {
    // Names as bytes: a name that is not UTF-8 would come back as text naming no file, and fail when read.
    entries = await readdir(folder, {withFileTypes: true, encoding: 'buffer'});
  } catch (error) {
    throw new CliError(`${folder}: ${describeSystemError(error)}`);
  }
  for (const entry of entries) {
    const raw = entry.name as unknown as Buffer;
    const name = decodeName(raw);
    if (name === undefined) {
      const shown = showRawName(raw);
      if (!shown.startsWith('.') && shown !== 'node_modules' && (entry.isDirectory() || isDraftName(shown))) {
        skip(path.join(folder, shown), entry.isDirectory() ? 'its name is not valid UTF-8, so the folder is not searched' : 'its name is not valid UTF-8');
      }
      continue;
    }
    const full = path.join(folder, name);
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links, but a broken one is no draft, and a folder reached twice (a link loop) is searched once.
      const info = await stat(full).catch(() => undefined);
      if (!info) continue;
      isFolder = info.isDirectory();
      isFile = info.isFile();
    }
    if (isFolder) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const real = await realpath(full);
      if (visited.has(real)) continue;
      visited.add(real);
      await walk(full, found, visited, skip);
    } else if (isFile && isDraftName(name)) {
      found.push(full);
    }
  }
}

/** A file name read as bytes, as text if it is valid UTF-8. */
function decodeName(raw: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(raw);
  } catch {
    return undefined;
  }
}

/** A name that is not valid UTF-8, for a notice: its valid parts as text, each stray byte as `\xNN`. */
export function showRawName(raw: Uint8Array): string {
  let shown = '';
  let index = 0;
  while (index < raw.length) {
    const lead = raw[index];
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    const part = decodeName(raw.subarray(index, index + length));
    if (part !== undefined && index + length <= raw.length) {
      shown += part;
      index += length;
    } else {
      shown += `\\x${lead.toString(16).toUpperCase().padStart(2, '0')}`;
      index++;
    }
  }
  return shown;
}

/**
 * The path a report shows: relative to the working folder with `/`
 * separators, so reports read the same on every system; a path given as
 * absolute and lying outside the working folder stays absolute.
 */
export function displayPath(absolute: string, cwd: string, givenAbsolute = false): string {
  const relative = path.relative(cwd, absolute);
  const outside = relative.startsWith('..') || path.isAbsolute(relative);
  const shown = givenAbsolute && outside ? absolute : relative || path.basename(absolute);
  return shown.split(path.sep).join('/');
}
