/**
 * What one paragraph leaves for the article to settle (issue 13): a
 * quotation carried on from the paragraph before, `he said` and `the
 * economist said` referring back to a source introduced earlier, a view
 * told of someone the article has speaking (`Lind believes`), and a
 * first word read as a common noun that the story writes as a name. Checked
 * through the checker, which reads each paragraph alone and settles these
 * across the document on every check.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {createChecker} from '../../src/core/index.js';
import {cues} from '../helpers/attribution.js';

/** `line:column kind: cue` of each needs-attribution finding. */
function claims(text: string, checker = createChecker()): string[] {
  return checker
    .checkSync(text, {format: 'plaintext'})
    .filter((finding) => finding.rule === 'needs-attribution')
    .map((finding) => `${finding.line}:${finding.column} ${finding.kind}: ${text.slice(finding.offset, finding.endOffset)}`);
}

describe('quotations carried across paragraphs', () => {
  const speaker = 'Ferry captain Jonas Ek said the crossing was the roughest of his career.\n\n';
  const quote = '"We lost two hours at the harbour mouth and nobody could stand on deck."\n';

  test('a paragraph of quotation goes on with the speaker of the paragraph before', () => {
    assert.deepEqual(claims(speaker + quote), []);
  });

  test('with no speaker before it, the quotation is flagged where it stands', () => {
    assert.deepEqual(claims('The crossing was rough.\n\n' + quote), ['3:1 unattributed-quote: ' + quote.trim()]);
  });

  test('a heading between them ends the run', () => {
    assert.deepEqual(claims(speaker + 'THE CROSSING\n\n' + quote), ['5:1 unattributed-quote: ' + quote.trim()]);
  });

  test('editing the paragraph before settles the quotation again', () => {
    const checker = createChecker();
    assert.deepEqual(claims(speaker + quote, checker), []);
    assert.deepEqual(claims('The crossing was rough.\n\n' + quote, checker), ['3:1 unattributed-quote: ' + quote.trim()]);
    assert.deepEqual(claims(speaker + quote, checker), []);
  });

  test('a paragraph that closes a quotation it never opened goes on with the one left open before it', () => {
    const text = 'Ferry captain Jonas Ek said "the crossing was the roughest of my career.\n\nWe lost two hours and 40 percent of the cargo at the harbour mouth."\n';
    assert.deepEqual(claims(text), []);
  });

  test('a mark after a figure is no closing quotation (`a 5" gap`)', () => {
    assert.deepEqual(claims('The crack in the hull was 5" wide and grew 40 percent in a week.\n'), ['1:39 statistic: grew 40 percent']);
  });

  test('a quotation left open runs on to the paragraph that names its speaker', () => {
    const text = 'The harbour board met on Monday.\n\n"The dredging will cost far more than anyone was told.\n\n"We must stop it before the vote," Tove Lind said.\n';
    assert.deepEqual(claims(text), []);
  });
});

describe('speakers that refer back', () => {
  test('`they said` is as vague as the group it refers to, in the paragraph or before it', () => {
    assert.deepEqual(claims('Local brokers said the levy would drive ships to Kiel.\n\nThey said the port had misjudged the market.\n'), [
      '1:1 vague-source: Local brokers said',
      '3:1 vague-source: They said'
    ]);
    assert.deepEqual(cues('Local brokers said the levy would drive ships to Kiel. They also said the port had misjudged the market.'), [
      'vague-source: Local brokers said',
      'vague-source: They also said'
    ]);
  });

  test('`he said` after a named speaker is that speaker', () => {
    assert.deepEqual(claims('Harbour master Ines Vale said the quay was unsafe.\n\nHe said repairs would start in May.\n'), []);
  });

  test('a pronoun agrees in number: `he` is not the group introduced after him', () => {
    assert.deepEqual(claims('Harbour master Ines Vale said the quay was unsafe.\n\nSome brokers disagreed, and he said the levy was fair.\n'), []);
  });

  test('`the economist said` refers back to how the economist was introduced', () => {
    const vague = '"Rates will rise before the summer," said an economist at a Frankfurt bank.\n\n"The market has not priced that in," said the German economist.\n';
    assert.deepEqual(claims(vague), ['1:38 vague-source: said an economist at a Frankfurt bank', '3:38 vague-source: said the German economist']);
    const named = '"Rates will rise before the summer," said economist Hanna Roth.\n\n"The market has not priced that in," said the economist.\n';
    assert.deepEqual(claims(named), []);
  });

  test('`he added` after a speaker who asked not to be named is as anonymous', () => {
    assert.deepEqual(claims('A broker at a Bergen shipping firm, who asked not to be named, said rates would fall.\n\nLonger term, he added, the levy could be lifted.\n'), [
      '1:41 vague-source: asked not to be named',
      '3:14 vague-source: he added'
    ]);
  });

  test('a verb that does not report is no reference (`before they can tell`)', () => {
    assert.deepEqual(claims('Local brokers said the levy was too high.\n\nIt may take months before they can tell whether it works, Tove Lind said.\n'), ['1:1 vague-source: Local brokers said']);
  });
});

describe('a first word read as a common noun', () => {
  test('is a group of people unless the story writes it as a name', () => {
    assert.deepEqual(claims('Wholesalers said the levy would raise prices.\n'), ['1:1 vague-source: Wholesalers said']);
    assert.deepEqual(claims('Economist Carla Winters spoke in Oslo.\n\nWinters said the levy would raise prices.\n'), []);
    // …and `she said` after it goes back to her, a named source.
    assert.deepEqual(claims('Economist Carla Winters spoke in Oslo.\n\nWinters said the levy would raise prices. Fares rose 4 percent in May, she said.\n'), []);
  });
});

describe('a view told of a person by name', () => {
  const speaker = 'Tove Lind, a grain broker in Malmo, said the harvest was late.\n\n';
  const view = 'Lind believes the market will turn before the summer.\n';

  test('is the view of someone the article has speaking as a named source', () => {
    assert.deepEqual(claims(speaker + view), []);
    // In the same paragraph, after her own words or before them.
    assert.deepEqual(claims('Tove Lind said the harvest was late. Lind also believes the market will turn before the summer.\n'), []);
  });

  test('with no such speaker it is a mind read by the writer', () => {
    assert.deepEqual(claims('The harvest was late.\n\n' + view), ['3:6 intent: believes']);
    assert.deepEqual(claims('Analysts said the harvest was late.\n\n' + view), ['1:1 vague-source: Analysts said', '3:6 intent: believes']);
  });

  test('a plan or a wish is not a view (`wants to sell`), whoever spoke before', () => {
    assert.deepEqual(claims(speaker + 'Lind wants to sell the farm.\n'), ['3:6 intent: wants to sell']);
  });

  test('a heading between them forgets who spoke, as for `he said`', () => {
    const checker = createChecker();
    const text = '# Grain\n\n' + speaker + '## Outlook\n\n' + view;
    const found = checker
      .checkSync(text, {format: 'markdown'})
      .filter((finding) => finding.rule === 'needs-attribution')
      .map((finding) => `${finding.line}:${finding.column} ${finding.kind}: ${text.slice(finding.offset, finding.endOffset)}`);
    assert.deepEqual(found, ['7:6 intent: believes']);
  });
});
