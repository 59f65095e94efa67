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
  'bid', 'race', 'fight', 'battle', 'struggle'
];

/**
 * Intent verbs that state a wish with a plain object (`wants a recount`,
 * `fears a recession`). The others need `to` + verb or `that` to mean
 * intent (`aims to`, `hopes that`), since their bare forms are often nouns
 * or other senses (`best wishes`, `raced to the scene`). `seek` is not
 * here: with a plain object it names a public request (`seeking approval`,
 * `seeks damages`, `seeking re-election`), not a state of mind; `seeks to`
 * still counts.
 */
export const intentVerbsTakingObject: readonly string[] = ['want', 'fear', 'covet', 'crave', 'dread', 'prefer', 'desire'];

/**
 * Adjectives of will or feeling that take `to` (`is determined to`, `is
 * keen to`). `ready` is not one: said of a thing it states a schedule or
 * a state (`the bridge is ready to open`), not a wish.
 */
export const intentAdjectives: readonly string[] = [
  'determined', 'desperate', 'eager', 'keen', 'anxious', 'reluctant', 'willing', 'unwilling', 'loath', 'loth',
  'intent', 'bent', 'resolved', 'adamant', 'hoping', 'itching', 'impatient', 'afraid', 'hesitant',
  'committed', 'raring'
];

/** Idioms of ambition: `set * sights on`, `has an eye on`. `*` stands for one word. */
export const intentIdioms: readonly string[] = [
  'set * sights on', 'sets * sights on', 'setting * sights on', 'has designs on', 'have designs on', 'has an eye on',
  'in a bid to', 'in an attempt to', 'in an effort to', 'is hell-bent on', 'is looking to', 'are looking to',
  'is eyeing', 'are eyeing', 'is angling for', 'are angling for', 'dreams of', 'is out to', 'are out to',
  'would like to', 'would love to', 'has no intention of', 'have no intention of',
  // A purpose told as a hope is a mind's, whoever acts (`studied in hopes of finding`).
  'in hopes of', 'in the hope of', 'in the hopes of', 'in hopes that', 'in the hope that',
  // A choice explained by a fear is a mind's too (`settled rather than risk a trial`).
  'for fear of', 'for fear that', 'out of fear', 'rather than risk', 'not to risk'
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

/** Verbs of effort: they tell what their subject tries to do (`fighting to regain`, `struggled to find`). */
export const effortVerbs: readonly string[] = ['try', 'strive', 'endeavour', 'endeavor', 'attempt', 'scramble', 'race', 'fight', 'battle', 'struggle'];

/**
 * Physical tasks that crews are seen doing (`firefighters battled to
 * contain the blaze`, `divers tried to reach the wreck`): effort at them is
 * an observable event, not a state of mind to attribute.
 */
export const observableTasks: readonly string[] = [
  'contain', 'control', 'extinguish', 'douse', 'rescue', 'free', 'reach', 'evacuate', 'refloat', 'clear', 'repair',
  'restore', 'stabilise', 'stabilize', 'lift', 'pump', 'dig', 'pull'
];
