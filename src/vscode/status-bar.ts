import {StatusBarAlignment, window, type Disposable, type StatusBarItem, type TextEditor} from 'vscode';
import type {DraftChecks} from './checks.js';
import {showProblemsCommand} from './constants.js';

/**
 * The active document's counts: repeats (`$(copy)`) and claims needing a
 * source (`$(quote)`); a click opens the Problems panel. A document too
 * large to check, or whose check was stopped, says so here instead of
 * staying silent.
 */
export class CheckStatus implements Disposable {
  private readonly item: StatusBarItem = window.createStatusBarItem('copydesk.status', StatusBarAlignment.Right, 100);

  constructor(private readonly checks: DraftChecks) {
    this.item.name = 'Copydesk';
    this.item.command = showProblemsCommand;
  }

  /** Show the active editor's document (or hide when it is not a draft Copydesk checks). */
  update(editor: TextEditor | undefined = window.activeTextEditor): void {
    const document = editor?.document;
    if (!document || !this.checks.isEnabledFor(document)) {
      this.item.hide();
      return;
    }
    const status = this.checks.statusOf(document);
    if (!status) {
      this.item.text = '$(sync~spin) Copydesk';
      this.item.tooltip = 'Copydesk is checking this document.';
    } else if (status.state === 'stopped') {
      this.item.text = '$(warning) Copydesk: check stopped';
      this.item.tooltip = status.reason;
    } else if (status.state === 'too-large') {
      this.item.text = '$(circle-slash) Copydesk: not checked';
      this.item.tooltip = `This document is larger than ${status.limit} bytes (copydesk.maxFileSize), so Copydesk does not check it.`;
    } else {
      const repeats = status.findings.filter((finding) => finding.rule !== 'needs-attribution').length;
      const claims = status.findings.length - repeats;
      this.item.text = `$(copy) ${repeats}  $(quote) ${claims}`;
      this.item.tooltip = `Copydesk: ${plural(repeats, 'repeated paragraph or heading', 'repeated paragraphs or headings')}, ${plural(claims, 'claim that needs a source', 'claims that need a source')}. Click to open the Problems panel.`;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
