import {Hover, MarkdownString, type HoverProvider, type Position, type TextDocument} from 'vscode';
import type {DraftChecks} from './checks.js';
import {spanToRange} from './diagnostics.js';
import {nearCopyDifference} from '../core/word-difference.js';

/**
 * The hover of a near copy: the words that differ from the first copy,
 * below the diagnostic's own message. The message (and so the Problems
 * panel's line) stays short; the hover, where an editor compares the two,
 * says what changed.
 */
export class NearCopyHovers implements HoverProvider {
  constructor(private readonly checks: DraftChecks) {}

  provideHover(document: TextDocument, position: Position): Hover | undefined {
    const checked = this.checks.resultFor(document.uri);
    // Offsets are the checked text's; after an edit they wait for the next check, as the diagnostics do.
    if (!checked || checked.version !== document.version) return undefined;
    for (const finding of checked.findings) {
      const range = spanToRange(finding);
      if (!range.contains(position)) continue;
      const difference = nearCopyDifference(checked.text, finding);
      const firstCopy = finding.related[0];
      if (difference === undefined || !firstCopy) continue;
      const markdown = new MarkdownString().appendMarkdown(`**Copydesk**: differs from the first copy (line ${firstCopy.line}): ${escapeMarkdown(difference)}`);
      return new Hover(markdown, range);
    }
    return undefined;
  }
}

/** The draft's words as literal Markdown (`appendText` would also turn every space into `&nbsp;`). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!|<>~]/g, '\\$&');
}
