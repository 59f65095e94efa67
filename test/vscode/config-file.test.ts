import * as assert from 'node:assert/strict';
import {DiagnosticSeverity, languages, workspace, type Diagnostic, type Uri} from 'vscode';
import {rangeText, readText, ruleOf, waitForDiagnostics, workspaceUri} from './helpers.js';

describe('.copydeskrc.json', () => {
  it('the nearest file above the draft is laid over the VS Code settings', async () => {
    const uri = workspaceUri('desk/market.md');
    await workspace.openTextDocument(uri);
    const [heading] = await waitForDiagnostics(uri, (found) => found.length === 1, 'the repeated heading');
    assert.equal(ruleOf(heading), 'repeated-heading');
    assert.equal(heading.severity, DiagnosticSeverity.Error, 'desk/.copydeskrc.json makes repeated-heading an error');
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
