import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';
import {Worker} from 'node:worker_threads';
import {resultPartSize, type CheckWorkerData} from '../../src/worker/check-service.js';
import {RestartBackoff} from '../../src/worker/restart-backoff.js';
import {WorkerEngine, type CheckWorker} from '../../src/worker/worker-engine.js';
import {createChecker, type Format, type PartialSettings} from '../../src/core/index.js';
import type {CheckRequest} from '../../src/vscode/engine.js';

/**
 * The engine with real worker threads running src/node/check-worker.ts
 * (through tsx, as the tests run): a thread spinning in a check is really
 * stopped, a thread that crashes is really replaced, and a checker that
 * throws is reported, not fatal. Waits are on the engine's promises and
 * events, never on time.
 */
const workerModule = new URL('../../src/node/check-worker.ts', import.meta.url).href;
// (A worker's entry module is loaded before `--import tsx` would take effect, so the entry registers tsx itself.)
const spawn = (data: CheckWorkerData): CheckWorker =>
  new Worker(`import('tsx/esm/api').then(({register}) => {register(); return import(${JSON.stringify(workerModule)});});`, {eval: true, workerData: data}) as CheckWorker;

const log: string[] = [];
// A stalled check (its text is empty) is stopped after 1 s; every other check may take as long as it needs on a busy machine.
const engine = new WorkerEngine((message) => log.push(message), {
  spawn,
  testing: true,
  deadline: (length) => (length === 0 ? 1_000 : 600_000),
  backoff: new RestartBackoff({first: 10, longest: 10, stable: 60_000}),
  // The engine's own timers do not keep a process alive; here, between a crash and the restart, nothing else would.
  timers: {now: () => Date.now(), setTimeout: (callback, milliseconds) => setTimeout(callback, milliseconds), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)}
});
const hooks = engine.testHooks;
assert.ok(hooks);
after(() => engine.dispose());

const paragraph = 'The council will publish the revised plans for the harbour wall at the end of the month.';

function request(key: string, text: string): CheckRequest {
  return {key, settings: {}, text, options: {format: 'markdown'}};
}

/** The next thread id a started worker reports. */
function nextStart(): Promise<number> {
  return new Promise((resolve) => {
    const stop = hooks!.onDidStartWorker((threadId) => {
      stop();
      resolve(threadId);
    });
  });
}

