import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {cli, workspace} from './workspace.js';

// Paragraphs written for these tests: a strike story, a ferry story that lifts one of its paragraphs, and a third draft.
const walkout = 'Dock workers at the east quay walked out at dawn over a dispute about night shift pay.';
const talks = 'Union officials and the port authority will meet on Thursday, both sides confirmed.';
const ferry = 'The island ferry ran a reduced timetable all afternoon while the strike held at the quay.';
const bakery = 'A bakery on the seafront sold out of its morning bread before the first bus arrived.';

const settings = JSON.stringify({rules: {'needs-attribution': 'off'}});
const strike = `# Harbour strike\n\n${talks}\n\n${walkout}\n`;
const ferryStory = `# Ferry\n\n${ferry}\n\n${walkout}\n`;
const market = `${bakery}\n`;

describe('copydesk check: repeats across drafts', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': settings, 'drafts/harbour-strike.md': strike, 'drafts/island-ferry.md': ferryStory, 'drafts/market.txt': market});
  });
  after(() => ws.remove());

  test('text: the later draft in path order is flagged, naming the other file and line', async () => {
    assert.deepEqual(await cli(['check', 'drafts'], {cwd: ws.root}), {
      status: 1,
      stdout:
        'drafts/island-ferry.md:5:1  warning  This paragraph repeats the paragraph on line 5 of drafts/harbour-strike.md.  duplicate-paragraph\n' +
        '✖ 1 finding (1 duplicate-paragraph) in 3 files\n',
      stderr: ''
    });
  });

  test('several files name each other as given; --no-cross-file turns the comparison off', async () => {
    const given = ['drafts/island-ferry.md', './drafts/harbour-strike.md'];
    assert.equal((await cli(['check', ...given], {cwd: ws.root})).stdout.split('\n')[0], 'drafts/island-ferry.md:5:1  warning  This paragraph repeats the paragraph on line 5 of drafts/harbour-strike.md.  duplicate-paragraph');
    assert.deepEqual(await cli(['check', '--no-cross-file', ...given], {cwd: ws.root}), {status: 0, stdout: '✔ no findings in 2 files\n', stderr: ''});
    assert.equal((await cli(['check', '--no-cross-file', '--cross-file', ...given], {cwd: ws.root})).status, 1);
  });

  test('run from inside the folder, paths are relative to it', async () => {
    const outcome = await cli(['check', '.'], {cwd: path.join(ws.root, 'drafts')});
    assert.equal(outcome.stdout.split('\n')[0], 'island-ferry.md:5:1  warning  This paragraph repeats the paragraph on line 5 of harbour-strike.md.  duplicate-paragraph');
  });

  test('json: the related place has the other file as its path; nothing else changes shape', async () => {
    const outcome = await cli(['check', '--format', 'json', 'drafts'], {cwd: ws.root});
    const report = JSON.parse(outcome.stdout) as {files: Array<{path: string; findings: unknown[]}>};
    assert.deepEqual(
      report.files.map((file) => file.path),
      ['drafts/harbour-strike.md', 'drafts/island-ferry.md', 'drafts/market.txt']
    );
    assert.deepEqual(report.files[1].findings, [
      {
        rule: 'duplicate-paragraph',
        severity: 'warning',
        message: 'This paragraph repeats the paragraph on line 5 of drafts/harbour-strike.md.',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 87,
        kind: 'exact',
        related: [{path: 'drafts/harbour-strike.md', line: 5, column: 1, endLine: 5, endColumn: 87}],
        fixes: [{title: 'Delete this repeated paragraph', edits: [{line: 4, column: 1, endLine: 6, endColumn: 1, newText: ''}]}]
      }
    ]);
  });

  test('sarif: the related location is in the other file', async () => {
    const outcome = await cli(['check', '--format', 'sarif', 'drafts'], {cwd: ws.root});
    const log = JSON.parse(outcome.stdout) as {runs: Array<{results: Array<{locations: unknown[]; relatedLocations?: unknown[]}>}>};
    const [result] = log.runs[0].results;
    assert.deepEqual(result.locations, [{physicalLocation: {artifactLocation: {uri: 'drafts/island-ferry.md', uriBaseId: '%SRCROOT%'}, region: {startLine: 5, startColumn: 1, endLine: 5, endColumn: 87}}}]);
    assert.deepEqual(result.relatedLocations, [
      {id: 1, physicalLocation: {artifactLocation: {uri: 'drafts/harbour-strike.md', uriBaseId: '%SRCROOT%'}, region: {startLine: 5, startColumn: 1, endLine: 5, endColumn: 87}}, message: {text: 'The earlier copy'}}
    ]);
  });

  test('github, rdjsonl and gitlab: the annotation names the other file; the related location and other_locations point at it', async () => {
    const github = await cli(['check', '--format', 'github', 'drafts'], {cwd: ws.root});
    assert.equal(
      github.stdout,
      '::warning file=drafts/island-ferry.md,line=5,col=1,endLine=5,endColumn=87,title=copydesk duplicate-paragraph::This paragraph repeats the paragraph on line 5 of drafts/harbour-strike.md.\n'
    );
    const rdjsonl = JSON.parse((await cli(['check', '--format', 'rdjsonl', 'drafts'], {cwd: ws.root})).stdout) as {related_locations: unknown};
    assert.deepEqual(rdjsonl.related_locations, [{message: 'The earlier copy', location: {path: 'drafts/harbour-strike.md', range: {start: {line: 5, column: 1}, end: {line: 5, column: 87}}}}]);
    const gitlab = JSON.parse((await cli(['check', '--format', 'gitlab', 'drafts'], {cwd: ws.root})).stdout) as Array<{other_locations: unknown}>;
    assert.deepEqual(gitlab[0].other_locations, [{path: 'drafts/harbour-strike.md', lines: {begin: 5, end: 5}}]);
  });

  test('--fix deletes repeats inside a draft, never a repeat of another draft, and reports it at its place in the fixed text', async () => {
    const doubled = `# Ferry\n\n${ferry}\n\n${ferry}\n\n${walkout}\n`;
    const fixWs = await workspace({'.copydeskrc.json': settings, 'a.md': strike, 'b.md': doubled});
    try {
      const outcome = await cli(['check', '--fix', '.'], {cwd: fixWs.root});
      assert.equal(await readFile(path.join(fixWs.root, 'b.md'), 'utf8'), ferryStory);
      assert.equal(await readFile(path.join(fixWs.root, 'a.md'), 'utf8'), strike);
      assert.equal(outcome.stdout, 'b.md:5:1  warning  This paragraph repeats the paragraph on line 5 of a.md.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 2 files\n');
      assert.equal(outcome.stderr, 'b.md:5: removed repeated paragraph (91 chars)\n');
    } finally {
      await fixWs.remove();
    }
  });
});

