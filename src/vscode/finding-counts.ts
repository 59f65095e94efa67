import type {Finding} from '../core/index.js';

/** What a draft (or a workspace) holds, as an editor counts it: repeats to resolve and claims to source. */
export interface FindingCounts {
  /** Repeated paragraphs, passages and headings. */
  repeats: number;
  /** Claims that need a source (`needs-attribution`). */
  claims: number;
}

/** Count findings as the status bar and the workspace check report them. */
export function countFindings(findings: readonly Pick<Finding, 'rule'>[]): FindingCounts {
  let claims = 0;
  for (const finding of findings) if (finding.rule === 'needs-attribution') claims++;
  return {repeats: findings.length - claims, claims};
}

/** Add `more` into `total` (a running workspace count). */
export function addCounts(total: FindingCounts, more: FindingCounts): void {
  total.repeats += more.repeats;
  total.claims += more.claims;
}

/** `4 repeats · 7 claims`, `1 repeat · 0 claims`: the short line both the status bar and the notification use. */
export function describeCounts({repeats, claims}: FindingCounts): string {
  return `${plural(repeats, 'repeat', 'repeats')} · ${plural(claims, 'claim', 'claims')}`;
}

/** The closing notification's text of a workspace check: `Copydesk checked 7 drafts: 4 repeats · 7 claims.` */
export function describeWorkspaceCheck(summary: FindingCounts & {files: number; skipped: number; cancelled: boolean}): string {
  const counts = describeCounts(summary);
  const drafts = plural(summary.files, 'draft', 'drafts');
  const skipped = summary.skipped ? ` ${plural(summary.skipped, 'draft was', 'drafts were')} not checked (see the output).` : '';
  return summary.cancelled ? `Copydesk's workspace check was cancelled after ${drafts}: ${counts} so far.${skipped}` : `Copydesk checked ${drafts}: ${counts}.${skipped}`;
}

/** `1 claim`, `2 claims`. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
