import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {check, fixAllRepeats} from '../../src/core/index.js';

const ferry = 'The ferry timetable changes on Monday, with two extra sailings each weekday morning.';
const pier = 'Repairs to the north pier will close the car park for most of the summer season.';

describe('fixAllRepeats (the command line’s --fix and the editor’s Delete Every Exact Repeat)', () => {
  test('deletes every exact repeat and heading, re-checks the fixed text, and says what it removed', async () => {
    const text = `# Harbour news\n\n${ferry}\n\n${pier}\n\n# Harbour news\n\n${ferry}\n\n${pier.replace('summer', 'autumn')}\n`;
    const rechecked: string[] = [];
    const fixed = await fixAllRepeats(text, await check(text), (next) => {
      rechecked.push(next);
      return check(next);
    });
    assert.equal(fixed.text, `# Harbour news\n\n${ferry}\n\n${pier}\n\n${pier.replace('summer', 'autumn')}\n`);
    assert.deepEqual(rechecked, [fixed.text]);
    assert.deepEqual(fixed.removals, [
      {line: 7, what: 'repeated heading', chars: 16},
      {line: 9, what: 'repeated paragraph', chars: 86}
    ]);
    // The near copy is left for a person, and still reported.
    assert.deepEqual(
      fixed.findings.filter((finding) => finding.rule === 'duplicate-paragraph').map((finding) => finding.kind),
      ['near']
    );
  });

  test('a text with no exact repeat is returned as it is, without a re-check', async () => {
    let rechecks = 0;
    const fixed = await fixAllRepeats(`${ferry}\n`, await check(`${ferry}\n`), () => {
      rechecks++;
      return [];
    });
    assert.deepEqual([fixed.text, fixed.removals, rechecks], [`${ferry}\n`, [], 0]);
  });
});
