import {phraseProblem} from './attribution/phrases.js';
import {ConfigError} from './config.js';
import type {Format, PartialSettings, Settings} from './types.js';

/** The settings a checker uses when told nothing. */
export const defaultSettings: Readonly<Settings> = Object.freeze<Settings>({
  rules: {
    'duplicate-paragraph': 'warning',
    'repeated-heading': 'warning',
    'needs-attribution': 'info'
  },
  duplicates: {minWords: 8, nearThreshold: 0.8, passageMinWords: 25},
  attribution: {sensitivity: 'balanced', reportingVerbs: [], namedSources: [], marker: '[source?]'}
});

/**
 * Spread the user's settings over the defaults, part by part. Throws a
 * {@link ConfigError} (its path `settings`, its key the setting, such as
 * `attribution.namedSources[3]`) for a setting no file check can catch
 * once layers are merged: a named-source phrase that would match every
 * word, or is too long to try at every word (see {@link phraseProblem}).
 */
export function resolveSettings(partial: PartialSettings = {}): Settings {
  const settings: Settings = {
    rules: {...defaultSettings.rules, ...partial.rules},
    duplicates: {...defaultSettings.duplicates, ...partial.duplicates},
    attribution: {...defaultSettings.attribution, ...partial.attribution}
  };
  const sources: unknown = settings.attribution.namedSources;
  if (Array.isArray(sources)) {
    for (const [index, phrase] of sources.entries()) {
      const problem = typeof phrase === 'string' ? phraseProblem(phrase) : undefined;
      if (problem) throw new ConfigError('settings', `attribution.namedSources[${index}]`, problem);
    }
  }
  return settings;
}

/** Merge several partial settings, later ones winning (defaults < workspace < file). */
export function mergeSettings(...layers: Array<PartialSettings | undefined>): PartialSettings {
  const merged: PartialSettings = {};
  for (const layer of layers) {
    if (!layer) continue;
    merged.rules = {...merged.rules, ...layer.rules};
    merged.duplicates = {...merged.duplicates, ...layer.duplicates};
    merged.attribution = {...merged.attribution, ...layer.attribution};
  }
  return merged;
}

/** File extensions read as Markdown; every other draft is plain text. */
export const markdownExtensions: readonly string[] = ['.md', '.markdown'];

/** The format to check a file in, by its name: Markdown for `.md`/`.markdown`, plain text otherwise. */
export function formatForPath(name: string): Format {
  const lower = name.toLowerCase();
  return markdownExtensions.some((extension) => lower.endsWith(extension)) ? 'markdown' : 'plaintext';
}
