import type {Paragraph} from 'nlcst';
import type {Prose} from './document/block.js';
import type {ProseReader} from './document/read-prose.js';
import {segment} from './document/segment.js';
import {readParagraphSources, type Mention, type Said, type Words} from './attribution/sourced.js';
import {resolveSettings} from './settings.js';
import type {Format, PartialSettings} from './types.js';

/** Who a statement is attributed to. */
export type SourceKind = 'person' | 'organisation' | 'document' | 'vague' | 'none';

/** Words in the document: their text as written (white space made single) and their offsets (UTF-16, end exclusive). */
export interface SourceSpan {
  text: string;
  start: number;
  end: number;
}

/** A quotation or an attributed statement, with who said it. */
export interface SourcedStatement {
  /**
   * A direct quotation (its range includes its quotation marks; a quotation
   * continued over sentences or paragraphs is one statement per paragraph
   * piece, all with the same speaker) or a reported statement (`X said …`,
   * `according to X`), whose range is its sentence.
   */
  type: 'quote' | 'statement';
  start: number;
  end: number;
  /** First words of what was said, for lists (about 8 words, no quotation marks). */
  excerpt: string;
  kind: SourceKind;
  /** The speaker as written where they are named for this statement (absent for kind 'none'; for a pronoun `he said`, the pronoun's own span). */
  speaker?: SourceSpan;
  /** The name the speaker is listed under: the fullest form written in the article (`Sen. Ann Marsh` for a later `Marsh` or `she`); absent for kind 'none'. */
  name?: string;
  /** The reporting verb or phrase (`said`, `told`, `according to`). */
  verb?: SourceSpan;
}

/** Options of {@link readSources}. */
export interface ReadSourcesOptions {
  /** How to read the text: Markdown (the default) or plain text (`plaintext` is the same as `plain`). */
  format?: 'markdown' | 'plain' | Format;
  /** The attribution settings matter here: extra reporting verbs, named sources, the marker. */
  settings?: PartialSettings;
}

/**
 * The quotations and attributed statements of an article, in document
 * order, each with its speaker, the speaker's kind, the reporting verb and
 * document offsets. It is the attribution rule's own reading of the text:
 * the same sentences, quotations, speakers and source kinds.
 *
 * Across the article, as news copy writes it:
 *
 * - a quotation left open at a paragraph's end and taken up by the next
 *   paragraph's opening quotation mark is one quotation: each paragraph's
 *   piece is a statement, all with the speaker any piece names;
 * - a quotation opening a paragraph with no speaker goes on with the
 *   speaker of the paragraph before, named or vague (after `critics say`
 *   it is the critics'); a heading or any other block between them ends
 *   this;
 * - `he`, `she` (and `I`) refer to the last person named, `it` to the last
 *   organisation or document, `they` and `we` to the last named speaker;
 * - a person is listed under the fullest form of their name given as a
 *   speaker (`Sen. Ann Marsh` for a later `Marsh`); a one-word name that is
 *   no such surname is an organisation's (`Norbank said`).
 */
export function readSources(text: string, options: ReadSourcesOptions = {}): SourcedStatement[] {
  const settings = resolveSettings(options.settings);
  const format: Format = options.format === 'plain' || options.format === 'plaintext' ? 'plaintext' : 'markdown';
  const trees = new Map<Prose, Paragraph>();
  const read: ProseReader = (paragraph, kind) => {
    const prose: Prose = {kind, markup: undefined, text: undefined, heading: undefined, findings: [], attribution: undefined};
    trees.set(prose, paragraph);
    return prose;
  };
  const {blocks} = segment(text, format, undefined, read);
  const pieces: Piece[] = [];
  // The quotation the paragraph before left open, and the speaker its last statement had.
  let open: Group | undefined;
  let previous: Group | undefined;
  for (const block of blocks) {
    if (!block.prose) continue;
    const tree = trees.get(block.prose);
    if (!tree || (block.kind !== 'paragraph' && block.kind !== 'list-item')) {
      open = previous = undefined;
      continue;
    }
    let runsOn: Group | undefined;
    let last: Group | undefined;
    for (const said of readParagraphSources(tree, settings.attribution)) {
      const opening = said.type === 'quote' && said.opensParagraph;
      const group: Group = opening && open ? open : {inherit: opening ? previous : undefined};
      if (said.speaker && !group.speaker) {
        group.speaker = moved(said.speaker, block.start);
        group.verb = said.verb && moved(said.verb, block.start);
      }
      pieces.push({said, start: block.start, group});
      if (said.runsOn) runsOn = group;
      last = group;
    }
    open = runsOn;
    previous = last;
  }
  return named(pieces);
}

