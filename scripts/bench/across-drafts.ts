/**
 * Many drafts checked as `copydesk check folder/` checks them, in a process
 * of its own, for the benchmark's figures on repeats across drafts:
 * `node --expose-gc --import tsx scripts/bench/across-drafts.ts <mode> <drafts> <words>`
 * prints one line of JSON.
 *
 * `alone`: each draft checked with one shared checker (as the command line
 * shares one per settings file), nothing compared. `across`: the same, and
 * each draft's paragraphs read and indexed, then every draft's repeats
 * across drafts asked for, as `--cross-file` does. One draft in ten lifts
 * a paragraph from the draft before it, one in ten a near copy of one (a
 * word changed), and one in ten a run of its sentences into a paragraph of
 * its own, so there is something of each kind to find (the generated
 * drafts also share many sentences and phrases, as a newsroom's do).
 */
import type {Format} from '../../src/core/index.js';
import {changeOneWord, generateDraft, prng} from './generate.js';

/** The bundle users run (`npm run build` writes it). */
const core: typeof import('../../src/core/index.js') = await import(new URL('../../dist/core.js', import.meta.url).href);

const [mode = 'across', count = '1000', size = '1000'] = process.argv.slice(2);
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const format: Format = 'markdown';

const drafts: string[] = [];
let words = 0;
for (let index = 0; index < Number(count); index++) {
  const draft = generateDraft({words: Number(size), format, seed: index + 1});
  let text = draft.text;
  const previous = drafts.at(-1);
  if (previous !== undefined && [3, 6, 9].includes(index % 10)) {
    // The longest paragraph of the draft before: pasted at the end, a word changed in it, or its sentences after one of this draft's.
    const paragraphs = previous.split('\n\n').filter((block) => /^[A-Z]/.test(block));
    const lifted = paragraphs.reduce((longest, block) => (block.length > longest.length ? block : longest), '');
    const added = index % 10 === 9 ? lifted : index % 10 === 3 ? changeOneWord(lifted, prng(index)) : `Reporters at the quay added more detail on ${String(index)} points. ${lifted}`;
    text = `${text.trimEnd()}\n\n${added}\n`;
  }
  drafts.push(text);
  words += draft.words;
}
gc();
const before = process.memoryUsage();
const start = performance.now();
const startCpu = process.cpuUsage();
/** Processor time, which other work on a busy machine disturbs less than the wall-clock time. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};
let indexCpuMs = 0;
const checker = core.createChecker();
const index = new core.AcrossDrafts();
let findings = 0;
let indexMs = 0;
for (const [position, text] of drafts.entries()) {
  findings += checker.checkSync(text, {format}).length;
  if (mode === 'across') {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    index.set({file: `drafts/${String(position).padStart(4, '0')}.md`, display: `drafts/${String(position).padStart(4, '0')}.md`, severity: 'warning', paragraphs: checker.paragraphs()}, {affected: false});
    indexMs += performance.now() - started;
    indexCpuMs += cpuSince(startedCpu);
  }
}
let across = 0;
const kinds: Record<string, number> = {};
if (mode === 'across') {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  for (const file of index.files()) {
    for (const finding of index.findingsFor(file)) {
      across++;
      kinds[finding.kind] = (kinds[finding.kind] ?? 0) + 1;
    }
  }
  indexMs += performance.now() - started;
  indexCpuMs += cpuSince(startedCpu);
}
const ms = performance.now() - start;
const cpuMs = cpuSince(startCpu);
const peak = process.resourceUsage().maxRSS * 1024;
gc();
const after = process.memoryUsage();
console.log(
  JSON.stringify({
    mode,
    drafts: drafts.length,
    words,
    ms: Math.round(ms),
    indexMs: Math.round(indexMs),
    cpuMs: Math.round(cpuMs),
    indexCpuMs: Math.round(indexCpuMs),
    findings,
    across,
    kinds,
    maxRssMB: mb(peak),
    baselineRssMB: mb(before.rss),
    addedPeakMB: mb(peak - before.rss),
    retainedHeapMB: mb(after.heapUsed - before.heapUsed),
    kept: index.size
  })
);
