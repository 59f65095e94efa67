import type {Paragraph, Root as NlcstRoot} from 'nlcst';
import {work} from '../work.js';
import {english} from './english-parser.js';

/** Data on a parsed paragraph whose words are its block's text verbatim. */
export interface VerbatimData {
  /** The block's source text, which the paragraph covers from offset 0 with no markup left out. */
  source: string;
}

/**
 * Parse a block whose text is all prose (plain text, or Markdown with no
 * markup) into one nlcst paragraph. Its offsets already start at 0, and the
 * source text rides along so that folding it needs no walk over the tree.
 */
export function parseVerbatim(text: string): Paragraph {
  const paragraph = text.length <= maxPiece ? parseEnglish(text) : parseInPieces(text);
  paragraph.data = {source: text} as Paragraph['data'];
  return paragraph;
}

/** The source text of a paragraph parsed by {@link parseVerbatim}, if it was. */
export function verbatimSource(paragraph: Paragraph): string | undefined {
  return (paragraph.data as Partial<VerbatimData> | undefined)?.source;
}

/**
 * Merge the paragraphs a parser returns for one block into a single
 * paragraph (a block is one paragraph to an editor however it is wrapped).
 */
export function mergeParagraphs(root: NlcstRoot): Paragraph {
  const children: Paragraph['children'] = [];
  for (const child of root.children) {
    // One at a time: spreading a long paragraph's sentences into push() overflows the stack.
    if (child.type === 'ParagraphNode') for (const sentence of child.children) children.push(sentence);
    else if (child.type === 'WhiteSpaceNode') children.push(child);
  }
  return {type: 'ParagraphNode', children};
}

/**
 * The most characters (or tokens) parse-english is given at once. Its steps
 * merge sentences and words by spreading one node's children into
 * another's (`push(...children)`), which throws once a node has more
 * children than the stack holds arguments: a 200 KB run with no sentence end
 * or no space did. A paragraph longer than this is parsed a piece at a time,
 * cut at white space where there is some; no sentence of a real draft is
 * this long, so where the cut falls changes nothing a rule reads.
 */
export const maxPiece = 8192;

/** How far back from the longest piece a cut looks for white space. */
const cutWindow = 1024;

/** Where to end the piece of `text` that starts at `from`: after white space near the limit, or at the limit but never between a surrogate pair. */
function pieceEnd(text: string, from: number): number {
  const limit = from + maxPiece;
  if (limit >= text.length) return text.length;
  for (let at = limit; at > limit - cutWindow; at--) {
    if (isWhiteSpace(text.charCodeAt(at - 1)) && !isWhiteSpace(text.charCodeAt(at))) return at;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** One call of the sentence parser, metered. */
function parseEnglish(text: string): Paragraph {
  if (text.length > work.longestProseParse) work.longestProseParse = text.length;
  return mergeParagraphs(english.parse(text));
}

/** Parse a long text piece by piece (see {@link maxPiece}) into one paragraph with offsets into the whole text. */
function parseInPieces(text: string): Paragraph {
  const children: Paragraph['children'] = [];
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    const piece = parseEnglish(text.slice(from, to));
    // Nodes share point objects (a word and its text node start at one), so each is moved once.
    if (from > 0) shiftPoints(piece, from, new Set());
    for (const child of piece.children) children.push(child);
    from = to;
  }
  return {type: 'ParagraphNode', children};
}

/** Add `by` to the offset of every point in the tree (lines and columns are left relative to the piece; only offsets are read). */
function shiftPoints(node: {position?: {start: {offset?: number}; end: {offset?: number}}; children?: unknown[]}, by: number, moved: Set<object>): void {
  const position = node.position;
  if (position) {
    for (const point of [position.start, position.end]) {
      if (moved.has(point)) continue;
      moved.add(point);
      if (point.offset !== undefined) point.offset += by;
    }
  }
  if (node.children) for (const child of node.children) shiftPoints(child as typeof node, by, moved);
}

