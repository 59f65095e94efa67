import type {Paragraph, Sentence} from 'nlcst';
import {toString} from 'nlcst-to-string';
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
  /** Hashes of adjacent word pairs, for finding near copies without comparing every pair. */
  shingles: number[];
  sentences: SentenceText[];
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
    const folded = foldText(toString(paragraph));
    const list = words(folded);
    const shingles: number[] = [];
    for (let index = 0; index + 1 < list.length; index++) shingles.push(hash32(list[index] + ' ' + list[index + 1]));
    const sentences: SentenceText[] = [];
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') sentences.push(sentenceText(child));
    }
    result = {folded, words: list, shingles, sentences};
    memo.set(paragraph.children, result);
  }
  return result;
}

function sentenceText(sentence: Sentence): SentenceText {
  const folded = foldText(toString(sentence));
  return {
    start: sentence.position?.start.offset ?? 0,
    end: sentence.position?.end.offset ?? 0,
    folded,
    wordCount: words(folded).length
  };
}
