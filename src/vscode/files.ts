import {Uri, workspace, type Disposable} from 'vscode';

/**
 * The few file-system helpers the extension needs, on `Uri`s and through
 * `workspace.fs`, so they work the same on disk, in virtual workspaces and
 * in the web-worker host (no Node built-ins here).
 */

/** The folder holding a resource. */
export function dirname(uri: Uri): Uri {
  const index = uri.path.lastIndexOf('/');
  return uri.with({path: index <= 0 ? '/' : uri.path.slice(0, index)});
}

/** A path below a folder. */
export function joinPath(folder: Uri, relative: string): Uri {
  return Uri.joinPath(folder, relative);
}

/** Whether `child` is `folder` or lies below it. */
export function isInside(child: Uri, folder: Uri): boolean {
  if (child.scheme !== folder.scheme || child.authority !== folder.authority) return false;
  const base = folder.path.replace(/\/+$/, '');
  return child.path === base || child.path.startsWith(`${base}/`);
}

/** A path to show a person: relative to the workspace when inside it. */
export function displayPath(resource: Uri): string {
  return workspace.asRelativePath(resource, true);
}

/**
 * How a message names another draft: relative to its workspace folder, as
 * the command line names files relative to where it runs (with the
 * folder's name first in a workspace of several folders).
 */
export function draftName(resource: Uri): string {
  return workspace.asRelativePath(resource, (workspace.workspaceFolders?.length ?? 0) > 1);
}

/** Read a UTF-8 text file. */
export async function readTextFile(resource: Uri): Promise<string> {
  return new TextDecoder('utf-8').decode(await workspace.fs.readFile(resource));
}

/**
 * Write a UTF-8 text file whole or not at all, creating its folder: the
 * text goes to a temporary file beside it, which is then renamed over it,
 * so a failed write (a full disk) leaves the old file as it was.
 */
export async function replaceTextFile(resource: Uri, text: string): Promise<void> {
  const folder = dirname(resource);
  await workspace.fs.createDirectory(folder);
  const name = resource.path.slice(resource.path.lastIndexOf('/') + 1);
  const temporary = joinPath(folder, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
    await workspace.fs.rename(temporary, resource, {overwrite: true});
  } catch (error) {
    await Promise.resolve(workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}

/** Size in UTF-8 bytes, without encoding when the length alone decides against `limit`. */
export function exceedsBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

/**
 * Call `changed` whenever a file with this workspace-relative name (at any
 * depth) is created, changed or deleted, and when one is saved in the
 * editor: watchers are not available on every file system, and a save
 * through the editor is seen anyway.
 */
export function watchWorkspaceFiles(name: string, changed: (uri: Uri) => void): Disposable[] {
  const watcher = workspace.createFileSystemWatcher(`**/${name}`);
  return [
    watcher,
    watcher.onDidCreate(changed),
    watcher.onDidChange(changed),
    watcher.onDidDelete(changed),
    workspace.onDidSaveTextDocument((document) => {
      if (document.uri.path.endsWith(`/${name}`)) changed(document.uri);
    })
  ];
}
