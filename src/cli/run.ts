import packageJson from '../../package.json' with {type: 'json'};
import {ConfigError} from '../core/config.js';
import {AcrossDrafts, createChecker, fixAllRepeats, withRepeatsAcrossDrafts, type Checker, type DraftParagraph} from '../core/index.js';
import type {Finding, PartialSettings} from '../core/types.js';
import {helpText, parseArgs, requestedFormat, type CheckCommandOptions} from './args.js';
import type {Target} from './discover.js';
import {CliError} from './errors.js';
import {escapeControls} from './escape.js';
import {nodeFileSystem, type FileSystem} from './file-system.js';
import {removalNotice, writeFixed} from './fix.js';
import {command, githubStepSummary} from './format-github.js';
import type {ReportError} from './format-json.js';
import {failureReport, formatReport} from './format-report.js';
import {useColor} from './format-text.js';
import {findDrafts, readDrafts} from './read-drafts.js';
import type {ReplaceHooks} from './replace-file.js';
import {sortResults, type FileResult} from './results.js';
import {reportHelpText} from './report-args.js';
import {reportCommand} from './report-command.js';
import type {Source} from './source.js';
import {appendStepSummary} from './step-summary.js';

/**
 * Everything the command line touches, so tests can run it in-process:
 * arguments, working folder, environment, the output streams, standard
 * input, and, optionally, the file system, the checker and hooks into
 * `--fix`.
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
  /** Makes the checker for one settings file; the core's unless a test needs one that fails. */
  createChecker?(settings: PartialSettings): Checker;
  /** Points in `--fix`'s write where a test changes the file, as an editor saving it would. */
  fixHooks?: ReplaceHooks;
}

/** Exit statuses: nothing found, something found, could not do what was asked. */
export const exitStatus = {clean: 0, findings: 1, failure: 2} as const;

/** Run `copydesk` with the given arguments; resolves to the exit status. Never throws. */
export async function run(environment: CliEnvironment): Promise<number> {
  const errors: ReportError[] = [];
  const fail = (message: string, filePath: string | null, usage = false) => {
    environment.stderr.write(`copydesk: ${message}\n` + (usage ? 'Run `copydesk --help` for usage.\n' : ''));
    errors.push({path: filePath, message});
    // A machine format's document is promised whatever happens; a run that stopped early checked no file it can report.
    environment.stdout.write(failureReport(requestedFormat(environment.argv), errors, reportContext(environment)));
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
    if (invocation.command === 'report-help') {
      environment.stdout.write(reportHelpText);
      return exitStatus.clean;
    }
    if (invocation.command === 'report') return await reportCommand(invocation.options, environment);
    return await checkCommand(invocation.options, environment, errors);
  } catch (error) {
    if (error instanceof CliError) return fail(escapeControls(error.message), error.path ?? null, error.usage);
    if (error instanceof ConfigError) return fail(escapeControls(error.message), error.path);
    // A bug: say so plainly, with the stack for the report, and still exit 2 (the result cannot be trusted).
    return fail(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, null);
  }
}

function reportContext(environment: CliEnvironment) {
  return {cwd: environment.cwd, version: packageJson.version, color: useColor(environment.env, environment.stdout.isTTY === true)};
}

interface Checked {
  target: Target;
  source: Source;
  findings: Finding[];
  checker: Checker;
  /** The settings file the checker was made for (`undefined`: defaults), to replace a checker that failed. */
  settingsSource: string | undefined;
  ignore: string[];
  /** The text after `--fix`, which the remaining findings refer to; unset when nothing was fixed. */
  fixedText?: string;
  /** The draft's paragraphs, to compare with the other drafts' (empty without `--cross-file`). */
  paragraphs: DraftParagraph[];
}

/**
 * `copydesk check`: find the drafts, check each with its settings and
 * ignores, apply `--fix`, then print the report. A file that cannot be
 * read, checked or fixed is an error naming it, and the other files are
 * still checked (exit 2). What stops the whole run (a missing PATH, invalid
 * settings) throws before anything is written or reported.
 */
