/**
 * percent-change along a table's rows: a column of growth between two years whose header names both
 * (`一九七八年比一九七七年增长％`, `2005年比2000年增长%`), against the columns of amounts headed by those years
 * (`一九七八年产量`, `一九七七年产量`) — in each row, rate = (later − earlier) ÷ earlier, the rounding of every printed
 * figure allowed for. Reported by claim.percent-change, the arithmetic in its message.
 *
 * Silent: a header that does not name both years (`比上年增长`, a column of a third year), a rate in percentage points, a
 * real or average rate, a plan's column, a row of values at comparable prices (产值, 增加值, 生产总值) or of an index or a
 * price, a balance (存款余额: its growth on a comparable basis, as in prose), a row marked by a note, a row whose units
 * differ between the columns.
 */
import { AIM_WORDS, COMPARABLE_BASIS, COMPARABLE_PRICES, NOT_NOMINAL_GROWTH, PART_OF_YEAR_WORDS, THING_CLASSIFIERS } from '../parse/reading';
import { parseAnyInteger } from '../text/cjkNumerals';
import { fmt } from '../relations/figures';
import { work } from '../work';
import { type Figure, GrowthConstraint, SumConstraint } from './constraints';
import { type CellFigure, headerNoun, type RowDraft, type TableDraft } from './model';

/** A year in digits or characters (一九七八). */
const YEAR = '(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3}';

/** A header opening with a year (`1978年产量`): the year. */
const LEADING_YEAR = new RegExp(`^(${YEAR})年`);

/** `一九七八年比一九七七年增长％`, `2005年比2000年增长(%)`, `1978年较1977年增减%`: the later year, then the earlier. */
const TWO_YEARS = new RegExp(`^(${YEAR})年?(?:全年)?(?:比|较)(${YEAR})年?(?:增长|增减|增减幅度|增长速度)(?:[（(]?[%％][）)]?)?$`);

/** A growth column that is no plain rate of the two years' amounts: points, real or at comparable prices, an average. */
const NOT_PLAIN_RATE = /百分点|实际|可比|平均|年均/;

/**
 * A column of amounts that is no one year's level: a change, a sum over years, a part, a plan or aim (规划: `2025年规划`
 * over `2020年实际`, the plan tables of the five-year outlines), a part of the year (`2023年1-9月`, `一季度`, `上半年`)
 * against a whole year.
 */
const NOT_LEVEL = new RegExp(`增加|增长|减少|净增|累计|合计|其中|规划|[0-9]{4}\\s*[-—–~至到]|${PART_OF_YEAR_WORDS}|[0-9０-９一二三四五六七八九十]月|${AIM_WORDS}`);

/** A note mark on a row's label (`钢材*`, `粮食①`, `（注1）`): its figures may be of another scope. */
const NOTE_MARK = /[*＊※①-⑳¹²³⁰-⁹]|[（(]注[0-9０-９一二三四五六七八九]*[）)]|注[0-9０-９]?$/;

/** The year heading column `c` when it is a column of one year's amounts (`1978年产量`): no plan, change or sum. */
function levelYear(t: TableDraft, c: number): number | undefined {
	const col = t.columns[c]!;
	if (col.kind !== 'value') return undefined;
	const header = headerNoun(col.header).replace(/\s+/g, '');
	if (NOT_LEVEL.test(header)) return undefined;
	const m = LEADING_YEAR.exec(header);
	return m ? parseAnyInteger(m[1]!) : undefined;
}

/** The column of amounts headed by `year` (`1978年产量`), when exactly one is: no plan, change or sum. */
function levelColumn(t: TableDraft, year: number): number {
	let found = -1;
	for (let c = 1; c < t.columns.length; c++) {
		if (levelYear(t, c) !== year) continue;
		if (found >= 0) return -1;
		found = c;
	}
	return found;
}

/** The later and earlier columns of amounts of a growth column, or undefined. */
function growthColumns(t: TableDraft, x: number): { later: number; earlier: number } | undefined {
	const col = t.columns[x]!;
	if (col.kind !== 'growth') return undefined;
	const header = col.header.replace(/\s+/g, '');
	const m = TWO_YEARS.exec(header);
	if (!m || NOT_PLAIN_RATE.test(header)) return undefined;
	const [a, b] = [parseAnyInteger(m[1]!), parseAnyInteger(m[2]!)];
	if (a === undefined || b === undefined || a <= b) return undefined;
	const later = levelColumn(t, a);
	const earlier = levelColumn(t, b);
	return later < 0 || earlier < 0 ? undefined : { later, earlier };
}

