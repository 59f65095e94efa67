import assert from 'node:assert/strict';
import {chmod, chown, link, lstat, mkdir, readdir, readFile, rename, stat, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, test} from 'node:test';
import {nodeFileSystem, type FileSystem, type OpenFile} from '../../src/cli/file-system.js';
import {cli, library, orchard, repeatsOnly, tram, workspace} from './workspace.js';

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanup.map((remove) => remove()));
  cleanup = [];
});

const draftText = `${library}\n\n${orchard}\n\n${tram}\n\n${library}\n`;
const fixedText = `${library}\n\n${orchard}\n\n${tram}\n`;
const unfixedReport = 'story.txt:7:1  warning  This paragraph repeats the paragraph on line 1.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 1 file; 1 error (see above)\n';

async function draft(files: Record<string, string> = {'story.txt': draftText}) {
  const ws = await workspace({'.copydeskrc.json': repeatsOnly, ...files});
  cleanup.push(ws.remove);
  return ws.root;
}

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), {code});
}

/** Node's file system, but the temporary file's handle has some calls replaced. */
function tempHandleWith(overrides: (handle: OpenFile) => Partial<OpenFile>): FileSystem {
  return {
    ...nodeFileSystem,
    async open(file, flags, mode) {
      const handle = await nodeFileSystem.open(file, flags, mode);
      if (!file.endsWith('.tmp')) return handle;
      const plain: OpenFile = {
        stat: () => handle.stat(),
        read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
        write: (buffer, offset, length, position) => handle.write(buffer, offset, length, position),
        chmod: (mode) => handle.chmod(mode),
        chown: (uid, gid) => handle.chown(uid, gid),
        sync: () => handle.sync(),
        close: () => handle.close()
      };
      return {...plain, ...overrides(plain)};
    }
  };
}

/** A disk that takes 64 bytes at a time and is full after the second write: the fixed text is half written when it fails. */
const fillsUp = tempHandleWith((plain) => {
  let calls = 0;
  return {
    write: (buffer, offset, length, position) => {
      if (++calls > 2) return Promise.reject(systemError('ENOSPC'));
      return plain.write(buffer, offset, Math.min(length, 64), position);
    }
  };
});

