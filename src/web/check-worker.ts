/**
 * The Web Worker that runs checks for the web-worker extension host
 * (vscode.dev): the check service (src/worker/check-service.ts) on the
 * worker's own global scope. src/vscode/platform.ts starts it from a blob
 * holding this bundle, with `copydeskWorkerData` defined before it.
 */
import {serveChecks, type CheckWorkerData, type FromWorker, type ToWorker} from '../worker/check-service.js';

/** The parts of a worker's global scope used here (the project's types describe a window, not a worker). */
interface WorkerScope {
  copydeskWorkerData?: CheckWorkerData;
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: {data: ToWorker}) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
serveChecks(
  {
    postMessage: (message) => scope.postMessage(message),
    onMessage: (listener) => scope.addEventListener('message', (event) => listener(event.data)),
    throwUncaught: (error) =>
      setTimeout(() => {
        throw error;
      })
  },
  {testing: scope.copydeskWorkerData?.testing === true}
);
