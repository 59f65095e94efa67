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
  return foldSimple(text) ?? foldAny(text);
}

function foldAny(text: string): string {
  // Whitespace is collapsed before the dashes are folded: `\s*` before a dash then meets at most one space,
  // where on a long run of whitespace with no dash after it the regex would try every start in the run (quadratic).
  // Collapsing first gives the same text, since a run next to a dash goes into the dash either way.
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(whitespace, ' ')
    .replace(dashes, '-')
    .trim();
}

/** What folding does to a character of the simple repertoire (see {@link foldSimple}). */
const enum Fold {
  Keep,
  Space,
  Dash,
  Hyphen,
  SingleQuote,
  DoubleQuote
}

/**
 * Classes of the characters past ASCII that drafts use most and that NFKC
 * and lower-casing leave alone (so no neighbour can change how they fold).
 * Curly quotes are in almost every paragraph of a news draft.
 */
const wideClasses = new Map<number, Fold>([
  [0x00a0, Fold.Space], // NFKC makes a no-break space a space.
  [0x2018, Fold.SingleQuote],
  [0x2019, Fold.SingleQuote],
  [0x201a, Fold.SingleQuote],
  [0x201b, Fold.SingleQuote],
  [0x2032, Fold.SingleQuote],
  [0x201c, Fold.DoubleQuote],
  [0x201d, Fold.DoubleQuote],
  [0x201e, Fold.DoubleQuote],
  [0x201f, Fold.DoubleQuote],
  [0x00ab, Fold.DoubleQuote],
  [0x00bb, Fold.DoubleQuote],
  [0x2012, Fold.Dash],
  [0x2013, Fold.Dash],
  [0x2014, Fold.Dash],
  [0x2015, Fold.Dash],
  [0x2212, Fold.Dash]
]);

/** A character outside ASCII and `wideClasses`. */
const beyondRepertoire = /[^\0-\x7f\u00a0\u00ab\u00bb\u2012-\u2015\u2018-\u201f\u2032\u2212]/;

function foldClass(code: number): Fold {
  if (code >= 0x80) return wideClasses.get(code) ?? Fold.Keep;
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return Fold.Space;
  if (code === 0x2d) return Fold.Hyphen;
  if (code === 0x60) return Fold.SingleQuote;
  return Fold.Keep;
}

/**
 * {@link foldText} in one pass over the characters, for text made only of
 * ASCII and the characters of `wideClasses` (for which NFKC changes nothing
 * but a no-break space); `undefined` for any other text. The regular
 * expressions of the general folding cost five scans and four strings per
 * call, and every paragraph and sentence of a draft is folded.
 */
function foldSimple(text: string): string | undefined {
  // Checked on the text as given: lower-casing could turn a character outside the repertoire into one inside it.
  if (beyondRepertoire.test(text)) return undefined;
  const lower = text.toLowerCase();
  const length = lower.length;
  let out = '';
  // Start of the characters kept as they are, not yet copied to `out`.
  let kept = 0;
  let index = 0;
  while (index < length) {
    const code = lower.charCodeAt(index);
    // Letters, digits and most punctuation stay as they are: the common case first.
    if ((code > 0x2d && code < 0x80 && code !== 0x60) || (code > 0x20 && code < 0x2d)) {
      index++;
      continue;
    }
    const kind = foldClass(code);
    if (kind === Fold.Keep) {
      index++;
      continue;
    }
    if (kind === Fold.SingleQuote || kind === Fold.DoubleQuote) {
      out += lower.slice(kept, index) + (kind === Fold.SingleQuote ? "'" : '"');
      kept = ++index;
      continue;
    }
    // Whitespace, a dash or a hyphen: what `\s*(dash|--+)\s*` or `\s+` would take from here.
    const spaceEnd = skipSpace(lower, index);
    const dashEnd = dashAt(lower, spaceEnd);
    if (dashEnd >= 0) {
      out += lower.slice(kept, index) + '-';
      kept = index = skipSpace(lower, dashEnd);
    } else if (kind === Fold.Hyphen || (code === 0x20 && spaceEnd === index + 1 && index > 0 && spaceEnd < length)) {
      // A lone hyphen, or one space between words: nothing to change.
      index = spaceEnd + (kind === Fold.Hyphen ? 1 : 0);
    } else {
      const edge = index === 0 || spaceEnd === length;
      out += lower.slice(kept, index) + (edge ? '' : ' ');
      kept = index = spaceEnd;
    }
  }
  return kept === 0 ? lower : out + lower.slice(kept);
}

