import type {Finding} from './types.js';

/**
 * Leave out the claims (needs-attribution findings) that lie inside an exact
 * repeat or a repeated passage: the same words are checked on the first
 * copy, and the repeat is one problem, to be deleted, not several. Once the
 * repeat is deleted or changed, nothing is folded and its claims are
 * reported again where they still stand; an ignored repeat (see ignore.ts)
 * folds nothing either. Near copies fold nothing: they differ, and a person
 * keeps one of them.
 *
 * `findings` are sorted by position (a claim may come before the repeat that
 * starts where it does); one pass over them.
 */
export function foldClaimsIntoRepeats(findings: Finding[]): Finding[] {
  const repeats = findings.filter(foldsClaims);
  if (repeats.length === 0) return findings;
  const kept: Finding[] = [];
  let next = 0;
  // The furthest end of the repeats that start at or before the current finding.
  let coveredTo = -1;
  for (const finding of findings) {
    while (next < repeats.length && repeats[next].offset <= finding.offset) coveredTo = Math.max(coveredTo, repeats[next++].endOffset);
    if (finding.rule === 'needs-attribution' && finding.endOffset <= coveredTo) continue;
    kept.push(finding);
  }
  return kept;
}

/** Whether a finding is a repeat that folds the claims inside it (an exact repeat or a repeated passage, not a near copy). */
export function foldsClaims(finding: Finding): boolean {
  return finding.rule === 'duplicate-paragraph' && (finding.kind === 'exact' || finding.kind === 'passage');
}
