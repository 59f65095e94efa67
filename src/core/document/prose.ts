import type {Paragraph, Root as NlcstRoot} from 'nlcst';
import type {Node, Position} from 'unist';
import {english} from './english-parser.js';

/** Data on a parsed paragraph whose words are its block's text verbatim. */
export interface VerbatimData {
  /** The block's source text, which the paragraph covers from offset 0 with no markup left out. */
  source: string;
}

/**
 * Parse a block whose text is all prose (plain text, or Markdown with no
 * markup) into one nlcst paragraph. Its offsets already start at 0, and the
 * source text rides along so that folding it needs no walk over the tree.
 */
export function parseVerbatim(text: string): Paragraph {
  const paragraph = mergeParagraphs(english.parse(text));
  paragraph.data = {source: text} as Paragraph['data'];
  return paragraph;
}

/** The source text of a paragraph parsed by {@link parseVerbatim}, if it was. */
export function verbatimSource(paragraph: Paragraph): string | undefined {
  return (paragraph.data as Partial<VerbatimData> | undefined)?.source;
}

/**
 * Merge the paragraphs a parser returns for one block into a single
 * paragraph (a block is one paragraph to an editor however it is wrapped).
 */
export function mergeParagraphs(root: NlcstRoot): Paragraph {
  const children: Paragraph['children'] = [];
  for (const child of root.children) {
    if (child.type === 'ParagraphNode') children.push(...child.children);
    else if (child.type === 'WhiteSpaceNode') children.push(child);
  }
  return {type: 'ParagraphNode', children};
}

/**
 * Shift every offset in a parsed paragraph so that 0 is the start of its
 * block: the paragraph can then be cached by content and reused wherever the
 * block moves. Lines and columns are dropped as they would go stale.
 */
export function rebase(paragraph: Paragraph, base: number): Paragraph {
  shift(paragraph as Node, base);
  return paragraph;
}

function shift(node: Node, base: number): void {
  if (node.position) node.position = relative(node.position, base);
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as Node[]) shift(child, base);
  }
}

function relative(position: Position, base: number): Position {
  return {
    start: {line: 1, column: 1, offset: (position.start.offset ?? 0) - base},
    end: {line: 1, column: 1, offset: (position.end.offset ?? 0) - base}
  };
}
