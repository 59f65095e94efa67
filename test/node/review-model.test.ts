import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {check, ignoreEntry, type Finding, type Format} from '../../src/core/index.js';
import {claimsByParagraph, claimsOf, foldingRepeats, markersOf, maskHidingMarks, mayHideClaims, opening, repeatsOf, type Claim} from '../../src/vscode/views/review-model.js';
import {describeStatements, groupSources, listSources, withLines} from '../../src/vscode/views/sources-model.js';

/** What the view would list: the published check, and the masked one with no ignore list when anything may hide a claim. */
async function listed(text: string, format: Format, ignore: string[] = [], marker = '[source?]'): Promise<Claim[]> {
  const settings = {attribution: {marker}};
  const findings = await check(text, {format, ignore, settings});
  const unfiltered = mayHideClaims(text, format, marker, ignore) ? await check(maskHidingMarks(text, format, marker), {format, settings}) : undefined;
  return claimsOf(text, findings, unfiltered, marker);
}

function describeClaims(claims: Claim[]): string[] {
  return claims.map(({finding, state}) => `${finding.line}:${finding.column} ${finding.actual} ${state}`);
}

const figure = 'Ticket sales fell 20% this spring.';
const cause = 'The closure was caused by the storm.';

describe('claim states', () => {
  test('a claim with nothing after it is open', async () => {
    assert.deepEqual(describeClaims(await listed(`${figure}\n`, 'plaintext')), ['1:14 fell 20% open']);
  });

  test('the marker before the full stop (where the fix puts it) or after it, and TK, mark a claim', async () => {
    const text = [`Ticket sales fell 20% this spring [source?].`, '', `Ticket sales fell 20% this summer. [source?]`, '', `Ticket sales fell 20% this autumn TK.`, ''].join('\n');
    assert.deepEqual(describeClaims(await listed(text, 'plaintext')), ['1:14 fell 20% marked', '3:14 fell 20% marked', '5:14 fell 20% marked']);
  });

  test('TK counts only as a word, and a marker in the next sentence marks nothing', async () => {
    const text = `Ticket sales fell 20% at the TKO Arena. ${cause} [source?]\n`;
    assert.deepEqual(describeClaims(await listed(text, 'plaintext')), ['1:14 fell 20% open', '1:57 caused marked']);
  });

  test('a configured marker marks a claim; the default one still does too', async () => {
    const text = `Ticket sales fell 20% this spring [[check]]. ${cause.replace('.', ' [source?].')}\n`;
    assert.deepEqual(describeClaims(await listed(text, 'plaintext', [], '[[check]]')), ['1:14 fell 20% marked', '1:62 caused marked']);
  });

  test('a claim in the ignore list, or under a copydesk-ignore-next-line comment, is ignored', async () => {
    const [published] = await check(`${figure}\n`, {format: 'plaintext'});
    assert.ok(published);
    assert.deepEqual(describeClaims(await listed(`${figure}\n`, 'plaintext', [ignoreEntry(published)])), ['1:14 fell 20% ignored']);
    const markdown = `<!-- copydesk-ignore-next-line needs-attribution -->\n${figure}\n\n${cause}\n`;
    assert.deepEqual(describeClaims(await listed(markdown, 'markdown')), ['2:14 fell 20% ignored', '4:17 caused open']);
  });

  test('claims inside an exact repeat stay folded into it, even when the first copy is marked', async () => {
    const paragraph = 'The ferry will stop at Esterby from June while the pier is rebuilt. Ticket sales fell 20% this spring.';
    const text = `${paragraph.replace('spring.', 'spring [source?].')}\n\n${paragraph}\n`;
    const findings = await check(text, {format: 'plaintext'});
    assert.deepEqual(
      findings.map((finding) => `${finding.line} ${finding.rule} ${finding.kind}`),
      ['3 duplicate-paragraph exact']
    );
    assert.deepEqual(describeClaims(await listed(text, 'plaintext')), ['1:82 fell 20% marked']);
  });
});

