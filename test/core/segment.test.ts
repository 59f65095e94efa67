import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import {splitChunks} from '../../src/core/document/chunks.js';
import {plaintextBlocks} from '../../src/core/document/plaintext-blocks.js';
import {proseReader, type ProseReader} from '../../src/core/document/read-prose.js';
import {segment, staleAllowance} from '../../src/core/document/segment.js';
import type {Format} from '../../src/core/index.js';

/** `kind:first line` of each block, to read layouts at a glance. */
function layout(text: string, format: Format): string[] {
  return segment(text, format).blocks.map((block) => `${block.kind}:${text.slice(block.start, block.end).split('\n')[0]}`);
}

describe('chunks', () => {
  test('a fenced code block with blank lines stays one chunk', () => {
    const text = 'Before.\n\n```\ncode\n\nmore code\n```\n\nAfter.\n';
    assert.deepEqual(splitChunks(text, 'markdown').map((chunk) => chunk.text), ['Before.', '```\ncode\n\nmore code\n```', 'After.']);
  });

  test('an HTML comment with blank lines stays one chunk', () => {
    const text = '<!--\nnote\n\nmore\n-->\n\nText.';
    assert.deepEqual(splitChunks(text, 'markdown').map((chunk) => chunk.text), ['<!--\nnote\n\nmore\n-->', 'Text.']);
  });

  test('an indented line after a blank line continues the list item', () => {
    const text = '- item one\n\n  more of item one\n\nAfter.';
    assert.deepEqual(splitChunks(text, 'markdown').map((chunk) => chunk.text), ['- item one\n\n  more of item one', 'After.']);
  });

  test('plain text written one paragraph a line with no blank lines is cut between the long lines', () => {
    const long = (topic: string) => `The ${topic} was discussed at length by the committee on Tuesday evening, and a decision is due next month.`;
    const lines = ['Harbour news', long('ferry timetable'), long('quay repair'), '- a list item', long('cafe lease'), 'Short wrapped line', 'and its continuation.'];
    assert.deepEqual(
      splitChunks(lines.join('\n'), 'plaintext').map((chunk) => chunk.text),
      // Cut only where each part is still read one paragraph a line: not after the title's long line (the title and that line alone could be a wrapped paragraph), nor before the short lines.
      [`Harbour news\n${long('ferry timetable')}\n${long('quay repair')}`, '- a list item', `${long('cafe lease')}\nShort wrapped line\nand its continuation.`]
    );
  });

  test('cutting plain text into chunks never changes its layout', () => {
    const line = fc.oneof(
      fc.constantFrom('Short title', 'a short line of wrapped prose', '**Bold heading**', '- list item', '1. numbered item', '* * *', 'Ends with a full stop.'),
      fc.integer({min: 90, max: 130}).map((length) => ('Long prose line of a paragraph written on one line ' + 'and more words '.repeat(10)).slice(0, length))
    );
    fc.assert(
      fc.property(fc.array(line, {minLength: 1, maxLength: 12}), (lines) => {
        const text = lines.join('\n');
        const whole = plaintextBlocks(text).map((block) => [block.kind, block.start, block.end]);
        const cut = splitChunks(text, 'plaintext').flatMap((chunk) => plaintextBlocks(chunk.text).map((block) => [block.kind, chunk.start + block.start, chunk.start + block.end]));
        assert.deepEqual(cut, whole);
      })
    );
  });

  test('front matter is its own chunk', () => {
    const text = '---\ntitle: x\n\nsummary: y\n---\n\n# Title\n';
    assert.deepEqual(splitChunks(text, 'markdown').map((chunk) => [chunk.text, chunk.frontmatter ?? false]), [
      ['---\ntitle: x\n\nsummary: y\n---', true],
      ['# Title', false]
    ]);
  });
});

describe('markdown blocks', () => {
  test('headings, paragraphs, list items, quotes, code, tables, separators, html', () => {
    const text = [
      '# Title',
      '',
      'Setext title',
      '---',
      '',
      '**Bold title**',
      '',
      'A paragraph with *emphasis*.',
      '',
      '- one item',
      '- two items',
      '',
      '> quoted words',
      '',
      '    indented code',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '* * *',
      '',
      '<!-- copydesk-disable -->',
      ''
    ].join('\n');
    assert.deepEqual(layout(text, 'markdown'), [
      'heading:# Title',
      'heading:Setext title',
      'heading:**Bold title**',
      'paragraph:A paragraph with *emphasis*.',
      'list-item:- one item',
      'list-item:- two items',
      'paragraph:quoted words',
      'code:    indented code',
      'table:| a | b |',
      'separator:* * *',
      'html:<!-- copydesk-disable -->'
    ]);
  });

  test('words of a Markdown paragraph are read with their offsets in the source, markup left out', () => {
    const text = 'Say **bold** and [link](https://example.com) here.';
    const words: string[] = [];
    const capture: ProseReader = (paragraph, kind, source) => {
      const visit = (node: {type: string; children?: unknown[]; position?: {start: {offset?: number}; end: {offset?: number}}}) => {
        if (node.type === 'WordNode' && node.position) words.push(source.slice(node.position.start.offset ?? 0, node.position.end.offset ?? 0));
        for (const child of (node.children ?? []) as Array<typeof node>) visit(child);
      };
      visit(paragraph as never);
      return proseReader()(paragraph, kind, source);
    };
    const [block] = segment(text, 'markdown', undefined, capture).blocks;
    assert.deepEqual(words, ['Say', 'bold', 'and', 'link', 'here']);
    assert.equal(block.prose?.text?.folded, 'say bold and link here.');
  });
});

