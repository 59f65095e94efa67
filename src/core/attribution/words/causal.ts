/**
 * Causal connectives and verbs of causing: a sentence that says why
 * something happened, or what it led to, asserts a cause someone must
 * vouch for. Phrases are lower case, words separated by single spaces;
 * `VERB:` entries are base-form verbs whose inflections count too, and
 * the rest of the phrase must follow them.
 */
export const causalPhrases: readonly string[] = [
  'because of', 'because', 'owing to', 'thanks to', 'as a result of', 'as a consequence of',
  'on account of', 'on the back of', 'attributable to', 'the result of', 'the cause of', 'the reason for',
  'a result of', 'consequently', 'therefore', 'hence',
  'VERB:lead to', 'VERB:result in', 'VERB:result from', 'VERB:stem from', 'VERB:contribute to', 'VERB:cause',
  'VERB:spark', 'VERB:trigger', 'VERB:prompt', 'VERB:fuel', 'VERB:drive by', 'VERB:blame on', 'VERB:owe to',
  'VERB:give rise to', 'VERB:bring about', 'VERB:precipitate', 'VERB:provoke',
  'VERB:spur', 'VERB:stoke', 'VERB:exacerbate', 'VERB:attribute to', 'in response to',
  'is down to', 'was down to', 'were down to', 'VERB:weigh on', 'VERB:dampen', 'the reason', 'the reasons',
  'knock-on effect', 'as a consequence', 'as a result', 'in turn', 'consequence of', 'rooted in', 'VERB:bring on',
  'VERB:trace to', 'VERB:trace back to', 'VERB:push up', 'VERB:drive up', 'VERB:drive down', 'VERB:push down',
  'VERB:send soaring', 'VERB:send tumbling'
];

/**
 * `due to` is causal before a noun phrase (`due to a fault`) and a
 * schedule before a verb (`due to open on Monday`); these noun endings and
 * determiners mark the causal reading.
 */
export const nounPhraseStarts: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'poor', 'bad', 'heavy', 'high', 'low', 'rising', 'falling', 'strong', 'weak', 'severe', 'lack', 'concerns', 'fears'];

/** Noun suffixes that mark a following word as a noun for `due to`. */
export const nounSuffixes: readonly string[] = ['ion', 'ing', 'ness', 'ity', 'ment', 'ure', 'ance', 'ence', 'age', 'ies', 'es', 'ts', 'ks', 'ds'];

/**
 * Causal verbs that are also plain physical or everyday verbs; only strict
 * sensitivity counts them (`the storm forced the closure`).
 */
export const weakCausalPhrases: readonly string[] = ['VERB:force', 'VERB:push', 'VERB:help', 'VERB:enable', 'VERB:allow', 'VERB:prevent', 'amid', 'so that', 'thus', 'VERB:boost', 'VERB:hamper', 'VERB:hurt', 'VERB:derail', 'VERB:undermine', 'linked to', 'tied to', 'in the wake of'];

const haveForms = ['have', 'has', 'had', 'having'];
const makeForms = ['make', 'makes', 'made', 'making'];

/** What `make X …` brings about: a comparative or a state of ease (`made the drug more effective`, `made it impossible`). */
const madeResults = ['more', 'less', 'easier', 'harder', 'cheaper', 'costlier', 'safer', 'riskier', 'worse', 'possible', 'impossible', 'difficult'];

/**
 * Causes stated as plain fact, with no connective: an effect had or taken
 * (`had an effect on`, `took a toll on`), a result made (`made the drug
 * more effective`), a share of a cause (`accounted for some of the
 * strength`), a consequence secured (`ensures the crew are prepared`) and
 * a compulsion (`were forced to live`). Each also has plain readings
 * (`accounted for` a missing passenger, `to ensure` a purpose, `made more
 * than` a figure), which the detector sets aside, so they are flagged at
 * balanced sensitivity, not at every one.
 */
export const balancedCausalPhrases: readonly string[] = [
  ...haveForms.flatMap((have) => [`${have} an effect on`, `${have} an impact on`, `${have} a * effect on`, `${have} a * impact on`, `${have} little effect on`, `${have} little impact on`]),
  'VERB:take a toll on', 'VERB:take its toll on', 'VERB:take a * toll on',
  ...makeForms.flatMap((make) => madeResults.map((result) => `${make} * ** ${result}`)),
  'VERB:account for', 'VERB:ensure',
  'been forced to', 'was forced to', 'were forced to', 'is forced to', 'are forced to'
];

/**
 * Verbs of a market or price move. A move `on` news, hopes or fears
 * (`firmed on the news`, `fell on fears of a strike`) is explained: the
 * move is a published result, its reason is the writer's.
 */
export const marketMoveVerbs: readonly string[] = [
  'rise', 'fall', 'firm', 'ease', 'gain', 'lose', 'drop', 'climb', 'slip', 'jump', 'surge', 'soar', 'slump', 'plunge',
  'tumble', 'rally', 'recover', 'rebound', 'weaken', 'strengthen', 'steady', 'harden', 'soften', 'retreat', 'advance',
  'dip', 'edge', 'sink', 'slide', 'decline', 'react', 'trade', 'close', 'open', 'finish', 'end'
];

/** What a market moves on: news and the moods it stirs (`on the news`, `on renewed fears`). */
export const marketReasons: readonly string[] = [
  'news', 'report', 'reports', 'hope', 'hopes', 'fear', 'fears', 'concern', 'concerns', 'worries', 'speculation',
  'expectations', 'talk', 'rumours', 'rumors', 'optimism', 'pessimism', 'relief', 'uncertainty', 'jitters'
];
