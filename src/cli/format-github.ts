import type {Severity} from '../core/types.js';
import {ciPath} from './ci-paths.js';
import type {ReportError} from './format-json.js';
import {countByRule, type FileResult} from './results.js';

const commands: Record<Severity, 'error' | 'warning' | 'notice'> = {error: 'error', warning: 'warning', info: 'notice'};

/** Rows past this are left out of the step summary, which GitHub caps at 1 MiB a step. */
export const summaryRowLimit = 1000;

/**
 * GitHub Actions workflow commands (docs/cli-formats.md): one annotation a
 * finding, `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
 * (`error`, `warning`, `notice` from the severity), then one `::error` a file
 * that could not be checked. Paths are relative to the working folder, as
 * GitHub places them in the checked-out repository.
 */
export function formatGithub(results: readonly FileResult[], errors: readonly ReportError[], cwd: string): string {
  const lines: string[] = [];
  for (const result of results) {
    // Standard input has no file GitHub could mark; its annotations show in the log only.
    const file: Record<string, string> = result.path === '-' ? {} : {file: ciPath(result.path, cwd)};
    for (const finding of result.findings) {
      const properties = {
        ...file,
        line: finding.line,
        col: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        title: `copydesk ${finding.rule}`
      };
      lines.push(command(commands[finding.severity], properties, finding.message));
    }
  }
  for (const error of errors) lines.push(command('error', error.path === null ? {} : {file: ciPath(error.path, cwd)}, `copydesk: ${error.message}`));
  return lines.map((line) => line + '\n').join('');
}

/**
 * The Markdown summary for `$GITHUB_STEP_SUMMARY`: a heading with the
 * counts, then a table of every finding (up to {@link summaryRowLimit}),
 * because GitHub shows only the first ten annotations of each kind in a
 * step. Each rule links to its documentation.
 */
export function githubStepSummary(results: readonly FileResult[], errors: readonly ReportError[], cwd: string): string {
  const byRule = countByRule(results);
  const total = Object.values(byRule).reduce((sum, count) => sum + count, 0);
  const files = `${results.length} ${results.length === 1 ? 'file' : 'files'}`;
  const lines = [`### Copydesk: ${total === 0 ? 'no findings' : `${total} ${total === 1 ? 'finding' : 'findings'}`} in ${files}`, ''];
  if (total > 0) {
    lines.push('| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
    const rows = results.flatMap((result) => result.findings.map((finding) => ({file: ciPath(result.path, cwd), finding})));
    for (const {file, finding} of rows.slice(0, summaryRowLimit)) {
      lines.push(`| ${cell(file)} | ${finding.line} | ${finding.severity} | [${finding.rule}](${finding.url}) | ${cell(finding.message)} |`);
    }
    if (total > summaryRowLimit) lines.push('', `…and ${total - summaryRowLimit} more; run \`copydesk check\` to see them all.`);
    lines.push('');
  }
  if (errors.length > 0) {
    lines.push(`${errors.length} ${errors.length === 1 ? 'file' : 'files'} could not be checked:`, '');
    for (const error of errors) lines.push(`- ${cell(error.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * One workflow command. GitHub reads `%`, `\r` and `\n` as escapes in the
 * message, and `:` and `,` too in a property (they end its name and value),
 * so each is written as its `%XX` escape, as actions/toolkit does.
 */
export function command(name: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${list ? ' ' + list : ''}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** Text in a Markdown table cell: no line breaks, and nothing GitHub would read as markup or HTML. */
function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|#~]/g, (char) => '\\' + char)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
