import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {brief, findingsOf, fixed} from '../helpers/check.js';

// Paragraphs written for these tests; each is long enough to be compared.
const lighthouse = 'The old lighthouse on the northern cape will reopen to visitors next spring after a long restoration.';
const ferry = 'A new ferry timetable adds two crossings each weekday between the harbour and the island villages.';
const market = 'Stallholders at the Saturday market have asked the council for more shelter from the winter wind.';

describe('duplicate-paragraph: exact', () => {
  test('reports the later copy with the earlier one as related, and the fix deletes it', async () => {
    const text = `${lighthouse}\n\n${ferry}\n\n${lighthouse}\n\n${market}\n`;
    const findings = await findingsOf('duplicate-paragraph', text);
    assert.deepEqual(findings.map(brief), ['5:1-5:102: This paragraph repeats the paragraph on line 1.']);
    const [finding] = findings;
    assert.equal(finding.kind, 'exact');
    assert.deepEqual(finding.related.map(({line, column, endLine, endColumn}) => ({line, column, endLine, endColumn})), [{line: 1, column: 1, endLine: 1, endColumn: 102}]);
    assert.equal(finding.fixes[0].title, 'Delete this repeated paragraph');
    assert.equal(fixed(text, findings), `${lighthouse}\n\n${ferry}\n\n${market}\n`);
  });

  test('the last paragraph of a document takes the blank line before it', async () => {
    const text = `${lighthouse}\n\n${ferry}\n\n${lighthouse}\n`;
    const findings = await findingsOf('duplicate-paragraph', text);
    assert.equal(fixed(text, findings), `${lighthouse}\n\n${ferry}\n`);
  });

  test('folds case, wrapping, quote and dash variants', async () => {
    const curly = 'The mayor’s “green corridor” plan — first floated in 2021 — returns to the agenda this week.';
    const straight = 'THE MAYOR\'S "green corridor" plan -- first floated in 2021 --\nreturns to the agenda   this week.';
    const findings = await findingsOf('duplicate-paragraph', `${curly}\n\n${straight}\n`);
    assert.deepEqual(findings.map(brief), ['3:1-4:35: This paragraph repeats the paragraph on line 1.']);
  });

  test('folds Unicode normalisation forms', async () => {
    const composed = 'Café owners along the promenade say the new parking rules have cut their lunchtime trade.';
    const decomposed = composed.normalize('NFD');
    assert.notEqual(composed, decomposed);
    const findings = await findingsOf('duplicate-paragraph', `${composed}\n\n${decomposed}\n`);
    assert.equal(findings.length, 1);
  });

  test('CRLF line endings: positions count \\r\\n as one break, the fix keeps the other endings', async () => {
    const text = `${lighthouse}\r\n\r\n${ferry}\r\n\r\n${lighthouse}\r\n\r\n${market}\r\n`;
    const findings = await findingsOf('duplicate-paragraph', text);
    assert.deepEqual(findings.map(brief), ['5:1-5:102: This paragraph repeats the paragraph on line 1.']);
    assert.equal(fixed(text, findings), `${lighthouse}\r\n\r\n${ferry}\r\n\r\n${market}\r\n`);
  });

  test('columns count UTF-16 code units: accents, emoji and CJK before a finding do not shift it', async () => {
    const lead = 'Ünïcödé 😀 東京 — a short line first.';
    const text = `${lead} ${lighthouse}\n\n${lead} ${lighthouse}\n`;
    const findings = await findingsOf('duplicate-paragraph', text);
    const length = lead.length + 1 + lighthouse.length;
    assert.deepEqual(findings.map(brief), [`3:1-3:${length + 1}: This paragraph repeats the paragraph on line 1.`]);
    assert.equal(text.slice(findings[0].offset, findings[0].endOffset), `${lead} ${lighthouse}`);
  });

  test('a plain-text draft written one paragraph a line: each line is a paragraph', async () => {
    const long = (sentence: string) => `${sentence} ${sentence.replace('.', ',')} and more besides.`;
    const lines = [long(lighthouse), long(ferry), long(market), long(lighthouse)];
    const text = lines.join('\n') + '\n';
    const findings = await findingsOf('duplicate-paragraph', text, 'plaintext');
    assert.deepEqual(findings.map((finding) => [finding.line, finding.related[0].line]), [[4, 1]]);
    assert.equal(fixed(text, findings), lines.slice(0, 3).join('\n') + '\n');
  });

  test('a hard-wrapped plain-text paragraph is one paragraph however it is wrapped', async () => {
    const a = 'The harbour board met on Tuesday evening to\ndiscuss the dredging contract and the cost of\nrepairs to the eastern breakwater.';
    const b = 'The harbour board met on Tuesday evening to discuss\nthe dredging contract and the cost of repairs to the\neastern breakwater.';
    const findings = await findingsOf('duplicate-paragraph', `${a}\n\n${b}\n`, 'plaintext');
    assert.deepEqual(findings.map(brief), ['5:1-7:20: This paragraph repeats the paragraph on line 1.']);
  });
});

