import {readsAsVerb} from './attribution.js';
import type {Lexicon} from './lexicon.js';
import {isOwn, isOwnWord} from './phrases.js';
import {reach} from './reach.js';
import {startsUpperCase, type Quote, type Sentence, type Token} from './tokens.js';
import * as grammar from './words/grammar.js';

/** Words that end a speaker's name: a new clause, a conjunction, a form of `be`, a preposition (`of` only before a name: `the Bank of Norway`). */
const outsideName = new Set([...grammar.clauseStarts, ...grammar.coordinators, ...grammar.beForms, ...grammar.prepositions.filter((word) => word !== 'of')]);
/** Words between a speaker and the verb that are neither (`has said`, `later told`). */
const betweenWords = new Set(grammar.auxiliaries);
/** Words that open a sentence before its subject (`But Marsh said`). */
const openingWords = new Set([...grammar.coordinators, ...grammar.clauseStarts, ...grammar.sentenceAdverbs]);

/**
 * Where a quotation's speaker is named: the sentence, the reporting verb's
 * token and the speaker's tokens (`from` to `to`, end exclusive), all in
 * that sentence. The speaker's words are the run next to the verb that
 * names who speaks, without asides (`Lena Ortiz`, not `head of the
 * board`, in `Lena Ortiz, head of the board, said`).
 */
export interface QuoteSpeaker {
  sentence: number;
  verb: number;
  from: number;
  to: number;
}

/**
 * Locate the speaker the sentences a quotation opens and closes in give
 * it: a reporting verb of the writer's own, next to the quotation, with
 * someone to do the reporting. News copy puts the speaker on either side
 * and lets asides part speaker and verb:
 *
 * - after the closing mark: `"…," Sen. Ann Marsh (D-Ore.) said.`,
 *   `"…," said Tom Reyes, adding …`, `"…," he said.`;
 * - before the opening mark: `Lena Ortiz, head of the board, said, "…"`,
 *   `X told reporters: "…"`, `The firm quoted X as saying, "…"`.
 *
 * Who the speaker is does not matter here: a speaker that names no one
 * (`"…," a source said.`) is the vague-source cue's business, not this one's.
 * Reads at most {@link reach} tokens on each side of the quotation.
 */
export function findQuoteSpeaker(quote: Quote, sentences: readonly Sentence[], lexicon: Lexicon): QuoteSpeaker | undefined {
  const first = sentences[quote.firstSentence];
  const open = first ? tokenAt(first.tokens, quote.start) : -1;
  const before = open === -1 ? -1 : verbBefore(first.tokens, open, lexicon);
  if (before !== -1) return {sentence: quote.firstSentence, verb: before, ...speakerBefore(first.tokens, before, Math.max(0, before - reach))};
  if (!quote.closed) return undefined;
  const last = sentences[quote.lastSentence];
  const close = last ? tokenAt(last.tokens, quote.end - 1) : -1;
  const after = close === -1 ? -1 : verbAfter(last.tokens, close, lexicon);
  if (after === -1) return undefined;
  // `"…," X said` names the speaker between the quotation and the verb; `"…," said X` after the verb.
  const words = hasWordIn(last.tokens, close + 1, after) ? speakerAfter(last.tokens, close + 1, after) : speakerAfter(last.tokens, after + 1, Math.min(last.tokens.length, after + 1 + reach));
  return {sentence: quote.lastSentence, verb: after, ...words};
}

/**
 * The speaker's words for a reporting verb whose subject the attribution
 * reading found at `subject`: the subject itself when it stands right
 * before the verb (`A survey by the port trust found`); across an aside,
 * the name next to the verb's clause (`Lena Ortiz, head of the board,
 * said` names Lena Ortiz); after the verb (`said Tom Reyes, adding …`),
 * the name the subject starts with.
 */
export function speakerOfVerb(tokens: readonly Token[], verb: number, subject: {from: number; to: number}): {from: number; to: number} {
  if (subject.from > verb) return speakerAfter(tokens, subject.from, subject.to);
  let between = subject.to;
  while (between < verb && isOwnWord(tokens[between]) && betweenWords.has(tokens[between].lower)) between++;
  if (between === verb && subject.to > subject.from) {
    let from = subject.from;
    while (from < subject.to - 1 && openingWords.has(tokens[from].lower)) from++;
    return {from, to: subject.to};
  }
  return speakerBefore(tokens, verb, Math.max(0, verb - reach));
}

/** Whether a quotation has a speaker (see {@link findQuoteSpeaker}). */
export function quoteHasSpeaker(quote: Quote, sentences: readonly Sentence[], lexicon: Lexicon): boolean {
  return findQuoteSpeaker(quote, sentences, lexicon) !== undefined;
}

