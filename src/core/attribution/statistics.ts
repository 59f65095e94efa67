import type {Cue, Strength} from './cue.js';
import {formIndex} from './inflect.js';
import {isPossessive, mayTrigger, triggerWords, type Lexicon} from './lexicon.js';
import {candidatesAt, firstWords, isOwnWord, matchAny, matchAt, someWordIn} from './phrases.js';
import {reach} from './reach.js';
import {firstSinceEnd, recordScoped} from './records.js';
import {endsSentence, startsUpperCase, type Token} from './tokens.js';
import * as grammar from './words/grammar.js';
import * as quantities from './words/quantities.js';

const word = (tokens: readonly Token[], index: number): string => (isOwnWord(tokens[index]) ? tokens[index].lower : '');

/** Words after a superlative that scope it as a ranking (`the highest in two decades`). */
const rankingScopes = new Set(['in', 'of', 'on', 'since', 'ever', 'yet', 'anywhere']);

/** `1998`, `2023`: a year, not a quantity. */
const yearPattern = /^(1[5-9]|20)\d\d(s|'s)?$/;
/** `12th`, `3rd`. */
const ordinalPattern = /^\d+(st|nd|rd|th)$/;
/** `7:45`. */
const clockPattern = /^\d{1,2}[:.]\d\d$/;
/** `8.9bn`, `4m`. */
const magnitudeSuffix = /^\d[\d,.]*(bn|m|mn|k|tn|bln)$/;
/** `second-largest`, `12th-biggest`. */
const rankingPattern = /^(\w+)-(\w+)$/;

/**
 * Figures that need a source: shares, amounts of money, estimates,
 * ratios, measured changes, averages and records, rankings and large
 * counts. Dates, times, years, ordinals of events, ages, labels and
 * durations are not statistics.
 */
export function statistics(tokens: readonly Token[], lexicon: Lexicon): readonly Cue[] {
  const cues: Cue[] = [];
  const trigger = figureWords(lexicon);
  let context: Context | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const current = word(tokens, index);
    if (!current) continue;
    const token = tokens[index];
    if (!mayTrigger(token.bits, trigger) && token.kind !== 'number' && !current.includes('-')) continue;

    // Rankings: `the third-largest`, `second-biggest`.
    const ranking = current.includes('-') ? rankingPattern.exec(current) : null;
    if (ranking && (lexicon.ordinals.has(ranking[1]) || ordinalPattern.test(ranking[1])) && lexicon.measurableSuperlatives.has(ranking[2])) {
      cues.push({kind: 'statistic', strength: 3, from: index, to: nounEnd(tokens, index + 1, lexicon)});
      continue;
    }
    // `the highest in two decades`, `the country's largest`: a ranking; `the cheapest seats` alone may just describe.
    const before = word(tokens, index - 1);
    if (lexicon.measurableSuperlatives.has(current) && current !== 'top' && (['the', 'its', 'their', 'his', 'her'].includes(before) || isPossessive(before))) {
      const scoped = isPossessive(before) || before !== 'the' || someWordIn(tokens, index + 1, index + 4, rankingScopes) || recordScoped(tokens, index);
      // A record of a quoted price (`its highest since 1981 at 2 dollars a pound`) is read off the published series.
      context ??= readContext(tokens, lexicon);
      cues.push({kind: 'statistic', strength: scoped && !context.quotesPrice ? 3 : 1, from: index - 1, to: index + 1});
      continue;
    }
    // `the first launch since 1948`: a record over the years between.
    if (current === 'first' && (before === 'the' || before === 'its' || before === 'their' || isPossessive(before))) {
      // `the first approved treatment`, `the first known case`: a record over every case on the register.
      if (firstOfRecord.has(word(tokens, index + 1))) {
        const end = nounEnd(tokens, index + 2, lexicon);
        cues.push({kind: 'statistic', strength: 2, from: index - 1, to: end});
        index = end - 1;
        continue;
      }
      const end = firstSinceEnd(tokens, index);
      if (end !== -1) {
        context ??= readContext(tokens, lexicon);
        cues.push({kind: 'statistic', strength: context.quotesPrice ? 1 : 2, from: index - 1, to: end});
        index = end - 1;
        continue;
      }
    }
    // `more than ever before`, `a record high`, `the highest on record`.
    const record = matchAny(tokens, index, lexicon.recordPhrases);
    if (record !== -1) {
      cues.push({kind: 'statistic', strength: 2, from: index, to: record});
      continue;
    }
    if (lexicon.multiplierVerbs.has(current)) {
      cues.push({kind: 'statistic', strength: 3, from: index, to: index + 1});
      continue;
    }
    if (lexicon.fractions.has(current)) {
      const cue = fraction(tokens, index, lexicon);
      if (cue) cues.push(cue);
      continue;
    }

    // `two-thirds`, `one-quarter`: a share, as `two thirds` is.
    const parts = current.includes('-') ? rankingPattern.exec(current) : null;
    if (parts && lexicon.numberWords.has(parts[1]) && lexicon.fractions.has(parts[2]) && !nonShares.has(word(tokens, index + 1))) {
      cues.push({kind: 'statistic', strength: 3, from: approximatorBefore(tokens, index, lexicon) ?? index, to: nounEnd(tokens, index + 1, lexicon)});
      continue;
    }

    const estimate = matchAny(tokens, index, lexicon.estimateCounts);
    if (estimate !== -1) {
      cues.push({kind: 'statistic', strength: 2, from: index, to: nounEnd(tokens, estimate, lexicon)});
      index = estimate - 1;
      continue;
    }
    const isNumber = token.kind === 'number' || lexicon.numberWords.has(current);
    if (!isNumber) continue;
    context ??= readContext(tokens, lexicon);
    const cue = figure(tokens, index, lexicon, context);
    if (cue) {
      cues.push(cue);
      index = Math.max(index, cue.to - 1);
    }
  }
  return cues;
}

