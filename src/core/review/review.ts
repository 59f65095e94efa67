import {createChecker, type Checker} from '../checker.js';
import {foldsClaims} from '../fold-repeats.js';
import {lineIndexOf, lineStarts} from '../report.js';
import {resolveSettings} from '../settings.js';
import {readSources, type SourceKind, type SourcedStatement} from '../sources.js';
import {editorialMarkers} from '../text/editorial-markers.js';
import type {AttributionKind, Finding, Format, PartialSettings} from '../types.js';
import {nearCopyDifference} from '../word-difference.js';

/** One draft to review: its text as the checker reads it, and what the project says about it. */
export interface ReviewInput {
  /** How the report names the draft (a path relative to where the review was asked for, or a file name). */
  path: string;
  text: string;
  format: Format;
  settings?: PartialSettings;
  /** The ignore keys in force (`.copydesk/ignored.json`). */
  ignore?: readonly string[];
  /** A checker made for `settings`, when the caller has one (the editor leaves out settings a checker refuses); else one is made. */
  checker?: Checker;
}

/**
 * Where a claim to source stands: `open`; `marked` (a needs-a-source
 * marker, the configured one, `[source?]` or `TK`, stands after it); or
 * `ignored` (its key is in the ignore list).
 */
export type ClaimState = 'open' | 'marked' | 'ignored';

/** A claim to source: a needs-attribution finding. */
export interface ReviewClaim {
  line: number;
  column: number;
  state: ClaimState;
  kind: AttributionKind;
  /** The finding's message (`Unattributed statistic: 'rose 40%' — who says so?`). */
  message: string;
}

/** One quotation or statement of a source, for the sources table. */
export interface ReviewQuote {
  line: number;
  type: SourcedStatement['type'];
  excerpt: string;
}

/** A source and what the draft has them say, in order. */
export interface ReviewSource {
  /** The name they are listed under; for quotations with no speaker, `''`. */
  name: string;
  kind: SourceKind;
  quotes: ReviewQuote[];
}

/** A repeat: its place, what kind, its first words, its first copy and (near copies) the words that differ. */
export interface ReviewRepeat {
  line: number;
  kind: 'exact' | 'near' | 'passage' | 'heading';
  excerpt: string;
  firstLine: number | undefined;
  /** For a near copy: `Saturday → Sunday` (see `describeWordChanges`). */
  differences?: string;
}

/** What the review report says about one draft. */
export interface DraftReview {
  path: string;
  counts: {
    repeats: number;
    claims: Record<ClaimState, number>;
    /** Named sources (people, organisations, documents), vague ones, and quotations given no speaker. */
    namedSources: number;
    vagueSources: number;
    unattributedQuotes: number;
  };
  sources: ReviewSource[];
  claims: ReviewClaim[];
  repeats: ReviewRepeat[];
}

/** Most words of a repeat's text the report quotes. */
export const repeatExcerptWords = 8;

/** Kinds in the order the sources table lists them: named sources first, then vague ones, then quotations with no speaker. */
const kindOrder: readonly SourceKind[] = ['person', 'organisation', 'document', 'vague', 'none'];

/**
 * Review one draft for the editor's report: its counts, its sources (from
 * `readSources`), its claims to source with their state, and its repeats
 * with their first copies. The draft is checked as the editor and the
 * command line check it, with its settings and ignore list; to tell a
 * claim's state it is also checked with the editorial markers blanked out
 * (the same length in spaces, so every offset holds), which brings back
 * the claims a marker silences, and without the ignore list.
 */
