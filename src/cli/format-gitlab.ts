import type {Severity} from '../core/types.js';
import {ciPath} from './ci-paths.js';
import {fingerprints} from './fingerprint.js';
import type {FileResult} from './results.js';

const severities: Record<Severity, 'major' | 'minor' | 'info'> = {error: 'major', warning: 'minor', info: 'info'};

/** One issue of a GitLab Code Quality report. */
export interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor' | 'info';
  location: {path: string; lines: {begin: number; end: number}};
  /** The earlier copy of a repeat (Code Climate's `other_locations`, which GitLab keeps). */
  other_locations?: Array<{path: string; lines: {begin: number; end: number}}>;
}

/**
 * The GitLab Code Quality report (docs/cli-formats.md): a JSON array, one
 * issue a finding, with the rule as `check_name`, a fingerprint that stays
 * the same while the flagged text does (see `fingerprints`), the severity
 * (`error` → `major`, `warning` → `minor`, `info` → `info`), the lines,
 * and the earlier copy of a repeat in `other_locations` (in its own file
 * for a repeat across drafts).
 */
export function toGitlabReport(results: readonly FileResult[], cwd: string): GitlabIssue[] {
  const pathOf = (result: FileResult) => ciPath(result.path, cwd);
  const prints = fingerprints(results, pathOf);
  return results.flatMap((result, fileIndex) =>
    result.findings.map((finding, findingIndex) => ({
      description: finding.message,
      check_name: finding.rule,
      fingerprint: prints[fileIndex][findingIndex],
      severity: severities[finding.severity],
      location: {path: pathOf(result), lines: {begin: finding.line, end: finding.endLine}},
      ...(finding.related.length === 0
        ? {}
        : {other_locations: finding.related.map((span) => ({path: span.file === undefined ? pathOf(result) : ciPath(span.file, cwd), lines: {begin: span.line, end: span.endLine}}))})
    }))
  );
}

/** The Code Quality report as printed: indented, one trailing newline. */
export function formatGitlab(results: readonly FileResult[], cwd: string): string {
  return JSON.stringify(toGitlabReport(results, cwd), null, 2) + '\n';
}
