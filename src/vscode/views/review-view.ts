import {EventEmitter, commands, window, type Disposable, type Event, type TextDocument, type TextEditor, type TreeDataProvider, type TreeItem, type TreeView, type Uri} from 'vscode';
import {resolveSettings, type Finding, type PartialSettings} from '../../core/index.js';
import type {CheckedDocument, DraftChecks} from '../checks.js';
import {plural} from '../finding-counts.js';
import {childrenOf, itemOf, type ReviewNode} from './review-items.js';
import {reviewContextKeys, reviewViewIds} from './review-ids.js';
import {claimsByParagraph, claimsOf, foldingRepeats, mayHideClaims, maskHidingMarks, repeatsOf, type Claim} from './review-model.js';
import {groupSources, readStatements, sourcesMaxLength, unfolded, type ListedStatement, type SourceList} from './sources-model.js';

/** One row of a tree as the extension's tests read it: its depth, label and description, menu context. */
export interface ReviewRow {
  depth: number;
  label: string;
  description: string;
  contextValue: string;
  /** The command selecting the row runs, and its arguments. */
  command?: {command: string; arguments: unknown[]};
  /** The tree's element, as an inline action receives it. */
  element: ReviewNode;
}

/** What the view shows now, for the extension's tests. */
export interface ReviewSnapshot {
  /** The draft shown, if any. */
  uri: string | undefined;
  /** The document version the lists were made from. */
  version: number | undefined;
  claims: ReviewRow[];
  repeats: ReviewRow[];
  sources: ReviewRow[];
  badges: {claims: string | undefined; repeats: string | undefined; sources: string | undefined};
  /** The Sources view's message (a draft too long to list), if any. */
  sourcesMessage: string | undefined;
}

/** A tree whose roots the view sets after each check. */
class ReviewTree implements TreeDataProvider<ReviewNode> {
  private roots: ReviewNode[] = [];
  private readonly changed = new EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  set(roots: ReviewNode[]): void {
    this.roots = roots;
    this.changed.fire(undefined);
  }

  getTreeItem(node: ReviewNode): TreeItem {
    return itemOf(node);
  }

  getChildren(node?: ReviewNode): ReviewNode[] {
    return node ? childrenOf(node) : this.roots;
  }

