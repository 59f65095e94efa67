import type {List, ListItem, Nodes, Paragraph as MdParagraph, Parent, Root, RootContent} from 'mdast';
import type {Point, Position} from 'unist';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {Block, BlockKind} from './block.js';
import {parseDirective} from './directives.js';
import remarkGfmTable from './gfm-table.js';
import {work} from '../work.js';
import {markdownRisk} from './markdown-bounds.js';
import {markdownProse} from './markdown-prose.js';
import {plaintextBlocks} from './plaintext-blocks.js';
import {proseReader, readVerbatim, type ProseReader} from './read-prose.js';

const markdown = unified().use(remarkParse).use(remarkGfmTable).freeze();

/** A block with offsets relative to its chunk. */
export type ChunkBlock = Block;

/**
 * Blocks of a Markdown chunk, read by remark so that headings, code, tables,
 * lists and block quotes are known as what they are. Each block's prose is
 * parsed into nlcst and handed to `read` at once.
 */
export function markdownBlocks(text: string, read: ProseReader = proseReader()): ChunkBlock[] {
  if (isPlainProse(text)) {
    // Most of a draft is plain paragraphs: they need no Markdown parser.
    return [{kind: 'paragraph', start: 0, end: text.length, prose: readVerbatim(read, text, 'paragraph')}];
  }
  // The commonest chunks that are not plain prose are simple enough to read without remark.
  const simple = simpleTree(text);
  if (!simple && markdownRisk(text)) return plainReading(text, read);
  try {
    if (!simple) work.longestMarkdownParse = Math.max(work.longestMarkdownParse, text.length);
    const tree = simple ?? markdown.parse(text);
    const blocks: ChunkBlock[] = [];
    for (const child of tree.children) visitBlock(child, blocks, text, read);
    return blocks;
  } catch {
    // Within the limits nothing is known to fail, but a chunk the parser cannot read must not stop the check of the rest.
    return plainReading(text, read);
  }
}

const tableRow = /^ {0,3}\|/;

/**
 * A chunk read as plain text (see markdown-bounds.ts): lines that start
 * with `|` are a table, as they would most likely have been, and hold no
 * prose; the rest is laid out as plain text is.
 */
function plainReading(text: string, read: ProseReader): ChunkBlock[] {
  const verbatim = (source: string, kind: BlockKind) => readVerbatim(read, source, kind);
  const blocks: ChunkBlock[] = [];
  let runStart = 0;
  let runIsTable: boolean | undefined;
  const flush = (end: number) => {
    if (runIsTable === undefined) return;
    const run = text.slice(runStart, end).replace(/\r?\n$/, '');
    if (runIsTable) blocks.push({kind: 'table', start: runStart, end: runStart + run.length});
    else for (const block of plaintextBlocks(run, verbatim)) blocks.push({...block, start: block.start + runStart, end: block.end + runStart});
  };
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    lineEnd = lineEnd === -1 ? text.length : lineEnd + 1;
    const isTable = tableRow.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 4)));
    if (isTable !== runIsTable) {
      flush(lineStart);
      runStart = lineStart;
      runIsTable = isTable;
    }
    lineStart = lineEnd;
  }
  flush(text.length);
  return blocks;
}

function visitBlock(node: RootContent, blocks: ChunkBlock[], text: string, read: ProseReader): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  switch (node.type) {
    case 'heading': {
      const atx = /^\s*#/.test(text.slice(start, end));
      blocks.push({kind: 'heading', start, end, headingDepth: node.depth, headingStyle: atx ? 'atx' : 'setext', prose: prose(node, text, start, end, 'heading', read)});
      return;
    }
    case 'paragraph': {
      blocks.push(paragraphBlock(node, text, start, end, read));
      return;
    }
    case 'list': {
      for (const item of node.children) {
        const itemStart = item.position?.start.offset;
        const itemEnd = item.position?.end.offset;
        const only = item.children.length === 1 ? item.children[0] : undefined;
        if (only?.type === 'paragraph' && itemStart !== undefined && itemEnd !== undefined) {
          // A one-paragraph item goes as a whole, so deleting it takes the bullet too.
          blocks.push({kind: 'list-item', start: itemStart, end: itemEnd, prose: prose(only, text, itemStart, itemEnd, 'list-item', read)});
        } else {
          for (const child of item.children) visitBlock(child, blocks, text, read);
        }
      }
      return;
    }
    case 'blockquote':
    case 'footnoteDefinition': {
      for (const child of (node as Parent).children) visitBlock(child as RootContent, blocks, text, read);
      return;
    }
    case 'code': {
      blocks.push({kind: 'code', start, end});
      return;
    }
    case 'table': {
      blocks.push({kind: 'table', start, end});
      return;
    }
    case 'thematicBreak': {
      blocks.push({kind: 'separator', start, end});
      return;
    }
    case 'html': {
      blocks.push({kind: 'html', start, end, directive: parseDirective(node.value)});
      return;
    }
    default:
      // Definitions and the like hold no prose.
      return;
  }
}

