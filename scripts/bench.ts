/**
 * `npm run bench`: how fast Copydesk checks a long draft, against
 * retext-intensify and write-good on the same text in the same process,
 * how fast an edited draft is re-checked (issue 5), and the longest the
 * extension host's thread is held by a check of a long draft, on that
 * thread and in a worker (issue 14).
 *
 *   npm run bench                 all cases, a readable report
 *   npm run bench -- --json       the same, as JSON only
 *   npm run bench -- --quick      fewer runs, no 1M-word case (for development)
 *
 * Documents are generated from a seed (scripts/bench/generate.ts), so every
 * run checks the same text. Each case is warmed up, then run repeatedly;
 * the tools are interleaved run by run so that load on the machine falls on
 * all of them alike. Only the bundle and the peers are loaded while they run
 * (the modules of the stall cases come later; see stallCases). Garbage is collected (the script runs with --expose-gc)
 * before each full-check run, and before each re-check case but not between
 * its runs: re-checks follow one another as edits do in an editor, with
 * whatever collection they cause counted in their time. One case times
 * re-checks each made right after a forced full GC, for comparison. Peak
 * memory comes from a child process per case (scripts/bench/memory.ts).
 * Repeats across drafts: 1,000 drafts of 1,000 words checked one by one,
 * then the same with their paragraphs indexed and compared (as
 * `copydesk check folder/` does), and 250 drafts the same way, each in a
 * child process (scripts/bench/across-drafts.ts).
 */
import {deepStrictEqual} from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import os from 'node:os';
import v8 from 'node:v8';
import {fileURLToPath} from 'node:url';
import type {Finding, Format} from '../src/core/index.js';
import {changeOneWord, generateDraft, prng, type Draft, type ParagraphRange} from './bench/generate.js';
import {runIntensify, runWriteGood} from './bench/peers.js';
import {canCollect, collectGarbage, round, summarise, time, type Summary} from './bench/stats.js';

/** The bundle users run (`npm run build` writes it), not the sources through a TypeScript loader. */
const {createChecker}: typeof import('../src/core/index.js') = await import(new URL('../dist/core.js', import.meta.url).href);

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const formats: Format[] = ['markdown', 'plaintext'];
const sizes = quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];
/** Timed runs per size (warm-up runs come on top). */
const runsFor = (words: number): number => (quick ? {1000: 10, 10000: 5, 100000: 3}[words] ?? 1 : {1000: 40, 10000: 15, 100000: 7, 1000000: 3}[words] ?? 1);
const warmupsFor = (words: number): number => (words <= 1_000 ? 10 : words <= 10_000 ? 3 : 1);
/** A peer is run on the 1M-word text only if its 100k time says it would finish in this long. */
const peerBudgetMs = 30_000;
const allEditRuns = quick ? 15 : 50;
const allRepeatRuns = quick ? 8 : 20;

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

type Tool = 'copydesk' | 'retext-intensify' | 'write-good';

interface FullCase {
  format: Format;
  /** The size asked for; `words` is what the generator wrote (it stops at a block boundary). */
  size: number;
  words: number;
  chars: number;
  results: Partial<Record<Tool, Summary & {msPer1kWords: number; findings: number}>>;
  /** Copydesk's median ÷ the peer's median on the same text. */
  ratioToIntensify?: number;
  ratioToWriteGood?: number;
  skipped?: string[];
}

interface IncrementalCase {
  name: string;
  format: Format;
  words: number;
  edit: string;
  summary: Summary;
  /** The incremental checker's last result equals a fresh checker's on the same text. */
  matchesFreshCheck: boolean;
}

interface MemoryCase {
  tool: Tool;
  format: Format;
  words: number;
  ms: number;
  maxRssMB: number;
  baselineRssMB: number;
  addedPeakMB: number;
  retainedHeapMB: number;
}

const environment = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.availableParallelism(),
  loadAverage: os.loadavg().map((load) => round(load, 2)),
  gcBetweenRuns: canCollect,
  quick
};

// ---------------------------------------------------------------- full checks

