/** The rows of the table, grown as longer paragraphs come. */
let table = new Int32Array(512);

/**
 * Word-level edit similarity: 1 − (word insertions, deletions and
 * substitutions to turn one text into the other) ÷ (words in the longer).
 * One changed word in a 20-word paragraph scores 0.95; two paragraphs that
 * share only their opening words score low, since every later word differs.
 *
 * Returns 0 as soon as the score must fall below `minimum`, so that the cost
 * is bounded by a band around the diagonal rather than the full product.
 */
export function editSimilarity(a: readonly string[], b: readonly string[], minimum = 0): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const budget = Math.floor((1 - minimum) * longest + 1e-9);
  if (Math.abs(a.length - b.length) > budget) return 0;
  const width = b.length + 1;
  // Two rows in one reused buffer: a long draft compares thousands of pairs, and fresh arrays for each were most of what a re-check allocated.
  if (table.length < 2 * width) table = new Int32Array(4 * width);
  const rows = table;
  let previous = 0;
  let current = width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - budget);
    const high = Math.min(b.length, i + budget);
    // Only the band is computed; the cells either side of it count as out of budget. (Filling the
    // whole row instead made every comparison quadratic in the paragraph's length.)
    rows[current + low - 1] = low === 1 ? i : budget + 1;
    if (high < b.length) rows[current + high + 1] = budget + 1;
    let best = budget + 1;
    for (let j = low; j <= high; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(rows[previous + j - 1] + cost, rows[previous + j] + 1, rows[current + j - 1] + 1);
      rows[current + j] = value;
      if (value < best) best = value;
    }
    if (i > budget && best > budget) return 0;
    [previous, current] = [current, previous];
  }
  const distance = rows[previous + b.length];
  return distance > budget ? 0 : 1 - distance / longest;
}
