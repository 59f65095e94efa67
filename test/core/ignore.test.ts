import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {check} from '../../src/core/index.js';

const repeat = 'The pier theatre will stage four new plays this season, two of them by local writers.';

async function rulesAt(text: string, options: {format?: 'markdown' | 'plaintext'; ignore?: string[]} = {}) {
  const findings = await check(text, {format: options.format ?? 'markdown', ignore: options.ignore});
  return findings.map((finding) => `${finding.line}:${finding.rule}`);
}

describe('ignoring findings', () => {
  test('copydesk-ignore-next-line silences the next line (and the paragraph starting there)', async () => {
    const text = `${repeat}\n\n<!-- copydesk-ignore-next-line -->\n${repeat}\n\n${repeat}\n`;
    assert.deepEqual(await rulesAt(text), ['6:duplicate-paragraph']);
  });

  test('copydesk-ignore-next-line with a rule id silences only that rule', async () => {
    const text = `${repeat}\n\n<!-- copydesk-ignore-next-line needs-attribution -->\n${repeat}\n`;
    assert.deepEqual(await rulesAt(text), ['4:duplicate-paragraph']);
  });

  test('copydesk-disable … copydesk-enable silences a region', async () => {
    const text = `${repeat}\n\n<!-- copydesk-disable duplicate-paragraph -->\n\n${repeat}\n\n<!-- copydesk-enable -->\n\n${repeat}\n`;
    assert.deepEqual(await rulesAt(text), ['9:duplicate-paragraph']);
  });

  test('copydesk-disable with no rule silences every rule until the end', async () => {
    const text = `# Pier\n\n<!-- copydesk-disable -->\n\n# Pier\n\n${repeat}\n\n${repeat}\n`;
    assert.deepEqual(await rulesAt(text), []);
  });

  test('a comment naming only unknown rules silences nothing', async () => {
    const text = `${repeat}\n\n<!-- copydesk-disable no-such-rule -->\n\n${repeat}\n`;
    assert.deepEqual(await rulesAt(text), ['5:duplicate-paragraph']);
  });

  test('plain text: a finding whose ignoreKey is listed is left out, until its text changes', async () => {
    const text = `${repeat}\n\n${repeat}\n`;
    const [finding] = await check(text, {format: 'plaintext'});
    assert.equal(finding.ignoreKey, repeat.toLowerCase());
    assert.deepEqual(await rulesAt(text, {format: 'plaintext', ignore: [finding.ignoreKey]}), []);
    const edited = `${repeat}\n\n${repeat}\n\n${repeat.replace('four', 'five')}\n`;
    assert.deepEqual(await rulesAt(edited, {format: 'plaintext', ignore: [finding.ignoreKey]}), ['5:duplicate-paragraph']);
  });

});
