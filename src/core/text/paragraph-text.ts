import type {Paragraph, Sentence} from 'nlcst';
import {toString} from 'nlcst-to-string';
import {verbatimSource} from '../document/prose.js';
import {bandKeysOf} from './minhash.js';
import {foldsInPlace, foldText, hash32, hashPair, wordCount, words} from './normalize.js';

/** A sentence of a block, folded for comparison. Offsets are relative to the block. */
export interface SentenceText {
  start: number;
  end: number;
  folded: string;
  wordCount: number;
}

/** What the repeat rules need to know of a block's prose, computed when the block is read. */
export interface ParagraphText {
  folded: string;
  words: string[];
  sentences: SentenceText[];
  /** Locality-sensitive keys of the paragraph's word pairs (see minhash.ts), computed when first asked for. */
  readonly bandKeys: number[];
}

/**
 * The folded text, words, shingles and sentences of a parsed paragraph;
 * `clean` takes out of folded text what comparison ignores (editorial
 * markers: see editorial-markers.ts).
 */
export function paragraphText(paragraph: Paragraph, clean: (folded: string) => string = (folded) => folded): ParagraphText {
  // Folding the source text, where the paragraph is all of it, spares a walk over the tree.
  const source = verbatimSource(paragraph);
  const whole = foldText(source ?? toString(paragraph));
  const folded = clean(whole);
  const list = words(folded);
  const sentences: SentenceText[] = [];
  const inPlace = source !== undefined && foldsInPlace(source, whole);
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') sentences.push(sentenceText(child, source, inPlace ? whole : undefined, clean));
  }
  let keys: number[] | undefined;
  return {
    folded,
    words: list,
    sentences,
    get bandKeys() {
      keys ??= shingleKeys(list);
      return keys;
    }
  };
}

/**
 * A sentence folded: cut from the paragraph's fold where that is the same
 * (`inPlace`, the paragraph's fold when it changed the source character for
 * character), else folded on its own.
 */
function sentenceText(sentence: Sentence, source: string | undefined, inPlace: string | undefined, clean: (folded: string) => string): SentenceText {
  const start = sentence.position?.start.offset ?? 0;
  const end = sentence.position?.end.offset ?? 0;
  let folded: string;
  if (inPlace !== undefined && (start === end || (inPlace.charCodeAt(start) !== 0x20 && inPlace.charCodeAt(end - 1) !== 0x20))) {
    folded = inPlace.slice(start, end);
  } else {
    folded = foldText(source === undefined ? toString(sentence) : source.slice(start, end));
  }
  folded = clean(folded);
  return {start, end, folded, wordCount: wordCount(folded)};
}

/** Hashes of adjacent word pairs, reused from paragraph to paragraph (only their bits matter to MinHash). */
let pairs = new Int32Array(256);

/**
 * Band keys of the hashes of adjacent word pairs (of the single word, for a
 * one-word text). The hashes are those of the pairs joined by a space.
 */
function shingleKeys(list: string[]): number[] {
  if (pairs.length < list.length) pairs = new Int32Array(list.length * 2);
  if (list.length === 1) pairs[0] = hash32(list[0]);
  for (let index = 0; index + 1 < list.length; index++) pairs[index] = hashPair(list[index], list[index + 1]);
  return bandKeysOf(pairs, list.length === 1 ? 1 : Math.max(0, list.length - 1));
}
