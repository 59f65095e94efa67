import {mergeSettings} from './settings.js';
import type {PartialSettings, RuleId} from './types.js';

/**
 * What the command line and the editor agree on about a project of drafts:
 * the rules, the files they check, and where the settings and the ignore
 * list live. One place, so that the two never disagree.
 */

/** Every rule, in the order reports name them. */
export const ruleIds: readonly RuleId[] = ['duplicate-paragraph', 'repeated-heading', 'needs-attribution'];

/** The settings file, looked for in each folder from a draft's up to the root. */
export const settingsFileName = '.copydeskrc.json';

/** The list of ignored plain-text findings, relative to the project's root (a path with `/`). */
export const ignoredListPath = '.copydesk/ignored.json';

/** Drafts larger than this (in bytes of UTF-8) are skipped with a notice unless a limit is set. */
export const defaultMaxFileSize = 2_000_000;

/**
 * Extensions of the files a folder or workspace check reads: Markdown,
 * plain text, and the Draft Article language's (`.draft`, `.article`, read
 * as plain text).
 */
export const draftExtensions: readonly string[] = ['.md', '.markdown', '.txt', '.draft', '.article'];

/** Whether a file name has one of the {@link draftExtensions} (in any case) after a name of its own (`.md` alone is a hidden file's name, not an extension). */
export function isDraftName(name: string): boolean {
  const lower = name.toLowerCase();
  return draftExtensions.some((extension) => lower.length > extension.length && lower.endsWith(extension));
}

/**
 * A draft's settings from the settings files around it, given nearest
 * first: the draft's folder's, then each folder's above it up to the
 * project's root (the workspace folder in the editor; on the command line
 * the nearest folder holding `.copydesk` or `.git`). Each nearer file is laid
 * over the ones above it, and all over `base` (the editor's own settings);
 * the command line's `--config` replaces the files.
 */
export function layerSettings(nearestFirst: readonly PartialSettings[], base: PartialSettings = {}): PartialSettings {
  return mergeSettings(base, ...[...nearestFirst].reverse());
}
