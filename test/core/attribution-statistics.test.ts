import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {cues} from '../helpers/attribution.js';

// Every sentence here is written for these tests; none comes from a corpus.

describe('needs-attribution statistics: the abbreviations of wire copy', () => {
  const figures: Array<[string, string]> = [
    ['Harbour dues were revised down to a 3.2 pct drop.', 'statistic: 3.2 pct drop'],
    ['Net income fell to 12 mln dlrs from 19 mln.', 'statistic: fell to 12 mln dlrs'],
    ['The mill made 48 mln tonnes of pulp last year.', 'statistic: 48 mln tonnes'],
    ['The fund lost 2.5 bln stg in the spring.', 'statistic: lost 2.5 bln stg'],
    ['Stranded rafts have less than a 40 pct chance of rescue.', 'statistic: 40 pct chance']
  ];
  for (const [text, expected] of figures) test(text, () => assert.deepEqual(cues(text), [expected]));
});

describe('needs-attribution statistics: shares, ranges and counts', () => {
  test('a hyphenated fraction is a share, with its approximator', () => {
    assert.deepEqual(cues('Roughly two-thirds of the fleet is idle.'), ['statistic: Roughly two-thirds']);
    assert.deepEqual(cues('The tanks hold one-quarter diesel.'), ['statistic: one-quarter diesel']);
  });

  test('a two-thirds majority is a threshold, not a share', () => {
    assert.deepEqual(cues('The motion needs a two-thirds majority.', {sensitivity: 'strict'}), []);
  });

  test('a range of amounts is a figure; a range of years is a date', () => {
    assert.deepEqual(cues('A season ticket costs about 120-150 dlrs.'), ['statistic: about 120-150 dlrs']);
    assert.deepEqual(cues('The 1986-87 season ended early.', {sensitivity: 'strict'}), []);
  });

  test('a count in the hundreds of things counted is a statistic, with the words of the noun', () => {
    assert.deepEqual(cues('The festival drew 450 paying visitors on Sunday.'), ['statistic: 450 paying visitors']);
    assert.deepEqual(cues('The broadcaster signed up 212 regional TV stations.'), ['statistic: 212 regional TV stations']);
    // Under a hundred, it waits for strict.
    assert.deepEqual(cues('The broadcaster signed up 48 stations.'), []);
    assert.deepEqual(cues('The broadcaster signed up 48 stations.', {sensitivity: 'strict'}), ['statistic: 48 stations']);
  });

  test('one side of a declared result is no count', () => {
    assert.deepEqual(cues('The council approved the plan by 131 votes to 112.', {sensitivity: 'strict'}), []);
  });
});

describe('needs-attribution statistics: records of a first', () => {
  test('`the first … since` is a record over the years between', () => {
    assert.deepEqual(cues('It was the first ferry launch since 1948.'), ['statistic: the first ferry launch since 1948']);
    assert.deepEqual(cues('It was the first strike since August 1981.'), ['statistic: the first strike since August 1981']);
    assert.deepEqual(cues('It was the first strike since the war at the yard.'), ['statistic: the first strike since the war']);
  });

  test('`the first approved`, `the first known`: a record over every case on the register', () => {
    assert.deepEqual(cues('It is the first approved vaccine for the fever.'), ['statistic: the first approved vaccine']);
    assert.deepEqual(cues('The clinic saw the first known case in March.'), ['statistic: the first known case']);
  });

  test('`the first` with no `since` in its clause is an ordinal', () => {
    assert.deepEqual(cues('The first ferry left at dawn, and the second followed since the tide was high.', {sensitivity: 'strict'}), []);
  });
});

describe('needs-attribution statistics: published prices, deals and terms are no statistics', () => {
  test('a price quoted per unit and its move are market data', () => {
    assert.deepEqual(cues('Brent traded at 19.10 dlrs a barrel, a rise of more than 30 cts.'), []);
    assert.deepEqual(cues('Cocoa fell below 1.10 dlrs a lb for the first time since March 1984.'), []);
    // Without the quoted price, the move is a measured change.
    assert.deepEqual(cues('Brent rose 30 cts.'), ['statistic: rose 30 cts']);
    // A large sum in the same sentence is still a figure.
    assert.deepEqual(cues('Brent traded at 19.10 dlrs a barrel as the fund lost 400 mln dlrs.'), ['statistic: lost 400 mln dlrs']);
  });

  test('a sum per period is not a quoted price: a measured rent stays a statistic', () => {
    assert.deepEqual(cues('Rents rose to 900 dlrs a month.'), ['statistic: rose to 900 dlrs']);
  });

  test('the value of a deal is its announced price; an estimate of it is a figure', () => {
    assert.deepEqual(cues('The yard won a 240 mln dlr contract to build four tugs.'), []);
    assert.deepEqual(cues('The yard won an estimated 240 mln dlr contract.'), ['statistic: an estimated 240 mln dlr contract']);
  });

  test('a document that sets out its terms publishes its figures', () => {
    assert.deepEqual(cues('The budget contained a 2 billion stg cut in borrowing.'), []);
    assert.deepEqual(cues("Under the union's proposal, dock pay would climb 12 pct over two years.", {sensitivity: 'balanced'}).filter((cue) => cue.startsWith('statistic')), []);
    // A budget deficit that rose is measured, not set out.
    assert.deepEqual(cues('The budget deficit rose 12 pct.'), ['statistic: rose 12 pct']);
  });

  test('a tonnage before the vessel is its registered size', () => {
    assert.deepEqual(cues('Divers reached the 6,200 ton freighter at dawn.'), []);
  });
});

describe('needs-attribution statistics: the unit is part of the span', () => {
  const spans: Array<[string, string]> = [
    ['Waiting times have fallen by 6 minutes since the spring.', 'statistic: fallen by 6 minutes'],
    ['The glacier has retreated nearly 40 metres.', 'statistic: nearly 40 metres'],
    ['Over 9,000 Norbank workers walked out.', 'statistic: Over 9,000 Norbank workers'],
    ['The fleet has some 637 licensed boats.', 'statistic: some 637 licensed boats'],
    ['The fund saw a 2 mln dlr rise in deposits.', 'statistic: 2 mln dlr rise']
  ];
  for (const [text, expected] of spans) test(text, () => assert.deepEqual(cues(text), [expected]));
});
