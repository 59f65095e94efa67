import type {BlockKind, Prose} from './block.js';
import {splitLines} from './chunks.js';
import type {ChunkBlock} from './markdown-blocks.js';
import {lineKind, wrapWidth} from './plaintext-lines.js';
import {proseReader, readVerbatim} from './read-prose.js';

/** The prose of a block of plain text (`source`, all of it prose), parsed and read as `kind`. */
export type VerbatimReader = (source: string, kind: BlockKind) => Prose;

const defaultReader = proseReader();

/** A title line holds at most this many words. */
const titleMaxWords = 14;

const sentenceEnd = /[.!?…:;,"'”’)\]]\s*$/u;

/**
 * Blocks of a plain-text chunk (a run of non-blank lines).
 *
 * - A line that is wholly bold (`**…**`, `__…__`) is a heading, and a line
 *   with no letters or digits (`* * *`, `—`) a separator.
 * - A line starting with a bullet or a number (`- `, `1. `) is a list item.
 * - The other lines form runs of prose. A run in which some line other than
 *   the last is longer than {@link wrapWidth} is written one paragraph a
 *   line; otherwise it is one hard-wrapped paragraph.
 * - A title line is a heading: at most 14 words, starting with a capital or
 *   a digit, with no sentence-ending punctuation, standing alone between
 *   blank lines or in a one-paragraph-a-line run, or heading a wrapped
 *   paragraph whose next line is much longer than it.
 */
export function plaintextBlocks(text: string, read: VerbatimReader = (source, kind) => readVerbatim(defaultReader, source, kind)): ChunkBlock[] {
  const lines = splitLines(text);
  const blocks: ChunkBlock[] = [];
  let run: typeof lines = [];

  const flush = () => {
    if (run.length > 0) proseRun(text, run, blocks, read);
    run = [];
  };

  for (const line of lines) {
    const kind = lineKind(line.text);
    if (kind === 'bold') {
      flush();
      blocks.push(withProse(text, read, {kind: 'heading', start: line.start, end: line.end, headingStyle: 'bold'}));
    } else if (kind === 'separator') {
      flush();
      if (line.text.trim()) blocks.push({kind: 'separator', start: line.start, end: line.end});
    } else if (kind === 'list-item') {
      flush();
      blocks.push(withProse(text, read, {kind: 'list-item', start: line.start, end: line.end}));
    } else {
      run.push(line);
    }
  }
  flush();
  return blocks;
}

function proseRun(text: string, run: Array<{start: number; end: number; text: string}>, blocks: ChunkBlock[], read: VerbatimReader): void {
  const linePerParagraph = run.slice(0, -1).some((line) => line.text.length > wrapWidth);
  if (run.length === 1 || linePerParagraph) {
    for (const line of run) {
      const kind = isTitle(line.text) ? 'heading' : 'paragraph';
      blocks.push(withProse(text, read, {kind, start: line.start, end: line.end, ...(kind === 'heading' ? {headingStyle: 'title-line' as const} : {})}));
    }
    return;
  }
  let first = 0;
  if (isTitle(run[0].text) && run[0].text.trim().length <= 0.6 * run[1].text.trim().length) {
    blocks.push(withProse(text, read, {kind: 'heading', start: run[0].start, end: run[0].end, headingStyle: 'title-line'}));
    first = 1;
  }
  blocks.push(withProse(text, read, {kind: 'paragraph', start: run[first].start, end: run[run.length - 1].end}));
}

/** Whether a line reads as a title rather than a sentence. */
export function isTitle(line: string): boolean {
  const trimmed = line.trim();
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(trimmed) || sentenceEnd.test(trimmed)) return false;
  const wordCount = trimmed.split(/\s+/).length;
  return wordCount <= titleMaxWords;
}

function withProse(text: string, read: VerbatimReader, block: ChunkBlock): ChunkBlock {
  return {...block, prose: read(text.slice(block.start, block.end), block.kind)};
}
