import * as assert from 'node:assert/strict';
import {Position, commands, window, workspace} from 'vscode';
import {copydesk, interfaceHooks, showDraft, waitForStatusBar, writeDraft} from './helpers.js';

const draft = `# Harbour wall repairs

Crews closed the eastern slipway on Monday while masons replaced the loose stones along the old harbour wall.

The repairs will cost 2.4 million pounds.

Crews closed the eastern slipway on Monday while masons replaced the loose stones along the old harbour wall.
`;

describe('status bar', () => {
  it('names the counts of the active draft, one and many', async () => {
    const uri = await writeDraft('status-counts.md', draft);
    const editor = await showDraft(uri);
    const state = await waitForStatusBar((shown) => shown.text === 'Copydesk: 1 repeat · 1 claim', 'one repeat and one claim');
    assert.equal(state.visible, true);
    assert.equal(state.tooltip, `${workspace.asRelativePath(uri, true)}: 1 repeated paragraph, passage or heading, 1 claim that needs a source. Click to open the Problems panel.`);
    await editor.edit((builder) => builder.insert(new Position(7, 0), '\nMooring fees rose by 12 percent last year.\n'));
    await waitForStatusBar((shown) => shown.text === 'Copydesk: 1 repeat · 2 claims', 'two claims');
  });

  it('keeps the last draft’s counts while the Problems panel or a file that is no draft has focus', async () => {
    const uri = await writeDraft('status-focus.md', draft);
    await showDraft(uri);
    await waitForStatusBar((shown) => shown.text === 'Copydesk: 1 repeat · 1 claim' && shown.tooltip.startsWith(workspace.asRelativePath(uri, true)), 'this draft’s counts');
    await commands.executeCommand('workbench.actions.view.problems');
    assert.deepEqual((await interfaceHooks()).statusBar().text, 'Copydesk: 1 repeat · 1 claim');

    const settings = await workspace.openTextDocument({language: 'json', content: '{"editor.wordWrap": "on"}\n'});
    // The extension's own listener was registered first, so it has run once this one hears of the change.
    const switched = new Promise<void>((resolve) => {
      const subscription = window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document !== settings) return;
        subscription.dispose();
        resolve();
      });
    });
    await window.showTextDocument(settings);
    await switched;
    await (await copydesk()).settled();
    const state = (await interfaceHooks()).statusBar();
    assert.equal(state.visible, true);
    assert.equal(state.text, 'Copydesk: 1 repeat · 1 claim');
    assert.ok(state.tooltip.startsWith(`${workspace.asRelativePath(uri, true)}: `), state.tooltip);
    await commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
