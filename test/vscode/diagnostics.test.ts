import * as assert from 'node:assert/strict';
import {DiagnosticSeverity, Position, Range, languages, workspace, type Diagnostic, type TextEditor, type Uri} from 'vscode';
import {check, type Finding, type Span} from '../../src/core/index.js';
import {copyDraft, copydesk, copydeskDiagnostics, rangeText, ruleOf, showDraft, waitForDiagnostics, workspaceUri} from './helpers.js';

const docs = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

/** Everything a diagnostic shows, in one comparable object. */
function shown(diagnostic: Diagnostic) {
  const code = diagnostic.code as {value: string; target: {toString(): string}};
  return {
    range: rangeText(diagnostic.range),
    severity: DiagnosticSeverity[diagnostic.severity],
    source: diagnostic.source,
    code: code.value,
    target: code.target.toString(),
    message: diagnostic.message,
    related: (diagnostic.relatedInformation ?? []).map((related) => `${related.message} ${workspace.asRelativePath(related.location.uri)}:${rangeText(related.location.range)}`)
  };
}

/** What a diagnostic of this finding must show ({@link shown}), made here from the core's finding. */
function expected(finding: Finding, uri: Uri) {
  const span = (at: Span) => `${at.line}:${at.column}-${at.endLine}:${at.endColumn}`;
  const label = finding.rule === 'duplicate-paragraph' ? 'First copy' : finding.rule === 'repeated-heading' ? 'First heading' : 'Related';
  return {
    range: span(finding),
    severity: {error: 'Error', warning: 'Warning', info: 'Information'}[finding.severity],
    source: 'copydesk',
    code: finding.rule,
    target: finding.url,
    message: finding.message,
    related: finding.related.map((related) => `${label} ${workspace.asRelativePath(uri)}:${span(related)}`)
  };
}

/** The same list in one order, whatever order equal ranges came in. */
function inOrder<T>(items: T[]): T[] {
  return items.map((item) => JSON.stringify(item)).sort().map((item) => JSON.parse(item) as T);
}

/** The 0-based line of the first line of `editor`'s document that starts with `start`. */
function lineStarting(editor: TextEditor, start: string): number {
  const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith(start));
  assert.ok(line >= 0, `no line starts with ${start}`);
  return line;
}

function repeats(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => ruleOf(diagnostic) !== 'needs-attribution');
}

