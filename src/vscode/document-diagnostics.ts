import type {Diagnostic, Uri} from 'vscode';
import type {Finding} from '../core/index.js';
import {diagnosticKey, findingToDiagnostic, ruleOf} from './diagnostics.js';

/** A finding's diagnostic and the key code actions find the finding by. */
interface Made {
  diagnostic: Diagnostic;
  key: string;
}

/**
 * The diagnostics of one document's published findings. The engine hands
 * back the same object for a finding that did not change (see
 * `CheckEngine.check`), so its diagnostic and key are kept rather than
 * made again: after an edit only the findings that changed or moved cost
 * anything here.
 *
 * Handing VS Code the same diagnostic object again is safe:
 * `DiagnosticCollection.set` keeps a copy of the array and converts each
 * diagnostic to the workbench's marker data there and then (VS Code's
 * src/vs/workbench/api/common/extHostDiagnostics.ts). Nothing here changes
 * a diagnostic once it is made, so what was published stays true.
 */
export class DocumentDiagnostics {
  private made = new Map<Finding, Made>();

  constructor(private readonly uri: Uri) {}

  /** Diagnostics for `findings`, in order, and the findings by {@link diagnosticKey}; what was made is kept for the next call. */
  update(findings: readonly Finding[]): {diagnostics: Diagnostic[]; byKey: Map<string, Finding>} {
    const made = new Map<Finding, Made>();
    const diagnostics: Diagnostic[] = [];
    const byKey = new Map<string, Finding>();
    for (const finding of findings) {
      let entry = this.made.get(finding);
      if (!entry) {
        const diagnostic = findingToDiagnostic(finding, this.uri);
        entry = {diagnostic, key: diagnosticKey(diagnostic.range, ruleOf(diagnostic) ?? '', diagnostic.message)};
      }
      made.set(finding, entry);
      diagnostics.push(entry.diagnostic);
      byKey.set(entry.key, finding);
    }
    this.made = made;
    return {diagnostics, byKey};
  }

  /** Forget what was made (the document's diagnostics were removed). */
  clear(): void {
    this.made = new Map();
  }
}
