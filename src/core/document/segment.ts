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
      blocks.push({...block, start: block.start + chunk.start, end: block.end + chunk.start});
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
