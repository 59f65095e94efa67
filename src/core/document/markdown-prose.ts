import type {Nodes, Parents} from 'mdast';
import type {Paragraph, Root as NlcstRoot, Sentence, SentenceContent} from 'nlcst';
import type {Position} from 'unist';
import {decodeNamedCharacterReference} from 'decode-named-character-reference';
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference';
import {work} from '../work.js';
import {english} from './english-parser.js';
import type {Markup} from './markup.js';
import {maxPiece, mergeParagraphs} from './prose.js';

/** A Markdown block's prose and its inline markup. */
export interface MarkdownProse {
  paragraph: Paragraph;
  /** The block's inline markup, relative to the block, ordered as {@link Markup} says. */
  markup: Markup[];
}

/**
 * The prose of an mdast block (a paragraph or heading) as one nlcst
 * paragraph, the way the reader sees it: the words of its text, without
 * markup, escapes decoded. Every node's offsets point at the characters of
 * `source` it stands for, relative to `base` (the block's start).
 *
 * A text node's value is not its source: CommonMark drops the spaces at the
 * ends of lines, the indentation and `>` markers of continuation lines, the
 * backslash of an escape, and decodes character references. Each value is
 * therefore aligned with its source, character by character, and each token
 * placed by that alignment; a value that cannot be aligned (no known rule
 * explains the difference) is read from its source as written, so a place is
 * never wrong, only the words a little less clean.
 */
export function markdownProse(node: Nodes, source: string, base: number): MarkdownProse {
  const content: SentenceContent[] = [];
  const markup: Markup[] = [];
  collect(node, source, base, content, markup, -1);
  return {paragraph: assemble(content), markup};
}

function collect(node: Nodes, source: string, base: number, content: SentenceContent[], markup: Markup[], parent: number): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  switch (node.type) {
    case 'text': {
      const map = align(node.value, source, start, end, false);
      if (map) place(english.tokenize(node.value), map, base, content);
      else place(english.tokenize(source.slice(start, end)), identity(start, end), base, content);
      return;
    }
    case 'inlineCode': {
      markup.push(atom('code', start - base, end - base, undefined, parent));
      // Code is quoted as written: a source node, as remark-retext makes it.
      content.push({type: 'SourceNode', value: source.slice(start, end), position: span(start - base, end - base)});
      return;
    }
    case 'break': {
      content.push({type: 'WhiteSpaceNode', value: '\n', position: span(start - base, end - base)});
      return;
    }
    case 'html': {
      markup.push(atom('html', start - base, end - base, node.value, parent));
      return;
    }
    case 'image':
    case 'imageReference': {
      markup.push(atom('image', start - base, end - base, node.type === 'image' ? node.url : node.identifier, parent));
      if (!node.alt) return;
      // The alt text stands inside `![…]`, its own markup dropped: aligned leniently, or left out.
      const map = align(node.alt, source, start + 2, end, true);
      if (map) place(english.tokenize(node.alt), map, base, content);
      return;
    }
    case 'link':
    case 'linkReference':
    case 'emphasis':
    case 'strong':
    case 'delete': {
      const children = node.children;
      const innerStart = children[0]?.position?.start.offset ?? start;
      const innerEnd = children.at(-1)?.position?.end.offset ?? innerStart;
      const kind = node.type === 'link' || node.type === 'linkReference' ? 'link' : 'emphasis';
      const value = node.type === 'link' ? node.url : node.type === 'linkReference' ? node.identifier : undefined;
      const index = markup.push({kind, start: start - base, end: end - base, innerStart: innerStart - base, innerEnd: innerEnd - base, value, parent}) - 1;
      for (const child of children) collect(child as Nodes, source, base, content, markup, index);
      return;
    }
    default:
      break;
  }
  // Tables hold no prose; their rows are blocks of their own.
  if ('children' in node && node.type !== 'table') {
    for (const child of (node as Parents).children) collect(child as Nodes, source, base, content, markup, parent);
  }
}

