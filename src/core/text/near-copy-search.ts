import {IntMap} from './int-map.js';
import {bucketScanLimit, NearCopyIndex} from './near-copy-index.js';
import type {ParagraphText} from './paragraph-text.js';

/** An earlier paragraph that a paragraph is a near copy of. */
export interface NearCopy {
  earlier: ParagraphText;
  similarity: number;
}

/**
 * Near-copy search over a document's paragraphs, check after check.
 *
 * A paragraph's answer depends only on what its search looks at: under each
 * of its band keys, the `bucketScanLimit` nearest earlier paragraphs holding
 * that key, in document order. So an edit (paragraphs added, removed or
 * moved) can change the answer only of the paragraphs that had or now have
 * a changed paragraph within that reach under a shared key; every other
 * paragraph keeps its last answer. The index those searches need holds only
 * the paragraphs sharing a key with one searched: no other can be a
 * candidate, and leaving them out keeps the order (and so the tie-breaks) of
 * those that can. After a one-paragraph edit of a long draft this searches
 * a few dozen paragraphs instead of thousands.
 */
export class NearCopySearch {
  private previous: readonly ParagraphText[] = [];
  private answers = new Map<ParagraphText, NearCopy | undefined>();

  constructor(private readonly threshold: number) {}

  /**
   * For each paragraph, in document order, the earlier one it is a near
   * copy of, if any. The paragraphs' folded texts must be distinct (exact
   * repeats are found before, and are not searched).
   */
  search(paragraphs: readonly ParagraphText[]): Array<NearCopy | undefined> {
    const searched = this.toSearch(paragraphs);
    // Band keys are 31-bit: as numbers in a Set they would be boxed, an IntMap keeps them flat.
    const looked = new IntMap();
    let searches = 0;
    paragraphs.forEach((text, position) => {
      if (!searched[position]) return;
      searches++;
      for (const key of text.bandKeys) looked.set(key, 1);
    });
    // Only paragraphs holding a key some search looks under can be a candidate.
    const include = searches === paragraphs.length ? paragraphs.map(() => true) : paragraphs.map((text) => searches > 0 && sharesKey(text, looked));
    const index = new NearCopyIndex(this.threshold, include.filter(Boolean).length);
    const indexed: ParagraphText[] = [];
    const answers = new Map<ParagraphText, NearCopy | undefined>();
    const results: Array<NearCopy | undefined> = [];
    for (let position = 0; position < paragraphs.length; position++) {
      const text = paragraphs[position];
      let answer: NearCopy | undefined;
      if (searched[position]) {
        const found = index.nearest(text);
        answer = found && {earlier: indexed[found.id], similarity: found.similarity};
      } else {
        answer = this.answers.get(text);
      }
      if (include[position]) {
        index.add(text);
        indexed.push(text);
      }
      answers.set(text, answer);
      results.push(answer);
    }
    this.previous = paragraphs;
    this.answers = answers;
    return results;
  }

  /** Which paragraphs must be searched again: those new, moved, or with a changed paragraph within reach. */
  private toSearch(paragraphs: readonly ParagraphText[]): boolean[] {
    const changes = diff(this.previous, paragraphs);
    const searched = changes.kept.map((kept) => !kept);
    // Nothing changed, or nothing kept (a first search): nothing more to mark.
    if ((changes.added.length === 0 && changes.gone.length === 0) || !changes.kept.includes(true)) return searched;

    const stale = new IntMap();
    for (const position of changes.added) for (const key of paragraphs[position].bandKeys) stale.set(key, 1);
    for (const {text} of changes.gone) for (const key of text.bandKeys) stale.set(key, 1);
    const chains = chainsOf(paragraphs, stale);

    // A paragraph added: the entries after it that it now reaches.
    for (const position of changes.added) {
      for (const key of paragraphs[position].bandKeys) {
        const chain = chains.get(key) as number[];
        const after = lastIndexOf(chain, position) + 1;
        for (let entry = after; entry < chain.length && entry < after + bucketScanLimit; entry++) searched[chain[entry]] = true;
      }
    }
    // A paragraph gone: the kept paragraphs after its old place that it used to reach.
    for (const {text, next} of changes.gone) {
      for (const key of text.bandKeys) {
        const chain = chains.get(key);
        if (!chain) continue;
        let reached = 0;
        for (let entry = firstIndexAtOrAfter(chain, next); entry < chain.length && reached < bucketScanLimit; entry++) {
          if (!changes.kept[chain[entry]]) continue;
          searched[chain[entry]] = true;
          reached++;
        }
      }
    }
    return searched;
  }
}

/** How the paragraphs changed since the last search. */
interface Changes {
  /** By current position: whether the paragraph was there before and kept its order relative to the others kept. */
  kept: boolean[];
  /** Current positions of paragraphs new or moved. */
  added: number[];
  /** Paragraphs removed or moved, each with the current position of the first kept paragraph that followed it. */
  gone: Array<{text: ParagraphText; next: number}>;
}

/**
 * Compare the paragraphs with the last search's. A paragraph that now
 * follows one it used to precede counts as moved (gone from its old place,
 * added at its new one); of two that swapped places, at least one is caught,
 * so the paragraphs kept are in their old order.
 */
function diff(previous: readonly ParagraphText[], current: readonly ParagraphText[]): Changes {
  const before = new Map<ParagraphText, number>();
  previous.forEach((text, position) => before.set(text, position));
  const kept: boolean[] = [];
  const added: number[] = [];
  /** Old position → current position, for paragraphs kept. */
  const keptAt = new Map<number, number>();
  let latest = -1;
  current.forEach((text, position) => {
    const at = before.get(text);
    if (at === undefined || at < latest) {
      kept.push(false);
      added.push(position);
    } else {
      latest = at;
      kept.push(true);
      keptAt.set(at, position);
    }
  });
  const gone: Changes['gone'] = [];
  let next = Number.POSITIVE_INFINITY;
  for (let at = previous.length - 1; at >= 0; at--) {
    const now = keptAt.get(at);
    if (now === undefined) gone.push({text: previous[at], next});
    else next = now;
  }
  return {kept, added, gone};
}

/**
 * For each key in `keys`, the current positions of the paragraphs holding
 * it, in order, once per band that holds it (as the index's buckets list
 * them).
 */
function chainsOf(paragraphs: readonly ParagraphText[], keys: IntMap): Map<number, number[]> {
  const chains = new Map<number, number[]>();
  for (let position = 0; position < paragraphs.length; position++) {
    const own = paragraphs[position].bandKeys;
    for (let band = 0; band < own.length; band++) {
      const key = own[band];
      if (keys.get(key) === -1) continue;
      let chain = chains.get(key);
      if (!chain) chains.set(key, (chain = []));
      chain.push(position);
    }
  }
  return chains;
}

/** Index of the last entry equal to `value` in a sorted list (it is there). */
function lastIndexOf(sorted: readonly number[], value: number): number {
  return firstIndexAtOrAfter(sorted, value + 1) - 1;
}

/** Index of the first entry at or above `value` in a sorted list (its length if none). */
function firstIndexAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether any of a paragraph's band keys is in `keys`. */
function sharesKey(text: ParagraphText, keys: IntMap): boolean {
  const own = text.bandKeys;
  for (let band = 0; band < own.length; band++) if (keys.get(own[band]) !== -1) return true;
  return false;
}
