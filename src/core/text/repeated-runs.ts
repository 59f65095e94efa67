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
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Folded sentence → its first place, or every place once it occurs again. */
  private readonly places = new Map<string, number | number[]>();

  /**
   * Add a paragraph's sentences (offsets relative to `base`) and, unless
   * `search` is false, return the longest runs among them that repeat
   * earlier sentences and hold at least `minWords` words, last run first.
   */
  addParagraph(sentences: readonly SentenceText[], base: number, search: boolean, minWords: number): RepeatedRun[] {
    const first = this.starts.length;
    // For each sentence, the longest run ending there and where its earlier copy ends (allocated on the first match).
    let lengths: number[] | undefined;
    let earlierEnds: number[] | undefined;
    // The runs ending at the previous sentence: where each earlier copy ends, and its length.
    let previousEnds: number[] = none;
    let previousLengths: number[] = none;
    for (let position = 0; position < sentences.length; position++) {
      const sentence = sentences[position];
      const global = first + position;
      const places = sentence.wordCount > 0 ? this.places.get(sentence.folded) : undefined;
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
      this.starts.push(base + sentence.start);
      this.ends.push(base + sentence.end);
      if (sentence.wordCount > 0) this.remember(sentence.folded, global, places);
    }
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

  /** Note a sentence's place; `places` is what the index held for it before. */
  private remember(folded: string, global: number, places: number | number[] | undefined): void {
    if (places === undefined) this.places.set(folded, global);
    else if (typeof places === 'number') this.places.set(folded, [places, global]);
    else places.push(global);
  }
}
