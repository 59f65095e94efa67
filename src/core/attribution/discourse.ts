/**
 * What one paragraph's reading leaves open for the rest of the article to
 * settle. A paragraph is read alone (so its reading holds for as long as
 * its text is unchanged, wherever it moves), but news copy attributes
 * across paragraphs: a quotation runs on into the next paragraph, `he
 * said` and `the economist said` refer back to a speaker introduced
 * earlier, and a word that looks like a common noun first in a sentence
 * (`Reiners said`) may be a name the story writes elsewhere. Each such
 * claim carries a {@link Condition}; {@link resolveArticle} reads the
 * paragraphs' {@link ParagraphFacts} in order and says which claims fall.
 */

/** What decides whether a claim stands. */
export type Condition =
  /**
   * An unattributed quotation that news style may attribute elsewhere: one
   * the paragraph opens with (`opening`: a speaker in the paragraph before
   * covers it), or one left open at the paragraph's end (`runsOn`: a
   * continuation paragraph with a speaker covers it).
   */
  | {type: 'quote'; opening: boolean; runsOn: boolean}
  /**
   * A speaker that refers back (`he said`, `they said`, `the economist
   * said`): a vague source only if what it refers to was one. `key` is
   * `singular` or `plural` for a pronoun, the noun for `the economist`.
   */
  | {type: 'antecedent'; key: string}
  /** A vague source resting on reading `word` (first in its sentence) as a common noun: not if the article writes it as a name. */
  | {type: 'common'; word: string}
  /**
   * A view told of a person by name (`Kaul believes the market will drop`):
   * not the writer's reading of a mind when the article has that person
   * speaking as a named source (`name` is the name's word, lower case).
   */
  | {type: 'view'; name: string};

/** A source as the paragraph introduces or refers back to one, in reading order. */
export type SourceEvent =
  /**
   * A source introduced: named or vague, known by these keys (its number,
   * `singular`/`plural`, its role noun, if any, and for a named one each
   * word of its name as `name:` and the word). `unlessName`: vague only
   * if the article does not write this word as a name (see `common`).
   */
  | {type: 'source'; value: 'named' | 'vague'; keys: string[]; unlessName?: string}
  /** A speaker that refers back by `key`; `start` is the conditional claim's start, when there is one. */
  | {type: 'reference'; key: string; start?: number; verb?: number; subject?: {from: number; to: number}};

/** What a paragraph, read alone, tells the article. */
export interface ParagraphFacts {
  /** The paragraph opens with a quotation mark. */
  opensWithQuote: boolean;
  /** The quotation it opens with has a speaker of its own. */
  openingSpoken: boolean;
  /** The paragraph has a speaker of its own (a reporting verb with its subject, or a quotation with one). */
  spoken: boolean;
  /** The paragraph ends inside a quotation (no closing mark). */
  endsOpen: boolean;
  /** The paragraph holds exactly one quotation. */
  singleQuote: boolean;
  /** The sources it introduces and refers back to, in order. */
  events: SourceEvent[];
  /** Words (lower case) written with a capital inside a sentence: the names the paragraph uses. */
  names: string[];
  /** The claims that depend on the rest of the article, by their start (paragraph offset). */
  conditions: Array<{start: number; condition: Condition}>;
}

/**
 * Settle the conditions of an article's paragraphs, in order
 * (`undefined` for anything between that is not a paragraph of prose,
 * such as a heading, which ends a run of quotation and forgets who spoke).
 * Returns, for each paragraph, the starts of its claims that fall.
 */
export function resolveArticle(paragraphs: ReadonlyArray<ParagraphFacts | undefined>): Array<Set<number> | undefined> {
  const dropped: Array<Set<number> | undefined> = new Array<Set<number> | undefined>(paragraphs.length);
  const drop = (index: number, start: number) => (dropped[index] ??= new Set()).add(start);
  let names: Set<string> | undefined;
  // Who was last introduced, by key: what `he`, `they` and `the economist` refer back to.
  const speakers = new Map<string, 'named' | 'vague'>();
  // The paragraphs of the current run of quotation whose open quotation still waits for a speaker.
  const held: number[] = [];
  let previous: {spoken: boolean; endsOpen: boolean} | undefined;
  for (let index = 0; index < paragraphs.length; index++) {
    const facts = paragraphs[index];
    if (!facts) {
      previous = undefined;
      held.length = 0;
      speakers.clear();
      continue;
    }
    const previousSpoken = previous?.spoken ?? false;
    const openingSpoken = facts.opensWithQuote && (previousSpoken || facts.openingSpoken);
    const continues = previous?.endsOpen === true && facts.opensWithQuote;
    if (!continues) held.length = 0;
    else if (openingSpoken) {
      // The run has its speaker: none of its earlier paragraphs is an unattributed quote.
      for (const earlier of held) for (const {start, condition} of paragraphs[earlier]!.conditions) if (condition.type === 'quote' && condition.runsOn) drop(earlier, start);
      held.length = 0;
    }
    let runsOn = false;
    for (const {start, condition} of facts.conditions) {
      if (condition.type === 'quote') {
        if (condition.opening && previousSpoken) drop(index, start);
        runsOn ||= condition.runsOn;
      } else if (condition.type === 'common') {
        names ??= allNames(paragraphs);
        if (names.has(condition.word)) drop(index, start);
      }
    }
    if (runsOn) held.push(index);
    for (const event of facts.events) {
      if (event.type === 'source') {
        let value = event.value;
        if (event.unlessName !== undefined) {
          names ??= allNames(paragraphs);
          if (names.has(event.unlessName)) value = 'named';
        }
        for (const key of event.keys) speakers.set(key, value);
        continue;
      }
      const value = speakers.get(event.key);
      if (event.start !== undefined && value !== 'vague') drop(index, event.start);
      // `He said` goes on with the same speaker, whatever introduced them.
      if (value) speakers.set(event.key === 'plural' ? 'plural' : 'singular', value);
    }
    // After the paragraph's own sources: `Kaul said…. Kaul believes…` in one paragraph is hers too.
    for (const {start, condition} of facts.conditions) if (condition.type === 'view' && speakers.get(`name:${condition.name}`) === 'named') drop(index, start);
    // A quotation running on from a speaker's paragraph stays that speaker's.
    previous = {spoken: facts.spoken || (facts.endsOpen && openingSpoken && facts.singleQuote), endsOpen: facts.endsOpen};
  }
  return dropped;
}

/** Every name the article writes. */
function allNames(paragraphs: ReadonlyArray<ParagraphFacts | undefined>): Set<string> {
  const names = new Set<string>();
  for (const facts of paragraphs) if (facts) for (const name of facts.names) names.add(name);
  return names;
}
