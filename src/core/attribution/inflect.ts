/**
 * English verb inflection for word lists written in base forms: the lists
 * stay short and readable (`say`), and a user's `reportingVerbs` setting
 * (`concede`) gets `concedes`, `conceded` and `conceding` for free.
 */

/** Irregular past forms: base → [past, past participle]. */
const irregular: Readonly<Record<string, readonly string[]>> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], find: ['found'], show: ['showed', 'shown'],
  think: ['thought'], lead: ['led'], drive: ['drove', 'driven'], steal: ['stole', 'stolen'], hide: ['hid', 'hidden'],
  speak: ['spoke', 'spoken'], see: ['saw', 'seen'], mean: ['meant'], put: ['put'], set: ['set'], stand: ['stood'],
  fall: ['fell', 'fallen'], rise: ['rose', 'risen'], grow: ['grew', 'grown'], shed: ['shed'], hit: ['hit'],
  go: ['went', 'gone'], bring: ['brought'], seek: ['sought'], feel: ['felt'], know: ['knew', 'known'],
  give: ['gave', 'given'], take: ['took', 'taken'], forecast: ['forecast', 'forecasted'], cut: ['cut'],
  sink: ['sank', 'sunk'], swell: ['swelled', 'swollen'], shrink: ['shrank', 'shrunk'], lose: ['lost'],
  mislead: ['misled'], forge: ['forged'], slide: ['slid'], fight: ['fought'], buy: ['bought'], sell: ['sold'],
  teach: ['taught'], catch: ['caught'], keep: ['kept'], leave: ['left'], hold: ['held'], begin: ['began', 'begun'],
  overtake: ['overtook', 'overtaken'], outstrip: ['outstripped'], stem: ['stemmed'], rig: ['rigged'],
  dub: ['dubbed'], plot: ['plotted'], dip: ['dipped'], drop: ['dropped'], top: ['topped'], slip: ['slipped'],
  plan: ['planned'], admit: ['admitted'], commit: ['committed'], regret: ['regretted'], rob: ['robbed'],
  refer: ['referred'], prefer: ['preferred'], occur: ['occurred'], rebut: ['rebutted'], compel: ['compelled'],
  control: ['controlled'], patrol: ['patrolled'], label: ['labelled', 'labeled'], signal: ['signalled', 'signaled'],
  counsel: ['counselled', 'counseled'], fuel: ['fuelled', 'fueled'], total: ['totalled', 'totaled'],
  testify: ['testified'], bully: ['bullied'], spin: ['spun'], win: ['won'], beat: ['beat', 'beaten'],
  swim: ['swam', 'swum'], run: ['ran', 'run'], come: ['came', 'come'], get: ['got', 'gotten'], lie: ['lied'],
  tweet: ['tweeted'], pocket: ['pocketed'], target: ['targeted']
};

/** Irregular past forms (`said`, `fell`, `rose`), for reading a sentence's tense. */
export const irregularPastForms: ReadonlySet<string> = new Set(Object.values(irregular).map((forms) => forms[0]));

/** Present participles that the spelling rules below get wrong. */
const irregularIng: Readonly<Record<string, string>> = {
  lie: 'lying', die: 'dying', tie: 'tying', see: 'seeing', be: 'being', plan: 'planning', admit: 'admitting',
  commit: 'committing', regret: 'regretting', rig: 'rigging', rob: 'robbing', stem: 'stemming', drop: 'dropping',
  slip: 'slipping', dip: 'dipping', top: 'topping', plot: 'plotting', cut: 'cutting', hit: 'hitting', put: 'putting',
  set: 'setting', get: 'getting', run: 'running', win: 'winning', swim: 'swimming', spin: 'spinning',
  label: 'labelling', signal: 'signalling', fuel: 'fuelling', total: 'totalling', dub: 'dubbing', shed: 'shedding',
  refer: 'referring', rebut: 'rebutting', compel: 'compelling', patrol: 'patrolling', prefer: 'preferring', occur: 'occurring', outstrip: 'outstripping', control: 'controlling'
};

const vowels = /[aeiou]/;

/** Every form of a verb: base, third person, past, past participle, present participle. */
export function verbForms(base: string): string[] {
  const verb = base.toLowerCase();
  const forms = new Set<string>([verb, thirdPerson(verb)]);
  for (const form of irregular[verb] ?? [regularPast(verb)]) forms.add(form);
  forms.add(irregularIng[verb] ?? presentParticiple(verb));
  return [...forms];
}

/** A map from each inflected form to its base, for a list of base forms. */
export function formIndex(bases: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const base of bases) {
    for (const form of verbForms(base)) if (!index.has(form)) index.set(form, base.toLowerCase());
  }
  return index;
}

function thirdPerson(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return verb + 'es';
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies';
  return verb + 's';
}

function regularPast(verb: string): string {
  if (verb.endsWith('e')) return verb + 'd';
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ied';
  if (doublesFinal(verb)) return verb + verb.at(-1) + 'ed';
  return verb + 'ed';
}

function presentParticiple(verb: string): string {
  if (verb.endsWith('ie')) return verb.slice(0, -2) + 'ying';
  if (verb.endsWith('e') && !verb.endsWith('ee')) return verb.slice(0, -1) + 'ing';
  if (doublesFinal(verb)) return verb + verb.at(-1) + 'ing';
  return verb + 'ing';
}

/** One-syllable consonant–vowel–consonant verbs double the last letter (`rig` → `rigged`). */
function doublesFinal(verb: string): boolean {
  if (verb.length > 4 || !/[^aeiou][aeiou][^aeiouwxy]$/.test(verb)) return false;
  return (verb.match(new RegExp(vowels.source, 'g')) ?? []).length === 1;
}
