import type {Severity, Span} from '../core/types.js';
import {ciPath} from './ci-paths.js';
import type {FileResult} from './results.js';

const severities: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = {error: 'ERROR', warning: 'WARNING', info: 'INFO'};

interface RdPosition {
  line: number;
  column: number;
}

interface RdRange {
  start: RdPosition;
  end: RdPosition;
}

/**
 * reviewdog's Diagnostic Format as JSON lines (docs/cli-formats.md), one
 * finding a line: message, location (path and range), severity, code with
 * the rule's documentation link, source `copydesk`, and each deletion of a
 * repeat as a suggestion (replace the range with ""), and the earlier copy
 * of a repeat as a related location (in its own file for a repeat across
 * drafts). reviewdog counts
 * columns in UTF-8 bytes, not the UTF-16 units of the other reports, so a
 * file's text is needed to convert them; files read from standard input
 * keep the path `-`.
 */
export function formatRdjsonl(results: readonly FileResult[], cwd: string): string {
  let out = '';
  const columnsOf = new Map(results.map((result) => [result.path, new Utf8Columns(result.text)]));
  const rangeIn = (columns: Utf8Columns, span: Span): RdRange => ({start: columns.position(span.line, span.column), end: columns.position(span.endLine, span.endColumn)});
  for (const result of results) {
    const columns = columnsOf.get(result.path) as Utf8Columns;
    const range = (span: Span): RdRange => rangeIn(columns, span);
    const path = ciPath(result.path, cwd);
    for (const finding of result.findings) {
      const suggestions = finding.fixes
        .filter((fix) => fix.action === 'delete-repeat')
        .flatMap((fix) => fix.edits.map((edit) => ({range: range(edit), text: edit.newText})));
      const related = finding.related.map((span) => ({
        message: 'The earlier copy',
        location: span.file === undefined ? {path, range: range(span)} : {path: ciPath(span.file, cwd), range: rangeIn(columnsOf.get(span.file) ?? new Utf8Columns(undefined), span)}
      }));
      const diagnostic = {
        message: finding.message,
        location: {path, range: range(finding)},
        severity: severities[finding.severity],
        source: {name: 'copydesk', url: 'https://github.com/copydesk/copydesk'},
        code: {value: finding.rule, url: finding.url},
        ...(suggestions.length === 0 ? {} : {suggestions}),
        ...(related.length === 0 ? {} : {related_locations: related})
      };
      out += JSON.stringify(diagnostic) + '\n';
    }
  }
  return out;
}

/**
 * Converts 1-based UTF-16 columns to 1-based UTF-8 byte columns. Lines end
 * at `\n`, as the findings' lines do; without the text (it was not kept)
 * columns are passed through unchanged, which is right for ASCII lines.
 */
class Utf8Columns {
  private readonly lines: string[] | undefined;

  constructor(text: string | undefined) {
    this.lines = text?.split('\n');
  }

  position(line: number, column: number): RdPosition {
    const text = this.lines?.[line - 1];
    if (text === undefined) return {line, column};
    return {line, column: Buffer.byteLength(text.slice(0, column - 1), 'utf8') + 1};
  }
}
