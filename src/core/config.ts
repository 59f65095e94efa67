/**
 * Reading `.copydeskrc.json`: parse the JSON, validate it against the shipped
 * schema (schema/copydeskrc.schema.json) and turn it into settings, or fail
 * with an error naming the file, the setting and the reason. Pure and
 * browser-safe: no file system, and no run-time code generation (the
 * validator is compiled ahead of time by scripts/generate-validator.mjs, since
 * a web worker's content security policy may forbid `new Function`).
 */
import {phraseProblem} from './attribution/phrases.js';
import {schema, validate, type ValidationError} from './config-validator.generated.js';
import {lineIndexOf, lineStarts} from './report.js';
import type {PartialSettings} from './types.js';

/** Why a settings file (or another JSON file Copydesk reads) was refused. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** The file, as the caller named it. */
  readonly path: string;
  /** The setting at fault, dotted (`duplicates.minWords`, `attribution.namedSources[2]`); `''` for a JSON syntax error or the file as a whole. */
  readonly key: string;
  /** What is wrong, in a sentence fragment (`must be at least 1`). */
  readonly reason: string;
  /** 1-based line of the fault, when known. */
  readonly line: number | undefined;
  /** 1-based column (UTF-16 code units) of the fault, when known. */
  readonly column: number | undefined;

  constructor(path: string, key: string, reason: string, position?: {line: number; column: number}) {
    // A syntax error has no setting to name, so its place goes where the key would be, as compilers print it.
    const where = key ? `${path}: ${key}` : position ? `${path}:${position.line}:${position.column}` : path;
    super(`${where}: ${reason}`);
    this.path = path;
    this.key = key;
    this.reason = reason;
    this.line = position?.line;
    this.column = position?.column;
  }
}

/**
 * Parse and validate the text of a `.copydeskrc.json`. `path` only labels
 * errors. Returns the settings it sets (the `$schema` key dropped); throws a
 * {@link ConfigError} for a JSON syntax error (with line and column) or the
 * first schema violation in the file (naming the setting and the reason).
 */
export function parseConfig(text: string, path: string): PartialSettings {
  const {value, places} = parseJsonText(text, path);
  if (!validate(value)) {
    const errors = validate.errors ?? [];
    // ajv reports in schema order; a person fixes a file top to bottom, so name the first fault in the file.
    const first = errors
      .map((error) => ({error, place: placeOf(error, places)}))
      .sort((a, b) => a.place.offset - b.place.offset)[0];
    if (first) throw describe(first.error, value, path, first.place.position);
  }
  const settings = value as PartialSettings & {$schema?: string};
  // The schema checks each phrase is a string; that one would match every word (`*`) it cannot say.
  for (const [index, phrase] of (settings.attribution?.namedSources ?? []).entries()) {
    const problem = phraseProblem(phrase);
    const pointer = `/attribution/namedSources/${index}`;
    if (problem) throw new ConfigError(path, keyPath(pointer), problem, places.get(pointer)?.value.position);
  }
  const result: PartialSettings = {};
  if (settings.rules) result.rules = settings.rules;
  if (settings.duplicates) result.duplicates = settings.duplicates;
  if (settings.attribution) result.attribution = settings.attribution;
  return result;
}

/** Where each value (by JSON pointer) sits in the text: its key (the value itself for array items and the root) and its value. */
export type JsonPlaces = Map<string, {key: Place; value: Place}>;

/** An offset in the text, and the same as a 1-based line and UTF-16 column. */
export interface Place {
  offset: number;
  position: {line: number; column: number};
}

/** Deepest nesting of objects and lists a JSON file Copydesk reads may have (settings need three levels). */
export const maxJsonDepth = 100;

/**
 * Parse strict JSON (a byte-order mark allowed), recording where each value
 * sits. The engine's `JSON.parse` is not used because its messages and
 * positions differ between Node and browsers; this one says the same thing
 * everywhere, with a line and column. Throws a {@link ConfigError} with an
 * empty key on a syntax error or on nesting deeper than
 * {@link maxJsonDepth} (which would otherwise overflow the stack), or naming
 * the key set twice.
 */
