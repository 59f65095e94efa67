import {Uri, window, workspace, type TextDocument} from 'vscode';
import {reviewDraft, reviewToHtml, reviewToMarkdown, type ReviewFormat} from '../core/review/index.js';
import {createCheckerDroppingBadSettings} from './checker-settings.js';
import type {DraftChecks} from './checks.js';
import {displayPath, replaceTextFile} from './files.js';
import {formatOf} from './settings.js';

/** The format a report file's name asks for: HTML for `.html` and `.htm`, else Markdown. */
export function reviewFormatFor(uri: Uri): ReviewFormat {
  return /\.html?$/i.test(uri.path) ? 'html' : 'markdown';
}

/**
 * "Copydesk: Export Review": the review report of the active draft (the
 * core's, as `copydesk report` writes it), saved where the save dialog
 * says, or at `destination` when a caller (a test, a keybinding) gives one
 * as the command's argument. The file is written whole (a temporary file
 * renamed over it), never over the draft itself. Resolves to where it was
 * written, or `undefined` when nothing was.
 */
export async function exportReview(checks: DraftChecks, destination?: Uri | string): Promise<Uri | undefined> {
  const document = window.activeTextEditor?.document;
  if (!document || !checks.isEnabledFor(document)) {
    void window.showInformationMessage('Copydesk exports the review of the active draft; open a Markdown or plain-text draft first.');
    return undefined;
  }
  const target = typeof destination === 'string' ? Uri.parse(destination) : (destination ?? (await askWhere(document)));
  if (!target) return undefined;
  if (target.toString() === document.uri.toString()) {
    void window.showErrorMessage('Copydesk: the review cannot be saved over the draft it reviews; choose another file.');
    return undefined;
  }
  const {settings, ignore} = await checks.settingsOf(document);
  const {checker} = createCheckerDroppingBadSettings(settings);
  const review = reviewDraft({path: workspace.asRelativePath(document.uri, false), text: document.getText(), format: formatOf(document.languageId), settings, ignore, checker});
  const report = reviewFormatFor(target) === 'html' ? reviewToHtml([review]) : reviewToMarkdown([review]);
  try {
    await replaceTextFile(target, report);
  } catch (error) {
    void window.showErrorMessage(`Copydesk could not write the review to ${displayPath(target)}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  void window.showInformationMessage(`Copydesk wrote the review of ${workspace.asRelativePath(document.uri, false)} to ${displayPath(target)}.`);
  return target;
}

/** The save dialog, offering `NAME-review.html` beside the draft. */
function askWhere(document: TextDocument): Thenable<Uri | undefined> {
  const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || 'draft';
  return window.showSaveDialog({
    title: 'Export Copydesk Review',
    saveLabel: 'Export Review',
    defaultUri: Uri.joinPath(document.uri, '..', `${name}-review.html`),
    filters: {HTML: ['html', 'htm'], Markdown: ['md']}
  });
}
