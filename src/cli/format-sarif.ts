import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {defaultSettings} from '../core/index.js';
import type {RelatedSpan, RuleLevel, Severity, Span} from '../core/types.js';
import {ruleUrl} from '../core/report.js';
import {ciPath, pathInside} from './ci-paths.js';
import {fingerprints} from './fingerprint.js';
import type {ReportError} from './format-json.js';
import {ruleDescriptions} from './rule-descriptions.js';
import {ruleOrder, type FileResult} from './results.js';

/** What the SARIF log says about the run beyond its results. */
export interface SarifContext {
  /** The working folder: relative paths are resolved against it (`%SRCROOT%`). */
  cwd: string;
  /** Copydesk's version, for `tool.driver.version`. */
  version: string;
}

/** The base id relative artifact URIs are resolved against: the working folder, where CI checks out the repository. */
export const sourceRoot = '%SRCROOT%';

/** Where results are matched across runs: GitHub and other viewers combine this with the rule id. */
export const fingerprintKey = 'copydesk/ignoreKey/v1';

const levels: Record<RuleLevel, 'error' | 'warning' | 'note' | 'none'> = {error: 'error', warning: 'warning', info: 'note', off: 'none'};

/**
 * The SARIF 2.1.0 log (docs/cli-formats.md): one run, every rule described
 * (id, short description, documentation link, default level), one result a
 * finding with its region, the earlier copy as a related location, a
 * fingerprint from its ignore key, and its fixes as replacements. Columns
 * count UTF-16 code units, as the JSON report's do (`columnKind`).
 * Files that could not be checked are notifications of a run that did not
 * succeed.
 */
export function toSarifLog(results: readonly FileResult[], errors: readonly ReportError[], context: SarifContext): object {
  const pathOf = (result: FileResult) => ciPath(result.path, context.cwd);
  const prints = fingerprints(results, pathOf);
  const rules = [...ruleOrder];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version: context.version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: rules.map((rule) => ({
              id: rule,
              shortDescription: {text: ruleDescriptions[rule]},
              helpUri: ruleUrl(rule),
              defaultConfiguration: {level: levels[defaultSettings.rules[rule]]}
            }))
          }
        },
        originalUriBaseIds: {[sourceRoot]: {uri: folderUri(context.cwd)}},
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: errors.map((error) => ({
              level: 'error',
              message: {text: error.message},
              ...(error.path === null ? {} : {locations: [{physicalLocation: {artifactLocation: artifactLocation(error.path, context.cwd)}}]})
            }))
          }
        ],
        results: results.flatMap((result, fileIndex) => {
          const artifact = artifactLocation(result.path, context.cwd);
          const physical = (span: Span) => ({physicalLocation: {artifactLocation: artifact, region: region(span)}});
          // The earlier copy of a repeat across drafts is in the other file.
          const relatedPlace = (span: RelatedSpan) =>
            span.file === undefined ? physical(span) : {physicalLocation: {artifactLocation: artifactLocation(span.file, context.cwd), region: region(span)}};
          return result.findings.map((finding, findingIndex) => ({
            ruleId: finding.rule,
            ruleIndex: rules.indexOf(finding.rule),
            level: levels[finding.severity satisfies Severity],
            message: {text: finding.message},
            locations: [physical(finding)],
            ...(finding.related.length === 0
              ? {}
              : {relatedLocations: finding.related.map((span, index) => ({id: index + 1, ...relatedPlace(span), message: {text: 'The earlier copy'}}))}),
            partialFingerprints: {[fingerprintKey]: prints[fileIndex][findingIndex]},
            ...(finding.fixes.length === 0 || result.path === '-'
              ? {}
              : {
                  fixes: finding.fixes.map((fix) => ({
                    description: {text: fix.title},
                    artifactChanges: [{artifactLocation: artifact, replacements: fix.edits.map((edit) => ({deletedRegion: region(edit), insertedContent: {text: edit.newText}}))}]
                  }))
                }),
            properties: {kind: finding.kind}
          }));
        })
      }
    ]
  };
}

/** The SARIF log as printed: indented, one trailing newline. */
export function formatSarif(results: readonly FileResult[], errors: readonly ReportError[], context: SarifContext): string {
  return JSON.stringify(toSarifLog(results, errors, context), null, 2) + '\n';
}

/** SARIF regions are 1-based with an exclusive end column, as findings are. */
function region(span: Span): {startLine: number; startColumn: number; endLine: number; endColumn: number} {
  return {startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn};
}

/**
 * Where a file is: a URI relative to the working folder when it is inside
 * it (what GitHub code scanning needs), else an absolute `file:` URI;
 * standard input has no URI, only a description.
 */
function artifactLocation(shown: string, cwd: string): {uri?: string; uriBaseId?: string; description?: {text: string}} {
  if (shown === '-') return {description: {text: 'standard input'}};
  const relative = pathInside(shown, cwd);
  if (relative !== undefined) return {uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: sourceRoot};
  return {uri: pathToFileURL(path.resolve(cwd, shown)).href};
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : href + '/';
}
