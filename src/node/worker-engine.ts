import {Worker} from 'node:worker_threads';
// The worker's bundle as text (scripts/build.mjs bundles src/node/check-worker.ts into it), so the extension stays one file.
import workerSource from 'copydesk:check-worker';
import type {Finding} from '../core/index.js';
import {InThreadEngine, SupersededError, type CheckEngine, type CheckRequest} from '../vscode/engine.js';
import type {FromWorker, ToWorker} from './check-worker.js';

/**
 * Checks in a worker thread. If the worker dies, the checks waiting on it
 * are retried, and every later one runs, on the extension host's thread.
 */
export class WorkerEngine implements CheckEngine {
  private worker: Worker | undefined;
  private fallback: InThreadEngine | undefined;
  private nextId = 1;
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
    for (const {reject} of this.pending.values()) reject(new SupersededError('The extension is shutting down.'));
    this.pending.clear();
  }

  private didReceive(message: FromWorker): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if ('findings' in message) waiting.resolve(message.findings as Finding[]);
    else if ('superseded' in message) waiting.reject(new SupersededError('A newer check of the same document came first.'));
    else waiting.reject(new Error(message.error));
  }

  private didFail(reason: string): void {
    if (!this.worker) return;
    this.worker = undefined;
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
