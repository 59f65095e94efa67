/**
 * Public types of the checking core. Nothing here knows about VS Code or
 * the file system: the same shapes travel to the command line's JSON report
 * (see docs/cli-json.md) and to the editor's diagnostics.
 */

/** Identifiers of the rules Copydesk ships. */
export type RuleId = 'duplicate-paragraph' | 'repeated-heading' | 'needs-attribution';

/** How loudly a rule reports; `off` disables it. */
export type Severity = 'error' | 'warning' | 'info';

/** A rule's configured level. */
export type RuleLevel = Severity | 'off';

/** Input formats the core understands. */
export type Format = 'markdown' | 'plaintext';

/** How eagerly the attribution rule flags claims. */
export type Sensitivity = 'strict' | 'balanced' | 'lenient';

/** Kinds of `duplicate-paragraph` findings. */
export type DuplicateKind = 'exact' | 'near' | 'passage';

/** Kinds of `needs-attribution` findings, as in the attribution guide. */
export type AttributionKind =
  | 'statistic'
  | 'causal'
  | 'evaluative'
  | 'intent'
  | 'prediction'
  | 'vague-source'
  | 'unattributed-quote'
  | 'allegation';

/** A span of the document: 1-based lines and columns, `endColumn` exclusive; offsets are 0-based UTF-16 indices. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based UTF-16 offset of the start. */
  offset: number;
  /** 0-based UTF-16 offset just past the end. */
  endOffset: number;
}

/**
 * A place a finding points at: the earlier copy of a repeat. `file` is set
 * when that copy is in another draft (a repeat across drafts): the path or
 * URI the adapter named that draft by; otherwise the place is in the same
 * document.
 */
export interface RelatedSpan extends Span {
  file?: string;
}

/** One text replacement, in the coordinates of the document as it was checked. */
export interface Edit extends Span {
  newText: string;
}

/** A quick fix: a title an editor understands and the edits it applies. */
export interface Fix {
  title: string;
  /**
   * What the fix does, for adapters that treat fixes differently:
   * `delete-repeat` removes a repeated copy (safe to apply unattended for
   * exact repeats), `add-attribution` inserts `, according to SOURCE`,
   * `mark-source` inserts the needs-a-source marker.
   */
  action: 'delete-repeat' | 'add-attribution' | 'mark-source';
  edits: Edit[];
}

/** One finding, in the shape of the command line's JSON report (plus offsets). */
export interface Finding extends Span {
  rule: RuleId;
  severity: Severity;
  message: string;
  kind: DuplicateKind | AttributionKind | 'exact';
  /** Link to the rule's documentation. */
  url: string;
  /** The earlier copy, for repeats (in another draft when it has a `file`). */
  related: RelatedSpan[];
  fixes: Fix[];
  /** Text of the document at the finding's span. */
  actual: string;
  /**
   * The normalised text of the sentence (attribution) or paragraph/heading
   * (repeats) the finding is about. Listing it in `CheckOptions.ignore`
   * silences the finding until that text changes.
   */
  ignoreKey: string;
}

/** Options of the `duplicate-paragraph` rule. */
export interface DuplicateSettings {
  /** Paragraphs with fewer words are never compared. Default 8. */
  minWords: number;
  /** Similarity (0–1) at or above which a paragraph is a near copy. Default 0.8. */
  nearThreshold: number;
  /** Minimum words in a repeated run of sentences inside another paragraph. Default 25. */
  passageMinWords: number;
}

/** Options of the `needs-attribution` rule. */
export interface AttributionSettings {
  sensitivity: Sensitivity;
  /** Extra verbs (base form, e.g. `concede`) that report what a source said. */
  reportingVerbs: string[];
  /** Phrases to treat as named sources (e.g. `the desk`, `our correspondent`). */
  namedSources: string[];
  /** Marker the "mark as needing a source" fix inserts; a sentence carrying it is not flagged. Default `[source?]`. */
  marker: string;
}

/** Everything a checker can be told. */
export interface Settings {
  rules: Record<RuleId, RuleLevel>;
  duplicates: DuplicateSettings;
  attribution: AttributionSettings;
}

/** Settings as a user writes them: any part may be left out. */
export interface PartialSettings {
  rules?: Partial<Record<RuleId, RuleLevel>>;
  duplicates?: Partial<DuplicateSettings>;
  attribution?: Partial<AttributionSettings>;
}

/** Options of one check. */
export interface CheckOptions {
  format?: Format;
  /**
   * Findings to leave out (plain text has no comments to silence a finding
   * with): `rule:ignoreKey` entries (see `ignoreEntry`), or bare `ignoreKey`s,
   * which silence every rule's finding on that text.
   */
  ignore?: readonly string[];
}
