import type {AttributionKind} from '../types.js';

/**
 * How sure a cue is: 3 flags at every sensitivity, 2 at balanced and
 * strict, 1 at strict only.
 */
export type Strength = 1 | 2 | 3;

/** Words in a sentence that make it a claim (or a vague source), as token indices and paragraph offsets. */
export interface Cue {
  kind: AttributionKind;
  strength: Strength;
  /** First token and the token just past the cue. */
  from: number;
  to: number;
  /** Paragraph offsets, when the cue is not a run of the sentence's own tokens (a quotation spanning sentences). */
  start?: number;
  end?: number;
  /** An unattributed quotation left open at the paragraph's end: the next paragraph may give its speaker. */
  runsOn?: boolean;
}