const tools: Record<Tool, (text: string, format: Format) => number> = {
  copydesk: (text, format) => createChecker().checkSync(text, {format}).length,
  'retext-intensify': (text) => runIntensify(text),
  'write-good': (text) => runWriteGood(text)
};

function fullCase(size: number, draft: Draft, format: Format, medians100k: Map<string, number>): FullCase {
  const {words, text} = draft;
  const runs = runsFor(size);
  const active: Tool[] = ['copydesk'];
  const skipped: string[] = [];
  for (const peer of ['retext-intensify', 'write-good'] as const) {
    const at100k = medians100k.get(`${format}:${peer}`);
    const estimate = at100k === undefined ? 0 : (at100k * words) / 100_000;
    if (size > 100_000 && estimate > peerBudgetMs) skipped.push(`${peer} (estimated ${Math.round(estimate / 1000)} s)`);
    else active.push(peer);
  }
  const samples = new Map<Tool, number[]>(active.map((tool) => [tool, []]));
  const findings = new Map<Tool, number>();
  for (const tool of active) {
    for (let index = 0; index < warmupsFor(size); index++) findings.set(tool, tools[tool](text, format));
  }
  for (let run = 0; run < runs; run++) {
    // Peers on the 1M-word text run once: they are the slow part of the whole benchmark.
    for (let offset = 0; offset < active.length; offset++) {
      const tool = active[(run + offset) % active.length];
      if (size > 100_000 && tool !== 'copydesk' && run > 0) continue;
      collectGarbage();
      samples.get(tool)!.push(time(() => tools[tool](text, format)));
    }
  }
  const results: FullCase['results'] = {};
  for (const tool of active) {
    const summary = summarise(samples.get(tool)!);
    results[tool] = {...summary, msPer1kWords: round((summary.medianMs / words) * 1000), findings: findings.get(tool) ?? 0};
  }
  const ratio = (peer: Tool) => (results[peer] ? round(results.copydesk!.medianMs / results[peer]!.medianMs) : undefined);
  return {format, size, words, chars: text.length, results, ratioToIntensify: ratio('retext-intensify'), ratioToWriteGood: ratio('write-good'), ...(skipped.length ? {skipped} : {})};
}

// ---------------------------------------------------------------- incremental

/** Replace `[start, end)` of the text and shift the paragraph ranges after it. */
function splice(text: string, ranges: ParagraphRange[], start: number, end: number, insert: string): string {
  const delta = insert.length - (end - start);
  for (const range of ranges) {
    if (range.start >= end) {
      range.start += delta;
      range.end += delta;
    } else if (range.end >= end) {
      range.end += delta;
    }
  }
  return text.slice(0, start) + insert + text.slice(end);
}

function sameAsFresh(actual: Finding[], text: string, format: Format): boolean {
  try {
    deepStrictEqual(actual, createChecker().checkSync(text, {format}));
    return true;
  } catch {
    return false;
  }
}

