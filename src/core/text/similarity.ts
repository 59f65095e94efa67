import {work} from '../work.js';
import {hash32} from './normalize.js';

/** The rows of the table, grown as longer paragraphs come. */
let table = new Int32Array(512);

/**
 * Word-level edit similarity: 1 − (word insertions, deletions and
 * substitutions to turn one text into the other) ÷ (words in the longer).
 * One changed word in a 20-word paragraph scores 0.95; two paragraphs that
 * share only their opening words score low, since every later word differs.
 *
 * Returns 0 as soon as the score must fall below `minimum`, or the edits
 * pass {@link maxEdits}, so that the cost is bounded by a band around the
 * diagonal of fixed width rather than the full product.
 */
export function editSimilarity(a: readonly string[], b: readonly string[], minimum = 0): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const budget = Math.min(editBudget(longest, minimum), maxEdits);
  if (Math.abs(a.length - b.length) > budget) return 0;
  const width = b.length + 1;
  // Two rows in one reused buffer: a long draft compares thousands of pairs, and fresh arrays for each were most of what a re-check allocated.
  if (table.length < 2 * width) table = new Int32Array(4 * width);
  const rows = table;
  let previous = 0;
  let current = width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  let cells = 0;
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - budget);
    const high = Math.min(b.length, i + budget);
    // Only the band is computed; the cells either side of it count as out of budget. (Filling the
    // whole row instead made every comparison quadratic in the paragraph's length.)
    rows[current + low - 1] = low === 1 ? i : budget + 1;
    if (high < b.length) rows[current + high + 1] = budget + 1;
    let best = budget + 1;
    cells += high - low + 1;
    for (let j = low; j <= high; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(rows[previous + j - 1] + cost, rows[previous + j] + 1, rows[current + j - 1] + 1);
      rows[current + j] = value;
      if (value < best) best = value;
    }
    if (i > budget && best > budget) {
      work.comparedCells += cells;
      return 0;
    }
    [previous, current] = [current, previous];
  }
  work.comparedCells += cells;
  const distance = rows[previous + b.length];
  return distance > budget ? 0 : 1 - distance / longest;
}

/**
 * The most word edits a comparison looks for, whatever the paragraphs'
 * length: the band it computes is twice this wide, so comparing two
 * paragraphs costs time in proportion to their length. Up to 2,000 words
 * the threshold's own budget is smaller (a fifth of the words at 0.8);
 * paragraphs longer than that count as near copies only while they differ
 * by no more than this many edits.
 */
export const maxEdits = 400;

/** The most edits a score of `minimum` allows between texts whose longer has `longest` words. */
function editBudget(longest: number, minimum: number): number {
  return Math.floor((1 - minimum) * longest + 1e-9);
}

/**
 * A text's words as sorted 32-bit hashes, for {@link mayReach}. Two words
 * may share a hash; that only makes the bound looser, never wrong.
 */
export function wordBag(words: readonly string[]): Int32Array {
  const bag = new Int32Array(words.length);
  for (let index = 0; index < words.length; index++) bag[index] = hash32(words[index]);
  return bag.sort();
}

/**
 * Whether {@link editSimilarity} of two texts, given their {@link wordBag}s,
 * can reach `minimum` (false only when it returns 0). An edit script keeps
 * at most as many words as the texts share, counted with repeats, and
 * spends an edit on every other word of the longer text; almost every pair
 * of paragraphs that share MinHash band keys but are no near copies fails
 * here, at a fraction of the cost of the table.
 */
export function mayReach(a: Int32Array, b: Int32Array, minimum: number): boolean {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return true;
  const budget = Math.min(editBudget(longest, minimum), maxEdits);
  // Walk both sorted bags, counting each one's words the other lacks; one count over budget settles it.
  let unsharedA = 0;
  let unsharedB = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (a[i] < b[j]) {
      i++;
      if (++unsharedA > budget) return false;
    } else {
      j++;
      if (++unsharedB > budget) return false;
    }
  }
  return unsharedA + a.length - i <= budget && unsharedB + b.length - j <= budget;
}
