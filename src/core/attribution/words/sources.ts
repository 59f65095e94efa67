/**
 * Source nouns: the words that decide whether the subject of a reporting
 * verb names a source or hides one.
 */

/**
 * People who stay anonymous by definition: no qualifier makes them named
 * (`sources at the ministry` is still an unnamed source).
 */
export const anonymousSources: readonly string[] = ['source', 'insider', 'informant', 'whistleblower', 'aide', 'confidant', 'someone', 'somebody', 'people'];

/**
 * Unnamed groups: a collective that names no one (`critics`, `experts`,
 * `many observers`). An organisation with a proper name after `of/from/at/
 * for/with`, a possessive before, or a person's name in apposition makes
 * them specific (`economists at Brightwater Bank`).
 */
export const unnamedGroups: readonly string[] = [
  'critic', 'expert', 'analyst', 'observer', 'economist', 'diplomat', 'campaigner', 'activist', 'commentator',
  'pundit', 'onlooker', 'scientist', 'researcher', 'academic', 'scholar', 'historian', 'strategist',
  'specialist', 'sceptic', 'skeptic', 'detractor', 'opponent', 'supporter', 'ally', 'rival', 'insider',
  'watcher', 'adviser', 'advisor', 'veteran', 'investor', 'trader', 'banker', 'lawyer', 'doctor', 'official',
  'lawmaker', 'legislator', 'politician', 'resident', 'local', 'voter', 'fan', 'colleague',
  'witness', 'person', 'figure', 'voice', 'other', 'many', 'some', 'several', 'most', 'few', 'authorities',
  // Members of the public, when the sentence names none of them.
  'parent', 'user', 'shopper', 'neighbour', 'neighbor', 'commuter', 'passenger', 'customer', 'consumer', 'citizen',
  'taxpayer', 'motorist', 'protester', 'protestor', 'demonstrator', 'environmentalist', 'conservationist', 'blogger',
  'viewer', 'listener', 'reader', 'homeowner', 'landlord', 'tenant', 'worker', 'employee', 'staffer', 'member',
  'observer', 'bystander', 'eyewitness', 'academic', 'commentator', 'columnist', 'forecaster', 'economist', 'pollster', 'media'
];

/**
 * Unnamed groups that an organisation named in ordinary lower case words
 * is enough to specify (`officials at the health ministry`), as newsroom
 * practice accepts.
 */
export const organisationMembers: readonly string[] = ['official', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'authority', 'staff', 'executive', 'lawyer', 'doctor'];

/**
 * Words for an organisation or office, so that `officials at the ministry`
 * and `a spokesman for the club` are specific.
 */
export const organisationNouns: readonly string[] = [
  'ministry', 'department', 'agency', 'office', 'authority', 'police', 'government', 'council', 'union', 'court',
  'commission', 'committee', 'bank', 'company', 'firm', 'club', 'federation', 'party', 'association',
  'institute', 'university', 'board', 'bureau', 'service', 'embassy', 'parliament', 'cabinet', 'campaign',
  'team', 'league', 'hospital', 'army', 'military', 'navy', 'administration', 'secretariat', 'regulator',
  'prosecutor', 'prosecutors', 'fund', 'organisation', 'organization', 'group', 'network', 'newspaper',
  'broadcaster', 'presidency', 'palace', 'operator', 'airline', 'carrier', 'corporation',
  // Bodies that deliberate and decide in public: `panel members concluded` speaks for the panel.
  'panel', 'jury', 'tribunal', 'assembly', 'senate', 'congress',
  'cooperative', 'co-op', 'coalition', 'alliance', 'consortium', 'society', 'foundation', 'charity', 'trust', 'syndicate', 'guild'
];

/**
 * Documents and data that speak for their authors (`the survey found`,
 * `data from the customs agency show`). Bare plurals (`polls suggest`,
 * `figures show`) name no one.
 */
export const documentNouns: readonly string[] = [
  'data', 'figure', 'figures', 'statistic', 'statistics', 'survey', 'poll', 'study', 'research', 'report',
  'audit', 'minutes', 'record', 'records', 'accounts', 'indictment', 'statement', 'bulletin', 'memo',
  'filing', 'document', 'documents', 'ruling', 'analysis', 'census', 'review', 'inquiry', 'investigation',
  'estimate', 'estimates', 'forecast', 'projection', 'count', 'tally', 'release', 'letter', 'paper', 'model'
];

/**
 * Determiners and quantifiers that leave a group unnamed (`some economists`,
 * `a senior diplomat`, `one official`).
 */
export const vagueQuantifiers: readonly string[] = ['some', 'many', 'several', 'most', 'few', 'a', 'an', 'one', 'another', 'other', 'various', 'numerous', 'certain', 'unnamed', 'anonymous'];

/**
 * Roles and titles: a specific office holder is a named source (`the
 * health minister said`, `a spokeswoman for the club said`).
 */
export const roles: readonly string[] = [
  'minister', 'president', 'premier', 'chancellor', 'mayor', 'governor', 'senator', 'deputy', 'spokesperson',
  'spokesman', 'spokeswoman', 'secretary', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'head',
  'leader', 'coach', 'manager', 'captain', 'commissioner', 'ambassador', 'envoy', 'negotiator', 'judge',
  'prosecutor', 'inspector', 'superintendent', 'commander', 'general', 'editor', 'author', 'founder', 'owner',
  'chancellor', 'king', 'queen', 'prince', 'pope', 'bishop', 'professor', 'dr', 'mr', 'mrs', 'ms', 'sir',
  'councillor', 'councilor', 'mp', 'governor', 'treasurer', 'auditor', 'ombudsman', 'registrar', 'attorney',
  'counsel', 'agent', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'officer',
  // The parties to the story's own event: `the organisers`, `both sides`, `the plaintiffs` are the ones it is about.
  'organiser', 'organizer', 'side', 'plaintiff', 'defendant', 'investigator', 'rescuer', 'relative', 'family'
];

