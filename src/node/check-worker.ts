/**
 * The worker thread that runs checks for the Node extension host
 * (src/node/worker-engine.ts): one checker per document, as on the host's
 * thread. A request that a newer one for the same document overtook while
 * it waited is answered `superseded` without being checked.
 *
 * Findings go back as a delta against the last findings sent for the same
 * document (src/vscode/finding-delta.ts): after an edit most are the
 * checker's very same objects, and copying thousands of them to the host
 * took longer than the re-check itself.
 */
import {parentPort} from 'node:worker_threads';
import {CheckerCache, type CheckRequest} from '../vscode/engine.js';
import {FindingEncoder, type EncodedFindings} from '../vscode/finding-delta.js';

/** Messages from the engine. */
export type ToWorker = {type: 'check'; id: number; request: CheckRequest} | {type: 'forget'; key: string};
/**
 * Messages to the engine. `forgot` acknowledges a `forget`: the engine
 * drops its copy of the document's last findings only then, so results
 * sent before the worker forgot are still read against the list they were
 * encoded from.
 */
export type FromWorker =
  | {id: number; key: string; findings: EncodedFindings}
  | {id: number; superseded: true}
  | {id: number; error: string}
  | {forgot: string};

const port = parentPort;
if (port) {
  const cache = new CheckerCache();
  const encoder = new FindingEncoder();
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
        port.postMessage({id, key: request.key, findings: encoder.encode(request.key, id, await cache.check(request))} satisfies FromWorker);
      } catch (error) {
        // Whatever failed, the engine did not receive these findings: the next result must not be relative to them.
        encoder.forget(request.key);
        port.postMessage({id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies FromWorker);
      }
    }
    running = false;
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'forget') {
      cache.forget(message.key);
      encoder.forget(message.key);
      latest.delete(message.key);
      port.postMessage({forgot: message.key} satisfies FromWorker);
      return;
    }
    latest.set(message.request.key, message.id);
    queue.push(message);
    void next();
  });
}
