/**
 * Folding of text before comparison, so that two copies of a paragraph count
 * as the same whatever their case, wrapping, quote style or dash style.
 */

const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
// Em dash, en dash, figure dash, horizontal bar, minus sign, and `--`.
const dashes = /\s*(?:[\u2012\u2013\u2014\u2015\u2212]|--+)\s*/g;
const whitespace = /\s+/g;

/**
 * Fold a span of prose for comparison: Unicode NFKC, lower case, straight
 * quotes and apostrophes, one kind of dash with no space around it, and
 * whitespace (line breaks included) collapsed to one space.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(dashes, '-')
    .replace(whitespace, ' ')
    .trim();
}

/** Characters around a heading's text that do not make it a different heading. */
const headingTrim = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * Fold a heading's text: as {@link foldText}, then drop surrounding
 * punctuation, a trailing colon and leftover emphasis markers.
 */
export function foldHeading(text: string): string {
  return foldText(text.replace(/[*_`~]+/g, ' ')).replace(headingTrim, '');
}

/** Words of folded text (letters, digits and inner apostrophes or hyphens). */
export function words(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A fast 32-bit FNV-1a hash of a string, for shingles and buckets. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
