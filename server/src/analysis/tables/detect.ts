/**
 * Tables in the lines of a document, found by one pass of their own before the lines become paragraphs: the text model
 * marks the lines of every table found here, so that a table never becomes a heading or a paragraph of claims.
 *
 * The shapes of `../shared/corpus`:
 * - `pipe`: Markdown pipe tables (`| 指标 | 年末数（万人） | 比重（%） |`), `<br>` in cells, a caption in the first row;
 * - `list`: rows turned into list items (`- 纱 万吨 2717.0 13.5`), the label spaced out (`- 粮 食 48401 3.1`);
 * - `aligned`: plain rows whose columns are aligned with spaces or tabs (a table copied from a PDF or a web page);
 * - `flat`: a web table flattened one cell a line (`粮食总产量⏎⏎162817吨⏎⏎0.5`), or with a line holding only `|`
 *   between cells.
 *
 * Each table has its caption (`表3 …`, or the short line above it), its unit line (`单位：亿元`), header rows and body
 * rows, as ranges of the original text; the table model (tables/model.ts) reads them. Linear in the lines: every line
 * is visited a bounded number of times, a failed attempt at a flat table included.
 */
import { work } from '../work';
import { CharSet, WHITE_SPACE } from '../text/chars';
import { listMarkerLength } from '../text/trim';
import { maskMarkup, maskMarkupKeepingWords } from './cells';
import { wordPattern } from '../lexicon/words';

export type TableShape = 'pipe' | 'list' | 'aligned' | 'flat';

/** A line as the text model classified it: its kind and the original offsets of its trimmed content. */
export interface TableLine {
	kind: string;
	readonly start: number;
	readonly end: number;
	/** A text line's visual width (wide characters count 1, others ½). */
	readonly width: number;
	/** False when the text model found no `|` and no tab in the line (its width was measured in the same pass). */
	readonly cells?: boolean;
	/**
	 * The line's readings as words and as a pipe row, kept with the line: the text model gives the next analysis the same
	 * line object when an edit did not touch it (text/textModel.ts, TextMemo), and a reading depends on the line's text
	 * alone.
	 */
	words?: LineReading | undefined;
	pipe?: PipeReading | undefined;
}

/** Original offsets of a cell's content (trimmed). */
export interface RawCell {
	readonly start: number;
	readonly end: number;
}

export interface RawRow {
	/** The line the row stands on (the label's line, for a flat table). */
	readonly line: number;
	/**
	 * The cells in column order: the label first. Token rows (`list`, `aligned`) give label, unit (when the table has a
	 * unit column) and values; a pipe row its cells as they stand; a flat row its label and values.
	 */
	readonly cells: readonly RawCell[];
	/** Columns of indentation before the label (a flat or aligned table indents the rows under 其中). */
	readonly indent: number;
	/** The reading of the row's line, which keeps what the table model read of the row (pipe and token rows). */
	readonly slot?: RowSlot;
}

/**
 * What a line's reading keeps for the table model: the reading of the row it made in a table of some columns
 * (tables/model.ts). A line the LineMemo keeps keeps it, so that a row an edit did not touch is not read again.
 */
export interface RowSlot {
	row?: { readonly context: string; readonly reading: object };
	/**
	 * The reading before, in another table's columns: an edit that cuts a table in two (a character typed before a row's
	 * `|`) gives the rows after it other columns, and the edit undone gives them back theirs.
	 */
	before?: { readonly context: string; readonly reading: object };
}

export interface RawTable {
	readonly shape: TableShape;
	/** Lines of the table, caption and unit line included. */
	readonly firstLine: number;
	readonly lastLine: number;
	readonly caption?: RawCell;
	/** The unit line or cell: `单位：亿元`. */
	readonly unit?: RawCell;
	/** Header rows (cell 0: the label column's header, possibly empty). */
	readonly header: readonly RawRow[];
	readonly rows: readonly RawRow[];
	/** Columns of units (`万吨`), by their index in the rows' cells: told by a header `单位` or by what the cells hold. */
	readonly unitColumns: readonly number[];
}

// ───────────────────────────── characters ─────────────────────────────

function isSpace(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

function isDigit(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function isCjkCode(c: number): boolean {
	return c >= 0x4e00 && c <= 0x9fff;
}

const DASHES = '-—–－―…~～';

/** `—`, `——`, `--`, `…`: an empty cell. */
export function isDash(text: string, s: number, e: number): boolean {
	if (e - s < 1 || e - s > 4) return false;
	for (let i = s; i < e; i++) if (!DASHES.includes(text[i]!)) return false;
	return true;
}

/**
 * Where a printed number at `s` ends (-1 if there is none): a sign, digits with thousands separators, one decimal
 * point, then % ％ ‰ or a `+` (an open lower bound: 1073+).
 */
function numberEnd(text: string, s: number, e: number): number {
	let i = s;
	const c0 = text.charCodeAt(i);
	if (c0 === 0x2d || c0 === 0x2b || c0 === 0x2212 || c0 === 0xff0d) i++;
	const digits = i;
	while (i < e && (isDigit(text.charCodeAt(i)) || (i > digits && (text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0xff0c) && isDigit(text.charCodeAt(i + 1))))) i++;
	if (i === digits) return -1;
	if (i + 1 < e && (text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0xff0e) && isDigit(text.charCodeAt(i + 1))) {
		i++;
		while (i < e && isDigit(text.charCodeAt(i))) i++;
	}
	const c = text.charCodeAt(i);
	if (i < e && (c === 0x25 || c === 0xff05 || c === 0x2030 || c === 0x2b)) i++;
	return i;
}

/** A cell that is a printed number alone: `93267`, `-2.2`, `66.2%`, `1,012.4`. */
function isNumberCell(text: string, s: number, e: number): boolean {
	return s < e && numberEnd(text, s, e) === e;
}

/** `持平` (`持 平`): a change of nothing, printed in words. */
function isUnchanged(text: string, s: number, e: number): boolean {
	// Read in place (asked of every cell): its characters but white space are 持 and 平.
	let n = 0;
	for (let i = s, end = Math.min(e, text.length); i < end; i++) {
		const c = text.charCodeAt(i);
		if (WHITE_SPACE.has(c)) continue;
		if (c !== (n === 0 ? 0x6301 /* 持 */ : n === 1 ? 0x5e73 /* 平 */ : -1)) return false;
		n++;
	}
	return n === 2;
}

/** Period words after a number: `2023年` is a date (a header), not a figure. */
const PERIOD_AFTER = '年月日季';

/**
 * A flat table's value cell: a number, a number with its unit (`162817吨`, `2.97万千瓦`, `50多人`), or a dash.
 * Not a date (`2023年`).
 */
function isValueCell(text: string, s: number, e: number): boolean {
	if (isDash(text, s, e) || isUnchanged(text, s, e)) return true;
	const n = numberEnd(text, s, e);
	if (n < 0) return false;
	if (n === e) return true;
	// A unit of at most three characters, or one with 多/余 (`50多人`); `60周岁及以上` is a label.
	if (PERIOD_AFTER.includes(text[n]!) || e - n > 4 || (e - n > 3 && !'多余'.includes(text[n]!))) return false;
	for (let i = n; i < e; i++) if (!isCjkCode(text.charCodeAt(i)) && text[i] !== '/') return false;
	return true;
}

/** Marks that end a sentence or a clause: a cell of a flat or aligned table holds none. */
const PROSE_MARKS = new CharSet('。！？；，,;');

function hasProseMark(text: string, s: number, e: number): boolean {
	for (let i = s; i < e; i++) if (PROSE_MARKS.has(text.charCodeAt(i)) && !isThousands(text, i, s, e)) return true;
	return false;
}

/**
 * A comma at `i` that separates thousands (`2，208 万吨`, `10,405`): a digit before it, three after it and no fourth. A
 * table copied from an older communiqué prints its figures so; a clause mark between two figures (`100，2023年`) has
 * other than three digits after it.
 */
function isThousands(text: string, i: number, s: number, e: number): boolean {
	const c = text.charCodeAt(i);
	if ((c !== 0xff0c && c !== 0x2c) || i <= s || i + 3 >= e || !isDigit(text.charCodeAt(i - 1))) return false;
	for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(i + k))) return false;
	return i + 4 >= e || !isDigit(text.charCodeAt(i + 4));
}

