import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {Fix, RuleId} from './types.js';

/** A range of the document by 0-based UTF-16 offsets, end exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A fix in offsets, before it becomes line/column edits. */
export interface OffsetFix {
  title: string;
  action: Fix['action'];
  edits: Array<OffsetRange & {newText: string}>;
}

/** What a rule says about one place. */
export interface Report extends OffsetRange {
  rule: RuleId;
  kind: string;
  reason: string;
  /** Earlier copies, for repeats. */
  related?: OffsetRange[];
  fixes?: OffsetFix[];
  /** Normalised text of what the finding is about; see `Finding.ignoreKey`. */
  ignoreKey: string;
}

/** The fields Copydesk adds to a vfile message. */
export interface CopydeskMessageFields {
  kind: string;
  range: OffsetRange;
  related: OffsetRange[];
  fixes: OffsetFix[];
  ignoreKey: string;
}

/** A vfile message as Copydesk's rules emit it. */
export type CopydeskMessage = VFileMessage & {copydesk?: CopydeskMessageFields};

/** Base of the rules' documentation; each rule's page is `<base><rule>.md`. */
export const docsBase = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

/** Link to a rule's documentation. */
export function ruleUrl(rule: RuleId): string {
  return docsBase + rule + '.md';
}

/**
 * Emit a finding on `file` as a vfile message with everything an editor
 * needs: place, rule id, reason, documentation link, the text at the place
 * (`actual`), the replacement the first fix makes (`expected`), the earlier
 * copy (`cause`, like remark-lint) and every fix in document offsets.
 */
export function report(file: VFile, finding: Report): CopydeskMessage {
  const toPoint = pointFinder(file);
  const text = String(file.value);
  const related = finding.related ?? [];
  const fixes = finding.fixes ?? [];
  const message: CopydeskMessage = file.message(finding.reason, {
    place: {start: toPoint(finding.start), end: toPoint(finding.end)},
    ruleId: finding.rule,
    source: 'copydesk'
  });
  message.url = ruleUrl(finding.rule);
  message.actual = text.slice(finding.start, finding.end);
  message.expected = fixes.length === 1 && fixes[0].edits.length === 1 ? [fixes[0].edits[0].newText] : [];
  message.copydesk = {kind: finding.kind, range: {start: finding.start, end: finding.end}, related, fixes, ignoreKey: finding.ignoreKey};
  return message;
}

/** Turn an offset into a 1-based line/column point, using the index the checker stores on the file. */
export function pointFinder(file: VFile): (offset: number) => {line: number; column: number; offset: number} {
  const data = file.data as {lineStarts?: number[]};
  const starts = data.lineStarts ?? lineStarts(String(file.value));
  data.lineStarts = starts;
  return (offset) => {
    const line = lineIndexOf(starts, offset);
    return {line: line + 1, column: offset - starts[line] + 1, offset};
  };
}

/** Offsets at which each line starts; a line ends at `\n` whatever the line endings. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let index = text.indexOf('\n');
  while (index !== -1) {
    starts.push(index + 1);
    index = text.indexOf('\n', index + 1);
  }
  return starts;
}

/** Index of the line holding `offset` (binary search over line starts). */
export function lineIndexOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
