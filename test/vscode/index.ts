/**
 * Entry of the in-editor suite for VS Code's Node extension host: VS Code
 * loads this bundle (`extensionTestsPath`) and awaits `run()`. Mocha is
 * bundled in, so the test files are imported rather than found on disk.
 */
import Mocha from 'mocha';
import {runSuite} from './suite.js';

export async function run(): Promise<void> {
  // COPYDESK_VSCODE_GREP runs only the tests whose titles match (scripts/test-vscode.mjs passes it on).
  const grep = process.env.COPYDESK_VSCODE_GREP;
  const mocha = new Mocha({ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', ...(grep ? {grep} : {})});
  mocha.suite.emit('pre-require', globalThis, 'copydesk-vscode-suite', mocha);
  await runSuite(mocha);
}
