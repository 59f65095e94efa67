/**
 * Entry of the in-editor suite for VS Code's Node extension host: VS Code
 * loads this bundle (`extensionTestsPath`) and awaits `run()`. Mocha is
 * bundled in, so the test files are imported rather than found on disk.
 */
import Mocha from 'mocha';
import {loadSuite} from './suite.js';

export async function run(): Promise<void> {
  // COPYDESK_VSCODE_GREP runs only the tests whose titles match (scripts/test-vscode.mjs passes it on).
  const grep = process.env.COPYDESK_VSCODE_GREP;
  const mocha = new Mocha({ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', ...(grep ? {grep} : {})});
  mocha.suite.emit('pre-require', globalThis, 'copydesk-vscode-suite', mocha);
  await loadSuite();
  let total = 0;
  const failures = await new Promise<number>((resolve) => {
    total = mocha.run(resolve).total;
  });
  // A run that ran nothing (a grep matching no title, a suite that failed to register) is no pass.
  if (total === 0) throw new Error('No tests ran.');
  if (failures > 0) throw new Error(`${failures} of the extension's tests failed.`);
}
