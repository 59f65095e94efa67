import type {RuleId} from '../types.js';
import type {Directive} from './block.js';

const ruleIds: readonly RuleId[] = ['duplicate-paragraph', 'repeated-heading', 'needs-attribution'];
const comment = /^\s*<!--\s*copydesk-(ignore-next-line|disable|enable)\b([^>]*?)\s*-->\s*$/;

/** Read a Copydesk directive from an HTML comment, if it is one. Unknown rule ids are ignored; a comment naming only unknown ids is no directive. */
export function parseDirective(html: string): Directive | undefined {
  const match = comment.exec(html);
  if (!match) return undefined;
  const names = match[2].split(/[\s,]+/).filter(Boolean);
  const rules = names.filter((name): name is RuleId => (ruleIds as readonly string[]).includes(name));
  // Naming only rules that do not exist must not silence every rule.
  if (names.length > 0 && rules.length === 0) return undefined;
  return {type: match[1] as Directive['type'], rules};
}
