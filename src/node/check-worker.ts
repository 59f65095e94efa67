/**
 * The worker thread that runs checks for the Node extension host
 * (src/node/worker-engine.ts): one checker per document, as on the host's
 * thread. The engine sends one check at a time and keeps the queue itself,
 * so that it can stop this thread when a check runs past its deadline and
 * hand the checks still waiting to a new one.
 *
 * Findings go back as a delta against the last findings sent for the same
 * document (src/vscode/finding-delta.ts): after an edit most are the
 * checker's very same objects, and copying thousands of them to the host
 * took longer than the re-check itself.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {CheckerCache, type CheckRequest} from '../vscode/engine.js';
import type {DroppedSetting} from '../vscode/checker-settings.js';
import type {DraftParagraph} from '../core/index.js';
import {FindingEncoder, type EncodedFindings} from '../vscode/finding-delta.js';

/** What the engine tells the worker when it starts it. */
export interface CheckWorkerData {
  /** The extension runs its own tests: `stall` and `crash` are obeyed. */
  testing: boolean;
}

/**
 * Messages from the engine. `stall` (tests only) makes the check spin
 * until the engine's deadline stops the thread; `crash` (tests only)
 * throws an uncaught error.
 */
export type ToWorker = {type: 'check'; id: number; request: CheckRequest; stall?: true} | {type: 'forget'; key: string} | {type: 'crash'};
/**
 * Messages to the engine. `forgot` acknowledges a `forget`: the engine
 * drops its copy of the document's last findings only then, so results
 * sent before the worker forgot are still read against the list they were
 * encoded from.
 */
export type FromWorker =
  | {id: number; key: string; findings: EncodedFindings; dropped?: readonly DroppedSetting[]; paragraphs?: DraftParagraph[]}
  | {id: number; error: {message: string; stack?: string}}
  | {forgot: string};

const port = parentPort;
if (port) {
  const testing = (workerData as CheckWorkerData | undefined)?.testing === true;
  const cache = new CheckerCache();
  const encoder = new FindingEncoder();

  const check = async ({id, request, stall}: {id: number; request: CheckRequest; stall?: true}) => {
    try {
      if (stall && testing) spin();
      const {findings, dropped, paragraphs} = await cache.check(request);
      port.postMessage({id, key: request.key, findings: encoder.encode(request.key, id, findings), ...(dropped.length > 0 ? {dropped} : {}), ...(paragraphs ? {paragraphs} : {})} satisfies FromWorker);
    } catch (error) {
      // Whatever failed, the engine did not receive these findings: the next result must not be relative to them.
      encoder.forget(request.key);
      const failure = error instanceof Error ? {message: `${error.name}: ${error.message}`, stack: error.stack} : {message: String(error)};
      port.postMessage({id, error: failure} satisfies FromWorker);
    }
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'forget') {
      cache.forget(message.key);
      encoder.forget(message.key);
      port.postMessage({forgot: message.key} satisfies FromWorker);
    } else if (message.type === 'crash') {
      if (testing) {
        setImmediate(() => {
          throw new Error('The check worker was crashed on purpose by a test.');
        });
      }
    } else {
      void check(message);
    }
  });
}

/** Busy the thread for good, as a check stuck in a pathological input would (only `terminate` ends it). */
function spin(): void {
  for (let turns = 0; turns >= 0; turns = (turns + 1) % 1_000_000);
}
