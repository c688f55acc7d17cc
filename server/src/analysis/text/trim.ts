/**
 * Trimming from the end without `(…)+$` regular expressions: a JS regex anchored only at the end is tried at every
 * start position, which is quadratic on long input. These loops are linear.
 */

/** Remove trailing characters that are in `chars`. */
export function trimEndChars(s: string, chars: string): string {
	let e = s.length;
	while (e > 0 && chars.includes(s[e - 1]!)) e--;
	return s.slice(0, e);
}

/** Remove leading characters that are in `chars`. */
export function trimStartChars(s: string, chars: string): string {
	let b = 0;
	while (b < s.length && chars.includes(s[b]!)) b++;
	return s.slice(b);
}

/** Remove trailing words (any number of them, in any order); `words` longest first. */
export function stripSuffixWords(s: string, words: readonly string[]): string {
	let t = s;
	for (let changed = true; changed && t.length > 0; ) {
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

/** How many characters at the end of `s` are in `chars`. */
export function countEndChars(s: string, chars: string): number {
	let n = 0;
	while (n < s.length && chars.includes(s[s.length - 1 - n]!)) n++;
	return n;
}
