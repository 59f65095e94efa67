import type {Cue, Strength} from './cue.js';
import {isPossessive, mayTrigger, triggerWords, type Lexicon} from './lexicon.js';
import {findPhrase, isOwnWord, mayStart, type PhraseList} from './phrases.js';
import {recordScoped} from './records.js';
import {startsUpperCase, type Token} from './tokens.js';
import {verbForms} from './inflect.js';
import * as causal from './words/causal.js';
import * as evaluative from './words/evaluative.js';
import * as intent from './words/intent.js';
import * as prediction from './words/prediction.js';
import * as grammar from './words/grammar.js';

const determiners = new Set(grammar.determiners);
const beForms = new Set(grammar.beForms);
const copulas = new Set(grammar.copulas);
const auxiliaries = new Set(grammar.auxiliaries);
const eventNouns = new Set(evaluative.eventNouns);
const marketMoves = new Set(causal.marketMoveVerbs.flatMap((verb) => verbForms(verb)));
const marketReasons = new Set(causal.marketReasons);
const undergoingVerbs = new Set(prediction.undergoingVerbs);
const effortVerbs = new Set(intent.effortVerbs);
const observableTasks = new Set(intent.observableTasks);
const modalAdverbs = new Set(prediction.modalAdverbs);
const definite = new Set(evaluative.definiteDeterminers);
const appearanceVerbs = new Set(evaluative.appearanceVerbs);
const outcomeVerbs = new Set(evaluative.outcomeVerbs);
const paceAdjectives = new Set(evaluative.paceAdjectives);
const changeNouns = new Set(evaluative.changeNouns);
const strainWords = new Set(evaluative.strainWords);
const personalPronouns = new Set(['he', 'she', 'they', 'i', 'we', 'you']);
const objectPronouns = new Set(['him', 'her', 'them', 'it', 'us', 'me']);

/**
 * A claim detector: the cues in a sentence's tokens. `bits` is the union of
 * the bits of the sentence's own words (see `Token.bits`): a detector none
 * of whose phrase lists and trigger words are there can find nothing, and
 * returns at once.
 */
type Detector = (tokens: readonly Token[], lexicon: Lexicon, bits: number) => readonly Cue[];

/** What a detector returns when it can find nothing (shared, so never added to). */
const noCues: readonly Cue[] = [];

const word = (tokens: readonly Token[], index: number): string => (isOwnWord(tokens[index]) ? tokens[index].lower : '');
const capitalised = (token: Token | undefined, index: number): boolean => token !== undefined && index > 0 && startsUpperCase(token.text);

function phraseCues(tokens: readonly Token[], bits: number, phrases: PhraseList, kind: Cue['kind'], strength: Strength, skipNames = true): Cue[] {
  const cues: Cue[] = [];
  if (!mayStart(bits, phrases)) return cues;
  let from = 0;
  for (;;) {
    const match = findPhrase(tokens, phrases, from);
    if (!match) break;
    if (!(skipNames && capitalised(tokens[match.start], match.start))) cues.push({kind, strength, from: match.start, to: match.end});
    from = match.end;
  }
  return cues;
}

/** Wrongdoing stated as fact; a sentence about a charge, trial or inquiry reports it as an allegation instead. */
export const allegations: Detector = (tokens, lexicon, bits) => {
  if (!mayStart(bits, lexicon.allegation)) return noCues;
  const cues = phraseCues(tokens, bits, lexicon.allegation, 'allegation', 3);
  // Most sentences state no wrongdoing: only those that do are read for a legal process.
  if (cues.length > 0 && tokens.some((token) => isOwnWord(token) && lexicon.legalProcess.has(token.lower))) return [];
  return cues;
};

