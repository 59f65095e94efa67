import {ruleIds} from '../project.js';
import type {RuleId} from '../types.js';
import type {Directive} from './block.js';

const kinds: readonly Directive['type'][] = ['ignore-next-line', 'disable', 'enable'];
const opening = '<!--';
const closing = '-->';
const prefix = 'copydesk-';

/**
 * Read a Copydesk directive from an HTML comment, if it is one: the whole
 * text is `<!-- copydesk-KIND RULES -->` (whitespace around it allowed), and
 * RULES holds no `>`. Unknown rule ids are ignored; a comment naming only
 * unknown ids is no directive.
 */
export function parseDirective(html: string): Directive | undefined {
  // Read by hand, not by a regex: `([^>]*?)\s*-->` tried every split of a long run of spaces (quadratic).
  const text = html.trim();
  if (!text.startsWith(opening) || !text.endsWith(closing)) return undefined;
  let at = skipSpace(text, opening.length);
  if (!text.startsWith(prefix, at)) return undefined;
  at += prefix.length;
  const type = kinds.find((kind) => text.startsWith(kind, at) && !isWordChar(text.charCodeAt(at + kind.length)));
  if (!type) return undefined;
  const listEnd = text.length - closing.length;
  const from = at + type.length;
  // The rules run to the closing `-->`, which must come after the kind and be the comment's first `>`.
  if (listEnd < from || text.indexOf('>', from) !== text.length - 1) return undefined;
  const names = text.slice(from, listEnd).split(/[\s,]+/).filter(Boolean);
  const rules = names.filter((name): name is RuleId => (ruleIds as readonly string[]).includes(name));
  // Naming only rules that do not exist must not silence every rule.
  if (names.length > 0 && rules.length === 0) return undefined;
  return {type, rules};
}

/** Whitespace as `\s` (and `trim`) know it. */
const space = /\s/y;

function skipSpace(text: string, index: number): number {
  for (;;) {
    space.lastIndex = index;
    if (!space.test(text)) return index;
    index++;
  }
}

/** A character of `\w`, after which `\b` would not hold. */
function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}
