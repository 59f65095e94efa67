/**
 * What a check hands to the steps whose cost could grow faster than the
 * text: the Markdown parser and the sentence parser (both dependencies,
 * each superlinear on some input, so each is given bounded pieces), and the
 * word-by-word comparison of near-copy candidates. Tests read it to show
 * that a document's work stays linear in its length; the checker only
 * writes it.
 */
export interface WorkMeter {
  /** The longest text given to the Markdown parser at once. */
  longestMarkdownParse: number;
  /** The most characters or tokens given to the sentence parser at once. */
  longestProseParse: number;
  /** Cells of the near-copy comparison table computed. */
  comparedCells: number;
}

/** The meter every check writes to. */
export const work: WorkMeter = {longestMarkdownParse: 0, longestProseParse: 0, comparedCells: 0};

/** Set the meter back to zero. */
export function resetWork(): void {
  work.longestMarkdownParse = 0;
  work.longestProseParse = 0;
  work.comparedCells = 0;
}
