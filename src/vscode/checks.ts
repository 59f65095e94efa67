import {EventEmitter, window, workspace, type DiagnosticCollection, type Disposable, type Event, type LogOutputChannel, type TextDocument, type TextDocumentChangeEvent, type Uri} from 'vscode';
import {mergeSettings, type Finding, type Format, type PartialSettings} from '../core/index.js';
import {configFileName, configSection, settingNames, typingDelay} from './constants.js';
import type {ConfigFiles} from './config-files.js';
import type {DroppedSetting} from './checker-settings.js';
import {checkStoppedDiagnostic, findingToDiagnostic} from './diagnostics.js';
import {DocumentDiagnostics} from './document-diagnostics.js';
import {CheckStoppedError, SupersededError, type CheckEngine, type CheckResult} from './engine.js';
import {displayPath, exceedsBytes} from './files.js';
import type {IgnoreList} from './ignore-list.js';
import {formatOf, readCheckSettings, readEditorOptions} from './settings.js';

/** The result of checking one version of a document, kept for code actions and the status bar. */
export interface CheckedDocument {
  uri: Uri;
  version: number;
  /** The text that was checked: fixes are in its coordinates. */
  text: string;
  format: Format;
  findings: Finding[];
  /** Findings by {@link diagnosticKey} of their diagnostics. */
  byKey: Map<string, Finding>;
}

/** What the status bar shows for a document. */
export type DocumentStatus =
  | {state: 'checked'; findings: readonly Finding[]}
  | {state: 'too-large'; limit: number}
  | {state: 'stopped'; reason: string}
  | undefined;

/** Where diagnostics of documents nobody opened come from ("Check Workspace"). */
export interface ResourceCheck {
  uri: Uri;
  text: string;
  format: Format;
}

interface DocumentState {
  document: TextDocument;
  /** Bumped by every check started; a result of an older generation is dropped. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  checked?: CheckedDocument;
  /** The diagnostics of the published findings, kept so an unchanged finding keeps its diagnostic. */
  diagnostics: DocumentDiagnostics;
  tooLarge?: number;
  /** Why the last check did not finish (its notice is the document's only diagnostic). */
  stopped?: string;
}

/** Schemes of documents that are views of other things (diffs, output), never drafts. */
const ignoredSchemes = new Set(['git', 'output', 'vscode-scm', 'debug', 'gitlens', 'vscode-chat-code-block']);

/**
 * When documents are checked: a short throttle while typing or a check on
 * save, and a generation counter so a result for an older version of the
 * document is never published. The engine keeps one checker per open
 * document (it caches what it parsed, so re-checks after an edit are cheap)
 * and, in the Node host, runs it in a worker thread. A finding that did not
 * change keeps its diagnostic ({@link DocumentDiagnostics}), so publishing a
 * re-check costs what changed, not what the document holds. A check that
 * does not finish (stopped at its deadline, its worker failed, the checker
 * threw) leaves the document one notice in place of its findings.
 */
