import * as assert from 'node:assert/strict';
import {FileType, commands, workspace} from 'vscode';
import {actionsAt, copyDraft, readText, ruleOf, waitForDiagnostics, workspaceUri, writeDraft} from './helpers.js';

const repeated = 'The harbour master will inspect every mooring on the east pier before the winter storms arrive.';

describe('ignoring findings', () => {
  it('Markdown: copydesk-ignore-next-line and copydesk-disable … copydesk-enable silence findings', async () => {
    const text = [
      '# Pier Inspections',
      '',
      repeated,
      '',
      '<!-- copydesk-ignore-next-line -->',
      repeated,
      '',
      '<!-- copydesk-disable repeated-heading -->',
      '# Pier Inspections',
      '<!-- copydesk-enable -->',
      '',
      repeated,
      ''
    ].join('\n');
    const uri = await writeDraft('comments.md', text);
    await workspace.openTextDocument(uri);
    const found = await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'duplicate-paragraph'), 'the unsilenced repeat');
    assert.deepEqual(
      found.map((diagnostic) => `${diagnostic.range.start.line + 1} ${ruleOf(diagnostic)}`),
      ['12 duplicate-paragraph']
    );
  });

  it('plain text: "Ignore this finding" records it in .copydesk/ignored.json and the finding goes', async () => {
    const uri = await copyDraft('drafts/ferry-timetable.txt', 'ignore.txt');
    await workspace.openTextDocument(uri);
    const found = await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'repeated-heading'), 'the repeated heading');
    const heading = found.find((diagnostic) => ruleOf(diagnostic) === 'repeated-heading');
    assert.ok(heading);
    const ignore = (await actionsAt(uri, heading)).find((action) => action.title === 'Ignore this finding');
    assert.ok(ignore?.command, 'an ignore action with a command');
    assert.equal(ignore.edit, undefined);
    await commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));

    const ignored = workspaceUri('.copydesk/ignored.json');
    try {
      assert.equal(await readText(ignored), `${JSON.stringify({version: 1, ignored: ['repeated-heading:timetable changes']}, null, 2)}\n`);
      const left = await waitForDiagnostics(uri, (diagnostics) => !diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'repeated-heading'), 'the heading ignored');
      assert.ok(left.some((diagnostic) => ruleOf(diagnostic) === 'duplicate-paragraph'), 'the other findings stay');
    } finally {
      // Other tests use the same text: the ignore must not outlive this one. (Emptied rather than
      // deleted: VS Code's watcher drops a file created and deleted within a moment as no change.)
      await workspace.fs.writeFile(ignored, new TextEncoder().encode('{"version": 1, "ignored": []}\n'));
    }
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'repeated-heading'), 'the heading back once the list is empty');
  });

  it('plain text: "Ignore this finding" keeps the list’s other keys, adds the version the command line needs, and leaves no temporary file', async () => {
    const ignored = workspaceUri('.copydesk/ignored.json');
    // A list an older editor or a person wrote: no version, a key of its own.
    await workspace.fs.writeFile(ignored, new TextEncoder().encode('{"note": "kept by the desk", "ignored": []}\n'));
    const uri = await copyDraft('drafts/ferry-timetable.txt', 'ignore-keys.txt');
    await workspace.openTextDocument(uri);
    try {
      const found = await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'repeated-heading'), 'the repeated heading');
      const heading = found.find((diagnostic) => ruleOf(diagnostic) === 'repeated-heading');
      assert.ok(heading);
      const ignore = (await actionsAt(uri, heading)).find((action) => action.title === 'Ignore this finding');
      assert.ok(ignore?.command);
      await commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      assert.equal(await readText(ignored), `${JSON.stringify({version: 1, note: 'kept by the desk', ignored: ['repeated-heading:timetable changes']}, null, 2)}\n`);
      assert.deepEqual(await workspace.fs.readDirectory(workspaceUri('.copydesk')), [['ignored.json', FileType.File]]);
      await waitForDiagnostics(uri, (diagnostics) => !diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'repeated-heading'), 'the heading ignored');
    } finally {
      await workspace.fs.writeFile(ignored, new TextEncoder().encode('{"version": 1, "ignored": []}\n'));
    }
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'repeated-heading'), 'the heading back once the list is empty');
  });
});