/** Words that can start a statistic; a number, or a hyphenated ranking, can too. */
const figureWords = triggerWords((lexicon) => [
  lexicon.measurableSuperlatives, firstWords(lexicon.recordPhrases), lexicon.multiplierVerbs, lexicon.fractions, firstWords(lexicon.estimateCounts), lexicon.numberWords
]);

function fraction(tokens: readonly Token[], index: number, lexicon: Lexicon): Cue | undefined {
  const current = word(tokens, index);
  const before = word(tokens, index - 1);
  const after = word(tokens, index + 1);
  const approximated = approximatorBefore(tokens, index, lexicon);
  // `the third quarter`, `the first half`, `second half` are periods, not shares.
  if (lexicon.ordinals.has(before) || lexicon.timeUnits.has(after) && current !== 'half') return undefined;
  if (before === 'the' && current !== 'majority') return undefined;
  if (current === 'majority' || current === 'minority') {
    return after === 'of' ? {kind: 'statistic', strength: 1, from: index - 1, to: index + 2} : undefined;
  }
  const multiple = current === 'twice' || current === 'double' || current === 'triple' || current === 'treble' || current.endsWith('fold');
  // `a third`, `by half`, `two thirds`; `half` also takes `of`/`the`/`its` (`half the budget`).
  const share = before === 'a' || before === 'by' || isNumberAt(tokens, index - 1, lexicon) || (current === 'half' && ['of', 'its', 'their', 'the', 'as', 'his', 'her'].includes(after));
  if (approximated !== undefined || (multiple && (after === 'the' || after === 'as' || after === 'that')) || (!multiple && share)) {
    const from = approximated ?? (before === 'a' || before === 'one' ? index - 1 : index);
    return {kind: 'statistic', strength: 3, from, to: nounEnd(tokens, index + 1, lexicon)};
  }
  return undefined;
}

