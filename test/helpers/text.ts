/** Small helpers for readable CJK tests. */

/** Lines joined with \n. */
export function joinLines(...lines: string[]): string {
	return lines.join('\n');
}

/** The substring a span covers: tests assert on text, not on offsets. */
export function spanText(text: string, span: { start: number; end: number }): string {
	return text.slice(span.start, span.end);
}

/** [start, end) of `phrase` in `text`, where the text may break lines (and leave blank lines) between any two characters. */
export function findAcrossBreaks(text: string, phrase: string): [number, number] | undefined {
	for (let start = text.indexOf(phrase[0]!); start >= 0; start = text.indexOf(phrase[0]!, start + 1)) {
		let i = start;
		let k = 0;
		while (k < phrase.length && i < text.length) {
			if (text[i] === phrase[k]) {
				i++;
				k++;
			} else if (k > 0 && (text[i] === '\n' || text[i] === '\r' || text[i] === ' ')) i++;
			else break;
		}
		if (k === phrase.length) return [start, i];
	}
	return undefined;
}

/** `text` with `from` (found across line breaks) replaced by `to`; undefined when `from` is not in it. */
export function mutate(text: string, from: string, to: string): string | undefined {
	const found = findAcrossBreaks(text, from);
	return found && text.slice(0, found[0]) + to + text.slice(found[1]);
}