/** Markup taken or kept whole: nothing inside it is words a range may cover alone. */
function atom(kind: Markup['kind'], start: number, end: number, value: string | undefined, parent: number): Markup {
  return {kind, start, end, innerStart: start, innerEnd: start, value, parent};
}

/** Where each character of a value stands in the source: `starts[i]` to `ends[i]`. */
interface Alignment {
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Align `value` with `source[from, to)`: each character of the value is
 * the next source character that is the same, or an escape or character
 * reference that stands for it; source characters the value dropped may be
 * white space and, at the start of a line, block-quote markers. `lenient`
 * also lets markup characters drop (alt text, which loses its emphasis).
 * `undefined` when the value has a character the source does not explain.
 */
function align(value: string, source: string, from: number, to: number, lenient: boolean): Alignment | undefined {
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  let at = from;
  // In the prefix of a line (after a line break, before any kept character), where container markers stand.
  let linePrefix = false;
  for (let index = 0; index < value.length; ) {
    if (at >= to) return undefined;
    const code = value.charCodeAt(index);
    const found = source.charCodeAt(at);
    // An escape or a reference first: CommonMark decodes every one in text, so `&amp;` is never a literal `&` and `amp;`.
    if (found === backslash && at + 1 < to && source.charCodeAt(at + 1) === code && isAsciiPunctuation(code)) {
      starts[index] = at;
      ends[index] = at + 2;
      index++;
      linePrefix = false;
      at += 2;
      continue;
    }
    if (found === ampersand) {
      const reference = characterReference(source, at, to);
      if (reference && value.startsWith(reference.text, index)) {
        for (let offset = 0; offset < reference.text.length; offset++) {
          starts[index + offset] = at;
          ends[index + offset] = reference.end;
        }
        index += reference.text.length;
        linePrefix = false;
        at = reference.end;
        continue;
      }
    }
    if (found === code) {
      starts[index] = at;
      ends[index] = at + 1;
      index++;
      linePrefix = code === lineFeed || code === carriageReturn;
      at++;
      continue;
    }
    const dropped = found === space || found === tab || found === lineFeed || found === carriageReturn || (linePrefix && found === greaterThan) || (lenient && isMarkupCharacter(found));
    if (!dropped) return undefined;
    if (found === lineFeed || found === carriageReturn) linePrefix = true;
    at++;
  }
  return {starts, ends};
}

const tab = 9;
const lineFeed = 10;
const carriageReturn = 13;
const space = 32;
const ampersand = 38;
const greaterThan = 62;
const backslash = 92;

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/** Characters of inline markup that alt text drops. */
function isMarkupCharacter(code: number): boolean {
  return code === 42 || code === 95 || code === 96 || code === 126 || code === 91 || code === 93 || code === backslash || code === 33 || code === 60 || code === 62;
}

const referencePattern = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

/** The character reference at `at` (`&amp;`, `&#38;`, `&#x26;`), decoded as CommonMark does, if there is one. */
function characterReference(source: string, at: number, to: number): {text: string; end: number} | undefined {
  referencePattern.lastIndex = at;
  const match = referencePattern.exec(source);
  if (!match || referencePattern.lastIndex > to) return undefined;
  const [, decimal, hexadecimal, name] = match;
  let text: string | false;
  if (decimal !== undefined) text = decodeNumericCharacterReference(decimal, 10);
  else if (hexadecimal !== undefined) text = decodeNumericCharacterReference(hexadecimal, 16);
  else text = decodeNamedCharacterReference(name);
  return text === false ? undefined : {text, end: referencePattern.lastIndex};
}

/** The alignment of `source[from, to)` with itself, for a value read as written. */
function identity(from: number, to: number): Alignment {
  const starts = new Int32Array(to - from);
  const ends = new Int32Array(to - from);
  for (let index = 0; index < starts.length; index++) {
    starts[index] = from + index;
    ends[index] = from + index + 1;
  }
  return {starts, ends};
}

/** Give tokens of a value (offsets into the value) the source offsets the alignment says, relative to `base`, and add them to `content`. */
function place(tokens: SentenceContent[], map: Alignment, base: number, content: SentenceContent[]): void {
  for (const token of tokens) {
    move(token, map, base);
    content.push(token);
  }
}

function move(node: SentenceContent | Sentence['children'][number] | {position?: Position; children?: unknown[]}, map: Alignment, base: number): void {
  const position = node.position;
  if (position) {
    const start = position.start.offset ?? 0;
    const end = position.end.offset ?? start;
    node.position = span(map.starts[start] - base, (end > start ? map.ends[end - 1] : map.starts[start]) - base);
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children) move(child as SentenceContent, map, base);
}

/** A position by offsets (lines and columns would go stale when the block moves). */
function span(start: number, end: number): Position {
  return {start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1, offset: end}};
}

