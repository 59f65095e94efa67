import {applyFixes, check} from '../../src/core/index.js';
import type {Finding, Format, PartialSettings, RuleId} from '../../src/core/index.js';

/** Findings of one rule, with attribution switched off unless asked for, so each rule's tests see only its own findings. */
export async function findingsOf(rule: RuleId, text: string, format: Format = 'markdown', settings: PartialSettings = {}): Promise<Finding[]> {
  const rules = {'duplicate-paragraph': 'off', 'repeated-heading': 'off', 'needs-attribution': 'off', ...settings.rules, [rule]: 'warning'} as const;
  const findings = await check(text, {format, settings: {...settings, rules}});
  return findings.filter((finding) => finding.rule === rule);
}

/** `line:column-endLine:endColumn: message`, the way retext tests print messages. */
export function brief(finding: Finding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}: ${finding.message}`;
}

/** The text after applying the first fix of every finding. */
export function fixed(text: string, findings: Finding[]): string {
  return applyFixes(text, findings.map((finding) => finding.fixes[0]));
}
