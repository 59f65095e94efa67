/** The web-worker host's stand-in for test/vscode/command-line.ts: no process can run there. */
export function runCommandLine(): undefined {
  return undefined;
}
