import * as assert from 'node:assert/strict';
import {Position} from 'vscode';
import {copyDraft, readText, showDraft, waitForDiagnostics, withoutLines, writeDraft} from './helpers.js';

describe('fix all on save', () => {
  // The fixture workspace's .vscode/settings.json has
  // "editor.codeActionsOnSave": {"source.fixAll.copydesk": "explicit"}.
  it('deletes exact repeats (paragraph, passage, heading) when the draft is saved, never the near copy', async () => {
    const uri = await copyDraft('drafts/river-festival.md', 'save.md');
    const original = await readText(uri);
    const editor = await showDraft(uri);
    await waitForDiagnostics(uri, (found) => found.some((diagnostic) => diagnostic.message.includes('near copy')), 'the repeats');
    // Saving needs a change; a closing line is added at the end.
    const closing = '\n\nThe gates open at ten.';
    assert.equal(await editor.edit((builder) => builder.insert(new Position(editor.document.lineCount, 0), closing)), true);
    assert.equal(await editor.document.save(), true);

    const lines = original.split('\n');
    lines[18] = 'Volunteers can still sign up at the library.';
    const expected = withoutLines(lines.join('\n'), 13, 14, 15, 16) + closing;
    assert.equal(await readText(uri), expected);
    assert.equal(editor.document.getText(), expected);
    const after = await waitForDiagnostics(uri, (found) => !found.some((diagnostic) => / repeat/.test(diagnostic.message)), 'no exact repeats left');
    assert.ok(after.some((diagnostic) => diagnostic.message.includes('near copy')), 'the near copy is still reported');
  });

  it('leaves a draft without exact repeats as it is', async () => {
    const clean = 'A single paragraph about the quay, with nothing repeated in it at all.\n';
    const uri = await writeDraft('clean.md', clean);
    const editor = await showDraft(uri);
    const added = '\nA second paragraph, which is not a copy of the first one either.\n';
    await editor.edit((builder) => builder.insert(new Position(1, 0), added));
    assert.equal(await editor.document.save(), true);
    assert.equal(await readText(uri), clean + added);
  });
});
