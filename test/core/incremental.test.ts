import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {createChecker, type Format} from '../../src/core/index.js';

/**
 * A checker that re-checks an edited text reuses the chunks it parsed
 * before; whatever the edits, it must return exactly what a fresh checker
 * returns for the same text.
 */

const word = fc.constantFrom('harbour', 'council', 'ferry', 'the', 'said', 'river', 'budget', 'school', 'winter', 'crew', 'market', 'island', 'plans', 'new', 'quay', '12', 'percent', 'because');
const sentence = fc.array(word, {minLength: 4, maxLength: 12}).map((words) => {
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
});
const paragraph = fc.array(sentence, {minLength: 1, maxLength: 3}).map((sentences) => sentences.join(' '));
const heading = fc.array(word, {minLength: 1, maxLength: 4}).map((words) => words.join(' ').replace(/^./, (first) => first.toUpperCase()));

type BlockSpec =
  | {kind: 'paragraph'; text: string}
  | {kind: 'heading'; text: string}
  | {kind: 'list'; items: string[]}
  | {kind: 'quote'; text: string}
  | {kind: 'code'}
  | {kind: 'repeat'; of: number};

const block: fc.Arbitrary<BlockSpec> = fc.oneof(
  {arbitrary: paragraph.map((text) => ({kind: 'paragraph' as const, text})), weight: 8},
  {arbitrary: heading.map((text) => ({kind: 'heading' as const, text})), weight: 2},
  {arbitrary: fc.array(sentence, {minLength: 2, maxLength: 4}).map((items) => ({kind: 'list' as const, items})), weight: 1},
  {arbitrary: paragraph.map((text) => ({kind: 'quote' as const, text})), weight: 1},
  {arbitrary: fc.constant({kind: 'code' as const}), weight: 1},
  {arbitrary: fc.nat().map((of) => ({kind: 'repeat' as const, of})), weight: 3}
);

interface DraftSpec {
  format: Format;
  eol: '\n' | '\r\n';
  blocks: BlockSpec[];
  /** Blocks one a line with no blank line between (plain text written one paragraph a line). */
  noBlankLines?: boolean;
}

/** Render a draft: blank lines between blocks (unless `noBlankLines`), repeats copy an earlier paragraph or heading. */
function render({format, eol, blocks, noBlankLines}: DraftSpec): string {
  const out: string[] = [];
  for (const spec of blocks) {
    switch (spec.kind) {
      case 'paragraph':
        out.push(spec.text);
        break;
      case 'heading':
        out.push(format === 'markdown' ? `## ${spec.text}` : spec.text);
        break;
      case 'list':
        out.push(spec.items.map((item) => `- ${item}`).join(eol));
        break;
      case 'quote':
        out.push(format === 'markdown' ? `> “${spec.text}”` : `“${spec.text}”`);
        break;
      case 'code':
        out.push(['```', 'const a = 1;', '', 'the ferry said', '```'].join(eol));
        break;
      case 'repeat':
        out.push(out.length > 0 ? out[spec.of % out.length] : 'The ferry crew said the plans were new.');
        break;
    }
  }
  return out.join(noBlankLines ? eol : eol + eol) + eol;
}

const snippet = fc.constantFrom('ferry', ' ', '.', 'The council said', '\n', '\n\n', '# ', '## Budget', '- ', '1. ', '> ', '```', '**', '*', '_', '`', '[', ']', '(x)', '<!--', '-->', '<!-- copydesk-disable -->', '---', '===', '“', '”', '—', '\t', '    ', 'é', '😀');

type EditSpec =
  | {kind: 'insert'; at: number; text: string}
  | {kind: 'delete'; at: number; length: number}
  | {kind: 'replace'; at: number; length: number; text: string}
  | {kind: 'copy-paragraph'; which: number; to: number}
  | {kind: 'delete-paragraph'; which: number}
  | {kind: 'blank-lines'; at: number; count: number}
  | {kind: 'type'; at: number; char: string};

const edit: fc.Arbitrary<EditSpec> = fc.oneof(
  fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: snippet}),
  fc.record({kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({min: 1, max: 40})}),
  fc.record({kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({min: 1, max: 20}), text: snippet}),
  fc.record({kind: fc.constant('copy-paragraph' as const), which: fc.nat(), to: fc.nat()}),
  fc.record({kind: fc.constant('delete-paragraph' as const), which: fc.nat()}),
  fc.record({kind: fc.constant('blank-lines' as const), at: fc.nat(), count: fc.integer({min: 1, max: 3})}),
  fc.record({kind: fc.constant('type' as const), at: fc.nat(), char: fc.constantFrom('a', 'e', ' ', '.', ',', '\n', 'T')})
);

