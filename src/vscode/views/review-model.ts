/**
 * What the Copydesk view lists for one checked draft, worked out from the
 * check's findings and the draft's text: claims grouped by paragraph with
 * their state, and repeats with their first copies. Pure (no VS Code), so
 * the Node tests reach it.
 */
import {foldsClaims} from '../../core/fold-repeats.js';
import type {AttributionKind, Finding, Format, RelatedSpan} from '../../core/index.js';
import {wrapWidth} from '../../core/document/plaintext-lines.js';
import {editorialMarkers} from '../../core/text/editorial-markers.js';

/**
 * Where a claim stands: `open` (still to source), `marked` (a needs-a-source
 * marker or `TK` stands after it: the desk knows), `ignored` (in the ignore
 * list, or silenced by a Markdown comment).
 */
export type ClaimState = 'open' | 'marked' | 'ignored';

/** One claim the view lists. */
export interface Claim {
  finding: Finding;
  state: ClaimState;
}

/** The claims of one paragraph, in document order. */
export interface ParagraphClaims {
  /** 0-based offsets of the paragraph in the checked text. */
  start: number;
  end: number;
  /** 1-based line the paragraph starts on. */
  line: number;
  /** Its first words, for the item's label. */
  opening: string;
  claims: Claim[];
}

/** What an editor calls each kind of claim. */
export const claimKindNames: Record<AttributionKind, string> = {
  statistic: 'figure',
  causal: 'cause',
  evaluative: 'judgement',
  intent: 'motive',
  prediction: 'prediction',
  'vague-source': 'vague source',
  'unattributed-quote': 'quote',
  allegation: 'allegation'
};

/** How many words of a paragraph or copy an item's label quotes. */
export const openingWords = 7;

/**
 * The claims of a check with their states. `findings` are the published
 * findings (the ignore list applied); `unfiltered`, when there is one, the
 * findings of the same text checked with markers and ignore comments masked
 * and no ignore list ({@link maskHidingMarks}), which adds the claims that
 * a marker or an ignore hides. A claim found only there is `marked` when a
 * marker stands after it and `ignored` otherwise; one inside an exact or
 * passage repeat of the published check stays folded into it.
 */
export function claimsOf(text: string, findings: readonly Finding[], unfiltered: readonly Finding[] | undefined, marker: string): Claim[] {
  const markers = markersOf(marker);
  const published = findings.filter(isClaim);
  const claims: Claim[] = published.map((finding) => ({finding, state: markerAfter(text, finding, markers) ? 'marked' : 'open'}));
  if (unfiltered) {
    const seen = new Set(published.map(claimKey));
    // The published check decides what is folded into a repeat: the masked text may compare differently.
    const folding = foldingRepeats(findings);
    for (const finding of unfiltered) {
      if (!isClaim(finding) || seen.has(claimKey(finding))) continue;
      if (folding.some((repeat) => finding.offset >= repeat.offset && finding.endOffset <= repeat.endOffset)) continue;
      claims.push({finding, state: markerAfter(text, finding, markers) ? 'marked' : 'ignored'});
    }
    claims.sort((a, b) => a.finding.offset - b.finding.offset || a.finding.endOffset - b.finding.endOffset);
  }
  return claims;
}

/** Claims grouped by the paragraph they stand in, paragraphs in document order. */
export function claimsByParagraph(text: string, format: Format, claims: readonly Claim[]): ParagraphClaims[] {
  const groups: ParagraphClaims[] = [];
  for (const claim of claims) {
    const last = groups.at(-1);
    if (last && claim.finding.offset >= last.start && claim.finding.offset < last.end) {
      last.claims.push(claim);
      continue;
    }
    const {start, end} = paragraphAround(text, format, claim.finding.offset);
    groups.push({start, end, line: lineOf(text, start), opening: opening(text.slice(start, end)), claims: [claim]});
  }
  return groups;
}

/** The markers that mark a claim: the configured one, the default `[source?]` and `TK`. */
export function markersOf(marker: string): string[] {
  return [...new Set([marker, ...editorialMarkers].filter((candidate) => candidate.trim() !== ''))];
}

/**
 * Whether a marker stands after a claim in its sentence: between the claim
 * and the sentence's closing punctuation (where *Mark as needing a source*
 * puts it), or just after that punctuation (where older drafts have it).
 * The sentence's end is where the claim's own mark fix would insert.
 */
