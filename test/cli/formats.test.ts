import assert from 'node:assert/strict';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {requestedFormat} from '../../src/cli/args.js';
import {ciPath} from '../../src/cli/ci-paths.js';
import {command, githubStepSummary, summaryRowLimit} from '../../src/cli/format-github.js';
import type {Finding} from '../../src/core/types.js';
import {fixtureWorkspace} from './formats-fixture.js';
import {cli, workspace} from './workspace.js';

const docs = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

describe('copydesk check --format github', () => {
  let ws: Awaited<ReturnType<typeof fixtureWorkspace>>;
  before(async () => {
    ws = await fixtureWorkspace();
  });
  after(() => ws.remove());

  test('one annotation a finding, severity as error/warning/notice, properties and data escaped', async () => {
    const outcome = await cli(['check', '--format', 'github', 'drafts'], {cwd: ws.root});
    assert.deepEqual(outcome, {
      status: 1,
      stdout: [
        // `,` in the file name and `%` in the message would otherwise end the property and start an escape.
        "::notice file=drafts/council%2C vote.txt,line=3,col=112,endLine=3,endColumn=120,title=copydesk needs-attribution::Unattributed statistic: 'fell 40%25' — who says so?",
        '::warning file=drafts/harbour.md,line=11,col=1,endLine=12,endColumn=79,title=copydesk duplicate-paragraph::This paragraph repeats the paragraph on line 3.',
        '::warning file=drafts/harbour.md,line=14,col=1,endLine=14,endColumn=24,title=copydesk repeated-heading::This heading repeats the heading on line 6.',
        ''
      ].join('\n'),
      stderr: ''
    });
  });

  test('with $GITHUB_STEP_SUMMARY set, a Markdown table of every finding is appended to that file', async () => {
    const summary = path.join(ws.root, 'summary.md');
    await writeFile(summary, 'An earlier step wrote this.\n');
    const outcome = await cli(['check', '--format', 'github', 'drafts'], {cwd: ws.root, env: {GITHUB_STEP_SUMMARY: summary}});
    assert.equal(outcome.status, 1);
    assert.equal(
      await readFile(summary, 'utf8'),
      [
        'An earlier step wrote this.',
        '### Copydesk: 3 findings in 3 files',
        '',
        '| File | Line | Severity | Rule | Message |',
        '| --- | ---: | --- | --- | --- |',
        `| drafts/council, vote.txt | 3 | info | [needs-attribution](${docs}needs-attribution.md) | Unattributed statistic: 'fell 40%' — who says so? |`,
        `| drafts/harbour.md | 11 | warning | [duplicate-paragraph](${docs}duplicate-paragraph.md) | This paragraph repeats the paragraph on line 3. |`,
        `| drafts/harbour.md | 14 | warning | [repeated-heading](${docs}repeated-heading.md) | This heading repeats the heading on line 6. |`,
        ''
      ].join('\n')
    );
  });

  test('a summary file that cannot be written is a warning annotation; the status still reflects the findings', async () => {
    const summary = path.join(ws.root, 'no-such-folder', 'summary.md');
    const outcome = await cli(['check', '--format', 'github', 'drafts/ferry.md'], {cwd: ws.root, env: {GITHUB_STEP_SUMMARY: summary}});
    assert.equal(outcome.status, 0);
    assert.match(outcome.stdout, /^::warning::copydesk: cannot append the step summary to .*summary\.md: ENOENT/);
  });

  test('standard input: annotations with no file', async () => {
    const outcome = await cli(['check', '--format', 'github', '-'], {cwd: ws.root, stdin: await readFile(path.join(ws.root, 'drafts', 'harbour.md'))});
    assert.equal(outcome.stdout.split('\n')[0], '::warning line=11,col=1,endLine=12,endColumn=79,title=copydesk duplicate-paragraph::This paragraph repeats the paragraph on line 3.');
  });

  test('a file that cannot be read is an ::error naming it', async () => {
    const outcome = await cli(['check', '--format', 'github', 'drafts/ferry.md', 'drafts/gone.md'], {cwd: ws.root});
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stdout, '::error file=drafts/gone.md::copydesk: drafts/gone.md: no such file or folder\n');
  });

  test('a usage error is an ::error too, so the log shows why the step failed', async () => {
    const outcome = await cli(['check', '--format', 'github', '--max-file-size', 'big', 'drafts'], {cwd: ws.root});
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stdout, '::error::copydesk: `--max-file-size` must be a number of bytes, not `big`\n');
  });
});