/** Index of the first word of an approximator ending right before `index` (`more than`, `nearly`), if any. */
function approximatorBefore(tokens: readonly Token[], index: number, lexicon: Lexicon): number | undefined {
  for (let length = 3; length >= 1; length--) {
    const from = index - length;
    if (from < 0) continue;
    // Only the phrases that can start at `from` can end at `index`.
    for (const phrase of candidatesAt(tokens, from, lexicon.approximators)) {
      if (phrase.length === length && matchAt(tokens, from, phrase) === index) return from;
    }
  }
  return undefined;
}

function figure(tokens: readonly Token[], index: number, lexicon: Lexicon, context: Context): Cue | undefined {
  const token = tokens[index];
  const current = token.lower;
  const before = word(tokens, index - 1);
  const after = word(tokens, index + 1);
  const digits = token.kind === 'number';

  // Not quantities: clock times, dates, years, ordinals, labels, ages, compound modifiers.
  if (digits && (clockPattern.test(current) || ordinalPattern.test(current) || (yearPattern.test(current) && !current.includes(',')))) return undefined;
  if (lexicon.clockWords.has(after) || lexicon.months.has(before) || lexicon.months.has(after) && !lexicon.magnitudes.has(current)) return undefined;
  if (isLabelled(tokens, index, lexicon)) return undefined;
  if (before && (startsUpperCase(tokens[index - 1]?.text ?? '') && index - 1 > 0 && !approximatorBefore(tokens, index, lexicon) && digits)) return undefined;
  if (isAge(tokens, index)) return undefined;
  // A compound modifier (`a 50-50 venture`, `a 2-year-old`) is no figure; a range of amounts or shares (`550-640 dollars`) is.
  if (current.includes('-') && !current.includes('%') && !current.includes('percent') && !isRangeOfAmounts(tokens, index, lexicon)) return undefined;
  if (current === 'one' && !(after === 'in' || after === 'out')) return undefined;

  const value = digits ? Number(current.replace(/,/g, '').replace(/[^\d.].*$/, '')) : wordValue(current);
  const approximated = approximatorBefore(tokens, index, lexicon);
  const currencyBefore = tokens[index - 1]?.kind === 'symbol' && lexicon.currencies.has(tokens[index - 1].text);
  let end = index + 1;
  // Number words run on (`two million`, `four hours and twenty minutes`), within reach: each number in a long run of them reads on.
  while (end < index + reach && (lexicon.numberWords.has(word(tokens, end)) || lexicon.magnitudes.has(word(tokens, end)))) end++;
  const unitEnd = shareUnitEnd(tokens, end, lexicon);
  const isShare = unitEnd !== undefined || current.endsWith('%');
  const isMoney = currencyBefore || lexicon.currencies.has(word(tokens, end)) || magnitudeSuffix.test(current) || hasMagnitude(tokens, index + 1, end, lexicon);
  const ratio = ((word(tokens, end) === 'in' || word(tokens, end) === 'out') && !endsSentence(tokens, end - 1) && isShareOf(tokens, word(tokens, end) === 'out' ? end + 2 : end + 1, lexicon)) || (word(tokens, end) === 'times' && comparativesAfterTimes.has(word(tokens, end + 1)));
  const duration = lexicon.timeUnits.has(word(tokens, end)) || lexicon.timeUnits.has(word(tokens, end + 1));
  const change = changeBefore(tokens, index, lexicon);
  const measured = measureNear(tokens, approximated ?? index, lexicon);

  let strength: Strength | undefined;
  // The cue starts at the verb of change when there is one (`fell 12 percent`).
  const from = change ?? approximated ?? (currencyBefore ? index - 1 : index);
  const dimension = lexicon.measureUnits.has(word(tokens, end));
  if (isShare || ratio) strength = 3;
  else if (isMoney) {
    const large = value >= 1000 || hasMagnitude(tokens, index, end + 1, lexicon) || magnitudeSuffix.test(current);
    const valueOfDeal = dealNouns.has(word(tokens, lexicon.currencies.has(word(tokens, end)) ? end + 1 : end));
    // A price (`tickets cost £45`) is a plain fact; a large sum (`lost 4.6 million crowns`) is a statistic.
    // So is a price quoted per unit and its move (`traded at 19 dollars a barrel, up 20 cents`): published market data.
    // The value of a deal (`a 115 million dollar contract`) is its announced price.
    if (!measured && (valueOfDeal && change === undefined && approximated === undefined || context.quotesPrice && !large)) strength = 1;
    else strength = large || approximated !== undefined || change !== undefined ? 3 : 1;
  }
  else if (change !== undefined) strength = 3;
  else if (measured) strength = 3;
  else if (approximated !== undefined && !duration) strength = word(tokens, approximated) === 'over' || word(tokens, approximated) === 'under' || word(tokens, approximated) === 'some' ? 2 : 3;
  else if (duration) return undefined;
  // A large count is a statistic; a dimension (`4,810 metres high`) is reference fact.
  else if (digits && value >= 1000) strength = dimension ? 1 : 2;
  else if (tally(tokens, index, lexicon)) strength = 2;
  else if (value >= 100 && digits && countsNoun(tokens, end, lexicon)) strength = 2;
  else if (value >= 2 && word(tokens, end).endsWith('s') && !isResult(tokens, end, lexicon)) strength = 1;
  if (strength === undefined) return undefined;
  // A document's own terms (`the budget contained a 3 billion cut`, `under the proposal, …`) are published with it.
  if (context.setsOutTerms && !measured) strength = 1;
  if (ratio) end = word(tokens, end) === 'out' ? end + 3 : end + 2;
  if (unitEnd !== undefined) end = unitEnd;
  else if (lexicon.currencies.has(word(tokens, end))) end++;
  // The unit is part of the figure (`fallen by 6 minutes`, `averaged 12 kilometres`).
  else if (lexicon.timeUnits.has(word(tokens, end)) || dimension) return {kind: 'statistic', strength, from, to: end + 1};
  // A change named as a noun after a share or a sum is part of it (`a 7.4 percent drop`, `a 20 cent rise`).
  const changeNoun = word(tokens, end);
  if (changeNoun && lexicon.changeVerbs.get(changeNoun) === changeNoun) return {kind: 'statistic', strength, from, to: end + 1};
  return {kind: 'statistic', strength, from, to: nounEnd(tokens, end, lexicon)};
}

