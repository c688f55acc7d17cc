/**
 * Chinese numerals: 一千二百 → 1200, 两万八千 → 28000, 二〇二四 → 2024, 十四 → 14, 第十二条 → 12.
 * Full-width digits are folded here too (１２ → 12).
 */

const DIGITS: Readonly<Record<string, number>> = {
	〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
	壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear in a Chinese numeral. */
const CJK_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

const NUMERAL_SET: ReadonlySet<string> = new Set(CJK_NUMERAL_CHARS);
const DIGIT_SET: ReadonlySet<string> = new Set(Object.keys(DIGITS));

/** 1 at the code of every numeral character: the scanner's hot path looks codes up without making strings. */
const NUMERAL_CODES = new Uint8Array(0x10000);
for (const ch of CJK_NUMERAL_CHARS) NUMERAL_CODES[ch.charCodeAt(0)] = 1;

export function isCjkNumeralCode(code: number): boolean {
	return NUMERAL_CODES[code] === 1;
}

export function isCjkNumeralChar(ch: string | undefined): boolean {
	return ch !== undefined && NUMERAL_SET.has(ch);
}

export function isCjkDigit(ch: string | undefined): boolean {
	return ch !== undefined && DIGIT_SET.has(ch);
}

/**
 * The value of each numeral character by its code (digits: −1 for none; units: 0 for none): read by code, as a key
 * of an object a CJK character would be a new string made and looked up for each character.
 */
const DIGIT_OF = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(DIGITS)) DIGIT_OF[ch.charCodeAt(0)] = v;
const UNIT_OF = new Float64Array(0x10000);
for (const [ch, v] of Object.entries({ ...SMALL_UNITS, ...BIG_UNITS })) UNIT_OF[ch.charCodeAt(0)] = v;

/**
 * Value of a Chinese numeral, or undefined when `s` is not one.
 * A positional run without units (二〇二四, 一九七八) reads digit by digit.
 */
export function parseCjkNumeral(s: string): number | undefined {
	if (s.length === 0) return undefined;
	// 六万万: the older writing of 亿 (ten thousand ten-thousands).
	if (s.includes('万万')) return parseCjkNumeral(s.replace(/万万/g, '亿'));
	let positional = true;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (NUMERAL_CODES[c] !== 1) return undefined;
		if (DIGIT_OF[c]! < 0) positional = false;
	}
	if (positional) {
		if (s.length === 1) return DIGIT_OF[s.charCodeAt(0)];
		// 二〇二四: digit by digit. 两 is never positional (两两 is not a number).
		if (s.includes('两')) return undefined;
		let v = 0;
		for (let i = 0; i < s.length; i++) v = v * 10 + DIGIT_OF[s.charCodeAt(i)]!;
		return v;
	}
	let total = 0; // completed 亿 groups
	let section = 0; // completed 万 group
	let current = 0; // inside the current group
	let digit = -1; // pending digit
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const d = DIGIT_OF[c]!;
		if (d >= 0) {
			if (digit > 0) return undefined; // 一二 inside a unit numeral (一万零一十二 is fine)
			digit = d;
			continue;
		}
		const unit = UNIT_OF[c]!;
		if (unit <= 1000) {
			// 十 alone at the start means 一十.
			current += (digit < 0 ? 1 : digit) * unit;
			digit = -1;
			continue;
		}
		const group = current + (digit > 0 ? digit : 0);
		if (unit === 1e4) {
			section += (group === 0 && section === 0 && total === 0 ? 1 : group) * unit;
		} else {
			total = (total + section + group || 1) * unit;
			section = 0;
		}
		current = 0;
		digit = -1;
	}
	return total + section + current + (digit > 0 ? digit : 0);
}

/** 第十二条 → 12, 第3章 → 3; undefined when the ordinal is not a number. */
export function parseOrdinal(label: string): number | undefined {
	const m = /^第([0-9０-９]+|[〇零一二两三四五六七八九十百千]+)/.exec(label);
	if (!m) return undefined;
	return parseAnyInteger(m[1]!);
}

/** Arabic (half- or full-width) or Chinese integer. */
export function parseAnyInteger(s: string): number | undefined {
	if (allDigits(s)) return Number(foldDigits(s));
	return parseCjkNumeral(s);
}

/** One digit or more, half- or full-width, and nothing else (read by code: every heading's number is asked). */
function allDigits(s: string): boolean {
	if (s === '') return false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19))) return false;
	}
	return true;
}

/** Full-width digits and the full-width point → ASCII, same length (offsets are preserved). */
export function foldDigits(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 0x30);
		else if (c === 0xff0e) out += '.';
		else out += s[i];
	}
	return out;
}

const CJK_DIGIT_CHARS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: the numeral a heading writes for a count (0 < n < 10000). */
export function formatCjkInteger(n: number): string {
	if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
	const units = ['', '十', '百', '千'];
	const digits = String(n).split('').map(Number);
	let out = '';
	let zero = false;
	digits.forEach((d, i) => {
		const unit = units[digits.length - 1 - i]!;
		if (d === 0) {
			zero = out !== '';
			return;
		}
		if (zero) out += '零';
		zero = false;
		// 十二, not 一十二, at the start of the numeral.
		out += (d === 1 && unit === '十' && out === '' ? '' : CJK_DIGIT_CHARS[d]!) + unit;
	});
	return out;
}
