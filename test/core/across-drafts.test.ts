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
    index.set({file: draft.file, display: draft.file, severity: checker.settings.rules['duplicate-paragraph'], paragraphs: checker.paragraphs(), duplicates: checker.settings.duplicates});
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
    assert.deepEqual(await add('x.md', `${quay}\n\n${ferry}\n`), []);
    assert.deepEqual(await add('y.md', `${council}\n`), []);
    assert.deepEqual(await add('a.md', `${quay}\n`), ['x.md']);
    // a.md drops the paragraph it shared with x.md and takes one y.md holds: both may change.
    assert.deepEqual((await add('a.md', `${council}\n`)).sort(), ['x.md', 'y.md']);
    assert.deepEqual([...index.delete('a.md')], ['y.md']);
    // A draft's findings depend only on the drafts before it: adding a later one changes none.
    assert.deepEqual(await add('z.md', `${council}\n`), []);
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

// For near copies and passages: sentences written for these tests.
const channel = 'The harbour master said the channel would stay closed to large ships until the dredging crews had finished their survey of the silt.';
const boats = 'Fishing boats were told to use the south entrance instead.';
const traders = 'Traders on the fish quay counted the cost of a second quiet week.';

describe('near copies and repeated passages across drafts', () => {
  test('a near copy in a later draft names the other file; its fix deletes it in its own draft and is never applied unattended', async () => {
    const noon = quay.replace('at dawn', 'at noon');
    const text = `${ferry}\n\n${noon}\n`;
    const results = await checkAll([
      {file: 'b.md', text},
      {file: 'a.md', text: `# Strike\n\n${quay}\n`}
    ]);
    assert.deepEqual(results.get('a.md'), []);
    const findings = results.get('b.md') ?? [];
    assert.deepEqual(findings.map(brief), ['3:1-3:87: This paragraph is a near copy (94% the same words) of the paragraph on line 3 of a.md.']);
    const [finding] = findings;
    assert.equal(finding.kind, 'near');
    assert.equal(finding.ignoreKey, noon.toLowerCase());
    assert.deepEqual(finding.related, [{line: 3, column: 1, endLine: 3, endColumn: 87, offset: 10, endOffset: 10 + quay.length, file: 'a.md'}]);
    assert.deepEqual(finding.fixes.map((fix) => fix.title), ['Delete this near copy']);
    assert.equal(applyFixes(text, finding.fixes), `${ferry}\n`);
    assert.equal(isExactRepeat(finding), false);
    assert.equal((await fixAllRepeats(text, findings, (again) => createChecker().check(again))).text, text);
  });

  test('the first copy is in the first draft of path order, whichever near copy was indexed first', async () => {
    const drafts = [
      {file: 'c.md', text: `${quay.replace('night shift', 'weekend')}\n`},
      {file: 'a.md', text: `${bakery}\n\n${quay.replace('east', 'west')}\n`},
      {file: 'b.md', text: `${quay}\n`}
    ];
    for (const order of [drafts, [...drafts].reverse()]) {
      const results = await checkAll(order);
      assert.deepEqual(results.get('a.md'), []);
      assert.deepEqual(results.get('b.md')?.map(brief), ['1:1-1:87: This paragraph is a near copy (94% the same words) of the paragraph on line 3 of a.md.']);
      // Against a.md's west (two words off) and b.md's (one word off): the most similar is the one named.
      assert.deepEqual(results.get('c.md')?.map(brief), ['1:1-1:83: This paragraph is a near copy (88% the same words) of the paragraph on line 1 of b.md.']);
    }
  });

  test('a run of another draft’s sentences inside a longer paragraph: the passage, the other draft’s sentences (across its paragraphs) as related', async () => {
    const text = `${traders} ${channel}\n${boats} ${bakery}\n`;
    const results = await checkAll([
      {file: 'a.md', text: `# Harbour\n\n${channel}\n\n${boats}\n`},
      {file: 'b.md', text}
    ]);
    const findings = results.get('b.md') ?? [];
    assert.deepEqual(findings.map(brief), ['1:67-2:59: These 2 sentences (33 words) repeat text from line 3 of a.md.']);
    const [finding] = findings;
    assert.equal(finding.kind, 'passage');
    assert.equal(finding.actual, `${channel}\n${boats}`);
    assert.equal(finding.ignoreKey, `${channel} ${boats}`.toLowerCase());
    const boatsAt = 11 + channel.length + 2;
    assert.deepEqual(finding.related, [{line: 3, column: 1, endLine: 5, endColumn: 59, offset: 11, endOffset: boatsAt + boats.length, file: 'a.md'}]);
    assert.deepEqual(finding.fixes.map((fix) => fix.title), ['Delete this repeated passage']);
    // Exactly the two sentences and the space before the next one.
    assert.equal(applyFixes(text, finding.fixes), `${traders} ${bakery}\n`);
    // Deleted by a person only: --fix and fix-all leave it.
    assert.equal((await fixAllRepeats(text, findings, (again) => createChecker().check(again))).text, text);
    assert.deepEqual(results.get('a.md'), []);
  });

  test('a passage at the end of a paragraph, one sentence long, and a whole paragraph made of another draft’s run', async () => {
    const long = `${channel.slice(0, -1)}, and the pilots agreed.`;
    const results = await checkAll([
      {file: 'a.md', text: `${long}\n\n${channel}\n\n${boats}\n`},
      {file: 'b.md', text: `${traders} ${long}\n\n${channel} ${boats}\n`}
    ]);
    assert.deepEqual(results.get('b.md')?.map(brief), [
      '1:67-1:222: This sentence (27 words) repeats text from line 1 of a.md.',
      '3:1-3:192: This paragraph repeats text from line 3 of a.md.'
    ]);
    const [end, whole] = results.get('b.md') ?? [];
    // The sentence ends the paragraph: it goes with the space before it.
    assert.equal(applyFixes(`${traders} ${long}\n\n${channel} ${boats}\n`, end.fixes), `${traders}\n\n${channel} ${boats}\n`);
    assert.deepEqual(whole.fixes.map((fix) => fix.title), ['Delete this repeated paragraph']);
    assert.deepEqual(whole.related.map((span) => `${span.file} ${span.line}:${span.column}-${span.endLine}:${span.endColumn}`), ['a.md 3:1-5:59']);
  });

  test('a passage that markup reaches into has no fix, and says why', async () => {
    const results = await checkAll([
      {file: 'a.md', text: `${channel} ${boats}\n`},
      {file: 'b.md', text: `${traders} ${channel} ${boats} _${bakery}_\n`}
    ]);
    const [finding] = results.get('b.md') ?? [];
    assert.equal(finding.message, 'These 2 sentences (33 words) repeat text from line 1 of a.md. It is not deleted automatically: markup reaches into it, and the other draft’s markup is not compared.');
    assert.deepEqual(finding.fixes, []);
  });

  test('what the draft’s own check reports, an ignored passage and a draft’s own thresholds are not reported again', async () => {
    const passage = `${channel} ${boats}`;
    const results = await checkAll([
      {file: 'a.md', text: `${passage}\n\n${quay}\n`},
      // Its own passage (the same sentences earlier in the draft) is reported once, by its own check.
      {file: 'b.md', text: `${passage}\n\n${traders} ${passage}\n`},
      {file: 'c.txt', text: `${bakery} ${passage}\n`, format: 'plaintext', ignore: [`duplicate-paragraph:${passage.toLowerCase()}`]},
      {file: 'd.md', text: `${quay.replace('dawn', 'noon')}\n`, settings: {duplicates: {nearThreshold: 0.95}}}
    ]);
    assert.deepEqual(results.get('b.md')?.map(brief), ['1:1-1:192: This paragraph repeats the paragraph on line 1 of a.md.', '3:67-3:258: These 2 sentences (33 words) repeat text from line 1.']);
    assert.deepEqual(results.get('c.txt'), []);
    assert.deepEqual(results.get('d.md'), []);
  });

  test('adding a draft names the later drafts whose near copies and passages it changes; the command line’s way skips that', async () => {
    const index = new AcrossDrafts();
    const add = async (file: string, text: string, options?: {affected?: boolean}) => {
      const checker = createChecker();
      await checker.check(text);
      return index.set({file, display: file, severity: 'warning', paragraphs: checker.paragraphs(), duplicates: checker.settings.duplicates}, options);
    };
    assert.deepEqual(await add('c.md', `${traders} ${channel} ${boats}\n`), []);
    assert.deepEqual(await add('d.md', `${quay.replace('dawn', 'noon')}\n`), []);
    assert.deepEqual(await add('e.md', `${council}\n`), []);
    // b.md holds c.md's passage and a near copy of d.md's paragraph; e.md shares nothing with it.
    assert.deepEqual((await add('b.md', `${channel} ${boats}\n\n${quay}\n`)).sort(), ['c.md', 'd.md']);
    assert.equal(index.findingsFor('c.md')[0]?.message, 'These 2 sentences (33 words) repeat text from line 1 of b.md.');
    // An earlier draft's findings never depend on a later one.
    assert.deepEqual(await add('z.md', `${channel} ${boats}\n\n${quay}\n`), []);
    assert.deepEqual(await add('a.md', `${quay}\n`, {affected: false}), []);
    assert.deepEqual(index.findingsFor('d.md').map((finding) => finding.message), ['This paragraph is a near copy (94% the same words) of the paragraph on line 1 of a.md.']);
    assert.deepEqual([...index.delete('a.md')].sort(), ['b.md', 'd.md', 'z.md']);
  });
});
