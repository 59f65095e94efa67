import * as assert from 'node:assert/strict';
import {MarkdownString, commands, type Hover, type Position, type Uri} from 'vscode';
import {copyDraft, ruleOf, showDraft, waitForDiagnostics, writeDraft} from './helpers.js';

/** The text of Copydesk's hovers at the start of a diagnostic's range (other extensions' hovers left out). */
async function copydeskHovers(uri: Uri, at: {range: {start: Position}}): Promise<string[]> {
  const hovers = await commands.executeCommand<Hover[]>('vscode.executeHoverProvider', uri, at.range.start);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (content instanceof MarkdownString ? content.value : typeof content === 'string' ? content : content.value))
    .filter((text) => text.startsWith('**Copydesk**'));
}

describe('near-copy hover', () => {
  it('shows the words that differ from the first copy; the message stays short', async () => {
    const uri = await copyDraft('drafts/river-festival.md', 'near-hover.md');
    await showDraft(uri);
    const found = await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => diagnostic.message.includes('near copy')), 'a near copy');
    const near = found.find((diagnostic) => diagnostic.message.includes('near copy'));
    assert.ok(near);
    assert.equal(near.message, 'This paragraph is a near copy (95% the same words) of the paragraph on line 7.');
    assert.deepEqual(await copydeskHovers(uri, near), ['**Copydesk**: differs from the first copy (line 7): Saturday → Sunday']);
    // An exact repeat has nothing to compare.
    const exact = found.find((diagnostic) => ruleOf(diagnostic) === 'duplicate-paragraph' && diagnostic.message.startsWith('This paragraph repeats'));
    assert.ok(exact);
    assert.deepEqual(await copydeskHovers(uri, exact), []);
  });

  it('keeps a long paragraph’s differences short: three changes, then how many more', async () => {
    const first =
      'The winter timetable for the island ferry starts on the first Monday of November, with four crossings a day instead of six, the first leaving the harbour at seven in the morning and the last returning from the island at half past five in the evening, weather permitting.';
    const copy =
      'The winter timetable for the island ferry starts on the second Monday of November, with three crossings a day instead of six, the first leaving the pier at eight in the morning and the last returning from the island at six in the evening, weather permitting.';
    const uri = await writeDraft('near-hover-long.md', `# Ferry timetable\n\n${first}\n\nThe council has not yet published the summer timetable.\n\n${copy}\n`);
    await showDraft(uri);
    const [near] = await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 1, 'the near copy');
    assert.ok(near);
    assert.equal(near.message, 'This paragraph is a near copy (85% the same words) of the paragraph on line 3.');
    assert.deepEqual(await copydeskHovers(uri, near), ['**Copydesk**: differs from the first copy (line 3): first → second; four → three; harbour → pier; and 2 more']);
  });
});
