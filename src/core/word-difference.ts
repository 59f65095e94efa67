import type {Finding} from './types.js';

/**
 * The words that differ between a near copy and its first copy: `Saturday
 * → Sunday`, for the editor's hover and the review report alike.
 */

/** One run of differing words: what the first copy has there, and what the copy has instead (either may be empty). */
export interface WordChange {
  /** The first copy's words, as written there; empty when the copy adds words. */
  first: string;
  /** The copy's words, as written there; empty when the copy drops words. */
  copy: string;
}

/**
 * Most word pairs compared between the parts of the two paragraphs that
 * differ (after their common start and end are set aside). Near copies differ
 * in a few words, so this is rarely reached; past it, the whole differing
 * middle is reported as one change rather than spending time and memory.
 */
export const maxComparedPairs = 1_000_000;

/**
 * The runs of words that differ, in the copy's order: a longest common
 * subsequence of words, compared as the near-copy search reads them (case,
 * curly quotes and punctuation at a word's edges do not count). Linear in
 * the words the two share at start and end, quadratic only in the differing
 * middle, and capped by {@link maxComparedPairs}.
 */
export function wordChanges(first: string, copy: string): WordChange[] {
  const a = words(first);
  const b = words(copy);
  let start = 0;
  while (start < a.length && start < b.length && a[start]?.key === b[start]?.key) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1]?.key === b[endB - 1]?.key) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  if (middleA.length === 0 && middleB.length === 0) return [];
  if (middleA.length * middleB.length > maxComparedPairs) return [change(middleA, middleB)];
  return alignedChanges(middleA, middleB);
}

/** How many changes a description lists before it says "and N more". */
export const listedChanges = 3;

/** Most words of one side of a change a description quotes before it ends it with `…`. */
export const quotedWords = 6;

/**
 * The changes as one short line: `Saturday → Sunday; added “at the
 * library”; and 2 more`. At most {@link listedChanges} changes, each side at
 * most {@link quotedWords} words, so a long paragraph's hover stays short.
 */
export function describeWordChanges(changes: readonly WordChange[]): string {
  if (changes.length === 0) return 'the same words (only punctuation, case or spacing differ)';
  const listed = changes.slice(0, listedChanges).map(describeChange);
  const more = changes.length - listed.length;
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ');
}

function describeChange({first, copy}: WordChange): string {
  if (!copy) return `dropped “${shorten(first)}”`;
  if (!first) return `added “${shorten(copy)}”`;
  return `${shorten(first)} → ${shorten(copy)}`;
}

function shorten(text: string): string {
  const parts = text.split(' ');
  return parts.length > quotedWords ? `${parts.slice(0, quotedWords).join(' ')} …` : text;
}

interface Word {
  /** As written. */
  text: string;
  /** As compared. */
  key: string;
}

/** Folds the curly and straight forms of quotes and apostrophes together. */
const quoteForms = /[‘’‚‛′]/g;
/** Punctuation at the edges of a word, which does not make two words differ. */
const edgePunctuation = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function words(text: string): Word[] {
  return (text.match(/\S+/g) ?? []).map((word) => {
    const key = word.toLowerCase().replace(quoteForms, "'").replace(edgePunctuation, '');
    // A dash or a lone symbol is a word of its own kind, compared as written.
    return {text: word, key: key || word};
  });
}

function change(first: readonly Word[], copy: readonly Word[]): WordChange {
  return {first: first.map((word) => word.text).join(' '), copy: copy.map((word) => word.text).join(' ')};
}

/** The changes between two word lists by a longest common subsequence; each run of unmatched words on either side between two matches is one change. */
function alignedChanges(a: readonly Word[], b: readonly Word[]): WordChange[] {
  const columns = b.length + 1;
  // lengths[i * columns + j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = new Uint32Array((a.length + 1) * columns);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * columns + j] = a[i]?.key === b[j]?.key ? (lengths[(i + 1) * columns + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * columns + j] ?? 0, lengths[i * columns + j + 1] ?? 0);
    }
  }
  const changes: WordChange[] = [];
  let i = 0;
  let j = 0;
  let fromA = 0;
  let fromB = 0;
  const flush = () => {
    if (i > fromA || j > fromB) changes.push(change(a.slice(fromA, i), b.slice(fromB, j)));
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]?.key === b[j]?.key) {
      flush();
      i++;
      j++;
      fromA = i;
      fromB = j;
    } else if (j >= b.length || (i < a.length && (lengths[(i + 1) * columns + j] ?? 0) >= (lengths[i * columns + j + 1] ?? 0))) {
      i++;
    } else {
      j++;
    }
  }
  flush();
  return changes;
}

/** Differences already worked out: an unchanged finding is the same object from check to check. */
const descriptions = new WeakMap<Finding, string>();

/**
 * The words a near copy changed from its first copy, as one short line
 * (`Saturday → Sunday`, see {@link describeWordChanges}), or `undefined`
 * for any other finding. `text` is the text the finding was checked in:
 * both copies are read from it.
 */
export function nearCopyDifference(text: string, finding: Finding): string | undefined {
  const firstCopy = finding.related[0];
  if (finding.rule !== 'duplicate-paragraph' || finding.kind !== 'near' || !firstCopy) return undefined;
  let described = descriptions.get(finding);
  if (described === undefined) {
    described = describeWordChanges(wordChanges(text.slice(firstCopy.offset, firstCopy.endOffset), text.slice(finding.offset, finding.endOffset)));
    descriptions.set(finding, described);
  }
  return described;
}
