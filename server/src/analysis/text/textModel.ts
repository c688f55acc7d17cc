/**
 * The text as users have it: hard-wrapped PDF/newspaper extractions and Markdown. Splits the document into
 * lines and blocks, joins hard-wrapped lines into paragraphs for analysis (a CJK line break carries no space),
 * and keeps an offset map from the joined text back to the original characters.
 *
 * Linear in the text: every line is visited a constant number of times.
 */
import type { Span } from '../types';
import { isStandaloneTitle, startsWithNumbering } from './numbering';
import { isDateAlone, startsMetaLine } from './meta';
import { work } from '../work';
import { partitionPoint } from '../search';
import { findTables, type LineMemo, type RawTable, type TableLine } from '../tables/detect';

export type BlockKind =
	| 'text' // running text (possibly joined from several lines)
	| 'title' // newspaper article title: 云南省曲靖市麒麟区：⏎智慧党建按下…
	| 'byline' // ■云南省…县委书记 李 维
	| 'heading' // Markdown ATX heading (# …)
	| 'table' // | a | b |
	| 'list' // - item, * item, + item
	| 'quote' // > …
	| 'rule' // --- *** ___ ===
	| 'code' // ``` fenced
	| 'html' // <details>, <!-- … -->
	| 'frontMatter'; // --- … --- at the top

/** A run of joined text that comes from one contiguous stretch of the original. */
interface Piece {
	/** Index into the joined text where the run starts. */
	readonly joined: number;
	/**
	 * Original offset of that character, counted from the block's span.start: a block an edit moved keeps its pieces
	 * (only its span moves).
	 */
	readonly offset: number;
}

export interface Block {
	readonly kind: BlockKind;
	/** The analysis text: lines trimmed and joined (no line breaks; a space only between two Latin letters). */
	readonly text: string;
	readonly pieces: readonly Piece[];
	readonly firstLine: number;
	readonly lastLine: number;
	/** Original span of the block's characters (first to last non-blank character). */
	readonly span: Span;
	/** Joined indices where a blank line inside a sentence was joined away (an extraction artifact). */
	readonly blankJoins: readonly number[];
	/**
	 * The paragraph break before the block is certain: the start of the document, a blank line, another kind of
	 * block, or a line that does not fill the column (the last line of a paragraph). False when the only cue is
	 * that a full line happened to end in 。.
	 */
	readonly firmStart: boolean;
	/**
	 * The block continues the one before it: a stretch longer than MAX_BLOCK (a table, a list or a line without
	 * sentence ends) is cut into blocks of bounded size, so that the work on one block, and an edit in it, stays
	 * bounded. A continuation is never a heading.
	 */
	readonly continued: boolean;
	/** Index of the paragraph the block belongs to: the blocks cut from one stretch share it. */
	readonly paragraph: number;
}

export interface TextModel {
	readonly text: string;
	readonly lineStarts: readonly number[];
	readonly blocks: readonly Block[];
	/**
	 * The document is hard-wrapped: most lines fill one width and end inside a sentence, so a line break is a wrap
	 * unless the line ends a sentence or falls short. Otherwise every line break is the author's (one paragraph per
	 * line, or paragraphs between blank lines).
	 */
	readonly hardWrapped: boolean;
	/**
	 * The width a hard-wrapped document is wrapped at (CJK characters; digits and Latin letters count ½), or its count of
	 * characters when it was cut by characters; else 0.
	 */
	readonly wrapWidth: number;
	/** The tables (tables/detect.ts): their lines form one `table` block each, never headings or claims. */
	readonly tables: readonly RawTable[];
}

/** Original offset of joined index `i` of `block` (i may equal text.length: the offset after the last char). */
export function toOriginal(block: Block, i: number): number {
	const pieces = block.pieces;
	if (i >= block.text.length) return block.span.end;
	let lo = 0;
	let hi = pieces.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (pieces[mid]!.joined <= i) lo = mid;
		else hi = mid - 1;
	}
	const p = pieces[lo]!;
	return block.span.start + p.offset + (i - p.joined);
}

/** Original span of the joined range [start, end) of `block`. */
export function toOriginalSpan(block: Block, start: number, end: number): Span {
	const s = toOriginal(block, start);
	const e = end > start ? toOriginal(block, end - 1) + 1 : s;
	// A surrogate pair is never split by the join, so +1 lands inside a pair only when the
	// last character is astral: extend to cover its low half.
	return { start: s, end: e };
}

// ───────────────────────────── line classification ─────────────────────────────

/** Does text[start, end) end a sentence: 。！？!? or …, optionally followed by closing quotes or brackets? */
function endsSentence(text: string, start: number, end: number): boolean {
	let i = end - 1;
	while (i >= start && ENDING[text.charCodeAt(i)] === CLOSER) i--;
	return i >= start && ENDING[text.charCodeAt(i)] === SENTENCE_END;
}
/** 。！？!? … ． end a sentence; closing quotes and brackets (” ’ ） 》 」 』 】 ) and the ** of bold) may follow. */
const ENDING = new Uint8Array(0x10000);
const SENTENCE_END = 1;
const CLOSER = 2;
for (const c of [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0x2026, 0xff0e]) ENDING[c] = SENTENCE_END;
for (const c of [0x201d, 0x2019, 0xff09, 0x300b, 0x300d, 0x300f, 0x3011, 0x29, 0x2a]) ENDING[c] = CLOSER;

function isColon(c: number): boolean {
	return c === 0xff1a || c === 0x3a || c === 0xff1b || c === 0x3b;
}

function isDigitCode(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

// Each pattern is anchored and has no nested quantifiers (no catastrophic backtracking).
/** `## 一、总体要求` (matches); `##没有空格` (does not). */
const ATX_HEADING = /^#{1,6}(?:[ \t\u3000]|$)/;
/** `| 统计时间 | 党员人数 |` */
const TABLE_ROW = /^\|/;
/** `- 时间: …`, `* item`, `+ item` (a Markdown bullet; `-5%` does not match). */
const LIST_ITEM = /^[-*+][ \t]/;
/** `---`, `***`, `___`, `===` alone on a line. */
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|={3,})$/;
/** `---` closing front matter (`----` too: editors are not strict about it). */
const RULE_DASHES = /^-{3,}$/;
/** ``` or ~~~ */
const FENCE = /^(?:`{3,}|~{3,})/;
/** `<details>`, `<!-- INFO END -->`, `</summary>` */
const HTML = /^<[!/a-zA-Z]/;
/** ■ bylines of newspaper articles: `■云南省…县委书记 李 维`. */
const BYLINE = /^[■□▲●◆]/;
/** A place name ending the first line of a newspaper title: `云南省曲靖市麒麟区：`. */
const TITLE_PLACE = /[省市县区州旗盟镇乡村][：:]$/;

/**
 * A line that ends inside a number (`人均增加2.8`, `增长9.`) and a next line that goes on with it (`万元`, `.5%`, `多名`,
 * `%`, `5%`). In text that is not hard-wrapped a line of digits after a line ending in digits is another cell
 * (`140967⏎100.0`).
 */
function splitsNumber(text: string, cur: LineInfo, next: LineInfo, hardWrapped: boolean): boolean {
	let e = cur.end - 1;
	const point = e > cur.start && (text.charCodeAt(e) === 0x2e || text.charCodeAt(e) === 0xff0e);
	if (point) e--;
	const c = text.charCodeAt(next.start);
	return e >= cur.start && isDigitCode(text.charCodeAt(e)) && NUMBER_CONTINUATION.has(c) && (hardWrapped || point || !isDigitOrPoint(c));
}
const NUMBER_CONTINUATION = new Set([...'0123456789０１２３４５６７８９.．%％‰万亿多余元人个名项条户亩吨'].map((c) => c.charCodeAt(0)));

type LineKind = 'blank' | 'text' | Exclude<BlockKind, 'text' | 'title'>;

interface LineInfo {
	kind: LineKind;
	/** The kind as classified, before the table pass marks the lines of its tables `table`. */
	readonly base: LineKind;
	/** Original offsets of the trimmed content (moved in place when an edit before the line is read: TextMemo). */
	start: number;
	end: number;
	width: number;
	/** A row of cells copied from a table (`地区生产总值 | 609.91 | 5.2 |`, cells between tabs): no prose line. */
	cells: boolean;
	/** The table pass's readings of the line (tables/detect.ts): kept with it while an edit does not touch it. */
	words: TableLine['words'];
	pipe: TableLine['pipe'];
	/** The line opens with a numbering mark (1., （三）, 二、), read once and kept with the line: no evidence of a wrap. */
	numbered: boolean | undefined;
}

/**
 * The line's visual width — wide characters (CJK, full-width forms, CJK punctuation) count 1, everything else ½ — or,
 * when it holds a cell separator (| or a tab), −(width + 1). One pass over the line.
 */
function measure(text: string, start: number, end: number): number {
	let w = 0;
	let cells = false;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x2e80) {
			if (c < 0xdc00 || c > 0xdfff) w += 1; // a low surrogate is counted with its high half
		} else {
			w += 0.5;
			if (c === 0x7c || c === 0x09) cells = true;
		}
	}
	return cells ? -w - 1 : w;
}

function textLine(text: string, start: number, end: number): LineInfo {
	const m = measure(text, start, end);
	return { kind: 'text', base: 'text', start, end, width: m < 0 ? -m - 1 : m, cells: m < 0, words: undefined, pipe: undefined, numbered: undefined };
}

function isWhite(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** First characters of the block lines (Markdown marks, HTML, fences, bylines): other lines are text at once. */
const BLOCK_FIRST = new Uint8Array(0x10000);
for (const c of '#|-*+>`~_=<■□▲●◆') BLOCK_FIRST[c.charCodeAt(0)] = 1;

export function computeLineStarts(text: string): number[] {
	const starts = [0];
	// The common case, \n only: let indexOf find the breaks natively.
	if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
		return starts;
	}
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0d) {
			if (text.charCodeAt(i + 1) === 0x0a) i++;
			starts.push(i + 1);
		} else if (c === 0x0a || c === 0x2028 || c === 0x2029) {
			starts.push(i + 1);
		}
	}
	return starts;
}

