/**
 * The claim.* rules: one per relation kind. A finding stands on the figure a fix would correct (the stated
 * percentage, the total), relates every other figure involved, and says the arithmetic. A relation that misses
 * by less than one unit of the last printed digit beyond rounding is at most Information.
 */
import type { Finding, PolicyAnalysis, RelationKind, RuleId } from '../types';
import type { Rule } from './index';

function* findingsOf(analysis: PolicyAnalysis, kind: RelationKind, ruleId: RuleId): Generator<Finding> {
	for (const r of analysis.relations) {
		if (r.kind !== kind || r.ok) continue;
		const target = analysis.claims[r.target];
		if (!target) continue;
		yield {
			ruleId,
			severity: r.borderline ? 'information' : 'warning',
			span: target.span,
			data: { expression: r.expression, stated: target.text, ...(r.data ?? {}) },
			related: r.claims.filter((c) => c !== r.target).map((c) => ({ span: analysis.claims[c]!.span, role: 'figure' })),
			...(r.replacement !== undefined ? { fix: { span: target.span, text: r.replacement } } : {}),
		};
	}
}

function claimRule(id: RuleId, kind: RelationKind): Rule {
	return { id, defaultSeverity: 'warning', check: (analysis) => findingsOf(analysis, kind, id) };
}

export const percentChangeRule = claimRule('claim.percent-change', 'percent-change');
export const partSumRule = claimRule('claim.part-sum', 'part-sum');
export const shareSumRule = claimRule('claim.share-sum', 'share-sum');
export const ratioRule = claimRule('claim.ratio', 'ratio');
export const subsetRule = claimRule('claim.subset', 'subset');
export const percentagePointRule = claimRule('claim.percentage-point', 'percentage-point');
export const restatementRule = claimRule('claim.restatement', 'restatement');
export const multipleRule = claimRule('claim.multiple', 'multiple');
