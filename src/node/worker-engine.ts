import {Worker} from 'node:worker_threads';
// The worker's bundle as text (scripts/build.mjs bundles src/node/check-worker.ts into it), so the extension stays one file.
import workerSource from 'copydesk:check-worker';
import type {Finding} from '../core/index.js';
import {InThreadEngine, SupersededError, type CheckEngine, type CheckRequest} from '../vscode/engine.js';
import {FindingDecoder} from '../vscode/finding-delta.js';
import type {FromWorker, ToWorker} from './check-worker.js';

/**
 * Checks in a worker thread. If the worker dies, the checks waiting on it
 * are retried, and every later one runs, on the extension host's thread.
 *
 * The worker sends each result as a delta against the last one it sent for
 * the same document, so a finding that did not change is the very object
 * this engine handed out before (as it is on the host's own thread).
 * Every result is decoded as it arrives, in order, whether or not anyone
 * still waits for it: the decoder's lists are then always the worker's.
 */
export class WorkerEngine implements CheckEngine {
  private worker: Worker | undefined;
  private fallback: InThreadEngine | undefined;
  private nextId = 1;
  private readonly decoder = new FindingDecoder();
  private readonly pending = new Map<number, {request: CheckRequest; resolve: (findings: Finding[]) => void; reject: (error: Error) => void}>();

  constructor(private readonly log: (message: string) => void) {
    const worker = new Worker(workerSource, {eval: true, name: 'copydesk-checks'});
    worker.unref();
    worker.on('message', (message: FromWorker) => this.didReceive(message));
    worker.on('error', (error) => this.didFail(error.message));
    worker.on('exit', (code) => {
      if (this.worker) this.didFail(`exited with code ${code}`);
    });
    this.worker = worker;
  }

  check(request: CheckRequest): Promise<Finding[]> {
    if (!this.worker) return this.inThread().check(request);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {request, resolve, reject});
      this.worker?.postMessage({type: 'check', id, request} satisfies ToWorker);
    });
  }

  forget(key: string): void {
    this.worker?.postMessage({type: 'forget', key} satisfies ToWorker);
    this.fallback?.forget(key);
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.fallback?.dispose();
    this.decoder.clear();
    for (const {reject} of this.pending.values()) reject(new SupersededError('The extension is shutting down.'));
    this.pending.clear();
  }

  private didReceive(message: FromWorker): void {
    // Once the worker failed, its last messages answer nobody (the checks it owed were retried on this thread).
    if (!this.worker) return;
    if ('forgot' in message) {
      this.decoder.forget(message.forgot);
      return;
    }
    if ('findings' in message) {
      let findings: Finding[];
      try {
        findings = this.decoder.decode(message.key, message.id, message.findings);
      } catch (error) {
        // Out of step with the worker (a bug): every later result could be wrong, so stop using it.
        this.didFail(error instanceof Error ? error.message : String(error));
        return;
      }
      this.settle(message.id)?.resolve(findings);
      return;
    }
    const waiting = this.settle(message.id);
    if (!waiting) return;
    if ('superseded' in message) waiting.reject(new SupersededError('A newer check of the same document came first.'));
    else waiting.reject(new Error(message.error));
  }

  /** The check waiting on `id`, no longer pending. */
  private settle(id: number) {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    return waiting;
  }

  private didFail(reason: string): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    void worker.terminate();
    this.decoder.clear();
    this.log(`The check worker failed (${reason}); checks now run on the extension host thread.`);
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const {request, resolve, reject} of waiting) this.inThread().check(request).then(resolve, reject);
  }

  private inThread(): InThreadEngine {
    this.fallback ??= new InThreadEngine();
    return this.fallback;
  }
}
