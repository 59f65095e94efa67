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

/** Spread the user's settings over the defaults, part by part. */
export function resolveSettings(partial: PartialSettings = {}): Settings {
  return {
    rules: {...defaultSettings.rules, ...partial.rules},
    duplicates: {...defaultSettings.duplicates, ...partial.duplicates},
    attribution: {...defaultSettings.attribution, ...partial.attribution}
  };
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
