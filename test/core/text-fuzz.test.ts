/**
 * No string makes the text, directive, phrase, settings or attribution code
 * throw (issue 12): random text from a repertoire of the characters these
 * functions treat specially (spaces of every kind, dashes, quotes, markers,
 * comment marks, surrogates alone and in pairs, combining and folding
 * characters). A JSON file may only be refused with a ConfigError.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import type {Paragraph} from 'nlcst';
import {ParseEnglish} from 'parse-english';
import {analyseParagraph} from '../../src/core/attribution/analyse.js';
import {parseDirective} from '../../src/core/document/directives.js';
import {foldHeading, foldText, wordCount, words} from '../../src/core/text/normalize.js';
import {ConfigError, parseConfig, parseJsonText, phraseProblem, resolveSettings} from '../../src/core/index.js';

const units = [
  'a', 'Z', 'é', 'ﬁ', 'İ', 'ß', '東', '\u0301', '😀', '\ud83d', '\ude00', '\u0000', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff',
  '-', '--', '—', '–', '\u2212', '‘', '’', '“', '”', '"', "'", '«', '»', '`', '.', '?', '!', '…', ',', ':', ';', '(', ')', '[', ']', '{', '}', '*', '**', '_', '~', '#', '>', '<', '<!--', '-->', '%', '£', '$',
  '12', '1,214', '4.5bn', 'copydesk-disable', 'copydesk-enable', 'needs-attribution', '[source?]', 'VERB:',
  ' said ', ' the ', ' according to ', ' experts ', ' because of ', ' will likely ', ' fell ', ' percent ', ' critics claim '
];
const text = fc.string({unit: fc.constantFrom(...units), maxLength: 200});
const options = {seed: 12, numRuns: 2000};

const parser = new ParseEnglish();

describe('no throw on any string', () => {
  test('folding and words', () => {
    fc.assert(
      fc.property(text, (input) => {
        const folded = foldText(input);
        assert.equal(wordCount(folded), words(folded).length);
        foldHeading(input);
      }),
      options
    );
  });

  test('directives and phrases', () => {
    fc.assert(
      fc.property(text, (input) => {
        parseDirective(input);
        parseDirective(`<!-- ${input} -->`);
        const problem = phraseProblem(input);
        assert.ok(problem === undefined || typeof problem === 'string');
      }),
      options
    );
  });

  test('settings: any named sources either resolve or are refused with a ConfigError', () => {
    fc.assert(
      fc.property(fc.array(text, {maxLength: 4}), (sources) => {
        try {
          resolveSettings({attribution: {namedSources: sources}});
        } catch (error) {
          assert.ok(error instanceof ConfigError, String(error));
          assert.match(error.key, /^attribution\.namedSources\[\d\]$/);
        }
      }),
      options
    );
  });

  test('the attribution analysis, with any named sources and marker', () => {
    fc.assert(
      // A few lists of phrases (each list builds a lexicon), among them phrases with gaps and ones that are refused.
      fc.property(text, fc.constantFrom<string[]>([], ['*'], ['our ** desk', 'the * board'], ['** ** ** ** critics', ''], ['VERB:', '**']), text, (input, sources, marker) => {
        const settings = {sensitivity: 'strict' as const, reportingVerbs: ['concede'], namedSources: sources, marker};
        for (const child of parser.parse(input).children) {
          if (child.type !== 'ParagraphNode') continue;
          for (const claim of analyseParagraph(child as Paragraph, settings)) {
            assert.ok(claim.start >= 0 && claim.start <= claim.end && claim.end <= input.length, JSON.stringify(claim));
          }
        }
      }),
      options
    );
  });

  test('JSON: parsed, or refused with a ConfigError', () => {
    const json = fc.oneof(fc.json({depthSize: 'medium'}), fc.string({unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', '-', 'e', 'true', 'null', ' ', '\n', '\\', 'u', '/', '*', '\ufeff', 'namedSources', 'attribution', '"*"'), maxLength: 120}));
    fc.assert(
      fc.property(json, (input) => {
        for (const parse of [() => parseJsonText(input, 'x.json'), () => parseConfig(input, '.copydeskrc.json')]) {
          try {
            parse();
          } catch (error) {
            assert.ok(error instanceof ConfigError, String(error));
          }
        }
      }),
      options
    );
  });
});
