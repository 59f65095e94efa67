import * as assert from 'node:assert/strict';
import {DiagnosticSeverity, Position, workspace} from 'vscode';
import {copyDraft, copydesk, copydeskDiagnostics, ruleOf, setSetting, showDraft, waitForDiagnostics, writeDraft} from './helpers.js';

const paragraph = 'The council will publish the revised plans for the harbour wall at the end of the month.';
const nearCopy = 'The council will publish the revised plans for the harbour wall at the end of the year.';

describe('settings', () => {
  afterEach(async () => {
    for (const key of ['rules.repeated-heading', 'rules.duplicate-paragraph', 'run', 'maxFileSize', 'duplicates.minWords', 'languages']) await setSetting(key, undefined);
  });

  it('turning a rule off removes its diagnostics at once, and back on restores them', async () => {
    const uri = await copyDraft('drafts/ferry-timetable.txt', 'rules.txt');
    await workspace.openTextDocument(uri);
    await waitForDiagnostics(uri, (found) => found.some((diagnostic) => ruleOf(diagnostic) === 'repeated-heading'), 'a repeated heading');
    await setSetting('rules.repeated-heading', 'off');
    const left = await waitForDiagnostics(uri, (found) => !found.some((diagnostic) => ruleOf(diagnostic) === 'repeated-heading'), 'no repeated heading');
    assert.ok(left.some((diagnostic) => ruleOf(diagnostic) === 'duplicate-paragraph'), 'the other rules still report');
    await setSetting('rules.repeated-heading', undefined);
    await waitForDiagnostics(uri, (found) => found.some((diagnostic) => ruleOf(diagnostic) === 'repeated-heading'), 'the repeated heading back');
  });

  it('a rule’s level becomes the diagnostics’ severity', async () => {
    const uri = await copyDraft('drafts/ferry-timetable.txt', 'levels.txt');
    await workspace.openTextDocument(uri);
    await setSetting('rules.duplicate-paragraph', 'error');
    const found = await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'duplicate-paragraph' && diagnostic.severity === DiagnosticSeverity.Error), 'an error');
    assert.equal(found.find((diagnostic) => ruleOf(diagnostic) === 'repeated-heading')?.severity, DiagnosticSeverity.Warning);
  });

  it('duplicates.minWords: shorter paragraphs are not compared', async () => {
    const uri = await writeDraft('min-words.md', `${paragraph}\n\n${paragraph}\n`);
    await workspace.openTextDocument(uri);
    await waitForDiagnostics(uri, (found) => found.length === 1, 'the repeat');
    await setSetting('duplicates.minWords', 40);
    await waitForDiagnostics(uri, (found) => found.length === 0, 'no diagnostics');
  });

  it('onSave: an edit is not checked until the draft is saved', async () => {
    const api = await copydesk();
    await setSetting('run', 'onSave');
    const uri = await writeDraft('on-save.md', `${paragraph}\n`);
    const editor = await showDraft(uri);
    await api.settled();
    assert.deepEqual(copydeskDiagnostics(uri), []);
    await editor.edit((builder) => builder.insert(new Position(1, 0), `\n${nearCopy}\n`));
    await api.settled();
    assert.deepEqual(copydeskDiagnostics(uri), [], 'no check before the save');
    assert.equal(await editor.document.save(), true);
    const found = await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 1, 'the near copy after the save');
    assert.match(found[0].message, /near copy/);
  });

  it('onType: an edit is checked without saving', async () => {
    const api = await copydesk();
    const uri = await writeDraft('on-type.md', `${paragraph}\n`);
    const editor = await showDraft(uri);
    await api.settled();
    await editor.edit((builder) => builder.insert(new Position(1, 0), `\n${nearCopy}\n`));
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 1, 'the near copy');
    assert.equal(editor.document.isDirty, true);
  });

  it('maxFileSize: a larger document is not checked', async () => {
    const api = await copydesk();
    await setSetting('maxFileSize', 100);
    const uri = await writeDraft('large.md', `${paragraph}\n\n${paragraph}\n`);
    await workspace.openTextDocument(uri);
    await api.settled();
    assert.deepEqual(copydeskDiagnostics(uri), []);
    await setSetting('maxFileSize', undefined);
    await waitForDiagnostics(uri, (found) => found.length === 1, 'the repeat once the limit is back');
  });

  it('languages: a language taken off the list is no longer checked', async () => {
    const uri = await copyDraft('drafts/ferry-timetable.txt', 'languages.txt');
    await workspace.openTextDocument(uri);
    await waitForDiagnostics(uri, (found) => found.length > 0, 'diagnostics');
    await setSetting('languages', ['markdown']);
    await waitForDiagnostics(uri, (found) => found.length === 0, 'no diagnostics');
  });

  it('Draft Article files wrap their lines by default; plain text keeps VS Code’s default', () => {
    // A plain-text draft is often one paragraph a line: without wrapping it runs off the screen.
    assert.equal(workspace.getConfiguration('editor', {languageId: 'copydesk-draft'}).get('wordWrap'), 'on');
    assert.equal(workspace.getConfiguration('editor', {languageId: 'plaintext'}).get('wordWrap'), 'off');
  });
});
