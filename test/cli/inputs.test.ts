import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {cli, library, repeatsOnly, workspace} from './workspace.js';

const repeated = `${library}\n\n${library}\n`;
const oneFinding = (shown: string) => `${shown}:3:1  warning  This paragraph repeats the paragraph on line 1.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 1 file\n`;
const noDevZero = !existsSync('/dev/zero') && 'no /dev/zero here';
const noFifo = (process.platform === 'win32' || spawnSync('mkfifo', ['--version']).error !== undefined) && 'no mkfifo here';

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

  test('a device as a draft is an error naming it; the other files are still checked', {skip: noDevZero}, async () => {
    assert.deepEqual(await cli(['check', '/dev/zero', 'a.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: oneFinding('a.txt'),
      stderr: 'copydesk: /dev/zero: cannot read: is a device, not a regular file\n'
    });
  });

  test('a named pipe as a draft is an error, without waiting for a writer', {skip: noFifo}, async () => {
    assert.deepEqual(await cli(['check', 'pipe.md', 'a.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: oneFinding('a.txt'),
      stderr: 'copydesk: pipe.md: cannot read: is a named pipe, not a regular file\n'
    });
  });

  test('--config /dev/zero is an error naming it', {skip: noDevZero}, async () => {
    assert.deepEqual(await cli(['check', '--config', '/dev/zero', 'a.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: /dev/zero: cannot read the settings file: is a device, not a regular file\n'
    });
  });

  test('a named pipe as .copydeskrc.json is an error naming it', {skip: noFifo}, async () => {
    assert.deepEqual(await cli(['check', 'rc/story.txt'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: rc/.copydeskrc.json: cannot read the settings file: is a named pipe, not a regular file\n'
    });
  });

  test('a named pipe as .copydesk/ignored.json is an error naming it', {skip: noFifo}, async () => {
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

  test('standard input that never ends is read up to the limit and no further', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(65_536).fill(0x61);
      }
    }
    assert.deepEqual(await cli(['check', '--max-file-size', '200000', '-'], {cwd: ws.root, stdin: endless()}), {
      status: 0,
      stdout: '✔ no findings in 0 files\n',
      stderr: 'copydesk: skipped -: more than 200 KB, the limit (--max-file-size); not read further\n'
    });
    // 200,000 bytes is past after four pieces of 65,536.
    assert.equal(pulled, 4);
  });

  test('standard input within the limit is checked', async () => {
    assert.deepEqual(await cli(['check', '--stdin-format', 'plaintext', '-'], {cwd: ws.root, stdin: repeated}), {status: 1, stdout: oneFinding('-'), stderr: ''});
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
