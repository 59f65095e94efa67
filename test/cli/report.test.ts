import assert from 'node:assert/strict';
import {readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {nodeFileSystem, type FileSystem} from '../../src/cli/file-system.js';
import {cli, workspace} from './workspace.js';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'review');
const read = (name: string) => readFile(path.join(fixtures, name), 'utf8');

// The judgement on line 17 of the draft is in the ignore list; line 11 carries `[source?]`, line 13 `TK`.
const ignored = JSON.stringify({version: 1, ignored: ['the new wall is a triumph of careful engineering.']});

describe('copydesk report', () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  let draft: string;
  let notes: string;
  before(async () => {
    draft = await read('quay-draft.md');
    notes = await read('quay-notes.txt');
    ws = await workspace({'quay-draft.md': draft, 'quay-notes.txt': notes, '.copydesk/ignored.json': ignored});
  });
  after(() => ws.remove());

  test('writes the Markdown review on standard output: counts, sources, claims with their state, repeats with differences; exit 0', async () => {
    const outcome = await cli(['report', 'quay-draft.md', 'quay-notes.txt'], {cwd: ws.root});
    assert.deepEqual(outcome, {status: 0, stdout: await read('quay-review.expected.md'), stderr: ''});
  });

  test('writes the HTML review to -o FILE, by a temporary file renamed over it, leaving the drafts as they were', async () => {
    const output = path.join(ws.root, 'review.html');
    await writeFile(output, 'an older review');
    const outcome = await cli(['report', '--format', 'html', '-o', 'review.html', 'quay-draft.md', 'quay-notes.txt'], {cwd: ws.root});
    assert.deepEqual(outcome, {status: 0, stdout: '', stderr: 'copydesk: wrote the review of 2 drafts to review.html\n'});
    assert.equal(await readFile(output, 'utf8'), await read('quay-review.expected.html'));
    assert.equal(await readFile(path.join(ws.root, 'quay-draft.md'), 'utf8'), draft);
    assert.equal(await readFile(path.join(ws.root, 'quay-notes.txt'), 'utf8'), notes);
    assert.deepEqual((await readdir(ws.root)).filter((name) => name.endsWith('.tmp')), []);
  });

  test('the HTML is self-contained and escapes the draft’s words', async () => {
    const {stdout: html} = await cli(['report', '--format=html', 'quay-notes.txt'], {cwd: ws.root});
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /https?:/i);
    assert.doesNotMatch(html, /<link|<img|<iframe|@import|url\(/i);
    assert.match(html, /@media print/);
    // The notes hold `<quay>`, `&` and `<rotten>`: none is markup in the report.
    assert.doesNotMatch(html, /<quay>|<rotten/);
    assert.match(html, /<td>The ferry crew<\/td><td>person<\/td><td class="number">1<\/td><td><ul class="said"><li>line 3: “unsafe &#38; &#60;rotten”<\/li><\/ul><\/td><\/tr>/);
  });

  test('refuses to write the report over a draft being reported; the draft is left as it was', async () => {
    const outcome = await cli(['report', '-o', 'quay-draft.md', 'quay-draft.md'], {cwd: ws.root});
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stderr, 'copydesk: `-o quay-draft.md` names a draft being reported (quay-draft.md); the report never writes over a draft\nRun `copydesk --help` for usage.\n');
    assert.equal(await readFile(path.join(ws.root, 'quay-draft.md'), 'utf8'), draft);
  });

  test('a report that cannot be renamed into place leaves the old file whole and no temporary file; exit 2', async () => {
    const output = path.join(ws.root, 'kept.md');
    await writeFile(output, 'the review from yesterday');
    const failing: FileSystem = {...nodeFileSystem, rename: () => Promise.reject(Object.assign(new Error('EXDEV: cross-device link not permitted'), {code: 'EXDEV'}))};
    const outcome = await cli(['report', '-o', 'kept.md', 'quay-notes.txt'], {cwd: ws.root, fs: failing});
    assert.equal(outcome.status, 2);
    assert.match(outcome.stderr, /^copydesk: cannot write the report to kept\.md: /);
    assert.equal(await readFile(output, 'utf8'), 'the review from yesterday');
    assert.deepEqual((await readdir(ws.root)).filter((name) => name.endsWith('.tmp')), []);
  });

  test('usage errors: an unknown format, no PATH', async () => {
    assert.deepEqual(await cli(['report', '--format', 'pdf', 'quay-draft.md'], {cwd: ws.root}), {
      status: 2,
      stdout: '',
      stderr: 'copydesk: `--format` for `copydesk report` must be markdown or html, not `pdf`\nRun `copydesk --help` for usage.\n'
    });
    assert.equal((await cli(['report'], {cwd: ws.root})).status, 2);
  });

  test('--help prints the report command’s usage', async () => {
    const outcome = await cli(['report', '--help'], {cwd: ws.root});
    assert.equal(outcome.status, 0);
    assert.match(outcome.stdout, /^Usage: copydesk report \[options\] PATH\.\.\./);
  });
});