  /** Every row, depth first, as the tree draws them expanded. */
  rows(): ReviewRow[] {
    const rows: ReviewRow[] = [];
    const walk = (nodes: ReviewNode[], depth: number) => {
      for (const node of nodes) {
        const item = itemOf(node);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        const row: ReviewRow = {depth, label, description: typeof item.description === 'string' ? item.description : '', contextValue: item.contextValue ?? '', element: node};
        if (item.command) row.command = {command: item.command.command, arguments: item.command.arguments ?? []};
        rows.push(row);
        walk(childrenOf(node), depth + 1);
      }
    };
    walk(this.roots, 0);
    return rows;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * The Copydesk view: the claims to source, the repeats and the sources of the draft
 * being worked on (the active editor's, or the last one shown while it
 * stays open, as the status bar does), rebuilt from each check's result.
 * Claims that a marker or an ignore hides from the check are found by a
 * second check of the text with those masked (only when the draft could
 * hold any, and only while the view is visible), so the list shows them
 * marked or ignored rather than losing them.
 */
export class ReviewViews implements Disposable {
  private readonly claimsTree = new ReviewTree();
  private readonly repeatsTree = new ReviewTree();
  private readonly claimsView: TreeView<ReviewNode>;
  private readonly repeatsView: TreeView<ReviewNode>;
  private readonly sourcesTree = new ReviewTree();
  private readonly sourcesView: TreeView<ReviewNode>;
  /** The sources last read, and the text and settings they were read from (a re-check of the same text reads nothing again). */
  private sourcesRead: {text: string; settings: string; statements: ListedStatement[]} | undefined;
  private readonly refreshed = new EventEmitter<ReviewSnapshot>();
  private readonly disposables: Disposable[] = [];
  private shown: TextDocument | undefined;
  /** The document whose hidden claims are checked under {@link unignoredKey}. */
  private keptFor: string | undefined;
  private generation = 0;
  /** The draft and version the lists were made from. */
  private listed: {uri: string; version: number | undefined} | undefined;
  /** A check arrived while the view was hidden: rebuild when it shows. */
  private stale = false;

  /** The lists were rebuilt. */
  readonly onDidRefresh: Event<ReviewSnapshot> = this.refreshed.event;

  constructor(private readonly checks: DraftChecks) {
    this.claimsView = window.createTreeView(reviewViewIds.claims, {treeDataProvider: this.claimsTree, showCollapseAll: true});
    this.repeatsView = window.createTreeView(reviewViewIds.repeats, {treeDataProvider: this.repeatsTree, showCollapseAll: true});
    this.sourcesView = window.createTreeView(reviewViewIds.sources, {treeDataProvider: this.sourcesTree, showCollapseAll: true});
    const visibilityChanged = () => {
      if (this.stale && this.visible) void this.refresh();
    };
    this.disposables.push(
      this.claimsView,
      this.repeatsView,
      this.sourcesView,
      this.claimsTree,
      this.repeatsTree,
      this.sourcesTree,
      this.refreshed,
      this.claimsView.onDidChangeVisibility(visibilityChanged),
      this.repeatsView.onDidChangeVisibility(visibilityChanged),
      this.sourcesView.onDidChangeVisibility(visibilityChanged)
    );
  }

  /** What the view shows now. */
  get snapshot(): ReviewSnapshot {
    return {
      uri: this.listed?.uri,
      version: this.listed?.version,
      claims: this.claimsTree.rows(),
      repeats: this.repeatsTree.rows(),
      sources: this.sourcesTree.rows(),
      badges: {claims: this.claimsView.badge?.tooltip, repeats: this.repeatsView.badge?.tooltip, sources: this.sourcesView.badge?.tooltip},
      sourcesMessage: this.sourcesView.message
    };
  }

  /** The active editor changed (or a draft closed): show its draft, or keep the last one while it is open. */
  update(editor: TextEditor | undefined = window.activeTextEditor): void {
    const document = editor?.document;
    const before = this.shown;
    if (document && this.checks.isEnabledFor(document)) this.shown = document;
    else if (this.shown && (this.shown.isClosed || !this.checks.isEnabledFor(this.shown))) this.shown = this.visibleDraft();
    if (this.shown !== before) void this.refresh();
  }

  /** A draft was checked (or its result dropped): rebuild if it is the one shown. */
  didCheck(uri: Uri): void {
    if (this.shown?.uri.toString() === uri.toString()) void this.refresh();
  }

  dispose(): void {
    this.forgetKept();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private get visible(): boolean {
    return this.claimsView.visible || this.repeatsView.visible || this.sourcesView.visible;
  }

  private visibleDraft(): TextDocument | undefined {
    return window.visibleTextEditors.map((editor) => editor.document).find((document) => !document.isClosed && this.checks.isEnabledFor(document));
  }

  /**
   * Rebuild the lists from the shown draft's last result; a newer refresh
   * overtakes an older one. A view that is hidden is left as it is (and
   * rebuilt when it shows): its work, a second check or reading the
   * sources, is not done for nobody.
   */
  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = this.shown;
    void commands.executeCommand('setContext', reviewContextKeys.hasDraft, document !== undefined);
    if (document?.uri.toString() !== this.keptFor) this.forgetKept();
    if (document?.uri.toString() !== this.listed?.uri) this.sourcesRead = undefined;
    this.stale = !(this.claimsView.visible && this.repeatsView.visible && this.sourcesView.visible);
    if (!this.visible) return;
    const status = document && this.checks.statusOf(document);
    const checked = document && this.checks.resultFor(document.uri);
    const uri = document?.uri;
    let claims: Claim[] | undefined;
    let sources: SourceList | undefined;
    if (document && checked) {
      const {settings, ignore} = await this.checks.settingsOf(document);
      if (this.claimsView.visible) claims = await this.claimsIn(document, checked, resolveSettings(settings).attribution.marker, ignore);
      if (this.sourcesView.visible && checked.text.length <= sourcesMaxLength) sources = this.sourcesIn(checked, settings);
      if (generation !== this.generation) return;
    }
    void commands.executeCommand('setContext', reviewContextKeys.checked, checked !== undefined);
    const name = document ? (document.uri.path.split('/').pop() ?? '') : undefined;
    const message = status?.state === 'too-large' ? 'This draft is too large for Copydesk to check (copydesk.maxFileSize).' : status?.state === 'stopped' ? status.reason : undefined;
    for (const view of [this.claimsView, this.repeatsView, this.sourcesView]) {
      view.description = name;
      view.message = message;
    }
    if (!uri || !checked) {
      for (const tree of [this.claimsTree, this.repeatsTree, this.sourcesTree]) tree.set([]);
      for (const view of [this.claimsView, this.repeatsView, this.sourcesView]) view.badge = undefined;
    } else {
      if (claims) {
        this.claimsTree.set(claimsByParagraph(checked.text, checked.format, claims).map((group) => ({type: 'paragraph', uri, group})));
        const open = claims.filter((claim) => claim.state === 'open').length;
        this.claimsView.badge = open > 0 ? {value: open, tooltip: plural(open, 'claim to source', 'claims to source')} : undefined;
      }
      const repeats = repeatsOf(checked.findings);
      this.repeatsTree.set(repeats.map((repeat) => ({type: 'repeat', uri, text: checked.text, repeat})));
      this.repeatsView.badge = repeats.length > 0 ? {value: repeats.length, tooltip: plural(repeats.length, 'repeat', 'repeats')} : undefined;
      if (sources) this.showSources(uri, sources);
      else if (this.sourcesView.visible) {
        this.sourcesTree.set([]);
        this.sourcesView.badge = undefined;
        this.sourcesView.message = message ?? `Copydesk lists the sources of drafts up to ${sourcesMaxLength.toLocaleString('en')} characters; this one is longer.`;
      }
    }
    this.listed = uri ? {uri: uri.toString(), version: checked?.version} : undefined;
    this.refreshed.fire(this.snapshot);
  }

  /** The draft's sources, read again only when its text or settings changed, less those inside exact repeats. */
  private sourcesIn(checked: CheckedDocument, settings: PartialSettings): SourceList {
    const key = JSON.stringify(settings);
    if (this.sourcesRead?.text !== checked.text || this.sourcesRead.settings !== key) {
      this.sourcesRead = {text: checked.text, settings: key, statements: readStatements(checked.text, checked.format, settings)};
    }
    return groupSources(unfolded(this.sourcesRead.statements, foldingRepeats(checked.findings)));
  }

  /** Named sources first (in the order they first speak), then the vague ones, then quotes with no speaker; the badge counts those. */
  private showSources(uri: Uri, {named, vague, unattributed}: SourceList): void {
    const roots: ReviewNode[] = named.map((source) => ({type: 'source', uri, source}));
    if (vague.length > 0) roots.push({type: 'vague-sources', uri, sources: vague});
    if (unattributed.length > 0) roots.push({type: 'unattributed-quotes', uri, statements: unattributed});
    this.sourcesTree.set(roots);
    this.sourcesView.badge = unattributed.length > 0 ? {value: unattributed.length, tooltip: plural(unattributed.length, 'quote with no speaker', 'quotes with no speaker')} : undefined;
  }

  /** The claims of a result, with those a marker or an ignore hides when the draft may hold any. */
  private async claimsIn(document: TextDocument, checked: CheckedDocument, marker: string, ignore: readonly string[]): Promise<Claim[]> {
    let unfiltered: Finding[] | undefined;
    if (mayHideClaims(checked.text, checked.format, marker, ignore)) {
      this.keptFor = document.uri.toString();
      try {
        unfiltered = await this.checks.checkUnignored(document, maskHidingMarks(checked.text, checked.format, marker), checked.format, unignoredKey(document.uri));
      } catch {
        // The draft's own check reports failures; the list then shows what it published.
        unfiltered = undefined;
      }
    }
    return claimsOf(checked.text, checked.findings, unfiltered, marker);
  }

  private forgetKept(): void {
    if (this.keptFor === undefined) return;
    this.checks.forgetCheck(`review:${this.keptFor}`);
    this.keptFor = undefined;
  }
}

/** The engine's key for the second check of a draft shown in the view. */
function unignoredKey(uri: Uri): string {
  return `review:${uri.toString()}`;
}