describe('plain-text blocks', () => {
  const long = 'The planning committee will hear the appeal against the quarry extension at its next meeting, which is open to the public.';

  test('a draft written one paragraph a line: each line a paragraph, short title lines headings', () => {
    const text = `Quarry appeal\n${long}\n${long.replace('next', 'December')}\n`;
    assert.deepEqual(layout(text, 'plaintext'), ['heading:Quarry appeal', `paragraph:${long}`, `paragraph:${long.replace('next', 'December')}`]);
  });

  test('hard-wrapped lines form one paragraph', () => {
    const text = 'The planning committee will hear the appeal\nagainst the quarry extension at its next\nmeeting, which is open to the public.\n';
    assert.deepEqual(layout(text, 'plaintext'), ['paragraph:The planning committee will hear the appeal']);
  });

  test('bold lines, separators and bullet lines', () => {
    const text = '**Quarry appeal**\n\n* * *\n\n- a point made in a list\n- another point\n';
    assert.deepEqual(layout(text, 'plaintext'), ['heading:**Quarry appeal**', 'separator:* * *', 'list-item:- a point made in a list', 'list-item:- another point']);
  });

  test('a line ending in sentence punctuation is no title', () => {
    assert.deepEqual(layout('It rained.\n\nQuarry appeal\n', 'plaintext'), ['paragraph:It rained.', 'heading:Quarry appeal']);
  });
});

describe('re-use between checks', () => {
  test('after an unchanged check, an edit re-reads only the paragraph it touched', () => {
    const lines = ['The ferry to the north islands runs twice a day from the old quay in summer and winter alike, weather allowing, the operators say.', 'Cyclists may take bicycles aboard without charge, and the cafe on the upper deck opens an hour before the first sailing every morning.', 'A new pontoon for small boats will be built beside the ticket office next year, once the harbour board has approved the final plans for it.'];
    const text = lines.join('\n');
    const first = segment(text, 'plaintext');
    const unchanged = segment(text, 'plaintext', first.cache);
    const edited = segment(text.replace('twice a day', 'three times a day'), 'plaintext', unchanged.cache);
    const same = edited.blocks.map((block, index) => block.prose === first.blocks[index].prose);
    assert.deepEqual(same, [false, true, true]);
  });

  test('an edit in the middle keeps the parsed chunks before and after it, moved by the edit', () => {
    const paragraphs = ['The night ferry was late again on Friday.', 'Harbour staff worked through the weekend to clear the slipway.', 'A *second* crane arrives in March.', 'The quay reopens to cars on Monday.'];
    const text = paragraphs.join('\n\n');
    const first = segment(text, 'markdown');
    const editedText = text.replace('through the weekend', 'through a long weekend');
    const edited = segment(editedText, 'markdown', first.cache);
    assert.deepEqual(
      edited.blocks.map((block, index) => block.prose === first.blocks[index].prose),
      [true, false, true, true]
    );
    assert.deepEqual(
      edited.blocks.map((block) => editedText.slice(block.start, block.end)),
      ['The night ferry was late again on Friday.', 'Harbour staff worked through a long weekend to clear the slipway.', 'A *second* crane arrives in March.', 'The quay reopens to cars on Monday.']
    );
  });

  test('chunks no longer in the text are dropped once there are more than the allowance', () => {
    const base = ['One paragraph about the quay and its long history.', 'Another paragraph about the ferry timetable.'];
    let result = segment(base.join('\n\n'), 'plaintext');
    for (let edit = 0; edit < 3 * staleAllowance; edit++) result = segment([...base, `Edit number ${edit} of a third paragraph.`].join('\n\n'), 'plaintext', result.cache);
    assert.ok(result.cache.chunks.size <= 3 + staleAllowance, `cache holds ${result.cache.chunks.size} chunks`);
    assert.ok(result.cache.prose.size <= 3 + staleAllowance, `cache holds ${result.cache.prose.size} paragraphs`);
    assert.ok(result.cache.chunks.has(`Edit number ${3 * staleAllowance - 1} of a third paragraph.`));
  });

  test('a draft that is one long chunk keeps no more than about two copies of itself', () => {
    // Hard-wrapped lines with no blank line between: one paragraph, one chunk (of 800 × 90 characters, more than the sweep's allowance).
    const line = (index: number) => `Line ${index} of a long hard-wrapped paragraph that goes on and on,`.padEnd(90, ' and on');
    const lines = Array.from({length: 800}, (_, index) => line(index));
    let result = segment(lines.join('\n'), 'plaintext');
    for (let edit = 0; edit < 10; edit++) {
      lines[edit] = line(1000 + edit);
      result = segment(lines.join('\n'), 'plaintext', result.cache);
    }
    assert.ok(result.cache.chunks.size <= 3, `cache holds ${result.cache.chunks.size} chunks`);
  });
});
