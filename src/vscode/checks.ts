import {EventEmitter, window, workspace, type DiagnosticCollection, type Disposable, type Event, type LogOutputChannel, type TextDocument, type TextDocumentChangeEvent, type Uri} from 'vscode';
import {AcrossDrafts, defaultSettings, mergeSettings, withRepeatsAcrossDrafts, type DraftParagraph, type Finding, type Format, type PartialSettings} from '../core/index.js';
import {configFileName, configSection, settingNames, typingDelay} from './constants.js';
import type {ConfigFiles} from './config-files.js';
import type {DroppedSetting} from './checker-settings.js';
import {checkStoppedDiagnostic, findingToDiagnostic} from './diagnostics.js';
import {DocumentDiagnostics} from './document-diagnostics.js';
import {CheckStoppedError, SupersededError, type CheckEngine, type CheckResult} from './engine.js';
import {displayPath, draftName, exceedsBytes} from './files.js';
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
  /** The findings of the document's own check, before repeats across drafts are added. */
  own?: Finding[];
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
  /** The paragraphs of every draft Check Workspace checked (and of open drafts since), to find repeats across drafts. */
  private readonly acrossDrafts = new AcrossDrafts();
  /** Check Workspace has run: checks of open drafts now compare them with the workspace's other drafts. */
  private workspaceIndexed = false;
  /** The own findings of drafts Check Workspace checked that are not open, by URI. */
  private readonly resources = new Map<string, {uri: Uri; findings: Finding[]}>();

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

  /**
   * Check Workspace is about to check every draft: from now on each check
   * sends back its paragraphs, and open drafts are compared with the
   * others (`copydesk.duplicates.acrossFiles`).
   */
  startIndexingWorkspace(): void {
    this.workspaceIndexed = true;
  }

  /**
   * Drop the index Check Workspace built and stop comparing drafts until it
   * runs again; every draft's diagnostics go back to its own findings
   * (for the extension's tests, which must not see each other's drafts).
   */
  forgetWorkspaceIndex(): void {
    this.workspaceIndexed = false;
    const files = this.acrossDrafts.files();
    for (const file of files) this.acrossDrafts.delete(file);
    for (const file of files) this.republish(file);
    this.resources.clear();
  }

  /** The findings published for a draft now, open or not, repeats across drafts included. */
  publishedFindings(uri: Uri): readonly Finding[] {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state?.checked) return state.checked.findings;
    const resource = this.resources.get(key);
    return resource ? withRepeatsAcrossDrafts(resource.findings, this.acrossDrafts.findingsFor(key)) : [];
  }

  /** Check a file nobody opened and publish its diagnostics ("Check Workspace"). */
  async checkResource(resource: ResourceCheck): Promise<Finding[]> {
    const {uri, text} = resource;
    const {settings, ignore, fromFiles} = await this.settingsFor(uri);
    const key = `workspace-check:${uri.toString()}`;
    let result: CheckResult;
    try {
      result = await this.engine.check({key, settings, text, options: {format: resource.format, ignore}, paragraphs: this.comparesAcrossDrafts(uri)}).finally(() => this.engine.forget(key));
    } catch (error) {
      // Findings of an earlier workspace check are stale now: the notice takes their place.
      if (!(error instanceof SupersededError)) this.diagnostics.set(uri, [checkStoppedDiagnostic(text, stopMessage(error))]);
      throw error;
    }
    this.warnDropped(result.dropped, fromFiles);
    this.resources.set(uri.toString(), {uri, findings: result.findings});
    this.indexDraft(uri, settings, result.paragraphs);
    this.republish(uri.toString());
    return result.findings;
  }

  /** Whether a draft is compared with the workspace's other drafts now. */
  private comparesAcrossDrafts(uri: Uri): boolean {
    return this.workspaceIndexed && readEditorOptions(uri).acrossFiles;
  }

  /**
   * Put a draft's paragraphs in the index (or take it out, when it is no
   * longer compared), and publish again the other drafts whose repeats
   * across drafts that changed.
   */
  private indexDraft(uri: Uri, settings: PartialSettings, paragraphs: DraftParagraph[] | undefined): void {
    const file = uri.toString();
    const severity = settings.rules?.['duplicate-paragraph'] ?? defaultSettings.rules['duplicate-paragraph'];
    const duplicates = {...defaultSettings.duplicates, ...settings.duplicates};
    const affected = paragraphs ? this.acrossDrafts.set({file, display: draftName(uri), severity, paragraphs, duplicates}) : this.acrossDrafts.delete(file);
    for (const other of affected) this.republish(other);
  }

  /** Publish a draft's findings again, with its repeats across drafts as they stand now. */
  private republish(file: string): void {
    const state = this.states.get(file);
    if (state?.checked && state.own) {
      this.publishChecked(state, state.checked.text, state.checked.version, state.checked.format, state.own);
      return;
    }
    const resource = this.resources.get(file);
    if (resource && !state) this.diagnostics.set(resource.uri, this.publishedFindings(resource.uri).map((finding) => findingToDiagnostic(finding, resource.uri)));
  }

  /** Publish an open draft's findings: its own check's, with its repeats across drafts. */
  private publishChecked(state: DocumentState, text: string, version: number, format: Format, own: Finding[]): CheckedDocument {
    const {uri} = state.document;
    const findings = withRepeatsAcrossDrafts(own, this.acrossDrafts.findingsFor(uri.toString()));
    state.own = own;
    const {diagnostics, byKey} = state.diagnostics.update(findings);
    state.checked = {uri, version, text, format, findings, byKey};
    this.diagnostics.set(uri, diagnostics);
    this.checked.fire(uri);
    return state.checked;
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
      result = await this.engine.check({key: uri.toString(), settings, text, options: {format, ignore}, paragraphs: this.comparesAcrossDrafts(uri)});
    } catch (error) {
      if (error instanceof SupersededError || !current()) throw error;
      this.publishStopped(state, text, error);
      return undefined;
    }
    // Publish in a turn of its own, not the one that read the worker's last message: a long draft's thousands of diagnostics take some 25 ms.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!current()) return undefined;
    this.warnDropped(result.dropped, fromFiles);
    state.stopped = undefined;
    if (this.workspaceIndexed) this.indexDraft(uri, settings, result.paragraphs);
    const checked = this.publishChecked(state, text, version, format, result.findings);
    this.output.debug(`Checked ${displayPath(uri)} (version ${version}): ${checked.findings.length} findings in ${Date.now() - started} ms`);
    return checked;
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
    state.own = undefined;
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
