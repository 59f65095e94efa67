import type {Paragraph} from 'nlcst';
import type {AttributionKind, AttributionSettings, Sensitivity} from '../types.js';
import {findSources, guessedCommonNoun, isSpeechVerb, sourceEvent, type SourceFinding} from './attribution.js';
import {resolveArticle, type Condition, type ParagraphFacts} from './discourse.js';
import {allegations, causes, evaluations, intents, predictions} from './claims.js';
import type {Cue, Strength} from './cue.js';
import {lexiconFor, withoutPossessive, type Lexicon} from './lexicon.js';
import {isOwnWord} from './phrases.js';
import {quoteHasSpeaker} from './speakers.js';
import {statistics} from './statistics.js';
import {tenseOf, verbTense, type Tense} from './tense.js';
import {endsSentence, startsUpperCase, tokenize, type Quote, type Sentence, type Token} from './tokens.js';
import {noteLabels} from './words/grammar.js';

/**
 * A claim that needs attribution. Offsets are relative to the paragraph
 * (offset 0 = the paragraph's first character, as in the nlcst positions
 * received).
 */
export interface Claim {
  kind: AttributionKind;
  /** The cue words. */
  start: number;
  end: number;
  /** The sentence (for a quotation spanning sentences, from the quotation's start). */
  sentenceStart: number;
  sentenceEnd: number;
  /**
   * Where `, according to SOURCE` goes: before the sentence's final
   * punctuation (`rose 5%, according to SOURCE.`). When the sentence ends
   * inside a closing quotation mark (`…beds.”`), the attribution must go
   * after the quotation instead, so this is the sentence's end and
   * `closingPeriod` says which full stop becomes a comma
   * (`…beds,” according to SOURCE.`).
   */
  attributionAt: number;
  /** Offset of the full stop inside a closing quotation that the attribution fix turns into a comma, if any. */
  closingPeriod?: number;
  /** The attribution goes after a closing quotation mark (the fix then supplies the final full stop). */
  afterQuote: boolean;
  /** Where ` [source?]` goes: right after the sentence. */
  markerAt: number;
  /** The cue words as written. */
  cue: string;
  message: string;
  /** What decides whether the claim stands, when that depends on the rest of the article (see {@link resolveArticle}). */
  condition?: Condition;
}

/** Which kinds win when one sentence has several cues of the same strength: a missing source first, then the gravest claims. */
export const kindPrecedence: readonly AttributionKind[] = ['vague-source', 'unattributed-quote', 'allegation', 'causal', 'prediction', 'intent', 'statistic', 'evaluative'];

const thresholds: Readonly<Record<Sensitivity, Strength>> = {strict: 1, balanced: 2, lenient: 3};

/** Fewest words for a quotation to be speech rather than a term in quotation marks, by cue strength. */
const quoteWords: ReadonlyArray<[number, Strength]> = [[4, 3], [3, 2], [2, 1]];

const noteLabelSet = new Set(noteLabels);

/**
 * Find the claims in a paragraph that need attribution, reading it alone:
 * at most one per sentence, the strongest cue (ties broken by
 * {@link kindPrecedence}). Questions, sentences with a named source (or
 * covered by one, as a quote continued from the sentence before) and
 * sentences carrying the marker are never claims. Claims whose fate
 * depends on the paragraphs around it carry a condition, settled here as if
 * the paragraph were the whole article; {@link readParagraph} leaves them
 * open for {@link resolveArticle}.
 */
export function analyseParagraph(paragraph: Paragraph, settings: AttributionSettings): Claim[] {
  const {claims, facts} = readParagraph(paragraph, settings);
  return settle(claims, resolveArticle([facts])[0]);
}

/**
 * Analyse an article's paragraphs in order (`undefined` for anything that
 * is not a paragraph of prose, such as a heading, which ends a run of
 * quotation). A quotation that runs on through several paragraphs is one
 * quotation: it has a speaker if the paragraph before it names one or any
 * paragraph of the run does (`"…` / `"…," he said.`); `he said` is as vague
 * as the source it refers back to. Returns each paragraph's claims.
 */
export function analyseArticle(paragraphs: ReadonlyArray<Paragraph | undefined>, settings: AttributionSettings): Claim[][] {
  const read = paragraphs.map((paragraph) => (paragraph ? readParagraph(paragraph, settings) : undefined));
  const dropped = resolveArticle(read.map((reading) => reading?.facts));
  return read.map((reading, index) => (reading ? settle(reading.claims, dropped[index]) : []));
}

