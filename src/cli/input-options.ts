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
