import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {AcrossDrafts, applyFixes, createChecker, fixAllRepeats, isExactRepeat, withRepeatsAcrossDrafts, type Finding, type Format, type PartialSettings} from '../../src/core/index.js';

// Paragraphs written for these tests; each is long enough to be compared.
const quay = 'Dock workers at the east quay walked out at dawn over a dispute about night shift pay.';
const ferry = 'The island ferry ran a reduced timetable all afternoon while the strike held at the quay.';
const council = 'Councillors will meet the union on Thursday to discuss the harbour budget for next year.';
const bakery = 'A bakery on the seafront sold out of its morning bread before the first bus arrived.';

interface Draft {
  file: string;
  text: string;
  format?: Format;
  settings?: PartialSettings;
  ignore?: string[];
}

/** Check each draft alone, index them all, and return each draft's findings with the repeats across drafts added. */
async function checkAll(drafts: Draft[]): Promise<Map<string, Finding[]>> {
  const index = new AcrossDrafts();
  const own = new Map<string, Finding[]>();
  for (const draft of drafts) {
    const checker = createChecker(draft.settings);
    own.set(draft.file, await checker.check(draft.text, {format: draft.format ?? 'markdown', ignore: draft.ignore}));
    index.set({file: draft.file, display: draft.file, severity: checker.settings.rules['duplicate-paragraph'], paragraphs: checker.paragraphs()});
  }
  return new Map(drafts.map((draft) => [draft.file, withRepeatsAcrossDrafts(own.get(draft.file) ?? [], index.findingsFor(draft.file))]));
}

const brief = (finding: Finding) => `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}: ${finding.message}`;

