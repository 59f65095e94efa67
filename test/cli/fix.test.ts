import assert from 'node:assert/strict';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, test} from 'node:test';
import {cli, library, orchard, repeatsOnly, tram, workspace} from './workspace.js';

const near = library.replace('Saturday', 'Sunday');
const claim = 'The new footbridge is expected to open in the autumn once the final inspections are done.';

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanup.map((remove) => remove()));
  cleanup = [];
});

/** A workspace holding one draft; resolves to its folder and a reader for the draft. */
async function draft(name: string, text: string | Uint8Array, settings = repeatsOnly) {
  const ws = await workspace({'.copydeskrc.json': settings, [name]: text});
  cleanup.push(ws.remove);
  return {root: ws.root, file: path.join(ws.root, name), read: () => readFile(path.join(ws.root, name), 'utf8')};
}

describe('copydesk check --fix', () => {
  test('deletes repeated headings, exact repeated paragraphs and passages; keeps near copies and reports them', async () => {
    const text = `# Reading room\n\n${library}\n\n${orchard}\n\n## Reading room\n\n${library}\n\n${near}\n\n${tram} ${library}\n`;
    const {root, read} = await draft('story.md', text, JSON.stringify({rules: {'needs-attribution': 'off'}, duplicates: {passageMinWords: 10}}));
    assert.deepEqual(await cli(['check', '--fix', 'story.md'], {cwd: root}), {
      status: 1,
      stdout: 'story.md:7:1  warning  This paragraph is a near copy (93% the same words) of the paragraph on line 3.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 1 file\n',
      stderr: 'story.md:7: removed repeated heading (17 chars)\nstory.md:9: removed repeated paragraph (89 chars)\nstory.md:13: removed repeated passage (88 chars)\n'
    });
    assert.equal(await read(), `# Reading room\n\n${library}\n\n${orchard}\n\n${near}\n\n${tram}\n`);
  });

  test('neighbouring deletions that share a blank line are both applied, each character counted once; exit 0 when nothing remains', async () => {
    const {root, read} = await draft('story.md', `# Reading room\n\n${library}\n\n${orchard}\n\n# Reading room\n\n${library}\n`);
    assert.deepEqual(await cli(['check', '--fix', 'story.md'], {cwd: root}), {
      status: 0,
      stdout: '✔ no findings in 1 file\n',
      stderr: 'story.md:7: removed repeated heading (16 chars)\nstory.md:9: removed repeated paragraph (88 chars)\n'
    });
    // trimEnd: the union of the two deletions keeps the blank line before the heading (the core's fixes decide that, not the CLI).
    assert.equal((await read()).trimEnd(), `# Reading room\n\n${library}\n\n${orchard}`);
  });

  test('never touches claims: attribution fixes are for a person to choose', async () => {
    const text = `${claim}\n\n${library}\n\n${library}\n`;
    const {root, read} = await draft('story.txt', text, '{}');
    const outcome = await cli(['check', '--fix', 'story.txt'], {cwd: root});
    assert.equal(outcome.stderr, 'story.txt:5: removed repeated paragraph (89 chars)\n');
    assert.match(outcome.stdout, /^story\.txt:1:\d+ {2}info {2}.+ {2}needs-attribution\n✖ 1 finding \(1 needs-attribution\) in 1 file\n$/);
    assert.equal(await read(), `${claim}\n\n${library}\n`);
  });

  test('a file with nothing to delete is left alone', async () => {
    const text = `${library}\n\n${near}\n`;
    const {root, read} = await draft('story.txt', text);
    const outcome = await cli(['check', '--fix', 'story.txt'], {cwd: root, fixHooks: {beforeRecheck: () => assert.fail('nothing should be written')}});
    assert.equal(outcome.status, 1);
    assert.equal(outcome.stderr, '');
    assert.equal(await read(), text);
  });

  test('keeps CRLF line endings and the byte-order mark', async () => {
    const {root, file} = await draft('story.txt', `\ufeff${library}\r\n\r\n${tram}\r\n\r\n${library}\r\n`);
    const outcome = await cli(['check', '--fix', 'story.txt'], {cwd: root});
    assert.equal(outcome.stderr, 'story.txt:5: removed repeated paragraph (91 chars)\n');
    assert.deepEqual(await readFile(file), Buffer.from(`\ufeff${library}\r\n\r\n${tram}\r\n`));
  });

  test('with --format json, the report is the fixed file and stderr stays quiet', async () => {
    const {root, read} = await draft('story.txt', `${library}\n\n${library}\n`);
    const outcome = await cli(['check', '--fix', '--format', 'json', 'story.txt'], {cwd: root});
    assert.deepEqual(outcome, {
      status: 0,
      stdout: JSON.stringify({version: 1, files: [{path: 'story.txt', findings: []}], summary: {files: 1, findings: 0, byRule: {}}, errors: []}, null, 2) + '\n',
      stderr: ''
    });
    assert.equal(await read(), `${library}\n`);
  });

  test('refuses to write a file that changed since it was read (exit 2), leaving the new text and fixing the others', async () => {
    const ws = await workspace({'.copydeskrc.json': repeatsOnly, 'a.txt': `${library}\n\n${library}\n`, 'b.txt': `${orchard}\n\n${orchard}\n`});
    cleanup.push(ws.remove);
    const edited = `${library}\n\n${library}\n\n${tram}\n`;
    // Stands in for an editor saving a.txt while copydesk works on it.
    const beforeRecheck = async (file: string) => {
      if (path.basename(file) === 'a.txt') await writeFile(file, edited);
    };
    const outcome = await cli(['check', '--fix', 'a.txt', 'b.txt'], {cwd: ws.root, fixHooks: {beforeRecheck}});
    assert.deepEqual(outcome, {
      status: 2,
      stdout: 'a.txt:3:1  warning  This paragraph repeats the paragraph on line 1.  duplicate-paragraph\n✖ 1 finding (1 duplicate-paragraph) in 2 files; 1 error (see above)\n',
      stderr: 'copydesk: a.txt: not fixed: the file changed since it was read; run copydesk again\nb.txt:3: removed repeated paragraph (97 chars)\n'
    });
    assert.equal(await readFile(path.join(ws.root, 'a.txt'), 'utf8'), edited);
    assert.equal(await readFile(path.join(ws.root, 'b.txt'), 'utf8'), `${orchard}\n`);
  });

  test('refuses to write back a file that is not valid UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from(`${library}\n\n${library}\n`), Buffer.from([0xff, 0x0a])]);
    const {root, file} = await draft('story.txt', bytes);
    const outcome = await cli(['check', '--fix', 'story.txt'], {cwd: root});
    assert.equal(outcome.status, 2);
    assert.equal(outcome.stderr, 'copydesk: story.txt: not fixed: the file is not valid UTF-8, and writing it back would damage it\n');
    assert.deepEqual(await readFile(file), bytes);
  });
});
