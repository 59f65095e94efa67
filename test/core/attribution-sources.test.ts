import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {cues} from '../helpers/attribution.js';

// Every sentence here is written for these tests; none comes from a corpus.



describe('needs-attribution sources: the phrase that reports decides', () => {
  const cases: Array<[string, string[]]> = [
    // A named report elsewhere in the sentence does not speak for it: the analysts do.
    ['The Lindholm Gazette report was published in May, and the levy is unfair, political analysts said.', ['vague-source: political analysts said']],
    ['The harbour report is due on Friday and the levy is unfair, some economists said.', ['vague-source: some economists said']],
    // A capitalised `States` is part of a name, not a reporting verb with `the threat of a war with the United` for subject.
    ['The mayor was weakened by the threat of a trade war with the United States, political analysts said.', ['vague-source: political analysts said']],
    // `works` and `project` are nouns here, not a subject and its verb.
    ['The public works project will cost 40 million euros.', ['statistic: 40 million euros']],
    ['The public works project on the quay was approved.', []],
    // Still a verb when a subject comes before it and what it reports after.
    ['Bank economists project that the levy will raise 2 million euros.', []],
    ['Harbour fees will rise 5 percent, analysts forecast.', ['vague-source: analysts forecast']]
  ];
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(cues(text), expected));
});

describe('needs-attribution sources: the subject around a comma', () => {
  const cases: Array<[string, string[]]> = [
    // The appositive before an auxiliary's comma speaks; the clause after the verb is what was said.
    ['Lena Okafor, head of planning, has said studies have shown the quay is unsafe.', []],
    ['Ann Marsh, deputy chair of the Norbank board, said the risk among residents of the old town was low.', []],
    // After the verb, an unnamed group is the vague source, without the full stop.
    ['The levy is unfair, said some analysts.', ['vague-source: said some analysts']],
    // A clause before the comma is no appositive subject; nor is a lone adverb.
    ['Critics, however, said the levy was unfair.', ['vague-source: Critics, however, said']],
    // `comment on` after a modal and `not` is a verb with its subject.
    ['The harbour board will not comment on the 12 percent rise in dues.', []]
  ];
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(cues(text), expected));
});

describe('needs-attribution sources: an organisation and a role is named', () => {
  const named = [
    'Harbour dues rose 5 percent, Norbank officials said.',
    'Norbank officials said harbour dues rose 5 percent.',
    'Harbour dues rose 5 percent, port authority officials said.',
    'Harbour dues rose 5 percent, a Danish embassy official said.',
    'Harbour dues rose 5 percent, NHA officials said.',
    'Meanwhile Norbank officials said harbour dues rose 5 percent.',
    // An anonymous role with its organisation, and data with its author.
    'Norbank sources said harbour dues rose 5 percent.',
    'Harbour dues rose 5 percent, a port authority source said.',
    'NHA figures show harbour dues rose 5 percent.',
    'Harbour dues rose 5 percent, according to Port Authority figures.'
  ];
  for (const text of named) test(text, () => assert.deepEqual(cues(text), []));

  const vague: Array<[string, string]> = [
    ['Harbour dues rose 5 percent, political analysts said.', 'vague-source: political analysts said'],
    ['Political analysts said harbour dues rose 5 percent.', 'vague-source: Political analysts said'],
    ['Senior officials said harbour dues rose 5 percent.', 'vague-source: Senior officials said'],
    ['Harbour dues rose 5 percent, Danish officials said.', 'vague-source: Danish officials said'],
    ['Harbour dues rose 5 percent, U.S. officials said.', 'vague-source: U.S. officials said'],
    ['Harbour dues rose 5 percent, the analysts said.', 'vague-source: the analysts said'],
    ['Harbour dues rose 5 percent, officials said.', 'vague-source: officials said'],
    ['Industry sources said harbour dues rose 5 percent.', 'vague-source: Industry sources said'],
    ['Sources said harbour dues rose 5 percent.', 'vague-source: Sources said'],
    ['Sources at the harbour said the dues rose 5 percent.', 'vague-source: Sources at the harbour said'],
    // `Official` modifies `figures`: the figures, with no author, are the vague source.
    ['Official figures show harbour dues rose 5 percent.', 'vague-source: Official figures show'],
    // A sentence's opening word is neither a name nor part of the cue.
    ['But other economists said the levy was fair.', 'vague-source: other economists said'],
    // A name across a conjunction does not make the analysts Norbank's (the cue is the whole coordinated subject).
    ['Harbour dues rose 5 percent, Norbank and some analysts said.', 'vague-source: Norbank and some analysts said']
  ];
  for (const [text, expected] of vague) test(text, () => assert.deepEqual(cues(text), [expected]));
});

