/**
 * Forms that predict: what will, or is likely to, happen. A schedule
 * (`the council will vote on Thursday`) is not a prediction, so a bare
 * `will` only counts at strict sensitivity.
 */

/** Adjectives and participles that predict when followed by `to` (`is expected to`, `looks set to`). */
export const predictiveAdjectives: readonly string[] = [
  'expected', 'likely', 'unlikely', 'set', 'poised', 'bound', 'certain', 'sure', 'tipped', 'forecast',
  'projected', 'predicted', 'destined', 'doomed', 'primed', 'liable', 'apt', 'guaranteed', 'slated'
];

/** Multi-word predictive idioms, lower case. */
export const predictivePhrases: readonly string[] = [
  'on track to', 'on course to', 'on the verge of', 'on the brink of', 'in line to', 'in danger of', 'at risk of',
  'a matter of time', 'on the cusp of', 'threatens to', 'threaten to', 'looms', 'heading for', 'headed for',
  'in store', 'on the cards', 'all but certain', 'a foregone conclusion', 'is yet to come', 'stands to'
];

/** Modal verbs of future or possibility. */
export const modals: readonly string[] = ['will', 'would', 'could', 'may', 'might', 'should', 'shall', "won't", 'wo', 'can'];

/**
 * Modals that on their own predict in the writer's voice; `may` and `can`
 * also give permission (`residents may speak`), `will` also schedules.
 */
export const predictiveModals: readonly string[] = ['will', 'could', 'might', 'should', 'would', 'may', "won't"];

/**
 * Verbs whose subject undergoes rather than acts (`may face`, `may lose`,
 * `may need`): after `may` they cannot be given permission, so `may`
 * forecasts (`the company may also face lawsuits`), as `might` does.
 */
export const undergoingVerbs: readonly string[] = [
  'face', 'suffer', 'lose', 'need', 'struggle', 'fail', 'become', 'experience', 'encounter', 'incur', 'lack',
  'require', 'miss', 'fall', 'rise', 'drop', 'decline', 'collapse', 'shrink', 'grow', 'worsen', 'deteriorate'
];

/** Adverbs that may stand between a modal and its verb without hedging it (`may also face`, `may still need`). */
export const modalAdverbs: readonly string[] = ['also', 'still', 'now', 'then', 'too', 'again', 'further'];
