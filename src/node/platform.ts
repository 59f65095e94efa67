import {InThreadEngine, type CheckEngine} from '../vscode/engine.js';
import {WorkerEngine} from './worker-engine.js';

/**
 * The Node extension host's side of the platform seam (see
 * src/vscode/platform.ts): checks in a worker thread, so that checking a
 * long draft never stalls the extension host; on the host's thread if a
 * worker cannot be started.
 */
export function createEngine(log: (message: string) => void): CheckEngine {
  try {
    const engine = new WorkerEngine(log);
    log('Checks run in a worker thread.');
    return engine;
  } catch (error) {
    log(`No worker thread (${error instanceof Error ? error.message : String(error)}); checks run on the extension host thread.`);
    return new InThreadEngine();
  }
}
