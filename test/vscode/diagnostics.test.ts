import * as assert from 'node:assert/strict';
import {DiagnosticSeverity, languages, workspace, type Diagnostic} from 'vscode';
import {rangeText, ruleOf, waitForDiagnostics, workspaceUri} from './helpers.js';

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
});