export function parseJsonText(text: string, path: string): {value: unknown; places: JsonPlaces} {
  return new JsonParser(text, path).parseDocument();
}

class JsonParser {
  private index = 0;
  /** Objects and lists open around the current value. */
  private depth = 0;
  private readonly places: JsonPlaces = new Map();
  private readonly lineStarts: number[];

  constructor(
    private readonly text: string,
    private readonly path: string
  ) {
    this.lineStarts = lineStarts(text);
    if (text.charCodeAt(0) === 0xfeff) this.index = 1;
  }

  parseDocument(): {value: unknown; places: JsonPlaces} {
    this.skipSpace();
    if (this.index >= this.text.length) this.fail('the file is empty (write `{}` for the default settings)', 0);
    const value = this.parseValue('');
    this.skipSpace();
    if (this.index < this.text.length) this.fail(`unexpected ${this.describeHere()} after the end of the JSON value`);
    return {value, places: this.places};
  }

  private parseValue(pointer: string, key?: Place): unknown {
    const here = this.place(this.index);
    this.places.set(pointer, {key: key ?? here, value: here});
    const char = this.text[this.index];
    if (char === '{' || char === '[') {
      // Checked before going deeper: the parser recurses, and thousands of levels would overflow the stack.
      if (this.depth >= maxJsonDepth) this.fail(`nested more than ${maxJsonDepth} levels deep`);
      this.depth++;
      const value = char === '{' ? this.parseObject(pointer) : this.parseArray(pointer);
      this.depth--;
      return value;
    }
    if (char === '"') return this.parseString();
    if (char === '-' || (char >= '0' && char <= '9')) return this.parseNumber();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.index) && !/[\w$]/.test(this.text[this.index + word.length] ?? '')) {
        this.index += word.length;
        return value;
      }
    }
    if (char === "'") this.fail('strings must be in double quotes');
    const word = /[A-Za-z_$][\w$-]*/y;
    word.lastIndex = this.index;
    const bare = word.exec(this.text);
    if (bare) this.fail(`unexpected \`${bare[0]}\` (strings must be in double quotes)`);
    this.fail(`expected a value, found ${this.describeHere()}`);
  }

  private parseObject(pointer: string): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    this.index++;
    this.skipSpace();
    if (this.text[this.index] === '}') {
      this.index++;
      return object;
    }
    let comma = -1;
    for (;;) {
      this.skipSpace();
      if (this.text[this.index] !== '"') {
        if (this.text[this.index] === '}' && comma >= 0) this.fail('trailing comma before `}`', comma);
        this.fail(`expected a property name in double quotes, found ${this.describeHere()}`);
      }
      const keyOffset = this.index;
      const key = this.parseString();
      const child = `${pointer}/${escapePointer(key)}`;
      if (Object.prototype.hasOwnProperty.call(object, key)) {
        const earlier = this.places.get(child)?.key.position.line;
        throw new ConfigError(this.path, keyPath(child), `set twice (first on line ${earlier})`, this.place(keyOffset).position);
      }
      this.skipSpace();
      if (this.text[this.index] !== ':') this.fail(`expected \`:\` after the property name, found ${this.describeHere()}`);
      this.index++;
      this.skipSpace();
      // defineProperty, not assignment: a key named `__proto__` must stay a plain (unknown) setting.
      Object.defineProperty(object, key, {value: this.parseValue(child, this.place(keyOffset)), enumerable: true, writable: true, configurable: true});
      this.skipSpace();
      const next = this.text[this.index];
      if (next === ',') {
        comma = this.index++;
        continue;
      }
      if (next === '}') {
        this.index++;
        return object;
      }
      this.fail(`expected \`,\` or \`}\` after the property value, found ${this.describeHere()}`);
    }
  }

  private parseArray(pointer: string): unknown[] {
    const array: unknown[] = [];
    this.index++;
    this.skipSpace();
    if (this.text[this.index] === ']') {
      this.index++;
      return array;
    }
    let comma = -1;
    for (;;) {
      this.skipSpace();
      if (this.text[this.index] === ']' && comma >= 0) this.fail('trailing comma before `]`', comma);
      const child = `${pointer}/${array.length}`;
      array.push(this.parseValue(child));
      this.skipSpace();
      const next = this.text[this.index];
      if (next === ',') {
        comma = this.index++;
        continue;
      }
      if (next === ']') {
        this.index++;
        return array;
      }
      this.fail(`expected \`,\` or \`]\` after the list item, found ${this.describeHere()}`);
    }
  }

  private parseString(): string {
    const start = this.index;
    this.index++;
    let result = '';
    for (;;) {
      const char = this.text[this.index];
      if (char === undefined) this.fail('unterminated string', start);
      if (char === '"') {
        this.index++;
        return result;
      }
      if (char === '\n' || char === '\r') this.fail('unterminated string (a string cannot span lines)', start);
      if (char < ' ') this.fail('control character in a string (write it as an escape such as `\\t`)');
      if (char !== '\\') {
        result += char;
        this.index++;
        continue;
      }
      const escape = this.text[this.index + 1];
      const simple: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'};
      if (escape !== undefined && escape in simple) {
        result += simple[escape];
        this.index += 2;
      } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index + 2, this.index + 6))) {
        result += String.fromCharCode(parseInt(this.text.slice(this.index + 2, this.index + 6), 16));
        this.index += 6;
      } else {
        this.fail(`invalid escape \`\\${escape ?? ''}\` in a string`);
      }
    }
  }

  private parseNumber(): number {
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = this.index;
    const match = number.exec(this.text);
    const after = match ? this.text[this.index + match[0].length] : undefined;
    if (!match || (after !== undefined && /[\w.]/.test(after))) {
      const token = /[-+\w.]+/y;
      token.lastIndex = this.index;
      this.fail(`invalid number \`${token.exec(this.text)?.[0] ?? this.text[this.index]}\``);
    }
    this.index += match[0].length;
    return Number(match[0]);
  }

  private skipSpace(): void {
    for (;;) {
      const char = this.text[this.index];
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') this.index++;
      else if (char === '/' && (this.text[this.index + 1] === '/' || this.text[this.index + 1] === '*')) this.fail('comments are not allowed in JSON');
      else return;
    }
  }

  private describeHere(): string {
    const char = this.text[this.index];
    return char === undefined ? 'the end of the file' : `\`${char}\``;
  }

  private place(offset: number): Place {
    const line = lineIndexOf(this.lineStarts, offset);
    return {offset, position: {line: line + 1, column: offset - this.lineStarts[line] + 1}};
  }

  private fail(reason: string, offset = this.index): never {
    throw new ConfigError(this.path, '', reason, this.place(offset).position);
  }
}