/** `单位：亿元`, `（单位：万吨）`, `单 位:%`, `金额单位：亿美元`: the unit line of a table. */
const UNIT_LINE = /^[-*\s]*[（(]?(?:金额)?单\s*位\s*[：:]\s*\S/;
/** `表3`, `**表1 …**`, `表 12：…`: a caption. */
const CAPTION = /^[-*\s<>br/]*表\s*(?:[0-9０-９]{1,2}(?=\s*[12１２][0-9０-９]{3}年)|[0-9０-９一二三四五六七八九十]{1,3}(?![0-9０-９]))/;

function lineText(text: string, l: TableLine): string {
	return text.slice(l.start, l.end);
}

function isUnitLine(text: string, l: TableLine): boolean {
	return l.end - l.start <= 40 && UNIT_LINE.test(lineText(text, l));
}

/** A short line above a table that names it: `表1 …`, or a short line that ends no sentence and is no heading. */
function isCaptionLine(text: string, l: TableLine): boolean {
	if (l.kind !== 'text' && l.kind !== 'list') return false;
	const s = lineText(text, l);
	if (CAPTION.test(s)) return true;
	if (s.startsWith('![') || s.includes('](')) return false;
	if (l.kind !== 'text' || l.width > 40 || hasProseMark(text, l.start, l.end)) return false;
	const last = s[s.length - 1]!;
	return !'：:。！？'.includes(last) && !/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])/.test(s);
}

/** How many lines a caption may be hard-wrapped over (a caption of 40 characters cut at 15). */
const CAPTION_LINES = 3;

/**
 * The line a caption that ends on line `cap` opens on: a caption hard-wrapped over lines (表4：2010年分行业城镇 ⏎ 固定资产投资
 * 及其增长速度; **表14 2023年外商直接投 ⏎ 资额及其增长速度**) opens on the line that names the table, the lines between it
 * and `cap`, and that line too, text with no sentence or clause mark; else `cap`. Lines after `after` (a table above) only; bounded.
 */
function captionOpening(text: string, lines: readonly TableLine[], cap: number, after = -1): number {
	if (CAPTION.test(lineText(text, lines[cap]!))) return cap;
	for (let k = cap - 1; k > after && k > cap - CAPTION_LINES; k--) {
		const l = lines[k]!;
		if (l.kind !== 'text') return cap;
		// The line that names the table is a caption's only if it holds no sentence or clause mark either (表3显示，2023年… ⏎
		// 分行业情况 is prose that names the table, not its caption).
		if (hasProseMark(text, l.start, l.end)) return cap;
		if (CAPTION.test(lineText(text, l))) return k;
	}
	return cap;
}

// ───────────────────────────── pipe tables ─────────────────────────────

/** A line that holds nothing but `|`: the cell separator of a flattened web table, not a pipe table. */
function isBarOnly(l: TableLine): boolean {
	return l.kind === 'table' && l.end - l.start === 1;
}

/**
 * A row of a pipe table: a `|` line, or a line of text with cells between bars and no sentence in it (`地区生产总值 |
 * 609.91 | 5.2 |`, a table copied from a web page).
 */
function isPipeRow(text: string, l: TableLine): boolean {
	if (l.kind === 'table') return !isBarOnly(l);
	if (l.kind !== 'text' || l.cells === false) return false;
	let bars = 0;
	for (let i = l.start; i < l.end && bars < 2; i++) if (text.charCodeAt(i) === 0x7c) bars++;
	return bars >= 2 && !hasProseMark(text, l.start, l.end);
}

/** What a pipe row says by itself, in offsets from the line's start: read once per distinct text (see LineMemo). */
interface PipeReading extends RowSlot {
	/** The content between the bars, trimmed of white space and markup (`<br>`, `**`). */
	readonly cells: readonly RawCell[];
	/** `|---|:---:|` */
	readonly separator: boolean;
	/** Every cell empty (`|   |   |`). */
	readonly empty: boolean;
	/** The row last made of the line, its content at `placedAt`: a line an edit did not move keeps its row. */
	placed?: RawRow;
	placedAt?: number;
}

/** Read a pipe row `| a | b |` (`content`: the line's trimmed text). */
function readPipeRow(content: string): PipeReading {
	// The line with its markup masked: the same offsets.
	const line = maskMarkup(content);
	const cells = pipeCellsOf(line, 0, line.length);
	return { cells, separator: isSeparatorRow(content, cells), empty: cells.every((c) => c.start === c.end) };
}

function pipeCellsOf(text: string, s: number, e: number): RawCell[] {
	const cells: RawCell[] = [];
	let i = text.charCodeAt(s) === 0x7c ? s + 1 : s;
	while (i <= e) {
		let j = i;
		while (j < e && text.charCodeAt(j) !== 0x7c) j++;
		if (j >= e && i >= e) break;
		let a = i;
		let b = j;
		while (a < b && isSpace(text.charCodeAt(a))) a++;
		while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
		cells.push({ start: a, end: b });
		i = j + 1;
		if (j >= e) break;
	}
	// `| a | b |`: the bar at the end closes the last cell; nothing stands after it.
	if (cells.length > 0 && text.charCodeAt(e - 1) === 0x7c) {
		const last = cells[cells.length - 1]!;
		if (last.start === last.end && last.start >= e - 1) cells.pop();
	}
	return cells;
}

