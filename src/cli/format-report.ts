import type {OutputFormat} from './args.js';
import {formatGithub} from './format-github.js';
import {formatGitlab} from './format-gitlab.js';
import {formatJson, type ReportError} from './format-json.js';
import {formatRdjsonl} from './format-rdjsonl.js';
import {formatSarif} from './format-sarif.js';
import {formatText} from './format-text.js';
import type {FileResult} from './results.js';

/** What reports need besides the results: where the run was (CI paths are relative to it), the version, and whether to colour text. */
export interface ReportContext {
  cwd: string;
  version: string;
  color: boolean;
}

/** The report `--format` asked for, as printed on standard output. Results must already be sorted (see `sortResults`). */
export function formatReport(format: OutputFormat, results: readonly FileResult[], errors: readonly ReportError[], context: ReportContext): string {
  switch (format) {
    case 'text':
      return formatText(results, {color: context.color, errors: errors.length});
    case 'json':
      return formatJson(results, errors);
    case 'sarif':
      return formatSarif(results, errors, context);
    case 'github':
      return formatGithub(results, errors, context.cwd);
    case 'rdjsonl':
      return formatRdjsonl(results, context.cwd);
    case 'gitlab':
      return formatGitlab(results, context.cwd);
  }
}

/**
 * What a run that stopped before checking anything prints on standard
 * output: nothing for text (the reason is on standard error), and for the
 * machine formats the document they promise, with no results (JSON and
 * SARIF also carry the reason; GitHub gets an `::error`).
 */
export function failureReport(format: OutputFormat, errors: readonly ReportError[], context: ReportContext): string {
  return format === 'text' ? '' : formatReport(format, [], errors, context);
}
