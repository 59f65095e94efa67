import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Paragraph, SentenceContent} from 'nlcst';
import {ParseEnglish} from 'parse-english';
import {cues} from '../helpers/attribution.js';

// Every sentence here is written for these tests; none comes from a corpus.


function parse(text: string): Paragraph {
  return new ParseEnglish().parse(text).children[0] as Paragraph;
}


/** The paragraph as one sentence, as a splitter that knows `No.` reads it. */
function oneSentence(text: string): Paragraph {
  const paragraph = parse(text);
  const children: SentenceContent[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') children.push(...child.children);
    else if (child.type === 'WhiteSpaceNode') children.push(child);
  }
  return {...paragraph, children: [{type: 'SentenceNode', children}]};
}

describe('needs-attribution figures: records and superlatives are claims', () => {
  const records: Array<[string, string]> = [
    ["It was the largest public works project in the town's history.", 'statistic: the largest'],
    ['The final drew the biggest crowd the stadium has ever seen.', 'statistic: the biggest'],
    ['Harbour dues are now the highest on record.', 'statistic: the highest'],
    // A superlative of judgement stays a judgement; as a record it flags at every sensitivity.
    ["It was the best season in the club's history.", 'evaluative: the best']
  ];
  for (const [text, expected] of records) {
    test(`${text} (lenient)`, () => assert.deepEqual(cues(parse(text), {sensitivity: 'lenient'}), [expected]));
  }

  test('a superlative with no scope describes, and waits for strict', () => {
    assert.deepEqual(cues(parse('The cheapest seats sold out in an hour.')), []);
    assert.deepEqual(cues(parse('The cheapest seats sold out in an hour.'), {sensitivity: 'strict'}), ['statistic: The cheapest']);
  });

  test('a record word past the clause does not scope it', () => {
    assert.deepEqual(cues(parse('The biggest ferry left first, and the crew had never seen such a storm.')), []);
  });
});

describe('needs-attribution figures: numbers that are names are no statistics', () => {
  const names = [
    'Flight 370 left the island at dawn.',
    'The new Boeing 737 was grounded on Monday.',
    'In 1995 the quay was rebuilt.',
    'The council passed bill 5123 on Monday.',
    'The council passed Law 12 in 1995.',
    'The ferry sails from berth 4 at noon.'
  ];
  for (const text of names) test(text, () => assert.deepEqual(cues(parse(text), {sensitivity: 'strict'}), []));

  test('`No. 5` names a ferry, with its full stop a token of its own', () => {
    assert.deepEqual(cues(oneSentence('The ferry No. 5023 sailed at dawn.'), {sensitivity: 'strict'}), []);
    // The same figure as a count is one.
    assert.deepEqual(cues(parse('The ferry carried 5023 passengers.'), {sensitivity: 'strict'}), ['statistic: 5023 passengers']);
  });

  test('a share or an amount after a label word is still a figure', () => {
    assert.deepEqual(cues(parse('A model 40 percent cheaper went on sale.')), ['statistic: 40 percent cheaper']);
  });
});