/** `|---|:---:|` */
function isSeparatorRow(text: string, cells: readonly RawCell[]): boolean {
	if (cells.length === 0) return false;
	let dashes = 0;
	for (const c of cells) {
		for (let i = c.start; i < c.end; i++) {
			const ch = text.charCodeAt(i);
			if (ch === 0x2d) dashes++;
			else if (ch !== 0x3a && !isSpace(ch)) return false;
		}
	}
	return dashes > 0;
}

function pipeTable(text: string, lines: readonly TableLine[], first: number, last: number, lineStarts: readonly number[], read: (l: TableLine, n: number) => PipeReading): RawTable | undefined {
	const rows: RawRow[] = [];
	let separator = -1;
	for (let n = first; n <= last; n++) {
		const l = lines[n]!;
		const row = read(l, n);
		work.tables += row.cells.length;
		if (separator < 0 && row.separator) {
			separator = rows.length;
			continue;
		}
		// A row of empty cells closes some tables (`|   |   |`): nothing to read.
		if (row.empty) continue;
		const at = l.start;
		const indent = at - lineStarts[n]!;
		let placed = row.placed;
		// A placed row's cells are its reading's moved by its line's start, and nothing else (tables/cache.ts sameRows).
		if (!placed || row.placedAt !== at || placed.line !== n || placed.indent !== indent) {
			placed = { line: n, cells: row.cells.map((c) => ({ start: c.start + at, end: c.end + at })), indent, slot: row };
			row.placed = placed;
			row.placedAt = at;
		}
		rows.push(placed);
	}
	if (rows.length < 2) return undefined;
	let caption: RawCell | undefined;
	// `| <br> **表1 2015年年末人口数及其构成** | | |`: a first row with one filled cell that names a table is its caption.
	const firstFilled = rows[0]!.cells.filter((c) => c.end > c.start);
	if (firstFilled.length === 1 && CAPTION.test(text.slice(firstFilled[0]!.start, firstFilled[0]!.end))) {
		caption = firstFilled[0];
		rows.shift();
		if (separator > 0) separator--;
	}
	// Header rows: those above the separator, else the leading rows without a figure.
	let headerCount = separator > 0 ? separator : 0;
	while (headerCount < rows.length - 1 && !rows[headerCount]!.cells.slice(1).some((c) => isNumberCell(text, c.start, c.end) || isValueCell(text, c.start, c.end))) headerCount++;
	if (separator > 0 && headerCount > separator && headerCount - separator > 2) headerCount = separator;
	return { shape: 'pipe', firstLine: first, lastLine: last, ...(caption ? { caption } : {}), header: rows.slice(0, headerCount), rows: rows.slice(headerCount), unitColumns: [] };
}

// ───────────────────────────── token rows (list items, aligned columns) ─────────────────────────────

interface Token {
	readonly start: number;
	readonly end: number;
}

interface TokenRow {
	readonly line: number;
	readonly tokens: readonly Token[];
	/** Tokens before the first figure (at least one: the label, and a unit word before the figures). */
	readonly lead: number;
	readonly indent: number;
	/** What the line says by itself. */
	readonly reading: LineReading;
	readonly facts: RowFacts;
	/** The table row last made of it, in a table of `k` figures a row, with a unit column or not (tokenTable). */
	made?: { readonly k: number; readonly unitColumn: boolean; readonly row: RawRow };
}

/**
 * What a line says by itself, whatever the lines around it: its words (offsets from the line's start) and what they
 * can be in a table. Read once per distinct text of a line: see LineMemo.
 */
interface LineReading extends RowSlot {
	/** The words, the label's spaced-out characters joined (`粮 食`), `持 平` one word. */
	readonly tokens: readonly Token[];
	/** Tokens before the first figure (see TokenRow). */
	readonly lead: number;
	/** A gap of two spaces, a tab or an ideographic space between two tokens. */
	readonly wide: boolean;
	/** A candidate row of an aligned table (see alignedCandidate). */
	readonly candidate: boolean;
	/** Short, no sentence or clause mark, no image or link: a text line of no more than 30 columns is a flat table's cell. */
	readonly cell: boolean;
	/** A cell line that is a value cell (isValueCell). */
	readonly value: boolean;
	/** Two figures at least, every one a year (`2001 2002 2003`): a header. */
	readonly years: boolean;
	/** What a table of token rows asks of the line: read the first time it is made a row (most lines never are). */
	facts?: RowFacts;
	/** The token row last made of the line (tokenRow): a line an edit did not move keeps it. */
	placed?: TokenRow;
}

interface RowFacts {
	/** The word before the figures ends with a colon (`- 基层党委: 30.6万个`). */
	readonly keyed: boolean;
	/** The first figure is a dash (an empty unit cell). */
	readonly dashLead: boolean;
	/** The word before the figures is a unit (`万吨`), after a label. */
	readonly unitLead: boolean;
	/** The line is a caption (`表3 …`). */
	readonly caption: boolean;
}

function tokenize(text: string, s: number, e: number): { tokens: Token[]; wide: boolean } {
	const tokens: Token[] = [];
	let wide = false;
	let i = s;
	while (i < e) {
		while (i < e && isSpace(text.charCodeAt(i))) i++;
		if (i >= e) break;
		if (tokens.length > 0) {
			// The gap before the word (a space at least): two or more, a tab or an ideographic space (read, not sliced).
			const gap = tokens[tokens.length - 1]!.end;
			if (i - gap >= 2 || text.charCodeAt(gap) === 0x09 || text.charCodeAt(gap) === 0x3000) wide = true;
		}
		const a = i;
		while (i < e && !isSpace(text.charCodeAt(i))) i++;
		tokens.push({ start: a, end: i });
	}
	return { tokens, wide };
}

/** Is line[start, end) a year of four digits, 19xx or 20xx (read by code: a line's words are not sliced to be asked)? */
function isYear(line: string, start: number, end: number): boolean {
	if (end - start !== 4) return false;
	const a = line.charCodeAt(start);
	const b = line.charCodeAt(start + 1);
	const c = line.charCodeAt(start + 2);
	const d = line.charCodeAt(start + 3);
	return ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && c >= 0x30 && c <= 0x39 && d >= 0x30 && d <= 0x39;
}

