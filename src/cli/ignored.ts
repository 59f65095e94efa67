import {stat} from 'node:fs/promises';
import path from 'node:path';
import {ConfigError, parseJsonText} from '../core/config.js';
import {displayPath} from './discover.js';
import {CliError, describeSystemError, errorCode} from './errors.js';
import {nodeFileSystem, type FileSystem} from './file-system.js';
import {readSmallJsonFile} from './json-file.js';

/** Where, under the workspace root, the editor records ignored plain-text findings. */
export const ignoredFile = path.join('.copydesk', 'ignored.json');

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

  /** @param fs - how files are read. */
  constructor(
    private readonly cwd: string,
    private readonly fs: FileSystem = nodeFileSystem
  ) {}

  /** Ignore keys for a file in `folder` (absolute). */
  async ignoredFor(folder: string): Promise<string[]> {
    const root = await this.rootOf(folder);
    let list = this.lists.get(root);
    if (!list) {
      list = readIgnored(this.fs, path.join(root, ignoredFile), this.cwd);
      this.lists.set(root, list);
    }
    return list;
  }

  private rootOf(folder: string): Promise<string> {
    let root = this.roots.get(folder);
    if (!root) {
      root = (async () => {
        for (const marker of ['.copydesk', '.git']) if (await exists(path.join(folder, marker))) return folder;
        const parent = path.dirname(folder);
        return parent === folder ? this.cwd : this.rootOf(parent);
      })();
      this.roots.set(folder, root);
    }
    return root;
  }
}

/** Read and check an ignored.json; a missing file ignores nothing, a broken one is an error naming it. */
export async function readIgnored(fs: FileSystem, file: string, cwd: string): Promise<string[]> {
  const shown = displayPath(file, cwd);
  try {
    await fs.stat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw new CliError(`${shown}: cannot read the ignored findings: ${describeSystemError(error)}`);
  }
  return parseIgnored(await readSmallJsonFile(fs, file, shown, 'the ignored findings'), shown);
}

/** Validate the text of an ignored.json: `{"version": 1, "ignored": ["<ignoreKey>", ...]}`. */
export function parseIgnored(text: string, shown: string): string[] {
  const {value} = parseJsonText(text, shown);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(shown, '', 'must be an object like {"version": 1, "ignored": []}');
  const {version, ignored} = value as {version?: unknown; ignored?: unknown};
  if (version !== 1) {
    throw new ConfigError(shown, 'version', typeof version === 'number' ? `unsupported version ${version} (this copydesk reads version 1)` : 'must be 1');
  }
  if (!Array.isArray(ignored)) throw new ConfigError(shown, 'ignored', 'must be a list of strings');
  const wrong = ignored.findIndex((key) => typeof key !== 'string');
  if (wrong !== -1) throw new ConfigError(shown, `ignored[${wrong}]`, 'must be a string');
  return ignored as string[];
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
