// The Web Worker's bundle as text (scripts/build.mjs bundles src/web/check-worker.ts into it), so the extension stays one file.
import workerSource from 'copydesk:web-check-worker';
import type {CheckWorkerData, FromWorker, ToWorker} from '../worker/check-service.js';
import {WorkerEngine, type CheckWorker} from '../worker/worker-engine.js';
import {InThreadEngine, type CheckEngine} from './engine.js';

/**
 * The platform seam. This is the web-worker host's version (and the
 * default): checks in a Web Worker started from the extension host's
 * worker, run by the same engine as the Node host's worker thread (a
 * deadline per check, restarts after failures), so that checking a long
 * draft never stalls the extension host. Where no worker can be made, or
 * the first cannot load, checks run on the extension host's thread.
 * scripts/build.mjs builds the Node host's bundle with src/node/platform.ts
 * in its place; src/vscode/** itself never imports Node.
 */
export function createEngine(log: (message: string) => void, testing = false): CheckEngine {
  if (typeof Worker !== 'function') {
    log('No Web Workers here; checks run on the extension host thread.');
    return new InThreadEngine();
  }
  try {
    const engine = new WorkerEngine(log, {spawn: spawnCheckWorker, testing, fallback: () => new InThreadEngine()});
    log('Checks run in a Web Worker.');
    return engine;
  } catch (error) {
    log(`No Web Worker (${error instanceof Error ? error.message : String(error)}); checks run on the extension host thread.`);
    return new InThreadEngine();
  }
}

/** Blob URLs of the worker's script, by its start data: made once, as a worker may load its script after `new Worker` returns. */
const scriptUrls = new Map<string, string>();
let workersStarted = 0;

/**
 * A check worker as the engine sees one. A Web Worker has no thread id (the
 * tests tell workers apart by it), so each is numbered; it never exits by
 * itself, so `exit` is never sent.
 */
function spawnCheckWorker(data: CheckWorkerData): CheckWorker {
  const start = `var copydeskWorkerData = ${JSON.stringify(data)};\n`;
  let url = scriptUrls.get(start);
  if (!url) {
    url = URL.createObjectURL(new Blob([start, workerSource], {type: 'text/javascript'}));
    scriptUrls.set(start, url);
  }
  const worker = new Worker(url, {name: 'copydesk-checks'});
  const threadId = ++workersStarted;
  return {
    threadId,
    postMessage: (message: ToWorker) => worker.postMessage(message),
    terminate: () => {
      worker.terminate();
      return Promise.resolve(0);
    },
    on(event: 'message' | 'error' | 'exit', listener: (value: never) => void) {
      if (event === 'message') worker.addEventListener('message', (message) => (listener as (message: FromWorker) => void)(message.data as FromWorker));
      else if (event === 'error') {
        worker.addEventListener('error', (error) => {
          // Handled here: unhandled, the browser would throw it again in the extension host.
          error.preventDefault();
          (listener as (error: unknown) => void)(error.error ?? new Error(error.message || 'the worker could not run its script'));
        });
        worker.addEventListener('messageerror', () => (listener as (error: unknown) => void)(new Error('a message from it could not be read')));
      }
      return undefined;
    }
  } as CheckWorker;
}
