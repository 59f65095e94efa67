import type {Paragraph, Root} from 'nlcst';
import type {Processor} from 'unified';
import {VFile} from 'vfile';
import type {Block, Prose} from './document/block.js';
import type {ParagraphRules} from './document/read-prose.js';
import {messagesToFindings} from './findings.js';
import {lineIndexOf, lineStarts} from './report.js';
import {keepShape} from './shapes.js';
import {detached} from './text/detached.js';
import type {Finding, Settings, Span} from './types.js';
import {resolveArticle, type ParagraphFacts} from './attribution/discourse.js';

/**
 * Run the rules that read one paragraph at a time (today,
 * `needs-attribution`) on each paragraph alone, as if it were the whole
 * document: what they find is relative to the paragraph, so it holds for as
 * long as the paragraph's text is unchanged, wherever it moves.
 */
export function paragraphRules(processor: Processor, settings: Settings): ParagraphRules {
  return (paragraph, kind, text) => {
    // Findings hold slices of their source: detached, they keep only the paragraph alive, not the chunk or document it was cut from.
    const source = detached(text);
    const starts = lineStarts(source);
    const block: Block = {kind, start: 0, end: source.length};
    const file = new VFile({value: source, data: {lineStarts: starts}});
    const tree: Root = {type: 'RootNode', children: [{type: 'ParagraphNode', children: paragraph.children, data: {block} as Paragraph['data']}]};
    processor.runSync(tree as never, file);
    // The file is dropped after each paragraph: the latest kept holds the shapes of vfiles and their messages (see shapes.ts).
    keepShape('paragraph-file', file);
    const attribution = (file.data.attribution as Array<ParagraphFacts | undefined> | undefined)?.[0];
    return {findings: messagesToFindings(file, starts, settings), attribution};
  };
}

/** A paragraph's findings where it stood in the last check. */
interface Placement {
  prose: Prose;
  line: number;
  column: number;
  findings: Finding[];
}

/**
 * The findings of the paragraph rules ({@link paragraphRules}), read with
 * each block's prose, placed where each block stands. A re-check after an
 * edit builds new finding objects only for paragraphs that moved.
 *
 * Findings handed out are shared between checks: callers must not mutate them.
 */
export class ParagraphFindings {
  /** Placements of the last check, by the offset of the paragraph's block. */
  private placed = new Map<number, Placement>();

  /**
   * The findings of every block with prose, in document order (each
   * block's sorted by position), without the claims that the paragraphs
   * around them settle otherwise (a quotation whose speaker the paragraph
   * before names; see resolveArticle).
   */
  collect(blocks: readonly Block[], starts: number[]): Finding[] {
    const placed = new Map<number, Placement>();
    // One entry per block: a paragraph's facts; anything else (a heading, a table) ends a run of quotation.
    const facts: Array<ParagraphFacts | undefined> = [];
    const findings: Finding[][] = [];
    let open = false;
    for (const block of blocks) {
      const prose = block.prose;
      findings.push(prose ? this.place(block, prose, starts, placed).findings : []);
      const attribution = prose && (prose.kind === 'paragraph' || prose.kind === 'list-item') ? prose.attribution : undefined;
      facts.push(attribution);
      open ||= attribution !== undefined && attribution.conditions.length > 0;
    }
    this.placed = placed;
    // Most paragraphs leave nothing open: then there is nothing to settle.
    const dropped = open ? resolveArticle(facts) : [];
    const all: Finding[] = [];
    for (let index = 0; index < blocks.length; index++) {
      const gone = dropped[index];
      for (const finding of findings[index]) if (!gone || finding.rule !== 'needs-attribution' || !gone.has(finding.offset - blocks[index].start)) all.push(finding);
    }
    return all;
  }

  /** Where a block's findings stand now: the last check's placement if the block did not move, else moved anew. */
  private place(block: Block, prose: Prose, starts: number[], placed: Map<number, Placement>): Placement {
    const line = lineIndexOf(starts, block.start);
    const column = block.start - starts[line];
    let placement = this.placed.get(block.start);
    if (placement?.prose !== prose || placement.line !== line || placement.column !== column) {
      const relative = prose.findings;
      placement = {prose, line, column, findings: relative.length === 0 ? relative : relative.map((finding) => moveFinding(finding, block.start, line, column))};
    }
    placed.set(block.start, placement);
    return placement;
  }
}

/**
 * A finding of a paragraph checked alone, moved to where the paragraph
 * stands: `line` is the 0-based line and `column` the 0-based column of its
 * first character. Columns move only on the paragraph's first line; its
 * later lines start at the start of a document line either way.
 */
function moveFinding(finding: Finding, start: number, line: number, column: number): Finding {
  // Built field by field (no spreading, no intermediate objects): this runs for every finding after an
  // edit, and what it builds lives until the next check, so every object saved is one the collector need not move.
  const moved: Finding = {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    kind: finding.kind,
    url: finding.url,
    line: 0,
    column: 0,
    endLine: 0,
    endColumn: 0,
    offset: 0,
    endOffset: 0,
    // An empty list is shared with the finding moved (findings are read-only).
    related: finding.related.length === 0 ? finding.related : finding.related.map((span) => moveSpan({line: 0, column: 0, endLine: 0, endColumn: 0, offset: 0, endOffset: 0}, span, start, line, column)),
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      action: fix.action,
      edits: fix.edits.map((edit) => moveSpan({line: 0, column: 0, endLine: 0, endColumn: 0, offset: 0, endOffset: 0, newText: edit.newText}, edit, start, line, column))
    })),
    actual: finding.actual,
    ignoreKey: finding.ignoreKey
  };
  return moveSpan(moved, finding, start, line, column);
}

/** Give `target` the place of `span` moved as {@link moveFinding} says; returns `target`. */
function moveSpan<T extends Span>(target: T, span: Span, start: number, line: number, column: number): T {
  target.line = span.line + line;
  target.column = span.line === 1 ? span.column + column : span.column;
  target.endLine = span.endLine + line;
  target.endColumn = span.endLine === 1 ? span.endColumn + column : span.endColumn;
  target.offset = span.offset + start;
  target.endOffset = span.endOffset + start;
  return target;
}