describe('workflow commands and the step summary', () => {
  test('escapes: % CR LF in data; also : and , in properties', () => {
    assert.equal(command('warning', {file: 'a:b,c%d\r\ne.md', line: 2}, '100%\r\nsure: yes, really'), '::warning file=a%3Ab%2Cc%25d%0D%0Ae.md,line=2::100%25%0D%0Asure: yes, really');
    assert.equal(command('error', {}, 'plain'), '::error::plain');
  });

  test('table cells: no line breaks, and markup or HTML in a message or path is shown as written', () => {
    const finding = {line: 1, severity: 'warning', rule: 'repeated-heading', url: 'u', message: 'a | b\n<b>*x*</b> `c` [d]'} as Finding;
    const table = githubStepSummary([{path: 'dir/a_b.md', findings: [finding]}], [], '/work');
    assert.equal(table.split('\n')[4], '| dir/a\\_b.md | 1 | warning | [repeated-heading](u) | a \\| b &lt;b&gt;\\*x\\*&lt;/b&gt; \\`c\\` \\[d\\] |');
  });

  test(`past ${summaryRowLimit} rows the table stops and says how many more there are`, () => {
    const finding = {line: 1, severity: 'info', rule: 'needs-attribution', url: 'u', message: 'm'} as Finding;
    const results = [
      {path: 'a.md', findings: Array.from({length: summaryRowLimit}, () => finding)},
      {path: 'b.md', findings: [finding, finding]}
    ];
    const lines = githubStepSummary(results, [], '/work').split('\n');
    assert.equal(lines.filter((line) => line.startsWith('| a.md')).length, summaryRowLimit);
    assert.equal(lines.filter((line) => line.startsWith('| b.md')).length, 0);
    assert.equal(lines.at(-2), '…and 2 more; run `copydesk check` to see them all.');
  });

  test('no findings: the heading says so, with no table', () => {
    assert.equal(githubStepSummary([{path: 'a.md', findings: []}], [], '/work'), '### Copydesk: no findings in 1 file\n');
  });
});

describe('copydesk check --format rdjsonl', () => {
  let ws: Awaited<ReturnType<typeof fixtureWorkspace>>;
  before(async () => {
    ws = await fixtureWorkspace();
  });
  after(() => ws.remove());

  test('one reviewdog diagnostic a line; columns in UTF-8 bytes; each repeat deletion a suggestion, its first copy a related location', async () => {
    const outcome = await cli(['check', '--format', 'rdjsonl', 'drafts'], {cwd: ws.root});
    assert.equal(outcome.status, 1);
    assert.equal(outcome.stderr, '');
    const source = {name: 'copydesk', url: 'https://github.com/copydesk/copydesk'};
    const range = (line: number, column: number, endLine: number, endColumn: number) => ({start: {line, column}, end: {line: endLine, column: endColumn}});
    assert.equal(
      outcome.stdout,
      [
        {
          message: "Unattributed statistic: 'fell 40%' — who says so?",
          // UTF-16 column 112 is byte column 115: "—" takes three bytes and "é" two before it.
          location: {path: 'drafts/council, vote.txt', range: range(3, 115, 3, 123)},
          severity: 'INFO',
          source,
          // Adding attribution needs a source only the writer knows, so it is no suggestion.
          code: {value: 'needs-attribution', url: `${docs}needs-attribution.md`}
        },
        {
          message: 'This paragraph repeats the paragraph on line 3.',
          location: {path: 'drafts/harbour.md', range: range(11, 1, 12, 79)},
          severity: 'WARNING',
          source,
          code: {value: 'duplicate-paragraph', url: `${docs}duplicate-paragraph.md`},
          suggestions: [{range: range(11, 1, 14, 1), text: ''}],
          related_locations: [{message: 'The earlier copy', location: {path: 'drafts/harbour.md', range: range(3, 1, 4, 79)}}]
        },
        {
          message: 'This heading repeats the heading on line 6.',
          location: {path: 'drafts/harbour.md', range: range(14, 1, 14, 24)},
          severity: 'WARNING',
          source,
          code: {value: 'repeated-heading', url: `${docs}repeated-heading.md`},
          suggestions: [{range: range(14, 1, 16, 1), text: ''}],
          related_locations: [{message: 'The earlier copy', location: {path: 'drafts/harbour.md', range: range(6, 1, 6, 24)}}]
        }
      ]
        .map((diagnostic) => JSON.stringify(diagnostic) + '\n')
        .join('')
    );
  });

  test('no findings: no lines at all', async () => {
    assert.deepEqual(await cli(['check', '--format', 'rdjsonl', 'drafts/ferry.md'], {cwd: ws.root}), {status: 0, stdout: '', stderr: ''});
  });

  test('after --fix, columns are counted in the fixed text the remaining findings refer to', async () => {
    const pasted = 'The bakery on Mill Lane reopened this week after a month of repairs to its roof.';
    const fixing = await workspace({'story.md': `# Bakery news\n\n${pasted}\n\n${pasted}\n\nÉclair sales at the café rose 12% last year, and the bakery credited its new ovens.\n`});
    try {
      const outcome = await cli(['check', '--format', 'rdjsonl', '--fix', 'story.md'], {cwd: fixing.root});
      assert.equal(outcome.status, 1);
      const columns = outcome.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as {location: {range: {start: {line: number; column: number}}}})
        .map(({location}) => `${location.range.start.line}:${location.range.start.column}`);
      // The pasted copy is gone, so the figure's sentence moved from line 7 to 5, where "rose 12%"
      // starts at UTF-16 column 26; "É" and "é" take two bytes each. (Line 5 of the text as read is ASCII.)
      assert.deepEqual(columns, ['5:28']);
    } finally {
      await fixing.remove();
    }
  });
});

