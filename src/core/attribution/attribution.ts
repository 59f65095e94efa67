import type {Lexicon} from './lexicon.js';
import {isPossessive, mayTrigger, singular, triggerWords, withoutPossessive} from './lexicon.js';
import {firstWords, isOwn, isOwnWord, matchAny, someWordIn} from './phrases.js';
import {endsSentence, startsUpperCase, type Token} from './tokens.js';
import type {Cue} from './cue.js';
import type {SourceEvent} from './discourse.js';
import {reach} from './reach.js';
import * as grammar from './words/grammar.js';
import * as reportingWords from './words/reporting-verbs.js';
import * as sources from './words/sources.js';

const determiners = new Set(grammar.determiners);
const thingVerbs = new Set(reportingWords.thingVerbs);
const beForms = new Set(grammar.beForms);
const auxiliaries = new Set(grammar.auxiliaries);
const clauseStarts = new Set([...grammar.clauseStarts, ...grammar.whWords]);
const looseTies = new Set(grammar.looseTies);
const membership = new Set(grammar.membershipPrepositions);
const places = new Set(grammar.placePrepositions);
const prepositions = new Set(grammar.prepositions);
const coordinators = new Set(grammar.coordinators);
const finiteAuxiliaries = new Set(grammar.finiteAuxiliaries);
/** Words that follow a reporting verb rather than a noun (`claims that`, `reports the`). */
/** The word that introduces a passive's agent (`was described by the minister`). */
const agentWords = new Set(['by']);
/** Words that make a document or group before its noun definite (`the survey`, `their analysts`). */
const definiteWords = new Set(['the', 'this', 'its', 'their']);
/** Words that refer back to one person the story has introduced (`the columnist`, `this analyst`). */
const referringWords = new Set(['the', 'this', 'that']);
const verbFollowers = new Set(['that', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'it', 'he', 'she', 'they', 'there', 'to', 'this', 'these', 'those']);

/**
 * Words that follow a noun but never a reporting verb: a preposition
 * other than `to` (`the report on`, `a project in`), a form of `be`, an
 * auxiliary, a conjunction (`the report was`, `claims and counterclaims`).
 */
const nounFollowers = new Set([...grammar.prepositions.filter((word) => word !== 'to' && word !== 'about'), ...grammar.beForms, ...grammar.finiteAuxiliaries, ...grammar.coordinators]);

/** Pronouns that can only be a subject: a noun-or-verb word after one is the verb. */
const personalPronouns = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/** What a sentence says about its source. */
export interface SourceFinding {
  /** A named or specific source speaks for the sentence. */
  named: boolean;
  /** A source that names no one, if any. */
  vague?: Cue;
  /** A reporting verb with a named subject stands outside any quotation: quoted speech here has a speaker. */
  speaker: boolean;
  /**
   * The sentence opens with its attribution (`According to the ministry, …`):
   * at a paragraph's start, it covers the paragraph.
   */
  leads?: boolean;
  /**
   * The sentence ends with its attribution, set off by a comma or a closing
   * quotation mark (`…, the bank said in a statement.`, `…," he said.`): at
   * a paragraph's end, it covers the sentences before it.
   */
  trails?: boolean;
  /** The subject of the first reporting verb whose subject names no one. */
  vagueSubject?: {from: number; to: number};
  /** Every named speaker's reporting verb and subject, in order (the first one's tense says which sentences after it go on reporting). */
  speakers?: Array<{verb: number; subject: {from: number; to: number}}>;
}

type SourceClass = 'named' | 'vague' | 'none';

/**
 * Find the attributions in a sentence: `according to X`, reporting verbs
 * with their subject (before or after the verb), data speaking through
 * `show`/`found`, impersonal `it is understood`, and hearsay adverbs.
 * `bits` is the union of the bits of the sentence's own words (see
 * `Token.bits`): without a word that can start an attribution, there is none.
 */