/** Read a line (`content`: its trimmed text) into its words and what they can be. */
function readLine(content: string): LineReading {
	// The line with its markup masked (`**- 指 标 …`, `2044.9**`): the same offsets; a footnote mark inside a word
	// (`一九七七年[4]增长％`) splits no word.
	const line = maskMarkupKeepingWords(content);
	let s = 0;
	while (s < line.length && isSpace(line.charCodeAt(s))) s++;
	// A list item's marker: `- `, `* `, `+ `.
	const mark = s + 1 < line.length ? line.charCodeAt(s) : -1;
	if ((mark === 0x2d || mark === 0x2a || mark === 0x2b) && (line.charCodeAt(s + 1) === 0x20 || line.charCodeAt(s + 1) === 0x09)) s += 2;
	const raw = tokenize(line, s, line.length);
	let tokens = raw.tokens;
	// `持 平` is one word.
	const n2 = tokens.length;
	if (n2 >= 2 && isUnchanged(line, tokens[n2 - 2]!.start, tokens[n2 - 1]!.end)) tokens.splice(n2 - 2, 2, { start: tokens[n2 - 2]!.start, end: tokens[n2 - 1]!.end });
	let lead = 1;
	while (lead < tokens.length && !isValueCell(line, tokens[lead]!.start, tokens[lead]!.end)) lead++;
	// Words spaced out before the figures (`粮 食`, `亿 吨`) are one word each (a header's words stay apart: `指 标 单 位`).
	let years = true;
	for (let k = lead; k < tokens.length && years; k++) years = isYear(line, tokens[k]!.start, tokens[k]!.end);
	if (lead > 1 && lead < tokens.length && !years) {
		const merged = mergeSpaced(line, tokens.slice(0, lead), false);
		tokens = [...merged, ...tokens.slice(lead)];
		lead = merged.length;
	}
	work.tables += tokens.length;
	lead = Math.min(lead, tokens.length);
	const e = content.length;
	const prose = e > 200 || hasProseMark(content, 0, e);
	const cell = e <= 40 && !prose && !content.startsWith('![') && !content.includes('](');
	return {
		tokens,
		lead,
		wide: raw.wide,
		candidate: !prose && alignedCandidate(content, raw.wide, tokens),
		cell,
		value: cell && isValueCell(content, 0, e),
		years: tokens.length - lead >= 2 && years,
	};
}

/** What a table of token rows asks of a line, on the text as written (a merged label may hold markup). */
function rowFacts(content: string, r: LineReading): RowFacts {
	const before = r.tokens[r.lead - 1];
	const first = r.tokens[r.lead];
	return {
		keyed: before !== undefined && /[：:]$/.test(content.slice(before.start, before.end)),
		dashLead: first !== undefined && isDash(content, first.start, first.end),
		unitLead: r.lead >= 2 && before !== undefined && isUnitToken(content, before),
		caption: CAPTION.test(content),
	};
}

function tokenRow(text: string, l: TableLine, n: number, lineStart: number, reading: LineReading): TokenRow {
	const at = l.start;
	const indent = at - lineStart;
	const kept = reading.placed;
	// The same line at the same place: its tokens at the same offsets (a line without tokens starts nowhere; made again).
	if (kept && kept.line === n && kept.indent === indent && kept.tokens.length > 0 && kept.tokens[0]!.start === reading.tokens[0]!.start + at) return kept;
	const tokens = reading.tokens.map((t) => ({ start: t.start + at, end: t.end + at }));
	reading.facts ??= rowFacts(text.slice(l.start, l.end), reading);
	const row: TokenRow = { line: n, tokens, lead: reading.lead, indent, reading, facts: reading.facts };
	reading.placed = row;
	return row;
}

/** Figures of a token row: the tokens from the first figure on. */
function tailOf(r: TokenRow): number {
	return r.tokens.length - r.lead;
}

/** Units of a unit column: `万吨`, `亿千瓦小时`, `公里`, `万吨/年`, `个`, `——`. */
function isUnitToken(text: string, t: RawCell): boolean {
	if (t.end - t.start > 7) return false;
	if (isDash(text, t.start, t.end)) return true;
	for (let i = t.start; i < t.end; i++) {
		const c = text.charCodeAt(i);
		if (isDigit(c) || c === 0xff1a || c === 0x3a) return false;
	}
	return UNIT_START.test(text.slice(t.start, t.end));
}
/** The words a unit column's cell begins with (lexicon/words.json `unitStart`). */
const UNIT_START = wordPattern('unitStart');

/** Join the single characters of a spaced-out word: `粮 食` → one cell. Spaced pairs in a header row: `指 标 全 国`. */
function mergeSpaced(text: string, tokens: readonly Token[], pairs: boolean): Token[] {
	const out: Token[] = [];
	let k = 0;
	while (k < tokens.length) {
		const t = tokens[k]!;
		if (t.end - t.start !== 1 || !isCjkCode(text.charCodeAt(t.start))) {
			out.push(t);
			k++;
			continue;
		}
		let j = k;
		while (j < tokens.length && tokens[j]!.end - tokens[j]!.start === 1 && isCjkCode(text.charCodeAt(tokens[j]!.start))) j++;
		const run = j - k;
		if (pairs && run >= 4 && run % 2 === 0) {
			for (let p = k; p < j; p += 2) out.push({ start: tokens[p]!.start, end: tokens[p + 1]!.end });
		} else out.push({ start: t.start, end: tokens[j - 1]!.end });
		k = j;
	}
	return out;
}

/**
 * The words of a line that may name a table's columns (`行业 企业数（家） 比上年增长%`, `- 指 标 单 位 绝对数 比上年增长%`):
 * a text line or list item of three words or more apart by spaces, no figure, no sentence or clause mark, no caption (表N), no unit
 * line, no colon at its end. Undefined for any other line.
 */
function columnWords(text: string, l: TableLine): Token[] | undefined {
	if ((l.kind !== 'text' && l.kind !== 'list') || l.end - l.start > 80 || hasProseMark(text, l.start, l.end) || isUnitLine(text, l)) return undefined;
	const s = lineText(text, l);
	if (CAPTION.test(s) || /[：:]$/.test(s)) return undefined;
	// A list item's marker before the words (`- 指 标 …` over rows that have none) is no word.
	const { tokens } = tokenize(text, l.start + listMarkerLength(s), l.end);
	if (tokens.length < 3 || tokens.some((t) => isValueCell(text, t.start, t.end))) return undefined;
	return tokens;
}

