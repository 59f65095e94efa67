/**
 * The guarantee every fix rests on: a finding's range is exactly the text it
 * names, and its fix removes exactly what it says it removes. Checked over
 * generated drafts written the way drafts are: Markdown with emphasis,
 * inline HTML and comments, escapes, character references, links and code,
 * hard-wrapped with trailing spaces, indented continuation lines, block
 * quotes, list items and mixed line endings; and the same as plain text.
 * Paragraphs are drawn from a small pool, so exact repeats, near copies and
 * repeated passages are common, each copy decorated and wrapped differently.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {applyFixes, createChecker, type Finding, type Fix, type Format} from '../../src/core/index.js';

const seed = 20_261_204;

const plainWords = ['harbour', 'council', 'ferry', 'budget', 'school', 'winter', 'crew', 'market', 'island', 'quay', 'tolls', 'rail', 'bridge', 'nurses', 'landlords', 'pier', 'strike', 'tender', 'museum', 'storm'];
const claimWords = ['40%', '£3m', '12,500', 'critics say', 'officials said', 'because of', 'wants to', 'will rise', 'the best', 'disastrous', 'fraud', '“we will win”', '"no comment"', 'Dr. Okafor', 'U.S.', '😀', 'café', '東京'];

/** One word as a draft might decorate it in Markdown. */
function decorate(word: string, how: number): string {
  switch (how) {
    case 1:
      return `*${word}*`;
    case 2:
      return `_${word}_`;
    case 3:
      return `**${word}**`;
    case 4:
      return `<b>${word}</b>`;
    case 5:
      return `${word} <!-- check ${word.length} -->`;
    case 6:
      return `[${word}](https://example.org/${word.length})`;
    case 7:
      return `\`${word}\``;
    case 8:
      return word.replace(/a/g, '&amp;');
    case 9:
      return `${word}\\*`;
    default:
      return word;
  }
}

/** What joins two words: a space, or a line break of one of the shapes the attack found drifting. */
const joints = [' ', ' ', ' ', ' ', '\n', ' \n', '\r\n', ' \r\n', '\n   ', ' \r\n  ', '  \n', '\t'];

const sentenceSpec = fc.record({
  words: fc.array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...plainWords)}, {weight: 1, arbitrary: fc.constantFrom(...claimWords)}), {minLength: 5, maxLength: 14}),
  end: fc.constantFrom('.', '.', '.', '?', '!', '…')
});
type SentenceSpec = {words: string[]; end: string};

/** Paragraphs are drawn from a pool of four, so copies are common; each copy is decorated and wrapped its own way. */
const paragraphSpec = fc.record({
  pick: fc.nat(3),
  container: fc.constantFrom('', '', '', '> ', '- ', '# ', '**'),
  decorations: fc.array(fc.nat(20), {minLength: 40, maxLength: 40}),
  joints: fc.array(fc.nat(joints.length - 1), {minLength: 40, maxLength: 40})
});
type ParagraphSpec = {pick: number; container: string; decorations: number[]; joints: number[]};

const draftSpec = fc.record({
  pool: fc.array(sentenceSpec, {minLength: 8, maxLength: 8}),
  paragraphPool: fc.array(fc.array(fc.nat(7), {minLength: 1, maxLength: 4}), {minLength: 4, maxLength: 4}),
  paragraphs: fc.array(paragraphSpec, {minLength: 1, maxLength: 8}),
  separator: fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n', '\n \n'),
  format: fc.constantFrom<Format>('markdown', 'markdown', 'plaintext')
});

function sentenceText(spec: SentenceSpec): string {
  const text = spec.words.join(' ');
  return text[0].toUpperCase() + text.slice(1) + spec.end;
}

/** A paragraph's text: its sentences, words decorated (Markdown only) and joined as the spec says. */
function paragraphText(spec: ParagraphSpec, sentences: number[], pool: SentenceSpec[], format: Format): string {
  const words = sentences.flatMap((index) => sentenceText(pool[index]).split(' '));
  let text = '';
  words.forEach((word, index) => {
    const how = format === 'markdown' ? spec.decorations[index % spec.decorations.length] : 0;
    const joint = index === 0 ? '' : format === 'markdown' || joints[spec.joints[index % 40]].trim() === '' ? joints[spec.joints[index % 40]] : ' ';
    text += joint + decorate(word, how);
  });
  if (format === 'plaintext') return text.replace(/ +(\r?\n)/g, '$1');
  if (spec.container === '**') return text.includes('\n') ? text : `**${text}**`;
  if (spec.container === '# ') return '# ' + text.replace(/\s*\r?\n\s*/g, ' ');
  // Every line of a block quote carries its marker; a list item's lines are indented under its text.
  if (spec.container === '> ') return text.replace(/^/, '> ').replace(/\n/g, '\n> ');
  if (spec.container === '- ') return '- ' + text.replace(/\n[ \t]*/g, '\n  ');
  return text;
}

