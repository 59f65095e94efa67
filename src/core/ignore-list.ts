import {ConfigError, parseJsonText} from './config.js';
import {ignoredListPath} from './project.js';

/**
 * The list of ignored plain-text findings (`.copydesk/ignored.json`),
 * `{"version": 1, "ignored": ["<ignoreKey>", ...]}`: read the same way by
 * the command line and the editor, and written by the editor's *Ignore this
 * finding*.
 */
export interface IgnoreList {
  /** The ignore keys (see `Finding.ignoreKey`). */
  ignored: string[];
  /** The whole object, so that keys this version does not know are kept when the list is written. */
  fields: Record<string, unknown>;
}

/**
 * Read an ignore list. An empty file (or one of white space) ignores
 * nothing, like a missing one; a byte-order mark is allowed; a missing
 * `version` is read as 1 (early editors wrote none) and a missing `ignored`
 * as an empty list. Anything else that is not a version 1 list throws a
 * {@link ConfigError} naming `path` and the key at fault, so that it is
 * never read wrongly or overwritten.
 */
export function parseIgnoreList(text: string, path: string = ignoredListPath): IgnoreList {
  if (text.replace(/^\ufeff/, '').trim() === '') return {ignored: [], fields: {}};
  const {value} = parseJsonText(text, path);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(path, '', 'must be an object like {"version": 1, "ignored": []}');
  const fields = value as Record<string, unknown>;
  const {version = 1, ignored = []} = fields;
  if (version !== 1) throw new ConfigError(path, 'version', typeof version === 'number' ? `unsupported version ${version} (this Copydesk reads version 1)` : 'must be 1');
  if (!Array.isArray(ignored)) throw new ConfigError(path, 'ignored', 'must be a list of strings');
  const wrong = ignored.findIndex((key) => typeof key !== 'string');
  if (wrong !== -1) throw new ConfigError(path, `ignored[${wrong}]`, 'must be a string');
  return {ignored: [...(ignored as string[])], fields};
}

/**
 * The text of the list with `key` added (once): `version` first and 1,
 * every other key kept where it was, two-space JSON and a final newline.
 * `text` is the file as it is, or `undefined` when there is none; a list
 * that cannot be read throws, as {@link parseIgnoreList} does.
 */
export function addToIgnoreList(text: string | undefined, key: string, path: string = ignoredListPath): string {
  const {ignored, fields} = text === undefined ? {ignored: [], fields: {}} : parseIgnoreList(text, path);
  if (!ignored.includes(key)) ignored.push(key);
  const data: Record<string, unknown> = {version: 1, ...fields, ignored};
  data.version = 1;
  return `${JSON.stringify(data, null, 2)}\n`;
}
