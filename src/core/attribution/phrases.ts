import {verbForms} from './inflect.js';
import type {Token} from './tokens.js';

/**
 * One compiled word-list entry. Entries are lower-case words separated by
 * spaces; `VERB:` before the first word means any inflection of it, `*`
 * stands for exactly one word and `**` for up to four.
 */
export type Phrase = readonly Part[];

type Part = {type: 'word'; values: ReadonlySet<string>} | {type: 'any'} | {type: 'gap'};

/**
 * A compiled word list, indexed by first word: word lists run to hundreds
 * of entries and every token is looked at, so a token is tried only
 * against the phrases that can start with it.
 */
export interface PhraseList {
  /** Every phrase, in list order. */
  readonly phrases: readonly Phrase[];
  /** The phrases that can start with a word, with those that start with a wildcard. */
  readonly byFirst: ReadonlyMap<string, Starting>;
  /** The phrases that start with a wildcard: tried at every token. */
  readonly anywhere: readonly Phrase[];
  /**
   * The list's bit in a token's `bits`: a token whose bit is clear
   * starts no phrase of the list but those in `anywhere`. Each list of a
   * lexicon has its own.
   */
  readonly bit: number;
}

/**
 * The phrases of a list that can start with one word, in list order,
 * narrowed by the word after it: most phrases that start with a common
 * word (`the`, `in`) need a particular second word, and would otherwise
 * each be tried at every `the`.
 */
interface Starting {
  /** By the next word: the phrases whose second word it can be, with those that ask nothing of it. */
  readonly byNext: ReadonlyMap<string, readonly Phrase[]>;
  /** For any other next token: the phrases that ask nothing of it (one word long, or a wildcard second). */
  readonly otherwise: readonly Phrase[];
}

/** Compile word-list entries into an indexed list of phrases, with its bit for `Token.bits`. */
export function compilePhrases(entries: Iterable<string>, bit: number, options: {inflectedOnly?: boolean} = {}): PhraseList {
  const phrases: Phrase[] = [];
  for (const entry of entries) phrases.push(compilePhrase(entry, options.inflectedOnly ?? false));
  return indexPhrases(phrases, bit);
}

function compilePhrase(entry: string, inflectedOnly: boolean): Phrase {
  const verb = entry.startsWith('VERB:');
  const words = (verb ? entry.slice(5) : entry).trim().toLowerCase().split(/\s+/);
  return words.map((word, index): Part => {
    if (word === '*') return {type: 'any'};
    if (word === '**') return {type: 'gap'};
    if (!verb || index > 0) return {type: 'word', values: new Set([word])};
    // The base form of many verbs is also a noun (`doctor`, `bribe`): with `inflectedOnly` it does not count.
    return {type: 'word', values: new Set(verbForms(word).filter((form) => !inflectedOnly || form !== word))};
  });
}

function indexPhrases(phrases: readonly Phrase[], bit: number): PhraseList {
  const positions = new Map<string, number[]>();
  const anywhere: number[] = [];
  for (const [position, phrase] of phrases.entries()) {
    const first = phrase[0];
    if (first?.type !== 'word') {
      anywhere.push(position);
      continue;
    }
    for (const value of first.values) {
      const list = positions.get(value);
      if (list) list.push(position);
      else positions.set(value, [position]);
    }
  }
  // Merged once here rather than at every token.
  const byFirst = new Map<string, Starting>();
  for (const [value, starting] of positions) byFirst.set(value, narrowByNext([...starting, ...anywhere].sort((a, b) => a - b).map((position) => phrases[position])));
  return {phrases, byFirst, anywhere: anywhere.map((position) => phrases[position]), bit};
}

function narrowByNext(candidates: readonly Phrase[]): Starting {
  const nextWords = new Set<string>();
  for (const phrase of candidates) {
    const second = secondWord(phrase);
    if (second) for (const value of second.values) nextWords.add(value);
  }
  const byNext = new Map<string, Phrase[]>();
  for (const next of nextWords) byNext.set(next, candidates.filter((phrase) => secondWord(phrase)?.values.has(next) ?? true));
  return {byNext, otherwise: candidates.filter((phrase) => !secondWord(phrase))};
}

/** The word a phrase that starts with a word needs next, if it needs one. */
function secondWord(phrase: Phrase): {values: ReadonlySet<string>} | undefined {
  const second = phrase[1];
  return phrase[0].type === 'word' && second?.type === 'word' ? second : undefined;
}

/**
 * The words a phrase in the list can start with, or undefined when one
 * starts with a wildcard and so can start at any word.
 */
export function firstWords(list: PhraseList): Iterable<string> | undefined {
  return list.anywhere.length > 0 ? undefined : list.byFirst.keys();
}

/** A token the analysis may read as the writer's words: not quoted, not a quote mark. */
export function isOwn(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && token.quoteMark === undefined;
}

/** Whether a token is a word or number the writer wrote. */
export function isOwnWord(token: Token | undefined): boolean {
  return token !== undefined && isOwn(token) && (token.kind === 'word' || token.kind === 'number');
}

/** Whether a token in `[from, to)` (those that exist) is one of the words, lower-cased; unlike a slice, this allocates nothing. */
export function someWordIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let index = Math.max(0, from); index < to && index < tokens.length; index++) if (words.has(tokens[index].lower)) return true;
  return false;
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

/**
 * Whether a phrase of the list may start at a token, given its `bits` (its
 * word starts one, or one starts with a wildcard), or anywhere in a
 * sentence, given the union of its own words' bits.
 */
export function mayStart(bits: number, list: PhraseList): boolean {
  return (bits & list.bit) !== 0 || list.anywhere.length > 0;
}

const none: readonly Phrase[] = [];

/**
 * The phrases of a list, in list order, that could match at token `index`:
 * every other phrase certainly does not.
 */
export function candidatesAt(tokens: readonly Token[], index: number, list: PhraseList): readonly Phrase[] {
  const token = tokens[index];
  if (!token || !mayStart(token.bits, list)) return none;
  // A phrase that starts with a word needs one of the writer's words there, and so may one that goes on with a word.
  const starting = isOwnWord(token) ? list.byFirst.get(token.lower) : undefined;
  if (!starting) return list.anywhere;
  const next = tokens[index + 1];
  return (isOwnWord(next) ? starting.byNext.get(next.lower) : undefined) ?? starting.otherwise;
}

/**
 * The end of the first phrase, in list order, that matches at token
 * `index`, or -1. The token's `bits` must come from the lexicon
 * the list belongs to.
 */
export function matchAny(tokens: readonly Token[], index: number, list: PhraseList): number {
  const candidates = candidatesAt(tokens, index, list);
  for (let at = 0; at < candidates.length; at++) {
    const end = matchAt(tokens, index, candidates[at]);
    if (end !== -1) return end;
  }
  return -1;
}

/** First match of any phrase in the tokens: start and end token indices. */
export function findPhrase(tokens: readonly Token[], list: PhraseList, from = 0): {start: number; end: number} | undefined {
  for (let index = from; index < tokens.length; index++) {
    if (!mayStart(tokens[index].bits, list)) continue;
    const end = matchAny(tokens, index, list);
    if (end !== -1) return {start: index, end};
  }
  return undefined;
}
