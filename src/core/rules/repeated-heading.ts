import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import type {Block} from '../document/block.js';
import {markupIn} from '../document/markup.js';
import {deletionFixes, repeatDeletion, withDeclined} from '../document/repeat-deletion.js';
import {removalRange} from '../document/removal.js';
import {pointFinder, report} from '../report.js';

/**
 * `repeated-heading`: a heading whose text matches an earlier heading's,
 * whatever its level or form (`#`, setext, a bold line, a plain-text title
 * line), after folding case, whitespace, markup, surrounding punctuation and
 * a trailing colon. The first heading is the related place; the fix deletes
 * the repeated heading's line.
 */
export default function repeatedHeading() {
  return (tree: Root, file: VFile): void => {
    const toPoint = pointFinder(file);
    const first = new Map<string, Block>();
    for (const node of tree.children) {
      const block = (node.data as {block?: Block} | undefined)?.block;
      // Folded (foldHeading) when the heading was read: see proseReader.
      const folded = block?.kind === 'heading' ? block.prose?.heading : undefined;
      if (!block || !folded) continue;
      const earlier = first.get(folded);
      if (!earlier) {
        first.set(folded, block);
        continue;
      }
      const deletion = repeatDeletion(block, removalRange(String(file.value), block.start, block.end), block, markupIn(earlier, earlier));
      report(file, {
        rule: 'repeated-heading',
        kind: 'exact',
        reason: withDeclined(`This heading repeats the heading on line ${toPoint(earlier.start).line}.`, deletion),
        start: block.start,
        end: block.end,
        related: [{start: earlier.start, end: earlier.end}],
        fixes: deletionFixes('Delete this repeated heading', deletion),
        ignoreKey: folded
      });
    }
  };
}
