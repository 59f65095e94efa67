import type {Paragraph, Sentence, SentenceContent} from 'nlcst';

/** A step parse-english runs on each paragraph it builds. */
export type ParagraphPlugin = (paragraph: Paragraph) => void;

const lineFeed = 10;
const carriageReturn = 13;

/** Whether white space holds two line breaks or more (`\r\n` is one break, as are a lone `\r` and `\n`). */
function holdsBlankLine(text: string): boolean {
  let breaks = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === carriageReturn) {
      if (text.charCodeAt(index + 1) === lineFeed) index++;
    } else if (code !== lineFeed) {
      continue;
    }
    if (++breaks === 2) return true;
  }
  return false;
}

/**
 * Split each sentence of a paragraph at inner white space that holds a blank
 * line, as parse-latin's own step does: the sentence ends before the white
 * space, which becomes the paragraph's child, and the rest is a new sentence
 * (itself split again further on). parse-latin finds such white space by
 * splitting every white-space token's text into lines, an array for each
 * space between two words; counting breaks allocates nothing.
 */
export function breakAtBlankLines(paragraph: Paragraph): void {
  const siblings = paragraph.children;
  for (let index = 0; index < siblings.length; index++) {
    const sentence = siblings[index];
    if (sentence.type !== 'SentenceNode') continue;
    const children = sentence.children;
    // The first and last tokens are never split at.
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position];
      if (node.type !== 'WhiteSpaceNode' || !holdsBlankLine(node.value)) continue;
      sentence.children = children.slice(0, position);
      const rest: Sentence = {type: 'SentenceNode', children: children.slice(position + 1)};
      const tail = children[position - 1];
      const head = children[position + 1];
      siblings.splice(index + 1, 0, node, rest);
      if (sentence.position && tail.position && head.position) {
        const end = sentence.position.end;
        sentence.position.end = tail.position.end;
        rest.position = {start: head.position.start, end};
      }
      break;
    }
  }
}

/** A one-sentence paragraph `a`, white space holding a blank line, `b`, with positions. */
function probe(): Paragraph {
  const at = (offset: number) => ({line: 1, column: offset + 1, offset});
  const token = (type: 'WordNode' | 'WhiteSpaceNode', value: string, start: number): SentenceContent =>
    type === 'WordNode'
      ? {type, children: [{type: 'TextNode', value, position: {start: at(start), end: at(start + value.length)}}], position: {start: at(start), end: at(start + value.length)}}
      : {type, value, position: {start: at(start), end: at(start + value.length)}};
  const children = [token('WordNode', 'a', 0), token('WhiteSpaceNode', '\n\n', 1), token('WordNode', 'b', 3)];
  return {type: 'ParagraphNode', children: [{type: 'SentenceNode', children, position: {start: at(0), end: at(4)}}], position: {start: at(0), end: at(4)}};
}

/** Whether a step splits a sentence at a blank line (the only one of parse-english's that changes the probe so). */
function splitsAtBlankLines(plugin: ParagraphPlugin): boolean {
  const paragraph = probe();
  try {
    plugin(paragraph);
  } catch {
    return false;
  }
  const [first, between, second] = paragraph.children;
  return paragraph.children.length === 3 && first.type === 'SentenceNode' && between?.type === 'WhiteSpaceNode' && second?.type === 'SentenceNode';
}

/**
 * parse-english's paragraph steps with its blank-line split replaced by
 * {@link breakAtBlankLines}. Its steps are unnamed, so the one to replace is
 * found by what it does to a probe paragraph; unless exactly one step does
 * that, the steps are returned as they are.
 */
export function withBlankLineBreaker(plugins: readonly ParagraphPlugin[]): ParagraphPlugin[] {
  const found = plugins.filter(splitsAtBlankLines);
  if (found.length !== 1) return [...plugins];
  return plugins.map((plugin) => (plugin === found[0] ? breakAtBlankLines : plugin));
}
