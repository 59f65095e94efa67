import assert from 'node:assert/strict';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {CliError} from '../../src/cli/errors.js';
import {nodeFileSystem} from '../../src/cli/file-system.js';
import {readDraftFile} from '../../src/cli/source.js';
import {check} from '../../src/core/index.js';
import {cli, library, orchard, repeatsOnly, tram, workspace} from './workspace.js';

// A Markdown draft with a repeated subhead and a paragraph pasted twice.
const story = `# Reading room\n\n${library}\n\n${orchard}\n\n## Reading room\n\n${library}\n`;

describe('copydesk check: the text report', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'drafts/story.md': story, 'drafts/clean.txt': `${tram}\n`});
  });
  after(() => ws.remove());

  test('one line a finding, two spaces between fields, sorted by path and position, then the summary; exit 1', async () => {
    const outcome = await cli(['check', 'drafts'], {cwd: ws.root});
    assert.deepEqual(outcome, {
      status: 1,
      stdout: [
        'drafts/story.md:7:1  warning  This heading repeats the heading on line 1.  repeated-heading',
        'drafts/story.md:9:1  warning  This paragraph repeats the paragraph on line 3.  duplicate-paragraph',
        '✖ 2 findings (1 duplicate-paragraph, 1 repeated-heading) in 2 files',
        ''
      ].join('\n'),
      stderr: ''
    });
  });

  test('no findings: a tick and exit 0', async () => {
    assert.deepEqual(await cli(['check', 'drafts/clean.txt'], {cwd: ws.root}), {status: 0, stdout: '✔ no findings in 1 file\n', stderr: ''});
  });

  test('paths are shown relative to the working folder, with / separators', async () => {
    const outcome = await cli(['check', path.join(ws.root, 'drafts', 'story.md')], {cwd: path.join(ws.root, 'drafts')});
    assert.match(outcome.stdout, /^story\.md:7:1 {2}warning/);
  });

  test('colour only on a terminal without NO_COLOR; FORCE_COLOR forces it', async () => {
    const coloured = [
      'drafts/story.md:7:1  \u001b[33mwarning\u001b[39m  This heading repeats the heading on line 1.  \u001b[2mrepeated-heading\u001b[22m',
      'drafts/story.md:9:1  \u001b[33mwarning\u001b[39m  This paragraph repeats the paragraph on line 3.  \u001b[2mduplicate-paragraph\u001b[22m',
      '\u001b[1m\u001b[33m✖ 2 findings (1 duplicate-paragraph, 1 repeated-heading) in 1 file\u001b[39m\u001b[22m',
      ''
    ].join('\n');
    assert.equal((await cli(['check', 'drafts/story.md'], {cwd: ws.root, isTTY: true})).stdout, coloured);
    assert.ok(!(await cli(['check', 'drafts/story.md'], {cwd: ws.root, isTTY: true, env: {NO_COLOR: '1'}})).stdout.includes('\u001b'));
    assert.equal((await cli(['check', 'drafts/story.md'], {cwd: ws.root, isTTY: false, env: {FORCE_COLOR: '1'}})).stdout, coloured);
    assert.ok(!(await cli(['check', 'drafts/story.md'], {cwd: ws.root, isTTY: true, env: {FORCE_COLOR: '0'}})).stdout.includes('\u001b'));
  });

  test('an error-level rule colours its severity red', async () => {
    await writeFile(path.join(ws.root, 'strict.json'), JSON.stringify({rules: {'duplicate-paragraph': 'error', 'needs-attribution': 'off'}}));
    const outcome = await cli(['check', '--config', 'strict.json', 'drafts/clean.txt', 'drafts/story.md'], {cwd: ws.root, isTTY: true});
    assert.ok(outcome.stdout.includes('story.md:9:1  \u001b[31merror\u001b[39m  '));
    assert.ok(outcome.stdout.includes('\u001b[1m\u001b[31m✖ 2 findings'));
  });
});

