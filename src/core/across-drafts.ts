import {withDeclined} from './document/repeat-deletion.js';
import {compareFindings} from './findings.js';
import {foldClaimsIntoRepeats} from './fold-repeats.js';
import {comesBefore, compareCopies, compareSentences, OrderedLists, type AcrossLists, type Copy, type IndexedDraft} from './across-lists.js';
import {nearestBefore, similarPairs} from './across-near-copies.js';
import {passagesBefore, sharedRuns, type AcrossRun} from './across-passages.js';
import {placeOf, type DraftParagraph} from './draft-paragraphs.js';
import {ruleUrl} from './report.js';
import {defaultSettings} from './settings.js';
import type {DuplicateSettings, Finding, Fix, RelatedSpan, Severity, Span} from './types.js';

export {draftParagraphs, type DraftParagraph, type DraftSentence} from './draft-paragraphs.js';
export {comesBefore, type IndexedDraft} from './across-lists.js';

/**
 * Repeats across drafts: a paragraph of one draft that repeats a paragraph
 * of another (a story lifted from yesterday's, or pasted into two drafts),
 * is a near copy of one, or holds a run of another draft's sentences.
 *
 * Which copy is reported: drafts are put in the order reports list them
 * (their paths, compared code unit by code unit, as `copydesk check` sorts
 * its report and as the editor names files relative to the workspace). A
 * draft is flagged only for what repeats a draft before it in that order,
 * so the first draft's copy is never reported; the related place is the
 * earlier copy (of an exact repeat, the one in the first draft holding it;
 * of a near copy, the most similar; of a passage, the longest run). Within one draft only the draft's own
 * first copy of a paragraph is compared across drafts: its later copies are
 * the draft's own repeats, which the `duplicate-paragraph` rule reports
 * already. The order does not depend on which draft is checked, opened or
 * indexed first, so the command line and the editor flag the same copies.
 *
 * A finding's fix deletes the copy in its own draft, never text in
 * another; and, since which story keeps the paragraph is an editor's call,
 * it is never applied unattended (`--fix`, fix-all on save: see
 * `isExactRepeat`).
 *
 * Each paragraph of a draft is looked up three ways, as the rule looks
 * inside one draft: by its folded text (an exact repeat), by its MinHash
 * band keys (a near copy: see across-near-copies.ts), and, failing both,
 * sentence by sentence (a repeated passage: see across-passages.ts). Every
 * lookup takes a bounded number of entries, so building the index and
 * asking it for a draft's findings cost time in proportion to the words.
 */

/**
 * The index of the paragraphs of many drafts. Drafts are added (or
 * replaced, after an edit) and removed one at a time; {@link findingsFor}
 * answers for one draft at any moment.
 */
export class AcrossDrafts {
  private readonly drafts = new Map<string, IndexedDraft>();
  /** By draft: its paragraphs as the lists hold them. */
  private readonly own = new Map<string, Copy[]>();
  private readonly lists: AcrossLists = {copies: new OrderedLists<string, Copy>(compareCopies), buckets: new OrderedLists<number, Copy>(compareCopies), sentences: new OrderedLists(compareSentences)};

  /** How many drafts are indexed. */
  get size(): number {
    return this.drafts.size;
  }

  /** Whether a draft (by its `file`) is indexed. */
  has(file: string): boolean {
    return this.drafts.has(file);
  }

  /**
   * Add a draft, or replace what was indexed for the same `file`. Returns
   * the other drafts whose findings may have changed with it: those that
   * share with what the draft held before or holds now a paragraph, a near
   * copy or a run of sentences long enough to report. `{affected: false}`
   * skips working that out (and returns none), for callers that ask every
   * draft for its findings anyway, such as the command line.
   */
  set(draft: IndexedDraft, options: {affected?: boolean} = {}): string[] {
    const affected = this.delete(draft.file, options);
    const {copies, buckets, sentences} = this.lists;
    this.drafts.set(draft.file, draft);
    const own: Copy[] = [];
    this.own.set(draft.file, own);
    for (const paragraph of draft.paragraphs) {
      const copy: Copy = {draft, paragraph, shared: 0, bag: undefined};
      own.push(copy);
      copies.add(paragraph.folded, copy);
      for (const key of new Set(paragraph.bandKeys)) buckets.add(key, copy);
      for (const sentence of paragraph.sentences) sentences.add(sentence.folded, {draft, paragraph, sentence});
    }
    if (options.affected !== false) for (const file of this.sharing(draft)) affected.add(file);
    affected.delete(draft.file);
    return [...affected];
  }