/** The reporting verb with a subject in the words before an opening mark (stopping at another quotation), or -1. */
function verbBefore(tokens: readonly Token[], open: number, lexicon: Lexicon): number {
  const limit = Math.max(0, open - reach);
  for (let index = open - 1; index >= limit; index--) {
    const token = tokens[index];
    if (token.quoteMark !== undefined || token.quoted) return -1;
    // The verb needs someone before it to do the saying (`X said, "…"`), not only the quotation.
    if (isReporting(tokens, index, lexicon) && hasWordIn(tokens, Math.max(limit, index - reach), index)) return index;
  }
  return -1;
}

/** The reporting verb in the words after a closing mark, with its subject on either side of it (stopping at another quotation), or -1. */
function verbAfter(tokens: readonly Token[], close: number, lexicon: Lexicon): number {
  const limit = Math.min(tokens.length, close + 1 + reach);
  for (let index = close + 1; index < limit; index++) {
    const token = tokens[index];
    if (token.quoteMark !== undefined || token.quoted) return -1;
    // `"…," X said` or `"…," said X`.
    if (isReporting(tokens, index, lexicon) && (hasWordIn(tokens, close + 1, index) || hasWordIn(tokens, index + 1, Math.min(limit, index + 4)))) return index;
  }
  return -1;
}

/**
 * The speaker's words before a verb, back from it within `limit`: past
 * auxiliaries (`Marsh has said`) and an aside set off by commas (`Lena
 * Ortiz, head of the board, said` names Lena Ortiz), without a sentence's
 * opening conjunction. Never empty: at worst the word nearest the verb.
 */
function speakerBefore(tokens: readonly Token[], verb: number, limit: number): {from: number; to: number} {
  let to = verb;
  while (to > limit && isOwnWord(tokens[to - 1]) && betweenWords.has(tokens[to - 1].lower)) to--;
  if (to > limit && tokens[to - 1].text === ',') {
    let comma = to - 2;
    while (comma > limit && tokens[comma].text !== ',') comma--;
    if (tokens[comma]?.text === ',' && isOwnWord(tokens[comma - 1])) to = comma;
  }
  let from = to;
  while (from > limit && inName(tokens, from - 1)) from--;
  while (from < to - 1 && openingWords.has(tokens[from].lower)) from++;
  if (from < to) return {from, to};
  let nearest = verb - 1;
  while (nearest > limit && !isOwnWord(tokens[nearest])) nearest--;
  return {from: nearest, to: nearest + 1};
}

/**
 * The speaker's words from `from` on (before `limit`): the run of a name
 * after a closing mark (`"…," Sen. Ann Marsh (D-Ore.) said`) or after an
 * inverted verb (`said Tom Reyes, adding`), up to an aside, a clause or
 * the sentence's end, without auxiliaries at its end. Never empty when a
 * word of the writer's lies in reach.
 */
function speakerAfter(tokens: readonly Token[], from: number, limit: number): {from: number; to: number} {
  let start = from;
  while (start < limit && !isOwnWord(tokens[start])) start++;
  while (start < limit - 1 && openingWords.has(tokens[start].lower) && isOwnWord(tokens[start + 1])) start++;
  let to = start;
  while (to < limit && inName(tokens, to)) to++;
  while (to > start + 1 && betweenWords.has(tokens[to - 1].lower)) to--;
  return {from: start, to: Math.max(to, Math.min(start + 1, limit))};
}

/**
 * Whether a token can be part of a speaker's name or description: a word
 * of the writer's that starts no clause, an apostrophe or hyphen inside a
 * word (`the bank's`), or the full stop of an abbreviation before a name
 * (`Sen. Ann Marsh`, `Dr. Lee`).
 */
function inName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isOwn(token)) return false;
  if (token.kind === 'word' || token.kind === 'number') return !outsideName.has(token.lower) || (token.lower === 'of' && startsUpperCase(tokens[index + 1]?.text ?? ''));
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (token.text === "'" || token.text === '’' || token.text === '-') return previous?.end === token.start && next?.start === token.end;
  return token.text === '.' && previous !== undefined && previous.end === token.start && startsUpperCase(previous.text) && previous.text.length <= 4 && next !== undefined && startsUpperCase(next.text) && isOwnWord(next);
}

/** A reporting verb read as a verb: not `a single remark:`, `came the sharp reply`, nor a passive with no one to do it (`is how the mood was described`). */
function isReporting(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const token = tokens[index];
  const base = isOwnWord(token) ? lexicon.reporting.get(token.lower) : undefined;
  return base !== undefined && readsAsVerb(tokens, index, base, lexicon);
}

function hasWordIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isOwnWord(tokens[index])) return true;
  return false;
}

/** The index of the token covering a paragraph offset, by binary search (tokens are in order), or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle];
    if (offset < token.start) high = middle - 1;
    else if (offset >= token.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
