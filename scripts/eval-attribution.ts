/**
 * Score the needs-attribution rule on a labelled corpus, exactly as
 * /work/shared/corpus/README.md (and docs/rules/needs-attribution.md)
 * describes: all items in one Markdown document, a blank line between
 * them, checked once through the public `check`; an item is flagged when a
 * needs-attribution finding starts on one of its lines.
 *
 * Then, when a folder of labelled articles is given with `--real-dev DIR`
 * or stands beside the corpus as `real-dev/`, it is scored too (see
 * eval-real-dev.ts), so one command gives both figures.
 *
 *   npm run eval:attribution -- PATH.jsonl [--real-dev DIR] [--verbose] [--sensitivity strict|balanced|lenient]
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {check} from '../src/core/index.js';
import type {AttributionKind, Finding, Sensitivity} from '../src/core/index.js';
import {scoreRealDev} from './eval-real-dev.js';

interface Item {
  id: string;
  text: string;
  needs: boolean;
  kind: AttributionKind | null;
  cue: string | null;
}

const args = process.argv.slice(2);
const path = args.find((arg) => !arg.startsWith('--') && !['--sensitivity', '--real-dev'].includes(args[args.indexOf(arg) - 1]));
const verbose = args.includes('--verbose');
const sensitivityAt = args.indexOf('--sensitivity');
const sensitivity = (sensitivityAt === -1 ? 'balanced' : args[sensitivityAt + 1]) as Sensitivity;
if (!path || !['strict', 'balanced', 'lenient'].includes(sensitivity)) {
  console.error('usage: eval-attribution PATH.jsonl [--real-dev DIR] [--verbose] [--sensitivity strict|balanced|lenient]');
  process.exit(2);
}

const items: Item[] = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Item);

// One item a paragraph, in file order, with the lines each one occupies.
const lines: Array<{first: number; last: number}> = [];
let line = 1;
const parts: string[] = [];
for (const item of items) {
  const count = item.text.split('\n').length;
  lines.push({first: line, last: line + count - 1});
  parts.push(item.text);
  line += count + 1;
}
const document = parts.join('\n\n') + '\n';

const findings = (await check(document, {format: 'markdown', settings: {attribution: {sensitivity}}})).filter((finding) => finding.rule === 'needs-attribution');

const found: Finding[][] = items.map(() => []);
for (const finding of findings) {
  const index = lines.findIndex((span) => finding.line >= span.first && finding.line <= span.last);
  if (index !== -1) found[index].push(finding);
}

let truePositives = 0;
let falsePositives = 0;
let falseNegatives = 0;
let kindRight = 0;
const perKind = new Map<string, {total: number; found: number}>();
const misses: string[] = [];
const alarms: string[] = [];
const wrongKinds: string[] = [];
items.forEach((item, index) => {
  const flagged = found[index].length > 0;
  if (item.needs) {
    const entry = perKind.get(item.kind ?? '?') ?? {total: 0, found: 0};
    entry.total++;
    if (flagged) entry.found++;
    perKind.set(item.kind ?? '?', entry);
  }
  const first = found[index][0];
  const describe = () => `  ${item.id} ${JSON.stringify(item.text)}\n      expected: ${item.needs ? `${item.kind} '${item.cue}'` : 'nothing'}\n      found: ${found[index].map((finding) => `${finding.kind} ${JSON.stringify(finding.actual)}`).join('; ') || 'nothing'}`;
  if (item.needs && flagged) {
    truePositives++;
    if (first.kind === item.kind) kindRight++;
    else wrongKinds.push(describe());
  } else if (item.needs) {
    falseNegatives++;
    misses.push(describe());
  } else if (flagged) {
    falsePositives++;
    alarms.push(describe());
  }
});

const precision = truePositives / Math.max(1, truePositives + falsePositives);
const recall = truePositives / Math.max(1, truePositives + falseNegatives);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const fixed = (value: number) => value.toFixed(3);
console.log(`corpus: ${path} (${items.length} items), sensitivity: ${sensitivity}`);
console.log(`precision ${fixed(precision)}  recall ${fixed(recall)}  F1 ${fixed(f1)}  kind accuracy ${fixed(kindRight / Math.max(1, truePositives))}`);
console.log(`(true positives ${truePositives}, false alarms ${falsePositives}, misses ${falseNegatives}, right kind ${kindRight})`);
console.log('recall per kind:');
for (const [kind, entry] of [...perKind].sort()) console.log(`  ${kind.padEnd(20)} ${fixed(entry.found / entry.total)} (${entry.found}/${entry.total})`);
if (verbose) {
  console.log(`\nmisses (${misses.length}):\n${misses.join('\n')}`);
  console.log(`\nfalse alarms (${alarms.length}):\n${alarms.join('\n')}`);
  console.log(`\nflagged with another kind (${wrongKinds.length}):\n${wrongKinds.join('\n')}`);
}

const realDevAt = args.indexOf('--real-dev');
const realDev = realDevAt === -1 ? join(dirname(path), 'real-dev') : args[realDevAt + 1];
if (realDevAt !== -1 || existsSync(join(realDev, 'labels.jsonl'))) {
  // Whole articles, each checked as the command line checks it, with default settings.
  const score = await scoreRealDev(realDev);
  console.log(`\ncorpus: ${realDev} (${score.articles} articles, ${score.words} words), default settings`);
  console.log(`precision ${fixed(score.precision)}  recall ${fixed(score.recall)}  F1 ${fixed(score.f1)}  kind accuracy ${fixed(score.kindAccuracy)}`);
  console.log(`(false-alarm sentences ${score.falseAlarmSentences}, findings outside a labelled sentence ${score.strayFindings}: ${(((score.falseAlarmSentences + score.strayFindings) / score.words) * 1000).toFixed(1)} false alarms and ${score.findingsPer1000Words.toFixed(1)} findings per 1,000 words)`);
  console.log('recall per kind:');
  for (const [kind, entry] of [...score.perKind].sort()) console.log(`  ${kind.padEnd(20)} ${fixed(entry.flagged / entry.labelled)} (${entry.flagged}/${entry.labelled}, right kind ${entry.kindOk})`);
  if (verbose) {
    console.log(`\nmisses (${score.misses.length}):\n${score.misses.join('\n')}`);
    console.log(`\nfalse alarms (${score.alarms.length}):\n${score.alarms.join('\n')}`);
  }
}