/**
 * Whether `folded`, the {@link foldText} of `text`, changed it character for
 * character: lower case and straight quotes, but no whitespace collapsed, no
 * space dropped around a dash and no NFKC expansion. Then the fold of any
 * span of `text` that neither starts nor ends with whitespace is the same
 * span of `folded`, which spares folding a paragraph's sentences again.
 */
export function foldsInPlace(text: string, folded: string): boolean {
  return text.length === folded.length && !beyondRepertoire.test(text);
}

/** The end of the whitespace starting at `index` (`index` if there is none). */
function skipSpace(text: string, index: number): number {
  while (index < text.length && foldClass(text.charCodeAt(index)) === Fold.Space) index++;
  return index;
}

/** The end of a dash (one dash character, or two hyphens or more) at `index`, or −1. */
function dashAt(text: string, index: number): number {
  if (index >= text.length) return -1;
  const kind = foldClass(text.charCodeAt(index));
  if (kind === Fold.Dash) return index + 1;
  if (kind !== Fold.Hyphen || text.charCodeAt(index + 1) !== 0x2d) return -1;
  let end = index + 2;
  while (text.charCodeAt(end) === 0x2d) end++;
  return end;
}

/** A character around a heading's text that does not make it a different heading, tried at one place (sticky). */
const headingTrimChar = /[\s\p{P}\p{S}]/uy;

/**
 * Fold a heading's text: as {@link foldText}, then drop surrounding
 * punctuation, a trailing colon and leftover emphasis markers.
 */
export function foldHeading(text: string): string {
  return trimHeadingMarks(foldText(text.replace(/[*_`~]+/g, ' ')));
}

/**
 * Drop whitespace, punctuation and symbols from both ends. Done character
 * by character: a regex `[…]+$` tries every start in a long run of
 * punctuation that does not reach the end, which is quadratic.
 */
function trimHeadingMarks(text: string): string {
  let start = 0;
  while (start < text.length && trimsAt(text, start)) start += codePointLength(text, start);
  let end = text.length;
  while (end > start) {
    // A surrogate pair is one character to the regex.
    const width = end - 2 >= start && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
    if (!trimsAt(text, end - width)) break;
    end -= width;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function trimsAt(text: string, index: number): boolean {
  headingTrimChar.lastIndex = index;
  return headingTrimChar.test(text);
}

function codePointLength(text: string, index: number): number {
  return isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const wordPattern = /[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*/gu;

/** Words of folded text (letters, digits and inner apostrophes or hyphens). */
export function words(folded: string): string[] {
  if (!isAscii(folded)) return folded.match(wordPattern) ?? [];
  const list: string[] = [];
  for (let index = 0; index < folded.length; index++) {
    if (!isAlphanumeric(folded.charCodeAt(index))) continue;
    const end = wordEnd(folded, index);
    list.push(folded.slice(index, end));
    index = end;
  }
  return list;
}

/** How many {@link words} folded text has, without making them. */
export function wordCount(folded: string): number {
  if (!isAscii(folded)) return folded.match(wordPattern)?.length ?? 0;
  let count = 0;
  for (let index = 0; index < folded.length; index++) {
    if (!isAlphanumeric(folded.charCodeAt(index))) continue;
    count++;
    index = wordEnd(folded, index);
  }
  return count;
}

// Folded prose is nearly always ASCII, where letters and digits need no Unicode tables.
const nonAscii = /[^\0-\x7f]/;

function isAscii(text: string): boolean {
  return !nonAscii.test(text);
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}

/** The end of the ASCII word starting at `index`: letters and digits, joined by single `'`, `-` or `.`. */
function wordEnd(text: string, index: number): number {
  let end = index + 1;
  for (;;) {
    while (isAlphanumeric(text.charCodeAt(end))) end++;
    const next = text.charCodeAt(end);
    if ((next === 0x27 || next === 0x2d || next === 0x2e) && isAlphanumeric(text.charCodeAt(end + 1))) end += 2;
    else return end;
  }
}

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

/** A fast 32-bit FNV-1a hash of a string, for shingles and buckets. */
export function hash32(text: string): number {
  return hashOn(fnvOffset, text) >>> 0;
}

/** {@link hash32} of `first + ' ' + second`, without joining them. */
export function hashPair(first: string, second: string): number {
  return hashOn(Math.imul(hashOn(fnvOffset, first) ^ 0x20, fnvPrime), second) >>> 0;
}

function hashOn(state: number, text: string): number {
  let hash = state;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, fnvPrime);
  }
  return hash;
}
