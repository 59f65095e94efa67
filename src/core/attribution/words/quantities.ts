/**
 * The vocabulary of figures: what makes a number a statistic (a share, an
 * amount, an estimate, a measured change, a ranking) rather than a date, a
 * time, an age or a plain count of what the reporter saw.
 */

/** Words that hedge or bound a figure, marking it as measured or estimated (`nearly 40`, `more than half`). */
export const approximators: readonly string[] = [
  'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over', 'under', 'more than',
  'fewer than', 'less than', 'at least', 'at most', 'an estimated', 'estimated', 'upwards of', 'close to',
  'just over', 'just under', 'well over', 'as many as', 'as much as', 'as few as', 'no fewer than',
  'no more than', 'in excess of', 'barely', 'only', 'a record', 'record', 'north of', 'upward of'
];

/** Number words. */
export const numberWords: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands',
  'dozen', 'dozens', 'million', 'millions', 'billion', 'billions', 'trillion', 'score', 'scores'
];

/**
 * Magnitudes: a number with one of these is an amount (`50 million`,
 * `$1.2bn`), in the abbreviations of wire copy too (`124 mln`, `2.5 bln`).
 */
export const magnitudes: readonly string[] = ['thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'k', 'mn', 'tn', 'mln', 'bln', 'trln'];

/** Units that make a number a share (`12 percent`, wire copy's `12 pct`). */
export const shareUnits: readonly string[] = ['percent', 'per cent', 'pct', 'percentage', 'percentage points', 'points', 'basis points', '%'];

/** Currency words and symbols, with wire copy's abbreviations (`dlrs`, `stg`, `cts`). */
export const currencies: readonly string[] = [
  '$', '€', '£', '¥', 'dollars', 'dollar', 'euros', 'euro', 'pounds', 'pound', 'crowns', 'kronor', 'kroner',
  'yen', 'yuan', 'francs', 'rupees', 'pesos', 'rand', 'roubles', 'rubles', 'shekels', 'lira', 'dinars', 'usd', 'eur', 'gbp',
  'cents', 'dlrs', 'dlr', 'stg', 'cts', 'marks', 'guilders', 'lire'
];

/** Counts that are themselves estimates (`thousands of fans`, `millions of viewers`). */
export const estimateCounts: readonly string[] = ['thousands of', 'tens of thousands of', 'hundreds of thousands of', 'millions of', 'billions of', 'scores of', 'hundreds of millions'];

/** Fractions and multiples: a share or ratio (`a third`, `twice the average`, `one in five`). */
export const fractions: readonly string[] = ['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths', 'twice', 'double', 'triple', 'treble', 'threefold', 'fourfold', 'tenfold', 'twofold', 'majority', 'minority'];

/** Verbs of measured change (`rose 6 percent`, `narrowed to 2.3 billion`, `doubled`). Base forms. */
export const changeVerbs: readonly string[] = [
  'rise', 'fall', 'drop', 'climb', 'slip', 'narrow', 'widen', 'shed', 'gain', 'lose', 'grow', 'increase',
  'decrease', 'decline', 'jump', 'surge', 'soar', 'slump', 'plunge', 'plummet', 'tumble', 'hit', 'reach',
  'dwindle', 'shrink', 'swell', 'sink', 'dip', 'ease', 'edge', 'slide', 'rebound', 'recover', 'top',
  'exceed', 'outstrip', 'overtake', 'stand', 'total', 'amount', 'average', 'cut', 'raise', 'boost', 'slash',
  'trim', 'halve', 'double', 'triple', 'quadruple', 'account', 'skyrocket', 'rocket', 'leap', 'spike', 'balloon',
  'nosedive', 'shoot', 'crash', 'collapse', 'fluctuate', 'hover'
];

/** Verbs of change that are themselves a measured change, with or without a number (`doubled since 2019`). */
export const multiplierVerbs: readonly string[] = ['doubled', 'tripled', 'trebled', 'quadrupled', 'halved'];

/** Words that make a figure a measured average or record. */
export const measureNouns: readonly string[] = ['average', 'median', 'rate', 'record', 'total', 'share', 'per capita', 'a head', 'per head'];

/** Superlatives of measurable size or rank (`the third-largest`, `the highest in two decades`). */
export const measurableSuperlatives: readonly string[] = [
  'largest', 'biggest', 'highest', 'lowest', 'smallest', 'fastest', 'slowest', 'longest', 'shortest',
  'oldest', 'youngest', 'richest', 'poorest', 'busiest', 'deadliest', 'costliest', 'cheapest', 'warmest',
  'coldest', 'hottest', 'wettest', 'driest', 'heaviest', 'tallest', 'most-visited', 'best-selling', 'top',
  'fastest-growing', 'most-watched', 'highest-paid', 'longest-serving', 'biggest-selling', 'top-selling',
  'highest-grossing', 'most-read', 'most-populous', 'best-paid', 'worst-paid', 'lowest-paid'
];

/** Ordinal words (`second-largest`, `the third quarter`). */
export const ordinals: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'next', 'last'];