describe('copydesk check --format gitlab', () => {
  let ws: Awaited<ReturnType<typeof fixtureWorkspace>>;
  before(async () => {
    ws = await fixtureWorkspace();
  });
  after(() => ws.remove());

  test('a Code Quality array: description, check_name, fingerprint, severity major/minor/info, path and lines', async () => {
    const outcome = await cli(['check', '--format', 'gitlab', 'drafts'], {cwd: ws.root});
    assert.equal(outcome.status, 1);
    assert.equal(
      outcome.stdout,
      JSON.stringify(
        [
          {
            description: "Unattributed statistic: 'fell 40%' — who says so?",
            check_name: 'needs-attribution',
            fingerprint: '32fa51cc9132b683ed9cb9c90521548bcf93c811ef9588ee4532523e391bfdc6',
            severity: 'info',
            location: {path: 'drafts/council, vote.txt', lines: {begin: 3, end: 3}}
          },
          {
            description: 'This paragraph repeats the paragraph on line 3.',
            check_name: 'duplicate-paragraph',
            fingerprint: 'e24463e04e0560cbb8f3ad81db2aca4051367ee9b441cde2a0e17d8c9fa8bcb3',
            severity: 'minor',
            location: {path: 'drafts/harbour.md', lines: {begin: 11, end: 12}},
            other_locations: [{path: 'drafts/harbour.md', lines: {begin: 3, end: 4}}]
          },
          {
            description: 'This heading repeats the heading on line 6.',
            check_name: 'repeated-heading',
            fingerprint: '206620d2ea0b20d5fbdaf4baedfb1aaa73f56d2e78ebaa57930ece2223941a38',
            severity: 'minor',
            location: {path: 'drafts/harbour.md', lines: {begin: 14, end: 14}},
            other_locations: [{path: 'drafts/harbour.md', lines: {begin: 6, end: 6}}]
          }
        ],
        null,
        2
      ) + '\n'
    );
  });

  test('fingerprints stay the same when lines move, and differ for the same text flagged twice', async () => {
    const paragraph = 'The harbour master said the breakwater lights would be replaced before the winter storms arrive.';
    const moved = await workspace({
      'a.md': `${paragraph}\n\n${paragraph}\n\n${paragraph}\n`,
      'b.md': `# Added on top\n\nA new first paragraph pushes everything below it down.\n\n${paragraph}\n\n${paragraph}\n\n${paragraph}\n`
    });
    try {
      const prints = async (file: string) => (JSON.parse((await cli(['check', '--format', 'gitlab', file], {cwd: moved.root})).stdout) as Array<{fingerprint: string; location: {path: string}}>).map((issue) => issue.fingerprint);
      const [first, second] = await prints('a.md');
      assert.notEqual(first, second);
      // b.md is another file, so its fingerprints differ; renamed to a.md, its moved findings match a.md's.
      await writeFile(path.join(moved.root, 'a.md'), await readFile(path.join(moved.root, 'b.md'), 'utf8'));
      assert.deepEqual(await prints('a.md'), [first, second]);
    } finally {
      await moved.remove();
    }
  });

  test('no findings: an empty array', async () => {
    assert.deepEqual(await cli(['check', '--format', 'gitlab', 'drafts/ferry.md'], {cwd: ws.root}), {status: 0, stdout: '[]\n', stderr: ''});
  });
});

describe('paths and formats', () => {
  test('CI paths are relative to the working folder, without ./; a path outside it is kept as given', () => {
    assert.equal(ciPath('./drafts/a.md', '/work'), 'drafts/a.md');
    assert.equal(ciPath('/work/drafts/a.md', '/work'), 'drafts/a.md');
    assert.equal(ciPath('../elsewhere/a.md', '/work'), '../elsewhere/a.md');
    assert.equal(ciPath('/other/a.md', '/work'), '/other/a.md');
    assert.equal(ciPath('..notes.md', '/work'), '..notes.md');
    assert.equal(ciPath('-', '/work'), '-');
  });

  test('the format a usage error is reported in: the last known --format of `check`, else text', () => {
    assert.equal(requestedFormat(['check', '--format', 'sarif', 'x']), 'sarif');
    assert.equal(requestedFormat(['check', '--format=gitlab', '--format', 'rdjsonl']), 'rdjsonl');
    assert.equal(requestedFormat(['check', '--format', 'xml']), 'text');
    assert.equal(requestedFormat(['check', '--', '--format', 'json']), 'text');
    assert.equal(requestedFormat(['chek', '--format', 'json']), 'text');
  });

  test('an unknown --format names every format', async () => {
    const outcome = await cli(['check', '--format', 'junit', 'x'], {cwd: '/'});
    assert.equal(outcome.stderr, 'copydesk: `--format` must be text, json, sarif, github, rdjsonl or gitlab, not `junit`\nRun `copydesk --help` for usage.\n');
  });
});
