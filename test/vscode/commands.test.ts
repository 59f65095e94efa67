import * as assert from 'node:assert/strict';
import {Position, Range, commands, workspace, type Diagnostic, type Uri} from 'vscode';
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
      // Later tests' drafts are copies of the fixtures: they must not be compared with what this check indexed.
      (await interfaceHooks()).forgetWorkspaceIndex();
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

  it('Check Workspace reports a paragraph repeated in another draft, with related information there; open drafts are compared as they change', async () => {
    // Paragraphs written for this test.
    const walkout = 'Dock workers at the east quay walked out at dawn over a dispute about night shift pay.';
    const talks = 'Union officials and the port authority will meet on Thursday to discuss the harbour budget.';
    const ferry = 'The island ferry ran a reduced timetable all afternoon while the strike held at the quay.';
    const bakery = 'A bakery on the seafront sold out of its morning bread before the first bus arrived.';
    const write = async (name: string, text: string): Promise<Uri> => {
      const uri = workspaceUri(`scratch/across/${name}`);
      await workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      return uri;
    };
    const strike = await write('a-strike.md', `# Harbour strike\n\n${talks}\n\n${walkout}\n`);
    const ferryStory = await write('b-ferry.md', `# Ferry\n\n${ferry}\n\n${walkout}\n`);
    const hooks = await interfaceHooks();
    const standIn = hooks.replaceNotifications(() => Promise.resolve(undefined));
    try {
      await commands.executeCommand<WorkspaceCheckSummary>('copydesk.checkWorkspace');
      const acrossDrafts = (uri: Uri) => copydeskDiagnostics(uri).filter((diagnostic) => diagnostic.message.includes(' of scratch/'));
      assert.deepEqual(acrossDrafts(strike), []);
      const [repeat, ...others] = acrossDrafts(ferryStory);
      assert.deepEqual(others, []);
      assert.equal(repeat.message, 'This paragraph repeats the paragraph on line 5 of scratch/across/a-strike.md.');
      assert.ok(repeat.range.isEqual(new Range(4, 0, 4, 86)), `at ${repeat.range.start.line}:${repeat.range.start.character}`);
      assert.deepEqual(
        repeat.relatedInformation?.map((related) => ({uri: related.location.uri.toString(), range: [related.location.range.start.line, related.location.range.start.character, related.location.range.end.line, related.location.range.end.character], message: related.message})),
        [{uri: strike.toString(), range: [4, 0, 4, 86], message: 'First copy'}]
      );

      // Edited in the editor, the first copy goes, and so does the repeat in the draft nobody opened.
      const editor = await showDraft(strike);
      await editor.edit((builder) => builder.replace(new Range(4, 0, 4, walkout.length), bakery));
      await waitForDiagnostics(ferryStory, (found) => !found.some((diagnostic) => diagnostic.message.includes(' of scratch/')), 'no repeat across drafts');

      // A draft opened now is compared with the workspace's drafts as it stands.
      const later = await write('c-market.md', `${walkout}\n`);
      await showDraft(later);
      const found = await waitForDiagnostics(later, (diagnostics) => diagnostics.length > 0, 'a repeat across drafts');
      assert.deepEqual(found.map((diagnostic) => diagnostic.message), ['This paragraph repeats the paragraph on line 5 of scratch/across/b-ferry.md.']);
      assert.equal(found[0].relatedInformation?.[0].location.uri.toString(), ferryStory.toString());
      await commands.executeCommand('workbench.action.closeActiveEditor');
      await showDraft(strike);
      await commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      standIn.dispose();
      hooks.forgetWorkspaceIndex();
    }
  });

  it('Check Workspace reports a near copy and a passage of another draft, whichever draft it indexed first, and drops them when the other draft changes', async () => {
    // Sentences written for this test.
    const lifeboat = 'The lifeboat crew launched twice on Sunday to help a yacht that had lost its rudder off the point.';
    const pier = 'Engineers said repairs to the north pier would take most of the winter and cost far more than planned.';
    const divers = 'Divers found the old cable had worn through where it crossed the rocks below the lighthouse.';
    const stalls = 'Stallholders at the market packed up early as the rain set in.';
    const write = async (name: string, text: string): Promise<Uri> => {
      const uri = workspaceUri(`scratch/across-near/${name}`);
      await workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      return uri;
    };
    // Written later first: Check Workspace may index it before the draft it copies.
    const later = await write('b-later.md', `# Later\n\n${lifeboat.replace('twice', 'three times')}\n\n${stalls} ${pier} ${divers}\n`);
    const first = await write('a-first.md', `# First\n\n${lifeboat}\n\n${pier}\n\n${divers}\n`);
    const hooks = await interfaceHooks();
    const standIn = hooks.replaceNotifications(() => Promise.resolve(undefined));
    try {
      await commands.executeCommand<WorkspaceCheckSummary>('copydesk.checkWorkspace');
      // The claims in these sentences are another rule's business.
      const repeats = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((diagnostic) => (diagnostic.code as {value: string}).value === 'duplicate-paragraph');
      assert.deepEqual(repeats(copydeskDiagnostics(first)), []);
      const found = repeats(copydeskDiagnostics(later));
      assert.deepEqual(
        found.map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.line}:${diagnostic.range.end.character} ${diagnostic.message}`),
        [
          '2:0-2:104 This paragraph is a near copy (90% the same words) of the paragraph on line 3 of scratch/across-near/a-first.md.',
          '4:63-4:258 These 2 sentences (35 words) repeat text from line 5 of scratch/across-near/a-first.md.'
        ]
      );
      assert.deepEqual(
        found.map((diagnostic) => diagnostic.relatedInformation?.map((related) => `${related.location.uri.toString()} ${related.location.range.start.line}:${related.location.range.start.character}-${related.location.range.end.line}:${related.location.range.end.character}`)),
        [[`${first.toString()} 2:0-2:98`], [`${first.toString()} 4:0-6:92`]]
      );

      // The first draft edited in the editor: its paragraph and its sentences are gone, so the later draft's findings go too.
      const editor = await showDraft(first);
      await editor.edit((builder) => builder.replace(new Range(2, 0, 6, divers.length), stalls));
      await waitForDiagnostics(later, (diagnostics) => repeats(diagnostics).length === 0, 'no repeat across drafts');
      await commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      standIn.dispose();
      hooks.forgetWorkspaceIndex();
    }
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
