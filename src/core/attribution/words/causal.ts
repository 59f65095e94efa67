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
