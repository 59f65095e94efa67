/**
 * The Sources list of the Copydesk view, from the core's sources model
 * (`readSources`): who is quoted or cited, and saying what. Pure (no VS
 * Code), so the Node tests reach it.
 */
import {readSources, type Format, type PartialSettings, type SourcedStatement} from '../../core/index.js';

/** A statement and the 1-based line it starts on. */
export type ListedStatement = SourcedStatement & {line: number};

/** One source and what the draft attributes to it, in document order. */
export interface Source {
  /** The name it is listed under (the fullest form the draft gives). */
  name: string;
  kind: SourcedStatement['kind'];
  statements: ListedStatement[];
}

/** The draft's sources: named ones in the order they first speak, then vague or anonymous ones, then quotes no one is given for. */
export interface SourceList {
  named: Source[];
  vague: Source[];
  /** Quotations with no speaker: each needs one. */
  unattributed: ListedStatement[];
}

/**
 * Longest draft whose sources the view lists, in characters (about 17,000
 * words). Reading a draft's sources parses it whole, on the editor's own
 * thread, after each check while the Sources view is open: measured at
 * about 20 ms for a 1,000-word draft, 180 ms at this limit and 560 ms for
 * 52,000 words, so past it the view says so rather than stall the editor
 * at every pause in typing.
 */
export const sourcesMaxLength = 100_000;

/** Read a draft's statements, with their lines. */
export function readStatements(text: string, format: Format, settings: PartialSettings): ListedStatement[] {
  return withLines(text, readSources(text, {format, settings}));
}

/** Read and group a draft's sources, leaving out what stands inside `folded` (see {@link unfolded}). */
export function listSources(text: string, format: Format, settings: PartialSettings, folded: readonly Range[] = []): SourceList {
  return groupSources(unfolded(readStatements(text, format, settings), folded));
}

/** A range of offsets (a finding's). */
export interface Range {
  offset: number;
  endOffset: number;
}

/**
 * The statements that stand outside every range of `folded`: the exact
 * repeats and repeated passages, whose quotes are the first copy's, told
 * twice. As the check folds a repeat's claims into it, the list counts
 * them once, until the repeat is resolved.
 */
export function unfolded(statements: readonly ListedStatement[], folded: readonly Range[]): ListedStatement[] {
  if (folded.length === 0) return [...statements];
  return statements.filter((statement) => !folded.some((range) => statement.start >= range.offset && statement.end <= range.endOffset));
}

/** Statements (in document order) with their lines, in one pass over the text. */
export function withLines(text: string, statements: readonly SourcedStatement[]): ListedStatement[] {
  let line = 1;
  let at = 0;
  return statements.map((statement) => {
    for (let next = text.indexOf('\n', at); next !== -1 && next < statement.start; next = text.indexOf('\n', next + 1)) {
      line++;
      at = next + 1;
    }
    return {...statement, line};
  });
}

/** Group statements (in document order) by the name their speaker is listed under. */
export function groupSources(statements: readonly ListedStatement[]): SourceList {
  const named = new Map<string, Source>();
  const vague = new Map<string, Source>();
  const unattributed: ListedStatement[] = [];
  for (const statement of statements) {
    if (statement.kind === 'none' || statement.name === undefined) {
      unattributed.push(statement);
      continue;
    }
    const groups = statement.kind === 'vague' ? vague : named;
    // Vague sources differ in case only by where they stand in the sentence (`Officials said`, `said officials`).
    const key = statement.kind === 'vague' ? statement.name.toLowerCase() : statement.name;
    let source = groups.get(key);
    if (!source) {
      source = {name: statement.name, kind: statement.kind, statements: []};
      groups.set(key, source);
    }
    source.statements.push(statement);
  }
  return {named: [...named.values()], vague: [...vague.values()], unattributed};
}

/** `2 quotes · 1 statement`: what a source is credited with. */
export function describeStatements(statements: readonly SourcedStatement[]): string {
  const quotes = statements.filter((statement) => statement.type === 'quote').length;
  const reported = statements.length - quotes;
  const parts: string[] = [];
  if (quotes > 0) parts.push(`${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`);
  if (reported > 0) parts.push(`${reported} ${reported === 1 ? 'statement' : 'statements'}`);
  return parts.join(' · ');
}
