import {EventEmitter, window, workspace, type Disposable, type Event, type LogOutputChannel, type Uri} from 'vscode';
import {ignoredFilePath} from './constants.js';
import {displayPath, joinPath, readTextFile, writeTextFile, watchWorkspaceFiles} from './files.js';

/** The shape of `.copydesk/ignored.json`. */
interface IgnoredFile {
  version: 1;
  ignored: string[];
}

/**
 * `.copydesk/ignored.json` at each workspace folder's root: the `ignoreKey`s
 * of findings a writer chose to ignore (how plain text, which has no
 * comments, keeps its ignores; the command line reads the same file).
 */
export class IgnoreList implements Disposable {
  private readonly lists = new Map<string, Promise<string[]>>();
  private readonly changed = new EventEmitter<Uri>();
  private readonly disposables: Disposable[] = [];

  /** An ignore list was created, changed or deleted. */
  readonly onDidChange: Event<Uri> = this.changed.event;

  constructor(private readonly output: LogOutputChannel) {
    this.disposables.push(
      ...watchWorkspaceFiles(ignoredFilePath, (uri) => this.didChangeIgnoreFile(uri)),
      this.changed
    );
  }

  /** Where a document's ignores are kept, or `undefined` outside a workspace folder. */
  fileFor(document: Uri): Uri | undefined {
    const folder = workspace.getWorkspaceFolder(document);
    return folder ? joinPath(folder.uri, ignoredFilePath) : undefined;
  }

  /** The ignored keys that apply to a document. */
  async keysFor(document: Uri): Promise<readonly string[]> {
    const file = this.fileFor(document);
    return file ? this.read(file) : [];
  }

  /** Add a key to the document's ignore list (written through `workspace.fs`). */
  async add(document: Uri, key: string): Promise<boolean> {
    const file = this.fileFor(document);
    if (!file) {
      void window.showWarningMessage('Copydesk: a finding in a file outside the workspace cannot be ignored in plain text; open its folder first.');
      return false;
    }
    let data: IgnoredFile = {version: 1, ignored: []};
    try {
      data = parseIgnored(await readTextFile(file));
    } catch (error) {
      if (!isMissing(error)) {
        const reason = error instanceof Error ? error.message : String(error);
        void window.showErrorMessage(`Copydesk: ${displayPath(file)} is not a valid ignore list (${reason}); it was left unchanged.`);
        return false;
      }
    }
    if (!data.ignored.includes(key)) data.ignored.push(key);
    await writeTextFile(file, `${JSON.stringify(data, null, 2)}\n`);
    this.output.info(`Ignored a finding in ${displayPath(file)}`);
    this.didChangeIgnoreFile(file);
    return true;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private didChangeIgnoreFile(uri: Uri): void {
    const key = uri.toString();
    this.output.trace(`Ignore list changed: ${key}`);
    this.lists.delete(key);
    this.changed.fire(uri);
  }

  private read(file: Uri): Promise<string[]> {
    const key = file.toString();
    let list = this.lists.get(key);
    if (!list) {
      list = readTextFile(file).then(
        (text) => parseIgnored(text).ignored,
        (error: unknown) => {
          if (!isMissing(error)) this.output.warn(`Ignoring ${displayPath(file)}: ${error instanceof Error ? error.message : String(error)}`);
          return [];
        }
      );
      this.lists.set(key, list);
    }
    return list;
  }
}

/** Read an ignore list, tolerating a missing `version`; throws on anything that is not one. */
export function parseIgnored(text: string): IgnoredFile {
  const data: unknown = JSON.parse(text);
  const ignored = (data as {ignored?: unknown})?.ignored;
  if (typeof data !== 'object' || data === null || !Array.isArray(ignored) || !ignored.every((item) => typeof item === 'string')) {
    throw new Error('expected {"version": 1, "ignored": [strings]}');
  }
  return {version: 1, ignored: [...ignored]};
}

function isMissing(error: unknown): boolean {
  const code = (error as {code?: unknown})?.code;
  return code === 'FileNotFound' || code === 'EntryNotFound' || (error instanceof Error && /ENOENT|FileNotFound|EntryNotFound/.test(error.message));
}
