import {Uri, WorkspaceEdit, commands, window, workspace, type Disposable, type LogOutputChannel} from 'vscode';
import type {DraftChecks} from './checks.js';
import {commandIds, showProblemsCommand} from './constants.js';
import {fixAllRepeats as fixAllRepeatsInText} from '../core/index.js';
import {replacementEdit} from './fixes.js';
import type {IgnoreList} from './ignore-list.js';
import type {Notifications} from './notifications.js';
import {describeWorkspaceCheck} from './finding-counts.js';
import {exportReview} from './export-review.js';
import {checkWorkspace, showOutputButton, showProblemsButton, type WorkspaceCheckSummary} from './workspace-check.js';

/** The commands in the palette (category "Copydesk") and the ones code actions call. */
export function registerCommands(checks: DraftChecks, ignoreList: IgnoreList, output: LogOutputChannel, notifications: Notifications): Disposable[] {
  return [
    commands.registerCommand(commandIds.checkDocument, () => checkDocument(checks)),
    commands.registerCommand(commandIds.checkWorkspace, () => checkWorkspaceCommand(checks, output, notifications)),
    commands.registerCommand(commandIds.fixAllRepeats, () => fixAllRepeats(checks)),
    commands.registerCommand(commandIds.showOutput, () => output.show()),
    commands.registerCommand(commandIds.exportReview, (destination?: Uri | string) => exportReview(checks, destination)),
    commands.registerCommand(commandIds.ignoreFinding, (uri: string, key: string) => ignoreFinding(checks, ignoreList, uri, key))
  ];
}

/** "Copydesk: Check Document": check the active document now, whatever `copydesk.run` says; resolves to the number of findings. */
async function checkDocument(checks: DraftChecks): Promise<number | undefined> {
  const document = window.activeTextEditor?.document;
  if (!document || !checks.isEnabledFor(document)) {
    void window.showInformationMessage('Copydesk checks the languages listed in copydesk.languages; open a Markdown or plain-text draft first.');
    return undefined;
  }
  return (await checks.checkNow(document))?.findings.length;
}

/**
 * "Copydesk: Check Workspace", ending with a notification of its totals and
 * a *Show Problems* button. Resolves to the summary without waiting for the
 * notification, which stays until the user answers or dismisses it.
 */
async function checkWorkspaceCommand(checks: DraftChecks, output: LogOutputChannel, notifications: Notifications): Promise<WorkspaceCheckSummary> {
  const summary = await checkWorkspace(checks, output);
  const buttons = summary.skipped ? [showProblemsButton, showOutputButton] : [showProblemsButton];
  void notifications.showInformation(describeWorkspaceCheck(summary), ...buttons).then(async (chosen) => {
    if (chosen === showProblemsButton) await commands.executeCommand(showProblemsCommand);
    else if (chosen === showOutputButton) output.show();
  });
  return summary;
}

/**
 * "Copydesk: Delete Every Exact Repeat": exact repeated paragraphs, passages
 * and headings in the active document, re-checked and deleted again until
 * none is left, as the command line's `--fix` does (the core's
 * `fixAllRepeats`), then applied as one edit; resolves to how many were
 * deleted.
 */
async function fixAllRepeats(checks: DraftChecks): Promise<number> {
  const document = window.activeTextEditor?.document;
  if (!document || !checks.isEnabledFor(document)) return 0;
  const checked = await checks.checkNow(document);
  if (!checked || checked.version !== document.version) return 0;
  const fixed = await fixAllRepeatsInText(checked.text, checked.findings, (text) => checks.checkText(document, text, checked.format));
  const edit = replacementEdit(document, checked.text, fixed.text);
  if (!edit) {
    void window.showInformationMessage('Copydesk: no exact repeats to delete (near copies are left for you to choose).');
    return 0;
  }
  // An edit made while the passes ran would be overwritten: leave the document to the writer.
  if (document.version !== checked.version) return 0;
  const workspaceEdit = new WorkspaceEdit();
  workspaceEdit.set(document.uri, [edit]);
  return (await workspace.applyEdit(workspaceEdit)) ? fixed.removals.length : 0;
}

/** The plain-text "Ignore this finding": record its key in `.copydesk/ignored.json`, then check again. */
async function ignoreFinding(checks: DraftChecks, ignoreList: IgnoreList, uri: string, key: string): Promise<void> {
  const resource = Uri.parse(uri);
  if (!(await ignoreList.add(resource, key))) return;
  const document = workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri);
  if (document) await checks.checkNow(document);
}
