import {comesBefore, compareSentences, sortedIndexOf, type AcrossLists, type IndexedDraft, type SentenceCopy} from './across-lists.js';
import type {DraftParagraph} from './draft-paragraphs.js';

/*
 * Repeated passages across drafts, found as inside one draft (see
 * text/repeated-runs.ts): each sentence of a paragraph is looked up by its
 * folded text, and runs of sentences that follow on in both drafts are
 * extended one sentence at a time.
 */

/** Earlier copies of one sentence looked at when extending a run: the first in report order. */
export const occurrenceLimit = 16;

/** A run of a paragraph's sentences that repeats a run of sentences of a draft before it. */
export interface AcrossRun {
  /** Index of the run's first and last sentence in the paragraph's `sentences`. */
  from: number;
  last: number;
  wordCount: number;
  /** The other draft's copy: its first and last sentences, with their paragraphs (they may differ). */
  earlier: SentenceCopy;
  earlierLast: SentenceCopy;
}

/** A run ending at one earlier sentence: how many sentences long, and where it starts. */
interface RunEnd {
  copy: SentenceCopy;
  length: number;
  start: SentenceCopy;
}

/**
 * The longest runs of a paragraph's sentences that repeat sentences of the
 * drafts before `draft`, of at least `minWords` words each, that do not
 * overlap (the last first, as inside one draft). A run's earlier copy is
 * the first in report order of the longest.
 */
export function passagesBefore(lists: AcrossLists, draft: IndexedDraft, paragraph: DraftParagraph, minWords: number): AcrossRun[] {
  const sentences = paragraph.sentences;
  const longest: Array<RunEnd | undefined> = new Array(sentences.length);
  let found = false;
  let previous: RunEnd[] = [];
  for (let position = 0; position < sentences.length; position++) {
    const sentence = sentences[position];
    // A sentence with no words between two breaks the run there, as inside one draft.
    if (position > 0 && sentences[position - 1].at !== sentence.at - 1) previous = [];
    const list = lists.sentences.get(sentence.folded);
    const current: RunEnd[] = [];
    for (let index = 0; list && index < list.length && index < occurrenceLimit; index++) {
      const copy = list[index];
      if (!comesBefore(copy.draft, draft)) break;
      const before = previous.find((end) => end.copy.draft === copy.draft && end.copy.sentence.at === copy.sentence.at - 1);
      const end = before ? {copy, length: before.length + 1, start: before.start} : {copy, length: 1, start: copy};
      current.push(end);
      if (!longest[position] || end.length > (longest[position] as RunEnd).length) longest[position] = end;
      found = true;
    }
    previous = current;
  }
  if (!found) return [];
  const runs: AcrossRun[] = [];
  for (let last = sentences.length - 1; last >= 0; ) {
    const end = longest[last];
    if (!end) {
      last--;
      continue;
    }
    const from = last - end.length + 1;
    let wordCount = 0;
    for (let position = from; position <= last; position++) wordCount += sentences[position].words;
    if (wordCount >= minWords) {
      runs.push({from, last, wordCount, earlier: end.start, earlierLast: end.copy});
      last = from - 1;
    } else {
      last--;
    }
  }
  return runs;
}

/**
 * The drafts after `draft` holding a run of its sentences of at least
 * their `minWordsOf` words: those whose passages may change when `draft`
 * comes or goes. A sentence counts only where it is among the first
 * `occurrenceLimit` copies of its text, since searches look no further
 * (see `similarPairs` in across-near-copies.ts for what is not followed up).
 */
export function sharedRuns(lists: AcrossLists, draft: IndexedDraft, minWordsOf: (other: IndexedDraft) => number): Set<IndexedDraft> {
  const found = new Set<IndexedDraft>();
  for (const paragraph of draft.paragraphs) {
    // By draft: the places of the runs ending at the previous sentence, with their words.
    let previous = new Map<IndexedDraft, Map<number, number>>();
    paragraph.sentences.forEach((sentence, position) => {
      if (position > 0 && paragraph.sentences[position - 1].at !== sentence.at - 1) previous = new Map();
      const current = new Map<IndexedDraft, Map<number, number>>();
      const list = lists.sentences.get(sentence.folded) ?? [];
      const own = sortedIndexOf(list, {draft, paragraph, sentence}, compareSentences);
      if (own !== -1 && own < occurrenceLimit) {
        for (let index = own + 1; index < list.length; index++) {
          const copy = list[index];
          if (copy.draft === draft) continue;
          const words = (previous.get(copy.draft)?.get(copy.sentence.at - 1) ?? 0) + sentence.words;
          if (words >= minWordsOf(copy.draft)) found.add(copy.draft);
          let places = current.get(copy.draft);
          if (!places) current.set(copy.draft, (places = new Map()));
          places.set(copy.sentence.at, Math.max(words, places.get(copy.sentence.at) ?? 0));
        }
      }
      previous = current;
    });
  }
  return found;
}
