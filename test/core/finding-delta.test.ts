import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {createChecker, type Finding} from '../../src/core/index.js';
import {FindingDecoder, FindingDeltaError, FindingEncoder, decodeFindings, encodeFindings} from '../../src/vscode/finding-delta.js';

/**
 * The worker thread sends each check's findings as a delta against the
 * last ones it sent for the document (src/vscode/finding-delta.ts). Sent
 * through a structured clone, as postMessage does, every delta must decode
 * to exactly the worker's list, and a finding the worker reused must come
 * out as the very object the host decoded before.
 */

/** A finding on `line`; its message names it, so a failing comparison says which. */
function finding(line: number, message = `finding on line ${line}`): Finding {
  return {
    rule: 'needs-attribution',
    severity: 'info',
    message,
    kind: 'statistic',
    url: 'https://example.org/docs/rules/needs-attribution.md',
    line,
    column: 1,
    endLine: line,
    endColumn: 10,
    offset: line * 100,
    endOffset: line * 100 + 9,
    related: [],
    fixes: [{title: 'Mark as needing a source', action: 'mark-source', edits: [{line, column: 10, endLine: line, endColumn: 10, offset: line * 100 + 9, endOffset: line * 100 + 9, newText: ' [source?]'}]}],
    actual: 'the claim',
    ignoreKey: `claim ${line}`
  };
}

/** What the extension host receives: a copy, as postMessage makes one. */
function send<T>(value: T): T {
  return structuredClone(value);
}

/** The worker's side and the host's side of one channel, checks numbered as the engine numbers them. */
function channel() {
  const encoder = new FindingEncoder();
  const decoder = new FindingDecoder();
  let id = 0;
  return {
    /** A check's result, sent and received; the host's findings. */
    check(key: string, findings: Finding[]): Finding[] {
      id++;
      return decoder.decode(key, id, send(encoder.encode(key, id, findings)));
    },
    /** The worker forgets `key` and acknowledges it. */
    forget(key: string): void {
      encoder.forget(key);
      decoder.forget(key);
    },
    encoder,
    decoder
  };
}