export function markerAfter(text: string, finding: Finding, markers: readonly string[]): boolean {
  const markAt = finding.fixes.find((fix) => fix.action === 'mark-source')?.edits[0]?.offset ?? sentenceEndAfter(text, finding.endOffset);
  const inside = text.slice(finding.endOffset, markAt);
  const after = /^[.!?…]*["”’')\]]*[ \t]*/.exec(text.slice(markAt, markAt + 8))?.[0].length ?? 0;
  return markers.some((marker) => {
    const pattern = markerPattern(marker);
    return pattern.test(inside) || new RegExp(`^${pattern.source}`, 'u').test(text.slice(markAt + after, markAt + after + marker.length + 1));
  });
}

/**
 * The text with what hides a claim from the checker masked by spaces of the
 * same length (so every offset stays put): the configured marker and, in
 * Markdown, Copydesk's own comments (`<!-- copydesk-ignore-next-line -->`,
 * `copydesk-disable`). Checked with no ignore list, it yields every claim.
 */
export function maskHidingMarks(text: string, format: Format, marker: string): string {
  let masked = text;
  if (marker.trim() !== '' && masked.includes(marker)) masked = masked.split(marker).join(' '.repeat(marker.length));
  if (format === 'markdown' && masked.includes('copydesk-')) {
    masked = masked.replace(/<!--[\s\S]*?-->/g, (comment) => (/^<!--\s*copydesk-/.test(comment) ? comment.replace(/[^\r\n]/g, ' ') : comment));
  }
  return masked;
}

/**
 * Whether anything may hide a claim in this text: the configured marker in
 * it, a Copydesk comment (Markdown), or an ignore list that could name a
 * claim. Without any, the published findings are all the claims there are
 * and no second check is needed.
 */
export function mayHideClaims(text: string, format: Format, marker: string, ignore: readonly string[]): boolean {
  if (marker.trim() !== '' && text.includes(marker)) return true;
  if (format === 'markdown' && text.includes('copydesk-')) return true;
  return ignore.some((entry) => entry.startsWith('needs-attribution:') || !/^[a-z-]+:/.test(entry));
}

/** A repeat and the span of its first copy. */
export interface Repeat {
  finding: Finding;
  firstCopy: RelatedSpan;
}

/** The repeats (repeated paragraphs, passages and headings) that point at a first copy, in document order. */
export function repeatsOf(findings: readonly Finding[]): Repeat[] {
  const repeats: Repeat[] = [];
  for (const finding of findings) {
    const firstCopy = finding.related[0];
    if (finding.rule !== 'needs-attribution' && firstCopy) repeats.push({finding, firstCopy});
  }
  return repeats;
}

/** What a repeat is, for its item: `exact copy`, `near copy`, `repeated passage`, `repeated heading`. */
export function repeatKindName(finding: Finding): string {
  if (finding.rule === 'repeated-heading') return 'repeated heading';
  if (finding.kind === 'near') return 'near copy';
  if (finding.kind === 'passage') return 'repeated passage';
  return 'exact copy';
}

/** The first {@link openingWords} words of a text, with `…` when there are more. */
export function opening(text: string, count = openingWords): string {
  // Markup around a heading (`# `, `**…**`) or a quotation block is not a word of it.
  const words = text
    .replace(/^[#>*_\s-]+/, '')
    .replace(/[\s*_#]+$/, '')
    .split(/\s+/)
    .filter((word) => word !== '');
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

/** The 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The repeats whose claims (and quotes) the check folds into them: exact repeats and repeated passages. */
export function foldingRepeats(findings: readonly Finding[]): Finding[] {
  return findings.filter(foldsClaims);
}

function isClaim(finding: Finding): boolean {
  return finding.rule === 'needs-attribution';
}

function claimKey(finding: Finding): string {
  return `${finding.offset}:${finding.endOffset}:${finding.kind}`;
}

function markerPattern(marker: string): RegExp {
  const escaped = marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // A marker that is a word (`TK`) counts only as a whole word, not inside `TKO`.
  const before = /^[\p{L}\p{N}]/u.test(marker) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(marker) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(before + escaped + after, 'u');
}

/** Where the sentence holding `offset` ends (its closing punctuation), for a claim with no mark fix. */
function sentenceEndAfter(text: string, offset: number): number {
  const match = /[.!?…](?=["”’')\]]*(?:\s|$))|\n\s*\n/.exec(text.slice(offset));
  return match ? offset + match.index : text.length;
}

/**
 * In Markdown, lines that are a block of their own or start one, whatever
 * is next to them: a comment on its own line (such as Copydesk's ignore
 * comment above a paragraph), an ATX heading, a list item.
 */
const markdownBlockLine = /^\s*(?:<!--.*-->\s*$|#{1,6}(?:\s|$)|(?:[-*+]|\d{1,9}[.)])\s)/;

/**
 * The paragraph around an offset, as a writer sees it: the run of
 * non-blank lines (in Markdown, cut at lines that are blocks of their own
 * or start one); in plain text, the offset's line when the run is written
 * one paragraph a line (a line other than its last is longer than
 * hard-wrapped prose runs, as the core reads it).
 */
function paragraphAround(text: string, format: Format, offset: number): {start: number; end: number} {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = endOfLine(text, offset);
  const breaks = (line: string) => line.trim() === '' || (format === 'markdown' && markdownBlockLine.test(line));
  let start = lineStart;
  while (start > 0 && !(format === 'markdown' && markdownBlockLine.test(text.slice(start, endOfLine(text, start))))) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (breaks(text.slice(previous, start - 1))) break;
    start = previous;
  }
  let end = lineEnd;
  while (end < text.length) {
    const next = endOfLine(text, end + 1);
    if (breaks(text.slice(end + 1, next))) break;
    end = next;
  }
  if (format === 'plaintext') {
    const lines = text.slice(start, end).split('\n');
    if (lines.slice(0, -1).some((line) => line.length > wrapWidth)) return {start: lineStart, end: lineEnd};
  }
  return {start, end};
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
