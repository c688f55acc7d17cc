/**
 * A figure's value written the Chinese way, for people: large amounts in 万, 亿 and 万亿, with every digit the text
 * printed and none it did not — `1260582亿元` → `126.0582万亿元` (not `126,058,200,000,000 元`), `28000元` →
 * `2.8000万元`, `750万元` stays `750万元`. The digits are moved as a string, never through floating point, so
 * nothing is rounded away or made up.
 */
import type { Quantity } from '../analysis/index';

/** What the value needs of a quantity. */
export type ValueParts = Pick<Quantity, 'kind' | 'digits' | 'magnitude' | 'value' | 'unit'> & { readonly rangeEnd?: number };

/** Powers of ten that have a Chinese name, the largest first. */
const MAGNITUDES: readonly (readonly [exponent: number, word: string])[] = [
	[12, '万亿'],
	[8, '亿'],
	[4, '万'],
];

/** A number's decimal digits without an exponent (15 significant digits at most: what a double holds). */
export function decimalDigits(n: number): string {
	const rounded = Number(n.toPrecision(15));
	if (Number.isInteger(rounded) && Math.abs(rounded) >= 1e21) return BigInt(rounded).toString();
	const s = String(rounded);
	if (!/e/i.test(s)) return s;
	// 1e-7 and the like: write the zeros out.
	const [mantissa, exp] = s.split(/e/i) as [string, string];
	return shiftPoint(mantissa, Number(exp));
}

/** `digits` (`-12.5`) with its decimal point moved `by` places to the right (left when negative), every digit kept. */
export function shiftPoint(digits: string, by: number): string {
	const negative = digits.startsWith('-');
	const body = negative ? digits.slice(1) : digits;
	const dot = body.indexOf('.');
	const int = dot < 0 ? body : body.slice(0, dot);
	const frac = dot < 0 ? '' : body.slice(dot + 1);
	const all = int + frac;
	const point = int.length + by;
	let out: string;
	if (point <= 0) out = `0.${'0'.repeat(-point)}${all}`;
	else if (point >= all.length) out = all + '0'.repeat(point - all.length);
	else out = `${all.slice(0, point)}.${all.slice(point)}`;
	out = out.replace(/^0+(?=\d)/, '');
	return negative ? `-${out}` : out;
}

function integerDigits(digits: string): number {
	const body = digits.replace(/^-/, '');
	const dot = body.indexOf('.');
	return dot < 0 ? body.length : dot;
}

/**
 * An amount in the largest of 万, 亿, 万亿 that leaves at most four digits before the point — never a smaller one than
 * printed (`0.5万元` stays), so the reading only grows shorter.
 */
function amount(digits: string, exponent: number, unit: string, printed: boolean): string {
	let shown = exponent;
	while (shown < 12 && integerDigits(shiftPoint(digits, exponent - shown)) > 4) shown += 4;
	const word = MAGNITUDES.find(([e]) => e === shown)?.[1] ?? '';
	const number = shiftPoint(digits, exponent - shown);
	// Zeros after the point are printed digits only when the text printed them (三千万 has none).
	return `${printed ? number : withoutTrailingZeros(number)}${word}${unit}`;
}

/** `3000.0000` → `3000`, `1.50` → `1.5`. */
function withoutTrailingZeros(number: string): string {
	if (!number.includes('.')) return number;
	let end = number.length;
	while (number[end - 1] === '0') end--;
	if (number[end - 1] === '.') end--;
	return number.slice(0, end);
}

function one(q: ValueParts, value: number, printed: string): string {
	switch (q.kind) {
		case 'number': {
			// The printed digits and the power of ten of their magnitude word; a figure in Chinese numerals has its value.
			const exponent = Math.round(Math.log10(q.magnitude));
			const named = printed !== '' && MAGNITUDES.some(([e]) => e === exponent);
			return named || (printed !== '' && exponent === 0) ? amount(printed, exponent, q.unit, true) : amount(decimalDigits(value), 0, q.unit, false);
		}
		case 'tenth':
			// 两成 is 20%.
			return `${printed || decimalDigits(value)}成（${decimalDigits(value * 10)}%）`;
		case 'percent':
			return `${printed || decimalDigits(value)}%`;
		case 'permille':
		case 'percentagePoint':
		case 'multiple':
		case 'year':
		case 'ordinal':
			return `${printed || decimalDigits(value)}${q.unit}`;
	}
}

/** The value as a Chinese reader writes it, with its unit: `126.0582万亿元`, `45.2%`, `10 – 20%`. */
export function chineseValue(q: ValueParts): string {
	const start = one(q, q.value, q.digits);
	if (q.rangeEnd === undefined) return start;
	// The upper end of a range is known by its value only (in base units).
	const end = one({ ...q, magnitude: 1 }, q.rangeEnd, '');
	return `${start} – ${end}`;
}
