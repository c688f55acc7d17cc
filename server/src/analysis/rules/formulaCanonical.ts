/**
 * formula.canonical — a well-known formula expanded, with the right number of items, against its canonical form:
 * “四个自信”（道路自信、理论自信、制度自信、政治自信） misses 文化自信. A document that gives the name a meaning of its
 * own (成都 “两山”指龙门山、龙泉山) shares none of the canonical items and is left alone; nor one that shares a single
 * item of three or more (“三大攻坚战”（项目建设、招商引资、生态环境保护）), nor a formula the glossary marks `variants`.
 */
import { itemKeys, lookupGlossary } from '../glossary/index';
import type { Rule } from './rule';
import { related } from './formulaFindings';

export const formulaCanonical: Rule = {
	id: 'formula.canonical',
	defaultSeverity: 'warning',
	description: {
		en: 'A well-known formula expanded against its canonical wording (“四个自信” without 文化自信).',
		zh: '规范提法的展开与规范表述不符（如“四个自信”缺少文化自信）。',
	},
	messages: {
		default: {
			en: '“{formula}” is expanded without {missing}; the canonical form is {canonical} ({source}).',
			zh: '“{formula}”的展开缺少{missing}；规范表述为{canonical}（{source}）。',
		},
	},
	*check(analysis, _model, options) {
		for (const f of analysis.formulas) {
			if (!f.glossary || !f.expansion || f.verdict === 'unexpanded' || f.kind !== 'cjk') continue;
			if (f.expansion.source !== 'brackets' && f.expansion.source !== 'gloss') continue;
			const entry = lookupGlossary(f.glossary, options.glossary);
			// (Nor a formula that local documents commonly fill with items of their own: 三下乡 of 科技、文化、法律.)
			if (!entry || entry.ordinal || entry.variants || entry.items.length === 0) continue;
			const items = f.parts.flatMap((p) => p.items);
			// A different number of items is count-mismatch's to say; here the count agrees, the content does not.
			if (items.length !== entry.items.length) continue;
			const keys = itemKeys(entry);
			const missing = entry.items.filter((_, i) => !items.some((it) => keys[i]!.some((k) => it.includes(k))));
			// Nothing in common: the document defines a formula of its own under the same name
			// (成都 “两山”指龙门山、龙泉山), not the central one with an item wrong.
			if (missing.length === 0 || missing.length === entry.items.length) continue;
			// One common word is no more than that (“三大攻坚战”（项目建设、招商引资、生态环境保护）: 生态环境 alone): of three
			// items or more, two must be the canonical ones, and one of them by its first key — not only by another word the
			// lexicon knows it by (金融 for 风险, 生态环境 for 污染).
			const shared = entry.items.length - missing.length;
			const byFirstKey = keys.some((alts, i) => items.some((it) => it.includes(alts[0]!)) && !missing.includes(entry.items[i]!));
			if (shared < Math.min(2, entry.items.length - 1) || !byFirstKey) continue;
			yield {
				ruleId: 'formula.canonical',
				severity: 'warning',
				span: f.span,
				data: { formula: f.text, missing: missing.join('、'), canonical: entry.items.join('、'), found: items.join('、'), source: entry.source },
				related: related(f),
			};
		}
	},
};
