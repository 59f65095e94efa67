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

/** The words of an entry, lower-cased, and whether it asks for a verb's inflections (`VERB:`). */
function entryWords(entry: string): {verb: boolean; words: string[]} {
  const verb = entry.startsWith('VERB:');
  return {verb, words: (verb ? entry.slice(5) : entry).trim().toLowerCase().split(/\s+/)};
}

/** Most words and wildcards in a phrase of the user's (`namedSources`): a phrase is tried at many tokens, and its cost grows with its length. */
export const maxPhraseWords = 20;

/**
 * What is wrong with a phrase of the user's (an entry of `namedSources`),
 * as a sentence fragment for a config error; undefined when nothing is. A
 * phrase of wildcards alone (`*`, `** *`) would match every word and so
 * turn the rule off without a word; a phrase longer than
 * {@link maxPhraseWords} costs too much to try at every token. A blank
 * phrase is no problem: it is ignored.
 */
export function phraseProblem(phrase: string): string | undefined {
  const {words} = entryWords(phrase);
  if (words.every((word) => word === '')) return undefined;
  if (words.every((word) => word === '*' || word === '**')) return 'matches every word: a phrase needs at least one word besides the wildcards `*` and `**`';
  if (words.length > maxPhraseWords) return `has ${words.length} words and wildcards; at most ${maxPhraseWords} are allowed`;
  return undefined;
}

function compilePhrase(entry: string, inflectedOnly: boolean): Phrase {
  const {verb, words} = entryWords(entry);
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

/**
 * Match a phrase at token `index`; the index just past the match, or -1.
 * With `**` gaps a phrase can match several runs of words from `index`;
 * the shortest is taken.
 */
export function matchAt(tokens: readonly Token[], index: number, phrase: Phrase): number {
  const slots = gapSlots(phrase);
  if (slots) return matchSlots(tokens, index, slots);
  // No gap: one way to match, word by word.
  for (let part = 0; part < phrase.length; part++) {
    const token = tokens[index + part];
    if (!isOwnWord(token)) return -1;
    const current = phrase[part];
    if (current.type === 'word' && !current.values.has(token.lower)) return -1;
  }
  return index + phrase.length;
}

/** A phrase with gaps, one slot per word it can take: a `**` becomes four optional slots. */
type Slot = {type: 'word'; values: ReadonlySet<string>} | {type: 'any'} | {type: 'optional'};

const slotsOf = new WeakMap<Phrase, readonly Slot[] | null>();

/** The slots of a phrase with a `**` gap, made once per phrase; undefined for a phrase with none. */
function gapSlots(phrase: Phrase): readonly Slot[] | undefined {
  let slots = slotsOf.get(phrase);
  if (slots === undefined) {
    slots = phrase.some((part) => part.type === 'gap') ? phrase.flatMap((part): Slot[] => (part.type === 'gap' ? [optional, optional, optional, optional] : [part])) : null;
    slotsOf.set(phrase, slots);
  }
  return slots ?? undefined;
}

const optional: Slot = {type: 'optional'};

/**
 * Match slots at token `index` by following every way through them at
 * once, a token at a time (an automaton, not backtracking): trying each
 * length of each gap in turn took time exponential in the number of gaps
 * (`** ** ** … zzz` ran for minutes on a short draft). The work is at most
 * the slots squared per start; the first end reached is the shortest match.
 */
function matchSlots(tokens: readonly Token[], index: number, slots: readonly Slot[]): number {
  const count = slots.length;
  // reached[slot]: some way through has matched the slots before `slot`.
  let reached = new Uint8Array(count + 1);
  let next = new Uint8Array(count + 1);
  reached[0] = 1;
  skipOptional(reached, slots);
  if (reached[count]) return index;
  for (let at = index; at < tokens.length; at++) {
    const token = tokens[at];
    if (!isOwnWord(token)) return -1;
    next.fill(0);
    let alive = false;
    for (let slot = 0; slot < count; slot++) {
      if (!reached[slot]) continue;
      const current = slots[slot];
      if (current.type === 'word' && !current.values.has(token.lower)) continue;
      next[slot + 1] = 1;
      alive = true;
    }
    if (!alive) return -1;
    skipOptional(next, slots);
    if (next[count]) return at + 1;
    [reached, next] = [next, reached];
  }
  return -1;
}

/** Let every way through skip the optional slots ahead of it (they only lead forward, so one pass in order does). */
function skipOptional(reached: Uint8Array, slots: readonly Slot[]): void {
  for (let slot = 0; slot < slots.length; slot++) if (reached[slot] && slots[slot].type === 'optional') reached[slot + 1] = 1;
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
