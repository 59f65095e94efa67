/**
 * A JSON file nested thousands deep (a settings file, or the CLI's ignore
 * list, both read by parseJsonText) is refused with a ConfigError that says
 * so, where the parser once overflowed the stack (issue 12).
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {ConfigError, parseConfig, parseJsonText} from '../../src/core/index.js';
import {maxJsonDepth} from '../../src/core/config.js';

/** The error a parse throws, as `message (line:column)`. */
function failure(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `${String(error)} is no ConfigError`);
    return `${error.message} (${error.line}:${error.column})`;
  }
  return 'parsed';
}

describe('JSON nested too deep', () => {
  test(`${maxJsonDepth} levels parse; one more is refused where it opens`, () => {
    assert.equal(failure(() => parseJsonText('['.repeat(maxJsonDepth) + ']'.repeat(maxJsonDepth), 'deep.json')), 'parsed');
    assert.equal(
      failure(() => parseJsonText('['.repeat(maxJsonDepth + 1) + ']'.repeat(maxJsonDepth + 1), 'deep.json')),
      `deep.json:1:${maxJsonDepth + 1}: nested more than ${maxJsonDepth} levels deep (1:${maxJsonDepth + 1})`
    );
  });

  test('thousands of levels of objects and lists: a clear error, no stack overflow', () => {
    const objects = '{"a":'.repeat(3000) + '1' + '}'.repeat(3000);
    assert.equal(failure(() => parseConfig(objects, '.copydeskrc.json')), `.copydeskrc.json:1:${5 * maxJsonDepth + 1}: nested more than ${maxJsonDepth} levels deep (1:${5 * maxJsonDepth + 1})`);
    // Unclosed, as a fuzzer writes it: refused at the same place, before the missing ends matter.
    const lists = '[\n'.repeat(100_000);
    assert.equal(failure(() => parseConfig(lists, '.copydeskrc.json')), `.copydeskrc.json:${maxJsonDepth + 1}:1: nested more than ${maxJsonDepth} levels deep (${maxJsonDepth + 1}:1)`);
    // The object is the first level, at column 1; the lists open from column 13.
    assert.equal(failure(() => parseJsonText('{"ignored": ' + '['.repeat(5000), 'ignored.json')), `ignored.json:1:${12 + maxJsonDepth}: nested more than ${maxJsonDepth} levels deep (1:${12 + maxJsonDepth})`);
  });
});
