import type {Paragraph, Sentence, SentenceContent, Word} from 'nlcst';
import type {ParagraphPlugin} from './break-at-blank-lines.js';
import {abbreviationKinds, initialismKinds, namingWords, sentenceOpeners, timeWords, type AbbreviationKind} from './abbreviations.js';

/*
 * Where a full stop after an abbreviation ends a sentence, read as a person
 * reads news copy. parse-english splits a paragraph after every `.`, `!`,
 * `?` or `…`, then mends the splits it knows to be wrong: a next sentence
 * that starts in lower case goes back to the one before (`Acme Inc. rose`);
 * a dotted initialism (`U.S.`, `p.m.`) is one word with its stops, so it is
 * never split after. In place of parse-english's two lists of words after
 * which it always mended (`Mr`, `in`, `sun`, `etc`, any number up to three
 * digits…), the word before the stop and the first word after it decide
 * (see abbreviations.ts for the kinds):
 *
 * - a title (`Sen.`) or a joining word (`vs.`, `e.g.`) never ends one: a
 *   name or the rest of a comparison follows;
 * - a single capital letter is an initial (`John F. Kennedy`), and a dotted
 *   initialism (`U.S. Senate`) or an ambiguous form (`St.`, `Dr.`) may start
 *   a name: these end one only before a word that can only be capitalised
 *   because it opens a sentence (`…in the U.S. The…`);
 * - a company form (`Inc.`) ends one before a capitalised word, unless it
 *   goes on naming (`Acme Corp. Chief Executive…`); a name's suffix, a street
 *   or a state (`Jr.`, `Ave.`, `Ore.`) before any capitalised word;
 * - a month, a day or a numbering word (`Jan.`, `No.`), or a lower-case
 *   letter (`p.`), goes on before a number and ends before a capitalised word;
 * - `a.m.`/`p.m.` go on before a day, a month or a time zone, and end
 *   before any other capitalised word;
 * - a number ends one, unless it is all its sentence holds (`1.` opening a
 *   numbered line);
 * - any other word ends one (before a capitalised word, a number or a
 *   quotation).
 *
 * An opening bracket (`Acme Inc. (ACME)`), a dash, comma, colon or
 * ampersand after any of the abbreviations goes on; an opening quotation
 * mark starts a new sentence except after a title or a joining word.
 *
 * Both steps look only at the words either side of a stop (a map or set
 * lookup each) and move each token at most once, so a paragraph costs time
 * in proportion to its length.
 */

/** What follows a full stop, past white space: a word, or the kind of mark that comes first. */
export type Next = {kind: 'word'; text: string} | {kind: 'bracket'} | {kind: 'quote'} | {kind: 'joiner'} | {kind: 'other'} | {kind: 'none'};

const openingQuotes = new Set(['“', '‘', '"', "'", '«', '„', '‚', '‹']);
const openingBrackets = new Set(['(', '[', '{', '<']);
/** Marks that go on a sentence and never open one: `Acme Inc. — the firm`, `Hale Bros. & Co.`, `No.: 4`. */
const joiningMarks = new Set([',', ';', ':', '—', '–', '-', '&', '/', '%']);
const closingMarks = new Set(['”', '’', '"', "'", '»', '›', ')', ']', '}']);

/** The text of a word: its parts' values joined (most words have one part). */
function textOf(word: Word): string {
  const parts = word.children;
  if (parts.length === 1) return parts[0].value;
  let text = '';
  for (const part of parts) text += part.value;
  return text;
}

