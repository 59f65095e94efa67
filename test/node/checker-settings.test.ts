import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {ConfigError, createChecker, type PartialSettings} from '../../src/core/index.js';
import {createCheckerDroppingBadSettings} from '../../src/vscode/checker-settings.js';

/**
 * A setting the checker refuses is left out, named, with the reason; the
 * rest still apply. The stand-in `create` refuses what a stricter core
 * would: a named source that is only wildcards (the error names the key,
 * as `ConfigError` does), and a marker that is only spaces (a plain error).
 */
function strictCreate(settings: PartialSettings) {
  const sources = settings.attribution?.namedSources ?? [];
  const wild = sources.findIndex((source) => /^[*\s]+$/.test(source));
  if (wild !== -1) throw new ConfigError('settings', `attribution.namedSources[${wild}]`, 'would match every phrase');
  if (settings.attribution?.marker?.trim() === '') throw new Error('the marker is empty');
  return createChecker(settings);
}

describe('createCheckerDroppingBadSettings', () => {
  test('settings the checker takes are all used, and nothing is dropped', () => {
    const {checker, dropped} = createCheckerDroppingBadSettings({duplicates: {minWords: 12}}, strictCreate);
    assert.deepEqual(dropped, []);
    assert.equal(checker.settings.duplicates.minWords, 12);
  });

  test('the setting a ConfigError names is dropped with its reason; the others apply', () => {
    const {checker, dropped} = createCheckerDroppingBadSettings({duplicates: {minWords: 12}, attribution: {namedSources: ['the desk', '* *'], sensitivity: 'strict'}}, strictCreate);
    assert.deepEqual(dropped, [{key: 'attribution.namedSources', reason: 'would match every phrase'}]);
    assert.equal(checker.settings.duplicates.minWords, 12);
    assert.equal(checker.settings.attribution.sensitivity, 'strict');
    assert.deepEqual(checker.settings.attribution.namedSources, []);
  });

  test('an error that names no setting is traced to the one whose removal cures it; two bad settings are both dropped', () => {
    const {checker, dropped} = createCheckerDroppingBadSettings({rules: {'needs-attribution': 'error'}, attribution: {marker: '  ', namedSources: ['*']}}, strictCreate);
    assert.deepEqual(dropped, [
      {key: 'attribution.namedSources', reason: 'would match every phrase'},
      {key: 'attribution.marker', reason: 'the marker is empty'}
    ]);
    assert.equal(checker.settings.rules['needs-attribution'], 'error');
    assert.equal(checker.settings.attribution.marker, '[source?]');
  });

  test('when no one setting can be blamed, the defaults are used', () => {
    // Refuses any setting at all: leaving out one of the two neither cures the error nor changes it.
    const create = (settings: PartialSettings) => {
      if (Object.keys(settings.duplicates ?? {}).length > 0) throw new Error('too many at once');
      return createChecker(settings);
    };
    const {checker, dropped} = createCheckerDroppingBadSettings({duplicates: {minWords: 12, nearThreshold: 0.9}}, create);
    assert.deepEqual(dropped, [{key: '', reason: 'too many at once'}]);
    assert.equal(checker.settings.duplicates.minWords, 8);
  });

  test('a checker that refuses even the defaults throws', () => {
    assert.throws(
      () =>
        createCheckerDroppingBadSettings({}, () => {
          throw new Error('broken');
        }),
      /broken/
    );
  });
  test('with the real core, a named source of wildcards only is dropped and the rule still runs', async () => {
    const {checker, dropped} = createCheckerDroppingBadSettings({attribution: {namedSources: ['our correspondent', '*']}, rules: {'needs-attribution': 'info'}});
    assert.deepEqual(dropped, [{key: 'attribution.namedSources', reason: 'matches every word: a phrase needs at least one word besides the wildcards `*` and `**`'}]);
    const findings = await checker.check('Critics say the plan will fail.', {format: 'plaintext'});
    assert.deepEqual(findings.map((finding) => finding.message), ["Vague source: 'Critics say' — name who says so."]);
  });
});