/** The most frequent positive figure count among the rows (ties: the larger). */
function modeOf(rows: readonly TokenRow[]): number {
	const counts = new Map<number, number>();
	let best = 0;
	let bestN = 0;
	for (const r of rows) {
		const t = tailOf(r);
		if (t < 1) continue;
		const n = (counts.get(t) ?? 0) + 1;
		counts.set(t, n);
		if (n > bestN || (n === bestN && t > best)) {
			best = t;
			bestN = n;
		}
	}
	return best;
}

const UNIT_HEADER = /^单\s*位$/;

/**
 * A table of token rows from the candidate rows `run` (consecutive lines of one kind): the rows with `k` cells from
 * their first figure on, the header rows, unit line and caption above them. Undefined when fewer than three rows agree.
 */
function tokenTable(text: string, lines: readonly TableLine[], run: readonly TokenRow[], shape: 'list' | 'aligned'): RawTable | undefined {
	const k = modeOf(run);
	if (k < 1) return undefined;
	// `指标 单位 2001 2002 2003`: a header of years is no row of figures.
	const yearsOnly = (r: TokenRow): boolean => r.reading.years;
	const dashFirst = (r: TokenRow): boolean => tailOf(r) === k + 1 && r.facts.dashLead;
	// `- 基层党委: 30.6万个` is a list of key and value, not a row of a table.
	const isData = (r: TokenRow): boolean => (tailOf(r) === k || dashFirst(r)) && !r.facts.keyed && !yearsOnly(r);
	const firstData = run.findIndex(isData);
	let lastData = run.length - 1;
	while (lastData >= 0 && !isData(run[lastData]!)) lastData--;
	if (firstData < 0) return undefined;
	let count = 0;
	for (let i = firstData; i <= lastData; i++) if (isData(run[i]!)) count++;
	if (count < 3) return undefined;
	// Above the first row: header lines (at most three), the unit line and the caption.
	let caption: RawCell | undefined;
	let unit: RawCell | undefined;
	const header: Pick<TokenRow, 'line' | 'tokens' | 'indent'>[] = [];
	let top = firstData;
	for (let i = firstData - 1; i >= 0 && firstData - i <= 5; i--) {
		const r = run[i]!;
		const l = lines[r.line]!;
		const from = r.tokens[0]?.start ?? l.start;
		if (isUnitLine(text, l)) unit = { start: from, end: l.end };
		else if (CAPTION.test(text.slice(from, l.end))) caption = { start: from, end: l.end };
		else if ((tailOf(r) === 0 || yearsOnly(r)) && !hasProseMark(text, l.start, l.end) && !/[：:]$/.test(lineText(text, l)) && header.length < 3 && !caption) header.unshift(r);
		else break;
		top = i;
	}
	// A header of single-spaced words just above the rows, outside the run (web text: `行业 企业数（家） 比上年增长%
	// 实际使用金额（亿美元） 比上年增长%` over `总计 27406 16.9 1057.4 17.4`; a line without figures is no aligned row): it
	// names the columns when it has a word for each (label, unit and figures, or label and figures), not the caption.
	if (header.length === 0 && !caption) {
		const above = previousLine(lines, run[top]!.line);
		const h = above >= 0 ? columnWords(text, lines[above]!) : undefined;
		const words = h ? mergeSpaced(text, h, true).length : 0;
		if (h && (words === k + 1 || words === k + 2)) header.push({ line: above, tokens: h, indent: 0 });
	}
	let headerTokens = header.flatMap((h) => mergeSpaced(text, h.tokens, true));
	const headerText = headerTokens.map((t) => text.slice(t.start, t.end));
	// The unit column before the figures: named by the header (单位), else a unit word there in most rows; a row
	// without a unit prints a dash in its place.
	let unitColumn = headerText.length >= 2 && UNIT_HEADER.test(headerText[1]!);
	if (!unitColumn) {
		let units = 0;
		for (let i = firstData; i <= lastData; i++) {
			const r = run[i]!;
			if (dashFirst(r) || (isData(r) && r.facts.unitLead)) units++;
		}
		unitColumn = units >= count * 0.8;
	}
	const rows: RawRow[] = [];
	for (let i = firstData; i <= lastData; i++) {
		const r = run[i]!;
		// A token row kept at its place (tokenRow) keeps its table row in a table of the same columns.
		if (r.made && r.made.k === k && r.made.unitColumn === unitColumn) {
			rows.push(r.made.row);
			continue;
		}
		let lead = r.lead;
		let unitCell: RawCell | undefined;
		if (dashFirst(r)) unitCell = r.tokens[lead++];
		else if (unitColumn && lead >= 2) unitCell = r.tokens[lead - 1];
		const labelTokens = r.tokens.slice(0, unitCell && unitCell !== r.tokens[r.lead] ? lead - 1 : r.lead);
		const label = labelTokens.length > 0 ? { start: labelTokens[0]!.start, end: labelTokens[labelTokens.length - 1]!.end } : { start: lines[r.line]!.start, end: lines[r.line]!.start };
		const cells: RawCell[] = [label];
		if (unitColumn) cells.push(unitCell ?? { start: label.end, end: label.end });
		if (isData(r)) for (let t = lead; t < r.tokens.length; t++) cells.push(r.tokens[t]!);
		const row: RawRow = { line: r.line, cells, indent: r.indent, slot: r.reading };
		r.made = { k, unitColumn, row };
		rows.push(row);
	}
	// Units among the figures (`棉 花 447 万吨 18．1`): a column whose cells are unit words in most rows.
	const columns = 1 + (unitColumn ? 1 : 0) + k;
	const unitColumns: number[] = unitColumn ? [1] : [];
	for (let c = columns - k; c < columns; c++) {
		let units = 0;
		for (const r of rows) {
			const cell = r.cells[c];
			if (cell && cell.end > cell.start && isUnitToken(text, cell)) units++;
		}
		if (units >= count * 0.8 && units > 0) unitColumns.push(c);
	}
	// Header cells aligned with the columns: one row when the header lines hold one word a column (`指标 全国` ⏎
	// `城市 农村` over three figures) or one word a column of figures (`1990年 比上年增长％` over `447 万吨 18．1`),
	// else the header lines as they stand.
	const figureColumns: number[] = [];
	for (let c = 1; c < columns; c++) if (!unitColumns.includes(c)) figureColumns.push(c);
	let headerRows: RawRow[];
	const empty = (at: number): RawCell => ({ start: at, end: at });
	const wrapped = header.length >= 2 ? wrappedHeader(text, header.map((h) => h.tokens), figureColumns.length) : undefined;
	if (wrapped) {
		headerTokens = wrapped;
		header.splice(1);
	}
	if (header.length > 0 && (headerTokens.length === columns || headerTokens.length === columns - 1)) {
		const lead0 = headerTokens.length === columns ? [] : [empty(headerTokens[0]!.start)];
		headerRows = [{ line: header[0]!.line, cells: [...lead0, ...headerTokens], indent: header[0]!.indent }];
	} else if (header.length > 0 && unitColumns.length > 0 && (headerTokens.length === figureColumns.length || headerTokens.length === figureColumns.length + 1)) {
		const at = headerTokens[0]!.start;
		const cells: RawCell[] = new Array<RawCell>(columns).fill(empty(at));
		const words = headerTokens.length === figureColumns.length ? headerTokens : headerTokens.slice(1);
		if (words !== headerTokens) cells[0] = headerTokens[0]!;
		figureColumns.forEach((c, i) => (cells[c] = words[i]!));
		headerRows = [{ line: header[0]!.line, cells, indent: header[0]!.indent }];
	} else if (header.length > 1 && header.every((h) => mergeSpaced(text, h.tokens, true).length === figureColumns.length)) {
		// A header of two lines, a word of each over each column of figures (`1990年 其中城镇12月比` ⏎ `比上年上涨％ 上年同月上涨％`).
		headerRows = header.map((h) => {
			const words = mergeSpaced(text, h.tokens, true);
			const cells: RawCell[] = new Array<RawCell>(columns).fill(empty(words[0]!.start));
			figureColumns.forEach((c, i) => (cells[c] = words[i]!));
			return { line: h.line, cells, indent: h.indent };
		});
	} else headerRows = header.map((h) => ({ line: h.line, cells: mergeSpaced(text, h.tokens, true), indent: h.indent }));
	// A caption just above the run (the bold line before a list).
	let from = Math.min(run[top]!.line, header[0]?.line ?? Infinity);
	if (!caption) {
		const above = previousLine(lines, from);
		if (above >= 0 && !unit && isUnitLine(text, lines[above]!)) {
			unit = { start: lines[above]!.start, end: lines[above]!.end };
			from = above;
		}
		const cap = previousLine(lines, from);
		if (cap >= 0 && isCaptionLine(text, lines[cap]!)) {
			// A caption hard-wrapped over lines: from the line that opens it.
			const opens = captionOpening(text, lines, cap);
			caption = { start: lines[opens]!.start, end: lines[cap]!.end };
			from = opens;
		}
	}
	return { shape, firstLine: from, lastLine: run[lastData]!.line, ...(caption ? { caption } : {}), ...(unit ? { unit } : {}), header: headerRows, rows, unitColumns };
}

