import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {ConfigError, findProjectRoot, parseConfig, findProjectSettings, readProjectIgnoreList, type ProjectFiles} from '../../src/core/index.js';

/** A project held in memory: paths with `/`, roots named, reads counted. */
function memoryFiles(texts: Record<string, string>, roots: string[]): ProjectFiles & {reads: string[]} {
  const reads: string[] = [];
  return {
    reads,
    read: (path) => {
      reads.push(path);
      return Promise.resolve(texts[path]);
    },
    isRoot: (folder) => Promise.resolve(roots.includes(folder)),
    parent: (folder) => (folder === '/' ? undefined : folder.slice(0, folder.lastIndexOf('/')) || '/'),
    join: (folder, name) => (folder === '/' ? `/${name}` : `${folder}/${name}`)
  };
}

const rc = (settings: object) => JSON.stringify(settings);

describe('project files: settings', () => {
  test('every file from the folder up to the root, the nearer laid over the farther; nothing above the root is read', async () => {
    const files = memoryFiles(
      {
        '/home/.copydeskrc.json': rc({rules: {'repeated-heading': 'off'}}),
        '/home/paper/.copydeskrc.json': rc({rules: {'needs-attribution': 'off', 'duplicate-paragraph': 'error'}, duplicates: {minWords: 5}}),
        '/home/paper/news/local/.copydeskrc.json': rc({rules: {'duplicate-paragraph': 'info'}})
      },
      ['/home/paper']
    );
    assert.deepEqual(await findProjectSettings(files, '/home/paper/news/local'), {
      settings: {rules: {'needs-attribution': 'off', 'duplicate-paragraph': 'info'}, duplicates: {minWords: 5}, attribution: {}},
      sources: ['/home/paper/.copydeskrc.json', '/home/paper/news/local/.copydeskrc.json']
    });
    assert.deepEqual(files.reads, ['/home/paper/news/local/.copydeskrc.json', '/home/paper/news/.copydeskrc.json', '/home/paper/.copydeskrc.json']);
  });

  test('a root file still applies when a nearer file sets other things (the command line once read only the nearest)', async () => {
    const files = memoryFiles({'/p/.copydeskrc.json': rc({rules: {'needs-attribution': 'off'}}), '/p/sport/.copydeskrc.json': rc({duplicates: {minWords: 12}})}, ['/p']);
    const {settings} = await findProjectSettings(files, '/p/sport');
    assert.deepEqual(settings?.rules, {'needs-attribution': 'off'});
    assert.deepEqual(settings?.duplicates, {minWords: 12});
  });

  test('with no root, the walk goes to the top of the file system; with no files, no settings', async () => {
    const files = memoryFiles({'/.copydeskrc.json': rc({duplicates: {minWords: 3}})}, []);
    assert.deepEqual(await findProjectSettings(files, '/a/b'), {settings: {rules: {}, duplicates: {minWords: 3}, attribution: {}}, sources: ['/.copydeskrc.json']});
    assert.deepEqual(await findProjectSettings(memoryFiles({}, ['/a']), '/a/b'), {settings: undefined, sources: []});
  });

  test('an invalid file throws a ConfigError naming the file, the key and the reason, unless the parser leaves it out', async () => {
    const files = memoryFiles({'/p/.copydeskrc.json': rc({duplicates: {minWords: 3}}), '/p/x/.copydeskrc.json': '{"rules": {"duplicate-paragraph": "loud"}}'}, ['/p']);
    await assert.rejects(findProjectSettings(files, '/p/x'), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.message, '/p/x/.copydeskrc.json: rules.duplicate-paragraph: must be one of off, info, warning, error');
      return true;
    });
    const skipped: string[] = [];
    // The editor's way: report the file and check without it.
    const lenient = await findProjectSettings(files, '/p/x', (path, text) => {
      try {
        return parseConfig(text, path);
      } catch {
        skipped.push(path);
        return undefined;
      }
    });
    assert.deepEqual(skipped, ['/p/x/.copydeskrc.json']);
    assert.deepEqual(lenient.sources, ['/p/.copydeskrc.json']);
  });
});

describe('project files: root and ignore list', () => {
  test('the nearest root above a folder, or none', async () => {
    const files = memoryFiles({}, ['/p', '/p/nested']);
    assert.equal(await findProjectRoot(files, '/p/nested/deeper'), '/p/nested');
    assert.equal(await findProjectRoot(files, '/p/other'), '/p');
    assert.equal(await findProjectRoot(files, '/q'), undefined);
  });

  test('the ignore list under the root: missing ignores nothing; a broken one names the file', async () => {
    const files = memoryFiles({'/p/.copydesk/ignored.json': '{"version": 1, "ignored": ["duplicate-paragraph:a b c"]}', '/q/.copydesk/ignored.json': '{"version": 2}'}, []);
    assert.deepEqual(await readProjectIgnoreList(files, '/p'), {path: '/p/.copydesk/ignored.json', ignored: ['duplicate-paragraph:a b c']});
    assert.deepEqual(await readProjectIgnoreList(files, '/r'), {path: '/r/.copydesk/ignored.json', ignored: []});
    await assert.rejects(readProjectIgnoreList(files, '/q', () => 'q/.copydesk/ignored.json'), {message: 'q/.copydesk/ignored.json: version: unsupported version 2 (this Copydesk reads version 1)'});
  });
});
