import type {Markup} from './markup.js';
import type {ParagraphText} from '../text/paragraph-text.js';
import type {ParagraphFacts} from '../attribution/discourse.js';
import type {Finding, RuleId} from '../types.js';

/** What a block of the document is to an editor. */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'code'
  | 'table'
  | 'separator'
  | 'html'
  | 'frontmatter';

/** How a heading is written. */
export type HeadingStyle = 'atx' | 'setext' | 'bold' | 'title-line';

/**
 * One block of a draft: a paragraph, heading, list item or a block that is
 * not prose (code, table, separator…).
 *
 * Offsets are 0-based UTF-16 indices into the whole document.
 */
export interface Block {
  kind: BlockKind;
  /** Offset of the first character of the block's content. */
  start: number;
  /** Offset just past the last character of the block's content. */
  end: number;
  /** Heading level (1–6) where the layout says it. */
  headingDepth?: number;
  headingStyle?: HeadingStyle;
  /**
   * What was read of the block's prose, for paragraphs, headings and list
   * items. Markup (emphasis markers, link targets, inline code) is not part
   * of it.
   */
  prose?: Prose;
  /** A Copydesk comment (`<!-- copydesk-… -->`) that silences findings. */
  directive?: Directive;
}

/**
 * What the checker keeps of a block's prose. A block's words are parsed
 * (into nlcst) and read once, when its text is first seen: the paragraph
 * rules run on the tree then, and what the document rules compare is taken
 * from it. The tree itself is not kept. The trees of a long draft, kept from
 * check to check, made up most of its memory, and every garbage collection
 * had to walk them.
 *
 * Everything here is relative to the block, so it holds wherever the block
 * moves: offset 0, line 1 and column 1 are the block's first character.
 */
export interface Prose {
  /** The kind of block it was read as (a plain-text line can be a title in one place and a paragraph in another). */
  kind: BlockKind;
  /** The inline markup of a Markdown block (emphasis, links, HTML, code, images), if it has any. */
  markup: Markup[] | undefined;
  /** For paragraphs and list items: the folded text and sentences the repeat rules compare. */
  text: ParagraphText | undefined;
  /** For headings: the folded heading text that `repeated-heading` compares. */
  heading: string | undefined;
  /** Findings of the rules that read one paragraph at a time (see ParagraphFindings). */
  findings: Finding[];
  /** What the attribution rule's reading of this paragraph leaves for the document to settle (see ParagraphFindings). */
  attribution: ParagraphFacts | undefined;
}

/**
 * A Markdown comment that silences findings: `copydesk-ignore-next-line`
 * (the next line, and the whole block starting there), `copydesk-disable`
 * and `copydesk-enable`, each optionally followed by rule ids (none: all).
 */
export interface Directive {
  type: 'ignore-next-line' | 'disable' | 'enable';
  rules: RuleId[];
}
