import type {RuleId} from '../core/types.js';

/**
 * One sentence on what each rule flags, for reports that describe their
 * rules (SARIF's `shortDescription`). Typed by `RuleId`, so a new rule does
 * not compile until it is described here.
 */
export const ruleDescriptions: Readonly<Record<RuleId, string>> = {
  'duplicate-paragraph': 'A paragraph or passage that repeats earlier text, exactly or nearly.',
  'repeated-heading': 'A heading that repeats an earlier heading.',
  'needs-attribution': 'A claim stated with no source.'
};
