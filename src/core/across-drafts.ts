import type {Block} from './document/block.js';
import {repeatDeletion, deletionFixes, withDeclined} from './document/repeat-deletion.js';
import {removalRange} from './document/removal.js';
import {compareFindings, toSpan} from './findings.js';
import {foldClaimsIntoRepeats} from './fold-repeats.js';
import {ignoreEntry, isSilenced, silencedRanges} from './ignore.js';
import {ruleUrl} from './report.js';
import type {Finding, Fix, Settings, Severity, Span} from './types.js';

/**
 * Repeats across drafts: a paragraph of one draft that repeats a paragraph
 * of another (a story lifted from yesterday's, or pasted into two drafts).
 *
 * Which copy is reported: drafts are put in the order reports list them
 * (their paths, compared code unit by code unit, as `copydesk check` sorts
 * its report and as the editor names files relative to the workspace). The
 * copy in the first draft of that order is the first copy and is never
 * reported; every other draft holding the paragraph is flagged there, with
 * the first copy as its related place. Within one draft only the draft's
 * own first copy is compared across drafts: its later copies are the
 * draft's own repeats, which the `duplicate-paragraph` rule reports
 * already. The order does not depend on which draft is checked, opened or
 * indexed first, so the command line and the editor flag the same copies.
 *
 * A finding's fix deletes the copy in its own draft, never text in
 * another; and, since which story keeps the paragraph is an editor's call,
 * it is never applied unattended (`--fix`, fix-all on save: see
 * `isExactRepeat`).
 *
 * Paragraphs are compared as the rule compares exact repeats (folded case,
 * wrapping, quotes, dashes). The index holds one entry per paragraph and
 * looks each up by its folded text, so building it and asking it for a
 * draft's findings costs time in proportion to the words.
 */

/** A paragraph of a checked draft, as the comparison across drafts needs it. */
export interface DraftParagraph extends Span {
  /** The folded text compared (and the finding's `ignoreKey`). */
  folded: string;
  /** The paragraph's text as written, a finding's `actual`. */
  actual: string;
  /** Silenced in its draft (a directive comment or the ignore list): it may be a first copy, but is never reported. */
  silenced: boolean;
  /** The fix that deletes this copy (empty when deleting it would lose markup), and why not, if so. */
  fixes: Fix[];
  declined?: string;
}

/**
 * The paragraphs (and list items) of a checked document that the
 * `duplicate-paragraph` rule compares, each once (a paragraph repeated
 * inside the document is listed at its first copy only), with the fix that
 * deletes each. None when the rule is off: such a draft is neither
 * flagged nor a first copy. `ignore` is the check's ignore list.
 */
export function draftParagraphs(text: string, blocks: readonly Block[], lineStarts: number[], settings: Settings, ignore: readonly string[]): DraftParagraph[] {
  if (settings.rules['duplicate-paragraph'] === 'off') return [];
  const silenced = silencedRanges(blocks, lineStarts);
  const keys = new Set(ignore);
  const seen = new Set<string>();
  const paragraphs: DraftParagraph[] = [];
  for (const block of blocks) {
    const prose = block.prose?.text;
    if (!prose || (block.kind !== 'paragraph' && block.kind !== 'list-item') || prose.words.length < settings.duplicates.minWords) continue;
    if (seen.has(prose.folded)) continue;
    seen.add(prose.folded);
    // The first copy's markup is not known here, so a link or image in this copy is never deleted unasked.
    const deletion = repeatDeletion(block, removalRange(text, block.start, block.end), block, []);
    const fixes: Fix[] = deletionFixes('Delete this repeated paragraph', deletion).map((fix) => ({
      title: fix.title,
      action: fix.action,
      edits: fix.edits.map((edit) => ({...toSpan(lineStarts, edit.start, edit.end), newText: edit.newText}))
    }));
    const entry = {rule: 'duplicate-paragraph', ignoreKey: prose.folded} as const;
    paragraphs.push({
      ...toSpan(lineStarts, block.start, block.end),
      folded: prose.folded,
      actual: text.slice(block.start, block.end),
      silenced: isSilenced(silenced, block.start, 'duplicate-paragraph') || keys.has(ignoreEntry(entry)) || keys.has(prose.folded),
      fixes,
      ...(deletion.declined === undefined ? {} : {declined: deletion.declined})
    });
  }
  return paragraphs;
}

/** One checked draft, as the index holds it. */
export interface IndexedDraft {
  /** What reports call the draft and related places point at: a path relative to the run, or a URI. */
  file: string;
  /** How messages name the draft (a path relative to the run or the workspace); also its place in the order. */
  display: string;
  /** The level of `duplicate-paragraph` in the draft's settings (with `off`, the draft has no paragraphs to compare). */
  severity: Severity | 'off';
  paragraphs: readonly DraftParagraph[];
}