function draft({pool, paragraphPool, paragraphs, separator, format}: {pool: SentenceSpec[]; paragraphPool: number[][]; paragraphs: ParagraphSpec[]; separator: string; format: Format}): string {
  return paragraphs.map((spec) => paragraphText(spec, paragraphPool[spec.pick], pool, format)).join(separator) + '\n';
}

/**
 * The words a reader sees in a slice of a generated draft, lower-cased:
 * markup, comments, link destinations, escapes and block markers removed,
 * character references decoded.
 */
function visibleWords(slice: string, format: Format): string[] {
  let text = slice;
  if (format === 'markdown') {
    text = text
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[a-z]+>/g, '')
      .replace(/\]\([^)]*\)/g, '')
      .replace(/&amp;/g, '&')
      .replace(/\\\*/g, '*')
      .replace(/[*_`[\]]/g, '');
  }
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word !== 'amp');
}

/** Markup a fix must never delete unless the first copy holds it too: comments, tags and link destinations. */
const markupPattern = /<!--[\s\S]*?-->|<\/?[a-z]+>|\]\([^)]*\)/g;

function markupIn(text: string, start: number, end: number): Array<{value: string; start: number; end: number}> {
  const found: Array<{value: string; start: number; end: number}> = [];
  for (const match of text.matchAll(markupPattern)) {
    const at = match.index;
    if (at < end && at + match[0].length > start) found.push({value: match[0], start: at, end: at + match[0].length});
  }
  return found;
}

const isWordCharacter = (character: string | undefined): boolean => character !== undefined && /[\p{L}\p{N}]/u.test(character);
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whether `at` falls inside a construct that text must not be inserted into. */
function insideMarkup(text: string, at: number): boolean {
  for (const match of text.matchAll(/<!--[\s\S]*?-->|<\/?[a-z]+>|\]\([^)]*\)|`[^`]*`|&amp;|\\\*/g)) {
    if (at > match.index && at < match.index + match[0].length) return true;
  }
  return false;
}