/** The claims that stand: those whose start is not among the dropped. */
function settle(claims: Claim[], dropped: ReadonlySet<number> | undefined): Claim[] {
  return dropped ? claims.filter((claim) => !dropped.has(claim.start)) : claims;
}

/**
 * Read one paragraph alone: its claims, those that depend on the rest of
 * the article carrying their condition, and the facts the article needs to
 * settle them (see ./discourse.ts).
 */
export function readParagraph(paragraph: Paragraph, settings: AttributionSettings): {claims: Claim[]; facts: ParagraphFacts} {
  const lexicon = lexiconFor(settings);
  const threshold = thresholds[settings.sensitivity] ?? 2;
  const {sentences, quotes, text} = tokenize(paragraph, settings.marker, lexicon.wordBits);
  // Quotations ask for the counts of their neighbours too: counted once per sentence.
  const ownCounts: number[] = [];
  // What the detectors ask first: whether any of the sentence's own words can start what they look for.
  const ownBits: number[] = [];
  for (const sentence of sentences) ownWords(sentence.tokens, ownCounts, ownBits);
  const sourced = sentences.map((sentence) => findSources(sentence.tokens, lexicon, ownBits[sentence.index]));
  const claims: Claim[] = [];
  const facts = paragraphFacts(sentences, quotes, sourced, lexicon);
  const covered = coversParagraph(sourced, sentences);
  const reporting = goesOnReporting(sentences, sourced, lexicon);
  const opening = facts.opensWithQuote ? quotes[0] : undefined;
  const quotesBySentence = quotes.length > 0 ? reportedIn(quotes, sentences.length) : undefined;
  const claim = (cue: Cue, sentence: Sentence, condition?: Condition) => {
    const found = toClaim(cue, sentence, text);
    if (condition) {
      found.condition = condition;
      facts.conditions.push({start: found.start, condition});
    }
    claims.push(found);
    return found;
  };
  // One list for every sentence's cues: emptied, not made anew.
  const cues: Cue[] = [];
  for (const sentence of sentences) {
    const sources = sourced[sentence.index];
    const skipped = sentence.marked || isQuestion(sentence) || isNote(sentence);
    const event = sourceEvent(sentence.tokens, sources, lexicon);
    if (event) facts.events.push(event);
    if (skipped) continue;
    if (sources.named) {
      // `he said`, `the economist said`: a source only as vague as the one it refers back to.
      if (event?.type === 'reference' && event.subject && event.verb !== undefined) {
        const from = Math.min(event.subject.from, event.verb);
        const to = Math.max(event.subject.to, event.verb + 1);
        event.start = claim({kind: 'vague-source', strength: 3, from, to}, sentence, {type: 'antecedent', key: event.key}).start;
      }
      continue;
    }
    cues.length = 0;
    if (sources.vague) cues.push(sources.vague);
    // A source that names no one is the sentence's own, whatever covers the paragraph.
    if (covered || reporting[sentence.index]) {
      const vague = strongest(cues, threshold);
      if (vague) claim(vague, sentence, commonCondition(sentence.tokens, vague, lexicon));
      continue;
    }
    const reported = quotesBySentence?.[sentence.index];
    if (reported) addQuoteCues(cues, sentence, reported, sentences, sourced, ownCounts, lexicon);
    if (ownCounts[sentence.index] > 0) {
      for (const detect of detectors) for (const cue of detect(sentence.tokens, lexicon, ownBits[sentence.index])) cues.push(cue);
    }
    const best = strongest(cues, threshold);
    if (!best) continue;
    let condition: Condition | undefined;
    if (best.kind === 'unattributed-quote' && (best.runsOn || best.start === opening?.start)) condition = {type: 'quote', opening: best.start === opening?.start, runsOn: best.runsOn === true};
    else if (best === sources.vague) condition = commonCondition(sentence.tokens, best, lexicon);
    else if (best.kind === 'intent') condition = viewCondition(sentence.tokens, best, lexicon);
    claim(best, sentence, condition);
  }
  return {claims, facts};
}

/**
 * What a paragraph tells its neighbours about its quotations and the names
 * it writes (its sources' events and its claims' conditions are added as
 * they are read).
 */
