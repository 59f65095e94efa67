import type {Cue, Strength} from './cue.js';
import {isPossessive, mayTrigger, triggerWords, type Lexicon} from './lexicon.js';
import {candidatesAt, firstWords, isOwnWord, matchAny, matchAt, someWordIn} from './phrases.js';
import {reach} from './reach.js';
import {recordScoped} from './records.js';
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
      cues.push({kind: 'statistic', strength: scoped ? 3 : 1, from: index - 1, to: index + 1});
      continue;
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

    const estimate = matchAny(tokens, index, lexicon.estimateCounts);
    if (estimate !== -1) {
      cues.push({kind: 'statistic', strength: 2, from: index, to: nounEnd(tokens, estimate, lexicon)});
      index = estimate - 1;
      continue;
    }
    const isNumber = token.kind === 'number' || lexicon.numberWords.has(current);
    if (!isNumber) continue;
    const cue = figure(tokens, index, lexicon);
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

function figure(tokens: readonly Token[], index: number, lexicon: Lexicon): Cue | undefined {
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
  if (current.includes('-') && !current.includes('%') && !current.includes('percent')) return undefined;
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
    // A price (`tickets cost £45`) is a plain fact; a large sum (`lost 4.6 million crowns`) is a statistic.
    strength = value >= 1000 || hasMagnitude(tokens, index, end + 1, lexicon) || magnitudeSuffix.test(current) || approximated !== undefined || change !== undefined ? 3 : 1;
  }
  else if (change !== undefined) strength = 3;
  else if (measured) strength = 3;
  else if (approximated !== undefined && !duration) strength = word(tokens, approximated) === 'over' || word(tokens, approximated) === 'under' || word(tokens, approximated) === 'some' ? 2 : 3;
  else if (duration) return undefined;
  // A large count is a statistic; a dimension (`4,810 metres high`) is reference fact.
  else if (digits && value >= 1000) strength = dimension ? 1 : 2;
  else if (tally(tokens, index, lexicon)) strength = 2;
  else if (value >= 2 && word(tokens, end).endsWith('s')) strength = 1;
  if (strength === undefined) return undefined;
  if (ratio) end = word(tokens, end) === 'out' ? end + 3 : end + 2;
  if (unitEnd !== undefined) end = unitEnd;
  else if (lexicon.currencies.has(word(tokens, end))) end++;
  return {kind: 'statistic', strength, from, to: nounEnd(tokens, end, lexicon)};
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
  if (!nounish(tokens[index], lexicon)) return index;
  if (!tokens[index].lower.endsWith('s') && nounish(tokens[index + 1], lexicon) && tokens[index + 1].lower.endsWith('s')) return index + 2;
  return index + 1;
}

const nounStops = new Set([...quantities.notCountedNouns, ...grammar.prepositions, ...grammar.clauseStarts, ...grammar.coordinators, ...grammar.determiners, ...grammar.beForms, ...grammar.auxiliaries]);
const changeBridges = new Set(quantities.changeBridges);

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
