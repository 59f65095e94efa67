import path from 'node:path';
import {draftExtensions} from '../core/index.js';
import type {Format} from '../core/types.js';
import {SettingsLookup, type FoundSettings} from './config-lookup.js';
import {discover, type Target} from './discover.js';
import {CliError} from './errors.js';
import type {FileSystem} from './file-system.js';
import {IgnoredLookup} from './ignored.js';
import {NodeProjectFiles} from './project-files.js';
import {readDraftFile, readDraftStream, type ReadResult, type Source} from './source.js';

/** What `check` and `report` are told about the drafts to read. */
export interface DraftInput {
  /** Files, folders, or `-` for standard input, as written. */
  paths: readonly string[];
  stdinFormat: Format;
  /** `--config FILE`, as written. */
  config: string | undefined;
  maxFileSize: number;
}

/** Where drafts are read from and what is said about those left out. */
export interface DraftPlace {
  cwd: string;
  fs: FileSystem;
  stdin: AsyncIterable<Uint8Array>;
  /** A notice on standard error (a draft skipped, an ignore list that cannot be read). */
  notice(message: string): void;
}

/** A draft read, with the settings and ignore list of its folder. */
export interface ReadDraft {
  target: Target;
  source: Source;
  found: FoundSettings;
  ignore: string[];
}

/** The drafts at `input.paths`; those skipped are noted, and none at all is an error. */
export async function findDrafts(input: DraftInput, place: DraftPlace): Promise<Target[]> {
  const {targets, skipped} = await discover(input.paths, place.cwd, input.stdinFormat);
  for (const {display, reason} of skipped) place.notice(`skipped ${display}: ${reason}`);
  if (targets.length === 0) throw new CliError(`no drafts found (${draftExtensions.join(', ')} files) in ${input.paths.join(', ')}`);
  return targets;
}

/**
 * Each target read in turn, with the settings and ignore list of its folder
 * (standard input: the working folder's). A draft that cannot be read goes
 * to `unreadable` and is left out, as is one skipped for its size or for
 * being binary (with a notice); the others are still read.
 */
export async function* readDrafts(targets: readonly Target[], input: DraftInput, place: DraftPlace, unreadable: (error: CliError, target: Target) => void): AsyncGenerator<ReadDraft> {
  const {cwd, fs} = place;
  const projectFiles = new NodeProjectFiles(cwd, fs);
  const settingsLookup = new SettingsLookup(cwd, input.config, projectFiles, fs);
  const ignoredLookup = new IgnoredLookup(cwd, projectFiles, (message) => place.notice(message), fs);
  for (const target of targets) {
    const folder = target.kind === 'file' ? path.dirname(target.absolute) : cwd;
    const found = await settingsLookup.settingsFor(folder);
    const ignore = await ignoredLookup.ignoredFor(folder);
    let read: ReadResult;
    try {
      read = target.kind === 'file' ? await readDraftFile(fs, target.absolute, target.display, input.maxFileSize) : await readDraftStream(place.stdin, input.maxFileSize);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      unreadable(error, target);
      continue;
    }
    if (read.skipped !== undefined) {
      place.notice(`skipped ${target.display}: ${read.skipped}`);
      continue;
    }
    yield {target, source: read.source, found, ignore};
  }
}
