import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import type {Paragraph, Sentence, SentenceContent, Word} from 'nlcst';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {english} from '../../src/core/document/english-parser.js';
import {markdownProse} from '../../src/core/document/markdown-prose.js';
import {abbreviationKinds, initialismKinds} from '../../src/core/document/abbreviations.js';
import {brief, findingsOf} from '../helpers/check.js';
import {endsAfter, joinAfterAbbreviations, splitAfterInitialisms} from '../../src/core/document/sentence-ends.js';

/** Each sentence of a one-paragraph text as [text, start offset, end offset]. */
function sentencesOf(text: string): Array<[string, number, number]> {
  const result: Array<[string, number, number]> = [];
  for (const paragraph of english.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    result.push(...spans(paragraph, text));
  }
  return result;
}

function spans(paragraph: Paragraph, text: string, base = 0): Array<[string, number, number]> {
  return paragraph.children
    .filter((child) => child.type === 'SentenceNode')
    .map((sentence) => {
      const start = sentence.position!.start.offset! - base;
      const end = sentence.position!.end.offset! - base;
      return [text.slice(start, end), start, end];
    });
}

/** The sentences' texts only. */
const texts = (text: string): string[] => sentencesOf(text).map(([sentence]) => sentence);

describe('sentences around abbreviations', () => {
  test('a title before a name never ends a sentence, inside a quotation’s attribution too', () => {
    const text = '"We will have a bill before the recess," Sen. Ann Marsh (D-Ore.) said. Rep. Tom Hale agreed.';
    assert.deepStrictEqual(sentencesOf(text), [
      ['"We will have a bill before the recess," Sen. Ann Marsh (D-Ore.) said.', 0, 70],
      ['Rep. Tom Hale agreed.', 71, 92]
    ]);
    assert.deepStrictEqual(texts('Gov. Ida Park met Lt. Gen. Omar Reyes, Dr. Lin, Mr. and Mrs. Cole, Ms. Vega and Prof. Adu. They spoke.'), [
      'Gov. Ida Park met Lt. Gen. Omar Reyes, Dr. Lin, Mr. and Mrs. Cole, Ms. Vega and Prof. Adu.',
      'They spoke.'
    ]);
    assert.deepStrictEqual(texts('The crew climbed Mt. Hood. Sgt. Kim Dole led them.'), ['The crew climbed Mt. Hood.', 'Sgt. Kim Dole led them.']);
  });

  test('Saint and Street, Doctor and Drive: the sentence ends only before a word that opens one', () => {
    assert.deepStrictEqual(texts('The choir sang at St. Brigid’s. Dr. Osei conducted.'), ['The choir sang at St. Brigid’s.', 'Dr. Osei conducted.']);
    assert.deepStrictEqual(texts('The bakery is on Quay St. The queue starts at dawn.'), ['The bakery is on Quay St.', 'The queue starts at dawn.']);
    assert.deepStrictEqual(texts('They moved to Elm Dr. It was quieter.'), ['They moved to Elm Dr.', 'It was quieter.']);
    assert.deepStrictEqual(texts('The bakery on Quay St. in Hull closed.'), ['The bakery on Quay St. in Hull closed.']);
  });

  test('a company form goes on before a role or a bracket, and ends before any other capitalised word', () => {
    assert.deepStrictEqual(texts('Shares of Acme Corp. rose. Shares of Acme Corp. The firm said so.'), ['Shares of Acme Corp. rose.', 'Shares of Acme Corp.', 'The firm said so.']);
    assert.deepStrictEqual(texts('The deal was signed by Vantor Inc. Chief Executive Ray Obi on Friday.'), ['The deal was signed by Vantor Inc. Chief Executive Ray Obi on Friday.']);
    assert.deepStrictEqual(texts('Kell Bros. (KLB) fell, and Dunmore Co. Ltd. rose.'), ['Kell Bros. (KLB) fell, and Dunmore Co. Ltd. rose.']);
    assert.deepStrictEqual(texts('Orders went to Pell Ltd. Deliveries began in spring.'), ['Orders went to Pell Ltd.', 'Deliveries began in spring.']);
    assert.deepStrictEqual(texts('Hale & Sons Inc. <HSI> said it would appeal.'), ['Hale & Sons Inc. <HSI> said it would appeal.']);
    assert.deepStrictEqual(texts('Shares of Vantor Inc. — the pen maker — rose, as did Kell Bros. & Co.'), ['Shares of Vantor Inc. — the pen maker — rose, as did Kell Bros. & Co.']);
  });

  test('a state, a street form or a name’s suffix ends the sentence before a capitalised word', () => {
    assert.deepStrictEqual(texts('She grew up in Eugene, Ore. Rain was constant.'), ['She grew up in Eugene, Ore.', 'Rain was constant.']);
    assert.deepStrictEqual(texts('She grew up in Eugene, Ore., and Boise, Ida.'), ['She grew up in Eugene, Ore., and Boise, Ida.']);
    assert.deepStrictEqual(texts('The award went to Paul Grant Jr. Critics approved.'), ['The award went to Paul Grant Jr.', 'Critics approved.']);
    assert.deepStrictEqual(texts('Paul Grant Jr. said he was pleased.'), ['Paul Grant Jr. said he was pleased.']);
    assert.deepStrictEqual(texts('Rep. Lee Moss (R-Calif.) voted no.'), ['Rep. Lee Moss (R-Calif.) voted no.']);
  });

  test('dotted initialisms go on before a name and end before a word that opens a sentence', () => {
    assert.deepStrictEqual(texts('The U.S. Senate and the U.N. Security Council met in Washington, D.C. on Monday.'), ['The U.S. Senate and the U.N. Security Council met in Washington, D.C. on Monday.']);
    assert.deepStrictEqual(sentencesOf('The band toured the U.K. Their last show sold out.'), [
      ['The band toured the U.K.', 0, 24],
      ['Their last show sold out.', 25, 50]
    ]);
    assert.deepStrictEqual(texts('Fees vary, e.g. Leeds charges more, i.e. Hull charges less.'), ['Fees vary, e.g. Leeds charges more, i.e. Hull charges less.']);
    // A quotation's closing mark stays with the sentence it closes.
    assert.deepStrictEqual(sentencesOf('She said, “It began in the U.S.” The rest followed.'), [
      ['She said, “It began in the U.S.”', 0, 32],
      ['The rest followed.', 33, 51]
    ]);
  });

  test('a.m. and p.m. go on before a day, a month or a time zone, and end before other capitalised words', () => {
    assert.deepStrictEqual(sentencesOf('The vote was at 5 p.m. The council then adjourned.'), [
      ['The vote was at 5 p.m.', 0, 22],
      ['The council then adjourned.', 23, 50]
    ]);
    assert.deepStrictEqual(texts('Doors open at 9 a.m. Tuesday and close at 6 p.m. EDT on weekdays.'), ['Doors open at 9 a.m. Tuesday and close at 6 p.m. EDT on weekdays.']);
    assert.deepStrictEqual(texts('It starts at 7 p.m. Eastern, and ends at 10 p.m. on Friday.'), ['It starts at 7 p.m. Eastern, and ends at 10 p.m. on Friday.']);
    assert.deepStrictEqual(texts('The market opened at 9:30 a.m. Traders were calm.'), ['The market opened at 9:30 a.m.', 'Traders were calm.']);
  });

  test('months, days and numbering words go on before a number and end before a capitalised word', () => {
    assert.deepStrictEqual(sentencesOf('The law passed on Sept. 14 and took effect Jan. 1. It was No. 3 on the list.'), [
      ['The law passed on Sept. 14 and took effect Jan. 1.', 0, 50],
      ['It was No. 3 on the list.', 51, 76]
    ]);
    assert.deepStrictEqual(texts('See Vol. 2, p. 45, and Fig. 3 for the chart.'), ['See Vol. 2, p. 45, and Fig. 3 for the chart.']);
    assert.deepStrictEqual(texts('The letter was signed by Jan. Nobody else signed.'), ['The letter was signed by Jan.', 'Nobody else signed.']);
    assert.deepStrictEqual(texts('She lay in the sun. Then she sat. Later she left.'), ['She lay in the sun.', 'Then she sat.', 'Later she left.']);
  });

  test('a single capital is an initial unless a word that opens a sentence follows; the pronoun I ends one', () => {
    assert.deepStrictEqual(texts('John F. Kennedy and W. E. B. Du Bois were cited.'), ['John F. Kennedy and W. E. B. Du Bois were cited.']);
    assert.deepStrictEqual(texts('They chose Plan B. The first plan failed.'), ['They chose Plan B.', 'The first plan failed.']);
    assert.deepStrictEqual(texts('Nobody was more surprised than I. Maria laughed.'), ['Nobody was more surprised than I.', 'Maria laughed.']);
  });

  test('joining words never end a sentence', () => {
    assert.deepStrictEqual(texts('Roe v. Wade was cited in Hale vs. Marsh. Lawyers argued.'), ['Roe v. Wade was cited in Hale vs. Marsh.', 'Lawyers argued.']);
    assert.deepStrictEqual(texts('Costs fell (cf. Table 2) over the year.'), ['Costs fell (cf. Table 2) over the year.']);
  });

  test('a number ends a sentence unless it numbers a line', () => {
    assert.deepStrictEqual(sentencesOf('The count rose to 14. In 1995 it fell.'), [
      ['The count rose to 14.', 0, 21],
      ['In 1995 it fell.', 22, 38]
    ]);
    assert.deepStrictEqual(texts('1. Preheat the oven. 2. Mix the flour.'), ['1. Preheat the oven.', '2. Mix the flour.']);
  });

  test('words parse-english always joined after now end a sentence before a capitalised word', () => {
    assert.deepStrictEqual(texts('Bring pens, paper, etc. The rest is supplied.'), ['Bring pens, paper, etc.', 'The rest is supplied.']);
    assert.deepStrictEqual(texts('Rates rose 5 per cent. The bank said so.'), ['Rates rose 5 per cent.', 'The bank said so.']);
    assert.deepStrictEqual(texts('Rates rose 5 per cent. in May.'), ['Rates rose 5 per cent. in May.']);
    assert.deepStrictEqual(texts('The guests came in. Dinner was late.'), ['The guests came in.', 'Dinner was late.']);
    assert.deepStrictEqual(texts('The study by Ward et al. Found nothing new.'), ['The study by Ward et al.', 'Found nothing new.']);
  });

  test('a quotation opening after an abbreviation starts a new sentence, except after a title', () => {
    assert.deepStrictEqual(texts('said Ana Ruiz of Telmar Inc. "It was a good quarter."'), ['said Ana Ruiz of Telmar Inc.', '"It was a good quarter."']);
    assert.deepStrictEqual(texts('The sign read Mr. "Lucky" Doyle.'), ['The sign read Mr. "Lucky" Doyle.']);
  });

  test('an abbreviation that goes on keeps its stop as part of its word; one that ends a sentence leaves it as the sentence’s mark', () => {
    const [paragraph] = english.parse('Sen. Ann Marsh spoke at Acme Corp. The hall was full.').children;
    assert.equal(paragraph.type, 'ParagraphNode');
    const [first] = (paragraph as Paragraph).children;
    assert.equal(first.type, 'SentenceNode');
    if (first.type !== 'SentenceNode') return;
    const title = first.children[0];
    assert.deepStrictEqual([title.type, title.position?.start.offset, title.position?.end.offset], ['WordNode', 0, 4]);
    const last = first.children.at(-1)!;
    assert.deepStrictEqual([last.type, 'value' in last ? last.value : '', last.position?.start.offset], ['PunctuationNode', '.', 33]);
  });

  test('Markdown prose is split by the same rules', () => {
    const source = 'Intro.\n\n**Sen.** Ann Marsh voted at 5 p.m. The bill passed in the *U.S.* Senate.\n';
    const tree = unified().use(remarkParse).parse(source);
    const block = tree.children[1];
    const base = block.position!.start.offset!;
    const {paragraph} = markdownProse(block, source, base);
    assert.deepStrictEqual(spans(paragraph, source.slice(base)), [
      ['Sen.** Ann Marsh voted at 5 p.m.', 2, 34],
      ['The bill passed in the *U.S.* Senate.', 35, 72]
    ]);
  });

  test('the kinds table holds every kind the rules read, and each rule answers as documented', () => {
    assert.equal(abbreviationKinds.get('Sen'), 'title');
    assert.equal(abbreviationKinds.get('sen'), undefined);
    assert.equal(initialismKinds.get('pm'), 'clock');
    const word = (text: string) => ({kind: 'word', text}) as const;
    assert.equal(endsAfter('title', word('The')), false);
    assert.equal(endsAfter('company', word('President')), false);
    assert.equal(endsAfter('company', word('Profits')), true);
    assert.equal(endsAfter('afterName', word('Mayor')), true);
    assert.equal(endsAfter('beforeNumber', word('12')), false);
    assert.equal(endsAfter('afterName', word('12')), true);
    assert.equal(endsAfter('clock', word('GMT')), false);
    assert.equal(endsAfter('ambiguous', {kind: 'none'}), true);
    assert.equal(endsAfter('company', {kind: 'bracket'}), false);
  });
});

