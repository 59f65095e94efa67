import type {Finding} from '../core/index.js';

/**
 * One check's findings as the worker thread sends them, relative to the
 * findings it last sent for the same document. A checker hands back the
 * very same finding objects for paragraphs that neither changed nor moved,
 * so after an edit most findings are ones the extension host already holds:
 * those travel as an index, and only the rest are copied across.
 */
export interface FindingDelta {
  /** For each finding, in order: its index in the previous list (the same object), or -1 when it is the next of {@link added}. */
  reused: Int32Array;
  /** The findings that were not in the previous list, in order. */
  added: Finding[];
}

/** A delta that says how to make `findings` from `previous` (everything is added when there is no previous list). */
export function encodeFindings(previous: readonly Finding[] | undefined, findings: readonly Finding[]): FindingDelta {
  const reused = new Int32Array(findings.length).fill(-1);
  const added: Finding[] = [];
  if (!previous || previous.length === 0) {
    return {reused, added: findings.slice()};
  }
  const indexOf = new Map<Finding, number>();
  previous.forEach((finding, index) => indexOf.set(finding, index));
  findings.forEach((finding, position) => {
    const index = indexOf.get(finding);
    if (index === undefined) added.push(finding);
    else reused[position] = index;
  });
  return {reused, added};
}

/**
 * The findings a delta describes: reused ones are the very objects of
 * `previous` (so whoever turned them into diagnostics can keep those).
 * Throws when the delta cannot have been made from `previous`: the two
 * sides are out of step, and guessing would publish wrong diagnostics.
 */
export function decodeFindings(previous: readonly Finding[] | undefined, delta: FindingDelta): Finding[] {
  const findings: Finding[] = new Array<Finding>(delta.reused.length);
  let next = 0;
  for (let position = 0; position < delta.reused.length; position++) {
    const index = delta.reused[position];
    if (index === -1) {
      if (next >= delta.added.length) throw new FindingDeltaError('the delta adds fewer findings than it places');
      findings[position] = delta.added[next++];
    } else {
      const finding = previous?.[index];
      if (finding === undefined) throw new FindingDeltaError(`the delta reuses finding ${index} of ${previous?.length ?? 0}`);
      findings[position] = finding;
    }
  }
  if (next !== delta.added.length) throw new FindingDeltaError('the delta adds more findings than it places');
  return findings;
}

/** A delta that does not fit the list it is applied to. */
export class FindingDeltaError extends Error {
  override name = 'FindingDeltaError';
}

/** One document's findings as last sent or received, and the id of the check they answered. */
interface Sent {
  id: number;
  findings: readonly Finding[];
}

/** What travels for one check's findings: the delta, and the id of the check it is relative to (0: none). */
export interface EncodedFindings {
  base: number;
  delta: FindingDelta;
}

/**
 * The sending side (the worker thread): remembers, per document key, the
 * findings it last sent. Every result it encodes is sent, in order, on the
 * same channel as every {@link forget} acknowledgement, so the receiving
 * side, applying them in the same order, always holds the same lists.
 */
export class FindingEncoder {
  private readonly sent = new Map<string, Sent>();

  /** Encode the findings of check `id` of document `key`, and remember them as sent. */
  encode(key: string, id: number, findings: readonly Finding[]): EncodedFindings {
    const previous = this.sent.get(key);
    const delta = encodeFindings(previous?.findings, findings);
    this.sent.set(key, {id, findings});
    return {base: previous?.id ?? 0, delta};
  }

  /** The document closed (or its results are no longer wanted): its next result is sent whole. */
  forget(key: string): void {
    this.sent.delete(key);
  }
}

/**
 * The receiving side (the extension host): rebuilds each result from the
 * one received before it for the same document, and checks that it was
 * encoded from that very result.
 */
export class FindingDecoder {
  private readonly received = new Map<string, Sent>();

  /**
   * The findings of check `id` of document `key`. A result relative to no
   * earlier one (`base` 0) stands alone, whatever was received before;
   * otherwise `base` must be the result last received, or this throws
   * {@link FindingDeltaError}.
   */
  decode(key: string, id: number, {base, delta}: EncodedFindings): Finding[] {
    const previous = base === 0 ? undefined : this.received.get(key);
    if (base !== 0 && previous?.id !== base) throw new FindingDeltaError(`check ${id} of ${key} is relative to check ${base}, but the last received was ${previous?.id ?? 'none'}`);
    const findings = decodeFindings(previous?.findings, delta);
    this.received.set(key, {id, findings});
    return findings;
  }

  /** The sending side forgot `key` (see {@link FindingEncoder.forget}). */
  forget(key: string): void {
    this.received.delete(key);
  }

  clear(): void {
    this.received.clear();
  }
}
