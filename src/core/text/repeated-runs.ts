import {keepShape} from '../shapes.js';
import type {SentenceText} from './paragraph-text.js';

/** Earlier places of one sentence looked at when extending a repeated run. */
const occurrenceLimit = 16;

/** Shared by every sentence with no earlier copy (never written to). */
const none: number[] = [];

/** The length of the run whose earlier copy ends at `end`, among the runs ending at the previous sentence (0 if none). */
function lengthEndingAt(ends: readonly number[], lengths: readonly number[], end: number): number {
  for (let index = 0; index < ends.length; index++) if (ends[index] === end) return lengths[index];
  return 0;
}

/** A run of a paragraph's sentences that repeats a run of earlier sentences. */
export interface RepeatedRun {
  /** Index of the run's first and last sentence in the paragraph. */
  from: number;
  last: number;
  /** Document-wide index of the earlier run's first and last sentence. */
  earlierFrom: number;
  earlierLast: number;
  wordCount: number;
}

/**
 * The sentences of a document in order, indexed by folded text, to find
 * runs of whole sentences that repeat earlier ones. Sentences are added a
 * paragraph at a time, in document order.
 */
export class SentenceIndex {
  /** Document offsets of every sentence added, in order. */
  starts: Int32Array;
  ends: Int32Array;
  /** How many sentences have been added. */
  private size = 0;
  /** Folded sentence → its first place, or every place once it occurs again. */
  private readonly places = new Map<string, number | number[]>();

  /**
   * `counts`, when given, tells which sentences occur more than once: only
   * those need a place. `capacity`: how many sentences will be added, to
   * size the offset tables once.
   */
  constructor(
    private readonly counts?: SentenceCounts,
    capacity = 64
  ) {
    this.starts = new Int32Array(Math.max(1, capacity));
    this.ends = new Int32Array(Math.max(1, capacity));
  }

  /**
   * Add a paragraph's sentences (offsets relative to `base`) and, unless
   * `search` is false, return the longest runs among them that repeat
   * earlier sentences and hold at least `minWords` words, last run first.
   */
  addParagraph(sentences: readonly SentenceText[], base: number, search: boolean, minWords: number): RepeatedRun[] {
    const first = this.size;
    if (first + sentences.length > this.starts.length) this.grow(first + sentences.length);
    // For each sentence, the longest run ending there and where its earlier copy ends (allocated on the first match).
    let lengths: number[] | undefined;
    let earlierEnds: number[] | undefined;
    // The runs ending at the previous sentence: where each earlier copy ends, and its length.
    let previousEnds: number[] = none;
    let previousLengths: number[] = none;
    for (let position = 0; position < sentences.length; position++) {
      const sentence = sentences[position];
      const global = first + position;
      // A sentence that occurs once in the document can neither repeat an earlier one nor be repeated.
      const indexed = sentence.wordCount > 0 && (this.counts?.repeated(sentence.folded) ?? true);
      const places = indexed ? this.places.get(sentence.folded) : undefined;
      let currentEnds = none;
      let currentLengths = none;
      if (search && places !== undefined) {
        currentEnds = [];
        currentLengths = [];
        const count = typeof places === 'number' ? 1 : Math.min(places.length, occurrenceLimit);
        for (let index = 0; index < count; index++) {
          const earlier = typeof places === 'number' ? places : places[index];
          let length = lengthEndingAt(previousEnds, previousLengths, earlier - 1) + 1;
          // The earlier copy must end before the later one begins.
          while (length > 1 && earlier > global - length) length--;
          if (earlier > global - length) continue;
          currentEnds.push(earlier);
          currentLengths.push(length);
          lengths ??= new Array<number>(sentences.length).fill(0);
          earlierEnds ??= new Array<number>(sentences.length).fill(-1);
          if (length > lengths[position]) {
            lengths[position] = length;
            earlierEnds[position] = earlier;
          }
        }
      }
      previousEnds = currentEnds;
      previousLengths = currentLengths;
      this.starts[global] = base + sentence.start;
      this.ends[global] = base + sentence.end;
      if (indexed) this.remember(sentence.folded, global, places);
    }
    this.size += sentences.length;
    if (!lengths || !earlierEnds) return [];

    const runs: RepeatedRun[] = [];
    for (let last = sentences.length - 1; last >= 0; ) {
      const length = lengths[last];
      if (length === 0) {
        last--;
        continue;
      }
      const from = last - length + 1;
      let wordCount = 0;
      for (let position = from; position <= last; position++) wordCount += sentences[position].wordCount;
      if (wordCount >= minWords) {
        runs.push({from, last, earlierFrom: earlierEnds[last] - length + 1, earlierLast: earlierEnds[last], wordCount});
        last = from - 1;
      } else {
        last--;
      }
    }
    return runs;
  }

  private grow(needed: number): void {
    const size = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  /** Note a sentence's place; `places` is what the index held for it before. */
  private remember(folded: string, global: number, places: number | number[] | undefined): void {
    if (places === undefined) this.places.set(folded, global);
    else if (typeof places === 'number') this.places.set(folded, [places, global]);
    else places.push(global);
  }
}

/**
 * How often each sentence occurs in a document, kept from check to check.
 * Each update compares the document's paragraphs with the last update's:
 * the unchanged paragraphs at both ends are skipped, and only the sentences
 * of those in between are counted out and in again, so an edit costs in
 * proportion to what it changed.
 */
export class SentenceCounts {
  private previous: ReadonlyArray<{readonly sentences: readonly SentenceText[]}> = [];
  private readonly counts = new Map<string, number>();

  /** Count the sentences of these paragraphs (in document order) instead of the last ones. */
  update(paragraphs: ReadonlyArray<{readonly sentences: readonly SentenceText[]}>): void {
    const before = this.previous;
    let head = 0;
    while (head < before.length && head < paragraphs.length && before[head] === paragraphs[head]) head++;
    let tail = 0;
    while (tail < before.length - head && tail < paragraphs.length - head && before[before.length - 1 - tail] === paragraphs[paragraphs.length - 1 - tail]) tail++;
    for (let index = head; index < before.length - tail; index++) this.count(before[index].sentences, -1);
    for (let index = head; index < paragraphs.length - tail; index++) this.count(paragraphs[index].sentences, 1);
    this.previous = paragraphs;
  }

  /** Whether a folded sentence occurs more than once. */
  repeated(folded: string): boolean {
    return (this.counts.get(folded) ?? 0) > 1;
  }

  private count(sentences: readonly SentenceText[], change: 1 | -1): void {
    for (const sentence of sentences) {
      if (sentence.wordCount === 0) continue;
      const count = (this.counts.get(sentence.folded) ?? 0) + change;
      if (count > 0) this.counts.set(sentence.folded, count);
      else this.counts.delete(sentence.folded);
    }
  }
}

keepShape('sentence-index', new SentenceIndex(new SentenceCounts(), 1));