describe('the repeat rules read the same sentences', () => {
  test('a paragraph that writes `per cent.` where its original wrote `percent.` is a near copy, not a different number of sentences', async () => {
    const original = 'The port authority said berth fees rose 9 percent. Shipping lines will pass the cost to passengers from next month, and the authority expects fewer sailings.';
    const copy = original.replace('percent', 'per cent');
    const findings = await findingsOf('duplicate-paragraph', `${original}\n\n${copy}\n`);
    assert.deepStrictEqual(findings.map(brief), [`3:1-3:${copy.length + 1}: This paragraph is a near copy (92% the same words) of the paragraph on line 1.`]);
  });
});

describe('sentence splitting stays whole and linear', () => {
  test('sentences and the white space between them cover a paragraph in order, whatever the abbreviations', () => {
    const unit = fc.constantFrom('Sen.', 'Inc.', 'Corp.', 'U.S.', 'p.m.', 'a.m.', 'Jan.', 'No.', 'F.', 'I.', 'vs.', 'St.', 'Ore.', '5.', '14.', 'etc.', 'The', 'the', 'Ann', '12', '(', ')', '“', '”', '"', ',', '.', '!', '?', ' ', ' ', '\n', '-', '<');
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 60}), (units) => {
        const text = units.join('');
        let at = -1;
        for (const node of english.parse(text).children) {
          if (node.type !== 'ParagraphNode') continue;
          for (const child of node.children) {
            const start = child.position!.start.offset!;
            const end = child.position!.end.offset!;
            assert.ok(start >= at && end >= start, `ordered spans in ${JSON.stringify(text)}`);
            if (child.type === 'SentenceNode') {
              assert.ok(child.children.length > 0);
              assert.equal(child.children[0].position!.start.offset, start);
              assert.equal(child.children.at(-1)!.position!.end.offset, end);
            }
            at = end;
          }
        }
      }),
      {numRuns: 1000}
    );
  });

  test('a paragraph of a hundred thousand abbreviations is joined and split without overflowing the stack', () => {
    // Built by hand: parse-english's own steps are quadratic on such a paragraph, which is why the engine parses long text in pieces.
    const word = (...parts: string[]): Word => ({type: 'WordNode', children: parts.map((value) => (value === '.' ? {type: 'PunctuationNode', value} : {type: 'TextNode', value}))});
    const space: SentenceContent = {type: 'WhiteSpaceNode', value: ' '};
    const stop: SentenceContent = {type: 'PunctuationNode', value: '.'};
    // Every stop goes on (titles), so one sentence gathers them all, one join at a time; each stop but the last joins its title.
    const titles: Paragraph = {type: 'ParagraphNode', children: Array.from({length: 100_000}, (): Sentence => ({type: 'SentenceNode', children: [space, word('Sen'), stop]}))};
    joinAfterAbbreviations(titles);
    assert.equal(titles.children.length, 1);
    assert.equal((titles.children[0] as Sentence).children.length, 200_001);
    // Every initialism ends one: 100,000 splits of one sentence.
    const initialisms: Sentence = {type: 'SentenceNode', children: []};
    for (let index = 0; index < 100_000; index++) initialisms.children.push(word('U', '.', 'S', '.'), space, word('The'), space);
    const paragraph: Paragraph = {type: 'ParagraphNode', children: [initialisms]};
    splitAfterInitialisms(paragraph);
    assert.equal(paragraph.children.length, 100_001);
  });
});
