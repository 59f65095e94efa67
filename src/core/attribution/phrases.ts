import {verbForms} from './inflect.js';
import type {Token} from './tokens.js';

/**
 * One compiled word-list entry. Entries are lower-case words separated by
 * spaces; `VERB:` before the first word means any inflection of it, `*`
 * stands for exactly one word and `**` for up to four.
 */
export type Phrase = readonly Part[];

type Part = {type: 'word'; values: ReadonlySet<string>} | {type: 'any'} | {type: 'gap'};

/** Compile word-list entries into phrases. */
export function compilePhrases(entries: Iterable<string>, options: {inflectedOnly?: boolean} = {}): Phrase[] {
  const phrases: Phrase[] = [];
  for (const entry of entries) {
    const verb = entry.startsWith('VERB:');
    const words = (verb ? entry.slice(5) : entry).trim().toLowerCase().split(/\s+/);
    phrases.push(words.map((word, index): Part => {
      if (word === '*') return {type: 'any'};
      if (word === '**') return {type: 'gap'};
      if (!verb || index > 0) return {type: 'word', values: new Set([word])};
      // The base form of many verbs is also a noun (`doctor`, `bribe`): with `inflectedOnly` it does not count.
      return {type: 'word', values: new Set(verbForms(word).filter((form) => !options.inflectedOnly || form !== word))};
    }));
  }
  return phrases;
}

/** A token the analysis may read as the writer's words: not quoted, not a quote mark. */
export function isOwn(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && token.quoteMark === undefined;
}

/** Whether a token is a word or number the writer wrote. */
export function isOwnWord(token: Token | undefined): boolean {
  return token !== undefined && isOwn(token) && (token.kind === 'word' || token.kind === 'number');
}

/** Match a phrase at token `index`; the index just past the match, or -1. */
export function matchAt(tokens: readonly Token[], index: number, phrase: Phrase, part = 0): number {
  if (part === phrase.length) return index;
  const current = phrase[part];
  if (current.type === 'gap') {
    for (let skip = 0; skip <= 4; skip++) {
      if (skip > 0 && !isOwnWord(tokens[index + skip - 1])) break;
      const end = matchAt(tokens, index + skip, phrase, part + 1);
      if (end !== -1) return end;
    }
    return -1;
  }
  const token = tokens[index];
  if (!isOwnWord(token)) return -1;
  if (current.type === 'word' && !current.values.has(token.lower)) return -1;
  return matchAt(tokens, index + 1, phrase, part + 1);
}

/** Phrases by their first word, so that a token is tried only against phrases that can start with it. */
interface PhraseIndex {
  byFirst: Map<string, number[]>;
  /** Phrases whose first part is a wildcard: tried everywhere. */
  anywhere: number[];
}

const indexes = new WeakMap<readonly Phrase[], PhraseIndex>();

function indexOf(phrases: readonly Phrase[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (!index) {
    index = {byFirst: new Map(), anywhere: []};
    for (const [position, phrase] of phrases.entries()) {
      const first = phrase[0];
      if (first?.type !== 'word') {
        index.anywhere.push(position);
        continue;
      }
      for (const value of first.values) {
        const list = index.byFirst.get(value);
        if (list) list.push(position);
        else index.byFirst.set(value, [position]);
      }
    }
    indexes.set(phrases, index);
  }
  return index;
}

/**
 * The end of the first phrase, in list order, that matches at token
 * `index`, or -1. Only phrases that can start with the token are tried:
 * word lists run to hundreds of entries and every token is looked at.
 */
export function matchAny(tokens: readonly Token[], index: number, phrases: readonly Phrase[]): number {
  const token = tokens[index];
  if (!token) return -1;
  const {byFirst, anywhere} = indexOf(phrases);
  const starting = byFirst.get(token.lower);
  const candidates = !starting ? anywhere : anywhere.length === 0 ? starting : [...starting, ...anywhere].sort((a, b) => a - b);
  for (const position of candidates) {
    const end = matchAt(tokens, index, phrases[position]);
    if (end !== -1) return end;
  }
  return -1;
}

/** First match of any phrase in the tokens: start and end token indices. */
export function findPhrase(tokens: readonly Token[], phrases: readonly Phrase[], from = 0): {start: number; end: number} | undefined {
  for (let index = from; index < tokens.length; index++) {
    const end = matchAny(tokens, index, phrases);
    if (end !== -1) return {start: index, end};
  }
  return undefined;
}
