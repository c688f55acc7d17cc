/**
 * Bytes of a document → text, for the command-line tool. In order:
 * - a BOM decides (UTF-8, UTF-16 LE or BE);
 * - valid UTF-8 is UTF-8; mostly valid UTF-8 (fewer than 1% of its characters invalid, and more valid multi-byte
 *   sequences than invalid ones) is UTF-8 with U+FFFD for each invalid sequence, and the count is reported;
 * - otherwise GB18030 (which includes GBK and GB2312) when the bytes are valid GB18030;
 * - UTF-16 without a BOM, LE or BE, when decoding so gives text that is mostly CJK characters and common
 *   punctuation (UTF-16 of Chinese has NUL bytes wherever a character's low byte is 0: a line break, 一);
 * - text that is still mostly UTF-8 (under one invalid sequence in five multi-byte ones) as UTF-8 with U+FFFD;
 * - Latin-1 (Windows-1252) when the bytes have no NUL and few control characters;
 * - else binary.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export type Decoded =
	| {
			readonly text: string;
			readonly encoding: Encoding;
			/** Invalid sequences replaced by U+FFFD (reported once); absent when none were. */
			readonly replaced?: number;
	  }
	| { readonly error: 'binary' };

/** Share of a UTF-16 decoding's characters that must be plain text, and of them CJK (ideographs or CJK punctuation). */
const UTF16_TEXT_SHARE = 0.95;
const UTF16_CJK_SHARE = 0.3;

export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return lossy('utf-8', bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return lossy('utf-16le', bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return lossy('utf-16be', bytes.subarray(2));
	// A NUL byte is no character of a text in an 8-bit or multi-byte encoding: only UTF-16 remains.
	const nul = bytes.includes(0);
	let utf8: Utf8Stats | undefined;
	if (!nul) {
		const strict = decodeStrict('utf-8', bytes);
		if (strict !== undefined) return { text: strict, encoding: 'utf-8' };
		utf8 = utf8Stats(bytes);
		if (utf8.invalid * 100 < utf8.chars && utf8.valid > utf8.invalid) return { text: utf8.text, encoding: 'utf-8', replaced: utf8.invalid };
		const gb = decodeStrict('gb18030', bytes);
		if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
	}
	const utf16 = sniffUtf16(bytes);
	if (utf16) return utf16;
	if (utf8) {
		if (utf8.valid >= 4 * utf8.invalid) return { text: utf8.text, encoding: 'utf-8', replaced: utf8.invalid };
		const latin1 = new TextDecoder('windows-1252').decode(bytes);
		if (controlShare(latin1) < 0.01) return { text: latin1, encoding: 'windows-1252' };
	}
	return { error: 'binary' };
}

function decodeStrict(encoding: Encoding, bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

const REPLACEMENT = 0xfffd;

/** Decoded with U+FFFD for invalid sequences; `replaced` counts them (a U+FFFD written in the file is not counted). */
function lossy(encoding: Encoding, bytes: Uint8Array): Decoded {
	const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
	const strict = decodeStrict(encoding, bytes);
	if (strict !== undefined) return { text: strict, encoding };
	const replaced = count(text, REPLACEMENT) - encoded(encoding, bytes);
	return { text, encoding, replaced: Math.max(replaced, 1) };
}

function count(text: string, code: number): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
	return n;
}

/** How many U+FFFD the file itself holds (EF BF BD in UTF-8, FD FF / FF FD in UTF-16). */
function encoded(encoding: Encoding, bytes: Uint8Array): number {
	const pattern = encoding === 'utf-8' ? [0xef, 0xbf, 0xbd] : encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd];
	let n = 0;
	for (let i = 0; i + pattern.length <= bytes.length; i++) {
		if (pattern.every((b, k) => bytes[i + k] === b)) n++;
	}
	return n;
}

interface Utf8Stats {
	readonly text: string;
	/** Characters decoded (code units), valid multi-byte sequences, invalid sequences. */
	readonly chars: number;
	readonly valid: number;
	readonly invalid: number;
}

function utf8Stats(bytes: Uint8Array): Utf8Stats {
	const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
	const invalid = count(text, REPLACEMENT) - encoded('utf-8', bytes);
	let multi = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) multi++; // a surrogate pair is one sequence
	}
	return { text, chars: text.length, valid: multi - invalid, invalid };
}

/** CJK ideographs, CJK and full-width punctuation, and the general punctuation Chinese text uses (“”‘’…—·). */
function isCjkText(c: number): boolean {
	return (
		(c >= 0x4e00 && c <= 0x9fff) ||
		(c >= 0x3400 && c <= 0x4dbf) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0x3000 && c <= 0x303f) ||
		(c >= 0xff01 && c <= 0xff5e) ||
		(c >= 0xffe0 && c <= 0xffe6) ||
		c === 0x2014 ||
		c === 0x2018 ||
		c === 0x2019 ||
		c === 0x201c ||
		c === 0x201d ||
		c === 0x2026 ||
		c === 0x00b7 ||
		c === 0x2022
	);
}

/** The likelier of UTF-16 LE and BE when it reads as Chinese text; undefined when neither does. */
function sniffUtf16(bytes: Uint8Array): Decoded | undefined {
	if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
	let best: { text: string; encoding: Encoding; share: number } | undefined;
	for (const encoding of ['utf-16le', 'utf-16be'] as const) {
		const text = decodeStrict(encoding, bytes);
		if (text === undefined) continue;
		let plain = 0;
		let cjk = 0;
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (isCjkText(c)) {
				cjk++;
				plain++;
			} else if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0xd800 && c <= 0xdfff)) plain++;
		}
		const share = plain / text.length;
		if (share >= UTF16_TEXT_SHARE && cjk / text.length >= UTF16_CJK_SHARE && (!best || share > best.share)) best = { text, encoding, share };
	}
	return best && { text: best.text, encoding: best.encoding };
}

/** Share of C0 and C1 control characters other than tab, line feed, carriage return and form feed. */
function controlShare(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || (c >= 0x80 && c < 0xa0)) n++;
	}
	return text.length === 0 ? 0 : n / text.length;
}
