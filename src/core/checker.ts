import type {Paragraph, Root} from 'nlcst';
import {unified, type Processor} from 'unified';
import {VFile} from 'vfile';
import {draftParagraphs, type DraftParagraph} from './across-drafts.js';
import type {Block} from './document/block.js';
import {proseReader} from './document/read-prose.js';
import {segment, type ChunkCache} from './document/segment.js';
import {compareFindings, messagesToFindings} from './findings.js';
import {editorialMarkers} from './text/editorial-markers.js';
import {foldClaimsIntoRepeats} from './fold-repeats.js';
import {filterIgnored} from './ignore.js';
import {ParagraphFindings, paragraphRules as runParagraphRules} from './paragraph-findings.js';
import {lineStarts} from './report.js';
import duplicateParagraph from './rules/duplicate-paragraph.js';
import needsAttribution from './rules/needs-attribution.js';
import repeatedHeading from './rules/repeated-heading.js';
import {resolveSettings} from './settings.js';
import type {CheckOptions, Finding, PartialSettings, Settings} from './types.js';

/** A checker for one document (or many): it keeps what it parsed, so re-checking an edited text is cheap. */
export interface Checker {
  /** The settings in force, defaults filled in. */
  readonly settings: Settings;
  /**
   * Check a text; resolves to findings sorted by position. Findings are
   * shared with the checker's caches (a paragraph that did not change keeps
   * its finding objects): read them, do not modify them.
   */
  check(text: string, options?: CheckOptions): Promise<Finding[]>;
  /** The same, synchronously (for callers that cannot await, such as benchmarks). */
  checkSync(text: string, options?: CheckOptions): Finding[];
  /** The paragraphs of the text checked last, to compare with other drafts (see across-drafts.ts); none before a check. */
  paragraphs(): DraftParagraph[];
}

/**
 * Create a checker. Each rule is a retext plugin run by unified over the
 * document's prose tree; a rule set to `off` is not run at all.
 */
export function createChecker(partial?: PartialSettings): Checker {
  const settings = resolveSettings(partial);
  const {paragraphRules, documentRules} = buildProcessors(settings);
  const read = proseReader(paragraphRules && runParagraphRules(paragraphRules, settings), [settings.attribution.marker, ...editorialMarkers]);
  const caches: Partial<Record<string, ChunkCache>> = {};
  const paragraphFindings: Partial<Record<string, ParagraphFindings>> = {};
  // The latest check: asking again about the same text (on save, on focus) costs nothing.
  let latest: {text: string; format: string; ignore: readonly string[]; findings: Finding[]} | undefined;
  let latestRead: {blocks: Block[]; starts: number[]} | undefined;

  const checkSync = (text: string, options: CheckOptions = {}): Finding[] => {
    const format = options.format ?? 'markdown';
    const ignore = options.ignore ?? [];
    if (latest?.text === text && latest.format === format && sameList(latest.ignore, ignore)) return [...latest.findings];
    const starts = lineStarts(text);
    const perParagraph = (paragraphFindings[format] ??= new ParagraphFindings());
    return withoutStackTraces(() => {
      // Reading new prose runs the paragraph rules, whose findings are vfile messages too.
      const {blocks, cache} = segment(text, format, caches[format], read);
      caches[format] = cache;
      const local = perParagraph.collect(blocks, starts);
      // The document rules compare what was read of each block (its `prose`), not its words: the tree lists the blocks in order.
      const tree: Root = {type: 'RootNode', children: []};
      for (const block of blocks) {
        if (block.prose) tree.children.push({type: 'ParagraphNode', children: [], data: {block} as Paragraph['data']});
      }
      const file = new VFile({value: text, data: {lineStarts: starts}});
      documentRules.runSync(tree as never, file);
      const findings = foldClaimsIntoRepeats(filterIgnored(mergeSorted(local, messagesToFindings(file, starts, settings)), blocks, starts, ignore));
      latest = {text, format, ignore: [...ignore], findings};
      latestRead = {blocks, starts};
      return [...findings];
    });
  };

  return {
    settings,
    checkSync,
    check: async (text, options) => checkSync(text, options),
    paragraphs: () => (latest && latestRead ? draftParagraphs(latest.text, latestRead.blocks, latestRead.starts, settings, latest.ignore) : [])
  };
}

/**
 * Run `task` with V8's stack traces switched off: vfile messages are Errors,
 * and capturing a stack for each of thousands of findings cost more than all
 * the rules; a finding's stack says nothing anyway. (Elsewhere than V8 the
 * setting does nothing.)
 */
function withoutStackTraces<T>(task: () => T): T {
  const errors = Error as ErrorConstructor & {stackTraceLimit?: number};
  const stackTraceLimit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return task();
  } finally {
    errors.stackTraceLimit = stackTraceLimit;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Merge two lists of findings, each sorted by position, into one. */
function mergeSorted(first: Finding[], second: Finding[]): Finding[] {
  if (second.length === 0) return first;
  const merged: Finding[] = [];
  let at = 0;
  for (const finding of second) {
    while (at < first.length && compareFindings(first[at], finding) <= 0) merged.push(first[at++]);
    merged.push(finding);
  }
  while (at < first.length) merged.push(first[at++]);
  return merged;
}

/** Check one text with a fresh checker. */
export async function check(text: string, options: CheckOptions & {settings?: PartialSettings} = {}): Promise<Finding[]> {
  return createChecker(options.settings).check(text, options);
}

/**
 * The rules as two unified processors: those that read one paragraph at a
 * time run on each paragraph alone (see ParagraphFindings), those that
 * compare paragraphs run on the whole document. A rule set to `off` is not
 * run at all (`paragraphRules` is undefined when none is on).
 */
function buildProcessors(settings: Settings): {paragraphRules: Processor | undefined; documentRules: Processor} {
  const documentRules = unified() as unknown as Processor;
  if (settings.rules['repeated-heading'] !== 'off') documentRules.use(repeatedHeading);
  if (settings.rules['duplicate-paragraph'] !== 'off') documentRules.use(duplicateParagraph, settings.duplicates);
  // With no paragraph rule on, paragraphs need not be run through an empty processor.
  const paragraphRules = settings.rules['needs-attribution'] === 'off' ? undefined : (unified().use(needsAttribution, settings.attribution).freeze() as unknown as Processor);
  return {paragraphRules, documentRules: documentRules.freeze() as unknown as Processor};
}
