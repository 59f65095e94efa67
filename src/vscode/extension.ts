import {ExtensionMode, languages, window, workspace, type ConfigurationChangeEvent, type ExtensionContext, type TextDocument, type TextDocumentChangeEvent, type TextEditor, type Uri} from 'vscode';
import {DraftChecks} from './checks.js';
import {FindingActions} from './code-actions.js';
import {registerCommands} from './commands.js';
import {ConfigFiles} from './config-files.js';
import {configSection, diagnosticSource, outputChannelName} from './constants.js';
import type {EngineTestHooks} from './engine.js';
import {IgnoreList} from './ignore-list.js';
import {NearCopyHovers} from './near-copy-hover.js';
import {Notifications} from './notifications.js';
import {createEngine} from './platform.js';
import {CheckStatus} from './status-bar.js';
import type {InterfaceTestHooks} from './test-hooks.js';
import {registerReviewCommands} from './views/review-commands.js';
import {ReviewViews} from './views/review-view.js';

/** What the extension gives other extensions and its tests. */
export interface CopydeskApi {
  /** Resolves once no check is waiting or running (waiting `onType` checks start at once). */
  settled(): Promise<void>;
  /** Only while the extension's own tests run (`ExtensionMode.Test`), where checks run in a worker: ways to break it on purpose. */
  testHooks?: EngineTestHooks;
  /** Only while the extension's own tests run, in both hosts: what they observe of the status bar and notifications. */
  interfaceHooks?: InterfaceTestHooks;
}

/**
 * Wire the pieces to VS Code's events. Everything that decides anything
 * lives in the modules; the handlers here are named after their events.
 */
export function activate(context: ExtensionContext): CopydeskApi {
  const output = window.createOutputChannel(outputChannelName, {log: true});
  const diagnostics = languages.createDiagnosticCollection(diagnosticSource);
  const configFiles = new ConfigFiles(output);
  const ignoreList = new IgnoreList(output);
  const testing = context.extensionMode === ExtensionMode.Test;
  const engine = createEngine((message) => output.info(message), testing);
  const checks = new DraftChecks(diagnostics, configFiles, ignoreList, output, engine);
  const status = new CheckStatus(checks);
  const notifications = new Notifications();
  const review = new ReviewViews(checks);

  const didOpenTextDocument = (document: TextDocument) => checks.didOpenTextDocument(document);
  const didChangeTextDocument = (event: TextDocumentChangeEvent) => checks.didChangeTextDocument(event);
  const didSaveTextDocument = (document: TextDocument) => checks.didSaveTextDocument(document);
  const didCloseTextDocument = (document: TextDocument) => {
    checks.didCloseTextDocument(document);
    status.update();
    review.update();
  };
  const didChangeActiveTextEditor = (editor: TextEditor | undefined) => {
    status.update(editor);
    review.update(editor);
  };
  const didChangeConfiguration = (event: ConfigurationChangeEvent) => {
    if (event.affectsConfiguration(configSection)) checks.recheckOpenDocuments();
  };
  const didChangeConfigFile = () => checks.recheckOpenDocuments();
  const didChangeIgnoreList = () => checks.recheckOpenDocuments();
  const didCheck = (uri: Uri) => {
    status.update();
    review.didCheck(uri);
  };

  context.subscriptions.push(
    output,
    diagnostics,
    configFiles,
    ignoreList,
    checks,
    status,
    review,
    workspace.onDidOpenTextDocument(didOpenTextDocument),
    workspace.onDidChangeTextDocument(didChangeTextDocument),
    workspace.onDidSaveTextDocument(didSaveTextDocument),
    workspace.onDidCloseTextDocument(didCloseTextDocument),
    workspace.onDidChangeConfiguration(didChangeConfiguration),
    window.onDidChangeActiveTextEditor(didChangeActiveTextEditor),
    configFiles.onDidChange(didChangeConfigFile),
    ignoreList.onDidChange(didChangeIgnoreList),
    checks.onDidCheck(didCheck),
    languages.registerCodeActionsProvider({scheme: '*'}, new FindingActions(checks), FindingActions.metadata),
    languages.registerHoverProvider({scheme: '*'}, new NearCopyHovers(checks)),
    ...registerCommands(checks, ignoreList, output, notifications),
    ...registerReviewCommands(checks)
  );

  for (const document of workspace.textDocuments) didOpenTextDocument(document);
  status.update();
  review.update();
  output.info('Copydesk is ready.');
  const api: CopydeskApi = {settled: () => checks.settled()};
  if (testing && engine.testHooks) api.testHooks = engine.testHooks;
  if (testing) {
    api.interfaceHooks = {
      statusBar: () => status.state,
      onDidUpdateStatusBar: status.onDidChange,
      replaceNotifications: (standIn) => notifications.replaceWith(standIn),
      review: () => review.snapshot,
      onDidRefreshReview: review.onDidRefresh,
      forgetWorkspaceIndex: () => checks.forgetWorkspaceIndex()
    };
  }
  return api;
}

export function deactivate(): void {}
