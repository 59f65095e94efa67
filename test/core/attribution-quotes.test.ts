import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Paragraph} from 'nlcst';
import {ParseEnglish} from 'parse-english';
import {analyseArticle} from '../../src/core/attribution/analyse.js';
import {attributionDefaults, cues} from '../helpers/attribution.js';

describe('quotations with their speaker in the same sentence', () => {
  it('takes the speaker after the quotation, with an aside between speaker and verb', () => {
    assert.deepEqual(cues('"The ferry will run again by spring, whatever it costs," harbour chief Lena Ortiz (Port Board) said.'), []);
  });

  it('takes a titled speaker with a bracketed aside after the quotation', () => {
    assert.deepEqual(cues('"We will have the levy repealed before the summer recess," Sen. Ines Marr (D-Vt.) said.'), []);
  });

  it('takes `X told Y: "…"`', () => {
    assert.deepEqual(cues('Ines Marr told reporters: "The levy is unfair to every small shop in the town."'), []);
  });

  it('leaves a speaker who names no one to the vague-source cue', () => {
    assert.deepEqual(cues('"The levy is unfair to every small shop," a source said.'), ['vague-source: a source said']);
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

/** `kind: cue` of each paragraph's claims, reading the paragraphs as one article. */
function articleCues(text: string): string[][] {
  const paragraphs = new ParseEnglish().parse(text).children.filter((node): node is Paragraph => node.type === 'ParagraphNode');
  return analyseArticle(paragraphs, attributionDefaults).map((claims) => claims.map((claim) => `${claim.kind}: ${claim.cue}`));
}

describe('quotations carried on from paragraph to paragraph (news style)', () => {
  it('a paragraph opening with a quotation mark goes on with the speaker of the paragraph before', () => {
    assert.deepEqual(articleCues('Union leader Pia Brandt said, "This offer is an insult to every nurse."\n\n"We will strike on Monday if nothing changes before then."'), [[], []]);
  });

  it('a quotation left open is attributed by the continuation that names its speaker', () => {
    assert.deepEqual(
      articleCues('The mayor spoke for an hour.\n\n"The bridge will cost far more than anyone was told.\n\n"We have to stop it before the council votes," she said.'),
      [[], [], []]
    );
  });

  it('a quotation left open stays attributed through a continuation with no verb of its own', () => {
    assert.deepEqual(articleCues('Ines Marr said: "We cannot wait for the next storm to act.\n\n"It would be far too late for the lower town."'), [[], []]);
  });

  it('a quotation left open with no speaker anywhere in its run is still flagged', () => {
    assert.deepEqual(articleCues('The hall was quiet.\n\n"The bridge will cost far more than anyone was told.\n\n"We have to stop it before the council votes."'), [
      [],
      ['unattributed-quote: "The bridge will cost far more than anyone was told.'],
      ['unattributed-quote: "We have to stop it before the council votes."']
    ]);
  });

  it('a paragraph opening with a quotation after one with no speaker is flagged', () => {
    assert.deepEqual(articleCues('The hall was quiet.\n\n"We have to stop the bridge before the council votes."'), [[], ['unattributed-quote: "We have to stop the bridge before the council votes."']]);
  });
});
