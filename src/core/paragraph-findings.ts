import type {Paragraph, Root} from 'nlcst';
import type {Processor} from 'unified';
import {VFile} from 'vfile';
import type {Block, BlockKind} from './document/block.js';
import {messagesToFindings} from './findings.js';
import {lineIndexOf, lineStarts} from './report.js';
import {detached} from './text/detached.js';
import type {Edit, Finding, Settings, Span} from './types.js';

/** A paragraph's findings where it stood in the last check. */
interface Placement {
  children: Paragraph['children'];
  line: number;
  column: number;
  findings: Finding[];
}

/** Findings of one parsed paragraph, relative to its start, and the block kind they were found for. */
interface Relative {
  kind: BlockKind;
  findings: Finding[];
}

/**
 * Findings of the rules that read one paragraph at a time (today,
 * `needs-attribution`). Such rules run on each paragraph alone, as if it
 * were the whole document, so what they find is relative to the paragraph:
 * it is kept for as long as the parsed paragraph is (that is, while its
 * text is unchanged) and moved to wherever the paragraph stands. A re-check
 * after an edit runs these rules on the edited paragraphs only, and builds
 * new finding objects only for paragraphs that moved.
 *
 * Findings handed out are shared between checks: callers must not mutate them.
 */
export class ParagraphFindings {
  private readonly relative = new WeakMap<Paragraph['children'], Relative>();
  /** Placements of the last check, by the offset of the paragraph's block. */
  private placed = new Map<number, Placement>();

  constructor(
    private readonly processor: Processor,
    private readonly settings: Settings
  ) {}

  /** The findings of every block with prose, in document order (each block's sorted by position). */
  collect(text: string, blocks: readonly Block[], starts: number[]): Finding[] {
    const placed = new Map<number, Placement>();
    const findings: Finding[] = [];
    for (const block of blocks) {
      if (!block.paragraph) continue;
      const children = block.paragraph.children;
      const line = lineIndexOf(starts, block.start);
      const column = block.start - starts[line];
      let placement = this.placed.get(block.start);
      if (placement?.children !== children || placement.line !== line || placement.column !== column) {
        const relative = this.relativeFindings(block, text);
        placement = {children, line, column, findings: relative.length === 0 ? relative : relative.map((finding) => moveFinding(finding, block.start, line, column))};
      }
      placed.set(block.start, placement);
      for (const finding of placement.findings) findings.push(finding);
    }
    this.placed = placed;
    return findings;
  }

  private relativeFindings(block: Block, text: string): Finding[] {
    const children = (block.paragraph as Paragraph).children;
    const known = this.relative.get(children);
    // A plain-text line parsed once may be a title in one place and a paragraph in another.
    if (known?.kind === block.kind) return known.findings;
    // Cached findings hold slices of the source: detached, they keep only the paragraph alive, not this version of the document.
    const source = detached(text.slice(block.start, block.end));
    const starts = lineStarts(source);
    const local: Block = {...block, start: 0, end: source.length};
    const file = new VFile({value: source, data: {lineStarts: starts}});
    const tree: Root = {type: 'RootNode', children: [{type: 'ParagraphNode', children, data: {block: local} as Paragraph['data']}]};
    this.processor.runSync(tree as never, file);
    const findings = messagesToFindings(file, starts, this.settings);
    this.relative.set(children, {kind: block.kind, findings});
    return findings;
  }
}

/**
 * A finding of a paragraph checked alone, moved to where the paragraph
 * stands: `line` is the 0-based line and `column` the 0-based column of its
 * first character. Columns move only on the paragraph's first line; its
 * later lines start at the start of a document line either way.
 */
function moveFinding(finding: Finding, start: number, line: number, column: number): Finding {
  const at = moveSpan(finding, start, line, column);
  // Copied field by field: object spread in the middle of a literal is a slow path in V8, and this runs for every finding that moved.
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    kind: finding.kind,
    url: finding.url,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    offset: at.offset,
    endOffset: at.endOffset,
    related: finding.related.map((span) => moveSpan(span, start, line, column)),
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      action: fix.action,
      edits: fix.edits.map((edit): Edit => Object.assign(moveSpan(edit, start, line, column), {newText: edit.newText}))
    })),
    actual: finding.actual,
    ignoreKey: finding.ignoreKey
  };
}

/** A span moved as {@link moveFinding} says. */
function moveSpan(span: Span, start: number, line: number, column: number): Span {
  return {
    line: span.line + line,
    column: span.line === 1 ? span.column + column : span.column,
    endLine: span.endLine + line,
    endColumn: span.endLine === 1 ? span.endColumn + column : span.endColumn,
    offset: span.offset + start,
    endOffset: span.endOffset + start
  };
}
