import * as assert from 'node:assert/strict';
import {CodeActionKind, window, workspace, type Diagnostic, type Uri} from 'vscode';
import {actionsAt, copyDraft, rangeText, readText, ruleOf, showDraft, waitForDiagnostics, withoutLines} from './helpers.js';

const festival = 'drafts/river-festival.md';
const volunteers = 'Volunteers can still sign up at the library.';

/** Open a fresh copy of the Markdown draft and wait for its four repeats. */
async function openFestival(): Promise<{uri: Uri; original: string; diagnostics: Diagnostic[]}> {
  const uri = await copyDraft(festival);
  const original = await readText(uri);
  await showDraft(uri);
  const diagnostics = await waitForDiagnostics(uri, (found) => found.filter((diagnostic) => diagnostic.message.includes('repeat') || diagnostic.message.includes('near copy')).length === 4, 'four repeats');
  return {uri, original, diagnostics};
}

/** The diagnostic at a range (`'13:1-13:13'`), or the claim on a line (`'claim on 11'`: its exact span is the detector's business). */
function at(diagnostics: Diagnostic[], place: string): Diagnostic {
  const line = /^claim on (\d+)$/.exec(place)?.[1];
  const diagnostic = diagnostics.find((candidate) =>
    line ? ruleOf(candidate) === 'needs-attribution' && candidate.range.start.line + 1 === Number(line) : rangeText(candidate.range) === place
  );
  assert.ok(diagnostic, `no diagnostic at ${place}`);
  return diagnostic;
}

/** Whether a document's diagnostics still hold a claim on a line (1-based). */
function claimOn(found: Diagnostic[], line: number): boolean {
  return found.some((diagnostic) => ruleOf(diagnostic) === 'needs-attribution' && diagnostic.range.start.line + 1 === line);
}

