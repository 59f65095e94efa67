/**
 * Reporting verbs: verbs whose subject is the source of what follows
 * (`X said`, `X told reporters`, `X announced`). Base forms only; the
 * inflections (`says`, `said`, `saying`) come from `../inflect.ts`. A
 * sentence with one of these and a named or specific subject is attributed.
 */
export const reportingVerbs: readonly string[] = [
  'acknowledge', 'accuse', 'add', 'admit', 'advise', 'affirm', 'agree', 'allege', 'announce', 'answer',
  'argue', 'assert', 'assure', 'blame', 'boast', 'brief', 'calculate', 'caution', 'charge', 'cite', 'claim', 'comment',
  'complain', 'concede', 'conclude', 'condemn', 'confirm', 'contend', 'counter', 'criticise', 'criticize',
  'declare', 'decry', 'demand', 'deny', 'describe', 'disclose', 'dismiss', 'emphasise', 'emphasize',
  'estimate', 'expect', 'explain', 'find', 'forecast', 'indicate', 'inform', 'insist', 'maintain',
  'mention', 'note', 'observe', 'pledge', 'point', 'post', 'praise', 'predict', 'project', 'promise',
  'propose', 'protest', 'publish', 'recall', 'recount', 'reiterate', 'reject', 'release', 'remark',
  'reply', 'report', 'respond', 'reveal', 'rule', 'say', 'signal', 'state', 'stress',
  'suggest', 'tell', 'testify', 'tweet', 'underline', 'urge', 'vow', 'warn', 'welcome', 'write',
  // `X called the plan "a disaster"`: naming a thing publicly.
  'call', 'label', 'brand', 'term', 'dub'
];

/**
 * Verbs through which documents and data speak (`figures show`, `the
 * survey found`). Their subject must be a document or data noun
 * (`./sources.ts` `documentNouns`), so `the striker found the net` is not a
 * source.
 */
export const dataVerbs: readonly string[] = ['show', 'suggest', 'indicate', 'find', 'reveal', 'conclude', 'estimate', 'project', 'put', 'record', 'confirm', 'state', 'say'];

/**
 * Reporting verbs that are also common nouns (`the report`, `a claim`, `the
 * sharp reply`). Their bare and `-s` forms only count as verbs when no
 * determiner or adjective-like word sits right before them.
 */
export const nounLikeReportingVerbs: readonly string[] = [
  'answer', 'brief', 'charge', 'claim', 'comment', 'counter', 'estimate', 'find', 'forecast', 'note',
  'pledge', 'point', 'post', 'praise', 'project', 'promise', 'protest', 'release', 'remark', 'reply',
  'report', 'rule', 'signal', 'state', 'stress', 'tweet', 'welcome', 'call', 'label', 'brand', 'term',
  'show', 'record', 'put', 'demand', 'dismiss', 'mention', 'reject', 'conclude', 'deny', 'respond',
  // Opinion verbs below that are nouns too.
  'question', 'view', 'doubt', 'fear', 'hope', 'worry', 'see', 'regard'
];

/**
 * Verbs of belief and perception that make an unnamed group into a source
 * (`many observers see`, `experts believe`). With a named subject these
 * are mental states (see `./intent.ts`), not attribution.
 */
/**
 * Forms that put the speaker after the verb (`…,” said the coach`,
 * `added Jones`). Other reporting verbs after a comma follow an appositive
 * (`Lena Okafor, head of planning, wrote`).
 */
export const invertedForms: readonly string[] = ['said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'explained', 'replied', 'asked', 'recalled', 'noted', 'warned', 'insisted', 'declared', 'observed', 'argued'];

export const opinionVerbs: readonly string[] = ['believe', 'think', 'fear', 'feel', 'see', 'consider', 'regard', 'view', 'doubt', 'suspect', 'reckon', 'worry', 'hope', 'expect', 'predict', 'agree', 'question'];

/**
 * Verbs that report what someone said or wrote, as opposed to what they
 * did (`agreed the plan`, `welcomed the move`): a sentence after one that
 * keeps its tense goes on reporting the same speaker. Base forms.
 */
export const speechVerbs: readonly string[] = [
  'say', 'tell', 'add', 'note', 'explain', 'report', 'state', 'write', 'argue', 'claim', 'insist', 'estimate', 'calculate',
  'show', 'find', 'indicate', 'emphasise', 'emphasize', 'stress', 'point', 'observe', 'predict', 'forecast', 'warn',
  'contend', 'maintain', 'reveal', 'suggest', 'testify', 'disclose', 'acknowledge', 'concede', 'assert', 'reiterate',
  'remark', 'recall', 'recount', 'explain', 'mention', 'answer', 'reply', 'respond', 'confirm', 'admit'
];

/**
 * Reporting verbs that things do as well as people (`the queue might
 * indicate`, `the result shows`, `the move signals`): with one of these, a
 * subject that is no person, organisation, document or name is no source.
 * Base forms.
 */
export const thingVerbs: readonly string[] = ['show', 'suggest', 'indicate', 'reveal', 'confirm', 'record', 'put', 'project', 'signal', 'point', 'find'];
