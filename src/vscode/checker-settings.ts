import {createChecker, type Checker, type PartialSettings} from '../core/index.js';

/** A setting the checker refused, left out so that the others still apply. */
export interface DroppedSetting {
  /** Dotted, as in `.copydeskrc.json` (`attribution.namedSources`); `''` when no one setting could be blamed and all were dropped. */
  key: string;
  /** Why the checker refused it, in a sentence fragment. */
  reason: string;
}

/**
 * A checker for `settings`, leaving out any setting that makes
 * `createChecker` throw (a pattern that would match everything, a value
 * out of range that reached it), with the reason. One bad value in a
 * workspace's settings must not stop every draft from being checked; the
 * caller warns about what was dropped. The setting to blame is the one the
 * error names (a `ConfigError`'s `key`), else the one whose removal cures
 * or changes the error; if none can be found, the defaults are used.
 * Throws only when the checker refuses even the defaults.
 */
export function createCheckerDroppingBadSettings(
  settings: PartialSettings,
  create: (settings: PartialSettings) => Checker = createChecker
): {checker: Checker; dropped: DroppedSetting[]} {
  const dropped: DroppedSetting[] = [];
  let current = settings;
  for (;;) {
    let failure: unknown;
    try {
      return {checker: create(current), dropped};
    } catch (error) {
      failure = error;
    }
    const present = leavesOf(current);
    const culprit = namedLeaf(failure, present) ?? present.find((leaf) => cures(create, without(current, leaf), failure));
    if (culprit === undefined) {
      if (present.length === 0) throw failure;
      dropped.push({key: '', reason: reasonOf(failure)});
      return {checker: create({}), dropped};
    }
    dropped.push({key: culprit, reason: reasonOf(failure)});
    current = without(current, culprit);
  }
}

const parts = ['rules', 'duplicates', 'attribution'] as const;

/** Every setting given, dotted: `rules.needs-attribution`, `attribution.namedSources`. */
function leavesOf(settings: PartialSettings): string[] {
  const leaves: string[] = [];
  for (const part of parts) {
    for (const [name, value] of Object.entries(settings[part] ?? {})) if (value !== undefined) leaves.push(`${part}.${name}`);
  }
  return leaves;
}

/** The settings without one of them. */
function without(settings: PartialSettings, leaf: string): PartialSettings {
  const dot = leaf.indexOf('.');
  const part = leaf.slice(0, dot) as (typeof parts)[number];
  const rest: Record<string, unknown> = {...settings[part]};
  delete rest[leaf.slice(dot + 1)];
  return {...settings, [part]: rest};
}

/** The given setting the error names (`attribution.namedSources[3]` names `attribution.namedSources`). */
function namedLeaf(error: unknown, present: readonly string[]): string | undefined {
  const key = (error as {key?: unknown} | null)?.key;
  if (typeof key !== 'string' || key === '') return undefined;
  return present.find((leaf) => key === leaf || key.startsWith(`${leaf}.`) || key.startsWith(`${leaf}[`));
}

/** Whether the settings make a checker, or fail for a different reason than `error` (so the setting left out was behind it). */
function cures(create: (settings: PartialSettings) => Checker, settings: PartialSettings, error: unknown): boolean {
  try {
    create(settings);
    return true;
  } catch (other) {
    return messageOf(other) !== messageOf(error);
  }
}

function reasonOf(error: unknown): string {
  const reason = (error as {reason?: unknown} | null)?.reason;
  return typeof reason === 'string' && reason !== '' ? reason : messageOf(error);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