describe('copydesk check --format json', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'b/story.txt': `${library}\n\n${tram}\n\n${library}\n`, 'a/clean.md': `${orchard}\n`});
  });
  after(() => ws.remove());

  test('exactly the documented shape, files without findings included, nothing else on stdout', async () => {
    const outcome = await cli(['check', '--format', 'json', 'b', 'a'], {cwd: ws.root});
    assert.equal(outcome.status, 1);
    assert.equal(outcome.stderr, '');
    assert.deepEqual(JSON.parse(outcome.stdout), {
      version: 1,
      files: [
        {path: 'a/clean.md', findings: []},
        {
          path: 'b/story.txt',
          findings: [
            {
              rule: 'duplicate-paragraph',
              severity: 'warning',
              message: 'This paragraph repeats the paragraph on line 1.',
              line: 5,
              column: 1,
              endLine: 5,
              endColumn: 88,
              kind: 'exact',
              related: [{line: 1, column: 1, endLine: 1, endColumn: 88}],
              // The blank line before it and its line break go too, so the text ends as it did.
              fixes: [{title: 'Delete this repeated paragraph', edits: [{line: 4, column: 1, endLine: 6, endColumn: 1, newText: ''}]}]
            }
          ]
        }
      ],
      summary: {files: 2, findings: 1, byRule: {'duplicate-paragraph': 1}},
      errors: []
    });
  });

  test('field order follows the documentation, and the document ends with one newline', async () => {
    const {stdout} = await cli(['check', '--format=json', 'b/story.txt'], {cwd: ws.root});
    assert.deepEqual(Object.keys(JSON.parse(stdout).files[0].findings[0]), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'kind', 'related', 'fixes']);
    assert.ok(stdout.endsWith('}\n') && !stdout.endsWith('\n\n'));
  });

  test('no findings: exit 0 and an empty byRule', async () => {
    const outcome = await cli(['check', '--format', 'json', 'a'], {cwd: ws.root});
    assert.equal(outcome.status, 0);
    assert.deepEqual(JSON.parse(outcome.stdout).summary, {files: 1, findings: 0, byRule: {}});
  });
});

describe('finding the drafts', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    const draft = `${library}\n\n${library}\n`;
    ws = await workspace({
      '.copydeskrc.json': repeatsOnly,
      'desk/one.md': draft,
      'desk/two.markdown': draft,
      'desk/deep/three.txt': draft,
      'desk/deep/four.TXT': draft,
      'desk/notes.docx': draft,
      'desk/story.draft': draft,
      'desk/wire/lede.article': draft,
      'desk/node_modules/pkg/readme.md': draft,
      'desk/.history/old.md': draft,
      'desk/deep/.cache/x.txt': draft
    });
  });
  after(() => ws.remove());

  const pathsOf = (stdout: string) => (JSON.parse(stdout) as {files: Array<{path: string}>}).files.map((file) => file.path);

  test('folders are searched for the drafts Check Workspace reads (.md, .markdown, .txt, .draft, .article), skipping node_modules and dot-folders', async () => {
    const outcome = await cli(['check', '--format', 'json', 'desk'], {cwd: ws.root});
    assert.deepEqual(pathsOf(outcome.stdout), ['desk/deep/four.TXT', 'desk/deep/three.txt', 'desk/one.md', 'desk/story.draft', 'desk/two.markdown', 'desk/wire/lede.article']);
  });

  test('a file named on the command line is checked whatever its extension, as plain text; each file once', async () => {
    const outcome = await cli(['check', '--format', 'json', 'desk/story.draft', 'desk/one.md', 'desk', 'desk/one.md'], {cwd: ws.root});
    assert.deepEqual(pathsOf(outcome.stdout), ['desk/deep/four.TXT', 'desk/deep/three.txt', 'desk/one.md', 'desk/story.draft', 'desk/two.markdown', 'desk/wire/lede.article']);
  });

  test('a folder named explicitly is searched even if it is a dot-folder', async () => {
    assert.deepEqual(pathsOf((await cli(['check', '--format', 'json', 'desk/.history'], {cwd: ws.root})).stdout), ['desk/.history/old.md']);
  });

  test('a missing path is an error (exit 2), not an empty report', async () => {
    assert.deepEqual(await cli(['check', 'desk/one.md', 'desk/missing.md'], {cwd: ws.root}), {status: 2, stdout: '', stderr: 'copydesk: desk/missing.md: no such file or folder\n'});
  });

  test('a file that cannot be read is an error naming it and the reason', async () => {
    // Reading a folder as a file stands in for an unreadable file (permissions do not stop root, who may run the tests).
    await assert.rejects(readDraftFile(nodeFileSystem, path.join(ws.root, 'desk'), 'desk', 2_000_000), new CliError('desk: cannot read: is a folder, not a file', false, 'desk'));
  });

  test('a folder with no drafts is an error', async () => {
    await mkdir(path.join(ws.root, 'empty'));
    assert.deepEqual(await cli(['check', 'empty'], {cwd: ws.root}), {status: 2, stdout: '', stderr: 'copydesk: no drafts found (.md, .markdown, .txt, .draft, .article files) in empty\n'});
  });
});