/** A speaker as named in the document. */
interface DocumentMention extends SourceSpan {
  kind: Mention['kind'];
}

/** The statements that share a speaker: one, or the pieces of a quotation running over paragraphs. */
interface Group {
  speaker?: DocumentMention;
  verb?: SourceSpan;
  /** The paragraph before's speaker, for a quotation that opens a paragraph. */
  inherit?: Group;
}

interface Piece {
  said: Said;
  /** The paragraph's offset in the document. */
  start: number;
  group: Group;
}

function moved<T extends Words>(words: T, by: number): T {
  return {...words, start: words.start + by, end: words.end + by};
}

/** A speaker's kind and the name they are listed under. */
interface Listing {
  kind: SourceKind;
  name: string;
}

/** Give every piece its speaker's kind and name, reading the speakers in document order. */
function named(pieces: readonly Piece[]): SourcedStatement[] {
  for (const {group} of pieces) {
    // The speaker goes on speaking, named or not: after `Some fishermen say …` the quotation is theirs (and as vague), as the checker reads it.
    if (!group.speaker && group.inherit?.speaker) {
      group.speaker = group.inherit.speaker;
      group.verb = group.inherit.verb;
    }
  }
  const speakers = [...new Set(pieces.map((piece) => piece.group.speaker).filter((speaker) => speaker !== undefined))].sort((a, b) => a.start - b.start);
  const fullest = fullestNames(speakers);
  const listings = new Map<DocumentMention, Listing>();
  let lastPerson: Listing | undefined;
  let lastThing: Listing | undefined;
  let lastNamed: Listing | undefined;
  for (const speaker of speakers) {
    const listing = listingOf(speaker, fullest, {person: lastPerson, thing: lastThing, named: lastNamed});
    listings.set(speaker, listing);
    if (listing.kind === 'person') lastPerson = listing;
    if (listing.kind === 'organisation' || listing.kind === 'document') lastThing = listing;
    if (listing.kind !== 'vague') lastNamed = listing;
  }
  return pieces.map(({said, start, group}): SourcedStatement => {
    const statement: SourcedStatement = {type: said.type, start: said.start + start, end: said.end + start, excerpt: said.excerpt, kind: 'none'};
    const listing = group.speaker && listings.get(group.speaker);
    if (!group.speaker || !listing) return statement;
    statement.kind = listing.kind;
    statement.speaker = {text: group.speaker.text, start: group.speaker.start, end: group.speaker.end};
    statement.name = listing.name;
    if (group.verb) statement.verb = group.verb;
    return statement;
  });
}

/** A person's last word, the key their shorter forms share (`Marsh` for `Sen. Ann Marsh`), without a possessive. */
function surname(text: string): string {
  return (text.split(' ').at(-1) ?? text).replace(/['’]s?$/, '');
}

/** For each surname of a person named with several words, the longest form written. */
function fullestNames(speakers: readonly DocumentMention[]): Map<string, string> {
  const fullest = new Map<string, string>();
  for (const speaker of speakers) {
    if (speaker.kind !== 'person' || !speaker.text.includes(' ') || !isProperName(speaker.text)) continue;
    const key = surname(speaker.text);
    const known = fullest.get(key);
    if (!known || speaker.text.length > known.length) fullest.set(key, speaker.text);
  }
  return fullest;
}

/** Every word capitalised: a name (`Sen. Ann Marsh`), not a description (`the health minister`). */
function isProperName(text: string): boolean {
  return text.split(' ').every((word) => /^[A-Z]/.test(word));
}

/** Who a pronoun can refer back to. */
interface Antecedents {
  person?: Listing;
  thing?: Listing;
  named?: Listing;
}

function listingOf(speaker: DocumentMention, fullest: ReadonlyMap<string, string>, before: Antecedents): Listing {
  switch (speaker.kind) {
    case 'pronoun': {
      const word = speaker.text.toLowerCase();
      const antecedent = word === 'it' ? before.thing : word === 'they' || word === 'we' ? before.named : before.person;
      if (antecedent) return antecedent;
      return {kind: word === 'it' ? 'organisation' : word === 'they' ? 'vague' : 'person', name: speaker.text};
    }
    case 'name': {
      const full = fullest.get(surname(speaker.text));
      return full ? {kind: 'person', name: full} : {kind: 'organisation', name: speaker.text};
    }
    case 'person':
      return {kind: 'person', name: isProperName(speaker.text) ? fullest.get(surname(speaker.text)) ?? speaker.text : speaker.text};
    default:
      return {kind: speaker.kind, name: speaker.text};
  }
}