function incrementalCases(format: Format, blankLines: boolean, repeats = 1): IncrementalCase[] {
  const label = (format === 'plaintext' && !blankLines ? 'plaintext, no blank lines' : format) + (repeats > 1 ? ', many findings' : '');
  const draft = generateDraft({words: 100_000, format, blankLines, repeats});
  const ranges = draft.paragraphs.map((range) => ({...range}));
  let text = draft.text;
  const random = prng(7);
  const checker = createChecker();
  checker.checkSync(text, {format});
  const cases: IncrementalCase[] = [];
  const editRuns = allEditRuns;
  const repeatRuns = allRepeatRuns;

  // The floor: the same text again, every chunk cached.
  for (let index = 0; index < 3; index++) checker.checkSync(text, {format});
  // Re-checks run back to back, as in an editor: garbage is collected once before each case, not
  // before each run. A forced full GC just before a re-check makes it two to three times slower
  // (measured; a cold heap after compaction, not the check's own work), so that is timed apart below.
  collectGarbage();
  const unchanged: number[] = [];
  for (let index = 0; index < editRuns; index++) {
    unchanged.push(time(() => checker.checkSync(text, {format})));
  }
  cases.push({name: 're-check, no change', format, words: draft.words, edit: 'none', summary: summarise(unchanged), matchesFreshCheck: true});

  // One word changed in a different random paragraph each time.
  const changeWord = () => {
    const range = ranges[Math.floor(random() * ranges.length)];
    const changed = changeOneWord(text.slice(range.start, range.end), random);
    text = splice(text, ranges, range.start, range.end, changed);
  };
  for (let index = 0; index < 5; index++) {
    changeWord();
    checker.checkSync(text, {format});
  }
  const edits: number[] = [];
  let last: Finding[] = [];
  collectGarbage();
  for (let index = 0; index < editRuns; index++) {
    changeWord();
    edits.push(time(() => (last = checker.checkSync(text, {format}))));
  }
  cases.push({name: 're-check after a one-word edit', format, words: draft.words, edit: 'one word of a random paragraph replaced', summary: summarise(edits), matchesFreshCheck: sameAsFresh(last, text, format)});

  // The same after a forced full GC each time: reported, not a goal (an editor does not collect before each keystroke).
  const afterGc: number[] = [];
  for (let index = 0; index < Math.max(5, Math.floor(editRuns / 3)); index++) {
    changeWord();
    collectGarbage();
    afterGc.push(time(() => (last = checker.checkSync(text, {format}))));
  }
  cases.push({name: 'one-word edit, re-checked right after a forced full GC', format, words: draft.words, edit: 'as above, with global.gc() before each run', summary: summarise(afterGc), matchesFreshCheck: sameAsFresh(last, text, format)});

  // A copy of an earlier paragraph inserted elsewhere (the repeat rules must report it), then deleted again.
  const inserts: number[] = [];
  const deletes: number[] = [];
  let insertedMatches = true;
  const separator = format === 'markdown' || blankLines ? '\n\n' : '\n';
  for (let index = 0; index < repeatRuns + 2; index++) {
    const source = ranges[Math.floor(random() * ranges.length)];
    const after = ranges[Math.floor(random() * ranges.length)];
    const copy = text.slice(source.start, source.end);
    const before = text;
    const edited = text.slice(0, after.end) + separator + copy + text.slice(after.end);
    const insertMs = time(() => (last = checker.checkSync(edited, {format})));
    if (index === repeatRuns + 1) {
      // The fresh check agrees, and the copy is reported (or is the earlier place of a reported copy).
      const at = after.end + separator.length;
      const reported = last.some((finding) => finding.rule === 'duplicate-paragraph' && (finding.offset === at || finding.related.some((span) => span.offset === at)));
      insertedMatches = sameAsFresh(last, edited, format) && reported;
    }
    const deleteMs = time(() => checker.checkSync(before, {format}));
    if (index >= 2) {
      inserts.push(insertMs);
      deletes.push(deleteMs);
    }
  }
  cases.push({name: 're-check after inserting a repeated paragraph', format, words: draft.words, edit: 'copy of a random paragraph inserted after another', summary: summarise(inserts), matchesFreshCheck: insertedMatches});
  cases.push({name: 're-check after deleting that paragraph', format, words: draft.words, edit: 'the inserted copy removed again', summary: summarise(deletes), matchesFreshCheck: sameAsFresh(checker.checkSync(text, {format}), text, format)});
  return cases.map((item) => ({...item, name: `${item.name} (${label})`}));
}

// ---------------------------------------------------------------- memory

const root = fileURLToPath(new URL('..', import.meta.url));
const memoryScript = fileURLToPath(new URL('./bench/memory.ts', import.meta.url));

function memoryCase(tool: Tool, format: Format, words: number): MemoryCase | {tool: Tool; format: Format; words: number; error: string} {
  try {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', memoryScript, tool, format, String(words)], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    return JSON.parse(output.trim().split('\n').pop()!) as MemoryCase;
  } catch (error) {
    return {tool, format, words, error: String(error).slice(0, 300)};
  }
}

// ---------------------------------------------------------------- stalls