describe('--fix writes safely: the original is untouched unless wholly replaced', () => {
  // Each step of the write failing, and what the writer is told.
  const failures: Array<[string, FileSystem, string]> = [
    ['the disk fills up part-way through the write', fillsUp, 'no space left on the disk'],
    ['the flush to disk fails', tempHandleWith(() => ({sync: () => Promise.reject(systemError('EIO'))})), 'input/output error'],
    ['closing the temporary file fails', tempHandleWith((plain) => ({close: () => plain.close().then(() => Promise.reject(systemError('EDQUOT')))})), 'disk quota exceeded'],
    ['the mode cannot be set', tempHandleWith(() => ({chmod: () => Promise.reject(systemError('EROFS'))})), 'the file system is read-only'],
    ['the rename fails', {...nodeFileSystem, rename: () => Promise.reject(systemError('EIO'))}, 'input/output error'],
    ['the temporary file cannot be created (a folder the user may not write to)', {...nodeFileSystem, open: (file, flags, mode) => (file.endsWith('.tmp') ? Promise.reject(systemError('EACCES')) : nodeFileSystem.open(file, flags, mode))}, 'permission denied']
  ];
  for (const [when, fs, reason] of failures) {
    test(`${when}: exit 2, the file byte-for-byte as it was, no temporary file left`, async () => {
      const root = await draft();
      const before = await readFile(path.join(root, 'story.txt'));
      const listing = await readdir(root);
      assert.deepEqual(await cli(['check', '--fix', 'story.txt'], {cwd: root, fs}), {
        status: 2,
        stdout: unfixedReport,
        stderr: `copydesk: story.txt: not fixed: cannot write: ${reason}\n`
      });
      assert.deepEqual(await readFile(path.join(root, 'story.txt')), before);
      assert.deepEqual(await readdir(root), listing);
    });
  }

  test('with --format json, the file stays in `files` with its findings, and the failure is in `errors`', async () => {
    const root = await draft();
    const outcome = await cli(['check', '--fix', '--format', 'json', 'story.txt'], {cwd: root, fs: fillsUp});
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stderr, 'copydesk: story.txt: not fixed: cannot write: no space left on the disk\n');
    const report = JSON.parse(outcome.stdout);
    assert.deepEqual(
      report.files.map((file: {path: string; findings: Array<{line: number}>}) => [file.path, file.findings.map((finding) => finding.line)]),
      [['story.txt', [7]]]
    );
    assert.deepEqual(report.errors, [{path: 'story.txt', message: 'story.txt: not fixed: cannot write: no space left on the disk'}]);
    assert.equal(await readFile(path.join(root, 'story.txt'), 'utf8'), draftText);
  });

  test('with the same failure, the other files are still fixed', async () => {
    const root = await draft({'a.txt': draftText, 'b.txt': draftText});
    let failed = false;
    const failOnce = tempHandleWith(() => ({
      sync: () => {
        if (failed) return Promise.resolve();
        failed = true;
        return Promise.reject(systemError('ENOSPC'));
      }
    }));
    const outcome = await cli(['check', '--fix', 'a.txt', 'b.txt'], {cwd: root, fs: failOnce});
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stderr, 'copydesk: a.txt: not fixed: cannot write: no space left on the disk\nb.txt:7: removed repeated paragraph (89 chars)\n');
    assert.equal(await readFile(path.join(root, 'a.txt'), 'utf8'), draftText);
    assert.equal(await readFile(path.join(root, 'b.txt'), 'utf8'), fixedText);
  });

  test('keeps the mode and the owner, and replaces the file a symbolic link points to, not the link', async () => {
    const root = await draft({'real/story.txt': draftText});
    const real = path.join(root, 'real', 'story.txt');
    await chmod(real, 0o640);
    // Only the superuser may give a file away; elsewhere the owner is the user's own and kept as such.
    const owner = process.getuid?.() === 0 ? {uid: 1234, gid: 5678} : {uid: (await stat(real)).uid, gid: (await stat(real)).gid};
    if (process.getuid?.() === 0) await chown(real, owner.uid, owner.gid);
    await symlink(path.join('real', 'story.txt'), path.join(root, 'story.txt'));
    const outcome = await cli(['check', '--fix', 'story.txt'], {cwd: root});
    assert.deepEqual(outcome, {status: 0, stdout: '✔ no findings in 1 file\n', stderr: 'story.txt:7: removed repeated paragraph (89 chars)\n'});
    assert.equal(await readFile(real, 'utf8'), fixedText);
    const info = await stat(real);
    assert.deepEqual({mode: info.mode & 0o7777, uid: info.uid, gid: info.gid}, {mode: 0o640, ...owner});
    assert.ok((await lstat(path.join(root, 'story.txt'))).isSymbolicLink());
    assert.deepEqual((await readdir(path.join(root, 'real'))).sort(), ['story.txt']);
  });

  test('refuses a file with other hard links, which a rename would leave holding the old text', async () => {
    const root = await draft();
    await link(path.join(root, 'story.txt'), path.join(root, 'copy.txt'));
    assert.deepEqual(await cli(['check', '--fix', 'story.txt'], {cwd: root}), {
      status: 2,
      stdout: unfixedReport,
      stderr: 'copydesk: story.txt: not fixed: the file has 2 hard links, and replacing it would leave the old text under its other names\n'
    });
    assert.equal(await readFile(path.join(root, 'story.txt'), 'utf8'), draftText);
  });
});

describe('--fix compares before it renames: a save in the meantime is never overwritten', () => {
  const saved = `${library}\n\n${orchard}\n\n${tram}\n\n${library}\n\n${orchard}\n`;

  // Each stands in for an editor saving the file after copydesk read it again and found it unchanged, just before the rename.
  const saves: Array<[string, (file: string) => Promise<void>]> = [
    ['written in place', (file) => writeFile(file, saved)],
    [
      'saved the way many editors save: a new file renamed over the old one, the same size as what was read',
      async (file) => {
        await writeFile(`${file}.editor`, draftText.replace('Saturday', 'Thursday'));
        await rename(`${file}.editor`, file);
      }
    ]
  ];
  for (const [how, save] of saves) {
    test(`a file ${how}: refused with exit 2, the saved text kept, no temporary file left`, async () => {
      const root = await draft();
      const file = path.join(root, 'story.txt');
      let after = '';
      const outcome = await cli(['check', '--fix', 'story.txt'], {
        cwd: root,
        fixHooks: {
          beforeRename: async (real) => {
            await save(real);
            after = await readFile(real, 'utf8');
          }
        }
      });
      assert.deepEqual(outcome, {status: 2, stdout: unfixedReport, stderr: 'copydesk: story.txt: not fixed: the file changed since it was read; run copydesk again\n'});
      assert.equal(await readFile(file, 'utf8'), after);
      assert.notEqual(after, draftText);
      assert.deepEqual((await readdir(root)).sort(), ['.copydeskrc.json', '.git', 'story.txt']);
    });
  }

  test('a file that became a folder is not replaced', async () => {
    const root = await draft({'desk/story.txt': draftText});
    const outcome = await cli(['check', '--fix', 'desk/story.txt'], {
      cwd: root,
      fixHooks: {
        beforeRecheck: async (real) => {
          await rename(real, `${real}.moved`);
          await mkdir(real);
        }
      }
    });
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stderr, 'copydesk: desk/story.txt: not fixed: the file changed since it was read; run copydesk again\n');
    assert.ok((await stat(path.join(root, 'desk', 'story.txt'))).isDirectory());
  });
});
