import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, readFile, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {escapeControls} from '../../src/cli/escape.js';
import {nodeFileSystem, type FileSystem, type OpenFile} from '../../src/cli/file-system.js';
import {check} from '../../src/core/index.js';
import {cli, library, orchard, repeatsOnly, tram, workspace} from './workspace.js';

const repeated = `${library}\n\n${library}\n`;
/** A text report's summary when a file failed besides. */
const failedWith = (report: string) => report.replace(/\n$/, '; 1 error (see above)\n');
const oneFinding = (shown: string) => `${shown}:3:1  warning  This paragraph repeats the paragraph on line 1.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 1 file\n`;
const noDevZero = !existsSync('/dev/zero') && 'no /dev/zero here';
const noFifo = (process.platform === 'win32' || spawnSync('mkfifo', ['--version']).error !== undefined) && 'no mkfifo here';

// A regression here would read or wait for ever; the guard turns that into a failure instead of a stuck suite (each test takes milliseconds).
const hangGuard = {timeout: 60_000};

/** A named pipe nothing writes to: reading it waits for ever, so it must be refused before any read. */
function mkfifo(file: string): void {
  const result = spawnSync('mkfifo', [file]);
  assert.equal(result.status, 0, String(result.stderr));
}

describe('only regular files are read', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'a.txt': repeated, 'rc/story.txt': repeated, 'ignores/.copydesk/x': '', 'ignores/story.txt': repeated});
    if (!noFifo) {
      mkfifo(path.join(ws.root, 'pipe.md'));
      mkfifo(path.join(ws.root, 'rc', '.copydeskrc.json'));
      mkfifo(path.join(ws.root, 'ignores', '.copydesk', 'ignored.json'));
    }
  });
  after(() => ws.remove());

  test('a device as a draft is an error naming it; the other files are still checked', {...hangGuard, skip: noDevZero}, async () => {
    assert.deepEqual(await cli(['check', '/dev/zero', 'a.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: failedWith(oneFinding('a.txt')),
      stderr: 'copydesk: /dev/zero: cannot read: is a device, not a regular file\n'
    });
  });

  test('a named pipe as a draft is an error, without waiting for a writer', {...hangGuard, skip: noFifo}, async () => {
    assert.deepEqual(await cli(['check', 'pipe.md', 'a.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: failedWith(oneFinding('a.txt')),
      stderr: 'copydesk: pipe.md: cannot read: is a named pipe, not a regular file\n'
    });
  });

  test('--config /dev/zero is an error naming it', {...hangGuard, skip: noDevZero}, async () => {
    assert.deepEqual(await cli(['check', '--config', '/dev/zero', 'a.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: /dev/zero: cannot read the settings file: is a device, not a regular file\n'
    });
  });

  test('a named pipe as .copydeskrc.json is an error naming it', {...hangGuard, skip: noFifo}, async () => {
    assert.deepEqual(await cli(['check', 'rc/story.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: rc/.copydeskrc.json: cannot read the settings file: is a named pipe, not a regular file\n'
    });
  });

  test('a named pipe as .copydesk/ignored.json is an error naming it', {...hangGuard, skip: noFifo}, async () => {
    assert.deepEqual(await cli(['check', 'ignores/story.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: ignores/.copydesk/ignored.json: cannot read the ignored findings: is a named pipe, not a regular file\n'
    });
  });
});

describe('every read stops at the size limit', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'big/.copydeskrc.json': ' '.repeat(2_000_001) + '{}'});
  });
  after(() => ws.remove());

  test('standard input that never ends is read up to the limit and no further', hangGuard, async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(65_536).fill(0x61);
      }
    }
    assert.deepEqual(await cli(['check', '--max-file-size', '200000', '-'], {cwd: ws.root, stdin: endless()}), {
      status: 2,
      stdout: '✖ no findings in 0 files; 1 error (see above)\n',
      stderr: 'copydesk: skipped -: more than 200 KB, the limit (--max-file-size); not read further\ncopydesk: nothing was checked: every draft in - was skipped (see above)\n'
    });
    // 200,000 bytes is past after four pieces of 65,536.
    assert.equal(pulled, 4);
  });

  test('standard input within the limit is checked', async () => {
    assert.deepEqual(await cli(['check', '--stdin-format', 'plaintext', '-'], {cwd: ws.root, stdin: repeated}), {status: 1, stdout: oneFinding('-'), stderr: ''});
  });

  test('a file that grows while it is read is read up to the limit and no further', hangGuard, async () => {
    await writeFile(path.join(ws.root, 'growing.txt'), repeated);
    let read = 0;
    // The file says it is small, then never ends, like a log being written to.
    const growing: FileSystem = {
      ...nodeFileSystem,
      async open(file, flags, mode) {
        const handle = await nodeFileSystem.open(file, flags, mode);
        if (!file.endsWith('growing.txt')) return handle;
        // Only reading is asked of it.
        const reader: Pick<OpenFile, 'stat' | 'close' | 'read'> = {
          stat: () => handle.stat(),
          close: () => handle.close(),
          read: (buffer, offset, length) => {
            buffer.fill(0x61, offset, offset + length);
            read += length;
            return Promise.resolve({bytesRead: length});
          }
        };
        return reader as OpenFile;
      }
    };
    assert.deepEqual(await cli(['check', '--max-file-size', '200000', 'growing.txt'], {cwd: ws.root, fs: growing}), {
      status: 2,
      stdout: '✖ no findings in 0 files; 1 error (see above)\n',
      stderr: 'copydesk: skipped growing.txt: grew past the limit of 200 KB (--max-file-size) while it was read; not read further\ncopydesk: nothing was checked: every draft in growing.txt was skipped (see above)\n'
    });
    assert.equal(read, 200_001);
  });

  test('a settings file over 2 MB is an error, not read whole', async () => {
    await writeFile(path.join(ws.root, 'big', 'story.txt'), repeated);
    assert.deepEqual(await cli(['check', 'big/story.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: big/.copydeskrc.json: cannot read the settings file: larger than 2 MB\n'
    });
  });
});

