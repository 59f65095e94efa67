import {window, type Disposable} from 'vscode';

/** Shows an information message with buttons; resolves to the button chosen, or `undefined` when dismissed. */
export type ShowInformation = (message: string, ...buttons: string[]) => Thenable<string | undefined>;

/**
 * Where the extension's information messages with buttons go: VS Code's
 * notifications, or, while the extension's own tests run, a stand-in that
 * records them and answers for the user (a test cannot read or click a real
 * notification).
 */
export class Notifications {
  private standIn: ShowInformation | undefined;

  showInformation(message: string, ...buttons: string[]): Thenable<string | undefined> {
    return this.standIn ? this.standIn(message, ...buttons) : window.showInformationMessage(message, ...buttons);
  }

  /** Send messages to `standIn` until the returned disposable is disposed (tests only). */
  replaceWith(standIn: ShowInformation): Disposable {
    this.standIn = standIn;
    return {
      dispose: () => {
        if (this.standIn === standIn) this.standIn = undefined;
      }
    };
  }
}
