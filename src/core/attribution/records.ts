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

/**
 * The end (exclusive) of a `first … since` claim starting with the
 * `first` at `index` (`the first network launch since 1948`, `the first
 * time since the war`): a record over every year between, which someone
 * has to have counted. `since` must come within {@link recordReach} of
 * the writer's words, in the clause; the claim ends with the point in
 * time after it (one word, or two: `August 1981`, `the war`). Returns -1
 * when there is none.
 */
export function firstSinceEnd(tokens: readonly Token[], index: number): number {
  const limit = Math.min(tokens.length, index + 1 + recordReach);
  for (let look = index + 1; look < limit; look++) {
    const token = tokens[look];
    if (!isOwnWord(token) || endsSentence(tokens, look)) return -1;
    // `since 1948`, `since August 1981`, `since the war`.
    if (token.lower === 'since') {
      if (!isOwnWord(tokens[look + 1])) return -1;
      const next = tokens[look + 2];
      return next !== undefined && isOwnWord(next) && (next.kind === 'number' || tokens[look + 1].lower === 'the') ? look + 3 : look + 2;
    }
  }
  return -1;
}
