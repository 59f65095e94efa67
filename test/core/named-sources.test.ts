/**
 * `attribution.namedSources` phrases (issue 12): wildcard gaps are matched
 * without backtracking, and a phrase that would match every word, or is too
 * long to try at every word, is a config error naming the setting, from a
 * config file and from settings given to `createChecker` alike.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {compilePhrases, matchAt, maxPhraseWords, type Phrase} from '../../src/core/attribution/phrases.js';
import type {Token} from '../../src/core/attribution/tokens.js';
import {ConfigError, createChecker, parseConfig, phraseProblem, type PartialSettings} from '../../src/core/index.js';

const draft = [
  'The harbour board met for three hours on Monday and agreed the plan.',
  'Sales at the quay fell 12 percent last spring, as the old harbour gossip has it.',
  'The ferry will be cancelled because of the storm, critics said.'
].join(' ');

function attribution(settings: PartialSettings['attribution'] = {}): string[] {
  return createChecker({attribution: settings})
    .checkSync(draft, {format: 'plaintext'})
    .filter((finding) => finding.rule === 'needs-attribution')
    .map((finding) => `${finding.offset}: ${finding.message}`);
}

/** What `createChecker` throws for some settings, as `key: reason`, or `ok`. */
function refusal(settings: PartialSettings): string {
  try {
    createChecker(settings);
    return 'ok';
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return `${error.path}: ${error.key}: ${error.reason}`;
  }
}

describe('namedSources: phrases with gaps', () => {
  const statistic = "87: Unattributed statistic: 'fell 12 percent' — who says so?";
  const vague = "200: Vague source: 'critics said' — name who says so.";

  test('`**` stands for up to four words', () => {
    assert.deepEqual(attribution(), [statistic, vague]);
    // `the ** gossip` takes `the old harbour gossip`: that sentence has a named source.
    assert.deepEqual(attribution({namedSources: ['the ** gossip']}), [vague]);
    assert.deepEqual(attribution({namedSources: ['the * gossip']}), [statistic, vague], '`*` is exactly one word');
  });

  test('a phrase of many gaps is matched at once', () => {
    // Nineteen gaps and a word the draft lacks: backtracking tried 5^19 ways at every word (minutes on a short draft).
    assert.deepEqual(attribution({namedSources: [`${'** '.repeat(maxPhraseWords - 1)}zzz`]}), [statistic, vague]);
    // The same gaps before a word the draft has: the sentence with `critics` has a named source.
    assert.deepEqual(attribution({namedSources: [`${'** '.repeat(maxPhraseWords - 1)}critics`]}), [statistic]);
  });

  test('matches where backtracking matched, ending at the shortest match', () => {
    const vocabulary = ['a', 'b', 'c'];
    const entryPart = fc.constantFrom('a', 'b', 'c', '*', '**');
    const tokenWord = fc.constantFrom(...vocabulary, ',');
    fc.assert(
      fc.property(fc.array(entryPart, {minLength: 1, maxLength: 7}), fc.array(tokenWord, {maxLength: 14}), fc.nat(14), (parts, words, start) => {
        const [phrase] = compilePhrases([parts.join(' ')], 1).phrases;
        const tokens = words.map(tokenOf);
        const index = Math.min(start, tokens.length);
        assert.equal(matchAt(tokens, index, phrase), shortestByBacktracking(tokens, index, phrase), JSON.stringify({parts, words, index}));
      }),
      {seed: 12, numRuns: 5000}
    );
  });
});

function tokenOf(text: string, index: number): Token {
  const kind = text === ',' ? 'punctuation' : 'word';
  return {text, lower: text, kind, start: index * 2, end: index * 2 + 1, quoted: false, quoteMark: undefined, bits: 0};
}

/** Every way through the phrase by trying each length of each gap (the old matcher), keeping the shortest. */
function shortestByBacktracking(tokens: readonly Token[], index: number, phrase: Phrase, part = 0): number {
  if (part === phrase.length) return index;
  const current = phrase[part];
  const own = (token: Token | undefined) => token !== undefined && token.kind === 'word';
  if (current.type === 'gap') {
    let best = -1;
    for (let skip = 0; skip <= 4; skip++) {
      if (skip > 0 && !own(tokens[index + skip - 1])) break;
      const end = shortestByBacktracking(tokens, index + skip, phrase, part + 1);
      if (end !== -1 && (best === -1 || end < best)) best = end;
    }
    return best;
  }
  const token = tokens[index];
  if (!own(token)) return -1;
  if (current.type === 'word' && !current.values.has(token.lower)) return -1;
  return shortestByBacktracking(tokens, index + 1, phrase, part + 1);
}

describe('namedSources: phrases that are refused', () => {
  test('phraseProblem', () => {
    const problems: Array<[string, string | undefined]> = [
      ['our correspondent', undefined],
      ['our ** correspondent', undefined],
      ['* desk', undefined],
      ['VERB:brief * reporters', undefined],
      // Blank phrases are ignored, as before.
      ['   ', undefined],
      // Wildcards alone match every word: the rule would never flag anything.
      ['*', 'matches every word: a phrase needs at least one word besides the wildcards `*` and `**`'],
      ['** ** *', 'matches every word: a phrase needs at least one word besides the wildcards `*` and `**`'],
      ['VERB:**', 'matches every word: a phrase needs at least one word besides the wildcards `*` and `**`'],
      [`${'** '.repeat(maxPhraseWords)}desk`, `has ${maxPhraseWords + 1} words and wildcards; at most ${maxPhraseWords} are allowed`],
      ['the '.repeat(maxPhraseWords).trim(), undefined]
    ];
    for (const [phrase, problem] of problems) assert.equal(phraseProblem(phrase), problem, JSON.stringify(phrase));
  });

  test('in a config file: an error naming the setting, with its place', () => {
    const text = '{\n  "attribution": {\n    "namedSources": ["our correspondent", "the desk", "wire services", "*"]\n  }\n}\n';
    assert.throws(
      () => parseConfig(text, '.copydeskrc.json'),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual(
          {message: error.message, key: error.key, line: error.line, column: error.column},
          {
            message: '.copydeskrc.json: attribution.namedSources[3]: matches every word: a phrase needs at least one word besides the wildcards `*` and `**`',
            key: 'attribution.namedSources[3]',
            line: 3,
            column: 72
          }
        );
        return true;
      }
    );
  });

  test('in settings given to createChecker', () => {
    assert.equal(refusal({attribution: {namedSources: ['our correspondent', 'the desk', 'wire services', '** *']}}), 'settings: attribution.namedSources[3]: matches every word: a phrase needs at least one word besides the wildcards `*` and `**`');
    assert.equal(refusal({attribution: {namedSources: [`${'* '.repeat(maxPhraseWords)}desk`]}}), `settings: attribution.namedSources[0]: has ${maxPhraseWords + 1} words and wildcards; at most ${maxPhraseWords} are allowed`);
    assert.equal(refusal({attribution: {namedSources: ['our ** correspondent', '  ']}}), 'ok');
  });
});
