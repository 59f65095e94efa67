/**
 * Allegation vocabulary: wrongdoing stated as fact. `VERB:` entries are
 * base forms whose inflections count (the base form itself, often a noun
 * such as `doctor` or `bribe`, does not); other entries are exact
 * lower-case words or phrases.
 */
export const allegationTerms: readonly string[] = [
  'illegally', 'unlawfully', 'illicitly', 'fraudulently', 'corruptly', 'knowingly', 'secretly', 'covertly',
  'dishonestly', 'fraud', 'fraudulent', 'bribery', 'bribe', 'bribes', 'kickback', 'kickbacks', 'embezzlement',
  'corruption', 'cover-up', 'collusion', 'extortion', 'graft', 'slush', 'illegal', 'unlawful', 'rigging',
  'money laundering', 'VERB:cover up', 'VERB:lie about', 'VERB:lie to', 'VERB:bribe', 'VERB:rig', 'VERB:embezzle',
  'VERB:launder', 'VERB:siphon', 'VERB:defraud', 'VERB:falsify', 'VERB:fabricate', 'VERB:forge', 'VERB:doctor',
  'VERB:steal', 'VERB:extort', 'VERB:overcharge', 'VERB:mislead', 'VERB:misappropriate', 'VERB:cheat',
  'VERB:conceal', 'VERB:hide', 'VERB:smuggle', 'VERB:swindle', 'VERB:collude', 'VERB:blackmail', 'VERB:loot',
  'VERB:plunder', 'VERB:pocket', 'VERB:rob', 'VERB:bully', 'VERB:harass', 'VERB:abuse', 'VERB:breach',
  'VERB:violate', 'VERB:flout', 'VERB:dupe', 'VERB:evade', 'VERB:plagiarise', 'VERB:plagiarize', 'VERB:misuse',
  'VERB:deceive', 'VERB:manipulate', 'VERB:intimidate', 'VERB:assault', 'VERB:murder', 'VERB:rape', 'VERB:pilfer',
  'VERB:dope', 'VERB:whitewash', 'corrupt', 'crooked', 'cronyism', 'nepotism',
  'vote-rigging', 'ballot-stuffing', 'price-fixing', 'match-fixing', 'insider trading', 'tax evasion',
  'abuse of power', 'in breach of', 'conflict of interest', 'illegitimate', 'doping', 'VERB:fleece', 'VERB:sabotage',
  'VERB:spy on', 'VERB:fiddle', 'VERB:dodge', 'cooked the books', 'hush money', 'backhander', 'backhanders'
];

/**
 * Words of legal process: a sentence that reports a charge, trial or
 * verdict reports the allegation as an allegation (`charged with fraud`),
 * so allegation vocabulary in it is not stated as fact.
 */
export const legalProcessTerms: readonly string[] = [
  'charged', 'charges', 'accused', 'accuses', 'accusation', 'accusations', 'alleged', 'allegation',
  'allegations', 'indicted', 'indictment', 'convicted', 'conviction', 'acquitted', 'trial', 'sentenced',
  'pleaded', 'guilty', 'suspected', 'suspicion', 'investigation', 'investigating', 'probe', 'prosecutors',
  'prosecution', 'court', 'judge', 'jury', 'lawsuit', 'sued', 'denied', 'denies', 'arrested', 'inquiry',
  'fined', 'penalised', 'penalized', 'sanctioned', 'settlement', 'settled', 'admitted', 'admits', 'cleared', 'appeal',
  'verdict', 'tribunal', 'regulator', 'watchdog'
];
