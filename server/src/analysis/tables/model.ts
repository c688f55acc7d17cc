/**
 * The table model: what the lines found by tables/detect.ts say — caption, unit line, header rows, columns with their
 * kind and unit, rows with their label, level (`其中`, indentation) and unit column, cells with their figure. Linear in
 * the table: every row and cell is read once; the figures are the quantities the block scan found in the cells.
 */
import type { ColumnKind, Quantity, Span, Table, TableColumn } from '../types';
import { lineEnd, type TextModel } from '../text/textModel';
import type { RawCell, RawRow, RawTable } from './detect';
import { isDash } from './detect';
import { cellWords, maskMarkup, splitPart, splitUnit, withoutBrackets } from './cells';
import { divides, type Indicator, type Lexicon } from '../lexicon/index';
import { sectionOf } from '../lexicon/industries';
import { MEASURE_AFTER_NOUN, normalizePrefix, readScope, WHOLE_REGION } from '../parse/reading';
import { isUnit, printedExactly } from '../parse/quantities';
import { work } from '../work';
import { stripSuffixWords } from '../text/trim';
import type { TableCache } from './cache';
import { partitionPoint } from '../search';

/** A caption's region after its year (2023年全省…): the whole it is of. */
const WHOLE_REGION_START = new RegExp(`^(?:${WHOLE_REGION})`);

/** A cell's figure, as the relations of a table read it. */
export interface CellFigure {
	/** Offsets from its row's origin (RowDraft.at). */
	readonly span: Span;
	readonly text: string;
	readonly column: number;
	/** Index of its quantity in PolicyAnalysis.quantities, from its row's first (RowDraft.quantity0). */
	readonly quantity: number;
	/** The unit it is printed in (`万吨`, `%`, `亿元`, or the figure's own `吨`). */
	readonly unit: string;
	/** The unit without magnitude (`吨`, `%`, `元`): figures add up only in one base. */
	readonly base: string;
	/** Value of one printed unit in the base: 1e4 for 万吨 (a bare 735.4 under 万吨, or `2.97万千瓦`). */
	readonly scale: number;
	/** Value in the base unit, and the rounding step of its printing in the base unit. */
	readonly value: number;
	readonly step: number;
	readonly exact: boolean;
}

export interface RowDraft {
	readonly label: string;
	/** Offsets from the row's origin, as its cells' spans. */
	readonly labelSpan: Span;
	/** The label as the lexicon reads it: `其中：` and brackets dropped (`0-15岁`). */
	readonly bare: string;
	readonly level: number;
	readonly part: boolean;
	readonly parent?: number;
	/**
	 * The row that holds this one however its layout is read: its parent where the level is certain; for a `其中` row
	 * right after another (nested or a second breakdown of the same whole) the whole of both; for any row of a table
	 * whose first row is its total (`总计`, or the statistic its caption names), that row.
	 */
	whole?: number;
	/** The section of the industrial classification the label names (lexicon/industries.ts), in a table by industry. */
	section?: string;
	indicator?: string;
	readonly unit?: string;
	/** Cells by column (the label column's entry is undefined). */
	readonly cells: readonly (CellFigure | undefined)[];
	/** Every non-empty cell but the label, as printed. */
	readonly printed: readonly { readonly span: Span; readonly text: string; readonly column: number }[];
	/** `合计`, `总计`, `总 计`: the table marks the row as the total of the rows it stands over (or under). */
	readonly totalMark: boolean;
	/** The label names a period (`2024年`): the table is a series, its rows are periods. */
	readonly period: boolean;
	/**
	 * The row's origin (the start of its first cell), from the table's first line, and the index of its first figure's
	 * quantity from the table's first: its spans and quantities count from them, so that a row an edit did not touch
	 * keeps its reading (RowReading) wherever it now stands.
	 */
	readonly at: number;
	readonly quantity0: number;
}

/**
 * A table as read, before its section and errors are known: the public `Table`'s fields, and what its checks use. Its
 * spans are offsets from the table's first line and its figures' quantities indices from the table's first quantity
 * (PlacedTable): the same table, moved by an edit before it, has the same draft.
 */
export interface TableDraft extends Omit<Table, 'rows' | 'section' | 'errors'> {
	readonly year?: number;
	/** Sub-period of the caption (`1-11月`, `前三季度`, `“十五”时期`): its figures are not the year's. */
	readonly subPeriod: string;
	readonly region: string;
	readonly rows: readonly RowDraft[];
	/** Rows are periods (a series): the indicator is the column's. */
	readonly series: boolean;
	/** The first row is the table's total: `总计`, or the statistic its caption names. */
	readonly total: boolean;
	/** The words of the statistic the caption names (`非金融领域外商直接投资`). */
	readonly statistic?: string;
}

