import {comesBefore, compareCopies, sortedIndexOf, type AcrossLists, type Copy, type IndexedDraft} from './across-lists.js';
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

// Scratch for one search, reused: the copies it touched, and the best of them.
const touched: Copy[] = [];
const top: Copy[] = [];

function bagOf(copy: Copy): Int32Array {
  return (copy.bag ??= wordBag(words(copy.paragraph.folded)));
}

/**
 * The similarity of two paragraphs when one is a near copy of the other at
 * `threshold` (as inside one draft: as many sentences, word-level edit
 * similarity at or above it, not identical), else 0.
 */
export function nearSimilarity(later: Copy, earlier: Copy, threshold: number, laterWords?: readonly string[]): number {
  const a = later.paragraph;
  const b = earlier.paragraph;
  if (a.folded === b.folded || a.sentenceCount !== b.sentenceCount) return 0;
  const longest = Math.max(a.wordCount, b.wordCount);
  if (Math.abs(a.wordCount - b.wordCount) > (1 - threshold) * longest) return 0;
  if (!mayReach(bagOf(later), bagOf(earlier), threshold)) return 0;
  const value = editSimilarity(laterWords ?? words(a.folded), words(b.folded), threshold);
  return value >= threshold && value < 1 ? value : 0;
}


/**
 * The paragraph of a draft before the one of `later` that `later` is a near
 * copy of: the most similar of the candidates (ties: the first in report
 * order), named by its text's first copy.
 */
export function nearestBefore(lists: AcrossLists, later: Copy, threshold: number): {earlier: Copy; similarity: number} | undefined {
  const {draft, paragraph} = later;
  touched.length = 0;
  for (const key of paragraph.bandKeys) {
    const bucket = lists.buckets.get(key);
    if (!bucket) continue;
    let end = Math.min(bucket.length, bucketScanLimit);
    // The bucket is in report order: when its last entry looked at is before the draft, so are the others.
    if (!comesBefore(bucket[end - 1].draft, draft)) while (end > 0 && !comesBefore(bucket[end - 1].draft, draft)) end--;
    for (let index = 0; index < end; index++) {
      const copy = bucket[index];
      if (copy.shared++ === 0) touched.push(copy);
    }
  }
  if (touched.length === 0) return undefined;
  // One pass keeps the short list of those sharing most (ties: the first touched, keys in band order and
  // buckets in report order, so the list does not depend on the order drafts were indexed in).
  top.length = 0;
  for (const copy of touched) {
    if (top.length === candidateLimit && copy.shared <= top[candidateLimit - 1].shared) continue;
    let at = top.length < candidateLimit ? top.length : candidateLimit - 1;
    top[at] = copy;
    while (at > 0 && top[at].shared > top[at - 1].shared) {
      [top[at - 1], top[at]] = [top[at], top[at - 1]];
      at--;
    }
  }
  for (const copy of touched) copy.shared = 0;
  let best: {earlier: Copy; similarity: number} | undefined;
  let laterWords: string[] | undefined;
  for (let rank = 0; rank < top.length; rank++) {
    const candidate = top[rank];
    // Copies of one text measure the same: it is measured once, and named by its first copy.
    if (top.slice(0, rank).some((other) => other.paragraph.folded === candidate.paragraph.folded)) continue;
    const similarity = nearSimilarity(later, candidate, threshold, (laterWords ??= words(paragraph.folded)));
    if (similarity === 0) continue;
    const earlier = lists.copies.first(candidate.paragraph.folded) ?? candidate;
    if (!best || similarity > best.similarity || (similarity === best.similarity && compareCopies(earlier, best.earlier) < 0)) best = {earlier, similarity};
  }
  return best;
}

/**
 * The drafts after the draft of `own` (its paragraphs, as indexed) with a
 * paragraph that is a near copy of one of them, at the later draft's
 * threshold, where a search would find it: those whose near copies may
 * change when the draft comes or goes. A paragraph is a candidate only
 * under keys where it is among the first `bucketScanLimit` entries, since
 * searches look no further. (That it pushes another entry past that bound,
 * or out of a search's `candidateLimit`, is not followed up: such a draft
 * is brought up to date when it is next checked.)
 */
export function similarPairs(lists: AcrossLists, own: readonly Copy[], thresholdOf: (other: IndexedDraft) => number): Set<IndexedDraft> {
  const found = new Set<IndexedDraft>();
  for (const copy of own) {
    const looked = new Set<Copy>();
    for (const key of copy.paragraph.bandKeys) {
      const bucket = lists.buckets.get(key);
      if (!bucket) continue;
      const at = sortedIndexOf(bucket, copy, compareCopies);
      if (at === -1 || at >= bucketScanLimit) continue;
      for (let index = at + 1; index < bucket.length; index++) {
        const other = bucket[index];
        if (other.draft === copy.draft || found.has(other.draft) || looked.has(other)) continue;
        looked.add(other);
        if (nearSimilarity(other, copy, thresholdOf(other.draft)) > 0) found.add(other.draft);
      }
    }
  }
  return found;
}