/** What the host thread does to read a message from a worker: structured clone's deserializing, here V8's own (as Chromium's). */
interface ReadCase {
  what: string;
  kilobytes: number;
  /** The fastest of several reads: on a busy machine the others include time the thread was not running. */
  fastestMs: number;
}

function readingCost(what: string, findings: readonly Finding[]): ReadCase {
  const bytes = v8.serialize(findings);
  const times = Array.from({length: 7}, () => time(() => v8.deserialize(bytes)));
  return {what, kilobytes: Math.round(bytes.length / 1024), fastestMs: round(Math.min(...times))};
}

const reads: ReadCase[] = [];

interface StallCase {
  name: string;
  /** Where the check ran: the extension host's thread, or a worker (as both hosts run checks); `none` for the machine's own floor. */
  where: 'host thread' | 'worker' | 'none';
  words: number;
  /** The longest synchronous slice on the host thread, per run. */
  longest: Summary;
  /** From the request to the findings in hand, per run. */
  wall: Summary;
  matchesFreshCheck: boolean;
}

/**
 * The longest the extension host's thread is held by a first check and by
 * re-checks after one-word edits of a 100k-word Markdown draft, checked on
 * that thread (a web host where no worker can run) and in a worker (both
 * hosts otherwise).
 */
async function stallCases(): Promise<StallCase[]> {
  // Loaded here, after the full checks: they bring a second copy of the core (from source) into the process, whose
  // objects built with the packages retext-intensify shares (unified, vfile, nlcst) would keep that peer's shapes
  // alive across the collections forced between runs, and time it in conditions it never runs in alone.
  const {floorWhileAThreadSpins, longestSlice, workerEngine} = await import('./bench/stall.js');
  const {resultPartSize} = await import('../src/worker/check-service.js');
  const format: Format = 'markdown';
  const draft = generateDraft({words: 100_000, format});
  const runs = quick ? 3 : 7;
  const engine = await workerEngine();
  const cases: StallCase[] = [];
  try {
    for (const where of ['host thread', 'worker'] as const) {
      const inThread = new Map<string, ReturnType<typeof createChecker>>();
      const check = async (key: string, text: string) => {
        if (where === 'worker') return (await engine.check({key, settings: {}, text, options: {format}})).findings;
        const checker = inThread.get(key) ?? inThread.set(key, createChecker()).get(key)!;
        return checker.check(text, {format});
      };
      const forget = (key: string) => (where === 'worker' ? engine.forget(key) : inThread.delete(key));
      // Each first check with a checker of its own (a document just opened); the first of all starts the worker, and is not counted.
      await check('warm-up', draft.text);
      forget('warm-up');
      const first = {longest: [] as number[], wall: [] as number[]};
      let last: Finding[] = [];
      for (let run = 0; run < runs; run++) {
        collectGarbage();
        const started = performance.now();
        const {result, longestMs} = await longestSlice(() => check(`first-${run}`, draft.text));
        first.wall.push(performance.now() - started);
        first.longest.push(longestMs);
        last = result;
        // The first document stays open for the edits below; the others close.
        if (run > 0) forget(`first-${run}`);
      }
      cases.push({name: 'first check', where, words: draft.words, longest: summarise(first.longest), wall: summarise(first.wall), matchesFreshCheck: sameAsFresh(last, draft.text, format)});
      if (where === 'worker') reads.push(readingCost('the whole first result', last), readingCost(`one part (${resultPartSize} findings)`, last.slice(0, resultPartSize)));

      const ranges = draft.paragraphs.map((range) => ({...range}));
      const random = prng(11);
      let text = draft.text;
      const edits = {longest: [] as number[], wall: [] as number[]};
      for (let run = 0; run < runs * 3; run++) {
        const range = ranges[Math.floor(random() * ranges.length)];
        text = splice(text, ranges, range.start, range.end, changeOneWord(text.slice(range.start, range.end), random));
        const started = performance.now();
        const {result, longestMs} = await longestSlice(() => check('first-0', text));
        edits.wall.push(performance.now() - started);
        edits.longest.push(longestMs);
        last = result;
      }
      cases.push({name: 're-check after a one-word edit', where, words: draft.words, longest: summarise(edits.longest), wall: summarise(edits.wall), matchesFreshCheck: sameAsFresh(last, text, format)});
    }
  } finally {
    engine.dispose();
  }
  // The floor: the longest the probe waits, over as long as a first check in the worker takes, while another thread spins and this one does nothing (a busy machine shows here).
  const span = Math.round(cases.find((item) => item.where === 'worker')?.wall.medianMs ?? 1_000);
  const idle: number[] = [];
  for (let run = 0; run < runs; run++) idle.push(await floorWhileAThreadSpins(span));
  cases.unshift({name: `no check, a thread spinning ${span} ms`, where: 'none', words: 0, longest: summarise(idle), wall: summarise(idle.map(() => span)), matchesFreshCheck: true});
  return cases;
}

