import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import type {Block} from '../document/block.js';
import {cutMarkup, markupAcross, markupIn, widenOverMarkup} from '../document/markup.js';
import {deletionFixes, repeatDeletion, withDeclined} from '../document/repeat-deletion.js';
import {removalRange} from '../document/removal.js';
import {pointFinder, report, type OffsetRange} from '../report.js';
import {NearCopySearch, type NearCopy} from '../text/near-copy-search.js';
import type {ParagraphText} from '../text/paragraph-text.js';
import {SentenceCounts, SentenceIndex, type RepeatedRun} from '../text/repeated-runs.js';
import type {DuplicateSettings} from '../types.js';

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
  // Kept from check to check: an edit re-runs the near-copy search only where it can change the answer.
  const search = new NearCopySearch(settings.nearThreshold);
  const counts = new SentenceCounts();
  return (tree: Root, file: VFile): void => {
    const toPoint = pointFinder(file);
    const lineOf = (offset: number) => toPoint(offset).line;
    const {blocks, texts} = proseParagraphs(tree);

    // Exact repeats first; every other paragraph long enough is searched for an earlier near copy.
    const firstCopy = new Map<string, Block>();
    const exactOf: Array<Block | undefined> = new Array(blocks.length);
    const searched: ParagraphText[] = [];
    const searchedAt: number[] = [];
    for (let position = 0; position < blocks.length; position++) {
      const text = texts[position];
      if (text.words.length < settings.minWords) continue;
      const exact = firstCopy.get(text.folded);
      if (exact) {
        exactOf[position] = exact;
      } else {
        firstCopy.set(text.folded, blocks[position]);
        searched.push(text);
        searchedAt.push(position);
      }
    }
    const nearOf = nearCopies(search.search(searched), searched, searchedAt, blocks);

    counts.update(texts);
    let sentenceCount = 0;
    for (const text of texts) sentenceCount += text.sentences.length;
    const sentences = new SentenceIndex(counts, sentenceCount);
    for (let position = 0; position < blocks.length; position++) {
      const block = blocks[position];
      const text = texts[position];
      const exact = exactOf[position];
      const near = nearOf[position];
      if (exact) {
        reportParagraph(file, block, exact, 'exact', `This paragraph repeats the paragraph on line ${lineOf(exact.start)}.`, 'Delete this repeated paragraph', text);
      } else if (near) {
        const percent = Math.floor(near.similarity * 100);
        reportParagraph(file, block, near.earlier, 'near', `This paragraph is a near copy (${percent}% the same words) of the paragraph on line ${lineOf(near.earlier.start)}.`, 'Delete this near copy', text);
      }
      const runs = sentences.addParagraph(text.sentences, block.start, !exact && !near, settings.passageMinWords);
      for (const run of runs) reportPassage(file, blocks, block, text, run, sentences, lineOf);
    }
  };
}

/** The near copies the search found, by paragraph position, with the earlier paragraph's block. */
function nearCopies(copies: ReadonlyArray<NearCopy | undefined>, searched: readonly ParagraphText[], searchedAt: readonly number[], blocks: readonly Block[]): Array<{earlier: Block; similarity: number} | undefined> {
  const nearOf: Array<{earlier: Block; similarity: number} | undefined> = new Array(blocks.length);
  const earlier = new Set<ParagraphText>();
  for (const copy of copies) if (copy) earlier.add(copy.earlier);
  if (earlier.size === 0) return nearOf;
  const blockOf = new Map<ParagraphText, Block>();
  for (let index = 0; index < searched.length; index++) if (earlier.has(searched[index])) blockOf.set(searched[index], blocks[searchedAt[index]]);
  copies.forEach((copy, index) => {
    if (copy) nearOf[searchedAt[index]] = {earlier: blockOf.get(copy.earlier) as Block, similarity: copy.similarity};
  });
  return nearOf;
}

/** The paragraphs and list items of the document, with their prose folded for comparison. */
function proseParagraphs(tree: Root): {blocks: Block[]; texts: ParagraphText[]} {
  const blocks: Block[] = [];
  const texts: ParagraphText[] = [];
  for (const node of tree.children) {
    const block = (node.data as {block?: Block} | undefined)?.block;
    const text = block?.prose?.text;
    if (!block || !text || (block.kind !== 'paragraph' && block.kind !== 'list-item')) continue;
    blocks.push(block);
    texts.push(text);
  }
  return {blocks, texts};
}

function reportParagraph(file: VFile, block: Block, earlier: Block, kind: 'exact' | 'near', reason: string, title: string, text: ParagraphText): void {
  const deletion = repeatDeletion(block, removalRange(String(file.value), block.start, block.end), block, markupIn(earlier, earlier));
  report(file, {
    rule: 'duplicate-paragraph',
    kind,
    reason: withDeclined(reason, deletion),
    start: block.start,
    end: block.end,
    related: [{start: earlier.start, end: earlier.end}],
    fixes: deletionFixes(title, deletion),
    ignoreKey: text.folded
  });
}

function reportPassage(file: VFile, blocks: readonly Block[], block: Block, text: ParagraphText, run: RepeatedRun, sentences: SentenceIndex, lineOf: (offset: number) => number): void {
  const {from, last, wordCount} = run;
  const count = last - from + 1;
  const whole = from === 0 && last === text.sentences.length - 1;
  let range: OffsetRange;
  let removal: OffsetRange;
  if (whole) {
    range = {start: block.start, end: block.end};
    removal = removalRange(String(file.value), block.start, block.end);
  } else {
    // Between the neighbouring sentences, the run takes the markup around its words (`_…_`), and the space on one side.
    const previousEnd = from > 0 ? block.start + text.sentences[from - 1].end : block.start;
    const nextStart = last + 1 < text.sentences.length ? block.start + text.sentences[last + 1].start : block.end;
    range = widenOverMarkup(block, {start: block.start + text.sentences[from].start, end: block.start + text.sentences[last].end}, {start: previousEnd, end: nextStart});
    if (last + 1 < text.sentences.length) {
      // Up to the next sentence, so no double space is left, but not into markup that opens before its words.
      let end = nextStart;
      for (const piece of cutMarkup(block, {start: range.end, end})) if (piece.start >= range.end) end = Math.min(end, piece.start);
      removal = {start: range.start, end};
    } else {
      let start = previousEnd;
      for (const piece of cutMarkup(block, {start, end: range.start})) if (piece.end <= range.start) start = Math.max(start, piece.end);
      removal = {start, end: range.end};
    }
  }
  const earlier = {start: sentences.starts[run.earlierFrom], end: sentences.ends[run.earlierLast]};
  const what = whole ? 'This paragraph repeats' : count === 1 ? `This sentence (${wordCount} words) repeats` : `These ${count} sentences (${wordCount} words) repeat`;
  const deletion = repeatDeletion(block, removal, whole ? block : removal, markupAcross(blocks, earlier));
  report(file, {
    rule: 'duplicate-paragraph',
    kind: 'passage',
    reason: withDeclined(`${what} text from line ${lineOf(earlier.start)}.`, deletion),
    ...range,
    related: [earlier],
    fixes: deletionFixes(whole ? 'Delete this repeated paragraph' : 'Delete this repeated passage', deletion),
    ignoreKey: text.sentences
      .slice(from, last + 1)
      .map((sentence) => sentence.folded)
      .join(' ')
  });
}
