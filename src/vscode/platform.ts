import {InThreadEngine, type CheckEngine} from './engine.js';

/**
 * The platform seam. This is the web-worker host's version (and the
 * default): checks on the extension host's thread. scripts/build.mjs builds
 * the Node host's bundle with src/node/platform.ts in its place, which runs
 * checks in a worker thread; src/vscode/** itself never imports Node.
 */
export function createEngine(log: (message: string) => void, _testing = false): CheckEngine {
  log('Checks run on the extension host thread.');
  return new InThreadEngine();
}
