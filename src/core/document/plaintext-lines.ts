/**
 * How plain text reads line by line: the lines that are blocks by
 * themselves whatever surrounds them, and where a run of lines can be cut
 * without changing how it is laid out (see plaintextBlocks).
 */

/**
 * Past this many characters a line is not hard-wrapped prose: a draft whose
 * lines run this long is written one paragraph a line (editors that wrap
 * soft), while hard-wrapped text breaks near 72–80 columns.
 */
export const wrapWidth = 100;

const boldLine = /^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$/;
const listLine = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S/;
const letterOrDigit = /[\p{L}\p{N}]/u;

/** What a line is by itself: a bold heading, a separator, a list item, or prose (whose layout depends on its neighbours). */
export type LineKind = 'bold' | 'separator' | 'list-item' | 'prose';

/** The kind of a (non-blank) line of plain text. */
export function lineKind(line: string): LineKind {
  if (boldLine.test(line)) return 'bold';
  if (!letterOrDigit.test(line)) return 'separator';
  if (listLine.test(line)) return 'list-item';
  return 'prose';
}

/**
 * Whether a run of non-blank lines can be cut before line `index` and each
 * part laid out alone with the same result. Yes where either line is a block
 * by itself. Between two prose lines, yes only where both are longer than
 * {@link wrapWidth} and so is the prose line before them, if any: the run
 * is then written one paragraph a line, and so is each part, as each has a
 * long line that is not its last, or is a single line.
 */
export function canCut(lines: readonly string[], kinds: readonly LineKind[], index: number): boolean {
  if (kinds[index - 1] !== 'prose' || kinds[index] !== 'prose') return true;
  const long = (at: number) => lines[at].length > wrapWidth;
  return long(index - 1) && long(index) && (index < 2 || kinds[index - 2] !== 'prose' || long(index - 2));
}
