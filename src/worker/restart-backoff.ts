/** How long to wait before starting a worker again, by how often it failed lately. */
export interface BackoffOptions {
  /** Milliseconds before the first restart. Default 1 s. */
  first: number;
  /** The longest wait, in milliseconds. Default 60 s. */
  longest: number;
  /** A worker that ran this long (milliseconds) before failing was stable: the waits start again from `first`. Default 60 s. */
  stable: number;
}

export const defaultBackoff: Readonly<BackoffOptions> = Object.freeze({first: 1_000, longest: 60_000, stable: 60_000});

/**
 * The waits between restarts of a worker that keeps failing: 1, 2, 4 … 60
 * seconds, and 1 second again once a worker has run for a stable minute.
 * A worker that fails at once (a bad build, memory it can never have)
 * would otherwise be restarted in a tight loop; one that failed on one
 * draft an hour ago should come back at once. Pure: the caller passes the
 * time, so tests need no clock.
 */
export class RestartBackoff {
  private failures = 0;
  private startedAt: number | undefined;

  constructor(private readonly options: BackoffOptions = defaultBackoff) {}

  /** A worker started at `now` (milliseconds). */
  started(now: number): void {
    this.startedAt = now;
  }

  /** The worker failed at `now`: milliseconds to wait before starting the next one. */
  failed(now: number): number {
    if (this.startedAt !== undefined && now - this.startedAt >= this.options.stable) this.failures = 0;
    this.startedAt = undefined;
    const wait = Math.min(this.options.longest, this.options.first * 2 ** Math.min(this.failures, 30));
    this.failures++;
    return wait;
  }
}
