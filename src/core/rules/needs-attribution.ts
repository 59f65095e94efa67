import type {Paragraph, Root} from 'nlcst';
import type {VFile} from 'vfile';
import {readParagraph, type Claim} from '../attribution/analyse.js';
import type {Block} from '../document/block.js';
import {report, type OffsetFix} from '../report.js';
import {foldText} from '../text/normalize.js';
import type {AttributionSettings} from '../types.js';

/** What the "add attribution" fix inserts; the writer replaces `SOURCE`. */
export const attributionPlaceholder = 'SOURCE';

/**
 * `needs-attribution`: a sentence that, in the writer's own voice and with
 * no source named, asserts a figure, a cause, a judgement, someone's
 * intent, a prediction or wrongdoing, quotes someone without saying who,
 * or cites a source that names no one. See docs/rules/needs-attribution.md.
 */
/**
 * The plugin reports every claim a paragraph holds read alone, and leaves
 * in `file.data.attribution` (one entry per block: the facts of each
 * paragraph, undefined for the rest) what the checker needs to settle the
 * claims that depend on other paragraphs.
 */
export default function needsAttribution(settings: AttributionSettings) {
  return (tree: Root, file: VFile): void => {
    const text = String(file.value);
    // Each paragraph is read alone; what depends on its neighbours (a quotation running on, `he said`) is left
    // to the checker, which settles it across the document (see ParagraphFindings): the facts it needs go in `file.data`.
    const blocks: Array<Block | undefined> = [];
    const readings: Array<ReturnType<typeof readParagraph> | undefined> = [];
    for (const node of tree.children) {
      const block = (node.data as {block?: Block} | undefined)?.block;
      // The white space between blocks is no block of its own.
      if (!block) continue;
      const prose = block.kind === 'paragraph' || block.kind === 'list-item';
      blocks.push(prose ? block : undefined);
      readings.push(prose ? readParagraph(node as Paragraph, settings) : undefined);
    }
    file.data.attribution = readings.map((reading) => reading?.facts);
    const claimsByParagraph = readings.map((reading) => reading?.claims ?? []);
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index];
      if (!block) continue;
      for (const claim of claimsByParagraph[index]) {
        const at = (offset: number) => block.start + offset;
        report(file, {
          rule: 'needs-attribution',
          kind: claim.kind,
          reason: claim.message,
          start: at(claim.start),
          end: at(claim.end),
          fixes: fixesFor(claim, block.start, settings.marker),
          ignoreKey: foldText(text.slice(block.start + claim.sentenceStart, block.start + claim.sentenceEnd))
        });
      }
    }
  };
}

/**
 * The two fixes: add `, according to SOURCE` before the final punctuation
 * (or, after a closing quotation, turn its full stop into a comma and add
 * ` according to SOURCE.`), or mark the sentence with the marker.
 */
export function fixesFor(claim: Claim, base: number, marker: string): OffsetFix[] {
  const at = (offset: number) => base + offset;
  const attribution: OffsetFix['edits'] = [];
  if (claim.afterQuote) {
    if (claim.closingPeriod !== undefined) attribution.push({start: at(claim.closingPeriod), end: at(claim.closingPeriod) + 1, newText: ','});
    attribution.push({start: at(claim.attributionAt), end: at(claim.attributionAt), newText: ` according to ${attributionPlaceholder}.`});
  } else {
    attribution.push({start: at(claim.attributionAt), end: at(claim.attributionAt), newText: `, according to ${attributionPlaceholder}`});
  }
  return [
    {title: 'Add attribution (“, according to …”)', action: 'add-attribution', edits: attribution},
    {title: `Mark as needing a source (“${marker}”)`, action: 'mark-source', edits: [{start: at(claim.markerAt), end: at(claim.markerAt), newText: ' ' + marker}]}
  ];
}
