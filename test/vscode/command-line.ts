/**
 * Runs the built command line (`dist/cli.js` of the extension under test)
 * on the test workspace, for tests that compare what it reports with what
 * the editor shows. The web-worker host cannot run a process: its build
 * takes test/vscode/web/command-line.ts instead, which runs nothing.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';

/** The JSON report's findings (docs/cli-json.md) of `copydesk check --format json` on `paths`, run in `cwd`; `undefined` where no process can run. */
export function runCommandLine(extensionPath: string, cwd: string, paths: string[]): Array<{path: string; findings: Array<{line: number; column: number; rule: string; severity: string}>}> | undefined {
  const run = spawnSync(process.execPath, [path.join(extensionPath, 'dist', 'cli.js'), 'check', '--format', 'json', ...paths], {cwd, encoding: 'utf8', env: {...process.env, ELECTRON_RUN_AS_NODE: '1'}});
  if (run.status !== 0 && run.status !== 1) throw new Error(`copydesk exited ${String(run.status)}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as {files: Array<{path: string; findings: Array<{line: number; column: number; rule: string; severity: string}>}>}).files;
}
