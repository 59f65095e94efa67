import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import fc from 'fast-check';
import type {Paragraph} from 'nlcst';
import {ParseEnglish} from 'parse-english';
import {analyseParagraph, messageFor} from '../../src/core/attribution/analyse.js';
import {verbForms} from '../../src/core/attribution/inflect.js';
import {applyFixes} from '../../src/core/index.js';
import type {AttributionSettings, Finding, PartialSettings, Sensitivity} from '../../src/core/index.js';
import {brief, findingsOf} from '../helpers/check.js';

// Every sentence here is written for these tests; none comes from a corpus.

const defaults: AttributionSettings = {sensitivity: 'balanced', reportingVerbs: [], namedSources: [], marker: '[source?]'};

function claims(text: string, settings: Partial<AttributionSettings> = {}) {
  const paragraph = new ParseEnglish().parse(text).children[0] as Paragraph;
  return analyseParagraph(paragraph, {...defaults, ...settings});
}

/** Kind and cue of the claims in one paragraph. */
function cues(text: string, settings: Partial<AttributionSettings> = {}): string[] {
  return claims(text, settings).map((claim) => `${claim.kind}: ${claim.cue}`);
}

async function attribution(text: string, settings: PartialSettings['attribution'] = {}, format: 'markdown' | 'plaintext' = 'markdown'): Promise<Finding[]> {
  return findingsOf('needs-attribution', text, format, {attribution: settings});
}

describe('needs-attribution: each kind of claim', () => {
  const flagged: Array<[string, string]> = [
    ['Bakery sales fell 12 percent last spring.', 'statistic: fell 12 percent'],
    ['Nearly 4,000 cyclists rode the new route in its first week.', 'statistic: Nearly 4,000 cyclists'],
    ['One in three tenants in the district pays more than half their income in rent.', 'statistic: One in three tenants'],
    ['The bridge toll has doubled since the tunnel opened.', 'statistic: doubled'],
    ['The county is now the fourth-largest producer of apples in the country.', 'statistic: fourth-largest producer'],
    ['The ferry was cancelled because of fog over the estuary.', 'causal: because of'],
    ['The closure of the plant led to a wave of small-business failures.', 'causal: led to'],
    ['The orchestra gave a dazzling concert in the cathedral.', 'evaluative: dazzling'],
    ['The council\'s parking plan is deeply unpopular with shopkeepers.', 'evaluative: deeply unpopular'],
    ['It was the most chaotic season in the club\'s history.', 'evaluative: the most chaotic'],
    ['The mayor hopes to reopen the pool by summer.', 'intent: hopes to reopen'],
    ['The rail operator is determined to scrap paper tickets.', 'intent: is determined to scrap'],
    ['The harbour master hopes the new wall will hold.', 'intent: hopes'],
    ['The bakery is expected to close next month.', 'prediction: is expected to close'],
    ['Water bills will probably rise again in the spring.', 'prediction: will probably rise'],
    ['Critics say the new timetable ignores night workers.', 'vague-source: Critics say'],
    ['There are fears that the old pier will not survive another winter.', 'vague-source: There are fears'],
    ['One skipper said the catch had halved since the spring.', 'vague-source: One skipper said'],
    ['The levy, it is believed, was drafted by the harbour board.', 'vague-source: it is believed'],
    ['A council official, speaking on condition of anonymity, said the pier would close.', 'vague-source: on condition of anonymity'],
    ['Thousands of fans lined the seafront for the parade.', 'statistic: Thousands of fans'],
    ['The harbour master is worried that the pier will collapse.', 'intent: is worried'],
    ['The strike threatens to disrupt the ferry timetable.', 'prediction: threatens to'],
    // `announced in May` describes the plan; no one is quoted.
    ['The plan, announced in May, is a fiasco for the harbour.', 'evaluative: fiasco'],
    ['The ferry operator is reportedly in talks with a rival.', 'vague-source: reportedly'],
    ['It is understood that the chairman offered to resign.', 'vague-source: It is understood'],
    ['Outside the hall, the verdict was unanimous: "We deserve better than this."', 'unattributed-quote: "We deserve better than this."'],
    ['The treasurer secretly moved club funds into his own account.', 'allegation: secretly'],
    ['The landlord illegally evicted three families last winter.', 'allegation: illegally']
  ];
  for (const [text, expected] of flagged) {
    test(expected, () => assert.deepEqual(cues(text), [expected]));
  }

  test('the cue range is exact and the message names the kind and quotes the cue', () => {
    const text = 'The harbour is busy. Bakery sales fell 12 percent last spring.';
    const [claim] = claims(text);
    assert.equal(text.slice(claim.start, claim.end), 'fell 12 percent');
    assert.deepEqual([claim.start, claim.end, claim.sentenceStart, claim.sentenceEnd], [34, 49, 21, 62]);
    assert.equal(claim.message, "Unattributed statistic: 'fell 12 percent' — who says so?");
  });

  test('each kind has its own message', () => {
    assert.equal(messageFor('vague-source', 'critics say'), "Vague source: 'critics say' — name who says so.");
    assert.equal(messageFor('evaluative', 'dazzling'), "Unattributed judgement: 'dazzling' — whose view is this?");
    assert.equal(messageFor('unattributed-quote', '“a'.padEnd(80, 'b') + '”').length < 110, true);
  });

  test('at most one finding a sentence: the vague source wins over the figure and the cause', () => {
    assert.deepEqual(cues('Critics say prices rose 12 percent because of the tariffs.'), ['vague-source: Critics say']);
  });

  test('each sentence of a paragraph is judged on its own', () => {
    assert.deepEqual(cues('The ferry left at noon. Fares have doubled since May. Critics say the timetable is a mess.'), ['statistic: doubled', 'vague-source: Critics say']);
  });
});