export function findSources(tokens: readonly Token[], lexicon: Lexicon, bits: number): SourceFinding {
  const result: SourceFinding = {named: false, speaker: false};
  const trigger = sourceWords(lexicon);
  if (!mayTrigger(bits, trigger)) return result;
  const single = singleSourceWords(lexicon);
  let anonymous = false;
  let trailingVague = false;
  // A source the writer's settings name (`namedSources`) stays named whatever else the sentence holds.
  let configured = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!mayTrigger(token.bits, trigger) || !isOwnWord(token)) continue;
    const word = token.lower;

    if (matchAny(tokens, index, lexicon.namedSources) !== -1) {
      result.named = configured = true;
      continue;
    }

    if (word === 'according' && tokens[index + 1]?.lower === 'to') {
      const end = phraseEnd(tokens, index + 2);
      if (end === -1) continue;
      const kind = classify(tokens, index + 2, end, lexicon);
      if (kind === 'vague') {
        noteVague(result, index + 2, end);
        if (closesSentence(tokens, index, end)) trailingVague = true;
      } else {
        result.named = true;
        if (opensSentence(tokens, index) && tokens[end]?.text === ',') result.leads = true;
      }
      continue;
    }

    const anonymity = matchAny(tokens, index, lexicon.anonymity);
    if (anonymity !== -1) {
      result.vague = {kind: 'vague-source', strength: 3, from: index, to: anonymity};
      anonymous = true;
      continue;
    }

    const impersonal = matchAny(tokens, index, lexicon.impersonalPhrases);
    if (impersonal !== -1) {
      noteVague(result, index, impersonal);
      continue;
    }
    // The rest reads single words; most words that start a phrase (`the`, `on`) are none of them.
    if (!mayTrigger(token.bits, single)) continue;

    if (lexicon.hearsay.has(word)) {
      noteVague(result, index, index + 1);
      continue;
    }

    // `it is (widely) understood that`, `he is believed to have`.
    if (lexicon.impersonal.has(word) && word !== 'expected') {
      let back = index - 1;
      while (back >= 0 && isOwnWord(tokens[back]) && tokens[back].lower.endsWith('ly')) back--;
      if (back >= 0 && beForms.has(tokens[back]?.lower ?? '')) {
        let subject = back - 1;
        if (['has', 'have', 'had'].includes(tokens[subject]?.lower ?? '')) subject--;
        const next = tokens[index + 1]?.lower;
        // `it is understood that…`, and at a sentence's end: `…, it is believed.`
        if (tokens[subject]?.lower === 'it' && (next === undefined || next === 'that' || next === 'to' || tokens[index + 1].kind === 'punctuation')) {
          noteVague(result, subject, index + 1);
          continue;
        }
        if (next === 'to' && word !== 'known' && tokens[index + 2]?.lower !== 'be' ) {
          noteVague(result, back, index + 2);
          continue;
        }
      }
    }

    // `has been widely criticised`, `is regarded as`: a judgement with no one to own it.
    if (lexicon.passiveOpinion.has(word) && !someWordIn(tokens, index + 1, index + 4, agentWords)) {
      let back = index - 1;
      let consensus = false;
      while (back >= 0 && isOwnWord(tokens[back]) && tokens[back].lower.endsWith('ly')) {
        consensus ||= lexicon.consensus.has(tokens[back].lower);
        back--;
      }
      if (back >= 0 && beForms.has(tokens[back].lower) && tokens[back].lower !== 'get') {
        const next = tokens[index + 1]?.lower;
        if (consensus) noteVague(result, back + 1, index + 1);
        else if (next === 'as' || next === 'to') result.vague ??= {kind: 'vague-source', strength: 2, from: back, to: index + 1};
        if (consensus || next === 'as' || next === 'to') continue;
      } else if (consensus && back + 1 < index && (word.endsWith('ed') || irregularParticiples.has(word)) && tokens[back]?.text === ',') {
        // `Reagan's speech, widely regarded as critical, …`: the same judgement, in an aside with no `is`.
        noteVague(result, back + 1, index + 1);
        continue;
      }
    }

    const base = lexicon.reporting.get(word) ?? (lexicon.dataVerbs.has(word) ? word : undefined);
    const opinion = lexicon.opinion.get(word);
    if (base === undefined && opinion === undefined) continue;
    if (!readsAsVerb(tokens, index, base ?? opinion ?? word, lexicon)) continue;

    const subject = subjectOf(tokens, index, lexicon);
    if (!subject) continue;
    const isData = lexicon.dataVerbs.has(word) && !lexicon.reporting.has(word);
    // Data speaks only through a document (`the survey found`), not through people.
    if (isData && headOf(tokens, subject.from, subject.to, lexicon)?.type !== 'document') continue;
    // `The queue at the quay might indicate…`: a verb that things do as well as people reports only when someone or something that can speak is its subject.
    if (thingVerbs.has(base ?? '') && !mayBeSource(tokens, subject.from, subject.to, lexicon)) continue;
    const kind = classify(tokens, subject.from, subject.to, lexicon);
    if (kind === 'vague') {
      result.vagueSubject ??= subject;
      // The attribution that closes the sentence reports all of it (`…, the analysts said.`), whatever named thing argues inside it.
      if (closesSentence(tokens, Math.min(subject.from, index), Math.max(subject.to, index + 1))) trailingVague = true;
      // The cue runs from the subject through the verb (`Experts have long warned`), unless an aside parts them.
      const near = subject.to <= index ? index - subject.to <= 3 : subject.from === index + 1;
      noteVague(result, near ? Math.min(subject.from, index) : subject.from, near ? Math.max(subject.to, index + 1) : subject.to);
    } else if (kind === 'named' && base !== undefined) {
      result.named = true;
      result.speaker = true;
      (result.speakers ??= []).push({verb: index, subject});
      if (closesSentence(tokens, Math.min(subject.from, index), Math.max(subject.to, index + 1))) result.trails = true;
    }
  }
  // A speaker who asked not to be named is no named source, whatever the subject looks like.
  if (anonymous || (trailingVague && !configured)) result.named = result.speaker = false;
  return result;
}

/** The words that can start an attribution: a phrase's first word, `according`, or a verb or adverb of reporting. */
const sourceWords = triggerWords((lexicon) => [
  firstWords(lexicon.namedSources), firstWords(lexicon.anonymity), firstWords(lexicon.impersonalPhrases), ['according'],
  lexicon.hearsay, lexicon.impersonal, lexicon.passiveOpinion, lexicon.reporting.keys(), lexicon.dataVerbs, lexicon.opinion.keys()
]);

/** The single words read after the phrases: adverbs of hearsay, impersonal and passive participles, and reporting, data and opinion verbs. */
const singleSourceWords = triggerWords((lexicon) => [
  lexicon.hearsay, lexicon.impersonal, lexicon.passiveOpinion, lexicon.reporting.keys(), lexicon.dataVerbs, lexicon.opinion.keys()
]);

/** A vague source, unless the sentence already has one. */
function noteVague(result: SourceFinding, from: number, to: number): void {
  result.vague ??= {kind: 'vague-source', strength: 3, from, to};
}

/** Whether `index` is the sentence's first word, after any opening conjunction (`But according to …`). */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  if (index > reach) return false;
  for (let before = 0; before < index; before++) if (!(isOwnWord(tokens[before]) && openers.has(tokens[before].lower))) return false;
  return true;
}

/** Most words after an attribution that still ends its sentence (`said on Tuesday in a statement`). */
const trailingWords = 6;

/**
 * Whether the attribution in tokens `[from, to)` ends its sentence: set off
 * by a comma or closing quotation mark before it, and followed only by a
 * few words that report no clause of their own (`in a statement`, not
 * `that rates would rise`).
 */