/** The last word of a header line that a wrapped cell's next line completes: it ends in a word that relates two things. */
const OPEN_HEADER = /(?:比|较|为|占|与|和|及|对)$/;

/**
 * A header whose last cell is wrapped onto the next line (`一九七八年产量 一九七七年产量 一九七八年比` ⏎
 * `一九七七年增长％` over three columns of figures), or cut again by a narrower page (`一九七八年产量 一九七七年产量` ⏎
 * `一九七八年比` ⏎ `一九七七年增长％`): the first line holds two words or more, each line after it one word, that completes
 * the word before it when that one is left open (ends in 比, 为 …: the cell then runs from the one to the other) and is
 * the next column's word otherwise; one word at least is completed so, and the words are one a column of figures.
 * Undefined for any other header: a second line of several words (units under some columns: `（万吨） （万吨）`) would
 * make cells that run over the words between them.
 */
function wrappedHeader(text: string, lines: readonly (readonly Token[])[], figures: number): RawCell[] | undefined {
	const words: RawCell[] = mergeSpaced(text, lines[0]!, true);
	if (words.length < 2) return undefined;
	let joined = 0;
	for (let n = 1; n < lines.length; n++) {
		const b = mergeSpaced(text, lines[n]!, true);
		if (b.length !== 1) return undefined;
		const last = words[words.length - 1]!;
		if (OPEN_HEADER.test(text.slice(last.start, last.end))) {
			words[words.length - 1] = { start: last.start, end: b[0]!.end };
			joined++;
		} else words.push(b[0]!);
	}
	return joined > 0 && words.length === figures ? words : undefined;
}

/** A list item, also under bold markup (`**- 指 标 …`). */
function isListLine(text: string, l: TableLine): boolean {
	return l.kind === 'list' || (l.kind === 'text' && text.startsWith('**', l.start) && /^[-*+][ \t]/.test(text.slice(l.start + 2, l.start + 4)));
}

/** The nearest non-blank line above `n` across at most one blank line, or -1. */
function previousLine(lines: readonly TableLine[], n: number): number {
	let k = n - 1;
	if (k >= 0 && lines[k]!.kind === 'blank') k--;
	return k >= 0 && lines[k]!.kind !== 'blank' ? k : -1;
}

// ───────────────────────────── flat tables ─────────────────────────────

/** The header of a table's label column: `指标`, `指 标`, `项目`, `产品名称`, `国家和地区`, `行业`. */
const LABEL_HEADER = /^(?:指[\s\u3000]*标|项[\s\u3000]*目|类[\s\u3000]*别|行[\s\u3000]*业|地[\s\u3000]*区|年[\s\u3000]*份|统计时间|国家和地区|.{0,6}名称)$/;

/**
 * The fewest cells holding a figure alone a flat table has: three rows of a label and a figure, or two of two figures
 * under a header (flatTables).
 */
const FLAT_VALUES_MIN = 3;

/** A line of a stretch that may be a flat table's cell: short, no sentence or clause mark, no image or link. */
function isFlatCell(x: TableLine, r: LineReading): boolean {
	return r.cell && x.width <= 30;
}

interface FlatCell {
	readonly line: number;
	readonly start: number;
	readonly end: number;
	readonly value: boolean;
	readonly indent: number;
}

/**
 * Flat tables in a stretch of cell lines: a label followed by `k` value cells, at least three times in a row; the text
 * cells before the first row are the caption, the unit cell, the label header and the `k` column headers.
 */
