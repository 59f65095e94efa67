import type {AttributionSettings} from '../types.js';
import {formIndex, verbForms} from './inflect.js';
import {compilePhrases, type Phrase} from './phrases.js';
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
  namedSources: Phrase[];
  anonymous: Set<string>;
  groups: Set<string>;
  members: Set<string>;
  organisations: Set<string>;
  documents: Set<string>;
  vagueQuantifiers: Set<string>;
  pronouns: Set<string>;
  impersonal: Set<string>;
  hearsay: Set<string>;
  impersonalPhrases: Phrase[];
  mentalStates: Set<string>;
  estimateCounts: Phrase[];
  anonymity: Phrase[];
  passiveOpinion: Set<string>;
  consensus: Set<string>;
  causal: Phrase[];
  weakCausal: Phrase[];
  dueToNoun: Set<string>;
  nounSuffixes: readonly string[];
  intent: Map<string, string>;
  intentTakesObject: Set<string>;
  intentAdjectives: Set<string>;
  intentIdioms: Phrase[];
  firstPerson: Set<string>;
  predictiveAdjectives: Set<string>;
  predictivePhrases: Phrase[];
  modals: Set<string>;
  predictiveModals: Set<string>;
  likelihood: Set<string>;
  allegation: Phrase[];
  legalProcess: Set<string>;
  evaluative: Phrase[];
  verdicts: Phrase[];
  weakEvaluative: Set<string>;
  intensifiers: Set<string>;
  superlatives: Set<string>;
  approximators: Phrase[];
  numberWords: Set<string>;
  magnitudes: Set<string>;
  shareUnits: Phrase[];
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
  tallies: Phrase[];
  recordPhrases: Phrase[];
}

const cache = new Map<string, Lexicon>();

/** The lexicon for some settings (built once per distinct list of extra verbs and sources). */
export function lexiconFor(settings: Pick<AttributionSettings, 'reportingVerbs' | 'namedSources'>): Lexicon {
  const key = JSON.stringify([settings.reportingVerbs ?? [], settings.namedSources ?? []]);
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = build(settings.reportingVerbs ?? [], settings.namedSources ?? []);
    cache.set(key, lexicon);
  }
  return lexicon;
}

const singular = (word: string): string => (word.endsWith('ies') ? word.slice(0, -3) + 'y' : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

function build(extraVerbs: readonly string[], extraSources: readonly string[]): Lexicon {
  const allForms = (bases: readonly string[]) => new Set(bases.flatMap((base) => verbForms(base)));
  return {
    reporting: formIndex([...reporting.reportingVerbs, ...extraVerbs.map((verb) => verb.trim()).filter(Boolean)]),
    dataVerbs: allForms(reporting.dataVerbs),
    nounLike: new Set(reporting.nounLikeReportingVerbs),
    opinion: formIndex(reporting.opinionVerbs),
    inverted: new Set(reporting.invertedForms),
    roles: new Set(sources.roles),
    namedSources: compilePhrases(extraSources.map((source) => source.trim()).filter(Boolean)),
    anonymous: new Set(sources.anonymousSources),
    groups: new Set(sources.unnamedGroups),
    members: new Set(sources.organisationMembers),
    organisations: new Set(sources.organisationNouns.map(singular)),
    documents: new Set(sources.documentNouns.map(singular)),
    vagueQuantifiers: new Set(sources.vagueQuantifiers),
    pronouns: new Set(sources.continuingPronouns),
    impersonal: new Set(sources.impersonalParticiples),
    hearsay: new Set(sources.hearsayAdverbs),
    impersonalPhrases: compilePhrases(sources.impersonalPhrases),
    mentalStates: new Set(intent.mentalStateAdjectives),
    estimateCounts: compilePhrases(quantities.estimateCounts),
    anonymity: compilePhrases(sources.anonymityPhrases),
    passiveOpinion: new Set(sources.passiveOpinionVerbs.flatMap((verb) => verbForms(verb)).filter((form) => /(ed|wn|en|ght|seen)$/.test(form))),
    consensus: new Set(sources.consensusAdverbs),
    causal: compilePhrases(causal.causalPhrases),
    weakCausal: compilePhrases(causal.weakCausalPhrases),
    dueToNoun: new Set(causal.nounPhraseStarts),
    nounSuffixes: causal.nounSuffixes,
    intent: formIndex(intent.intentVerbs),
    intentTakesObject: new Set(intent.intentVerbsTakingObject),
    intentAdjectives: new Set(intent.intentAdjectives),
    intentIdioms: compilePhrases(intent.intentIdioms),
    firstPerson: new Set(intent.firstAndSecondPerson),
    predictiveAdjectives: new Set(prediction.predictiveAdjectives),
    predictivePhrases: compilePhrases(prediction.predictivePhrases),
    modals: new Set(prediction.modals),
    predictiveModals: new Set(prediction.predictiveModals),
    likelihood: new Set(hedges.likelihoodAdverbs),
    allegation: compilePhrases(allegation.allegationTerms, {inflectedOnly: true}),
    legalProcess: new Set(allegation.legalProcessTerms),
    evaluative: compilePhrases(evaluative.evaluativeWords),
    verdicts: compilePhrases(evaluative.verdictWords),
    weakEvaluative: new Set(evaluative.weakEvaluativeWords),
    intensifiers: new Set(evaluative.intensifiers),
    superlatives: new Set(evaluative.evaluativeSuperlatives),
    approximators: compilePhrases(quantities.approximators),
    numberWords: new Set(quantities.numberWords),
    magnitudes: new Set(quantities.magnitudes),
    shareUnits: compilePhrases(quantities.shareUnits),
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
    tallies: compilePhrases(quantities.tallyWords),
    recordPhrases: compilePhrases(quantities.recordPhrases)
  };
}

/** Singular of a plural noun, roughly (`critics` → `critic`, `authorities` → `authority`). */
export {singular};
