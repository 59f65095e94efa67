import type {Paragraph} from 'nlcst';
import type {AttributionSettings} from '../types.js';
import {isTitle} from './analyse.js';
import {classify, phraseEnd, readsAsVerb, subjectOf} from './attribution.js';
import {lexiconFor, singular, withoutPossessive, type Lexicon} from './lexicon.js';
import {isOwnWord} from './phrases.js';
import {findQuoteSpeaker, speakerOfVerb} from './speakers.js';
import {startsUpperCase, tokenize, type Quote, type Token} from './tokens.js';
import * as grammar from './words/grammar.js';

/**
 * What a speaker's words are, read from the words alone: `name` is a
 * proper name of one word (`Norbank`, `Marsh`), which the article decides
 * (a person's surname, or an organisation's name); `pronoun` refers back.
 */
export type MentionKind = 'person' | 'organisation' | 'document' | 'vague' | 'name' | 'pronoun';

/** Words and offsets, relative to the paragraph. */
export interface Words {
  /** As written, with runs of white space (and Markdown markup) made one space. */
  text: string;
  start: number;
  end: number;
}

/** A speaker as one paragraph names them. */
export interface Mention extends Words {
  kind: MentionKind;
}

/** A quotation or an attributed statement of one paragraph, with its speaker as written there. */
export interface Said {
  type: 'quote' | 'statement';
  /** Paragraph offsets: a quotation's marks, or a statement's sentence. */
  start: number;
  end: number;
  excerpt: string;
  speaker?: Mention;
  verb?: Words;
  /** A quotation that opens the paragraph (news style: it may go on with the paragraph before's speaker). */
  opensParagraph: boolean;
  /** A quotation left open at the paragraph's end: it goes on in the next paragraph. */
  runsOn: boolean;
}

/** Most words of what was said in an excerpt. */
export const excerptWords = 8;

const pronounWords = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Words after a speaker's head noun that say whose it is (`a spokeswoman for the club`, `a report by the council`). */
const headEnds = new Set([...grammar.membershipPrepositions, 'by']);
/** The words after a verb that come before what was said (`said that`, `told reporters that`). */
const reportedStarts = new Set(['that']);

/**
 * Read one paragraph's quotations and attributed statements, with the
 * attribution rule's own reading: its sentences and quotations
 * (`tokenize`), its quote speakers (`findQuoteSpeaker`) and its sources
 * (`subjectOf`, `classify`). A quotation of one word, or a title in
 * quotation marks (`"Gone With the Wind"`), with no speaker is a term,
 * not speech, and is left out. A sentence that reports no quotation gives
 * at most one statement: its first reporting verb or `according to`.
 */