function flatTables(text: string, lines: readonly TableLine[], cells: readonly FlatCell[], out: RawTable[]): void {
	const m = cells.length;
	const unitAt = (p: number): boolean => p < m && (isUnitToken(text, cells[p]!) || isDash(text, cells[p]!.start, cells[p]!.end));
	let i = 0;
	let floor = 0; // cells before it belong to an earlier table
	while (i < m) {
		work.tables++;
		// A row: a label, a unit (when the table has a unit column: `货物运输总量 ⏎ 亿吨 ⏎ 556.8 ⏎ 8.1`), k values.
		const unitSlot = !cells[i]!.value && i + 2 < m && !cells[i + 1]!.value && isUnitToken(text, cells[i + 1]!) && cells[i + 2]!.value ? 1 : 0;
		if (cells[i]!.value || i + 1 + unitSlot >= m || !cells[i + 1 + unitSlot]!.value) {
			i++;
			continue;
		}
		let k = 0;
		while (i + 1 + unitSlot + k < m && cells[i + 1 + unitSlot + k]!.value) k++;
		const width = 1 + unitSlot + k;
		// Rows: a text cell (and a unit) and exactly k values each (the last row may end the stretch).
		let r = i;
		let rows = 0;
		for (;;) {
			if (r >= m || cells[r]!.value) break;
			if (unitSlot && !unitAt(r + 1)) break;
			let v = 0;
			while (v < k && r + 1 + unitSlot + v < m && cells[r + 1 + unitSlot + v]!.value) v++;
			if (v !== k || (r + width < m && cells[r + width]!.value)) break;
			work.tables += width;
			rows++;
			r += width;
		}
		// Three rows make a table; two do under a header of their own (`2023年 ⏎ 较上年增长(%)` over two rows).
		let headed = 0;
		for (let p = i - 1; p >= floor && p >= i - (unitSlot + k) && !cells[p]!.value; p--) headed++;
		if (rows < 3 && !(rows === 2 && k >= 2 && headed === unitSlot + k)) {
			i++;
			continue;
		}
		// The text cells above the first row: [caption] [unit line] [label header] headers × (unit + k).
		let h = i;
		while (h > floor && !cells[h - 1]!.value && i - h < width + 2) h--;
		// A caption a few cells further up (over a header of side-by-side tables: 行业 | 增长 | 行业 | 增长).
		for (let p = h - 1; p >= floor && p >= h - 6 && !cells[p]!.value; p--) {
			if (CAPTION.test(text.slice(cells[p]!.start, cells[p]!.end))) {
				h = p;
				break;
			}
		}
		const above = cells.slice(h, i);
		let unit: RawCell | undefined;
		const rest: FlatCell[] = [];
		for (const c of above) {
			if (!unit && UNIT_LINE.test(text.slice(c.start, c.end))) unit = { start: c.start, end: c.end };
			else rest.push(c);
		}
		const columnHeaders = unitSlot + k;
		const headers = rest.length >= columnHeaders ? rest.slice(rest.length - columnHeaders) : [];
		const before = rest.slice(0, rest.length - headers.length);
		const last = before[before.length - 1];
		const labelHeader = last && (before.length > 1 || LABEL_HEADER.test(text.slice(last.start, last.end))) ? last : undefined;
		const named = before.filter((c) => c !== labelHeader);
		let caption: RawCell | undefined = named.find((c) => CAPTION.test(text.slice(c.start, c.end))) ?? named[named.length - 1];
		if (caption) h = cells.indexOf(caption as FlatCell);
		let firstLine = cells[h]!.line;
		// A caption too long for a cell stands on the line above.
		if (!caption) {
			const cap = previousLine(lines, firstLine);
			if (cap >= 0 && isCaptionLine(text, lines[cap]!) && (out.length === 0 || out[out.length - 1]!.lastLine < cap)) {
				const opens = captionOpening(text, lines, cap, out.length === 0 ? -1 : out[out.length - 1]!.lastLine);
				caption = { start: lines[opens]!.start, end: lines[cap]!.end };
				firstLine = opens;
			}
		}
		const cell = (c: FlatCell): RawCell => ({ start: c.start, end: c.end });
		const header: RawRow[] =
			headers.length > 0 ? [{ line: headers[0]!.line, cells: [labelHeader ? cell(labelHeader) : { start: headers[0]!.start, end: headers[0]!.start }, ...headers.map(cell)], indent: 0 }] : [];
		const body: RawRow[] = [];
		for (let p = i; p < r; p += width) {
			const label = cells[p]!;
			body.push({ line: label.line, cells: cells.slice(p, p + width).map(cell), indent: label.indent });
		}
		out.push({
			shape: 'flat',
			firstLine,
			lastLine: cells[r - 1]!.line,
			...(caption ? { caption } : {}),
			...(unit ? { unit } : {}),
			header,
			rows: body,
			unitColumns: unitSlot ? [1] : [],
		});
		floor = r;
		i = r;
	}
}

// ───────────────────────────── the pass ─────────────────────────────

/**
 * A candidate row of an aligned table, among the text lines without sentence marks (the caller tells those): its words
 * apart — by a wide gap (two spaces, a tab, an ideographic space), or, in a short line, by single spaces with a figure
 * at the end (`棉 花 447 万吨 18．1`).
 */
function alignedCandidate(content: string, wide: boolean, tokens: readonly Token[]): boolean {
	const e = content.length;
	if (wide || tokens.length === 1) return true;
	const last = tokens[tokens.length - 1];
	return tokens.length >= 3 && e <= 40 && last !== undefined && isValueCell(content, last.start, last.end);
}

/** The most lines a LineMemo keeps readings for: a longer document's lines are read each time. */
const MEMO_LINES = 500_000;

/**
 * Readings of lines by their index: those of the last analysis, and those of this one. A line is taken from the last
 * analysis when the line of the same index there, or of the same index from the end (lines an edit moved), has the
 * same text: compared, not hashed — most lines of a table are asked once per analysis.
 */
class Readings<T> {
	#lastText: (string | undefined)[] = [];
	#last: (T | undefined)[] = [];
	#text: (string | undefined)[] = [];
	#now: (T | undefined)[] = [];
	/** Lines in this analysis less lines in the last. */
	#shift = 0;

	constructor(private readonly read: (content: string) => T) {}

	/** A new analysis of `lines` lines. */
	begin(lines: number): void {
		this.#shift = lines - this.#lastText.length;
		const size = lines <= MEMO_LINES ? lines : 0;
		if (this.#text.length !== size) {
			this.#text = new Array<string | undefined>(size);
			this.#now = new Array<T | undefined>(size);
		}
	}

