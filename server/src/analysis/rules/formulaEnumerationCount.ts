/**
 * formula.enumeration-count — a counted list of the wrong length: 区、街道、社区四级党组织 (three names, four levels).
 * Not when the list ends with 等 and is shorter than the count (but for all but one of five or more items, none joined
 * by 和/及/与), nor when the count counts something else. Also a counted list read as fitting its count that writes one item
 * twice side by side (长江、大运河和大运河两大…, 推进依法行政、推进依法行政: repeatedItem): the count and the list as written
 * disagree, whichever way its joiner is read.
 */
import type { Rule } from './rule';
import type { Finding } from '../types';
import { listed, related } from './formulaFindings';
import { work } from '../work';
import { inJoinerWord } from '../parse/lists';

/** The longest expansion read for an item written twice (a gloss of a dozen items and more). */
const REPEAT_REACH = 600;
/** What parts the items of a list: its marks and joiners. */
const ITEM_MARKS = /[、，；：,;和及与]/;

/**
 * An item written twice side by side in the list of [start, end) — `A、B、B和C`, `A和A`, `“A”、“A”`: the item, or undefined.
 * Only items of two characters or more with a Chinese character and no digit (figures repeat: 5.2%、5.2%); quotes and
 * spaces around an item are not part of it. Reads at most REPEAT_REACH characters.
 */
export function repeatedItem(text: string, start: number, end: number): string | undefined {
	const stop = Math.min(end, start + REPEAT_REACH);
	work.formulas += stop - start;
	let previous: string | undefined;
	let from = start;
	for (let k = start; k <= stop; k++) {
		// A joiner inside a word (参与, 和谐, 及时) parts nothing: the list reader's own test (parse/lists.ts).
		if (k < stop && (!ITEM_MARKS.test(text[k]!) || inJoinerWord(text, k, text[k]!))) continue;
		const item = text.slice(from, k).replace(/[“”\s]/g, '');
		if (item.length >= 2 && /[\u4e00-\u9fff]/.test(item) && !/[0-9０-９]/.test(item) && item === previous) return item;
		previous = item;
		from = k + 1;
	}
	return undefined;
}

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
		// 长江、大运河和大运河两大国家文化公园: an item written twice side by side in the list of a formula that fits its count.
		repeated: {
			en: '“{formula}”: the list for it names “{item}” twice in a row ({items}).',
			zh: '“{formula}”所列项目中“{item}”连续重复出现（{items}）。',
		},
		// 在3个方面持续发力。⏎（一）…⏎（二）…: the items follow the count (numbered headings or paragraphs after it).
		after: {
			en: '“{formula}” counts {promised}, but the list after it names {found}: {items}.',
			zh: '“{formula}”称有{promised}个，后面列出的却是{found}个：{items}。',
		},
	},
	variant: (data) => (data['item'] !== undefined ? 'repeated' : data['side'] === 'after' ? 'after' : 'default'),
	*check(analysis, model) {
		for (const f of analysis.formulas) {
			if (f.verdict === 'ok' && f.expansion) {
				const item = repeatedItem(model.text, f.expansion.span.start, f.expansion.span.end);
				if (item !== undefined) {
					const finding: Finding = { ruleId: 'formula.enumeration-count', severity: 'warning', span: f.span, data: { formula: f.text, item, items: listed(f) }, related: related(f) };
					yield finding;
				}
				continue;
			}
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
