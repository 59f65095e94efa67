import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {ConfigError, parseConfig, parseJsonText} from '../../src/core/config.js';
import {defaultSettings} from '../../src/core/index.js';

const file = '.copydeskrc.json';

/** The error `parseConfig` throws for `text`, as `{message, key, line, column}`. */
function refusal(text: string): {message: string; key: string; line: number | undefined; column: number | undefined} {
  try {
    parseConfig(text, file);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return {message: error.message, key: error.key, line: error.line, column: error.column};
  }
  assert.fail(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseConfig: valid files', () => {
  test('every setting, with $schema, becomes partial settings (the $schema key dropped)', () => {
    const text = JSON.stringify({
      $schema: './node_modules/copydesk/schema/copydeskrc.schema.json',
      rules: {'duplicate-paragraph': 'error', 'repeated-heading': 'off', 'needs-attribution': 'warning'},
      duplicates: {minWords: 5, nearThreshold: 0.9, passageMinWords: 12},
      attribution: {sensitivity: 'strict', reportingVerbs: ['concede'], namedSources: ['our correspondent'], marker: '[TK]'}
    });
    assert.deepEqual(parseConfig(text, file), {
      rules: {'duplicate-paragraph': 'error', 'repeated-heading': 'off', 'needs-attribution': 'warning'},
      duplicates: {minWords: 5, nearThreshold: 0.9, passageMinWords: 12},
      attribution: {sensitivity: 'strict', reportingVerbs: ['concede'], namedSources: ['our correspondent'], marker: '[TK]'}
    });
  });

  test('an empty object, a byte-order mark and CRLF line endings are fine', () => {
    assert.deepEqual(parseConfig('{}', file), {});
    assert.deepEqual(parseConfig('\ufeff{\r\n  "duplicates": {"minWords": 3}\r\n}\r\n', file), {duplicates: {minWords: 3}});
  });

  test('the limits themselves are allowed', () => {
    assert.deepEqual(parseConfig('{"duplicates": {"minWords": 1, "nearThreshold": 0.5, "passageMinWords": 5}}', file), {duplicates: {minWords: 1, nearThreshold: 0.5, passageMinWords: 5}});
    assert.deepEqual(parseConfig('{"duplicates": {"nearThreshold": 1}}', file), {duplicates: {nearThreshold: 1}});
  });
});

describe('parseConfig: JSON syntax errors name the line and column', () => {
  test('a missing comma points at the next property', () => {
    assert.deepEqual(refusal('{\n  "rules": {\n    "repeated-heading": "off"\n    "needs-attribution": "off"\n  }\n}'), {
      message: '.copydeskrc.json:4:5: expected `,` or `}` after the property value, found `"`',
      key: '',
      line: 4,
      column: 5
    });
  });

  test('a trailing comma points at the comma', () => {
    assert.equal(refusal('{\n  "duplicates": {"minWords": 4,}\n}').message, '.copydeskrc.json:2:31: trailing comma before `}`');
    assert.equal(refusal('{"attribution": {"namedSources": ["the desk",]}}').message, '.copydeskrc.json:1:45: trailing comma before `]`');
  });

  test('comments, single quotes, bare words and unterminated strings each say what is wrong', () => {
    assert.equal(refusal('// settings\n{}').message, '.copydeskrc.json:1:1: comments are not allowed in JSON');
    assert.equal(refusal("{'rules': {}}").message, '.copydeskrc.json:1:2: expected a property name in double quotes, found `\'`');
    assert.equal(refusal('{"rules": {"repeated-heading": off}}').message, '.copydeskrc.json:1:32: unexpected `off` (strings must be in double quotes)');
    assert.equal(refusal('{"attribution": {"marker": "[TK}}').message, '.copydeskrc.json:1:28: unterminated string');
  });

  test('an empty file, and text after the object', () => {
    assert.equal(refusal('  \n').message, '.copydeskrc.json:1:1: the file is empty (write `{}` for the default settings)');
    assert.equal(refusal('{}\n}').message, '.copydeskrc.json:2:1: unexpected `}` after the end of the JSON value');
  });

  test('columns count UTF-16 code units, as editors do', () => {
    // "é" and "→" are one code unit each; the emoji is two.
    assert.equal(refusal('{"attribution": {"namedSources": ["é→😀" x]}}').column, 42);
  });

  test('parseJsonText (used for ignored.json too) reports the same way', () => {
    assert.throws(() => parseJsonText('{"version": 1,', 'ignored.json'), {message: 'ignored.json:1:15: expected a property name in double quotes, found the end of the file'});
  });
});