/** `550-640`, `2.5-3.0`: two figures joined by a hyphen. */
const rangePattern = /^\d[\d,.]*-\d[\d,.]*$/;

/** A range of amounts or shares: `550-640 dollars`, `2.5-3.0 percent`, `20-30 million`; not `1986-87` or a score. */
function isRangeOfAmounts(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  if (!rangePattern.test(tokens[index].lower)) return false;
  const after = word(tokens, index + 1);
  return lexicon.currencies.has(after) || lexicon.magnitudes.has(after) || shareUnitEnd(tokens, index + 1, lexicon) !== undefined;
}

/** What a sentence says about all its figures, read once for the sentence. */
interface Context {
  /** It quotes a price per unit (`19.60 dollars a barrel`): its small sums are prices and their moves. */
  quotesPrice: boolean;
  /** It sets out a published document's terms (`the budget contained`, `under the proposal`). */
  setsOutTerms: boolean;
}

const dealNouns = new Set(quantities.dealNouns);
const firstOfRecord = new Set(quantities.firstOfRecord);
const termsDocuments = new Set(quantities.termsDocuments);
const termsVerbs = formIndex(quantities.termsVerbs);
const termsMarkers = new Set(quantities.termsMarkers);
const priceUnitWords = new Set(quantities.priceUnitWords);
/** Words after a hyphenated fraction that make it a threshold, not a share (`a two-thirds majority`). */
const nonShares = new Set(['majority', 'vote', 'quorum']);
/** How far after `under` its document may come (`under the union's revised proposal`). */
const termsReach = 4;