describe('the check worker thread', () => {
  test('checks a draft', async () => {
    const {findings, dropped} = await engine.check(request('a', `${paragraph}\n\n${paragraph}\n`));
    assert.deepEqual(
      findings.map((finding) => `${finding.line}:${finding.column} ${finding.rule}`),
      ['3:1 duplicate-paragraph']
    );
    assert.deepEqual(dropped, []);
  });

  test('a spinning check is stopped at its deadline, and the next check runs in a new thread', async () => {
    const before = hooks.workerThreadId();
    hooks.stallChecksOf(['stuck']);
    const replaced = nextStart();
    const stuck = engine.check(request('stuck', ''));
    const next = engine.check(request('b', `${paragraph}\n`));
    await assert.rejects(stuck, {name: 'CheckStoppedError', message: 'it took longer than 1 s'});
    assert.notEqual(await replaced, before);
    assert.deepEqual((await next).findings, []);
    hooks.stallChecksOf([]);
  });

  test('a crashed thread is replaced after the back-off, and checks go on there', async () => {
    const before = hooks.workerThreadId();
    const restarted = nextStart();
    hooks.crashWorker();
    const threadId = await restarted;
    assert.notEqual(threadId, before);
    assert.equal(log.at(-1), 'The check worker failed (Error: The check worker was crashed on purpose by a test.); a new one starts in 0 s.');
    const {findings} = await engine.check(request('c', `${paragraph}\n\n${paragraph}\n`));
    assert.equal(findings.length, 1);
    assert.equal(hooks.workerThreadId(), threadId);
  });

  test('a checker that throws fails that check only; the same thread checks the next', async () => {
    const before = hooks.workerThreadId();
    // An ignore list that is not a list (no caller sends one) makes the checker throw a TypeError.
    const broken = {...request('d', `${paragraph}\n`), options: {format: 'markdown' as const, ignore: 5 as unknown as string[]}};
    await assert.rejects(engine.check(broken), (error: Error) => {
      assert.equal(error.name, 'Error');
      assert.match(error.message, /^TypeError: .*not iterable/);
      return true;
    });
    const {findings} = await engine.check(request('d', `${paragraph}\n`));
    assert.deepEqual(findings, []);
    assert.equal(hooks.workerThreadId(), before);
  });

  test('finds exactly what checkSync finds, on varied drafts and after each of a series of edits', async () => {
    // Pieces of drafts: claims with and without a source, quotes, a heading that comes back, near copies.
    const pieces = [
      '# Harbour wall',
      'The harbour wall will cost £4.2m, the council said on Tuesday.',
      'Crime in the town rose by 12% last year.',
      '"We have waited long enough for this," said Mara Quill, who runs the ferry kiosk.',
      'Officials say the repairs could start in spring.',
      'The ferry will stop running at six on weekdays while the masons work on the wall.',
      'The ferry will stop running at five on weekdays while the masons work on the wall.',
      '## Reaction',
      '- Residents were told about the closures by letter.\n- Some shops will open later.',
      'Most residents back the plan. The harbour wall will cost £4.2m, the council said on Tuesday. Traders are less sure.',
      '## Harbour Wall'
    ];
    let seed = 7;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const pick = () => pieces[Math.floor(random() * pieces.length)];
    const cases: Array<{format: Format; settings: PartialSettings}> = [
      {format: 'markdown', settings: {}},
      {format: 'plaintext', settings: {}},
      {format: 'markdown', settings: {rules: {'needs-attribution': 'off'}, duplicates: {passageMinWords: 8}}}
    ];
    const seen = new Set<string>();
    for (const [index, {format, settings}] of cases.entries()) {
      const key = `varied-${index}`;
      const blocks = Array.from({length: 24}, pick);
      for (let edit = 0; edit < 8; edit++) {
        const text = `${blocks.join('\n\n')}\n`;
        const {findings} = await engine.check({key, settings, text, options: {format}});
        assert.deepEqual(findings, createChecker(settings).checkSync(text, {format}), `${format}, edit ${edit}`);
        for (const finding of findings) seen.add(`${finding.rule} ${finding.kind}`);
        // The next edit: a block replaced, one inserted, or one deleted.
        const at = Math.floor(random() * blocks.length);
        const kind = edit % 3;
        if (kind === 0) blocks[at] = pick();
        else if (kind === 1) blocks.splice(at, 0, pick());
        else blocks.splice(at, 1);
      }
      engine.forget(key);
    }
    // The drafts gave every rule, and every kind of repeat, something to find.
    assert.deepEqual([...seen].filter((kind) => !kind.startsWith('needs-attribution')).sort(), ['duplicate-paragraph exact', 'duplicate-paragraph near', 'duplicate-paragraph passage', 'repeated-heading exact']);
    assert.ok([...seen].some((kind) => kind.startsWith('needs-attribution')));
  });

  test('a long result comes in parts, equal to checkSync’s, even when its document is forgotten while the parts are on their way', async () => {
    // Some 900 claims, each one finding: four parts.
    const claims = Array.from({length: 900}, (_, index) => `Crime in ward ${index + 1} rose by ${(index % 40) + 2}% last year.`);
    const text = `${claims.join('\n\n')}\n`;
    const expected = createChecker().checkSync(text, {format: 'markdown'});
    assert.ok(expected.length > 3 * resultPartSize, `${expected.length} findings`);
    // A first, short result: the long one is a delta relative to it.
    assert.equal((await engine.check(request('long', claims[0]))).findings.length, 1);
    const checking = engine.check(request('long', text));
    // Sent while the worker checks: it must be answered only after the result it would make stale.
    engine.forget('long');
    assert.deepEqual((await checking).findings, expected);
    const edited = text.replace('ward 450 rose', 'ward 450 fell');
    assert.deepEqual((await engine.check(request('long', edited))).findings, createChecker().checkSync(edited, {format: 'markdown'}));
  });
});
