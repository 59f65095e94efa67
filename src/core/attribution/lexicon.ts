import type {AttributionSettings} from '../types.js';
import {formIndex, verbForms} from './inflect.js';
import {compilePhrases, phraseProblem, type PhraseList} from './phrases.js';
import * as allegation from './words/allegation.js';
import * as causal from './words/causal.js';
import * as evaluative from './words/evaluative.js';
import * as hedges from './words/hedges.js';
import * as intent from './words/intent.js';
import * as prediction from './words/prediction.js';
import * as quantities from './words/quantities.js';
import * as reporting from './words/reporting-verbs.js';
import * as sources from './words/sources.js';

/** The word lists, compiled for lookup, with the user's extra reporting verbs and named sources. */
export interface Lexicon {
  /** Inflected reporting verb → base form. */
  reporting: Map<string, string>;
  dataVerbs: Set<string>;
  nounLike: Set<string>;
  opinion: Map<string, string>;
  inverted: Set<string>;
  roles: Set<string>;
  namedSources: PhraseList;
  anonymous: Set<string>;
  groups: Set<string>;
  members: Set<string>;
  organisations: Set<string>;
  documents: Set<string>;
  vagueQuantifiers: Set<string>;
  pronouns: Set<string>;
  impersonal: Set<string>;
  hearsay: Set<string>;
  impersonalPhrases: PhraseList;
  mentalStates: Set<string>;
  estimateCounts: PhraseList;
  anonymity: PhraseList;
  passiveOpinion: Set<string>;
  consensus: Set<string>;
  causal: PhraseList;
  balancedCausal: PhraseList;
  weakCausal: PhraseList;
  dueToNoun: Set<string>;
  nounSuffixes: readonly string[];
  intent: Map<string, string>;
  intentTakesObject: Set<string>;
  intentAdjectives: Set<string>;
  intentIdioms: PhraseList;
  firstPerson: Set<string>;
  predictiveAdjectives: Set<string>;
  predictivePhrases: PhraseList;
  modals: Set<string>;
  predictiveModals: Set<string>;
  likelihood: Set<string>;
  allegation: PhraseList;
  legalProcess: Set<string>;
  evaluative: PhraseList;
  verdicts: PhraseList;
  weakEvaluative: Set<string>;
  intensifiers: Set<string>;
  superlatives: Set<string>;
  approximators: PhraseList;
  numberWords: Set<string>;
  magnitudes: Set<string>;
  shareUnits: PhraseList;
  currencies: Set<string>;
  fractions: Set<string>;
  changeVerbs: Map<string, string>;
  multiplierVerbs: Set<string>;
  measureNouns: Set<string>;
  measurableSuperlatives: Set<string>;
  ordinals: Set<string>;
  timeUnits: Set<string>;
  measureUnits: Set<string>;
  clockWords: Set<string>;
  months: Set<string>;
  labelWords: Set<string>;
  tallies: PhraseList;
  recordPhrases: PhraseList;
  /**
   * Each word that matters to a detector, with its bits: those of the phrase
   * lists it starts a phrase in (see `PhraseList.bit`) and those of the
   * trigger sets it is in (see {@link triggerWords}). Tokenizing looks each
   * word up here once; every later question about it is a bit test.
   */
  wordBits: Map<string, number>;
  /** The bit of each trigger set, in the order {@link triggerWords} declared them (0: every word counts). */
  triggerBits: readonly number[];
}

/** A lexicon's word lists, before the word bits are worked out from them. */
export type LexiconLists = Omit<Lexicon, 'wordBits' | 'triggerBits'>;

const cache = new Map<string, Lexicon>();

/** The last lexicon handed out, with copies of the lists it was built for. */
let last: {verbs: readonly string[]; sources: readonly string[]; lexicon: Lexicon} | undefined;

