import {Position, Range, SnippetString, SnippetTextEdit, TextEdit, type TextDocument} from 'vscode';
import {applyFixes, exactRepeatFix, isExactRepeat, type Edit, type Finding, type Fix} from '../core/index.js';
import type {CheckedDocument} from './checks.js';
import {spanToRange} from './diagnostics.js';

/** The placeholder the core's attribution fix leaves for the writer to fill in. */
const sourcePlaceholder = 'SOURCE';

export {isExactRepeat};

/** The fixes that delete every exact repeat. */
export function exactRepeatFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) => exactRepeatFix(finding) ?? []);
}

/**
 * One edit that applies several fixes to the checked text, using the core's
 * own rules for overlapping fixes; `undefined` when nothing changes. The
 * edit spans from the first to the last changed character.
 */
export function combinedEdit(checked: Pick<CheckedDocument, 'text'>, fixes: readonly Fix[], document: TextDocument): TextEdit | undefined {
  if (fixes.length === 0) return undefined;
  return replacementEdit(document, checked.text, applyFixes(checked.text, fixes));
}

/**
 * One edit that turns `before` (the document's text when it was checked)
 * into `after`, spanning from the first to the last changed character;
 * `undefined` when they are the same.
 */
export function replacementEdit(document: TextDocument, before: string, after: string): TextEdit | undefined {
  if (after === before) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // Offsets of the checked text are offsets of the document while the versions agree.
  return TextEdit.replace(new Range(document.positionAt(start), document.positionAt(before.length - end)), after.slice(start, after.length - end));
}

/**
 * A fix's edits as editor edits. The attribution fix's `SOURCE` becomes a
 * snippet placeholder, so the cursor lands on it ready to type the source.
 */
export function fixToEdits(fix: Fix): Array<TextEdit | SnippetTextEdit> {
  return fix.edits.map((edit) => {
    const range = spanToRange(edit);
    if (fix.action === 'add-attribution' && edit.newText.includes(sourcePlaceholder)) {
      const index = edit.newText.indexOf(sourcePlaceholder);
      const snippet = new SnippetString()
        .appendText(edit.newText.slice(0, index))
        .appendPlaceholder('source', 1)
        .appendText(edit.newText.slice(index + sourcePlaceholder.length));
      return new SnippetTextEdit(range, snippet);
    }
    return new TextEdit(range, edit.newText);
  });
}

/**
 * Whether a result's fixes still fit the document: the same version, or the
 * text at the finding and at each edit unchanged (so a fix offered after an
 * edit elsewhere, before the next check, is still right).
 */
export function fixesStillApply(document: TextDocument, checked: CheckedDocument, finding: Finding): boolean {
  if (document.version === checked.version) return true;
  const same = (span: Pick<Edit, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'>) =>
    document.getText(spanToRange(span)) === checked.text.slice(span.offset, span.endOffset);
  return same(finding) && finding.fixes.every((fix) => fix.edits.every(same));
}

/** The start of the line a finding's block begins on, for an ignore comment above it (Markdown). */
export function blockStart(document: TextDocument, line: number): Position {
  let first = line;
  // Walk up through a hard-wrapped paragraph: a comment inside it would split it in two.
  while (first > 0 && !startsBlock(document.lineAt(first).text) && document.lineAt(first - 1).text.trim() !== '') first--;
  return new Position(first, document.lineAt(first).firstNonWhitespaceCharacterIndex);
}

function startsBlock(text: string): boolean {
  return /^\s*(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>)/.test(text);
}
