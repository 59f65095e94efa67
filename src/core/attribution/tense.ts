import {isOwnWord} from './phrases.js';
import {irregularPastForms} from './inflect.js';
import type {Token} from './tokens.js';
import * as grammar from './words/grammar.js';

/** Whether a clause is told in the past (`said`, `would`, `fell`) or the present (`says`, `will`, `is`). */
export type Tense = 'past' | 'present';

const pastWords = new Set(['was', 'were', 'had', 'would', 'could', 'might', 'did', 'should']);
const presentWords = new Set(['is', 'are', 'am', 'has', 'have', 'will', 'can', 'may', 'does', 'do', 'shall', 'must']);
const determiners = new Set(grammar.determiners);

/**
 * The tense of the first verb the writer uses in tokens `[from, to)`,
 * outside quotation: the form of `be`, `have` or a modal, or a past form
 * (`-ed`, `fell`). Undefined when no such word settles it (a present-tense
 * verb in `-s` reads like a plural noun, and is not guessed at).
 */
export function tenseOf(tokens: readonly Token[], from = 0, to = tokens.length): Tense | undefined {
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) continue;
    const word = token.lower;
    if (pastWords.has(word)) return 'past';
    if (presentWords.has(word)) return 'present';
    if (index === 0 || token.text !== word) continue;
    // A past form after a determiner is an adjective (`the revised figure`), not the clause's verb.
    if ((word.endsWith('ed') || irregularPastForms.has(word)) && !determiners.has(tokens[index - 1].lower)) return 'past';
  }
  return undefined;
}

/** The tense of a reporting verb's own form: `said`, `noted` are past; `says`, `show` present. */
export function verbTense(word: string): Tense {
  return word.endsWith('ed') || irregularPastForms.has(word) ? 'past' : 'present';
}