describe('standard input', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': repeatsOnly});
  });
  after(() => ws.remove());

  const draft = `# Reading room\n\n${orchard}\n\n# Reading room\n`;

  test('`-` reads standard input as Markdown, reported as -, as it is named on the command line', async () => {
    assert.deepEqual(await cli(['check', '-'], {cwd: ws.root, stdin: draft}), {
      status: 1,
      stdout: '-:5:1  warning  This heading repeats the heading on line 1.  repeated-heading\n✖ 1 finding (1 repeated-heading) in 1 file\n',
      stderr: ''
    });
  });

  test('--stdin-format plaintext reads it as plain text (a # line is no heading there)', async () => {
    const outcome = await cli(['check', '--stdin-format', 'plaintext', '-'], {cwd: ws.root, stdin: draft});
    assert.deepEqual(outcome, {status: 0, stdout: '✔ no findings in 1 file\n', stderr: ''});
  });

  test('--fix cannot write back to standard input', async () => {
    assert.deepEqual(await cli(['check', '--fix', '-'], {cwd: ws.root, stdin: draft}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: `--fix` cannot be used with - (standard input has no file to write back to)\nRun `copydesk --help` for usage.\n'
    });
  });
});

describe('settings files', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    const draft = `${library}\n\n${library}\n`;
    ws = await workspace({
      '.copydeskrc.json': JSON.stringify({rules: {'duplicate-paragraph': 'error', 'needs-attribution': 'off'}}),
      'news/local/story.txt': draft,
      'news/sport/.copydeskrc.json': JSON.stringify({rules: {'duplicate-paragraph': 'info', 'needs-attribution': 'off'}}),
      'news/sport/match.txt': draft,
      'custom.json': JSON.stringify({rules: {'duplicate-paragraph': 'off', 'needs-attribution': 'off'}}),
      'broken/.copydeskrc.json': '{\n  "rules": {"duplicate-paragraph": "loud"}\n}\n',
      'broken/story.txt': draft,
      'typo/.copydeskrc.json': '{\n  "duplicates": {"minWords": 4,}\n}\n',
      'typo/story.txt': draft
    });
  });
  after(() => ws.remove());

  test('the nearest .copydeskrc.json above each file applies', async () => {
    // Each folder's drafts are alike; repeats across them are not what this test is about.
    const outcome = await cli(['check', '--no-cross-file', 'news'], {cwd: ws.root});
    assert.equal(
      outcome.stdout,
      [
        'news/local/story.txt:3:1  error  This paragraph repeats the paragraph on line 1.  duplicate-paragraph',
        'news/sport/match.txt:3:1  info  This paragraph repeats the paragraph on line 1.  duplicate-paragraph',
        '✖ 2 findings (2 duplicate-paragraph) in 2 files',
        ''
      ].join('\n')
    );
  });

  test('--config replaces the lookup for every file', async () => {
    assert.deepEqual(await cli(['check', '--config', 'custom.json', 'news'], {cwd: ws.root}), {status: 0, stdout: '✔ no findings in 2 files\n', stderr: ''});
  });

  test('an invalid settings file stops the run with exit 2, naming the file, the setting and the reason', async () => {
    assert.deepEqual(await cli(['check', 'news', 'broken'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: broken/.copydeskrc.json: rules.duplicate-paragraph: must be one of off, info, warning, error\n'
    });
  });

  test('a JSON syntax error names the line and column', async () => {
    assert.deepEqual(await cli(['check', 'typo/story.txt'], {cwd: ws.root}), {status: 2, stdout: '', stderr: 'copydesk: typo/.copydeskrc.json:2:31: trailing comma before `}`\n'});
  });

  test('a missing --config file is an error', async () => {
    assert.deepEqual(await cli(['check', '--config', 'nope.json', 'news'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: nope.json: cannot read the settings file: no such file or folder\n'
    });
  });
});