/** Read a sentence once for what frames all its figures: a price per unit, a document's terms. */
function readContext(tokens: readonly Token[], lexicon: Lexicon): Context {
  let quotesPrice = false;
  let setsOutTerms = false;
  for (let index = 0; index < tokens.length && !(quotesPrice && setsOutTerms); index++) {
    const current = word(tokens, index);
    if (!current) continue;
    if (!quotesPrice && priceUnitWords.has(word(tokens, index + 1)) && nounish(tokens[index + 2], lexicon)) {
      const symbol = tokens[index - 1];
      quotesPrice = lexicon.currencies.has(current) || tokens[index].kind === 'number' && symbol?.kind === 'symbol' && lexicon.currencies.has(symbol.text);
    }
    if (!setsOutTerms && termsDocuments.has(current) && termsVerbs.has(word(tokens, index + 1))) setsOutTerms = true;
    if (!setsOutTerms && termsMarkers.has(current)) {
      for (let look = index + 1; look <= index + termsReach && isOwnWord(tokens[look]); look++) {
        if (termsDocuments.has(word(tokens, look))) setsOutTerms = true;
      }
    }
  }
  return {quotesPrice, setsOutTerms};
}

/**
 * A number that names rather than counts, after a label word: `Flight
 * 370`, `Route 22`, `bill 5123`, `No. 5` (the full stop of `No.` may be a
 * token of its own). A share or an amount after the label is still a
 * figure (`a model 40 percent cheaper`).
 */
function isLabelled(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const stop = tokens[index - 1]?.text === '.' && word(tokens, index - 2) === 'no';
  if (!stop && !lexicon.labelWords.has(word(tokens, index - 1))) return false;
  const after = word(tokens, index + 1);
  return !tokens[index].lower.endsWith('%') && shareUnitEnd(tokens, index + 1, lexicon) === undefined && !lexicon.magnitudes.has(after) && !lexicon.currencies.has(after);
}

/** `3 times as`, `five times more`: a ratio. */
const comparativesAfterTimes = new Set(['as', 'more', 'the', 'higher', 'larger', 'bigger', 'faster', 'greater', 'that']);

/** Whether a token in `[from, to)` is a magnitude (`million`, `bn`). */
function hasMagnitude(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let index = from; index < to && index < tokens.length; index++) if (lexicon.magnitudes.has(tokens[index].lower)) return true;
  return false;
}

/** A noun of measurement (`the unemployment rate`, `average`) within a few words of a figure at `at`; `rate` alone does not count. */
function measureNear(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let offset = -3; offset <= 4; offset++) {
    if (offset === 0) continue;
    const near = word(tokens, at + offset);
    if (near !== 'rate' && lexicon.measureNouns.has(near)) return true;
  }
  return false;
}

/** The second number of a ratio (`one in five`, `3 out of 10`): a number, not a year (`14 in 1995`). */
function isShareOf(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  return isNumberAt(tokens, index, lexicon) && !yearPattern.test(tokens[index].lower);
}

function isNumberAt(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const token = tokens[index];
  return token !== undefined && (token.kind === 'number' || lexicon.numberWords.has(token.lower));
}

function shareUnitEnd(tokens: readonly Token[], index: number, lexicon: Lexicon): number | undefined {
  const symbol = tokens[index];
  if (symbol?.kind === 'symbol' && symbol.text === '%') return index + 1;
  const end = matchAny(tokens, index, lexicon.shareUnits);
  return end === -1 ? undefined : end;
}

/** A verb of measured change shortly before the figure (`climbed to 1,214`, `fallen by almost a third`). */
function changeBefore(tokens: readonly Token[], index: number, lexicon: Lexicon): number | undefined {
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    const current = word(tokens, back);
    if (!current) return undefined;
    if (lexicon.changeVerbs.has(current)) return back;
    // Only a preposition or a hedge stands between a verb of change and its figure: `lost when it exploded 73` is two clauses.
    // A range reads on to its second figure (`totaled six to 10 inches`).
    if (!changeBridges.has(current) && !current.endsWith('ly') && !isNumberAt(tokens, back, lexicon)) return undefined;
  }
  return undefined;
}