const TOTAL_MARK = /^(?:合计|总计|总数|全部|小计|总量)$/;
const PERIOD_LABEL = /^(?:(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年/;
const SHARE_HEADER = /比重|占比|构成|份额|占.{0,10}(?:%|％|比)/;
const GROWTH_HEADER = /增长|增速|增幅|涨跌|涨幅|降幅|上涨|下降|同比/;
const RATIO_HEADER = /百分比|指数|为.{0,12}的|倍|人均|平均|率/;
const UNIT_HEADER = /^单位$/;
/** A ratio column of percentages (`1957年为1952年的百分比`): its figures are not in the table's unit (单位：万人). */
const PERCENT_OF = /百分比|百分数/;
/** The unit in a header: `年末数（万人）`, `比上年增长（%）`, `比上年增长%`, `金额(亿美元)`. */
const HEADER_UNIT = /[（(]([^（()）]{1,8})[）)]$/;
const GROWTH_CAPTION = /涨跌|上涨|增长速度|增速|涨幅/;
const MAGNITUDE_WORD: Readonly<Record<number, string>> = { 1e4: '万', 1e8: '亿', 1e12: '万亿' };

/**
 * `**表10 2023年货物进出口总额…**`, `表102023年…` (the number glued to the year) → `2023年货物进出口总额…`. A caption
 * hard-wrapped over lines is read with its line breaks dropped first, so a bold mark the wrap cut (`…增长速度*` ⏎ `*`) is
 * still one mark.
 */
function captionOf(raw: string): string {
	const s = maskMarkup(raw.includes('\n') ? raw.split('\n').map((line) => line.trim()).join('') : raw).replace(/^[\s-]+/, '');
	// Read on the text with full-width digits folded (the same length): `表１４２０２３年`.
	const m = /^表\s*[0-9]{1,2}(?=\s*(?:19|20)[0-9]{2}年)|^表\s*[0-9一二三四五六七八九十]{1,3}/.exec(foldWidth(s));
	return cellWords(m ? s.slice(m[0].length).replace(/^[\s：:、.．]+/, '') : s);
}

/** The unit a header states (`%` for `比上年增长%`), or ''. */
function headerUnit(header: string): string {
	const m = HEADER_UNIT.exec(header);
	if (m && !/[0-9]/.test(m[1]!) && !/含|不含|包括/.test(m[1]!)) return m[1] === '％' ? '%' : m[1]!;
	return header.endsWith('%') || header.endsWith('％') ? '%' : '';
}

/** The header without its unit: `年末数（万人）` → `年末数`. */
export function headerNoun(header: string): string {
	return header.replace(HEADER_UNIT, '').replace(/[%％]$/, '');
}

function columnKind(header: string, unitColumn: boolean): ColumnKind {
	if (unitColumn || UNIT_HEADER.test(header)) return 'unit';
	if (SHARE_HEADER.test(header)) return 'share';
	if (GROWTH_HEADER.test(header)) return 'growth';
	if (RATIO_HEADER.test(header)) return 'ratio';
	return 'value';
}

/** `单位：亿元` → `亿元`. */
function unitOfLine(text: string): string {
	const m = /单\s*位\s*[：:]\s*([^）)\s]+)/.exec(text);
	if (!m) return '';
	const u = m[1]!.split(/[，,。]/)[0]!;
	return u === '％' ? '%' : u;
}

/** Caption → the year it speaks of, its sub-period and region: `2023年年末人口数…` → 2023, '', ''. */
function periodOf(caption: string): { period: string; year?: number; subPeriod: string; region: string } {
	const y = /((?:19|20)[0-9]{2})年(年末|末|底)?/.exec(caption);
	const sub = /[0-9]{1,2}[-—~至－][0-9]{1,2}月|前[一二三]季度|[一二三四]季度|上半年|下半年|“?十[一二三四五六七八九]?五”?时期|[0-9]{1,2}月(?:份|末)?/.exec(caption);
	const stock = /年末|年底/.test(caption);
	const region = WHOLE_REGION_START.exec(caption.replace(/^(?:(?:19|20)[0-9]{2}年)/, ''))?.[0] ?? '';
	const period = y ? `${y[1]}年${stock ? '末' : ''}` : stock ? '年末' : '';
	return { period, ...(y ? { year: Number(y[1]) } : {}), subPeriod: sub?.[0] ?? '', region };
}

/** What a caption says after its statistic. */
const CAPTION_TAIL = ['及其增长速度', '增长速度', '及其比重', '完成情况', '主要指标', '分行业', '分地区', '情况'];

/** The words of the statistic a caption names, its period and its `及其增长速度` set aside: `非金融领域外商直接投资`. */
function captionWords(caption: string): string {
	return stripSuffixWords(caption.replace(/^(?:(?:19|20)[0-9]{2}年(?:年末|末|底)?|“?十[一二三四五六七八九]?五”?时期|[0-9]{1,2}[-—~至－][0-9]{1,2}月)+/, ''), CAPTION_TAIL).replace(/^分行业|^分地区|^各地区/, '');
}

/** The statistic a caption names, as an indicator of the lexicon. */
function captionStatistic(lexicon: Lexicon, core: string): string | undefined {
	return lexicon.resolve(core)?.name ?? lexicon.resolve(withoutBrackets(core))?.name;
}

/** The indicator a row label names: by itself, without its scope words, or with its column's noun (新能源汽车 + 产量). */
function resolveLabel(lexicon: Lexicon, bare: string, noun: string, field: string | undefined): string | undefined {
	if (bare === '') return undefined;
	const direct = resolveWords(lexicon, bare);
	if (direct) return direct.name;
	if (noun !== '' && !/绝对数|数值|金额|指标|年末数|数量|合计/.test(noun)) {
		const named = lexicon.resolve(bare + noun)?.name;
		if (named !== undefined) return named;
	}
	// A short label under a caption that names its field (投资完成额 under `房地产开发和销售主要指标…`): the field and the
	// label (房地产开发投资), the label's 完成额 or 额 (投资额) read as the amount it is.
	if (field === undefined || bare.length > 6) return undefined;
	return lexicon.resolve(field + bare.replace(/(?:完成)?额$/, ''))?.name;
}

/**
 * The field a caption names for the short labels of its rows: one field, or one with the activities it joins
 * (房地产开发 of `房地产开发和销售主要指标`) — not several fields (`工业和建筑业主要指标`: which one a row's 增加值 is of, a
 * heading row without figures told, and it is no row of the table) — when no row is a field of its own.
 */
function fieldOf(statistic: string | undefined, rows: readonly RowDraft[]): string | undefined {
	if (statistic === undefined) return undefined;
	const fields = statistic.split(/[和与及、]/);
	const field = fields[0]!;
	if (field.length < 2 || field.length > 8 || fields.some((f, k) => k > 0 && f.length > 2) || rows.some((r) => fields.includes(r.bare))) return undefined;
	return field;
}

interface Grouped {
	readonly header: readonly RawRow[];
	readonly rows: readonly RawRow[];
	readonly columns: number;
}

/**
 * Tables printed side by side (`行业 | 比上年增长 | 行业 | 比上年增长`): a header that repeats the first column's at
 * column j starts a second group; its rows follow the first group's.
 */
function ungroup(text: string, raw: RawTable): Grouped {
	// The widest row, by a loop: spread as arguments, the rows of a table of 200,000 overflow the stack.
	let width = 0;
	for (const r of raw.header) width = Math.max(width, r.cells.length);
	for (const r of raw.rows) width = Math.max(width, r.cells.length);
	const head = raw.header[raw.header.length - 1];
	const first = head ? cellWords(text.slice(head.cells[0]?.start ?? 0, head.cells[0]?.end ?? 0)) : '';
	let j = -1;
	if (head && first !== '') for (let c = 1; c < head.cells.length && j < 0; c++) if (cellWords(text.slice(head.cells[c]!.start, head.cells[c]!.end)) === first) j = c;
	if (j < 2) return realign(text, { header: raw.header, rows: raw.rows, columns: width });
	// Halves of a line: not the line's row (RawRow.slot).
	const left = (r: RawRow): RawRow => ({ line: r.line, cells: r.cells.slice(0, j), indent: r.indent });
	const right = (r: RawRow): RawRow => ({ line: r.line, cells: r.cells.slice(j), indent: r.indent });
	const rights = raw.rows.map(right).filter((r) => r.cells.some((c) => c.end > c.start));
	return realign(text, { header: raw.header.map(left), rows: [...raw.rows.map(left), ...rights], columns: j });
}

/**
 * Headers over empty columns moved to the unnamed column of figures beside them (`| 绝对数 | | 比上年增长% | |` over
 * `| 328.0 |  |  | 10.2 |`): a conversion to Markdown shifts cells, not what they mean.
 */
function realign(text: string, g: Grouped): Grouped {
	if (g.header.length === 0) return g;
	const filled = new Array<boolean>(g.columns).fill(false);
	for (const r of g.rows) {
		r.cells.forEach((c, i) => {
			if (c.end > c.start && i < g.columns) filled[i] = true;
		});
	}
	const named = new Array<boolean>(g.columns).fill(false);
	for (const h of g.header) {
		h.cells.forEach((c, i) => {
			if (i < g.columns && cellWords(text.slice(c.start, c.end)) !== '') named[i] = true;
		});
	}
	const move = new Map<number, number>();
	for (let c = 1; c < g.columns; c++) {
		if (!named[c] || filled[c]) continue;
		for (const d of [c + 1, c + 2, c - 1]) {
			if (d > 0 && d < g.columns && filled[d] && !named[d] && ![...move.values()].includes(d)) {
				move.set(c, d);
				break;
			}
		}
	}
	if (move.size === 0) return g;
	const header = g.header.map((h) => {
		const cells = [...h.cells];
		for (const [from, to] of move) {
			while (cells.length <= Math.max(from, to)) cells.push({ start: 0, end: 0 });
			cells[to] = cells[from]!;
			cells[from] = { start: 0, end: 0 };
		}
		return { ...h, cells };
	});
	return { ...g, header };
}

/** A table's draft and where it stands: the offset of its first line, the index of its first quantity. */
export interface PlacedTable {
	readonly draft: TableDraft;
	readonly at: number;
	readonly quantity0: number;
}

/** A cell's span, as an offset from `at`. */
function spanOf(c: RawCell | Span, at: number): Span {
	return { start: c.start - at, end: c.end - at };
}

/** The index of the first quantity that ends after `at` (quantities are in order of position). */
function firstQuantity(quantities: readonly Quantity[], at: number): number {
	return partitionPoint(quantities.length, (i) => quantities[i]!.span.end <= at);
}

/**
 * A bracketed aside after a cell's figure that names its unit (72.6亿度（千瓦小时）) or the time it is per (1,222吨（每小时）):
 * one of the units figures are read in, 每 before it or not. Any other note (（估计）, （含港澳）) leaves the cell no figure.
 */
const UNIT_ASIDE = /^[（(]每?([\u4e00-\u9fff]{1,5})[）)]$/;
function namesUnit(rest: string): boolean {
	const m = UNIT_ASIDE.exec(rest);
	return m !== null && isUnit(m[1]!);
}

/** A table's quantities by position, from its first: the one that is a cell's whole figure (cells come in order). */
class QuantityCursor {
	#k: number;
	constructor(
		private readonly quantities: readonly Quantity[],
		/** The index of the table's first quantity. */
		readonly first: number,
	) {
		this.#k = first;
	}

	/** Index of the quantity that fills [start, end) (a sign and spaces aside), or -1. */
	fill(text: string, start: number, end: number): number {
		const qs = this.quantities;
		// Cells of side-by-side groups come back to an earlier position: search from the start of the table then.
		if (this.#k > this.first && qs[this.#k - 1] && qs[this.#k - 1]!.span.start >= end) this.#k = this.first;
		while (this.#k < qs.length && qs[this.#k]!.span.end <= start) this.#k++;
		const q = qs[this.#k];
		if (!q || q.span.start >= end) return -1;
		if (q.span.start !== start || q.span.end !== end) {
			// `162817吨`, `-2.2` are the whole cell; `6,352,8万吨` (a misprint) is not. An aside in brackets that names what the
			// unit measures (`72.6亿度（千瓦小时）`, `1,222吨（每小时）`: 1st-fyp-1953:290, 307) is no other figure.
			const rest = text.slice(q.span.end, end).trim();
			if (q.span.start !== start || (rest !== '' && rest !== '+' && !namesUnit(rest))) return -1;
		}
		return this.#k;
	}
}

/** What the rows of a table read by themselves depend on: its columns. */
interface RowContext {
	readonly width: number;
	readonly unitCol: number;
	readonly columns: readonly TableColumn[];
	readonly headerUnits: readonly string[];
}

/**
 * A 其中 row that names no kind of its own but a qualifier of the row right above it — a currency (其中：人民币 under
 * 其中：境内住户存款) or a dwelling's floor-area class (其中：90平方米及以下 under 其中：住宅; 其中：90平方米以下住宅 under
 * 其中：商品住宅, with that row's noun): it divides that row, not the whole both stand under (a second kind of the whole
 * names a kind: 其中：国有及国有控股企业 ⏎ 其中：集体企业). A class by another size — a project's investment, a firm's staff,
 * a loan's term (其中：新开工项目 ⏎ 其中：5000万元以上项目; 其中：私营企业 ⏎ 其中：100人以上企业; 其中：短期贷款 ⏎ 其中：1年以下)
 * — is one every kind of the whole has: of the row above or of the whole, in doubt.
 */
const QUALIFIER_ALONE = /^(?:人民币|外币|本币|[0-9.]+平方米(?:及以下|及以上|以下|以上))(.*)$/;

function qualifiesAbove(bare: string, above: string): boolean {
	const m = QUALIFIER_ALONE.exec(bare);
	if (!m) return false;
	const rest = m[1]!;
	return rest === '' || (rest.length >= 2 && above.endsWith(rest));
}

/**
 * A `其中` row right after a row without a mark that follows an open 其中 group (其中：高速铁路 ⏎ … ⏎ 新建公路 ⏎
 * 其中：高速公路): nested in that row when it names a kind of that row's own noun (高速公路 of 新建公路) that the group's 其中
 * row does not share (高速公路 of 新建公路里程: the noun before its measure) — a noun the group's kinds all end in (其中：国有企业 ⏎ 私营企业 ⏎ 其中：外商投资企业) tells nothing. A
 * currency alone (其中：人民币) is in doubt: of the row above (住户存款 ⏎ 其中：人民币) or of the total (各项存款 ⏎ 其中：住户存款 ⏎
 * 非金融企业存款 ⏎ 其中：人民币, the currency of all deposits).
 */
function nestedAfterKind(bare: string, above: string, groupKind: string): boolean {
	const noun = above.replace(MEASURE_AFTER_NOUN, '').slice(-2);
	return /^[\u4e00-\u9fff]{2}$/.test(noun) && bare.length > noun.length && bare !== above && bare.endsWith(noun) && !groupKind.endsWith(noun);
}

/**
 * What a row says by itself, whatever the rows around it (its level, parent and indicator are the table's): read once
 * per text of a row and columns while the table is edited (tables/cache.ts). Its spans count from its origin, its
 * quantities from its first.
 */
export interface RowReading {
	/** Where the row was read: its origin in that text, and its cells' offsets from it (start, end, …). */
	readonly origin: number;
	readonly offsets: readonly number[];
	/** For each cell read, the index of the quantity it filled from the row's first (-1 for none), and that quantity. */
	readonly fills: readonly number[];
	readonly figures: readonly (Quantity | undefined)[];
	readonly label: string;
	readonly labelSpan: Span;
	readonly bare: string;
	readonly part: boolean;
	readonly unit: string | undefined;
	readonly cells: readonly (CellFigure | undefined)[];
	readonly printed: RowDraft['printed'];
	readonly totalMark: boolean;
	readonly period: boolean;
}

/**
 * Row readings kept with the rows' lines (RawRow.slot) while a table of these columns (`context`) is edited; `counts`
 * tells the rows whose reading was kept and those read.
 */
export interface RowMemo {
	readonly context: string;
	readonly counts: { hits: number; misses: number };
}

/** The same figure at the same offset from each row's origin. */
export function sameQuantity(a: Quantity, aAt: number, b: Quantity, bAt: number): boolean {
	// The same object at the same origin: a block an edit did not move keeps its quantities (BlockCache.placedAt).
	if (a === b && aAt === bAt) return true;
	return (
		a.span.start - aAt === b.span.start - bAt &&
		a.span.end - aAt === b.span.end - bAt &&
		a.text === b.text &&
		a.kind === b.kind &&
		a.mantissa === b.mantissa &&
		a.digits === b.digits &&
		a.decimals === b.decimals &&
		a.magnitude === b.magnitude &&
		a.value === b.value &&
		a.unit === b.unit &&
		a.approx === b.approx &&
		a.approxWord === b.approxWord &&
		a.step === b.step &&
		a.rangeEnd === b.rangeEnd
	);
}

/** The quantities the cells of the row being read fill, and the first (scratch: one row at a time). */
const fillsNow: number[] = [];
let fillsCount = 0;
let firstNow = -1;

/**
 * A row's reading: the memo's when the row has the same text, cells and figures as one read before (the cursor still
 * walks every cell, so that it stands where a reading would leave it), else read now.
 */
function readRow(text: string, r: RawRow, origin: number, ctx: RowContext, cursor: QuantityCursor, quantities: readonly Quantity[], memo: RowMemo | undefined): RowReading {
	const { width, unitCol } = ctx;
	let n = 0;
	let q0 = -1;
	for (let c = 1; c < r.cells.length && c < width; c++) {
		const cell = r.cells[c]!;
		if (cell.end <= cell.start || c === unitCol) continue;
		const qi = cursor.fill(text, cell.start, cell.end);
		if (qi >= 0 && q0 < 0) q0 = qi;
		fillsNow[n++] = qi;
	}
	fillsCount = n;
	firstNow = q0;
	const slot = memo ? r.slot : undefined;
	const last = slot?.row?.context === memo?.context ? slot?.row : slot?.before?.context === memo?.context ? slot?.before : undefined;
	if (last && sameReading(last.reading as RowReading, r, origin, q0, quantities)) {
		memo!.counts.hits++;
		return last.reading as RowReading;
	}
	const words = (c: RawCell | undefined): string => (c ? cellWords(text.slice(c.start, c.end)) : '');
	const labelCell = r.cells[0] ?? { start: 0, end: 0 };
	const read = splitPart(words(labelCell));
	const label = read.rest;
	const bare = foldWidth(withoutBrackets(label));
	const unit = unitCol > 0 ? words(r.cells[unitCol]) : '';
	const rowUnit = unit !== '' && !isDash(unit, 0, unit.length) ? unit : undefined;
	const cells: (CellFigure | undefined)[] = [];
	const printed: { span: Span; text: string; column: number }[] = [];
	const fills: number[] = [];
	const figures: (Quantity | undefined)[] = [];
	let k = 0;
	for (let c = 1; c < r.cells.length && c < width; c++) {
		const cell = r.cells[c]!;
		if (cell.end <= cell.start || c === unitCol) continue;
		printed.push({ span: spanOf(cell, origin), text: words(cell), column: c });
		const col = ctx.columns[c]!;
		const qi = fillsNow[k++]!;
		fills.push(qi < 0 ? -1 : qi - q0);
		figures.push(qi < 0 ? undefined : quantities[qi]);
		if (qi < 0) continue;
		const q = quantities[qi]!;
		if (q.kind === 'year' || q.kind === 'ordinal') continue;
		// The unit: the figure's own, else the column's header, the row's unit column, the table's unit line.
		const own = q.kind === 'percent' ? '%' : q.kind === 'permille' ? '‰' : q.unit !== '' ? `${MAGNITUDE_WORD[q.magnitude] ?? ''}${q.unit}` : '';
		const printedUnit = own !== '' ? own : col.kind === 'value' || col.kind === 'ratio' ? (ctx.headerUnits[c]! || rowUnit || col.unit) : col.unit;
		// A figure with its own unit carries its magnitude (`2.97万千瓦`: 29700 千瓦); a bare one takes its column's.
		const parts = own !== '' ? { magnitude: q.magnitude, base: q.kind === 'percent' ? '%' : splitUnit(q.unit).base } : splitUnit(printedUnit);
		const scale = parts.magnitude;
		cells[c] = {
			span: spanOf(q.span, origin),
			text: q.text,
			column: c,
			quantity: qi - q0,
			unit: printedUnit,
			base: parts.base,
			scale,
			value: own !== '' ? q.value : q.value * scale,
			step: own !== '' ? q.step : q.step * scale,
			exact: printedExactly(q),
		};
	}
	const offsets: number[] = [];
	for (const c of r.cells) offsets.push(c.start - origin, c.end - origin);
	const reading: RowReading = {
		origin,
		offsets,
		fills,
		figures,
		label,
		labelSpan: spanOf(labelCell, origin),
		bare,
		part: read.part,
		unit: rowUnit,
		cells,
		printed,
		totalMark: TOTAL_MARK.test(bare),
		period: PERIOD_LABEL.test(bare),
	};
	if (slot) {
		if (slot.row && slot.row.context !== memo!.context) slot.before = slot.row;
		slot.row = { context: memo!.context, reading };
		memo!.counts.misses++;
	}
	return reading;
}

/** A row's origin: the start of its first cell (0 for a row without cells). */
function originOf(r: RawRow): number {
	let origin = r.cells.length > 0 ? Infinity : 0;
	for (const c of r.cells) if (c.start < origin) origin = c.start;
	return origin;
}

/** A reading kept for a row of the same text: the same cells at the same offsets, filled by the same figures. */
function sameReading(kept: RowReading, r: RawRow, origin: number, q0: number, quantities: readonly Quantity[]): boolean {
	if (kept.offsets.length !== r.cells.length * 2 || kept.fills.length !== fillsCount) return false;
	for (let i = 0; i < r.cells.length; i++) {
		const c = r.cells[i]!;
		if (kept.offsets[2 * i] !== c.start - origin || kept.offsets[2 * i + 1] !== c.end - origin) return false;
	}
	for (let k = 0; k < fillsCount; k++) {
		const qi = fillsNow[k]!;
		const was = kept.fills[k]!;
		if (qi < 0 ? was !== -1 : was !== qi - q0 || !sameQuantity(kept.figures[k]!, kept.origin, quantities[qi]!, origin)) return false;
	}
	return true;
}

/** Read every table of the model; with a `cache`, a table the last analysis read is not read again. */
export function readTables(model: TextModel, quantities: readonly Quantity[], lexicon: Lexicon, cache?: TableCache): PlacedTable[] {
	const text = model.text;
	const out: PlacedTable[] = [];
	for (const raw of model.tables) {
		const at = model.lineStarts[raw.firstLine]!;
		const quantity0 = firstQuantity(quantities, at);
		const read = (): TableDraft | undefined => readTable(text, raw, at, new QuantityCursor(quantities, quantity0), quantities, lexicon, cache?.rowCounts);
		const draft = cache ? cache.draft(text, raw, at, lineEnd(text, model.lineStarts, raw.lastLine), quantities, quantity0, lexicon, read) : read();
		if (draft) out.push({ draft, at, quantity0 });
	}
	return out;
}

function readTable(text: string, raw: RawTable, at: number, cursor: QuantityCursor, quantities: readonly Quantity[], lexicon: Lexicon, rowCounts?: RowMemo['counts']): TableDraft | undefined {
	const words = (c: RawCell | undefined): string => (c ? cellWords(text.slice(c.start, c.end)) : '');
	const caption = raw.caption ? captionOf(text.slice(raw.caption.start, raw.caption.end)) : undefined;
	const unitLine = raw.unit ? text.slice(raw.unit.start, raw.unit.end) : '';
	// `金额单位：亿美元` is the unit of the columns of money alone (实际使用金额, not 合同项目).
	const moneyUnit = /^[-*\s]*[（(]?金额单位/.test(unitLine) ? unitOfLine(unitLine) : '';
	const tableUnit = unitLine !== '' && moneyUnit === '' ? unitOfLine(unitLine) : '';
	const grouped = ungroup(text, raw);
	const width = grouped.columns;
	// Column headers: the header rows' cells of each column, joined.
	const headers = grouped.header.map((h) => h.cells.map((c) => words(c)));
	const columns: TableColumn[] = [];
	const growthCaption = caption !== undefined && GROWTH_CAPTION.test(caption);
	for (let c = 0; c < width; c++) {
		const header = headers.map((h) => h[c] ?? '').join('');
		const kind: ColumnKind = c === 0 ? 'label' : columnKind(header, raw.unitColumns.includes(c));
		let unit = kind === 'label' || kind === 'unit' ? '' : headerUnit(header) || (tableUnit !== '' && (tableUnit === '%' || kind === 'value' || (kind === 'ratio' && !PERCENT_OF.test(header))) ? tableUnit : '');
		if (unit === '' && moneyUnit !== '' && kind === 'value' && /额/.test(header)) unit = moneyUnit;
		if (unit === '' && (kind === 'share' || kind === 'growth')) unit = '%';
		// A table of changes (`居民消费价格比上年涨跌幅度`, 单位：%): its figures are growth rates.
		const finalKind: ColumnKind = kind === 'value' && unit === '%' && growthCaption ? 'growth' : kind;
		columns.push({ header, kind: finalKind, unit });
	}
	const unitCol = columns.findIndex((c) => c.kind === 'unit');
	const headerUnits = columns.map((c) => headerUnit(c.header));
	const { period, year, subPeriod, region } = periodOf(foldWidth(caption ?? ''));
	// Levels: indentation where the table has it; `其中` one level below the row above.
	const indents = [...new Set(grouped.rows.map((r) => r.indent))].sort((a, b) => a - b);
	const indented = indents.length > 1;
	const rows: RowDraft[] = [];
	let groupOpen = -1; // the parent of the open 其中 group (no indentation to tell where it ends)
	let sides = -1; // the last 其中 row
	const open: number[] = []; // the rows above that may still be a parent: levels rising
	const context: RowContext = { width, unitCol, columns, headerUnits };
	const memo: RowMemo | undefined = rowCounts ? { context: `${width}|${unitCol}|${headerUnits.join('|')}|${columns.map((c) => `${c.kind}:${c.unit}`).join('|')}`, counts: rowCounts } : undefined;
	for (const r of grouped.rows) {
		work.tables += r.cells.length + 1;
		const origin = originOf(r);
		const reading = readRow(text, r, origin, context, cursor, quantities, memo);
		const { bare, unit: rowUnit, cells, totalMark } = reading;
		const level0 = indented ? indents.indexOf(r.indent) : 0;
		let level = level0;
		let parent: number | undefined;
		let whole: number | undefined;
		const i = rows.length;
		if (reading.part && i > 0) {
			const above = rows[i - 1]!;
			level = Math.max(level0, above.level + (r.indent <= (grouped.rows[i - 1]?.indent ?? 0) ? 1 : 0));
			// The row above is its whole when its own level is certain: a top row, or an indented table's. (After 其中：一般贸易
			// ⏎ 加工贸易 under 出口额, 其中：机电产品 is a kind of 出口额; after 其中：公路 ⏎ 新建公路, 其中：高速公路 is a kind of
			// 新建公路: nestedAfterKind tells the cases it can, by the row's own noun.)
			// A qualifier alone under another 其中 row (其中：住户存款 ⏎ 其中：人民币) is of that row; the group it stands in stays
			// open (住户存款 ⏎ 其中：人民币 ⏎ 非金融企业存款: another kind of the deposits).
			const qualifier = !indented && groupOpen >= 0 && above.part && above.parent !== undefined && qualifiesAbove(bare, above.bare);
			if (indented || groupOpen < 0 || above.parent !== undefined || nestedAfterKind(bare, above.bare, rows[sides]?.bare ?? '')) parent = i - 1;
			// What holds it under every reading: after another 其中 row (其中：国有及国有控股企业 ⏎ 其中：集体企业, nested or
			// not), that row's whole; after rows that divide with the open group's 其中 row (其中：一般贸易 ⏎ 加工贸易 ⏎
			// 其中：机电产品: nested in 加工贸易 or a second breakdown), the group's whole.
			if (indented || groupOpen < 0 || qualifier || (parent !== undefined && above.parent === undefined)) whole = parent;
			else if (above.parent !== undefined) whole = above.whole;
			else if (sides >= 0 && divides(rows.slice(sides, i).map((x) => x.bare))) whole = rows[sides]!.whole;
			if (!qualifier) {
				groupOpen = parent ?? groupOpen;
				sides = i;
			}
		} else if (indented) {
			// The nearest row above at a lower level: the top of the open rows once those at this level or deeper close.
			while (open.length > 0 && rows[open[open.length - 1]!]!.level >= level) open.pop();
			parent = open[open.length - 1];
			whole = parent;
			work.tables++;
		} else if (groupOpen >= 0 && !totalMark && (rowUnit ?? tableUnit) === (rows[groupOpen]!.unit ?? tableUnit) && sameBases(cells, rows[groupOpen]!.cells) && !otherStatistic(lexicon, bare, rows[groupOpen]!)) {
			// After a 其中 row, a row without a mark may be another part, or the next top row: unknown (and a 其中 row after
			// it may be nested in it or not: 其中：国有企业 after 高新技术产品 under 出口额 lists kinds of 出口额).
			level = rows[groupOpen]!.level + 1;
		} else {
			if (groupOpen >= 0) closedBySibling(lexicon, rows, groupOpen, bare);
			groupOpen = -1;
		}
		// Every field set, absent ones undefined: rows of one shape, read fast by the relations.
		const row: RowDraft = {
			label: reading.label,
			labelSpan: reading.labelSpan,
			bare,
			level,
			part: reading.part,
			parent,
			whole,
			section: undefined,
			indicator: undefined,
			unit: rowUnit,
			cells,
			printed: reading.printed,
			totalMark,
			period: reading.period,
			at: origin - at,
			quantity0: firstNow < 0 ? 0 : firstNow - cursor.first,
		};
		while (open.length > 0 && rows[open[open.length - 1]!]!.level >= level) open.pop();
		open.push(i);
		rows.push(row);
	}
	byIndustry(rows);
	const series = rows.length >= 3 && rows.filter((r) => r.period).length >= rows.length * 0.6;
	const statistic = caption === undefined ? undefined : captionWords(foldWidth(caption));
	let total = false;
	const noun = headerNoun(columns.find((c) => c.kind === 'value')?.header ?? '');
	if (!series) {
		// 总计/合计 states what the caption names: `2015年分行业固定资产投资（不含农户）及其增长速度` → 固定资产投资（不含农户）.
		const named = statistic === undefined ? undefined : captionStatistic(lexicon, statistic);
		const field = fieldOf(statistic, rows);
		for (const r of rows) r.indicator = r.totalMark ? named : resolveLabel(lexicon, r.bare, noun, field);
		// A first row that is the table's total — `总计`, or the statistic its caption names (`规模以上工业` under
		// `…规模以上工业企业实现利润…`) — holds every row below it, however they nest; an average (人均, 平均) holds none.
		const top = rows[0];
		// The caption's statistic opens with the row's label, not one of several it lists (`出口和进口` holds no 进口 in 出口).
		const captioned = top !== undefined && top.bare.length >= 2 && statistic !== undefined && statistic.startsWith(top.bare) && !/^[、，,和及与]/.test(statistic.slice(top.bare.length));
		total = top !== undefined && !top.part && (top.totalMark || captioned) && !/人均|平均/.test(`${caption ?? ''}${top.bare}`);
		if (total) for (let i = 1; i < rows.length; i++) rows[i]!.whole ??= 0;
		// The first row under a caption that names its statistic (规模以上工业 | 利润总额 under `…规模以上工业企业实现利润…`).
		if (total && captioned) top.indicator ??= named;
		// A part under a row of the lexicon names its kind of figure with the whole's noun: 其中：住宅 under
		// 房地产开发投资 is 住宅投资.
		for (const r of rows) {
			// Its parent, or — a top row of a table under its total (食品 under 居民消费价格) — the total; not the whole of a
			// 其中 row whose parent is in doubt (其中：人民币 after 城乡居民储蓄存款 is no kind of 各项存款).
			const over = r.parent ?? (r.whole === 0 && !r.part && r.level === rows[0]!.level ? 0 : undefined);
			const whole = over === undefined ? undefined : rows[over]!.indicator;
			if (whole === undefined) continue;
			// Under a whole the lexicon knows, a label names a part of it or nothing of the lexicon: 城镇 under 户籍人口 is
			// not 城镇人口 (resident population). (A top row under the total names what it names: 进出口差额.)
			if (r.indicator !== undefined && r.parent !== undefined && !partOf(lexicon, r.indicator, whole)) r.indicator = undefined;
			if (r.indicator !== undefined || r.bare.length < 2) continue;
			for (let k = 2; k <= 4 && k < whole.length && r.indicator === undefined; k++) {
				const named = lexicon.resolve(r.bare + whole.slice(-k))?.name;
				if (named !== undefined && partOf(lexicon, named, whole)) r.indicator = named;
			}
		}
	}
	const first = raw.caption ?? raw.unit ?? raw.header[0]?.cells[0] ?? raw.rows[0]?.cells[0];
	const last = raw.rows[raw.rows.length - 1];
	const lastCell = last?.cells[last.cells.length - 1];
	if (!first || !lastCell) return undefined;
	return {
		shape: raw.shape,
		span: { start: first.start - at, end: Math.max(lastCell.end, first.end) - at },
		...(caption !== undefined ? { caption } : {}),
		...(raw.caption ? { captionSpan: spanOf(raw.caption, at) } : {}),
		...(tableUnit !== '' ? { unit: tableUnit } : {}),
		period,
		...(year !== undefined ? { year } : {}),
		subPeriod,
		region,
		headers,
		columns,
		rows,
		series,
		total,
		...(statistic ? { statistic } : {}),
	};
}

/**
 * A table by industry (three rows or more name sections of the classification): every section stands where the first
 * does, under its whole; a 其中 row after a section, and the rows after it up to the next section, are parts of it
 * (其中：煤炭开采及洗选业 ⏎ 石油和天然气开采业 under 采矿业, the industries of 制造业) — no indentation needed to tell.
 */
function byIndustry(rows: RowDraft[]): void {
	const keys = rows.map((r) => sectionOf(r.bare));
	if (keys.filter((k) => k !== undefined).length < 3) return;
	rows.forEach((r, i) => (r.section = keys[i]));
	const first = rows.findIndex((r) => r.section !== undefined);
	const top = rows[first]!;
	let section = -1; // the last section
	let open = -1; // the section whose divisions a 其中 row opened
	for (let i = first + 1; i < rows.length; i++) {
		const r = rows[i]!;
		if (r.section !== undefined) {
			rows[i] = { ...r, level: top.level, parent: top.parent, whole: top.whole ?? top.parent };
			section = i;
			open = -1;
		} else if (r.totalMark || (!r.part && open < 0)) {
			// Rows of another breakdown (工业, 营利性服务业 in a table of value added by industry) are no divisions.
			section = open = -1;
		} else if (section >= 0) {
			open = section;
			rows[i] = { ...r, level: rows[section]!.level + 1, parent: section, whole: section };
		}
	}
}

/**
 * A row that names a statistic of the lexicon not contained in the open group's whole (货物进口额 after the 其中 rows
 * of 货物出口额, 房屋新开工面积 after those of 房屋施工面积) is a top row again.
 */
function otherStatistic(lexicon: Lexicon, bare: string, whole: RowDraft): boolean {
	const ind = resolveWords(lexicon, bare);
	if (!ind) return false;
	return ind.within === undefined || ind.within !== resolveWords(lexicon, whole.bare)?.name;
}

/**
 * 货物出口额 ⏎ 其中：一般贸易 ⏎ 加工贸易 ⏎ 其中：机电产品 ⏎ 高新技术产品 ⏎ 其中：国有企业 ⏎ … ⏎ 货物进口额: a row that closes an open
 * 其中 group by naming another part of a partition the group's whole is a part of (进口 after 出口, of 进出口), or the
 * balance of the two (进出口差额 after 进口额), ends that whole's rows — a table lists a partition's parts in turn, each with its own rows under it. The rows between whose whole
 * is in doubt (高新技术产品: another part, or the next top row; 其中：国有企业 after it: nested or not) are within it.
 */
function closedBySibling(lexicon: Lexicon, rows: readonly RowDraft[], g: number, bare: string): void {
	const group = resolveWords(lexicon, rows[g]!.bare)?.name;
	const next = resolveWords(lexicon, bare)?.name;
	if (group === undefined || next === undefined || group === next) return;
	// Another part of its partition, or the balance of the two (进出口差额 after 进口额: 出口 − 进口).
	if (!lexicon.membershipsOf(next).some((m) => m.parts.includes(group)) && !lexicon.get(next)?.difference?.includes(group)) return;
	// The rows since the group's whole: each closed group's own, so each row is visited once. Not a row that names, after
	// its own words, a statistic neither the whole nor within it (对“一带一路”沿线国家进出口, 服务贸易进出口 among 出口's
	// rows: the partition's total or another statistic, a top row).
	for (let k = g + 1; k < rows.length; k++) {
		const r = rows[k]!;
		work.tables++;
		if (r.whole !== undefined || r.level <= rows[g]!.level) continue;
		const named = lexicon.resolveQualified(r.bare)?.indicator.name;
		if (named === undefined || named === group || partOf(lexicon, named, group)) r.whole = g;
	}
}

/** Is `part` within `whole` by the lexicon (its `within` chain, or a part of one of its partitions)? */
function partOf(lexicon: Lexicon, part: string, whole: string): boolean {
	if (lexicon.membershipsOf(part).some((m) => m.total.name === whole)) return true;
	let ind = lexicon.get(part);
	for (let guard = 0; ind?.within !== undefined && guard < 8; guard++) {
		if (ind.within === whole) return true;
		ind = lexicon.get(ind.within);
	}
	return false;
}

/** Labels read once per lexicon: a table repeats them (铁路, 公路 … under each total), and so do documents. */
const resolved = new WeakMap<Lexicon, Map<string, Indicator | null>>();

/** The indicator a label names by itself or without its scope words (`全国人口` → 总人口). */
function resolveWords(lexicon: Lexicon, bare: string): Indicator | undefined {
	let memo = resolved.get(lexicon);
	if (!memo) resolved.set(lexicon, (memo = new Map<string, Indicator | null>()));
	let ind = memo.get(bare);
	if (ind === undefined) {
		ind = lexicon.resolve(bare) ?? lexicon.resolve(readScope(normalizePrefix(bare)).rest) ?? null;
		if (memo.size < 20_000) memo.set(bare, ind);
	}
	return ind ?? undefined;
}

/** Full-width letters and digits as ASCII (`０-１５岁` → `0-15岁`): the lexicon's names are written so. */
function foldWidth(s: string): string {
	let wide = false;
	for (let i = 0; i < s.length && !wide; i++) wide = s.charCodeAt(i) >= 0xff01 && s.charCodeAt(i) <= 0xff5e;
	if (!wide) return s;
	let out = '';
	for (const ch of s) {
		const c = ch.charCodeAt(0);
		out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch;
	}
	return out;
}

/** The figures of two rows are in the same units. */
function sameBases(a: readonly (CellFigure | undefined)[], b: readonly (CellFigure | undefined)[]): boolean {
	for (let c = 0; c < Math.max(a.length, b.length); c++) {
		const x = a[c];
		const y = b[c];
		if (x && y && x.base !== y.base) return false;
	}
	return true;
}
