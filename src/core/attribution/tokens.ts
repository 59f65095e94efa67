import type {Paragraph, Sentence as SentenceNode} from 'nlcst';
import {toString} from 'nlcst-to-string';

/** One token of a sentence, with offsets relative to the paragraph. */
export interface Token {
  /** Text as written. */
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  kind: 'word' | 'number' | 'punctuation' | 'symbol';
  start: number;
  end: number;
  /** Inside a quotation (the quote marks themselves are not). */
  quoted: boolean;
  /** An opening or closing quotation mark. */
  quoteMark?: 'open' | 'close';
}

/** A quotation: from its opening mark to its closing mark (or the paragraph's end). */
export interface Quote {
  start: number;
  end: number;
  /** Index of the first and last sentence it touches. */
  firstSentence: number;
  lastSentence: number;
  words: Token[];
  /** Whether a closing mark was found (a quote running on into the next paragraph has none). */
  closed: boolean;
}

/** A sentence as the analysis sees it: tokens without whitespace, quotations marked. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** The sentence carries (or is directly followed by) the needs-a-source marker. */
  marked: boolean;
}

/** A paragraph split into sentences and quotations. */
export interface Analysable {
  sentences: Sentence[];
  quotes: Quote[];
  /** The paragraph's text rebuilt from node offsets (gaps, such as Markdown markup, are spaces). */
  text: string;
}

const openQuotes = new Set(['“', '«', '„']);
const closeQuotes = new Set(['”', '»']);

/** Split an nlcst paragraph into analysable sentences, merging split numbers and marking quotations and the marker. */
export function tokenize(paragraph: Paragraph, marker: string): Analysable {
  const raw: Token[][] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue;
    const tokens = sentenceTokens(child);
    if (tokens.length > 0) raw.push(tokens);
  }
  const end = raw.length > 0 ? raw.at(-1)!.at(-1)!.end : 0;
  const chars = Array.from({length: end}, () => ' ');
  for (const tokens of raw) for (const token of tokens) for (let i = 0; i < token.text.length && token.start + i < end; i++) chars[token.start + i] = token.text[i];
  const text = chars.join('');

  const sentences: Sentence[] = raw.map((tokens, index) => ({index, start: tokens[0].start, end: tokens.at(-1)!.end, tokens, marked: false}));
  applyMarker(sentences, text, marker);
  const kept = sentences.filter((sentence) => sentence.tokens.length > 0);
  kept.forEach((sentence, index) => (sentence.index = index));
  return {sentences: kept, quotes: markQuotes(kept), text};
}

function sentenceTokens(sentence: SentenceNode): Token[] {
  const tokens: Token[] = [];
  for (const node of sentence.children) {
    if (node.type === 'WhiteSpaceNode' || !node.position) continue;
    const start = node.position.start.offset ?? 0;
    const end = node.position.end.offset ?? start;
    const text = toString(node);
    const kind: Token['kind'] = node.type === 'WordNode' ? (/^\d/.test(text) ? 'number' : 'word') : node.type === 'SymbolNode' ? 'symbol' : 'punctuation';
    const previous = tokens.at(-1);
    const beforePrevious = tokens.at(-2);
    // parse-english splits `1,214` into `1` `,` `214`: join digit groups written without spaces.
    if (kind === 'number' && /^\d{3}(\D|$)/.test(text) && previous?.text === ',' && previous.start === beforePrevious?.end && previous.end === start && beforePrevious.kind === 'number' && /\d$/.test(beforePrevious.text)) {
      tokens.pop();
      beforePrevious.text += ',' + text;
      beforePrevious.lower = beforePrevious.text.toLowerCase();
      beforePrevious.end = end;
      continue;
    }
    tokens.push({text, lower: text.toLowerCase().replace(/’/g, "'"), kind, start, end, quoted: false});
  }
  return tokens;
}

/**
 * A sentence carrying the marker, or directly followed by it, is marked;
 * the marker's own tokens are dropped (parse-english makes `[source?]` a
 * sentence of its own, since it holds a question mark).
 */
function applyMarker(sentences: Sentence[], text: string, marker: string): void {
  if (!marker) return;
  let at = text.indexOf(marker);
  while (at !== -1) {
    const markerEnd = at + marker.length;
    const holder = sentences.findIndex((sentence) => at < sentence.end && markerEnd > sentence.start);
    const before = [...sentences].reverse().find((sentence) => sentence.end <= at && sentence.tokens.length > 0);
    const owner = holder === -1 || /^\s*$/.test(text.slice(sentences[holder].start, at)) ? before ?? sentences[holder] : sentences[holder];
    if (owner) owner.marked = true;
    for (const sentence of sentences) {
      sentence.tokens = sentence.tokens.filter((token) => token.end <= at || token.start >= markerEnd);
      if (sentence.tokens.length > 0) {
        sentence.start = sentence.tokens[0].start;
        sentence.end = sentence.tokens.at(-1)!.end;
      }
    }
    at = text.indexOf(marker, markerEnd);
  }
}

/**
 * Pair quotation marks across the paragraph: straight double quotes
 * toggle, curly ones open and close. Single curly quotes (British style)
 * count too: `‘` opens, and while one is open a `’` that does not start a
 * word closes it (elsewhere `’` is an apostrophe). Straight single quotes
 * are left alone: they are apostrophes far more often than quotes.
 */
function markQuotes(sentences: Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  let open: {start: number; sentence: number; words: Token[]; single: boolean} | undefined;
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, index) => {
      const isStraight = token.text === '"';
      const next = sentence.tokens[index + 1];
      const closesSingle = token.text === '’' && (next === undefined || next.start > token.end || next.kind !== 'word');
      if (open && (open.single ? closesSingle : closeQuotes.has(token.text) || isStraight)) {
        token.quoteMark = 'close';
        quotes.push({start: open.start, end: token.end, firstSentence: open.sentence, lastSentence: sentence.index, words: open.words, closed: true});
        open = undefined;
      } else if (!open && (openQuotes.has(token.text) || isStraight || token.text === '‘')) {
        token.quoteMark = 'open';
        open = {start: token.start, sentence: sentence.index, words: [], single: token.text === '‘'};
      } else if (open) {
        token.quoted = true;
        if (token.kind === 'word' || token.kind === 'number') open.words.push(token);
      }
    });
  }
  if (open && sentences.length > 0) {
    const last = sentences.at(-1)!;
    quotes.push({start: open.start, end: last.end, firstSentence: open.sentence, lastSentence: last.index, words: open.words, closed: false});
  }
  return quotes;
}
