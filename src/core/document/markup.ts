import type {OffsetRange} from '../report.js';
import type {Block} from './block.js';

/**
 * A piece of inline Markdown markup in a block: a construct with
 * delimiters around words (emphasis, a link), or one the reader does not
 * read as words at all (HTML, a comment, code, an image). Offsets are
 * relative to the block while kept in its prose, and document offsets once
 * looked up with {@link markupIn}.
 *
 * Inline constructs nest and never overlap otherwise, and a block's pieces
 * are listed by where they start, each after the piece enclosing it: so the
 * pieces around a place are found by a binary search and a walk up through
 * `parent`.
 */
export interface Markup {
  kind: 'emphasis' | 'link' | 'html' | 'code' | 'image';
  start: number;
  end: number;
  /**
   * The words inside the delimiters (`innerStart` to `innerEnd`), which a
   * range may cover without cutting the construct; empty for constructs
   * that must be kept or taken whole (HTML, code, images).
   */
  innerStart: number;
  innerEnd: number;
  /** What a reader would miss if it were deleted: the HTML as written, a link's or image's destination. */
  value: string | undefined;
  /** Index of the enclosing piece in the block's list, or −1. */
  parent: number;
}

/** The markup of the block around `range` that overlaps it, in document offsets. */
export function markupIn(block: Block, range: OffsetRange): Markup[] {
  const list = block.prose?.markup;
  if (!list) return [];
  const start = range.start - block.start;
  const end = range.end - block.start;
  const found: Markup[] = [];
  // Those that start before the range and reach into it enclose its start.
  for (let index = lastStartingBefore(list, start); index !== -1; index = list[index].parent) {
    if (list[index].end > start) found.push(list[index]);
  }
  found.reverse();
  for (let index = lastStartingBefore(list, start) + 1; index < list.length && list[index].start < end; index++) found.push(list[index]);
  return found.map((piece) => placed(piece, block.start));
}

/**
 * The markup of the block that strictly encloses `offset` (a document
 * offset): starts before it and ends after it.
 */
export function markupAround(block: Block, offset: number): Markup[] {
  const list = block.prose?.markup;
  if (!list) return [];
  const at = offset - block.start;
  const found: Markup[] = [];
  for (let index = lastStartingBefore(list, at); index !== -1; index = list[index].parent) {
    if (list[index].end > at) found.push(placed(list[index], block.start));
  }
  return found;
}

/** The index of the last piece that starts before `offset`, or −1 (pieces are sorted by start). */
function lastStartingBefore(list: readonly Markup[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function placed(piece: Markup, base: number): Markup {
  return {kind: piece.kind, start: base + piece.start, end: base + piece.end, innerStart: base + piece.innerStart, innerEnd: base + piece.innerEnd, value: piece.value, parent: piece.parent};
}

/**
 * Whether deleting `range` would cut `piece`: take one of its delimiters
 * and not the other, or part of something that goes whole. A range that
 * misses the piece, covers it, or lies within its words does not.
 */
export function cuts(range: OffsetRange, piece: Markup): boolean {
  if (range.end <= piece.start || range.start >= piece.end) return false;
  if (range.start <= piece.start && range.end >= piece.end) return false;
  return !(piece.innerStart < piece.innerEnd && range.start >= piece.innerStart && range.end <= piece.innerEnd);
}

/** The markup a deletion of `range` in `block` would cut. */
export function cutMarkup(block: Block, range: OffsetRange): Markup[] {
  return markupAtEnds(block, range).filter((piece) => cuts(range, piece));
}

/** The markup enclosing either end of `range`: all that a deletion of it could cut. */
function markupAtEnds(block: Block, range: OffsetRange): Markup[] {
  return [...markupAround(block, range.start), ...markupAround(block, range.end)];
}

/**
 * Widen `range` over the markup it cuts at either end, or whose words it
 * takes all of, as long as that markup lies within `limit` (the text
 * between the neighbouring sentences): a passage written `_Next week…_`
 * takes both underscores. The
 * result may still cut markup that reaches past `limit` (emphasis across
 * sentences); see {@link cutMarkup}.
 */
export function widenOverMarkup(block: Block, range: OffsetRange, limit: OffsetRange): OffsetRange {
  let {start, end} = range;
  for (;;) {
    // A piece cut, or one whose words the range takes all of (deleting them would leave `__` behind).
    const widen = markupAtEnds(block, {start, end}).filter((piece) => piece.start >= limit.start && piece.end <= limit.end && (cuts({start, end}, piece) || (start <= piece.innerStart && end >= piece.innerEnd)));
    if (widen.length === 0) return {start, end};
    for (const piece of widen) {
      start = Math.min(start, piece.start);
      end = Math.max(end, piece.end);
    }
  }
}

/** The markup of the blocks that overlap `range`, in document offsets; `blocks` are in document order. */
export function markupAcross(blocks: readonly Block[], range: OffsetRange): Markup[] {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].end <= range.start) low = middle + 1;
    else high = middle;
  }
  const found: Markup[] = [];
  for (let index = low; index < blocks.length && blocks[index].start < range.end; index++) for (const piece of markupIn(blocks[index], range)) found.push(piece);
  return found;
}
