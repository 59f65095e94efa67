/**
 * The `copydesk` command (bundled to dist/cli.js, package.json `bin`). All
 * the work is in run.ts, which tests call in-process; this file only binds
 * it to the real process.
 */
import {run} from './run.js';

// `copydesk check drafts | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin
});