function paragraphFacts(sentences: readonly Sentence[], quotes: readonly Quote[], sourced: readonly SourceFinding[], lexicon: Lexicon): ParagraphFacts {
  const first = quotes[0];
  const firstToken = sentences[0]?.tokens[0];
  const opensWithQuote = first !== undefined && (first.carriedOn === true || (firstToken?.quoteMark === 'open' && firstToken.start === first.start));
  const openingSpoken = opensWithQuote && (quoteHasSpeaker(first, sentences, lexicon) || sourced[first.lastSentence].speaker);
  let spoken = false;
  for (const sources of sourced) spoken ||= sources.speaker || sources.vague !== undefined;
  for (let index = 0; index < quotes.length && !spoken; index++) spoken = quoteHasSpeaker(quotes[index], sentences, lexicon);
  const last = quotes.at(-1);
  return {opensWithQuote, openingSpoken, spoken, endsOpen: last !== undefined && !last.closed, singleQuote: quotes.length === 1, events: [], names: namesIn(sentences), conditions: []};
}

/** The condition of a vague source that rests on reading its first word as a common noun (see {@link guessedCommonNoun}). */
function commonCondition(tokens: readonly Token[], cue: Cue, lexicon: Lexicon): Condition | undefined {
  const word = guessedCommonNoun(tokens, cue.from, cue.to, lexicon);
  return word === undefined ? undefined : {type: 'common', word};
}

/** Verbs of belief that tell a view about the world, not a plan or a wish. */
const viewVerbs = new Set(['believe', 'think', 'feel', 'suspect', 'doubt', 'reckon', 'expect']);

/**
 * `Kaul believes the market will drop`: a view told of someone by name,
 * which is theirs, not the writer's reading of a mind, when the article has
 * them speaking (see the `view` condition). The name is the word right
 * before the verb (adverbs aside), capitalised and no pronoun.
 */
function viewCondition(tokens: readonly Token[], cue: Cue, lexicon: Lexicon): Condition | undefined {
  let verb = cue.from;
  while (verb < cue.to && !viewVerbs.has(lexicon.intent.get(tokens[verb].lower) ?? '')) verb++;
  if (verb === cue.to) return undefined;
  let subject = verb - 1;
  while (subject >= 0 && isOwnWord(tokens[subject]) && (tokens[subject].lower.endsWith('ly') || tokens[subject].lower === 'also' || tokens[subject].lower === 'still')) subject--;
  const name = tokens[subject];
  if (!name || !isOwnWord(name) || name.kind !== 'word' || !startsUpperCase(name.text) || lexicon.pronouns.has(name.lower)) return undefined;
  return {type: 'view', name: withoutPossessive(name.lower)};
}

/** The words written with a capital inside a sentence (not first, nor first in a quotation): names. */
function namesIn(sentences: readonly Sentence[]): string[] {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index];
      if (token.kind === 'word' && startsUpperCase(token.text) && tokens[index - 1].quoteMark !== 'open' && tokens[index - 1].text !== ':') names.add(withoutPossessive(token.lower));
    }
  }
  return [...names];
}

/**
 * Whether one attribution covers the whole paragraph, as news copy writes
 * it: `According to X,` opening its first sentence, or `…, the bank said.`
 * closing its last (which reports the sentences before it too).
 */
function coversParagraph(sourced: readonly SourceFinding[], sentences: readonly Sentence[]): boolean {
  return sourced.length > 1 && (sourced[0].leads === true || sourced[sourced.length - 1].trails === true || endsWithSpokenQuote(sentences.at(-1)!, sourced.at(-1)!));
}

/**
 * `…, Kellner said, "the last thing I want is to worry about ratings."`:
 * a last sentence that ends in a quotation its named speaker introduces
 * closes the paragraph with its attribution, as `"…," X said.` does.
 */
function endsWithSpokenQuote(sentence: Sentence, sources: SourceFinding): boolean {
  const verb = sources.speakers?.[0]?.verb;
  if (!sources.speaker || verb === undefined) return false;
  const tokens = sentence.tokens;
  let last = tokens.length - 1;
  while (last > 0 && tokens[last].kind === 'punctuation' && tokens[last].quoteMark === undefined) last--;
  if (tokens[last]?.quoteMark !== 'close') return false;
  // The quotation opens after the speaker's verb.
  for (let index = verb + 1; index < last; index++) if (tokens[index].quoteMark === 'open') return true;
  return false;
}

/**
 * Which sentences go on reporting a named speaker of an earlier sentence in
 * the paragraph: `Lund said the fund had grown. Its costs fell 2 percent.`
 * reads as what Lund said, since the sentence after keeps the tense of her
 * reporting verb; `… Journey times have fallen since` switches to the
 * writer's present and is the writer's own claim. The run ends at the
 * first sentence whose tense differs.
 */