describe('needs-attribution: not claims', () => {
  const clean: Array<[string, string]> = [
    ['named source after the claim', 'Bakery sales fell 12 percent last spring, the owner of the Mill Street bakery said.'],
    ['according to a named body', 'According to the port authority, freight traffic fell 12 percent.'],
    ['data from a named body', 'Figures from the county statistics office show rents rose 9 percent.'],
    ['a study by a named team', 'A study by engineers at Northfield University found the bridge had lost a third of its strength.'],
    ['reporting verb with a role', 'The harbour master told reporters that the storm had sunk six boats.'],
    ['a spokesperson for an organisation', 'A spokeswoman for the ferry company said the crossing would be cancelled because of fog.'],
    ['officials of a named organisation', 'Officials at the county council said the new timetable was a disaster.'],
    ['in a statement', 'In a statement, the Riverside Trust said visitor numbers had doubled.'],
    ['named speaker, then he added', 'The pool will reopen in May, the mayor said. It would cost about 2 million euros to repair, he added.'],
    ['the verb itself reports a public act', 'The union leader called the offer an insult to nurses.'],
    ['plain observable event', 'The ferry left the harbour at 7 a.m. on Tuesday.'],
    ['schedule', 'The library opens at 9 a.m. on 3 March and closes at 6 p.m.'],
    ['schedule with will', 'The council will vote on the plan on Thursday.'],
    ['dates, years and ordinals of events', 'She finished 3rd in the 2019 race and 12th a year later.'],
    ['an age', 'Marta Quist, 44, took over the bakery in 2015.'],
    ['common knowledge', 'Paris is the capital of France.'],
    ['a question', 'Will the bakery survive another 12 percent rise in flour prices?'],
    ['an editor\'s note', 'Editor\'s note: An earlier version of this story misspelled the baker\'s name.'],
    ['a short term in quotation marks', 'The so-called "green tax" takes effect in June.'],
    ['an attributed quote', '"We deserve better than this," said Tom Rask, who chairs the tenants\' association.'],
    ['a quote continued in the next sentence', '“The bakery is the heart of this street,” the owner, Marta Quist, said. “Without it, nothing would be the same.”'],
    ['a price, not a statistic', 'Tickets cost £8 and go on sale on Friday.'],
    ['wrongdoing reported as a charge', 'Prosecutors charged the treasurer with fraud on Monday.'],
    ['a mental state in the first person', 'We hope to see you at the fair.'],
    ['an everyday verb that sounds like wrongdoing', 'The roof was fixed on Monday and the hall reopened.'],
    ['`to` with a place, not a verb', 'Lifeboat crews raced to the pier after the alarm.'],
    ['a noun that looks like an intent verb', 'Fears of flooding grew along the river on Sunday.']
  ];
  for (const [name, text] of clean) {
    test(name, () => assert.deepEqual(cues(text), []));
  }

  test('a sentence already carrying the marker is not flagged again', () => {
    assert.deepEqual(cues('Bakery sales fell 12 percent. [source?] The ferry left at noon.'), []);
    assert.deepEqual(cues('Bakery sales fell 12 percent. {{who}}', {marker: '{{who}}'}), []);
    assert.deepEqual(cues('Bakery sales fell 12 percent. [source?] Fares have doubled.'), ['statistic: doubled']);
  });

  test('headings and code are never findings', async () => {
    const text = '# Bakery sales fell 12 percent\n\n```\nSales fell 12 percent.\n```\n\nThe ferry left at noon.\n';
    assert.deepEqual(await attribution(text), []);
  });
});

