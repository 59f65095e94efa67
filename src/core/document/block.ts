import type {Paragraph} from 'nlcst';
import type {RuleId} from '../types.js';

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
   * The prose of the block as an nlcst paragraph, for paragraphs, headings
   * and list items. Offsets inside it (`position.start.offset`) are relative
   * to `start`, so the same parsed paragraph can be cached by content and
   * reused wherever the block moves; lines and columns inside it are not
   * meaningful. Markup (emphasis markers, link targets, inline code) is not
   * part of the words.
   */
  paragraph?: Paragraph;
  /** A Copydesk comment (`<!-- copydesk-… -->`) that silences findings. */
  directive?: Directive;
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