describe('.copydesk/ignored.json', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  let ignoreKey: string;
  before(async () => {
    const draft = `${library}\n\n${tram}\n\n${library}\n`;
    [{ignoreKey}] = await check(draft, {format: 'plaintext', settings: {rules: {'needs-attribution': 'off'}}});
    ws = await workspace({
      '.copydeskrc.json': repeatsOnly,
      '.copydesk/ignored.json': JSON.stringify({version: 1, ignored: [ignoreKey]}),
      'desk/story.txt': draft,
      'other/.copydesk/ignored.json': '{"version": 2, "ignored": []}',
      'other/story.txt': draft,
      'bad/.copydesk/ignored.json': '{"version": 1, "ignored": "all"',
      'bad/story.txt': draft
    });
  });
  after(() => ws.remove());

  test('findings whose ignoreKey is listed at the workspace root are left out, from any working folder', async () => {
    assert.deepEqual(await cli(['check', 'desk/story.txt'], {cwd: ws.root}), {status: 0, stdout: '✔ no findings in 1 file\n', stderr: ''});
    assert.deepEqual(await cli(['check', 'story.txt'], {cwd: path.join(ws.root, 'desk')}), {status: 0, stdout: '✔ no findings in 1 file\n', stderr: ''});
  });

  test('the nearest folder holding .copydesk is the root: its list, not the outer one, applies', async () => {
    assert.deepEqual(await cli(['check', 'other/story.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: other/.copydesk/ignored.json: version: unsupported version 2 (this Copydesk reads version 1)\n'
    });
  });

  test('a broken ignored.json is an error naming it and saying why', async () => {
    assert.deepEqual(await cli(['check', 'bad/story.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: bad/.copydesk/ignored.json:1:32: expected `,` or `}` after the property value, found the end of the file\n'
    });
  });
});

describe('huge and binary files', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    const binary = new Uint8Array(400).fill(0x41);
    binary[300] = 0;
    ws = await workspace({
      '.copydeskrc.json': repeatsOnly,
      'desk/story.txt': `${library}\n\n${library}\n`,
      'desk/huge.txt': `${orchard}\n`.repeat(Math.ceil(2_500_000 / (orchard.length + 1))),
      'desk/edge.txt': 'x'.repeat(2_000_001),
      'desk/scan.txt': binary
    });
  });
  after(() => ws.remove());

  test('files over 2 MB and files with NUL bytes are skipped with a notice; the rest decide the exit status', async () => {
    assert.deepEqual(await cli(['check', 'desk'], {cwd: ws.root}), {
      status: 1,
      stdout: 'desk/story.txt:3:1  warning  This paragraph repeats the paragraph on line 1.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 1 file\n',
      stderr: [
        'copydesk: skipped desk/edge.txt: 2000001 bytes, larger than the limit of 2000000 bytes (--max-file-size)',
        'copydesk: skipped desk/huge.txt: 2.5 MB, larger than the limit of 2 MB (--max-file-size)',
        'copydesk: skipped desk/scan.txt: binary file (it has NUL bytes)',
        ''
      ].join('\n')
    });
  });

  test('--max-file-size changes the limit; when every draft is skipped, nothing was checked: exit 2, as for a folder with none', async () => {
    const outcome = await cli(['check', '--max-file-size', '100', 'desk/story.txt', 'desk/scan.txt'], {cwd: ws.root});
    assert.deepEqual(outcome, {
      status: 2,
      stdout: '✖ no findings in 0 files; 1 error (see above)\n',
      // Notices come in the order the files were named; size is looked at first, so a large file is never read.
      stderr:
        'copydesk: skipped desk/story.txt: 177 bytes, larger than the limit of 100 bytes (--max-file-size)\ncopydesk: skipped desk/scan.txt: 400 bytes, larger than the limit of 100 bytes (--max-file-size)\ncopydesk: nothing was checked: every draft in desk/story.txt, desk/scan.txt was skipped (see above)\n'
    });
  });
});

