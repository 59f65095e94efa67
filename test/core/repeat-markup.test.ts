/**
 * A repeat is the same words, but its fix deletes what is written: markup
 * the first copy does not hold (a comment for the desk, inline HTML, a
 * different link) is kept or the deletion left to a person.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {findingsOf, fixed} from '../helpers/check.js';

const ferry = 'The ferry timetable changes on Monday, with two extra sailings each weekday morning.';
const keeper = 'The lighthouse keeper retired on Friday after forty years on the rock.';
const book = 'He plans to write a book about the winter storms he saw.';
const lamp = 'His daughter will take over the lamp next spring.';

describe('repeats and markup', () => {
  test('an exact repeat carrying a comment the first copy lacks keeps the comment', async () => {
    const text = `${ferry}\n\n${ferry} <!-- legal must approve -->\n\nThe end.\n`;
    const [finding] = await findingsOf('duplicate-paragraph', text);
    assert.equal(finding.kind, 'exact');
    assert.equal(finding.fixes[0].title, 'Delete this repeated paragraph (keeping its comment)');
    assert.equal(fixed(text, [finding]), `${ferry}\n\n<!-- legal must approve -->\n\nThe end.\n`);
  });

  test('inline HTML the first copy lacks is kept, on its own', async () => {
    const text = `${ferry}\n\nThe ferry <span class="k">timetable</span> changes on Monday, with two extra sailings each weekday morning.\n`;
    const [finding] = await findingsOf('duplicate-paragraph', text);
    assert.equal(finding.fixes[0].title, 'Delete this repeated paragraph (keeping its HTML)');
    assert.equal(fixed(text, [finding]), `${ferry}\n\n<span class="k"></span>\n`);
  });

  test('a repeat whose comment the first copy also has is deleted whole', async () => {
    const text = `${ferry} <!-- legal -->\n\n${ferry} <!-- legal -->\n`;
    const [finding] = await findingsOf('duplicate-paragraph', text);
    assert.equal(finding.fixes[0].title, 'Delete this repeated paragraph');
    assert.equal(fixed(text, [finding]), `${ferry} <!-- legal -->\n`);
  });

  test('a repeat whose link points elsewhere is reported without a fix, saying why', async () => {
    const copy = (url: string) => `The ferry [timetable](${url}) changes on Monday, with two extra sailings each weekday morning.`;
    const text = `${copy('https://a.example/t')}\n\n${copy('https://b.example/t')}\n`;
    const [finding] = await findingsOf('duplicate-paragraph', text);
    assert.equal(finding.message, 'This paragraph repeats the paragraph on line 1. It is not deleted automatically: its links or images point elsewhere than the first copy’s.');
    assert.deepEqual(finding.fixes, []);
  });

  test('a repeated heading keeps a comment only it carries', async () => {
    const text = '# Island ferry news\n\nSome text here.\n\n# Island ferry news <!-- keep for print -->\n\nMore.\n';
    const [finding] = await findingsOf('repeated-heading', text);
    assert.equal(finding.fixes[0].title, 'Delete this repeated heading (keeping its comment)');
    assert.equal(fixed(text, [finding]), '# Island ferry news\n\nSome text here.\n\n<!-- keep for print -->\n\nMore.\n');
  });

  test('a passage wrapped in emphasis is deleted with its delimiters', async () => {
    const text = `${keeper} ${book} ${lamp}\n\nClosing words. _${keeper} ${book} ${lamp}_ And more.\n`;
    const [finding] = await findingsOf('duplicate-paragraph', text);
    assert.equal(text.slice(finding.offset, finding.endOffset), `_${keeper} ${book} ${lamp}_`);
    assert.equal(fixed(text, [finding]), `${keeper} ${book} ${lamp}\n\nClosing words. And more.\n`);
  });

  test('a passage inside longer emphasis is deleted inside it', async () => {
    const text = `${keeper} ${book} ${lamp}\n\nClosing words. _${keeper} ${book} ${lamp} And more._\n`;
    const [finding] = await findingsOf('duplicate-paragraph', text);
    assert.equal(fixed(text, [finding]), `${keeper} ${book} ${lamp}\n\nClosing words. _And more._\n`);
  });

  test('a passage that emphasis cuts across is left to a person', async () => {
    const text = `${keeper} ${book} ${lamp}\n\n*Closing words. ${keeper}* ${book} ${lamp} And more.\n`;
    const [finding] = await findingsOf('duplicate-paragraph', text);
    assert.equal(finding.message, 'These 3 sentences (33 words) repeat text from line 1. It is not deleted automatically: it would split the emphasis, link or HTML around it.');
    assert.deepEqual(finding.fixes, []);
  });
});