/** Why something happened, or what it led to. */
export const causes: Detector = (tokens, lexicon, bits) => {
  const dueTo = mayTrigger(bits, dueWords(lexicon));
  if (!dueTo && !mayStart(bits, lexicon.causal) && !mayStart(bits, lexicon.weakCausal) && !mayStart(bits, lexicon.balancedCausal)) return noCues;
  const cues = phraseCues(tokens, bits, lexicon.causal, 'causal', 3);
  for (const cue of phraseCues(tokens, bits, lexicon.balancedCausal, 'causal', 2)) if (statesCause(tokens, cue)) cues.push(cue);
  for (const cue of cues) {
    // `the avenue leading to the square` describes a noun (a path, a link); `…, leading to delays` states a result.
    const first = word(tokens, cue.from);
    if (first.endsWith('ing') && first !== 'owing' && isOwnWord(tokens[cue.from - 1])) cue.strength = 1;
  }
  // `could trigger an election` forecasts a cause: the prediction detector owns it.
  // Filtered in place in one pass: a splice per cue was quadratic in a sentence of many.
  let keptCues = 0;
  for (const cue of cues) if (!afterModal(tokens, cue.from, lexicon)) cues[keptCues++] = cue;
  cues.length = keptCues;
  for (let index = 0; dueTo && index < tokens.length - 1; index++) {
    if (word(tokens, index) !== 'due' || word(tokens, index + 1) !== 'to') continue;
    // `due to a fault` is a cause; `due to open on Monday` is a schedule.
    const next = tokens[index + 2];
    const nextWord = word(tokens, index + 2);
    const nounPhrase = next !== undefined && (next.kind === 'number' || lexicon.dueToNoun.has(nextWord) || startsUpperCase(next.text) || lexicon.nounSuffixes.some((suffix) => nextWord.endsWith(suffix)));
    if (nounPhrase) cues.push({kind: 'causal', strength: 3, from: index, to: index + 2});
  }
  // `on` starts causal phrases (`on account of`), so a sentence with one is read here: a market move with its reason.
  if (mayStart(bits, lexicon.causal)) {
    for (let index = 1; index < tokens.length - 1; index++) {
      if (tokens[index].lower !== 'on' || !isOwnWord(tokens[index])) continue;
      const cue = marketMoveOn(tokens, index);
      if (cue) cues.push(cue);
    }
  }
  cues.push(...phraseCues(tokens, bits, lexicon.weakCausal, 'causal', 1));
  return cues;
};

/**
 * Whether a balanced-sensitivity causal phrase states a cause here, not
 * one of its plain readings: `all passengers were accounted for` (found),
 * `accounting for inflation` (allowing for), `to ensure` and `must ensure`
 * (a purpose or a duty, not a consequence), `made the trip more than` (a
 * figure follows), `forced to the ground` (no verb follows), `the club's
 * accounts for 2021` (a noun).
 */
function statesCause(tokens: readonly Token[], cue: Cue): boolean {
  const first = word(tokens, cue.from);
  const before = word(tokens, cue.from - 1);
  const last = word(tokens, cue.to - 1);
  const after = tokens[cue.to];
  // After a determiner or a possessive, `accounts for 2021` is a noun: a company's books.
  if (first.startsWith('account')) return first !== 'accounting' && !beForms.has(before) && before !== 'been' && !determiners.has(before) && !isPossessive(before);
  if (first.startsWith('ensur')) return before !== 'to' && before !== 'must';
  if (last === 'to') return after !== undefined && isOwnWord(after) && after.kind === 'word' && !determiners.has(after.lower) && !capitalised(after, cue.to);
  if (last === 'more' || last === 'less') return after !== undefined && isOwnWord(after) && after.kind === 'word' && after.lower !== 'than';
  return true;
}

/** How far before `on` the verb of a market move may stand (`rose 5 pct on`, `firmed sharply on`). */
const moveReach = 3;

/**
 * A market move explained (`firmed on the news`, `fell sharply on renewed
 * fears`): `on` at `index`, a reason within two words after it, a verb of
 * a move within {@link moveReach} words before it, none of them across
 * punctuation. The cue runs from the verb to the reason.
 */