describe('diagnostics', () => {
  it('reports the repeats of the Markdown draft: exact, near, passage and heading', async () => {
    const uri = workspaceUri('drafts/river-festival.md');
    await workspace.openTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, (found) => repeats(found).length === 4, 'four repeats');
    assert.deepEqual(repeats(diagnostics).map(shown), [
      {
        range: '13:1-13:13',
        severity: 'Warning',
        source: 'copydesk',
        code: 'repeated-heading',
        target: `${docs}repeated-heading.md`,
        message: 'This heading repeats the heading on line 5.',
        related: ['First heading drafts/river-festival.md:5:1-5:13']
      },
      {
        range: '15:1-15:157',
        severity: 'Warning',
        source: 'copydesk',
        code: 'duplicate-paragraph',
        target: `${docs}duplicate-paragraph.md`,
        message: 'This paragraph repeats the paragraph on line 3.',
        related: ['First copy drafts/river-festival.md:3:1-3:157']
      },
      {
        range: '17:1-17:133',
        severity: 'Warning',
        source: 'copydesk',
        code: 'duplicate-paragraph',
        target: `${docs}duplicate-paragraph.md`,
        message: 'This paragraph is a near copy (95% the same words) of the paragraph on line 7.',
        related: ['First copy drafts/river-festival.md:7:1-7:135']
      },
      {
        range: '19:46-19:223',
        severity: 'Warning',
        source: 'copydesk',
        code: 'duplicate-paragraph',
        target: `${docs}duplicate-paragraph.md`,
        message: 'These 2 sentences (31 words) repeat text from line 9.',
        related: ['First copy drafts/river-festival.md:9:1-9:178']
      }
    ]);
  });

  it('reports the repeats of the plain-text draft, title lines as headings', async () => {
    const uri = workspaceUri('drafts/ferry-timetable.txt');
    const document = await workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'plaintext');
    const diagnostics = await waitForDiagnostics(uri, (found) => repeats(found).length === 2, 'two repeats');
    assert.deepEqual(repeats(diagnostics).map(shown), [
      {
        range: '11:1-11:137',
        severity: 'Warning',
        source: 'copydesk',
        code: 'duplicate-paragraph',
        target: `${docs}duplicate-paragraph.md`,
        message: 'This paragraph repeats the paragraph on line 3.',
        related: ['First copy drafts/ferry-timetable.txt:3:1-3:137']
      },
      {
        range: '13:1-13:18',
        severity: 'Warning',
        source: 'copydesk',
        code: 'repeated-heading',
        target: `${docs}repeated-heading.md`,
        message: 'This heading repeats the heading on line 5.',
        related: ['First heading drafts/ferry-timetable.txt:5:1-5:18']
      }
    ]);
  });

  it('reports claims without a source as information, with no related place', async () => {
    const markdown = workspaceUri('drafts/river-festival.md');
    const plain = workspaceUri('drafts/ferry-timetable.txt');
    await workspace.openTextDocument(markdown);
    await workspace.openTextDocument(plain);
    const claims = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => ruleOf(diagnostic) === 'needs-attribution');
    const fromMarkdown = await waitForDiagnostics(markdown, (found) => claims(found).length === 2, 'two claims');
    const fromPlain = await waitForDiagnostics(plain, (found) => claims(found).length === 2, 'two claims');
    const claim = (range: string, message: string) => ({
      range,
      severity: 'Information',
      source: 'copydesk',
      code: 'needs-attribution',
      target: `${docs}needs-attribution.md`,
      message,
      related: []
    });
    assert.deepEqual(claims(fromMarkdown).map(shown), [
      claim('11:14-11:32', "Unattributed statistic: 'rose by 40 percent' — who says so?"),
      claim('21:34-21:40', "Unattributed cause: 'caused' — who says so?")
    ]);
    assert.deepEqual(claims(fromPlain).map(shown), [
      claim('9:12-9:30', "Unattributed statistic: 'rise by 15 percent' — who says so?"),
      claim('15:1-15:12', "Vague source: 'Critics say' — name who says so.")
    ]);
  });

  it('clears a document’s diagnostics when it closes', async () => {
    // VS Code closes a document when its language changes, then opens it again in the new language.
    const uri = workspaceUri('drafts/ferry-timetable.txt');
    const document = await workspace.openTextDocument(uri);
    await waitForDiagnostics(uri, (found) => found.length > 0, 'diagnostics');
    await languages.setTextDocumentLanguage(document, 'json');
    await waitForDiagnostics(uri, (found) => found.length === 0, 'no diagnostics');
    await languages.setTextDocumentLanguage(document, 'plaintext');
    await waitForDiagnostics(uri, (found) => repeats(found).length === 2, 'the repeats again');
  });

  it('after a burst of edits, some overtaken by the next, shows exactly what a fresh check of the final text finds', async () => {
    // Re-checks reuse the findings and diagnostics of the last one: moved, added, removed and unchanged findings must all come out right, even when a result arrives for a text already edited again.
    const uri = await copyDraft('drafts/river-festival.md', 'burst.md');
    const editor = await showDraft(uri);
    await waitForDiagnostics(uri, (found) => repeats(found).length === 4, 'four repeats');
    const api = await copydesk();
    const first = editor.document.lineAt(2).text;
    const edits: Array<() => Thenable<boolean>> = [
      // A paragraph above everything: every finding moves.
      () => editor.edit((builder) => builder.insert(new Position(2, 0), 'The council said 30 percent of stalls were new.\n\n')),
      // A claim deleted.
      () => editor.edit((builder) => builder.delete(new Range(lineStarting(editor, 'Ticket sales'), 0, lineStarting(editor, 'Ticket sales') + 2, 0))),
      // The first paragraph pasted at the end: a new repeat.
      () => editor.edit((builder) => builder.insert(new Position(editor.document.lineCount, 0), `\n${first}\n`)),
      // The near copy made exact.
      () => editor.edit((builder) => {
        const at = editor.document.positionAt(editor.document.getText().indexOf('on Sunday'));
        builder.replace(new Range(at, at.translate(0, 'on Sunday'.length)), 'on Saturday');
      }),
      // The inserted paragraph removed again: findings move back.
      () => editor.edit((builder) => builder.delete(new Range(2, 0, 4, 0)))
    ];
    const settings = {attribution: {namedSources: ['the harbour master']}};
    const shownNow = async () => {
      await api.settled();
      const findings = await check(editor.document.getText(), {format: 'markdown', settings});
      assert.deepEqual(inOrder(copydeskDiagnostics(uri).map(shown)), inOrder(findings.map((finding) => expected(finding, uri))));
      return findings;
    };
    for (const [index, edit] of edits.entries()) {
      assert.ok(await edit());
      // Every other edit starts its check at once and is edited again without waiting for it; the others wait and compare.
      if (index % 2 === 0) void api.settled();
      else await shownNow();
    }
    const findings = await shownNow();
    assert.ok(findings.some((finding) => finding.rule === 'duplicate-paragraph' && finding.message.includes('repeats the paragraph on line 3') && finding.line > 20), 'the pasted paragraph is a repeat');
  });
});