interface Copy {
  draft: IndexedDraft;
  paragraph: DraftParagraph;
}

/**
 * The index of the paragraphs of many drafts. Drafts are added (or
 * replaced, after an edit) and removed one at a time; {@link findingsFor}
 * answers for one draft at any moment.
 */
export class AcrossDrafts {
  private readonly drafts = new Map<string, IndexedDraft>();
  /** Folded paragraph → every draft's copy of it, in no particular order (usually one). */
  private readonly copies = new Map<string, Copy[]>();

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
   * share a paragraph with what the draft held before or holds now.
   */
  set(draft: IndexedDraft): string[] {
    const affected = this.delete(draft.file);
    this.drafts.set(draft.file, draft);
    for (const paragraph of draft.paragraphs) {
      const list = this.copies.get(paragraph.folded);
      if (list) {
        for (const copy of list) affected.add(copy.draft.file);
        list.push({draft, paragraph});
      } else {
        this.copies.set(paragraph.folded, [{draft, paragraph}]);
      }
    }
    affected.delete(draft.file);
    return [...affected];
  }

  /** Remove a draft (deleted, or no longer compared); returns the other drafts that shared a paragraph with it. */
  delete(file: string): Set<string> {
    const affected = new Set<string>();
    const old = this.drafts.get(file);
    if (!old) return affected;
    this.drafts.delete(file);
    for (const paragraph of old.paragraphs) {
      const list = this.copies.get(paragraph.folded);
      if (!list) continue;
      const kept = list.filter((copy) => copy.draft !== old);
      for (const copy of kept) affected.add(copy.draft.file);
      if (kept.length === 0) this.copies.delete(paragraph.folded);
      else this.copies.set(paragraph.folded, kept);
    }
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
    const findings: Finding[] = [];
    for (const paragraph of draft.paragraphs) {
      if (paragraph.silenced) continue;
      const list = this.copies.get(paragraph.folded);
      if (!list || list.length < 2) continue;
      const first = firstCopy(list);
      if (first.draft === draft) continue;
      findings.push(repeatFinding(draft.severity, paragraph, first));
    }
    return findings.sort(compareFindings);
  }
}

/** The copy in the draft that comes first in report order. */
function firstCopy(list: readonly Copy[]): Copy {
  let first = list[0];
  for (const copy of list) if (comesBefore(copy.draft, first.draft)) first = copy;
  return first;
}

function comesBefore(a: IndexedDraft, b: IndexedDraft): boolean {
  return a.display < b.display || (a.display === b.display && a.file < b.file);
}

function repeatFinding(severity: Severity, paragraph: DraftParagraph, first: Copy): Finding {
  const earlier = first.paragraph;
  const reason = `This paragraph repeats the paragraph on line ${earlier.line} of ${first.draft.display}.`;
  return {
    rule: 'duplicate-paragraph',
    severity,
    message: withDeclined(reason, {edits: [], kept: [], declined: paragraph.declined}),
    kind: 'exact',
    url: ruleUrl('duplicate-paragraph'),
    line: paragraph.line,
    column: paragraph.column,
    endLine: paragraph.endLine,
    endColumn: paragraph.endColumn,
    offset: paragraph.offset,
    endOffset: paragraph.endOffset,
    related: [{line: earlier.line, column: earlier.column, endLine: earlier.endLine, endColumn: earlier.endColumn, offset: earlier.offset, endOffset: earlier.endOffset, file: first.draft.file}],
    fixes: paragraph.fixes,
    actual: paragraph.actual,
    ignoreKey: paragraph.folded
  };
}

/**
 * A draft's findings with its repeats across drafts added, in position
 * order. A paragraph the draft's own check already reports as a repeat (a
 * near copy, a passage) is not reported again; claims inside a repeat
 * across drafts are folded into it, as inside any exact repeat (see
 * `foldClaimsIntoRepeats`).
 */
export function withRepeatsAcrossDrafts(findings: readonly Finding[], across: readonly Finding[]): Finding[] {
  if (across.length === 0) return [...findings];
  const reported = new Set<number>();
  for (const finding of findings) if (finding.rule === 'duplicate-paragraph') reported.add(finding.offset);
  const added = across.filter((finding) => !reported.has(finding.offset));
  return foldClaimsIntoRepeats([...findings, ...added].sort(compareFindings));
}

/** Whether a finding is a repeat of text in another draft. */
export function isRepeatAcrossDrafts(finding: Pick<Finding, 'related'>): boolean {
  return finding.related.some((span) => span.file !== undefined);
}
