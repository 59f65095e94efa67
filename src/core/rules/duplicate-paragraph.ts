import type {Paragraph, Root} from 'nlcst';
import type {VFile} from 'vfile';
import type {Block} from '../document/block.js';
import {pointFinder, report, type OffsetFix, type OffsetRange} from '../report.js';
import {paragraphText, type ParagraphText} from '../text/paragraph-text.js';
import {editSimilarity} from '../text/similarity.js';
import type {DuplicateSettings} from '../types.js';

/**
 * A shingle shared by more paragraphs than this is too common to point at a
 * near copy ("of the", "in the"), so it is left out of the candidate search:
 * that keeps the search near-linear in the document's size.
 */
const rareShingleLimit = 32;
/** Earlier places of one sentence looked at when extending a repeated passage. */
const sentenceOccurrenceLimit = 16;

interface Prose {
  block: Block;
  text: ParagraphText;
}

interface GlobalSentence {
  prose: number;
  start: number;
  end: number;
}

/**
 * `duplicate-paragraph`: a paragraph that repeats an earlier one exactly
 * (after folding case, wrapping, quotes and dashes), a near copy of an
 * earlier paragraph (word-level edit similarity at or above
 * `nearThreshold`, with as many sentences: a sentence added or dropped is
 * not a small edit), or a run of whole sentences of `passageMinWords` words
 * or more that repeats earlier text inside another paragraph. Only the later
 * copy is reported; the earlier one is the related place.
 */
export default function duplicateParagraph(settings: DuplicateSettings) {
  return (tree: Root, file: VFile): void => {
    const prose: Prose[] = [];
    for (const node of tree.children) {
      const block = (node.data as {block?: Block} | undefined)?.block;
      if (block && (block.kind === 'paragraph' || block.kind === 'list-item')) {
        prose.push({block, text: paragraphText(node as Paragraph)});
      }
    }
    const toPoint = pointFinder(file);
    const lineOf = (offset: number) => toPoint(offset).line;

    const firstCopy = new Map<string, number>();
    const postings = new Map<number, number[]>();
    const sentences: GlobalSentence[] = [];
    const occurrences = new Map<string, number[]>();

    prose.forEach((item, index) => {
      const {block, text} = item;
      let reported = false;
      if (text.words.length >= settings.minWords) {
        const exact = firstCopy.get(text.folded);
        if (exact === undefined) {
          firstCopy.set(text.folded, index);
          const near = nearestCopy(prose, postings, index, settings);
          if (near) {
            const earlier = prose[near.index].block;
            const percent = Math.floor(near.similarity * 100);
            reportParagraph(file, block, earlier, 'near', `This paragraph is a near copy (${percent}% the same words) of the paragraph on line ${lineOf(earlier.start)}.`, 'Delete this near copy', text.folded);
            reported = true;
          }
          indexShingles(postings, text.shingles, index);
        } else {
          const earlier = prose[exact].block;
          reportParagraph(file, block, earlier, 'exact', `This paragraph repeats the paragraph on line ${lineOf(earlier.start)}.`, 'Delete this repeated paragraph', text.folded);
          reported = true;
        }
      }
      findPassages(file, item, index, reported, sentences, occurrences, settings, lineOf);
    });
  };
}

function reportParagraph(file: VFile, block: Block, earlier: Block, kind: 'exact' | 'near', reason: string, title: string, folded: string): void {
  report(file, {
    rule: 'duplicate-paragraph',
    kind,
    reason,
    start: block.start,
    end: block.end,
    related: [{start: earlier.start, end: earlier.end}],
    fixes: [{title, action: 'delete-repeat', edits: [{start: block.removeStart, end: block.removeEnd, newText: ''}]}],
    ignoreKey: folded
  });
}

function indexShingles(postings: Map<number, number[]>, shingles: number[], index: number): void {
  for (const shingle of new Set(shingles)) {
    const list = postings.get(shingle);
    if (!list) postings.set(shingle, [index]);
    else if (list.length <= rareShingleLimit) list.push(index);
  }
}

