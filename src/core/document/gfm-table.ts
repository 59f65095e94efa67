import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmTable} from 'micromark-extension-gfm-table';
import type {Processor} from 'unified';

/**
 * remark plugin: GitHub-flavoured tables and nothing else of GFM. Tables
 * matter (their rows are not prose); autolinks, footnotes and strikethrough
 * change no words, and their tokenizers more than double remark's parse
 * time on long drafts.
 */
export default function remarkGfmTable(this: Processor): void {
  const data = this.data() as {micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[]};
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
