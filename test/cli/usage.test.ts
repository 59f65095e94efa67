import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {describe, test} from 'node:test';
import {parseArgs} from '../../src/cli/args.js';
import {cli} from './workspace.js';

const cwd = tmpdir();
const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
const hint = 'Run `copydesk --help` for usage.\n';

describe('copydesk: help, version and usage errors', () => {
  test('--help prints the usage on stdout, before or after the command', async () => {
    for (const argv of [['--help'], ['-h'], ['check', '--help'], ['check', 'story.md', '-h']]) {
      const outcome = await cli(argv, {cwd});
      assert.equal(outcome.status, 0, argv.join(' '));
      assert.match(outcome.stdout, /^Usage: copydesk check \[options\] PATH\.\.\.\n/);
      assert.match(outcome.stdout, /--stdin-format markdown\|plaintext/);
      assert.equal(outcome.stderr, '');
    }
  });

  test('--version, -v and -V print the package version, before or after the command', async () => {
    for (const argv of [['--version'], ['-v'], ['-V'], ['check', '-v']]) assert.deepEqual(await cli(argv, {cwd}), {status: 0, stdout: `${version}\n`, stderr: ''}, argv.join(' '));
  });

  // Each usage error: exit 2, the reason, and where to find the usage.
  const usageErrors: Array<[string[], string]> = [
    [[], 'missing command; use `copydesk check PATH...`'],
    [['story.md'], 'unknown command `story.md`; to check it as a path, type `copydesk check story.md`'],
    [['chek', 'samples'], 'unknown command `chek`; did you mean `copydesk check samples`?'],
    [['chekc'], 'unknown command `chekc`; did you mean `copydesk check PATH...`?'],
    [['--format', 'json', 'check', 'x'], '`--format` must come after the command: `copydesk check --format json x`'],
    [['check'], 'no PATH given (a file, a folder, or - for standard input)'],
    [['check', '--formt', 'json', 'x'], 'unknown option `--formt`; did you mean `--format`?'],
    [['check', '--colour', 'x'], 'unknown option `--colour`'],
    [['check', '--format', 'xml', 'x'], '`--format` must be text, json, sarif, github, rdjsonl or gitlab, not `xml`'],
    [['check', 'x', '--format'], '`--format` needs a value'],
    [['check', '--stdin-format', 'html', '-'], '`--stdin-format` must be markdown or plaintext, not `html`'],
    [['check', '--max-file-size', '2MB', 'x'], '`--max-file-size` must be a number of bytes, not `2MB`'],
    [['check', '--fix=yes', 'x'], '`--fix` takes no value'],
    // `report` reads its arguments the same way.
    [['report', '--colour', 'x'], 'unknown option `--colour` for `copydesk report`'],
    [['report', '--help=yes', 'x'], 'unknown option `--help` for `copydesk report`'],
    [['report', 'x', '-o'], '`-o` needs a value'],
    [['report', '--format=pdf', 'x'], '`--format` for `copydesk report` must be markdown or html, not `pdf`']
  ];
  for (const [argv, message] of usageErrors) {
    test(`copydesk ${argv.join(' ')}`, async () => {
      assert.deepEqual(await cli(argv, {cwd}), {status: 2, stdout: '', stderr: `copydesk: ${message}\n${hint}`});
    });
  }

  test('options may come anywhere after the command, with = or a separate value; -- ends the options', () => {
    assert.deepEqual(parseArgs(['check', 'a.md', '--format=json', '--config', 'rc.json', '--fix', '--max-file-size', '10', '--', '--odd-name.md']), {
      command: 'check',
      options: {format: 'json', config: 'rc.json', fix: true, paths: ['a.md', '--odd-name.md'], stdinFormat: 'markdown', maxFileSize: 10, crossFile: true}
    });
    assert.deepEqual(parseArgs(['report', 'a.md', '--format=html', '-o', 'out.html', '--stdin-format', 'plaintext', '--', '-', '--odd-name.md']), {
      command: 'report',
      options: {format: 'html', output: 'out.html', config: undefined, paths: ['a.md', '-', '--odd-name.md'], stdinFormat: 'plaintext', maxFileSize: 2_000_000}
    });
    assert.deepEqual(parseArgs(['report', 'a.md', '-h', '--colour']), {command: 'report-help'});
  });
});
