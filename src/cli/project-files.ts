import {stat} from 'node:fs/promises';
import path from 'node:path';
import {ignoredListPath, settingsFileName} from '../core/project.js';
import type {ProjectFiles} from '../core/project-files.js';
import {displayPath} from './discover.js';
import {errorCode} from './errors.js';
import type {FileSystem} from './file-system.js';
import {readSmallJsonFile} from './json-file.js';

/** The folder of the ignore list under a project's root; it (or `.git`) marks the root. */
export const ignoredFolder = path.dirname(ignoredListPath);

/**
 * The project around the checked drafts, as the core's walk reads it
 * (src/core/project-files.ts): Node's file system, every answer cached for
 * the run, so a folder of drafts reads each settings file once. The root is
 * the nearest folder holding `.copydesk` or `.git` (as an editor would have
 * opened the repository). Only regular files are read, and none past 2 MB;
 * a file that cannot be read is a `CliError` naming it as the report shows
 * it (relative to `cwd`).
 */
export class NodeProjectFiles implements ProjectFiles {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly roots = new Map<string, Promise<boolean>>();

  constructor(
    private readonly cwd: string,
    private readonly fs: FileSystem
  ) {}

  read(file: string): Promise<string | undefined> {
    let text = this.texts.get(file);
    if (!text) {
      text = this.load(file);
      this.texts.set(file, text);
    }
    return text;
  }

  isRoot(folder: string): Promise<boolean> {
    let root = this.roots.get(folder);
    if (!root) {
      root = (async () => (await exists(path.join(folder, ignoredFolder))) || exists(path.join(folder, '.git')))();
      this.roots.set(folder, root);
    }
    return root;
  }

  parent(folder: string): string | undefined {
    const parent = path.dirname(folder);
    return parent === folder ? undefined : parent;
  }

  join(folder: string, name: string): string {
    return path.join(folder, ...name.split('/'));
  }

  private async load(file: string): Promise<string | undefined> {
    if (!(await isFile(file))) return undefined;
    const what = path.basename(file) === settingsFileName ? 'the settings file' : 'the ignored findings';
    return readSmallJsonFile(this.fs, file, displayPath(file, this.cwd), what);
  }
}

/** Whether `file` exists and is not a folder; other failures (permissions) surface when it is read. */
async function isFile(file: string): Promise<boolean> {
  try {
    return !(await stat(file)).isDirectory();
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false;
    return true;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
