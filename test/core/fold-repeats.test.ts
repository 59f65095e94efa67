/**
 * One finding per problem: a claim inside a repeat is the repeat's, checked
 * on the first copy; and editorial markers do not make two copies differ.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {check, ignoreEntry, type Finding} from '../../src/core/index.js';

const claim = 'Mooring fees at the harbour will rise by 12% in April, the third rise in two years.';
const other = 'The ferry company has ordered a second boat for the winter crossings to the island.';
const extra = 'The lighthouse keeper retired on Friday after forty years on the rock, and his daughter will take over the lamp next spring after the harbour board agreed.';

const summary = (findings: Finding[]) => findings.map((finding) => `${finding.line}:${finding.column} ${finding.rule} ${finding.kind}`);

describe('claims inside repeats', () => {
  test('a claim in an exact repeat is reported once, on the first copy', async () => {
    const text = `${claim}\n\n${other}\n\n${claim}\n`;
    assert.deepEqual(summary(await check(text, {format: 'plaintext'})), ['1:34 needs-attribution statistic', '5:1 duplicate-paragraph exact']);
  });

  test('a claim in a repeated passage is folded; one beside it in the same paragraph is not', async () => {
    const text = `${claim} ${extra}\n\nCritics say the plan is flawed. ${claim} ${extra}\n`;
    const findings = await check(text, {format: 'plaintext'});
    assert.deepEqual(summary(findings), ['1:34 needs-attribution statistic', '3:1 needs-attribution vague-source', '3:33 duplicate-paragraph passage']);
  });

  test('a near copy keeps its claims: a person chooses which version stays', async () => {
    const near = claim.replace('April', 'March');
    const text = `${claim}\n\n${other}\n\n${near}\n`;
    assert.deepEqual(summary(await check(text, {format: 'plaintext'})), ['1:34 needs-attribution statistic', '5:1 duplicate-paragraph near', '5:34 needs-attribution statistic']);
  });

  test('an ignored repeat folds nothing, and ignoring it leaves the claims alone', async () => {
    // One sentence: the repeat's text is the claim's, but the entry names the rule.
    const text = `${claim}\n\n${other}\n\n${claim}\n`;
    const repeat = (await check(text, {format: 'plaintext'})).find((finding) => finding.rule === 'duplicate-paragraph')!;
    assert.equal(ignoreEntry(repeat), `duplicate-paragraph:${repeat.ignoreKey}`);
    assert.deepEqual(summary(await check(text, {format: 'plaintext', ignore: [ignoreEntry(repeat)]})), ['1:34 needs-attribution statistic', '5:34 needs-attribution statistic']);
    // A bare key, as early editors wrote, silences every rule's finding on that text.
    assert.deepEqual(summary(await check(text, {format: 'plaintext', ignore: [repeat.ignoreKey]})), []);
  });
});

describe('editorial markers in repeats', () => {
  test('a copy that differs only by [source?] is an exact repeat', async () => {
    const marked = claim.replace('12%', '12% [source?]');
    const text = `${marked}\n\n${other}\n\n${claim}\n`;
    assert.deepEqual(summary(await check(text, {format: 'plaintext'})), ['5:1 duplicate-paragraph exact']);
  });

  test('as is one that differs only by the configured marker, or by TK', async () => {
    const text = `${claim.replace('.', ' [[cite]].')}\n\n${other}\n\n${claim}\n\n${other.replace('second', 'TK second')}\n`;
    const findings = await check(text, {format: 'plaintext', settings: {attribution: {marker: '[[cite]]'}}});
    assert.deepEqual(summary(findings), ['5:1 duplicate-paragraph exact', '7:1 duplicate-paragraph exact']);
  });

  test('a word that only contains TK is a word', async () => {
    const text = `${other}\n\n${other.replace('boat', 'boatTK')}\n`;
    assert.deepEqual(summary(await check(text, {format: 'plaintext'})), ['3:1 duplicate-paragraph near']);
  });
});
