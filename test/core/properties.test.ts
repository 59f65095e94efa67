import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {applyFixes, createChecker, type Finding, type Format} from '../../src/core/index.js';
import {segment} from '../../src/core/document/segment.js';

const checker = createChecker();

function assertInside(text: string, findings: Finding[]): void {
  for (const finding of findings) {
    const spans = [finding, ...finding.related, ...finding.fixes.flatMap((fix) => fix.edits)];
    for (const span of spans) {
      assert.ok(span.offset >= 0 && span.offset <= span.endOffset && span.endOffset <= text.length, `span ${span.offset}-${span.endOffset} outside ${text.length}`);
    }
  }
}

/** Folded texts of the paragraphs long enough to be compared. */
function paragraphs(text: string, format: Format): string[] {
  return segment(text, format)
    .blocks.filter((block) => block.kind === 'paragraph')
    .flatMap((block) => (block.prose?.text ? [block.prose.text] : []))
    .filter((item) => item.words.length >= 8)
    .map((item) => item.folded);
}

const word = fc.constantFrom('harbour', 'council', 'ferry', 'the', 'said', 'river', 'budget', 'school', 'winter', 'crew', 'market', 'island', 'plans', 'new', 'old', 'quay');
const sentence = fc.array(word, {minLength: 6, maxLength: 14}).map((words) => {
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
});
// A paragraph long enough that a plain-text draft of them is written one paragraph a line.
const paragraph = fc.array(sentence, {minLength: 2, maxLength: 4}).map((sentences) => sentences.join(' ')).filter((text) => text.length > 100);

describe('properties', () => {
  test('random and adversarial text: no throw, every range inside the document', async () => {
    const noisy = fc.string({unit: fc.constantFrom('a', 'B', ' ', '\n', '\r\n', '*', '#', '-', '—', '“', '"', '.', '?', '`', '|', '>', '1', '😀', 'é', '東', '<!--', '-->', '\t', '[', ']', '(', ')', '_'), maxLength: 400});
    await fc.assert(
      fc.asyncProperty(noisy, fc.constantFrom<Format>('markdown', 'plaintext'), async (text, format) => {
        const findings = await checker.check(text, {format});
        assertInside(text, findings);
      }),
      {numRuns: 300}
    );
  });

  test('applying every exact-repeat fix leaves every distinct paragraph exactly once', async () => {
    const document = fc.record({
      pool: fc.uniqueArray(paragraph, {minLength: 1, maxLength: 5, selector: (text) => text.toLowerCase()}),
      picks: fc.array(fc.nat(), {minLength: 1, maxLength: 12}),
      format: fc.constantFrom<Format>('markdown', 'plaintext'),
      separator: fc.constantFrom('\n\n', '\r\n\r\n', '\n'),
      trailing: fc.constantFrom('', '\n')
    });
    await fc.assert(
      fc.asyncProperty(document, async ({pool, picks, format, separator, trailing}) => {
        // Markdown needs blank lines between paragraphs; one line break joins them into one.
        const joiner = format === 'markdown' && separator === '\n' ? '\n\n' : separator;
        const text = picks.map((pick) => pool[pick % pool.length]).join(joiner) + trailing;
        const findings = await checker.check(text, {format});
        assertInside(text, findings);
        const exact = findings.filter((finding) => finding.kind === 'exact');
        const result = applyFixes(text, exact.map((finding) => finding.fixes[0]));
        const before = new Set(paragraphs(text, format));
        const after = paragraphs(result, format);
        assert.deepEqual([...after].sort(), [...before].sort());
        const again = await checker.check(result, {format});
        assert.deepEqual(again.filter((finding) => finding.kind === 'exact'), []);
      }),
      {numRuns: 200}
    );
  });
});
