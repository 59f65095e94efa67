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

/**
 * Lists by key, each kept in order. Most keys (a band key, a sentence)
 * belong to one entry: such a key holds its entry alone, not in an array,
 * which halved what the index's lists cost in memory.
 */
export class OrderedLists<K, T extends Placed> {
  private readonly map = new Map<K, T | T[]>();

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** The entries under a key, in order (undefined if none). */
  get(key: K): readonly T[] | undefined {
    const value = this.map.get(key);
    return value === undefined ? undefined : Array.isArray(value) ? value : [value];
  }

  /** The first entry under a key. */
  first(key: K): T | undefined {
    const value = this.map.get(key);
    return Array.isArray(value) ? value[0] : value;
  }

  add(key: K, item: T): void {
    const value = this.map.get(key);
    if (value === undefined) this.map.set(key, item);
    else if (Array.isArray(value)) insertSorted(value, item, this.compare);
    else this.map.set(key, this.compare(value, item) <= 0 ? [value, item] : [item, value]);
  }

  /** Take a draft's entries out from under a key. */
  remove(key: K, draft: IndexedDraft): void {
    const value = this.map.get(key);
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      if (value.draft === draft) this.map.delete(key);
      return;
    }
    const kept = value.filter((item) => item.draft !== draft);
    if (kept.length === 0) this.map.delete(key);
    else if (kept.length === 1) this.map.set(key, kept[0]);
    else if (kept.length !== value.length) this.map.set(key, kept);
  }
}

/** The lists of an index, as the searches read them. */
export interface AcrossLists {
  /** Folded paragraph → every draft's copy of it, in order. */
  copies: OrderedLists<string, Copy>;
  /** MinHash band key → the paragraphs holding it, in order. */
  buckets: OrderedLists<number, Copy>;
  /** Folded sentence → every draft's copy of it, in order. */
  sentences: OrderedLists<string, SentenceCopy>;
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