export function readParagraphSources(paragraph: Paragraph, settings: AttributionSettings): Said[] {
  const lexicon = lexiconFor(settings);
  const {sentences, quotes, text} = tokenize(paragraph, settings.marker, lexicon.wordBits);
  const words = (tokens: readonly Token[], from: number, to: number): Words => ({text: spaced(text.slice(tokens[from].start, tokens[to - 1].end)), start: tokens[from].start, end: tokens[to - 1].end});
  const firstToken = sentences[0]?.tokens[0];
  const said: Array<Said & {quote?: Quote}> = [];
  // The verbs that report a quotation, by sentence: a statement does not report them again.
  const quoteVerbs = new Set<Token>();
  for (const quote of quotes) {
    if (quote.words.length === 0) continue;
    const found = findQuoteSpeaker(quote, sentences, lexicon);
    if (!found && (quote.words.length < 2 || isTitle(quote))) continue;
    const item: Said & {quote?: Quote} = {type: 'quote', start: quote.start, end: quote.end, excerpt: excerptOf(text, quote.words), opensParagraph: firstToken?.quoteMark === 'open' && firstToken.start === quote.start, runsOn: !quote.closed, quote};
    if (found) {
      const tokens = sentences[found.sentence].tokens;
      quoteVerbs.add(tokens[found.verb]);
      item.speaker = {...words(tokens, found.from, found.to), kind: mentionKind(tokens, found.from, found.to, classify(tokens, found.from, found.to, lexicon) === 'vague' ? 'vague' : 'named', lexicon)};
      item.verb = words(tokens, found.verb, found.verb + 1);
    }
    said.push(item);
  }
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    // A sentence that reports a quotation says no more (`"…," said Lena Ortiz, adding that …`).
    if (tokens.some((token) => quoteVerbs.has(token))) continue;
    const found = attributionIn(tokens, lexicon, quoteVerbs);
    if (!found) continue;
    const speaker: Mention = {...words(tokens, found.speaker.from, found.speaker.to), kind: found.kind};
    const verb = words(tokens, found.verb.from, found.verb.to);
    // A quotation with no speaker of its own takes its sentence's attribution (`"…," according to the ministry.`).
    const quoted = said.find((item) => item.quote && !item.speaker && item.quote.firstSentence <= sentence.index && sentence.index <= item.quote.lastSentence);
    if (quoted) {
      quoted.speaker = speaker;
      quoted.verb = verb;
      continue;
    }
    const content = reportedWords(tokens, found.from, found.to);
    said.push({type: 'statement', start: sentence.start, end: sentence.end, excerpt: excerptOf(text, content), speaker, verb, opensParagraph: false, runsOn: false});
  }
  said.sort((a, b) => a.start - b.start);
  return said.map(({quote: _quote, ...item}) => item);
}

/** An attribution in a sentence: the reporting words, the speaker's words, the whole attribution's tokens and the speaker's kind. */
interface Found {
  verb: {from: number; to: number};
  speaker: {from: number; to: number};
  from: number;
  to: number;
  kind: MentionKind;
}

/**
 * The sentence's attribution outside quotations: `according to X`, or a
 * reporting verb with a subject (a data verb only with a document: `the
 * survey found`), whose subject names a source, named or not. The first
 * that plainly reports (`according to`, `say`, `tell`) wins over any
 * before it: `The ferry will charge more, the operator said` is the
 * operator's, whatever `charge` could report.
 */
function attributionIn(tokens: readonly Token[], lexicon: Lexicon, quoteVerbs: ReadonlySet<Token>): Found | undefined {
  let first: Found | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const found = attributionAt(tokens, index, lexicon, quoteVerbs);
    if (!found) continue;
    const base = found.verb.to - found.verb.from === 2 ? 'according' : lexicon.reporting.get(tokens[found.verb.from].lower);
    if (base !== undefined && plainReporting.has(base)) return found;
    first ??= found;
  }
  return first;
}

/** Verbs that do nothing but report (`charge`, `claim`, `state` may be nouns or other verbs). */
const plainReporting = new Set(['according', 'say', 'tell']);

/** The attribution whose reporting word is at `index`, if any. */
function attributionAt(tokens: readonly Token[], index: number, lexicon: Lexicon, quoteVerbs: ReadonlySet<Token>): Found | undefined {
  const token = tokens[index];
  if (!isOwnWord(token) || quoteVerbs.has(token)) return undefined;
  if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
    const end = phraseEnd(tokens, index + 2);
    if (end <= index + 2) return undefined;
    const source = classify(tokens, index + 2, end, lexicon);
    if (source === 'none') return undefined;
    return {verb: {from: index, to: index + 2}, speaker: {from: index + 2, to: end}, from: index, to: end, kind: mentionKind(tokens, index + 2, end, source, lexicon)};
  }
  const base = lexicon.reporting.get(token.lower) ?? (lexicon.dataVerbs.has(token.lower) ? token.lower : undefined);
  if (base === undefined || !readsAsVerb(tokens, index, base, lexicon)) return undefined;
  const subject = subjectOf(tokens, index, lexicon);
  if (!subject) return undefined;
  const source = classify(tokens, subject.from, subject.to, lexicon);
  if (source === 'none') return undefined;
  const speaker = speakerOfVerb(tokens, index, subject);
  const kind = mentionKind(tokens, speaker.from, speaker.to, source, lexicon);
  // Data speaks only through a document (`the survey found`), not through people.
  if (!lexicon.reporting.has(token.lower) && kind !== 'document') return undefined;
  return {verb: {from: index, to: index + 1}, speaker, from: Math.min(index, speaker.from), to: Math.max(index + 1, subject.to), kind};
}

