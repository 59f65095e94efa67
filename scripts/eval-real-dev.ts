/**
 * Score the needs-attribution rule on a corpus of whole articles labelled
 * sentence by sentence (shared/corpus/real-dev), by the method its README
 * and score.mjs use: each article checked on its own as the command line
 * would (plain text, default settings); a labelled sentence is flagged when
 * a finding starts inside it; a finding that starts in no labelled
 * sentence (a headline) is a false alarm too; a flagged sentence has the
 * right kind when its first finding's kind is its label's or one of its
 * `also` kinds.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {check, formatForPath} from '../src/core/index.js';
import type {Finding} from '../src/core/index.js';

interface Label {
  file: string;
  line: number;
  sentence: string;
  needs: boolean;
  kind: string | null;
  also?: string[];
}

/** The scores, and the sentences behind them for a verbose listing. */
export interface RealDevScore {
  articles: number;
  words: number;
  precision: number;
  recall: number;
  f1: number;
  kindAccuracy: number;
  findingsPer1000Words: number;
  falseAlarmSentences: number;
  strayFindings: number;
  perKind: Map<string, {labelled: number; flagged: number; kindOk: number}>;
  misses: string[];
  alarms: string[];
}

/** Score the articles in `directory` (with `articles/` and `labels.jsonl`). */
export async function scoreRealDev(directory: string): Promise<RealDevScore> {
  const labels = readFileSync(join(directory, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label);
  const files = readdirSync(join(directory, 'articles'))
    .filter((file) => file.endsWith('.txt'))
    .sort();
  let words = 0;
  let findingsTotal = 0;
  let truePositives = 0;
  let falseAlarmSentences = 0;
  let strayFindings = 0;
  let misses = 0;
  let kindOk = 0;
  const perKind = new Map<string, {labelled: number; flagged: number; kindOk: number}>();
  const missList: string[] = [];
  const alarmList: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(directory, 'articles', file), 'utf8');
    const lines = text.split('\n');
    words += text.split(/\s+/).filter(Boolean).length;
    const findings = (await check(text, {format: formatForPath(file)})).filter((finding) => finding.rule === 'needs-attribution').sort((a, b) => a.line - b.line || a.column - b.column);
    findingsTotal += findings.length;
    // Where each labelled sentence stands on its line (a line may hold several).
    const cursor = new Map<number, number>();
    const spans = labels
      .filter((label) => label.file === file)
      .map((label) => {
        const lineText = lines[label.line - 1] ?? '';
        let start = lineText.indexOf(label.sentence, cursor.get(label.line) ?? 0);
        if (start < 0) start = lineText.indexOf(label.sentence);
        if (start < 0) throw new Error(`${file}:${label.line}: labelled sentence not found on its line`);
        cursor.set(label.line, start + label.sentence.length);
        return {label, start, end: start + label.sentence.length, hits: [] as Finding[]};
      });
    for (const finding of findings) {
      const at = finding.column - 1;
      const span = spans.find((candidate) => candidate.label.line === finding.line && at >= candidate.start && at < candidate.end);
      if (span) span.hits.push(finding);
      else strayFindings++;
    }
    for (const {label, hits} of spans) {
      const kind = label.kind ?? '';
      const entry = perKind.get(kind) ?? {labelled: 0, flagged: 0, kindOk: 0};
      if (label.needs) perKind.set(kind, entry);
      if (label.needs) entry.labelled++;
      if (label.needs && hits.length > 0) {
        truePositives++;
        entry.flagged++;
        if (hits[0].kind === kind || (label.also ?? []).includes(hits[0].kind)) {
          kindOk++;
          entry.kindOk++;
        }
      } else if (hits.length > 0) {
        falseAlarmSentences++;
        alarmList.push(`  ${file}:${label.line} [${hits[0].kind}] ${hits[0].message}\n      ${label.sentence}`);
      } else if (label.needs) {
        misses++;
        missList.push(`  ${file}:${label.line} [${kind}] ${label.sentence}`);
      }
    }
  }
  const falsePositives = falseAlarmSentences + strayFindings;
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + misses);
  return {
    articles: files.length,
    words,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    kindAccuracy: kindOk / Math.max(1, truePositives),
    findingsPer1000Words: (findingsTotal / words) * 1000,
    falseAlarmSentences,
    strayFindings,
    perKind,
    misses: missList,
    alarms: alarmList
  };
}
