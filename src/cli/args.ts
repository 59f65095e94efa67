import {defaultMaxFileSize} from '../core/project.js';
import type {Format} from '../core/types.js';
import {CliError} from './errors.js';
import {readArguments, setInputOption} from './input-options.js';
import {parseReportArgs, type ReportCommandOptions} from './report-args.js';

/** The report formats `--format` accepts, in the order `--help` names them. */
export const outputFormats = ['text', 'json', 'sarif', 'github', 'rdjsonl', 'gitlab'] as const;

/** A report format `--format` accepts (docs/cli-formats.md). */
export type OutputFormat = (typeof outputFormats)[number];

/** What the command line asked for. */
export type Invocation =
  | {command: 'help'}
  | {command: 'version'}
  | {command: 'check'; options: CheckCommandOptions}
  | {command: 'report'; options: ReportCommandOptions}
  | {command: 'report-help'};

/** Options of `copydesk check`. */
export interface CheckCommandOptions {
  format: OutputFormat;
  /** `--config FILE`, as written. */
  config: string | undefined;
  fix: boolean;
  /** Files, folders, or `-` for standard input, as written. */
  paths: string[];
  /** How to read standard input. */
  stdinFormat: Format;
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  /** Compare the drafts with each other (`--cross-file`, the default; `--no-cross-file` turns it off). */
  crossFile: boolean;
}

/** Files over this size are skipped unless `--max-file-size` says otherwise; the editor's `copydesk.maxFileSize` has the same default. */
export {defaultMaxFileSize};

/** The text of `copydesk --help`. */
export const helpText = `Usage: copydesk check [options] PATH...
       copydesk report [--format markdown|html] [-o FILE] PATH...

Review news drafts: repeated paragraphs and passages, repeated headings,
claims that need attribution.

PATH is a file, a folder (searched for .md, .markdown, .txt, .draft and
.article files, skipping node_modules and folders whose names start with
a dot), or - to read standard input. .md and .markdown files are read as Markdown, every
other file as plain text.

Options:
  --format FORMAT           report format: text (default); json (one JSON
                            document on standard output and nothing else);
                            for CI: sarif (SARIF 2.1.0, GitHub code scanning),
                            github (GitHub Actions annotations, and a summary
                            appended to $GITHUB_STEP_SUMMARY when set),
                            rdjsonl (reviewdog), gitlab (GitLab Code Quality)
  --config FILE             settings file to use instead of the nearest
                            .copydeskrc.json above each checked file
  --fix                     delete exact repeated paragraphs, passages and
                            headings in place (never near copies, never
                            claims), then report what remains; not with -
  --stdin-format markdown|plaintext
                            how to read - (default markdown)
  --max-file-size BYTES     skip larger files (default ${defaultMaxFileSize})
  --no-cross-file           do not compare the drafts with each other (by
                            default a paragraph or passage that repeats, or
                            nearly copies, one in another checked draft is
                            reported in the draft that comes later in path
                            order; --cross-file turns it back on)
  -h, --help                show this help
  -v, --version             show the version

Settings come from the nearest .copydeskrc.json in the checked file's
folder or above it (for -, the working folder's), unless --config is given.
Findings listed in .copydesk/ignored.json at the workspace root (the nearest
folder above holding .copydesk or .git, else the working folder) are left out.
Only regular files are read, and none past its size limit. Binary files and
files over the size limit are skipped with a notice.

--fix writes a temporary file and renames it over the original, so a failed
write leaves the original as it was; a file that changed since it was read is
not written.

copydesk report writes an editor's review of the drafts (see
\`copydesk report --help\`).

Exit status of check: 0 no findings, 1 findings, 2 usage error, invalid settings, a
file that could not be read or checked, or one --fix refused or failed to
write (the other files are still checked).
`;

const valueOptions = ['--format', '--config', '--stdin-format', '--max-file-size'] as const;
const flagOptions = ['--fix', '--cross-file', '--no-cross-file', '--help', '-h', '--version', '-v', '-V'] as const;
const versionFlags: readonly string[] = ['--version', '-v', '-V'];

