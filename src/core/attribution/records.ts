import {isOwnWord} from './phrases.js';
import {endsSentence, type Token} from './tokens.js';
import * as quantities from './words/quantities.js';

const recordScopes = new Set(quantities.recordScopes);

/**
 * How many words after a superlative are read for what makes it a record:
 * enough for a noun phrase and a short clause (`the biggest crowd the
 * stadium has ever seen`), few enough that a long sentence costs no more
 * per superlative.
 */
export const recordReach = 10;

/**
 * Whether the superlative at `index` is scoped as a record: a word of
 * {@link quantities.recordScopes} among the next {@link recordReach} of
 * the writer's words, before any punctuation ends its clause.
 */
export function recordScoped(tokens: readonly Token[], index: number): boolean {
  const limit = Math.min(tokens.length, index + 1 + recordReach);
  for (let look = index + 1; look < limit; look++) {
    const token = tokens[look];
    if (!isOwnWord(token)) return false;
    if (recordScopes.has(token.lower)) return true;
    if (endsSentence(tokens, look)) return false;
  }
  return false;
}
