import {foldText} from './normalize.js';

/**
 * Markers a desk leaves in a draft for later: the attribution rule's
 * `[source?]` (its default marker) and `TK`, the newsroom's "to come" for a
 * fact still missing. They say nothing about what the paragraph says, so
 * two copies that differ only by them are the same copy.
 */
export const editorialMarkers: readonly string[] = ['[source?]', 'TK'];

/**
 * A function that removes the given markers, and the space before each,
 * from folded text (see foldText, which leaves single spaces). A marker that
 * starts or ends with a letter or digit is removed only as a whole word.
 */
export function markerRemover(markers: readonly string[]): (folded: string) => string {
  const folded = [...new Set(markers.map((marker) => foldText(marker)).filter((marker) => marker !== ''))];
  if (folded.length === 0) return (text) => text;
  const alternatives = folded.map((marker) => {
    const escaped = marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const before = /^[\p{L}\p{N}]/u.test(marker) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = /[\p{L}\p{N}]$/u.test(marker) ? '(?![\\p{L}\\p{N}])' : '';
    return before + escaped + after;
  });
  const pattern = new RegExp(` ?(?:${alternatives.join('|')})`, 'gu');
  // Most paragraphs hold no marker: a substring search is far cheaper than the expression.
  return (text) => (folded.some((marker) => text.includes(marker)) ? text.replace(pattern, '').replace(/^ /, '') : text);
}