// ---- Schema violations in words ----

interface SchemaNode {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const rootSchema = schema as SchemaNode;

function describe(error: ValidationError, value: unknown, path: string, position: Place['position']): ConfigError {
  const segments = pointerSegments(error.instancePath);
  const node = schemaAt(segments);
  const key = keyPath(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = String(error.params.additionalProperty);
      return unknownSetting(segments, unknown, valueAt(value, [...segments, unknown]), path, position);
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const found = valueAt(value, segments);
      const guess = typeof found === 'string' ? closest(found, allowed) : undefined;
      return new ConfigError(path, key, `must be one of ${allowed.join(', ')}` + (guess ? `; did you mean \`${guess}\`?` : ''), position);
    }
    case 'type':
      return new ConfigError(path, key, mustBe(node, String(error.params.type)), position);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const {minimum, maximum} = node ?? {};
      const reason =
        minimum !== undefined && maximum !== undefined
          ? `must be between ${minimum} and ${maximum}`
          : minimum !== undefined
            ? `must be at least ${minimum}`
            : `must be at most ${String(maximum)}`;
      return new ConfigError(path, key, reason, position);
    }
    case 'minLength':
      return new ConfigError(path, key, 'must not be empty', position);
    default:
      // A keyword added to the schema later still gets ajv's own words rather than nothing.
      return new ConfigError(path, key, error.message ?? `fails the schema's \`${error.keyword}\` check`, position);
  }
}