function closesSentence(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (!before || !(before.text === ',' || before.quoteMark === 'close')) return false;
  let words = 0;
  // Within reach: what lies further on is a clause of its own, and a run with no full stop must not be read to its end.
  if (tokens.length - to > reach) return false;
  for (let index = to; index < tokens.length; index++) {
    const token = tokens[index];
    if (!isOwn(token)) return false;
    if (token.kind === 'punctuation' && token.text !== '.' && token.text !== ',') return false;
    if (!isOwnWord(token)) continue;
    if (clauseStarts.has(token.lower) || ++words > trailingWords) return false;
  }
  return true;
}

/** Past forms of reporting verbs that do not end in `-ed`. */
const irregularParticiples = new Set(['said', 'told', 'wrote', 'written', 'found', 'shown', 'thought', 'seen', 'felt', 'put', 'forecast']);

/** Whether a reporting-verb form is used as a verb here (not `the report`, `a sharp reply`, `the reported figure`). */
export function readsAsVerb(tokens: readonly Token[], index: number, base: string, lexicon: Lexicon): boolean {
  const word = tokens[index].lower;
  const previous: Token | undefined = tokens[index - 1];
  const previousWord = previous && isOwnWord(previous) ? previous.lower : '';
  const isParticiple = word.endsWith('ed') || irregularParticiples.has(word);
  if (previousWord && (determiners.has(previousWord) || isPossessive(previousWord))) return false;
  // `from posting a bond`, `by saying so`: after a preposition an -ing form is a noun (a gerund), not the sentence's verb.
  if (word.endsWith('ing') && previousWord && prepositions.has(previousWord)) return false;
  // `earlier than expected`, `as forecast`: a comparison, reporting no one.
  if (previousWord === 'than' || (previousWord === 'as' && (word.endsWith('ed') || irregularParticiples.has(word)))) return false;
  // `pressure to agree`, `expected to comment`: an infinitive reports nothing yet.
  if (previousWord === 'to' && word === base) return false;
  // `will add to spending`: the verb of sums, not of saying.
  if (base === 'add' && tokens[index + 1]?.lower === 'to') return false;
  // `a drug called Activase`: a thing given its name, not a speaker calling it something.
  if (namingVerbs.has(base) && isParticiple && namedThing(tokens, index)) return false;
  // Capitalised inside a sentence, it is part of a name (`the United States`, `Public Works Report`), not a verb.
  if (index > 0 && startsUpperCase(tokens[index].text) && tokens[index].text !== tokens[index].text.toUpperCase()) return false;
  // `the 80 bodies estimated to be trapped`, `is said to have`: a passive infinitive reports no one.
  if (isParticiple && tokens[index + 1]?.lower === 'to' && ['be', 'have'].includes(tokens[index + 2]?.lower ?? '')) return false;
  if (isParticiple && beForms.has(wordBeforeAdverbs(tokens, index))) {
    // Passive: a source only when an agent follows (`was described by the minister as`).
    return someWordIn(tokens, index + 1, index + 4, agentWords);
  }
  if (lexicon.nounLike.has(base) && !isParticiple && !word.endsWith('ing')) {
    // Ambiguous noun/verb (`claims`, `report`, `state`): a verb only after a word that can be its subject.
    if (!previousWord || !previous) return false;
    // After a modal, `not` or a personal pronoun it is a verb (`will not comment on`, `they report on`).
    if ((word === base && (lexicon.modals.has(previousWord) || previousWord === 'not')) || personalPronouns.has(previousWord)) return true;
    // …and before what it can report: `the Gazette report was published`, `a public works project in the town` are nouns.
    const after = tokens[index + 1];
    if (isOwnWord(after) && nounFollowers.has(after.lower)) return false;
    if (!isOwnWord(after) && !knownSubject(previous, index - 1, lexicon)) {
      // At a clause's end only a source noun can be the subject (`…, analysts forecast.`; not `…the works project.`).
      if (after === undefined || after.kind === 'punctuation') return false;
    }
    if (knownSubject(previous, index - 1, lexicon)) return true;
    const plural = word === base && (/[^s']s$/.test(previousWord) || ['they', 'we', 'i', 'you'].includes(previousWord));
    if (plural || (word === base && lexicon.modals.has(previousWord))) return true;
    // `The carmaker claims that…` but `the new rules on state aid`: after `the` + a noun, the word that follows decides.
    const twoBack = tokens[index - 2];
    const next = tokens[index + 1];
    return twoBack !== undefined && determiners.has(twoBack.lower) && next !== undefined && isOwnWord(next) && (verbFollowers.has(next.lower) || startsUpperCase(next.text));
  }
  return true;
}

/** Verbs that give a thing its name (`called`, `dubbed`, `named`). */
const namingVerbs = new Set(['call', 'dub', 'term', 'label', 'brand', 'name']);

/** `a drug called Activase`, `a plan dubbed "Harbour 2030"`: a participle right after an indefinite noun, before a name. */
function namedThing(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next || !(next.quoteMark === 'open' || startsUpperCase(next.text))) return false;
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    const word = tokens[back].lower;
    if (word === 'a' || word === 'an') return true;
    if (!isOwnWord(tokens[back])) return false;
  }
  return false;
}

/** The word before `index`, skipping adverbs (`is widely expected` → `is`). */
function wordBeforeAdverbs(tokens: readonly Token[], index: number): string {
  let back = index - 1;
  while (back >= 0 && isOwnWord(tokens[back]) && tokens[back].lower.endsWith('ly') && tokens[back].lower !== 'only') back--;
  return back >= 0 && isOwnWord(tokens[back]) ? tokens[back].lower : '';
}