/** The units of a row all agree: its unit column's and every other unit column's (`2，208 万吨 1，633 万吨`). */
function oneUnit(t: TableDraft, row: RowDraft): boolean {
	for (const p of row.printed) if (t.columns[p.column]?.kind === 'unit' && row.unit !== undefined && p.text !== row.unit) return false;
	return true;
}

/** A row whose figures are plain amounts in one unit: not at comparable prices or on a basis of its own, not a value
 * that is no nominal amount (an index, output at constant prices), no note mark after its name. */
function plainRow(t: TableDraft, row: RowDraft): boolean {
	return !COMPARABLE_PRICES.test(row.label) && !COMPARABLE_BASIS.test(row.label) && !NOT_NOMINAL_GROWTH.test(row.label) && !NOTE_MARK.test(row.label) && oneUnit(t, row);
}

/** A plain row's cells in columns `x`, `later`, `earlier`, each printed exact; undefined otherwise (one step of work). */
function exactCells(t: TableDraft, row: RowDraft, x: number, later: number, earlier: number): [CellFigure, CellFigure, CellFigure] | undefined {
	work.tables++;
	if (!plainRow(t, row)) return undefined;
	const [xc, lc, ec] = [row.cells[x], row.cells[later], row.cells[earlier]];
	return xc?.exact && lc?.exact && ec?.exact ? [xc, lc, ec] : undefined;
}

function figureOf(claim: number, c: CellFigure): Figure {
	return { claim, value: c.value, lo: c.value - c.step / 2, hi: c.value + c.step / 2, step: c.step };
}

/** The number of a cell as printed, without its unit or the part of it read with the number (`5，160 万` of 万立米). */
function bare(cell: CellFigure): string {
	const text = cell.text;
	let end = text.length;
	while (end > 0 && !/[0-9０-９]/.test(text[end - 1]!)) end--;
	const rest = text.slice(end).trim();
	return rest !== '' && cell.unit.startsWith(rest) ? text.slice(0, end) : text;
}

export interface GrowthRowDraft {
	readonly kind: 'percent-change';
	readonly table: number;
	readonly constraint: GrowthConstraint | SumConstraint;
	readonly expression: string;
	readonly data: Readonly<Record<string, string | number>>;
}

/** Each row of table `ti` with its rate between the two years its growth column names: a percent-change. */
export function growthRows(t: TableDraft, ti: number, cellClaim: (table: number, row: number, column: number) => number, out: { push(d: GrowthRowDraft): number }): void {
	for (let x = 1; x < t.columns.length; x++) {
		const cols = growthColumns(t, x);
		if (!cols) continue;
		const { later, earlier } = cols;
		t.rows.forEach((row, r) => {
			const cells = exactCells(t, row, x, later, earlier);
			if (!cells) return;
			const [rc, lc, ec] = cells;
			if (rc.base !== '%' || rc.scale !== 1) return;
			if (lc.base !== ec.base || lc.unit !== ec.unit || lc.base === '%' || ec.value <= 0 || lc.value < 0) return;
			const claims = [cellClaim(ti, r, earlier), cellClaim(ti, r, later), cellClaim(ti, r, x)];
			if (claims.some((k) => k < 0)) return;
			const constraint = new GrowthConstraint([figureOf(claims[0]!, ec), figureOf(claims[1]!, lc), figureOf(claims[2]!, rc)]);
			const computed = (100 * (lc.value - ec.value)) / ec.value;
			const expression = `(${bare(lc)} − ${bare(ec)}) ÷ ${bare(ec)} = ${fmt(computed)}%`;
			const stated = rc.text.endsWith('%') || rc.text.endsWith('％') ? rc.text : `${rc.text}%`;
			out.push({ kind: 'percent-change', table: ti, constraint, expression, data: { row: row.label, column: t.columns[x]!.header, stated } });
		});
	}
}

