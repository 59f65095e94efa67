import {createChecker, type CheckOptions, type Checker, type Finding, type PartialSettings} from '../core/index.js';

/** One check: the document it is for (checkers are kept per key), the settings, the text. */
export interface CheckRequest {
  key: string;
  settings: PartialSettings;
  text: string;
  options: CheckOptions;
}

/** A check that a newer check of the same document overtook before it ran: nothing to publish. */
export class SupersededError extends Error {
  override name = 'SupersededError';
}

/**
 * Where checks run. In the web-worker host they run on the extension
 * host's thread ({@link InThreadEngine}); the Node host's build swaps in a
 * worker thread (src/node/platform.ts) so a long draft never stalls it.
 */
export interface CheckEngine {
  /**
   * The findings of one check. A finding that did not change since the
   * previous check of the same key is, as a rule, the very same object
   * (callers may keep what they derived from it, and must not modify it).
   */
  check(request: CheckRequest): Promise<Finding[]>;
  /** The document closed: drop its checker. */
  forget(key: string): void;
  dispose(): void;
}

/**
 * One checker per document, made again when its settings change: a checker
 * caches what it parsed, so re-checking an edited document is cheap.
 */
export class CheckerCache {
  private readonly checkers = new Map<string, {settingsKey: string; checker: Checker}>();

  check({key, settings, text, options}: CheckRequest): Promise<Finding[]> {
    const settingsKey = JSON.stringify(settings);
    let entry = this.checkers.get(key);
    if (!entry || entry.settingsKey !== settingsKey) {
      entry = {settingsKey, checker: createChecker(settings)};
      this.checkers.set(key, entry);
    }
    return entry.checker.check(text, options);
  }

  forget(key: string): void {
    this.checkers.delete(key);
  }

  clear(): void {
    this.checkers.clear();
  }
}

/** Checks on the extension host's own thread. */
export class InThreadEngine implements CheckEngine {
  private readonly cache = new CheckerCache();

  check(request: CheckRequest): Promise<Finding[]> {
    return this.cache.check(request);
  }

  forget(key: string): void {
    this.cache.forget(key);
  }

  dispose(): void {
    this.cache.clear();
  }
}
