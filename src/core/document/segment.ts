import type {Format} from '../types.js';
import type {Block, BlockKind, Prose} from './block.js';
import {detached} from '../text/detached.js';
import {splitChunks} from './chunks.js';
import {markdownBlocks, type ChunkBlock} from './markdown-blocks.js';
import {plaintextBlocks, type VerbatimReader} from './plaintext-blocks.js';
import {proseReader, readVerbatim, type ProseReader} from './read-prose.js';

/**
 * Read chunks by content, and read plain-text paragraphs by content (a
 * plain-text chunk may hold several paragraphs, one a line, where the run
 * of lines could not be cut: an edit of one re-reads only that one). A
 * checker keeps one per document and format; each check marks what it used,
 * and what no check uses any more is dropped once it outnumbers what is in
 * use, so memory follows the document and an edit re-parses only what
 * changed.
 */
export interface ChunkCache {
  chunks: Map<string, CachedChunk>;
  prose: Map<string, Prose>;
  /** Checks made with this cache so far. */
  checks: number;
  /** Characters of all the chunks cached, used or not. */
  chars?: number;
  /** The text of the latest check and its chunks by offset, to find unchanged chunks without hashing their text. */
  latest?: {text: string; chunks: Map<number, CachedChunk>};
}

interface CachedChunk {
  /** The chunk's text, as the key it is cached under. */
  text: string;
  blocks: ChunkBlock[];
  /** The check that last used the chunk. */
  used: number;
  /** The blocks as last placed in a document, and where: reused while the chunk stays there. */
  placed?: {at: number; blocks: Block[]};
}

/**
 * Entries no check uses any more that a cache keeps before it sweeps them
 * out: enough that undoing recent edits finds their chunks parsed, few
 * enough that a long editing session does not pile up parsed text.
 */
export const staleAllowance = 64;

/**
 * The blocks of a document, reusing (and updating) the cache of an earlier
 * check. New prose is parsed and handed to `read`; a cache must always be
 * used with the same reader, as what it keeps is what that reader made.
 */
export function segment(text: string, format: Format, cache: ChunkCache = {chunks: new Map(), prose: new Map(), checks: 0}, read: ProseReader = proseReader()): {blocks: Block[]; cache: ChunkCache} {
  const check = ++cache.checks;
  const verbatim: VerbatimReader = (source: string, kind: BlockKind): Prose => {
    let prose = cache.prose.get(source);
    if (prose?.kind !== kind) {
      prose = readVerbatim(read, source, kind);
      cache.prose.set(source, prose);
    }
    return prose;
  };
  const blocks: Block[] = [];
  let liveChunks = 0;
  let liveChars = 0;
  const unchanged = unchangedChunks(text, cache.latest);
  const placed = new Map<number, CachedChunk>();
  for (const chunk of splitChunks(text, format)) {
    if (chunk.frontmatter) {
      // Not cached: the same text further down would be Markdown, not metadata.
      blocks.push({kind: 'frontmatter', start: chunk.start, end: chunk.start + chunk.text.length});
    } else {
      let cached = unchanged(chunk.start, chunk.text.length) ?? cache.chunks.get(chunk.text);
      if (!cached) {
        const own = detached(chunk.text);
        // Rebuilt by placeBlock: the parsers' objects may be built in ways that leave them slow to read, and these are read on every check.
        cached = {text: own, blocks: parseChunk(own, format, read, verbatim).map((block) => placeBlock(block, 0)), used: check};
        cache.chunks.set(own, cached);
        cache.chars = (cache.chars ?? 0) + own.length;
      }
      placed.set(chunk.start, cached);
      if (cached.used !== check) {
        liveChunks++;
        liveChars += cached.text.length;
      }
      cached.used = check;
      // Before an edit, chunks keep their place and their blocks; only those after it move.
      if (cached.placed?.at !== chunk.start) cached.placed = {at: chunk.start, blocks: cached.blocks.map((block) => placeBlock(block, chunk.start))};
      for (const block of cached.placed.blocks) blocks.push(block);
    }
  }
  cache.latest = {text, chunks: placed};
  // By count, and by size: a long run of lines that cannot be cut (a hard-wrapped paragraph) is one chunk, each edit of it a new one.
  const stale = cache.chunks.size > liveChunks + staleAllowance || (cache.chars ?? 0) > 2 * liveChars + staleAllowance * 1024;
  if (stale || cache.prose.size > blocks.length + staleAllowance) sweep(cache, check, format);
  return {blocks, cache};
}

/**
 * A finder of the chunks the latest check had at the same place in the
 * text both share before the edit, or at the same distance from the end in
 * the text both share after it. Looking a chunk up by its text means hashing
 * all of it, which for a long draft costs more than the rest of an
 * unchanged check; comparing the two texts once costs far less.
 */
function unchangedChunks(text: string, latest: ChunkCache['latest']): (start: number, length: number) => CachedChunk | undefined {
  if (!latest) return () => undefined;
  const before = latest.text;
  const prefix = commonPrefix(before, text);
  const suffix = commonSuffix(before, text, prefix);
  const shift = before.length - text.length;
  return (start, length) => {
    let at: number;
    if (start + length <= prefix) at = start;
    else if (start >= text.length - suffix) at = start + shift;
    else return undefined;
    const cached = latest.chunks.get(at);
    return cached?.text.length === length ? cached : undefined;
  };
}

/** How many characters two texts share at the start. Comparing slices a block at a time is a memory compare, far faster than a loop over characters. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  while (at + compareBlock <= limit && a.slice(at, at + compareBlock) === b.slice(at, at + compareBlock)) at += compareBlock;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many characters two texts share at the end, not counting the first `prefix` of either. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let length = 0;
  while (length + compareBlock <= limit && a.slice(a.length - length - compareBlock, a.length - length) === b.slice(b.length - length - compareBlock, b.length - length)) length += compareBlock;
  while (length < limit && a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)) length++;
  return length;
}

/** Characters compared at once when looking for the common start and end of two texts. */
const compareBlock = 1024;

/**
 * A chunk's block placed in the document. Built field by field: blocks come
 * in several shapes, and spreading objects of many shapes is a slow path.
 */
function placeBlock(block: ChunkBlock, offset: number): Block {
  const placed: Block = {kind: block.kind, start: block.start + offset, end: block.end + offset};
  if (block.headingDepth !== undefined) placed.headingDepth = block.headingDepth;
  if (block.headingStyle !== undefined) placed.headingStyle = block.headingStyle;
  if (block.prose !== undefined) placed.prose = block.prose;
  if (block.directive !== undefined) placed.directive = block.directive;
  return placed;
}

/** Drop the chunks the latest check did not use, and the read paragraphs no chunk it used holds. */
function sweep(cache: ChunkCache, check: number, format: Format): void {
  const prose = new Map<string, Prose>();
  let chars = 0;
  for (const [text, cached] of cache.chunks) {
    if (cached.used !== check) {
      cache.chunks.delete(text);
      continue;
    }
    chars += text.length;
    // Only plain text reads its paragraphs by their text (Markdown blocks are read with their chunk).
    if (format === 'plaintext') for (const block of cached.blocks) if (block.prose) prose.set(text.slice(block.start, block.end), block.prose);
  }
  cache.prose = prose;
  cache.chars = chars;
}

function parseChunk(text: string, format: Format, read: ProseReader, verbatim: VerbatimReader): ChunkBlock[] {
  return format === 'markdown' ? markdownBlocks(text, read) : plaintextBlocks(text, verbatim);
}
