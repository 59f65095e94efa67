import type {Paragraph, Sentence as SentenceNode, SentenceContent} from 'nlcst';
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
  quoteMark: 'open' | 'close' | undefined;
  /**
   * The word's bits in the lexicon's `wordBits`: the phrase lists with a
   * phrase starting with it and the trigger sets it is in. Always 0 for
   * punctuation and symbols, which start no phrase and trigger nothing.
   */
  bits: number;
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
  /** The quotation was opened in the paragraph before: this paragraph starts inside it, with no opening mark of its own. */
  carriedOn?: boolean;
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

// Quotation marks are single characters, asked of every token: comparing the text with each spares hashing it.
const opensQuote = (text: string): boolean => text === '“' || text === '«' || text === '„';
const closesQuote = (text: string): boolean => text === '”' || text === '»';

/**
 * Split an nlcst paragraph into analysable sentences, merging split numbers
 * and marking quotations and the marker. `wordBits` is the lexicon's
 * (each word is looked up there once, for every phrase list and trigger set at once).
 */
export function tokenize(paragraph: Paragraph, marker: string, wordBits: ReadonlyMap<string, number>): Analysable {
  const raw: Token[][] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue;
    const tokens = sentenceTokens(child, wordBits);
    if (tokens.length > 0) raw.push(tokens);
  }
  const text = textOf(raw);
  const sentences: Sentence[] = raw.map((tokens, index) => ({index, start: tokens[0].start, end: tokens.at(-1)!.end, tokens, marked: false}));
  if (marker && text.includes(marker)) applyMarker(sentences, text, marker);
  const kept = sentences.filter((sentence) => sentence.tokens.length > 0);
  for (let index = 0; index < kept.length; index++) kept[index].index = index;
  return {sentences: kept, quotes: markQuotes(kept), text};
}

/**
 * The paragraph's text as its tokens place it, up to the last token's end:
 * each token's text at its start offset, spaces in between. A token that
 * overlaps one before it overwrites it, as a later write would.
 */
function textOf(raw: readonly Token[][]): string {
  const end = raw.length > 0 ? raw.at(-1)!.at(-1)!.end : 0;
  // Appending (V8 defers the copying) proved faster here than joining an array of parts.
  let text = '';
  for (const tokens of raw) {
    for (const token of tokens) {
      if (token.start >= end) continue;
      if (token.start < text.length) return overwritten(raw, end);
      if (token.start > text.length) text += spaces(token.start - text.length);
      text += token.text.length > end - token.start ? token.text.slice(0, end - token.start) : token.text;
    }
  }
  return text.length < end ? text + spaces(end - text.length) : text;
}

/**
 * The text for tokens that overlap (rare): later tokens overwrite earlier
 * ones character by character. Written into an array of characters, not by
 * splicing strings, which copied the whole text once per token.
 */
function overwritten(raw: readonly Token[][], end: number): string {
  const characters = new Array<string>(end).fill(' ');
  for (const tokens of raw) {
    for (const token of tokens) {
      if (token.start >= end) continue;
      const length = Math.min(token.text.length, end - token.start);
      for (let index = 0; index < length; index++) characters[token.start + index] = token.text[index];
    }
  }
  return characters.join('');
}

/** Runs of spaces, most of them one long: made once. */
const spaceRuns = Array.from({length: 16}, (_, count) => ' '.repeat(count));

function spaces(count: number): string {
  return count < spaceRuns.length ? spaceRuns[count] : ' '.repeat(count);
}

/** A node's text: literal nodes and one-part words hold it directly, which spares serialising the tree. */
function nodeText(node: SentenceContent): string {
  if (node.type === 'WordNode') return node.children.length === 1 ? node.children[0].value : toString(node);
  return 'value' in node ? node.value : toString(node);
}

// Character tests by code, not regex: they are asked of every token.
const zero = 48;
const nine = 57;
const capitalA = 65;
const capitalZ = 90;
const lastAscii = 127;

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= zero && code <= nine;
}

/** Whether a text starts with a capital A–Z (a name, or a sentence's first word). */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= capitalA && code <= capitalZ;
}

function isLowerAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= capitalA && code <= capitalZ) || code > lastAscii) return false;
  }
  return true;
}

const terminalMarks = new Set(['.', '!', '?', '…']);
/** `14.`: a number written with the full stop that ends its sentence. */
const numberWithStop = /^\d[\d,.]*\.$/;

/**
 * Whether the token at `index` ends a sentence that the parser left
 * joined to the next: a full stop, `!` or `?` (or a number carrying its
 * full stop, `there were 14. In 1995…`) with a capitalised word or an
 * opening quotation after it. A cue, a subject or a source phrase never
 * runs across one. A full stop after a short capitalised word (`Gen .`)
 * may close an abbreviation, and is left alone.
 */
