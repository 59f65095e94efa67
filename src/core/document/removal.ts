import type {OffsetRange} from '../report.js';

/**
 * What deleting a block removes: its whole lines with their line break, and
 * the blank lines after it when blank lines also precede it (or it opens the
 * document), so the paragraphs around it keep one blank line between them.
 * The last block of a document takes the blank lines before it instead.
 */
export function removalRange(text: string, start: number, end: number): OffsetRange {
  let removeStart = text.lastIndexOf('\n', start - 1) + 1;
  // Keep what precedes the block on its first line when it is not just indentation or markers.
  if (!/^[\s>]*$/.test(text.slice(removeStart, start))) removeStart = start;
  let removeEnd = text.indexOf('\n', end);
  removeEnd = removeEnd === -1 ? text.length : removeEnd + 1;
  if (text.slice(end, removeEnd).trim() !== '') removeEnd = end;

  const blankBefore = removeStart === 0 || /\n[ \t]*\r?\n$/.test(text.slice(Math.max(0, removeStart - 64), removeStart));
  const after = /^(?:[ \t]*\r?\n)+/.exec(text.slice(removeEnd));
  if (blankBefore && after && removeEnd + after[0].length < text.length) {
    removeEnd += after[0].length;
  } else if (blankBefore && removeStart > 0 && onlySpaceFrom(text, removeEnd)) {
    // The last block: take the blank lines before it.
    removeStart = blankLinesStart(text, removeStart);
    removeEnd = text.length;
  }
  return {start: removeStart, end: removeEnd};
}

/**
 * Whether nothing but white space follows `offset`: looked at character by
 * character, stopping at the first other one, since the across-drafts index
 * asks this of every paragraph (trimming the rest of the text each time
 * cost time in the square of the length).
 */
function onlySpaceFrom(text: string, offset: number): boolean {
  for (let index = offset; index < text.length; index++) if (!/\s/.test(text[index])) return false;
  return true;
}

/**
 * Where the blank lines just before `offset` start: right after the line
 * break that ends the text before them, which stays. `offset` itself when no
 * text precedes them or no line break separates that text from `offset`.
 */
export function blankLinesStart(text: string, offset: number): number {
  let previous = offset;
  while (previous > 0 && /\s/.test(text[previous - 1])) previous--;
  const lineEnd = text.indexOf('\n', previous);
  return previous > 0 && lineEnd !== -1 && lineEnd < offset ? lineEnd + 1 : offset;
}
