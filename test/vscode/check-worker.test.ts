import * as assert from 'node:assert/strict';
import {Position, workspace, type Diagnostic, type TextEditor} from 'vscode';
import type {EngineTestHooks} from '../../src/vscode/engine.js';
import {copydesk, describe as describeDiagnostic, ruleOf, showDraft, waitForDiagnostics, writeDraft} from './helpers.js';

const paragraph = 'The council will publish the revised plans for the harbour wall at the end of the month.';
const repeated = `${paragraph}\n\n${paragraph}\n`;

/** The first value `subscribe` hands its listener that `accept` likes (an event, awaited; never a sleep). */
function next<T>(subscribe: (listener: (value: T) => void) => () => void, accept: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const stop = subscribe((value) => {
      if (!accept(value)) return;
      stop();
      resolve(value);
    });
  });
}

/** Diagnostics that are just the one repeat of `repeated`. */
const justTheRepeat = (found: Diagnostic[]) => found.length === 1 && ruleOf(found[0]) === 'duplicate-paragraph';

/** Add a short closing line (no finding of its own), so the draft changes and is checked again. */
async function addClosingLine(editor: TextEditor, line: string): Promise<void> {
  assert.equal(await editor.edit((builder) => builder.insert(new Position(editor.document.lineCount, 0), `\n${line}\n`)), true);
}

describe('the check worker', () => {
  let hooks: EngineTestHooks;

  before(async function () {
    const api = await copydesk();
    // Where no worker can run, checks are on the extension host thread: no worker to break.
    if (!api.testHooks) this.skip();
    hooks = api.testHooks;
    await api.settled();
  });

  afterEach(() => {
    hooks.stallChecksOf([]);
    hooks.setDeadline(undefined);
  });

  it('is started again after it crashes, and later checks run in the new worker', async () => {
    const crashed = hooks.workerThreadId();
    assert.equal(typeof crashed, 'number', 'a worker runs');
    const restarted = next(hooks.onDidStartWorker);
    hooks.crashWorker();
    const threadId = await restarted;
    assert.notEqual(threadId, crashed);

    const uri = await writeDraft('after-crash.md', repeated);
    const sent = next(hooks.onDidSendCheck, (key) => key === uri.toString());
    await workspace.openTextDocument(uri);
    await sent;
    await waitForDiagnostics(uri, justTheRepeat, 'the repeat');
    assert.equal(hooks.workerThreadId(), threadId, 'checked in the restarted worker, not on the extension host thread');
  });

  it('stops a stalled check at its deadline with one notice in place of its findings, while another draft’s check completes', async () => {
    const stalled = await writeDraft('stalled.md', repeated);
    const editor = await showDraft(stalled);
    await waitForDiagnostics(stalled, justTheRepeat, 'the repeat before the stall');

    hooks.stallChecksOf([stalled.toString()]);
    hooks.setDeadline(3_000);
    const stalling = next(hooks.onDidSendCheck, (key) => key === stalled.toString());
    await addClosingLine(editor, 'The gates open at ten.');
    await stalling;
    const stuckWorker = hooks.workerThreadId();

    // While the worker spins, another draft opens: its check waits behind the stalled one, then runs.
    const other = await writeDraft('carries-on.md', repeated);
    const replaced = next(hooks.onDidStartWorker);
    await workspace.openTextDocument(other);
    const [notice] = await Promise.all([
      waitForDiagnostics(stalled, (found) => found.length === 1 && ruleOf(found[0]) === 'check-stopped', 'the notice alone'),
      waitForDiagnostics(other, justTheRepeat, 'the other draft’s repeat')
    ]);
    assert.notEqual(await replaced, stuckWorker, 'the stalled worker was replaced');
    const firstLine = `1:1-1:${editor.document.lineAt(0).text.length + 1}`;
    assert.equal(
      describeDiagnostic(notice[0]),
      `${firstLine} Warning check-stopped: Copydesk stopped checking this document: it took longer than 3 s. Its findings are cleared until a check finishes.`
    );

    // The draft is checked again once its checks finish.
    hooks.stallChecksOf([]);
    await addClosingLine(editor, 'Parking is free.');
    await waitForDiagnostics(stalled, justTheRepeat, 'the repeat once checks finish again');
  });
});
