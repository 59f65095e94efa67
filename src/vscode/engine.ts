import type {CheckOptions, Checker, DraftParagraph, Finding, PartialSettings} from '../core/index.js';
import {createCheckerDroppingBadSettings, type DroppedSetting} from './checker-settings.js';

/** One check: the document it is for (checkers are kept per key), the settings, the text. */
export interface CheckRequest {
  key: string;
  settings: PartialSettings;
  text: string;
  options: CheckOptions;
  /** Send back the text's paragraphs too, to compare with other drafts (after Check Workspace). */
  paragraphs?: boolean;
}

/** What one check found, and the settings the checker had to leave out. */
export interface CheckResult {
  findings: Finding[];
  /** Settings refused by the checker and not used (see {@link createCheckerDroppingBadSettings}); usually none. */
  dropped: readonly DroppedSetting[];
  /** The checked text's paragraphs, when the request asked for them. */
  paragraphs?: DraftParagraph[];
}

/** A check that a newer check of the same document overtook before it ran: nothing to publish. */
export class SupersededError extends Error {
  override name = 'SupersededError';
}

/**
 * A check that was stopped before it finished: it ran past its deadline,
 * or the worker running it failed. The message says why, as the end of a
 * sentence ("it took longer than 12 s").
 */
export class CheckStoppedError extends Error {
  override name = 'CheckStoppedError';
}

/**
 * What the extension's own tests may do to the engine (only in
 * `ExtensionMode.Test`): break the worker on purpose and watch it recover,
 * waiting on these events rather than on time.
 */
export interface EngineTestHooks {
  /** Make the check worker fail now, as a crash would (an uncaught error in it). */
  crashWorker(): void;
  /** From now on, checks of these documents (keys) spin in the worker until their deadline stops them. */
  stallChecksOf(keys: readonly string[]): void;
  /** The deadline of every check, in milliseconds; `undefined` restores the usual one. */
  setDeadline(milliseconds: number | undefined): void;
  /** The thread id of the worker that runs checks now, if one is running. */
  workerThreadId(): number | undefined;
  /** Call `listener` with the thread id of each worker started from now on; returns what stops that. */
  onDidStartWorker(listener: (threadId: number) => void): () => void;
  /** Call `listener` with the key of each check handed to a worker; returns what stops that. */
  onDidSendCheck(listener: (key: string) => void): () => void;
}

/**
 * Where checks run: in a worker (src/worker/worker-engine.ts), a Web Worker
 * in the web-worker host (src/vscode/platform.ts) and a worker thread in the
 * Node host (src/node/platform.ts), so a long draft never stalls the
 * extension host; on its thread ({@link InThreadEngine}) only where no
 * worker can run.
 */
export interface CheckEngine {
  /**
   * The findings of one check. A finding that did not change since the
   * previous check of the same key is, as a rule, the very same object
   * (callers may keep what they derived from it, and must not modify it).
   */
  check(request: CheckRequest): Promise<CheckResult>;
  /** The document closed: drop its checker. */
  forget(key: string): void;
  dispose(): void;
  /** Present in engines whose failures the tests can provoke. */
  readonly testHooks?: EngineTestHooks;
}

/**
 * One checker per document, made again when its settings change: a checker
 * caches what it parsed, so re-checking an edited document is cheap. A
 * setting the checker refuses is left out, and each result says so.
 */
export class CheckerCache {
  private readonly checkers = new Map<string, {settingsKey: string; checker: Checker; dropped: readonly DroppedSetting[]}>();

  async check({key, settings, text, options, paragraphs}: CheckRequest): Promise<CheckResult> {
    const settingsKey = JSON.stringify(settings);
    let entry = this.checkers.get(key);
    if (!entry || entry.settingsKey !== settingsKey) {
      entry = {settingsKey, ...createCheckerDroppingBadSettings(settings)};
      this.checkers.set(key, entry);
    }
    const findings = await entry.checker.check(text, options);
    return {findings, dropped: entry.dropped, ...(paragraphs ? {paragraphs: entry.checker.paragraphs()} : {})};
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

  check(request: CheckRequest): Promise<CheckResult> {
    return this.cache.check(request);
  }

  forget(key: string): void {
    this.cache.forget(key);
  }

  dispose(): void {
    this.cache.clear();
  }
}
