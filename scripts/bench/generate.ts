/**
 * Deterministic news-like drafts for the benchmark: the same seed and size
 * always give the same text, so no megabyte fixtures are committed.
 *
 * A Markdown draft has `##` headings, paragraphs (some with emphasis, links
 * or inline code, so not every chunk takes the plain-prose fast path),
 * bulleted lists, block-quoted quotes, a fenced code block, figures,
 * attributed and unattributed claims, and a few exact repeats, near copies,
 * repeated passages and repeated headings so the repeat rules have work.
 * A plain-text draft has the same content one paragraph a line, title lines
 * for headings and `- ` list items.
 */

/** A small fast seeded PRNG (mulberry32): uniform in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DraftFormat = 'markdown' | 'plaintext';

export interface DraftOptions {
  /** Words to generate (the draft stops at the first block boundary past it). */
  words: number;
  format: DraftFormat;
  seed?: number;
  /** Plain text only: separate paragraphs by a blank line (default) or only by a line break. */
  blankLines?: boolean;
  /**
   * How many times the usual share of repeats to write (default 1: 3% exact
   * repeats, 2% near copies, 2% passages). 8 makes a draft of thousands of
   * findings, hundreds of them near copies.
   */
  repeats?: number;
}

/** An editable prose paragraph of the draft: its offsets in the text. */
export interface ParagraphRange {
  start: number;
  end: number;
}

export interface Draft {
  text: string;
  /** Words in the text (runs of non-space containing a letter or digit). */
  words: number;
  /** Prose paragraphs (not headings, list items or quotes), in order. */
  paragraphs: ParagraphRange[];
}

const people = ['Maria Lopez', 'James Okafor', 'Priya Raman', 'Tom Eriksen', 'Aiko Tanaka', 'Sean Murphy', 'Fatima Haddad', 'Lena Vogel', 'Daniel Cohen', 'Grace Mensah', 'Pablo Ortiz', 'Hannah Berg'];
const roles = ['the council leader', 'the harbour master', 'a spokeswoman for the port authority', 'the finance director', 'a local ferry operator', 'the head teacher', 'an economist at the university', 'the union representative', 'the transport minister', 'a resident of the old quay'];
const bodies = ['the port authority', 'the city council', 'the ferry company', 'the transport ministry', 'the regional health board', 'the statistics office', 'the chamber of commerce', 'the teachers union', 'the coastguard', 'the water utility'];
const vagueSources = ['Critics say', 'Some residents believe', 'Experts warn', 'It is widely believed that', 'Many observers think', 'Sources close to the mayor said', 'People familiar with the talks said', 'Officials privately concede'];
const subjects = ['The council', 'The harbour board', 'The ferry operator', 'The new budget', 'The school district', 'The regional government', 'The fishing fleet', 'Local businesses', 'The hospital trust', 'The rail link', 'The bridge project', 'Tourism', 'The market hall', 'The island community', 'Winter storms', 'The housing plan'];
const verbs = ['approved', 'rejected', 'delayed', 'expanded', 'cut', 'reviewed', 'announced', 'postponed', 'funded', 'criticised', 'defended', 'proposed', 'suspended', 'restored', 'questioned', 'welcomed'];
const objects = ['the winter timetable', 'a plan to dredge the channel', 'new mooring fees', 'the school bus contract', 'repairs to the north pier', 'a second ferry', 'the night service', 'plans for a car park', 'the fish market lease', 'the flood barrier', 'a cycle lane on the quay', 'the museum extension', 'funding for the lifeboat station', 'rules on short-term lets', 'a freeze on council tax', 'the budget for road repairs'];
const times = ['on Tuesday', 'last week', 'this spring', 'after a long debate', 'in a late-night vote', 'earlier this month', 'on Friday morning', 'at its annual meeting', 'for the third time this year', 'despite strong objections'];
const measures = ['ticket sales', 'passenger numbers', 'mooring fees', 'the repair bill', 'visitor spending', 'waiting times', 'school rolls', 'fuel costs', 'house prices', 'the number of sailings', 'unemployment on the island', 'freight volumes'];
const changes = ['rose', 'fell', 'jumped', 'dropped', 'climbed', 'slipped', 'doubled', 'grew'];
const periods = ['last year', 'in the third quarter', 'since 2019', 'over the summer', 'in the past decade', 'in March', 'year on year', 'since the pandemic'];
const causes = ['rising fuel costs', 'the closure of the north pier', 'a shortage of crew', 'the new timetable', 'cuts to the ferry subsidy', 'a run of winter storms', 'the strong pound', 'delays to the bridge'];
const evaluations = ['the most ambitious plan in a generation', 'a disaster for the island', 'a very welcome step', 'deeply flawed', 'really quite remarkable', 'the worst decision the council has made', 'an extremely costly mistake', 'a clear success'];
const quotes = ['We will not back down on this', 'The numbers simply do not add up', 'This is about keeping the island connected', 'Nobody asked the people who actually use the ferry', 'We have listened and we have changed the plan', 'It is a fair deal for everyone involved', 'The harbour has never been busier', 'We were given no warning at all'];
const fillers = ['The meeting ran for more than three hours.', 'Several residents spoke during the public session.', 'The vote was close.', 'A final decision is expected next month.', 'The plans are available at the town hall.', 'The service was cancelled twice in January.', 'Crews worked through the night to clear the quay.', 'There is a lot of uncertainty about the timetable.'];
const headingWords = ['Budget', 'Ferry', 'Harbour', 'Schools', 'Winter', 'Housing', 'Transport', 'Health', 'Tourism', 'Fishing', 'Bridge', 'Council', 'Market', 'Weather', 'Jobs', 'Rail'];
const headingTails = ['plans', 'update', 'row deepens', 'vote', 'in numbers', 'what happens next', 'the background', 'reaction', 'costs', 'timeline'];
/** Words swapped in by edits: same kind of vocabulary as the draft. */
export const editWords = ['harbour', 'council', 'ferry', 'budget', 'winter', 'school', 'market', 'island', 'crew', 'quay', 'timetable', 'bridge', 'fleet', 'pier', 'storm', 'vote'];

