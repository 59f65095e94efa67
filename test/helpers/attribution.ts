import type {Paragraph} from 'nlcst';
import {ParseEnglish} from 'parse-english';
import {analyseParagraph} from '../../src/core/attribution/analyse.js';
import type {AttributionSettings} from '../../src/core/index.js';

/** The attribution rule's default settings. */
export const attributionDefaults: AttributionSettings = {sensitivity: 'balanced', reportingVerbs: [], namedSources: [], marker: '[source?]'};

/** `kind: cue` of each claim the analysis finds in one paragraph (text, parsed by stock parse-english, or a paragraph built by hand). */
export function cues(input: string | Paragraph, settings: Partial<AttributionSettings> = {}): string[] {
  const paragraph = typeof input === 'string' ? (new ParseEnglish().parse(input).children[0] as Paragraph) : input;
  return analyseParagraph(paragraph, {...attributionDefaults, ...settings}).map((claim) => `${claim.kind}: ${claim.cue}`);
}
