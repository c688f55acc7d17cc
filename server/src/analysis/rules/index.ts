/** Every rule of the core, with its id and default severity. */
import type { Finding, PolicyAnalysis, RuleId, SeverityLevel } from '../types';
import type { TextModel } from '../text/textModel';
import { numberingGap } from './numberingGap';

export interface Rule {
	readonly id: RuleId;
	readonly defaultSeverity: SeverityLevel;
	/** Findings of this rule; severity is set by the caller from the options. */
	check(analysis: PolicyAnalysis, model: TextModel): Iterable<Finding>;
}

export const allRules: readonly Rule[] = [numberingGap];

export const ruleById: ReadonlyMap<RuleId, Rule> = new Map(allRules.map((r) => [r.id, r]));
