import * as assert from 'node:assert/strict';
import {commands, type Uri} from 'vscode';
import {readText, showDraft, waitForDiagnostics, workspaceUri, writeDraft} from './helpers.js';

// A short draft of this test's own: a quotation with its speaker, a claim marked `[source?]`, one open, a near copy.
const draft = [
  '"The lifeboat crew trained every night this month," said Rhona Vale, the station manager.',
  '',
  'Call-outs rose 25% this summer [source?].',
  '',
  'The new lifeboat is the finest on the whole coast.',
  '',
  'The lifeboat station will open its doors to visitors on Saturday afternoon from two.',
  '',
  'The lifeboat station will open its doors to visitors on Sunday afternoon from two.',
  ''
].join('\n');

describe('Export Review', () => {
  it('writes the review of the active draft where the command is told, in the format its name asks for', async () => {
    const uri = await writeDraft('export-review.md', draft);
    await showDraft(uri);
    await waitForDiagnostics(uri, (found) => found.length === 2, 'a claim and a near copy');
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const markdown = workspaceUri(`scratch/${name}-review.md`);
    const written = await commands.executeCommand<Uri | undefined>('copydesk.exportReview', markdown);
    assert.equal(written?.toString(), markdown.toString());
    assert.equal(
      await readText(markdown),
      [
        '# Copydesk review',
        '',
        `## scratch/${name}`,
        '',
        '1 repeat · 2 claims to source (1 open, 1 marked, 0 ignored) · 1 named source, 0 vague, 0 quotations with no speaker',
        '',
        '### Sources',
        '',
        '| Who | Kind | Times | What they said |',
        '| --- | --- | ---: | --- |',
        '| Rhona Vale | person | 1 | line 1: “The lifeboat crew trained every night this month” |',
        '',
        '### Claims to source',
        '',
        '| Line | State | Claim |',
        '| ---: | --- | --- |',
        "| 3 | marked | Unattributed statistic: 'rose 25%' — who says so? |",
        "| 5 | open | Unattributed judgement: 'the finest' — whose view is this? |",
        '',
        '### Repeats',
        '',
        '| Line | Repeat | First copy | Differences |',
        '| ---: | --- | ---: | --- |',
        '| 9 | near copy: The lifeboat station will open its doors to… | 7 | Saturday → Sunday |',
        ''
      ].join('\n')
    );
    const html = workspaceUri(`scratch/${name}-review.html`);
    await commands.executeCommand('copydesk.exportReview', html.toString());
    const page = await readText(html);
    assert.match(page, /^<!DOCTYPE html>\n/);
    assert.match(page, /<td>Rhona Vale<\/td><td>person<\/td>/);
    assert.ok(!/<script|https?:/i.test(page), 'no script, no remote asset');
    // The draft is only read.
    assert.equal(await readText(uri), draft);
  });
});