describe('needs-attribution: quotations', () => {
  test('straight and curly quotes alike', () => {
    assert.deepEqual(cues('The notice on the door was blunt: "Closed until further notice."').map((cue) => cue.split(':')[0]), ['unattributed-quote']);
    assert.deepEqual(cues('The notice on the door was blunt: “Closed until further notice.”'), ['unattributed-quote: “Closed until further notice.”']);
    assert.deepEqual(cues('‘We have nothing left to give.’ The strikers marched on.'), ['unattributed-quote: ‘We have nothing left to give.’']);
  });

  test('a quotation over several sentences is one claim, and the attribution goes after it', () => {
    const text = 'The banner was clear. “We are tired. Nobody listens.” The march ended at dusk.';
    const found = claims(text);
    assert.deepEqual(found.map((claim) => claim.cue), ['“We are tired. Nobody listens.”']);
    const [claim] = found;
    assert.deepEqual([claim.sentenceStart, claim.sentenceEnd, claim.markerAt, claim.closingPeriod, claim.afterQuote], [22, 53, 53, 51, true]);
  });

  test('a quote alone after an unattributed sentence has no speaker', () => {
    assert.deepEqual(cues('Nurses walked out at noon. “We have nothing left to give.”'), ['unattributed-quote: “We have nothing left to give.”']);
  });

  test('the speaker may come before the quote', () => {
    assert.deepEqual(cues('The head teacher, Ana Vik, told parents: “The roof will be fixed before winter.”'), []);
  });

  test('a passive "was described" has no speaker', () => {
    assert.deepEqual(cues('"A town that forgot its river" is how the valley was described last year.').map((cue) => cue.split(':')[0]), ['unattributed-quote']);
  });
});

