/**
 * Markdown findings point at the characters they name, however the
 * paragraph is wrapped: CommonMark drops trailing spaces, continuation
 * indents and `>` markers from its text, and decodes escapes and character
 * references, and none of that may shift a finding or its fix.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {check} from '../../src/core/index.js';
import {findingsOf, fixed} from '../helpers/check.js';

const keeper = 'The lighthouse keeper retired on Friday after forty years on the rock. He plans to write a book about the winter storms he saw. His daughter will take over the lamp next spring.';

describe('Markdown offsets', () => {
  test('lines ending in a space and indented lines before a repeated passage do not shift it', async () => {
    const second = 'A *short* note comes first here. \nIt carries on below. \n   An indented line follows. \n' + keeper + ' Nothing else repeats.';
    const text = `${keeper}\n\n${second}\n`;
    const [finding, ...rest] = await findingsOf('duplicate-paragraph', text);
    assert.equal(rest.length, 0);
    assert.equal(finding.kind, 'passage');
    assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [6, 1, 6, 178]);
    assert.equal(text.slice(finding.offset, finding.endOffset), keeper);
    assert.equal(fixed(text, [finding]), `${keeper}\n\nA *short* note comes first here. \nIt carries on below. \n   An indented line follows. \nNothing else repeats.\n`);
  });

  test('with CRLF line ends the fix leaves no bare carriage return', async () => {
    const text = `${keeper}\r\n\r\nOur _second_ item. \r\nIt goes on. \r\n${keeper} The end.\r\n`;
    const [finding] = await findingsOf('duplicate-paragraph', text);
    assert.equal(text.slice(finding.offset, finding.endOffset), keeper);
    assert.equal(fixed(text, [finding]), `${keeper}\r\n\r\nOur _second_ item. \r\nIt goes on. \r\nThe end.\r\n`);
  });

  test('a repeat inside a block quote is found where its words are', async () => {
    const text = `${keeper}\n\n> Quoted first. \n>   ${keeper}\n`;
    const [finding] = await findingsOf('duplicate-paragraph', text);
    assert.equal(text.slice(finding.offset, finding.endOffset), keeper);
    assert.equal(fixed(text, [finding]), `${keeper}\n\n> Quoted first.\n`);
  });

  test('attribution findings and insertions stay on their words after references, escapes and inline HTML', async () => {
    const text = 'Rates at the *old* mill &amp; the quay went up. \n  Tolls on the bridge <b>will</b> rise by 40% next year. \r\nCritics say the plan is a 😀 disaster.\n';
    const findings = await findingsOf('needs-attribution', text);
    assert.deepEqual(
      findings.map((finding) => [finding.kind, text.slice(finding.offset, finding.endOffset), finding.line, finding.column]),
      [
        ['statistic', 'rise by 40%', 2, 35],
        ['vague-source', 'Critics say', 3, 1]
      ]
    );
    // Each insertion goes just before the sentence's full stop, never inside a word or a surrogate pair.
    const inserts = findings.flatMap((finding) => finding.fixes.flatMap((fix) => fix.edits.map((edit) => edit.offset)));
    assert.deepEqual(
      inserts.map((offset) => text.slice(offset - 4, offset) + '|' + text.slice(offset, offset + 1)),
      ['year|.', 'year|.', 'ster|.', 'ster|.']
    );
  });

  test('a heading written with escapes and references is compared by what it says, and found where it is', async () => {
    const text = '# Tolls \\& fares\n\nSome text.\n\n# Tolls &amp; fares\n';
    const [finding] = await findingsOf('repeated-heading', text);
    assert.equal(text.slice(finding.offset, finding.endOffset), '# Tolls &amp; fares');
    assert.equal(fixed(text, [finding]), '# Tolls \\& fares\n\nSome text.\n');
  });

  test('no finding of a long wrapped paragraph lands off its words', async () => {
    const lines = Array.from({length: 40}, (_, index) => `Fares on route ${index} will *rise* by ${index + 10}% next year. `);
    const text = lines.join('\n  ') + '\n';
    const findings = await check(text, {format: 'markdown', settings: {rules: {'needs-attribution': 'info'}}});
    assert.ok(findings.length >= 40, `${findings.length} findings`);
    for (const finding of findings) {
      const slice = text.slice(finding.offset, finding.endOffset);
      assert.equal(slice, slice.trim(), `${JSON.stringify(slice)} starts and ends on words`);
      assert.match(slice, /^rise\* by \d+%$/);
    }
  });
});
