import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {addToIgnoreList, ConfigError, parseIgnoreList} from '../../src/core/index.js';

/** One reader and one writer of `.copydesk/ignored.json`, for the command line and the editor alike. */
describe('addToIgnoreList', () => {
  test('a new list is version 1 with the key', () => {
    const text = addToIgnoreList(undefined, 'timetable changes');
    assert.equal(text, '{\n  "version": 1,\n  "ignored": [\n    "timetable changes"\n  ]\n}\n');
    assert.deepEqual(parseIgnoreList(text).ignored, ['timetable changes']);
  });

  test('keys it does not know are kept, in their places', () => {
    const text = addToIgnoreList('{"version": 1, "note": "kept by the desk", "ignored": ["a"], "reviewed": {"by": "ed"}}', 'b');
    assert.equal(text, `${JSON.stringify({version: 1, note: 'kept by the desk', ignored: ['a', 'b'], reviewed: {by: 'ed'}}, null, 2)}\n`);
  });

  test('a list written without a version gets version 1', () => {
    assert.equal(addToIgnoreList('{"ignored": ["a"], "note": "x"}', 'b'), `${JSON.stringify({version: 1, ignored: ['a', 'b'], note: 'x'}, null, 2)}\n`);
  });

  test('a key already there is not added twice', () => {
    assert.equal(addToIgnoreList('{"version": 1, "ignored": ["a"]}', 'a'), `${JSON.stringify({version: 1, ignored: ['a']}, null, 2)}\n`);
  });

  test('an empty file, or one with a byte-order mark, is read', () => {
    assert.equal(addToIgnoreList(' \n', 'a'), `${JSON.stringify({version: 1, ignored: ['a']}, null, 2)}\n`);
    assert.equal(addToIgnoreList('\ufeff{"version": 1, "ignored": []}', 'a'), `${JSON.stringify({version: 1, ignored: ['a']}, null, 2)}\n`);
  });

  test('a file that is not a version 1 list is refused with the file and the key at fault, never rewritten', () => {
    const refused: Array<[string, string]> = [
      ['{"version": 2, "ignored": []}', 'list.json: version: unsupported version 2 (this Copydesk reads version 1)'],
      ['{"version": "1", "ignored": []}', 'list.json: version: must be 1'],
      ['{"version": 1, "ignored": "a"}', 'list.json: ignored: must be a list of strings'],
      ['{"version": 1, "ignored": [1]}', 'list.json: ignored[0]: must be a string'],
      ['["a"]', 'list.json: must be an object like {"version": 1, "ignored": []}']
    ];
    for (const [text, message] of refused) {
      assert.throws(
        () => addToIgnoreList(text, 'b', 'list.json'),
        (error: Error) => error instanceof ConfigError && error.message === message,
        text
      );
    }
    assert.throws(() => parseIgnoreList('{"version": 1, "ignored": [', 'list.json'), ConfigError);
  });
});

describe('parseIgnoreList', () => {
  test('reads the keys, tolerating a missing version and a missing list', () => {
    assert.deepEqual(parseIgnoreList('{"ignored": ["a"]}').ignored, ['a']);
    assert.deepEqual(parseIgnoreList('{"version": 1}').ignored, []);
  });
});
