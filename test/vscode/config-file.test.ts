import * as assert from 'node:assert/strict';
import {DiagnosticSeverity, extensions, languages, workspace, type Diagnostic, type Uri} from 'vscode';
import {runCommandLine} from './command-line.js';
import {extensionId, rangeText, readText, ruleOf, waitForDiagnostics, workspaceRoot, workspaceUri} from './helpers.js';

const severityNames = {[DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint'};

describe('.copydeskrc.json', () => {
  it('the nearest file above the draft is laid over the VS Code settings', async () => {
    const uri = workspaceUri('desk/market.md');
    await workspace.openTextDocument(uri);
    const [heading] = await waitForDiagnostics(uri, (found) => found.length === 1, 'the repeated heading');
    assert.equal(ruleOf(heading), 'repeated-heading');
    assert.equal(heading.severity, DiagnosticSeverity.Error, 'desk/.copydeskrc.json makes repeated-heading an error');
  });

  it('every file from the workspace folder down to the draft is laid in, nearer over farther, as the command line does', async () => {
    // desk/.copydeskrc.json makes repeated-heading an error; a file in desk/wire makes duplicate-paragraph one.
    const config = workspaceUri('desk/wire/.copydeskrc.json');
    const uri = workspaceUri('desk/wire/slipway.md');
    const paragraph = 'The lifeboat crew painted the slipway on Sunday and hung the new bell by the station door before lunch.';
    await workspace.fs.writeFile(config, new TextEncoder().encode('{"rules": {"duplicate-paragraph": "error"}}\n'));
    await workspace.fs.writeFile(uri, new TextEncoder().encode(`# Slipway\n\n${paragraph}\n\n# Slipway\n\n${paragraph}\n`));
    try {
      await workspace.openTextDocument(uri);
      const found = await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 2, 'the repeated heading and paragraph');
      const shown = found.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${ruleOf(diagnostic)} ${severityNames[diagnostic.severity]}`).sort();
      assert.deepEqual(shown, ['5:1 repeated-heading error', '7:1 duplicate-paragraph error']);
      const extension = extensions.getExtension(extensionId);
      const reported = extension && runCommandLine(extension.extensionPath, workspaceRoot().fsPath, ['desk/wire/slipway.md']);
      // Only where a process can run (not in the web-worker host).
      if (reported) assert.deepEqual(reported[0].findings.map((finding) => `${finding.line}:${finding.column} ${finding.rule} ${finding.severity}`).sort(), shown);
    } finally {
      await workspace.fs.delete(workspaceUri('desk/wire'), {recursive: true});
    }
  });

  it('a change to the file takes effect at once', async () => {
    const uri = workspaceUri('desk/market.md');
    const config = workspaceUri('desk/.copydeskrc.json');
    const before = await readText(config);
    await workspace.openTextDocument(uri);
    await waitForDiagnostics(uri, (found) => found.length === 1, 'the repeated heading');
    await workspace.fs.writeFile(config, new TextEncoder().encode('{"rules": {"repeated-heading": "off"}}\n'));
    try {
      await waitForDiagnostics(uri, (found) => found.length === 0, 'no diagnostics with the rule off');
    } finally {
      await workspace.fs.writeFile(config, new TextEncoder().encode(before));
    }
    await waitForDiagnostics(uri, (found) => found.length === 1 && found[0].severity === DiagnosticSeverity.Error, 'the error back');
  });

  it('an invalid file gets a diagnostic at the error, and the draft is checked with the VS Code settings', async () => {
    const uri = workspaceUri('broken/notes.md');
    const config = workspaceUri('broken/.copydeskrc.json');
    await workspace.openTextDocument(uri);
    const [repeat] = await waitForDiagnostics(uri, (found) => found.length === 1, 'the repeat, checked anyway');
    assert.equal(repeat.severity, DiagnosticSeverity.Warning);
    const [problem] = await problemsIn(config, (found) => found.length === 1);
    // At the offending value, as the core's ConfigError places it.
    assert.deepEqual(
      {range: rangeText(problem.range), severity: problem.severity, source: problem.source, message: problem.message},
      {range: '3:28-3:34', severity: DiagnosticSeverity.Error, source: 'copydesk', message: 'rules.duplicate-paragraph: must be one of off, info, warning, error'}
    );
  });

  it('a JSON syntax error is shown where it is, and the diagnostic goes once the file is fixed', async () => {
    const uri = workspaceUri('broken/notes.md');
    const config = workspaceUri('broken/.copydeskrc.json');
    const before = await readText(config);
    await workspace.openTextDocument(uri);
    await workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": {"duplicate-paragraph": "error",}\n}\n'));
    try {
      const [problem] = await problemsIn(config, (found) => found.length === 1 && found[0].message.includes('comma'));
      assert.deepEqual([rangeText(problem.range), problem.message], ['2:43-2:44', 'trailing comma before `}`']);
      await workspace.fs.writeFile(config, new TextEncoder().encode('{"rules": {"duplicate-paragraph": "error"}}\n'));
      await problemsIn(config, (found) => found.length === 0);
      await waitForDiagnostics(uri, (found) => found.length === 1 && found[0].severity === DiagnosticSeverity.Error, 'the file’s level in force');
    } finally {
      await workspace.fs.writeFile(config, new TextEncoder().encode(before));
    }
  });
});

/** Wait for the diagnostics of a file Copydesk does not check as a draft (its configuration file). */
function problemsIn(uri: Uri, accept: (found: readonly Diagnostic[]) => boolean): Promise<readonly Diagnostic[]> {
  return new Promise((resolve) => {
    const test = () => {
      const found = languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'copydesk');
      if (!accept(found)) return;
      subscription.dispose();
      resolve(found);
    };
    const subscription = languages.onDidChangeDiagnostics(test);
    test();
  });
}
