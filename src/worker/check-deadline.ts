/** How long one check may run before its worker is stopped. */
export interface DeadlineOptions {
  /** Milliseconds every check is given. Default 10 s. */
  base: number;
  /** Milliseconds more for each million characters of the draft. Default 10 s. */
  perMillion: number;
}

/**
 * The default is about ten times what a full check of a long draft takes
 * on a slow machine (README, Performance: 1,000,000 words, some 6 million
 * characters, in about 5 s), so only a check that is stuck meets it.
 */
export const defaultDeadline: Readonly<DeadlineOptions> = Object.freeze({base: 10_000, perMillion: 10_000});

/** Milliseconds a check of a text of `length` characters may take. */
export function checkDeadline(length: number, options: DeadlineOptions = defaultDeadline): number {
  return options.base + Math.ceil((Math.max(0, length) * options.perMillion) / 1_000_000);
}

/** A deadline as a person reads it: `12 s`, `1.5 s`. */
export function describeDuration(milliseconds: number): string {
  return `${Math.round(milliseconds / 100) / 10} s`;
}