const terminalMarker = /^[!.?\u2026\u203D]+$/;
const lineBreaks = /^[ \t]*(?:(?:\r?\n|\r)[\t ]*)+$/;

/**
 * Build one paragraph from a block's tokens the way the parser builds one
 * from text: its sentence steps, a split at sentence-ending marks, its
 * paragraph steps (which mend splits after abbreviations and the like), a
 * split at line breaks, its root steps; then the paragraphs merged back.
 */
function assemble(content: SentenceContent[]): Paragraph {
  if (content.length <= maxPiece) return assemblePiece(content);
  // A piece at a time, cut after white space where there is some (see maxPiece).
  const children: Paragraph['children'] = [];
  for (let from = 0; from < content.length; ) {
    let to = Math.min(from + maxPiece, content.length);
    for (let at = to; to < content.length && at > to - 1024; at--) {
      if (content[at - 1].type === 'WhiteSpaceNode') {
        to = at;
        break;
      }
    }
    for (const child of assemblePiece(content.slice(from, to)).children) children.push(child);
    from = to;
  }
  return {type: 'ParagraphNode', children};
}

function assemblePiece(content: SentenceContent[]): Paragraph {
  if (content.length === 0) return {type: 'ParagraphNode', children: []};
  if (content.length > work.longestProseParse) work.longestProseParse = content.length;
  const sentence: Sentence = {type: 'SentenceNode', children: content, position: around(content)};
  for (const step of english.tokenizeSentencePlugins) step(sentence);
  const paragraph: Paragraph = {type: 'ParagraphNode', children: splitAfter(sentence.children, 'PunctuationNode', terminalMarker, 'SentenceNode') as Paragraph['children'], position: around(sentence.children)};
  for (const step of english.tokenizeParagraphPlugins) step(paragraph);
  const root: NlcstRoot = {type: 'RootNode', children: splitAfter(paragraph.children, 'WhiteSpaceNode', lineBreaks, 'ParagraphNode') as NlcstRoot['children'], position: around(paragraph.children)};
  for (const step of english.tokenizeRootPlugins) step(root);
  return mergeParagraphs(root);
}

/** The span from the first node's start to the last one's end. */
function around(nodes: ReadonlyArray<{position?: Position}>): Position | undefined {
  const first = nodes[0]?.position;
  const last = nodes.at(-1)?.position;
  return first && last ? {start: first.start, end: last.end} : undefined;
}

/** Group `nodes` into parents of `type`, each ending after a node of `split` type whose text matches `pattern` (or at the end). */
function splitAfter(nodes: readonly SentenceContent[] | readonly Paragraph['children'][number][], split: string, pattern: RegExp, type: 'SentenceNode' | 'ParagraphNode'): Array<{type: string; children: unknown[]; position?: Position}> {
  const groups: Array<{type: string; children: unknown[]; position?: Position}> = [];
  let from = 0;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    const ends = index === nodes.length - 1 || (node.type === split && 'value' in node && pattern.test(node.value));
    if (!ends) continue;
    const children = nodes.slice(from, index + 1);
    groups.push({type, children, position: around(children)});
    from = index + 1;
  }
  return groups;
}