function marketMoveOn(tokens: readonly Token[], index: number): Cue | undefined {
  let reason = -1;
  for (let next = index + 1; next <= index + 3 && next < tokens.length && isOwnWord(tokens[next]); next++) {
    if (marketReasons.has(tokens[next].lower)) {
      reason = next;
      break;
    }
  }
  if (reason === -1) return undefined;
  for (let back = index - 1; back >= 0 && back >= index - moveReach && isOwnWord(tokens[back]); back--) {
    // A capital is part of a name (`the Open on…`), not a move.
    if (marketMoves.has(tokens[back].lower) && !capitalised(tokens[back], back)) return {kind: 'causal', strength: 3, from: back, to: reason + 1};
  }
  return undefined;
}

/** `due to` is read outside the causal phrase lists. */
const dueWords = triggerWords(() => [['due']]);

/** A modal right before `index`, or a modal and a hedge (`could trigger`, `would likely spark`). */
function afterModal(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  return lexicon.modals.has(word(tokens, index - 1)) || (lexicon.likelihood.has(word(tokens, index - 1)) && lexicon.modals.has(word(tokens, index - 2)));
}

/** Participles that forecast after a copula (`rain is forecast`). */
const forecastParticiples = new Set(['forecast', 'predicted', 'projected', 'expected', 'tipped']);

/** Words that can start a prediction outside the phrase list. */
const predictionWords = triggerWords((lexicon) => [lexicon.predictiveAdjectives, forecastParticiples, lexicon.modals]);

/** What will, or is likely to, happen. */
export const predictions: Detector = (tokens, lexicon, bits) => {
  const trigger = predictionWords(lexicon);
  if (!mayTrigger(bits, trigger) && !mayStart(bits, lexicon.predictivePhrases)) return noCues;
  const cues: Cue[] = phraseCues(tokens, bits, lexicon.predictivePhrases, 'prediction', 3);
  for (let index = 0; index < tokens.length; index++) {
    if (!mayTrigger(tokens[index].bits, trigger)) continue;
    const current = word(tokens, index);
    if (!current) continue;
    // `is expected to`, `looks set to`, `is unlikely to`.
    if (lexicon.predictiveAdjectives.has(current) && word(tokens, index + 1) === 'to') {
      let back = index - 1;
      while (back >= 0 && (word(tokens, back).endsWith('ly') || lexicon.likelihood.has(word(tokens, back))) && !lexicon.predictiveAdjectives.has(word(tokens, back))) back--;
      const copula = copulas.has(word(tokens, back));
      // `set`, `bound`, `sure` and `certain` predict only after a copula (`is set to`, not `a date set to suit`).
      if (copula || (current !== 'set' && current !== 'bound' && current !== 'sure' && current !== 'certain')) {
        const to = word(tokens, index + 2) ? index + 3 : index + 2;
        cues.push({kind: 'prediction', strength: 3, from: copula ? back : index, to});
      }
      continue;
    }
    // `rain is forecast for the weekend`: a forecast with no forecaster.
    if (forecastParticiples.has(current) && copulas.has(word(tokens, index - 1)) && word(tokens, index + 1) !== 'by') {
      cues.push({kind: 'prediction', strength: word(tokens, index + 1) === 'for' || word(tokens, index + 1) === 'in' ? 3 : 2, from: index - 1, to: index + 1});
      continue;
    }
    // `in May` is a month, not a modal.
    if (lexicon.modals.has(current) && !(current === 'may' && capitalised(tokens[index], index))) {
      // A modal with a hedge (`will likely`, `could soon`, `may well`) forecasts; a bare one may schedule or permit.
      let next = index + 1;
      while (next < tokens.length && lexicon.likelihood.has(word(tokens, next))) next++;
      const hedged = next > index + 1 && word(tokens, next) !== '';
      const negated = word(tokens, index + 1) === 'not';
      if (hedged) cues.push({kind: 'prediction', strength: 3, from: index, to: next + 1});
      else if (lexicon.predictiveModals.has(current) && word(tokens, next) && !negated) {
        // `may` also permits (`residents may speak`), except before a verb its subject undergoes (`may also face`).
        let verb = next;
        while (current === 'may' && verb < index + 3 && modalAdverbs.has(word(tokens, verb))) verb++;
        const undergoes = current === 'may' && undergoingVerbs.has(word(tokens, verb));
        const strength: Strength = current === 'will' || current === 'would' || (current === 'may' && !undergoes) || current === "won't" ? 1 : 2;
        const perfect = word(tokens, next) === 'have';
        if (!perfect) cues.push({kind: 'prediction', strength, from: index, to: (undergoes ? verb : next) + 1});
      }
    }
  }
  return cues;
};

