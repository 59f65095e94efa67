import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {closeSync, existsSync, openSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {distinctParagraphs, library, repeatsOnly, tram, workspace} from './workspace.js';

// The bundle `npm run build` writes from src/cli/main.ts, as `npx copydesk` runs it.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

// A run that reads without end is killed after this long, so it fails rather than hangs the suite; no run here takes a second.
const killAfter = 60_000;

function copydesk(argv: string[], cwd: string, input?: string | number) {
  const stdin = typeof input === 'number' ? input : 'pipe';
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    input: typeof input === 'string' ? input : undefined,
    stdio: [stdin, 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: killAfter,
    env: {...process.env, NO_COLOR: '', FORCE_COLOR: undefined}
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('dist/cli.js, the built command', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    assert.ok(existsSync(bin), 'dist/cli.js is missing: run `npm run build` first');
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'story.txt': `${library}\n\n${tram}\n\n${library}\n`, 'bad/.copydeskrc.json': '{"rules": {"x": "off"}}', 'bad/a.md': '# A\n'});
  });
  after(() => ws?.remove());

  test('is an ES module script with a node shebang', () => {
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  test('checks a file: report on stdout, exit 1', () => {
    assert.deepEqual(copydesk(['check', 'story.txt'], ws.root), {
      status: 1,
      stdout: 'story.txt:5:1  warning  This paragraph repeats the paragraph on line 1.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 1 file\n',
      stderr: ''
    });
  });

  test('reads standard input and prints JSON', () => {
    const outcome = copydesk(['check', '--format', 'json', '--stdin-format', 'plaintext', '-'], ws.root, `${tram}\n\n${tram}\n`);
    assert.equal(outcome.status, 1);
    const report = JSON.parse(outcome.stdout);
    assert.deepEqual([report.files[0].path, report.summary], ['-', {files: 1, findings: 1, byRule: {'duplicate-paragraph': 1}}]);
  });

  test('standard input that never ends (/dev/zero) is read only up to the size limit', {skip: !existsSync('/dev/zero') && 'no /dev/zero'}, () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      assert.deepEqual(copydesk(['check', '--max-file-size', '50000000', '-'], ws.root, zero), {
        status: 2,
        stdout: '✖ no findings in 0 files; 1 error (see above)\n',
        stderr: 'copydesk: skipped -: more than 50 MB, the limit (--max-file-size); not read further\ncopydesk: nothing was checked: every draft in - was skipped (see above)\n'
      });
    } finally {
      closeSync(zero);
    }
  });

  test('--fix on a disk that refuses to grow a file past 4 KB (ulimit -f): the 50 KB draft is left whole', {skip: process.platform === 'win32' && 'no ulimit'}, async () => {
    const paragraphs = distinctParagraphs(170);
    const text = [...paragraphs, paragraphs[0]].join('\n\n') + '\n';
    const disk = await workspace({'.copydeskrc.json': repeatsOnly, 'story.txt': text});
    try {
      // The shell limits the size of any file the command writes; Node then sees EFBIG where it would have been killed.
      const result = spawnSync('/bin/sh', ['-c', 'ulimit -f 8 && exec "$0" "$@"', process.execPath, bin, 'check', '--fix', 'story.txt'], {cwd: disk.root, encoding: 'utf8', timeout: killAfter, env: {...process.env, NO_COLOR: ''}});
      assert.deepEqual(
        {status: result.status, stdout: result.stdout, stderr: result.stderr},
        {
          status: 2,
          stdout: 'story.txt:341:1  warning  This paragraph repeats the paragraph on line 1.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 1 file; 1 error (see above)\n',
          stderr: 'copydesk: story.txt: not fixed: cannot write: the file would be larger than the system allows\n'
        }
      );
      assert.equal(readFileSync(path.join(disk.root, 'story.txt'), 'utf8'), text);
      assert.deepEqual(readdirSync(disk.root).sort(), ['.copydeskrc.json', '.git', 'story.txt']);
    } finally {
      await disk.remove();
    }
  });

  test('an invalid settings file: exit 2 and the reason on stderr', () => {
    assert.deepEqual(copydesk(['check', 'bad'], ws.root), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: bad/.copydeskrc.json: rules.x: unknown rule `x` (the rules are duplicate-paragraph, repeated-heading, needs-attribution)\n'
    });
  });
});
