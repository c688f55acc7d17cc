/**
 * formula.count-mismatch — a formula whose items disagree with its numbers (“三定四抓” with three 抓).
 * formula.enumeration-count — a counted list of the wrong length (区、街道、社区四级党组织).
 * formula.canonical — a well-known formula expanded against its canonical form (“四个自信” without 文化自信).
 * Each stands on the formula and relates the expansion.
 */
import type { Finding, Formula } from '../types';
import { itemKeys, lookupGlossary } from '../glossary/index';
import type { Rule } from './index';

/** 1152 / 3+4 — the numbers a formula promises. */
function promised(f: Formula): string {
	return f.kind === 'code' ? f.text : f.parts.map((p) => String(p.count ?? '?')).join('+');
}

/** What was found: the counts of the labels (1142), or the item counts per part (3+3). */
function found(f: Formula): string {
	return f.kind === 'code' ? f.parts.map((p) => String(p.count ?? '?')).join('') : f.parts.map((p) => String(p.items.length)).join('+');
}

function listed(f: Formula): string {
	return f.parts.map((p) => (p.label !== undefined ? p.label : p.items.join('、'))).join('；');
}

function related(f: Formula): Finding['related'] {
	return f.expansion ? [{ span: f.expansion.span, role: 'expansion' }] : [];
}

export const formulaCountMismatch: Rule = {
	id: 'formula.count-mismatch',
	defaultSeverity: 'warning',
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

export const formulaEnumerationCount: Rule = {
	id: 'formula.enumeration-count',
	defaultSeverity: 'warning',
	*check(analysis) {
		for (const f of analysis.formulas) {
			if (f.verdict !== 'mismatch' || f.kind !== 'enumeration') continue;
			const part = f.parts[0]!;
			yield {
				ruleId: 'formula.enumeration-count',
				severity: 'warning',
				span: f.span,
				data: { formula: f.text, promised: part.count ?? 0, found: part.items.length, items: part.items.join('、') },
				related: related(f),
			};
		}
	},
};

export const formulaCanonical: Rule = {
	id: 'formula.canonical',
	defaultSeverity: 'warning',
	*check(analysis, _model, options) {
		for (const f of analysis.formulas) {
			if (!f.glossary || !f.expansion || f.verdict === 'unexpanded' || f.kind !== 'cjk') continue;
			if (f.expansion.source !== 'brackets' && f.expansion.source !== 'gloss') continue;
			const entry = lookupGlossary(f.glossary, options.glossary);
			if (!entry || entry.ordinal || entry.items.length === 0) continue;
			const items = f.parts.flatMap((p) => p.items);
			// A different number of items is count-mismatch's to say; here the count agrees, the content does not.
			if (items.length !== entry.items.length) continue;
			const keys = itemKeys(entry);
			const missing = entry.items.filter((_, i) => !items.some((it) => keys[i]!.some((k) => it.includes(k))));
			// Nothing in common: the document defines a formula of its own under the same name
			// (成都 “两山”指龙门山、龙泉山), not the central one with an item wrong.
			if (missing.length === 0 || missing.length === entry.items.length) continue;
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
