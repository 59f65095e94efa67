import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {editSimilarity, maxEdits, mayReach, wordBag} from '../../src/core/text/similarity.js';

/** Word edit similarity by the full table, for comparison with the banded one. */
function fullTable(a: readonly string[], b: readonly string[], minimum: number): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    previous = current;
  }
  const distance = previous[b.length];
  return distance > Math.floor((1 - minimum) * longest + 1e-9) ? 0 : 1 - distance / longest;
}

test('the banded similarity equals the full table’s, or 0 below the minimum', () => {
  const words = fc.array(fc.constantFrom('quay', 'ferry', 'tide', 'crew'), {maxLength: 30});
  fc.assert(
    fc.property(words, words, fc.constantFrom(0, 0.5, 0.8, 0.9), (a, b, minimum) => {
      assert.equal(editSimilarity(a, b, minimum), fullTable(a, b, minimum));
    }),
    {numRuns: 2000}
  );
});

test('one word changed in twenty scores 0.95', () => {
  const a = 'the night ferry left the quay late on friday because the crew waited for the very last bus from town'.split(' ');
  const b = [...a];
  b[5] = 'pier';
  assert.equal(a.length, 20);
  assert.equal(editSimilarity(a, b, 0.8), 0.95);
});

test('paragraphs of 40,000 words are compared within a band of fixed width', () => {
  // With a band a fifth of the length wide, this pair took seconds; its width is now 2 × maxEdits + 1 words.
  const a = Array.from({length: 40_000}, (_, index) => `w${index % 997}`);
  const b = [...a];
  b[20_000] = 'changed';
  b.splice(30_000, 1);
  assert.equal(editSimilarity(a, b, 0.8), 1 - 2 / 40_000);
});

test('past maxEdits edits, long paragraphs are not near copies even within the threshold', () => {
  const a = Array.from({length: 5000}, (_, index) => `w${index}`);
  const within = a.map((word, index) => (index % 12 === 0 && index < 12 * maxEdits ? 'x' : word));
  const beyond = a.map((word, index) => (index % 12 === 0 && index < 12 * (maxEdits + 1) ? 'x' : word));
  assert.equal(editSimilarity(a, within, 0.8), 1 - maxEdits / 5000);
  assert.equal(editSimilarity(a, beyond, 0.8), 0);
});

test('the word-bag bound never rules out a pair the table scores', () => {
  // Few words, so most pairs share many: the bound is tight and a wrong cut would show.
  const words = fc.array(fc.constantFrom('quay', 'ferry', 'tide', 'crew', 'the'), {maxLength: 30});
  fc.assert(
    fc.property(words, words, fc.constantFrom(0, 0.5, 0.8, 0.9, 1), (a, b, minimum) => {
      if (!mayReach(wordBag(a), wordBag(b), minimum)) assert.equal(editSimilarity(a, b, minimum), 0);
    }),
    {numRuns: 2000}
  );
});

test('the word-bag bound rules out paragraphs with too few words in common', () => {
  const a = 'the council approved the winter timetable on tuesday after a long debate'.split(' ');
  const b = 'the harbour board rejected a plan to dredge the channel on friday morning'.split(' ');
  assert.equal(mayReach(wordBag(a), wordBag(b), 0.8), false);
  assert.equal(mayReach(wordBag(a), wordBag(a.map((word) => (word === 'winter' ? 'summer' : word))), 0.8), true);
});
