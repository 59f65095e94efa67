import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {brief, findingsOf, fixed} from '../helpers/check.js';

describe('repeated-heading', () => {
  test('an ATX heading repeated: the first is related, the fix deletes the repeat', async () => {
    const text = '# Harbour news\n\nThe quay reopens.\n\n## Harbour News:\n\nMore to come.\n';
    const findings = await findingsOf('repeated-heading', text);
    assert.deepEqual(findings.map(brief), ['5:1-5:17: This heading repeats the heading on line 1.']);
    assert.equal(findings[0].kind, 'exact');
    assert.deepEqual(findings[0].related.map((span) => [span.line, span.column, span.endLine, span.endColumn]), [[1, 1, 1, 15]]);
    assert.equal(findings[0].fixes[0].title, 'Delete this repeated heading');
    assert.equal(fixed(text, findings), '# Harbour news\n\nThe quay reopens.\n\nMore to come.\n');
  });

  test('setext, bold-line and ATX forms of one heading match each other', async () => {
    const text = 'Storm warning\n=============\n\n**Storm warning**\n\n### _Storm_ warning ###\n';
    const findings = await findingsOf('repeated-heading', text);
    assert.deepEqual(findings.map((finding) => [finding.line, finding.related[0].line]), [[4, 1], [6, 1]]);
    assert.equal(fixed(text, findings.slice(0, 1)), 'Storm warning\n=============\n\n### _Storm_ warning ###\n');
  });

  test('a longer heading is a different heading', async () => {
    assert.deepEqual(await findingsOf('repeated-heading', '## Reaction\n\n## Reaction abroad\n'), []);
  });

  test('plain text: bold lines and title lines are headings', async () => {
    const body = 'The lifeboat crew launched twice over the weekend to help walkers cut off by the tide at the point, and both rescues ended well.';
    const text = `**Tide rescues**\n\n${body}\n\nTide rescues\n\n${body.replace('twice', 'three times')}\n`;
    const findings = await findingsOf('repeated-heading', text, 'plaintext');
    assert.deepEqual(findings.map(brief), ['5:1-5:13: This heading repeats the heading on line 1.']);
  });

  test('plain text: a sentence line is no title, even when repeated', async () => {
    const text = 'The ferry was late.\n\nThe ferry was late.\n';
    assert.deepEqual(await findingsOf('repeated-heading', text, 'plaintext'), []);
  });

  test('plain text: a title line over a hard-wrapped paragraph', async () => {
    const text = 'Road closures\nThe coast road between the two villages will close\nfor resurfacing from Monday, the county said.\n\nRoad closures\n';
    const findings = await findingsOf('repeated-heading', text, 'plaintext');
    assert.deepEqual(findings.map(brief), ['5:1-5:14: This heading repeats the heading on line 1.']);
  });

  // markdownlint's own cases for its duplicate-heading rule, kept in test/external with its licence.
  const external = new URL('../external/markdownlint/', import.meta.url);
  const expected: Record<string, number[]> = {
    'heading_duplicate_content.md': [5, 7],
    'heading_duplicate_content_no_different_nesting.md': [11]
  };
  for (const [name, lines] of Object.entries(expected)) {
    test(`agrees with markdownlint on ${name}`, async () => {
      const text = readFileSync(new URL(name, external), 'utf8');
      const findings = await findingsOf('repeated-heading', text);
      assert.deepEqual(findings.map((finding) => finding.line), lines);
    });
  }
});
