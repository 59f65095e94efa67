import type {DraftParagraph, DraftSentence} from './draft-paragraphs.js';
import type {DuplicateSettings, Severity} from './types.js';

/*
 * The lists the index of drafts keeps (see across-drafts.ts), in report
 * order, and how entries are put in it.
 */

/** One checked draft, as the index holds it. */
export interface IndexedDraft {
  /** What reports call the draft and related places point at: a path relative to the run, or a URI. */
  file: string;
  /** How messages name the draft (a path relative to the run or the workspace); also its place in the order. */
  display: string;
  /** The level of `duplicate-paragraph` in the draft's settings (with `off`, the draft has no paragraphs to compare). */
  severity: Severity | 'off';
  paragraphs: readonly DraftParagraph[];
  /** The draft's near-copy threshold and passage length (the defaults if not given): a draft is flagged by its own. */
  duplicates?: Pick<DuplicateSettings, 'nearThreshold' | 'passageMinWords'>;
}

/** A paragraph of an indexed draft. */
export interface Copy {
  draft: IndexedDraft;
  paragraph: DraftParagraph;
  /** Scratch for one near-copy search: how many of its band keys the paragraph searched for shares (0 between searches). */
  shared: number;
  /** The paragraph's word bag (see text/similarity.ts), once a comparison has needed it. */
  bag: Int32Array | undefined;
}

/** A sentence of an indexed draft. */
export interface SentenceCopy {
  draft: IndexedDraft;
  paragraph: DraftParagraph;
  sentence: DraftSentence;
}

/** Where an entry of the lists is: its draft and paragraph. */
type Placed = Pick<Copy, 'draft' | 'paragraph'>;

/** Whether draft `a` comes before `b` in report order. */
export function comesBefore(a: IndexedDraft, b: IndexedDraft): boolean {
  return a.display < b.display || (a.display === b.display && a.file < b.file);
}

/** Order of entries in the index's lists: by draft, then by place in the draft. */
export function compareCopies(a: Placed, b: Placed): number {
  if (a.draft !== b.draft) return comesBefore(a.draft, b.draft) ? -1 : 1;
  return a.paragraph.offset - b.paragraph.offset;
}

export function compareSentences(a: SentenceCopy, b: SentenceCopy): number {
  return compareCopies(a, b) || a.sentence.at - b.sentence.at;
}

/** Insert into a list kept in order (drafts are usually indexed in order, so usually at its end). */
export function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  let low = 0;
  let high = list.length;
  if (high === 0 || compare(list[high - 1], item) <= 0) {
    list.push(item);
    return;
  }
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(list[middle], item) <= 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, item);
}

/** Add to a map of ordered lists. */
export function addTo<K, T>(map: Map<K, T[]>, key: K, item: T, compare: (a: T, b: T) => number): void {
  const list = map.get(key);
  if (list) insertSorted(list, item, compare);
  else map.set(key, [item]);
}

/** Take a draft's entries out of a map of lists. */
export function removeFrom<K, T extends Placed>(map: Map<K, T[]>, key: K, draft: IndexedDraft): void {
  const list = map.get(key);
  if (!list) return;
  const kept = list.filter((item) => item.draft !== draft);
  if (kept.length === 0) map.delete(key);
  else if (kept.length !== list.length) map.set(key, kept);
}

/** The lists of an index, as the searches read them. */
export interface AcrossLists {
  /** Folded paragraph → every draft's copy of it, in order. */
  copies: ReadonlyMap<string, readonly Copy[]>;
  /** MinHash band key → the paragraphs holding it, in order. */
  buckets: ReadonlyMap<number, readonly Copy[]>;
  /** Folded sentence → every draft's copy of it, in order. */
  sentences: ReadonlyMap<string, readonly SentenceCopy[]>;
}

/** Where an entry stands in a list kept in order, found by an entry that compares equal to it (−1 if none does). */
export function sortedIndexOf<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(list[middle], item) < 0) low = middle + 1;
    else high = middle;
  }
  return low < list.length && compare(list[low], item) === 0 ? low : -1;
}
