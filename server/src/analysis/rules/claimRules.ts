/**
 * The claim.* rules, one per relation kind (each kind's module holds its finder and its rule's metadata): a finding
 * stands on the figure a fix would correct (the stated percentage, the total), relates every other figure involved,
 * and says the arithmetic. A relation that misses by less than one unit of the last printed digit beyond rounding is
 * at most Information.
 */
import type { Finding, PolicyAnalysis, Relation } from '../types';
import { RELATION_MODULES } from '../relations/index';
import { figureLabel, figureRoles } from './figureRoles';
import type { Localized, Rule, RuleMeta } from './rule';

/** The message of a finding moved to another figure than the relation's target (relations/blame.ts). */
const BLAMED: Localized = {
	en: '{figure} is likely the wrong figure: {expression}, which does not agree with {stated}, and the other checks of these figures point to {figure}.',
	zh: '{figure}可能有误：{expression}，与{stated}不符；这些数字的其他核对均指向{figure}。',
};

/** The findings of the relations that do not hold and that `meta`'s rule reports (`owns`). */
export function* relationFindings(analysis: PolicyAnalysis, owns: (r: Relation) => boolean, meta: RuleMeta): Generator<Finding> {
	// By index: in a generator, for…of allocates a result for every relation, and every rule walks them all.
	const relations = analysis.relations;
	for (let i = 0; i < relations.length; i++) {
		const r = relations[i]!;
		if (r.ok || !owns(r)) continue;
		const finding = relationFinding(analysis, r, meta);
		if (finding) yield finding;
	}
}

/**
 * The finding of `r`, which does not hold, or undefined when a figure of it is not a claim. Made outside the generator:
 * a closure made in a generator's body (the related figures' flatMap) allocated about 6 KB per finding there, 1 KB here.
 */
function relationFinding(analysis: PolicyAnalysis, r: Relation, meta: RuleMeta): Finding | undefined {
	const target = analysis.claims[r.target];
	const on = r.blame ?? r.target;
	const figure = analysis.claims[on];
	if (!target || !figure) return undefined;
	const roles = figureRoles(r, analysis.claims);
	return {
		ruleId: meta.id,
		severity: r.borderline ? 'information' : 'warning',
		span: figure.span,
		data: { expression: r.expression, stated: target.text, ...(r.data ?? {}), ...(on !== r.target ? { blamed: 1, figure: figure.text } : {}) },
		related: r.claims.flatMap((c, k) => (c === on ? [] : [{ span: analysis.claims[c]!.span, role: roles[k]!, figure: figureLabel(analysis.claims[c]!) }])),
		...(r.replacement !== undefined ? { fix: { span: figure.span, text: r.replacement } } : {}),
	};
}

export const claimRules: readonly Rule[] = RELATION_MODULES.map((m) => ({
	...m.rule,
	messages: { ...m.rule.messages, blamed: BLAMED },
	variant: (data) => (data['blamed'] ? 'blamed' : (m.rule.variant?.(data) ?? 'default')),
	check: (analysis: PolicyAnalysis) => relationFindings(analysis, (r) => r.kind === m.kind && r.rule === undefined, m.rule),
}));
