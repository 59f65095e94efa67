import {MarkdownString, ThemeIcon, TreeItem, TreeItemCollapsibleState, Uri} from 'vscode';
import type {AttributionKind, Finding, Span} from '../../core/index.js';
import {nearCopyDifference} from '../../core/word-difference.js';
import {reviewCommandIds} from './review-ids.js';
import {describeStatements, type ListedStatement, type Source} from './sources-model.js';
import {claimKindNames, opening, repeatKindName, type Claim, type ClaimState, type ParagraphClaims, type Repeat} from './review-model.js';

/** An element of the Copydesk view's trees. */
export type ReviewNode =
  | {type: 'paragraph'; uri: Uri; group: ParagraphClaims}
  | {type: 'claim'; uri: Uri; claim: Claim}
  | {type: 'repeat'; uri: Uri; text: string; repeat: Repeat}
  | {type: 'first-copy'; uri: Uri; text: string; repeat: Repeat}
  | {type: 'vague-sources'; uri: Uri; sources: Source[]}
  | {type: 'unattributed-quotes'; uri: Uri; statements: ListedStatement[]}
  | {type: 'source'; uri: Uri; source: Source}
  | {type: 'statement'; uri: Uri; statement: ListedStatement};

/** The `contextValue` of each kind of item (package.json's menus match on it). */
export const contextValues = {
  paragraph: 'copydesk.paragraph',
  claim: (state: ClaimState) => `copydesk.claim.${state}`,
  repeat: 'copydesk.repeat',
  firstCopy: 'copydesk.firstCopy',
  sourceGroup: 'copydesk.sourceGroup',
  source: 'copydesk.source',
  statement: 'copydesk.statement',
  unattributedQuote: 'copydesk.statement.noSpeaker'
} as const;

/** How each kind of named source is drawn. */
const sourceIcons: Record<string, ThemeIcon> = {
  person: new ThemeIcon('person'),
  organisation: new ThemeIcon('organization'),
  document: new ThemeIcon('file-text'),
  vague: new ThemeIcon('question')
};

/** What each state tells an editor, in a claim's tooltip. */
const stateNotes: Record<ClaimState, string> = {
  open: 'Still to source.',
  marked: 'Marked as needing a source.',
  ignored: 'Ignored (in the ignore list or silenced by a comment); Copydesk does not report it.'
};

const stateIcons: Record<ClaimState, ThemeIcon> = {
  open: new ThemeIcon('circle-large-outline'),
  marked: new ThemeIcon('bookmark'),
  ignored: new ThemeIcon('eye-closed')
};

/** Most words of a claim's trigger words an item quotes. */
const triggerWords = 8;

/** The children of an element (the view's roots are built by the view). */
export function childrenOf(node: ReviewNode): ReviewNode[] {
  if (node.type === 'paragraph') return node.group.claims.map((claim) => ({type: 'claim', uri: node.uri, claim}));
  if (node.type === 'repeat') return [{type: 'first-copy', uri: node.uri, text: node.text, repeat: node.repeat}];
  if (node.type === 'vague-sources') return node.sources.map((source) => ({type: 'source', uri: node.uri, source}));
  if (node.type === 'source') return node.source.statements.map((statement) => ({type: 'statement', uri: node.uri, statement}));
  if (node.type === 'unattributed-quotes') return node.statements.map((statement) => ({type: 'statement', uri: node.uri, statement}));
  return [];
}

