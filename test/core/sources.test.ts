import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readSources, type ReadSourcesOptions, type SourcedStatement} from '../../src/core/index.js';

/**
 * Each statement as one line: type, the text its range covers, kind,
 * name, and the speaker and verb with their start offsets. A span's text
 * is checked against the document at its range too.
 */
function rows(text: string, options?: ReadSourcesOptions): string[] {
  return readSources(text, options).map((statement) => {
    for (const span of [statement.speaker, statement.verb]) if (span) assert.equal(text.slice(span.start, span.end), span.text);
    return row(text, statement);
  });
}

function row(text: string, statement: SourcedStatement): string {
  const parts = [statement.type, JSON.stringify(text.slice(statement.start, statement.end)), statement.kind];
  if (statement.name !== undefined) parts.push(`name=${statement.name}`);
  if (statement.speaker) parts.push(`speaker=${statement.speaker.text}@${statement.speaker.start}`);
  if (statement.verb) parts.push(`verb=${statement.verb.text}@${statement.verb.start}`);
  return parts.join(' ');
}

describe('readSources: a quotation and its speaker', () => {
  it('gives `"…," X said.` in full: range with its marks, speaker, name, verb and excerpt', () => {
    const text = '"The ferry will sail again by the spring, whatever the repairs cost," Dr. Ines Marr (Port Board) said.';
    assert.deepEqual(readSources(text), [
      {
        type: 'quote',
        start: 0,
        end: 69,
        excerpt: 'The ferry will sail again by the spring…',
        kind: 'person',
        speaker: {text: 'Dr. Ines Marr', start: 70, end: 83},
        name: 'Dr. Ines Marr',
        verb: {text: 'said', start: 97, end: 101}
      }
    ]);
  });

  it('reads `X said, "…"` with an aside between speaker and verb', () => {
    assert.deepEqual(rows('But Colm Brady, head of the ferry board, said, "No sailing is safe in this wind."'), [
      'quote "\\"No sailing is safe in this wind.\\"" person name=Colm Brady speaker=Colm Brady@4 verb=said@41'
    ]);
  });

  it('reads `X told Y: "…"`', () => {
    assert.deepEqual(rows('Colm Brady told the council: "We cannot pay for a second dredger."'), [
      'quote "\\"We cannot pay for a second dredger.\\"" person name=Colm Brady speaker=Colm Brady@0 verb=told@11'
    ]);
  });

  it('reads `"…," said X, adding …` as one quotation', () => {
    assert.deepEqual(rows('"Fares must come down before the summer," said Ada Quill, adding that she would write to the board.'), [
      'quote "\\"Fares must come down before the summer,\\"" person name=Ada Quill speaker=Ada Quill@47 verb=said@42'
    ]);
  });

  it('gives a quotation with no speaker the kind none, and no speaker, name or verb', () => {
    assert.deepEqual(readSources('The hall was full. "Nobody here wants the depot moved."'), [
      {type: 'quote', start: 19, end: 55, excerpt: 'Nobody here wants the depot moved', kind: 'none'}
    ]);
  });

  it('leaves out a word or a title in quotation marks that nobody says', () => {
    assert.deepEqual(rows('The plan was called "bold" in a review of "Tides Of The North Sea" last week.'), []);
  });

  it('cuts the excerpt at eight words and leaves out quotation marks inside it', () => {
    const [quote] = readSources('"We said ‘never’ and we meant never, not once in ten years," Ada Quill said.');
    assert.equal(quote.excerpt, 'We said never and we meant never, not…');
  });
});