describe('needs-attribution: sensitivity', () => {
  const at = (sensitivity: Sensitivity, text: string) => cues(text, {sensitivity});

  test('strict also flags a bare future and mild judgements', () => {
    const text = 'The new tram line will transform the east of the city.';
    assert.deepEqual(at('strict', text), ['prediction: will transform']);
    assert.deepEqual(at('balanced', text), []);
    assert.deepEqual(at('strict', 'It was a major change for the village.'), ['evaluative: major']);
    assert.deepEqual(at('balanced', 'It was a major change for the village.'), []);
  });

  test('lenient keeps only the surest cues', () => {
    assert.deepEqual(at('balanced', 'The concert was compelling.'), ['evaluative: compelling']);
    assert.deepEqual(at('lenient', 'The concert was compelling.'), []);
    assert.deepEqual(at('lenient', 'The concert was astonishingly compelling.'), ['evaluative: astonishingly compelling']);
    assert.deepEqual(at('lenient', 'The concert was a fiasco.'), ['evaluative: fiasco']);
    assert.deepEqual(at('lenient', 'Bakery sales fell 12 percent last spring.'), ['statistic: fell 12 percent']);
    assert.deepEqual(at('lenient', 'Critics say the timetable ignores night workers.'), ['vague-source: Critics say']);
  });

  test('a two-word quotation is speech only at strict', () => {
    assert.deepEqual(at('strict', 'The crowd had one answer: "Never again."').map((cue) => cue.split(':')[0]), ['unattributed-quote']);
    assert.deepEqual(at('balanced', 'The crowd had one answer: "Never again."'), []);
  });
});

describe('needs-attribution: settings', () => {
  test('reportingVerbs: a user verb in any inflection names the source', () => {
    const text = 'The columnist opined that the budget was a disaster.';
    assert.deepEqual(cues(text), ['evaluative: disaster']);
    assert.deepEqual(cues(text, {reportingVerbs: ['opine']}), []);
    assert.deepEqual(cues('The columnist opines that the budget is a disaster.', {reportingVerbs: ['opine']}), []);
    assert.deepEqual(verbForms('opine').sort(), ['opine', 'opined', 'opines', 'opining']);
    assert.deepEqual(verbForms('rebut').sort(), ['rebut', 'rebuts', 'rebutted', 'rebutting']);
  });

  test('namedSources: a phrase the desk trusts counts as a named source', () => {
    const text = 'Our correspondent saw about 300 people at the rally.';
    assert.deepEqual(cues(text), ['statistic: about 300 people']);
    assert.deepEqual(cues(text, {namedSources: ['our correspondent']}), []);
  });
});

