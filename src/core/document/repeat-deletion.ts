import type {OffsetFix, OffsetRange} from '../report.js';
import type {Block} from './block.js';
import {cutMarkup, markupIn, type Markup} from './markup.js';

/** How a repeat is deleted without losing or breaking markup. */
export interface RepeatDeletion {
  /** The ranges to delete, in document offsets, in order; none when the repeat must not be deleted unattended. */
  edits: OffsetRange[];
  /** Markup the deletion leaves in place (HTML the first copy lacks). */
  kept: Markup[];
  /** Why the repeat is not deleted, when `edits` is empty. */
  declined?: string;
}

/**
 * The deletion of a repeat in `block`: `removal` (document offsets), or,
 * when the repeat holds HTML that the first copy does not, `content` (the
 * repeat itself, without the line breaks and blank lines `removal` takes
 * around it) less that HTML. Two copies are the same to the reader when
 * their words are, but a comment (`<!-- legal must approve -->`) carried
 * only by the repeat would be lost with it: it stays where it stood, on its
 * own lines. (Were the blank line after a kept comment deleted too, the
 * comment would open the next paragraph's line and, as an HTML block, hide
 * that paragraph.)
 *
 * A repeat is left to a person when deleting it would lose a link or image
 * destination the first copy does not have, or cut markup in half (a
 * passage inside emphasis that goes on past it).
 *
 * `first` is the first copy's markup, in document offsets.
 */
export function repeatDeletion(block: Block, removal: OffsetRange, content: OffsetRange, first: readonly Markup[]): RepeatDeletion {
  if (cutMarkup(block, removal).length > 0) return declined('it would split the emphasis, link or HTML around it');
  const inRemoval = markupIn(block, removal).filter((piece) => piece.value !== undefined && piece.start >= removal.start && piece.end <= removal.end);
  const available = new Map<string, number>();
  for (const piece of first) if (piece.value !== undefined) available.set(keyOf(piece), (available.get(keyOf(piece)) ?? 0) + 1);
  const kept: Markup[] = [];
  for (const piece of inRemoval) {
    const count = available.get(keyOf(piece)) ?? 0;
    if (count > 0) available.set(keyOf(piece), count - 1);
    // A piece inside one already kept goes with it.
    else if (!kept.some((outer) => outer.start <= piece.start && outer.end >= piece.end)) kept.push(piece);
  }
  if (kept.length === 0) return {edits: [removal], kept};
  if (kept.some((piece) => piece.kind !== 'html')) return declined('its links or images point elsewhere than the first copy’s');
  const edits: OffsetRange[] = [];
  let from = content.start;
  for (const piece of kept) {
    if (piece.start > from) edits.push({start: from, end: Math.min(piece.start, content.end)});
    from = Math.max(from, piece.end);
  }
  if (content.end > from) edits.push({start: from, end: content.end});
  return {edits, kept};
}

function declined(why: string): RepeatDeletion {
  return {edits: [], kept: [], declined: why};
}

function keyOf(piece: Markup): string {
  return piece.kind + '\u0000' + (piece.value ?? '');
}

/** The fix that carries out a deletion, titled to say what it keeps; none when the deletion was declined. */
export function deletionFixes(title: string, deletion: RepeatDeletion): OffsetFix[] {
  if (deletion.edits.length === 0) return [];
  let keeping = '';
  if (deletion.kept.length > 0) {
    const comments = deletion.kept.every((piece) => piece.value?.startsWith('<!--'));
    keeping = comments ? (deletion.kept.length === 1 ? ' (keeping its comment)' : ' (keeping its comments)') : ' (keeping its HTML)';
  }
  return [{title: title + keeping, action: 'delete-repeat', edits: deletion.edits.map((edit) => ({start: edit.start, end: edit.end, newText: ''}))}];
}

/** A repeat's message, with why it has no fix when its deletion was declined. */
export function withDeclined(reason: string, deletion: RepeatDeletion): string {
  return deletion.declined ? `${reason} It is not deleted automatically: ${deletion.declined}.` : reason;
}
