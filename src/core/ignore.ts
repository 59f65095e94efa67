import type {Block} from './document/block.js';
import type {Finding, RuleId} from './types.js';
import {ruleIds} from './project.js';
import {lineIndexOf} from './report.js';

/**
 * Drop findings silenced by Markdown comments (`copydesk-ignore-next-line`,
 * `copydesk-disable` … `copydesk-enable`) or listed by `ignoreKey` (how plain
 * text, which has no comments, keeps its ignores).
 */
export function filterIgnored(findings: Finding[], blocks: readonly Block[], lineStarts: number[], ignoreKeys: readonly string[] = []): Finding[] {
  const keys = new Set(ignoreKeys);
  const silenced = silencedRanges(blocks, lineStarts);
  if (keys.size === 0 && silenced.length === 0) return findings;
  return findings.filter((finding) => {
    if (keys.size > 0 && (keys.has(ignoreEntry(finding)) || keys.has(finding.ignoreKey))) return false;
    return !isSilenced(silenced, finding.offset, finding.rule);
  });
}

/**
 * The ignore-list entry that silences one finding: its rule and its
 * `ignoreKey` (`needs-attribution:fares rose 12% in may.`). A bare key, as
 * early editors wrote, silences every rule's finding on that text, so that
 * ignoring a one-sentence repeated paragraph silenced the claim in its
 * first copy too.
 */
export function ignoreEntry(finding: Pick<Finding, 'rule' | 'ignoreKey'>): string {
  return `${finding.rule}:${finding.ignoreKey}`;
}

/** A stretch of the document where directive comments silence some rules. */
export interface SilencedRange {
  start: number;
  end: number;
  rules: RuleId[];
}
/** Whether a finding of `rule` starting at `offset` is silenced by a directive comment. */
export function isSilenced(ranges: readonly SilencedRange[], offset: number, rule: RuleId): boolean {
  return ranges.some((range) => offset >= range.start && offset < range.end && range.rules.includes(rule));
}

/** Where the document's directive comments (`copydesk-disable`, `copydesk-ignore-next-line` …) silence rules. */
export function silencedRanges(blocks: readonly Block[], lineStarts: number[]): SilencedRange[] {
  const ranges: SilencedRange[] = [];
  // The rules disabled since `since`; each directive closes the current region and opens the next.
  let disabled = new Set<RuleId>();
  let since = 0;
  blocks.forEach((block, index) => {
    const directive = block.directive;
    if (!directive) return;
    if (directive.type === 'ignore-next-line') {
      const line = lineIndexOf(lineStarts, block.end) + 1;
      const start = lineStarts[line] ?? block.end;
      const next = blocks[index + 1];
      // The next line, and the whole block that starts on it: a paragraph is one line to a writer using soft wrap.
      const lineEnd = lineStarts[line + 1] ?? Number.POSITIVE_INFINITY;
      const end = next && next.start < lineEnd ? Math.max(next.end, lineEnd) : lineEnd;
      ranges.push({start, end, rules: directive.rules.length ? directive.rules : [...ruleIds]});
      return;
    }
    if (disabled.size > 0) ranges.push({start: since, end: block.start, rules: [...disabled]});
    const named = directive.rules.length ? directive.rules : ruleIds;
    disabled = new Set(disabled);
    for (const rule of named) {
      if (directive.type === 'disable') disabled.add(rule);
      else disabled.delete(rule);
    }
    since = block.end;
  });
  if (disabled.size > 0) ranges.push({start: since, end: Number.POSITIVE_INFINITY, rules: [...disabled]});
  return ranges;
}
