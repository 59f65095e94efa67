import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cues} from '../helpers/attribution.js';

describe('quotations with their speaker in the same sentence', () => {
  it('takes the speaker after the quotation, with an aside between speaker and verb', () => {
    assert.deepEqual(cues('"The ferry will run again by spring, whatever it costs," harbour chief Lena Ortiz (Port Board) said.'), []);
  });

  it('takes the speaker before the quotation when an apposition parts name and verb', () => {
    assert.deepEqual(cues('But Lena Ortiz, head of the harbour board, said, "The new dock is plainly not safe for ships in winter."'), []);
  });

  it('takes a speaker before a quotation that runs over several sentences', () => {
    assert.deepEqual(cues('Ortiz, a harbour engineer, said, "Tides will rise faster than anyone thinks. So we must build the wall higher."'), []);
  });

  it('takes `quoted X as saying`', () => {
    assert.deepEqual(cues('The ferry firm quoted Mira Holt as saying, "I accept full responsibility for these delays."'), []);
  });

  it('takes `said X, adding …` after the quotation', () => {
    assert.deepEqual(cues('"The toll is far too high for people who cross every day," said Tom Reyes, adding that he would appeal.'), []);
  });

  it('takes a pronoun as the speaker', () => {
    assert.deepEqual(cues('Tom Reyes spoke on Friday. "The toll is far too high for people who cross every day," he said.'), []);
  });

  it('still flags a quotation next to a noun that only looks like a reporting verb', () => {
    assert.deepEqual(cues('The hall fell silent after one remark: "This town cannot afford another failed contract."'), [
      'unattributed-quote: "This town cannot afford another failed contract."'
    ]);
  });

  it('still flags a quotation whose reporting verb is a passive with no one doing it', () => {
    assert.deepEqual(cues('"We will not be pushed around by anyone" is how the mood in the chamber was described on Monday.'), [
      'unattributed-quote: "We will not be pushed around by anyone"'
    ]);
  });
});