describe('settings and ignore files that cannot be used get a clear message', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  let ignoreKey: string;
  before(async () => {
    [{ignoreKey}] = await check(repeated, {format: 'plaintext', settings: {rules: {'needs-attribution': 'off'}}});
    ws = await workspace({
      'deep/.copydeskrc.json': `{"rules": ${'['.repeat(3000)}${']'.repeat(3000)}}`,
      'deep/story.txt': repeated,
      'deepignore/.copydeskrc.json': repeatsOnly,
      'deepignore/.copydesk/ignored.json': `{"version": 1, "ignored": ${'['.repeat(3000)}${']'.repeat(3000)}}`,
      'deepignore/story.txt': repeated,
      'empty/.copydeskrc.json': repeatsOnly,
      'empty/.copydesk/ignored.json': '',
      'empty/story.txt': repeated,
      'blank/.copydeskrc.json': repeatsOnly,
      'blank/.copydesk/ignored.json': '\ufeff \n',
      'blank/story.txt': repeated,
      'listed/.copydeskrc.json': repeatsOnly,
      'listed/.copydesk/ignored.json': JSON.stringify({version: 1, ignored: [ignoreKey]}),
      'listed/story.txt': repeated,
      'plain/.copydeskrc.json': repeatsOnly,
      'plain/.copydesk': 'a note someone left\n',
      'plain/story.txt': repeated
    });
  });
  after(() => ws.remove());

  test('a settings file nested 3,000 deep: one line naming the file, no stack', async () => {
    const outcome = await cli(['check', 'deep/story.txt'], {cwd: ws.root});
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stdout, '');
    // The core's parser may refuse such nesting itself, in its own words; either way it is one line naming the file.
    assert.match(outcome.stderr, /^copydesk: deep\/\.copydeskrc\.json[: ][^\n]*\n$/);
    assert.doesNotMatch(outcome.stderr, /RangeError|internal error|\n\s+at /);
  });

  test('an ignore list nested 3,000 deep: one line naming the file, no stack', async () => {
    const outcome = await cli(['check', 'deepignore/story.txt'], {cwd: ws.root});
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stdout, '');
    assert.match(outcome.stderr, /^copydesk: deepignore\/\.copydesk\/ignored\.json[: ][^\n]*\n$/);
    assert.doesNotMatch(outcome.stderr, /RangeError|internal error|\n\s+at /);
  });

  test('an empty ignored.json, or one of only white space, ignores nothing', async () => {
    assert.deepEqual(await cli(['check', 'empty/story.txt'], {cwd: ws.root}), {status: 1, stdout: oneFinding('empty/story.txt'), stderr: ''});
    assert.deepEqual(await cli(['check', 'blank/story.txt'], {cwd: ws.root}), {status: 1, stdout: oneFinding('blank/story.txt'), stderr: ''});
    assert.deepEqual(await cli(['check', 'listed/story.txt'], {cwd: ws.root}), {status: 0, stdout: '✔ no findings in 1 file\n', stderr: ''});
  });

  test('a plain file named .copydesk is a notice, and the check goes on', async () => {
    assert.deepEqual(await cli(['check', '--no-cross-file', 'plain/story.txt', 'listed/story.txt'], {cwd: ws.root}), {
      status: 1,
      stdout: oneFinding('plain/story.txt').replace('in 1 file', 'in 2 files'),
      stderr: 'copydesk: plain/.copydesk: is a file, not a folder, so no ignored findings are read from it\n'
    });
  });
});