/** The most similar earlier paragraph at or above the threshold, found through shared rare shingles. */
function nearestCopy(prose: Prose[], postings: Map<number, number[]>, index: number, settings: DuplicateSettings): {index: number; similarity: number} | undefined {
  const {words, shingles} = prose[index].text;
  const unique = new Set(shingles);
  const shared = new Map<number, number>();
  for (const shingle of unique) {
    const list = postings.get(shingle);
    if (!list || list.length > rareShingleLimit) continue;
    for (const other of list) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  // Each edited word breaks at most two shingles, so a near copy shares most of them.
  const needed = Math.max(1, Math.floor(unique.size * 0.3));
  let best: {index: number; similarity: number} | undefined;
  for (const [other, count] of shared) {
    if (count < needed) continue;
    // A sentence added or dropped is no small edit: the repeated run is then reported as a passage.
    if (prose[other].text.sentences.length !== prose[index].text.sentences.length) continue;
    const similarity = editSimilarity(words, prose[other].text.words, settings.nearThreshold);
    if (similarity >= settings.nearThreshold && similarity < 1 && (!best || similarity > best.similarity || (similarity === best.similarity && other < best.index))) {
      best = {index: other, similarity};
    }
  }
  return best;
}

/**
 * Register the block's sentences in document order and, unless the whole
 * block was already reported, report each longest run of its sentences that
 * repeats a run of earlier sentences and holds `passageMinWords` words.
 */
function findPassages(
  file: VFile,
  item: Prose,
  index: number,
  skip: boolean,
  sentences: GlobalSentence[],
  occurrences: Map<string, number[]>,
  settings: DuplicateSettings,
  lineOf: (offset: number) => number
): void {
  const {block, text} = item;
  const runs: Array<{length: number; earlier: number}> = [];
  let previous = new Map<number, number>();
  for (const sentence of text.sentences) {
    const global = sentences.length;
    const runStartLimit = (length: number) => global - length + 1;
    const current = new Map<number, number>();
    let best = {length: 0, earlier: -1};
    const earlierPlaces = sentence.wordCount > 0 ? occurrences.get(sentence.folded) : undefined;
    if (!skip && earlierPlaces) {
      for (const earlier of earlierPlaces.slice(0, sentenceOccurrenceLimit)) {
        let length = (previous.get(earlier - 1) ?? 0) + 1;
        // The earlier copy must end before the later one begins.
        while (length > 1 && earlier >= runStartLimit(length)) length--;
        if (earlier >= runStartLimit(length)) continue;
        current.set(earlier, length);
        if (length > best.length) best = {length, earlier};
      }
    }
    runs.push(best);
    previous = current;
    sentences.push({prose: index, start: block.start + sentence.start, end: block.start + sentence.end});
    if (sentence.wordCount > 0) {
      const list = occurrences.get(sentence.folded);
      if (list) list.push(global);
      else occurrences.set(sentence.folded, [global]);
    }
  }
  if (skip) return;

  const first = sentences.length - text.sentences.length;
  for (let last = runs.length - 1; last >= 0; ) {
    const {length, earlier} = runs[last];
    if (length === 0) {
      last--;
      continue;
    }
    const from = last - length + 1;
    const wordCount = text.sentences.slice(from, last + 1).reduce((sum, sentence) => sum + sentence.wordCount, 0);
    if (wordCount >= settings.passageMinWords) {
      const range = {start: sentences[first + from].start, end: sentences[first + last].end};
      const earlierRange = {start: sentences[earlier - length + 1].start, end: sentences[earlier].end};
      reportPassage(file, item, from, last, range, earlierRange, wordCount, lineOf);
      last = from - 1;
    } else {
      last--;
    }
  }
}

function reportPassage(
  file: VFile,
  item: Prose,
  from: number,
  last: number,
  range: OffsetRange,
  earlier: OffsetRange,
  wordCount: number,
  lineOf: (offset: number) => number
): void {
  const {block, text} = item;
  const count = last - from + 1;
  const whole = from === 0 && last === text.sentences.length - 1;
  let removal: OffsetRange;
  if (whole) {
    removal = {start: block.removeStart, end: block.removeEnd};
  } else if (last + 1 < text.sentences.length) {
    // Take the space up to the next sentence so no double space is left.
    removal = {start: range.start, end: block.start + text.sentences[last + 1].start};
  } else {
    removal = {start: block.start + text.sentences[from - 1].end, end: range.end};
  }
  const what = whole ? 'This paragraph' : count === 1 ? `This sentence (${wordCount} words)` : `These ${count} sentences (${wordCount} words)`;
  const fix: OffsetFix = {title: whole ? 'Delete this repeated paragraph' : 'Delete this repeated passage', action: 'delete-repeat', edits: [{...removal, newText: ''}]};
  const folded = text.sentences
    .slice(from, last + 1)
    .map((sentence) => sentence.folded)
    .join(' ');
  report(file, {
    rule: 'duplicate-paragraph',
    kind: 'passage',
    reason: `${what} ${count === 1 || whole ? 'repeats' : 'repeat'} text from line ${lineOf(earlier.start)}.`,
    start: range.start,
    end: range.end,
    related: [earlier],
    fixes: [fix],
    ignoreKey: folded
  });
}
