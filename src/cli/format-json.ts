import type {Finding} from '../core/types.js';
import {countByRule, type FileResult} from './results.js';

/** A position range as the JSON report gives it: no offsets (docs/cli-json.md). */
interface JsonRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One finding in the JSON report. */
export interface JsonFinding extends JsonRange {
  rule: string;
  severity: string;
  message: string;
  kind: string;
  /** The earlier copy; `path` only when it is in another checked file (a repeat across drafts), as that file's `path`. */
  related: Array<JsonRange & {path?: string}>;
  fixes: Array<{title: string; edits: Array<JsonRange & {newText: string}>}>;
}

/** Something that stopped a file being checked or fixed, or the whole run (`path` null). */
export interface ReportError {
  /** The file, as reports show it; null when the failure is not about one file (a usage error). */
  path: string | null;
  /** The reason, as printed on standard error after `copydesk: `. */
  message: string;
}

/** The JSON report, version 1 (docs/cli-json.md): scripts depend on it, so fields are added, never renamed or dropped. */
export interface JsonReport {
  version: 1;
  files: Array<{path: string; findings: JsonFinding[]}>;
  summary: {files: number; findings: number; byRule: Record<string, number>};
  errors: ReportError[];
}

/**
 * Build the JSON report. Fields are copied one by one, in the documented
 * order, so nothing internal (offsets, ignore keys, fix actions) leaks into a
 * format scripts rely on. Files without findings are listed too; `errors`
 * is always there, empty when nothing failed.
 */
export function toJsonReport(results: readonly FileResult[], errors: readonly ReportError[] = []): JsonReport {
  const byRule = countByRule(results);
  return {
    version: 1,
    files: results.map((result) => ({path: result.path, findings: result.findings.map(toJsonFinding)})),
    summary: {files: results.length, findings: Object.values(byRule).reduce((sum, count) => sum + count, 0), byRule},
    errors: errors.map((error) => ({path: error.path, message: error.message}))
  };
}

/** The JSON report as printed: indented, one trailing newline. */
export function formatJson(results: readonly FileResult[], errors: readonly ReportError[] = []): string {
  return JSON.stringify(toJsonReport(results, errors), null, 2) + '\n';
}

function toJsonFinding(finding: Finding): JsonFinding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    ...range(finding),
    kind: finding.kind,
    related: finding.related.map((span) => (span.file === undefined ? range(span) : {path: span.file, ...range(span)})),
    fixes: finding.fixes.map((fix) => ({title: fix.title, edits: fix.edits.map((edit) => ({...range(edit), newText: edit.newText}))}))
  };
}

function range(span: JsonRange): JsonRange {
  return {line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn};
}