describe('needs-attribution sources: any plural of people that names no one is vague', () => {
  const vague: Array<[string, string]> = [
    ['Meanwhile in Oslo, brokers said the shares rose 4 percent.', 'vague-source: brokers said'],
    ['Harbour dues will rise, Norwegian salmon farmers have said.', 'vague-source: Norwegian salmon farmers have said'],
    ['Wholesalers said the levy would raise prices.', 'vague-source: Wholesalers said'],
    ['The shipping and fishing industries have said the levy is too high.', 'vague-source: The shipping and fishing industries have said'],
    // A name elsewhere in the sentence does not speak for them.
    ['The queue at the quay might indicate Norbank is raising its fees, brokers say.', 'vague-source: brokers say'],
    // Initials made plural are a kind of people, not a name in apposition (as `economist Sara Lund` is) nor one of their own.
    ['Several CEOs said the levy would raise prices.', 'vague-source: Several CEOs said'],
    ['The levy would raise prices, NGOs said.', 'vague-source: NGOs said']
  ];
  for (const [text, expected] of vague) test(text, () => assert.deepEqual(cues(text), [expected]));

  const named = [
    // A name, however it ends, first in its sentence.
    'Lindqvist said harbour dues rose 5 percent.',
    // Parties to the story's own event.
    'The organisers claimed more than 3,000 people had marched.',
    'Both sides said in a statement that talks would resume.',
    // A plural with its organisation named after it.
    'Brokers at Norbank said harbour dues rose 5 percent.',
    // …or before it.
    'Three Norbank CEOs said the levy would raise prices.'
  ];
  for (const text of named) test(text, () => assert.deepEqual(cues(text), []));

  test('a gerund after a preposition reports nothing (`from posting a bond`)', () => {
    assert.deepEqual(cues('The filing shields Norbank from posting a bond, analysts said.'), ['vague-source: analysts said']);
  });
});

describe('needs-attribution sources: reading the subject of a reporting verb in real copy', () => {
  const cases: Array<[string, string[]]> = [
    // The closing attribution reports the whole sentence, whatever named thing argues inside it.
    ['Norbank’s weak results, and anger in Oslo, argue against a quick deal, the analysts said.', ['vague-source: the analysts said']],
    // `than expected`, `to agree`, `add to` report no one, so they name no source that would hide the vague one.
    ['Brokers noted that the fall was sparked by fears of a slowdown much earlier than expected.', ['vague-source: Brokers noted']],
    ['Economists said the figures will show how much the harbour will add to spending.', ['vague-source: Economists said']],
    // A wh-clause starts a new subject: `some` are the ones who called it so.
    ['The network will launch on Sunday on what some have called the fourth network.', ['vague-source: some have called']],
    // An organisation the group is only loosely tied to does not speak through it.
    ['The forests could vanish, scientists involved with the Timber Council (ITC) said.', ['vague-source: scientists involved with the Timber Council (ITC) said']],
    // A bracketed aside right before the verb is skipped to find the subject.
    ['Dues will rise, officials at Norbank (NBK) said.', []],
    // A body that deliberates in public speaks through its members.
    ['But panel members concluded the levy was fair.', []],
    // A thing given its name is no speaker.
    ['The board delayed a ruling on a drug called Veltrax.', []]
  ];
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(cues(text), expected));

  test('someone quoted `as saying` still speaks', () => {
    assert.deepEqual(cues('The firm quoted Ada Lund as saying, "I accept the blame for these trades."'), []);
  });
});

describe('needs-attribution sources: more ways real copy hides its source', () => {
  const cases: Array<[string, string[]]> = [
    // Organisations in the plural, none of them named; `the unions` are the story's own.
    ['Harbour dues rose 5 percent, according to shipping associations in the region.', ['vague-source: shipping associations in the region']],
    ['Harbour dues rose 5 percent, the unions said.', []],
    // A trailing `according to` reports the whole sentence, whatever names it holds.
    ['Gales hit the Norbank quay and Bergen skippers are reporting losses, according to fishing associations.', ['vague-source: fishing associations']],
    // A judgement held by many unnamed people, in an aside with no `is`.
    ['The speech, widely regarded as critical to his survival, ran for an hour.', ['vague-source: widely regarded']],
    ['The consensus among brokers is that rates will rise.', ['vague-source: The consensus among']],
    // A figure someone worked out is theirs, as an estimate is; worked out by no one named, it is not.
    ['Harbour engineer Ida Brekke has calculated that 30 percent of the piles need replacing.', []],
    ['Some engineers have calculated that 30 percent of the piles need replacing.', ['vague-source: Some engineers have calculated']],
    // What exists (`there were`) is no speaker: the participle after it is passive, and the figure is the claim.
    ['By Friday there were 1,420 storm claims reported across the county.', ['statistic: 1,420 storm claims']],
    ['There have been 1,420 storm claims reported since the gale.', ['statistic: 1,420 storm claims']]
  ];
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(cues(text), expected));

  test('a quotation within a quotation in straight marks is part of it', () => {
    assert.deepEqual(cues('Ada Lund said "this budget has failed. It helps the "haves" and not the "have-nots."'), []);
  });
});
