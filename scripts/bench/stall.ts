/**
 * How long a check holds the extension host's thread: the longest stretch
 * between two turns of a probe that runs on every turn of the event loop.
 * Checks made in a worker go the way both extension hosts make them: the
 * engine of src/worker/worker-engine.ts, and a worker running the check
 * service, bundled as the extension bundles it (the web host's worker is
 * a Web Worker with the same service on another port).
 */
import {build} from 'esbuild';
import {Worker} from 'node:worker_threads';
import type {CheckWorkerData} from '../../src/worker/check-service.js';
import {WorkerEngine, type CheckWorker} from '../../src/worker/worker-engine.js';

/** The result of `work`, and the longest the event loop went without turning while it ran (its own synchronous part included). */
export async function longestSlice<T>(work: () => Promise<T>): Promise<{result: T; longestMs: number}> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const probe = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(probe);
  };
  setImmediate(probe);
  const result = await work();
  running = false;
  // Up to the result in hand: what the caller does with it comes next.
  return {result, longestMs: Math.max(longest, performance.now() - last)};
}

/** An engine whose checks run in a worker thread started from the bundled src/node/check-worker.ts. */
export async function workerEngine(): Promise<WorkerEngine> {
  const bundle = await build({entryPoints: ['src/node/check-worker.ts'], bundle: true, format: 'cjs', platform: 'node', target: 'es2022', write: false, logLevel: 'warning', minifyWhitespace: true, minifySyntax: true});
  const source = bundle.outputFiles[0].text;
  return new WorkerEngine(() => undefined, {spawn: (data: CheckWorkerData) => new Worker(source, {eval: true, workerData: data}) as CheckWorker});
}

/**
 * The floor the probe measures with no check at all: this thread idle while
 * another thread of the process spins for `milliseconds`, as a worker
 * checking does. On a machine with few cores and other work, the time this
 * thread is not scheduled shows here as well as in the checks' figures.
 */
export async function floorWhileAThreadSpins(milliseconds: number): Promise<number> {
  const spinner = new Worker(`const end = Date.now() + ${milliseconds}; while (Date.now() < end); require('node:worker_threads').parentPort.postMessage('done');`, {eval: true});
  try {
    return (await longestSlice(() => new Promise((resolve) => spinner.once('message', resolve)))).longestMs;
  } finally {
    await spinner.terminate();
  }
}

