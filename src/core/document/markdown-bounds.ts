/**
 * Limits on what the Markdown parser is given. micromark reads ordinary
 * drafts in linear time, but some shapes cost it far more: a paragraph of
 * thousands of unmatched `*` or `[` (each closer looks back through every
 * opener), containers nested thousands deep (each line re-enters every open
 * one, and the tree is built by recursion, so the stack overflows), and a
 * single run of hundreds of kilobytes with no blank line. A chunk past any
 * limit is not parsed as Markdown but read as plain text (see
 * markdown-blocks.ts), so its words are still checked at their exact
 * places; the limits sit far above anything a draft holds, and as each
 * bounds what one parse costs, a document's cost stays linear in its length.
 */

/** Characters in one chunk (text between blank lines) given to the parser at most: a long table or list with no blank line, or a paragraph never wrapped. */
export const maxChunkLength = 64 * 1024;

/** Inline delimiters of one kind (emphasis `*` `_` `~`, brackets, backticks, `<`) in one chunk at most. */
export const maxDelimiters = 2000;

/** Containers (block quotes, list items) one line may open or sit inside, by its markers and indentation. */
export const maxNesting = 32;

const asterisk = 42;
const underscore = 95;
const tilde = 126;
const openBracket = 91;
const closeBracket = 93;
const backtick = 96;
const lessThan = 60;
const lineFeed = 10;
const space = 32;
const tab = 9;
const greaterThan = 62;
const plus = 43;
const hyphen = 45;

/**
 * Why a chunk of Markdown is read as plain text instead of parsed, or
 * `undefined` when it is within every limit. One pass over the text.
 */
export function markdownRisk(text: string): string | undefined {
  if (text.length > maxChunkLength) return `it runs ${text.length} characters without a blank line`;
  let emphasis = 0;
  let brackets = 0;
  let code = 0;
  let angles = 0;
  let lineStart = true;
  for (let at = 0; at < text.length; at++) {
    if (lineStart) {
      const depth = nestingAt(text, at);
      if (depth > maxNesting) return `a line is nested ${depth} levels deep`;
      lineStart = false;
    }
    switch (text.charCodeAt(at)) {
      case asterisk:
      case underscore:
      case tilde:
        emphasis++;
        break;
      case openBracket:
      case closeBracket:
        brackets++;
        break;
      case backtick:
        code++;
        break;
      case lessThan:
        angles++;
        break;
      case lineFeed:
        lineStart = true;
        break;
      default:
        break;
    }
  }
  const most = Math.max(emphasis, brackets, code, angles);
  return most > maxDelimiters ? `it holds ${most} markup characters of one kind` : undefined;
}

/**
 * How deep the line starting at `at` is nested, estimated from its start:
 * each `>` and list marker opens a container, and indentation before a
 * marker stands for the list items it sits inside (two columns each, the
 * least a list item indents its content).
 */
function nestingAt(text: string, at: number): number {
  let depth = 0;
  let columns = 0;
  for (let index = at; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === space || code === tab) {
      // Only the indentation before the first marker stands for containers; spaces after a marker are its content's offset.
      if (depth === 0) columns += code === tab ? 4 : 1;
    }
    else if (code === greaterThan) depth++;
    else if ((code === hyphen || code === plus || code === asterisk) && isSpaceAt(text, index + 1)) depth++;
    else if (isDigit(code)) {
      let end = index;
      while (end < text.length && end - index < 9 && isDigit(text.charCodeAt(end))) end++;
      const mark = text.charCodeAt(end);
      if ((mark !== 46 && mark !== 41) || !isSpaceAt(text, end + 1)) break;
      depth++;
      index = end;
    } else break;
    if (depth > maxNesting) return depth;
  }
  return depth === 0 ? 0 : depth + (columns >> 1);
}

function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === space || code === tab || code === lineFeed || Number.isNaN(code);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
