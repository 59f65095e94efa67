import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {applyFixes, check, exactRepeatFix, isExactRepeat, type Fix} from '../../src/core/index.js';

/** A fix of single-line edits at offsets (lines and columns do not matter to applyFixes). */
function fix(...edits: Array<[number, number, string]>): Fix {
  return {title: 't', action: 'delete-repeat', edits: edits.map(([offset, endOffset, newText]) => ({offset, endOffset, newText, line: 1, column: offset + 1, endLine: 1, endColumn: endOffset + 1}))};
}

describe('applyFixes', () => {
  test('applies edits from the end so earlier offsets stay valid', () => {
    assert.equal(applyFixes('abcdef', [fix([0, 1, 'X']), fix([4, 6, ''])]), 'Xbcd');
  });

  test('overlapping deletions remove their union', () => {
    assert.equal(applyFixes('0123456789', [fix([2, 5, '']), fix([4, 7, ''])]), '01789');
  });

  test('overlapping deletions that run to the end of the text take the blank lines before them', () => {
    const text = 'First.\n\nSecond.\n\nThird.\n\nFourth.\n';
    // What deleting each of the last two paragraphs removes (see removalRange): the third with the blank line after it, the last with the one before it.
    assert.equal(applyFixes(text, [fix([17, 25, '']), fix([24, 33, ''])]), 'First.\n\nSecond.\n');
  });

  test('deleting the last two paragraphs, both repeats, leaves the text ending as it did', async () => {
    const first = 'The harbour board met on Tuesday to discuss the winter timetable for the island ferry.';
    const second = 'The council approved the money for the bridge repairs after a long debate in the chamber.';
    const text = [first, second, first, second].join('\n\n') + '\n';
    const fixes = (await check(text, {format: 'plaintext'})).flatMap((finding) => exactRepeatFix(finding) ?? []);
    assert.equal(fixes.length, 2);
    assert.equal(applyFixes(text, fixes), `${first}\n\n${second}\n`);
  });

  test('an edit that overlaps a replacement already taken is skipped', () => {
    assert.equal(applyFixes('0123456789', [fix([2, 5, 'X']), fix([4, 7, 'Y'])]), '0123Y789');
  });

  test('the same edit offered twice is applied once', () => {
    assert.equal(applyFixes('abc', [fix([1, 1, '!']), fix([1, 1, '!'])]), 'a!bc');
  });
});

describe('exact repeats', () => {
  test('exact paragraphs, passages and headings are exact repeats; near copies and claims are not', async () => {
    const paragraph = 'The coastal path between the two coves has been closed after a rockfall on Sunday night.';
    const text = `# Path closed\n\n${paragraph}\n\n${paragraph}\n\n${paragraph.replace('Sunday', 'Monday')}\n\n# Path closed\n\nVisitor numbers fell by 40 percent.\n`;
    const findings = await check(text, {format: 'markdown'});
    assert.deepEqual(
      findings.map((finding) => [finding.rule, finding.kind, isExactRepeat(finding), exactRepeatFix(finding)?.title]),
      [
        ['duplicate-paragraph', 'exact', true, 'Delete this repeated paragraph'],
        ['duplicate-paragraph', 'near', false, undefined],
        ['repeated-heading', 'exact', true, 'Delete this repeated heading'],
        ['needs-attribution', 'statistic', false, undefined]
      ]
    );
  });
});