function goesOnReporting(sentences: readonly Sentence[], sourced: readonly SourceFinding[], lexicon: Lexicon): boolean[] {
  const reporting = new Array<boolean>(sentences.length).fill(false);
  let tense: Tense | undefined;
  for (const sentence of sentences) {
    const sources = sourced[sentence.index];
    const verb = sources.speakers?.[0]?.verb;
    if (verb !== undefined) {
      const word = sentence.tokens[verb].lower;
      tense = isSpeechVerb(word, lexicon) ? verbTense(word) : undefined;
      continue;
    }
    if (tense === undefined) continue;
    if (tenseOf(sentence.tokens) === tense) reporting[sentence.index] = true;
    else tense = undefined;
  }
  return reporting;
}


/** The claim detectors, in the order their cues are weighed. */
const detectors = [allegations, causes, predictions, intents, statistics, evaluations];

/** The strongest cue at or above the threshold. */
function strongest(cues: readonly Cue[], threshold: Strength): Cue | undefined {
  let best: Cue | undefined;
  for (const cue of cues) {
    if (cue.strength < threshold) continue;
    if (!best || cue.strength > best.strength) best = cue;
    else if (cue.strength === best.strength) {
      const rank = kindPrecedence.indexOf(cue.kind) - kindPrecedence.indexOf(best.kind);
      // Same kind: the earliest, then the longest cue (`the most chaotic` over `chaotic`).
      if (rank < 0 || (rank === 0 && (startOf(cue) < startOf(best) || (startOf(cue) === startOf(best) && cue.to > best.to)))) best = cue;
    }
  }
  return best;
}

function startOf(cue: Cue): number {
  return cue.start ?? cue.from;
}

/**
 * The quotations by the sentence they are reported in: where a closed one
 * ends, where an unclosed one opens. Sorted once, rather than every
 * sentence looking through every quotation of its paragraph.
 */
function reportedIn(quotes: readonly Quote[], count: number): Array<Quote[] | undefined> {
  const bySentence: Array<Quote[] | undefined> = new Array<Quote[] | undefined>(count);
  for (const quote of quotes) (bySentence[quote.closed ? quote.lastSentence : quote.firstSentence] ??= []).push(quote);
  return bySentence;
}

/**
 * Add a cue for each quotation, among those reported in this sentence (see {@link reportedIn}), that has no
 * speaker in any sentence it touches, nor (standing alone) in the sentence
 * next to it. A quotation is reported where it ends, so the attribution
 * fix lands after its closing mark.
 */
function addQuoteCues(cues: Cue[], sentence: Sentence, quotes: readonly Quote[], sentences: readonly Sentence[], sourced: readonly SourceFinding[], ownCounts: readonly number[], lexicon: Lexicon): void {
  for (const quote of quotes) {
    // An unclosed quotation (running on into the next paragraph) is reported where it opens, within that sentence.
    const strength = quoteWords.find(([words]) => quote.words.length >= words)?.[1];
    if (strength === undefined || isTitle(quote)) continue;
    let spoken = false;
    let quoteOnly = true;
    for (let index = quote.firstSentence; index <= quote.lastSentence; index++) {
      spoken ||= sourced[index].speaker || sourced[index].named;
      quoteOnly &&= ownCounts[index] === 0;
    }
    // A reporting verb next to the quotation, whoever its subject (`"…," Sen. Ann Marsh (D-Ore.) said.`).
    spoken ||= quoteHasSpeaker(quote, sentences, lexicon);
    if (!spoken && quoteOnly) {
      // A quote standing alone next to a sentence whose reporting verb names its speaker (`…” The minister posted the message…`).
      for (const neighbour of [quote.firstSentence - 1, quote.lastSentence + 1]) {
        const other = sentences[neighbour];
        if (other && sourced[neighbour].speaker) spoken = true;
      }
    }
    if (!spoken) cues.push({kind: 'unattributed-quote', strength, from: 0, to: 0, start: quote.start, end: quote.closed ? quote.end : Math.min(quote.end, sentence.end), ...(quote.closed ? {} : {runsOn: true})});
  }
}

/** Every word capitalised and no closing punctuation inside: a title (`"Gone With the Wind"`), not speech. */
export function isTitle(quote: Quote): boolean {
  const words = quote.words.filter((token) => token.kind === 'word' && token.text.length > 3);
  return words.length > 0 && words.every((token) => startsUpperCase(token.text)) && quote.words.length <= 6;
}

/** Append a sentence's count of own words, and the union of their bits, to the lists. */
function ownWords(tokens: readonly Token[], counts: number[], bits: number[]): void {
  let count = 0;
  let union = 0;
  for (const token of tokens) {
    if (!isOwnWord(token)) continue;
    count++;
    union |= token.bits;
  }
  counts.push(count);
  bits.push(union);
}

