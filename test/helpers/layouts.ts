/**
 * The layouts a document reaches users in, made from a real document at test and eval time (never committed): web text
 * with one paragraph per line (a web page copied as text: no blank lines, no Markdown) and a hard-wrapped column (a PDF
 * or newspaper extraction: markup gone, 13–17 characters a line, blank lines between paragraphs and now and then inside
 * one). Each layout keeps a map from the original lines to its own, so that labels made on the original (outline golds)
 * are scored on the derived text. Deterministic: the same text gives the same layout.
 */

export type LayoutName = 'plain' | 'web-text' | 'hard-wrapped';
export const LAYOUTS: readonly LayoutName[] = ['plain', 'web-text', 'hard-wrapped'];

export interface Layout {
	readonly text: string;
	/** Line of the derived text where each original line (0-based) now starts; -1 when the line was dropped. */
	readonly lineMap: Int32Array;
}

/** A line that is only markup: a rule, a fence, an image, an HTML tag or comment, a table's separator row. */
const MARKUP_LINE = /^(?:-{3,}|\*{3,}|_{3,}|={3,}|`{3,}.*|~{3,}.*|!\[[^\]]*\]\([^)]*\)|<\/?[a-zA-Z!][^>]*>?.*|\|?[\s|:-]+\|[\s|:-]*)$/;

/** The text of an original line as a web page shows it, or undefined for a line of markup only. */
function visibleLine(line: string): string | undefined {
	let s = line.trim();
	if (s === '' || MARKUP_LINE.test(s)) return undefined;
	if (s.startsWith('|')) {
		// A table row: its cells between tabs, as a browser copies them.
		return s
			.replace(/^\||\|$/g, '')
			.split('|')
			.map((c) => c.trim())
			.filter((c) => c !== '')
			.join('\t');
	}
	s = s
		.replace(/^>\s?/, '')
		.replace(/^#{1,6}\s+/, '')
		.replace(/^[-*+]\s+/, '')
		.replace(/\*\*|__/g, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[\^?([0-9]{1,3})\]/g, '[$1]')
		.trim();
	return s === '' ? undefined : s;
}

/** The lines of `text` a web page would show, with their original numbers: no front matter, no HTML comments. */
function contentLines(text: string): { line: number; text: string }[] {
	const lines = text.split(/\r\n|\r|\n/);
	let from = 0;
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((l, i) => i > 0 && /^-{3,}$/.test(l.trim()));
		if (end > 0) from = end + 1;
	}
	const out: { line: number; text: string }[] = [];
	let comment = false;
	for (let i = from; i < lines.length; i++) {
		const l = lines[i]!;
		if (comment || l.trim().startsWith('<!--')) {
			comment = !l.includes('-->');
			continue;
		}
		out.push({ line: i, text: l });
	}
	return out;
}

/** One paragraph per line, no blank lines, no Markdown: a web page copied as text. */
export function webText(text: string): Layout {
	const lineMap = new Int32Array(text.split(/\r\n|\r|\n/).length).fill(-1);
	const out: string[] = [];
	for (const { line, text: l } of contentLines(text)) {
		const v = visibleLine(l);
		if (v === undefined) continue;
		lineMap[line] = out.length;
		out.push(v);
	}
	return { text: `${out.join('\n')}\n`, lineMap };
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Hard-wrapped like a page extracted from a PDF: each paragraph cut every 13–17 characters (the width drawn per
 * paragraph), a blank line between paragraphs, and now and then (one paragraph in eight) a blank line after a full line
 * inside the paragraph. Table rows stay one line each, without blank lines between them.
 */
export function hardWrapped(text: string, seed = 13): Layout {
	const next = random(seed);
	const lineMap = new Int32Array(text.split(/\r\n|\r|\n/).length).fill(-1);
	const out: string[] = [];
	let previousRow = false;
	for (const { line, text: l } of contentLines(text)) {
		const v = visibleLine(l);
		if (v === undefined) continue;
		const row = v.includes('\t');
		if (out.length > 0 && !(row && previousRow)) out.push('');
		previousRow = row;
		lineMap[line] = out.length;
		if (row) {
			out.push(v);
			continue;
		}
		const chars = [...v];
		const width = 13 + Math.floor(next() * 5);
		const blankInside = chars.length > 3 * width && next() < 0.125 ? 1 + Math.floor(next() * (chars.length / width - 2)) : -1;
		for (let i = 0, k = 0; i < chars.length; i += width, k++) {
			if (k === blankInside) out.push('');
			out.push(chars.slice(i, i + width).join(''));
		}
	}
	return { text: `${out.join('\n')}\n`, lineMap };
}

/** The document in `layout`. */
export function layoutOf(name: LayoutName, text: string): Layout {
	if (name === 'web-text') return webText(text);
	if (name === 'hard-wrapped') return hardWrapped(text);
	const lines = text.split(/\r\n|\r|\n/).length;
	return { text, lineMap: Int32Array.from({ length: lines }, (_, i) => i) };
}
