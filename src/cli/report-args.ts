import {defaultMaxFileSize} from '../core/project.js';
import type {Format} from '../core/types.js';
import {CliError} from './errors.js';
import {readArguments, setInputOption} from './input-options.js';

/** The formats of `copydesk report --format`. */
export const reviewFormats = ['markdown', 'html'] as const;

/** Options of `copydesk report`. */
export interface ReportCommandOptions {
  format: (typeof reviewFormats)[number];
  /** `-o FILE` / `--output FILE`, as written; standard output when absent. */
  output: string | undefined;
  /** `--config FILE`, as written. */
  config: string | undefined;
  /** Files, folders, or `-` for standard input, as written. */
  paths: string[];
  stdinFormat: Format;
  maxFileSize: number;
}

/** The text of `copydesk report --help`. */
export const reportHelpText = `Usage: copydesk report [options] PATH...

Write an editor's review of news drafts: the counts, who is quoted and how
often, the claims still to source (open, marked or ignored) with their line,
and the repeats with their first copies and the words near copies changed.

PATH is a file, a folder or - for standard input, as for copydesk check.

Options:
  --format markdown|html    markdown (default; pastes into a ticket) or html
                            (one self-contained page, no scripts, prints cleanly)
  -o, --output FILE         write the report to FILE (a temporary file renamed
                            over it) instead of standard output
  --config FILE             settings file to use instead of the nearest
                            .copydeskrc.json above each draft
  --stdin-format markdown|plaintext
                            how to read - (default markdown)
  --max-file-size BYTES     skip larger files (default ${defaultMaxFileSize})
  -h, --help                show this help

The drafts are only read, never written. Exit status: 0 the report was
written, 2 usage error, invalid settings, a draft that could not be read, or
a report that could not be written.
`;

const valueOptions = ['--format', '--output', '-o', '--config', '--stdin-format', '--max-file-size'] as const;

/** Parse the arguments after `copydesk report`; `help` for `--help`. Throws a usage {@link CliError}. */
export function parseReportArgs(argv: readonly string[]): ReportCommandOptions | 'help' {
  const options: ReportCommandOptions = {format: 'markdown', output: undefined, config: undefined, paths: [], stdinFormat: 'markdown', maxFileSize: defaultMaxFileSize};
  const takesValue = (name: string) => (valueOptions as readonly string[]).includes(name);
  for (const argument of readArguments(argv, takesValue)) {
    if ('path' in argument) {
      options.paths.push(argument.path);
      continue;
    }
    const {name, value} = argument;
    if ((name === '--help' || name === '-h') && value === undefined) return 'help';
    if (!takesValue(name)) throw new CliError(`unknown option \`${name}\` for \`copydesk report\``, true);
    setOption(options, name as (typeof valueOptions)[number], value!);
  }
  if (options.paths.length === 0) throw new CliError('no PATH given (a file, a folder, or - for standard input)', true);
  return options;
}

function setOption(options: ReportCommandOptions, name: (typeof valueOptions)[number], value: string): void {
  switch (name) {
    case '--format':
      if (value !== 'markdown' && value !== 'html') throw new CliError(`\`--format\` for \`copydesk report\` must be markdown or html, not \`${value}\``, true);
      options.format = value;
      return;
    case '--output':
    case '-o':
      options.output = value;
      return;
    default:
      setInputOption(options, name, value);
  }
}
