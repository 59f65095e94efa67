import * as assert from 'node:assert/strict';
import {extensions, version, workspace} from 'vscode';
import {extensionId, waitForDiagnostics, workspaceUri} from './helpers.js';

describe('activation', () => {
  it('is installed and active once a draft is open', async () => {
    const extension = extensions.getExtension(extensionId);
    // An extension whose engines.vscode is newer than this VS Code is silently not loaded: say so here.
    assert.ok(extension, `${extensionId} is not loaded; is engines.vscode newer than VS Code ${version}?`);
    const document = await workspace.openTextDocument(workspaceUri('drafts/river-festival.md'));
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length > 0, 'any diagnostics');
    assert.equal(extension.isActive, true);
    assert.equal(typeof (extension.exports as {settled?: unknown}).settled, 'function');
  });
});