export function endsSentence(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (!token || !next || next.start === token.end) return false;
  if (!(startsUpperCase(next.text) || next.quoteMark === 'open' || opensQuote(next.text))) return false;
  if (token.kind === 'number') return numberWithStop.test(token.text);
  if (token.kind !== 'punctuation' || !terminalMarks.has(token.text)) return false;
  const previous = tokens[index - 1];
  return !(token.text === '.' && previous !== undefined && previous.end === token.start && previous.kind === 'word' && previous.text.length <= 4 && startsUpperCase(previous.text));
}

/** A three-digit group, not followed by a digit: `214` in `1,214`. */
const digitGroup = /^\d{3}(\D|$)/;
const endsWithDigit = /\d$/;

function sentenceTokens(sentence: SentenceNode, wordBits: ReadonlyMap<string, number>): Token[] {
  const tokens: Token[] = [];
  for (const node of sentence.children) {
    if (node.type === 'WhiteSpaceNode' || !node.position) continue;
    const start = node.position.start.offset ?? 0;
    const end = node.position.end.offset ?? start;
    const text = nodeText(node);
    const kind: Token['kind'] = node.type === 'WordNode' ? (startsWithDigit(text) ? 'number' : 'word') : node.type === 'SymbolNode' ? 'symbol' : 'punctuation';
    const previous = tokens.at(-1);
    const beforePrevious = tokens.at(-2);
    // parse-english splits `1,214` into `1` `,` `214`: join digit groups written without spaces.
    if (kind === 'number' && previous?.text === ',' && previous.start === beforePrevious?.end && previous.end === start && beforePrevious.kind === 'number' && digitGroup.test(text) && endsWithDigit.test(beforePrevious.text)) {
      tokens.pop();
      beforePrevious.text += ',' + text;
      beforePrevious.lower = beforePrevious.text.toLowerCase();
      beforePrevious.bits = wordBits.get(beforePrevious.lower) ?? 0;
      beforePrevious.end = end;
      continue;
    }
    const lower = lowerOf(text);
    const bits = kind === 'word' || kind === 'number' ? wordBits.get(lower) ?? 0 : 0;
    tokens.push({text, lower, kind, start, end, quoted: false, quoteMark: undefined, bits});
  }
  return tokens;
}

/** Lower case with curly apostrophes made straight. */
function lowerOf(text: string): string {
  // Most words are plain lower-case ASCII: converting them (slow for text held as UTF-16) would give them back unchanged.
  if (isLowerAscii(text)) return text;
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

/**
 * A sentence carrying the marker, or directly followed by it, is marked;
 * the marker's own tokens are dropped (parse-english makes `[source?]` a
 * sentence of its own, since it holds a question mark).
 *
 * The markers are read in order, each seeing the sentences as the ones
 * before it left them. Sentences and their tokens come in text order, so
 * one pass over each serves every marker: a paragraph with thousands of
 * markers must not read every sentence, or a long sentence's every token,
 * once per marker. Exported for its test, which compares it with a
 * marker-by-marker reading.
 */
export function applyMarker(sentences: Sentence[], text: string, marker: string): void {
  if (!marker) return;
  const dropped = new Set<Token>();
  // Per sentence: how many tokens are kept, the first and last kept, and the next token a marker may drop.
  const kept = sentences.map((sentence) => sentence.tokens.length);
  const firstKept = sentences.map(() => 0);
  const lastKept = sentences.map((sentence) => sentence.tokens.length - 1);
  const scan = sentences.map(() => 0);
  // Where each sentence's tokens lie, before any is dropped.
  const spans = sentences.map((sentence) => ({start: sentence.start, end: sentence.end}));
  // Sentences before `passed` end before the current marker; `before` is the last of them with a token kept.
  let passed = 0;
  let before = -1;
  // Sentences before `reached` have no token at or past the current marker.
  let reached = 0;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    const markerEnd = at + marker.length;
    while (passed < sentences.length && sentences[passed].end <= at) {
      if (kept[passed] > 0) before = passed;
      passed++;
    }
    const holder = passed < sentences.length && markerEnd > sentences[passed].start ? passed : -1;
    const owner = holder === -1 || onlySpace(text, sentences[holder].start, at) ? (before === -1 ? sentences[holder] : sentences[before]) : sentences[holder];
    if (owner) owner.marked = true;
    while (reached < sentences.length && spans[reached].end <= at) reached++;
    for (let index = reached; index < sentences.length && spans[index].start < markerEnd; index++) {
      const sentence = sentences[index];
      const tokens = sentence.tokens;
      let look = scan[index];
      while (look < tokens.length && tokens[look].end <= at) look++;
      let changed = false;
      for (; look < tokens.length && tokens[look].start < markerEnd; look++) {
        if (dropped.has(tokens[look])) continue;
        dropped.add(tokens[look]);
        kept[index]--;
        changed = true;
      }
      scan[index] = look;
      if (!changed || kept[index] === 0) continue;
      while (dropped.has(tokens[firstKept[index]])) firstKept[index]++;
      while (dropped.has(tokens[lastKept[index]])) lastKept[index]--;
      sentence.start = tokens[firstKept[index]].start;
      sentence.end = tokens[lastKept[index]].end;
    }
  }
  if (dropped.size === 0) return;
  for (const sentence of sentences) sentence.tokens = sentence.tokens.filter((token) => !dropped.has(token));
}

