import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {checkDeadline, describeDuration} from '../../src/worker/check-deadline.js';
import {RestartBackoff} from '../../src/worker/restart-backoff.js';

describe('RestartBackoff', () => {
  test('doubles the wait with each failure in a row, from 1 s up to 60 s', () => {
    const backoff = new RestartBackoff();
    const waits: number[] = [];
    let now = 0;
    for (let failure = 0; failure < 9; failure++) {
      backoff.started(now);
      // Each worker fails a second after it started: never a stable minute.
      now += 1_000;
      const wait = backoff.failed(now);
      waits.push(wait);
      now += wait;
    }
    assert.deepEqual(waits, [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  test('starts again from 1 s once a worker ran for a stable minute', () => {
    const backoff = new RestartBackoff();
    backoff.started(0);
    assert.equal(backoff.failed(10), 1_000);
    backoff.started(1_010);
    assert.equal(backoff.failed(1_020), 2_000);
    backoff.started(3_020);
    // 59.999 s is not yet a stable minute …
    assert.equal(backoff.failed(63_019), 4_000);
    backoff.started(67_019);
    // … 60 s is.
    assert.equal(backoff.failed(127_019), 1_000);
  });

  test('a failure to start at all (no worker ran) keeps doubling', () => {
    const backoff = new RestartBackoff();
    assert.deepEqual([backoff.failed(0), backoff.failed(1_000_000), backoff.failed(2_000_000)], [1_000, 2_000, 4_000]);
  });

  test('takes its waits from its options', () => {
    const backoff = new RestartBackoff({first: 100, longest: 250, stable: 5_000});
    assert.deepEqual([backoff.failed(0), backoff.failed(0), backoff.failed(0)], [100, 200, 250]);
  });
});

describe('checkDeadline', () => {
  test('is 10 s, and 10 s more for each million characters', () => {
    assert.deepEqual(
      [0, 1, 100_000, 1_000_000, 2_500_000].map((length) => checkDeadline(length)),
      [10_000, 10_001, 11_000, 20_000, 35_000]
    );
  });

  test('takes its base and rate from its options', () => {
    assert.equal(checkDeadline(500_000, {base: 1_000, perMillion: 4_000}), 3_000);
  });

  test('reads as seconds', () => {
    assert.deepEqual([10_000, 1_500, 20_001, 250].map(describeDuration), ['10 s', '1.5 s', '20 s', '0.3 s']);
  });
});
