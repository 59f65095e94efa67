import {comesBefore, compareCopies, sortedIndexOf, type AcrossLists, type Copy, type IndexedDraft} from './across-lists.js';
import type {DraftParagraph} from './draft-paragraphs.js';
import {words} from './text/normalize.js';
import {editSimilarity, mayReach, wordBag} from './text/similarity.js';

/*
 * Near copies across drafts, found as inside one draft (see
 * text/near-copy-index.ts): paragraphs sharing MinHash band keys are the
 * candidates, the few sharing most are measured word by word.
 */

/** Candidates measured, at most, for one paragraph (those sharing most band keys first). */
const candidateLimit = 12;
/**
 * Entries looked at under one band key: the first in report order. A key
 * this crowded means paragraphs made of the same few words, where a shared
 * key says little; the bound keeps such drafts from costing quadratic time.
 */
export const bucketScanLimit = 24;

/** Word bags of the paragraphs measured, kept while the paragraph is indexed. */
const bags = new WeakMap<DraftParagraph, Int32Array>();
/** Similarities measured, by threshold and pair (see `measuredAt` in text/near-copy-index.ts). */
const measuredAt = new Map<number, WeakMap<DraftParagraph, WeakMap<DraftParagraph, number>>>();

function bagOf(paragraph: DraftParagraph): Int32Array {
  let bag = bags.get(paragraph);
  if (!bag) bags.set(paragraph, (bag = wordBag(words(paragraph.folded))));
  return bag;
}

/**
 * The similarity of two paragraphs when one is a near copy of the other at
 * `threshold` (as inside one draft: as many sentences, word-level edit
 * similarity at or above it, not identical), else 0.
 */
export function nearSimilarity(later: DraftParagraph, earlier: DraftParagraph, threshold: number): number {
  if (later.folded === earlier.folded || later.sentenceCount !== earlier.sentenceCount) return 0;
  const longest = Math.max(later.wordCount, earlier.wordCount);
  if (Math.abs(later.wordCount - earlier.wordCount) > (1 - threshold) * longest) return 0;
  let measured = measuredAt.get(threshold);
  if (!measured) measuredAt.set(threshold, (measured = new WeakMap()));
  let row = measured.get(later);
  if (!row) measured.set(later, (row = new WeakMap()));
  let value = row.get(earlier);
  if (value === undefined) {
    value = mayReach(bagOf(later), bagOf(earlier), threshold) ? editSimilarity(words(later.folded), words(earlier.folded), threshold) : 0;
    if (value < threshold || value >= 1) value = 0;
    row.set(earlier, value);
  }
  return value;
}

/**
 * The paragraph of a draft before `draft` that `paragraph` is a near copy
 * of: the most similar of the candidates (ties: the first in report order),
 * named by its text's first copy.
 */
export function nearestBefore(lists: AcrossLists, draft: IndexedDraft, paragraph: DraftParagraph, threshold: number): {earlier: Copy; similarity: number} | undefined {
  const counts = new Map<Copy, number>();
  for (const key of paragraph.bandKeys) {
    const bucket = lists.buckets.get(key);
    if (!bucket) continue;
    for (let index = 0; index < bucket.length && index < bucketScanLimit; index++) {
      const copy = bucket[index];
      if (!comesBefore(copy.draft, draft)) break;
      counts.set(copy, (counts.get(copy) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return undefined;
  const candidates = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareCopies(a, b)).slice(0, candidateLimit);
  let best: {earlier: Copy; similarity: number} | undefined;
  const measured = new Set<string>();
  for (const candidate of candidates) {
    if (measured.has(candidate.paragraph.folded)) continue;
    measured.add(candidate.paragraph.folded);
    const similarity = nearSimilarity(paragraph, candidate.paragraph, threshold);
    if (similarity > 0 && (!best || similarity > best.similarity)) best = {earlier: lists.copies.get(candidate.paragraph.folded)?.[0] ?? candidate, similarity};
  }
  return best;
}

/**
 * The drafts after `draft` with a paragraph that one of its paragraphs can
 * be a candidate for and is a near copy of (at the later draft's
 * threshold): those whose near copies may change when `draft` comes or
 * goes. A paragraph is a candidate only under keys where it is among the
 * first `bucketScanLimit` entries, since searches look no further. (That it
 * pushes another entry past that bound, or out of a search's
 * `candidateLimit`, is not followed up: such a draft is brought up to date
 * when it is next checked.)
 */
export function similarPairs(lists: AcrossLists, draft: IndexedDraft, thresholdOf: (other: IndexedDraft) => number): Set<IndexedDraft> {
  const found = new Set<IndexedDraft>();
  for (const paragraph of draft.paragraphs) {
    const looked = new Set<DraftParagraph>();
    for (const key of paragraph.bandKeys) {
      const bucket = lists.buckets.get(key);
      if (!bucket) continue;
      const at = sortedIndexOf(bucket, {draft, paragraph}, compareCopies);
      if (at === -1 || at >= bucketScanLimit) continue;
      for (let index = at + 1; index < bucket.length; index++) {
        const other = bucket[index];
        if (other.draft === draft || found.has(other.draft) || looked.has(other.paragraph)) continue;
        looked.add(other.paragraph);
        if (nearSimilarity(other.paragraph, paragraph, thresholdOf(other.draft)) > 0) found.add(other.draft);
      }
    }
  }
  return found;
}