describe('copydesk check: near copies and passages across drafts', () => {
  // Sentences for a harbour story whose run of sentences, and a near copy of one paragraph, turn up in a later draft.
  const channel = 'The harbour master said the channel would stay closed to large ships until the dredging crews had finished their survey of the silt.';
  const boats = 'Fishing boats were told to use the south entrance instead.';
  const traders = 'Traders on the fish quay counted the cost of a second quiet week.';
  const harbour = `# Harbour\n\n${walkout}\n\n${channel}\n\n${boats}\n`;
  const later = `# Quay\n\n${walkout.replace('at dawn', 'at noon')}\n\n${traders} ${channel} ${boats}\n`;
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': settings, 'drafts/harbour.md': harbour, 'drafts/quay.md': later});
  });
  after(() => ws.remove());

  test('text: the near copy and the passage name the other file and line', async () => {
    assert.deepEqual(await cli(['check', 'drafts'], {cwd: ws.root}), {
      status: 1,
      stdout:
        'drafts/quay.md:3:1  warning  This paragraph is a near copy (94% the same words) of the paragraph on line 3 of drafts/harbour.md.  duplicate-paragraph\n' +
        'drafts/quay.md:5:67  warning  These 2 sentences (33 words) repeat text from line 5 of drafts/harbour.md.  duplicate-paragraph\n' +
        '✖ 2 findings (2 duplicate-paragraph) in 2 files\n',
      stderr: ''
    });
  });

  test('json: kinds, related places in the other file, and fixes in the flagged draft', async () => {
    const outcome = await cli(['check', '--format', 'json', 'drafts'], {cwd: ws.root});
    const report = JSON.parse(outcome.stdout) as {files: Array<{path: string; findings: unknown[]}>};
    assert.deepEqual(report.files[0], {path: 'drafts/harbour.md', findings: []});
    assert.deepEqual(report.files[1].findings, [
      {
        rule: 'duplicate-paragraph',
        severity: 'warning',
        message: 'This paragraph is a near copy (94% the same words) of the paragraph on line 3 of drafts/harbour.md.',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 87,
        kind: 'near',
        related: [{path: 'drafts/harbour.md', line: 3, column: 1, endLine: 3, endColumn: 87}],
        fixes: [{title: 'Delete this near copy', edits: [{line: 3, column: 1, endLine: 5, endColumn: 1, newText: ''}]}]
      },
      {
        rule: 'duplicate-paragraph',
        severity: 'warning',
        message: 'These 2 sentences (33 words) repeat text from line 5 of drafts/harbour.md.',
        line: 5,
        column: 67,
        endLine: 5,
        endColumn: 258,
        kind: 'passage',
        related: [{path: 'drafts/harbour.md', line: 5, column: 1, endLine: 7, endColumn: 59}],
        // The passage ends its paragraph: it goes with the space before it.
        fixes: [{title: 'Delete this repeated passage', edits: [{line: 5, column: 66, endLine: 5, endColumn: 258, newText: ''}]}]
      }
    ]);
  });

  test('--fix leaves both alone; --no-cross-file reports neither', async () => {
    const fixWs = await workspace({'.copydeskrc.json': settings, 'a.md': harbour, 'b.md': later});
    try {
      const outcome = await cli(['check', '--fix', '.'], {cwd: fixWs.root});
      assert.equal(await readFile(path.join(fixWs.root, 'b.md'), 'utf8'), later);
      assert.equal(outcome.stderr, '');
      assert.equal(outcome.status, 1);
      assert.deepEqual(await cli(['check', '--no-cross-file', '.'], {cwd: fixWs.root}), {status: 0, stdout: '✔ no findings in 2 files\n', stderr: ''});
    } finally {
      await fixWs.remove();
    }
  });
});
