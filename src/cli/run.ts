import path from 'node:path';
import packageJson from '../../package.json' with {type: 'json'};
import {ConfigError} from '../core/config.js';
import {createChecker, type Checker} from '../core/index.js';
import type {Finding, PartialSettings} from '../core/types.js';
import {helpText, parseArgs, type CheckCommandOptions} from './args.js';
import {SettingsLookup} from './config-lookup.js';
import {discover, type Target} from './discover.js';
import {CliError} from './errors.js';
import {nodeFileSystem, type FileSystem} from './file-system.js';
import {fixRepeats, removalNotice, writeFixed} from './fix.js';
import {formatJson} from './format-json.js';
import {formatText, useColor} from './format-text.js';
import {IgnoredLookup} from './ignored.js';
import type {ReplaceHooks} from './replace-file.js';
import {sortResults, type FileResult} from './results.js';
import {readDraftFile, readDraftStream, type Source} from './source.js';

/**
 * Everything the command line touches, so tests can run it in-process:
 * arguments, working folder, environment, the two output streams, standard
 * input, and, optionally, the file system and hooks into `--fix`.
 */
export interface CliEnvironment {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: {write(text: string): unknown; isTTY?: boolean};
  stderr: {write(text: string): unknown};
  /** Standard input, read only when `-` is checked, and only up to the size limit. */
  stdin: AsyncIterable<Uint8Array>;
  /** How files are read and written; Node's file system unless a test makes a call fail. */
  fs?: FileSystem;
  /** Points in `--fix`'s write where a test changes the file, as an editor saving it would. */
  fixHooks?: ReplaceHooks;
}

/** Exit statuses: nothing found, something found, could not do what was asked. */
export const exitStatus = {clean: 0, findings: 1, failure: 2} as const;

/** Run `copydesk` with the given arguments; resolves to the exit status. Never throws. */
export async function run(environment: CliEnvironment): Promise<number> {
  const fail = (message: string, usage = false) => {
    environment.stderr.write(`copydesk: ${message}\n` + (usage ? 'Run `copydesk --help` for usage.\n' : ''));
    return exitStatus.failure;
  };
  try {
    const invocation = parseArgs(environment.argv);
    if (invocation.command === 'help') {
      environment.stdout.write(helpText);
      return exitStatus.clean;
    }
    if (invocation.command === 'version') {
      environment.stdout.write(`${packageJson.version}\n`);
      return exitStatus.clean;
    }
    return await checkCommand(invocation.options, environment);
  } catch (error) {
    if (error instanceof CliError) return fail(error.message, error.usage);
    if (error instanceof ConfigError) return fail(error.message);
    // A bug: say so plainly, with the stack for the report, and still exit 2 (the result cannot be trusted).
    return fail(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

interface Checked {
  target: Target;
  source: Source;
  findings: Finding[];
  checker: Checker;
  ignore: string[];
}

/**
 * `copydesk check`: find the drafts, check each with its settings and
 * ignores, apply `--fix`, then print the report. Everything that can fail
 * with status 2 (paths, settings, reading) fails before anything is written
 * or printed on standard output, so a failed run never leaves half a report.
 */
async function checkCommand(options: CheckCommandOptions, environment: CliEnvironment): Promise<number> {
  const {cwd, stderr} = environment;
  const fs = environment.fs ?? nodeFileSystem;
  const targets = await discover(options.paths, cwd, options.stdinFormat);
  if (targets.length === 0) {
    throw new CliError(`no drafts found (.md, .markdown or .txt files) in ${options.paths.join(', ')}`);
  }
  const settingsLookup = new SettingsLookup(cwd, options.config, fs);
  const ignoredLookup = new IgnoredLookup(cwd, fs);
  // One checker per settings file: checkers keep parsed state, and files sharing settings share it.
  const checkers = new Map<string, Checker>();
  const checkerFor = (source: string | undefined, settings: PartialSettings) => {
    const key = source ?? '';
    let checker = checkers.get(key);
    if (!checker) {
      checker = createChecker(settings);
      checkers.set(key, checker);
    }
    return checker;
  };

  const checked: Checked[] = [];
  for (const target of targets) {
    const folder = target.kind === 'file' ? path.dirname(target.absolute) : cwd;
    const found = await settingsLookup.settingsFor(folder);
    const ignore = await ignoredLookup.ignoredFor(folder);
    const read = target.kind === 'file' ? await readDraftFile(fs, target.absolute, target.display, options.maxFileSize) : await readDraftStream(environment.stdin, options.maxFileSize);
    if (read.skipped !== undefined) {
      stderr.write(`copydesk: skipped ${target.display}: ${read.skipped}\n`);
      continue;
    }
    const checker = checkerFor(found.source, found.settings);
    const findings = await checker.check(read.source.text, {format: target.format, ignore});
    checked.push({target, source: read.source, findings, checker, ignore});
  }

  let status: number = exitStatus.clean;
  if (options.fix) {
    for (const item of checked) {
      if (item.target.kind !== 'file') continue;
      const {target, checker, ignore} = item;
      const fixed = await fixRepeats(item.source.text, item.findings, (text) => checker.check(text, {format: target.format, ignore}));
      if (fixed.removals.length === 0) continue;
      try {
        await writeFixed(fs, target.absolute, target.display, item.source, fixed.text, environment.fixHooks);
      } catch (error) {
        // One file refused is no reason to leave the others unfixed; the run still ends with status 2.
        if (!(error instanceof CliError)) throw error;
        stderr.write(`copydesk: ${error.message}\n`);
        status = exitStatus.failure;
        continue;
      }
      if (options.format === 'text') for (const removal of fixed.removals) stderr.write(removalNotice(target.display, removal) + '\n');
      item.findings = fixed.findings;
    }
  }

  const results: FileResult[] = sortResults(checked.map((item) => ({path: item.target.display, findings: item.findings})));
  environment.stdout.write(options.format === 'json' ? formatJson(results) : formatText(results, {color: useColor(environment.env, environment.stdout.isTTY === true)}));
  if (status !== exitStatus.clean) return status;
  return results.some((result) => result.findings.length > 0) ? exitStatus.findings : exitStatus.clean;
}