// ---------------------------------------------------------------- run

const full: FullCase[] = [];
const medians100k = new Map<string, number>();
for (const words of sizes) {
  for (const format of formats) {
    progress(`full check, ${format}, ${words} words`);
    const result = fullCase(words, generateDraft({words, format}), format, medians100k);
    if (words === 100_000) for (const [tool, summary] of Object.entries(result.results)) medians100k.set(`${format}:${tool}`, summary.medianMs);
    full.push(result);
  }
}

const incremental: IncrementalCase[] = [];
for (const [format, blankLines, repeats] of [['markdown', true, 1], ['plaintext', true, 1], ['plaintext', false, 1], ['markdown', true, 8]] as const) {
  progress(`incremental, ${format}${blankLines ? '' : ', no blank lines'}${repeats > 1 ? ', many findings' : ''}`);
  incremental.push(...incrementalCases(format, blankLines, repeats));
}

progress('stalls of the extension host thread (markdown, 100000 words)');
const stalls = await stallCases();

progress('memory (child processes)');
const memory = [memoryCase('copydesk', 'markdown', 100_000), memoryCase('copydesk', 'plaintext', 100_000), memoryCase('retext-intensify', 'markdown', 100_000), memoryCase('write-good', 'markdown', 100_000)];
if (!quick) memory.push(memoryCase('copydesk', 'markdown', 1_000_000));

// ---------------------------------------------------------------- across drafts

interface AcrossCase {
  mode: 'alone' | 'across';
  drafts: number;
  words: number;
  ms: number;
  /** Of `ms`: reading paragraphs, indexing them and asking for every draft's repeats across drafts. */
  indexMs: number;
  /** Processor time of the same (all threads), which load on the machine disturbs less. */
  cpuMs: number;
  indexCpuMs: number;
  across: number;
  /** Of `across`: how many of each kind (exact, near, passage). */
  kinds: Record<string, number>;
  maxRssMB: number;
  addedPeakMB: number;
  retainedHeapMB: number;
}

const acrossScript = fileURLToPath(new URL('./bench/across-drafts.ts', import.meta.url));
const acrossDrafts = quick ? 100 : 1000;

function acrossCase(mode: AcrossCase['mode'], drafts = acrossDrafts): AcrossCase | {mode: string; error: string} {
  try {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', acrossScript, mode, String(drafts), '1000'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    return JSON.parse(output.trim().split('\n').pop()!) as AcrossCase;
  } catch (error) {
    return {mode, error: String(error).slice(0, 300)};
  }
}

progress(`across drafts, ${acrossDrafts} drafts of 1,000 words (child processes)`);
// A quarter as many drafts too: the cost per draft must not grow with the number of drafts.
const across = [acrossCase('alone'), acrossCase('across'), acrossCase('across', acrossDrafts / 4)];

// ---------------------------------------------------------------- goals