/** `Kovač, 29, joined…`: a number set off by commas after a name is an age. */
function isAge(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const name = tokens[index - 2];
  return before?.text === ',' && (after?.text === ',' || after === undefined || after.text === '.') && name !== undefined && startsUpperCase(name.text) || before?.text === '(' && after?.text === ')';
}

/** A count of things done over a period (`has expelled 14 diplomats since March`), the period within reach. */
function tally(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const verb = word(tokens, index - 1);
  if (!(verb.endsWith('ed') || verb.endsWith('en')) || verb === 'been') return false;
  for (let look = index + 1; look < tokens.length && look <= index + reach; look++) {
    if (matchAny(tokens, look, lexicon.tallies) !== -1) return true;
  }
  return false;
}

/**
 * Extend a figure's cue over the noun it counts: one word (`4,000
 * cyclists`), or two when the first modifies the second (`25 world
 * leaders`).
 */
function nounEnd(tokens: readonly Token[], index: number, lexicon: Lexicon): number {
  // A plural noun after up to {@link modifierReach} modifiers, names among them (`9,000 Norbank workers`, `107 independent TV stations`).
  for (let look = index; look < index + modifierReach && modifier(tokens[look], lexicon); look++) {
    const head = tokens[look + 1];
    if (nounish(head, lexicon) && head.lower.endsWith('s') && !head.lower.endsWith('ss')) return look + 2;
  }
  if (!nounish(tokens[index], lexicon)) return index;
  if (!tokens[index].lower.endsWith('s') && nounish(tokens[index + 1], lexicon) && tokens[index + 1].lower.endsWith('s')) return index + 2;
  return index + 1;
}

const nounStops = new Set([...quantities.notCountedNouns, ...grammar.prepositions, ...grammar.clauseStarts, ...grammar.coordinators, ...grammar.determiners, ...grammar.beForms, ...grammar.auxiliaries]);
const changeBridges = new Set(quantities.changeBridges);

/** How many words may modify the noun a figure counts. */
const modifierReach = 3;

/** A word that may modify a counted noun: a common noun or adjective, a participle, or a name (`Norbank`, `TV`). */
function modifier(token: Token | undefined, lexicon: Lexicon): boolean {
  if (token === undefined || !isOwnWord(token) || token.kind !== 'word' || nounStops.has(token.lower)) return false;
  // A participle modifies too (`637 affiliated stations`), but not a verb of change (`5 percent raised`).
  return nounish(token, lexicon) || startsUpperCase(token.text) || token.lower.endsWith('ed') && !lexicon.changeVerbs.has(token.lower);
}

/** A common noun a figure can count: not a function word, name, participle, time unit or verb of change. */
function nounish(token: Token | undefined, lexicon: Lexicon): boolean {
  return token !== undefined && isOwnWord(token) && token.kind === 'word' && !nounStops.has(token.lower) && !startsUpperCase(token.text) && !token.lower.endsWith('ed') && !lexicon.timeUnits.has(token.lower) && !lexicon.changeVerbs.has(token.lower);
}

const wordValues: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, hundreds: 200, thousand: 1000, thousands: 2000,
  dozen: 12, dozens: 24, million: 1e6, millions: 2e6, billion: 1e9, billions: 2e9
};

function wordValue(text: string): number {
  return wordValues[text] ?? 13;
}

/**
 * Whether the words at `index` end in a plural noun a figure counts
 * (`stations`, `independent TV stations`), and not as one side of a
 * result (`by 112 votes to 87`).
 */
function countsNoun(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const end = nounEnd(tokens, index, lexicon);
  return end > index && tokens[end - 1].lower.endsWith('s') && !isResult(tokens, index, lexicon);
}

/** `112 votes to 87`, `3 goals to 1`: the count at `index` is one side of a result, published as it is declared. */
function isResult(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const end = nounEnd(tokens, index, lexicon);
  return word(tokens, end) === 'to' && isNumberAt(tokens, end + 1, lexicon);
}
