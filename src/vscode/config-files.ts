import {
  Diagnostic,
  DiagnosticSeverity,
  EventEmitter,
  FileType,
  Range,
  languages,
  window,
  workspace,
  type Disposable,
  type Event,
  type LogOutputChannel,
  type Uri
} from 'vscode';
import {findProjectSettings, parseConfig, type PartialSettings} from '../core/index.js';
import {configFileName, diagnosticSource} from './constants.js';
import {dirname, displayPath, readTextFile, watchWorkspaceFiles} from './files.js';
import {WorkspaceProjectFiles} from './project-files.js';

/** What one `.copydeskrc.json` holds. */
type ConfigFile = {state: 'missing'} | {state: 'valid'; text: string; settings: PartialSettings} | {state: 'invalid'; text: string; problem: ConfigProblem};

/** Why a configuration file was rejected, in the shape of the core's `ConfigError`. */
interface ConfigProblem {
  key?: string;
  reason: string;
  line?: number;
  column?: number;
}

/**
 * `.copydeskrc.json` files: every one from the document's folder up to the
 * workspace folder's root, each nearer file laid over the ones above it,
 * and all over the VS Code settings: the core's walk (findProjectSettings),
 * which the command line follows too. Files are read through `workspace.fs` (so virtual workspaces work),
 * cached, and re-read when they change. An invalid file is reported once as
 * a warning naming the file and the reason and as a diagnostic at the error
 * inside it; the checks then go on without it.
 */
export class ConfigFiles implements Disposable {
  private readonly files = new Map<string, Promise<ConfigFile>>();
  /** The warning last shown for each file, so it is shown once. */
  private readonly warned = new Map<string, string>();
  private readonly problems = languages.createDiagnosticCollection(`${diagnosticSource}-config`);
  private readonly changed = new EventEmitter<Uri>();
  private readonly disposables: Disposable[] = [];

  /** A configuration file was created, changed or deleted. */
  readonly onDidChange: Event<Uri> = this.changed.event;

  constructor(private readonly output: LogOutputChannel) {
    this.disposables.push(
      ...watchWorkspaceFiles(configFileName, (uri) => this.didChangeConfigFile(uri)),
      this.problems,
      this.changed
    );
  }

  /** The settings the configuration files give a document, or `undefined` when there are none (or none valid). */
  async settingsFor(uri: Uri): Promise<PartialSettings | undefined> {
    const folder = workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    // Each file is read, parsed and reported once (cached until it changes); an invalid one is left out.
    const states = new Map<string, ConfigFile>();
    const files = new WorkspaceProjectFiles(folder.uri, async (file) => {
      const state = await this.read(file);
      states.set(file.toString(), state);
      return state.state === 'missing' ? undefined : state.text;
    });
    const found = await findProjectSettings(files, dirname(uri).toString(), (path) => {
      const state = states.get(path);
      return state?.state === 'valid' ? state.settings : undefined;
    });
    return found.settings;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private didChangeConfigFile(uri: Uri): void {
    this.files.delete(uri.toString());
    this.changed.fire(uri);
  }

  private read(uri: Uri): Promise<ConfigFile> {
    const key = uri.toString();
    let file = this.files.get(key);
    if (!file) {
      file = this.load(uri);
      this.files.set(key, file);
    }
    return file;
  }

  private async load(uri: Uri): Promise<ConfigFile> {
    let text: string;
    try {
      const stat = await workspace.fs.stat(uri);
      if (stat.type & FileType.Directory) return {state: 'missing'};
      text = await readTextFile(uri);
    } catch {
      this.clear(uri);
      return {state: 'missing'};
    }
    try {
      const settings = parseConfig(text, displayPath(uri));
      this.clear(uri);
      this.output.info(`Using ${displayPath(uri)}`);
      return {state: 'valid', text, settings};
    } catch (error) {
      const problem = toProblem(error);
      this.report(uri, problem, text);
      return {state: 'invalid', text, problem};
    }
  }

  private report(uri: Uri, problem: ConfigProblem, text: string): void {
    const where = problem.key ? `${problem.key}: ` : '';
    const place = problem.key ? where : problem.line === undefined ? '' : `line ${problem.line}, column ${problem.column ?? 1}: `;
    const summary = `${displayPath(uri)} is not valid (${place}${problem.reason}); Copydesk checks with the VS Code settings until it is fixed.`;
    this.output.warn(summary);
    const diagnostic = new Diagnostic(problemRange(text, problem), `${where}${problem.reason}`, DiagnosticSeverity.Error);
    diagnostic.source = diagnosticSource;
    this.problems.set(uri, [diagnostic]);
    // One message per file and problem, however many documents ask for the file.
    if (this.warned.get(uri.toString()) !== summary) {
      this.warned.set(uri.toString(), summary);
      void window.showWarningMessage(`Copydesk: ${summary}`);
    }
  }

  private clear(uri: Uri): void {
    this.problems.delete(uri);
    this.warned.delete(uri.toString());
  }
}

/** Read the core's `ConfigError` (or any other error) as a problem to show. */
function toProblem(error: unknown): ConfigProblem {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Partial<Record<'key' | 'reason' | 'message' | 'line' | 'column', unknown>>;
  const reason = typeof fields.reason === 'string' ? fields.reason : typeof fields.message === 'string' ? fields.message : String(error);
  return {
    reason,
    ...(typeof fields.key === 'string' && fields.key !== '' ? {key: fields.key} : {}),
    ...(typeof fields.line === 'number' ? {line: fields.line} : {}),
    ...(typeof fields.column === 'number' ? {column: fields.column} : {})
  };
}

/** Where to show a problem: the JSON token at its line and column (a key, a value, a stray comma), or the first line. */
export function problemRange(text: string, problem: Pick<ConfigProblem, 'line' | 'column'>): Range {
  const lines = text.split(/\r?\n/);
  if (problem.line === undefined || problem.line < 1 || problem.line > lines.length) return new Range(0, 0, 0, lines[0]?.length ?? 0);
  const line = problem.line - 1;
  const lineText = lines[line];
  const start = Math.min(Math.max(0, (problem.column ?? 1) - 1), lineText.length);
  let end = start;
  if (lineText[start] === '"') {
    end = start + 1;
    while (end < lineText.length && lineText[end] !== '"') end += lineText[end] === '\\' ? 2 : 1;
    end = Math.min(end + 1, lineText.length);
  } else {
    while (end < lineText.length && !/[\s,:{}[\]]/.test(lineText[end])) end++;
    if (end === start) end = Math.min(start + 1, lineText.length);
  }
  return new Range(line, start, line, end);
}
