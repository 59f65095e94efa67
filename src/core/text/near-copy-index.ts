import {keepShape} from '../shapes.js';
import {IntMap} from './int-map.js';
import {bands} from './minhash.js';
import type {ParagraphText} from './paragraph-text.js';
import {editSimilarity, mayReach, wordBag} from './similarity.js';

/** Candidates compared word by word, at most, for one paragraph (those sharing most band keys first). */
const candidateLimit = 12;
/**
 * Earlier paragraphs looked at under one band key, the nearest first. A key
 * this crowded means text made of a few words repeated, where a shared key
 * says little; the bound keeps such text from costing quadratic time.
 */
export const bucketScanLimit = 24;

/**
 * Similarities already measured, by threshold and pair of paragraph texts
 * (the same objects while the paragraphs are unchanged). By threshold: a
 * similarity measured against one threshold is cut to 0 once it falls below
 * it, which says nothing about a lower one.
 */
const measuredAt = new Map<number, WeakMap<ParagraphText, WeakMap<ParagraphText, number>>>();

/**
 * An index of paragraphs by MinHash band key (see minhash.ts) that answers
 * "which earlier paragraph is this one a near copy of?" without comparing
 * every pair. Paragraphs are added in document order.
 */
export class NearCopyIndex {
  private readonly texts: ParagraphText[] = [];
  /** By id: the paragraph's {@link wordBag}, once a comparison has needed it. */
  private readonly bags: Array<Int32Array | undefined> = [];
  /** The last paragraph searched for and its bag, if one was made: the paragraph is usually added next. */
  private lastSearched: ParagraphText | undefined;
  private lastBag: Int32Array | undefined;
  /** Band key → the newest slot (paragraph × band) with that key. */
  private readonly heads: IntMap;
  /** Slot → the previous slot with the same key, or −1: buckets as chains, with no array per key. */
  private next: Int32Array;
  /** By id: how many of the current search's slots hold that paragraph (0 between searches). */
  private counts: Int32Array;
  // Scratch for one search, reused: a search of a long draft allocates nothing per paragraph.
  /** The ids the current search touched, in the order first met (at most one per slot it looks at). */
  private readonly touched = new Int32Array(bands * bucketScanLimit);
  /** The current search's candidates, best first. */
  private readonly top = new Int32Array(candidateLimit);

  /** Similarities measured at this index's threshold, shared with every index at the same threshold. */
  private readonly measured: WeakMap<ParagraphText, WeakMap<ParagraphText, number>>;

  /** `expected`: how many paragraphs will be added, to size the tables once instead of growing them. */
  constructor(
    private readonly threshold: number,
    expected = 64
  ) {
    let measured = measuredAt.get(threshold);
    if (!measured) measuredAt.set(threshold, (measured = new WeakMap()));
    this.measured = measured;
    this.heads = new IntMap(expected * bands);
    this.next = new Int32Array(Math.max(1, expected) * bands);
    this.counts = new Int32Array(Math.max(1, expected));
  }

  /** The most similar indexed paragraph at or above the threshold (and not identical), if any. */
  nearest(text: ParagraphText): {id: number; similarity: number} | undefined {
    const touched = this.touch(text.bandKeys);
    if (touched === 0) return undefined;
    const candidates = this.mostShared(touched);
    let bag: Int32Array | undefined;
    let best: {id: number; similarity: number} | undefined;
    for (let rank = 0; rank < candidates; rank++) {
      const id = this.top[rank];
      const earlier = this.texts[id];
      // Lengths further apart than the threshold allows cannot be near copies.
      const longest = Math.max(earlier.words.length, text.words.length);
      if (Math.abs(earlier.words.length - text.words.length) > (1 - this.threshold) * longest) continue;
      // A sentence added or dropped is no small edit: the repeated run is a passage instead.
      if (earlier.sentences.length !== text.sentences.length) continue;
      bag ??= wordBag(text.words);
      if (!mayReach(bag, this.bagOf(id), this.threshold)) continue;
      const value = this.similarity(text, earlier);
      if (value >= this.threshold && value < 1 && (!best || value > best.similarity)) best = {id, similarity: value};
    }
    for (let index = 0; index < touched; index++) this.counts[this.touched[index]] = 0;
    this.lastSearched = text;
    this.lastBag = bag;
    return best;
  }

  /**
   * Count, by id, the slots within `bucketScanLimit` of each key's newest;
   * returns how many ids that touched (listed in `touched`).
   */
  private touch(keys: readonly number[]): number {
    const {counts, next, touched} = this;
    let count = 0;
    for (let band = 0; band < keys.length; band++) {
      let slot = this.heads.get(keys[band]);
      for (let seen = 0; slot !== -1 && seen < bucketScanLimit; seen++) {
        const id = (slot / bands) | 0;
        if (counts[id]++ === 0) touched[count++] = id;
        slot = next[slot];
      }
    }
    return count;
  }

  private bagOf(id: number): Int32Array {
    return (this.bags[id] ??= wordBag(this.texts[id].words));
  }

  /**
   * The `candidateLimit` ids sharing the most band keys (ties: the earliest
   * first) of the first `count` touched, into `top`; returns how many. One
   * pass keeps a short sorted list: sorting every touched id cost more than
   * all the rest of the search on drafts with many similar paragraphs.
   */
  private mostShared(count: number): number {
    const {counts, touched, top} = this;
    let size = 0;
    for (let index = 0; index < count; index++) {
      const id = touched[index];
      if (size === candidateLimit && !ranksBefore(counts, id, top[size - 1])) continue;
      let at = size < candidateLimit ? size++ : size - 1;
      top[at] = id;
      while (at > 0 && ranksBefore(counts, top[at], top[at - 1])) {
        const swapped = top[at - 1];
        top[at - 1] = top[at];
        top[at] = swapped;
        at--;
      }
    }
    return size;
  }

  /** Index a paragraph; returns its id (ids count up from 0 in the order added). */
  add(text: ParagraphText): number {
    const id = this.texts.length;
    this.texts.push(text);
    this.bags.push(text === this.lastSearched ? this.lastBag : undefined);
    if (this.counts.length <= id) this.counts = grown(this.counts);
    if (this.next.length < (id + 1) * bands) this.next = grown(this.next);
    const keys = text.bandKeys;
    for (let band = 0; band < keys.length; band++) {
      const slot = id * bands + band;
      this.next[slot] = this.heads.get(keys[band]);
      this.heads.set(keys[band], slot);
    }
    return id;
  }

  private similarity(later: ParagraphText, earlier: ParagraphText): number {
    let row = this.measured.get(later);
    if (!row) this.measured.set(later, (row = new WeakMap()));
    let value = row.get(earlier);
    if (value === undefined) {
      value = editSimilarity(later.words, earlier.words, this.threshold);
      row.set(earlier, value);
    }
    return value;
  }
}

/** Whether id `a` goes before `b` as a candidate: more slots shared, or as many and earlier. */
function ranksBefore(counts: Int32Array, a: number, b: number): boolean {
  return counts[a] > counts[b] || (counts[a] === counts[b] && a < b);
}

/** A copy of a table at twice its length. */
function grown(table: Int32Array): Int32Array {
  const copy = new Int32Array(table.length * 2);
  copy.set(table);
  return copy;
}

keepShape('near-copy-index', new NearCopyIndex(0.8, 1));
