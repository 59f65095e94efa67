import {readsAsVerb} from './attribution.js';
import type {Lexicon} from './lexicon.js';
import {isOwnWord} from './phrases.js';
import {reach} from './reach.js';
import type {Quote, Sentence, Token} from './tokens.js';

/**
 * Whether the sentences a quotation opens and closes in give it a speaker:
 * a reporting verb of the writer's own, next to the quotation, with someone
 * to do the reporting. News copy puts the speaker on either side and lets
 * asides part speaker and verb:
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
export function quoteHasSpeaker(quote: Quote, sentences: readonly Sentence[], lexicon: Lexicon): boolean {
  const first = sentences[quote.firstSentence];
  const open = first ? tokenAt(first.tokens, quote.start) : -1;
  if (open !== -1 && verbBefore(first.tokens, open, lexicon)) return true;
  if (!quote.closed) return false;
  const last = sentences[quote.lastSentence];
  const close = last ? tokenAt(last.tokens, quote.end - 1) : -1;
  return close !== -1 && verbAfter(last.tokens, close, lexicon);
}

/** A reporting verb with a subject in the words before an opening mark (stopping at another quotation). */
function verbBefore(tokens: readonly Token[], open: number, lexicon: Lexicon): boolean {
  const limit = Math.max(0, open - reach);
  for (let index = open - 1; index >= limit; index--) {
    const token = tokens[index];
    if (token.quoteMark !== undefined || token.quoted) return false;
    // The verb needs someone before it to do the saying (`X said, "…"`), not only the quotation.
    if (isReporting(tokens, index, lexicon) && hasWordIn(tokens, Math.max(limit, index - reach), index)) return true;
  }
  return false;
}

/** A reporting verb in the words after a closing mark, with its subject on either side of it (stopping at another quotation). */
function verbAfter(tokens: readonly Token[], close: number, lexicon: Lexicon): boolean {
  const limit = Math.min(tokens.length, close + 1 + reach);
  for (let index = close + 1; index < limit; index++) {
    const token = tokens[index];
    if (token.quoteMark !== undefined || token.quoted) return false;
    // `"…," X said` or `"…," said X`.
    if (isReporting(tokens, index, lexicon) && (hasWordIn(tokens, close + 1, index) || hasWordIn(tokens, index + 1, Math.min(limit, index + 4)))) return true;
  }
  return false;
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
