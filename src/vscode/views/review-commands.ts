import {Range, TextEditorRevealType, Uri, ViewColumn, commands, window, workspace, type Disposable, type TextDocument, type TextEditor} from 'vscode';
import type {Finding, Fix} from '../../core/index.js';
import type {CheckedDocument, DraftChecks} from '../checks.js';
import {findingFixes, ignoreAction} from '../code-actions.js';
import {findingToDiagnostic} from '../diagnostics.js';
import {fixesStillApply} from '../fixes.js';
import type {ReviewNode} from './review-items.js';
import {reviewCommandIds} from './review-ids.js';

/**
 * The view's commands: selecting an item shows it in the draft, and a
 * claim's inline actions run the quick fixes the editor offers on its
 * diagnostic (the same code actions, built by code-actions.ts), so the view
 * and the light bulb never differ.
 */
export function registerReviewCommands(checks: DraftChecks): Disposable[] {
  return [
    commands.registerCommand(reviewCommandIds.reveal, (uri: string, [start, end]: [number, number]) => reveal(Uri.parse(uri), start, end)),
    commands.registerCommand(reviewCommandIds.revealRepeat, (uri: string, repeat: [number, number], firstCopyUri: string, firstCopy: [number, number]) =>
      revealRepeat(Uri.parse(uri), repeat, Uri.parse(firstCopyUri), firstCopy)
    ),
    commands.registerCommand(reviewCommandIds.addAttribution, (node: ReviewNode) => applyFix(checks, node, 'add-attribution')),
    commands.registerCommand(reviewCommandIds.markSource, (node: ReviewNode) => applyFix(checks, node, 'mark-source')),
    commands.registerCommand(reviewCommandIds.ignore, (node: ReviewNode) => ignore(checks, node))
  ];
}

/**
 * Select a range of a draft (offsets of the text last checked) in the editor
 * already showing it, the leftmost if there are several, keeping the focus
 * where it is (so the list can be walked with the keyboard).
 */
async function reveal(uri: Uri, start: number, end: number, preserveFocus = true): Promise<TextEditor> {
  const document = await workspace.openTextDocument(uri);
  const range = new Range(document.positionAt(start), document.positionAt(end));
  const editor = await window.showTextDocument(document, {viewColumn: mainColumn(document), selection: range, preserveFocus});
  editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Select a repeat in the draft's editor, and its first copy (in the same draft, or another for a repeat across drafts) in an editor beside it. */
async function revealRepeat(uri: Uri, repeat: [number, number], firstCopyUri: Uri, firstCopy: [number, number]): Promise<TextEditor[]> {
  const editor = await reveal(uri, ...repeat);
  const document = await workspace.openTextDocument(firstCopyUri);
  const range = new Range(document.positionAt(firstCopy[0]), document.positionAt(firstCopy[1]));
  const beside = await window.showTextDocument(document, {viewColumn: (editor.viewColumn ?? ViewColumn.One) + 1, selection: range, preserveFocus: true});
  beside.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
  return [editor, beside];
}

/** The column of the editor furthest left that shows a document; the active one if none does. */
function mainColumn(document: TextDocument): ViewColumn {
  const columns = window.visibleTextEditors.filter((editor) => editor.document === document).map((editor) => editor.viewColumn ?? ViewColumn.One);
  return columns.length > 0 ? Math.min(...columns) : ViewColumn.Active;
}

/**
 * The claim of an open item, found in the draft's latest result (an
 * unchanged finding is the same object from check to check) with that
 * result, while its fixes still fit the document.
 */
async function currentClaim(checks: DraftChecks, node: ReviewNode): Promise<{document: TextDocument; checked: CheckedDocument; finding: Finding} | undefined> {
  if (node.type !== 'claim' || node.claim.state !== 'open') return undefined;
  const document = await workspace.openTextDocument(node.uri);
  const checked = checks.resultFor(node.uri);
  const wanted = node.claim.finding;
  const finding = checked?.findings.find(
    (candidate) => candidate === wanted || (candidate.rule === wanted.rule && candidate.kind === wanted.kind && candidate.offset === wanted.offset && candidate.ignoreKey === wanted.ignoreKey)
  );
  if (!checked || !finding || !fixesStillApply(document, checked, finding)) {
    void window.showInformationMessage('Copydesk: the draft changed since this claim was listed; try again once it is checked.');
    return undefined;
  }
  return {document, checked, finding};
}

/** *Add attribution* or *Mark as needing a source* on a claim; resolves to whether the draft was edited. */
async function applyFix(checks: DraftChecks, node: ReviewNode, action: Fix['action']): Promise<boolean> {
  const claim = await currentClaim(checks, node);
  if (!claim) return false;
  const {document, finding} = claim;
  const index = finding.fixes.findIndex((fix) => fix.action === action);
  const fix = findingFixes(document, finding, findingToDiagnostic(finding, document.uri))[index];
  if (!fix?.edit) return false;
  // The attribution's placeholder is a snippet: it lands in the editor with the focus, ready to type the source.
  await reveal(document.uri, finding.offset, finding.endOffset, action === 'mark-source');
  return workspace.applyEdit(fix.edit);
}

/** *Ignore this finding* on a claim: the comment (Markdown) or the ignore list (plain text), as the quick fix does. */
async function ignore(checks: DraftChecks, node: ReviewNode): Promise<boolean> {
  const claim = await currentClaim(checks, node);
  if (!claim) return false;
  const {document, checked, finding} = claim;
  const action = ignoreAction(document, checked, finding, findingToDiagnostic(finding, document.uri));
  if (!action) {
    void window.showWarningMessage('Copydesk: a finding in a plain-text file outside the workspace cannot be ignored; open its folder first.');
    return false;
  }
  if (action.edit) return workspace.applyEdit(action.edit);
  if (action.command) await commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return true;
}
