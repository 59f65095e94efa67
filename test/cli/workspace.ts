import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {FileSystem} from '../../src/cli/file-system.js';
import type {ReplaceHooks} from '../../src/cli/replace-file.js';
import {run, type CliEnvironment} from '../../src/cli/run.js';

/** A temporary folder of drafts; `.git` marks it as the workspace root so nothing above it is read for ignores. */
export async function workspace(files: Record<string, string | Uint8Array>): Promise<{root: string; remove(): Promise<void>}> {
  const root = await mkdtemp(path.join(tmpdir(), 'copydesk-cli-'));
  await mkdir(path.join(root, '.git'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), {recursive: true});
    await writeFile(path.join(root, name), content);
  }
  return {root, remove: () => rm(root, {recursive: true, force: true})};
}

/** What one run of the command line printed and returned. */
export interface CliOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the command line in-process, as a shell in `cwd` would; standard input is given whole, or as a stream of chunks. */
export async function cli(
  argv: string[],
  options: {
    cwd: string;
    stdin?: string | Uint8Array | AsyncIterable<Uint8Array>;
    env?: Record<string, string>;
    isTTY?: boolean;
    fs?: FileSystem;
    createChecker?: CliEnvironment['createChecker'];
    fixHooks?: ReplaceHooks;
  }
): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const status = await run({
    argv,
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: {write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false},
    stderr: {write: (text: string) => (stderr += text)},
    stdin: streamOf(options.stdin),
    fs: options.fs,
    createChecker: options.createChecker,
    fixHooks: options.fixHooks
  });
  return {status, stdout, stderr};
}

async function* streamOf(input: string | Uint8Array | AsyncIterable<Uint8Array> | undefined): AsyncIterable<Uint8Array> {
  if (input === undefined) return;
  if (typeof input === 'string') yield new TextEncoder().encode(input);
  else if (input instanceof Uint8Array) yield input;
  else yield* input;
}

/** Settings that switch off `needs-attribution`, so a test about repeats sees only repeats. */
export const repeatsOnly = JSON.stringify({rules: {'needs-attribution': 'off'}});

// Fixture paragraphs, written for these tests: long enough (8+ words) to be compared, plain enough to need no source.
export const library = 'The town library opened its new reading room on Saturday morning with a short ceremony.';
export const orchard = 'Children from the primary school planted twelve apple trees in the community orchard last week.';
export const tram = 'The tram line along the river road closed for three days while engineers replaced the rails.';

/**
 * `count` paragraphs of made-up but word-like prose, each different enough
 * from the others that no two are near copies: a large draft whose only
 * repeat is the one a test adds.
 */
export function distinctParagraphs(count: number): string[] {
  const words = ('harbour council ferry market bridge school budget river station library orchard tram engineer mayor summer winter ' +
    'teacher farmer museum garden planning village coast island railway festival hospital factory stadium theatre parish ' +
    'weather harvest lantern quarry meadow chapel granary windmill orchestra bakery pottery foundry dockyard lighthouse ' +
    'cathedral vineyard greenhouse observatory marina pavilion workshop warehouse tannery brewery').split(' ');
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const sentence = () => {
    const chosen = Array.from({length: 12}, () => words[next() % words.length]);
    return chosen[0][0].toUpperCase() + chosen.join(' ').slice(1) + '.';
  };
  return Array.from({length: count}, () => `${sentence()} ${sentence()} ${sentence()}`);
}
