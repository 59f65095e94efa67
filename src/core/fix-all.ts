import {applyFixes, exactRepeatFix} from './fixes.js';
import type {Finding, Fix} from './types.js';

/** One deletion the fix-all made, for a `path:line: removed …` notice. */
export interface Removal {
  /** Line of the removed copy, in the text the pass worked on (the file as read, for the first pass). */
  line: number;
  /** `repeated paragraph`, `repeated passage` or `repeated heading`. */
  what: string;
  /** UTF-16 code units removed, the line break included. */
  chars: number;
}

/** More passes than any real draft needs; a guard against fixes that keep producing fixes. */
const maxPasses = 10;

/**
 * Delete every exact repeat (see `exactRepeatFix`), re-checking after each
 * pass, as the command line's `--fix` and the editor's Delete Every Exact
 * Repeat both do. Deletions that overlap (a repeated heading and the
 * repeated paragraph under it both taking the blank line between them) are
 * applied together: `applyFixes` removes their union, which is what both
 * asked for. Anything else that overlaps a chosen fix waits for the next
 * pass, when the re-check offers it afresh. Resolves to the fixed text, the
 * findings that remain, and what was removed (each character counted once).
 */
export async function fixAllRepeats(
  text: string,
  findings: Finding[],
  recheck: (text: string) => Promise<Finding[]> | Finding[]
): Promise<{text: string; findings: Finding[]; removals: Removal[]}> {
  const removals: Removal[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen: Fix[] = [];
    const removed: Array<{start: number; end: number}> = [];
    const passRemovals: Removal[] = [];
    for (const finding of findings) {
      const fix = exactRepeatFix(finding);
      if (!fix || fix.edits.length === 0) continue;
      const deletes = fix.edits.every((edit) => edit.newText === '');
      if (chosen.some((taken) => overlaps(taken, fix) && !(deletes && taken.edits.every((edit) => edit.newText === '')))) continue;
      chosen.push(fix);
      let chars = 0;
      for (const edit of fix.edits) {
        chars += uncovered({start: edit.offset, end: edit.endOffset}, removed);
        removed.push({start: edit.offset, end: edit.endOffset});
      }
      passRemovals.push({line: finding.line, what: describeRepeat(finding), chars});
    }
    if (chosen.length === 0) break;
    const next = applyFixes(text, chosen);
    if (next === text) break;
    for (const removal of passRemovals) removals.push(removal);
    text = next;
    findings = await recheck(text);
  }
  return {text, findings, removals};
}

function describeRepeat(finding: Finding): string {
  if (finding.rule === 'repeated-heading') return 'repeated heading';
  return finding.kind === 'passage' ? 'repeated passage' : 'repeated paragraph';
}

function overlaps(a: Fix, b: Fix): boolean {
  return a.edits.some((x) => b.edits.some((y) => x.offset < y.endOffset && y.offset < x.endOffset));
}

/** How much of `range` no range in `taken` covers. */
function uncovered(range: {start: number; end: number}, taken: ReadonlyArray<{start: number; end: number}>): number {
  const clipped = taken
    .map((other) => ({start: Math.max(other.start, range.start), end: Math.min(other.end, range.end)}))
    .filter((other) => other.start < other.end)
    .sort((a, b) => a.start - b.start);
  let covered = 0;
  let reach = range.start;
  for (const part of clipped) {
    if (part.end <= reach) continue;
    covered += part.end - Math.max(part.start, reach);
    reach = part.end;
  }
  return range.end - range.start - covered;
}