/** Parse the arguments after `copydesk`; throws a usage {@link CliError}. */
export function parseArgs(argv: readonly string[]): Invocation {
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliError('missing command; use `copydesk check PATH...`', true);
  if (command === '--help' || command === '-h' || command === 'help') return {command: 'help'};
  if (versionFlags.includes(command)) return {command: 'version'};
  if (command === 'report') {
    const options = parseReportArgs(rest);
    return options === 'help' ? {command: 'report-help'} : {command: 'report', options};
  }
  if (command !== 'check') throw new CliError(unknownCommand(command, rest), true);

  const options: CheckCommandOptions = {format: 'text', config: undefined, fix: false, paths: [], stdinFormat: 'markdown', maxFileSize: defaultMaxFileSize, crossFile: true};
  for (const argument of readArguments(rest, (name) => (valueOptions as readonly string[]).includes(name))) {
    if ('path' in argument) {
      options.paths.push(argument.path);
      continue;
    }
    const {name, value} = argument;
    if ((flagOptions as readonly string[]).includes(name)) {
      if (value !== undefined) throw new CliError(`\`${name}\` takes no value`, true);
      if (name === '--help' || name === '-h') return {command: 'help'};
      if (versionFlags.includes(name)) return {command: 'version'};
      if (name === '--cross-file' || name === '--no-cross-file') options.crossFile = name === '--cross-file';
      else options.fix = true;
      continue;
    }
    if (!(valueOptions as readonly string[]).includes(name)) {
      const guess = [...valueOptions, ...flagOptions].find((known) => known.length > 2 && (known.startsWith(name) || editDistance(known, name) <= 2));
      throw new CliError(`unknown option \`${name}\`` + (guess ? `; did you mean \`${guess}\`?` : ''), true);
    }
    setOption(options, name as (typeof valueOptions)[number], value!);
  }

  if (options.paths.length === 0) throw new CliError('no PATH given (a file, a folder, or - for standard input)', true);
  if (options.fix && options.paths.includes('-')) throw new CliError('`--fix` cannot be used with - (standard input has no file to write back to)', true);
  return {command: 'check', options};
}

/**
 * What to say of a first argument that is not a command: a misspelt
 * `check` is replaced (`copydesk chek drafts` → `copydesk check drafts`),
 * an option is moved after `check`, and anything else is taken for a path.
 */
function unknownCommand(command: string, rest: readonly string[]): string {
  const shown = (words: readonly string[]) => ['copydesk', 'check', ...words].join(' ');
  if (command.startsWith('-')) {
    const after = rest.indexOf('check');
    const words = after === -1 ? rest : [...rest.slice(0, after), ...rest.slice(after + 1)];
    return `\`${command}\` must come after the command: \`${shown([command, ...words])}\``;
  }
  if (editDistance(command, 'check') <= 2 && rest.length > 0) return `unknown command \`${command}\`; did you mean \`${shown(rest)}\`?`;
  if (editDistance(command, 'check') <= 2) return `unknown command \`${command}\`; did you mean \`copydesk check PATH...\`?`;
  return `unknown command \`${command}\`; to check it as a path, type \`${shown([command, ...rest])}\``;
}

function setOption(options: CheckCommandOptions, name: (typeof valueOptions)[number], value: string): void {
  switch (name) {
    case '--format':
      if (!isOutputFormat(value)) throw new CliError(`\`--format\` must be ${outputFormats.slice(0, -1).join(', ')} or ${outputFormats.at(-1)}, not \`${value}\``, true);
      options.format = value;
      return;
    default:
      setInputOption(options, name, value);
  }
}

function isOutputFormat(value: string): value is OutputFormat {
  return (outputFormats as readonly string[]).includes(value);
}

/**
 * The format the arguments ask for, read plainly enough to hold even when
 * they hold a usage error, so a run that stops early still prints the
 * document a machine format promises. `text` unless `copydesk check` is
 * given a known `--format` (the last one wins, as in {@link parseArgs}).
 */
export function requestedFormat(argv: readonly string[]): OutputFormat {
  let format: OutputFormat = 'text';
  for (let index = 1; index < argv.length && argv[index] !== '--'; index++) {
    const value = argv[index] === '--format' ? argv[++index] : argv[index].startsWith('--format=') ? argv[index].slice('--format='.length) : undefined;
    if (value !== undefined) format = isOutputFormat(value) ? value : 'text';
  }
  return argv[0] === 'check' ? format : 'text';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
