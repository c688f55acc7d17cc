/**
 * formula.enumeration-count — a counted list of the wrong length: 区、街道、社区四级党组织 (three names, four levels).
 * Not when the list ends with 等 and is shorter than the count (but for all but one of five or more items, none joined
 * by 和/及/与), nor when the count counts something else.
 */
import type { Rule } from './rule';
import { related } from './formulaFindings';

export const formulaEnumerationCount: Rule = {
	id: 'formula.enumeration-count',
	defaultSeverity: 'warning',
	description: {
		en: 'A counted list of the wrong length (区、街道、社区四级党组织: three names, four levels).',
		zh: '计数与所列项目数不符（如“区、街道、社区四级党组织”只列出三级）。',
	},
	messages: {
		default: {
			en: '“{formula}” counts {promised}, but the list before it names {found}: {items}.',
			zh: '“{formula}”称有{promised}个，前面列出的却是{found}个：{items}。',
		},
		// 在3个方面持续发力。⏎（一）…⏎（二）…: the items follow the count (numbered headings or paragraphs after it).
		after: {
			en: '“{formula}” counts {promised}, but the list after it names {found}: {items}.',
			zh: '“{formula}”称有{promised}个，后面列出的却是{found}个：{items}。',
		},
	},
	variant: (data) => (data['side'] === 'after' ? 'after' : 'default'),
	*check(analysis) {
		for (const f of analysis.formulas) {
			if (f.verdict !== 'mismatch' || f.kind !== 'enumeration') continue;
			const part = f.parts[0]!;
			const after = f.expansion !== undefined && f.expansion.span.start >= f.span.end;
			yield {
				ruleId: 'formula.enumeration-count',
				severity: 'warning',
				span: f.span,
				data: { formula: f.text, promised: part.count ?? 0, found: part.items.length, items: part.items.join('、'), ...(after ? { side: 'after' } : {}) },
				related: related(f),
			};
		}
	},
};