interface Goal {
  goal: string;
  measured: string;
  met: boolean;
}
const goals: Goal[] = [];
for (const format of formats) {
  const at100k = full.find((item) => item.format === format && item.size === 100_000);
  if (at100k?.ratioToIntensify !== undefined) {
    goals.push({goal: `full check, 100k words ${format}: ≤ 0.5× retext-intensify`, measured: `${at100k.ratioToIntensify}×`, met: at100k.ratioToIntensify <= 0.5});
  }
}
for (const item of memory) {
  if ('maxRssMB' in item && item.tool === 'copydesk' && item.words === 100_000) {
    goals.push({goal: `peak memory, 100k words ${item.format}: < 300 MB`, measured: `${item.maxRssMB} MB max RSS`, met: item.maxRssMB < 300});
  }
}
for (const item of incremental.filter((entry) => entry.name.startsWith('re-check after a one-word edit'))) {
  goals.push({goal: `${item.name}: median < 30 ms, p95 < 60 ms`, measured: `${item.summary.medianMs} / ${item.summary.p95Ms} ms`, met: item.summary.medianMs < 30 && item.summary.p95Ms < 60});
}
const floor = stalls.find((entry) => entry.where === 'none');
for (const item of stalls.filter((entry) => entry.where === 'worker')) {
  const measured = `${item.longest.maxMs} ms (median ${item.longest.medianMs} ms; with no check, a thread spinning, the probe waited up to ${floor?.longest.maxMs} ms)`;
  goals.push({goal: `${item.name}, 100k words, in a worker: longest slice of the host thread ≤ 50 ms (issue 14)`, measured, met: item.longest.maxMs <= 50});
}
for (const item of [...incremental, ...stalls]) {
  if (!item.matchesFreshCheck) goals.push({goal: `${item.name}: same findings as a fresh check`, measured: 'differs', met: false});
}
for (const format of formats) {
  const perK = full.filter((item) => item.format === format && item.size >= 10_000).map((item) => item.results.copydesk!.msPer1kWords);
  if (perK.length > 1) {
    const growth = round(Math.max(...perK) / perK[0], 2);
    goals.push({goal: `linear cost, ${format}: ms per 1,000 words from 10k up within 1.5× of 10k's`, measured: `${growth}× (${perK.join(', ')} ms/1k words)`, met: growth <= 1.5});
  }
}

const [alone, compared, fewer] = across;
if ('ms' in alone && 'ms' in compared && 'ms' in fewer) {
  // Processor time: on a shared machine the wall-clock time of one run can double.
  const perDraft = (item: AcrossCase) => item.indexCpuMs / item.drafts;
  const growth = round(perDraft(compared) / perDraft(fewer), 2);
  goals.push({
    goal: `repeats across drafts: near-linear, indexing and comparing per draft at ${compared.drafts} drafts within 1.5× of ${fewer.drafts}'s`,
    measured: `${growth}× (${round(perDraft(fewer), 2)} → ${round(perDraft(compared), 2)} ms a draft, processor time; all ${compared.drafts}: ${compared.indexCpuMs} ms against ${alone.cpuMs} ms checking them one by one)`,
    met: growth <= 1.5
  });
}

const report = {environment, full, incremental, stalls, reads, memory, across, goals};

if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  printReport();
}

