/**
 * Verbs and adjectives of intent and mental state: what a person or body
 * wants, hopes, fears, believes or tries to do. Said of a third party in
 * the writer's own voice, they claim knowledge of a mind. Base forms;
 * inflections come from `../inflect.ts`.
 */
export const intentVerbs: readonly string[] = [
  'want', 'hope', 'fear', 'worry', 'intend', 'aim', 'seek', 'try', 'strive', 'plan', 'wish', 'long', 'yearn',
  'believe', 'think', 'feel', 'suspect', 'prefer', 'resolve', 'endeavour', 'endeavor', 'attempt',
  'crave', 'covet', 'dread', 'regret', 'resent', 'relish', 'desire', 'aspire', 'scramble', 'push', 'plot', 'scheme',
  'bid', 'race'
];

/**
 * Intent verbs that state a wish with a plain object (`wants a recount`,
 * `fears a recession`). The others need `to` + verb or `that` to mean
 * intent (`aims to`, `hopes that`), since their bare forms are often nouns
 * or other senses (`best wishes`, `raced to the scene`).
 */
export const intentVerbsTakingObject: readonly string[] = ['want', 'fear', 'seek', 'covet', 'crave', 'dread', 'prefer', 'desire'];

/** Adjectives of will or feeling that take `to` (`is determined to`, `is keen to`). */
export const intentAdjectives: readonly string[] = [
  'determined', 'desperate', 'eager', 'keen', 'anxious', 'reluctant', 'willing', 'unwilling', 'loath', 'loth',
  'intent', 'bent', 'resolved', 'adamant', 'hoping', 'itching', 'impatient', 'afraid', 'hesitant', 'ready',
  'committed', 'raring'
];

/** Idioms of ambition: `set * sights on`, `has an eye on`. `*` stands for one word. */
export const intentIdioms: readonly string[] = [
  'set * sights on', 'sets * sights on', 'setting * sights on', 'has designs on', 'have designs on', 'has an eye on',
  'in a bid to', 'in an attempt to', 'in an effort to', 'is hell-bent on', 'is looking to', 'are looking to',
  'is eyeing', 'are eyeing', 'is angling for', 'are angling for', 'dreams of', 'is out to', 'are out to',
  'would like to', 'would love to', 'has no intention of', 'have no intention of'
];

/**
 * Adjectives of feeling that state a mind after a copula (`is worried
 * that`, `are confident about`).
 */
export const mentalStateAdjectives: readonly string[] = [
  'worried', 'concerned', 'confident', 'convinced', 'frustrated', 'furious', 'angry', 'unhappy', 'upset',
  'disappointed', 'delighted', 'optimistic', 'pessimistic', 'nervous', 'anxious', 'afraid', 'sceptical',
  'skeptical', 'wary', 'fearful', 'hopeful', 'doubtful', 'uneasy', 'alarmed', 'dismayed', 'relieved', 'bitter',
  'resentful', 'jealous', 'embarrassed', 'ashamed', 'impatient', 'exasperated', 'determined', 'unconvinced'
];

/** Subjects that make the mental state the writer's own or the reader's, not a third party's. */
export const firstAndSecondPerson: readonly string[] = ['i', 'we', 'you'];
