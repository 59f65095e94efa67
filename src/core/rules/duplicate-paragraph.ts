import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import type {Block} from '../document/block.js';
import {pointFinder, report, type OffsetRange} from '../report.js';
import {NearCopyIndex} from '../text/near-copy-index.js';
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
  return (tree: Root, file: VFile): void => {
    const toPoint = pointFinder(file);
    const lineOf = (offset: number) => toPoint(offset).line;
    const firstCopy = new Map<string, Block>();
    const near = new NearCopyIndex(settings.nearThreshold);
    const nearBlocks: Block[] = [];
    const sentences = new SentenceIndex();

    for (const node of tree.children) {
      const block = (node.data as {block?: Block} | undefined)?.block;
      if (!block?.paragraph || (block.kind !== 'paragraph' && block.kind !== 'list-item')) continue;
      const text = paragraphText(block.paragraph);
      let reported = false;
      if (text.words.length >= settings.minWords) {
        const exact = firstCopy.get(text.folded);
        if (exact) {
          reportParagraph(file, block, exact, 'exact', `This paragraph repeats the paragraph on line ${lineOf(exact.start)}.`, 'Delete this repeated paragraph', text);
          reported = true;
        } else {
          firstCopy.set(text.folded, block);
          const copy = near.nearest(text);
          if (copy) {
            const earlier = nearBlocks[copy.id];
            const percent = Math.floor(copy.similarity * 100);
            reportParagraph(file, block, earlier, 'near', `This paragraph is a near copy (${percent}% the same words) of the paragraph on line ${lineOf(earlier.start)}.`, 'Delete this near copy', text);
            reported = true;
          }
          nearBlocks[near.add(text)] = block;
        }
      }
      const runs = sentences.addParagraph(text.sentences, block.start, !reported, settings.passageMinWords);
      for (const run of runs) reportPassage(file, block, text, run, sentences, lineOf);
    }
  };
}

function reportParagraph(file: VFile, block: Block, earlier: Block, kind: 'exact' | 'near', reason: string, title: string, text: ParagraphText): void {
  report(file, {
    rule: 'duplicate-paragraph',
    kind,
    reason,
    start: block.start,
    end: block.end,
    related: [{start: earlier.start, end: earlier.end}],
    fixes: [{title, action: 'delete-repeat', edits: [{start: block.removeStart, end: block.removeEnd, newText: ''}]}],
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
    removal = {start: block.removeStart, end: block.removeEnd};
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
