import type {Severity} from '../core/types.js';
import {escapeControls} from './escape.js';
import {countByRule, type FileResult} from './results.js';

/** ANSI styles, applied only when colour is on. */
const styles = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  success: ['\u001b[32m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m']
} as const;

/**
 * The text report: one line a finding, `path:line:col  severity  message
 * rule` (two spaces between fields, so the location stays clickable in
 * terminals and editors), then a one-line summary. A control character in
 * a path is shown escaped, so a finding stays one line. Results must
 * already be sorted (see `sortResults`). `errors` counts the files that could
 * not be read, checked or fixed (reported on standard error), which the
 * summary mentions so that it never reads as a clean run.
 */
export function formatText(results: readonly FileResult[], options: {color: boolean; errors?: number}): string {
  const paint = (style: keyof typeof styles, text: string) => (options.color ? styles[style][0] + text + styles[style][1] : text);
  const lines: string[] = [];
  for (const result of results) {
    for (const finding of result.findings) {
      lines.push(`${escapeControls(result.path)}:${finding.line}:${finding.column}  ${paint(finding.severity, finding.severity)}  ${finding.message}  ${paint('dim', finding.rule)}`);
    }
  }
  lines.push(summaryLine(results, paint, options.errors ?? 0));
  return lines.join('\n') + '\n';
}

function summaryLine(results: readonly FileResult[], paint: (style: keyof typeof styles, text: string) => string, errors: number): string {
  const files = `${results.length} ${results.length === 1 ? 'file' : 'files'}`;
  const byRule = countByRule(results);
  const total = Object.values(byRule).reduce((sum, count) => sum + count, 0);
  const failed = errors === 0 ? '' : `; ${errors} ${errors === 1 ? 'error' : 'errors'} (see above)`;
  if (total === 0) return errors === 0 ? paint('success', `✔ no findings in ${files}`) : paint('bold', paint('error', `✖ no findings in ${files}${failed}`));
  const worst = worstSeverity(results);
  const breakdown = Object.entries(byRule)
    .map(([rule, count]) => `${count} ${rule}`)
    .join(', ');
  return paint('bold', paint(errors === 0 ? worst : 'error', `✖ ${total} ${total === 1 ? 'finding' : 'findings'} (${breakdown}) in ${files}${failed}`));
}

function worstSeverity(results: readonly FileResult[]): Severity {
  const severities = new Set(results.flatMap((result) => result.findings.map((finding) => finding.severity)));
  return severities.has('error') ? 'error' : severities.has('warning') ? 'warning' : 'info';
}

/**
 * Whether to colour the text report: `FORCE_COLOR` (other than `0`/`false`)
 * forces it, as Node's own tools do; otherwise only on a terminal and
 * without `NO_COLOR` (any non-empty value, per no-color.org).
 */
export function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}
