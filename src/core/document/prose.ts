import type {Paragraph, Root as NlcstRoot} from 'nlcst';
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
    // One at a time: spreading a long paragraph's sentences into push() overflows the stack.
    if (child.type === 'ParagraphNode') for (const sentence of child.children) children.push(sentence);
    else if (child.type === 'WhiteSpaceNode') children.push(child);
  }
  return {type: 'ParagraphNode', children};
}