/** The tree item of an element. */
export function itemOf(node: ReviewNode): TreeItem {
  switch (node.type) {
    case 'paragraph': {
      const {group} = node;
      const item = new TreeItem(group.opening, TreeItemCollapsibleState.Expanded);
      item.description = `line ${group.line}`;
      item.tooltip = `The paragraph on line ${group.line}: ${group.claims.length === 1 ? '1 claim' : `${group.claims.length} claims`}.`;
      item.contextValue = contextValues.paragraph;
      item.command = revealCommand(node.uri, group.start, group.start);
      return item;
    }
    case 'claim': {
      const {finding, state} = node.claim;
      const item = new TreeItem(opening(finding.actual, triggerWords), TreeItemCollapsibleState.None);
      item.description = `${kindName(finding)} · ${state}`;
      item.tooltip = new MarkdownString().appendText(`${finding.message}\n\n${stateNotes[state]} Line ${finding.line}.`);
      item.iconPath = stateIcons[state];
      item.contextValue = contextValues.claim(state);
      item.command = revealCommand(node.uri, finding.offset, finding.endOffset);
      return item;
    }
    case 'repeat': {
      const {finding, firstCopy} = node.repeat;
      const item = new TreeItem(opening(finding.actual), TreeItemCollapsibleState.Expanded);
      // A first copy in another draft is not in this text: its words are not at hand to compare.
      const difference = firstCopy.file === undefined ? nearCopyDifference(node.text, finding) : undefined;
      const where = firstCopy.file === undefined ? '' : ` of ${fileName(firstCopy.file)}`;
      item.description = `line ${finding.line} · ${repeatKindName(finding)}${where}${difference === undefined ? '' : `: ${difference}`}`;
      item.tooltip = new MarkdownString().appendText(difference === undefined ? finding.message : `${finding.message}\n\nDiffers from the first copy: ${difference}`);
      item.iconPath = new ThemeIcon(finding.rule === 'repeated-heading' ? 'symbol-text' : 'copy');
      item.contextValue = contextValues.repeat;
      item.command = {
        title: 'Show the repeat and its first copy',
        command: reviewCommandIds.revealRepeat,
        arguments: [node.uri.toString(), spanOffsets(finding), firstCopy.file ?? node.uri.toString(), spanOffsets(firstCopy)]
      };
      return item;
    }
    case 'first-copy': {
      const {firstCopy} = node.repeat;
      const elsewhere = firstCopy.file;
      const label = elsewhere === undefined ? opening(node.text.slice(firstCopy.offset, firstCopy.endOffset)) : fileName(elsewhere);
      const item = new TreeItem(label, TreeItemCollapsibleState.None);
      item.description = `first copy · line ${firstCopy.line}`;
      item.iconPath = new ThemeIcon(elsewhere === undefined ? 'arrow-up' : 'file');
      item.contextValue = contextValues.firstCopy;
      item.command = revealCommand(elsewhere === undefined ? node.uri : Uri.parse(elsewhere), firstCopy.offset, firstCopy.endOffset);
      return item;
    }
    case 'vague-sources': {
      const item = new TreeItem('Vague and anonymous sources', TreeItemCollapsibleState.Expanded);
      item.description = describeStatements(node.sources.flatMap((source) => source.statements));
      item.tooltip = 'Statements credited to no one an editor could call back (“officials said”, “a volunteer said”).';
      item.iconPath = sourceIcons.vague;
      item.contextValue = contextValues.sourceGroup;
      return item;
    }
    case 'unattributed-quotes': {
      const item = new TreeItem('Quotes with no speaker', TreeItemCollapsibleState.Expanded);
      item.description = String(node.statements.length);
      item.tooltip = 'Quotations the draft gives no speaker for: each needs one.';
      item.iconPath = new ThemeIcon('warning');
      item.contextValue = contextValues.sourceGroup;
      return item;
    }
    case 'source': {
      const {source} = node;
      const item = new TreeItem(source.name, TreeItemCollapsibleState.Collapsed);
      item.description = describeStatements(source.statements);
      item.iconPath = sourceIcons[source.kind];
      item.contextValue = contextValues.source;
      const first = source.statements[0];
      const named = first?.speaker ?? (first && {start: first.start, end: first.end});
      if (named) item.command = revealCommand(node.uri, named.start, named.end);
      return item;
    }
    case 'statement': {
      const {statement} = node;
      const speakerless = statement.kind === 'none';
      const item = new TreeItem(statement.type === 'quote' ? `“${statement.excerpt}”` : statement.excerpt, TreeItemCollapsibleState.None);
      item.description = `${statement.type} · line ${statement.line}${speakerless ? ' · no speaker' : ''}`;
      const credit = statement.name === undefined ? 'No speaker is given for this quotation.' : `${statement.type === 'quote' ? 'Quoted' : 'Reported'}: ${statement.name}${statement.verb ? ` (${statement.verb.text})` : ''}.`;
      item.tooltip = new MarkdownString().appendText(`${credit} Line ${statement.line}.`);
      if (speakerless) item.iconPath = new ThemeIcon('warning');
      item.contextValue = speakerless ? contextValues.unattributedQuote : contextValues.statement;
      item.command = revealCommand(node.uri, statement.start, statement.end);
      return item;
    }
  }
}

/** The last part of a draft's URI (or path), as a tab shows it. */
function fileName(file: string): string {
  return decodeURIComponent(file.replace(/[?#].*$/, '').split('/').pop() ?? file);
}

function kindName(finding: Finding): string {
  return claimKindNames[finding.kind as AttributionKind] ?? finding.kind;
}

function spanOffsets(span: Span): [number, number] {
  return [span.offset, span.endOffset];
}

function revealCommand(uri: Uri, start: number, end: number): {title: string; command: string; arguments: unknown[]} {
  return {title: 'Show in the draft', command: reviewCommandIds.reveal, arguments: [uri.toString(), [start, end]]};
}
