import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import type {Block} from '../document/block.js';
import {removalRange} from '../document/removal.js';
import {pointFinder, report, type OffsetRange} from '../report.js';
import {NearCopySearch} from '../text/near-copy-search.js';
import {paragraphText, type ParagraphText} from '../text/paragraph-text.js';
import {SentenceIndex, type RepeatedRun} from '../text/repeated-runs.js';
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
  return (tree: Root, file: VFile): void => {
    const toPoint = pointFinder(file);
    const lineOf = (offset: number) => toPoint(offset).line;
    const paragraphs = proseParagraphs(tree);

    // Exact repeats first; every other paragraph long enough is searched for an earlier near copy.
    const firstCopy = new Map<string, Block>();
    const exactOf: Array<Block | undefined> = [];
    const searched: ParagraphText[] = [];
    const searchedBlocks: Block[] = [];
    for (const [position, {block, text}] of paragraphs.entries()) {
      if (text.words.length < settings.minWords) continue;
      const exact = firstCopy.get(text.folded);
      if (exact) {
        exactOf[position] = exact;
      } else {
        firstCopy.set(text.folded, block);
        searched.push(text);
        searchedBlocks.push(block);
      }
    }
    const nearCopies = new Map<ParagraphText, {earlier: Block; similarity: number}>();
    const blockOf = new Map<ParagraphText, Block>(searched.map((text, position) => [text, searchedBlocks[position]]));
    search.search(searched).forEach((copy, position) => {
      if (copy) nearCopies.set(searched[position], {earlier: blockOf.get(copy.earlier) as Block, similarity: copy.similarity});
    });

    const sentences = new SentenceIndex();
    for (const [position, {block, text}] of paragraphs.entries()) {
      const exact = exactOf[position];
      const near = exact ? undefined : nearCopies.get(text);
      if (exact) {
        reportParagraph(file, block, exact, 'exact', `This paragraph repeats the paragraph on line ${lineOf(exact.start)}.`, 'Delete this repeated paragraph', text);
      } else if (near) {
        const percent = Math.floor(near.similarity * 100);
        reportParagraph(file, block, near.earlier, 'near', `This paragraph is a near copy (${percent}% the same words) of the paragraph on line ${lineOf(near.earlier.start)}.`, 'Delete this near copy', text);
      }
      const runs = sentences.addParagraph(text.sentences, block.start, !exact && !near, settings.passageMinWords);
      for (const run of runs) reportPassage(file, block, text, run, sentences, lineOf);
    }
  };
}

/** The paragraphs and list items of the document, with their prose folded for comparison. */
function proseParagraphs(tree: Root): Array<{block: Block; text: ParagraphText}> {
  const paragraphs: Array<{block: Block; text: ParagraphText}> = [];
  for (const node of tree.children) {
    const block = (node.data as {block?: Block} | undefined)?.block;
    if (!block?.paragraph || (block.kind !== 'paragraph' && block.kind !== 'list-item')) continue;
    paragraphs.push({block, text: paragraphText(block.paragraph)});
  }
  return paragraphs;
}

function reportParagraph(file: VFile, block: Block, earlier: Block, kind: 'exact' | 'near', reason: string, title: string, text: ParagraphText): void {
  report(file, {
    rule: 'duplicate-paragraph',
    kind,
    reason,
    start: block.start,
    end: block.end,
    related: [{start: earlier.start, end: earlier.end}],
    fixes: [{title, action: 'delete-repeat', edits: [{...removalRange(String(file.value), block.start, block.end), newText: ''}]}],
    ignoreKey: text.folded
  });
}

function reportPassage(file: VFile, block: Block, text: ParagraphText, run: RepeatedRun, sentences: SentenceIndex, lineOf: (offset: number) => number): void {
  const {from, last, wordCount} = run;
  const count = last - from + 1;
  const whole = from === 0 && last === text.sentences.length - 1;
  const range = {start: block.start + text.sentences[from].start, end: block.start + text.sentences[last].end};
  let removal: OffsetRange;
  if (whole) {
    removal = removalRange(String(file.value), block.start, block.end);
  } else if (last + 1 < text.sentences.length) {
    // Take the space up to the next sentence so no double space is left.
    removal = {start: range.start, end: block.start + text.sentences[last + 1].start};
  } else {
    removal = {start: block.start + text.sentences[from - 1].end, end: range.end};
  }
  const earlier = {start: sentences.starts[run.earlierFrom], end: sentences.ends[run.earlierLast]};
  const what = whole ? 'This paragraph repeats' : count === 1 ? `This sentence (${wordCount} words) repeats` : `These ${count} sentences (${wordCount} words) repeat`;
  report(file, {
    rule: 'duplicate-paragraph',
    kind: 'passage',
    reason: `${what} text from line ${lineOf(earlier.start)}.`,
    ...range,
    related: [earlier],
    fixes: [{title: whole ? 'Delete this repeated paragraph' : 'Delete this repeated passage', action: 'delete-repeat', edits: [{...removal, newText: ''}]}],
    ignoreKey: text.sentences
      .slice(from, last + 1)
      .map((sentence) => sentence.folded)
      .join(' ')
  });
}