/** The end of line `line`'s content, before its line break. */
export function lineEnd(text: string, lineStarts: readonly number[], line: number): number {
	const next = lineStarts[line + 1];
	if (next === undefined) return text.length;
	let e = next - 1;
	if (text.charCodeAt(e) === 0x0a && text.charCodeAt(e - 1) === 0x0d) e--;
	return e;
}

/** What a line's classification carries to the next: inside a code fence, an HTML comment, front matter (bits). */
const IN_FENCE = 1;
const IN_COMMENT = 2;
const IN_FRONT_MATTER = 4;

/**
 * Classify lines `from` to `to` (exclusive) into `lines`, starting in `state` (what the line before carried), and write
 * the state each line leaves into `states`; returns the state after line `to − 1`.
 */
function classifyRange(text: string, lineStarts: readonly number[], from: number, to: number, state: number, lines: LineInfo[], states: Uint8Array): number {
	let inFence = (state & IN_FENCE) !== 0;
	let inComment = (state & IN_COMMENT) !== 0;
	let inFrontMatter = (state & IN_FRONT_MATTER) !== 0;
	for (let n = from; n < to; n++) {
		let s = lineStarts[n]!;
		let e = lineEnd(text, lineStarts, n);
		while (s < e && isWhite(text.charCodeAt(s))) s++;
		while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
		if (!inFrontMatter && !inFence && !inComment && s < e && BLOCK_FIRST[text.charCodeAt(s)] === 0) {
			lines[n] = textLine(text, s, e);
			states[n] = 0;
			continue;
		}
		const content = text.slice(s, e);
		let kind: LineKind;
		if (inFrontMatter) {
			kind = 'frontMatter';
			if (RULE_DASHES.test(content) || content === '...') inFrontMatter = false;
		} else if (inFence) {
			kind = 'code';
			if (FENCE.test(content)) inFence = false;
		} else if (inComment) {
			kind = 'html';
			if (content.includes('-->')) inComment = false;
		} else if (s === e) {
			kind = 'blank';
		} else if (n === 0 && content === '---') {
			kind = 'frontMatter';
			inFrontMatter = true;
		} else if (FENCE.test(content)) {
			kind = 'code';
			inFence = true;
		} else if (ATX_HEADING.test(content)) {
			kind = 'heading';
		} else if (RULE.test(content)) {
			kind = 'rule';
		} else if (TABLE_ROW.test(content)) {
			kind = 'table';
		} else if (LIST_ITEM.test(content)) {
			kind = 'list';
		} else if (content.charCodeAt(0) === 0x3e /* > */) {
			kind = 'quote';
		} else if (HTML.test(content)) {
			kind = 'html';
			if (content.startsWith('<!--') && !content.includes('-->')) inComment = true;
		} else if (BYLINE.test(content)) {
			kind = 'byline';
		} else {
			kind = 'text';
		}
		// A list item is measured as text is: in hard-wrapped text its line may be full, the item running on.
		lines[n] = kind === 'text' ? textLine(text, s, e) : kind === 'list' ? { ...textLine(text, s, e), kind, base: kind, cells: false } : { kind, base: kind, start: s, end: e, width: 0, cells: false, words: undefined, pipe: undefined, numbered: undefined };
		states[n] = (inFence ? IN_FENCE : 0) | (inComment ? IN_COMMENT : 0) | (inFrontMatter ? IN_FRONT_MATTER : 0);
	}
	return to > from ? states[to - 1]! : state;
}

// ───────────────────────────── wrap detection ─────────────────────────────

interface WrapInfo {
	readonly hardWrapped: boolean;
	/** The lines were cut at a number of characters, not at a width: fullWidth and wrapWidth count characters. */
	readonly byChars: boolean;
	/** A line at least this wide is "full": its line break is the wrap, not the author's. */
	readonly fullWidth: number;
	/** The width most lines are wrapped at (the upper end of their cluster), 0 when the text is not hard-wrapped. */
	readonly wrapWidth: number;
	/**
	 * Paragraphs are set apart by blank lines: nearly every short line that ends a sentence (a paragraph's last line)
	 * has a blank line after it. Then a full line that happens to end in 。 with no blank line after it ends no
	 * paragraph.
	 */
	readonly blankSeparated: boolean;
}

/** A numbered paragraph's first line fills its column to within this much (a heading alone on its line does not). */
const NUMBERED_SLACK = 2;
/** The most characters of a numbered title wrapped over lines (一、2025年和“十四五”时期工 ⏎ 作回顾). */
const TITLE_MAX = 40;
/** A mark that ends a clause or a sentence: a line holding one from its number on is a paragraph's, not a title's. */
const CLAUSE_MARK = /[，。；！？：,;:!?]/;

/** The line opens with a numbering mark (1., （三）, 二、), read once and kept with the line. */
function opensNumbered(text: string, l: LineInfo): boolean {
	return (l.numbered ??= startsWithNumbering(text.slice(l.start, Math.min(l.end, l.start + 12))));
}

/**
 * Do paragraphs end with a blank line? (At least 4 short sentence-ending lines not followed by a numbered one, 90% of
 * them followed by a blank.)
 */
function blankSeparated(text: string, lines: readonly LineInfo[], fullWidth: number, byChars: boolean): boolean {
	let ends = 0;
	let blank = 0;
	for (let n = 0; n + 1 < lines.length; n++) {
		const l = lines[n]!;
		if (l.kind !== 'text' || lineMeasure(l, byChars) >= fullWidth || !endsSentence(text, l.start, l.end)) continue;
		// Numbered items follow each other without blank lines where paragraphs have them (注：1、… ⏎ 2、…): the break
		// before a numbering mark ends the item whatever the layout, and is no evidence either way.
		const next = lines[n + 1]!;
		if (next.kind === 'text' && opensNumbered(text, next)) continue;
		ends++;
		if (next.kind === 'blank') blank++;
	}
	return ends >= 4 && blank >= 0.9 * ends;
}

const MAX_WIDTH = 10_000;
/** Widths of one cluster: a wrapped column fills its lines to within this many characters (digits count ½). */
const CLUSTER = 5;
/** No column is narrower: shorter lines that cluster are table cells or list items, not a wrap. */
const MIN_WRAP = 8;

/**
 * Is the text hard-wrapped? From the evidence of its lines, not from the absence of blank lines: a hard-wrapped
 * column (a PDF or newspaper extraction, Markdown filled at 80 columns) fills most of its lines to one width — their
 * widths cluster in a narrow band that nearly no line passes — and those lines mostly end inside a sentence. Text
 * with one paragraph per line (a web page copied as text) has lines of every width, each ending its paragraph;
 * table cells one per line cluster too, but far below any column's width.
 */