describe('duplicate-paragraph: near', () => {
  test('a word changed is a near copy, with the similarity in the message', async () => {
    const edited = lighthouse.replace('next spring', 'next summer');
    const findings = await findingsOf('duplicate-paragraph', `${lighthouse}\n\n${ferry}\n\n${edited}\n`);
    assert.deepEqual(findings.map(brief), ['5:1-5:102: This paragraph is a near copy (94% the same words) of the paragraph on line 1.']);
    assert.equal(findings[0].kind, 'near');
    assert.equal(findings[0].fixes[0].title, 'Delete this near copy');
  });

  test('a typo fixed is a near copy', async () => {
    const typo = lighthouse.replace('restoration', 'restortion');
    const findings = await findingsOf('duplicate-paragraph', `${typo}\n\n${lighthouse}\n`);
    assert.deepEqual(findings.map((finding) => finding.kind), ['near']);
  });

  test('paragraphs sharing only their opening words are not near copies', async () => {
    const a = 'The council voted on Tuesday to approve the new budget for primary schools across the district.';
    const b = 'The council voted on Tuesday to reject a proposal for a football stadium beside the river.';
    assert.deepEqual(await findingsOf('duplicate-paragraph', `${a}\n\n${b}\n`), []);
  });

  test('the threshold is configurable', async () => {
    const edited = lighthouse.replace('will reopen to visitors next spring', 'opens to tourists in the spring');
    const text = `${lighthouse}\n\n${edited}\n`;
    assert.deepEqual(await findingsOf('duplicate-paragraph', text), []);
    const loose = await findingsOf('duplicate-paragraph', text, 'markdown', {duplicates: {nearThreshold: 0.6}});
    assert.deepEqual(loose.map((finding) => finding.kind), ['near']);
  });
});

describe('duplicate-paragraph: passage', () => {
  const one = 'Fishing crews say the quota cut will force several boats out of the fleet by autumn.';
  const two = 'The harbour master expects landings at the quay to fall for a third year running.';
  const three = 'Processing plants on the estuary have already moved two shifts to part-time work.';

  test('a block of paragraphs pasted without blank lines lands in one Markdown paragraph and is a passage', async () => {
    const text = `${one}\n\n${two}\n\n${three}\n\n${market}\n${one}\n${two}\n${three}\n`;
    const findings = await findingsOf('duplicate-paragraph', text);
    assert.deepEqual(findings.map(brief), ['8:1-10:82: These 3 sentences (44 words) repeat text from line 1.']);
    assert.equal(findings[0].kind, 'passage');
    assert.deepEqual(findings[0].related.map((span) => [span.line, span.column, span.endLine, span.endColumn]), [[1, 1, 5, 82]]);
    assert.equal(fixed(text, findings), `${one}\n\n${two}\n\n${three}\n\n${market}\n`);
  });

  test('a run repeated inside a longer paragraph: the fix deletes exactly the run', async () => {
    const text = `${one} ${two}\n\nA new paragraph starts here. ${one} ${two} It ends with its own words.\n`;
    const findings = await findingsOf('duplicate-paragraph', text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].actual, `${one} ${two}`);
    assert.equal(fixed(text, findings), `${one} ${two}\n\nA new paragraph starts here. It ends with its own words.\n`);
  });

  test('a run at the end of a paragraph takes the space before it', async () => {
    const text = `${one} ${two}\n\nA new paragraph starts here. ${one} ${two}\n`;
    const findings = await findingsOf('duplicate-paragraph', text);
    assert.equal(fixed(text, findings), `${one} ${two}\n\nA new paragraph starts here.\n`);
  });

  test('a repeated run under the minimum length is not a passage', async () => {
    const text = `${one}\n\nAnother paragraph. ${one} Something else entirely.\n`;
    assert.deepEqual(await findingsOf('duplicate-paragraph', text), []);
    const lower = await findingsOf('duplicate-paragraph', text, 'markdown', {duplicates: {passageMinWords: 10}});
    assert.deepEqual(lower.map((finding) => finding.kind), ['passage']);
  });
});

describe('duplicate-paragraph: not findings', () => {
  const cases: Array<[string, string]> = [
    ['paragraphs under the minimum length', 'Short and repeated here.\n\nShort and repeated here.\n'],
    ['code blocks', '```\n' + lighthouse + '\n```\n\n```\n' + lighthouse + '\n```\n'],
    ['indented code', '    ' + lighthouse + '\n\n    ' + lighthouse + '\n'],
    ['table rows', `| a | b |\n| - | - |\n| ${lighthouse} | 1 |\n| ${lighthouse} | 1 |\n`],
    ['short list items', '- Bring a coat\n- Bring a coat\n'],
    ['separators', '* * *\n\n' + lighthouse + '\n\n* * *\n\n—\n\n—\n'],
    ['headings', `# ${lighthouse}\n\n# ${lighthouse}\n`],
    ['different paragraphs', `${lighthouse}\n\n${ferry}\n\n${market}\n`]
  ];
  for (const [name, text] of cases) {
    test(name, async () => {
      assert.deepEqual(await findingsOf('duplicate-paragraph', text), []);
    });
  }

  test('the minimum length is configurable', async () => {
    const text = 'Short and repeated here.\n\nShort and repeated here.\n';
    const findings = await findingsOf('duplicate-paragraph', text, 'markdown', {duplicates: {minWords: 3}});
    assert.deepEqual(findings.map(brief), ['3:1-3:25: This paragraph repeats the paragraph on line 1.']);
  });

  test('a long list item repeated is a finding, and the fix takes its bullet', async () => {
    const text = `- ${lighthouse}\n- ${ferry}\n- ${lighthouse}\n`;
    const findings = await findingsOf('duplicate-paragraph', text);
    assert.deepEqual(findings.map((finding) => finding.line), [3]);
    assert.equal(fixed(text, findings), `- ${lighthouse}\n- ${ferry}\n`);
  });
});