/** Units of time: a number of these is a duration or a time, not a statistic, unless measured as a change or an average. */
export const timeUnits: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight',
  'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'season',
  'seasons', 'quarter', 'quarters', 'term', 'terms', 'round', 'rounds', 'lap', 'laps', 'innings', 'half'
];

/** Words that make a number a clock time (`7 a.m.`, `9:30 p.m.`). */
export const clockWords: readonly string[] = ['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'bst', 'cet', 'hrs', 'h'];

/** Month names and their abbreviations: a number next to one is a date. */
export const months: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
];

/** Words that mark a following number as a label, not a quantity (`Route 22`, `Line 4`, `No. 10`). */
export const labelWords: readonly string[] = ['no', 'no.', 'number', 'route', 'line', 'platform', 'gate', 'room', 'flight', 'bus', 'tram', 'article', 'section', 'chapter', 'page', 'clause', 'paragraph', 'item', 'level', 'stage', 'grade', 'year', 'class', 'category', 'phase', 'terminal', 'highway', 'road', 'street', 'avenue', 'channel', 'episode', 'season', 'game', 'match', 'round', 'act', 'book', 'volume', 'version', 'covid-19', 'group', 'division',
  // Laws, models and other things numbered (`bill 5123`, `model 3`, `berth 4`).
  'bill', 'law', 'act', 'resolution', 'amendment', 'proposition', 'decree', 'model', 'type', 'series', 'mark', 'berth', 'pier', 'track', 'exit', 'junction', 'interstate', 'train', 'ward', 'precinct', 'apartment', 'suite', 'unit'];

/** Words that say a count is a tally over a period (`14 diplomats since March`, `so far this year`). */
export const tallyWords: readonly string[] = ['since', 'so far', 'to date', 'this year', 'last year', 'in the past', 'over the past', 'in the last', 'over the last', 'a year', 'a month', 'a week', 'a day', 'each year', 'each month', 'every year', 'annually', 'per year'];

/** Units of length, area, weight and volume: a number with one is a dimension, often reference fact (`4,810 metres high`). */
export const measureUnits: readonly string[] = [
  'metres', 'meters', 'metre', 'meter', 'kilometres', 'kilometers', 'km', 'miles', 'mile', 'feet', 'foot', 'ft', 'inches',
  'yards', 'hectares', 'acres', 'square', 'kilograms', 'kg', 'grams', 'tonnes', 'tons', 'tonne', 'ton', 'pounds', 'lbs', 'litres',
  'liters', 'gallons', 'mm', 'cm', 'm', 'degrees', 'storeys', 'floors', 'seats', 'pages'
];

/** Phrases that claim a record or a ranking over time, with or without a figure. */
export const recordPhrases: readonly string[] = ['than ever', 'ever before', 'on record', 'all-time', 'record high', 'record low', 'record-high', 'record-low', 'record-breaking', 'highest ever', 'lowest ever', 'biggest ever', 'largest ever', 'worst ever', 'best ever', 'first time in', 'since records began'];

