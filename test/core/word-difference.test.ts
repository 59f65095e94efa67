import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {describeWordChanges, maxComparedPairs, wordChanges} from '../../src/core/word-difference.js';

const first = 'Organisers have booked twelve bands for the main stage, and the rowing race will start at noon on Saturday beside the iron footbridge.';

describe('wordChanges', () => {
  test('one word replaced', () => {
    const copy = first.replace('Saturday', 'Sunday');
    assert.deepEqual(wordChanges(first, copy), [{first: 'Saturday', copy: 'Sunday'}]);
    assert.equal(describeWordChanges(wordChanges(first, copy)), 'Saturday → Sunday');
  });

  test('words added and dropped, in the copy’s order, as written in each copy', () => {
    const copy = 'Organisers have booked twelve bands for the stage, and the rowing race will start promptly at noon on Saturday beside the old iron footbridge.';
    assert.deepEqual(wordChanges(first, copy), [
      {first: 'main', copy: ''},
      {first: '', copy: 'promptly'},
      {first: '', copy: 'old'}
    ]);
    assert.equal(describeWordChanges(wordChanges(first, copy)), 'dropped “main”; added “promptly”; added “old”');
  });

  test('case, curly quotes and punctuation at a word’s edges do not count, as in the near-copy search', () => {
    assert.deepEqual(wordChanges('The mayor’s plan, agreed on Monday.', 'the Mayor\'s plan agreed on Monday'), []);
    assert.equal(describeWordChanges([]), 'the same words (only punctuation, case or spacing differ)');
    // A dash is compared as written.
    assert.deepEqual(wordChanges('rowing — and racing', 'rowing – and racing'), [{first: '—', copy: '–'}]);
  });

  test('a run of changed words is one change', () => {
    const copy = first.replace('at noon on Saturday', 'after lunch on Sunday');
    assert.deepEqual(wordChanges(first, copy), [
      {first: 'at noon', copy: 'after lunch'},
      {first: 'Saturday', copy: 'Sunday'}
    ]);
  });

  test('past the cap, the differing middle is one change', () => {
    const many = (word: string) => Array.from({length: Math.ceil(Math.sqrt(maxComparedPairs)) + 1}, (_, index) => `${word}${index}`).join(' ');
    const changes = wordChanges(`Start ${many('a')} end.`, `Start ${many('b')} end.`);
    assert.equal(changes.length, 1);
    assert.ok(changes[0]?.first.startsWith('a0 a1 ') && changes[0].copy.startsWith('b0 b1 '));
  });
});

describe('describeWordChanges', () => {
  test('a long paragraph’s differences are cut short: three changes, then how many more', () => {
    const changes = [
      {first: 'Monday', copy: 'Tuesday'},
      {first: 'twelve', copy: 'ten'},
      {first: '', copy: 'Volunteers can still sign up at the town library on weekdays.'},
      {first: 'noon', copy: 'one'},
      {first: 'old', copy: ''}
    ];
    assert.equal(describeWordChanges(changes), 'Monday → Tuesday; twelve → ten; added “Volunteers can still sign up at …”; and 2 more');
  });
});
