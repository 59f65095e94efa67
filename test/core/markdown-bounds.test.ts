/**
 * Markdown the parser is slow on, or nests deeper than the stack allows, is
 * read as plain text: nothing throws, and the rest of the draft is checked
 * as before. Each shape is one the parser took seconds on, or overflowed
 * the stack with, at these sizes; read within the limits each takes
 * milliseconds, so a regression shows as a test that does not finish.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {check} from '../../src/core/index.js';
import {maxChunkLength, maxDelimiters, maxNesting, markdownRisk} from '../../src/core/document/markdown-bounds.js';
import {parseVerbatim} from '../../src/core/document/prose.js';

const repeated = 'The night ferry to the island was cancelled twice this week because of the gales.';

/** A draft with `hostile` between a paragraph and its repeat, and the repeat's finding. */
async function repeatAround(hostile: string): Promise<{text: string; offsets: number[][]}> {
  const text = `${repeated}\n\n${hostile}\n\n${repeated}\n`;
  const findings = await check(text, {format: 'markdown'});
  return {text, offsets: findings.filter((finding) => finding.rule === 'duplicate-paragraph').map((finding) => [finding.offset, finding.endOffset])};
}

const shapes: Record<string, string> = {
  'unmatched emphasis markers (a* × 40,000)': 'a*'.repeat(40_000),
  'underscores (_a × 100,000)': '_a'.repeat(100_000),
  'block quotes nested 2,794 deep': '>'.repeat(2794) + ' deep',
  'list markers nested 10,000 deep': '- '.repeat(10_000) + 'item',
  'list items indented deeper on each line': Array.from({length: 3000}, (_, index) => ' '.repeat(index * 2) + '- item ' + index).join('\n'),
  'a table of 50,000 rows': '| a |\n|---|\n' + '| x |\n'.repeat(50_000),
  'unclosed brackets (x [note?] × 20,000)': 'x [note?] '.repeat(20_000),
  'nested brackets 50,000 deep': '['.repeat(50_000) + 'a' + ']'.repeat(50_000)
};

describe('Markdown the parser cannot read in bounded time', () => {
  for (const [name, hostile] of Object.entries(shapes)) {
    test(`${name}: read as plain text, and the rest of the draft is still checked`, async () => {
      assert.ok(markdownRisk(hostile), 'past a limit');
      const {text, offsets} = await repeatAround(hostile);
      const second = text.lastIndexOf(repeated);
      // The hostile text may repeat itself too; the paragraph's repeat is found where it is.
      assert.ok(offsets.some(([start, end]) => start === second && end === second + repeated.length), JSON.stringify(offsets.slice(0, 3)));
    });
  }

  test('a long table is a table, not prose to check for attribution', async () => {
    const table = '| Town | Turnout |\n|---|---|\n' + Array.from({length: 5000}, (_, index) => `| Ward ${index} | ${index % 90}% |`).join('\n');
    assert.ok(table.length > maxChunkLength);
    const findings = await check(`Results by ward.\n\n${table}\n`, {format: 'markdown', settings: {rules: {'needs-attribution': 'info'}}});
    assert.deepEqual(findings, []);
  });

  test('ordinary Markdown is within every limit', () => {
    const draft = [
      '# Council *agrees* budget',
      'The [council](https://example.org) met on **Monday** and voted `7-2` for the plan. <!-- check vote -->',
      '> A quote, with _emphasis_,\n> over two lines.',
      '- one\n  - two\n    - three\n      1. four',
      '| Ward | Turnout |\n|---|---|\n' + '| North | 41% |\n'.repeat(200)
    ];
    for (const chunk of draft) assert.equal(markdownRisk(chunk), undefined, chunk.slice(0, 30));
  });

  test('the limits say why', () => {
    assert.equal(markdownRisk('x'.repeat(maxChunkLength + 1)), `it runs ${maxChunkLength + 1} characters without a blank line`);
    assert.equal(markdownRisk('*a '.repeat(maxDelimiters + 1)), `it holds ${maxDelimiters + 1} markup characters of one kind`);
    assert.equal(markdownRisk('> '.repeat(maxNesting) + 'x'), undefined);
    assert.equal(markdownRisk('> '.repeat(maxNesting + 1) + 'x'), `a line is nested ${maxNesting + 1} levels deep`);
  });
});

describe('long runs of prose', () => {
  const runs: Record<string, string> = {
    'a sentence that goes on for 200,000 characters after a short one': 'Hi. a' + ' !'.repeat(100_000),
    'one word of 300,000 characters': 'x'.repeat(300_000),
    'symbols with no words': 'Hi. ' + '- '.repeat(100_000),
    'emoji with no spaces, cut nowhere inside a pair': 'Hi. ' + '😀'.repeat(50_000)
  };
  for (const [name, text] of Object.entries(runs)) {
    test(`${name}: parsed in pieces, every token where it stands`, () => {
      const paragraph = parseVerbatim(text);
      let covered = 0;
      // Sentences and the white space between them cover the text, token after token.
      const tokens = paragraph.children.flatMap((child) => (child.type === 'SentenceNode' ? child.children : [child]));
      for (const token of tokens) {
        const {start, end} = token.position!;
        assert.equal(start.offset, covered, 'tokens follow each other');
        covered = end.offset!;
        if ('value' in token) assert.equal(text.slice(start.offset, end.offset), token.value);
      }
      assert.equal(covered, text.length);
    });
  }
});
