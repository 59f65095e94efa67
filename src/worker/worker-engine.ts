import {CheckStoppedError, SupersededError, type CheckEngine, type CheckRequest, type CheckResult, type EngineTestHooks} from '../vscode/engine.js';
import type {Finding} from '../core/index.js';
import {FindingDecoder} from '../vscode/finding-delta.js';
import {checkDeadline, describeDuration} from './check-deadline.js';
import type {CheckWorkerData, FromWorker, ToWorker} from './check-service.js';
import {RestartBackoff} from './restart-backoff.js';

/**
 * The part of a worker the engine uses: a `worker_threads` Worker has it
 * as it is (src/node/platform.ts), a Web Worker through a small adapter
 * (src/vscode/platform.ts), and tests put a stand-in there.
 */
export interface CheckWorker {
  readonly threadId: number;
  postMessage(message: ToWorker): void;
  terminate(): Promise<number>;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

/** The clock the engine's deadlines and restarts run on (tests drive a stand-in by hand). */
export interface EngineTimers {
  now(): number;
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What a {@link WorkerEngine} is made with; every part but `spawn` has a default. */
export interface WorkerEngineOptions {
  /** Starts a check worker (src/node/platform.ts: a `worker_threads` Worker with {@link workerMemoryLimitMb}; src/vscode/platform.ts: a Web Worker); throws if none can be started. */
  spawn: (data: CheckWorkerData) => CheckWorker;
  timers: EngineTimers;
  /** Milliseconds a check of a text this long may take. */
  deadline: (length: number) => number;
  backoff: RestartBackoff;
  /** The extension runs its own tests: {@link WorkerEngine.testHooks} work. */
  testing: boolean;
  /**
   * The engine every check goes to, for good, if the first worker fails
   * before it has answered anything: a host that lets a worker be made but
   * not load its script (a browser's content policy). Without one, that
   * worker is started again after the back-off like any other.
   */
  fallback?: () => CheckEngine;
}

/**
 * The most memory (old generation, MB) a check worker may use. A 2 MB draft
 * (the default `copydesk.maxFileSize`) needs a few hundred; past this the
 * worker is stopped (as a failure) instead of taking the machine's memory.
 */
export const workerMemoryLimitMb = 1536;

/** The usual clock (src/node/platform.ts passes one whose timers do not keep the process alive). */
export const plainTimers: EngineTimers = {
  now: () => Date.now(),
  setTimeout: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

interface Job {
  id: number;
  request: CheckRequest;
  resolve: (result: CheckResult) => void;
  reject: (error: Error) => void;
}

/**
 * Checks in a worker (a thread of its own), one at a time, each with a deadline
 * ({@link checkDeadline}: 10 s and 10 s more per million characters).
 *
 * - A check that runs past its deadline is stopped with its worker: it
 *   fails with a {@link CheckStoppedError} (its draft gets a notice), a new
 *   worker starts at once, and the checks waiting behind it go on there.
 * - A worker that fails (crashes, exits, runs out of memory) fails the
 *   check it was running the same way, and is started again after a wait
 *   that doubles with each failure in a row ({@link RestartBackoff}: 1, 2,
 *   4 … 60 s, from 1 s again after a stable minute); the waiting checks
 *   wait for it. Checks never move to the extension host's thread, which
 *   a draft that breaks the worker would stall or break too.
 *
 * The worker sends each result as a delta against the last one it sent for
 * the same document (its new findings in parts, each asked for in turn, so
 * that the host's thread reads one part a turn), so a finding that did not
 * change is the very object this engine handed out before (as it is on the
 * host's own thread). Each worker starts with no deltas, so the decoder is
 * cleared with it.
 */
export class WorkerEngine implements CheckEngine {
  private worker: CheckWorker | undefined;
  /** The check the worker has, and the parts of its result received so far (see {@link FromWorker}). */
  private running: {job: Job; timer: unknown; parts: Finding[][]} | undefined;
  private restart: unknown;
  private disposed = false;
  private nextId = 1;
  private readonly queue: Job[] = [];
  private readonly decoder = new FindingDecoder();
  private readonly options: WorkerEngineOptions;
  private readonly stalled = new Set<string>();
  private deadlineOverride: number | undefined;
  private readonly startListeners = new Set<(threadId: number) => void>();
  private readonly sendListeners = new Set<(key: string) => void>();
  /** Some worker has sent a message: workers can run here. */
  private answered = false;
  /** The engine that took over when no worker could run (see {@link WorkerEngineOptions.fallback}). */
  private fallen: CheckEngine | undefined;

  /** Starts the first worker; throws if it cannot be started (the caller then checks on its own thread). */
  constructor(
    private readonly log: (message: string) => void,
    options: Pick<WorkerEngineOptions, 'spawn'> & Partial<WorkerEngineOptions>
  ) {
    this.options = {timers: plainTimers, deadline: (length) => checkDeadline(length), backoff: new RestartBackoff(), testing: false, ...options};
    this.attach(this.options.spawn({testing: this.options.testing}));
  }

  check(request: CheckRequest): Promise<CheckResult> {
    if (this.disposed) return Promise.reject(new SupersededError('The extension is shutting down.'));
    if (this.fallen) return this.fallen.check(request);
    return new Promise((resolve, reject) => {
      // A newer check of the same document makes the one still waiting pointless.
      this.dropWaiting(request.key, 'A newer check of the same document came first.');
      this.queue.push({id: this.nextId++, request, resolve, reject});
      this.pump();
    });
  }

  forget(key: string): void {
    this.dropWaiting(key, 'The document was closed.');
    this.fallen?.forget(key);
    // A worker started since knows nothing of the document anyway.
    this.worker?.postMessage({type: 'forget', key} satisfies ToWorker);
  }

  dispose(): void {
    this.disposed = true;
    if (this.restart !== undefined) this.options.timers.clearTimeout(this.restart);
    this.restart = undefined;
    const running = this.running;
    this.running = undefined;
    if (running) {
      this.options.timers.clearTimeout(running.timer);
      running.job.reject(new SupersededError('The extension is shutting down.'));
    }
    for (const job of this.queue.splice(0)) job.reject(new SupersededError('The extension is shutting down.'));
    this.stopWorker();
    this.fallen?.dispose();
    this.startListeners.clear();
    this.sendListeners.clear();
  }

  get testHooks(): EngineTestHooks | undefined {
    if (!this.options.testing) return undefined;
    return {
      crashWorker: () => this.worker?.postMessage({type: 'crash'} satisfies ToWorker),
      stallChecksOf: (keys) => {
        this.stalled.clear();
        for (const key of keys) this.stalled.add(key);
      },
      setDeadline: (milliseconds) => {
        this.deadlineOverride = milliseconds;
      },
      workerThreadId: () => this.worker?.threadId,
      onDidStartWorker: (listener) => {
        this.startListeners.add(listener);
        return () => this.startListeners.delete(listener);
      },
      onDidSendCheck: (listener) => {
        this.sendListeners.add(listener);
        return () => this.sendListeners.delete(listener);
      }
    };
  }

  /** Start a worker (after a failure or a deadline); if that fails, try again after the back-off. */
  private start(): void {
    if (this.disposed || this.worker) return;
    let worker: CheckWorker;
    try {
      worker = this.options.spawn({testing: this.options.testing});
    } catch (error) {
      this.scheduleRestart(`it could not be started: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.attach(worker);
    this.pump();
  }

  private attach(worker: CheckWorker): void {
    this.worker = worker;
    this.options.backoff.started(this.options.timers.now());
    // Events of a worker this engine let go of (stopped, or failed before) concern nobody.
    worker.on('message', (message) => {
      if (worker === this.worker) this.didReceive(message);
    });
    worker.on('error', (error) => {
      if (worker === this.worker) this.didFail(describeWorkerError(error));
    });
    worker.on('exit', (code) => {
      if (worker === this.worker) this.didFail(`it exited with code ${code}`);
    });
    for (const listener of this.startListeners) listener(worker.threadId);
  }

  /** Hand the next waiting check to the worker, if it is free. */
  private pump(): void {
    const worker = this.worker;
    if (this.running || !worker) return;
    const job = this.queue.shift();
    if (!job) return;
    const {key} = job.request;
    const limit = this.deadlineOverride ?? this.options.deadline(job.request.text.length);
    const timer = this.options.timers.setTimeout(() => this.didMissDeadline(job, limit), limit);
    this.running = {job, timer, parts: []};
    worker.postMessage({type: 'check', id: job.id, request: job.request, ...(this.stalled.has(key) ? {stall: true as const} : {})} satisfies ToWorker);
    for (const listener of this.sendListeners) listener(key);
  }

  private didReceive(message: FromWorker): void {
    this.answered = true;
    if ('forgot' in message) {
      this.decoder.forget(message.forgot);
      return;
    }
    const running = this.running;
    if (!running || running.job.id !== message.id) return;
    if ('part' in message) {
      running.parts.push(message.part);
      this.worker?.postMessage({type: 'more', id: message.id} satisfies ToWorker);
      return;
    }
    if ('findings' in message) {
      let findings;
      try {
        const {base, delta} = message.findings;
        const whole = running.parts.length === 0 ? message.findings : {base, delta: {reused: delta.reused, added: [...running.parts.flat(), ...delta.added]}};
        findings = this.decoder.decode(message.key, message.id, whole);
      } catch (error) {
        // Out of step with the worker (a bug): every later result could be wrong, so start afresh.
        this.didFail(`its results were out of step (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
      this.finish(running);
      running.job.resolve({findings, dropped: message.dropped ?? [], ...(message.paragraphs ? {paragraphs: message.paragraphs} : {})});
    } else {
      this.finish(running);
      const error = new Error(message.error.message);
      if (message.error.stack) error.stack = message.error.stack;
      running.job.reject(error);
    }
    this.pump();
  }

  private finish(running: {timer: unknown}): void {
    this.options.timers.clearTimeout(running.timer);
    this.running = undefined;
  }

  /** The running check took too long: stop it with its worker, and carry on with a new one. */
  private didMissDeadline(job: Job, limit: number): void {
    const running = this.running;
    if (running?.job !== job) return;
    this.running = undefined;
    this.stopWorker();
    this.log(`A check took longer than ${describeDuration(limit)} and was stopped (${job.request.key}); a new check worker takes over.`);
    job.reject(new CheckStoppedError(`it took longer than ${describeDuration(limit)}`));
    this.start();
  }

  /** The worker failed: fail the check it ran, and start another after the back-off. */
  private didFail(reason: string): void {
    if (!this.answered && this.options.fallback) {
      this.fallBack(reason);
      return;
    }
    this.stopWorker();
    const running = this.running;
    this.running = undefined;
    if (running) {
      this.options.timers.clearTimeout(running.timer);
      running.job.reject(new CheckStoppedError(`the check worker failed (${reason})`));
    }
    this.scheduleRestart(reason);
  }

  /** No worker can run here: hand the running check and those waiting to the fallback engine, and all later ones. */
  private fallBack(reason: string): void {
    this.stopWorker();
    const fallen = (this.fallen = this.options.fallback!());
    this.log(`The check worker could not start (${reason}); checks run on the extension host thread.`);
    const jobs = this.queue.splice(0);
    if (this.running) {
      this.options.timers.clearTimeout(this.running.timer);
      jobs.unshift(this.running.job);
      this.running = undefined;
    }
    for (const job of jobs) fallen.check(job.request).then(job.resolve, job.reject);
  }

  private scheduleRestart(reason: string): void {
    if (this.disposed) return;
    const wait = this.options.backoff.failed(this.options.timers.now());
    this.log(`The check worker failed (${reason}); a new one starts in ${describeDuration(wait)}.`);
    this.restart = this.options.timers.setTimeout(() => {
      this.restart = undefined;
      this.start();
    }, wait);
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.decoder.clear();
    void worker?.terminate();
  }

  /** Reject the checks of `key` still waiting (not the one running). */
  private dropWaiting(key: string, why: string): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      if (this.queue[index].request.key === key) this.queue.splice(index, 1)[0].reject(new SupersededError(why));
    }
  }
}

/** What a worker's `error` event says, as the end of a sentence. (A worker may throw anything, not only an Error.) */
function describeWorkerError(error: unknown): string {
  if ((error as {code?: unknown} | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return `it ran out of memory; the limit is ${workerMemoryLimitMb} MB`;
  return error instanceof Error ? `${error.name}: ${error.message}` : `it threw ${String(error)}`;
}
