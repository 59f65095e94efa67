import path from 'node:path';
import {parseConfig} from '../core/config.js';
import {findProjectSettings} from '../core/project-files.js';
import type {PartialSettings} from '../core/types.js';
import {displayPath} from './discover.js';
import {CliError} from './errors.js';
import type {FileSystem} from './file-system.js';
import {readSmallJsonFile} from './json-file.js';
import type {NodeProjectFiles} from './project-files.js';

/** Settings found for a folder, and where they came from (`undefined`: defaults). */
export interface FoundSettings {
  settings: PartialSettings;
  /** Absolute paths of the settings files laid together (farthest first, one a line), if any; checkers are shared per set of files. */
  source: string | undefined;
}

/**
 * Finds the settings for each checked file: the `--config` file if given,
 * else the core's walk (findProjectSettings): every `.copydeskrc.json` from
 * the file's folder up to the project's root, each nearer file laid over
 * the ones above it, as the editor lays them. Lookups are cached per
 * folder, and each settings file is read and parsed once. An invalid file
 * throws a `ConfigError` naming it: never a silent fall-back to the
 * defaults.
 */
export class SettingsLookup {
  private readonly byFolder = new Map<string, Promise<FoundSettings>>();
  private readonly byFile = new Map<string, PartialSettings>();
  private readonly explicit: string | undefined;
  private readonly explicitGivenAbsolute: boolean;

  /**
   * @param config - the `--config` path as written, resolved against `cwd`.
   * @param files - the project's files, read through the run's file system.
   * @param fs - how the `--config` file is read.
   */
  constructor(
    private readonly cwd: string,
    config: string | undefined,
    private readonly files: NodeProjectFiles,
    private readonly fs: FileSystem
  ) {
    this.explicit = config === undefined ? undefined : path.resolve(cwd, config);
    this.explicitGivenAbsolute = config !== undefined && path.isAbsolute(config);
  }

  /** Settings for a file in `folder` (absolute). */
  settingsFor(folder: string): Promise<FoundSettings> {
    if (this.explicit !== undefined) {
      const source = this.explicit;
      return this.readExplicit(source).then((settings) => ({settings, source}));
    }
    let found = this.byFolder.get(folder);
    if (!found) {
      found = findProjectSettings(this.files, folder, (file, text) => this.parse(file, text)).then(({settings, sources}) => ({
        settings: settings ?? {},
        // The source names every file that went in, so that drafts with the same files share a checker.
        source: sources.length === 0 ? undefined : sources.join('\n')
      }));
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private explicitRead: Promise<PartialSettings> | undefined;

  private readExplicit(file: string): Promise<PartialSettings> {
    this.explicitRead ??= (async () => {
      const shown = displayPath(file, this.cwd, this.explicitGivenAbsolute);
      return parseWithin(await readSmallJsonFile(this.fs, file, shown, 'the settings file'), shown);
    })();
    return this.explicitRead;
  }

  private parse(file: string, text: string): PartialSettings {
    let settings = this.byFile.get(file);
    if (!settings) {
      settings = parseWithin(text, displayPath(file, this.cwd));
      this.byFile.set(file, settings);
    }
    return settings;
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