/** Generate a draft. */
export function generateDraft(options: DraftOptions): Draft {
  const random = prng(options.seed ?? 20240501);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const markdown = options.format === 'markdown';
  const blankLines = options.blankLines ?? true;
  const repeats = options.repeats ?? 1;

  const sentence = (): string => {
    const figure = `${int(2, 97)}${random() < 0.3 ? '.' + int(1, 9) : ''} percent`;
    switch (int(0, 11)) {
      case 0:
        return `${cap(pick(measures))} ${pick(changes)} ${figure} ${pick(periods)}, according to ${pick(bodies)}.`;
      case 1:
        return `${cap(pick(measures))} ${pick(changes)} ${figure} ${pick(periods)}.`;
      case 2:
        return `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(times)} because of ${pick(causes)}.`;
      case 3:
        return `“${pick(quotes)},” said ${pick(people)}, ${pick(roles)}.`;
      case 4:
        return `“${pick(quotes)}.”`;
      case 5:
        return `${pick(vagueSources)} ${pick(objects)} is ${pick(evaluations)}.`;
      case 6:
        return `${pick(subjects)} will likely ${pick(['announce', 'approve', 'review', 'scrap'])} ${pick(objects)} ${pick(['next year', 'before the summer', 'within weeks', 'by March'])}.`;
      case 7:
        return `${pick(people)}, ${pick(roles)}, said ${pick(subjects).toLowerCase()} had ${pick(verbs)} ${pick(objects)} ${pick(times)}.`;
      case 8:
        return `${cap(pick(objects))} was ${pick(verbs)} ${pick(times)}, and ${pick(measures)} ${pick(changes)} by ${int(3, 480)} ${pick(['tonnes', 'passengers', 'pounds', 'sailings'])}.`;
      case 9:
        return `${pick(subjects)} is ${pick(evaluations)}, ${pick(['officials', 'campaigners', 'the opposition', 'local traders'])} ${pick(['said', 'argued', 'claimed', 'admitted'])} ${pick(times)}.`;
      case 10:
        return pick(fillers);
      default:
        return `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(times)}, ${pick(['a move that', 'which', 'a decision that'])} ${pick(['surprised', 'angered', 'pleased', 'worried'])} ${pick(['residents', 'traders', 'parents', 'commuters', 'fishermen'])}.`;
    }
  };

  const paragraphText = (): string => {
    const count = int(2, 6);
    const list: string[] = [];
    for (let index = 0; index < count; index++) list.push(sentence());
    let text = list.join(' ');
    if (markdown && random() < 0.2) {
      // Some inline markup, so the chunk goes through remark.
      const markup = pick([
        (t: string) => t.replace(/\b(ferry|council|harbour)\b/, '*$1*'),
        (t: string) => t.replace(/\b(budget|timetable|pier)\b/, '**$1**'),
        (t: string) => t.replace(/\b(port authority|city council)\b/, '[$1](https://example.org/news)'),
        (t: string) => t.replace(/\b(fees|costs)\b/, '`$1`')
      ]);
      text = markup(text);
    }
    return text;
  };

  const headings: string[] = [];
  const headingText = (): string => {
    if (headings.length > 4 && random() < 0.08) return pick(headings);
    const heading = `${pick(headingWords)} ${pick(headingTails)}${random() < 0.5 ? ' ' + int(2, 99) : ''}`;
    headings.push(heading);
    return heading;
  };

  const out: string[] = [];
  const paragraphs: ParagraphRange[] = [];
  const written: string[] = [];
  let length = 0;
  let words = 0;
  const separator = markdown || blankLines ? '\n\n' : '\n';

  const push = (block: string, isParagraph: boolean) => {
    if (out.length > 0) length += separator.length;
    if (isParagraph) {
      paragraphs.push({start: length, end: length + block.length});
      written.push(block);
    }
    out.push(block);
    length += block.length;
    words += countWords(block);
  };

  const title = `${pick(headingWords)} ${pick(headingTails)}: ${pick(subjects).toLowerCase()} under pressure`;
  push(markdown ? `# ${title}` : title, false);
  let codeBlockDone = false;

  while (words < options.words) {
    const heading = headingText();
    push(markdown ? `## ${heading}` : heading, false);
    const sectionParagraphs = int(3, 8);
    for (let index = 0; index < sectionParagraphs && words < options.words; index++) {
      const roll = random();
      if (written.length > 5 && roll < 0.03 * repeats) {
        // An exact repeat of an earlier paragraph.
        push(pick(written), true);
      } else if (written.length > 5 && roll < 0.05 * repeats) {
        // A near copy: one word changed.
        push(changeOneWord(pick(written), random), true);
      } else if (written.length > 5 && roll < 0.07 * repeats) {
        // A repeated passage: earlier sentences at the end of a new paragraph.
        push(paragraphText() + ' ' + pick(written), true);
      } else if (roll < 0.14) {
        const items: string[] = [];
        for (let item = int(3, 5); item > 0; item--) items.push((markdown ? '- ' : '- ') + sentence());
        push(items.join('\n'), false);
      } else if (roll < 0.19) {
        const quote = `“${pick(quotes)}. ${pick(quotes)},” said ${pick(people)}, ${pick(roles)}.`;
        push(markdown ? `> ${quote}` : quote, false);
      } else if (markdown && !codeBlockDone && roll < 0.2) {
        push('```json\n{"sailings": 42, "cancelled": 3,\n\n "route": "north"}\n```', false);
        codeBlockDone = true;
      } else {
        push(paragraphText(), true);
      }
    }
  }
  return {text: out.join(separator) + '\n', words, paragraphs};
}

/** Words as the benchmark counts them: runs of non-space containing a letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** The text with one word (a run of letters) replaced by a different word of the edit vocabulary. */
export function changeOneWord(text: string, random: () => number): string {
  const matches = [...text.matchAll(/\b[a-z]{3,}\b/g)];
  if (matches.length === 0) return text + ' ferry';
  const match = matches[Math.floor(random() * matches.length)];
  let replacement = editWords[Math.floor(random() * editWords.length)];
  if (replacement === match[0]) replacement += 's';
  return text.slice(0, match.index) + replacement + text.slice((match.index ?? 0) + match[0].length);
}

function cap(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