/** The lexicon for some settings (built once per distinct list of extra verbs and sources). */
export function lexiconFor(settings: Pick<AttributionSettings, 'reportingVerbs' | 'namedSources'>): Lexicon {
  const verbs = settings.reportingVerbs ?? [];
  const sources = settings.namedSources ?? [];
  // Asked once per paragraph, nearly always for the same lists: comparing them is cheaper than serialising them for the key.
  if (last && sameList(last.verbs, verbs) && sameList(last.sources, sources)) return last.lexicon;
  const key = JSON.stringify([verbs, sources]);
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = build(verbs, sources);
    cache.set(key, lexicon);
  }
  last = {verbs: [...verbs], sources: [...sources], lexicon};
  return lexicon;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

const singular = (word: string): string => (word.endsWith('ies') ? word.slice(0, -3) + 'y' : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

function build(extraVerbs: readonly string[], extraSources: readonly string[]): Lexicon {
  const allForms = (bases: readonly string[]) => new Set(bases.flatMap((base) => verbForms(base)));
  const lists: PhraseList[] = [];
  const phraseList = (entries: Iterable<string>, options?: {inflectedOnly?: boolean}): PhraseList => {
    const list = compilePhrases(entries, 1 << lists.length, options);
    lists.push(list);
    return list;
  };
  const lexicon: LexiconLists = {
    reporting: formIndex([...reporting.reportingVerbs, ...extraVerbs.map((verb) => verb.trim()).filter(Boolean)]),
    dataVerbs: allForms(reporting.dataVerbs),
    nounLike: new Set(reporting.nounLikeReportingVerbs),
    opinion: formIndex(reporting.opinionVerbs),
    inverted: new Set(reporting.invertedForms),
    roles: new Set(sources.roles),
    // A phrase with a problem never gets this far from a checker (its settings are refused); anyone else is spared it too.
    namedSources: phraseList(extraSources.map((source) => source.trim()).filter((source) => source && !phraseProblem(source))),
    anonymous: new Set(sources.anonymousSources),
    groups: new Set(sources.unnamedGroups),
    members: new Set(sources.organisationMembers),
    organisations: new Set(sources.organisationNouns.map(singular)),
    documents: new Set(sources.documentNouns.map(singular)),
    vagueQuantifiers: new Set(sources.vagueQuantifiers),
    pronouns: new Set(sources.continuingPronouns),
    impersonal: new Set(sources.impersonalParticiples),
    hearsay: new Set(sources.hearsayAdverbs),
    impersonalPhrases: phraseList(sources.impersonalPhrases),
    mentalStates: new Set(intent.mentalStateAdjectives),
    estimateCounts: phraseList(quantities.estimateCounts),
    anonymity: phraseList(sources.anonymityPhrases),
    passiveOpinion: new Set(sources.passiveOpinionVerbs.flatMap((verb) => verbForms(verb)).filter((form) => /(ed|wn|en|ght|seen)$/.test(form))),
    consensus: new Set(sources.consensusAdverbs),
    causal: phraseList(causal.causalPhrases),
    balancedCausal: phraseList(causal.balancedCausalPhrases),
    weakCausal: phraseList(causal.weakCausalPhrases),
    dueToNoun: new Set(causal.nounPhraseStarts),
    nounSuffixes: causal.nounSuffixes,
    intent: formIndex(intent.intentVerbs),
    intentTakesObject: new Set(intent.intentVerbsTakingObject),
    intentAdjectives: new Set(intent.intentAdjectives),
    intentIdioms: phraseList(intent.intentIdioms),
    firstPerson: new Set(intent.firstAndSecondPerson),
    predictiveAdjectives: new Set(prediction.predictiveAdjectives),
    predictivePhrases: phraseList(prediction.predictivePhrases),
    modals: new Set(prediction.modals),
    predictiveModals: new Set(prediction.predictiveModals),
    likelihood: new Set(hedges.likelihoodAdverbs),
    allegation: phraseList(allegation.allegationTerms, {inflectedOnly: true}),
    legalProcess: new Set(allegation.legalProcessTerms),
    evaluative: phraseList(evaluative.evaluativeWords),
    verdicts: phraseList(evaluative.verdictWords),
    weakEvaluative: new Set(evaluative.weakEvaluativeWords),
    intensifiers: new Set(evaluative.intensifiers),
    superlatives: new Set(evaluative.evaluativeSuperlatives),
    approximators: phraseList(quantities.approximators),
    numberWords: new Set(quantities.numberWords),
    magnitudes: new Set(quantities.magnitudes),
    shareUnits: phraseList(quantities.shareUnits),
    currencies: new Set(quantities.currencies),
    fractions: new Set(quantities.fractions),
    changeVerbs: formIndex(quantities.changeVerbs),
    multiplierVerbs: new Set(quantities.multiplierVerbs),
    measureNouns: new Set(quantities.measureNouns),
    measurableSuperlatives: new Set(quantities.measurableSuperlatives),
    ordinals: new Set(quantities.ordinals),
    timeUnits: new Set(quantities.timeUnits),
    measureUnits: new Set(quantities.measureUnits),
    clockWords: new Set(quantities.clockWords),
    months: new Set(quantities.months),
    labelWords: new Set(quantities.labelWords),
    tallies: phraseList(quantities.tallyWords),
    recordPhrases: phraseList(quantities.recordPhrases)
  };
  const triggerBits = triggerSets.map((parts, index) => (parts(lexicon).includes(undefined) ? 0 : 1 << (lists.length + index)));
  return {...lexicon, wordBits: wordBits(lexicon, lists, triggerBits), triggerBits};
}

/** The word bits of a lexicon: one lookup per token then serves every phrase list and every trigger set. */
function wordBits(lexicon: LexiconLists, lists: readonly PhraseList[], triggerBits: readonly number[]): Map<string, number> {
  // Bits are 32-bit (and the sign bit is left alone): a lexicon has fewer lists and trigger sets than that.
  if (lists.length + triggerBits.length > 31) throw new Error('Too many phrase lists and trigger sets for a bit set');
  const bits = new Map<string, number>();
  const add = (word: string, bit: number) => bits.set(word, (bits.get(word) ?? 0) | bit);
  for (const list of lists) for (const word of list.byFirst.keys()) add(word, list.bit);
  for (const [index, bit] of triggerBits.entries()) {
    if (bit === 0) continue;
    for (const part of triggerSets[index](lexicon)) for (const word of part!) add(word, bit);
  }
  return bits;
}

/** The trigger sets declared by the detectors' modules, in order: each lexicon built gives each one a bit. */
const triggerSets: Array<(lexicon: LexiconLists) => ReadonlyArray<Iterable<string> | undefined>> = [];

/**
 * Declare the words at which a detector can find anything, so that it
 * passes over every other word, and every sentence without one, with a bit
 * test. The parts are word lists; an undefined part (a phrase list that can
 * start anywhere) makes every word count. Returns the
 * set's bit in a lexicon's word bits (see `Token.bits`), or 0 when every
 * word counts, or when the lexicon was built before the set was declared.
 */
export function triggerWords(parts: (lexicon: LexiconLists) => ReadonlyArray<Iterable<string> | undefined>): (lexicon: Lexicon) => number {
  const index = triggerSets.push(parts) - 1;
  return (lexicon) => lexicon.triggerBits[index] ?? 0;
}

/**
 * Whether a token's word (given its `bits`), or some own word of a sentence
 * (given the union of their bits), is in a trigger set, given the set's
 * bit (see {@link triggerWords}); with bit 0, every word is.
 */
export function mayTrigger(bits: number, bit: number): boolean {
  return bit === 0 || (bits & bit) !== 0;
}

/** Singular of a plural noun, roughly (`critics` → `critic`, `authorities` → `authority`). */
export {singular};

/** A possessive: `minister's`, `ministers'`. */
export function isPossessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith("s'");
}

/** A word without its possessive ending (`minister's`, `ministers'` → `minister`, `ministers`). */
export function withoutPossessive(word: string): string {
  if (word.endsWith("'s")) return word.slice(0, -2);
  return word.endsWith("'") ? word.slice(0, -1) : word;
}
