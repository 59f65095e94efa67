import * as assert from 'node:assert/strict';
import {Position, commands, workspace} from 'vscode';
import type {WorkspaceCheckSummary} from '../../src/vscode/workspace-check.js';
import {copyDraft, copydesk, copydeskDiagnostics, interfaceHooks, readText, setSetting, showDraft, waitForDiagnostics, withoutLines, workspaceUri, writeDraft} from './helpers.js';

describe('commands', () => {
  it('Check Workspace reports on drafts nobody opened, and ends with a notification of its totals', async () => {
    const uri = workspaceUri('unopened/bridge.md');
    assert.ok(!workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()));
    const shown: Array<{message: string; buttons: string[]}> = [];
    let answered!: () => void;
    const answer = new Promise<void>((resolve) => (answered = resolve));
    const standIn = (await interfaceHooks()).replaceNotifications((message, ...buttons) => {
      shown.push({message, buttons});
      answered();
      return Promise.resolve('Show Problems');
    });
    let summary: WorkspaceCheckSummary;
    try {
      summary = await commands.executeCommand<WorkspaceCheckSummary>('copydesk.checkWorkspace');
      await answer;
    } finally {
      standIn.dispose();
    }
    assert.equal(summary.cancelled, false);
    assert.equal(summary.skipped, 0);
    assert.ok(summary.files >= 5, `checked ${summary.files} files`);
    assert.equal(summary.repeats + summary.claims, summary.findings);
    // Several of each, so the expected sentence is plural throughout (the singular is tested where the counts are made).
    assert.ok(summary.repeats > 1 && summary.claims > 1, JSON.stringify(summary));
    assert.deepEqual(shown, [{message: `Copydesk checked ${summary.files} drafts: ${summary.repeats} repeats · ${summary.claims} claims.`, buttons: ['Show Problems']}]);
    const found = copydeskDiagnostics(uri);
    assert.deepEqual(
      found.map((diagnostic) => diagnostic.message),
      ['This paragraph repeats the paragraph on line 3.']
    );
  });

  it('Delete Every Exact Repeat edits the active draft', async () => {
    const uri = await copyDraft('drafts/river-festival.md', 'command-fix.md');
    const original = await readText(uri);
    const editor = await showDraft(uri);
    await waitForDiagnostics(uri, (found) => found.length > 0, 'diagnostics');
    const deleted = await commands.executeCommand<number>('copydesk.fixAllRepeats');
    assert.equal(deleted, 3);
    const lines = original.split('\n');
    lines[18] = 'Volunteers can still sign up at the library.';
    assert.equal(editor.document.getText(), withoutLines(lines.join('\n'), 13, 14, 15, 16));
  });

  it('Check Document checks now, even in onSave mode', async () => {
    const api = await copydesk();
    await setSetting('run', 'onSave');
    try {
      const paragraph = 'The new lifeboat station will open on the north beach in the spring after two years of fundraising.';
      const uri = await writeDraft('check-now.md', `${paragraph}\n`);
      const editor = await showDraft(uri);
      await editor.edit((builder) => builder.insert(new Position(1, 0), `\n${paragraph}\n`));
      await api.settled();
      assert.deepEqual(copydeskDiagnostics(uri), []);
      assert.equal(await commands.executeCommand('copydesk.checkDocument'), 1);
      assert.equal(copydeskDiagnostics(uri).length, 1);
    } finally {
      await setSetting('run', undefined);
    }
  });

  it('Show Output runs', async () => {
    await commands.executeCommand('copydesk.showOutput');
  });
});
