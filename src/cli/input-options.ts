import {CliError} from './errors.js';

/** The options `check` and `report` share: where settings come from and how drafts are read. */
export interface InputOptions {
  config?: string;
  stdinFormat?: 'markdown' | 'plaintext';
  maxFileSize?: number;
}

/**
 * Set one of the shared input options from its value; false when `name`
 * is none of them (the command's own options are its business).
 */
export function setInputOption(options: InputOptions, name: string, value: string): boolean {
  switch (name) {
    case '--config':
      options.config = value;
      return true;
    case '--stdin-format':
      if (value !== 'markdown' && value !== 'plaintext') throw new CliError(`\`--stdin-format\` must be markdown or plaintext, not \`${value}\``, true);
      options.stdinFormat = value;
      return true;
    case '--max-file-size':
      if (!/^\d+$/.test(value)) throw new CliError(`\`--max-file-size\` must be a number of bytes, not \`${value}\``, true);
      options.maxFileSize = Number(value);
      return true;
    default:
      return false;
  }
}

/** One argument as a command reads it: a path, or an option with its value (written after `=`, or the next argument for an option that takes one). */
export type Argument = {path: string} | {name: string; value: string | undefined};

/**
 * The arguments of a command in order: `-` and anything not starting with
 * `-` are paths, and so is everything after `--`; `--name=value` is split
 * at its `=`. An option for which `takesValue` is true and that has no
 * value after `=` takes the next argument, and is a usage error if there is
 * none. Read lazily, so a command may stop at `--help` before the rest is
 * read.
 */
export function* readArguments(argv: readonly string[], takesValue: (name: string) => boolean): Generator<Argument> {
  let onlyPaths = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (onlyPaths || argument === '-' || !argument.startsWith('-')) {
      yield {path: argument};
      continue;
    }
    if (argument === '--') {
      onlyPaths = true;
      continue;
    }
    const equals = argument.indexOf('=');
    const name = argument.startsWith('--') && equals > 0 ? argument.slice(0, equals) : argument;
    let value = name === argument ? undefined : argument.slice(equals + 1);
    if (value === undefined && takesValue(name)) {
      value = argv[++index];
      if (value === undefined) throw new CliError(`\`${name}\` needs a value`, true);
    }
    yield {name, value};
  }
}