describe('readSources: a quotation over sentences and paragraphs', () => {
  it('makes a quotation running over sentences one statement', () => {
    assert.deepEqual(rows('Ada Quill said, "The vote is close. We will win it anyway."'), [
      'quote "\\"The vote is close. We will win it anyway.\\"" person name=Ada Quill speaker=Ada Quill@0 verb=said@10'
    ]);
  });

  it('gives each paragraph piece of a continued quotation the speaker the last piece names', () => {
    const text = '"The depot has flooded twice this year.\n\n"It will flood again unless the wall is raised," Ada Quill said.';
    assert.deepEqual(rows(text), [
      'quote "\\"The depot has flooded twice this year." person name=Ada Quill speaker=Ada Quill@90 verb=said@100',
      'quote "\\"It will flood again unless the wall is raised,\\"" person name=Ada Quill speaker=Ada Quill@90 verb=said@100'
    ]);
  });

  it('gives the pieces the speaker the first piece names, in plain text too', () => {
    const text = 'Colm Brady said: "The dredger is forty years old.\n\n"It breaks down every month."';
    assert.deepEqual(rows(text, {format: 'plain'}), [
      'quote "\\"The dredger is forty years old." person name=Colm Brady speaker=Colm Brady@0 verb=said@11',
      'quote "\\"It breaks down every month.\\"" person name=Colm Brady speaker=Colm Brady@0 verb=said@11'
    ]);
  });

  it('goes on with the paragraph before’s speaker for a quotation opening a paragraph, but not across a heading', () => {
    const text = 'Ada Quill said the depot would move.\n\n"It has to go before the winter."\n\n## Later\n\n"Nobody asked us."';
    assert.deepEqual(rows(text), [
      'statement "Ada Quill said the depot would move." person name=Ada Quill speaker=Ada Quill@0 verb=said@10',
      'quote "\\"It has to go before the winter.\\"" person name=Ada Quill speaker=Ada Quill@0 verb=said@10',
      'quote "\\"Nobody asked us.\\"" none'
    ]);
  });

  it('carries a vague source on to the quotation after it, as vague as it was', () => {
    assert.deepEqual(rows('Critics say the depot is too small.\n\n"It was full on the first day."').at(-1), 'quote "\\"It was full on the first day.\\"" vague name=Critics speaker=Critics@0 verb=say@8');
  });

  it('leaves a quotation with no speaker before it with none', () => {
    assert.deepEqual(rows('The depot opened in May.\n\n"It was full on the first day."').at(-1), 'quote "\\"It was full on the first day.\\"" none');
  });
});

describe('readSources: names and pronouns', () => {
  it('lists a later surname and `she` under the fullest name written', () => {
    const text = '"We will have the bill ready," Sen. Ada Quill said.\n\n"It is fair," Quill said. "Every town gains," she added.';
    assert.deepEqual(rows(text), [
      'quote "\\"We will have the bill ready,\\"" person name=Sen. Ada Quill speaker=Sen. Ada Quill@31 verb=said@46',
      'quote "\\"It is fair,\\"" person name=Sen. Ada Quill speaker=Quill@67 verb=said@73',
      'quote "\\"Every town gains,\\"" person name=Sen. Ada Quill speaker=she@99 verb=added@103'
    ]);
  });

  it('takes the fullest form even when it is written later', () => {
    const text = 'Quill said the vote was set. Sen. Ada Quill said it would pass.';
    assert.deepEqual(rows(text).map((line) => line.split(' speaker=')[0]), [
      'statement "Quill said the vote was set." person name=Sen. Ada Quill',
      'statement "Sen. Ada Quill said it would pass." person name=Sen. Ada Quill'
    ]);
  });

  it('refers `he` to the last person named, not to an organisation named since', () => {
    const text = 'Colm Brady said the port was busy. The council said it would hire staff. He said the hiring was late.';
    assert.deepEqual(rows(text), [
      'statement "Colm Brady said the port was busy." person name=Colm Brady speaker=Colm Brady@0 verb=said@11',
      'statement "The council said it would hire staff." organisation name=The council speaker=The council@35 verb=said@47',
      'statement "He said the hiring was late." person name=Colm Brady speaker=He@73 verb=said@76'
    ]);
  });

  it('refers `they` to the last named speaker of any kind', () => {
    assert.deepEqual(rows('Norbank officials said fees would rise. They said nothing of jobs.'), [
      'statement "Norbank officials said fees would rise." organisation name=Norbank officials speaker=Norbank officials@0 verb=said@18',
      'statement "They said nothing of jobs." organisation name=Norbank officials speaker=They@40 verb=said@45'
    ]);
  });

  it('lists a pronoun with no one before it as written', () => {
    assert.deepEqual(rows('She said the ferry was late.'), ['statement "She said the ferry was late." person name=She speaker=She@0 verb=said@4']);
  });
});