describe('awkward file names', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  before(async () => {
    ws = await workspace({'.copydeskrc.json': repeatsOnly, 'desk/good.txt': repeated, 'odd/a\nb.txt': repeated, 'odd/tab\tand\u001b[31mred.md': `${orchard}\n`});
    // caf\xE9.txt: Latin-1, not UTF-8, as an old system or a zip file may leave it.
    await writeFile(Buffer.concat([Buffer.from(path.join(ws.root, 'desk', 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), repeated);
    await mkdir(Buffer.concat([Buffer.from(path.join(ws.root, 'desk', 'old')), Buffer.from([0xff])]));
  });
  after(() => ws.remove());

  test('a name that is not UTF-8 is skipped with a notice; the folder check goes on', async () => {
    assert.deepEqual(await cli(['check', 'desk'], {cwd: ws.root}), {
      status: 1,
      stdout: oneFinding('desk/good.txt'),
      stderr: 'copydesk: skipped desk/caf\\xE9.txt: its name is not valid UTF-8\ncopydesk: skipped desk/old\\xFF: its name is not valid UTF-8, so the folder is not searched\n'
    });
  });

  test('newlines and other control characters in a path are escaped, so each finding stays one line', async () => {
    const outcome = await cli(['check', '--fix', 'odd'], {cwd: ws.root});
    assert.deepEqual(outcome, {status: 0, stdout: '✔ no findings in 2 files\n', stderr: 'odd/a\\nb.txt:3: removed repeated paragraph (89 chars)\n'});
    await writeFile(path.join(ws.root, 'odd', 'a\nb.txt'), repeated);
    assert.equal((await cli(['check', 'odd'], {cwd: ws.root})).stdout, oneFinding('odd/a\\nb.txt').replace('in 1 file', 'in 2 files'));
    assert.equal((await cli(['check', 'odd/missing\n.md'], {cwd: ws.root})).stderr, 'copydesk: odd/missing\\n.md: no such file or folder\n');
  });

  test('escapes: \\n, \\r, \\t; other controls (a terminal escape too) as \\xNN; the Unicode line separators as \\u', () => {
    assert.equal(escapeControls('a\nb\rc\td\u001b[31me\u007f\u0085f\u2028g\u2029h é “i”'), 'a\\nb\\rc\\td\\x1B[31me\\x7F\\x85f\\u2028g\\u2029h é “i”');
  });

  test('the JSON report gives the path as it is (JSON escapes it)', async () => {
    const {stdout} = await cli(['check', '--format', 'json', 'odd'], {cwd: ws.root});
    assert.deepEqual(
      JSON.parse(stdout).files.map((file: {path: string}) => file.path),
      ['odd/a\nb.txt', 'odd/tab\tand\u001b[31mred.md']
    );
  });
});

describe('a draft reached by several paths is checked and fixed once', () => {
  test('two symbolic links and the file itself, named and found in a folder', async () => {
    const ws = await workspace({'.copydeskrc.json': repeatsOnly, 'desk/story.txt': `${library}\n\n${tram}\n\n${library}\n`});
    try {
      await symlink('story.txt', path.join(ws.root, 'desk', 'latest.txt'));
      await symlink(path.join('desk', 'story.txt'), path.join(ws.root, 'story.txt'));
      assert.deepEqual(await cli(['check', '--fix', 'story.txt', 'desk'], {cwd: ws.root}), {
        status: 0,
        stdout: '✔ no findings in 1 file\n',
        stderr: 'story.txt:5: removed repeated paragraph (89 chars)\n'
      });
      assert.equal(await readFile(path.join(ws.root, 'desk', 'story.txt'), 'utf8'), `${library}\n\n${tram}\n`);
    } finally {
      await ws.remove();
    }
  });
});
