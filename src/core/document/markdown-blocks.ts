import type {Nodes, Paragraph as MdParagraph, Parent, RootContent} from 'mdast';
import {toNlcst} from 'mdast-util-to-nlcst';
import {ParseEnglish} from 'parse-english';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import type {Block} from './block.js';
import {parseDirective} from './directives.js';
import remarkGfmTable from './gfm-table.js';
import {mergeParagraphs, parseVerbatim, rebase} from './prose.js';

const markdown = unified().use(remarkParse).use(remarkGfmTable).freeze();
const english = new ParseEnglish();

/** A block with offsets relative to its chunk, before removal ranges are known. */
export type ChunkBlock = Omit<Block, 'removeStart' | 'removeEnd'>;

/**
 * Blocks of a Markdown chunk, read by remark so that headings, code, tables,
 * lists and block quotes are known as what they are.
 */
export function markdownBlocks(text: string): ChunkBlock[] {
  if (isPlainProse(text)) {
    // Most of a draft is plain paragraphs: they need no Markdown parser.
    return [{kind: 'paragraph', start: 0, end: text.length, paragraph: parseVerbatim(text)}];
  }
  const tree = markdown.parse(text);
  const file = new VFile(text);
  const blocks: ChunkBlock[] = [];
  for (const child of tree.children) visitBlock(child, blocks, file);
  return blocks;
}

function visitBlock(node: RootContent, blocks: ChunkBlock[], file: VFile): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  switch (node.type) {
    case 'heading': {
      const atx = /^\s*#/.test(String(file.value).slice(start, end));
      blocks.push({kind: 'heading', start, end, headingDepth: node.depth, headingStyle: atx ? 'atx' : 'setext', paragraph: prose(node, file, start)});
      return;
    }
    case 'paragraph': {
      blocks.push(paragraphBlock(node, file, start, end));
      return;
    }
    case 'list': {
      for (const item of node.children) {
        const itemStart = item.position?.start.offset;
        const itemEnd = item.position?.end.offset;
        const only = item.children.length === 1 ? item.children[0] : undefined;
        if (only?.type === 'paragraph' && itemStart !== undefined && itemEnd !== undefined) {
          // A one-paragraph item goes as a whole, so deleting it takes the bullet too.
          blocks.push({kind: 'list-item', start: itemStart, end: itemEnd, paragraph: prose(only, file, itemStart)});
        } else {
          for (const child of item.children) visitBlock(child, blocks, file);
        }
      }
      return;
    }
    case 'blockquote':
    case 'footnoteDefinition': {
      for (const child of (node as Parent).children) visitBlock(child as RootContent, blocks, file);
      return;
    }
    case 'code': {
      blocks.push({kind: 'code', start, end});
      return;
    }
    case 'table': {
      blocks.push({kind: 'table', start, end});
      return;
    }
    case 'thematicBreak': {
      blocks.push({kind: 'separator', start, end});
      return;
    }
    case 'html': {
      blocks.push({kind: 'html', start, end, directive: parseDirective(node.value)});
      return;
    }
    default:
      // Definitions and the like hold no prose.
      return;
  }
}

/** A line start that may open a block construct or continue a container. */
const blockStart = /^(?:[\s#>*+=|~`<[_-]|\d+[.)])/;
/** Characters that may be inline markup, an escape or an entity. */
const inlineMarkup = /[*_`[\]<>\\&|~!]|\s\s\r?$/m;

/**
 * Whether a chunk is one paragraph of plain words that remark would return
 * as a single text node: no line opens a block construct and no character
 * could be inline markup, an escape, an entity or a hard break.
 */
export function isPlainProse(text: string): boolean {
  if (inlineMarkup.test(text)) return false;
  for (const line of text.split('\n')) if (blockStart.test(line)) return false;
  return /[\p{L}\p{N}]/u.test(text);
}

function paragraphBlock(node: MdParagraph, file: VFile, start: number, end: number): ChunkBlock {
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const paragraph = prose(node, file, start);
  if (!/[\p{L}\p{N}]/u.test(String(file.value).slice(start, end))) {
    // A line of dashes or asterisks that Markdown reads as text: `—`, `* * *` after text.
    return {kind: 'separator', start, end};
  }
  if (content.length === 1 && content[0].type === 'strong') {
    return {kind: 'heading', start, end, headingStyle: 'bold', paragraph};
  }
  return {kind: 'paragraph', start, end, paragraph};
}

function prose(node: Nodes, file: VFile, base: number) {
  return rebase(mergeParagraphs(toNlcst(node, file, english)), base);
}