  /** Remove a draft (deleted, or no longer compared); returns the other drafts whose findings may have changed (see {@link set}). */
  delete(file: string, options: {affected?: boolean} = {}): Set<string> {
    const old = this.drafts.get(file);
    if (!old) return new Set();
    const affected = options.affected === false ? new Set<string>() : this.sharing(old);
    this.drafts.delete(file);
    this.own.delete(file);
    const {copies, buckets, sentences} = this.lists;
    for (const paragraph of old.paragraphs) {
      copies.remove(paragraph.folded, old);
      for (const key of paragraph.bandKeys) buckets.remove(key, old);
      for (const sentence of paragraph.sentences) sentences.remove(sentence.folded, old);
    }
    affected.delete(file);
    return affected;
  }

  /** The files of every indexed draft. */
  files(): string[] {
    return [...this.drafts.keys()];
  }

  /**
   * The repeats across drafts in one indexed draft, sorted by position:
   * "This paragraph repeats the paragraph on line 7 of harbour-strike.md."
   */
  findingsFor(file: string): Finding[] {
    const draft = this.drafts.get(file);
    if (!draft || draft.severity === 'off') return [];
    const severity = draft.severity;
    const {nearThreshold, passageMinWords} = settingsOf(draft);
    const findings: Finding[] = [];
    for (const copy of this.own.get(file) ?? []) {
      const {paragraph} = copy;
      if (paragraph.silenced) continue;
      const first = this.lists.copies.first(paragraph.folded);
      if (first && first.draft !== draft) {
        findings.push(paragraphFinding(severity, paragraph, first, 'exact', `This paragraph repeats the paragraph on line ${first.paragraph.line} of ${first.draft.display}.`, paragraph.fixes));
        continue;
      }
      const near = nearestBefore(this.lists, copy, nearThreshold);
      if (near) {
        const percent = Math.floor(near.similarity * 100);
        const reason = `This paragraph is a near copy (${percent}% the same words) of the paragraph on line ${near.earlier.paragraph.line} of ${near.earlier.draft.display}.`;
        findings.push(paragraphFinding(severity, paragraph, near.earlier, 'near', reason, retitled(paragraph.fixes, 'Delete this near copy')));
        continue;
      }
      for (const run of passagesBefore(this.lists, draft, paragraph, passageMinWords)) {
        const finding = passageFinding(severity, paragraph, run);
        if (!paragraph.ignoredPassages?.includes(finding.ignoreKey)) findings.push(finding);
      }
    }
    return findings.sort(compareFindings);
  }

  /**
   * The drafts after a draft in report order that share with it a
   * paragraph, a near copy or a run of sentences long enough to report (a
   * draft's findings depend only on the drafts before it).
   */
  private sharing(draft: IndexedDraft): Set<string> {
    const files = new Set<string>();
    for (const paragraph of draft.paragraphs) {
      for (const copy of this.lists.copies.get(paragraph.folded) ?? []) if (comesBefore(draft, copy.draft)) files.add(copy.draft.file);
    }
    for (const other of similarPairs(this.lists, this.own.get(draft.file) ?? [], (other) => settingsOf(other).nearThreshold)) files.add(other.file);
    for (const other of sharedRuns(this.lists, draft, (other) => settingsOf(other).passageMinWords)) files.add(other.file);
    files.delete(draft.file);
    return files;
  }
}

function settingsOf(draft: IndexedDraft): Pick<DuplicateSettings, 'nearThreshold' | 'passageMinWords'> {
  return draft.duplicates ?? defaultSettings.duplicates;
}

/** The same fixes under another title (`Delete this near copy`), keeping what a title says it keeps. */
function retitled(fixes: readonly Fix[], title: string): Fix[] {
  return fixes.map((fix) => ({...fix, title: fix.title.replace('Delete this repeated paragraph', title)}));
}

function related(span: Span, file: string): RelatedSpan {
  return {line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, offset: span.offset, endOffset: span.endOffset, file};
}

