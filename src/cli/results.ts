import {ruleIds} from '../core/project.js';
import type {Finding, RuleId} from '../core/types.js';

/** The findings of one checked draft, under the path the report shows. */
export interface FileResult {
  path: string;
  findings: Finding[];
  /** The text the findings' positions refer to, for reports that count columns in other units (reviewdog's UTF-8 bytes). */
  text?: string;
}

/** Rules in the order the summary names them; a rule added later is named after these, alphabetically. */
export const ruleOrder: readonly RuleId[] = ruleIds;

/**
 * Results in report order: by path (code-unit order, the same on every
 * system and locale), and each file's findings by position.
 */
export function sortResults(results: readonly FileResult[]): FileResult[] {
  return [...results]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((result) => ({
      ...result,
      findings: [...result.findings].sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || ruleIndex(a.rule) - ruleIndex(b.rule))
    }));
}

/** Findings counted per rule, in {@link ruleOrder}, leaving out rules with none. */
export function countByRule(results: readonly FileResult[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const result of results) for (const finding of result.findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  const rules = [...counts.keys()].sort((a, b) => ruleIndex(a) - ruleIndex(b) || (a < b ? -1 : 1));
  return Object.fromEntries(rules.map((rule) => [rule, counts.get(rule) as number]));
}

function ruleIndex(rule: string): number {
  const index = ruleOrder.indexOf(rule as RuleId);
  return index === -1 ? ruleOrder.length : index;
}
