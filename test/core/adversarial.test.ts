/**
 * Hostile input: text made of Markdown's markup characters, line ends of
 * every kind, references, surrogate pairs and combining marks, repeated in
 * runs of thousands. Whatever it is, the checker answers without throwing,
 * every finding and fix stays inside the text and on whole code points,
 * deletions remove exactly what they name, and the work it does is linear
 * in the text's length (see work.ts).
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {applyFixes, createChecker, type Finding, type Format} from '../../src/core/index.js';
import {maxChunkLength} from '../../src/core/document/markdown-bounds.js';
import {maxPiece} from '../../src/core/document/prose.js';
import {maxEdits} from '../../src/core/text/similarity.js';
import {resetWork, work} from '../../src/core/work.js';

const seed = 20_261_207;

const fragments = [
  'The council said the mayor will cost £3m more, critics say. ',
  '*', '_', '**', '~~', '[', ']', '(', ')', '](x)', '<', '>', '</b>', '<b>', '!', '`', '```', '#', '# ', '- ', '> ', '1. ', '|', '|---|', '\\', '&amp;', '&#x1F600;', '&', '<!--', '-->',
  '\n', '\r\n', '\r', '\n\n', ' ', '  ', '    ', '\t', '---', '===',
  'word', 'The ferry', 'will cost', 'said the mayor', '40%', '£3m', 'critics say', 'according to', '[source?]', 'Dr.', 'U.S.', '.', '?', '…', '“', '”', '"', "'",
  '😀', '\u0301', '\u200d', '東京', 'é'
];

const run = fc.record({
  fragment: fc.constantFrom(...fragments),
  times: fc.oneof({weight: 6, arbitrary: fc.integer({min: 1, max: 4})}, {weight: 2, arbitrary: fc.integer({min: 5, max: 60})}, {weight: 1, arbitrary: fc.integer({min: 500, max: 8000})})
});

const documentSpec = fc.record({
  runs: fc.array(run, {minLength: 1, maxLength: 40}),
  format: fc.constantFrom<Format>('markdown', 'plaintext'),
  // A real paragraph, repeated, so repeat findings and their fixes are exercised among the noise.
  echo: fc.boolean()
});

const paragraph = 'The harbour board voted on Monday to raise mooring fees by 12% from April, the third rise in two years.';

function documentOf(spec: {runs: Array<{fragment: string; times: number}>; echo: boolean}): string {
  const noise = spec.runs.map(({fragment, times}) => fragment.repeat(times)).join('');
  return spec.echo ? `${paragraph}\n\n${noise}\n\n${paragraph}\n` : noise;
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** 1-based line and column of `offset`; a line ends at `\n` (a lone `\r` does not end one: see lineStarts in report.ts). */
function pointOf(text: string, offset: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return [line, offset - lineStart + 1];
}

function assertInside(text: string, finding: Finding): void {
  const where = `${finding.rule} ${finding.offset}-${finding.endOffset}`;
  assert.ok(finding.offset >= 0 && finding.offset <= finding.endOffset && finding.endOffset <= text.length, `${where} inside the text`);
  assert.ok(!splitsPair(text, finding.offset) && !splitsPair(text, finding.endOffset), `${where} on whole code points`);
  assert.deepEqual([finding.line, finding.column], pointOf(text, finding.offset), `${where} line and column`);
  for (const fix of finding.fixes) {
    for (const edit of fix.edits) {
      assert.ok(edit.offset >= 0 && edit.offset <= edit.endOffset && edit.endOffset <= text.length, `${where}: ${fix.title} inside the text`);
      assert.ok(!splitsPair(text, edit.offset) && !splitsPair(text, edit.endOffset), `${where}: ${fix.title} on whole code points`);
    }
    if (fix.action === 'delete-repeat') {
      // A deletion removes its ranges and nothing else.
      const ranges = [...fix.edits].sort((a, b) => b.offset - a.offset);
      let expected = text;
      for (const edit of ranges) expected = expected.slice(0, edit.offset) + expected.slice(edit.endOffset);
      assert.equal(applyFixes(text, [fix]), expected, `${where}: ${fix.title}`);
    }
  }
}

describe('hostile input (fuzz)', () => {
  test('never throws, and every finding and fix stays on the text', async () => {
    const checker = createChecker({rules: {'needs-attribution': 'info'}, attribution: {sensitivity: 'strict'}});
    let largest = 0;
    let echoesFound = 0;
    let parsedMost = 0;
    const details = await fc.check(
      fc.asyncProperty(documentSpec, async (spec) => {
        const text = documentOf(spec);
        largest = Math.max(largest, text.length);
        resetWork();
        const findings = await checker.check(text, {format: spec.format});
        // Linear work: the parsers, superlinear on some input, get bounded pieces, and each paragraph is compared with at most 12 others in a band of fixed width.
        assert.ok(work.longestMarkdownParse <= maxChunkLength, `Markdown parsed ${work.longestMarkdownParse} characters at once`);
        assert.ok(work.longestProseParse <= maxPiece, `prose parsed ${work.longestProseParse} characters at once`);
        assert.ok(work.comparedCells <= 12 * (2 * maxEdits + 1) * text.length, `${work.comparedCells} cells compared`);
        parsedMost = Math.max(parsedMost, work.longestMarkdownParse);
        for (const finding of findings) assertInside(text, finding);
        if (spec.echo && findings.some((finding) => finding.rule === 'duplicate-paragraph' && text.slice(finding.offset, finding.endOffset) === paragraph)) echoesFound++;
        applyFixes(
          text,
          findings.flatMap((finding) => finding.fixes)
        );
      }),
      {seed, numRuns: 1500}
    );
    if (details.failed) assert.fail(`${JSON.stringify(documentOf(details.counterexample![0]).slice(0, 400))} (${details.counterexample![0].format}): ${String(details.errorInstance)}`);
    assert.ok(largest > 50_000, `the largest document was ${largest} characters`);
    assert.ok(parsedMost > maxChunkLength / 2, `the longest Markdown parse was ${parsedMost} characters`);
    assert.ok(echoesFound > 50, `the repeated paragraph was found in ${echoesFound} documents`);
  });
});