describe('readSources: reported statements and source kinds', () => {
  it('reads `X said (that) …` with its sentence as range and what was said as excerpt', () => {
    assert.deepEqual(readSources('Colm Brady said that the toll would double in May.'), [
      {type: 'statement', start: 0, end: 50, excerpt: 'the toll would double in May', kind: 'person', speaker: {text: 'Colm Brady', start: 0, end: 10}, name: 'Colm Brady', verb: {text: 'said', start: 11, end: 15}}
    ]);
  });

  it('reads `according to X` at either end of a sentence', () => {
    const text = 'According to the harbour board, the toll pays for the dredger. Fares fell by a tenth, according to a survey by the ferry union.';
    assert.deepEqual(rows(text), [
      'statement "According to the harbour board, the toll pays for the dredger." organisation name=the harbour board speaker=the harbour board@13 verb=According to@0',
      'statement "Fares fell by a tenth, according to a survey by the ferry union." document name=a survey by the ferry union speaker=a survey by the ferry union@99 verb=according to@86'
    ]);
    assert.deepEqual(readSources(text).map((statement) => statement.excerpt), ['the toll pays for the dredger', 'Fares fell by a tenth']);
  });

  it('reads organisations: `the bank said`, an organisation with a role, a one-word name', () => {
    const text = 'The bank said rates would hold. Norbank officials said the branch would close. Norbank said it had no comment.';
    assert.deepEqual(rows(text).map((line) => line.split(' speaker=')[0]), [
      'statement "The bank said rates would hold." organisation name=The bank',
      'statement "Norbank officials said the branch would close." organisation name=Norbank officials',
      'statement "Norbank said it had no comment." organisation name=Norbank'
    ]);
  });

  it('reads people by role or title: `the harbour master`, `economist Ada Quill`', () => {
    const text = 'The harbour master said the quay was safe. Economist Ada Quill said the port lost money.';
    assert.deepEqual(rows(text).map((line) => line.split(' speaker=')[0]), [
      'statement "The harbour master said the quay was safe." person name=The harbour master',
      'statement "Economist Ada Quill said the port lost money." person name=Economist Ada Quill'
    ]);
  });

  it('reads reports, polls and filings as documents', () => {
    const text = 'The survey found that most riders want later ferries. Court filings show the firm owed wages.';
    assert.deepEqual(rows(text), [
      'statement "The survey found that most riders want later ferries." document name=The survey speaker=The survey@0 verb=found@11',
      'statement "Court filings show the firm owed wages." document name=Court filings speaker=Court filings@54 verb=show@68'
    ]);
  });

  it('reads anonymous roles as vague: `officials said`, `critics say`, a quotation from `one source`', () => {
    const text = 'The quay was damaged and officials said it would shut. Critics say the toll is too high. "It is all settled," one source said.';
    assert.deepEqual(rows(text), [
      'statement "The quay was damaged and officials said it would shut." vague name=officials speaker=officials@25 verb=said@35',
      'statement "Critics say the toll is too high." vague name=Critics speaker=Critics@55 verb=say@63',
      'quote "\\"It is all settled,\\"" vague name=one source speaker=one source@110 verb=said@121'
    ]);
  });

  it('takes the verb that plainly reports over one that may (`charge`), and what comes before a trailing attribution', () => {
    const [statement] = readSources('The ferry will charge more from April, the operator said on Monday.');
    assert.equal(row('The ferry will charge more from April, the operator said on Monday.', statement), 'statement "The ferry will charge more from April, the operator said on Monday." organisation name=the operator speaker=the operator@39 verb=said@52');
    assert.equal(statement.excerpt, 'The ferry will charge more from April');
  });

  it('does not report a quotation again as a statement of its sentence', () => {
    assert.deepEqual(rows('"Tolls rise in May," Colm Brady said, adding that he regretted it.').length, 1);
  });

  it('gives Markdown offsets in the document, with the words as written and markup left out of the text', () => {
    const text = '# Ferry\n\nThe **harbour master** said the quay was safe.';
    const [statement] = readSources(text);
    assert.deepEqual(statement, {type: 'statement', start: 9, end: 55, excerpt: 'the quay was safe', kind: 'person', speaker: {text: 'The harbour master', start: 9, end: 29}, name: 'The harbour master', verb: {text: 'said', start: 32, end: 36}});
  });

  it('takes extra reporting verbs from the settings', () => {
    const text = 'Ada Quill grumbled that the ferry is late.';
    assert.deepEqual(rows(text), []);
    assert.deepEqual(rows(text, {settings: {attribution: {reportingVerbs: ['grumble']}}}), [
      'statement "Ada Quill grumbled that the ferry is late." person name=Ada Quill speaker=Ada Quill@0 verb=grumbled@10'
    ]);
  });
});
