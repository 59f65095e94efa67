/**
 * The part of `node:assert/strict` the suite uses, for the web-worker host
 * (which has no Node built-ins); scripts/build.mjs puts it in place of
 * `node:assert/strict` in the web test bundle.
 */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

function fail(message: string | undefined, fallback: string): never {
  throw new AssertionError(message ?? fallback);
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? String(value);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `Expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `Expected ${show(actual)} to equal ${show(expected)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) fail(message, `Expected ${show(actual)} not to equal ${show(expected)}`);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!same(actual, expected)) fail(message, `Expected values to be deep-equal:\nactual:   ${show(actual)}\nexpected: ${show(expected)}`);
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) fail(message, `Expected ${show(actual)} to match ${pattern}`);
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const strict = {AssertionError, ok, equal, notEqual, deepEqual, match};
export default strict;