function printReport(): void {
  const fmt = (value: number | undefined) => (value === undefined ? '—' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
  const table = (header: string[], rows: string[][]) => {
    const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
    const line = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
    console.log(line(header));
    console.log(widths.map((width) => '-'.repeat(width)).join('  '));
    for (const row of rows) console.log(line(row));
    console.log('');
  };

  console.log(`Copydesk benchmark — Node ${environment.node}, ${environment.platform}, ${environment.cores} cores (${environment.cpu}), load ${environment.loadAverage.join(' ')}${quick ? ', --quick' : ''}`);
  console.log(`Times in ms: median / p95 over the runs shown; ratio = Copydesk median ÷ peer median on the same text.${canCollect ? '' : ' (run with --expose-gc for GC between runs)'}\n`);

  console.log('Full check (fresh createChecker().checkSync per run, all rules)');
  const rows: string[][] = [];
  for (const item of full) {
    for (const tool of ['copydesk', 'retext-intensify', 'write-good'] as const) {
      const result = item.results[tool];
      const ratio = tool === 'retext-intensify' ? item.ratioToIntensify : tool === 'write-good' ? item.ratioToWriteGood : undefined;
      if (!result) {
        rows.push([tool === 'copydesk' ? item.format : '', tool, '—', '—', '—', '—', '—', 'skipped']);
        continue;
      }
      rows.push([
        tool === 'copydesk' ? `${item.format} ${item.words.toLocaleString('en')} w` : '',
        tool,
        String(result.runs),
        fmt(result.medianMs),
        fmt(result.p95Ms),
        fmt(result.msPer1kWords),
        String(result.findings),
        ratio === undefined ? '' : `${fmt(ratio)}×`
      ]);
    }
  }
  table(['text', 'tool', 'runs', 'median', 'p95', 'ms/1k words', 'findings', 'Copydesk ÷ peer'], rows);
  for (const item of full) if (item.skipped) console.log(`  ${item.format} ${item.words} words: skipped ${item.skipped.join(', ')}`);

  console.log('Re-check of a 100k-word draft with one createChecker() (parsed chunks cached by content)');
  table(
    ['case', 'edit', 'runs', 'median', 'p95', 'max', 'same as fresh'],
    incremental.map((item) => [item.name, item.edit, String(item.summary.runs), fmt(item.summary.medianMs), fmt(item.summary.p95Ms), fmt(item.summary.maxMs), item.matchesFreshCheck ? 'yes' : 'NO'])
  );

  console.log('Longest synchronous slice of the extension host thread while a 100k-word Markdown draft is checked (longest = the most time between two turns of its event loop)');
  table(
    ['case', 'checked on', 'runs', 'longest: median', 'longest: max', 'wall: median', 'same as fresh'],
    stalls.map((item) => [item.name, item.where, String(item.longest.runs), fmt(item.longest.medianMs), fmt(item.longest.maxMs), fmt(item.wall.medianMs), item.matchesFreshCheck ? 'yes' : 'NO'])
  );
  console.log('Reading a worker\'s message on the host thread (a first check of 100k words; the worker sends its findings in parts)');
  table(
    ['message', '', 'KB', 'fastest of 7 reads, ms'],
    reads.map((item) => [item.what, '', String(item.kilobytes), fmt(item.fastestMs)])
  );

  console.log('Memory of one full check in a child process (max RSS = OS high-water mark of the whole process; added = max RSS − RSS before the check; retained = heap kept with the checker after GC)');
  table(
    ['tool', 'text', 'ms', 'max RSS MB', 'baseline MB', 'added MB', 'retained heap MB'],
    memory.map((item) =>
      'error' in item
        ? [item.tool, `${item.format} ${item.words}`, 'error', item.error, '', '', '']
        : [item.tool, `${item.format} ${item.words.toLocaleString('en')} w`, String(item.ms), fmt(item.maxRssMB), fmt(item.baselineRssMB), fmt(item.addedPeakMB), item.tool === 'copydesk' ? fmt(item.retainedHeapMB) : '—']
    )
  );

  console.log('Repeats across drafts: drafts of 1,000 words checked one by one with one checker (alone), then also indexed and compared (across); a child process each');
  table(
    ['mode', 'drafts', 'words', 'ms (cpu)', 'index ms (cpu)', 'across (exact/near/passage)', 'max RSS MB', 'added MB', 'retained heap MB'],
    across.map((item) =>
      'error' in item
        ? [item.mode, 'error', item.error, '', '', '', '', '', '']
        : [
            item.mode,
            String(item.drafts),
            item.words.toLocaleString('en'),
            `${item.ms} (${item.cpuMs})`,
            `${item.indexMs} (${item.indexCpuMs})`,
            `${item.across} (${item.kinds.exact ?? 0}/${item.kinds.near ?? 0}/${item.kinds.passage ?? 0})`,
            fmt(item.maxRssMB),
            fmt(item.addedPeakMB),
            fmt(item.retainedHeapMB)
          ]
    )
  );

  console.log('Goals (issues 5, 14 and 15)');
  for (const goal of goals) console.log(`  ${goal.met ? 'met   ' : 'MISSED'}  ${goal.goal}: ${goal.measured}`);
}