function detectWrap(text: string, lines: readonly LineInfo[]): WrapInfo {
	// Histograms of whole widths (a line wider than MAX_WIDTH counts as MAX_WIDTH) and of counts of characters, and of
	// the same of lines ending inside a sentence. A PDF's column wraps at a width (digits and Latin letters ½); a tool
	// that cuts text at a number of characters wraps at a count — either clusters, the width first.
	const widths = new Uint32Array(MAX_WIDTH + 1);
	const openWidths = new Uint32Array(MAX_WIDTH + 1);
	const chars = new Uint32Array(MAX_WIDTH + 1);
	const openChars = new Uint32Array(MAX_WIDTH + 1);
	let count = 0;
	let numbered = 0;
	for (let n = 0; n < lines.length; n++) {
		const l = lines[n]!;
		if (l.kind !== 'text' || l.cells) continue;
		const w = Math.min(MAX_WIDTH, Math.floor(l.width));
		const c = Math.min(MAX_WIDTH, l.end - l.start);
		// A line that opens with a numbering mark opens an item (1.新建改扩建中小学幼儿园12所 ⏎ 2.…): a list of short items is
		// no evidence of a wrap, however alike their lengths.
		if (opensNumbered(text, l)) {
			numbered++;
			continue;
		}
		widths[w]!++;
		chars[c]!++;
		if (!endsSentence(text, l.start, l.end)) {
			openWidths[w]!++;
			openChars[c]!++;
		}
		count++;
	}
	const notWrapped: WrapInfo = { hardWrapped: false, byChars: false, fullWidth: Infinity, wrapWidth: 0, blankSeparated: false };
	if (count === 0) return notWrapped;
	let byChars = false;
	let best = wrapBand(widths, openWidths, count, numbered);
	if (best < 0) {
		best = wrapBand(chars, openChars, count, numbered);
		byChars = true;
	}
	if (best < 0) return notWrapped;
	const histogram = byChars ? chars : widths;
	let p75 = 0;
	for (let w = 0, seen = 0; w <= MAX_WIDTH; w++) {
		seen += histogram[w]!;
		if (seen > Math.floor(count * 0.75)) {
			p75 = w;
			break;
		}
	}
	const fullWidth = Math.max(6, p75 * 0.7);
	return { hardWrapped: true, byChars, fullWidth, wrapWidth: best + CLUSTER - 1, blankSeparated: blankSeparated(text, lines, fullWidth, byChars) };
}

/**
 * The least shares of lines a wrap's band holds: of the unnumbered lines of text, and of all of them (numbered items
 * are no evidence either way, but a few long lines among thousands of items are no column).
 */
const MIN_BAND_SHARE = 0.1;
const MIN_BAND_SHARE_OF_ALL = 0.05;

/**
 * The start of the band of CLUSTER measures (at or above MIN_WRAP) most lines fill, when the lines are wrapped there:
 * the band holds 60% of the lines at least as long as its start, a share of all lines (MIN_BAND_SHARE of the `count`
 * unnumbered ones, MIN_BAND_SHARE_OF_ALL with the `numbered` ones), and half of its lines end inside a sentence; else −1.
 */
function wrapBand(histogram: Uint32Array, open: Uint32Array, count: number, numbered: number): number {
	let best = -1;
	let bestCount = 0;
	let band = 0;
	for (let w = MIN_WRAP; w <= MAX_WIDTH; w++) {
		band += histogram[w]!;
		if (w - CLUSTER >= MIN_WRAP) band -= histogram[w - CLUSTER]!;
		if (band > bestCount) {
			bestCount = band;
			best = Math.max(MIN_WRAP, w - CLUSTER + 1);
		}
	}
	if (best < 0 || bestCount < 4 || bestCount < MIN_BAND_SHARE * count || bestCount < MIN_BAND_SHARE_OF_ALL * (count + numbered)) return -1;
	let wider = 0;
	let openInBand = 0;
	for (let w = best; w <= MAX_WIDTH; w++) {
		wider += histogram[w]!;
		if (w < best + CLUSTER) openInBand += open[w]!;
	}
	return bestCount >= 0.6 * wider && openInBand >= 0.5 * bestCount ? best : -1;
}

/** A line's measure against the wrap's: its width, or its count of characters when the text was cut by characters. */
function lineMeasure(l: LineInfo, byChars: boolean): number {
	return byChars ? l.end - l.start : l.width;
}

// ───────────────────────────── blocks ─────────────────────────────

/** Title block of a newspaper page: a short `地名：` line, then a headline that ends no sentence. */
function titleEnd(text: string, lines: readonly LineInfo[], n: number): number {
	const first = lines[n]!;
	if (first.kind !== 'text' || first.width > 24) return -1;
	const last = text.charCodeAt(first.end - 1);
	if (last !== 0xff1a && last !== 0x3a) return -1; // a title's first line ends with its colon
	const head = text.slice(first.start, first.end);
	if (!TITLE_PLACE.test(head) || /[，。,]/.test(head)) return -1;
	// The headline: one or two lines, no sentence end inside, then a blank line, a byline or the end.
	for (let k = n + 1; k <= n + 2 && k < lines.length; k++) {
		const l = lines[k]!;
		if (l.kind !== 'text') return -1;
		const s = text.slice(l.start, l.end);
		if (/[。！？]/.test(s) || l.width > 32) return -1;
		const next = lines[k + 1];
		if (next === undefined || next.kind === 'blank' || next.kind === 'byline') return k;
	}
	return -1;
}

const NO_BLANK_JOINS: readonly number[] = Object.freeze([]);

class BlockBuilder {
	#text: string;
	#parts: string[] = [];
	#pieces: Piece[] = [];
	#len = 0;
	#blankJoins: number[] = [];
	#firstLine = -1;
	#lastLine = -1;
	#start = 0;
	#end = 0;

	constructor(text: string) {
		this.#text = text;
	}

	get empty(): boolean {
		return this.#firstLine < 0;
	}

	/** Add a line; `separator` stands between it and the line before (the rows of a table must not run together). */
	add(line: LineInfo, n: number, afterBlank: boolean, separator = ''): void {
		const text = this.#text;
		if (this.#firstLine < 0) {
			this.#firstLine = n;
			this.#start = line.start;
		} else {
			if (separator !== '') {
				this.#pieces.push({ joined: this.#len, offset: this.#end - this.#start });
				this.#parts.push(separator);
				this.#len += separator.length;
			}
			const prev = this.#parts[this.#parts.length - 1] ?? '';
			// Between two Latin letters a line break is a space; between anything else (CJK, digits) nothing.
			if (isLatinLetter(prev.charCodeAt(prev.length - 1)) && isLatinLetter(text.charCodeAt(line.start))) {
				this.#pieces.push({ joined: this.#len, offset: this.#end - this.#start });
				this.#parts.push(' ');
				this.#len += 1;
			}
			if (afterBlank) this.#blankJoins.push(this.#len);
		}
		this.#pieces.push({ joined: this.#len, offset: line.start - this.#start });
		this.#parts.push(text.slice(line.start, line.end));
		this.#len += line.end - line.start;
		this.#lastLine = n;
		this.#end = line.end;
	}