describe('repeats across drafts', () => {
  test('the later draft in path order is flagged, with the first copy in the other file as related', async () => {
    const results = await checkAll([
      {file: 'drafts/b-ferry.md', text: `# Ferry\n\n${ferry}\n\n${quay}\n`},
      {file: 'drafts/a-strike.md', text: `# Strike\n\n${council}\n\n${bakery}\n\n${quay}\n`}
    ]);
    assert.deepEqual(results.get('drafts/a-strike.md'), []);
    const findings = results.get('drafts/b-ferry.md') ?? [];
    assert.deepEqual(findings.map(brief), ['5:1-5:87: This paragraph repeats the paragraph on line 7 of drafts/a-strike.md.']);
    const [finding] = findings;
    assert.equal(finding.rule, 'duplicate-paragraph');
    assert.equal(finding.kind, 'exact');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.ignoreKey, quay.toLowerCase());
    assert.deepEqual(finding.related, [{line: 7, column: 1, endLine: 7, endColumn: 87, offset: 10 + council.length + 2 + bakery.length + 2, endOffset: 10 + council.length + 2 + bakery.length + 2 + quay.length, file: 'drafts/a-strike.md'}]);
    // The fix deletes the copy in the flagged draft only, blank line before it included.
    assert.deepEqual(finding.fixes.map((fix) => fix.title), ['Delete this repeated paragraph']);
    assert.equal(applyFixes(`# Ferry\n\n${ferry}\n\n${quay}\n`, finding.fixes), `# Ferry\n\n${ferry}\n`);
  });

  test('the order does not depend on the order drafts are checked in', async () => {
    const a = {file: 'a.txt', text: `${quay}\n`, format: 'plaintext' as const};
    const b = {file: 'b.txt', text: `${bakery}\n\n${quay}\n`, format: 'plaintext' as const};
    for (const drafts of [[a, b], [b, a]]) {
      const results = await checkAll(drafts);
      assert.deepEqual(results.get('a.txt')?.map(brief), []);
      assert.deepEqual(results.get('b.txt')?.map(brief), ['3:1-3:87: This paragraph repeats the paragraph on line 1 of a.txt.']);
    }
  });

  test('three drafts: both later ones point at the first; a copy repeated inside a draft is reported once by each rule', async () => {
    const results = await checkAll([
      {file: 'one.md', text: `${quay}\n`},
      {file: 'two.md', text: `${ferry}\n\n${quay}\n\n${quay}\n`},
      {file: 'three.md', text: `${quay}\n`}
    ]);
    assert.deepEqual(results.get('one.md')?.map(brief), []);
    assert.deepEqual(results.get('three.md')?.map(brief), ['1:1-1:87: This paragraph repeats the paragraph on line 1 of one.md.']);
    assert.deepEqual(results.get('two.md')?.map(brief), [
      '3:1-3:87: This paragraph repeats the paragraph on line 1 of one.md.',
      '5:1-5:87: This paragraph repeats the paragraph on line 3.'
    ]);
  });

  test('folds wrapping and case as repeats inside a draft do, across Markdown and plain text', async () => {
    const wrapped = quay.replace(' at dawn ', '\nat dawn ').toUpperCase();
    const results = await checkAll([
      {file: 'a.md', text: `_${quay}_\n`},
      {file: 'b.txt', text: `${wrapped}\n`, format: 'plaintext'}
    ]);
    assert.deepEqual(results.get('b.txt')?.map(brief), ['1:1-2:46: This paragraph repeats the paragraph on line 1 of a.md.']);
  });

  test('a repeat of another draft is never deleted unattended', async () => {
    const results = await checkAll([
      {file: 'a.md', text: `${quay}\n`},
      {file: 'b.md', text: `${council}\n\n${quay}\n\n${council}\n`}
    ]);
    const findings = results.get('b.md') ?? [];
    assert.deepEqual(findings.map(isExactRepeat), [false, true]);
    const text = `${council}\n\n${quay}\n\n${council}\n`;
    const fixed = await fixAllRepeats(text, findings, (again) => createChecker().check(again));
    assert.equal(fixed.text, `${council}\n\n${quay}\n`);
  });

  test('short paragraphs, an ignore list entry, a directive comment and a rule turned off are not reported', async () => {
    const short = 'The strike ended at noon.';
    const results = await checkAll([
      {file: 'a.md', text: `${short}\n\n${quay}\n\n${ferry}\n\n${council}\n`},
      {file: 'b.md', text: `${short}\n\n<!-- copydesk-ignore-next-line duplicate-paragraph -->\n${ferry}\n`},
      {file: 'c.txt', text: `${quay}\n`, format: 'plaintext', ignore: [`duplicate-paragraph:${quay.toLowerCase()}`]},
      {file: 'd.md', text: `${council}\n`, settings: {rules: {'duplicate-paragraph': 'off'}}}
    ]);
    for (const file of ['b.md', 'c.txt', 'd.md']) assert.deepEqual(results.get(file), [], file);
  });

  test('each draft is flagged at its own level; a draft whose rule is off is not compared at all', async () => {
    const results = await checkAll([
      {file: 'a.md', text: `${council}\n`, settings: {rules: {'duplicate-paragraph': 'off'}}},
      {file: 'b.md', text: `${council}\n\n${bakery}\n`, settings: {rules: {'duplicate-paragraph': 'info'}}},
      {file: 'c.md', text: `${council}\n\n${bakery}\n`, settings: {rules: {'duplicate-paragraph': 'error'}}}
    ]);
    assert.deepEqual(results.get('b.md'), []);
    assert.deepEqual(results.get('c.md')?.map((finding) => `${finding.severity} ${brief(finding)}`), [
      'error 1:1-1:89: This paragraph repeats the paragraph on line 1 of b.md.',
      'error 3:1-3:85: This paragraph repeats the paragraph on line 3 of b.md.'
    ]);
  });

  test('replacing and removing a draft updates the other drafts’ findings', async () => {
    const index = new AcrossDrafts();
    const add = async (file: string, text: string) => {
      const checker = createChecker();
      await checker.check(text);
      index.set({file, display: file, severity: 'warning', paragraphs: checker.paragraphs()});
    };
    await add('a.md', `${quay}\n`);
    await add('b.md', `${quay}\n`);
    assert.equal(index.findingsFor('b.md').length, 1);
    await add('a.md', `${bakery}\n`);
    assert.deepEqual(index.findingsFor('b.md'), []);
    await add('a.md', `${quay}\n`);
    assert.equal(index.findingsFor('b.md').length, 1);
    index.delete('a.md');
    assert.deepEqual(index.findingsFor('b.md'), []);
    assert.equal(index.size, 1);
  });

  test('adding or replacing a draft names the other drafts whose findings may change', async () => {
    const index = new AcrossDrafts();
    const add = async (file: string, text: string) => {
      const checker = createChecker();
      await checker.check(text);
      return index.set({file, display: file, severity: 'warning', paragraphs: checker.paragraphs()});
    };
    assert.deepEqual(await add('a.md', `${quay}\n\n${ferry}\n`), []);
    assert.deepEqual(await add('b.md', `${council}\n`), []);
    assert.deepEqual(await add('c.md', `${quay}\n`), ['a.md']);
    // c.md drops the paragraph it shared with a.md and takes one b.md holds: both may change.
    assert.deepEqual((await add('c.md', `${council}\n`)).sort(), ['a.md', 'b.md']);
    assert.deepEqual([...index.delete('c.md')], ['b.md']);
  });

  test('claims inside a repeat of another draft are folded into it', async () => {
    const claim = 'The strike cost the port more than 40% of its weekly trade, the worst loss in a decade.';
    const plain = await createChecker().check(`${claim}\n`);
    assert.ok(plain.some((finding) => finding.rule === 'needs-attribution'), 'the sentence is a claim on its own');
    const results = await checkAll([
      {file: 'a.md', text: `${claim}\n`},
      {file: 'b.md', text: `${claim}\n`}
    ]);
    assert.deepEqual(results.get('b.md')?.map((finding) => finding.rule), ['duplicate-paragraph']);
  });
});