/**
 * The words a statement reports: those before its attribution when a
 * comma sets the attribution off at the end (`Rates will rise, the bank
 * said.`), else those after it, from `that` on if it comes soon
 * (`Marsh told reporters that …`).
 */
function reportedWords(tokens: readonly Token[], from: number, to: number): Token[] {
  const content = (start: number, end: number) => tokens.slice(start, end).filter((token) => token.kind === 'word' || token.kind === 'number');
  if (from > 0 && tokens[from - 1].text === ',') return content(0, from - 1);
  let start = to;
  for (let look = to; look < Math.min(tokens.length, to + 4); look++) {
    if (reportedStarts.has(tokens[look].lower)) {
      start = look + 1;
      break;
    }
  }
  return content(start, tokens.length);
}

/** Quotation marks, left out of excerpts (an apostrophe `’` inside a word stays). */
const quotationMarks = /["“”«»„]|(^|\s)‘|’(?=\s|$)/g;

/** The first {@link excerptWords} words, as written, with `…` when there are more. */
function excerptOf(text: string, words: readonly Token[]): string {
  if (words.length === 0) return '';
  const last = words[Math.min(words.length, excerptWords) - 1];
  const excerpt = spaced(text.slice(words[0].start, last.end).replace(quotationMarks, '$1'));
  return words.length > excerptWords ? excerpt + '…' : excerpt;
}

/** White space (and markup left out as spaces) made one space. */
function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What a speaker's words are: `vague` when the attribution reading found
 * they name no one; a pronoun; else by the noun at their head (the last
 * source noun before `of`, `for`, `by` …): a role is a person (`the health
 * minister`, `a spokeswoman for the club`), a document a document, an
 * organisation or a group speaking for one an organisation (`the bank`,
 * `Norbank officials`), unless a name follows it (`economist Sara Lund`).
 * With no such noun, a name: `the` and a name is an organisation (`the
 * Treasury`), other names of several words a person (`Sen. Ann Marsh`),
 * an acronym an organisation, and one word is for the article to
 * decide (`name`).
 */
function mentionKind(tokens: readonly Token[], from: number, to: number, source: 'named' | 'vague', lexicon: Lexicon): MentionKind {
  if (source === 'vague') return 'vague';
  if (to - from === 1 && pronounWords.has(tokens[from].lower)) return 'pronoun';
  let head = -1;
  let kind: MentionKind = 'person';
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) continue;
    const word = withoutPossessive(token.lower);
    if (head !== -1 && headEnds.has(word)) break;
    const noun = singular(word);
    if (lexicon.roles.has(noun)) kind = 'person';
    else if (lexicon.documents.has(noun) || lexicon.documents.has(word)) kind = 'document';
    else if (lexicon.organisations.has(noun) || lexicon.groups.has(noun) || lexicon.anonymous.has(noun) || lexicon.members.has(noun)) kind = 'organisation';
    else continue;
    head = index;
  }
  if (head !== -1) {
    const next = tokens[head + 1];
    return kind !== 'document' && head + 1 < to && isOwnWord(next) && startsUpperCase(next.text) ? 'person' : kind;
  }
  // People are not `the X`: `the Treasury`, `the Port Trust` are bodies.
  if (tokens[from].lower === 'the' && from + 1 < to && startsUpperCase(tokens[from + 1].text)) return 'organisation';
  let names = 0;
  let acronym = false;
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) continue;
    names++;
    acronym = token.text.length >= 2 && token.text === token.text.toUpperCase() && token.kind === 'word';
  }
  if (names === 1) return acronym ? 'organisation' : 'name';
  return 'person';
}
