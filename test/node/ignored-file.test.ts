import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {parseIgnored as cliParseIgnored} from '../../src/cli/ignored.js';
import {addIgnoredKey, parseIgnoredList} from '../../src/vscode/ignored-file.js';

/** What the editor writes to `.copydesk/ignored.json` must be what the command line reads. */
describe('addIgnoredKey', () => {
  test('a new list is version 1 with the key', () => {
    const text = addIgnoredKey(undefined, 'timetable changes');
    assert.equal(text, '{\n  "version": 1,\n  "ignored": [\n    "timetable changes"\n  ]\n}\n');
    assert.deepEqual(cliParseIgnored(text, 'ignored.json'), ['timetable changes']);
  });

  test('keys it does not know are kept, in their places', () => {
    const text = addIgnoredKey('{"version": 1, "note": "kept by the desk", "ignored": ["a"], "reviewed": {"by": "ed"}}', 'b');
    assert.equal(text, `${JSON.stringify({version: 1, note: 'kept by the desk', ignored: ['a', 'b'], reviewed: {by: 'ed'}}, null, 2)}\n`);
    assert.deepEqual(cliParseIgnored(text, 'ignored.json'), ['a', 'b']);
  });

  test('a list written without a version gets version 1 (the command line refuses it otherwise)', () => {
    const text = addIgnoredKey('{"ignored": ["a"], "note": "x"}', 'b');
    assert.equal(text, `${JSON.stringify({version: 1, ignored: ['a', 'b'], note: 'x'}, null, 2)}\n`);
    assert.deepEqual(cliParseIgnored(text, 'ignored.json'), ['a', 'b']);
  });

  test('a key already there is not added twice', () => {
    assert.equal(addIgnoredKey('{"version": 1, "ignored": ["a"]}', 'a'), `${JSON.stringify({version: 1, ignored: ['a']}, null, 2)}\n`);
  });

  test('an empty file, or one with a byte-order mark, is read', () => {
    assert.equal(addIgnoredKey(' \n', 'a'), `${JSON.stringify({version: 1, ignored: ['a']}, null, 2)}\n`);
    assert.equal(addIgnoredKey('\ufeff{"version": 1, "ignored": []}', 'a'), `${JSON.stringify({version: 1, ignored: ['a']}, null, 2)}\n`);
  });

  test('a file that is not a version 1 list is refused, never rewritten', () => {
    const refused: Array<[string, RegExp]> = [
      ['{"version": 2, "ignored": []}', /^Error: unsupported version 2 \(this Copydesk reads version 1\)$/],
      ['{"version": "1", "ignored": []}', /^Error: unsupported version "1"/],
      ['{"version": 1, "ignored": "a"}', /^Error: "ignored" must be a list of strings$/],
      ['{"version": 1, "ignored": [1]}', /^Error: "ignored" must be a list of strings$/],
      ['["a"]', /^Error: expected an object/],
      ['{"version": 1, "ignored": [', /^SyntaxError/]
    ];
    for (const [text, expected] of refused) assert.throws(() => addIgnoredKey(text, 'b'), (error: Error) => expected.test(String(error)), text);
  });
});

describe('parseIgnoredList', () => {
  test('reads the keys, tolerating a missing version and a missing list', () => {
    assert.deepEqual(parseIgnoredList('{"ignored": ["a"]}').ignored, ['a']);
    assert.deepEqual(parseIgnoredList('{"version": 1}').ignored, []);
  });
});
