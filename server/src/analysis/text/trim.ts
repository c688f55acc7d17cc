/**
 * Trimming from the end without `(…)+$` regular expressions: a JS regex anchored only at the end is tried at every
 * start position, which is quadratic on long input. These loops are linear.
 */

import { CharSet } from './chars';

/** Remove trailing characters that are in `chars`. */
export function trimEndChars(s: string, chars: string): string {
	let e = s.length;
	while (e > 0 && holds(chars, s.charCodeAt(e - 1))) e--;
	return s.slice(0, e);
}

/** Remove leading characters that are in `chars`. */
export function trimStartChars(s: string, chars: string): string {
	let b = 0;
	while (b < s.length && holds(chars, s.charCodeAt(b))) b++;
	return s.slice(b);
}

/**
 * Is the character of this code one of `chars` (a few)? Compared by code: `chars.includes(s[i])` makes a string of
 * every CJK character it is asked about.
 */
function holds(chars: string, code: number): boolean {
	for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
	return false;
}

/**
 * Where the last of `marks` stands in `s` (-1 when none does): the end of the sentence or clause before a place, read back
 * over a bounded slice (a figure's own sentence up to it). One walk from the end, however many marks.
 */
export function lastOf(s: string, marks: string): number {
	let e = s.length - 1;
	while (e >= 0 && !holds(marks, s.charCodeAt(e))) e--;
	return e;
}

/** The text of `s` after the last of `marks` (all of it when none is there). */
export function afterLast(s: string, marks: string): string {
	return s.slice(lastOf(s, marks) + 1);
}

/** The last characters of each word list, so that most strings are passed over with one lookup by code. */
const LAST_CHARS = new WeakMap<readonly string[], CharSet>();

/** Remove trailing words (any number of them, in any order); `words` longest first. */
export function stripSuffixWords(s: string, words: readonly string[]): string {
	let last = LAST_CHARS.get(words);
	if (!last) LAST_CHARS.set(words, (last = new CharSet(words.map((w) => w[w.length - 1]!))));
	let t = s;
	for (let changed = true; changed && t.length > 0 && last.has(t.charCodeAt(t.length - 1)); ) {
		changed = false;
		for (const w of words) {
			if (t.endsWith(w)) {
				t = t.slice(0, -w.length);
				changed = true;
				break;
			}
		}
	}
	return t;
}

/** Spaces, half- and full-width. */
export const BLANK = ' \t\r\n\u3000';
/** Spaces and Markdown's emphasis marks: what may stand after a paragraph's last mark (…实现新突破：**). */
export const BLANK_OR_EMPHASIS = `${BLANK}*`;

/** How many characters at the end of `s` are in `chars`. */
export function countEndChars(s: string, chars: string): number {
	let n = 0;
	while (n < s.length && holds(chars, s.charCodeAt(s.length - 1 - n))) n++;
	return n;
}

/** The marker of a Markdown list item and the spaces after it (`- `, `* `, `+ `). */
const LIST_ITEM_MARKER = /^[-*+][ \t\u3000]+/;

/** The length of a Markdown list item's marker and the spaces after it at the start of `s` (`- 全年…`: 2), or 0 (and 0 when `list` is false). */
export function listMarkerLength(s: string, list = true): number {
	return list ? (LIST_ITEM_MARKER.exec(s)?.[0].length ?? 0) : 0;
}