/** Words that can start an intent outside the idioms: an adjective of will, a mental state, an intent verb. */
const intentWords = triggerWords((lexicon) => [lexicon.intentAdjectives, lexicon.mentalStates, lexicon.intent.keys()]);

/** What a third party wants, hopes, fears, believes or tries to do. */
export const intents: Detector = (tokens, lexicon, bits) => {
  const trigger = intentWords(lexicon);
  if (!mayTrigger(bits, trigger) && !mayStart(bits, lexicon.intentIdioms)) return noCues;
  const cues: Cue[] = phraseCues(tokens, bits, lexicon.intentIdioms, 'intent', 3);
  for (let index = 0; index < tokens.length; index++) {
    if (!mayTrigger(tokens[index].bits, trigger)) continue;
    const current = word(tokens, index);
    if (!current) continue;
    const next = word(tokens, index + 1);
    if (lexicon.intentAdjectives.has(current) && next === 'to' && copulas.has(word(tokens, index - 1))) {
      cues.push({kind: 'intent', strength: 3, from: index - 1, to: index + 3 <= tokens.length ? index + 3 : index + 2});
      continue;
    }
    // `is worried that`, `are confident about`: a third party's state of mind.
    if (lexicon.mentalStates.has(current) && copulas.has(word(tokens, index - 1)) && ['that', 'about', 'of', 'by', 'with', 'the', 'it'].includes(next) && !lexicon.firstPerson.has(word(tokens, index - 2))) {
      cues.push({kind: 'intent', strength: 2, from: index - 1, to: index + 1});
      continue;
    }
    const base = lexicon.intent.get(current);
    // A sentence does not open with a verb: `Fears grew` is a noun.
    if (!base || index === 0 || (current === base && current.endsWith('ing'))) continue;
    const previousWord = word(tokens, index - 1);
    // A noun (`their hopes`, `fears of`, `the plans`), not a verb.
    if (previousWord && (determiners.has(previousWord) || isPossessive(previousWord))) continue;
    if (next === 'of' || next === 'for' && base !== 'hope' && base !== 'long') continue;
    if (current.endsWith('ed') && beForms.has(previousWord)) continue; // passive: `was feared dead`
    // `to` must start an infinitive (`hopes to win`), not a place (`raced to the scene`).
    const after = tokens[index + 2];
    const infinitive = next === 'to' && after !== undefined && isOwnWord(after) && after.kind === 'word' && !determiners.has(after.lower) && !capitalised(after, index + 2);
    if (next === 'to' && !infinitive) continue;
    // Effort at a physical task is seen, not a mind (`crews battled to contain the fire`).
    if (infinitive && effortVerbs.has(base) && observableTasks.has(after.lower)) continue;
    // `hopes the stimulus will…`: a clause with `that` left out.
    const clause = ['hope', 'worry', 'believe', 'think', 'suspect'].includes(base) && (determiners.has(next) || ['he', 'she', 'it', 'they', 'this', 'there'].includes(next));
    // `aimed at` names the purpose of a thing (`talks aimed at a deal`, `a bill aimed at landlords`), not a mind; `aims at` is a wish.
    const aimsAt = base === 'aim' && next === 'at' && current !== 'aimed';
    if (!lexicon.intentTakesObject.has(base) && !infinitive && !clause && next !== 'that' && !aimsAt && !(base === 'hope' && next === 'for')) continue;
    if (!next) continue;
    // Mental states of the writer or reader are not a third party's.
    let subject = index - 1;
    while (subject >= 0 && (auxiliaries.has(word(tokens, subject)) || word(tokens, subject).endsWith('ly') || beForms.has(word(tokens, subject)))) subject--;
    if (lexicon.firstPerson.has(word(tokens, subject))) continue;
    // Belief verbs say less about a plan than `wants to` or `aims to`.
    const strength: Strength = base === 'think' || base === 'feel' || base === 'believe' || base === 'long' ? 2 : 3;
    // The cue takes in an adverb right before (`privately fears`) and `to` with its verb (`hopes to secure`).
    const from = word(tokens, index - 1).endsWith('ly') ? index - 1 : index;
    const to = next === 'to' ? Math.min(tokens.length, index + 3) : index + 1;
    cues.push({kind: 'intent', strength, from, to});
  }
  return cues;
};

