import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {createChecker} from '../../src/core/index.js';
import type {PartialSettings} from '../../src/core/types.js';
import {cli, library, orchard, repeatsOnly, workspace} from './workspace.js';

/**
 * The core's checker, except that it throws as the core did on a document
 * nested thousands deep, for any text holding `NESTED`: the core should
 * never throw, and this is how the command line copes if it does.
 */
function checkerThatOverflows(settings: PartialSettings) {
  const checker = createChecker(settings);
  return {
    ...checker,
    check: (text: string, options?: Parameters<typeof checker.check>[1]) => {
      if (text.includes('NESTED')) return Promise.reject(new RangeError('Maximum call stack size exceeded'));
      return checker.check(text, options);
    }
  } as typeof checker;
}

const repeated = `${library}\n\n${library}\n`;
const finding = {
  rule: 'duplicate-paragraph',
  severity: 'warning',
  message: 'This paragraph repeats the paragraph on line 1.',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 88,
  kind: 'exact',
  related: [{line: 1, column: 1, endLine: 1, endColumn: 88}],
  fixes: [{title: 'Delete this repeated paragraph', edits: [{line: 2, column: 1, endLine: 4, endColumn: 1, newText: ''}]}]
};

describe('a document the checker cannot read is an error for that file only', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'a.txt': repeated, 'b.md': `${'> '.repeat(40)}NESTED\n`, 'c.txt': `${orchard}\n`});
  });
  after(() => ws.remove());

  test('text: the error names the file on stderr, the other files are reported, exit 2', async () => {
    assert.deepEqual(await cli(['check', '.'], {cwd: ws.root, createChecker: checkerThatOverflows}), {
      status: 2,
      stdout: 'a.txt:3:1  warning  This paragraph repeats the paragraph on line 1.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 2 files; 1 error (see above)\n',
      stderr: 'copydesk: b.md: cannot check: the document is nested too deeply for the checker (please report this)\n'
    });
  });

  test('json: one document, the checked files in `files`, the failure in `errors`, exit 2', async () => {
    const outcome = await cli(['check', '--format', 'json', '.'], {cwd: ws.root, createChecker: checkerThatOverflows});
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stderr, 'copydesk: b.md: cannot check: the document is nested too deeply for the checker (please report this)\n');
    assert.deepEqual(JSON.parse(outcome.stdout), {
      version: 1,
      files: [
        {path: 'a.txt', findings: [finding]},
        {path: 'c.txt', findings: []}
      ],
      summary: {files: 2, findings: 1, byRule: {'duplicate-paragraph': 1}},
      errors: [{path: 'b.md', message: 'b.md: cannot check: the document is nested too deeply for the checker (please report this)'}]
    });
  });

  test('any other failure of the checker is named too, and --fix still fixes the other files', async () => {
    const failing = (settings: PartialSettings) => {
      const checker = createChecker(settings);
      return {...checker, check: (text: string) => (text.includes('NESTED') ? Promise.reject(new TypeError('x is undefined')) : checker.check(text))} as typeof checker;
    };
    const fixWs = await workspace({'.copydeskrc.json': repeatsOnly, 'a.txt': repeated, 'b.txt': 'NESTED\n'});
    try {
      assert.deepEqual(await cli(['check', '--fix', '.'], {cwd: fixWs.root, createChecker: failing}), {
        status: 2,
        stdout: '✖ no findings in 1 file; 1 error (see above)\n',
        stderr: 'copydesk: b.txt: cannot check: the checker failed (TypeError: x is undefined); please report this\na.txt:3: removed repeated paragraph (89 chars)\n'
      });
    } finally {
      await fixWs.remove();
    }
  });
});

describe('--format json prints one document even when the run fails', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'a.txt': repeated, 'bad/.copydeskrc.json': '{"rules": {"x": "off"}}', 'bad/a.txt': repeated});
  });
  after(() => ws.remove());

  const stopped = (errors: unknown[]) => ({version: 1, files: [], summary: {files: 0, findings: 0, byRule: {}}, errors});

  // What stops the whole run, and the error it reports: nothing was checked, so `files` is empty.
  const failures: Array<[string, string[], {path: string | null; message: string}, string]> = [
    ['a missing PATH', ['a.txt', 'missing.md'], {path: 'missing.md', message: 'missing.md: no such file or folder'}, ''],
    ['invalid settings', ['bad/a.txt'], {path: 'bad/.copydeskrc.json', message: 'bad/.copydeskrc.json: rules.x: unknown rule `x` (the rules are duplicate-paragraph, repeated-heading, needs-attribution)'}, ''],
    ['a usage error', ['--fix', '-'], {path: null, message: '`--fix` cannot be used with - (standard input has no file to write back to)'}, 'Run `copydesk --help` for usage.\n']
  ];
  for (const [what, paths, error, hint] of failures) {
    test(`${what}: exit 2, the reason on stderr and in \`errors\``, async () => {
      assert.deepEqual(await cli(['check', '--format=json', ...paths], {cwd: ws.root}), {
        status: 2,
        stdout: JSON.stringify(stopped([error]), null, 2) + '\n',
        stderr: `copydesk: ${error.message}\n${hint}`
      });
    });
  }

  test('without --format json, a failed run prints nothing on stdout', async () => {
    assert.deepEqual(await cli(['check', 'missing.md'], {cwd: ws.root}), {status: 2, stdout: '', stderr: 'copydesk: missing.md: no such file or folder\n'});
  });
});
