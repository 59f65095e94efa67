import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import type {AttributionSettings} from '../../src/core/index.js';
import {cues} from '../helpers/attribution.js';
import {findingsOf} from '../helpers/check.js';

// Every sentence here is written for these tests; none comes from a corpus.



describe('needs-attribution spans: exactly the trigger words', () => {
  const cases: Array<[string, string[]]> = [
    // The subject of the reporting verb, not the clause before the conjunction.
    ['The pier was damaged and officials said it would close.', ['vague-source: officials said']],
    ['The ferry sank in the storm but some analysts said it was sound.', ['vague-source: some analysts said']],
    ['The quay flooded and several residents have warned that the wall is failing.', ['vague-source: several residents have warned']],
    // A coordinated subject stays whole: no verb comes before the `and`.
    ['Local traders and some analysts said the quay would reopen.', ['vague-source: Local traders and some analysts said']],
    // A verb of change reaches its figure only through a preposition or a hedge, not across a clause.
    ['The ferry was lost when it exploded 73 miles out.', ['statistic: 73 miles']],
    ['Ticket sales fell by nearly 12 percent over the winter.', ['statistic: fell by nearly 12 percent']],
    // `14. In 1995` is no ratio: the full stop parts the two numbers; nor is `14 in 1995`.
    ['In 1995 there were 14. In 1995 it sank.', []],
    ['The yard built 14 in 1995.', []],
    // A range reads on to its second figure.
    ['Snow totalled six to 10 inches on the hills.', ['statistic: totalled six to 10 inches']],
    // A participle before a passive infinitive reports nothing; the vague source stays the one that speaks.
    ['Experts said it could take weeks to lift the hull and free the 12 crew estimated to be trapped inside.', ['vague-source: Experts said']]
  ];
  for (const [text, expected] of cases) {
    test(text, () => assert.deepEqual(cues(text, {sensitivity: 'strict'}), expected));
  }

  test('the finding range is the subject and the verb', async () => {
    const text = 'The pier was damaged and officials said it would close.';
    const [finding] = await findingsOf('needs-attribution', text, 'plaintext');
    assert.deepEqual([finding.offset, finding.endOffset, finding.actual], [25, 39, 'officials said']);
    assert.equal(finding.message, "Vague source: 'officials said' — name who says so.");
  });

  test('a cue never runs past a full stop that ends a sentence', () => {
    // parse-english keeps `14.` as one word, so these are one sentence to it.
    assert.deepEqual(cues('Harbour dues rose to 14. Critics say the rise is unfair.'), ['vague-source: Critics say']);
  });
});

/**
 * Sentences built from parts that carry cues of every kind, figures of
 * every shape (`1,214`, `3.5`, `14.` at a sentence's end), abbreviations
 * and quotations: each part is written for this test.
 */
const openings = ['The pier was damaged and', 'In 1995', 'Harbour dues', 'The ferry', 'Ticket sales', 'Sen. Ann Marsh said', 'The council', 'Some 1,214 passengers', 'Critics say', 'The quay flooded, and', 'No. 5', 'The U.S. Coast Guard said'];
const middles = ['officials said it would close', 'there were 14', 'rose 3.5 per cent', 'fell 12 percent', 'was lost when it exploded 73', 'is expected to reopen', 'hopes to win', 'is deeply unpopular', 'was the largest in its history', 'reportedly doubled', 'some analysts said', 'was cancelled because of fog', 'cost $2.5 million', 'illegally moved funds', 'lost 4,000 jobs', 'said "we will sail at dawn"', 'and many economists warned', 'Flight 370 vanished'];
const endings = ['.', ' in 1995.', ' since 2019.', ' last year.', ', the port said.', ' in May.', ', analysts said.', ' by 40%.', '!', '?'];
const generated = fc.tuple(fc.constantFrom(...openings), fc.constantFrom(...middles), fc.constantFrom(...endings)).map(([opening, middle, ending]) => `${opening} ${middle}${ending}`);
const paragraphs = fc.array(generated, {minLength: 1, maxLength: 5});

/** A letter or digit: two of them side by side are one word. */
const wordCharacter = /[\p{L}\p{N}]/u;

/** Whether an offset falls between two characters of one word or one number (`1,2|14`, `3.|5`). */
function insideWord(text: string, at: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text[at] ?? ' ';
  if (wordCharacter.test(before) && wordCharacter.test(after)) return true;
  // A number's comma or decimal point with digits on both sides.
  if ((before === '.' || before === ',') && /\d/.test(text[at - 2] ?? '') && /\d/.test(after)) return true;
  return (after === '.' || after === ',') && /\d/.test(before) && /\d/.test(text[at + 1] ?? '');
}

describe('needs-attribution spans: property', () => {
  test('every finding lies inside one sentence and starts and ends on word boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphs, fc.constantFrom<AttributionSettings['sensitivity']>('strict', 'balanced'), async (sentences, sensitivity) => {
        const text = sentences.join(' ');
        const bounds: Array<[number, number]> = [];
        let at = 0;
        for (const sentence of sentences) {
          bounds.push([at, at + sentence.length]);
          at += sentence.length + 1;
        }
        for (const finding of await findingsOf('needs-attribution', text, 'plaintext', {attribution: {sensitivity}})) {
          const {offset, endOffset} = finding;
          const where = `${JSON.stringify(text.slice(offset, endOffset))} in ${JSON.stringify(text)}`;
          assert.ok(endOffset > offset, `empty range: ${where}`);
          assert.ok(bounds.some(([start, end]) => start <= offset && endOffset <= end), `crosses a sentence: ${where}`);
          assert.ok(!insideWord(text, offset) && !insideWord(text, endOffset), `cuts a word or number: ${where}`);
        }
      }),
      {seed: 1313, numRuns: 300}
    );
  });
});