function mustBe(node: SchemaNode | undefined, type: string): string {
  if (type === 'array') return node?.items?.type === 'string' ? 'must be a list of strings' : 'must be a list';
  const words: Record<string, string> = {object: 'must be an object (`{…}`)', string: 'must be a string', integer: 'must be a whole number', number: 'must be a number', boolean: 'must be true or false'};
  return words[type] ?? `must be of type ${type}`;
}

/**
 * An unknown key, named by its full dotted path. When the unknown key holds
 * an object (a misspelt section such as `duplicate: {minWords: 4}`) the path
 * goes down to its first setting, so the suggestion is a whole path to copy.
 */
function unknownSetting(parent: string[], unknown: string, found: unknown, path: string, position: Place['position']): ConfigError {
  const siblings = Object.keys(schemaAt(parent)?.properties ?? {}).filter((name) => name !== '$schema');
  let segments = [...parent, unknown];
  let suggestion: string[] | undefined;
  const section = closest(unknown, siblings);
  if (section) suggestion = [...parent, section];
  else if (parent.length === 0) {
    // A setting written at the top level instead of inside its section.
    const home = Object.entries(rootSchema.properties ?? {}).find(([, node]) => node.properties && unknown in node.properties);
    if (home) suggestion = [home[0], unknown];
  }
  const inner = isPlainObject(found) ? Object.keys(found)[0] : undefined;
  if (inner !== undefined) {
    segments = [...segments, inner];
    if (suggestion) {
      const names = Object.keys(schemaAt(suggestion)?.properties ?? {});
      const setting = names.includes(inner) ? inner : closest(inner, names);
      suggestion = setting ? [...suggestion, setting] : undefined;
    }
  }
  const name = dotted(segments);
  const isRule = parent.length === 1 && parent[0] === 'rules';
  // A rule is known by its id alone (`rules.` is already in the key); a setting by its whole path.
  let reason = isRule ? `unknown rule \`${unknown}\`` : `unknown setting \`${name}\``;
  if (suggestion) reason += `; did you mean \`${isRule ? suggestion[suggestion.length - 1] : dotted(suggestion)}\`?`;
  else if (isRule) reason += ` (the rules are ${siblings.join(', ')})`;
  return new ConfigError(path, name, reason, position);
}

/** The closest name within a small edit distance (or that the word begins), ignoring case; undefined when none is close. */
function closest(word: string, names: readonly string[]): string | undefined {
  // A shortened name (`warn` for `warning`) is a likelier slip than its edit distance says.
  const prefixed = word.length >= 3 ? names.find((name) => name.toLowerCase().startsWith(word.toLowerCase())) : undefined;
  if (prefixed) return prefixed;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  // A third of the name, at least 2: `duplicate` → `duplicates`, `sensitive` → `sensitivity`, never `foo` → `rules`.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Where to point for an error: at an unknown key's name, at a bad value itself. */
function placeOf(error: ValidationError, places: JsonPlaces): Place {
  if (error.keyword === 'additionalProperties') {
    const place = places.get(`${error.instancePath}/${escapePointer(String(error.params.additionalProperty))}`);
    if (place) return place.key;
  }
  return (places.get(error.instancePath) ?? places.get(''))?.value ?? {offset: 0, position: {line: 1, column: 1}};
}

function schemaAt(segments: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = rootSchema;
  for (const segment of segments) node = /^\d+$/.test(segment) && node?.items ? node.items : node?.properties?.[segment];
  return node;
}

function valueAt(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/attribution/namedSources/2` → `attribution.namedSources[2]`. */
function keyPath(pointer: string): string {
  return dotted(pointerSegments(pointer));
}

function dotted(segments: readonly string[]): string {
  return segments.reduce((path, segment) => (/^\d+$/.test(segment) && path ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}
