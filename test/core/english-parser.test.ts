import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {ParseEnglish} from 'parse-english';
import {breakAtBlankLines} from '../../src/core/document/break-at-blank-lines.js';
import {EnglishParser} from '../../src/core/document/english-parser.js';
import {joinAfterAbbreviations, splitAfterInitialisms} from '../../src/core/document/sentence-ends.js';

const ours = new EnglishParser();
const theirs = new ParseEnglish();
/** parse-english with our paragraph steps: what our tokenizer must match, tree for tree. */
const reference = new ParseEnglish();
reference.tokenizeParagraphPlugins = [...ours.tokenizeParagraphPlugins];
/** parse-english with our abbreviation steps and its own blank-line split (which stands where ours does): what our split must match. */
const withTheirBlankLines = new ParseEnglish();
withTheirBlankLines.tokenizeParagraphPlugins = ours.tokenizeParagraphPlugins.map((plugin, index) => (plugin === breakAtBlankLines ? theirs.tokenizeParagraphPlugins[index] : plugin));

/**
 * Our parser with every point its tokenizer makes frozen: a later step that
 * wrote into a point would throw here (the parser's modules are strict), so
 * a tree parsed without throwing shows that sharing points between tokens
 * (see english-parser.ts) moves nothing by accident.
 */
class FrozenPoints extends EnglishParser {
  override tokenize(value?: string | null) {
    const tokens = super.tokenize(value);
    const freeze = (node: {position?: {start: object; end: object}; children?: unknown[]}) => {
      if (node.position) {
        Object.freeze(node.position.start);
        Object.freeze(node.position.end);
      }
      for (const child of node.children ?? []) freeze(child as typeof node);
    };
    for (const token of tokens) freeze(token);
    return tokens;
  }
}
const frozen = new FrozenPoints();

function assertSameParse(text: string, parser: ParseEnglish = reference): void {
  const expected = parser.parse(text);
  assert.deepStrictEqual(ours.parse(text), expected);
  assert.deepStrictEqual(frozen.parse(text), expected);
}

describe('EnglishParser', () => {
  test('splits words, white space, repeated punctuation and symbols, counting lines across CRLF', () => {
    const tokens = ours.tokenize('Don’t  go—now!!\r\n£5');
    assert.deepStrictEqual(
      tokens.map((token) => [token.type, 'value' in token ? token.value : token.children.map((child) => ('value' in child ? child.value : '')).join(''), token.position?.start.offset, token.position?.end.offset]),
      [
        ['WordNode', 'Don', 0, 3],
        ['PunctuationNode', '’', 3, 4],
        ['WordNode', 't', 4, 5],
        ['WhiteSpaceNode', '  ', 5, 7],
        ['WordNode', 'go', 7, 9],
        ['PunctuationNode', '—', 9, 10],
        ['WordNode', 'now', 10, 13],
        ['PunctuationNode', '!!', 13, 15],
        ['WhiteSpaceNode', '\r\n', 15, 17],
        ['SymbolNode', '£', 17, 18],
        ['WordNode', '5', 18, 19]
      ]
    );
    assert.deepStrictEqual(tokens.at(-1)?.position, {start: {line: 2, column: 2, offset: 18}, end: {line: 2, column: 3, offset: 19}});
  });

  test('nothing to tokenize gives no tokens', () => {
    assert.deepStrictEqual(ours.tokenize(''), []);
    assert.deepStrictEqual(ours.tokenize(undefined), []);
  });

  test('parses every text exactly as parse-english does with the same paragraph steps, and no step writes into a shared point', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'Z', '9', ' ', '  ', '\t', '\n', '\r', '\r\n', '.', '...', '!', '?', ',', "'", '’', '“', '”', '"', '-', '—', '/', '&', '$', '£', '%', '#', '*', '_', '(', ')', 'é', 'ß', '東', '😀', '\u00a0', '\u2028', 'Mr.', 'U.S.', 'e.g.'),
      // Any UTF-16 code unit, lone surrogate halves included.
      fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))
    );
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 80}), (units) => assertSameParse(units.join(''))),
      {numRuns: 2000}
    );
  });

  test("replaces parse-english's split of sentences at blank lines, which it finds by what it does", () => {
    const plugins = ours.tokenizeParagraphPlugins;
    assert.equal(plugins.length, theirs.tokenizeParagraphPlugins.length);
    assert.equal(plugins.filter((plugin) => plugin === breakAtBlankLines).length, 1);
    assert.deepStrictEqual(
      plugins.filter((plugin) => !theirs.tokenizeParagraphPlugins.includes(plugin)),
      [joinAfterAbbreviations, splitAfterInitialisms, breakAtBlankLines]
    );
  });

  test('splits a sentence at white space holding a blank line, however lines end', () => {
    const paragraph = ours.tokenizeParagraph('Ferry fares\r\n\r\nrose sharply\r\rin May');
    assert.deepStrictEqual(
      paragraph.children.map((child) => [child.type, child.position?.start.offset, child.position?.end.offset]),
      [
        ['SentenceNode', 0, 11],
        ['WhiteSpaceNode', 11, 15],
        ['SentenceNode', 15, 27],
        ['WhiteSpaceNode', 27, 29],
        ['SentenceNode', 29, 35]
      ]
    );
    assertSameParse('Ferry fares\r\n\r\nrose sharply\r\rin May\n\nagain', withTheirBlankLines);
    // One break, however written, is no blank line.
    assert.equal(ours.tokenizeParagraph('Ferry fares\r\nrose').children.length, 1);
  });

  test('parses prose with quotations, figures and abbreviations as parse-english does', () => {
    assertSameParse('The ferry, said Dr. Okafor, “will run at 6 a.m. from 1 March.” Fares rose 12.5% (to £3,40) — again!?\n\nA second paragraph… with an ellipsis.');
  });
});
