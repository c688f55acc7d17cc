/** Small helpers for readable CJK tests. */

/** Lines joined with \n. */
export function joinLines(...lines: string[]): string {
	return lines.join('\n');
}

/** The substring a span covers: tests assert on text, not on offsets. */
export function spanText(text: string, span: { start: number; end: number }): string {
	return text.slice(span.start, span.end);
}