/** Pronouns that continue a source already named in the paragraph (`she said`, `it added`). */
export const continuingPronouns: readonly string[] = ['he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their'];

/**
 * Passive participles of saying and believing that, after an impersonal
 * `it is` / `it was`, hide the source (`it is understood`, `it is widely
 * thought`).
 */
export const impersonalParticiples: readonly string[] = [
  'believed', 'thought', 'understood', 'said', 'reported', 'feared', 'expected', 'rumoured', 'rumored',
  'claimed', 'alleged', 'suggested', 'hoped', 'estimated', 'felt', 'argued', 'assumed'
];

/**
 * Hearsay adverbs: they say someone said so without saying who
 * (`reportedly`, `allegedly`).
 */
export const hearsayAdverbs: readonly string[] = ['reportedly', 'allegedly', 'reputedly', 'purportedly', 'supposedly', 'rumouredly', 'ostensibly'];

/**
 * Impersonal statements of opinion or rumour (`there are fears that`,
 * `speculation is mounting`): someone holds the view, no one is named.
 */
export const impersonalPhrases: readonly string[] = [
  'there are fears', 'there were fears', 'there are concerns', 'there were concerns', 'there is concern',
  'there is speculation', 'there was speculation', 'there are growing calls', 'there is a feeling', 'there is a sense',
  'there is a widespread', 'speculation is mounting', 'speculation is growing', 'rumours are circulating',
  'rumors are circulating', 'the word is', 'conventional wisdom', 'the consensus is', 'the consensus on', 'the consensus among',
  'the consensus in', 'the general consensus', 'the prevailing view', 'the received wisdom', 'it emerged', 'it has emerged',
  'many believe', 'some believe', 'many say', 'some say', 'others say', 'some argue', 'many argue', 'some fear', 'many fear'
];

/**
 * Verbs of judgement and opinion whose passive without an agent hides who
 * judges (`has been widely criticised`, `is regarded as`). Base forms.
 */
export const passiveOpinionVerbs: readonly string[] = [
  'criticise', 'criticize', 'praise', 'condemn', 'welcome', 'hail', 'slam', 'decry', 'applaud', 'lambast',
  'regard', 'consider', 'view', 'see', 'believe', 'think', 'rumour', 'rumor', 'deem', 'tip', 'acclaim',
  'celebrate', 'question', 'doubt', 'fear', 'suspect', 'accuse', 'blame', 'credit', 'hope', 'know'
];

/** Adverbs that make such a passive a claim about many unnamed people (`widely`, `generally`). */
export const consensusAdverbs: readonly string[] = ['widely', 'generally', 'broadly', 'commonly', 'often', 'increasingly', 'universally', 'roundly', 'frequently'];

/**
 * Phrases that say the source asked not to be named: whoever speaks, the
 * sentence has an anonymous source.
 */
export const anonymityPhrases: readonly string[] = [
  'on condition of anonymity', 'on the condition of anonymity', 'speaking anonymously', 'requested anonymity',
  'asked not to be named', 'asked not to be identified', 'declined to be named', 'declined to be identified',
  'not authorised to speak', 'not authorized to speak', 'who did not want to be named', 'without being named'
];

/**
 * Ordinary words that open a sentence before an unnamed group (`Senior
 * officials said`, `Industry analysts say`): capitalised there only
 * because they come first, they name no organisation. A capitalised word
 * there that is none of these, and is shaped like no adjective (see
 * {@link adjectiveEndings}), is read as a name (`Norbank officials said`).
 */
export const commonModifiers: readonly string[] = [
  'senior', 'junior', 'top', 'foreign', 'former', 'current', 'leading', 'independent', 'outside', 'other', 'some', 'many',
  'most', 'several', 'few', 'various', 'numerous', 'certain', 'unnamed', 'anonymous', 'two', 'three', 'four', 'five',
  'industry', 'market', 'health', 'security', 'trade', 'energy', 'oil', 'farm', 'defence', 'defense', 'finance', 'tax',
  'law', 'legal', 'city', 'state', 'town', 'village', 'county', 'local', 'regional', 'rebel', 'opposition', 'western',
  'eastern', 'northern', 'southern', 'wall', 'street', 'young', 'old', 'veteran', 'prominent', 'fellow', 'retired', 'both',
  'all', 'such', 'these', 'those', 'those', 'angry', 'worried', 'concerned', 'rival', 'private', 'public', 'campaign'
];

/**
 * Endings of adjectives, nationalities and participles (`Political`,
 * `Senior`, `Western`, `Chinese`, `British`): a capitalised word with one
 * says what kind of group, not which organisation (`Japanese officials`
 * stay unnamed). Read for a sentence's first word.
 */
export const adjectiveEndings: readonly string[] = ['al', 'ic', 'ive', 'ous', 'ior', 'ary', 'ent', 'ant', 'ful', 'ed', 'ing', 'ly', 'an', 'ern', 'ese', 'ish', 'ch', 'ss', 'i'];

/**
 * Endings of nationality and regional adjectives (`American`, `Western`,
 * `Chinese`, `British`, `Iraqi`, `French`, `Swiss`): a capitalised word
 * with one before an unnamed group says where the group is from, not which
 * organisation it speaks for. Read for words inside a sentence.
 */
export const nationalityEndings: readonly string[] = ['an', 'ern', 'ese', 'ish', 'ic', 'i', 'ch', 'ss'];
