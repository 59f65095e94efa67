/**
 * The worker thread that runs checks for the Node extension host
 * (src/node/worker-engine.ts): one checker per document, as on the host's
 * thread. A request that a newer one for the same document overtook while
 * it waited is answered `superseded` without being checked.
 */
import {parentPort} from 'node:worker_threads';
import {CheckerCache, type CheckRequest} from '../vscode/engine.js';

/** Messages from the engine. */
export type ToWorker = {type: 'check'; id: number; request: CheckRequest} | {type: 'forget'; key: string};
/** Messages to the engine. */
export type FromWorker = {id: number; findings: unknown[]} | {id: number; superseded: true} | {id: number; error: string};

const port = parentPort;
if (port) {
  const cache = new CheckerCache();
  const latest = new Map<string, number>();
  const queue: Array<{id: number; request: CheckRequest}> = [];
  let running = false;

  const next = async () => {
    if (running) return;
    running = true;
    for (let item = queue.shift(); item; item = queue.shift()) {
      const {id, request} = item;
      if (latest.get(request.key) !== id) {
        port.postMessage({id, superseded: true} satisfies FromWorker);
        continue;
      }
      try {
        port.postMessage({id, findings: await cache.check(request)} satisfies FromWorker);
      } catch (error) {
        port.postMessage({id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies FromWorker);
      }
    }
    running = false;
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'forget') {
      cache.forget(message.key);
      latest.delete(message.key);
      return;
    }
    latest.set(message.request.key, message.id);
    queue.push(message);
    void next();
  });
}
