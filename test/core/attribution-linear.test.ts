/**
 * The attribution analysis takes time in proportion to the paragraph
 * (issue 12). A long run of text with no sentence end is one sentence to it;
 * each run below is analysed in tens of milliseconds, and took seconds (the
 * first, 90 KB, about 5 s) when each cue read back to the run's start, each
 * marker re-read every sentence, or each sentence looked through every
 * quotation. A regression shows as a test that takes seconds.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import type {Paragraph} from 'nlcst';
import {ParseEnglish} from 'parse-english';
import {analyseParagraph} from '../../src/core/attribution/analyse.js';
import {lexiconFor} from '../../src/core/attribution/lexicon.js';
import {reach} from '../../src/core/attribution/reach.js';
import {applyMarker, tokenize, type Sentence} from '../../src/core/attribution/tokens.js';
import type {AttributionSettings} from '../../src/core/index.js';

const settings: AttributionSettings = {sensitivity: 'balanced', reportingVerbs: [], namedSources: [], marker: '[source?]'};

function paragraphOf(text: string): Paragraph {
  return new ParseEnglish().parse(text).children.find((child) => child.type === 'ParagraphNode') as Paragraph;
}

/** Kind and cue of each claim, with the count of each. */
function tally(text: string, options: Partial<AttributionSettings> = {}): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const claim of analyseParagraph(paragraphOf(text), {...settings, ...options})) {
    const key = `${claim.kind}: ${claim.cue}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('needs-attribution: a long run with no sentence end', () => {
  const runs: Array<[unit: string, times: number, claims: Record<string, number>]> = [
    // Every `said` has a subject before it; each once read back over the whole run.
    ['said the minister ', 5000, {}],
    ['the report found ', 5000, {}],
    // `according to` reads the phrase after it, which ran on to the run's end.
    ['according to the ', 5000, {}],
    // A vague source: the first cue of the sentence is the one reported.
    ['critics claim ', 5000, {'vague-source: critics claim': 1}],
    // `hired 5` looks ahead for a tally (`since March`), which once meant the rest of the run.
    ['hired 5 people ', 12000, {}],
    // Each number word read on over every number word after it.
    ['two ', 20000, {}],
    // A name and a relative clause: the comma before each verb led back to the start.
    ['Anna Smith, who said ', 4000, {}],
    // Each intensified judgement asked every other cue whether one started next to it.
    ['extremely good ', 10000, {'evaluative: extremely good': 1}],
    // Each forecast cause (`could lead to`) was spliced out of the list of cues one by one.
    ['could lead to ', 20000, {'prediction: could lead': 1}],
    // Each subject is narrowed to its last clause, and each superlative looks a few words ahead for a record.
    ['was damaged and officials said ', 4000, {'vague-source: officials said': 1}],
    ['Norbank officials said ', 5000, {}],
    ['the largest in history ', 5000, {'statistic: the largest': 1}]
  ];
  for (const [unit, times, claims] of runs) {
    test(`${JSON.stringify(unit)} × ${times}`, () => {
      assert.deepEqual(tally(unit.repeat(times)), claims);
    });
  }

  test('thousands of quotations in one paragraph are each weighed once', () => {
    // Each quotation is a sentence of its own with no speaker: one claim each.
    const text = '“The ferry will run daily from March.” '.repeat(3000);
    assert.deepEqual(tally(text), {'unattributed-quote: “The ferry will run daily from March.”': 3000});
  });

  test('thousands of markers in one paragraph', () => {
    assert.deepEqual(tally('Sales fell 12 percent [source?] '.repeat(4000)), {});
    assert.deepEqual(tally('[source?] '.repeat(10000)), {});
  });
});

describe('needs-attribution: how far the rule reads around a cue', () => {
  test(`a subject is read from at most ${reach} words before its verb`, () => {
    // Within reach, the whole subject is read: a vague one is the sentence's cue.
    const near = `Several experts ${'quite '.repeat(reach - 4)}said sales fell 12 percent.`;
    assert.deepEqual(tally(near), {[`vague-source: Several experts ${'quite '.repeat(reach - 4)}said`]: 1});
    // A clause that starts further back is not read: the verb has no known subject, and the other cues stand.
    const far = `Several experts ${'quite '.repeat(reach)}said sales fell 12 percent.`;
    assert.deepEqual(tally(far), {'statistic: fell 12 percent': 1});
  });

  test(`the source after "according to" is read up to ${reach} words`, () => {
    assert.deepEqual(tally('Sales fell 12 percent, according to the harbour board.'), {});
    const vague = `${'very '.repeat(reach - 3)}many analysts`;
    assert.deepEqual(tally(`Sales fell 12 percent, according to ${vague}.`), {[`vague-source: ${vague}`]: 1});
    // A source that runs on further is not read: neither named nor vague, so the sentence's claim stands.
    assert.deepEqual(tally(`Sales fell 12 percent, according to ${'very '.repeat(reach)}many analysts.`), {'statistic: fell 12 percent': 1});
  });
});

describe('tokenize', () => {
  test('overlapping tokens: later ones overwrite earlier ones, in one pass', () => {
    // 100,000 words each overlapping the one before (positions a parser mapping gone wrong could give):
    // the text was once spliced anew for every token.
    const count = 100_000;
    const word = (start: number) => ({
      type: 'WordNode' as const,
      children: [{type: 'TextNode' as const, value: 'ab'}],
      position: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + 3, offset: start + 2}}
    });
    const paragraph = {type: 'ParagraphNode', children: Array.from({length: count}, (_, index) => ({type: 'SentenceNode', children: [word(index)]}))} as unknown as Paragraph;
    const {text} = tokenize(paragraph, '', lexiconFor(settings).wordBits);
    assert.equal(text, 'a'.repeat(count) + 'b');
  });
});

// The marker reading as it was: every marker looks through every sentence and filters every token.
function applyMarkerOneByOne(sentences: Sentence[], text: string, marker: string): void {
  let at = text.indexOf(marker);
  while (at !== -1) {
    const markerEnd = at + marker.length;
    const holder = sentences.findIndex((sentence) => at < sentence.end && markerEnd > sentence.start);
    const before = [...sentences].reverse().find((sentence) => sentence.end <= at && sentence.tokens.length > 0);
    const owner = holder === -1 || /^\s*$/.test(text.slice(sentences[holder].start, at)) ? before ?? sentences[holder] : sentences[holder];
    if (owner) owner.marked = true;
    for (const sentence of sentences) {
      sentence.tokens = sentence.tokens.filter((token) => token.end <= at || token.start >= markerEnd);
      if (sentence.tokens.length > 0) {
        sentence.start = sentence.tokens[0].start;
        sentence.end = sentence.tokens.at(-1)!.end;
      }
    }
    at = text.indexOf(marker, markerEnd);
  }
}

describe('applyMarker', () => {
  test('marks and drops what reading the markers one by one did', () => {
    const lexicon = lexiconFor(settings);
    const piece = fc.constantFrom('[source?]', '[source?]', 'Sales fell', ' ', '  ', '. ', '? ', '“', '”', ', ', 'source', '[', ']', '?', 'x', '12', '\n', '!');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 16}), fc.constantFrom('[source?]', '?', 'source', '[x]'), (pieces, marker) => {
        const text = pieces.join('');
        const paragraph = paragraphOf(text);
        // Whitespace alone makes no paragraph.
        if (!paragraph) return;
        const read = (): {sentences: Sentence[]; text: string} => {
          const {text: rebuilt} = tokenize(paragraph, '', lexicon.wordBits);
          // Sentences as tokenize makes them before the marker is applied.
          const sentences = tokenize(paragraph, '', lexicon.wordBits).sentences.map((sentence) => ({...sentence, tokens: [...sentence.tokens]}));
          return {sentences, text: rebuilt};
        };
        const expected = read();
        applyMarkerOneByOne(expected.sentences, expected.text, marker);
        const actual = read();
        applyMarker(actual.sentences, actual.text, marker);
        assert.deepEqual(actual.sentences, expected.sentences, JSON.stringify({text, marker}));
      }),
      {seed: 12, numRuns: 3000}
    );
  });
});
