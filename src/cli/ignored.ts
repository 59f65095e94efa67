import {stat} from 'node:fs/promises';
import path from 'node:path';
import {parseIgnoreList} from '../core/ignore-list.js';
import {ignoredListPath} from '../core/project.js';
import {displayPath} from './discover.js';
import {nodeFileSystem, type FileSystem} from './file-system.js';
import {readSmallJsonFile} from './json-file.js';

/** The folder, under the workspace root, where the editor records ignored plain-text findings. */
export const ignoredFolder = path.dirname(ignoredListPath);

/** Where, under the workspace root, the editor records ignored plain-text findings. */
export const ignoredFile = path.join(...ignoredListPath.split('/'));

/**
 * The ignore keys that apply to files in each folder. Plain text has no
 * comments to silence a finding with, so the editor's "Ignore this finding"
 * writes the finding's `ignoreKey` to `.copydesk/ignored.json` at the
 * workspace root; the command line honours the same file so it agrees with
 * the editor. The root is the nearest folder holding `.copydesk` or `.git`
 * (as an editor would have opened the repository), else the working folder.
 */
export class IgnoredLookup {
  private readonly roots = new Map<string, Promise<string>>();
  private readonly lists = new Map<string, Promise<string[]>>();

  /**
   * @param notice - prints a notice (a `.copydesk` that is a file, not a folder) without failing the run.
   * @param fs - how files are read.
   */
  constructor(
    private readonly cwd: string,
    private readonly notice: (message: string) => void = () => {},
    private readonly fs: FileSystem = nodeFileSystem
  ) {}

  /** Ignore keys for a file in `folder` (absolute). */
  async ignoredFor(folder: string): Promise<string[]> {
    const root = await this.rootOf(folder);
    let list = this.lists.get(root);
    if (!list) {
      list = readIgnored(this.fs, root, this.cwd, this.notice);
      this.lists.set(root, list);
    }
    return list;
  }

  private rootOf(folder: string): Promise<string> {
    let root = this.roots.get(folder);
    if (!root) {
      root = (async () => {
        if (await isProjectRoot(folder)) return folder;
        const parent = path.dirname(folder);
        return parent === folder ? this.cwd : this.rootOf(parent);
      })();
      this.roots.set(folder, root);
    }
    return root;
  }
}

/**
 * Read and check the ignored.json under a workspace root. A missing file
 * ignores nothing; so does a `.copydesk` that is a plain file (with a
 * notice: it is someone's file, and no reason to stop checking); a broken
 * list is an error naming it.
 */
export async function readIgnored(fs: FileSystem, root: string, cwd: string, notice: (message: string) => void): Promise<string[]> {
  const folder = path.join(root, ignoredFolder);
  const folderInfo = await fs.stat(folder).catch(() => undefined);
  if (!folderInfo) return [];
  if (!folderInfo.isDirectory()) {
    notice(`${displayPath(folder, cwd)}: is a file, not a folder, so no ignored findings are read from it`);
    return [];
  }
  const file = path.join(root, ignoredFile);
  if (!(await fs.stat(file).catch(() => undefined))) return [];
  const shown = displayPath(file, cwd);
  return parseIgnoreList(await readSmallJsonFile(fs, file, shown, 'the ignored findings'), shown).ignored;
}

/** Whether a folder is a project's root, as an editor would have opened it: it holds the ignore list's folder or a repository. */
export async function isProjectRoot(folder: string): Promise<boolean> {
  for (const marker of [ignoredFolder, '.git']) if (await exists(path.join(folder, marker))) return true;
  return false;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
