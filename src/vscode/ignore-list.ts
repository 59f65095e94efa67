import {EventEmitter, window, workspace, type Disposable, type Event, type LogOutputChannel, type Uri} from 'vscode';
import {ignoredFilePath} from './constants.js';
import {displayPath, joinPath, readTextFile, replaceTextFile, watchWorkspaceFiles} from './files.js';
import {addToIgnoreList, ConfigError, readProjectIgnoreList} from '../core/index.js';
import {WorkspaceProjectFiles} from './project-files.js';

/**
 * `.copydesk/ignored.json` at each workspace folder's root: the `ignoreKey`s
 * of findings a writer chose to ignore (how plain text, which has no
 * comments, keeps its ignores; the command line reads the same file).
 */
export class IgnoreList implements Disposable {
  private readonly lists = new Map<string, Promise<string[]>>();
  private readonly changed = new EventEmitter<Uri>();
  private readonly disposables: Disposable[] = [];
  /** The last add to each file, by its URI: the next waits for it. */
  private readonly writing = new Map<string, Promise<unknown>>();

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
    const folder = workspace.getWorkspaceFolder(document);
    return folder ? this.read(folder.uri) : [];
  }

  /**
   * Add a key to the document's ignore list, keeping whatever else the file
   * holds, and written whole or not at all (a temporary file renamed over
   * it). Adds to the same file wait for each other, so none is lost.
   */
  async add(document: Uri, key: string): Promise<boolean> {
    const file = this.fileFor(document);
    if (!file) {
      void window.showWarningMessage('Copydesk: a finding in a file outside the workspace cannot be ignored in plain text; open its folder first.');
      return false;
    }
    const id = file.toString();
    const added = (this.writing.get(id) ?? Promise.resolve()).then(() => this.write(file, key));
    this.writing.set(id, added.catch(() => false));
    return added;
  }

  private async write(file: Uri, key: string): Promise<boolean> {
    let text: string | undefined;
    try {
      text = await readTextFile(file);
    } catch (error) {
      if (!isMissing(error)) return this.refuse(file, error);
    }
    let updated: string;
    try {
      updated = addToIgnoreList(text, key, displayPath(file));
    } catch (error) {
      return this.refuse(file, error);
    }
    try {
      await replaceTextFile(file, updated);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      void window.showErrorMessage(`Copydesk: could not write ${displayPath(file)} (${reason}); it was left unchanged.`);
      return false;
    }
    this.output.info(`Ignored a finding in ${displayPath(file)}`);
    this.didChangeIgnoreFile(file);
    return true;
  }

  private refuse(file: Uri, error: unknown): false {
    // A ConfigError names the file and the key at fault already.
    const reason = error instanceof ConfigError ? error.message : `${displayPath(file)} is not a valid ignore list (${error instanceof Error ? error.message : String(error)})`;
    void window.showErrorMessage(`Copydesk: ${reason}; it was left unchanged.`);
    return false;
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

  /** The list under a workspace folder, read as the command line reads it (the core's readProjectIgnoreList); one that cannot be read is reported and ignores nothing. */
  private read(root: Uri): Promise<string[]> {
    const file = joinPath(root, ignoredFilePath);
    const key = file.toString();
    let list = this.lists.get(key);
    if (!list) {
      list = readProjectIgnoreList(new WorkspaceProjectFiles(root), root.toString(), () => displayPath(file)).then(
        (found) => found.ignored,
        (error: unknown) => {
          this.output.warn(`Ignoring ${displayPath(file)}: ${error instanceof Error ? error.message : String(error)}`);
          return [];
        }
      );
      this.lists.set(key, list);
    }
    return list;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as {code?: unknown})?.code;
  return code === 'FileNotFound' || code === 'EntryNotFound' || (error instanceof Error && /ENOENT|FileNotFound|EntryNotFound/.test(error.message));
}
