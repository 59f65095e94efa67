import type {Format} from '../types.js';
import {canCut, lineKind} from './plaintext-lines.js';

/**
 * A run of the document that can be parsed on its own: Markdown blocks
 * between blank lines that no construct spans, or a plain-text run of
 * non-blank lines. Splitting first lets the checker parse and cache each
 * chunk by its content, so an edit re-parses only the chunk it touched.
 */
export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  /** The chunk's text, without the blank lines around it. */
  text: string;
  /** Front matter at the top of a Markdown file is metadata, not prose. */
  frontmatter?: boolean;
}

const blankLine = /^[ \t]*\r?$/;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
// HTML blocks of CommonMark types 1 and 2 may hold blank lines.
const rawHtmlOpen = /^ {0,3}<(pre|script|style|textarea)[\s>]/i;

interface Line {
  start: number;
  /** End of the line's content, before `\r\n` or `\n`. */
  end: number;
  text: string;
}

/** Split text into lines, keeping offsets; a line ends at `\n`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let newline = text.indexOf('\n', start);
    if (newline === -1) newline = text.length;
    const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    lines.push({start, end, text: text.slice(start, end)});
    start = newline + 1;
  }
  return lines;
}

/** Split a document into independently parseable chunks. */
export function splitChunks(text: string, format: Format): Chunk[] {
  const lines = splitLines(text);
  const chunks: Chunk[] = [];
  let first = 0;

  if (format === 'markdown' && /^---\r?$/.test(lines[0]?.text ?? '')) {
    const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\r?$/.test(line.text));
    if (close > 0) {
      chunks.push({start: 0, text: text.slice(0, lines[close].end), frontmatter: true});
      first = close + 1;
    }
  }

  let open: number | undefined;
  let closer: RegExp | undefined;
  for (let index = first; index < lines.length; index++) {
    const line = lines[index];
    const blank = blankLine.test(line.text);
    if (closer) {
      // Inside a fence or raw HTML: blank lines do not end the chunk.
      if (closer.test(line.text)) closer = undefined;
      continue;
    }
    if (blank) {
      if (open !== undefined && (format === 'plaintext' || startsUnindented(lines, index))) {
        pushRun(text, lines, open, index - 1, format, chunks);
        open = undefined;
      }
      continue;
    }
    if (open === undefined) open = index;
    if (format === 'markdown') closer = opener(line.text);
  }
  if (open !== undefined) {
    let last = lines.length - 1;
    while (blankLine.test(lines[last].text)) last--;
    pushRun(text, lines, open, last, format, chunks);
  }
  return chunks;
}

/**
 * Add the chunk of lines `first` to `last`. A plain-text run is cut further
 * wherever that leaves its layout as it is: a draft written one paragraph a
 * line with no blank lines between would otherwise be one chunk, re-read
 * whole after every edit.
 */
function pushRun(text: string, lines: readonly Line[], first: number, last: number, format: Format, chunks: Chunk[]): void {
  let from = first;
  if (format === 'plaintext' && last > first) {
    const run = lines.slice(first, last + 1).map((line) => line.text);
    const kinds = run.map(lineKind);
    for (let index = 1; index < run.length; index++) {
      if (!canCut(run, kinds, index)) continue;
      chunks.push({start: lines[from].start, text: text.slice(lines[from].start, lines[first + index - 1].end)});
      from = first + index;
    }
  }
  chunks.push({start: lines[from].start, text: text.slice(lines[from].start, lines[last].end)});
}

/** The pattern that closes a construct opened on this line, if it may span blank lines. */
function opener(line: string): RegExp | undefined {
  const fence = fenceOpen.exec(line);
  if (fence) {
    const marker = fence[1];
    return new RegExp('^ {0,3}' + (marker[0] === '`' ? '`' : '~') + '{' + marker.length + ',}[ \\t]*\\r?$');
  }
  if (line.includes('<!--') && !line.slice(line.indexOf('<!--') + 4).includes('-->')) return /-->/;
  const raw = rawHtmlOpen.exec(line);
  if (raw && !new RegExp('</' + raw[1] + '>', 'i').test(line)) return new RegExp('</' + raw[1] + '>', 'i');
  return undefined;
}

/**
 * Whether the next non-blank line after `index` starts at the margin: only
 * then can a blank line end every open container (a list item or a block
 * quote goes on with an indented line).
 */
function startsUnindented(lines: Line[], index: number): boolean {
  for (let next = index + 1; next < lines.length; next++) {
    if (!blankLine.test(lines[next].text)) return !/^[ \t]/.test(lines[next].text);
  }
  return true;
}