/** Apply the action with this title offered for the diagnostic at `range`; resolves to the document's text. */
async function apply(uri: Uri, diagnostics: Diagnostic[], range: string, title: string): Promise<string> {
  const actions = await actionsAt(uri, at(diagnostics, range));
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action?.edit, `no "${title}" among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  assert.equal(await workspace.applyEdit(action.edit), true);
  return (await workspace.openTextDocument(uri)).getText();
}

describe('code actions', () => {
  it('offers, for an exact repeated paragraph: delete it (preferred), delete every exact repeat, ignore, documentation', async () => {
    const {uri, diagnostics} = await openFestival();
    const actions = await actionsAt(uri, at(diagnostics, '15:1-15:157'));
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind?.value, action.isPreferred ?? false]),
      [
        ['Delete this repeated paragraph', CodeActionKind.QuickFix.value, true],
        ['Ignore this finding', CodeActionKind.QuickFix.value, false],
        ['Show documentation for duplicate-paragraph', CodeActionKind.QuickFix.value, false],
        ['Delete every exact repeat in the document', CodeActionKind.QuickFix.value, false]
      ]
    );
    // The action runs `vscode.open` (which VS Code hands back under an internal id) on the rule's page.
    const documentation = actions[2].command;
    assert.equal(String(documentation?.arguments?.[0]), 'https://github.com/copydesk/copydesk/blob/main/docs/rules/duplicate-paragraph.md');
  });

  it('offers no "delete every exact repeat" for a near copy: a person chooses which version to keep', async () => {
    const {uri, diagnostics} = await openFestival();
    const actions = await actionsAt(uri, at(diagnostics, '17:1-17:133'));
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Delete this near copy', 'Ignore this finding', 'Show documentation for duplicate-paragraph']
    );
  });

  it('deletes a repeated paragraph with its blank line', async () => {
    const {uri, original, diagnostics} = await openFestival();
    const text = await apply(uri, diagnostics, '15:1-15:157', 'Delete this repeated paragraph');
    assert.equal(text, withoutLines(original, 15, 16));
    await waitForDiagnostics(uri, (found) => found.length > 0 && !found.some((diagnostic) => diagnostic.message === 'This paragraph repeats the paragraph on line 3.'), 'the repeat gone');
  });

  it('deletes a near copy', async () => {
    const {uri, original, diagnostics} = await openFestival();
    assert.equal(await apply(uri, diagnostics, '17:1-17:133', 'Delete this near copy'), withoutLines(original, 17, 18));
  });

  it('deletes exactly a repeated passage, leaving the rest of its paragraph', async () => {
    const {uri, original, diagnostics} = await openFestival();
    const lines = original.split('\n');
    lines[18] = volunteers;
    assert.equal(await apply(uri, diagnostics, '19:46-19:223', 'Delete this repeated passage'), lines.join('\n'));
  });

  it('deletes a repeated heading with its blank line', async () => {
    const {uri, original, diagnostics} = await openFestival();
    assert.equal(await apply(uri, diagnostics, '13:1-13:13', 'Delete this repeated heading'), withoutLines(original, 13, 14));
  });

  it('deletes every exact repeat at once, keeping the near copy', async () => {
    const {uri, original, diagnostics} = await openFestival();
    const lines = original.split('\n');
    lines[18] = volunteers;
    const expected = withoutLines(lines.join('\n'), 13, 14, 15, 16);
    assert.equal(await apply(uri, diagnostics, '13:1-13:13', 'Delete every exact repeat in the document'), expected);
    const left = await waitForDiagnostics(uri, (found) => !found.some((diagnostic) => diagnostic.message.includes('repeat')), 'only the near copy and claims');
    assert.ok(left.some((diagnostic) => diagnostic.message.includes('near copy')));
  });

  it('offers, for a claim: add an attribution, mark it as needing a source, ignore, documentation', async () => {
    const {uri, diagnostics} = await openFestival();
    const claim = at(diagnostics, 'claim on 11');
    assert.deepEqual(
      (await actionsAt(uri, claim)).map((action) => [action.title, action.isPreferred ?? false]),
      [
        ['Add attribution (“, according to …”)', false],
        ['Mark as needing a source (“[source?]”)', false],
        ['Ignore this finding', false],
        ['Show documentation for needs-attribution', false]
      ]
    );
  });

  it('adds an attribution as a snippet, the cursor on the source to type', async () => {
    const {uri, original, diagnostics} = await openFestival();
    const text = await apply(uri, diagnostics, 'claim on 11', 'Add attribution (“, according to …”)');
    const lines = original.split('\n');
    lines[10] = 'Ticket sales rose by 40 percent compared with the last festival, according to source.';
    assert.equal(text, lines.join('\n'));
    const editor = window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.equal(editor.document.getText(editor.selection), 'source', 'the placeholder is selected');
    // (Until the writer types a real source, the placeholder itself may read as a vague one.)
    await waitForDiagnostics(uri, (found) => found.length > 0 && !found.some((diagnostic) => diagnostic.range.start.line === 10 && diagnostic.message.startsWith('Unattributed')), 'the statistic attributed');
  });

  it('marks a claim as needing a source', async () => {
    const {uri, original, diagnostics} = await openFestival();
    const text = await apply(uri, diagnostics, 'claim on 11', 'Mark as needing a source (“[source?]”)');
    const lines = original.split('\n');
    lines[10] = 'Ticket sales rose by 40 percent compared with the last festival [source?].';
    assert.equal(text, lines.join('\n'));
    await waitForDiagnostics(uri, (found) => found.length > 0 && !claimOn(found, 11), 'the marked claim no longer flagged');
  });

  it('ignores a finding in Markdown with a comment above it', async () => {
    const {uri, original, diagnostics} = await openFestival();
    const text = await apply(uri, diagnostics, '15:1-15:157', 'Ignore this finding');
    const lines = original.split('\n');
    lines.splice(14, 0, '<!-- copydesk-ignore-next-line duplicate-paragraph -->');
    assert.equal(text, lines.join('\n'));
    await waitForDiagnostics(uri, (found) => found.length > 0 && !found.some((diagnostic) => diagnostic.message === 'This paragraph repeats the paragraph on line 3.'), 'the ignored repeat gone');
  });
});
