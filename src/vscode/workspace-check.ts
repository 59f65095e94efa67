import {ProgressLocation, window, workspace, type LogOutputChannel, type Uri} from 'vscode';
import {formatForPath} from '../core/index.js';
import type {DraftChecks} from './checks.js';
import {workspaceFilesExclude, workspaceFilesGlob} from './constants.js';
import {addCounts, countFindings, type FindingCounts} from './finding-counts.js';
import {displayPath, readTextFile} from './files.js';
import {readEditorOptions} from './settings.js';

/** What a workspace check did. */
export interface WorkspaceCheckSummary extends FindingCounts {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

/**
 * "Check Workspace": every draft in the workspace (Markdown, plain text and
 * the draft formats), results in the Problems panel, behind a progress
 * notification that can be cancelled. Open documents are checked as they
 * stand in the editor; the rest are read through `workspace.fs`. Each
 * draft's paragraphs go into an index, so that a paragraph or passage
 * repeating (or nearly copying) one in another draft is reported
 * (`copydesk.duplicates.acrossFiles`), and
 * from then on open drafts are compared with the others as they change.
 */
export async function checkWorkspace(checks: DraftChecks, output: LogOutputChannel): Promise<WorkspaceCheckSummary> {
  return window.withProgress({location: ProgressLocation.Notification, title: 'Copydesk: checking the workspace', cancellable: true}, async (progress, token) => {
    const summary: WorkspaceCheckSummary = {files: 0, findings: 0, repeats: 0, claims: 0, skipped: 0, cancelled: false};
    const files = await workspace.findFiles(workspaceFilesGlob, workspaceFilesExclude, undefined, token);
    checks.startIndexingWorkspace();
    const checked: Uri[] = [];
    const open = new Map(workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    for (const [index, uri] of files.entries()) {
      if (token.isCancellationRequested) {
        summary.cancelled = true;
        break;
      }
      progress.report({message: `${displayPath(uri)} (${index + 1} of ${files.length})`, increment: 100 / files.length});
      try {
        const document = open.get(uri.toString());
        if (document && checks.isEnabledFor(document)) {
          await checks.checkNow(document);
        } else {
          const {maxFileSize} = readEditorOptions(uri);
          const stat = await workspace.fs.stat(uri);
          if (stat.size > maxFileSize) {
            output.info(`Skipped ${displayPath(uri)}: ${stat.size} bytes is more than copydesk.maxFileSize (${maxFileSize}).`);
            summary.skipped++;
            continue;
          }
          const format = formatForPath(uri.path);
          await checks.checkResource({uri, text: await readTextFile(uri), format});
        }
        checked.push(uri);
        summary.files++;
      } catch (error) {
        output.error(`Could not check ${displayPath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
        summary.skipped++;
      }
    }
    // Counted once all are checked: a draft checked early gains the repeats of drafts checked after it.
    for (const uri of checked) {
      const findings = checks.publishedFindings(uri);
      summary.findings += findings.length;
      addCounts(summary, countFindings(findings));
    }
    output.info(`Checked ${summary.files} files: ${summary.findings} findings${summary.skipped ? `, ${summary.skipped} skipped` : ''}${summary.cancelled ? ' (cancelled)' : ''}.`);
    return summary;
  });
}

/** The button of the closing notification that opens the Problems panel. */
export const showProblemsButton = 'Show Problems';
/** The button offered beside it when some drafts could not be checked. */
export const showOutputButton = 'Show Output';
