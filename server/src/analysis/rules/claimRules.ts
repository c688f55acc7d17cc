/**
 * The claim.* rules, one per relation kind (each kind's module holds its finder and its rule's metadata): a finding
 * stands on the figure a fix would correct (the stated percentage, the total), relates every other figure involved,
 * and says the arithmetic. A relation that misses by less than one unit of the last printed digit beyond rounding is
 * at most Information.
 */
import type { Finding, PolicyAnalysis, RelationKind } from '../types';
import { RELATION_MODULES } from '../relations/index';
import type { Rule, RuleMeta } from './rule';

function* findingsOf(analysis: PolicyAnalysis, kind: RelationKind, meta: RuleMeta): Generator<Finding> {
	for (const r of analysis.relations) {
		if (r.kind !== kind || r.ok) continue;
		const target = analysis.claims[r.target];
		if (!target) continue;
		yield {
			ruleId: meta.id,
			severity: r.borderline ? 'information' : 'warning',
			span: target.span,
			data: { expression: r.expression, stated: target.text, ...(r.data ?? {}) },
			related: r.claims.filter((c) => c !== r.target).map((c) => ({ span: analysis.claims[c]!.span, role: 'figure' })),
			...(r.replacement !== undefined ? { fix: { span: target.span, text: r.replacement } } : {}),
		};
	}
}

export const claimRules: readonly Rule[] = RELATION_MODULES.map((m) => ({ ...m.rule, check: (analysis: PolicyAnalysis) => findingsOf(analysis, m.kind, m.rule) }));
