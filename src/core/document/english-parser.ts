import type {Point} from 'unist';
import type {SentenceContent} from 'nlcst';
import {ParseEnglish} from 'parse-english';
import {keepShape} from '../shapes.js';
import {withBlankLineBreaker} from './break-at-blank-lines.js';
import {withAbbreviationSentenceEnds} from './sentence-ends.js';

type TokenType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';

/** Token types by small number, so that a class fits in a byte table. */
const types: readonly TokenType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
const whiteSpace = 0;
const word = 2;

const upstream = new ParseEnglish();

/** The class parse-english itself gives one UTF-16 code unit, asked of its own tokenizer. */
function classOf(character: string): number {
  return types.indexOf(upstream.tokenize(character)[0].type as TokenType);
}

/** Classes of the ASCII code units, filled once: nearly every character of an English draft is one. */
const asciiClasses = Uint8Array.from({length: 128}, (_, code) => classOf(String.fromCharCode(code)));
/** Classes of other code units, filled as they are met. */
const otherClasses = new Map<number, number>();

function classAt(value: string, index: number): number {
  const code = value.charCodeAt(index);
  if (code < 128) return asciiClasses[code];
  let found = otherClasses.get(code);
  if (found === undefined) otherClasses.set(code, (found = classOf(value.charAt(index))));
  return found;
}

const lineFeed = 10;
const carriageReturn = 13;
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * A token from `start` to `end`. Points are shared where their places are
 * the same: a token's end is the next one's start, and a word's text node
 * has the word's points. parse-english makes a new object for each, but no
 * step after the tokenizer writes into a point (they replace a node's
 * start or end; the test parses with the points frozen), and one object
 * instead of three for each boundary is a tenth less garbage in a check.
 */
function token(tokenClass: number, text: string, start: Point, end: Point): SentenceContent {
  if (tokenClass === word) return {type: 'WordNode', children: [{type: 'TextNode', value: text, position: {start, end}}], position: {start, end}};
  return {type: types[tokenClass], value: text, position: {start, end}} as SentenceContent;
}

/**
 * parse-english with a faster first pass: the split of a text into words,
 * white space, punctuation and symbols. parse-english tests every character
 * against up to three Unicode regular expressions, which was a third of its
 * time on a long draft; this looks each character's class up in a table
 * filled from parse-english's own answers, so the tokens (types, values and
 * positions) are the same. Of the
 * later steps, the split of sentences at blank lines is replaced (see
 * break-at-blank-lines.ts), and so are the joins of sentences after
 * abbreviations, by ones that read the words either side of the stop as news
 * copy writes them (see sentence-ends.ts); the rest are parse-english's own.
 */
export class EnglishParser extends ParseEnglish {
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    let line = 1;
    let column = 1;
    let offset = 0;
    let from = 0;
    let start: Point = {line, column, offset};
    let previousClass = -1;
    let previousCode = -1;
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const current = classAt(value, index);
      // Runs of words and of white space join; other runs only of one repeated character, or of surrogate halves.
      const joins = current === previousClass && (current === word || current === whiteSpace || code === previousCode || isSurrogate(code));
      if (from < index && !joins) {
        const end = {line, column, offset};
        children.push(token(previousClass, value.slice(from, index), start, end));
        from = index;
        start = end;
      }
      if (code === carriageReturn || (code === lineFeed && previousCode !== carriageReturn)) {
        line++;
        column = 1;
      } else if (code !== lineFeed) {
        column++;
      }
      offset++;
      previousClass = current;
      previousCode = code;
    }
    if (from < value.length) children.push(token(previousClass, value.slice(from), start, {line, column, offset}));
    return children;
  }
}

// The paragraph steps are copied from the prototype when a parser is made, so this comes first.
EnglishParser.prototype.tokenizeParagraphPlugins = withAbbreviationSentenceEnds(withBlankLineBreaker(ParseEnglish.prototype.tokenizeParagraphPlugins));

/** One parser for the whole engine: it keeps no state between parses. */
export const english = new EnglishParser();

// Trees are dropped once read: one kept holds the shapes of their nodes (see shapes.ts).
keepShape('nlcst', english.parse('The ferry’s fares rose 12.5% (to £3) in May, Dr. Okafor said: “It can’t go on!” Again?\nYes.'));
