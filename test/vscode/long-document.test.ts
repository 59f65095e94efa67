import * as assert from 'node:assert/strict';
import {Position, languages, type Uri} from 'vscode';
import {copydesk, copydeskDiagnostics, showDraft, writeDraft} from './helpers.js';

/** A Markdown draft of about `words` words: seeded, so every run checks the same text. */
function longDraft(words: number): string {
  const vocabulary = (
    'council harbour budget ferry island quay market bridge school library station river festival lifeboat pier storm ' +
    'winter spring summer autumn morning evening weekday visitors residents workers masons officers drivers pupils ' +
    'will would could should might open close repair replace inspect publish announce approve reject delay extend ' +
    'new old north south east west long short early late busy quiet small large local regional public private ' +
    'the a an of to in on at for with from by after before during until since about under over near beside'
  ).split(' ');
  let seed = 20_241_128;
  const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)];
  const blocks: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (blocks.length % 20 === 0) blocks.push(`## Section ${++section}`);
    const sentences: string[] = [];
    const length = 40 + Math.floor(random() * 50);
    for (let used = 0; used < length; ) {
      const size = 8 + Math.floor(random() * 8);
      const sentence = Array.from({length: size}, pick).join(' ');
      sentences.push(`${sentence[0].toUpperCase()}${sentence.slice(1)}.`);
      used += size;
      count += size;
    }
    blocks.push(sentences.join(' '));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** The longest the extension host's event loop went without running a 10 ms timer, while `work` ran. */
async function longestStall<T>(work: Promise<T>): Promise<[T, number]> {
  let last = Date.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  try {
    const result = await work;
    // The loop may have been held until the very end, with no timer run since.
    return [result, Math.max(longest, Date.now() - last - 10)];
  } finally {
    clearInterval(timer);
  }
}

/** Milliseconds until the next diagnostics of `uri` that `accept` likes. */
function nextDiagnostics(uri: Uri, accept: (count: number) => boolean): Promise<number> {
  const started = Date.now();
  return new Promise((resolve) => {
    const subscription = languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString()) || !accept(copydeskDiagnostics(uri).length)) return;
      subscription.dispose();
      resolve(Date.now() - started);
    });
  });
}

describe('a long document', () => {
  it('of about 100,000 words is checked, and an edit is re-checked (times printed, not asserted)', async function () {
    this.timeout(180_000);
    const text = longDraft(100_000);
    const words = text.split(/\s+/).filter(Boolean).length;
    const uri = await writeDraft('long.md', text);
    // (Other extensions may publish, empty, for the same document first: wait for Copydesk's findings.)
    const opened = nextDiagnostics(uri, (count) => count > 0);
    // Opening a long document busies the host whoever checks it (VS Code's copy of the text): timed apart, up to when the check is handed to the worker.
    const hooks = (await copydesk()).testHooks;
    const sent = new Promise<void>((resolve) => {
      if (!hooks) return resolve();
      const stop = hooks.onDidSendCheck((key) => {
        if (key !== uri.toString()) return;
        stop();
        resolve();
      });
    });
    const [[editor], openStall] = await longestStall(Promise.all([showDraft(uri), sent]));
    const [firstCheck, firstStall] = await longestStall(opened);
    const before = copydeskDiagnostics(uri).length;

    // Paste the first paragraph again at the end: one more repeat to report.
    const firstParagraph = text.split('\n\n')[1];
    const edited = nextDiagnostics(uri, (count) => count > before);
    const typed = Date.now();
    await editor.edit((builder) => builder.insert(new Position(editor.document.lineCount - 1, 0), `\n${firstParagraph}\n`));
    const [afterEdit, editStall] = await longestStall(edited);
    console.log(`      long document: ${words} words, ${text.length} characters; first check published in ${firstCheck} ms (${before} findings);`);
    console.log(`      edit → diagnostics in ${afterEdit} ms (${Date.now() - typed} ms with the edit itself; includes the 300 ms typing delay)`);
    // The floor: a busy machine (or another extension) stalls the loop with no check running at all.
    const [, idleStall] = await longestStall(new Promise((resolve) => setTimeout(resolve, 1_000)));
    console.log(`      longest stall of this extension host's event loop: ${openStall} ms while the draft opened, ${firstStall} ms during the first check, ${editStall} ms during the re-check, ${idleStall} ms in a second with no check`);
    assert.ok(copydeskDiagnostics(uri).some((diagnostic) => diagnostic.range.start.line >= editor.document.lineCount - 3));
  });

  it('is checked off the extension host thread: a timer set as its check is handed over fires before its findings arrive', async function () {
    this.timeout(120_000);
    const hooks = (await copydesk()).testHooks;
    assert.ok(hooks, 'checks run in a worker');
    const uri = await writeDraft('long-timer.md', longDraft(50_000));
    const events: string[] = [];
    const published = nextDiagnostics(uri, (count) => count > 0).then(() => events.push('findings'));
    const sent = new Promise<void>((resolve) => {
      const stop = hooks.onDidSendCheck((key) => {
        if (key !== uri.toString()) return;
        stop();
        setTimeout(() => events.push('timer'), 0);
        resolve();
      });
    });
    await Promise.all([showDraft(uri), sent, published]);
    assert.deepEqual(events, ['timer', 'findings']);
  });
});