describe('maskHidingMarks', () => {
  test('masks the marker and Copydesk’s comments with spaces, keeping every offset and line', () => {
    const text = '<!-- copydesk-disable needs-attribution\n-->\nFares rose [source?].\n<!-- a note to the desk -->\n';
    const masked = maskHidingMarks(text, 'markdown', '[source?]');
    assert.equal(masked, '                                       \n   \nFares rose          .\n<!-- a note to the desk -->\n');
    assert.equal(masked.length, text.length);
    // Plain text has no comments: only the marker goes.
    assert.equal(maskHidingMarks('<!-- copydesk-disable -->', 'plaintext', '[source?]'), '<!-- copydesk-disable -->');
  });

  test('mayHideClaims: only a marker, a Copydesk comment (Markdown) or an ignore entry that may name a claim calls for the second check', () => {
    assert.equal(mayHideClaims(figure, 'plaintext', '[source?]', []), false);
    assert.equal(mayHideClaims(figure, 'plaintext', '[source?]', ['duplicate-paragraph:ticket sales fell 20% this spring.']), false);
    assert.equal(mayHideClaims(figure, 'plaintext', '[source?]', ['needs-attribution:ticket sales fell 20% this spring.']), true);
    // A bare key (as early editors wrote) silences every rule.
    assert.equal(mayHideClaims(figure, 'plaintext', '[source?]', ['ticket sales fell 20% this spring.']), true);
    assert.equal(mayHideClaims(`${figure} [source?]`, 'plaintext', '[source?]', []), true);
    assert.equal(mayHideClaims(`<!-- copydesk-ignore-next-line -->\n${figure}`, 'markdown', '[source?]', []), true);
    assert.equal(mayHideClaims(`<!-- copydesk-ignore-next-line -->\n${figure}`, 'plaintext', '[source?]', []), false);
  });

  test('markersOf leaves out an empty marker and repeats', () => {
    assert.deepEqual(markersOf(''), ['[source?]', 'TK']);
    assert.deepEqual(markersOf('[source?]'), ['[source?]', 'TK']);
  });
});

describe('claimsByParagraph', () => {
  const long = 'The harbour board met on Thursday to hear the engineers who surveyed the breakwater after the winter storms.';

  test('plain text written one paragraph a line: each line is a paragraph', async () => {
    const text = `${long} ${figure}\n${long} ${cause}\n`;
    const groups = claimsByParagraph(text, 'plaintext', await listed(text, 'plaintext'));
    assert.deepEqual(
      groups.map((group) => [group.line, group.opening, group.claims.map((claim) => claim.finding.actual)]),
      [
        [1, 'The harbour board met on Thursday to …', ['fell 20%']],
        [2, 'The harbour board met on Thursday to …', ['caused']]
      ]
    );
  });

  test('hard-wrapped plain text and Markdown: the run of lines between blank lines', async () => {
    const text = `# Storm damage\n\nThe harbour board met on Thursday.\n${figure}\n${cause}\n`;
    for (const format of ['plaintext', 'markdown'] as const) {
      const groups = claimsByParagraph(text, format, await listed(text, format));
      assert.deepEqual(
        groups.map((group) => [group.line, group.start, group.end, group.claims.length]),
        [[3, 16, text.length - 1, 2]],
        format
      );
    }
  });

  test('Markdown: a comment line above a paragraph, a heading or a list item is no part of it', async () => {
    const text = `# Storm damage\n<!-- copydesk-ignore-next-line needs-attribution -->\n${figure}\n${cause}\n- ${cause}\n`;
    const groups = claimsByParagraph(text, 'markdown', await listed(text, 'markdown'));
    assert.deepEqual(
      groups.map((group) => [group.line, group.opening, group.claims.map((claim) => `${claim.finding.line} ${claim.state}`)]),
      [
        [3, 'Ticket sales fell 20% this spring. The …', ['3 ignored', '4 ignored']],
        [5, 'The closure was caused by the storm.', ['5 open']]
      ]
    );
  });

  test('opening: the first words, without heading or quote marks', () => {
    assert.equal(opening('## Storm damage on the quay'), 'Storm damage on the quay');
    assert.equal(opening('**Storm damage on the quay**'), 'Storm damage on the quay');
    assert.equal(opening('> one two three four five six seven eight'), 'one two three four five six seven …');
  });
});

