import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {SentenceCounts} from '../../src/core/text/repeated-runs.js';
import type {SentenceText} from '../../src/core/text/paragraph-text.js';

/** A paragraph as the counts see it: its sentences, folded. */
const sentence = (folded: string): SentenceText => ({start: 0, end: folded.length, folded, wordCount: folded ? folded.split(' ').length : 0});
const pool = ['the quay reopens', 'fares rose', 'the crew said no', '', 'winter came early'].map((folded) => ({sentences: [sentence(folded)]}));
const paragraphs = fc.array(fc.constantFrom(...pool), {maxLength: 30});

test('sentence counts kept across updates equal counts made from scratch', () => {
  fc.assert(
    fc.property(fc.array(paragraphs, {minLength: 2, maxLength: 8}), (versions) => {
      const kept = new SentenceCounts();
      for (const version of versions) {
        kept.update(version);
        const fresh = new SentenceCounts();
        fresh.update(version);
        for (const {sentences} of pool) assert.equal(kept.repeated(sentences[0].folded), fresh.repeated(sentences[0].folded));
      }
    })
  );
});

test('a sentence is repeated only while it occurs twice', () => {
  const counts = new SentenceCounts();
  const [quay, fares] = pool;
  counts.update([quay, fares, quay]);
  assert.equal(counts.repeated('the quay reopens'), true);
  assert.equal(counts.repeated('fares rose'), false);
  counts.update([quay, fares]);
  assert.equal(counts.repeated('the quay reopens'), false);
});
