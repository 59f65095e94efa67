import type {Paragraph, Root} from 'nlcst';
import {unified, type Processor} from 'unified';
import {VFile} from 'vfile';
import {segment, type ChunkCache} from './document/segment.js';
import {messagesToFindings} from './findings.js';
import {filterIgnored} from './ignore.js';
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
  /** Check a text; resolves to findings sorted by position. */
  check(text: string, options?: CheckOptions): Promise<Finding[]>;
  /** The same, synchronously (for callers that cannot await, such as benchmarks). */
  checkSync(text: string, options?: CheckOptions): Finding[];
}

/**
 * Create a checker. Each rule is a retext plugin run by unified over the
 * document's prose tree; a rule set to `off` is not run at all.
 */
export function createChecker(partial?: PartialSettings): Checker {
  const settings = resolveSettings(partial);
  const processor = buildProcessor(settings);
  const caches: Partial<Record<string, ChunkCache>> = {};

  const checkSync = (text: string, options: CheckOptions = {}): Finding[] => {
    const format = options.format ?? 'markdown';
    const {blocks, cache} = segment(text, format, caches[format]);
    caches[format] = cache;
    const tree: Root = {
      type: 'RootNode',
      children: blocks
        .filter((block) => block.paragraph)
        .map((block): Paragraph => ({type: 'ParagraphNode', children: (block.paragraph as Paragraph).children, data: {block} as Paragraph['data']}))
    };
    const starts = lineStarts(text);
    const file = new VFile({value: text, data: {lineStarts: starts, blocks, format}});
    // vfile messages are Errors, and capturing a stack trace for each of thousands of
    // findings cost more than all the rules; a finding's stack says nothing anyway.
    // (`stackTraceLimit` is V8's; elsewhere setting it does nothing.)
    const errors = Error as ErrorConstructor & {stackTraceLimit?: number};
    const stackTraceLimit = errors.stackTraceLimit;
    errors.stackTraceLimit = 0;
    try {
      processor.runSync(tree as never, file);
    } finally {
      errors.stackTraceLimit = stackTraceLimit;
    }
    return filterIgnored(messagesToFindings(file, starts, settings), blocks, starts, options.ignore);
  };

  return {
    settings,
    checkSync,
    check: async (text, options) => checkSync(text, options)
  };
}

/** Check one text with a fresh checker. */
export async function check(text: string, options: CheckOptions & {settings?: PartialSettings} = {}): Promise<Finding[]> {
  return createChecker(options.settings).check(text, options);
}

function buildProcessor(settings: Settings): Processor {
  const processor = unified() as unknown as Processor;
  if (settings.rules['repeated-heading'] !== 'off') processor.use(repeatedHeading);
  if (settings.rules['duplicate-paragraph'] !== 'off') processor.use(duplicateParagraph, settings.duplicates);
  if (settings.rules['needs-attribution'] !== 'off') processor.use(needsAttribution, settings.attribution);
  return processor.freeze() as unknown as Processor;
}
