/**
 * Closed-class words the analysis needs to read a clause: determiners,
 * forms of `be`, auxiliaries and the clause boundaries that end a subject.
 */

/** Determiners and possessives: the word after one is a noun or adjective, not a verb. */
export const determiners: readonly string[] = ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'every', 'each', 'any', 'no', 'another', 'such', 'whose'];

/** Forms of `be` (a participle after one is passive or predicative). */
export const beForms: readonly string[] = ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', 'get', 'gets', 'got'];

/** Copular verbs that take an adjective (`looks set to`, `remains keen to`, `seems likely to`). */
export const copulas: readonly string[] = ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', 'look', 'looks', 'looked', 'looking', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'feel', 'feels', 'felt', 'sound', 'sounds'];

/** Auxiliaries and adverbs that may sit between a subject and its verb without being the subject. */
export const auxiliaries: readonly string[] = [
  'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'could', 'may', 'might', 'should', 'shall', 'must',
  'can', 'also', 'later', 'earlier', 'previously', 'then', 'now', 'still', 'already', 'again', 'not', 'never',
  'repeatedly', 'publicly', 'privately', 'separately', 'recently', 'once', 'since', 'often', 'always', 'has', 'subsequently', 'long', 'quietly', 'openly'
];

/** Words that begin a new clause, so a subject search stops before them. */
export const clauseStarts: readonly string[] = ['that', 'who', 'which', 'while', 'whereas', 'although', 'though', 'because', 'but', 'as', 'when', 'after', 'before', 'if', 'whom', 'where'];

/** Prepositions after which a name is an organisation the group belongs to (`officials at the ministry`). */
export const membershipPrepositions: readonly string[] = ['of', 'from', 'at', 'for', 'with', 'inside', 'within', 'close', 'in'];

/** Prepositions of place: `diplomats in Castellan` says where they are, not who they are. */
export const placePrepositions: readonly string[] = ['in', 'across', 'around', 'near', 'outside', 'throughout'];

/** Labels that open an editor's note or similar non-claim (`Editor's note:`). */
export const noteLabels: readonly string[] = ['note', "editor's", 'editors', 'correction', 'clarification', 'update', 'disclosure', 'caption', 'credit', 'photo', 'byline', 'dateline', 'read', 'see', 'also', 'related'];

/** Prepositions: a span that starts with one is a phrase of place, time or manner, never a subject. */
export const prepositions: readonly string[] = ['with', 'in', 'on', 'at', 'for', 'of', 'from', 'by', 'after', 'before', 'during', 'under', 'over', 'to', 'into', 'among', 'amid', 'between', 'without', 'within', 'across', 'through', 'since', 'until', 'despite', 'about', 'against', 'near', 'like', 'up'];

/** Conjunctions that join two clauses or two subjects (`the pier was damaged and officials said`, `traders and analysts said`). */
export const coordinators: readonly string[] = ['and', 'or', 'but', 'nor', 'yet', 'so'];

/** Auxiliaries that make a clause finite: a subject does not hold one (`It was the largest…` is a clause, not a subject). */
export const finiteAuxiliaries: readonly string[] = ['has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must'];

/** Adverbs that open a sentence before its subject (`Meanwhile analysts said`, `Still, critics say`). */
export const sentenceAdverbs: readonly string[] = ['meanwhile', 'however', 'still', 'now', 'then', 'also', 'instead', 'indeed', 'yet', 'so', 'thus', 'otherwise', 'elsewhere', 'separately', 'earlier', 'later', 'previously', 'privately', 'publicly', 'even', 'only', 'both', 'either', 'neither'];

/** Words that open a subordinate question or relative clause (`how much this sector will add`, `what some have called`): no subject runs back across them. */
export const whWords: readonly string[] = ['how', 'what', 'whether', 'why', 'whatever', 'whoever'];

/**
 * Words after a group noun that tie it loosely to an organisation without
 * making it the organisation's voice (`scientists involved with the ITTO`,
 * `people familiar with the talks`).
 */
export const looseTies: readonly string[] = ['involved', 'associated', 'familiar', 'connected', 'linked', 'close', 'sympathetic', 'opposed', 'allied', 'aligned', 'attending'];
