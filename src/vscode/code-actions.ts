import {
  CodeAction,
  CodeActionKind,
  Uri,
  WorkspaceEdit,
  workspace,
  type CodeActionContext,
  type CodeActionProvider,
  type CodeActionProviderMetadata,
  type Diagnostic,
  type Range,
  type TextDocument
} from 'vscode';
import {ignoreEntry, type Finding} from '../core/index.js';
import type {CheckedDocument, DraftChecks} from './checks.js';
import {commandIds, ignoreNextLineComment} from './constants.js';
import {diagnosticKey, ruleOf} from './diagnostics.js';
import {blockStart, combinedEdit, exactRepeatFixes, fixesStillApply, fixToEdits, isExactRepeat} from './fixes.js';

/** `source.fixAll.copydesk`: what `editor.codeActionsOnSave` asks for. */
export const fixAllKind = CodeActionKind.SourceFixAll.append('copydesk');

/** Title of the fix-all actions. */
export const fixAllTitle = 'Delete every exact repeat in the document';

/**
 * Quick fixes for Copydesk's diagnostics, and the `source.fixAll.copydesk`
 * action that deletes exact repeats (never near copies, never claims).
 * Fixes are looked up from the diagnostics the request carries, by range,
 * rule and message, in the result the diagnostics were published from.
 */
export class FindingActions implements CodeActionProvider {
  static readonly metadata: CodeActionProviderMetadata = {providedCodeActionKinds: [CodeActionKind.QuickFix, fixAllKind]};

  constructor(private readonly checks: DraftChecks) {}

  async provideCodeActions(document: TextDocument, _range: Range, context: CodeActionContext): Promise<CodeAction[]> {
    const actions: CodeAction[] = [];
    const {only} = context;
    if (only && only.contains(fixAllKind)) {
      const fixAll = await this.fixAllAction(document);
      if (fixAll) actions.push(fixAll);
    }
    if (!only || only.contains(CodeActionKind.QuickFix)) actions.push(...this.quickFixes(document, context.diagnostics));
    return actions;
  }

  /** The fix-all action for the document's current text (checked afresh: on save the last result may be a keystroke behind). */
  private async fixAllAction(document: TextDocument): Promise<CodeAction | undefined> {
    if (!this.checks.isEnabledFor(document)) return undefined;
    const checked = await this.checks.checkNow(document);
    if (!checked || checked.version !== document.version) return undefined;
    const edit = combinedEdit(checked, exactRepeatFixes(checked.findings), document);
    if (!edit) return undefined;
    const action = new CodeAction(fixAllTitle, fixAllKind);
    action.edit = new WorkspaceEdit();
    action.edit.set(document.uri, [edit]);
    return action;
  }

  private quickFixes(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
    const checked = this.checks.resultFor(document.uri);
    if (!checked) return [];
    const actions: CodeAction[] = [];
    let everyRepeat: CodeAction | undefined;
    for (const diagnostic of diagnostics) {
      const rule = ruleOf(diagnostic);
      const finding = rule === undefined ? undefined : checked.byKey.get(diagnosticKey(diagnostic.range, rule, diagnostic.message));
      if (!finding) continue;
      if (fixesStillApply(document, checked, finding)) {
        actions.push(...findingFixes(document, finding, diagnostic));
        if (isExactRepeat(finding)) {
          if (everyRepeat) everyRepeat.diagnostics?.push(diagnostic);
          else everyRepeat = this.everyRepeatAction(document, checked, diagnostic);
        }
        const ignore = ignoreAction(document, checked, finding, diagnostic);
        if (ignore) actions.push(ignore);
      }
      actions.push(documentationAction(finding, diagnostic));
    }
    if (everyRepeat) actions.push(everyRepeat);
    return actions;
  }

  /** "Delete every exact repeat", offered when the document holds more than one. */
  private everyRepeatAction(document: TextDocument, checked: CheckedDocument, diagnostic: Diagnostic): CodeAction | undefined {
    if (document.version !== checked.version || checked.findings.filter(isExactRepeat).length < 2) return undefined;
    const edit = combinedEdit(checked, exactRepeatFixes(checked.findings), document);
    if (!edit) return undefined;
    const action = new CodeAction(fixAllTitle, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.edit = new WorkspaceEdit();
    action.edit.set(document.uri, [edit]);
    return action;
  }
}

/** The core's own fixes: delete the repeat (preferred), add an attribution, mark as needing a source. */
export function findingFixes(document: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  return finding.fixes.map((fix) => {
    const action = new CodeAction(fix.title, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.edit = new WorkspaceEdit();
    action.edit.set(document.uri, fixToEdits(fix));
    if (fix.action === 'delete-repeat') action.isPreferred = true;
    return action;
  });
}

/** "Ignore this finding": a comment above it in Markdown, the ignore list in plain text (which needs a workspace folder to keep it in). */
export function ignoreAction(document: TextDocument, checked: CheckedDocument, finding: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  if (checked.format !== 'markdown' && !workspace.getWorkspaceFolder(document.uri)) return undefined;
  const action = new CodeAction('Ignore this finding', CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (checked.format === 'markdown') {
    const start = blockStart(document, finding.line - 1);
    const indent = document.lineAt(start.line).text.slice(0, start.character);
    action.edit = new WorkspaceEdit();
    action.edit.insert(document.uri, start, `${ignoreNextLineComment(finding.rule)}\n${indent}`);
  } else {
    action.command = {command: commandIds.ignoreFinding, title: action.title, arguments: [document.uri.toString(), ignoreEntry(finding)]};
  }
  return action;
}

function documentationAction(finding: Finding, diagnostic: Diagnostic): CodeAction {
  const title = `Show documentation for ${finding.rule}`;
  const action = new CodeAction(title, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = {command: 'vscode.open', title, arguments: [Uri.parse(finding.url)]};
  return action;
}