function paragraphFinding(severity: Severity, paragraph: DraftParagraph, earlier: Copy, kind: 'exact' | 'near', reason: string, fixes: Fix[]): Finding {
  return {
    rule: 'duplicate-paragraph',
    severity,
    message: withDeclined(reason, {edits: [], kept: [], declined: paragraph.declined}),
    kind,
    url: ruleUrl('duplicate-paragraph'),
    line: paragraph.line,
    column: paragraph.column,
    endLine: paragraph.endLine,
    endColumn: paragraph.endColumn,
    offset: paragraph.offset,
    endOffset: paragraph.endOffset,
    related: [related(earlier.paragraph, earlier.draft.file)],
    fixes,
    actual: paragraph.actual,
    ignoreKey: paragraph.folded
  };
}

/** Why a passage across drafts has no fix: its deletion would need the markup compared, as inside one draft. */
const passageMarkup = 'markup reaches into it, and the other draft’s markup is not compared';

function passageFinding(severity: Severity, paragraph: DraftParagraph, run: AcrossRun): Finding {
  const {from, last, wordCount, earlier, earlierLast} = run;
  const sentences = paragraph.sentences;
  const count = last - from + 1;
  const whole = from === 0 && last === sentences.length - 1 && sentences.length === paragraph.sentenceCount;
  const earlierStart = placeOf(earlier.paragraph, earlier.sentence.start);
  const where = `text from line ${earlierStart.line} of ${earlier.draft.display}.`;
  const earlierSpan = {...between(earlierStart, placeOf(earlierLast.paragraph, earlierLast.sentence.end)), file: earlier.draft.file};
  const ignoreKey = sentences
    .slice(from, last + 1)
    .map((sentence) => sentence.folded)
    .join(' ');
  const at = (offset: number) => placeOf(paragraph, offset);
  let span: Span;
  let fixes: Fix[];
  let declined: string | undefined;
  if (whole) {
    span = paragraph;
    fixes = paragraph.fixes;
    declined = paragraph.declined;
  } else {
    span = between(at(sentences[from].start), at(sentences[last].end));
    // Up to the next sentence, so no double space is left; at the paragraph's end, from the sentence before.
    const next = sentences[last + 1];
    const previous = sentences[from - 1];
    let removal = span;
    if (next && next.at === sentences[last].at + 1) removal = between(at(sentences[from].start), at(next.start));
    else if (previous && previous.at === sentences[from].at - 1) removal = between(at(previous.end), at(sentences[last].end));
    if (sentences.slice(from, last + 1).some((sentence) => sentence.markup)) {
      fixes = [];
      declined = passageMarkup;
    } else {
      fixes = [{title: 'Delete this repeated passage', action: 'delete-repeat', edits: [{...removal, newText: ''}]}];
    }
  }
  const what = whole ? 'This paragraph repeats' : count === 1 ? `This sentence (${wordCount} words) repeats` : `These ${count} sentences (${wordCount} words) repeat`;
  return {
    rule: 'duplicate-paragraph',
    severity,
    message: withDeclined(`${what} ${where}`, {edits: [], kept: [], declined}),
    kind: 'passage',
    url: ruleUrl('duplicate-paragraph'),
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    offset: span.offset,
    endOffset: span.endOffset,
    related: [earlierSpan],
    fixes,
    actual: paragraph.actual.slice(span.offset - paragraph.offset, span.endOffset - paragraph.offset),
    ignoreKey
  };
}

/** The span between two places. */
function between(start: {line: number; column: number; offset: number}, end: {line: number; column: number; offset: number}): Span {
  return {line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: start.offset, endOffset: end.offset};
}

/**
 * A draft's findings with its repeats across drafts added, in position
 * order. What the draft's own check already reports as a repeat (a
 * paragraph, a near copy, a passage) is not reported again: a repeat
 * across drafts that overlaps one is left out. Claims inside a repeat
 * across drafts are folded into it, as inside any exact repeat or passage
 * (see `foldClaimsIntoRepeats`).
 */
export function withRepeatsAcrossDrafts(findings: readonly Finding[], across: readonly Finding[]): Finding[] {
  if (across.length === 0) return [...findings];
  const own = findings.filter((finding) => finding.rule === 'duplicate-paragraph');
  const added = across.filter((finding) => !own.some((other) => other.offset === finding.offset || (other.offset < finding.endOffset && finding.offset < other.endOffset)));
  return foldClaimsIntoRepeats([...findings, ...added].sort(compareFindings));
}

/** Whether a finding is a repeat of text in another draft. */
export function isRepeatAcrossDrafts(finding: Pick<Finding, 'related'>): boolean {
  return finding.related.some((span) => span.file !== undefined);
}
