import assert from 'node:assert/strict';
import {test} from 'node:test';
import {addCounts, countFindings, describeCounts, describeWorkspaceCheck} from '../../src/vscode/finding-counts.js';

test('repeats are every repeat rule; claims are needs-attribution', () => {
  const findings = [{rule: 'duplicate-paragraph'}, {rule: 'needs-attribution'}, {rule: 'repeated-heading'}, {rule: 'needs-attribution'}, {rule: 'needs-attribution'}] as const;
  assert.deepEqual(countFindings(findings), {repeats: 2, claims: 3});
});

test('the short line says one and many as an editor would', () => {
  assert.equal(describeCounts({repeats: 4, claims: 7}), '4 repeats · 7 claims');
  assert.equal(describeCounts({repeats: 1, claims: 1}), '1 repeat · 1 claim');
  // Nothing found still reads as a sentence, not an empty item.
  assert.equal(describeCounts({repeats: 0, claims: 0}), '0 repeats · 0 claims');
});

test('workspace totals add up draft by draft', () => {
  const total = {repeats: 0, claims: 0};
  addCounts(total, {repeats: 2, claims: 1});
  addCounts(total, {repeats: 1, claims: 0});
  assert.deepEqual(total, {repeats: 3, claims: 1});
});

test('the workspace check’s closing notification gives its totals, and says what was left out', () => {
  assert.equal(describeWorkspaceCheck({files: 7, repeats: 4, claims: 7, skipped: 0, cancelled: false}), 'Copydesk checked 7 drafts: 4 repeats · 7 claims.');
  assert.equal(describeWorkspaceCheck({files: 1, repeats: 0, claims: 1, skipped: 1, cancelled: false}), 'Copydesk checked 1 draft: 0 repeats · 1 claim. 1 draft was not checked (see the output).');
  // Cancelled: the totals are of the drafts checked before the cancel.
  assert.equal(describeWorkspaceCheck({files: 3, repeats: 2, claims: 5, skipped: 2, cancelled: true}), "Copydesk's workspace check was cancelled after 3 drafts: 2 repeats · 5 claims so far. 2 drafts were not checked (see the output).");
});
