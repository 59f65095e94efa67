import type {SourceKind} from '../sources.js';
import type {ClaimState, DraftReview, ReviewQuote, ReviewRepeat} from './review.js';

/** The report's title, in both formats. */
export const reviewTitle = 'Copydesk review';

/** How the report names a source's kind. */
export const kindLabels: Readonly<Record<SourceKind, string>> = {person: 'person', organisation: 'organisation', document: 'document', vague: 'vague', none: 'no speaker'};

/** How the report names a repeat's kind. */
export const repeatLabels: Readonly<Record<ReviewRepeat['kind'], string>> = {exact: 'exact repeat', near: 'near copy', passage: 'repeated passage', heading: 'repeated heading'};

/** The claim states in the order the counts give them. */
export const claimStates: readonly ClaimState[] = ['open', 'marked', 'ignored'];

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The counts as one line: `2 repeats · 3 claims to source (1 open, 1 marked, 1 ignored) · 2 named sources, 1 vague, 1 quotation with no speaker`. */
export function countsLine(review: DraftReview): string {
  const {counts} = review;
  const claims = claimStates.reduce((sum, state) => sum + counts.claims[state], 0);
  const states = claimStates.map((state) => `${counts.claims[state]} ${state}`).join(', ');
  const sources = `${plural(counts.namedSources, 'named source')}, ${counts.vagueSources} vague, ${plural(counts.unattributedQuotes, 'quotation')} with no speaker`;
  return `${plural(counts.repeats, 'repeat')} · ${plural(claims, 'claim')} to source (${states}) · ${sources}`;
}

/** A source's quotation or statement as the table lists it: `line 3: “It is fair”`, `line 5, reported: the fund is too small`. */
export function quoteLabel(quote: ReviewQuote): {where: string; words: string; quoted: boolean} {
  return quote.type === 'quote' ? {where: `line ${quote.line}`, words: quote.excerpt, quoted: true} : {where: `line ${quote.line}, reported`, words: quote.excerpt, quoted: false};
}

/** What to write where a section has nothing to list. */
export const emptySections = {
  sources: 'No quotations or attributed statements.',
  claims: 'No claims to source.',
  repeats: 'No repeats.'
} as const;