function isQuestion(sentence: Sentence): boolean {
  for (let index = sentence.tokens.length - 1; index >= 0; index--) {
    const token = sentence.tokens[index];
    if (token.quoteMark === 'close' || token.text === ')' || token.text === '’') continue;
    return token.text === '?' || token.text.endsWith('?');
  }
  return false;
}

/** `Editor's note: …`, `Correction: …`: a label and a colon within the first words. */
function isNote(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  // Only the sentence's first colon counts.
  for (let colon = 0; colon <= 3 && colon < tokens.length; colon++) {
    if (tokens[colon].text !== ':') continue;
    for (let index = 0; index < colon; index++) if (noteLabelSet.has(tokens[index].lower)) return true;
    return false;
  }
  return false;
}

const terminal = new Set(['.', '!', '?', '…']);

/** Whitespace other than one space between words: what normalising a cue's text changes. */
const unevenSpace = /[^\S ]| {2}|^ | $/;

function toClaim(cue: Cue, sentence: Sentence, text: string): Claim {
  const tokens = sentence.tokens;
  const start = cue.start ?? tokens[cue.from].start;
  const end = Math.max(start, cue.end ?? tokens[lastCueToken(tokens, cue)].end);
  let last = tokens.length - 1;
  while (last > 0 && tokens[last].quoteMark === 'close') last--;
  const closedQuote = last < tokens.length - 1;
  const finalMark = terminal.has(tokens[last].text) ? tokens[last] : undefined;
  let attributionAt = sentence.end;
  let closingPeriod: number | undefined;
  if (finalMark && !closedQuote) attributionAt = finalMark.start;
  if (finalMark && closedQuote && finalMark.text === '.') closingPeriod = finalMark.start;
  const written = text.slice(start, end);
  // Nearly every cue is single-spaced already, and normalising would give it back unchanged.
  const cueText = unevenSpace.test(written) ? written.replace(/\s+/g, ' ').trim() : written;
  const claim: Claim = {
    kind: cue.kind,
    start,
    end,
    // A quotation spanning sentences makes its sentences one claim.
    sentenceStart: Math.min(sentence.start, start),
    sentenceEnd: sentence.end,
    attributionAt,
    afterQuote: closedQuote,
    // Before the closing punctuation (`…backgrounds [source?].`), so the sentence still ends as it did; after a closing quotation, outside it.
    markerAt: finalMark && !closedQuote ? finalMark.start : sentence.end,
    cue: cueText,
    message: messageFor(cue.kind, cueText)
  };
  // Set after, not spread into the literal: a literal with a spread in it is built slowly, once per claim.
  if (closingPeriod !== undefined) claim.closingPeriod = closingPeriod;
  return claim;
}

/**
 * The last token of a cue made of the sentence's own tokens: never past a
 * sentence the parser left joined to the next (see {@link endsSentence}),
 * whatever a detector read on into.
 */
function lastCueToken(tokens: readonly Token[], cue: Cue): number {
  const last = Math.max(cue.from, Math.min(cue.to, tokens.length) - 1);
  for (let index = cue.from; index < last; index++) {
    if (endsSentence(tokens, index)) return tokens[index].kind === 'punctuation' ? Math.max(cue.from, index - 1) : index;
  }
  return last;
}

const messages: Readonly<Record<AttributionKind, (cue: string) => string>> = {
  statistic: (cue) => `Unattributed statistic: '${cue}' — who says so?`,
  causal: (cue) => `Unattributed cause: '${cue}' — who says so?`,
  evaluative: (cue) => `Unattributed judgement: '${cue}' — whose view is this?`,
  intent: (cue) => `Unattributed intent: '${cue}' — who says so?`,
  prediction: (cue) => `Unattributed prediction: '${cue}' — who predicts it?`,
  'vague-source': (cue) => `Vague source: '${cue}' — name who says so.`,
  'unattributed-quote': (cue) => `Unattributed quote: '${cue}' — who said it?`,
  allegation: (cue) => `Unattributed allegation: '${cue}' — who alleges it?`
};

/** Longest cue quoted in a message; longer ones are cut with an ellipsis. */
const maxCueLength = 60;

/** The finding's message for a kind and its cue words. */
export function messageFor(kind: AttributionKind, cue: string): string {
  const shown = cue.length > maxCueLength ? cue.slice(0, maxCueLength - 1).trimEnd() + '…' : cue;
  return messages[kind](shown);
}

export type {Lexicon};