	build(kind: BlockKind, firmStart: boolean, paragraph: number): Block {
		const parts = this.#parts;
		const block: Block = {
			firmStart,
			continued: false,
			paragraph,
			kind,
			text: parts.length === 1 ? parts[0]! : parts.join(''),
			pieces: this.#pieces,
			firstLine: this.#firstLine,
			lastLine: this.#lastLine,
			span: { start: this.#start, end: this.#end },
			// Most blocks have no blank line inside: they share one empty list.
			blankJoins: this.#blankJoins.length === 0 ? NO_BLANK_JOINS : this.#blankJoins,
		};
		// The parts are joined: their list is used again (the blank joins too, when the block took none). Most blocks
		// are one line: a pop, not the slower setting of the length.
		if (parts.length === 1) parts.pop();
		else parts.length = 0;
		this.#pieces = [];
		this.#len = 0;
		if (this.#blankJoins.length > 0) this.#blankJoins = [];
		this.#firstLine = -1;
		this.#lastLine = -1;
		return block;
	}
}

/** A line all in Markdown bold: **…**. */
/** A Markdown image alone on its line: `![alt](path)`. */
function isImageLine(text: string, l: LineInfo): boolean {
	if (!text.startsWith('![', l.start) || text.charCodeAt(l.end - 1) !== 0x29 /* ) */) return false;
	for (let i = l.start + 2; i + 1 < l.end; i++) if (text.charCodeAt(i) === 0x5d /* ] */ && text.charCodeAt(i + 1) === 0x28 /* ( */) return true;
	return false;
}

function wholeBold(text: string, l: LineInfo): boolean {
	return l.end - l.start > 4 && text.startsWith('**', l.start) && text.startsWith('**', l.end - 2) && text.indexOf('**', l.start + 2) === l.end - 2;
}

function isLatinLetter(c: number): boolean {
	return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// ───────────────────────────── bounded blocks ─────────────────────────────

/** The most characters a block holds: longer stretches are cut (see Block.continued). */
export const MAX_BLOCK = 3000;

/** Sentence and clause ends, in the order a cut prefers them. */
const CUT = new Uint8Array(0x10000);
const CUT_SENTENCE = 1;
const CUT_CLAUSE = 2;
const SENTENCE_ENDS = '。！？；;!?';
for (const c of SENTENCE_ENDS) CUT[c.charCodeAt(0)] = CUT_SENTENCE;
/** The marks of CUT_SENTENCE, sought (cutPoints). */
const SENTENCE_MARK = new RegExp(`[${SENTENCE_ENDS}]`, 'g');
for (const c of '，,、：: \u3000）)') CUT[c.charCodeAt(0)] = CUT_CLAUSE;

/** Can a date open with `c` (a digit, a Chinese numeral of a year, an opening bracket)? Asked before the date's pattern. */
function isDigitOrDateOpening(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0xff08 || c === 0x28 || '〇零一二三四五六七八九'.includes(String.fromCharCode(c));
}

function isDigitOrPoint(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2e || c === 0xff0e;
}

/** How many characters before a cut its hash reads: a table row's or a few clauses' worth. */
const HASHED = 24;
/** The most a hash adds to a cut's rank (its trailing zero bits, capped): one place in 2^15 at most. */
const HASH_LEVELS = 16;
/** Ranks of the places a stretch may be cut at, each above all hashes of the rank below. */
const RANK_CHARACTER = 1;
const RANK_CLAUSE = 2;
const RANK_SECOND = 3; // a line join in running text; a sentence end among a table's rows
const RANK_FIRST = 4; // a sentence end in running text; a line join among a table's rows
/** The rolling hash's base, and the base to the power HASHED (mod 2^32), to take the character leaving the window. */
const BASE = 0x01000193;
let BASE_OUT = 1;
for (let k = 0; k < HASHED; k++) BASE_OUT = Math.imul(BASE_OUT, BASE);

/**
 * Where a stretch longer than MAX_BLOCK is cut (content-defined cuts, as rsync's chunks): each place between two
 * characters gets a score — the rank of what it is (a sentence end first, or a line join among a table's rows; then a
 * line join, a clause mark) and, within the rank, a hash of the HASHED characters before it. A stretch too long is cut
 * at its place of the highest score (the first, when several tie), and so is each piece still too long (cartesianCuts).
 * What makes a cut is the text around it up to the places that score higher, not where the block before it began: an
 * edit changes the cuts of its own piece, and the blocks after it are cut where they were. A piece with no mark and no
 * join is cut the same way at places between two characters (off a number or a surrogate pair), else every MAX_BLOCK.
 */
function cutPoints(text: string, joins: readonly number[], rowsFirst: boolean, kept?: CutPlaces): number[] {
	const n = text.length;
	const cuts: number[] = [];
	// A higher rank outscores every hash of a lower one, so the places of each rank are sought only in the pieces the
	// ranks above left too long: the cuts are the same, and a table's many clause marks (the spaces between its columns)
	// are not hashed. Sentence ends and line joins first (few: each hashed on its own).
	const places: number[] = [];
	const scores: number[] = [];
	// The places after a sentence end (found by a native search: a loop over every character of a long table costs
	// more than the rest of the cut) and the joins, merged in order.
	SENTENCE_MARK.lastIndex = 0;
	const nextMark = (): number => (SENTENCE_MARK.exec(text) ? SENTENCE_MARK.lastIndex : Infinity);
	let mark = nextMark();
	let j = 0;
	while (j < joins.length && joins[j]! < 1) j++;
	for (;;) {
		const next = j < joins.length ? joins[j]! : Infinity;
		const i = Math.min(next, mark);
		if (i >= n) break;
		const join = next === i;
		const sentence = mark === i;
		const rank = join ? (rowsFirst || sentence ? RANK_FIRST : RANK_SECOND) : rowsFirst ? RANK_SECOND : RANK_FIRST;
		places.push(i);
		scores.push(rank * HASH_LEVELS + hashLevel(hashBefore(text, i)));
		while (j < joins.length && joins[j]! <= i) j++;
		if (sentence) mark = nextMark();
	}
	work.text += n;
	let pieces = cutInto(cartesianCuts(places, scores, 0, n), 0, n, cuts);
	// Then clause marks, then places between characters, in the pieces still too long (many: a rolling hash, and only
	// those of the higher hash levels kept — a piece too long holds enough of them).
	for (const [rank, least] of [
		[RANK_CLAUSE, 2],
		[RANK_CHARACTER, 4],
	] as const) {
		const longer: [number, number][] = [];
		// With the block's places kept (CutPlaces), each piece takes its run of them rather than hashing its characters.
		const all = pieces.length > 0 ? kept?.of(rank, least) : undefined;
		for (const [from, to] of pieces) {
			places.length = 0;
			scores.length = 0;
			if (all) {
				let k = partitionPoint(all.places.length, (x) => all.places[x]! <= from);
				for (; k < all.places.length && all.places[k]! < to; k++) {
					places.push(all.places[k]!);
					scores.push(rank * HASH_LEVELS + all.levels[k]!);
				}
				work.text += places.length;
				longer.push(...cutInto(cartesianCuts(places, scores, from, to), from, to, cuts));
				continue;
			}
			let h = hashBefore(text, from + 1);
			for (let i = from + 1; i < to; i++) {
				if (i > from + 1) h = roll(text, h, i);
				const mark = CUT[text.charCodeAt(i - 1)];
				if (rank === RANK_CLAUSE ? mark !== CUT_CLAUSE : mark !== 0 || !cuttableAt(text, i)) continue;
				const level = hashLevel(h);
				if (level < least) continue;
				places.push(i);
				scores.push(rank * HASH_LEVELS + level);
			}
			work.text += to - from;
			longer.push(...cutInto(cartesianCuts(places, scores, from, to), from, to, cuts));
		}
		pieces = longer;
	}
	// Nowhere to cut (a number thousands of digits long): every MAX_BLOCK characters.
	for (const [from, to] of pieces) for (let c = from + MAX_BLOCK; c < to; c += MAX_BLOCK) cuts.push(c);
	return cuts.sort((a, b) => a - b);
}

/** The places of one rank (clause marks, or places between characters) a block may be cut at, ascending, and their hash levels. */
interface RankPlaces {
	readonly places: number[];
	readonly levels: number[];
}

/** Push the places of `rank` in [from, to) of `text` with a hash level of at least `least` (as cutPoints finds them in a piece). */
function placesIn(text: string, rank: number, least: number, from: number, to: number, out: RankPlaces): void {
	from = Math.max(from, 1);
	if (from >= to) return;
	let h = hashBefore(text, from);
	for (let i = from; i < to; i++) {
		if (i > from) h = roll(text, h, i);
		const mark = CUT[text.charCodeAt(i - 1)];
		if (rank === RANK_CLAUSE ? mark !== CUT_CLAUSE : mark !== 0 || !cuttableAt(text, i)) continue;
		const level = hashLevel(h);
		if (level < least) continue;
		out.places.push(i);
		out.levels.push(level);
	}
	work.text += to - from;
}

/**
 * The places of the lower ranks in the whole of a long block, found when a piece of it is too long to be cut at its
 * sentence ends and joins, and kept (BlockCutMemo) for the same block after an edit. Whether a place is one, and its
 * level, depend only on the HASHED characters before it and the one at it: after an edit, the places away from it are
 * the last text's (moved), and only those near it are hashed again.
 */
class CutPlaces {
	readonly #byRank = new Map<number, RankPlaces>();
	/** The same block's places in its last text, if any (theirs dropped: one text back only). */
	#last: CutPlaces | undefined;

	constructor(
		readonly text: string,
		last: CutPlaces | undefined,
	) {
		this.#last = last;
		if (last) last.#last = undefined;
	}

	of(rank: number, least: number): RankPlaces {
		let found = this.#byRank.get(rank);
		if (found) return found;
		const text = this.text;
		const n = text.length;
		found = { places: [], levels: [] };
		const last = this.#last;
		const old = last ? last.#byRank.get(rank) : undefined;
		if (!old) placesIn(text, rank, least, 1, n, found);
		else {
			// A place reads the HASHED characters before it and the one at it: one that reads a stretch the last text shares
			// (segmentsOf: its start, its end, and what lies between a few small edits) is the last text's place, moved; the
			// places between those stretches are found again.
			let next = 1;
			for (const seg of segmentsOf(last!.text, text)) {
				// The common start reads the same characters from the text's start; another stretch, from its HASHED-th on.
				const lo = seg.from === 0 && seg.to === 0 ? 0 : HASHED;
				if (lo >= seg.length) continue;
				placesIn(text, rank, least, next, seg.to + lo, found);
				const first = partitionPoint(old.places.length, (x) => old.places[x]! < seg.from + lo);
				let k = first;
				for (; k < old.places.length && old.places[k]! < seg.from + seg.length; k++) {
					found.places.push(old.places[k]! - seg.from + seg.to);
					found.levels.push(old.levels[k]!);
				}
				work.text += k - first;
				next = seg.to + seg.length;
			}
			placesIn(text, rank, least, next, n, found);
		}
		this.#byRank.set(rank, found);
		return found;
	}
}

/**
 * The lower ranks' places of a document's long blocks (CutPlaces), by the offset a block starts at: an edit inside a
 * block leaves its start where it was. A few blocks only (a document's long blocks are few; a block not found is
 * hashed anew, with the same cuts).
 */
export class BlockCutMemo {
	static readonly MAX_BLOCKS = 16;
	readonly #byStart = new Map<number, CutPlaces>();

	/** The places of the block of `text` starting at `start`, from those of the block that started there before. */
	placesFor(start: number, text: string): CutPlaces {
		const last = this.#byStart.get(start);
		if (last?.text === text) return last;
		if (!last && this.#byStart.size >= BlockCutMemo.MAX_BLOCKS) this.#byStart.clear();
		const places = new CutPlaces(text, last);
		this.#byStart.set(start, places);
		return places;
	}
}

/** Cut [from, to) at `at` (ascending) into `cuts`; the pieces still longer than MAX_BLOCK. */
function cutInto(at: readonly number[], from: number, to: number, cuts: number[]): [number, number][] {
	const longer: [number, number][] = [];
	let start = from;
	for (const c of [...at, to]) {
		if (c < to) cuts.push(c);
		if (c - start > MAX_BLOCK) longer.push([start, c]);
		start = c;
	}
	return longer;
}

/**
 * The places (ascending, with their scores) a stretch [from, to) is cut at: recursively, a piece longer than MAX_BLOCK at
 * its first place of the highest score. A place cuts when the piece it would cut is too long, and that piece reaches
 * from the nearest place before it that scores as high to the nearest after it that scores higher (its span in the
 * Cartesian tree of the scores): two monotonic stacks, linear in the places.
 */
function cartesianCuts(places: readonly number[], scores: readonly number[], from: number, to: number): number[] {
	const m = places.length;
	const before = new Int32Array(m); // the piece's start: the nearest place before with a score as high, else `from`
	const after = new Int32Array(m); // its end: the nearest place after with a higher score, else `to`
	const stack: number[] = [];
	for (let k = 0; k < m; k++) {
		while (stack.length > 0 && scores[stack[stack.length - 1]!]! < scores[k]!) stack.pop();
		before[k] = stack.length > 0 ? places[stack[stack.length - 1]!]! : from;
		stack.push(k);
	}
	stack.length = 0;
	for (let k = m - 1; k >= 0; k--) {
		while (stack.length > 0 && scores[stack[stack.length - 1]!]! <= scores[k]!) stack.pop();
		after[k] = stack.length > 0 ? places[stack[stack.length - 1]!]! : to;
		stack.push(k);
	}
	work.text += 2 * m;
	const cuts: number[] = [];
	for (let k = 0; k < m; k++) if (after[k]! - before[k]! > MAX_BLOCK) cuts.push(places[k]!);
	return cuts;
}

/** The hash of the HASHED characters before `i` (fewer at the start of the text), as `roll` makes it. */
function hashBefore(text: string, i: number): number {
	let h = 0;
	for (let k = Math.max(0, i - HASHED); k < i; k++) h = (Math.imul(h, BASE) + text.charCodeAt(k)) | 0;
	return h;
}

/** The hash of the HASHED characters before `i`, from `h`, the hash of those before i − 1: rolled on by one character. */
function roll(text: string, h: number, i: number): number {
	let next = (Math.imul(h, BASE) + text.charCodeAt(i - 1)) | 0;
	if (i > HASHED) next = (next - Math.imul(text.charCodeAt(i - 1 - HASHED), BASE_OUT)) | 0;
	return next;
}

/** Trailing zero bits of a mixed hash, at most HASH_LEVELS − 1. */
function hashLevel(hash: number): number {
	let h = hash ^ (hash >>> 13);
	h = Math.imul(h, 0x5bd1e995);
	h ^= h >>> 15;
	// The lowest set bit's index, capped (none set: the cap).
	return h === 0 ? HASH_LEVELS - 1 : Math.min(HASH_LEVELS - 1, 31 - Math.clz32(h & -h));
}

/** Not inside a number, nor inside a surrogate pair. */
function cuttableAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return !(isDigitOrPoint(c) && isDigitOrPoint(text.charCodeAt(i - 1))) && !(c >= 0xdc00 && c <= 0xdfff);
}

/**
 * Cut a block longer than MAX_BLOCK into blocks of at most MAX_BLOCK characters, each with its share of the offset
 * map. Linear in the block: the pieces and blank joins are walked once, with cursors.
 */
function boundBlock(block: Block, out: Block[], cutMemo?: BlockCutMemo): void {
	const text = block.text;
	if (text.length <= MAX_BLOCK) {
		out.push(block);
		return;
	}
	const all = block.pieces;
	const joins = all.map((p) => p.joined);
	const rowsFirst = block.kind !== 'text' && block.kind !== 'quote' && block.kind !== 'list';
	const cuts = cutPoints(text, joins, rowsFirst, cutMemo?.placesFor(block.span.start, text));
	let pk = 0;
	let bk = 0;
	for (let c = 0, from = 0; from < text.length; c++) {
		const to = cuts[c] ?? text.length;
		// The pieces that overlap [from, to): the one holding `from`, then those that start before `to`.
		while (pk + 1 < all.length && all[pk + 1]!.joined <= from) pk++;
		const pieces: Piece[] = [];
		const spanStart = toOriginal(block, from);
		for (let k = pk; k < all.length && all[k]!.joined < to; k++) {
			const p = all[k]!;
			const start = Math.max(p.joined, from);
			pieces.push({ joined: start - from, offset: block.span.start + p.offset + (start - p.joined) - spanStart });
		}
		const blankJoins: number[] = [];
		while (bk < block.blankJoins.length && block.blankJoins[bk]! < to) {
			const j = block.blankJoins[bk++]!;
			if (j > from) blankJoins.push(j - from);
		}
		const continued = from > 0;
		out.push({
			kind: block.kind,
			text: text.slice(from, to),
			pieces,
			firstLine: block.firstLine,
			lastLine: block.lastLine,
			span: { start: spanStart, end: toOriginal(block, to - 1) + 1 },
			blankJoins,
			firmStart: continued ? false : block.firmStart,
			continued,
			paragraph: block.paragraph,
		});
		from = to;
	}
}

/** A line's kind as a number: TextMemo compares the kinds of two analyses' lines. */
const LINE_CODE: Readonly<Record<LineKind, number>> = { blank: 0, text: 1, byline: 2, heading: 3, table: 4, list: 5, quote: 6, rule: 7, code: 8, html: 9, frontMatter: 10 };
const BLANK_CODE = 0;

/** What the last build of a document's model left for the next (TextMemo). */
interface LastModel extends Pick<TextModel, 'text' | 'lineStarts' | 'blocks' | 'tables'> {
	/** Its lines: those an edit did not touch serve again, moved in place (the last model no longer needs them). */
	readonly lines: readonly LineInfo[];
	/** The classification state each line leaves (classifyRange), and each line's kind once the tables are marked. */
	readonly states: Uint8Array;
	readonly kinds: Uint8Array;
	readonly wrap: WrapInfo;
}

/**
 * The last text model of a document, kept by its BlockCache: the next build (an edit or two later) classifies only the
 * lines around the edits and takes the paragraphs elsewhere from the last model — the same objects before the first
 * edit, moved after it (their text the same string, their offsets shifted) — rather than reading every line and joining
 * every paragraph again. What it gives is what a build from scratch gives: a paragraph is taken only when every line
 * it was joined from and looked ahead at is the last model's, moved alike, with the same kind, the same table over it
 * and the same wrap.
 */
export class TextMemo {
	/**
	 * The longest text whose model is kept (its lines and blocks: about 3.5 MB for 1,000,000 characters of prose). A longer
	 * document's model is built from scratch at each analysis, as before, to hold the server's memory with a document of
	 * a million characters open under its budget (150 MB).
	 */
	static readonly MAX_CHARS = 500_000;
	#last: LastModel | undefined;
	/** Lines classified and blocks made (not taken from the last model) by the builds since the memo was made. */
	readonly counts = { lines: 0, blocks: 0 };
	/** The places its long blocks may be cut at, for the next build to take those the edit did not touch. */
	readonly cuts = new BlockCutMemo();

	/** The last model, once: its lines are moved in place by the next build. */
	take(): LastModel | undefined {
		const last = this.#last;
		this.#last = undefined;
		return last;
	}

	keep(last: LastModel): void {
		this.#last = last;
	}
}

/** A stretch of text the same in the last text and this one: `length` characters at `from` then, at `to` now. */
interface Segment {
	readonly from: number;
	readonly to: number;
	readonly length: number;
}

/** Characters compared at once, as two slices (a native comparison; a loop of charCodeAt is many times slower). */
const CHUNK = 1024;

/** The length of the common prefix of a[ai, ai + max) and b[bi, bi + max). */
function commonPrefix(a: string, ai: number, b: string, bi: number, max: number): number {
	let n = 0;
	while (n + CHUNK <= max && a.slice(ai + n, ai + n + CHUNK) === b.slice(bi + n, bi + n + CHUNK)) n += CHUNK;
	while (n < max && a.charCodeAt(ai + n) === b.charCodeAt(bi + n)) n++;
	return n;
}

/** The length of the common suffix of a[.., ae) and b[.., be), at most `max`. */
function commonSuffix(a: string, ae: number, b: string, be: number, max: number): number {
	let n = 0;
	while (n + CHUNK <= max && a.slice(ae - n - CHUNK, ae - n) === b.slice(be - n - CHUNK, be - n)) n += CHUNK;
	while (n < max && a.charCodeAt(ae - 1 - n) === b.charCodeAt(be - 1 - n)) n++;
	return n;
}

/** The most characters an edit between two stretches of the same text may remove or insert to be found. */
const EDIT_SPAN = 16;
/** The characters two stretches must share to be taken as one. */
const ANCHOR = 32;
/** The most edits told apart (more: the text between them is read again). */
const MAX_EDITS = 8;

/**
 * The stretches of text that `text` shares with `old`, in order: the common start and end, and between them the
 * stretches left by up to MAX_EDITS small edits (a character typed here, another deleted there).
 */
function segmentsOf(old: string, text: string): Segment[] {
	const min = Math.min(old.length, text.length);
	const p = commonPrefix(old, 0, text, 0, min);
	const s = commonSuffix(old, old.length, text, text.length, min - p);
	const oe = old.length - s;
	const ne = text.length - s;
	const out: Segment[] = [{ from: 0, to: 0, length: p }];
	let io = p;
	let ino = p;
	for (let edits = 0; edits < MAX_EDITS && io < oe && ino < ne; edits++) {
		// The smallest edit (k1 characters then, k2 now) after which the texts agree again.
		let best: [number, number] | undefined;
		for (let size = 0; size <= 2 * EDIT_SPAN && !best; size++) {
			for (let k1 = Math.max(0, size - EDIT_SPAN); k1 <= Math.min(size, EDIT_SPAN) && !best; k1++) {
				const k2 = size - k1;
				if (io + k1 + ANCHOR > oe || ino + k2 + ANCHOR > ne) continue;
				if (old.slice(io + k1, io + k1 + ANCHOR) === text.slice(ino + k2, ino + k2 + ANCHOR)) best = [k1, k2];
			}
		}
		work.text += 2 * EDIT_SPAN * EDIT_SPAN;
		if (!best) break;
		const [k1, k2] = best;
		const length = commonPrefix(old, io + k1, text, ino + k2, Math.min(oe - io - k1, ne - ino - k2));
		out.push({ from: io + k1, to: ino + k2, length });
		io += k1 + length;
		ino += k2 + length;
	}
	if (s > 0) out.push({ from: oe, to: ne, length: s });
	work.text += p + s + (ino - p);
	return out;
}

/** The lines of `text`: those inside a stretch the last text shares are the last model's, moved. */
interface EditedLines {
	readonly lineStarts: number[];
	readonly lines: LineInfo[];
	readonly states: Uint8Array;
	/** For each line, the segment it was taken from (moved), or -1 when it was classified now. */
	readonly segment: Int32Array;
	readonly segments: readonly Segment[];
	/** For each segment, this line's index less the last model's. */
	readonly lineShift: readonly number[];
}

/**
 * Push the starts of the lines that begin in text[from, to) (after a line break there), as computeLineStarts does;
 * `plain`: the text breaks lines with \n alone (indexOf finds them natively).
 */
function pushLineStarts(text: string, from: number, to: number, starts: number[], plain: boolean): void {
	if (plain) {
		for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
		return;
	}
	for (let i = from; i < to; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 0x0d) {
			if (text.charCodeAt(i + 1) === 0x0a) i++;
			starts.push(i + 1);
		} else if (ch === 0x0a || ch === 0x2028 || ch === 0x2029) starts.push(i + 1);
	}
}

/** Undefined when the lines cannot be read from the last model's (the caller reads every line). */
function editedLines(text: string, last: LastModel, counts: TextMemo['counts']): EditedLines | undefined {
	const old = last.text;
	const segments = segmentsOf(old, text);
	const plain = text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
	const starts0 = last.lineStarts;
	const count0 = starts0.length;
	const lines0 = last.lines;
	// The lines the last table pass marked are given back their own kind.
	for (const t of last.tables) for (let n = t.firstLine; n <= t.lastLine; n++) lines0[n]!.kind = lines0[n]!.base;
	const lineStarts: number[] = [0];
	const lines: LineInfo[] = [];
	const taken: number[] = [];
	const lineShift: number[] = [];
	let states = new Uint8Array(Math.max(16, count0));
	let state = 0;
	/** Classify the lines from `lines.length` up to (not including) `upTo`. */
	const classify = (upTo: number): void => {
		if (upTo > states.length) {
			const wider = new Uint8Array(Math.max(upTo, 2 * states.length));
			wider.set(states);
			states = wider;
		}
		const from = lines.length;
		state = classifyRange(text, lineStarts, from, upTo, state, lines, states);
		for (let n = from; n < upTo; n++) taken.push(-1);
		counts.lines += upTo - from;
		work.text += upTo - from;
	};
	// The position from which line starts are still to be found.
	let scanned = 0;
	let k = 1; // the first old line not yet passed
	for (let g = 0; g < segments.length; g++) {
		const seg = segments[g]!;
		const d = seg.to - seg.from;
		const end = seg.from + seg.length;
		// The old lines inside the segment, with the line break before them (two characters) and after them.
		while (k < count0 && starts0[k]! - 2 < seg.from) k++;
		let k2 = k;
		while (k2 < count0 && (k2 + 1 < count0 ? starts0[k2 + 1]! : old.length + 1) <= end) k2++;
		// The last line reaches the end of both texts: its end is the segment's.
		if (k2 === count0 - 1 && end === old.length && seg.to + seg.length === text.length) k2 = count0;
		if (k2 <= k) {
			lineShift.push(0);
			continue;
		}
		// The lines up to the segment's first: found and classified now.
		const first = starts0[k]! + d;
		pushLineStarts(text, scanned, first, lineStarts, plain);
		if (lineStarts[lineStarts.length - 1] !== first) return undefined;
		classify(lineStarts.length - 1);
		const shift = lines.length - k;
		lineShift.push(shift);
		if (state !== (k > 0 ? last.states[k - 1]! : 0) || lines.length === 0) {
			// A fence or comment opened or closed before it: its lines are classified now too.
			scanned = first;
			k = k2;
			continue;
		}
		for (let m = k; m < k2; m++) {
			const l = lines0[m]!;
			l.start += d;
			l.end += d;
			lines.push(l);
			taken.push(g);
			if (m > k) lineStarts.push(starts0[m]! + d);
			if (lines.length > states.length) {
				const wider = new Uint8Array(2 * states.length);
				wider.set(states);
				states = wider;
			}
			states[lines.length - 1] = last.states[m]!;
		}
		state = last.states[k2 - 1]!;
		if (k2 < count0) {
			lineStarts.push(starts0[k2]! + d);
			scanned = starts0[k2]! + d;
		} else scanned = text.length;
		k = k2;
	}
	if (scanned < text.length || lines.length < lineStarts.length) {
		pushLineStarts(text, scanned, text.length, lineStarts, plain);
		classify(lineStarts.length);
	}
	if (lines.length !== lineStarts.length) return undefined;
	return { lineStarts, lines, states: states.length === lines.length ? states : states.slice(0, lines.length), segment: Int32Array.from(taken), segments, lineShift };
}

function sameWrap(a: WrapInfo, b: WrapInfo): boolean {
	return a.hardWrapped === b.hardWrapped && a.byChars === b.byChars && a.fullWidth === b.fullWidth && a.wrapWidth === b.wrapWidth && a.blankSeparated === b.blankSeparated;
}

/** A block of the last model moved: its text further on by `delta` characters and `lineDelta` lines. */
function movedBlock(b: Block, delta: number, lineDelta: number, paragraphDelta: number): Block {
	if (delta === 0 && lineDelta === 0 && paragraphDelta === 0) return b;
	return {
		firmStart: b.firmStart,
		continued: b.continued,
		paragraph: b.paragraph + paragraphDelta,
		kind: b.kind,
		text: b.text,
		pieces: b.pieces,
		firstLine: b.firstLine + lineDelta,
		lastLine: b.lastLine + lineDelta,
		span: delta === 0 ? b.span : { start: b.span.start + delta, end: b.span.end + delta },
		blankJoins: b.blankJoins,
	};
}

/** What the joining of this model's blocks may take from the last model's. */
class Reuse {
	/** For each line, the last line of the run from it of lines taken from one segment with the kinds they had. */
	readonly runEnd: Int32Array;
	/** For each old line that starts a paragraph, the index of its first block, else -1. */
	readonly startsAt: Int32Array;
	readonly oldTableEnd = new Map<number, number>();

	constructor(
		readonly last: LastModel,
		readonly edit: EditedLines,
		kinds: Uint8Array,
	) {
		const n = kinds.length;
		this.runEnd = new Int32Array(n);
		for (let i = n - 1; i >= 0; i--) {
			const g = edit.segment[i]!;
			const same = g >= 0 && kinds[i] === last.kinds[i - edit.lineShift[g]!];
			this.runEnd[i] = !same ? i - 1 : i + 1 < n && edit.segment[i + 1] === g && this.runEnd[i + 1]! > i ? this.runEnd[i + 1]! : i;
		}
		this.startsAt = new Int32Array(last.kinds.length).fill(-1);
		last.blocks.forEach((b, i) => {
			if (!b.continued) this.startsAt[b.firstLine] = i;
		});
		for (const t of last.tables) this.oldTableEnd.set(t.firstLine, t.lastLine);
		work.text += n + last.blocks.length;
	}

	/**
	 * The last model's paragraph at line `n` (the loop of joinBlocks at a line that is not blank), when it may be taken:
	 * the index of its first block and the segment it is moved by, else undefined.
	 */
	at(n: number, lines: readonly LineInfo[], tableEnd: ReadonlyMap<number, number>): { first: number; segment: number } | undefined {
		const g = this.edit.segment[n]!;
		if (g < 0 || this.runEnd[n]! < n) return undefined;
		const shift = this.edit.lineShift[g]!;
		const m0 = n - shift;
		const first = this.startsAt[m0]!;
		if (first < 0) return undefined;
		// The line before (a firm start or not) is the same too.
		if (n > 0 && (this.edit.segment[n - 1] !== g || this.runEnd[n - 1]! < n)) return undefined;
		const kinds0 = this.last.kinds;
		const m1 = this.last.blocks[first]!.lastLine;
		// The lines the paragraph's end looked ahead at: the next line that is not blank and three more, and 24 characters.
		let next = m1 + 1;
		while (next < kinds0.length && kinds0[next] === BLANK_CODE) next++;
		if (next >= kinds0.length) return undefined;
		const horizon = Math.min(next + 4, kinds0.length - 1);
		if (this.runEnd[n]! < horizon + shift) return undefined;
		const seg = this.edit.segments[g]!;
		if (lines[next + shift]!.start + 24 > seg.to + seg.length) return undefined;
		const end = tableEnd.get(n);
		const oldEnd = this.oldTableEnd.get(m0);
		if (end !== (oldEnd === undefined ? undefined : oldEnd + shift)) return undefined;
		return { first, segment: g };
	}
}

/**
 * Read `text` into lines and blocks, joining hard-wrapped lines into paragraphs. `tableLines`: the document's readings of
 * lines by the table pass, kept from its last analysis (asked when the model is not kept); `memo`: its last model
 * (TextMemo).
 */
export function buildTextModel(text: string, tableLines?: LineMemo, memo?: TextMemo): TextModel {
	const last = memo?.take();
	if (text.length > TextMemo.MAX_CHARS) memo = undefined;
	const edit = last && memo ? editedLines(text, last, memo.counts) : undefined;
	let lineStarts: number[];
	let lines: LineInfo[];
	let states: Uint8Array;
	if (edit) ({ lineStarts, lines, states } = edit);
	else {
		lineStarts = computeLineStarts(text);
		lines = [];
		states = new Uint8Array(lineStarts.length);
		classifyRange(text, lineStarts, 0, lineStarts.length, 0, lines, states);
		work.text += text.length + lines.length;
		if (memo) memo.counts.lines += lines.length;
	}
	// Tables first: their lines are neither paragraphs nor headings, nor evidence of hard wrapping. With the last model,
	// a line an edit did not touch is the same object with its readings (TableLine.words): the lines' memo is not asked.
	const tables = findTables(text, lines, lineStarts, memo ? undefined : tableLines);
	const tableEnd = new Map<number, number>();
	for (const t of tables) {
		tableEnd.set(t.firstLine, t.lastLine);
		for (let n = t.firstLine; n <= t.lastLine; n++) if (lines[n]!.kind !== 'blank') lines[n]!.kind = 'table';
	}
	const wrap = detectWrap(text, lines);
	let kinds: Uint8Array | undefined;
	if (memo) {
		kinds = new Uint8Array(lines.length);
		for (let n = 0; n < lines.length; n++) kinds[n] = LINE_CODE[lines[n]!.kind];
	}
	const reuse = edit && last && kinds && sameWrap(wrap, last.wrap) ? new Reuse(last, edit, kinds) : undefined;
	const blocks = joinBlocks(text, lines, wrap, tableEnd, reuse, memo);
	if (memo) memo.keep({ text, lineStarts, lines, states, kinds: kinds!, tables, wrap, blocks });
	return { text, lineStarts, blocks, hardWrapped: wrap.hardWrapped, wrapWidth: wrap.wrapWidth, tables };
}

/** The blocks of the lines: paragraphs joined, tables and other block lines apart, each cut to at most MAX_BLOCK. */
function joinBlocks(text: string, lines: readonly LineInfo[], wrap: WrapInfo, tableEnd: ReadonlyMap<number, number>, reuse: Reuse | undefined, memo: TextMemo | undefined): Block[] {
	const blocks: Block[] = [];
	const builder = new BlockBuilder(text);
	const firmBreakBefore = (n: number): boolean => {
		const prev = lines[n - 1];
		return prev === undefined || prev.kind !== 'text' || lineMeasure(prev, wrap.byChars) < wrap.fullWidth;
	};

	let paragraph = 0;
	let n = 0;
	let taken = 0;
	while (n < lines.length) {
		const line = lines[n]!;
		if (line.kind === 'blank') {
			n++;
			continue;
		}
		const kept = reuse?.at(n, lines, tableEnd);
		if (kept) {
			// The last model's paragraph, moved.
			const before = reuse!.last.blocks;
			const seg = reuse!.edit.segments[kept.segment]!;
			const shift = reuse!.edit.lineShift[kept.segment]!;
			const b0 = before[kept.first]!;
			let b = kept.first;
			do blocks.push(movedBlock(before[b]!, seg.to - seg.from, shift, paragraph - b0.paragraph));
			while (++b < before.length && before[b]!.continued);
			taken += b - kept.first;
			paragraph++;
			n = b0.lastLine + shift + 1;
			continue;
		}
		if (line.kind !== 'text') {
			// Block lines stand alone, except runs of the same container kind (a table, front matter, a code fence).
			builder.add(line, n, false);
			let k = n + 1;
			const end = tableEnd.get(n);
			if (end !== undefined) {
				// A table found by its own pass: its lines (blank lines between cells skipped), one row a line.
				for (; k <= end; k++) if (lines[k]!.kind !== 'blank') builder.add(lines[k]!, k, false, '\n');
			} else if (line.kind === 'table' || line.kind === 'frontMatter' || line.kind === 'code' || line.kind === 'quote') {
				while (k < lines.length && lines[k]!.kind === line.kind) builder.add(lines[k]!, k++, false);
			} else if (line.kind === 'list' && wrap.hardWrapped) {
				// A list item wrapped in hard-wrapped text runs on into the lines after it, as running text does: while
				// its line is full and ends no sentence (- 基层组织5 ⏎ 25.0万个，比上年增加…).
				let cur = line;
				const runsOn = (next: LineInfo): boolean =>
					next.kind === 'text' && lineMeasure(cur, wrap.byChars) >= wrap.fullWidth && !endsSentence(text, cur.start, cur.end) && !startsWithNumbering(text.slice(next.start, next.start + 12)) && !isStandaloneTitle(text.slice(next.start, next.end));
				while (k < lines.length && runsOn(lines[k]!)) {
					cur = lines[k]!;
					builder.add(cur, k++, false);
				}
			}
			boundBlock(builder.build(line.kind, firmBreakBefore(n), paragraph++), blocks, memo?.cuts);
			n = k;
			continue;
		}
		const tEnd = titleEnd(text, lines, n);
		if (tEnd >= 0) {
			for (let k = n; k <= tEnd; k++) builder.add(lines[k]!, k, false);
			boundBlock(builder.build('title', firmBreakBefore(n), paragraph++), blocks, memo?.cuts);
			n = tEnd + 1;
			continue;
		}
		// Running text: join while the line break looks like a wrap.
		builder.add(line, n, false);
		let cur = line;
		let k = n + 1;
		// A paragraph that opens in bold: where that bold closes, searched once over the lines joined (-1: not yet seen).
		const opensBold = text.startsWith('**', line.start);
		let boldScan = line.start + 2;
		let boldClose = -1;
		// The widest line of the paragraph before `cur` (since the last blank line joined), in width and in characters: a line shorter than that by more than
		// the slack in both, before a blank line, is where the paragraph ends (a paragraph that closes without its 。), not
		// a full line a page break cut (a column cut at a width has full lines of more characters where digits are; one
		// cut at a count of characters, full lines of less width).
		let widest = 0;
		let most = 0;
		for (;;) {
			let j = k;
			while (j < lines.length && lines[j]!.kind === 'blank') j++;
			const next = lines[j];
			if (next === undefined || next.kind !== 'text') break;
			const blanks = j - k;
			// An image alone on its line (![](images/W0203….JPG)) is no running text: nothing runs on into it or out of it (in
			// hard-wrapped text it passed for a full line and took the chapter title after it, **第十四章　…**).
			if (isImageLine(text, cur) || isImageLine(text, next)) break;
			// A line that ends a sentence ends the paragraph, unless it is full and the paragraphs are set apart by
			// blank lines that this break lacks — and the next line opens with no numbering mark (注：1、… ⏎ 2、…).
			if (endsSentence(text, cur.start, cur.end) && !(blanks === 0 && wrap.blankSeparated && lineMeasure(cur, wrap.byChars) >= wrap.fullWidth && !opensNumbered(text, next))) break;
			// In hard-wrapped text a line that ends no sentence runs on into the next one (a line shortened by an edit
			// too); across a blank line only when it is full and ends in no colon (a short line before a blank is a
			// heading or a title). In text that is not hard-wrapped every line break is the author's. A number split
			// by the break is joined in any text.
			const full = lineMeasure(cur, wrap.byChars) >= wrap.fullWidth;
			// Across a blank line a short line's digits do not run on into digits (附件1 ⏎⏎ 10件民生实事 is a mark over a
			// title); into a unit they do (人均增加2.8 ⏎⏎ 万元).
			const numberSplit = splitsNumber(text, cur, next, wrap.hardWrapped) && (blanks === 0 || full || !isDigitOrPoint(text.charCodeAt(next.start)));
			if (!numberSplit && (!wrap.hardWrapped || (blanks > 0 && (!full || isColon(text.charCodeAt(cur.end - 1)))))) break;
			// In hard-wrapped text with no blank lines, a numbered title (三、2026年工作安排; 一、2025年和“十四五”时期工 ⏎ 作回顾)
			// ends on a line that does not fill the column, with no clause mark from its number on: the paragraph after it
			// is not its sentence (it took the part's heading into its text: no part, no year of its own).
			if (blanks === 0 && !numberSplit && !full && cur.end - line.start <= TITLE_MAX && opensNumbered(text, line) && !CLAUSE_MARK.test(text.slice(line.start, cur.end))) break;
			// 第一章　总则 / 第二部分　工作安排 alone on its line is a title of its own, not a wrapped sentence; so is a line all in
			// Markdown bold (**（五）强力实施“四大工程”，全面提升城市功能品位**) before a blank line.
			if (blanks > 0 && ((cur === line && isStandaloneTitle(text.slice(line.start, line.end))) || wholeBold(text, cur))) break;
			// And a bold title wrapped over lines (**（五）强力实施“四大工程” ⏎ ，全面提升城市功能品位**): the bold that opens the
			// paragraph closes at the end of the line before the blank.
			if (blanks > 0 && opensBold && cur !== line && text.startsWith('**', cur.end - 2)) {
				for (; boldClose < 0 && boldScan < cur.end - 1; boldScan++) if (text.charCodeAt(boldScan) === 0x2a && text.charCodeAt(boldScan + 1) === 0x2a) boldClose = boldScan;
				if (boldClose === cur.end - 2) break;
			}
			// So is a numbered line (（四）城乡发展趋于协调) before a blank line that does not fill the column: in a narrow
			// column a short heading passes for a full line, but a numbered paragraph's first line fills it.
			if (blanks > 0 && !numberSplit && cur === line && lineMeasure(cur, wrap.byChars) < wrap.wrapWidth - NUMBERED_SLACK && opensNumbered(text, line)) break;
			// And a line before a blank line that is shorter than the paragraph's lines above it (…以及城市公用事业的维护费 ⏎⏎
			// under lines of fifteen characters): the paragraph's last line, its 。 missing — a page break cuts a full line.
			if (blanks > 0 && !numberSplit && cur !== line && cur.width < widest - NUMBERED_SLACK && cur.end - cur.start < most - NUMBERED_SLACK) break;
			// After a blank line, a numbering mark (（二）, 三、, 37., 第五条) starts a new paragraph.
			if (blanks > 0 && startsWithNumbering(text.slice(next.start, next.start + 12))) break;
			// And so does a source, dateline or occasion line (来源：…, ——2024年3月5日在…): a title's block begins.
			if (blanks > 0 && startsMetaLine(text.slice(next.start, next.start + 24))) break;
			if (titleEnd(text, lines, j) >= 0) break;
			// A date alone on a line that does not fill the column (中华人民共和国国家统计局 ⏎ 2006年2月28日 under a title, a
			// signature's date) is a line of its own: what stands above it, however full, does not run on into it — when the
			// date ends its paragraph (a blank line or the end after it); a date the next line runs on from is inside a
			// sentence (…大会于 ⏎ 2006年2月28日 ⏎ 召开…).
			if (lineMeasure(next, wrap.byChars) < wrap.fullWidth && lines[j + 1]?.kind !== 'text' && isDigitOrDateOpening(text.charCodeAt(next.start)) && isDateAlone(text.slice(next.start, next.end))) break;
			builder.add(next, j, blanks > 0);
			// Measured since the last blank line joined (a page's column; what came before a page break is not compared).
			widest = blanks > 0 ? 0 : Math.max(widest, cur.width);
			most = blanks > 0 ? 0 : Math.max(most, cur.end - cur.start);
			cur = next;
			k = j + 1;
		}
		boundBlock(builder.build('text', firmBreakBefore(n), paragraph++), blocks, memo?.cuts);
		n = k;
	}
	if (memo) memo.counts.blocks += blocks.length - taken;
	return blocks;
}
