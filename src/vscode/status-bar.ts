import {EventEmitter, StatusBarAlignment, window, type Disposable, type Event, type StatusBarItem, type TextDocument, type TextEditor} from 'vscode';
import type {DraftChecks} from './checks.js';
import {showProblemsCommand} from './constants.js';
import {countFindings, describeCounts, plural} from './finding-counts.js';
import {displayPath} from './files.js';

/** What the status bar item shows, for the extension's own tests. */
export interface StatusBarState {
  visible: boolean;
  text: string;
  tooltip: string;
}

/**
 * The counts of the draft being worked on, `Copydesk: 4 repeats · 7 claims`;
 * a click opens the Problems panel. The draft is the active editor's when
 * that is a draft, and otherwise the last one shown while it stays open:
 * focusing the Problems panel, the output or a settings file must not make
 * the counts vanish (VS Code gives an extension no say in how wide the item
 * is, so the item's `name` and tooltip carry the long form). A document too
 * large to check, or whose check was stopped, says so here instead of
 * staying silent.
 */
export class CheckStatus implements Disposable {
  private readonly item: StatusBarItem = window.createStatusBarItem('copydesk.status', StatusBarAlignment.Right, 100);
  private readonly changed = new EventEmitter<StatusBarState>();
  private shown: TextDocument | undefined;
  private visible = false;

  /** The item's text, tooltip or visibility changed. */
  readonly onDidChange: Event<StatusBarState> = this.changed.event;

  constructor(private readonly checks: DraftChecks) {
    this.item.name = 'Copydesk: repeats and claims';
    this.item.command = showProblemsCommand;
  }

  /** What the item shows now. */
  get state(): StatusBarState {
    return {visible: this.visible, text: this.item.text, tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? '')};
  }

  /** Show the active editor's draft, or keep showing the last one while it is open. */
  update(editor: TextEditor | undefined = window.activeTextEditor): void {
    const document = editor?.document;
    if (document && this.checks.isEnabledFor(document)) this.shown = document;
    else if (this.shown && (this.shown.isClosed || !this.checks.isEnabledFor(this.shown))) this.shown = this.visibleDraft();
    this.render();
  }

  dispose(): void {
    this.item.dispose();
    this.changed.dispose();
  }

  /** A draft still on screen, to fall back on when the one shown closes. */
  private visibleDraft(): TextDocument | undefined {
    return window.visibleTextEditors.map((editor) => editor.document).find((document) => !document.isClosed && this.checks.isEnabledFor(document));
  }

  private render(): void {
    const document = this.shown;
    if (!document) {
      this.item.hide();
      this.visible = false;
      this.changed.fire(this.state);
      return;
    }
    const name = displayPath(document.uri);
    const status = this.checks.statusOf(document);
    if (!status) {
      this.item.text = '$(sync~spin) Copydesk';
      this.item.tooltip = `Copydesk is checking ${name}.`;
    } else if (status.state === 'stopped') {
      this.item.text = '$(warning) Copydesk: check stopped';
      this.item.tooltip = status.reason;
    } else if (status.state === 'too-large') {
      this.item.text = '$(circle-slash) Copydesk: not checked';
      this.item.tooltip = `${name} is larger than ${status.limit} bytes (copydesk.maxFileSize), so Copydesk does not check it.`;
    } else {
      const counts = countFindings(status.findings);
      this.item.text = `Copydesk: ${describeCounts(counts)}`;
      this.item.tooltip = `${name}: ${plural(counts.repeats, 'repeated paragraph, passage or heading', 'repeated paragraphs, passages or headings')}, ${plural(counts.claims, 'claim that needs a source', 'claims that need a source')}. Click to open the Problems panel.`;
    }
    this.item.show();
    this.visible = true;
    this.changed.fire(this.state);
  }
}
