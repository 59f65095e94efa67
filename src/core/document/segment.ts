import type {Paragraph} from 'nlcst';
import type {Format} from '../types.js';
import type {Block} from './block.js';
import {splitChunks} from './chunks.js';
import {markdownBlocks, type ChunkBlock} from './markdown-blocks.js';
import {plaintextBlocks} from './plaintext-blocks.js';
import {parseVerbatim, verbatimSource} from './prose.js';

/**
 * Parsed chunks by format and content, and parsed plain-text paragraphs by
 * content (a plain-text draft written one paragraph a line may be a single
 * chunk). A checker keeps one per document and swaps it for the one the
 * latest check filled, so memory follows the document and an edit re-parses
 * only what changed.
 */
export interface ChunkCache {
  chunks: Map<string, ChunkBlock[]>;
  prose: Map<string, Paragraph>;
}

/** The blocks of a document, with a cache of parsed chunks to reuse and the one to keep. */
export function segment(text: string, format: Format, previous?: ChunkCache): {blocks: Block[]; cache: ChunkCache} {
  const cache: ChunkCache = {chunks: new Map(), prose: new Map()};
  const parse = (slice: string): Paragraph => {
    let paragraph = cache.prose.get(slice) ?? previous?.prose.get(slice);
    if (!paragraph) paragraph = parseVerbatim(slice);
    cache.prose.set(slice, paragraph);
    return paragraph;
  };
  const blocks: Block[] = [];
  for (const chunk of splitChunks(text, format)) {
    let chunkBlocks: ChunkBlock[] | undefined;
    if (chunk.frontmatter) {
      // Not cached: the same text further down would be Markdown, not metadata.
      chunkBlocks = [{kind: 'frontmatter', start: 0, end: chunk.text.length}];
    } else {
      chunkBlocks = cache.chunks.get(chunk.text);
      if (!chunkBlocks) {
        chunkBlocks = previous?.chunks.get(chunk.text);
        // A reused chunk keeps its parsed paragraphs in the new cache too, or the
        // next edit inside it would find none of them and re-parse them all.
        if (chunkBlocks) keepParagraphs(chunkBlocks, cache);
        else chunkBlocks = parseChunk(chunk.text, format, parse);
      }
      cache.chunks.set(chunk.text, chunkBlocks);
    }
    for (const block of chunkBlocks) {
      const start = block.start + chunk.start;
      const end = block.end + chunk.start;
      blocks.push({...block, start, end, ...removalRange(text, start, end)});
    }
  }
  return {blocks, cache};
}

function keepParagraphs(blocks: ChunkBlock[], cache: ChunkCache): void {
  for (const block of blocks) {
    const source = block.paragraph && verbatimSource(block.paragraph);
    if (source !== undefined && block.paragraph) cache.prose.set(source, block.paragraph);
  }
}

function parseChunk(text: string, format: Format, parse: (text: string) => Paragraph): ChunkBlock[] {
  return format === 'markdown' ? markdownBlocks(text) : plaintextBlocks(text, parse);
}

/**
 * What deleting a block removes: its whole lines with their line break, and
 * the blank lines after it when blank lines also precede it (or it opens the
 * document), so the paragraphs around it keep one blank line between them.
 * The last block of a document takes the blank lines before it instead.
 */
export function removalRange(text: string, start: number, end: number): {removeStart: number; removeEnd: number} {
  let removeStart = text.lastIndexOf('\n', start - 1) + 1;
  // Keep what precedes the block on its first line when it is not just indentation or markers.
  if (!/^[\s>]*$/.test(text.slice(removeStart, start))) removeStart = start;
  let removeEnd = text.indexOf('\n', end);
  removeEnd = removeEnd === -1 ? text.length : removeEnd + 1;
  if (text.slice(end, removeEnd).trim() !== '') removeEnd = end;

  const blankBefore = removeStart === 0 || /\n[ \t]*\r?\n$/.test(text.slice(Math.max(0, removeStart - 64), removeStart));
  const after = /^(?:[ \t]*\r?\n)+/.exec(text.slice(removeEnd));
  if (blankBefore && after && removeEnd + after[0].length < text.length) {
    removeEnd += after[0].length;
  } else if (blankBefore && removeStart > 0 && text.slice(removeEnd).trim() === '') {
    // The last block: take the blank lines before it, keeping the line break that ends the text before.
    let previous = removeStart;
    while (previous > 0 && /\s/.test(text[previous - 1])) previous--;
    removeStart = text.indexOf('\n', previous) + 1;
    removeEnd = text.length;
  }
  return {removeStart, removeEnd};
}