/** The first token at or after `from` that is not white space, as a kind of `Next`. */
function nextAfter(children: readonly SentenceContent[], from: number): Next {
  for (let index = from; index < children.length; index++) {
    const node = children[index];
    if (node.type === 'WhiteSpaceNode') continue;
    if (node.type === 'WordNode') return {kind: 'word', text: textOf(node)};
    if (node.type === 'SourceNode') return {kind: 'other'};
    if (openingBrackets.has(node.value)) return {kind: 'bracket'};
    if (openingQuotes.has(node.value)) return {kind: 'quote'};
    if (joiningMarks.has(node.value)) return {kind: 'joiner'};
    return {kind: 'other'};
  }
  return {kind: 'none'};
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether a word starts with a capital letter (any script that has case). */
function startsCapital(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/** Whether a word is written in capitals only (`ET`, `GMT`), two letters at least. */
function allCapitals(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Whether a text is all ASCII digits. */
function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) if (!isDigit(text.charCodeAt(index))) return false;
  return true;
}

/**
 * Whether a full stop after an abbreviation of `kind` ends the sentence,
 * given what follows it.
 */
export function endsAfter(kind: AbbreviationKind, next: Next): boolean {
  if (kind === 'title' || kind === 'joining') return false;
  if (next.kind === 'none' || next.kind === 'other') return true;
  if (next.kind === 'bracket' || next.kind === 'joiner') return false;
  if (next.kind === 'quote') return true;
  const text = next.text;
  if (isDigit(text.charCodeAt(0))) return kind !== 'beforeNumber';
  // A lower-case word goes on the sentence (parse-english mends those splits itself).
  if (!startsCapital(text)) return false;
  const lower = text.toLowerCase();
  switch (kind) {
    case 'ambiguous':
      return sentenceOpeners.has(lower);
    case 'company':
      return !namingWords.has(lower);
    case 'clock':
      return !timeWords.has(lower) && !allCapitals(text);
    default:
      return true;
  }
}

/**
 * The kind of the word before a full stop, read from its last part (`Ore`
 * in `D-Ore`), or undefined for a word after which a full stop simply ends
 * the sentence. `alone` says the word is all its sentence holds.
 */
function kindOf(word: Word, alone: boolean): AbbreviationKind | 'number' | undefined {
  const last = word.children[word.children.length - 1];
  if (last.type !== 'TextNode') return undefined;
  const value = last.value;
  const known = abbreviationKinds.get(value);
  if (known) return known;
  if (value.length === 1 && word.children.length === 1) {
    // A capital is an initial, except `I` (a pronoun ends sentences: `…than I.`); a lower-case letter numbers (`p. 5`).
    if (value === 'I') return undefined;
    if (value !== value.toLowerCase()) return 'ambiguous';
    if (value !== value.toUpperCase()) return 'beforeNumber';
    if (alone && allDigits(value)) return 'number';
    return undefined;
  }
  if (alone && word.children.length === 1 && value.length <= 3 && allDigits(value)) return 'number';
  return undefined;
}

/** Whether a sentence holds one word and nothing else but white space and its final stop. */
function holdsOneWord(children: readonly SentenceContent[]): boolean {
  let words = 0;
  for (let index = 0; index < children.length - 1; index++) {
    const type = children[index].type;
    if (type === 'WordNode') words++;
    else if (type !== 'WhiteSpaceNode') return false;
  }
  return words === 1;
}

/**
 * Whether a sentence ends in a word and a full stop after which, given the
 * next sentence, it goes on.
 */
function goesOn(sentence: Sentence, next: Sentence): boolean {
  const children = sentence.children;
  const stop = children[children.length - 1];
  const word = children[children.length - 2];
  if (!stop || !word || stop.type !== 'PunctuationNode' || stop.value !== '.' || word.type !== 'WordNode') return false;
  const kind = kindOf(word, children.length <= 3 && holdsOneWord(children));
  if (kind === undefined) return false;
  // A number alone is a list's number (`1. Preheat the oven`).
  if (kind === 'number') return true;
  return !endsAfter(kind, nextAfter(next.children, 0));
}

/**
 * Join each sentence that parse-english ended after an abbreviation to the
 * next one where the sentence goes on (see the rules above). The stop
 * becomes part of the abbreviation (`Sen.`), as parse-english's own step
 * made it. Replaces parse-english's two steps that joined after any word on
 * their lists.
 */
export function joinAfterAbbreviations(paragraph: Paragraph): void {
  const siblings = paragraph.children;
  if (siblings.length < 2) return;
  const kept: Paragraph['children'] = [];
  let current = siblings[0];
  for (let index = 1; index < siblings.length; index++) {
    const next = siblings[index];
    if (current.type === 'SentenceNode' && next.type === 'SentenceNode' && goesOn(current, next)) {
      const children = current.children;
      const stop = children.pop()!;
      const word = children[children.length - 1] as Word;
      word.children.push(stop as Word['children'][number]);
      if (word.position && stop.position) word.position.end = stop.position.end;
      // One at a time: a spread of a long sentence's tokens would overflow the call stack.
      for (const child of next.children) children.push(child);
      if (current.position && next.position) current.position.end = next.position.end;
      continue;
    }
    kept.push(current);
    current = next;
  }
  kept.push(current);
  if (kept.length !== siblings.length) paragraph.children = kept;
}

/** Whether a word is a dotted initialism with its final stop (`U.S.`, `p.m.`), as parse-latin joins them; gives its letters in lower case. */
function initialismLetters(word: Word): string | undefined {
  const parts = word.children;
  if (parts.length < 4 || parts.length % 2 !== 0) return undefined;
  let letters = '';
  for (let index = 0; index < parts.length; index++) {
    const value = parts[index].value;
    if (index % 2 === 1 ? value !== '.' : parts[index].type !== 'TextNode' || value.length !== 1) return undefined;
    if (index % 2 === 0) letters += value;
  }
  return letters.toLowerCase();
}

/**
 * Split each sentence after a dotted initialism where the sentence ends
 * there (`…at 5 p.m. The council…`), with the closing quotation marks or
 * brackets right after it; the white space after goes with the new
 * sentence, as parse-english's split leaves it for its later steps.
 */
export function splitAfterInitialisms(paragraph: Paragraph): void {
  let result: Paragraph['children'] | undefined;
  const siblings = paragraph.children;
  for (let index = 0; index < siblings.length; index++) {
    const sentence = siblings[index];
    const cuts = sentence.type === 'SentenceNode' ? cutsOf(sentence.children) : undefined;
    if (!cuts) {
      result?.push(sentence);
      continue;
    }
    result ??= siblings.slice(0, index);
    const children = (sentence as Sentence).children;
    let from = 0;
    for (const cut of [...cuts, children.length]) {
      const part = children.slice(from, cut);
      const first = part[0].position;
      const last = part[part.length - 1].position;
      const piece: Sentence = {type: 'SentenceNode', children: part};
      if (from === 0 && sentence.position) piece.position = {start: sentence.position.start, end: last ? last.end : sentence.position.end};
      else if (first && last) piece.position = {start: first.start, end: last.end};
      result.push(piece);
      from = cut;
    }
  }
  if (result) paragraph.children = result;
}

/** Where a sentence's tokens split after initialisms that end it (each the index of the white space that starts a new sentence), or undefined. */
function cutsOf(children: readonly SentenceContent[]): number[] | undefined {
  let cuts: number[] | undefined;
  for (let index = 0; index < children.length - 2; index++) {
    const node = children[index];
    if (node.type !== 'WordNode' || node.children.length < 4) continue;
    const letters = initialismLetters(node);
    if (letters === undefined) continue;
    let space = index + 1;
    while (space < children.length && isClosingMark(children[space])) space++;
    if (space >= children.length - 1 || children[space].type !== 'WhiteSpaceNode') continue;
    const next = nextAfter(children, space);
    if (next.kind !== 'word' && next.kind !== 'quote') continue;
    if (!endsAfter(initialismKinds.get(letters) ?? 'ambiguous', next)) continue;
    (cuts ??= []).push(space);
    index = space;
  }
  return cuts;
}

function isClosingMark(node: SentenceContent): boolean {
  return (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && closingMarks.has(node.value);
}

/** A paragraph of sentences with the given tokens, for probing steps. */
function probe(...sentences: string[][]): Paragraph {
  return {
    type: 'ParagraphNode',
    children: sentences.map((tokens) => ({
      type: 'SentenceNode',
      children: tokens.map((value): SentenceContent => (value === ' ' ? {type: 'WhiteSpaceNode', value} : value === '.' ? {type: 'PunctuationNode', value} : {type: 'WordNode', children: [{type: 'TextNode', value}]}))
    }))
  };
}

/** Whether a step joins a sentence ending in `word.` to the next, capitalised, one (the lists parse-english mends after). */
function joinsAfter(plugin: ParagraphPlugin, word: string): boolean {
  const paragraph = probe([word, '.'], [' ', 'Then', '.']);
  try {
    plugin(paragraph);
  } catch {
    return false;
  }
  return paragraph.children.filter((child) => child.type === 'SentenceNode').length === 1;
}

/**
 * parse-english's paragraph steps with its two joins after listed words
 * (parse-english's `Mr`…, parse-latin's `etc`, numbers…) replaced, where the
 * later of them stood (after the steps that mend splits before a lower-case
 * word or a closing mark, so the next sentence starts as it will stay), by {@link joinAfterAbbreviations} then
 * {@link splitAfterInitialisms}. The steps are unnamed, so the ones to
 * replace are found by what they do to probe paragraphs.
 */
export function withAbbreviationSentenceEnds(plugins: readonly ParagraphPlugin[]): ParagraphPlugin[] {
  const replaced = plugins.filter((plugin) => joinsAfter(plugin, 'Mr') || joinsAfter(plugin, 'etc'));
  const result: ParagraphPlugin[] = [];
  for (const plugin of plugins) {
    if (!replaced.includes(plugin)) result.push(plugin);
    else if (plugin === replaced[replaced.length - 1]) result.push(joinAfterAbbreviations, splitAfterInitialisms);
  }
  if (replaced.length === 0) result.unshift(joinAfterAbbreviations, splitAfterInitialisms);
  return result;
}
