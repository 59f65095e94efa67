import {readdir, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import {formatForPath} from '../core/index.js';
import type {Format} from '../core/types.js';
import {CliError, describeSystemError} from './errors.js';

/** A draft to check: a file on disk, or standard input. */
export type Target =
  | {kind: 'file'; /** Absolute path. */ absolute: string; /** Path for the report: relative to the working folder, POSIX separators. */ display: string; format: Format}
  | {kind: 'stdin'; display: string; format: Format};

/** How standard input is named in reports, as it is named on the command line. */
export const stdinDisplay = '-';

/** Extensions searched for inside folders. */
export const draftExtensions: readonly string[] = ['.md', '.markdown', '.txt'];

/**
 * Turn the command line's PATHs into the drafts to check. A file is taken
 * whatever its extension (the user named it); a folder is searched
 * recursively for drafts, skipping `node_modules` and dot-folders (`.git`,
 * `.vscode`, …) that hold tools' files, not stories. Each file is listed
 * once, however many PATHs reach it. A missing PATH is an error: a typo
 * must not pass as "no findings".
 */
export async function discover(paths: readonly string[], cwd: string, stdinFormat: Format): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, given: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
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
      add(absolute, given);
      continue;
    }
    const found: string[] = [];
    await walk(absolute, found, new Set([await realpath(absolute)]));
    found.sort();
    for (const file of found) add(file, given);
  }
  return targets;
}

async function walk(folder: string, found: string[], visited: Set<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, {withFileTypes: true});
  } catch (error) {
    throw new CliError(`${folder}: ${describeSystemError(error)}`);
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
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
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const real = await realpath(full);
      if (visited.has(real)) continue;
      visited.add(real);
      await walk(full, found, visited);
    } else if (isFile && draftExtensions.includes(path.extname(entry.name).toLowerCase())) {
      found.push(full);
    }
  }
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