/** A line start that may open a block construct or continue a container. */
const blockStart = /^(?:[\s#>*+=|~`<[_-]|\d+[.)])/;
/** {@link blockStart} at the start of any line (lines end at `\n` only, as in `splitLines`). */
const anyBlockStart = /(?:^|\n)(?:[^\S\n]|[#>*+=|~`<[_-]|\d+[.)])/;
/** Characters that may be inline markup, an escape or an entity. */
const inlineMarkup = /[*_`[\]<>\\&|~!]|\s\s\r?$/m;

/**
 * Whether a chunk is one paragraph of plain words that remark would return
 * as a single text node: no line opens a block construct and no character
 * could be inline markup, an escape, an entity or a hard break.
 */
export function isPlainProse(text: string): boolean {
  if (inlineMarkup.test(text) || anyBlockStart.test(text)) return false;
  return /[\p{L}\p{N}]/u.test(text);
}

function paragraphBlock(node: MdParagraph, text: string, start: number, end: number, read: ProseReader): ChunkBlock {
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) {
    // A line of dashes or asterisks that Markdown reads as text: `—`, `* * *` after text.
    return {kind: 'separator', start, end};
  }
  if (content.length === 1 && content[0].type === 'strong') {
    return {kind: 'heading', start, end, headingStyle: 'bold', prose: prose(node, text, start, end, 'heading', read)};
  }
  return {kind: 'paragraph', start, end, prose: prose(node, text, start, end, 'paragraph', read)};
}

/** The prose of the block `node` spans (`start`–`end` in the chunk), parsed with offsets relative to the block and read. */
function prose(node: Nodes, text: string, start: number, end: number, kind: BlockKind, read: ProseReader) {
  const {paragraph, markup} = markdownProse(node, text, start);
  return read(paragraph, kind, text.slice(start, end), markup);
}

/**
 * Characters that may make a line more than text, block markers and the
 * inline markup {@link simpleMarkup} knows: other markup, escapes,
 * entities, table pipes, tabs (which count as columns) and other control
 * characters, including `\r` and NUL (which remark rewrites).
 */
const notSimple = /[_<\\&|~]|[^\P{Cc}\n]/u;
/** Characters that may start or end emphasis, code or a link. */
const inlineMarker = /[*`[\]]/;

/**
 * The tree remark would build for a chunk of the simplest shapes, so that
 * these skip the Markdown parser: one ATX heading line, one block-quoted
 * line of text, a bulleted list of one-line items of text, or one line of
 * text with one emphasis, code span or link. `undefined` for anything else,
 * or anything about which there could be a doubt.
 */
function simpleTree(text: string): Root | undefined {
  if (notSimple.test(text)) return undefined;
  const first = text.charCodeAt(0);
  const oneLine = !text.includes('\n');
  let children: RootContent[] | undefined;
  if (inlineMarker.test(text)) children = oneLine ? simpleMarkup(text) : undefined;
  else if (first === 0x2d || first === 0x2b) children = simpleList(text);
  else if (oneLine) children = simpleHeading(text) ?? simpleQuote(text);
  return children && {type: 'root', children, position: span(text, 0, text.length)};
}

const atxOpening = /^ {0,3}#{1,6}(?= |$)/;

/** A heading line: its text is what is left of the line without the `#` sequences and spaces around. */
function simpleHeading(line: string): RootContent[] | undefined {
  const opening = atxOpening.exec(line);
  if (!opening) return undefined;
  const start = opening[0].indexOf('#');
  const contentStart = skipSpaces(line, opening[0].length);
  let contentEnd = trimSpaces(line, contentStart, line.length);
  let closing = contentEnd;
  while (closing > contentStart && line.charCodeAt(closing - 1) === 0x23) closing--;
  // A closing sequence of `#` counts only after a space, or as the whole text.
  if (closing < contentEnd && (closing === contentStart || line.charCodeAt(closing - 1) === 0x20)) {
    contentEnd = trimSpaces(line, contentStart, closing);
  }
  const depth = opening[0].length - start;
  const children = contentStart < contentEnd ? [textNode(line, contentStart, contentEnd)] : [];
  return [{type: 'heading', depth: depth as 1, children, position: span(line, start, line.length)}];
}

const quoteOpening = /^ {0,3}> ?/;

/** A block quote of one line of text. */
function simpleQuote(line: string): RootContent[] | undefined {
  const opening = quoteOpening.exec(line);
  if (!opening || !isSimpleText(line, opening[0].length, line.length)) return undefined;
  const paragraph = paragraphNode(line, opening[0].length, line.length);
  return [{type: 'blockquote', children: [paragraph], position: span(line, opening[0].indexOf('>'), line.length)}];
}

/** A tight bulleted list whose items are one line of text each, all with the same bullet. */
function simpleList(text: string): RootContent[] | undefined {
  const bullet = text.charCodeAt(0);
  const items: ListItem[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.charCodeAt(start) !== bullet || text.charCodeAt(start + 1) !== 0x20 || !isSimpleText(text, start + 2, end)) return undefined;
    items.push({type: 'listItem', spread: false, checked: null, children: [paragraphNode(text, start + 2, end)], position: span(text, start, end)});
    start = end + 1;
  }
  const list: List = {type: 'list', ordered: false, start: null, spread: false, children: items, position: span(text, 0, text.length)};
  return [list];
}

/**
 * A paragraph of one line of text with one emphasis, strong emphasis, code
 * span or link, each of the plainest kind, and no other markup.
 */
function simpleMarkup(line: string): RootContent[] | undefined {
  if (!isSimpleText(line, 0, line.length)) return undefined;
  const at = line.search(inlineMarker);
  const code = line.charCodeAt(at);
  const found = code === 0x2a ? simpleEmphasis(line, at) : code === 0x60 ? simpleCode(line, at) : code === 0x5b ? simpleLink(line, at) : undefined;
  if (!found || inlineMarker.test(line.slice(found.end))) return undefined;
  const children: MdParagraph['children'] = [];
  if (at > 0) children.push(textNode(line, 0, at));
  children.push(found.node);
  if (found.end < line.length) children.push(textNode(line, found.end, line.length));
  return [{type: 'paragraph', children, position: span(line, 0, line.length)}];
}

interface Inline {
  node: MdParagraph['children'][number];
  /** Offset just past the construct. */
  end: number;
}

/**
 * `*text*` or `**text**`, the text starting and ending with a letter or
 * digit: then the first run of asterisks can open and the second close
 * (CommonMark's flanking rules), and runs of equal length pair whatever is
 * around them.
 */
function simpleEmphasis(line: string, at: number): Inline | undefined {
  const size = line.charCodeAt(at + 1) === 0x2a ? 2 : 1;
  const close = line.indexOf('*', at + size);
  if (close === -1 || !isPlainInner(line, at + size, close)) return undefined;
  if (!isAlphanumeric(line.charCodeAt(at + size)) || !isAlphanumeric(line.charCodeAt(close - 1))) return undefined;
  // Both runs exactly `size` long.
  if (line.charCodeAt(at + size) === 0x2a || line.charCodeAt(close + size) === 0x2a || (size === 2 && line.charCodeAt(close + 1) !== 0x2a)) return undefined;
  const end = close + size;
  return {node: {type: size === 1 ? 'emphasis' : 'strong', children: [textNode(line, at + size, close)], position: span(line, at, end)}, end};
}

/** `` `code` ``: one backtick each side, and no space at either end to strip. */
function simpleCode(line: string, at: number): Inline | undefined {
  const close = line.indexOf('`', at + 1);
  if (close === -1 || line.charCodeAt(close + 1) === 0x60 || !isPlainInner(line, at + 1, close)) return undefined;
  return {node: {type: 'inlineCode', value: line.slice(at + 1, close), position: span(line, at, close + 1)}, end: close + 1};
}

/** `[text](destination)`, not an image, the destination with no space, parenthesis or angle bracket. */
function simpleLink(line: string, at: number): Inline | undefined {
  const close = line.indexOf(']', at + 1);
  if (close === -1 || line.charCodeAt(at - 1) === 0x21 || line.charCodeAt(close + 1) !== 0x28 || !isPlainInner(line, at + 1, close)) return undefined;
  const end = line.indexOf(')', close + 2);
  const url = end === -1 ? '' : line.slice(close + 2, end);
  if (url === '' || /[\s()]/.test(url)) return undefined;
  return {node: {type: 'link', title: null, url, children: [textNode(line, at + 1, close)], position: span(line, at, end + 1)}, end: end + 1};
}

/** Whether `text[start, end)` is not empty, has no markup and no space at either end. */
function isPlainInner(text: string, start: number, end: number): boolean {
  if (start >= end || /\s/.test(text[start]) || /\s/.test(text[end - 1])) return false;
  return !inlineMarker.test(text.slice(start, end));
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Whether `text[start, end)` is a paragraph of plain text to CommonMark: not
 * empty, no space at either end (the first would be indentation, the last
 * trimmed), and not starting like a block construct.
 */
function isSimpleText(text: string, start: number, end: number): boolean {
  if (start >= end || text.charCodeAt(start) === 0x20 || text.charCodeAt(end - 1) === 0x20) return false;
  return !blockStart.test(text.slice(start, end));
}

function paragraphNode(text: string, start: number, end: number): MdParagraph {
  return {type: 'paragraph', children: [textNode(text, start, end)], position: span(text, start, end)};
}

function textNode(text: string, start: number, end: number): MdParagraph['children'][number] {
  return {type: 'text', value: text.slice(start, end), position: span(text, start, end)};
}

function skipSpaces(text: string, index: number): number {
  while (text.charCodeAt(index) === 0x20) index++;
  return index;
}

/** The end of `text[start, end)` without the spaces it ends with. */
function trimSpaces(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return end;
}

/** The position of `text[start, end)`, with lines and columns as remark counts them. */
function span(text: string, start: number, end: number): Position {
  return {start: point(text, start), end: point(text, end)};
}

function point(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
    line++;
    lineStart = newline + 1;
  }
  return {line, column: offset - lineStart + 1, offset};
}