// ─────────────────────────────── a column of the change between the two years ───────────────────────────────

/**
 * A column of the change over the table's span (`五年内增加人数`, `增加数`, `增减额`, `减少量`): the years it spans when it names
 * them (五年内: 5), and whether it counts down (减少). A rate (增长%) or a change against another base (比上年增加) is none,
 * nor a multiple (增加倍数): before 数 only the classifier of what is counted (人数, 户数, 个数).
 */
const CHANGE_HEADER = new RegExp(`^(?:([一二三四五六七八九十两0-9]+)年(?:内|间|来|中))?(增加|增减|净增|减少)(?:[人${THING_CLASSIFIERS}]?数|[\u4e00-\u9fff]?量|额)?$`);

/** The table's two columns of one year's level each (`1952年人数`, `1957年人数`), earlier first, when exactly two are. */
function twoYears(t: TableDraft): { earlier: number; later: number; span: number } | undefined {
	const found: { column: number; year: number }[] = [];
	for (let c = 1; c < t.columns.length; c++) {
		const year = levelYear(t, c);
		if (year === undefined) continue;
		if (found.length === 2) return undefined;
		found.push({ column: c, year });
	}
	if (found.length !== 2 || found[0]!.year === found[1]!.year) return undefined;
	const [a, b] = found[0]!.year < found[1]!.year ? [found[0]!, found[1]!] : [found[1]!, found[0]!];
	return { earlier: a.column, later: b.column, span: b.year - a.year };
}

/**
 * Each row of table `ti` with its change between the table's two years in a column of its own (1952年人数 1,012.4 |
 * 五年内增加人数 536.0 | 1957年人数 1,548.4): later = earlier + change (earlier − change for 减少), reported by
 * claim.percent-change. Silent: a header of the change that names another span than the two years' (三年内 between 1952
 * and 1957), a table with more or fewer than two years' columns, a change printed as a rate, the rows growthRows leaves.
 */
export function changeRows(t: TableDraft, ti: number, cellClaim: (table: number, row: number, column: number) => number, out: { push(d: GrowthRowDraft): number }): void {
	let years: ReturnType<typeof twoYears> | null = null;
	for (let x = 1; x < t.columns.length; x++) {
		const col = t.columns[x]!;
		if (col.kind !== 'value' && col.kind !== 'growth') continue;
		const m = CHANGE_HEADER.exec(headerNoun(col.header).replace(/\s+/g, '')) ?? CHANGE_HEADER.exec(col.header.replace(/\s+/g, ''));
		if (!m) continue;
		years ??= twoYears(t) ?? undefined;
		if (!years) return;
		const named = m[1] === undefined ? undefined : parseAnyInteger(m[1]);
		if (m[1] !== undefined && named !== years.span) continue;
		const down = m[2] === '减少';
		const { earlier, later } = years;
		t.rows.forEach((row, r) => {
			const cells = exactCells(t, row, x, later, earlier);
			if (!cells) return;
			const [dc, lc, ec] = cells;
			if (dc.base === '%' || lc.base !== ec.base || dc.base !== lc.base || lc.unit !== ec.unit || dc.unit !== lc.unit || lc.value < 0 || ec.value < 0) return;
			const claims = [cellClaim(ti, r, earlier), cellClaim(ti, r, x), cellClaim(ti, r, later)];
			if (claims.some((k) => k < 0)) return;
			const [e, d, l] = [figureOf(claims[0]!, ec), figureOf(claims[1]!, dc), figureOf(claims[2]!, lc)];
			// later = earlier + change; down: earlier = later + change. The change is preferred (the column worked out).
			const constraint = down ? new SumConstraint([e, l, d], undefined, 2) : new SumConstraint([l, e, d], undefined, 2);
			const computed = down ? ec.value - lc.value : lc.value - ec.value;
			const expression = down ? `${bare(ec)} − ${bare(lc)} = ${fmt(computed / dc.scale)}` : `${bare(lc)} − ${bare(ec)} = ${fmt(computed / dc.scale)}`;
			out.push({ kind: 'percent-change', table: ti, constraint, expression, data: { row: row.label, column: col.header, stated: dc.text, identity: down ? 'level-fall' : 'level-rise' } });
		});
	}
}
