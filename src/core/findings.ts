import type {VFile} from 'vfile';
import {lineIndexOf, type CopydeskMessage, type OffsetRange} from './report.js';
import type {Finding, Fix, RuleId, Settings, Severity, Span} from './types.js';

/**
 * The one mapping from vfile messages to findings: offsets become 1-based
 * lines and columns, the rule's configured level becomes the severity, the
 * earlier copy and the fixes come along.
 */
export function messagesToFindings(file: VFile, lineStarts: number[], settings: Settings): Finding[] {
  const findings: Finding[] = [];
  const span = (range: OffsetRange): Span => toSpan(lineStarts, range.start, range.end);
  for (const message of file.messages as CopydeskMessage[]) {
    const fields = message.copydesk;
    const rule = message.ruleId as RuleId;
    const level = settings.rules[rule];
    if (!fields || !level || level === 'off') continue;
    const fixes: Fix[] = fields.fixes.map((fix) => ({
      title: fix.title,
      action: fix.action,
      edits: fix.edits.map((edit) => {
        const at = span(edit);
        return {line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, offset: at.offset, endOffset: at.endOffset, newText: edit.newText};
      })
    }));
    const at = span(fields.range);
    // Field by field, not by spreading the span: an object built by spreading in mid-literal can end up with slow (dictionary) properties, and findings are read again on every re-check.
    findings.push({
      rule,
      severity: level as Severity,
      message: message.reason,
      kind: fields.kind as Finding['kind'],
      url: message.url ?? '',
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      offset: at.offset,
      endOffset: at.endOffset,
      related: fields.related.map(span),
      fixes,
      actual: message.actual ?? '',
      ignoreKey: fields.ignoreKey
    });
  }
  return findings.sort(compareFindings);
}

/** The order of findings: by start, then end, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || a.rule.localeCompare(b.rule);
}

/** A span of offsets as 1-based lines and columns (UTF-16, end exclusive). */
export function toSpan(lineStarts: number[], start: number, end: number): Span {
  const startLine = lineIndexOf(lineStarts, start);
  const endLine = lineIndexOf(lineStarts, end);
  return {
    line: startLine + 1,
    column: start - lineStarts[startLine] + 1,
    endLine: endLine + 1,
    endColumn: end - lineStarts[endLine] + 1,
    offset: start,
    endOffset: end
  };
}
