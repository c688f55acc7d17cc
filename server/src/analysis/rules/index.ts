/** Every rule of the core, with its metadata (id, default severity, description, messages) and its check. */
import type { RuleId } from '../types';
import type { Rule } from './rule';
import { numberingGap } from './numberingGap';
import { titleBody } from './titleBody';
import { formulaCountMismatch } from './formulaCountMismatch';
import { formulaEnumerationCount } from './formulaEnumerationCount';
import { formulaCanonical } from './formulaCanonical';
import { formulaRestatement } from './formulaRestatement';
import { claimRules } from './claimRules';
import { tableRules } from './tableRules';

export type { Localized, Rule, RuleMeta } from './rule';
export { messageTemplate } from './rule';

export const allRules: readonly Rule[] = [numberingGap, titleBody, formulaCountMismatch, formulaEnumerationCount, formulaCanonical, formulaRestatement, ...claimRules, ...tableRules];

export const ruleById: ReadonlyMap<RuleId, Rule> = new Map(allRules.map((r) => [r.id, r]));
