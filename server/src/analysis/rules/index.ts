/** Every rule of the core, with its id and default severity. */
import type { AnalysisOptions, Finding, PolicyAnalysis, RuleId, SeverityLevel } from '../types';
import type { TextModel } from '../text/textModel';
import { numberingGap } from './numberingGap';
import { formulaCanonical, formulaCountMismatch, formulaEnumerationCount } from './formulaRules';

export interface Rule {
	readonly id: RuleId;
	readonly defaultSeverity: SeverityLevel;
	/** Findings of this rule; severity is set by the caller from the options. */
	check(analysis: PolicyAnalysis, model: TextModel, options: AnalysisOptions): Iterable<Finding>;
}

export const allRules: readonly Rule[] = [numberingGap, formulaCountMismatch, formulaEnumerationCount, formulaCanonical];

export const ruleById: ReadonlyMap<RuleId, Rule> = new Map(allRules.map((r) => [r.id, r]));