/** A word that names a possible source: a person, role, body, document, pronoun or proper name. */
function knownSubject(token: Token, index: number, lexicon: Lexicon): boolean {
  const word = withoutPossessive(token.lower);
  const noun = singular(word);
  return lexicon.documents.has(noun) || lexicon.organisations.has(noun) || lexicon.groups.has(noun) || lexicon.groups.has(word) || lexicon.anonymous.has(noun) || lexicon.members.has(noun) || lexicon.roles.has(noun) || lexicon.pronouns.has(word) || (index > 0 && startsUpperCase(token.text));
}

/**
 * The subject of a verb: the words before it back to the clause's start
 * (a comma, a quotation mark, `that`…); for `…,” said the coach` the
 * words after it; for `Lena Okafor, head of planning, wrote` the
 * appositive before the comma.
 */
export function subjectOf(tokens: readonly Token[], index: number, lexicon: Lexicon): {from: number; to: number} | undefined {
  let passiveAgent = -1;
  for (let look = index + 1; look < Math.min(tokens.length, index + 4); look++) if (tokens[look].lower === 'by') passiveAgent = look;
  const previous: Token | undefined = tokens[index - 1];
  if (passiveAgent !== -1 && beForms.has(wordBeforeAdverbs(tokens, index))) {
    const end = phraseEnd(tokens, passiveAgent + 1);
    return end === -1 ? undefined : {from: passiveAgent + 1, to: end};
  }
  const before = segmentBefore(tokens, index);
  if (before === beyondReach) return undefined;
  // `there were 4,210 cases reported`: what exists is no speaker, and the participle after it is passive.
  if (before && existential(tokens, before.from, before.to)) return undefined;
  // `with up to 40mm expected`: a phrase starting with a preposition is no subject; the participle modifies a noun.
  if (before) return prepositions.has(tokens[before.from].lower) ? undefined : clauseSubject(tokens, before, lexicon);
  if (!previous) return undefined;
  const afterQuote = previous.quoteMark === 'close' || (previous.text === ',' && tokens[index - 2]?.quoteMark === 'close');
  const next = tokens[index + 1];
  const inverted = afterQuote || (previous.text === ',' && lexicon.inverted.has(tokens[index].lower) && next !== undefined && isOwnWord(next) && !clauseStarts.has(next.lower) && (determiners.has(next.lower) || lexicon.vagueQuantifiers.has(next.lower) || startsUpperCase(next.text)));
  if (inverted) {
    const after = phraseEnd(tokens, index + 1);
    // `Ann Marsh, the chair, said the levy was unfair`: words after the verb that hold a finite verb are what was said, not who said it.
    const clause = !afterQuote && after > index + 1 && someWordIn(tokens, index + 1, after, finiteWords);
    if (!clause) return after > index + 1 ? {from: index + 1, to: after} : undefined;
  }
  if (previous.text === ',' && !reducedRelative(tokens, index)) return appositiveBefore(tokens, index - 1);
  // `Lena Okafor, head of planning, has said`: the appositive before the auxiliary's comma.
  let lead = index - 1;
  // Within reach: a long run of adverbs before each of many verbs must not be read again and again.
  const limit = Math.max(0, index - reach);
  while (lead > limit && isOwnWord(tokens[lead]) && skippable(tokens[lead])) lead--;
  if (lead < index - 1 && tokens[lead].text === ',' && isOwn(tokens[lead])) return appositiveBefore(tokens, lead);
  return undefined;
}

/** Whether words `[from, to)` open with `there` and a form of `be` (`there were`, `there have been`). */
function existential(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from].lower !== 'there') return false;
  for (let index = from + 1; index < to; index++) {
    const word = tokens[index].lower;
    if (beForms.has(word) && word !== 'get' && word !== 'gets' && word !== 'got') return true;
    if (!auxiliaries.has(word)) return false;
  }
  return false;
}

/**
 * The subject within the words before a verb: the words after the last
 * finite verb, or after a conjunction that follows one. `The pier was
 * damaged and officials said` reports what officials said, not the pier;
 * `traders and analysts said` keeps both (no verb comes before the `and`).
 * Undefined when no words are left (`…was then said`).
 */
function clauseSubject(tokens: readonly Token[], whole: {from: number; to: number}, lexicon: Lexicon): {from: number; to: number} | undefined {
  // A sentence's opening conjunction or adverb is no part of its subject (`But analysts noted`).
  let opening = whole.from;
  while (opening < whole.to - 1 && isOwnWord(tokens[opening]) && openers.has(tokens[opening].lower)) opening++;
  const segment = {from: opening, to: whole.to};
  // The first finite verb, read once: a conjunction after it starts a new clause.
  let firstVerb = segment.to;
  for (let index = segment.from; index < segment.to && firstVerb === segment.to; index++) if (isFiniteVerb(tokens, index, segment.from)) firstVerb = index;
  if (firstVerb === segment.to) return segment;
  let from = segment.from;
  for (let index = segment.to - 1; index >= segment.from; index--) {
    const word = tokens[index].lower;
    if (beForms.has(word) || finiteAuxiliaries.has(word) || (coordinators.has(word) && firstVerb < index)) {
      from = index + 1;
      break;
    }
  }
  while (from < segment.to && skippable(tokens[from])) from++;
  if (from >= segment.to) return undefined;
  // Words with no source in them (`and free the 80 bodies`) are the rest of a clause, not a subject: the whole is read as before.
  return from === segment.from || namesSomeone(tokens, from, segment.to, lexicon) ? {from, to: segment.to} : segment;
}

/** Forms of `be` and finite auxiliaries: a phrase holding one is a clause. */
const finiteWords = new Set([...grammar.beForms, ...grammar.finiteAuxiliaries]);

/** Words that open a sentence or clause before its subject. */
const openers = new Set([...grammar.coordinators, ...grammar.clauseStarts, ...grammar.sentenceAdverbs]);

/**
 * Whether a span could be a source: {@link namesSomeone}, or a name first
 * in its sentence (`Lindqvist found`), which is capitalised anyway.
 */