export class DraftChecks implements Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly tooLargeNoticed = new Set<string>();
  private readonly droppedNoticed = new Set<string>();
  private readonly checked = new EventEmitter<Uri>();

  /** A document's diagnostics or status changed. */
  readonly onDidCheck: Event<Uri> = this.checked.event;

  constructor(
    private readonly diagnostics: DiagnosticCollection,
    private readonly configFiles: ConfigFiles,
    private readonly ignoreList: IgnoreList,
    private readonly output: LogOutputChannel,
    private readonly engine: CheckEngine
  ) {}

  /** Whether a document is one Copydesk checks (its language is in `copydesk.languages`). */
  isEnabledFor(document: TextDocument): boolean {
    return !ignoredSchemes.has(document.uri.scheme) && readEditorOptions(document).languages.includes(document.languageId);
  }

  didOpenTextDocument(document: TextDocument): void {
    if (this.isEnabledFor(document)) void this.checkNow(document);
  }

  didChangeTextDocument(event: TextDocumentChangeEvent): void {
    const {document} = event;
    if (event.contentChanges.length === 0 || !this.isEnabledFor(document)) return;
    if (readEditorOptions(document).run !== 'onType') return;
    const state = this.stateOf(document);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => void this.checkNow(document), typingDelay);
  }

  didSaveTextDocument(document: TextDocument): void {
    if (this.isEnabledFor(document) && readEditorOptions(document).run === 'onSave') void this.checkNow(document);
  }

  didCloseTextDocument(document: TextDocument): void {
    const key = document.uri.toString();
    const state = this.states.get(key);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(key);
    this.engine.forget(key);
    this.diagnostics.delete(document.uri);
    this.checked.fire(document.uri);
  }

  /** Check every open document again (settings, configuration files or ignore lists changed). */
  recheckOpenDocuments(): void {
    for (const document of workspace.textDocuments) {
      if (this.isEnabledFor(document)) void this.checkNow(document);
      else if (this.states.has(document.uri.toString()) || this.diagnostics.has(document.uri)) this.didCloseTextDocument(document);
    }
  }

  /** Check a document now, whatever `copydesk.run` says; resolves to the result, or `undefined` when it was skipped or overtaken by an edit. */
  checkNow(document: TextDocument): Promise<CheckedDocument | undefined> {
    const state = this.stateOf(document);
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const generation = ++state.generation;
    const run = this.run(state, generation).catch((error: unknown) => {
      if (error instanceof SupersededError) return undefined;
      this.output.error(`Checking ${displayPath(document.uri)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    });
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return run;
  }

  /**
   * Check a text with a document's settings and ignore list, publishing
   * nothing: the fixed text Delete Every Exact Repeat re-checks between its
   * passes.
   */
  async checkText(document: TextDocument, text: string, format: Format): Promise<Finding[]> {
    const {settings, ignore} = await this.settingsFor(document.uri);
    const key = `fix-all:${document.uri.toString()}`;
    try {
      return (await this.engine.check({key, settings, text, options: {format, ignore}})).findings;
    } finally {
      this.engine.forget(key);
    }
  }

  /** The settings (VS Code's with the configuration files laid over them) and ignore keys a document is checked with. */
  async settingsOf(document: TextDocument): Promise<{settings: PartialSettings; ignore: readonly string[]}> {
    const {settings, ignore} = await this.settingsFor(document.uri, document);
    return {settings, ignore};
  }

  /**
   * Check a text with a document's settings and no ignore list, publishing
   * nothing, under a checker kept as `key` until {@link forgetCheck} (so
   * checking it again after an edit is cheap): the Copydesk view's look at
   * the claims that markers and ignores hide.
   */
  async checkUnignored(document: TextDocument, text: string, format: Format, key: string): Promise<Finding[]> {
    const {settings} = await this.settingsFor(document.uri, document);
    return (await this.engine.check({key, settings, text, options: {format, ignore: []}})).findings;
  }

  /** Drop the checker kept for {@link checkUnignored} under `key`. */
  forgetCheck(key: string): void {
    this.engine.forget(key);
  }

  /** Check a file nobody opened and publish its diagnostics ("Check Workspace"). */
  async checkResource(resource: ResourceCheck): Promise<Finding[]> {
    const {uri, text} = resource;
    const {settings, ignore, fromFiles} = await this.settingsFor(uri);
    const key = `workspace-check:${uri.toString()}`;
    let result: CheckResult;
    try {
      result = await this.engine.check({key, settings, text, options: {format: resource.format, ignore}}).finally(() => this.engine.forget(key));
    } catch (error) {
      // Findings of an earlier workspace check are stale now: the notice takes their place.
      if (!(error instanceof SupersededError)) this.diagnostics.set(uri, [checkStoppedDiagnostic(text, stopMessage(error))]);
      throw error;
    }
    this.warnDropped(result.dropped, fromFiles);
    this.diagnostics.set(uri, result.findings.map((finding) => findingToDiagnostic(finding, uri)));
    return result.findings;
  }

  /** The last result published for a document. */
  resultFor(uri: Uri): CheckedDocument | undefined {
    return this.states.get(uri.toString())?.checked;
  }

  /** What the status bar shows for a document. */
  statusOf(document: TextDocument): DocumentStatus {
    const state = this.states.get(document.uri.toString());
    if (!state) return undefined;
    if (state.tooLarge !== undefined) return {state: 'too-large', limit: state.tooLarge};
    if (state.stopped !== undefined) return {state: 'stopped', reason: state.stopped};
    return state.checked ? {state: 'checked', findings: state.checked.findings} : undefined;
  }

  /** Resolves once no check is waiting or running (pending throttled checks are started now). */
  async settled(): Promise<void> {
    for (;;) {
      for (const state of this.states.values()) if (state.timer) void this.checkNow(state.document);
      if (this.running.size === 0) return;
      await Promise.allSettled([...this.running]);
    }
  }

  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    this.states.clear();
    this.checked.dispose();
    this.engine.dispose();
  }

  private stateOf(document: TextDocument): DocumentState {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = {document, generation: 0, diagnostics: new DocumentDiagnostics(document.uri)};
      this.states.set(key, state);
    }
    state.document = document;
    return state;
  }

  private async run(state: DocumentState, generation: number): Promise<CheckedDocument | undefined> {
    const {document} = state;
    const {uri, version} = document;
    const current = () => this.states.get(uri.toString()) === state && state.generation === generation && !document.isClosed && document.version === version;
    if (!this.isEnabledFor(document)) {
      this.didCloseTextDocument(document);
      return undefined;
    }
    const text = document.getText();
    const {maxFileSize} = readEditorOptions(document);
    if (exceedsBytes(text, maxFileSize)) {
      this.skipTooLarge(state, maxFileSize);
      return undefined;
    }
    state.tooLarge = undefined;
    const {settings, ignore, fromFiles} = await this.settingsFor(uri, document);
    // Let waiting keystrokes and events through before the check takes the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!current()) return undefined;
    const format = formatOf(document.languageId);
    const started = Date.now();
    let result: CheckResult;
    try {
      result = await this.engine.check({key: uri.toString(), settings, text, options: {format, ignore}});
    } catch (error) {
      if (error instanceof SupersededError || !current()) throw error;
      this.publishStopped(state, text, error);
      return undefined;
    }
    if (!current()) return undefined;
    this.warnDropped(result.dropped, fromFiles);
    const {findings} = result;
    state.stopped = undefined;
    const {diagnostics, byKey} = state.diagnostics.update(findings);
    state.checked = {uri, version, text, format, findings, byKey};
    this.diagnostics.set(uri, diagnostics);
    this.output.debug(`Checked ${displayPath(uri)} (version ${version}): ${findings.length} findings in ${Date.now() - started} ms`);
    this.checked.fire(uri);
    return state.checked;
  }

  /** The VS Code settings with the configuration files laid over them, the ignore list, and what the files set. */
  private async settingsFor(uri: Uri, scope: TextDocument | Uri = uri): Promise<{settings: PartialSettings; ignore: readonly string[]; fromFiles: PartialSettings}> {
    const [fromFiles = {}, ignore] = await Promise.all([this.configFiles.settingsFor(uri), this.ignoreList.keysFor(uri)]);
    return {settings: mergeSettings(readCheckSettings(scope), fromFiles), ignore, fromFiles};
  }

  /**
   * The check did not finish (stopped at its deadline, its worker failed,
   * the checker threw): its findings would be stale, so the document's one
   * diagnostic becomes a notice saying why, until a check finishes.
   */
  private publishStopped(state: DocumentState, text: string, error: unknown): void {
    const {uri} = state.document;
    const message = stopMessage(error);
    const detail = error instanceof CheckStoppedError || !(error instanceof Error) ? '' : `\n${error.stack ?? error.message}`;
    this.output.error(`${displayPath(uri)}: ${message}${detail}`);
    state.checked = undefined;
    state.stopped = message;
    state.diagnostics.clear();
    this.diagnostics.set(uri, [checkStoppedDiagnostic(text, message)]);
    this.checked.fire(uri);
  }

  /** Warn (once for each setting and reason) about settings the checker refused and went without. */
  private warnDropped(dropped: readonly DroppedSetting[], fromFiles: PartialSettings): void {
    for (const {key, reason} of dropped) {
      const text = `Copydesk ignored ${describeSetting(key, fromFiles)}: ${reason}. The other settings still apply.`;
      if (this.droppedNoticed.has(text)) continue;
      this.droppedNoticed.add(text);
      this.output.warn(text);
      void window.showWarningMessage(text);
    }
  }

  private skipTooLarge(state: DocumentState, limit: number): void {
    const {uri} = state.document;
    state.tooLarge = limit;
    state.stopped = undefined;
    state.checked = undefined;
    state.diagnostics.clear();
    this.diagnostics.delete(uri);
    this.checked.fire(uri);
    const key = uri.toString();
    if (this.tooLargeNoticed.has(key)) return;
    this.tooLargeNoticed.add(key);
    const text = `Copydesk skipped ${displayPath(uri)}: it is larger than ${limit} bytes (${configSection}.${settingNames.maxFileSize}).`;
    this.output.info(text);
    void window.showInformationMessage(text);
  }
}

/** The notice of a check that did not finish: what happened, and that the findings are gone until one does. */
function stopMessage(error: unknown): string {
  const why =
    error instanceof CheckStoppedError ? error.message : `the checker failed (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`;
  return `Copydesk stopped checking this document: ${why}. Its findings are cleared until a check finishes.`;
}

/** A setting as the person who set it knows it: `copydesk.attribution.namedSources`, or the key in `.copydeskrc.json`. */
function describeSetting(key: string, fromFiles: PartialSettings): string {
  if (key === '') return 'all of its settings (no single one could be blamed)';
  const [part, name] = key.split('.', 2) as [keyof PartialSettings, string];
  const inFile = (fromFiles[part] as Record<string, unknown> | undefined)?.[name] !== undefined;
  return inFile ? `the setting ${key} in ${configFileName}` : `the setting ${configSection}.${key}`;
}
