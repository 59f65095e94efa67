import {applyFixes, exactRepeatFix} from '../core/index.js';
import type {Finding, Fix} from '../core/types.js';
import {CliError, describeSystemError} from './errors.js';
import type {FileSystem} from './file-system.js';
import {FileChangedError, replaceFile, type ReplaceHooks} from './replace-file.js';
import {encodeDraft, type Source} from './source.js';

/** One deletion `--fix` made, for the `path:line: removed …` notice. */
export interface Removal {
  /** Line of the removed copy, in the text the pass worked on (the file as read, for the first pass). */
  line: number;
  /** `repeated paragraph`, `repeated passage` or `repeated heading`. */
  what: string;
  /** UTF-16 code units removed, the line break included. */
  chars: number;
}

/** More passes than any real draft needs; a guard against fixes that keep producing fixes. */
const maxPasses = 10;

/** The fix `--fix` may apply unattended, if any (see `exactRepeatFix` in the core). */
export const unattendedFix = exactRepeatFix;

/**
 * Delete every exact repeat, re-checking after each pass. Deletions that
 * overlap (a repeated heading and the repeated paragraph under it both
 * taking the blank line between them) are applied together: `applyFixes`
 * removes their union, which is what both asked for. Anything else that
 * overlaps a chosen fix waits for the next pass, when the re-check offers
 * it afresh. Resolves to the fixed text, the findings that remain, and what
 * was removed (each character counted once).
 */
export async function fixRepeats(
  text: string,
  findings: Finding[],
  recheck: (text: string) => Promise<Finding[]>
): Promise<{text: string; findings: Finding[]; removals: Removal[]}> {
  const removals: Removal[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen: Fix[] = [];
    const removed: Array<{start: number; end: number}> = [];
    const passRemovals: Removal[] = [];
    for (const finding of findings) {
      const fix = unattendedFix(finding);
      if (!fix || fix.edits.length === 0) continue;
      const deletes = fix.edits.every((edit) => edit.newText === '');
      if (chosen.some((taken) => overlaps(taken, fix) && !(deletes && taken.edits.every((edit) => edit.newText === '')))) continue;
      chosen.push(fix);
      let chars = 0;
      for (const edit of fix.edits) {
        chars += uncovered({start: edit.offset, end: edit.endOffset}, removed);
        removed.push({start: edit.offset, end: edit.endOffset});
      }
      passRemovals.push({line: finding.line, what: describeRepeat(finding), chars});
    }
    if (chosen.length === 0) break;
    const next = applyFixes(text, chosen);
    if (next === text) break;
    for (const removal of passRemovals) removals.push(removal);
    text = next;
    findings = await recheck(text);
  }
  return {text, findings, removals};
}

/** The notice for one removal: `path:line: removed repeated paragraph (N chars)`. */
export function removalNotice(path: string, removal: Removal): string {
  return `${path}:${removal.line}: removed ${removal.what} (${removal.chars} ${removal.chars === 1 ? 'char' : 'chars'})`;
}

/**
 * Write fixed text over a file, safely (see {@link replaceFile}): the file
 * is replaced whole or not at all, and not if it changed since it was read
 * (an editor saved it meanwhile), since the fix, computed for the old text,
 * would clobber the new one. Every refusal and failure is a
 * {@link CliError} saying the file was not fixed; the file is then as it was.
 */
export async function writeFixed(fs: FileSystem, file: string, shown: string, source: Source, text: string, hooks: ReplaceHooks = {}): Promise<void> {
  if (!source.valid) throw new CliError(`${shown}: not fixed: the file is not valid UTF-8, and writing it back would damage it`, false, shown);
  try {
    await replaceFile(fs, file, source.bytes, encodeDraft(text, source.bom), hooks);
  } catch (error) {
    if (error instanceof FileChangedError) throw new CliError(`${shown}: not fixed: ${error.message}`, false, shown);
    throw new CliError(`${shown}: not fixed: cannot write: ${describeSystemError(error)}`, false, shown);
  }
}

function describeRepeat(finding: Finding): string {
  if (finding.rule === 'repeated-heading') return 'repeated heading';
  return finding.kind === 'passage' ? 'repeated passage' : 'repeated paragraph';
}

function overlaps(a: Fix, b: Fix): boolean {
  return a.edits.some((x) => b.edits.some((y) => x.offset < y.endOffset && y.offset < x.endOffset));
}

/** How much of `range` no range in `taken` covers. */
function uncovered(range: {start: number; end: number}, taken: ReadonlyArray<{start: number; end: number}>): number {
  const clipped = taken
    .map((other) => ({start: Math.max(other.start, range.start), end: Math.min(other.end, range.end)}))
    .filter((other) => other.start < other.end)
    .sort((a, b) => a.start - b.start);
  let covered = 0;
  let reach = range.start;
  for (const part of clipped) {
    if (part.end <= reach) continue;
    covered += part.end - Math.max(part.start, reach);
    reach = part.end;
  }
  return range.end - range.start - covered;
}