/** Whether `text` holds only whitespace from `from` to `to` (nothing, if `to` comes first). */
function onlySpace(text: string, from: number, to: number): boolean {
  // Stops at the first other character: the sentence's first token, nearly always.
  for (let index = from; index < to; index++) {
    whitespace.lastIndex = index;
    if (!whitespace.test(text)) return false;
  }
  return true;
}

const whitespace = /\s/y;

/**
 * Pair quotation marks across the paragraph: straight double quotes
 * toggle, curly ones open and close. Single curly quotes (British style)
 * count too: `‘` opens, and while one is open a `’` that does not start a
 * word closes it (elsewhere `’` is an apostrophe). Straight single quotes
 * are left alone: they are apostrophes far more often than quotes.
 */
/** Mark every token from the paragraph's start up to (not including) `index` of sentence `last` as quoted; returns the words. */
function carriedOn(sentences: readonly Sentence[], last: number, index: number): Token[] {
  const words: Token[] = [];
  for (let at = 0; at <= last; at++) {
    const tokens = sentences[at].tokens;
    for (let position = 0; position < (at === last ? index : tokens.length); position++) {
      const token = tokens[position];
      if (token.quoteMark !== undefined) return [];
      if (token.kind === 'word' || token.kind === 'number') words.push(token);
    }
  }
  for (let at = 0; at <= last; at++) {
    const tokens = sentences[at].tokens;
    for (let position = 0; position < (at === last ? index : tokens.length); position++) tokens[position].quoted = true;
  }
  return words;
}

function markQuotes(sentences: Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  let open: {start: number; sentence: number; words: Token[]; single: boolean} | undefined;
  // Inside a quotation, a straight mark set before a word (`the "haves" as opposed to`) opens a quotation within it, and the next one closes that.
  let inner = false;
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      const isStraight = token.text === '"';
      const next = tokens[index + 1];
      const previous = tokens[index - 1];
      if (open && !open.single && isStraight && (inner || (previous !== undefined && previous.end < token.start && next?.start === token.end && next.kind === 'word'))) {
        inner = !inner;
        token.quoted = true;
        continue;
      }
      // `a 5" gap`: right after a figure, a straight mark is inches, not a quotation.
      if (isStraight && previous?.kind === 'number' && previous.end === token.start) continue;
      // A paragraph whose first mark closes a quotation (`…reduce poverty."`) goes on with one opened in the paragraph before, its opening mark left out.
      if (!open && isStraight && quotes.length === 0 && previous !== undefined && previous.end === token.start && previous.kind !== 'number' && (next === undefined || next.start > token.end || next.kind === 'punctuation')) {
        const words = carriedOn(sentences, sentence.index, index);
        if (words.length >= 4) {
          token.quoteMark = 'close';
          quotes.push({start: sentences[0].start, end: token.end, firstSentence: 0, lastSentence: sentence.index, words, closed: true, carriedOn: true});
          continue;
        }
      }
      const closesSingle = token.text === '’' && (next === undefined || next.start > token.end || next.kind !== 'word');
      if (open && (open.single ? closesSingle : closesQuote(token.text) || isStraight)) {
        token.quoteMark = 'close';
        quotes.push({start: open.start, end: token.end, firstSentence: open.sentence, lastSentence: sentence.index, words: open.words, closed: true});
        open = undefined;
        inner = false;
      } else if (!open && (opensQuote(token.text) || isStraight || token.text === '‘')) {
        token.quoteMark = 'open';
        open = {start: token.start, sentence: sentence.index, words: [], single: token.text === '‘'};
      } else if (open) {
        token.quoted = true;
        if (token.kind === 'word' || token.kind === 'number') open.words.push(token);
      }
    }
  }
  if (open && sentences.length > 0) {
    const last = sentences.at(-1)!;
    quotes.push({start: open.start, end: last.end, firstSentence: open.sentence, lastSentence: last.index, words: open.words, closed: false});
  }
  return quotes;
}