/** The ranges of a fix's edits, merged, in order. */
function union(edits: ReadonlyArray<{offset: number; endOffset: number}>): Array<[number, number]> {
  const ranges = edits.map((edit): [number, number] => [edit.offset, edit.endOffset]).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function removeRanges(text: string, ranges: ReadonlyArray<[number, number]>): string {
  let result = '';
  let from = 0;
  for (const [start, end] of ranges) {
    result += text.slice(from, start);
    from = end;
  }
  return result + text.slice(from);
}

/** What a deletion may take besides the repeat itself: white space, line breaks and the markers of the block it stood in. */
const aroundRepeat = /^[\s>#*-]*$/;

function assertFindingNamesItsSlice(text: string, format: Format, finding: Finding): void {
  const slice = text.slice(finding.offset, finding.endOffset);
  assert.equal(slice, finding.actual, 'actual is the slice');
  // A range starts and ends at word boundaries, and never between the halves of a surrogate pair.
  assert.ok(!(isWordCharacter(text[finding.offset - 1]) && isWordCharacter(text[finding.offset])), `starts mid-word: ${JSON.stringify(slice)}`);
  assert.ok(!(isWordCharacter(text[finding.endOffset - 1]) && isWordCharacter(text[finding.endOffset])), `ends mid-word: ${JSON.stringify(slice)}`);
  assert.ok(!isLowSurrogate(text.charCodeAt(finding.offset)) && !isLowSurrogate(text.charCodeAt(finding.endOffset)), 'splits a surrogate pair');
  if (finding.rule === 'needs-attribution') {
    // The message quotes the trigger words, a long quotation cut short with `…`.
    const quoted = /'(.+)'/.exec(finding.message)?.[1];
    if (quoted !== undefined) {
      const truncated = quoted.endsWith('…');
      // A quotation cut short may end mid-word: only its whole words are compared.
      const named = visibleWords(quoted, format).slice(0, truncated ? -1 : undefined);
      const seen = visibleWords(slice, format);
      assert.deepEqual(truncated ? seen.slice(0, named.length) : seen, named, `${finding.message} names ${JSON.stringify(slice)}`);
    }
  } else if (finding.kind === 'exact' || finding.kind === 'passage') {
    const related = finding.related[0];
    assert.deepEqual(visibleWords(slice, format), visibleWords(text.slice(related.offset, related.endOffset), format), `${finding.message}: ${JSON.stringify(slice)}`);
  } else {
    assert.ok(visibleWords(slice, format).length > 0);
  }
}

function assertFixRemovesWhatItSays(text: string, finding: Finding, fix: Fix): void {
  const result = applyFixes(text, [fix]);
  if (fix.action === 'delete-repeat') {
    assert.ok(fix.edits.every((edit) => edit.newText === ''), 'a repeat is deleted, not rewritten');
    const removed = union(fix.edits);
    assert.equal(result, removeRanges(text, removed), 'the fix removes exactly its ranges');
    for (const [start, end] of removed) {
      // Outside the finding's own range, only what surrounds a block may go.
      const before = text.slice(start, Math.max(start, Math.min(end, finding.offset)));
      const after = text.slice(Math.min(end, Math.max(start, finding.endOffset)), end);
      assert.match(before + after, aroundRepeat, `the fix removes more than the repeat: ${JSON.stringify(text.slice(start, end))}`);
    }
    // No comment, tag or link destination is lost unless the first copy holds it too.
    const related = finding.related[0];
    const available = markupIn(text, related.offset, related.endOffset).map((piece) => piece.value);
    for (const piece of markupIn(text, finding.offset, finding.endOffset)) {
      const cut = removed.some(([start, end]) => start < piece.end && end > piece.start);
      if (!cut) continue;
      assert.ok(removed.some(([start, end]) => start <= piece.start && end >= piece.end), `markup cut in half: ${piece.value}`);
      const at = available.indexOf(piece.value);
      assert.ok(at !== -1, `deletes ${piece.value}, which the first copy does not hold`);
      available.splice(at, 1);
    }
    return;
  }
  for (const edit of fix.edits) {
    if (edit.offset === edit.endOffset) {
      // An insertion lands between words, outside markup, and inside the finding's paragraph.
      assert.ok(!(isWordCharacter(text[edit.offset - 1]) && isWordCharacter(text[edit.offset])), `inserts mid-word at ${edit.offset}`);
      assert.ok(!isLowSurrogate(text.charCodeAt(edit.offset)), 'inserts inside a surrogate pair');
      assert.ok(!(text[edit.offset - 1] === '\r' && text[edit.offset] === '\n'), 'inserts inside a line break');
      assert.ok(!insideMarkup(text, edit.offset), `inserts inside markup at ${edit.offset}`);
      assert.ok(!/\n[ \t]*\r?\n/.test(text.slice(Math.min(edit.offset, finding.offset), Math.max(edit.offset, finding.endOffset))), 'inserts outside the paragraph');
    } else {
      assert.equal(text.slice(edit.offset, edit.endOffset), '.', 'only a full stop is replaced');
    }
  }
}

describe('fix ranges (fuzz)', () => {
  test('every finding names exactly its slice, and every fix removes exactly what it says', async () => {
    const checker = createChecker({rules: {'needs-attribution': 'info'}, attribution: {sensitivity: 'strict'}});
    let findingsSeen = 0;
    let repeatFixesSeen = 0;
    let keptMarkupSeen = 0;
    const details = await fc.check(
      fc.asyncProperty(draftSpec, async (spec) => {
        const text = draft(spec);
        const findings = await checker.check(text, {format: spec.format});
        findingsSeen += findings.length;
        for (const finding of findings) {
          assertFindingNamesItsSlice(text, spec.format, finding);
          for (const fix of finding.fixes) {
            assertFixRemovesWhatItSays(text, finding, fix);
            if (fix.action === 'delete-repeat') repeatFixesSeen++;
            if (fix.title.includes('keeping')) keptMarkupSeen++;
          }
        }
        // All the exact repeats deleted at once remove exactly the union of what each removes, but for blank lines at the end.
        const exact = findings.flatMap((finding) => (finding.kind === 'exact' || finding.kind === 'passage' ? finding.fixes.filter((fix) => fix.action === 'delete-repeat') : []));
        const result = applyFixes(text, exact);
        const expected = removeRanges(text, union(exact.flatMap((fix) => fix.edits)));
        assert.ok(result === expected || (expected.startsWith(result) && expected.slice(result.length).trim() === ''), 'fixing all removes the union of their ranges');
      }),
      {seed, numRuns: 2500}
    );
    // The failing draft itself, as text, says more than the generator's values.
    if (details.failed) assert.fail(`${JSON.stringify(draft(details.counterexample![0]))}: ${String(details.errorInstance)}`);
    // The generator reaches what it is meant to test.
    assert.ok(findingsSeen > 10_000, `only ${findingsSeen} findings`);
    assert.ok(repeatFixesSeen > 1200, `only ${repeatFixesSeen} repeat fixes`);
    assert.ok(keptMarkupSeen > 150, `only ${keptMarkupSeen} fixes kept markup`);
  });
});