async function checkCommand(options: CheckCommandOptions, environment: CliEnvironment, errors: ReportError[]): Promise<number> {
  const {cwd, stderr} = environment;
  const fs = environment.fs ?? nodeFileSystem;
  const newChecker = environment.createChecker ?? createChecker;
  const notice = (message: string) => stderr.write(`copydesk: ${escapeControls(message)}\n`);
  const fileError = (error: CliError, shown: string) => {
    const message = escapeControls(error.message);
    stderr.write(`copydesk: ${message}\n`);
    errors.push({path: shown, message});
  };

  const place = {cwd, fs, stdin: environment.stdin, notice};
  const targets = await findDrafts(options, place);
  // One checker per settings file: checkers keep parsed state, and files sharing settings share it.
  const checkers = new Map<string, Checker>();
  const checkerFor = (source: string | undefined, settings: PartialSettings) => {
    const key = source ?? '';
    let checker = checkers.get(key);
    if (!checker) {
      checker = newChecker(settings);
      checkers.set(key, checker);
    }
    return checker;
  };
  // A checker that threw may hold half-updated state: the next file gets a fresh one.
  const checkFailed = (target: Target, source: string | undefined, error: unknown) => {
    checkers.delete(source ?? '');
    fileError(new CliError(`${target.display}: cannot check: ${describeCheckFailure(error)}`), target.display);
  };

  const checked: Checked[] = [];
  for await (const {target, source, found, ignore} of readDrafts(targets, options, place, (error, unread) => fileError(error, unread.display))) {
    const checker = checkerFor(found.source, found.settings);
    try {
      const findings = await checker.check(source.text, {format: target.format, ignore});
      // Read now: a checker shared by drafts with the same settings holds only its latest check.
      const paragraphs = options.crossFile ? checker.paragraphs() : [];
      checked.push({target, source, findings, checker, ignore, settingsSource: found.source, paragraphs});
    } catch (error) {
      checkFailed(target, found.source, error);
    }
  }

  if (options.fix) {
    for (const item of checked) {
      if (item.target.kind !== 'file') continue;
      const {target, checker, ignore} = item;
      let fixed;
      try {
        fixed = await fixAllRepeats(item.source.text, item.findings, (text) => checker.check(text, {format: target.format, ignore}));
      } catch (error) {
        checkFailed(target, item.settingsSource, error);
        continue;
      }
      if (fixed.removals.length === 0) continue;
      try {
        await writeFixed(fs, target.absolute, target.display, item.source, fixed.text, environment.fixHooks);
      } catch (error) {
        // One file refused is no reason to leave the others unfixed; the run still ends with status 2.
        if (!(error instanceof CliError)) throw error;
        fileError(error, target.display);
        continue;
      }
      if (options.format === 'text') for (const removal of fixed.removals) stderr.write(escapeControls(removalNotice(target.display, removal)) + '\n');
      item.findings = fixed.findings;
      item.fixedText = fixed.text;
      // The fix-all's last check was of the fixed text.
      if (options.crossFile) item.paragraphs = checker.paragraphs();
    }
  }

  if (options.crossFile && checked.length > 1) addRepeatsAcrossDrafts(checked);

  if (checked.length === 0 && errors.length === 0) {
    // Every draft was skipped (binary, too large): as with a folder holding none, there was nothing to check.
    const message = `nothing was checked: every draft in ${options.paths.join(', ')} was skipped (see above)`;
    notice(message);
    errors.push({path: null, message: escapeControls(message)});
  }
  const results: FileResult[] = sortResults(checked.map((item) => ({path: item.target.display, findings: item.findings, text: item.fixedText ?? item.source.text})));
  environment.stdout.write(formatReport(options.format, results, errors, reportContext(environment)));
  const summaryFile = environment.env.GITHUB_STEP_SUMMARY;
  if (options.format === 'github' && summaryFile) {
    try {
      await appendStepSummary(fs, summaryFile, githubStepSummary(results, errors, cwd));
    } catch (error) {
      // The annotations are already out; a summary that cannot be written is worth a warning, not a failed run.
      const reason = error instanceof Error ? error.message : String(error);
      environment.stdout.write(command('warning', {}, `copydesk: cannot append the step summary to ${summaryFile}: ${reason}`) + '\n');
    }
  }
  if (errors.length > 0) return exitStatus.failure;
  return results.some((result) => result.findings.length > 0) ? exitStatus.findings : exitStatus.clean;
}

/**
 * Compare the checked drafts with each other (see across-drafts.ts in the
 * core): after `--fix`, so positions refer to the text as written, and a
 * repeat across drafts is never among what `--fix` deletes. Drafts are
 * named as the report names them, relative to the working folder.
 */
function addRepeatsAcrossDrafts(checked: readonly Checked[]): void {
  const index = new AcrossDrafts();
  for (const item of checked) {
    const {settings} = item.checker;
    index.set({file: item.target.display, display: escapeControls(item.target.display), severity: settings.rules['duplicate-paragraph'], paragraphs: item.paragraphs, duplicates: settings.duplicates}, {affected: false});
  }
  for (const item of checked) item.findings = withRepeatsAcrossDrafts(item.findings, index.findingsFor(item.target.display));
}

/** Why the checker failed on a document, in words; the core should never throw, so this is also a bug to report. */
function describeCheckFailure(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'the document is nested too deeply for the checker (please report this)';
  return `the checker failed (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}); please report this`;
}
