import {Worker} from 'node:worker_threads';
// The worker's bundle as text (scripts/build.mjs bundles src/node/check-worker.ts into it), so the extension stays one file.
import workerSource from 'copydesk:check-worker';
import {InThreadEngine, type CheckEngine} from '../vscode/engine.js';
import type {CheckWorkerData} from '../worker/check-service.js';
import {WorkerEngine, workerMemoryLimitMb, type CheckWorker, type EngineTimers} from '../worker/worker-engine.js';

/**
 * The Node extension host's side of the platform seam (see
 * src/vscode/platform.ts): checks in a worker thread, so that checking a
 * long draft never stalls the extension host, with a deadline per check
 * and a worker that is started again when it fails; on the host's thread
 * only if no worker can be started at all.
 */
export function createEngine(log: (message: string) => void, testing = false): CheckEngine {
  try {
    const engine = new WorkerEngine(log, {spawn: spawnCheckWorker, timers: unrefTimers, testing});
    log('Checks run in a worker thread.');
    return engine;
  } catch (error) {
    log(`No worker thread (${error instanceof Error ? error.message : String(error)}); checks run on the extension host thread.`);
    return new InThreadEngine();
  }
}

/** The engine's timers: the extension host may exit while one is pending. */
const unrefTimers: EngineTimers = {
  now: () => Date.now(),
  setTimeout: (callback, milliseconds) => setTimeout(callback, milliseconds).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** A check worker, its memory capped so that a draft that needs too much stops the worker, not the machine. */
function spawnCheckWorker(data: CheckWorkerData): CheckWorker {
  const worker = new Worker(workerSource, {eval: true, name: 'copydesk-checks', workerData: data, resourceLimits: {maxOldGenerationSizeMb: workerMemoryLimitMb}});
  // The extension host may exit while a worker runs.
  worker.unref();
  return worker;
}
