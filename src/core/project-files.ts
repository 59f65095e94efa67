import {parseConfig} from './config.js';
import {parseIgnoreList} from './ignore-list.js';
import {ignoredListPath, layerSettings, settingsFileName} from './project.js';
import type {PartialSettings} from './types.js';

/**
 * How the core reads the project around a draft: Node's file system on the
 * command line, `workspace.fs` in the editor (so virtual workspaces and the
 * browser work), a table of texts in tests. Paths are whatever the adapter
 * names files by (absolute paths, URIs); the core only joins and climbs
 * them through these calls.
 */
export interface ProjectFiles {
  /**
   * A file's text, or `undefined` when there is no such file (a folder in
   * its place counts as none). A file that is there but cannot be read
   * throws, with a message naming it.
   */
  read(path: string): Promise<string | undefined>;
  /** Whether a folder is the project's root, where the walk up stops (the editor's workspace folder; on the command line a folder holding `.copydesk` or `.git`). */
  isRoot(folder: string): Promise<boolean>;
  /** The folder above, or `undefined` at the top of the file system (or of the workspace). */
  parent(folder: string): string | undefined;
  /** A path inside a folder (`name` may hold `/`). */
  join(folder: string, name: string): string;
}

/** Turns one settings file's text into settings: `parseConfig` unless the adapter reports problems its own way (returning `undefined` leaves the file out). */
export type SettingsParser = (path: string, text: string) => PartialSettings | undefined;

/** The settings files that apply in a folder, and what they set together. */
export interface ProjectSettings {
  /** Every settings file laid together (see {@link layerSettings}), or `undefined` when none was found (or none was valid). */
  settings: PartialSettings | undefined;
  /** The paths of the files used, farthest first. */
  sources: string[];
}

/**
 * The settings for drafts in `folder`: every `.copydeskrc.json` from the
 * folder up to the project's root, each nearer file laid over the ones
 * above it. This is the one precedence both adapters follow: the editor's
 * own settings < the root's file < each nearer folder's file (< the
 * command line's `--config`, which replaces the files and is not looked up
 * here). `parse` decides what an invalid file does: `parseConfig` throws a
 * `ConfigError` naming the file and the reason (the command line stops);
 * the editor reports it and goes on without it.
 */
export async function findProjectSettings(files: ProjectFiles, folder: string, parse: SettingsParser = (path, text) => parseConfig(text, path)): Promise<ProjectSettings> {
  const nearestFirst: PartialSettings[] = [];
  const sources: string[] = [];
  for (let current: string | undefined = folder; current !== undefined; current = (await files.isRoot(current)) ? undefined : files.parent(current)) {
    const path = files.join(current, settingsFileName);
    const text = await files.read(path);
    if (text === undefined) continue;
    const settings = parse(path, text);
    if (settings === undefined) continue;
    nearestFirst.push(settings);
    sources.unshift(path);
  }
  return {settings: nearestFirst.length > 0 ? layerSettings(nearestFirst) : undefined, sources};
}

/** The project's root above (or at) `folder`, or `undefined` when no folder up to the top is one. */
export async function findProjectRoot(files: ProjectFiles, folder: string): Promise<string | undefined> {
  for (let current: string | undefined = folder; current !== undefined; current = files.parent(current)) {
    if (await files.isRoot(current)) return current;
  }
  return undefined;
}

/**
 * The ignore keys of a project: `.copydesk/ignored.json` under its root,
 * read as both adapters read it (see {@link parseIgnoreList}, which throws a
 * `ConfigError` naming `shown ?? path` for a list it cannot read). None
 * when the file is missing.
 */
export async function readProjectIgnoreList(files: ProjectFiles, root: string, shown?: (path: string) => string): Promise<{path: string; ignored: string[]}> {
  const path = files.join(root, ignoredListPath);
  const text = await files.read(path);
  return {path, ignored: text === undefined ? [] : parseIgnoreList(text, shown ? shown(path) : path).ignored};
}