describe('needs-attribution: findings and fixes through check', () => {
  test('the finding: place, kind, message, actual text', async () => {
    const text = 'The harbour reopened.\n\nBakery sales fell 12 percent last spring.\n';
    const findings = await attribution(text);
    assert.deepEqual(findings.map(brief), ["3:14-3:29: Unattributed statistic: 'fell 12 percent' — who says so?"]);
    assert.equal(findings[0].kind, 'statistic');
    assert.equal(findings[0].actual, 'fell 12 percent');
    assert.equal(findings[0].ignoreKey, 'bakery sales fell 12 percent last spring.');
  });

  test('the two fixes insert the attribution, or the marker, before the full stop', async () => {
    const text = 'Intro.\n\nBakery sales fell 12 percent last spring. The ferry left at noon.\n';
    const [finding] = await attribution(text);
    const [attribute, mark] = finding.fixes;
    assert.equal(attribute.action, 'add-attribution');
    assert.deepEqual(attribute.edits.map((edit) => [edit.offset, edit.endOffset, edit.newText]), [[48, 48, ', according to SOURCE']]);
    assert.equal(applyFixes(text, [attribute]), 'Intro.\n\nBakery sales fell 12 percent last spring, according to SOURCE. The ferry left at noon.\n');
    assert.equal(mark.action, 'mark-source');
    assert.equal(mark.title, 'Mark as needing a source (“[source?]”)');
    assert.deepEqual(mark.edits.map((edit) => [edit.offset, edit.endOffset, edit.newText]), [[48, 48, ' [source?]']]);
    const marked = applyFixes(text, [mark]);
    assert.equal(marked, 'Intro.\n\nBakery sales fell 12 percent last spring [source?]. The ferry left at noon.\n');
    assert.deepEqual(await attribution(marked), []);
  });

  test('after a closing quotation the attribution follows the quote and its full stop becomes a comma', async () => {
    const text = 'The notice on the door was blunt: “Closed until further notice.”\n';
    const [finding] = await attribution(text);
    assert.equal(finding.kind, 'unattributed-quote');
    assert.equal(applyFixes(text, [finding.fixes[0]]), 'The notice on the door was blunt: “Closed until further notice,” according to SOURCE.\n');
    assert.equal(applyFixes(text, [finding.fixes[1]]), 'The notice on the door was blunt: “Closed until further notice.” [source?]\n');
  });

  test('Markdown markup between words: offsets come from the document', async () => {
    const text = 'Bakery sales *fell* 12 percent, [a report](https://example.org/report) hints.\n';
    const findings = await attribution(text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].actual, 'fell* 12 percent');
  });

  test('plain text works the same', async () => {
    const findings = await attribution('The ferry left at noon.\n\nFares have doubled since May.\n', {}, 'plaintext');
    assert.deepEqual(findings.map(brief), ["3:12-3:19: Unattributed statistic: 'doubled' — who says so?"]);
  });

  test('silencing: ignore-next-line, disable/enable, rule off', async () => {
    const claim = 'Fares have doubled since May.';
    assert.deepEqual(await attribution(`<!-- copydesk-ignore-next-line -->\n${claim}\n`), []);
    assert.deepEqual(await attribution(`<!-- copydesk-disable needs-attribution -->\n\n${claim}\n\n<!-- copydesk-enable -->\n\n${claim}\n`).then((found) => found.map((finding) => finding.line)), [7]);
    const {check} = await import('../../src/core/index.js');
    assert.deepEqual(await check(claim, {settings: {rules: {'needs-attribution': 'off'}}}), []);
  });

  test('a list item is checked like a paragraph', async () => {
    const findings = await attribution('- The ferry left at noon.\n- Fares have doubled since May.\n');
    assert.deepEqual(findings.map((finding) => [finding.line, finding.kind]), [[2, 'statistic']]);
  });
});

describe('needs-attribution: any text', () => {
  // Words from every list the analysis reads, with numbers, quotes and the marker, in any order.
  const pieces = ['said', 'the', 'critics', 'say', '12', 'percent', '“', '”', '"', '‘', '’', '.', ',', '?', ':', '[source?]', 'because', 'of', 'will', 'likely', 'hopes', 'to', 'secretly', 'brilliant', 'the most', 'according to', 'It is understood that', '$', '4.5bn', '1,200', 'March', '3 p.m.', 'Mayor Rolf Dane', '*', '\n', 'is expected to', 'a third', 'one in five', '-'];
  test('claims stay inside their sentence, in order, one a sentence', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), fc.constantFrom<Sensitivity>('strict', 'balanced', 'lenient'), (words, sensitivity) => {
      const text = words.join(' ');
      const tree = new ParseEnglish().parse(text);
      for (const paragraph of tree.children) {
        if (paragraph.type !== 'ParagraphNode') continue;
        const found = analyseParagraph(paragraph, {...defaults, sensitivity});
        let previousEnd = -1;
        for (const claim of found) {
          assert.ok(claim.sentenceEnd > previousEnd, 'one claim a sentence, in order');
          assert.ok(claim.sentenceStart <= claim.start && claim.start <= claim.end && claim.end <= claim.sentenceEnd, 'cue inside its sentence');
          assert.ok(claim.sentenceStart <= claim.attributionAt && claim.attributionAt <= claim.sentenceEnd, 'attribution inside the sentence');
          // The marker goes where the attribution would, but after a closing quotation, outside it.
          assert.equal(claim.markerAt, claim.afterQuote ? claim.sentenceEnd : claim.attributionAt);
          previousEnd = claim.sentenceEnd;
        }
      }
    }), {numRuns: 500});
  });
});