function mayBeSource(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  if (namesSomeone(tokens, from, to, lexicon)) return true;
  const first = tokens[from];
  return from === 0 && startsUpperCase(first.text) && !functionWords.has(first.lower) && !commonModifiers.has(first.lower);
}

/** Whether a span holds a source noun, a role, an organisation, a pronoun or a capitalised name. */
function namesSomeone(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  if (headOf(tokens, from, to, lexicon)) return true;
  for (let index = from; index < to; index++) if (isOwnWord(tokens[index]) && knownSubject(tokens[index], index, lexicon)) return true;
  return false;
}

/**
 * A verb that makes the words around it a clause: a form of `be`, a
 * finite auxiliary, or a lower-case past form after a noun (`the quay
 * flooded`), not an adjective before one (`retired officials`, `the
 * appointed chair`).
 */
function isFiniteVerb(tokens: readonly Token[], index: number, from: number): boolean {
  const token = tokens[index];
  if (!isOwnWord(token)) return false;
  if (beForms.has(token.lower) || finiteAuxiliaries.has(token.lower)) return true;
  if (index === from || !token.lower.endsWith('ed') || startsUpperCase(token.text)) return false;
  const previous = tokens[index - 1].lower;
  return !determiners.has(previous) && !coordinators.has(previous) && !isPossessive(previous);
}

/**
 * The subject before a comma: `Lena Okafor, head of planning,` → the
 * appositive; a participle phrase (`speaking on condition of anonymity`), a
 * prepositional phrase or a relative clause (`who chairs the committee`) is
 * skipped for the chunk before it.
 */
function appositiveBefore(tokens: readonly Token[], comma: number): {from: number; to: number} | undefined {
  let end = comma;
  for (let chunk = 0; chunk < 3 && end > 0; chunk++) {
    const segment = segmentBefore(tokens, end);
    if (!segment || segment === beyondReach) return undefined;
    const first = tokens[segment.from].lower;
    const opener = tokens[segment.from - 1]?.lower ?? '';
    // …and a lone adverb (`Critics, however, said`).
    const aside = (first.endsWith('ing') && !startsUpperCase(tokens[segment.from].text)) || prepositions.has(first) || opener === 'who' || opener === 'which' || (segment.to - segment.from === 1 && openers.has(first));
    // A clause before the comma (`The levy is unfair, said some analysts`) is what was said, not who said it.
    if (!aside) return someWordIn(tokens, segment.from, segment.to, finiteWords) ? undefined : segment;
    let previousComma = segment.from - 1;
    const limit = Math.max(0, segment.from - reach);
    while (previousComma >= limit && tokens[previousComma].text !== ',') previousComma--;
    if (previousComma < limit) return undefined;
    end = previousComma;
  }
  return undefined;
}

/**
 * `The plan, announced in May, is…`: a participle set off by commas
 * describes the noun before it; it does not report what someone said.
 */
function reducedRelative(tokens: readonly Token[], index: number): boolean {
  const verb = tokens[index].lower;
  if (!/(ed|en|wn|ld|id)$/.test(verb)) return false;
  for (let look = index + 1; look < tokens.length && look <= index + reach; look++) {
    const token = tokens[look];
    if (token.text === ',') return look + 1 < tokens.length - 1;
    // `said the effects were minimal, based on…`: a finite verb makes the words a clause that was said.
    if (!isOwnWord(token) || token.lower === 'that' || finiteWords.has(token.text)) return false;
  }
  return false;
}

/**
 * The words before `index` back to the clause's start, without auxiliaries
 * and adverbs at either end; {@link beyondReach} when the clause starts more
 * than `reach` tokens back.
 */
function segmentBefore(tokens: readonly Token[], verb: number): {from: number; to: number} | undefined | typeof beyondReach {
  const limit = Math.max(0, verb - reach);
  // `scientists with the Timber Organisation (ITTO) said`: an aside in brackets right before the verb is no part of the subject.
  let index = verb;
  if (tokens[index - 1]?.text === ')') {
    let open = index - 2;
    while (open > limit && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
    if (tokens[open]?.text === '(') index = open;
  }
  let from = index;
  while (from > limit && continuesClause(tokens, from - 1)) from--;
  // A clause that starts further back than `reach` is not read: its subject is unknown, rather than the words nearest the verb.
  if (from === limit && limit > 0 && continuesClause(tokens, limit - 1)) return beyondReach;
  let start = from;
  while (start < index && skippable(tokens[start])) start++;
  let end = index;
  while (end > start && skippable(tokens[end - 1])) end--;
  return end > start ? {from: start, to: end} : undefined;
}

/** What {@link segmentBefore} returns for a clause that starts more than `reach` tokens before the verb. */
const beyondReach = 'beyond reach';

/** Whether the token at `index` belongs to the clause after it (no punctuation, quotation or clause word parts them). */
function continuesClause(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isOwn(token) || endsSentence(tokens, index)) return false;
  if (token.kind === 'punctuation' && token.text !== "'" && token.text !== '’' && token.text !== '.') return false;
  return !(clauseStarts.has(token.lower) && index > 0);
}

function skippable(token: Token): boolean {
  return auxiliaries.has(token.lower) || (token.lower.endsWith('ly') && token.kind === 'word' && !startsUpperCase(token.text));
}

/**
 * End of a noun phrase: the next comma, clause word or end of the writer's
 * words; −1 when the phrase runs on past `reach` tokens (it is not read:
 * a source that long is unknown, rather than its first words).
 */
