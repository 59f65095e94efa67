/**
 * Objects kept alive only for their shapes.
 *
 * V8 gives objects built the same way one shape (a hidden class) and
 * optimizes hot functions for the shapes they meet. A shape reached by
 * adding properties to an object, as a constructor or a parser adding
 * positions does, is held only weakly: once no live object has it, a full
 * garbage collection drops it, and with it every optimized function that
 * relied on it. A check drops most of what it builds (parse trees, its
 * indexes, its vfiles and their messages), so after every full collection
 * the next checks ran unoptimized, two to four times slower, until V8 had
 * optimized them again. One small object of each such shape, kept here,
 * keeps the shapes and the optimized code.
 */
const kept = new Map<string, object>();

/** Keep `sample` alive (replacing any earlier sample of the same `kind`). */
export function keepShape(kind: string, sample: object): void {
  kept.set(kind, sample);
}
