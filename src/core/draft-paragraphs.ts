import type {Block} from './document/block.js';
import {markupIn} from './document/markup.js';
import {repeatDeletion, deletionFixes} from './document/repeat-deletion.js';
import {removalRange} from './document/removal.js';
import {toSpan} from './findings.js';
import {ignoreEntry, isSilenced, silencedRanges} from './ignore.js';
import {lineIndexOf} from './report.js';
import type {Fix, Settings, Span} from './types.js';

/**
 * A sentence of a compared paragraph, as the search for repeated passages
 * across drafts needs it. Kept small: a draft holds hundreds, an index of
 * drafts hundreds of thousands.
 */
export interface DraftSentence {
  /** The folded sentence compared. */
  folded: string;
  /** Its words, counted as the `passage` kind counts them. */
  words: number;
  /**
   * Its place among the sentences of every paragraph and list item of its
   * draft, in order: a run of sentences repeats across paragraphs only
   * where these places follow on, as inside one draft.
   */
  at: number;
  /** Its document offsets (see {@link placeOf} for its line and column). */
  start: number;
  end: number;
  /** Markup (emphasis, a link, HTML…) reaches between it and its neighbours, so a passage holding it is not deleted unasked. */
  markup: boolean;
}

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
  /** How many words and sentences it has (a near copy has as many sentences). */
  wordCount: number;
  sentenceCount: number;
  /** Its MinHash band keys (see text/minhash.ts), to find near copies without comparing every pair. */
  bandKeys: number[];
  /** Its sentences with words, in order. */
  sentences: DraftSentence[];
  /** The document offsets where its second and later lines start (none when it is one line). */
  lineOffsets: number[];
  /** Entries of the draft's ignore list that may name a passage of this paragraph (as its `ignoreKey`). */
  ignoredPassages?: string[];
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
  const passageKeys = [...keys].flatMap((key) => (key.startsWith('duplicate-paragraph:') ? [key.slice('duplicate-paragraph:'.length)] : key.includes(':') ? [] : [key]));
  const seen = new Set<string>();
  const paragraphs: DraftParagraph[] = [];
  // Sentences are numbered over every paragraph, short or repeated too, so that a run through one is not taken for a run round it.
  let at = 0;
  for (const block of blocks) {
    const prose = block.prose?.text;
    if (!prose || (block.kind !== 'paragraph' && block.kind !== 'list-item')) continue;
    const firstAt = at;
    at += prose.sentences.length;
    if (prose.words.length < settings.duplicates.minWords || seen.has(prose.folded)) continue;
    seen.add(prose.folded);
    // The first copy's markup is not known here, so a link or image in this copy is never deleted unasked.
    const deletion = repeatDeletion(block, removalRange(text, block.start, block.end), block, []);
    const fixes: Fix[] = deletionFixes('Delete this repeated paragraph', deletion).map((fix) => ({
      title: fix.title,
      action: fix.action,
      edits: fix.edits.map((edit) => ({...toSpan(lineStarts, edit.start, edit.end), newText: edit.newText}))
    }));
    const entry = {rule: 'duplicate-paragraph', ignoreKey: prose.folded} as const;
    const sentences = draftSentences(block, firstAt);
    const ignoredPassages = passageKeys.filter((key) => sentences.some((sentence) => key.startsWith(sentence.folded)));
    paragraphs.push({
      ...toSpan(lineStarts, block.start, block.end),
      folded: prose.folded,
      actual: text.slice(block.start, block.end),
      silenced: isSilenced(silenced, block.start, 'duplicate-paragraph') || keys.has(ignoreEntry(entry)) || keys.has(prose.folded),
      fixes,
      ...(deletion.declined === undefined ? {} : {declined: deletion.declined}),
      wordCount: prose.words.length,
      sentenceCount: prose.sentences.length,
      bandKeys: [...prose.bandKeys],
      sentences,
      lineOffsets: lineStarts.slice(lineIndexOf(lineStarts, block.start) + 1, lineIndexOf(lineStarts, block.end) + 1),
      ...(ignoredPassages.length > 0 ? {ignoredPassages} : {})
    });
  }
  return paragraphs;
}

/** The sentences with words of a paragraph block, numbered from `firstAt`. */
function draftSentences(block: Block, firstAt: number): DraftSentence[] {
  const list = block.prose?.text?.sentences ?? [];
  const sentences: DraftSentence[] = [];
  list.forEach((sentence, index) => {
    if (sentence.wordCount === 0) return;
    // From the end of the sentence before to the start of the one after: what deleting a passage may take.
    const around = {start: block.start + (index > 0 ? list[index - 1].end : 0), end: index + 1 < list.length ? block.start + list[index + 1].start : block.end};
    sentences.push({folded: sentence.folded, words: sentence.wordCount, at: firstAt + index, start: block.start + sentence.start, end: block.start + sentence.end, markup: markupIn(block, around).length > 0});
  });
  return sentences;
}

/** The line and column of a document offset inside a paragraph (1-based, as findings count). */
export function placeOf(paragraph: DraftParagraph, offset: number): {line: number; column: number; offset: number} {
  const lines = paragraph.lineOffsets;
  let wrapped = 0;
  while (wrapped < lines.length && lines[wrapped] <= offset) wrapped++;
  if (wrapped === 0) return {line: paragraph.line, column: paragraph.column + offset - paragraph.offset, offset};
  return {line: paragraph.line + wrapped, column: offset - lines[wrapped - 1] + 1, offset};
}
