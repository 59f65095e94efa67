/**
 * One full check in a process of its own, for the benchmark's memory figures:
 * `node --expose-gc --import tsx scripts/bench/memory.ts <tool> <format> <words>`
 * prints one line of JSON.
 *
 * `maxRssMB` is `process.resourceUsage().maxRSS`, the operating system's
 * high-water mark of the whole process (Node, tsx, the generated text and
 * the check): a true peak, which sampling cannot give for a synchronous
 * check since timers do not fire while it runs. `baselineRssMB` is the
 * resident size just before the check, so `maxRssMB - baselineRssMB` is
 * roughly what the check itself added. `retainedHeapMB` is the heap still
 * reachable after a full collection while the checker (and its cache of
 * parsed chunks) is kept: what an editor holds between checks.
 */
import type {Format} from '../../src/core/index.js';
import {generateDraft} from './generate.js';
import {runIntensify, runWriteGood} from './peers.js';

/** The bundle users run (`npm run build` writes it). */
const {createChecker}: typeof import('../../src/core/index.js') = await import(new URL('../../dist/core.js', import.meta.url).href);

const [tool = 'copydesk', format = 'markdown', words = '100000'] = process.argv.slice(2);
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

const {text} = generateDraft({words: Number(words), format: format as Format});
gc();
const before = process.memoryUsage();
const peakBefore = process.resourceUsage().maxRSS * 1024;
let keep: unknown;
const start = performance.now();
if (tool === 'copydesk') {
  const checker = createChecker();
  checker.checkSync(text, {format: format as Format});
  keep = checker;
} else if (tool === 'retext-intensify') {
  runIntensify(text);
} else {
  runWriteGood(text);
}
const ms = performance.now() - start;
const peak = process.resourceUsage().maxRSS * 1024;
gc();
const after = process.memoryUsage();
console.log(
  JSON.stringify({
    tool,
    format,
    words: Number(words),
    ms: Math.round(ms),
    maxRssMB: mb(peak),
    baselineRssMB: mb(before.rss),
    peakBeforeCheckMB: mb(peakBefore),
    addedPeakMB: mb(peak - before.rss),
    retainedHeapMB: mb(after.heapUsed - before.heapUsed),
    kept: keep !== undefined
  })
);
