import {Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, Range, Uri} from 'vscode';
import type {Finding, RuleId, Severity, Span} from '../core/index.js';
import {diagnosticSource} from './constants.js';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
};

/** What the related place of each rule's findings is called. */
const relatedLabels: Partial<Record<RuleId, string>> = {
  'duplicate-paragraph': 'First copy',
  'repeated-heading': 'First heading'
};

/**
 * The one mapping from a finding to a diagnostic: span → range, the rule's
 * level → severity, rule id → a code linking to its documentation, the
 * earlier copy → related information (in its own file for a repeat across
 * drafts).
 */
export function findingToDiagnostic(finding: Finding, uri: Uri): Diagnostic {
  const diagnostic = new Diagnostic(spanToRange(finding), finding.message, severities[finding.severity]);
  diagnostic.source = diagnosticSource;
  diagnostic.code = {value: finding.rule, target: documentationUri(finding.url)};
  const label = relatedLabels[finding.rule] ?? 'Related';
  if (finding.related.length > 0) {
    // A repeat across drafts has its first copy in another draft, named by its URI.
    diagnostic.relatedInformation = finding.related.map((span) => new DiagnosticRelatedInformation(new Location(span.file === undefined ? uri : Uri.parse(span.file), spanToRange(span)), label));
  }
  return diagnostic;
}

/** Rule documentation links, parsed: a long draft has thousands of findings but only a few rules. */
const documentationUris = new Map<string, Uri>();

function documentationUri(url: string): Uri {
  let uri = documentationUris.get(url);
  if (!uri) {
    uri = Uri.parse(url);
    documentationUris.set(url, uri);
  }
  return uri;
}

/** A core span (1-based, end column exclusive) as a VS Code range (0-based, end exclusive). */
export function spanToRange(span: Span): Range {
  return new Range(span.line - 1, span.column - 1, span.endLine - 1, span.endColumn - 1);
}

/** The rule id a diagnostic carries, if it is one of ours. */
export function ruleOf(diagnostic: Diagnostic): string | undefined {
  if (diagnostic.source !== diagnosticSource) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

/**
 * The key a diagnostic is found again by when VS Code asks for code actions:
 * range, rule and message (diagnostics come back as copies, so nothing hung
 * on the object survives).
 */
export function diagnosticKey(range: Range, rule: string, message: string): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}|${rule}|${message}`;
}

/** The `code` of the notice a draft gets when its check did not finish. */
export const checkStoppedCode = 'check-stopped';

/**
 * The one diagnostic of a draft whose check did not finish: a warning on
 * its first line saying why. It stands in for the findings, which would be
 * stale, so no code action acts on it.
 */
export function checkStoppedDiagnostic(text: string, message: string): Diagnostic {
  const end = text.search(/\r?\n|\r/);
  const diagnostic = new Diagnostic(new Range(0, 0, 0, end === -1 ? text.length : end), message, DiagnosticSeverity.Warning);
  diagnostic.source = diagnosticSource;
  diagnostic.code = checkStoppedCode;
  return diagnostic;
}
