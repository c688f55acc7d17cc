/**
 * Hard-wrapped text unwrapped: the paragraphs as the text model reads them (textModel.ts), each on one line. It is
 * the analysis's own reading, not a second one: a line break between CJK characters is joined without a space,
 * between two Latin letters with one; a blank line that an extraction left inside a sentence goes; headings, titles,
 * bylines and list items stay on their own lines; tables, code, front matter, quotes and HTML are kept as they are.
 * Between paragraphs the blank lines of the original stay, and each paragraph keeps the indentation of its first
 * line.
 *
 * Linear in the text: one text model, and one pass over its blocks.
 */
import type { Span } from '../types';
import { buildTextModel, lineEnd, type Block, type TextModel } from './textModel';

/** The unwrapped text of a stretch of the original. */
export interface Unwrapped {
	/** What is replaced: from the start of the first paragraph's first line to the end of the last one's last line. */
	readonly span: Span;
	/** The replacement. */
	readonly text: string;
	/** Paragraphs of running text that spanned several lines and are on one line now. */
	readonly paragraphs: number;
	/** Line breaks joined away (blank lines inside sentences included). */
	readonly joined: number;
}

/** The blocks read from one paragraph (a long one is cut into several: Block.continued). */
interface Paragraph {
	readonly blocks: readonly Block[];
	readonly firstLine: number;
	readonly lastLine: number;
	/** Joined into one line (running text, an article title); else kept line by line. */
	readonly joins: boolean;
}

function paragraphsOf(model: TextModel): Paragraph[] {
	const out: Paragraph[] = [];
	let current: Block[] = [];
	const flush = (): void => {
		const first = current[0];
		if (!first) return;
		out.push({ blocks: current, firstLine: first.firstLine, lastLine: first.lastLine, joins: first.kind === 'text' });
		current = [];
	};
	for (const b of model.blocks) {
		if (current.length > 0 && current[0]!.paragraph !== b.paragraph) flush();
		current.push(b);
	}
	flush();
	return out;
}

/** The first line break of the text (`\r\n`, `\r`, `\n`, U+2028, U+2029), `\n` when it has none. */
function lineBreakOf(text: string): string {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? '\r\n' : '\r';
		if (c === 0x0a || c === 0x2028 || c === 0x2029) return text[i]!;
	}
	return '\n';
}

/** The index of the line holding `offset` (binary search over the line starts). */
function lineAt(lineStarts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = lineStarts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (lineStarts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * How many characters of `block`'s joined text come from original offsets before `offset` (the pieces of the offset
 * map ascend in both their joined and their original offsets).
 */
function joinedBefore(block: Block, offset: number): number {
	const pieces = block.pieces;
	const at = offset - block.span.start; // the pieces count from the block's start
	if (pieces.length === 0 || at <= pieces[0]!.offset) return 0;
	let lo = 0;
	let hi = pieces.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (pieces[mid]!.offset <= at) lo = mid;
		else hi = mid - 1;
	}
	const p = pieces[lo]!;
	const length = (pieces[lo + 1]?.joined ?? block.text.length) - p.joined;
	return p.joined + Math.min(at - p.offset, length);
}

interface Reading {
	readonly model: TextModel;
	readonly paragraphs: readonly Paragraph[];
	readonly eol: string;
}

function read(text: string): Reading {
	const model = buildTextModel(text);
	return { model, paragraphs: paragraphsOf(model), eol: lineBreakOf(text) };
}

/** The paragraphs that share a line with [start, end) (all of them without a span): indices [first, last], or undefined. */
function paragraphsIn(r: Reading, span: Span | undefined): { first: number; last: number } | undefined {
	const ps = r.paragraphs;
	if (ps.length === 0) return undefined;
	if (!span) return { first: 0, last: ps.length - 1 };
	const starts = r.model.lineStarts;
	const fromLine = lineAt(starts, span.start);
	// A selection that ends at the start of a line ends on the line before.
	let toLine = lineAt(starts, span.end);
	if (span.end > span.start && starts[toLine] === span.end && toLine > fromLine) toLine--;
	let first = 0;
	while (first < ps.length && ps[first]!.lastLine < fromLine) first++;
	let last = first - 1;
	while (last + 1 < ps.length && ps[last + 1]!.firstLine <= toLine) last++;
	return last >= first ? { first, last } : undefined;
}

/**
 * One paragraph's text, of the original characters in [from, to) only: joined (with the indentation of its first line),
 * or as it is.
 */
function paragraphText(text: string, r: Reading, p: Paragraph, from: number, to: number): string {
	const starts = r.model.lineStarts;
	const start = Math.max(from, starts[p.firstLine]!);
	const end = Math.min(to, lineEnd(text, starts, p.lastLine));
	if (!p.joins) return text.slice(start, end);
	const first = p.blocks[0]!;
	let out = text.slice(start, Math.max(start, Math.min(end, first.span.start)));
	for (const b of p.blocks) {
		if (b.span.end <= start || b.span.start >= end) continue;
		out += b.text.slice(joinedBefore(b, start), joinedBefore(b, end));
	}
	return out;
}

/** The text of paragraphs [first, last] clipped to [from, to), with the original's blank lines between them. */
function render(text: string, r: Reading, first: number, last: number, from: number, to: number): string {
	const parts: string[] = [];
	for (let i = first; i <= last; i++) {
		const p = r.paragraphs[i]!;
		if (i > first) parts.push(r.eol.repeat(p.firstLine - r.paragraphs[i - 1]!.lastLine));
		parts.push(paragraphText(text, r, p, from, to));
	}
	return parts.join('');
}

/**
 * The paragraphs of `text` that share a line with `span` (every paragraph without one) unwrapped: the replacement of
 * those whole paragraphs. One edit, whatever the selection cuts: a paragraph is joined whole or not at all.
 */
export function unwrap(text: string, span?: Span): Unwrapped | undefined {
	const r = read(text);
	const range = paragraphsIn(r, span);
	if (!range) return undefined;
	const starts = r.model.lineStarts;
	const first = r.paragraphs[range.first]!;
	const last = r.paragraphs[range.last]!;
	const whole = { start: starts[first.firstLine]!, end: lineEnd(text, starts, last.lastLine) };
	let joined = 0;
	let paragraphs = 0;
	for (let i = range.first; i <= range.last; i++) {
		const p = r.paragraphs[i]!;
		if (!p.joins || p.lastLine === p.firstLine) continue;
		joined += p.lastLine - p.firstLine;
		paragraphs++;
	}
	return { span: whole, text: render(text, r, range.first, range.last, whole.start, whole.end), paragraphs, joined };
}

/**
 * The characters of `span` (the whole text without one) as clean text: the same reading as `unwrap`, cut to exactly
 * the selected characters — for *Copy as clean text*.
 */
export function cleanText(text: string, span?: Span): string {
	const r = read(text);
	const range = paragraphsIn(r, span);
	if (!range) return '';
	return render(text, r, range.first, range.last, span?.start ?? 0, span?.end ?? text.length);
}
