/**
 * formula.count-mismatch — a numbered formula whose items disagree with its numbers: “三定四抓” with three 抓, “1152”
 * expanded as 1142. Only an expansion that is plainly the formula's is judged (see parse/formulas/); the finding
 * stands on the formula and relates the expansion.
 */
import type { Rule } from './rule';
import { found, listed, promised, related } from './formulaFindings';

export const formulaCountMismatch: Rule = {
	id: 'formula.count-mismatch',
	defaultSeverity: 'warning',
	description: {
		en: 'A numbered formula whose items disagree with its numbers (“三定四抓” with three 抓 listed; “1152” expanded as 1142).',
		zh: '数字化提法的展开与其数字不符（如“三定四抓”只列出三项“抓”；“1152”展开为1142）。',
	},
	messages: {
		default: {
			en: '“{formula}” promises {promised}, but its expansion gives {found}: {items}.',
			zh: '“{formula}”应为{promised}，展开部分却是{found}：{items}。',
		},
	},
	*check(analysis) {
		for (const f of analysis.formulas) {
			if (f.verdict !== 'mismatch' || (f.kind !== 'code' && f.kind !== 'cjk')) continue;
			yield {
				ruleId: 'formula.count-mismatch',
				severity: 'warning',
				span: f.span,
				data: { formula: f.text, promised: promised(f), found: found(f), items: listed(f), source: f.expansion?.source ?? '' },
				related: related(f),
			};
		}
	},
};
