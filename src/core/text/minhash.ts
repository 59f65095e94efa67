/**
 * MinHash signatures cut into bands (locality-sensitive hashing): two word
 * sets with Jaccard similarity s share at least one band key with
 * probability 1 − (1 − s^rows)^bands. With 20 bands of 2 rows, paragraphs
 * whose word pairs overlap by 40% (two words changed in ten) meet with
 * probability 0.97, while unrelated paragraphs (overlap near 2%) meet about
 * once in a hundred: near copies are found without comparing every pair.
 */
export const bands = 20;
export const rows = 2;

const seeds = new Int32Array(bands * rows);
{
  // Fixed seeds: the same text always gets the same keys.
  let state = 0x2545f491;
  for (let index = 0; index < bands * rows; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    seeds[index] = state | 1;
  }
}

/** A 32-bit mix of a value under a seed, as a signed integer (only its bits matter). */
function mix(value: number, seed: number): number {
  let hash = Math.imul(value ^ seed, 0x9e3779b1);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

/** The band keys of a set of 32-bit feature hashes (empty for an empty set). */
export function bandKeys(features: readonly number[]): number[] {
  return bandKeysOf(features, features.length);
}

/** Flipping the top bit makes signed comparison order 32-bit values as unsigned ones, keeping them small integers. */
const topBit = 0x80000000;

/**
 * {@link bandKeys} of the first `count` features of a list, which may hold
 * repeats: a minimum does not change for a feature seen twice, so callers
 * need not build a set.
 */
export function bandKeysOf(features: ArrayLike<number>, count: number): number[] {
  if (count === 0) return [];
  const keys: number[] = [];
  for (let band = 0; band < bands; band++) {
    let key = mix(band, 0x7f4a7c15);
    for (let row = 0; row < rows; row++) {
      const seed = seeds[band * rows + row];
      let min = 0x7fffffff;
      for (let index = 0; index < count; index++) {
        const value = mix(features[index], seed) ^ topBit;
        if (value < min) min = value;
      }
      key = mix(key ^ min ^ topBit, seed);
    }
    // 30 bits keep the key a small integer, which maps store without boxing.
    keys.push(key & 0x3fffffff);
  }
  return keys;
}