export function phraseEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  const limit = Math.min(tokens.length, from + reach);
  while (end < limit && inPhrase(tokens[end])) {
    // A sentence the parser left joined ends the phrase: `14.` with it, a bare full stop without.
    if (endsSentence(tokens, end)) return tokens[end].kind === 'punctuation' ? end : end + 1;
    end++;
  }
  // The sentence's own full stop is no part of the phrase (`…, said some analysts.`).
  if (end === tokens.length && end - 1 > from && tokens[end - 1].kind === 'punctuation') return end - 1;
  return end === from + reach && end < tokens.length && inPhrase(tokens[end]) ? -1 : end;
}

function inPhrase(token: Token): boolean {
  return isOwn(token) && !(token.kind === 'punctuation' && token.text !== "'" && token.text !== '’' && token.text !== '.') && !clauseStarts.has(token.lower);
}

interface Head {
  type: 'anonymous' | 'group' | 'document';
  index: number;
}

/** The first source noun in a span: an anonymous source, an unnamed group or a document. */
function headOf(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): Head | undefined {
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) continue;
    // A capitalised word mid-span is part of a name (`Critics' Circle`), not a common noun.
    if (index > 0 && startsUpperCase(token.text) && index !== from) continue;
    const word = withoutPossessive(token.lower);
    const noun = singular(word);
    if (word === 'people' || lexicon.anonymous.has(noun) || lexicon.anonymous.has(word)) return {type: 'anonymous', index};
    if (lexicon.documents.has(noun) || lexicon.documents.has(word)) return {type: 'document', index};
    // `official figures`: a group word before a document noun modifies it.
    const next = index + 1 < to ? tokens[index + 1] : undefined;
    if (next && isOwnWord(next) && lexicon.documents.has(singular(withoutPossessive(next.lower)))) continue;
    if (lexicon.groups.has(noun) || lexicon.groups.has(word)) return {type: 'group', index};
    if (membership.has(word) && index > from) break;
  }
  return undefined;
}

/** Is this span a named source, a vague one, or no source at all? */
export function classify(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): SourceClass {
  if (to <= from) return 'none';
  const head = headOf(tokens, from, to, lexicon);
  if (!head) return indefinitePerson(tokens, from, to, lexicon) || unnamedPlural(tokens, from, to, lexicon) ? 'vague' : 'named';
  const before = tokens[head.index - 1];
  const possessed = before && isOwnWord(before) && isPossessive(before.lower) && head.index - 1 >= from;
  // `Texaco sources`, `central bank sources`, `a company source`: the guide names an anonymous role with its organisation;
  // `sources`, `people familiar with the talks` and `insiders at the club` stay anonymous.
  if (head.type === 'anonymous') return !personal.has(singular(tokens[head.index].lower)) && organisationBefore(tokens, from, head.index, lexicon) ? 'named' : 'vague';
  const headWord = tokens[head.index].lower;
  // A singular organisation with `the` is that organisation (`the transit authority`); `authorities` is no one.
  if (lexicon.organisations.has(headWord) && tokens[head.index - 1]?.lower === 'the') return 'named';
  const qualifier = qualifierAfter(tokens, head.index + 1, to, lexicon);
  const definite = someWordIn(tokens, from, head.index, definiteWords);
  if (head.type === 'document') {
    // `the survey found`, `the council's audit`, `data from the customs agency` name their author; `polls suggest` does not.
    // …and so does an organisation before it (`WWF statistics show`, `Commerce Department figures`).
    return possessed || definite || qualifier !== 'none' || organisationBefore(tokens, from, head.index, lexicon) ? 'named' : 'vague';
  }
  if (possessed) return 'named';
  // `Norbank officials`, `port authority officials`, `a French embassy official`: an organisation and a role.
  if (organisationBefore(tokens, from, head.index, lexicon)) return 'named';
  // `the columnist`, `this analyst`: one person the story has already introduced; `an analyst` is anyone.
  const headText = tokens[head.index].lower;
  if (singular(headText) === headText && !headText.endsWith('s') && someWordIn(tokens, from, head.index, referringWords)) return 'named';
  // A name in apposition: `economist Sara Lund`.
  const next = tokens[head.index + 1];
  if (next && isOwnWord(next) && startsUpperCase(next.text) && !pluralInitials.test(next.text)) return 'named';
  if (qualifier === 'name') return 'named';
  const noun = singular(tokens[head.index].lower);
  if (qualifier === 'organisation' && lexicon.members.has(noun)) return 'named';
  return 'vague';
}

const commonModifiers = new Set(sources.commonModifiers);
/** Anonymous heads that no organisation before them makes specific (`Norbank people`). */
const personal = new Set(['people', 'someone', 'somebody']);
/** Words that are never a name, however capitalised: a sentence may open with any of them (`But analysts noted`). */
const functionWords = new Set([...grammar.coordinators, ...grammar.clauseStarts, ...grammar.prepositions, ...grammar.determiners, ...grammar.auxiliaries, ...grammar.sentenceAdverbs]);

/**
 * Whether a word before a group noun names the organisation the group
 * speaks for: an organisation noun (`port authority officials`, `embassy
 * official`) or a name (`Norbank officials`, `FDA officials`), not a
 * nationality (`Japanese officials`) or a country's initials (`U.S.
 * officials`), nor, first in a sentence, an ordinary word capitalised
 * there (`Senior officials`, `Political analysts`).
 */
function organisationBefore(tokens: readonly Token[], from: number, head: number, lexicon: Lexicon): boolean {
  // Only the words right before the noun modify it: not those across a conjunction (`MPs and analysts`).
  let start = head;
  while (start > from && isOwnWord(tokens[start - 1]) && !coordinators.has(tokens[start - 1].lower)) start--;
  for (let index = start; index < head; index++) {
    const token = tokens[index];
    if (token.kind !== 'word') continue;
    const word = withoutPossessive(token.lower);
    if (functionWords.has(word)) continue;
    if (lexicon.organisations.has(singular(word))) return true;
    if (!startsUpperCase(token.text) || /^(?:[A-Z]\.){2,}$/.test(token.text)) continue;
    const acronym = token.text.length >= 2 && token.text === token.text.toUpperCase();
    if (acronym) return true;
    if (index > 0) {
      if (!sources.nationalityEndings.some((ending) => word.endsWith(ending))) return true;
      continue;
    }
    const known = lexicon.groups.has(singular(word)) || lexicon.anonymous.has(singular(word)) || lexicon.documents.has(word) || lexicon.vagueQuantifiers.has(word);
    if (!known && !commonModifiers.has(word) && !determiners.has(word) && !sources.adjectiveEndings.some((ending) => word.endsWith(ending))) return true;
  }
  return false;
}