	/** The reading of line `n`, of text `content`: from this analysis or the last, or read now. */
	get(n: number, content: string): T {
		if (n >= this.#text.length) return this.read(content);
		if (this.#text[n] === content) return this.#now[n]!;
		let r: T | undefined;
		if (this.#lastText[n] === content) r = this.#last[n];
		else if (this.#lastText[n - this.#shift] === content) r = this.#last[n - this.#shift];
		r ??= this.read(content);
		this.#text[n] = content;
		this.#now[n] = r;
		return r;
	}

	prune(): void {
		this.#lastText = this.#text;
		this.#last = this.#now;
		this.#text = [];
		this.#now = [];
	}
}

/**
 * Readings of lines, kept from one analysis of a document to the next (its BlockCache owns one): an edit changes a line
 * or two, and the rows of a table of thousands are not read again. `prune` keeps the lines of the last analysis only,
 * slices of its text: the memo keeps no older text alive.
 */
export class LineMemo {
	/** Lines read as words (token rows, flat cells). */
	readonly rows = new Readings(readLine);
	/** Lines read as the cells of a pipe row. */
	readonly pipes = new Readings(readPipeRow);

	/** A new analysis of a text of `lines` lines. */
	begin(lines: number): void {
		this.rows.begin(lines);
		this.pipes.begin(lines);
	}

	/** Keep only the lines of the last analysis. */
	prune(): void {
		this.rows.prune();
		this.pipes.prune();
	}
}

/** Every table of the document, in order, none overlapping. With a `memo`, lines read before are not read again. */
export function findTables(text: string, lines: readonly TableLine[], lineStarts: readonly number[], memo?: LineMemo): RawTable[] {
	const out: RawTable[] = [];
	memo?.begin(lines.length);
	const read = (l: TableLine, n: number): LineReading => {
		if (l.words) return l.words;
		const content = text.slice(l.start, l.end);
		return (l.words = memo ? memo.rows.get(n, content) : readLine(content));
	};
	const readPipe = (l: TableLine, n: number): PipeReading => {
		if (l.pipe) return l.pipe;
		const content = text.slice(l.start, l.end);
		return (l.pipe = memo ? memo.pipes.get(n, content) : readPipeRow(content));
	};
	const push = (t: RawTable | undefined): void => {
		if (t && (out.length === 0 || out[out.length - 1]!.lastLine < t.firstLine)) out.push(t);
	};
	let n = 0;
	while (n < lines.length) {
		const l = lines[n]!;
		work.tables++;
		// Pipe tables: a run of `|` rows.
		if (isPipeRow(text, l)) {
			let k = n;
			while (k + 1 < lines.length && isPipeRow(text, lines[k + 1]!)) k++;
			const t = pipeTable(text, lines, n, k, lineStarts, readPipe);
			if (t) {
				let first = n;
				let unit: RawCell | undefined;
				let caption = t.caption;
				const above = previousLine(lines, n);
				if (above >= 0 && isUnitLine(text, lines[above]!)) {
					unit = { start: lines[above]!.start, end: lines[above]!.end };
					first = above;
				}
				const cap = previousLine(lines, first);
				if (!caption && cap >= 0 && isCaptionLine(text, lines[cap]!) && out[out.length - 1]?.lastLine !== cap) {
					const opens = captionOpening(text, lines, cap, out[out.length - 1]?.lastLine ?? -1);
					caption = { start: lines[opens]!.start, end: lines[cap]!.end };
					first = opens;
				}
				push({ ...t, firstLine: first, ...(caption ? { caption } : {}), ...(unit ? { unit } : {}) });
			}
			n = k + 1;
			continue;
		}
		// Tables of list items: a run of `- ` lines.
		if (isListLine(text, l)) {
			const run: TokenRow[] = [];
			let k = n;
			while (k < lines.length && isListLine(text, lines[k]!)) {
				run.push(tokenRow(text, lines[k]!, k, lineStarts[k]!, read(lines[k]!, k)));
				k++;
			}
			if (run.length >= 3) push(tokenTable(text, lines, run, 'list'));
			n = k;
			continue;
		}
		// Flat tables and aligned rows: a stretch of short text lines, blank lines and `|` lines.
		if (l.kind === 'text' || isBarOnly(l)) {
			// The stretch is scanned once for its end and counts; its cells and candidate rows are made only when they may
			// be a table (a stretch of short lines without figures — numbered headings, items — holds thousands of lines).
			let k = n;
			let aligned = 0;
			let cellCount = 0;
			let values = 0;
			for (; k < lines.length; k++) {
				const x = lines[k]!;
				work.tables++;
				if (x.kind === 'blank' || isBarOnly(x)) continue;
				if (x.kind !== 'text' || (k > n && (isListLine(text, x) || isPipeRow(text, x)))) break;
				// A line of prose is neither a cell nor a row: told before its words are read.
				if (x.end - x.start > 200 || hasProseMark(text, x.start, x.end)) break;
				const r = read(x, k);
				if (r.candidate && r.tokens.length > r.lead) aligned++;
				// A cell: short, no sentence or clause mark, no image or link (`![](./W0202….png)`).
				const cell = isFlatCell(x, r);
				if (cell) {
					cellCount++;
					if (r.value) values++;
				}
				if (!cell && !r.candidate) break;
			}
			const before = out.length;
			if (cellCount >= 6 && values >= FLAT_VALUES_MIN) {
				const cells: FlatCell[] = [];
				for (let m = n; m < k; m++) {
					const x = lines[m]!;
					if (x.kind === 'blank' || isBarOnly(x)) continue;
					const r = read(x, m);
					if (isFlatCell(x, r)) cells.push({ line: m, start: x.start, end: x.end, value: r.value, indent: x.start - lineStarts[m]! });
				}
				flatTables(text, lines, cells, out);
			}
			if (out.length === before && aligned >= 3) {
				// The candidate rows: every line of the stretch but the blank ones (a line neither a cell nor a candidate ends it).
				const rows: TokenRow[] = [];
				for (let m = n; m < k; m++) {
					const x = lines[m]!;
					if (x.kind === 'blank' || isBarOnly(x)) continue;
					rows.push(tokenRow(text, x, m, lineStarts[m]!, read(x, m)));
				}
				alignedTables(text, lines, rows, out);
			}
			n = Math.max(k, n + 1);
			continue;
		}
		n++;
	}
	return out;
}

/** Aligned tables among the candidate rows of a stretch: consecutive rows (blank lines between allowed). */
function alignedTables(text: string, lines: readonly TableLine[], run: readonly TokenRow[], out: RawTable[]): void {
	let a = 0;
	const captionAt = (r: TokenRow): boolean => r.facts.caption;
	while (a < run.length) {
		// A group: rows with a wide gap or one token (headers, captions), lines at most two apart; a caption starts
		// the next table.
		let b = a;
		while (b + 1 < run.length && run[b + 1]!.line - run[b]!.line <= 2 && (run[b + 1]!.reading.candidate || tailOf(run[b + 1]!) === 0) && !captionAt(run[b + 1]!)) b++;
		const t = tokenTable(text, lines, run.slice(a, b + 1), 'aligned');
		if (t && (out.length === 0 || out[out.length - 1]!.lastLine < t.firstLine)) out.push(t);
		a = b + 1;
	}
}