/** Words that can judge outside the phrase lists: intensifiers, superlatives, weak judgements and comparatives. */
const judgingWords = triggerWords((lexicon) => [lexicon.intensifiers, lexicon.superlatives, lexicon.weakEvaluative, ['more', 'less']]);

/**
 * Whether the event noun at `index` refers to a known event: a definite
 * determiner or a possessive heads its noun phrase (`the disaster`, `the
 * ferry disaster`, `the minister's scandal`), with at most three words
 * between. A copula before the phrase predicates it instead (`this was the
 * disaster everyone feared`).
 */
function namesKnownEvent(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && back >= index - 4; back--) {
    const before = word(tokens, back);
    if (!before) return false;
    if (definite.has(before) || isPossessive(before)) return !copulas.has(word(tokens, back - 1));
    if (determiners.has(before)) return false;
  }
  return false;
}

/**
 * Whether a judging construction judges here. `seemed to` is the writer's
 * inference, unless a person is its subject (a stance they show); `proved`
 * needs an adjective or `to be` after it (`proved difficult`), not an
 * object (`proved the theory`, `proved that`); `slow to` judges a response
 * after a copula and before a verb (`were slow to react`, not `slowed to a
 * crawl` or `a slow to-do list`). Other cues judge wherever they stand.
 * The cue of an inference takes in its verb (`seemed to be`), and that of
 * a pace its copula and verb (`were slow to react`).
 */
function readsAsJudgement(tokens: readonly Token[], cue: Cue, first: string): boolean {
  const after = tokens[cue.to];
  // A plural noun (`appeared to reporters`) is no verb; few verbs end in a single `s`.
  const plural = after !== undefined && after.lower.endsWith('s') && !after.lower.endsWith('ss');
  const verbAfter = after !== undefined && isOwnWord(after) && after.kind === 'word' && !determiners.has(after.lower) && !capitalised(after, cue.to) && !plural;
  if (first === 'a' && word(tokens, cue.from + 1) === 'marked') return changeNouns.has(word(tokens, cue.to));
  if (first === 'under' && word(tokens, cue.from + 1) === 'pressure') {
    const before = word(tokens, cue.from - 1);
    return copulas.has(before) || before === 'been' || strainWords.has(before) || strainWords.has(word(tokens, cue.to));
  }
  if (appearanceVerbs.has(first)) {
    if (!verbAfter || personBefore(tokens, cue.from)) return false;
    cue.to++;
    return true;
  }
  if (outcomeVerbs.has(first)) {
    const next = word(tokens, cue.from + 1);
    // `a proving ground`, `the company's proved reserves`, `Proved reserves rose`: an adjective before a noun.
    const before = word(tokens, cue.from - 1);
    if (cue.from === 0 || determiners.has(before) || isPossessive(before)) return false;
    return next !== '' && tokens[cue.from + 1].kind === 'word' && next !== 'that' && !determiners.has(next) && !objectPronouns.has(next) && !capitalised(tokens[cue.from + 1], cue.from + 1);
  }
  if (paceAdjectives.has(first)) {
    if (!verbAfter || !(copulas.has(word(tokens, cue.from - 1)) || word(tokens, cue.from - 1) === 'been')) return false;
    cue.from--;
    cue.to++;
    return true;
  }
  return true;
}

/** How far back from a verb a person may be named as its subject (`Ada Lund, the club's chair since 2019, seemed to`). */
const subjectReach = 12;

