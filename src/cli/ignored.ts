import path from 'node:path';
import {findProjectRoot, readProjectIgnoreList} from '../core/project-files.js';
import {displayPath} from './discover.js';
import type {FileSystem} from './file-system.js';
import {ignoredFolder, type NodeProjectFiles} from './project-files.js';

/**
 * The ignore keys that apply to files in each folder. Plain text has no
 * comments to silence a finding with, so the editor's "Ignore this finding"
 * writes the finding's `ignoreKey` to `.copydesk/ignored.json` at the
 * workspace root; the command line honours the same file, read by the
 * core as the editor reads it. The root is the nearest folder holding
 * `.copydesk` or `.git`, else the working folder.
 */
export class IgnoredLookup {
  private readonly lists = new Map<string, Promise<string[]>>();

  /**
   * @param notice - prints a notice (a `.copydesk` that is a file, not a folder) without failing the run.
   * @param fs - how the `.copydesk` folder is looked at.
   */
  constructor(
    private readonly cwd: string,
    private readonly files: NodeProjectFiles,
    private readonly notice: (message: string) => void,
    private readonly fs: FileSystem
  ) {}

  /** Ignore keys for a file in `folder` (absolute). */
  async ignoredFor(folder: string): Promise<string[]> {
    const root = (await findProjectRoot(this.files, folder)) ?? this.cwd;
    let list = this.lists.get(root);
    if (!list) {
      list = this.read(root);
      this.lists.set(root, list);
    }
    return list;
  }

  /**
   * A missing list ignores nothing; so does a `.copydesk` that is a plain
   * file (with a notice: it is someone's file, and no reason to stop
   * checking); a broken list is an error naming it.
   */
  private async read(root: string): Promise<string[]> {
    const folder = path.join(root, ignoredFolder);
    const info = await this.fs.stat(folder).catch(() => undefined);
    if (!info) return [];
    if (!info.isDirectory()) {
      this.notice(`${displayPath(folder, this.cwd)}: is a file, not a folder, so no ignored findings are read from it`);
      return [];
    }
    return (await readProjectIgnoreList(this.files, root, (file) => displayPath(file, this.cwd))).ignored;
  }
}