describe('repeatsOf', () => {
  test('lists repeated paragraphs and headings with their first copies, not claims', async () => {
    const paragraph = 'The harbour board met on Thursday to hear the engineers who surveyed the breakwater.';
    const text = `# Storm damage\n\n${paragraph}\n\n# Storm damage\n\n${paragraph}\n`;
    const findings: Finding[] = await check(text, {format: 'markdown'});
    assert.deepEqual(
      repeatsOf(findings).map(({finding, firstCopy}) => `${finding.line} ${finding.rule} → ${firstCopy.line}`),
      ['5 repeated-heading → 1', '7 duplicate-paragraph → 3']
    );
  });
});

describe('sources', () => {
  const text = [
    '"We open at dawn," said Tomas Brek, the ferry captain. Brek said the crossing takes forty minutes.',
    '',
    'Officials said the timetable would change. officials said fares would not.',
    '',
    '"Bring a coat."',
    ''
  ].join('\n');

  const at = (words: string) => ({start: text.indexOf(words), end: text.indexOf(words) + words.length});

  test('groupSources: named sources under their fullest name, vague ones apart (case aside), speakerless quotes flagged, with lines', () => {
    const list = groupSources(
      withLines(text, [
        {type: 'quote', ...at('"We open at dawn,"'), excerpt: 'We open at dawn', kind: 'person', name: 'Tomas Brek'},
        {type: 'statement', ...at('Brek said the crossing takes forty minutes.'), excerpt: 'the crossing takes forty minutes', kind: 'person', name: 'Tomas Brek'},
        {type: 'statement', ...at('Officials said the timetable would change.'), excerpt: 'the timetable would change', kind: 'vague', name: 'Officials'},
        {type: 'statement', ...at('officials said fares would not.'), excerpt: 'fares would not', kind: 'vague', name: 'officials'},
        {type: 'quote', ...at('"Bring a coat."'), excerpt: 'Bring a coat', kind: 'none'}
      ])
    );
    assert.deepEqual(
      list.named.map((source) => [source.name, describeStatements(source.statements), source.statements.map((statement) => statement.line)]),
      [['Tomas Brek', '1 quote · 1 statement', [1, 1]]]
    );
    assert.deepEqual(
      list.vague.map((source) => [source.name, describeStatements(source.statements), source.statements.map((statement) => statement.line)]),
      [['Officials', '2 statements', [3, 3]]]
    );
    assert.deepEqual(
      list.unattributed.map((statement) => [statement.excerpt, statement.line]),
      [['Bring a coat', 5]]
    );
  });

  test('listSources reads the draft with the core’s sources model', () => {
    const list = listSources(text, 'plaintext', {});
    assert.deepEqual(list.named.map((source) => [source.name, describeStatements(source.statements)]), [['Tomas Brek', '1 quote · 1 statement']]);
    assert.deepEqual(list.vague.map((source) => source.name), ['Officials']);
  });

  test('a quote inside an exact repeat is the first copy’s, told twice: listed once', async () => {
    const paragraph = '"We open at dawn," said Tomas Brek, the ferry captain, as the first cars rolled aboard.';
    const repeated = `${paragraph}\n\n${paragraph}\n`;
    const findings = await check(repeated, {format: 'plaintext'});
    assert.deepEqual(listSources(repeated, 'plaintext', {}).named.map((source) => describeStatements(source.statements)), ['2 quotes']);
    assert.deepEqual(listSources(repeated, 'plaintext', {}, foldingRepeats(findings)).named.map((source) => describeStatements(source.statements)), ['1 quote']);
  });
});
