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

/** Flipping the top bit makes signed comparison order 32-bit values as unsigned ones, keeping them small integers. */
const topBit = 0x80000000;

/** Where each band's key starts, before its rows' minima are mixed in. */
const bandStarts = Int32Array.from({length: bands}, (_, band) => mix(band, 0x7f4a7c15));

/** The minima of one list, by seed: reused from list to list. */
const minima = new Int32Array(bands * rows);

// The minima are taken four seeds to a pass over the features.
if (seeds.length % 4 !== 0) throw new Error('MinHash needs a multiple of four seeds');

/**
 * The band keys of the first `count` 32-bit feature hashes of a list (none
 * for no features). The list may hold repeats: a minimum does not change
 * for a feature seen twice, so callers need not build a set.
 */
export function bandKeysOf(features: ArrayLike<number>, count: number): number[] {
  if (count === 0) return [];
  // Four seeds a pass, not one: the loop's load and bookkeeping are shared, and the four
  // independent hashes overlap in the processor (a third less time than a pass per seed).
  for (let seed = 0; seed < seeds.length; seed += 4) {
    const seed0 = seeds[seed];
    const seed1 = seeds[seed + 1];
    const seed2 = seeds[seed + 2];
    const seed3 = seeds[seed + 3];
    let min0 = 0x7fffffff;
    let min1 = 0x7fffffff;
    let min2 = 0x7fffffff;
    let min3 = 0x7fffffff;
    for (let index = 0; index < count; index++) {
      const feature = features[index];
      const value0 = mix(feature, seed0) ^ topBit;
      if (value0 < min0) min0 = value0;
      const value1 = mix(feature, seed1) ^ topBit;
      if (value1 < min1) min1 = value1;
      const value2 = mix(feature, seed2) ^ topBit;
      if (value2 < min2) min2 = value2;
      const value3 = mix(feature, seed3) ^ topBit;
      if (value3 < min3) min3 = value3;
    }
    minima[seed] = min0;
    minima[seed + 1] = min1;
    minima[seed + 2] = min2;
    minima[seed + 3] = min3;
  }
  const keys: number[] = new Array(bands);
  for (let band = 0; band < bands; band++) {
    let key = bandStarts[band];
    for (let row = 0; row < rows; row++) key = mix(key ^ minima[band * rows + row] ^ topBit, seeds[band * rows + row]);
    // 30 bits keep the key a small integer, which maps store without boxing.
    keys[band] = key & 0x3fffffff;
  }
  return keys;
}
