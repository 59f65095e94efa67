import {stat} from 'node:fs/promises';
import path from 'node:path';
import {parseConfig} from '../core/config.js';
import {layerSettings, settingsFileName} from '../core/project.js';
import type {PartialSettings} from '../core/types.js';
import {displayPath} from './discover.js';
import {isProjectRoot} from './ignored.js';
import {CliError, errorCode} from './errors.js';
import {nodeFileSystem, type FileSystem} from './file-system.js';
import {readSmallJsonFile} from './json-file.js';

/** The settings file's name, looked for in each folder from the checked file's up to the root. */
export const configFileName = settingsFileName;

/** Settings found for a folder, and where they came from (`undefined`: defaults). */
export interface FoundSettings {
  settings: PartialSettings;
  /** Absolute paths of the settings files laid together (farthest first, one a line), if any; checkers are shared per set of files. */
  source: string | undefined;
}

/**
 * Finds the settings for each checked file: the `--config` file if given,
 * else every `.copydeskrc.json` from the file's folder up to the project's
 * root (the nearest folder holding `.copydesk` or `.git`, as the editor's
 * workspace folder; else the file system's root), each nearer file laid
 * over the ones above it (see layerSettings in the core).
 * Lookups are cached per folder (a folder of drafts asks once), and each
 * settings file is parsed once. An invalid file throws a `ConfigError`
 * naming it: never a silent fall-back to the defaults.
 */
export class SettingsLookup {
  private readonly byFolder = new Map<string, Promise<FoundSettings>>();
  private readonly byFile = new Map<string, Promise<PartialSettings>>();
  private readonly explicit: string | undefined;
  private readonly explicitGivenAbsolute: boolean;

  /**
   * @param config - the `--config` path as written, resolved against `cwd`.
   * @param fs - how files are read.
   */
  constructor(
    private readonly cwd: string,
    config?: string,
    private readonly fs: FileSystem = nodeFileSystem
  ) {
    this.explicit = config === undefined ? undefined : path.resolve(cwd, config);
    this.explicitGivenAbsolute = config !== undefined && path.isAbsolute(config);
  }

  /** Settings for a file in `folder` (absolute). */
  settingsFor(folder: string): Promise<FoundSettings> {
    if (this.explicit !== undefined) {
      const source = this.explicit;
      return this.parse(source).then((settings) => ({settings, source}));
    }
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.lookUp(folder);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private async lookUp(folder: string): Promise<FoundSettings> {
    const candidate = path.join(folder, configFileName);
    const own = (await isFile(candidate)) ? await this.parse(candidate) : undefined;
    const parent = path.dirname(folder);
    const atRoot = parent === folder || (await isProjectRoot(folder));
    const above: FoundSettings = atRoot ? {settings: {}, source: undefined} : await this.settingsFor(parent);
    if (own === undefined) return above;
    // The source names every file that went in, so that drafts with the same files share a checker.
    return {settings: layerSettings([own, above.settings]), source: above.source === undefined ? candidate : `${above.source}\n${candidate}`};
  }

  private parse(file: string): Promise<PartialSettings> {
    let parsed = this.byFile.get(file);
    if (!parsed) {
      const shown = displayPath(file, this.cwd, file === this.explicit && this.explicitGivenAbsolute);
      parsed = readSmallJsonFile(this.fs, file, shown, 'the settings file').then((text) => parseWithin(text, shown));
      this.byFile.set(file, parsed);
    }
    return parsed;
  }
}

/** Parse a settings file; nesting too deep for the parser is a clear error, not a stack trace. */
function parseWithin(text: string, shown: string): PartialSettings {
  try {
    return parseConfig(text, shown);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(`${shown}: cannot read the settings file: it is nested too deeply`, false, shown);
    throw error;
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
