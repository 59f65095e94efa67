/**
 * What the in-editor tests share: fresh copies of the fixture drafts, and
 * waiting on VS Code's own events (never on sleeps) for diagnostics.
 */
import {
  ConfigurationTarget,
  DiagnosticSeverity,
  Position,
  Range,
  Selection,
  Uri,
  commands,
  extensions,
  languages,
  window,
  workspace,
  type CodeAction,
  type Diagnostic,
  type TextEditor
} from 'vscode';

import type {EngineTestHooks} from '../../src/vscode/engine.js';
import type {StatusBarState} from '../../src/vscode/status-bar.js';
import type {InterfaceTestHooks} from '../../src/vscode/test-hooks.js';

export const extensionId = 'copydesk.copydesk';

/** What the extension's `activate` returns. */
export interface CopydeskApi {
  settled(): Promise<void>;
  /** Only in `ExtensionMode.Test`, in the Node host (the web-worker host has no worker to break). */
  testHooks?: EngineTestHooks;
  /** Only in `ExtensionMode.Test` (both hosts): the status bar item and notifications. */
  interfaceHooks?: InterfaceTestHooks;
}

/** How long a wait may take before the test fails with what it saw (a deadline, not a sleep). */
const waitLimit = 20_000;

export function workspaceRoot(): Uri {
  const folder = workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The tests need the fixture workspace open.');
  return folder.uri;
}

export function workspaceUri(relative: string): Uri {
  return Uri.joinPath(workspaceRoot(), relative);
}

let counter = 0;

/** A new file in the workspace's `scratch/` folder with the given text (each test gets its own). */
export async function writeDraft(name: string, text: string): Promise<Uri> {
  const uri = workspaceUri(`scratch/${++counter}-${name}`);
  await workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** A fresh copy of a fixture draft, so tests that edit it do not disturb each other. */
export async function copyDraft(relative: string, name = relative.split('/').pop() ?? relative): Promise<Uri> {
  return writeDraft(name, await readText(workspaceUri(relative)));
}

export async function readText(uri: Uri): Promise<string> {
  return new TextDecoder().decode(await workspace.fs.readFile(uri));
}

/** Open a draft in an editor (snippets and fix-all need one). */
export async function showDraft(uri: Uri): Promise<TextEditor> {
  return window.showTextDocument(await workspace.openTextDocument(uri));
}

/** The extension's API, activating it if needed. */
export async function copydesk(): Promise<CopydeskApi> {
  const extension = extensions.getExtension<CopydeskApi>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not installed in this VS Code`);
  return extension.activate();
}

/** The extension's interface hooks (present whenever the suite runs). */
export async function interfaceHooks(): Promise<InterfaceTestHooks> {
  const hooks = (await copydesk()).interfaceHooks;
  if (!hooks) throw new Error('The extension gave no interface test hooks; is it running in ExtensionMode.Test?');
  return hooks;
}

/** Resolve with the status bar item's state once `accept` likes it: checked now and each time the item is drawn. */
export async function waitForStatusBar(accept: (state: StatusBarState) => boolean, what: string): Promise<StatusBarState> {
  const hooks = await interfaceHooks();
  return new Promise((resolve, reject) => {
    const test = (state: StatusBarState) => {
      if (!accept(state)) return;
      subscription.dispose();
      clearTimeout(deadline);
      resolve(state);
    };
    const subscription = hooks.onDidUpdateStatusBar(test);
    const deadline = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Waited ${waitLimit / 1000} s for the status bar to show ${what}; it shows ${JSON.stringify(hooks.statusBar())}`));
    }, waitLimit);
    test(hooks.statusBar());
  });
}

/** Copydesk's diagnostics for a document, in document order. */
export function copydeskDiagnostics(uri: Uri): Diagnostic[] {
  return languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'copydesk')
    .sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
}

/**
 * Resolve with a document's diagnostics once `accept` likes them: checked now
 * and on each `onDidChangeDiagnostics` for the document.
 */
export function waitForDiagnostics(uri: Uri, accept: (diagnostics: Diagnostic[]) => boolean, what = 'the expected diagnostics'): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = () => {
      subscription.dispose();
      clearTimeout(deadline);
    };
    const test = () => {
      const diagnostics = copydeskDiagnostics(uri);
      if (!accept(diagnostics)) return;
      done();
      resolve(diagnostics);
    };
    const subscription = languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) test();
    });
    const deadline = setTimeout(() => {
      done();
      reject(new Error(`Waited ${waitLimit / 1000} s for ${what} in ${workspace.asRelativePath(uri)}; it has:\n${copydeskDiagnostics(uri).map(describe).join('\n')}`));
    }, waitLimit);
    test();
  });
}

/** Wait until a document has diagnostics of these rules (by `code`), in this order. */
export function waitForRules(uri: Uri, rules: string[]): Promise<Diagnostic[]> {
  const wanted = rules.join(',');
  return waitForDiagnostics(uri, (diagnostics) => diagnostics.map(ruleOf).join(',') === wanted, `diagnostics [${wanted}]`);
}

export function ruleOf(diagnostic: Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** `line:column-line:column` with 1-based lines and columns, as the core and the command line print them. */
export function rangeText(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

/** A diagnostic as one line: place, severity, rule, message. */
export function describe(diagnostic: Diagnostic): string {
  return `${rangeText(diagnostic.range)} ${DiagnosticSeverity[diagnostic.severity]} ${ruleOf(diagnostic)}: ${diagnostic.message}`;
}

/** Set a `copydesk.*` setting in the workspace (`undefined` removes it). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await workspace.getConfiguration('copydesk').update(key, value, ConfigurationTarget.Workspace);
}

/**
 * The code actions VS Code offers at a diagnostic's range, only Copydesk's.
 * (`vscode.executeCodeActionProvider` returns titles, kinds, edits and
 * commands, not the diagnostics an action is tied to, so ours are told
 * apart by title.)
 */
export async function actionsAt(uri: Uri, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await commands.executeCommand<CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
  return actions.filter((action) => ourTitles.test(action.title));
}

const ourTitles = /^(Delete this |Delete every exact repeat|Add |Mark |Ignore this finding|Show documentation for )/;

/** A document's lines without the ones given (1-based), joined again. */
export function withoutLines(text: string, ...lines: number[]): string {
  return text
    .split('\n')
    .filter((_, index) => !lines.includes(index + 1))
    .join('\n');
}

/** Put the cursor at a 0-based line and character. */
export function placeCursor(editor: TextEditor, line: number, character = 0): void {
  const position = new Position(line, character);
  editor.selection = new Selection(position, position);
}