export function reviewDraft(input: ReviewInput): DraftReview {
  const {text, format} = input;
  const ignore = input.ignore ?? [];
  const checker = input.checker ?? createChecker(input.settings);
  const marker = resolveSettings(input.settings).attribution.marker;
  const markers = markerPlaces(text, [marker, ...editorialMarkers]);
  const blanked = blank(text, markers);
  const findings = checker.checkSync(text, {format, ignore});
  const kept = new Set(checker.checkSync(blanked, {format, ignore}).filter(isClaim).map(identity));
  const claims: ReviewClaim[] = [];
  for (const finding of checker.checkSync(blanked, {format}).filter(isClaim)) {
    const state: ClaimState = !kept.has(identity(finding)) ? 'ignored' : isMarked(finding, markers, text) ? 'marked' : 'open';
    claims.push({line: finding.line, column: finding.column, state, kind: finding.kind as AttributionKind, message: finding.message});
  }
  const repeats = findings.filter((finding) => finding.rule !== 'needs-attribution').map((finding) => repeatOf(text, finding));
  // Statements inside an exact repeat or a repeated passage are the first copy's, told twice: counted once, as the check folds their claims.
  const folding = findings.filter(foldsClaims);
  const statements = readSources(text, {format, settings: input.settings}).filter((statement) => !folding.some((repeat) => statement.start >= repeat.offset && statement.end <= repeat.endOffset));
  const sources = sourcesOf(text, statements);
  const count = (state: ClaimState) => claims.filter((claim) => claim.state === state).length;
  return {
    path: input.path,
    counts: {
      repeats: repeats.length,
      claims: {open: count('open'), marked: count('marked'), ignored: count('ignored')},
      namedSources: sources.filter((source) => source.kind !== 'vague' && source.kind !== 'none').length,
      vagueSources: sources.filter((source) => source.kind === 'vague').length,
      unattributedQuotes: sources.find((source) => source.kind === 'none')?.quotes.length ?? 0
    },
    sources,
    claims,
    repeats
  };
}

function isClaim(finding: Finding): boolean {
  return finding.rule === 'needs-attribution';
}

/** A finding's place and message: the same claim in two checks of texts of the same length. */
function identity(finding: Finding): string {
  return `${finding.offset}:${finding.endOffset}:${finding.message}`;
}

/** Where the markers stand in the text; a marker that starts or ends with a letter or digit (`TK`) counts only as a whole word. */
function markerPlaces(text: string, markers: readonly string[]): Array<{start: number; end: number}> {
  const places: Array<{start: number; end: number}> = [];
  for (const marker of new Set(markers.filter((candidate) => candidate.trim() !== ''))) {
    const wordStart = /^[\p{L}\p{N}]/u.test(marker);
    const wordEnd = /[\p{L}\p{N}]$/u.test(marker);
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
      const end = at + marker.length;
      if (wordStart && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
      if (wordEnd && /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      places.push({start: at, end});
    }
  }
  return places.sort((a, b) => a.start - b.start);
}

/** The text with each marker replaced by as many spaces. */
function blank(text: string, places: ReadonlyArray<{start: number; end: number}>): string {
  let result = '';
  let from = 0;
  for (const place of places) {
    if (place.start < from) continue;
    result += text.slice(from, place.start) + ' '.repeat(place.end - place.start);
    from = place.end;
  }
  return result + text.slice(from);
}

/** Closing punctuation and quotation marks that may stand between a sentence and a marker put after it. */
const closing = /^[\s.!?…"”’)\]]*$/;

/**
 * Whether a marker stands after the claim: in its sentence, from the
 * claim's words to where *Mark as needing a source* puts one (before the
 * closing punctuation), or right after the sentence's closing punctuation.
 */
function isMarked(finding: Finding, places: ReadonlyArray<{start: number; end: number}>, text: string): boolean {
  const markAt = finding.fixes.find((fix) => fix.action === 'mark-source')?.edits[0]?.offset;
  if (markAt === undefined) return false;
  return places.some((place) => place.start >= finding.offset && (place.start <= markAt || closing.test(text.slice(markAt, place.start))));
}

/** The first words of a text, white space made single, with `…` when there are more. */
function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

function repeatOf(text: string, finding: Finding): ReviewRepeat {
  const kind = finding.rule === 'repeated-heading' ? 'heading' : (finding.kind as ReviewRepeat['kind']);
  const repeat: ReviewRepeat = {line: finding.line, kind, excerpt: firstWords(finding.actual, repeatExcerptWords), firstLine: finding.related[0]?.line};
  const differences = nearCopyDifference(text, finding);
  if (differences !== undefined) repeat.differences = differences;
  return repeat;
}

/** The statements grouped by who said them (name and kind), in the order of {@link kindOrder}, then of first appearance. */
function sourcesOf(text: string, statements: readonly SourcedStatement[]): ReviewSource[] {
  const starts = lineStarts(text);
  const byKey = new Map<string, ReviewSource>();
  for (const statement of statements) {
    const name = statement.name ?? '';
    const key = `${statement.kind}\u0000${name}`;
    let source = byKey.get(key);
    if (!source) {
      source = {name, kind: statement.kind, quotes: []};
      byKey.set(key, source);
    }
    source.quotes.push({line: lineIndexOf(starts, statement.start) + 1, type: statement.type, excerpt: statement.excerpt});
  }
  return [...byKey.values()].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
}
