import assert from 'node:assert/strict';
import {EventEmitter} from 'node:events';
import {describe, test} from 'node:test';
import type {Finding} from '../../src/core/index.js';
import type {FromWorker, ToWorker} from '../../src/worker/check-service.js';
import {RestartBackoff} from '../../src/worker/restart-backoff.js';
import {WorkerEngine, type CheckWorker, type EngineTimers} from '../../src/worker/worker-engine.js';
import {CheckStoppedError, type CheckEngine, type CheckRequest, type CheckResult} from '../../src/vscode/engine.js';
import {FindingEncoder} from '../../src/vscode/finding-delta.js';

/**
 * The engine's supervision of its worker, with a stand-in worker the test
 * answers by hand and a clock it moves by hand: deadlines, crashes,
 * restarts and the waits between them, with no thread and no sleeping.
 */

let threads = 0;

/** A worker that records what it was sent and answers only when told. */
class StandInWorker extends EventEmitter implements CheckWorker {
  readonly threadId = ++threads;
  readonly sent: ToWorker[] = [];
  terminated = false;
  private readonly encoder = new FindingEncoder();

  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }

  terminate(): Promise<number> {
    this.terminated = true;
    return Promise.resolve(1);
  }

  /** The checks it was handed, as `key:id`. */
  checks(): string[] {
    return this.sent.flatMap((message) => (message.type === 'check' ? [`${message.request.key}:${message.id}`] : []));
  }

  /** Answer the check it was handed last with these findings. */
  answer(findings: Finding[] = []): void {
    const message = this.lastCheck();
    this.emit('message', {id: message.id, key: message.request.key, findings: this.encoder.encode(message.request.key, message.id, findings)} satisfies FromWorker);
  }

  /** Send one part of the answer to the check it was handed last, as the worker does before the rest. */
  answerPart(part: Finding[]): void {
    const message = this.lastCheck();
    this.emit('message', {id: message.id, key: message.request.key, part} satisfies FromWorker);
  }

  /** Answer the check it was handed last with an error, as the worker does when the checker throws. */
  fail(message: string): void {
    this.emit('message', {id: this.lastCheck().id, error: {message, stack: `${message}\n    at check`}} satisfies FromWorker);
  }

  private lastCheck() {
    const message = this.sent.filter((sent) => sent.type === 'check').pop();
    if (message?.type !== 'check') throw new Error('no check was sent');
    return message;
  }
}

