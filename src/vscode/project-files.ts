import {FileType, Uri, workspace} from 'vscode';
import type {ProjectFiles} from '../core/index.js';
import {dirname, isInside, joinPath, readTextFile} from './files.js';

/**
 * A workspace folder as the core's project walk reads it
 * (src/core/project-files.ts): paths are URIs (as strings), the workspace
 * folder is the root and nothing above it is read, and files are read
 * through `read` (by default `workspace.fs`, so virtual workspaces and the
 * web host work).
 */
export class WorkspaceProjectFiles implements ProjectFiles {
  constructor(
    private readonly root: Uri,
    private readonly readFile: (uri: Uri) => Promise<string | undefined> = readIfPresent
  ) {}

  read(path: string): Promise<string | undefined> {
    return this.readFile(Uri.parse(path));
  }

  isRoot(folder: string): Promise<boolean> {
    return Promise.resolve(samePath(Uri.parse(folder), this.root));
  }

  parent(folder: string): string | undefined {
    const uri = Uri.parse(folder);
    if (samePath(uri, this.root) || !isInside(uri, this.root)) return undefined;
    return dirname(uri).toString();
  }

  join(folder: string, name: string): string {
    return joinPath(Uri.parse(folder), name).toString();
  }
}

/** A file's text, or `undefined` when it is missing or a folder; other failures throw. */
export async function readIfPresent(uri: Uri): Promise<string | undefined> {
  try {
    if ((await workspace.fs.stat(uri)).type & FileType.Directory) return undefined;
  } catch {
    return undefined;
  }
  return readTextFile(uri);
}

function samePath(a: Uri, b: Uri): boolean {
  return a.scheme === b.scheme && a.authority === b.authority && a.path.replace(/\/+$/, '') === b.path.replace(/\/+$/, '');
}