/** Initials with a plural `s` (`MPs`, `CEOs`). */
const pluralInitials = /^[A-Z]{2,}s$/;

/**
 * `dealers`, `Malaysian palm growers`, `the meat and poultry industries`:
 * a plural common noun with nothing that names who they are (no name,
 * role, organisation, pronoun or `of/at` + name after it) is a group of
 * unnamed people, whatever the noun, as `analysts` is. First in a sentence
 * the noun is capitalised anyway: there it counts only when shaped like a
 * plural noun for people (`Dealers`, `Pessimists`, `Parliamentarians`), so
 * that a name (`Texaco said`) stays a name.
 */
function unnamedPlural(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  // The noun phrase before any `of`/`at`/`for`…: its last word is the head.
  let end = from;
  while (end < to && !(isOwnWord(tokens[end]) && membership.has(tokens[end].lower))) end++;
  let last = end - 1;
  while (last >= from && !isOwnWord(tokens[last])) last--;
  if (last < from || qualifierAfter(tokens, end, to, lexicon) !== 'none') return false;
  const head = tokens[last];
  if (!(isPluralNoun(head.lower) || pluralInitials.test(head.text)) || isPossessive(head.lower) || tokens[last + 1]?.text === "'" || tokens[last + 1]?.text === '’') return false;
  // `livestock associations`, `unions`: organisations in the plural, none of them named; `the unions` are the story's own.
  const definite = someWordIn(tokens, from, last, definiteWords);
  for (let index = from; index <= last; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) continue;
    const word = withoutPossessive(token.lower);
    const noun = singular(word);
    if (index === last && !definite && word !== noun && lexicon.organisations.has(noun) && !lexicon.roles.has(noun) && !startsUpperCase(token.text)) continue;
    if (lexicon.roles.has(noun) || lexicon.organisations.has(noun) || lexicon.members.has(noun) || lexicon.pronouns.has(word)) return false;
    // `MPs`, `CEOs`: initials made plural name a kind of people, not one of them.
    if (!startsUpperCase(token.text) || (index === last && pluralInitials.test(token.text))) continue;
    if (index === 0 && (functionWords.has(word) || commonModifiers.has(word) || sources.adjectiveEndings.some((ending) => word.endsWith(ending)) || (index === last && peoplePlural.test(word)))) continue;
    // Mid-sentence, a nationality says where the group is from (`Malaysian growers`); any other capital is a name.
    if (index > 0 && !/^(?:[A-Z]\.){2,}$/.test(token.text) && sources.nationalityEndings.some((ending) => word.endsWith(ending)) && token.text !== token.text.toUpperCase()) continue;
    return false;
  }
  return true;
}

/**
 * The word a vague source's cue (tokens `[from, to)`) rests on when that
 * word is a guess: first in its sentence, capitalised, and read as a plural
 * for people only by its ending (`Dealers said`; but `Reiners said` may be
 * a surname). Undefined when the source is vague for surer reasons.
 */
export function guessedCommonNoun(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): string | undefined {
  if (from !== 0) return undefined;
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) continue;
    const word = withoutPossessive(token.lower);
    if (lexicon.reporting.has(word) || lexicon.opinion.has(word)) return undefined;
    if (index === 0 && startsUpperCase(token.text) && peoplePlural.test(word) && !lexicon.groups.has(singular(word)) && !lexicon.anonymous.has(singular(word))) return word;
  }
  return undefined;
}

/** The pronouns that refer back to a speaker, by the number they take. */
const speakerPronouns: Readonly<Record<string, string>> = {he: 'singular', she: 'singular', they: 'plural'};

/**
 * What a sentence's source tells the article about who speaks: a source
 * introduced (named or vague, under its number and role noun), or a
 * speaker that refers back (`he said`, `the economist said`). Sources that
 * are no one's words (`reportedly`, `it is understood`) tell nothing.
 */
export function sourceEvent(tokens: readonly Token[], sources: SourceFinding, lexicon: Lexicon): SourceEvent | undefined {
  if (sources.named) {
    let reference: {type: 'reference'; key: string; verb: number; subject: {from: number; to: number}} | undefined;
    for (const {verb, subject} of sources.speakers ?? []) {
      const first = tokens[subject.from];
      const key = subject.to - subject.from === 1 ? speakerPronouns[first.lower] : referringNoun(tokens, subject.from, subject.to, lexicon);
      // Any speaker of the sentence who is introduced here is who it reports.
      if (key === undefined) return {type: 'source', value: 'named', keys: [...sourceKeys(tokens, subject.from, subject.to, lexicon), ...nameKeys(tokens, subject.from, subject.to)]};
      // `he said`, not `before they can tell whether`: a verb of saying, in the indicative.
      const word = tokens[verb].lower;
      if (!reference && isSpeechVerb(word, lexicon) && !lexicon.modals.has(tokens[verb - 1]?.lower ?? '')) reference = {type: 'reference', key, verb, subject};
    }
    return reference;
  }
  if (!sources.vague) return undefined;
  // Who spoke unnamed: the vague subject, or the speaker who asked not to be named (`A trader…, who asked not to be named, said`).
  const speaker = sources.vagueSubject ?? sources.speakers?.[0]?.subject;
  // With no subject (`reportedly`, `it is understood`), only a noun in the cue says who spoke.
  const keys = sourceKeys(tokens, (speaker ?? sources.vague).from, (speaker ?? sources.vague).to, lexicon);
  if (!speaker && keys.length < 2) return undefined;
  const guess = guessedCommonNoun(tokens, sources.vague.from, sources.vague.to, lexicon);
  return guess === undefined ? {type: 'source', value: 'vague', keys} : {type: 'source', value: 'vague', keys, unlessName: guess};
}