describe('finding deltas', () => {
  test('the first result of a document is sent whole', () => {
    const findings = [finding(1), finding(2)];
    const delta = encodeFindings(undefined, findings);
    assert.deepEqual([...delta.reused], [-1, -1]);
    assert.deepEqual(delta.added, findings);
    assert.deepEqual(decodeFindings(undefined, send(delta)), findings);
  });

  test('a finding reused (===) travels as its index in the previous list; a new one, even if equal, travels whole', () => {
    const [a, b, c] = [finding(1), finding(2), finding(3)];
    const copyOfB = finding(2);
    const delta = encodeFindings([a, b, c], [a, copyOfB, c, finding(4)]);
    assert.deepEqual([...delta.reused], [0, -1, 2, -1]);
    assert.deepEqual(
      delta.added.map((added) => added.message),
      ['finding on line 2', 'finding on line 4']
    );
  });

  test('reused, moved, added and removed findings decode to the worker\'s list, reused ones as the host\'s earlier objects', () => {
    const {check} = channel();
    const [a, b, c, d] = [finding(1), finding(2), finding(3), finding(4)];
    const first = check('draft', [a, b, c]);
    assert.deepEqual(first, [a, b, c]);

    // b removed, c moved before a, d added at the end, a new finding in the middle.
    const e = finding(5, 'a new finding');
    const second = check('draft', [c, e, a, d]);
    assert.deepEqual(second, [c, e, a, d]);
    assert.equal(second[0], first[2]);
    assert.equal(second[2], first[0]);

    // An unchanged result is all indices: every object is the host's own from before.
    const third = check('draft', [c, e, a, d]);
    assert.deepEqual(third, second);
    third.forEach((received, index) => assert.equal(received, second[index]));

    // Everything removed, then something again.
    assert.deepEqual(check('draft', []), []);
    assert.deepEqual(check('draft', [a]), [a]);
  });

  test('documents are kept apart', () => {
    const {check} = channel();
    const [a, b] = [finding(1), finding(2)];
    const left = check('left', [a]);
    const right = check('right', [a, b]);
    assert.deepEqual(check('left', [b, a]), [b, a]);
    assert.notEqual(right[0], left[0]);
    assert.equal(check('right', [a])[0], right[0]);
  });

  test('a result the host receives but does not publish still counts as received (the next one may reuse its findings)', () => {
    const {check} = channel();
    const [a, b, c] = [finding(1), finding(2), finding(3)];
    const published = check('draft', [a]);
    // The document changed while this one was on its way, so the host drops it, but it decoded it.
    const dropped = check('draft', [a, b]);
    const next = check('draft', [a, b, c]);
    assert.deepEqual(next, [a, b, c]);
    assert.equal(next[0], published[0]);
    assert.equal(next[1], dropped[1]);
  });

  test('after the worker forgets a document, its next result is sent whole', () => {
    const {check, forget, encoder} = channel();
    const a = finding(1);
    check('draft', [a]);
    forget('draft');
    const encoded = encoder.encode('draft', 99, [a]);
    assert.equal(encoded.base, 0);
    assert.deepEqual([...encoded.delta.reused], [-1]);
  });

  test('a whole result is accepted whatever the host last received', () => {
    const {check, decoder} = channel();
    check('draft', [finding(1)]);
    // The worker forgot on its own (a result it failed to send); the host still holds the old list.
    assert.deepEqual(decoder.decode('draft', 50, send({base: 0, delta: encodeFindings(undefined, [finding(2)])})), [finding(2)]);
  });

  test('a delta relative to a result the host does not hold, or that does not fit its list, is refused', () => {
    const {check, decoder, encoder} = channel();
    check('draft', [finding(1)]);
    const encoded = encoder.encode('draft', 7, [finding(1)]);
    assert.throws(() => decoder.decode('draft', 8, {base: 6, delta: encoded.delta}), FindingDeltaError);
    assert.throws(() => decodeFindings([finding(1)], {reused: Int32Array.of(1), added: []}), /reuses finding 1 of 1/);
    assert.throws(() => decodeFindings([], {reused: Int32Array.of(-1), added: []}), /fewer/);
    assert.throws(() => decodeFindings([], {reused: Int32Array.of(), added: [finding(1)]}), /more/);
  });

  test('a real checker\'s re-check after a paragraph is pasted at the end sends only the new findings', () => {
    const paragraph = 'The council will spend 12 percent more on the harbour because the ferry is late. Critics say it is a mistake.';
    const text = `# Harbour\n\n${paragraph}\n\nThe quay reopens in spring.\n`;
    const checker = createChecker();
    const {check} = channel();
    const encoder = new FindingEncoder();
    const first = checker.checkSync(text);
    encoder.encode('draft', 1, first);
    check('draft', first);
    const second = checker.checkSync(`${text}\n${paragraph}\n`);
    const {delta} = encoder.encode('draft', 2, second);
    assert.ok(first.length > 0);
    assert.ok(delta.added.length < second.length, `${delta.added.length} of ${second.length} findings sent whole`);
    assert.deepEqual(check('draft', second), second);
  });

  test('any sequence of results and forgets decodes to exactly what the worker sent', () => {
    const pool = Array.from({length: 12}, (_, line) => finding(line + 1));
    const step = fc.oneof(
      {arbitrary: fc.array(fc.nat({max: pool.length - 1}), {maxLength: 10}).map((picks) => ({key: 'a', picks})), weight: 4},
      {arbitrary: fc.array(fc.nat({max: pool.length - 1}), {maxLength: 10}).map((picks) => ({key: 'b', picks})), weight: 2},
      {arbitrary: fc.constantFrom('a', 'b').map((forget) => ({forget})), weight: 1}
    );
    fc.assert(
      fc.property(fc.array(step, {maxLength: 25}), (steps) => {
        const {check, forget} = channel();
        const lastSent = new Map<string, Finding[]>();
        const lastReceived = new Map<string, Finding[]>();
        for (const item of steps) {
          if ('forget' in item) {
            forget(item.forget);
            lastSent.delete(item.forget);
            lastReceived.delete(item.forget);
            continue;
          }
          const findings = item.picks.map((pick) => pool[pick]);
          const received = check(item.key, findings);
          assert.deepEqual(received, findings);
          // A finding the worker sent last time comes back as the object the host received last time.
          const sentBefore = lastSent.get(item.key) ?? [];
          const receivedBefore = lastReceived.get(item.key) ?? [];
          findings.forEach((sent, position) => {
            const before = sentBefore.indexOf(sent);
            if (before >= 0) assert.equal(received[position], receivedBefore[before]);
          });
          lastSent.set(item.key, findings);
          lastReceived.set(item.key, received);
        }
      })
    );
  });
});
