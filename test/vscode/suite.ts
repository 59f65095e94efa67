/**
 * The suite's test files, in the order they run. Imported (so that they
 * register with mocha) only after `pre-require` has set up `describe`/`it`:
 * the entries for the Node host (index.ts) and the web-worker host
 * (index.web.ts) both call this.
 */
export async function loadSuite(): Promise<void> {
  // The first test asserts the extension is active.
  await import('./activation.test.js');
  await import('./diagnostics.test.js');
  await import('./code-actions.test.js');
  await import('./fix-on-save.test.js');
  await import('./settings.test.js');
  await import('./ignore.test.js');
  await import('./config-file.test.js');
  await import('./commands.test.js');
  await import('./status-bar.test.js');
  await import('./near-copy-hover.test.js');
  await import('./review-view.test.js');
  await import('./export-review.test.js');
  await import('./long-document.test.js');
  await import('./check-worker.test.js');
}

/** What both entries' mocha objects offer for a run. */
interface Runner {
  run(done: (failures: number) => void): {total: number};
}

/**
 * Load the suite, run it, and reject unless every test passed. A run that
 * ran nothing (a grep matching no title, a suite that failed to register)
 * is no pass.
 */
export async function runSuite(runner: Runner): Promise<void> {
  await loadSuite();
  let total = 0;
  const failures = await new Promise<number>((resolve) => {
    total = runner.run(resolve).total;
  });
  if (total === 0) throw new Error('No tests ran.');
  if (failures > 0) throw new Error(`${failures} of the extension's tests failed.`);
}
