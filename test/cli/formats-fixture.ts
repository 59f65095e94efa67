import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {workspace} from './workspace.js';

/** The three drafts of test/cli/fixtures/formats: a Markdown story with a repeated paragraph and subhead, a plain-text one with an unsourced figure after non-ASCII text, and a clean one. */
export const fixtureFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'formats');

/** A temporary workspace holding the fixture drafts under `drafts/`, so no settings or ignore list outside it is read. */
export async function fixtureWorkspace(extra: Record<string, string> = {}): ReturnType<typeof workspace> {
  const files: Record<string, string> = {};
  for (const name of await readdir(fixtureFolder)) files[`drafts/${name}`] = await readFile(path.join(fixtureFolder, name), 'utf8');
  return workspace({...files, ...extra});
}