describe('parseConfig: schema violations name the setting and the reason', () => {
  test('a rule level outside the enum lists the levels, with a suggestion for a near miss', () => {
    assert.deepEqual(refusal('{\n  "rules": {"repeated-heading": "loud"}\n}'), {
      message: '.copydeskrc.json: rules.repeated-heading: must be one of off, info, warning, error',
      key: 'rules.repeated-heading',
      line: 2,
      column: 33
    });
    assert.equal(refusal('{"rules": {"needs-attribution": "warn"}}').message, '.copydeskrc.json: rules.needs-attribution: must be one of off, info, warning, error; did you mean `warning`?');
    assert.equal(refusal('{"attribution": {"sensitivity": "medium"}}').message, '.copydeskrc.json: attribution.sensitivity: must be one of strict, balanced, lenient');
  });

  test('an unknown setting is named by its whole path, with a did-you-mean when one is close', () => {
    assert.deepEqual(refusal('{\n  "duplicate": {"minWords": 4}\n}'), {
      message: '.copydeskrc.json: duplicate.minWords: unknown setting `duplicate.minWords`; did you mean `duplicates.minWords`?',
      key: 'duplicate.minWords',
      line: 2,
      column: 3
    });
    assert.equal(refusal('{"duplicates": {"minword": 4}}').message, '.copydeskrc.json: duplicates.minword: unknown setting `duplicates.minword`; did you mean `duplicates.minWords`?');
    // Written at the top level instead of inside its section.
    assert.equal(refusal('{"sensitivity": "strict"}').message, '.copydeskrc.json: sensitivity: unknown setting `sensitivity`; did you mean `attribution.sensitivity`?');
    assert.equal(refusal('{"colour": "red"}').message, '.copydeskrc.json: colour: unknown setting `colour`');
  });

  test('an unknown rule lists the rules, or suggests the one meant', () => {
    assert.equal(refusal('{"rules": {"spelling": "off"}}').message, '.copydeskrc.json: rules.spelling: unknown rule `spelling` (the rules are duplicate-paragraph, repeated-heading, needs-attribution)');
    assert.equal(refusal('{"rules": {"repeated-headings": "off"}}').message, '.copydeskrc.json: rules.repeated-headings: unknown rule `repeated-headings`; did you mean `repeated-heading`?');
  });

  test('wrong types say what is expected', () => {
    assert.equal(refusal('{"duplicates": {"minWords": "8"}}').message, '.copydeskrc.json: duplicates.minWords: must be a whole number');
    assert.equal(refusal('{"duplicates": {"minWords": 2.5}}').message, '.copydeskrc.json: duplicates.minWords: must be a whole number');
    assert.equal(refusal('{"duplicates": {"nearThreshold": "high"}}').message, '.copydeskrc.json: duplicates.nearThreshold: must be a number');
    assert.equal(refusal('{"attribution": {"reportingVerbs": "concede"}}').message, '.copydeskrc.json: attribution.reportingVerbs: must be a list of strings');
    assert.equal(refusal('{"attribution": {"namedSources": ["the desk", 7]}}').message, '.copydeskrc.json: attribution.namedSources[1]: must be a string');
    assert.equal(refusal('{"rules": ["off"]}').message, '.copydeskrc.json: rules: must be an object (`{…}`)');
    assert.deepEqual(refusal('[]'), {message: '.copydeskrc.json:1:1: must be an object (`{…}`)', key: '', line: 1, column: 1});
  });

  test('out-of-range numbers give the range', () => {
    assert.equal(refusal('{"duplicates": {"minWords": 0}}').message, '.copydeskrc.json: duplicates.minWords: must be at least 1');
    assert.equal(refusal('{"duplicates": {"nearThreshold": 0.3}}').message, '.copydeskrc.json: duplicates.nearThreshold: must be between 0.5 and 1');
    assert.equal(refusal('{"duplicates": {"nearThreshold": 1.2}}').message, '.copydeskrc.json: duplicates.nearThreshold: must be between 0.5 and 1');
    assert.equal(refusal('{"duplicates": {"passageMinWords": 4}}').message, '.copydeskrc.json: duplicates.passageMinWords: must be at least 5');
  });

  test('an empty marker, and a setting given twice', () => {
    assert.equal(refusal('{"attribution": {"marker": ""}}').message, '.copydeskrc.json: attribution.marker: must not be empty');
    assert.deepEqual(refusal('{\n  "duplicates": {"minWords": 4},\n  "duplicates": {"minWords": 6}\n}'), {
      message: '.copydeskrc.json: duplicates: set twice (first on line 2)',
      key: 'duplicates',
      line: 3,
      column: 3
    });
  });

  test('with several faults, the first in the file is reported', () => {
    const text = '{\n  "duplicates": {"minWords": 0},\n  "rules": {"spelling": "off"}\n}';
    assert.equal(refusal(text).message, '.copydeskrc.json: duplicates.minWords: must be at least 1');
  });

  test('a key named __proto__ is an unknown setting, not a prototype', () => {
    assert.equal(refusal('{"__proto__": {"minWords": 1}}').message, '.copydeskrc.json: __proto__.minWords: unknown setting `__proto__.minWords`');
    assert.equal(({} as Record<string, unknown>).minWords, undefined);
  });
});

describe('the schema', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/copydeskrc.schema.json', import.meta.url), 'utf8'));

  test("its defaults are the checker's defaults, so the editor's hints tell the truth", () => {
    for (const section of ['rules', 'duplicates', 'attribution'] as const) {
      const defaults = Object.fromEntries(Object.entries(schema.properties[section].properties as Record<string, {default: unknown}>).map(([key, node]) => [key, node.default]));
      assert.deepEqual(defaults, defaultSettings[section], section);
    }
  });

  test('the default settings pass it', () => {
    assert.deepEqual(parseConfig(JSON.stringify(defaultSettings), file), JSON.parse(JSON.stringify(defaultSettings)));
  });

  test('the committed validator was generated from it, and compiles nothing at run time', () => {
    // Fails when the schema changed and `node scripts/generate-validator.mjs` was not run.
    execFileSync(process.execPath, ['scripts/generate-validator.mjs', '--check'], {cwd: new URL('../..', import.meta.url), stdio: 'pipe'});
    const generated = readFileSync(new URL('../../src/core/config-validator.generated.js', import.meta.url), 'utf8');
    assert.doesNotMatch(generated, /new Function|\beval\(|\brequire\(/);
  });
});
