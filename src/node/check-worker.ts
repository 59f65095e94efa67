/**
 * The worker thread that runs checks for the Node extension host: the
 * check service (src/worker/check-service.ts) on a `worker_threads` port.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {serveChecks, type CheckWorkerData, type FromWorker, type ToWorker} from '../worker/check-service.js';

const port = parentPort;
if (port) {
  serveChecks(
    {
      postMessage: (message: FromWorker) => port.postMessage(message),
      onMessage: (listener: (message: ToWorker) => void) => port.on('message', listener),
      throwUncaught: (error) =>
        setImmediate(() => {
          throw error;
        })
    },
    {testing: (workerData as CheckWorkerData | undefined)?.testing === true}
  );
}