/** A clock that moves only when the test says so. */
class StandInClock implements EngineTimers {
  private time = 0;
  private nextHandle = 1;
  private readonly timers = new Map<number, {at: number; callback: () => void}>();

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, milliseconds: number): unknown {
    const handle = this.nextHandle++;
    this.timers.set(handle, {at: this.time + milliseconds, callback});
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Milliseconds from now until each timer is due, soonest first. */
  due(): number[] {
    return [...this.timers.values()].map(({at}) => at - this.time).sort((a, b) => a - b);
  }

  /** Move the clock on, running the timers that fall due, in order. */
  advance(milliseconds: number): void {
    const end = this.time + milliseconds;
    for (;;) {
      const next = [...this.timers.entries()].filter(([, {at}]) => at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = end;
  }
}

function setUp(spawn?: () => StandInWorker, fallback?: () => CheckEngine) {
  const workers: StandInWorker[] = [];
  const log: string[] = [];
  const clock = new StandInClock();
  const engine = new WorkerEngine((message) => log.push(message), {
    spawn: () => {
      const worker = spawn ? spawn() : new StandInWorker();
      workers.push(worker);
      return worker;
    },
    timers: clock,
    deadline: (length) => 10_000 + length,
    backoff: new RestartBackoff(),
    ...(fallback ? {fallback} : {})
  });
  return {engine, workers, log, clock, current: () => workers[workers.length - 1]};
}

function request(key: string, text = 'A draft.'): CheckRequest {
  return {key, settings: {}, text, options: {format: 'plaintext'}};
}

/** How a check ended, as a line: `found 0` or the error's name and message. */
function outcome(check: Promise<CheckResult>): Promise<string> {
  return check.then(
    ({findings}) => `found ${findings.length}`,
    (error: Error) => `${error.name}: ${error.message}`
  );
}

/** Let the promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('WorkerEngine', () => {
  test('hands the worker one check at a time, in order', async () => {
    const {engine, current} = setUp();
    const first = outcome(engine.check(request('a')));
    const second = outcome(engine.check(request('b')));
    assert.deepEqual(current().checks(), ['a:1']);
    current().answer();
    await settle();
    assert.deepEqual(current().checks(), ['a:1', 'b:2']);
    current().answer();
    assert.deepEqual(await Promise.all([first, second]), ['found 0', 'found 0']);
  });

  test('a newer check of the same document replaces the one still waiting', async () => {
    const {engine, current} = setUp();
    const running = outcome(engine.check(request('a')));
    const waiting = outcome(engine.check(request('b', 'old')));
    const newer = outcome(engine.check(request('b', 'new')));
    assert.equal(await waiting, 'SupersededError: A newer check of the same document came first.');
    current().answer();
    await settle();
    current().answer();
    assert.deepEqual(await Promise.all([running, newer]), ['found 0', 'found 0']);
    assert.deepEqual(current().checks(), ['a:1', 'b:3']);
  });

  test('a check past its deadline is stopped with its worker; a new worker takes the checks waiting behind it at once', async () => {
    const {engine, workers, log, clock, current} = setUp();
    const stuck = outcome(engine.check(request('stuck', 'x'.repeat(2_000))));
    const next = outcome(engine.check(request('other')));
    assert.deepEqual(clock.due(), [12_000]);
    clock.advance(11_999);
    assert.equal(workers.length, 1);
    clock.advance(1);
    assert.equal(await stuck, 'CheckStoppedError: it took longer than 12 s');
    assert.equal(workers[0].terminated, true);
    assert.equal(workers.length, 2, 'a new worker, with no wait');
    assert.deepEqual(current().checks(), ['other:2']);
    current().answer();
    assert.equal(await next, 'found 0');
    assert.deepEqual(log, ['A check took longer than 12 s and was stopped (stuck); a new check worker takes over.']);
  });

  test('a worker that crashes fails the check it ran; it is started again after 1, 2, 4 s, and the waiting checks go on there', async () => {
    const {engine, workers, log, clock, current} = setUp();
    const running = outcome(engine.check(request('a')));
    const waiting = outcome(engine.check(request('b')));
    workers[0].emit('error', new Error('boom'));
    // A crash is followed by an exit, which is not a second failure.
    workers[0].emit('exit', 1);
    assert.equal(await running, 'CheckStoppedError: the check worker failed (Error: boom)');
    assert.equal(workers[0].terminated, true);
    assert.deepEqual(clock.due(), [1_000], 'only the restart is due: no deadline runs while no worker does');
    clock.advance(999);
    assert.equal(workers.length, 1);
    clock.advance(1);
    assert.equal(workers.length, 2);
    assert.deepEqual(current().checks(), ['b:2']);
    current().answer();
    assert.equal(await waiting, 'found 0');

    current().emit('exit', 1);
    assert.deepEqual(clock.due(), [2_000]);
    clock.advance(2_000);
    current().emit('exit', 7);
    assert.deepEqual(clock.due(), [4_000]);
    clock.advance(4_000);
    assert.equal(workers.length, 4);
    assert.deepEqual(log, [
      'The check worker failed (Error: boom); a new one starts in 1 s.',
      'The check worker failed (it exited with code 1); a new one starts in 2 s.',
      'The check worker failed (it exited with code 7); a new one starts in 4 s.'
    ]);
  });

  test('after a stable minute the next restart waits 1 s again', () => {
    const {workers, clock} = setUp();
    workers[0].emit('exit', 1);
    clock.advance(1_000);
    workers[1].emit('exit', 1);
    assert.deepEqual(clock.due(), [2_000]);
    clock.advance(2_000);
    clock.advance(60_000);
    workers[2].emit('exit', 1);
    assert.deepEqual(clock.due(), [1_000]);
  });

  test('a worker out of memory says so, with the limit', async () => {
    const {engine, workers} = setUp();
    const running = outcome(engine.check(request('a')));
    workers[0].emit('error', Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), {code: 'ERR_WORKER_OUT_OF_MEMORY'}));
    assert.equal(await running, 'CheckStoppedError: the check worker failed (it ran out of memory; the limit is 1536 MB)');
  });

  test('a worker that throws something other than an Error says what', async () => {
    const {engine, workers} = setUp();
    const running = outcome(engine.check(request('a')));
    workers[0].emit('error', 'a string');
    assert.equal(await running, 'CheckStoppedError: the check worker failed (it threw a string)');
  });

  test('a checker that throws fails that check only: the worker carries on with the next', async () => {
    const {engine, workers, current} = setUp();
    const failing = engine.check(request('a'));
    const next = outcome(engine.check(request('b')));
    current().fail('RangeError: Maximum call stack size exceeded');
    await assert.rejects(failing, (error: Error) => {
      assert.equal(error instanceof CheckStoppedError, false);
      assert.equal(error.message, 'RangeError: Maximum call stack size exceeded');
      assert.equal(error.stack, 'RangeError: Maximum call stack size exceeded\n    at check');
      return true;
    });
    await settle();
    current().answer();
    assert.equal(await next, 'found 0');
    assert.equal(workers.length, 1);
  });

  test('a worker that cannot be started again is tried again after the next wait', () => {
    let refuse = false;
    const {workers, log, clock} = setUp(() => {
      if (refuse) throw new Error('no threads left');
      return new StandInWorker();
    });
    refuse = true;
    workers[0].emit('exit', 1);
    clock.advance(1_000);
    assert.deepEqual(clock.due(), [2_000]);
    refuse = false;
    clock.advance(2_000);
    assert.equal(workers.length, 2);
    assert.deepEqual(log, [
      'The check worker failed (it exited with code 1); a new one starts in 1 s.',
      'The check worker failed (it could not be started: no threads left); a new one starts in 2 s.'
    ]);
  });

  test('what a stopped worker still sends answers nobody', async () => {
    const {engine, workers, clock, current} = setUp();
    const stuck = outcome(engine.check(request('a')));
    clock.advance(10_008);
    assert.equal(await stuck, 'CheckStoppedError: it took longer than 10 s');
    const next = outcome(engine.check(request('b')));
    // The old worker's late answer (to check 1) and its exit change nothing.
    workers[0].answer();
    workers[0].emit('exit', 1);
    assert.equal(workers.length, 2);
    assert.deepEqual(clock.due(), [10_008]);
    current().answer();
    assert.equal(await next, 'found 0');
  });

  test('forgetting a document drops its waiting check and tells the worker', async () => {
    const {engine, current} = setUp();
    const running = outcome(engine.check(request('a')));
    const waiting = outcome(engine.check(request('b')));
    engine.forget('b');
    assert.equal(await waiting, 'SupersededError: The document was closed.');
    assert.deepEqual(current().sent.map((message) => message.type), ['check', 'forget']);
    current().answer();
    assert.equal(await running, 'found 0');
  });

  test('dispose ends every check and the worker, and starts none again', async () => {
    const {engine, workers, clock} = setUp();
    const running = outcome(engine.check(request('a')));
    const waiting = outcome(engine.check(request('b')));
    engine.dispose();
    assert.deepEqual(await Promise.all([running, waiting]), ['SupersededError: The extension is shutting down.', 'SupersededError: The extension is shutting down.']);
    assert.equal(workers[0].terminated, true);
    assert.deepEqual(clock.due(), []);
    assert.equal(await outcome(engine.check(request('c'))), 'SupersededError: The extension is shutting down.');
  });

  test('throws when no worker can be started at all (the host then checks on its own thread)', () => {
    assert.throws(
      () =>
        new WorkerEngine(() => undefined, {
          spawn: () => {
            throw new Error('no threads');
          }
        }),
      /no threads/
    );
  });

  test('with a fallback, a first worker that fails before it answers hands its checks, and every later one, to the fallback for good', async () => {
    const checked: string[] = [];
    const fallback: CheckEngine = {
      check: ({key}) => {
        checked.push(key);
        return Promise.resolve({findings: [], dropped: []});
      },
      forget: (key) => checked.push(`forget ${key}`),
      dispose: () => checked.push('dispose')
    };
    const {engine, workers, log, clock} = setUp(undefined, () => fallback);
    const running = outcome(engine.check(request('a')));
    const waiting = outcome(engine.check(request('b')));
    // What a browser reports of a worker whose script its content policy refused.
    workers[0].emit('error', new Error('the worker could not run its script'));
    assert.deepEqual(await Promise.all([running, waiting]), ['found 0', 'found 0']);
    assert.equal(workers[0].terminated, true);
    assert.deepEqual(clock.due(), [], 'no deadline and no restart');
    assert.equal(await outcome(engine.check(request('c'))), 'found 0');
    engine.forget('c');
    engine.dispose();
    assert.equal(workers.length, 1, 'no worker started again');
    assert.deepEqual(checked, ['a', 'b', 'c', 'forget c', 'dispose']);
    assert.deepEqual(log, ['The check worker could not start (Error: the worker could not run its script); checks run on the extension host thread.']);
  });

  test('with a fallback, a worker that has answered once is started again after a failure, as without one', async () => {
    const {engine, workers, clock, current} = setUp(undefined, () => assert.fail('the fallback was used'));
    const first = outcome(engine.check(request('a')));
    current().answer();
    assert.equal(await first, 'found 0');
    const second = outcome(engine.check(request('b')));
    workers[0].emit('error', new Error('boom'));
    assert.equal(await second, 'CheckStoppedError: the check worker failed (Error: boom)');
    assert.deepEqual(clock.due(), [1_000]);
    clock.advance(1_000);
    assert.equal(workers.length, 2);
  });

  test('a result in parts: the engine asks for each next part, and resolves with them all, in order, after the last message', async () => {
    const {engine, current} = setUp();
    const found = (label: string) => ({message: label}) as Finding;
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(found);
    const first = engine.check(request('doc'));
    let resolved = false;
    void first.then(() => (resolved = true));
    current().answerPart([a, b]);
    assert.deepEqual(current().sent.at(-1), {type: 'more', id: 1});
    current().answerPart([c, d]);
    assert.deepEqual(current().sent.filter((message) => message.type === 'more').length, 2);
    await settle();
    assert.equal(resolved, false, 'not before the last message');
    // The last message's delta (made by the worker's encoder over all five) adds only what the parts did not.
    current().emit('message', {id: 1, key: 'doc', findings: {base: 0, delta: {reused: new Int32Array(5).fill(-1), added: [e]}}} satisfies FromWorker);
    assert.deepEqual((await first).findings, [a, b, c, d, e]);

    // The next result is relative to all five: an unchanged finding is the very same object.
    const second = engine.check(request('doc'));
    current().emit('message', {id: 2, key: 'doc', findings: {base: 1, delta: {reused: Int32Array.from([4, 0]), added: []}}} satisfies FromWorker);
    const [last, firstAgain] = (await second).findings;
    assert.equal(last, e);
    assert.equal(firstAgain, a);
  });

  test('a part of a check that is no longer running is dropped, and not asked after', async () => {
    const {engine, current, clock} = setUp();
    const stuck = outcome(engine.check(request('stuck')));
    clock.advance(20_000);
    assert.equal(await stuck, 'CheckStoppedError: it took longer than 10 s');
    const next = outcome(engine.check(request('next')));
    const before = current().sent.length;
    current().emit('message', {id: 1, key: 'stuck', part: []} satisfies FromWorker);
    assert.equal(current().sent.length, before);
    current().answer();
    assert.equal(await next, 'found 0');
  });

  test('test hooks exist only when testing, and mark the checks to stall', () => {
    const {engine} = setUp();
    assert.equal(engine.testHooks, undefined);
    const worker = new StandInWorker();
    const testing = new WorkerEngine(() => undefined, {spawn: () => worker, testing: true});
    const hooks = testing.testHooks;
    assert.ok(hooks);
    const sentKeys: string[] = [];
    hooks.onDidSendCheck((key) => sentKeys.push(key));
    hooks.stallChecksOf(['a']);
    void testing.check(request('a')).catch(() => undefined);
    hooks.crashWorker();
    assert.deepEqual(worker.sent.map((message) => (message.type === 'check' ? `check ${message.request.key} stall=${message.stall === true}` : message.type)), ['check a stall=true', 'crash']);
    assert.deepEqual(sentKeys, ['a']);
    assert.equal(hooks.workerThreadId(), worker.threadId);
    testing.dispose();
  });
});
