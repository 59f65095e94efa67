/**
 * Entry of the same suite for VS Code's web-worker extension host
 * (`COPYDESK_VSCODE_HOST=web`): mocha's own browser build, which needs
 * neither Node nor a DOM, with the spec reporter writing to the console.
 */
import mocha from 'mocha/mocha.js';
import {runSuite} from './suite.js';

export async function run(): Promise<void> {
  mocha.setup({ui: 'bdd', reporter: undefined, color: false, timeout: 30_000});
  await runSuite(mocha);
}