const speech = new Set(reportingWords.speechVerbs);

/** Whether a form is a verb of saying (`said`, `noted`), not of doing (`agreed the plan`): see `speechVerbs`. */
export function isSpeechVerb(word: string, lexicon: Lexicon): boolean {
  return speech.has(lexicon.reporting.get(word) ?? word);
}

/**
 * The keys a source is known by: its number (`singular`, `plural`) and its
 * role or group noun (`economist`), if it has one. A vague source with no
 * noun gets its number only when it has a head noun at all.
 */
function sourceKeys(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): string[] {
  let noun: string | undefined;
  let plural = false;
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) continue;
    if (token.lower === 'and') plural = true;
    if (membership.has(token.lower) && noun) break;
    const word = withoutPossessive(token.lower);
    const base = singular(word);
    if (lexicon.groups.has(base) || lexicon.anonymous.has(base) || lexicon.roles.has(base) || lexicon.members.has(base) || (isPluralNoun(word) && !startsUpperCase(token.text))) {
      noun = base;
      plural ||= word !== base || word === 'people';
    }
  }
  const number = plural ? 'plural' : 'singular';
  return noun ? [number, noun] : [number];
}

/**
 * `name:` and each capitalised word of a named source and of the appositive
 * before it (`Sandra Kaul, an analyst at Norbank,` → `name:sandra`,
 * `name:kaul`, `name:norbank`), by which a view told later is known as
 * theirs.
 */
function nameKeys(tokens: readonly Token[], from: number, to: number): string[] {
  const keys: string[] = [];
  const apposition = tokens[from - 1]?.text === ',' ? appositiveBefore(tokens, from - 1) : undefined;
  for (const span of apposition ? [apposition, {from, to}] : [{from, to}]) {
    for (let index = span.from; index < span.to; index++) {
      const token = tokens[index];
      if (isOwnWord(token) && token.kind === 'word' && startsUpperCase(token.text) && !functionWords.has(token.lower)) keys.push(`name:${withoutPossessive(token.lower)}`);
    }
  }
  return keys;
}

/**
 * `the economist`, `this analyst`, `the Japanese brokerage house
 * economist`: one person of an unnamed group the story has introduced,
 * referred back to by the group's noun (singular, after `the`/`this`/`that`,
 * with no name of their own). Returns the noun.
 */
function referringNoun(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): string | undefined {
  if (!referringWords.has(tokens[from].lower)) return undefined;
  let last = to - 1;
  while (last > from && !isOwnWord(tokens[last])) last--;
  const head = tokens[last].lower;
  if (!lexicon.groups.has(head) || head.endsWith('s') || startsUpperCase(tokens[last].text)) return undefined;
  for (let index = from + 1; index < last; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) return undefined;
    // A nationality may say where they are from; any other capital is a name (`the Norbank economist`).
    if (startsUpperCase(token.text) && !sources.nationalityEndings.some((ending) => token.lower.endsWith(ending))) return undefined;
    if (lexicon.organisations.has(singular(token.lower)) || lexicon.roles.has(singular(token.lower))) return undefined;
  }
  return head;
}

/** Endings of plural nouns for people (`dealers`, `pessimists`, `parliamentarians`, `residents`, `investors`). */
const peoplePlural = /(?:ers|ists|ians|ants|ents|ors|ees)$/;

/** A plural noun by its form: `-s` but not `-ss`, `-us`, `-is` (`class`, `census`, `analysis`). */
function isPluralNoun(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|'s|’s)$/.test(word);
}

/**
 * `one skipper`, `a passer-by`: an indefinite person with no name, role,
 * organisation or possessive identifies no one.
 */
function indefinitePerson(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  if (!['a', 'an', 'one', 'another'].includes(tokens[from].lower)) return false;
  for (let index = from + 1; index < to; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) return false;
    const word = withoutPossessive(token.lower);
    const noun = singular(word);
    if (startsUpperCase(token.text) || token.lower !== word || lexicon.roles.has(noun) || lexicon.organisations.has(noun) || lexicon.documents.has(noun) || membership.has(word) || token.kind === 'number') return false;
  }
  return to - from >= 2;
}

/** Determiners that leave the organisation after `at`/`of` unnamed (`at a Frankfurt bank`, `at one of…`). */
const indefiniteWords = new Set(['a', 'an', 'one', 'some', 'several', 'another', 'various', 'certain']);

/** What follows a group noun: a proper-named organisation, a common organisation noun, or neither. */
function qualifierAfter(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): 'name' | 'organisation' | 'none' {
  let result: 'name' | 'organisation' | 'none' = 'none';
  let preposition = '';
  // `at a Frankfurt bank`, `at one of Japan's brokerages`: an organisation the writer does not single out names no one.
  let indefinite = false;
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (!isOwnWord(token)) continue;
    if (membership.has(token.lower) || token.lower === 'by') {
      if (!indefinite || token.lower !== 'of') indefinite = indefiniteWords.has(tokens[index + 1]?.lower ?? '') || looseTies.has(tokens[index - 1]?.lower ?? '');
      preposition = token.lower;
      continue;
    }
    if (!preposition || indefinite) continue;
    if (startsUpperCase(token.text) && !places.has(preposition)) return 'name';
    if (lexicon.organisations.has(singular(withoutPossessive(token.lower)))) result = 'organisation';
  }
  return result;
}
