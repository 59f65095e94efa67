import type {Paragraph, Sentence} from 'nlcst';
import {toString} from 'nlcst-to-string';
import {verbatimSource} from '../document/prose.js';
import {bandKeys} from './minhash.js';
import {foldText, hash32, words} from './normalize.js';

/** A sentence of a block, folded for comparison. Offsets are relative to the block. */
export interface SentenceText {
  start: number;
  end: number;
  folded: string;
  wordCount: number;
}

/** What the repeat rules need to know of a block's prose, computed once per parsed paragraph. */
export interface ParagraphText {
  folded: string;
  words: string[];
  sentences: SentenceText[];
  /** Locality-sensitive keys of the paragraph's word pairs (see minhash.ts), computed when first asked for. */
  readonly bandKeys: number[];
}

const memo = new WeakMap<Paragraph['children'], ParagraphText>();

/**
 * The folded text, words, shingles and sentences of a parsed paragraph,
 * memoised on its children array (shared by every check that finds the block
 * unchanged).
 */
export function paragraphText(paragraph: Paragraph): ParagraphText {
  let result = memo.get(paragraph.children);
  if (!result) {
    // Folding the source text, where the paragraph is all of it, spares a walk over the tree.
    const source = verbatimSource(paragraph);
    const folded = foldText(source ?? toString(paragraph));
    const list = words(folded);
    const sentences: SentenceText[] = [];
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') sentences.push(sentenceText(child, source));
    }
    let keys: number[] | undefined;
    result = {
      folded,
      words: list,
      sentences,
      get bandKeys() {
        keys ??= bandKeys(shingles(list));
        return keys;
      }
    };
    memo.set(paragraph.children, result);
  }
  return result;
}

function sentenceText(sentence: Sentence, source: string | undefined): SentenceText {
  const start = sentence.position?.start.offset ?? 0;
  const end = sentence.position?.end.offset ?? 0;
  const folded = foldText(source === undefined ? toString(sentence) : source.slice(start, end));
  return {
    start,
    end,
    folded,
    wordCount: words(folded).length
  };
}

/** Distinct hashes of adjacent word pairs (single words for a one-word text). */
function shingles(list: string[]): number[] {
  const set = new Set<number>();
  if (list.length === 1) set.add(hash32(list[0]));
  for (let index = 0; index + 1 < list.length; index++) set.add(hash32(list[index] + ' ' + list[index + 1]));
  return [...set];
}
