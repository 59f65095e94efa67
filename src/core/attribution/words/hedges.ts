/**
 * Hedges and likelihood adverbs. After a modal (`will likely`, `could
 * soon`, `may well`) they turn a bare future into a forecast.
 */
export const likelihoodAdverbs: readonly string[] = [
  'likely', 'probably', 'certainly', 'surely', 'undoubtedly', 'inevitably', 'doubtless', 'possibly',
  'soon', 'well', 'eventually', 'easily', 'yet', 'even', 'ultimately', 'conceivably', 'plausibly',
  'almost', 'quite', 'very', 'definitely', 'presumably', 'shortly'
];
