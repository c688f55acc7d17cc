/**
 * What a table cell says once its markup is set aside: `<br>`, `**`, footnote marks (`[6]`, `[^11]`) and the spaces of
 * a spaced-out word (`粮 食`, `指　　标`). Masking keeps every offset: markup becomes spaces of the same length.
 */
import { hasCharIn, WHITE_SPACE } from '../text/chars';

/** `<br>`, `<br/>`, `**` and footnote marks `[6]` `[^11]` `［6］` `[２５]`, as spaces of the same length. */
const MARKUP = /<br\s*\/?>|\*\*|[[［]\^?[0-9０-９]{1,3}[\]］]/gi;

export function maskMarkup(text: string): string {
	if (!text.includes('<') && !text.includes('*') && !text.includes('[') && !text.includes('［')) return text;
	return text.replace(MARKUP, (m) => ' '.repeat(m.length));
}

/** A footnote mark between two CJK characters (`一九七七年[4]增长％`): inside a word, which it does not split. */
const MARK_IN_WORD = /(?<=[\u4e00-\u9fff])[[［]\^?[0-9０-９]{1,3}[\]］](?=[\u4e00-\u9fff])/y;

/**
 * As maskMarkup, but a footnote mark inside a word is left as it is (not made spaces): the words of a line split at
 * its spaces stay whole (`一九七八年比一九七七年[4]增长％` is one header cell). Its cell is read with cellWords, which
 * drops the mark.
 */
export function maskMarkupKeepingWords(text: string): string {
	if (!text.includes('[') && !text.includes('［')) return maskMarkup(text);
	return text.replace(MARKUP, (m, at: number) => {
		MARK_IN_WORD.lastIndex = at;
		return MARK_IN_WORD.test(text) ? m : ' '.repeat(m.length);
	});
}

/** The words of a cell: markup and white space dropped (`<br>比上年增长<br>（%）` → `比上年增长（%）`, `粮 食` → `粮食`). */
export function cellWords(text: string): string {
	const masked = maskMarkup(text);
	// (Every cell is read: its characters by code, the pattern only on a cell with white space.)
	return hasCharIn(masked, WHITE_SPACE) ? masked.replace(/[\s\u3000]+/g, '') : masked;
}

/** `其中：城镇` → { part: true, rest: '城镇' }; `其 中：` alone → { part: true, rest: '' }. */
export function splitPart(label: string): { part: boolean; rest: string } {
	if (!label.startsWith('其中')) return { part: false, rest: label };
	return { part: true, rest: label.slice(label[2] === '：' || label[2] === ':' ? 3 : 2) };
}

/** `0-15岁（含不满16周岁）` → `0-15岁`: the words outside brackets. */
export function withoutBrackets(label: string): string {
	if (!label.includes('（') && !label.includes('(')) return label;
	let out = '';
	let depth = 0;
	for (const ch of label) {
		if (ch === '（' || ch === '(') depth++;
		else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
		else if (depth === 0) out += ch;
	}
	return out;
}

/** A magnitude before a unit: 亿吨 → 1e8 × 吨. 千 and 百 stay with their unit (千瓦, 千克, 百分点). */
const MAGNITUDE = /^(万亿|千亿|亿|千万|百万|万)/;
const MAGNITUDES: Readonly<Record<string, number>> = { 万亿: 1e12, 千亿: 1e11, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4 };
/** Units that are one another: 千瓦小时 is 千瓦时, 名 is 人. */
const SAME_UNIT: Readonly<Record<string, string>> = { 千瓦小时: '千瓦时', 度: '千瓦时', 名: '人', '％': '%' };

export interface UnitParts {
	readonly magnitude: number;
	/** The unit without its magnitude, normalised: 千瓦时, 人, 吨, %. */
	readonly base: string;
}

/** Units read once: a table repeats a few of them in every row. */
const unitParts = new Map<string, UnitParts>();

/** `亿千瓦小时` → 1e8 × 千瓦时; `%` → 1 × %; `` → 1 × ''. */
export function splitUnit(unit: string): UnitParts {
	let parts = unitParts.get(unit);
	if (parts) return parts;
	const m = MAGNITUDE.exec(unit);
	const base = m ? unit.slice(m[0].length) : unit;
	parts = { magnitude: m ? MAGNITUDES[m[1]!]! : 1, base: SAME_UNIT[base] ?? base };
	if (unitParts.size < 1000) unitParts.set(unit, parts);
	return parts;
}

/** A base unit written in the scanner's way (the scanner reads 万人 as 人 × 1e4): the same normalisation. */
export function baseUnit(unit: string): string {
	return SAME_UNIT[unit] ?? unit;
}

/** How many decimals a printed number has (`66.2` → 1, `１２．５` → 1, `140967` → 0). */
export function decimalsOf(text: string): number {
	const m = /[.．]([0-9０-９]+)/.exec(text);
	return m ? m[1]!.length : 0;
}