describe('line endings and byte-order marks', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'crlf.txt': `\ufeff${library}\r\n\r\n${tram}\r\n\r\n${library}\r\n`});
  });
  after(() => ws.remove());

  test('CRLF counts as one line break and a byte-order mark is not a column', async () => {
    const {stdout} = await cli(['check', '--format', 'json', 'crlf.txt'], {cwd: ws.root});
    const [finding] = JSON.parse(stdout).files[0].findings;
    assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn, finding.related], [5, 1, 5, 88, [{line: 1, column: 1, endLine: 1, endColumn: 88}]]);
  });
});

describe('settings files at several levels', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    const claim = 'Fares on the night ferry will rise by 12% in April.';
    ws = await workspace({
      '.copydeskrc.json': '{"rules": {"needs-attribution": "off"}}',
      'desk/.copydeskrc.json': '{"rules": {"repeated-heading": "error"}}',
      'desk/wire/.copydeskrc.json': '{"rules": {"duplicate-paragraph": "error"}}',
      'desk/wire/story.md': `# Night ferry\n\n${library} ${claim}\n\n# Night ferry\n\n${library} ${claim}\n`,
      'outside/.copydeskrc.json': '{"rules": {"repeated-heading": "off"}}',
      'outside/project/.git/HEAD': 'ref: refs/heads/main\n',
      'outside/project/story.md': `# Night ferry\n\n${library}\n\n# Night ferry\n`
    });
  });
  after(() => ws.remove());

  test('every file from the project root down to the draft applies, nearer over farther (as in the editor)', async () => {
    assert.deepEqual(await cli(['check', 'desk/wire/story.md'], {cwd: ws.root}), {
      status: 1,
      stdout: [
        'desk/wire/story.md:5:1  error  This heading repeats the heading on line 1.  repeated-heading',
        'desk/wire/story.md:7:1  error  This paragraph repeats the paragraph on line 3.  duplicate-paragraph',
        '✖ 2 findings (1 duplicate-paragraph, 1 repeated-heading) in 1 file',
        ''
      ].join('\n'),
      stderr: ''
    });
  });

  test('files above the project root (a folder holding .git or .copydesk) do not apply', async () => {
    const outcome = await cli(['check', 'outside/project/story.md'], {cwd: ws.root});
    assert.equal(outcome.stdout, 'outside/project/story.md:5:1  warning  This heading repeats the heading on line 1.  repeated-heading\n✖ 1 finding (1 repeated-heading) in 1 file\n');
  });
});
