/** Character classes used by the text model and the scanners. */

/** CJK ideographs (BMP unified + extension A + compatibility) and the astral planes 2-3 (as surrogates). */
export function isCjk(c: number): boolean {
	return (
		(c >= 0x4e00 && c <= 0x9fff) ||
		(c >= 0x3400 && c <= 0x4dbf) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xd840 && c <= 0xd87f) // high surrogates of U+20000–U+2FFFF
	);
}

/** Share of CJK ideographs among the non-blank characters of the first `limit` characters. */
export function cjkRatio(text: string, limit = 20000): number {
	let cjk = 0;
	let nonBlank = 0;
	const end = Math.min(text.length, limit);
	for (let i = 0; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c <= 0x20 || c === 0x3000 || c === 0xa0 || (c >= 0xdc00 && c <= 0xdfff)) continue;
		nonBlank++;
		if (isCjk(c)) cjk++;
	}
	return nonBlank === 0 ? 0 : cjk / nonBlank;
}

/**
 * Binary data rather than text: NUL characters, or many C0 control characters (other than tab, line feed,
 * carriage return and form feed), among the first 8,192 characters.
 */
export function looksBinary(text: string): boolean {
	const end = Math.min(text.length, 8192);
	let controls = 0;
	for (let i = 0; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 0) return true;
		if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
	}
	return end > 0 && controls / end > 0.1;
}

/**
 * A set of characters looked up by char code, so that a hot loop asks without making a one-character string: a bit
 * per BMP code point (8 KB), small enough to stay in cache beside the others.
 */
export class CharSet {
	private readonly bits = new Uint32Array(0x800);

	constructor(chars: Iterable<string>) {
		for (const ch of chars) {
			const c = ch.charCodeAt(0);
			this.bits[c >>> 5]! |= 1 << (c & 31);
		}
	}

	/** Is the character with this code in the set? -1 (`codeAt` past either end of a string) is not. */
	has(code: number): boolean {
		return code >= 0 && ((this.bits[code >>> 5]! >>> (code & 31)) & 1) === 1;
	}
}

/** The white space of a regular expression's \s (read by code where a hot loop would run the pattern). */
export const WHITE_SPACE = new CharSet('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');

/** Is a character of `set` in text[from, to)? */
export function hasCharIn(text: string, set: CharSet, from = 0, to = text.length): boolean {
	for (let i = from; i < to; i++) if (set.has(text.charCodeAt(i))) return true;
	return false;
}

/**
 * The code of text[i], or -1 past either end. Hot loops use it instead of `text.charCodeAt(i)` where i may be out of
 * range: an out-of-range charCodeAt deoptimises the function that makes it (seen: the quantity scan ran at half
 * speed), and `text[i]` makes a one-character string for every CJK character.
 */
export function codeAt(text: string, i: number): number {
	return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}
