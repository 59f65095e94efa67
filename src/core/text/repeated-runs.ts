import type {SentenceText} from './paragraph-text.js';

/** Earlier places of one sentence looked at when extending a repeated run. */
const occurrenceLimit = 16;

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
    // For each sentence, the longest run ending there and where its earlier copy ends.
    const lengths = search ? new Array<number>(sentences.length).fill(0) : undefined;
    const earlierEnds = search ? new Array<number>(sentences.length).fill(-1) : undefined;
    let previous: Map<number, number> | undefined;
    sentences.forEach((sentence, position) => {
      const global = first + position;
      let current: Map<number, number> | undefined;
      const places = lengths && earlierEnds && sentence.wordCount > 0 ? this.places.get(sentence.folded) : undefined;
      if (places !== undefined && lengths && earlierEnds) {
        current = new Map();
        for (const earlier of typeof places === 'number' ? [places] : places.slice(0, occurrenceLimit)) {
          let length = (previous?.get(earlier - 1) ?? 0) + 1;
          // The earlier copy must end before the later one begins.
          while (length > 1 && earlier > global - length) length--;
          if (earlier > global - length) continue;
          current.set(earlier, length);
          if (length > lengths[position]) {
            lengths[position] = length;
            earlierEnds[position] = earlier;
          }
        }
      }
      previous = current;
      this.starts.push(base + sentence.start);
      this.ends.push(base + sentence.end);
      if (sentence.wordCount > 0) this.remember(sentence.folded, global);
    });
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

  private remember(folded: string, global: number): void {
    const places = this.places.get(folded);
    if (places === undefined) this.places.set(folded, global);
    else if (typeof places === 'number') this.places.set(folded, [places, global]);
    else places.push(global);
  }
}
