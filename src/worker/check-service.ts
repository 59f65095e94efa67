/**
 * What a check worker does, whichever thread it is (a Node worker thread
 * for the Node extension host, src/node/check-worker.ts; a Web Worker for
 * the web-worker host, src/web/check-worker.ts): one checker per document,
 * as on the host's thread. The engine (src/worker/worker-engine.ts) sends
 * one check at a time and keeps the queue itself, so that it can stop the
 * worker when a check runs past its deadline and hand the checks still
 * waiting to a new one.
 *
 * Findings go back as a delta against the last findings sent for the same
 * document (src/vscode/finding-delta.ts): after an edit most are the
 * checker's very same objects, and copying thousands of them to the host
 * took longer than the re-check itself. The new findings of a result go a
 * part at a time ({@link resultPartSize}), each after the engine asked for
 * it: reading the 4,000 findings of a long draft's first check at once
 * held the host's thread for 35 to 100 ms, and parts sent all together
 * are read in one turn of a Node event loop.
 */
import {CheckerCache, type CheckRequest} from '../vscode/engine.js';
import type {DroppedSetting} from '../vscode/checker-settings.js';
import {FindingEncoder, type EncodedFindings} from '../vscode/finding-delta.js';
import type {DraftParagraph, Finding} from '../core/index.js';

/** What the engine tells the worker when it starts it. */
export interface CheckWorkerData {
  /** The extension runs its own tests: `stall` and `crash` are obeyed. */
  testing: boolean;
}

/**
 * Messages from the engine. `more` asks for the next part of the result of
 * check `id`. `stall` (tests only) makes the check spin until the engine's
 * deadline stops the worker; `crash` (tests only) throws an uncaught error.
 */
export type ToWorker = {type: 'check'; id: number; request: CheckRequest; stall?: true} | {type: 'more'; id: number} | {type: 'forget'; key: string} | {type: 'crash'};
/**
 * Messages to the engine. A result is its `part`s, if any (the first new
 * findings, in order, each sent after a `more`), then its `findings`,
 * whose delta adds the rest. `forgot` acknowledges a `forget`: the engine
 * drops its copy of the document's last findings only then, so results
 * sent before the worker forgot are still read against the list they were
 * encoded from.
 */
export type FromWorker =
  | {id: number; key: string; part: Finding[]}
  | {id: number; key: string; findings: EncodedFindings; dropped?: readonly DroppedSetting[]; paragraphs?: DraftParagraph[]}
  | {id: number; error: {message: string; stack?: string}}
  | {forgot: string};

/** The worker's end of the channel to the engine, as each kind of worker provides it. */
export interface WorkerPort {
  postMessage(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
  /** Throw `error` outside any handler, so that it is the worker's uncaught error (tests only). */
  throwUncaught(error: Error): void;
}

/** New findings sent in one message at most (some 1 KB each, a few milliseconds' reading for the host per part). */
export const resultPartSize = 256;

/** Answer the engine's messages on `port` for as long as the worker lives. */
export function serveChecks(port: WorkerPort, {testing}: CheckWorkerData): void {
  const cache = new CheckerCache();
  const encoder = new FindingEncoder();
  /** The result going out a part at a time: the parts still to send, and its last message. */
  let sending: {id: number; key: string; parts: Finding[][]; last: FromWorker} | undefined;
  /** Messages that came while a result went out: a `forget` then would be acknowledged before the result it is relative to. */
  const deferred: ToWorker[] = [];

  const send = (id: number, key: string, encoded: EncodedFindings, dropped: readonly DroppedSetting[], paragraphs: DraftParagraph[] | undefined) => {
    const {added} = encoded.delta;
    const parts: Finding[][] = [];
    for (let at = 0; added.length - at > resultPartSize; at += resultPartSize) parts.push(added.slice(at, at + resultPartSize));
    const rest = parts.length === 0 ? encoded : {base: encoded.base, delta: {reused: encoded.delta.reused, added: added.slice(parts.length * resultPartSize)}};
    const last: FromWorker = {id, key, findings: rest, ...(dropped.length > 0 ? {dropped} : {}), ...(paragraphs ? {paragraphs} : {})};
    if (parts.length === 0) {
      port.postMessage(last);
      return;
    }
    sending = {id, key, parts, last};
    port.postMessage({id, key, part: parts.shift()!});
  };

  const sendMore = (id: number) => {
    if (sending?.id !== id) return;
    const part = sending.parts.shift();
    if (part) {
      port.postMessage({id, key: sending.key, part});
      return;
    }
    port.postMessage(sending.last);
    sending = undefined;
    for (const message of deferred.splice(0)) handle(message);
  };

  const check = async ({id, request, stall}: {id: number; request: CheckRequest; stall?: true}) => {
    try {
      if (stall && testing) spin();
      const {findings, dropped, paragraphs} = await cache.check(request);
      send(id, request.key, encoder.encode(request.key, id, findings), dropped, paragraphs);
    } catch (error) {
      // Whatever failed, the engine did not receive these findings: the next result must not be relative to them.
      encoder.forget(request.key);
      const failure = error instanceof Error ? {message: `${error.name}: ${error.message}`, stack: error.stack} : {message: String(error)};
      port.postMessage({id, error: failure});
    }
  };

  const handle = (message: ToWorker) => {
    if (message.type === 'more') {
      sendMore(message.id);
    } else if (sending) {
      deferred.push(message);
    } else if (message.type === 'forget') {
      cache.forget(message.key);
      encoder.forget(message.key);
      port.postMessage({forgot: message.key});
    } else if (message.type === 'crash') {
      if (testing) port.throwUncaught(new Error('The check worker was crashed on purpose by a test.'));
    } else {
      void check(message);
    }
  };
  port.onMessage(handle);
}

/** Busy the thread for good, as a check stuck in a pathological input would (only `terminate` ends it). */
function spin(): void {
  for (let turns = 0; turns >= 0; turns = (turns + 1) % 1_000_000);
}
