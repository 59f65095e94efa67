import type {Disposable, Event} from 'vscode';
import type {ShowInformation} from './notifications.js';
import type {StatusBarState} from './status-bar.js';
import type {ReviewSnapshot} from './views/review-view.js';

/**
 * What the extension's own tests may observe of its user interface (only in
 * `ExtensionMode.Test`, in both hosts): what an extension cannot read back
 * through VS Code's API, such as its status bar item's text, or a
 * notification's message and buttons.
 */
export interface InterfaceTestHooks {
  /** What the status bar item shows now. */
  statusBar(): StatusBarState;
  /** Fires with the status bar item's state each time it is drawn. */
  onDidUpdateStatusBar: Event<StatusBarState>;
  /** Send information messages with buttons to `standIn` (which answers for the user) until disposed. */
  replaceNotifications(standIn: ShowInformation): Disposable;
  /** What the Copydesk view lists now. */
  review(): ReviewSnapshot;
  /** Fires with what the Copydesk view lists each time it is rebuilt. */
  onDidRefreshReview: Event<ReviewSnapshot>;
  /** Forget what Check Workspace indexed, so later tests' drafts are not compared with it (see `DraftChecks.forgetWorkspaceIndex`). */
  forgetWorkspaceIndex(): void;
}
