import type {Paragraph} from 'nlcst';
import {toString} from 'nlcst-to-string';
import {editorialMarkers, markerRemover} from '../text/editorial-markers.js';
import {foldHeading} from '../text/normalize.js';
import {paragraphText} from '../text/paragraph-text.js';
import type {ParagraphFacts} from '../attribution/discourse.js';
import type {Finding} from '../types.js';
import type {BlockKind, Prose} from './block.js';
import type {Markup} from './markup.js';
import {parseVerbatim} from './prose.js';

/**
 * Reads a block's freshly parsed prose into what is kept of it. `paragraph`
 * has offsets relative to the block, and `source` is the block's text
 * (markup included), which the offsets point into; `markup` is the inline markup
 * of a Markdown block (see Markup).
 */
export type ProseReader = (paragraph: Paragraph, kind: BlockKind, source: string, markup?: Markup[]) => Prose;

/**
 * The findings of the paragraph rules on one parsed paragraph, relative to
 * its block, and what the attribution rule leaves for the document to
 * settle (see ParagraphFindings).
 */
export type ParagraphRules = (paragraph: Paragraph, kind: BlockKind, source: string) => {findings: Finding[]; attribution?: ParagraphFacts};

/**
 * A reader that keeps what the document rules compare and, if given, runs
 * the paragraph rules on the tree while it is at hand. `markers` (editorial
 * markers such as `[source?]`) are left out of what the repeat rules
 * compare.
 */
export function proseReader(paragraphRules?: ParagraphRules, markers: readonly string[] = editorialMarkers): ProseReader {
  const withoutMarkers = markerRemover(markers);
  return (paragraph, kind, source, markup) => {
    const found = paragraphRules?.(paragraph, kind, source);
    return {
      kind,
      markup: markup && markup.length > 0 ? markup : undefined,
      text: kind === 'paragraph' || kind === 'list-item' ? paragraphText(paragraph, withoutMarkers) : undefined,
      heading: kind === 'heading' ? foldHeading(toString(paragraph)) : undefined,
      findings: found?.findings ?? [],
      attribution: found?.attribution
    };
  };
}

/** Parse a block that is all prose (no markup) and read it. */
export function readVerbatim(read: ProseReader, source: string, kind: BlockKind): Prose {
  return read(parseVerbatim(source), kind, source);
}
