/**
 * The text of `.copydesk/ignored.json`, `{"version": 1, "ignored": [keys]}`,
 * which the command line reads too (src/cli/ignored.ts): it requires
 * `"version": 1`. Pure, so that it can be tested without VS Code.
 */

/** What an ignore list holds: its keys, and the whole object (keys this version does not know are kept when it is written). */
export interface IgnoredList {
  ignored: string[];
  fields: Record<string, unknown>;
}

/**
 * Read an ignore list. A missing `version` is tolerated (older editors
 * wrote none) and an empty file is an empty list; throws on anything else
 * that is not a version 1 list, so that it is never overwritten.
 */
export function parseIgnoredList(text: string): IgnoredList {
  if (text.trim() === '') return {ignored: [], fields: {}};
  // A byte-order mark is allowed, as the command line allows it.
  const data: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('expected an object like {"version": 1, "ignored": []}');
  const fields = data as Record<string, unknown>;
  const {version, ignored = []} = fields;
  if (version !== undefined && version !== 1) throw new Error(`unsupported version ${JSON.stringify(version)} (this Copydesk reads version 1)`);
  if (!Array.isArray(ignored) || !ignored.every((item) => typeof item === 'string')) throw new Error('"ignored" must be a list of strings');
  return {ignored: [...ignored], fields};
}

/**
 * The text of the list with `key` added (once): `version` first and set to
 * 1, every other key kept where it was, two-space JSON and a final newline.
 * `text` is the file as it is, or `undefined` when there is none.
 */
export function addIgnoredKey(text: string | undefined, key: string): string {
  const {ignored, fields} = text === undefined ? {ignored: [], fields: {}} : parseIgnoredList(text);
  if (!ignored.includes(key)) ignored.push(key);
  const data: Record<string, unknown> = {version: 1, ...fields, ignored};
  data.version = 1;
  return `${JSON.stringify(data, null, 2)}\n`;
}
