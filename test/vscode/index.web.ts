/**
 * Entry of the same suite for VS Code's web-worker extension host
 * (`COPYDESK_VSCODE_HOST=web`): mocha's own browser build, which needs
 * neither Node nor a DOM, with the spec reporter writing to the console.
 */
import mocha from 'mocha/mocha.js';
import {loadSuite} from './suite.js';

export async function run(): Promise<void> {
  mocha.setup({ui: 'bdd', reporter: undefined, color: false, timeout: 30_000});
  await loadSuite();
  let total = 0;
  const failures = await new Promise<number>((resolve) => {
    total = mocha.run(resolve).total;
  });
  // A run that ran nothing (a grep matching no title, a suite that failed to register) is no pass.
  if (total === 0) throw new Error('No tests ran.');
  if (failures > 0) throw new Error(`${failures} of the extension's tests failed.`);
}
