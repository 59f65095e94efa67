/**
 * How many tokens the attribution rule reads on either side of a cue when
 * it looks for the clause around it: the subject before a reporting verb,
 * the noun phrase after `according to`, the comma that closes an aside.
 *
 * A sentence with no end (a long run of text with no full stop) is one
 * sentence to the rule; without a bound every cue in it would read back to
 * the run's start, and the work would grow with the square of its length.
 * A subject or source longer than this is rare in news prose; one that is
 * longer is read from its last `reach` tokens.
 */
export const reach = 32;