/**
 * Whether a person may be the subject of the verb at `index`: a name (a
 * capital past the sentence's first word) or a personal pronoun within
 * {@link subjectReach} words before it in the sentence, or a first word
 * that is a capitalised name rather than a common noun (`Lund seemed to`,
 * not `Prices seemed to` nor `The filing seemed to`). An organisation's
 * name counts too: its stance, shown in public, is its own.
 */
function personBefore(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && back >= index - subjectReach; back--) {
    const token = tokens[back];
    if (!isOwnWord(token)) continue;
    if (personalPronouns.has(token.lower) || capitalised(token, back)) return true;
    if (back === 0) return startsUpperCase(token.text) && !determiners.has(token.lower) && token.lower !== 'it' && !token.lower.endsWith('s');
  }
  return false;
}

/** Judgements and characterisations. */
export const evaluations: Detector = (tokens, lexicon, bits) => {
  const trigger = judgingWords(lexicon);
  if (!mayTrigger(bits, trigger) && !mayStart(bits, lexicon.verdicts) && !mayStart(bits, lexicon.evaluative)) return noCues;
  const cues: Cue[] = [...phraseCues(tokens, bits, lexicon.verdicts, 'evaluative', 3), ...phraseCues(tokens, bits, lexicon.evaluative, 'evaluative', 2)].filter((cue) => {
    // `after striking an iceberg`, `worrying the markets`: a verb with an object, not a judgement.
    const first = word(tokens, cue.from);
    const next = tokens[cue.to];
    if (cue.to === cue.from + 1 && eventNouns.has(first) && namesKnownEvent(tokens, cue.from)) return false;
    if (!readsAsJudgement(tokens, cue, first)) return false;
    return !(cue.to === cue.from + 1 && first.endsWith('ing') && next !== undefined && isOwnWord(next) && (determiners.has(next.lower) || objectPronouns.has(next.lower) || startsUpperCase(next.text)));
  });
  for (let index = 0; index < tokens.length; index++) {
    if (!mayTrigger(tokens[index].bits, trigger)) continue;
    const current = word(tokens, index);
    if (!current || capitalised(tokens[index], index)) continue;
    if (lexicon.intensifiers.has(current) && word(tokens, index + 1)) {
      cues.push({kind: 'evaluative', strength: 2, from: index, to: index + 2});
      continue;
    }
    if (lexicon.superlatives.has(current)) {
      const before = word(tokens, index - 1);
      const after = word(tokens, index + 1);
      const isDegree = current === 'most' || current === 'least';
      if (isDegree && (!['the', 'a', 'its', 'their', 'his', 'her'].includes(before) || !after || after === 'of' || lexicon.numberWords.has(after))) continue;
      if (!isDegree && !(['the', 'its', 'their', 'his', 'her', 'our', 'my'].includes(before) || before === 'among' || word(tokens, index - 2) === 'among')) continue;
      // A superlative scoped as a record (`the best season in the club's history`) is surer than one alone.
      cues.push({kind: 'evaluative', strength: recordScoped(tokens, index) ? 3 : 2, from: index - 1, to: isDegree ? index + 2 : index + 1});
      continue;
    }
    if (lexicon.weakEvaluative.has(current)) cues.push({kind: 'evaluative', strength: 1, from: index, to: index + 1});
    else if (current === 'more' || current === 'less') {
      // `more economical than copper`: a comparison stated as fact is surer than a bare `more`.
      const compared = word(tokens, index + 2) === 'than' && tokens[index + 1].kind === 'word';
      if (word(tokens, index + 1) && !['than', 'of', 'and'].includes(word(tokens, index + 1))) cues.push({kind: 'evaluative', strength: compared ? 2 : 1, from: index, to: compared ? index + 3 : index + 2});
    }
  }
  // An intensified judgement is surer than either word alone.
  let starts: Set<number> | undefined;
  for (const cue of cues) {
    if (cue.strength !== 2 || !lexicon.intensifiers.has(word(tokens, cue.from))) continue;
    // Where cues start, gathered once (asking every cue of a long sentence was quadratic); one at cue.from + 1 is another cue.
    starts ??= new Set(cues.map((other) => other.from));
    if (starts.has(cue.from + 1)) cue.strength = 3;
  }
  return cues;
};
