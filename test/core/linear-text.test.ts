/**
 * Folding and directive reading take time in proportion to the text (issue 12).
 * Each long input below is read in a few milliseconds; the regular expressions
 * these functions used before took seconds on it (every start in a long run
 * tried again), so a regression shows as a test that takes seconds. Each
 * function is also compared with the regular expression it replaced, on
 * random short text, so the output is unchanged.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {parseDirective} from '../../src/core/document/directives.js';
import {foldHeading, foldText} from '../../src/core/text/normalize.js';

// The folding as it was written with regular expressions (quadratic on a long run of whitespace).
function foldByRegex(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s*(?:[\u2012\u2013\u2014\u2015\u2212]|--+)\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function foldHeadingByRegex(text: string): string {
  return foldByRegex(text.replace(/[*_`~]+/g, ' ')).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

function directiveByRegex(html: string): ReturnType<typeof parseDirective> {
  const match = /^\s*<!--\s*copydesk-(ignore-next-line|disable|enable)\b([^>]*?)\s*-->\s*$/.exec(html);
  if (!match) return undefined;
  const names = match[2].split(/[\s,]+/).filter(Boolean);
  const ruleIds = ['duplicate-paragraph', 'repeated-heading', 'needs-attribution'];
  const rules = names.filter((name) => ruleIds.includes(name));
  if (names.length > 0 && rules.length === 0) return undefined;
  return {type: match[1], rules} as ReturnType<typeof parseDirective>;
}

/** Characters that fold differently: spaces of every kind, dashes, hyphens, quotes, punctuation, symbols, letters past ASCII, a surrogate pair. */
const foldUnits = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '-', '--', '—', '–', '\u2212', '‘', '’', '“', '”', '«', '`', '´', 'a', 'B', 'é', 'ﬁ', '½', 'İ', '東', '😀', '.', ',', ':', '!', '#', '*', '_', '~', '©', '+', '$'];
const foldable = fc.string({unit: fc.constantFrom(...foldUnits), maxLength: 30});

/** Every kind of whitespace `\s` knows, one character each. */
const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

describe('foldText', () => {
  test('gives what the regular expressions gave, on any text', () => {
    fc.assert(
      fc.property(foldable, (text) => assert.equal(foldText(text), foldByRegex(text))),
      {seed: 12, numRuns: 3000}
    );
  });

  test('a long run of whitespace in text past ASCII folds to one space', () => {
    // 200,000 spaces: linear folding takes milliseconds, the old `\s*(—|--+)\s*` tried every start in the run.
    for (const space of [' ', '\t', ' \u3000']) {
      const run = space.repeat(200_000 / space.length);
      assert.equal(foldText(`café${run}au lait`), 'café au lait');
      assert.equal(foldText(`café${run}— au lait`), 'café-au lait');
      assert.equal(foldText(`café${run}`), 'café');
    }
  });

  test('every kind of whitespace folds as a space', () => {
    for (const space of spaces) assert.equal(foldText(`é${space}x${space}—${space}y`), 'é x-y', JSON.stringify(space));
  });
});

describe('foldHeading', () => {
  test('gives what the regular expressions gave, on any text', () => {
    fc.assert(
      fc.property(foldable, (text) => assert.equal(foldHeading(text), foldHeadingByRegex(text))),
      {seed: 12, numRuns: 3000}
    );
  });

  test('a long run of punctuation inside a heading stays; around it, it goes', () => {
    // 100,000 marks that do not reach the end: the old `[…]+$` tried every start in the run.
    const marks = '!?.'.repeat(33_334);
    assert.equal(foldHeading(`Results${marks}so far`), `results${marks}so far`);
    assert.equal(foldHeading(`${marks}Results${marks}`), 'results');
    assert.equal(foldHeading(`Results ${'😀'.repeat(50_000)}`), 'results');
    assert.equal(foldHeading(marks), '');
  });

  test('a symbol outside the basic plane is trimmed whole', () => {
    assert.equal(foldHeading('😀 Ferry times 😀'), 'ferry times');
    assert.equal(foldHeading('Ferry times \ud83d'), 'ferry times \ud83d', 'a lone surrogate is no symbol');
  });
});

describe('parseDirective', () => {
  test('reads what the regular expression read, on any comment', () => {
    const piece = fc.constantFrom('<!--', '-->', '--', '->', '>', ' ', '\n', '\t', '\u00a0', 'copydesk-', 'disable', 'enable', 'ignore-next-line', 'needs-attribution', 'repeated-heading', 'duplicate-paragraph', 'other', ',', 'x', '_', '1', '-');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}), (pieces) => {
        const html = pieces.join('');
        assert.deepEqual(parseDirective(html), directiveByRegex(html), JSON.stringify(html));
      }),
      {seed: 12, numRuns: 5000}
    );
  });

  test('the forms a writer uses', () => {
    assert.deepEqual(parseDirective('<!-- copydesk-disable -->'), {type: 'disable', rules: []});
    assert.deepEqual(parseDirective('  <!--copydesk-enable needs-attribution, repeated-heading-->\n'), {type: 'enable', rules: ['needs-attribution', 'repeated-heading']});
    assert.deepEqual(parseDirective('<!-- copydesk-ignore-next-line duplicate-paragraph -->'), {type: 'ignore-next-line', rules: ['duplicate-paragraph']});
    assert.equal(parseDirective('<!-- copydesk-disabled -->'), undefined, 'a longer word is not the kind');
    assert.equal(parseDirective('<!-- copydesk-disable nothing-such -->'), undefined, 'only unknown rules: no directive');
    assert.equal(parseDirective('<!-- copydesk-disable -> needs-attribution -->'), undefined, 'a `>` before the end');
    assert.equal(parseDirective('<!-- copydesk-disable --> text'), undefined);
  });

  test('a long run of spaces in a comment is read at once', () => {
    // 200,000 spaces with no `-->` after them: the old `([^>]*?)\s*-->` tried every split of the run.
    const run = ' '.repeat(200_000);
    assert.equal(parseDirective(`<!-- copydesk-disable${run}x`), undefined);
    assert.equal(parseDirective(`<!-- copydesk-disable${run}-- >`), undefined);
    assert.deepEqual(parseDirective(`<!-- copydesk-disable${run}needs-attribution${run}-->`), {type: 'disable', rules: ['needs-attribution']});
  });
});
