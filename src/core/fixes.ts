import {blankLinesStart} from './document/removal.js';
import type {Edit, Finding, Fix} from './types.js';

/**
 * Apply the edits of several fixes to the text they were computed for.
 * Edits are applied from the end backwards so offsets stay valid. Two
 * deletions that overlap (neighbouring repeats each taking the blank line
 * between them) remove their union, which is exactly what both said they
 * would remove; any other edit that overlaps one already taken is skipped,
 * since the two fixes disagree and a person should look. An identical edit
 * offered twice is applied once. A union of deletions that runs to the end
 * of the text also takes the blank lines before it, as deleting the last
 * block alone does: each deletion took the blank line on its own side, and
 * the union would otherwise leave the text ending in a blank line.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const edits: Array<Pick<Edit, 'offset' | 'endOffset' | 'newText'>> = [];
  for (const fix of fixes) edits.push(...fix.edits);
  edits.sort((a, b) => b.offset - a.offset || b.endOffset - a.endOffset);

  const merged: typeof edits = [];
  for (const edit of edits) {
    const last = merged[merged.length - 1];
    if (last && last.offset === edit.offset && last.endOffset === edit.endOffset && last.newText === edit.newText) continue;
    if (last && edit.endOffset > last.offset) {
      if (edit.newText === '' && last.newText === '') {
        const endOffset = Math.max(edit.endOffset, last.endOffset);
        const offset = Math.min(edit.offset, last.offset);
        merged[merged.length - 1] = {offset: endOffset === text.length ? blankLinesStart(text, offset) : offset, endOffset, newText: ''};
      }
      continue;
    }
    // An insertion at the very point where a later edit starts would land inside its replacement's place.
    if (last && edit.offset === edit.endOffset && edit.offset === last.offset && last.offset !== last.endOffset) continue;
    merged.push(edit);
  }

  let result = text;
  for (const edit of merged) result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.endOffset);
  return result;
}

/**
 * Whether a finding is an exact repeat, safe to delete unattended (the
 * command line's `--fix`, the editor's fix-all on save): a repeated heading,
 * an exact repeated paragraph, or a repeated passage (an exact run of
 * sentences). Near copies need a person to choose which version to keep,
 * and claims are never deleted; nor is a repeat of another draft (which
 * story keeps the paragraph is an editor's call).
 */
export function isExactRepeat(finding: Finding): boolean {
  if (finding.related.some((span) => span.file !== undefined)) return false;
  return finding.rule === 'repeated-heading' || (finding.rule === 'duplicate-paragraph' && (finding.kind === 'exact' || finding.kind === 'passage'));
}

/** The fix that deletes an exact repeat, if the finding is one. */
export function exactRepeatFix(finding: Finding): Fix | undefined {
  return isExactRepeat(finding) ? finding.fixes.find((fix) => fix.action === 'delete-repeat') : undefined;
}