/** Words after a figure that are not the noun it counts (`40 of the`, `12 since`, `7 a.m.`). */
export const notCountedNouns: readonly string[] = [
  'of', 'in', 'on', 'at', 'to', 'by', 'for', 'and', 'or', 'the', 'a', 'an', 'than', 'from', 'since', 'with', 'who', 'that',
  'which', 'last', 'this', 'next', 'each', 'every', 'per', 'are', 'is', 'was', 'were', 'have', 'has', 'had', 'will', 'would',
  'a.m.', 'p.m.'
];

/**
 * Words that may stand between a verb of change and its figure (`rose to
 * 14`, `fell by nearly a third`, `climbed more than 5 percent`); any other
 * word means the figure belongs to another clause (`lost when it exploded 73`).
 * Adverbs in `-ly` may stand there too.
 */
export const changeBridges: readonly string[] = [
  'to', 'by', 'from', 'at', 'a', 'an', 'another', 'further', 'nearly', 'almost', 'about', 'around', 'some', 'over',
  'under', 'more', 'than', 'less', 'fewer', 'least', 'most', 'just', 'well', 'estimated', 'as', 'many', 'much',
  'only', 'record', 'up', 'down', 'north', 'of', 'in', 'excess', 'upwards', 'upward', 'close', 'no'
];

/**
 * Words that make a superlative a record (`the largest … in the town's
 * history`, `the biggest crowd the stadium has ever seen`, `the lowest on
 * record`): a claim about every year before, which someone has to have
 * counted. Read a few words after the superlative, within its clause.
 */
export const recordScopes: readonly string[] = ['history', 'ever', 'record', 'records', 'all-time', 'memory'];

/**
 * Nouns of a deal whose value is its price (`a 115 million dollar
 * contract`, `an 8 mln dlr settlement`): the sum is a term the parties
 * announced or filed, not a figure someone measured.
 */
export const dealNouns: readonly string[] = [
  'contract', 'contracts', 'deal', 'deals', 'settlement', 'agreement', 'order', 'orders', 'offer', 'bid', 'tender',
  'loan', 'loans', 'credit', 'grant', 'award', 'judgment', 'judgement', 'fine', 'penalty', 'bond', 'bonds', 'issue',
  'purchase', 'sale', 'acquisition', 'takeover', 'merger', 'package', 'financing', 'facility', 'lawsuit', 'suit'
];

/**
 * Published documents whose own terms a sentence may set out (`the
 * budget contained …`, `under the union's proposal, …`): the figures are
 * the document's, published with it, not a claim the writer must source.
 */
export const termsDocuments: readonly string[] = [
  'budget', 'budgets', 'proposal', 'proposals', 'plan', 'plans', 'bill', 'contract', 'agreement', 'accord', 'deal',
  'offer', 'settlement', 'treaty', 'package', 'terms', 'legislation', 'scheme', 'programme', 'program', 'tender', 'bid'
];

/**
 * Verbs by which a document sets out its terms (`the budget contained`,
 * `the plan provides for`), base forms; a verb of outcome (`the plan cut
 * emissions`) is a measured claim and is not here.
 */
export const termsVerbs: readonly string[] = [
  'contain', 'include', 'provide', 'propose', 'call', 'offer', 'envisage', 'allocate', 'earmark', 'set', 'allow',
  'require', 'grant', 'fix', 'cap', 'limit', 'specify', 'stipulate', 'outline', 'foresee', 'give'
];

/** Words that introduce a document's terms before it (`under the proposal`, `under its terms`). */
export const termsMarkers: readonly string[] = ['under'];

/**
 * Words after `a`/`per` that make a sum a price per unit (`19.60 dollars a
 * barrel`, `80 cents a lb`, `855 dollars per week`): quoted or announced
 * prices, published as they are set.
 */
export const priceUnitWords: readonly string[] = ['a', 'an', 'per'];

/**
 * Words after `the first` that make it a record over every case before
 * (`the first approved treatment`, `the first known case`, `the first ever
 * strike`): someone has to have searched the register.
 */
export const firstOfRecord: readonly string[] = ['approved', 'known', 'recorded', 'documented', 'confirmed', 'licensed', 'registered', 'ever', 'certified'];
