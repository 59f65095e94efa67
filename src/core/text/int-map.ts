import {keepShape} from '../shapes.js';

/**
 * A map from non-negative 31-bit integers to integers, by open addressing in
 * typed arrays. The near-copy index makes tens of thousands of look-ups per
 * check of a long draft; a `Map` spends more time there than all the
 * arithmetic around it.
 */
export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private size = 0;

  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Int32Array(slots).fill(-1);
    this.values = new Int32Array(slots);
  }

  /** The value under `key`, or `missing`. */
  get(key: number, missing = -1): number {
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const found = this.keys[slot];
      if (found === key) return this.values[slot];
      if (found === -1) return missing;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const found = this.keys[slot];
      if (found === key || found === -1) {
        if (found === -1) this.size++;
        this.keys[slot] = key;
        this.values[slot] = value;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== -1) this.set(keys[slot], values[slot]);
  }
}

keepShape('int-map', new IntMap(1));
