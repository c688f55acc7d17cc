/**
 * Judging a formula whose items were read: ok when every part has its count of items (fewer after 等 where etcAllows);
 * mismatch when the reading is sure and one part misses its count by one item; else uncertain (judgeParts). A count an
 * item restates (南北两翼 → 2) stands for its items. judgeFilled: the same for a term whose parts were filled from the
 * paragraphs after it (formulaModel.ts).
 */
import type { RawFormula } from './types';
import { etcAllows, type RawPart } from '../formulaReading';
import { parseCjkNumeral } from '../../text/cjkNumerals';

/** The count an item gives its part by naming the part's key after a numeral (南北两翼 → 2, 三个片区 → 3), if it does. */
function restatedCount(item: string, key: string | undefined): number | undefined {
	if (!key) return undefined;
	for (let at = item.indexOf(key); at > 0; at = item.indexOf(key, at + 1)) {
		let from = at;
		while (from > 0 && /[0-9一二两三四五六七八九十双]/.test(item[from - 1]!)) from--;
		if (from === at) continue;
		const numeral = item.slice(from, at);
		const n = /^[0-9]+$/.test(numeral) ? Number(numeral) : numeral === '双' ? 2 : parseCjkNumeral(numeral);
		if (n !== undefined && n > 1) return n;
	}
	return undefined;
}

/**
 * ok when every part has its count of items (a list closed by 等 may have fewer: see etcAllows); mismatch when the reading is sure
 * and one part misses its count by one item; else uncertain — a reading further off is a reading that failed, not
 * the document's error.
 */
export function judgeParts(f: RawFormula, reliable: boolean, etc: readonly boolean[], text = ''): void {
	const counted = f.parts.every((p) => p.count !== undefined);
	// “一张图”, “一带一路”: parts of one item each are names, not counts to check.
	if (!counted || f.parts.every((p) => p.count === 1)) {
		f.verdict = 'uncertain';
		return;
	}
	// One item that names the part with a count of its own (以南北两翼为支撑 of 两翼) stands for that many.
	const given = (p: RawPart): number => (p.items.length === 1 ? restatedCount(p.items[0]!.text, p.key) : undefined) ?? p.items.length;
	const fits = (p: RawPart, n: number): boolean => given(p) === p.count || (etc[n] === true && etcAllows(text, p.items, p.count));
	if (f.parts.every(fits)) {
		f.verdict = 'ok';
		return;
	}
	const off = f.parts.filter((p, n) => !fits(p, n));
	const oneOff = off.length === 1 && Math.abs(given(off[0]!) - (off[0]!.count ?? 0)) === 1;
	f.verdict = reliable && oneOff ? 'mismatch' : 'uncertain';
}

/** Judge a formula whose parts were filled from elsewhere (the paragraphs after a glossary term). */
export function judgeFilled(f: RawFormula): void {
	judgeParts(f, true, []);
}