/** Ranges of the text between blank lines. */
function paragraphRanges(text: string): Array<{start: number; end: number}> {
  const ranges: Array<{start: number; end: number}> = [];
  const pattern = /(?:[^\n]|\n(?![ \t]*\r?\n))+/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].trim()) ranges.push({start: match.index ?? 0, end: (match.index ?? 0) + match[0].length});
  }
  return ranges;
}

/** Apply one edit; line breaks typed in follow the draft's line endings. */
function apply(text: string, spec: EditSpec, eol: string): string {
  const withEol = (value: string) => value.replace(/\n/g, eol);
  const at = (position: number) => position % (text.length + 1);
  switch (spec.kind) {
    case 'insert':
    case 'type': {
      const position = at(spec.at);
      return text.slice(0, position) + withEol(spec.kind === 'insert' ? spec.text : spec.char) + text.slice(position);
    }
    case 'delete': {
      const position = at(spec.at);
      return text.slice(0, position) + text.slice(position + spec.length);
    }
    case 'replace': {
      const position = at(spec.at);
      return text.slice(0, position) + withEol(spec.text) + text.slice(position + spec.length);
    }
    case 'blank-lines': {
      const position = at(spec.at);
      return text.slice(0, position) + eol.repeat(spec.count + 1) + text.slice(position);
    }
    case 'copy-paragraph': {
      const ranges = paragraphRanges(text);
      if (ranges.length === 0) return text;
      const source = ranges[spec.which % ranges.length];
      const target = ranges[spec.to % ranges.length];
      return text.slice(0, target.end) + eol + eol + text.slice(source.start, source.end) + text.slice(target.end);
    }
    case 'delete-paragraph': {
      const ranges = paragraphRanges(text);
      if (ranges.length === 0) return text;
      const range = ranges[spec.which % ranges.length];
      return text.slice(0, range.start) + text.slice(range.end).replace(/^(?:\r?\n)+/, '');
    }
  }
}

function incrementalProperty(format: Format, seen: {checks: number; withFindings: number}, noBlankLines = false) {
  const draft = fc.record({
    format: fc.constant(format),
    eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    blocks: fc.array(block, {minLength: 20, maxLength: 60}),
    noBlankLines: fc.constant(noBlankLines)
  });
  return fc.property(draft, fc.array(edit, {minLength: 1, maxLength: 12}), (spec, edits) => {
    let text = render(spec);
    const incremental = createChecker();
    assert.deepEqual(incremental.checkSync(text, {format}), createChecker().checkSync(text, {format}));
    for (const [step, change] of edits.entries()) {
      text = apply(text, change, spec.eol);
      const findings = incremental.checkSync(text, {format});
      seen.checks++;
      if (findings.length > 0) seen.withFindings++;
      assert.deepEqual(findings, createChecker().checkSync(text, {format}), `after edit ${step + 1} (${JSON.stringify(change)}) of ${JSON.stringify(text)}`);
    }
  });
}

describe('incremental re-checks', () => {
  for (const format of ['markdown', 'plaintext'] as const) {
    test(`${format}: after every random edit, the same findings as a fresh checker`, () => {
      const seen = {checks: 0, withFindings: 0};
      fc.assert(incrementalProperty(format, seen), {numRuns: format === 'markdown' ? 20 : 25});
      // The drafts hold repeats, so the comparison is not of empty lists.
      assert.ok(seen.withFindings > seen.checks / 2, `only ${seen.withFindings} of ${seen.checks} checks found anything`);
    });
  }

  test('plaintext written one paragraph a line with no blank lines (cut into chunks between long lines): the same findings as a fresh checker', () => {
    const seen = {checks: 0, withFindings: 0};
    fc.assert(incrementalProperty('plaintext', seen, true), {numRuns: 25});
    assert.ok(seen.withFindings > seen.checks / 2, `only ${seen.withFindings} of ${seen.checks} checks found anything`);
  });

  test('one checker used for both formats keeps them apart', () => {
    const text = 'The ferry crew said the plans for the quay were new.\n\nThe ferry crew said the plans for the quay were new.\n';
    const checker = createChecker();
    for (const format of ['markdown', 'plaintext', 'markdown'] as const) {
      assert.deepEqual(checker.checkSync(text, {format}), createChecker().checkSync(text, {format}));
    }
  });
});
