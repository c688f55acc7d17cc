/** Every rule of the core, with its id and default severity. */
import type { AnalysisOptions, Finding, PolicyAnalysis, RuleId, SeverityLevel } from '../types';
import type { TextModel } from '../text/textModel';
import { numberingGap } from './numberingGap';
import { formulaCanonical, formulaCountMismatch, formulaEnumerationCount } from './formulaRules';
import {
	multipleRule,
	partSumRule,
	percentagePointRule,
	percentChangeRule,
	ratioRule,
	restatementRule,
	shareSumRule,
	subsetRule,
} from './claimRules';
import { titleBody } from './titleBody';

export interface Rule {
	readonly id: RuleId;
	readonly defaultSeverity: SeverityLevel;
	/** Findings of this rule; severity is set by the caller from the options. */
	check(analysis: PolicyAnalysis, model: TextModel, options: AnalysisOptions): Iterable<Finding>;
}

export const allRules: readonly Rule[] = [
	numberingGap,
	titleBody,
	formulaCountMismatch,
	formulaEnumerationCount,
	formulaCanonical,
	percentChangeRule,
	partSumRule,
	shareSumRule,
	ratioRule,
	subsetRule,
	percentagePointRule,
	restatementRule,
	multipleRule,
];

export const ruleById: ReadonlyMap<RuleId, Rule> = new Map(allRules.map((r) => [r.id, r]));
