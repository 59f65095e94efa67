import {IntMap} from './int-map.js';
import {bands} from './minhash.js';
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
  /** The last search's answers, by position. */
  private answers: Array<NearCopy | undefined> = [];
  /** The paragraphs of the last search, kept up to date from the changes rather than rebuilt. */
  private readonly members = new Set<ParagraphText>();

  constructor(private readonly threshold: number) {}

  /**
   * For each paragraph, in document order, the earlier one it is a near
   * copy of, if any. The paragraphs' folded texts must be distinct (exact
   * repeats are found before, and are not searched).
   */
  search(paragraphs: readonly ParagraphText[]): Array<NearCopy | undefined> {
    const changes = diff(this.previous, this.members, paragraphs);
    const searched = this.toSearch(paragraphs, changes);
    let searches = 0;
    for (const one of searched) if (one) searches++;
    // Only paragraphs holding a key some search looks under can be a candidate; in a full search, all are.
    const include = searches === paragraphs.length ? searched : holdersOfKeys(paragraphs, searched, searches);
    let included = 0;
    for (const one of include) if (one) included++;
    const index = new NearCopyIndex(this.threshold, included);
    const indexed: ParagraphText[] = [];
    const results: Array<NearCopy | undefined> = [];
    for (let position = 0; position < paragraphs.length; position++) {
      const text = paragraphs[position];
      let answer: NearCopy | undefined;
      if (searched[position]) {
        const found = index.nearest(text);
        answer = found && {earlier: indexed[found.id], similarity: found.similarity};
      } else {
        answer = this.answers[changes.oldAt[position]];
      }
      if (include[position]) {
        index.add(text);
        indexed.push(text);
      }
      results.push(answer);
    }
    for (const {text} of changes.gone) this.members.delete(text);
    for (const position of changes.added) this.members.add(paragraphs[position]);
    this.previous = paragraphs;
    this.answers = results;
    return results;
  }

  /** Which paragraphs must be searched again: those new, moved, or with a changed paragraph within reach. */
  private toSearch(paragraphs: readonly ParagraphText[], changes: Changes): boolean[] {
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
  /** By current position: where a kept paragraph stood in the last search (−1 if not kept). */
  oldAt: Int32Array;
  /** Current positions of paragraphs new or moved. */
  added: number[];
  /** Paragraphs removed or moved, each with the current position of the first kept paragraph that followed it. */
  gone: Array<{text: ParagraphText; next: number}>;
}

/**
 * Compare the paragraphs with the last search's (`members` holds the same
 * paragraphs as a set). A paragraph that now follows one it used to precede
 * counts as moved (gone from its old place, added at its new one); of two
 * that swapped places, at least one is caught, so the paragraphs kept are in
 * their old order. Paragraphs are walked side by side, so that an edit costs
 * no map of every paragraph's old position; one is built only for a
 * paragraph that moved up.
 */
function diff(previous: readonly ParagraphText[], members: ReadonlySet<ParagraphText>, current: readonly ParagraphText[]): Changes {
  const oldAt = new Int32Array(current.length).fill(-1);
  const keptAt = new Int32Array(previous.length).fill(-1);
  const added: number[] = [];
  let positions: Map<ParagraphText, number> | undefined;
  let expected = 0;
  let latest = -1;
  for (let position = 0; position < current.length; position++) {
    const text = current[position];
    let at = -1;
    if (previous[expected] === text) {
      at = expected;
    } else if (members.has(text)) {
      // Ahead of where it was expected (paragraphs removed before it), or behind (it moved up).
      at = previous.indexOf(text, expected);
      if (at === -1) {
        positions ??= new Map(previous.map((member, index) => [member, index]));
        at = positions.get(text) ?? -1;
      }
    }
    if (at === -1 || at < latest) {
      added.push(position);
      continue;
    }
    latest = at;
    oldAt[position] = at;
    keptAt[at] = position;
    expected = at + 1;
  }
  const gone: Changes['gone'] = [];
  let next = Number.POSITIVE_INFINITY;
  for (let at = previous.length - 1; at >= 0; at--) {
    if (keptAt[at] === -1) gone.push({text: previous[at], next});
    else next = keptAt[at];
  }
  return {kept: Array.from(oldAt, (at) => at !== -1), oldAt, added, gone};
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

/** Which paragraphs hold a band key of some paragraph searched (`searches` of them). */
function holdersOfKeys(paragraphs: readonly ParagraphText[], searched: readonly boolean[], searches: number): boolean[] {
  if (searches === 0) return paragraphs.map(() => false);
  // Band keys are 31-bit: as numbers in a Set they would be boxed, an IntMap keeps them flat.
  const looked = new IntMap(searches * bands);
  for (let position = 0; position < paragraphs.length; position++) {
    if (searched[position]) for (const key of paragraphs[position].bandKeys) looked.set(key, 1);
  }
  return paragraphs.map((text) => sharesKey(text, looked));
}

/** Whether any of a paragraph's band keys is in `keys`. */
function sharesKey(text: ParagraphText, keys: IntMap): boolean {
  const own = text.bandKeys;
  for (let band = 0; band < own.length; band++) if (keys.get(own[band]) !== -1) return true;
  return false;
}
