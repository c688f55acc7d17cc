/**
 * The relations a table states, one finder per kind:
 * - `table-sum`: a total row and the rows that partition it — a partition of the indicator lexicon (城镇 + 乡村, the
 *   three industries, the modes of transport …), rows marked by the table (`合计`/`总计` over rows with no `其中`
 *   between), shares that make 100%, the indented rows under a row that add up to it in some column — in every
 *   column of amounts or shares, units converted (`民航 万吨` under `亿吨`); and a balance of the lexicon
 *   (顺差 = 出口 − 进口);
 * - `table-share`: a share column against value ÷ whole (the row whose share is 100, or the whole its header names);
 * - `table-subset`: a `其中` row, an indented row or a part of the lexicon at most its whole — `其中` rows need not
 *   add up;
 * - `table-prose`: a cell and a figure of the prose of the same indicator, period, region and unit (amounts, growth
 *   rates, shares);
 * - `percent-change`: a growth cell of a row whose amount the prose states with its change and no rate (`余额V，比年初增加D`
 *   | `比上年末增长C`): C = D ÷ (V − D), reported by claim.percent-change; and a column of growth between two years
 *   against the columns of those years' amounts in each row (growthRows.ts).
 *
 * Every search is bounded (a partition looks at most WINDOW rows down), so the pass is linear in the table.
 */
import type { Claim, Quantity, RelationKind, TableColumn } from '../types';
import type { RawClaim } from '../parse/claims';
import { AIM_WORDS, ANY_PART_OF_YEAR_WORDS, NAMED_BASIS, COMPARABLE_BASIS, COMPARABLE_PRICES, CONVERSION, CUMULATIVE_WORDS, FIVE_YEAR_PLAN, LAST_YEAR_SHORT_WORDS, SINCE_WORDS, WHOLE_REGION, YEAR_BEFORE_LAST_WORDS } from '../parse/reading';
import { coversSections } from '../lexicon/industries';
import { divides, type Indicator, type Lexicon } from '../lexicon/index';
import { work } from '../work';
import { type CellFigure, headerNoun, type RowDraft, type TableDraft } from './model';
import { ChangeConstraint, type Constraint, EqualConstraint, type Figure, holds, ShareConstraint, SubsetConstraint, SumConstraint, WithinConstraint } from './constraints';
import { baseUnit, decimalsOf } from './cells';
import { fmt } from '../relations/figures';
import { sortShort } from '../search';
import { parseAnyInteger } from '../text/cjkNumerals';
import { changeRows, growthRows } from './growthRows';

/** Words before an indicator's name in a subject that name its whole, not a part (全国, 全部, 全社会, 年末). */
const OWN_WHOLE = new RegExp(`^(?:${WHOLE_REGION}|全部|全社会|全年|年末|年底|总)+$`);
/** An aside in brackets inside a caption's statistic (外商直接投资（不含银行、证券、保险）): the scope it is of. */
const ASIDE = /[（(][^（）()]{1,20}[）)]/;
/** How many prose figures before one its paragraph is read back for a caption's aside. */
const ASIDE_BACK = 8;

/** Words before an indicator's name that make the amount another period's, a sum or an aim (上年, 上半年, 1-6月, 累计, 计划). */
export const NOT_THE_ROWS = new RegExp(`${AIM_WORDS}|${LAST_YEAR_SHORT_WORDS}|${YEAR_BEFORE_LAST_WORDS}|${ANY_PART_OF_YEAR_WORDS}|${SINCE_WORDS}|${CUMULATIVE_WORDS}`);
/** Words of a change that make it another than the change of its amount over the year: on a base made comparable, on another year's, a sum. */
const COMPARABLE_BASE = new RegExp(`${NAMED_BASIS.source}|可比价`);
const NOT_THE_CHANGE = /比(?:19|20)[0-9]{2}年|累计|年均/;
/** A change of the change, not of the amount (贷款余额V，比上年多增D: the year's increase is D more than the last's). */
const CHANGE_OF_CHANGE = /[多少](?:增|减)/;
/** A growth column of another rate than the year's on the amount printed: an average of years, on a month or a quarter, in another currency (两年平均增长, 比上月末增长, 以美元计价增长). */
const NOT_THE_YEARS_RATE = /平均|比上[月季]|[月季]末|半年|计价|美元|欧元/;
/** How far past a change its note on the base is looked for (（按可比口径计算）). */
const NOTE_REACH = 12;
/** The most characters between an amount and its change (，比上年末增加). */
const BETWEEN_MAX = 12;
/** How far down from a total its parts are looked for. */
const WINDOW = 40;

export interface TableRelationDraft {
	readonly kind: RelationKind;
	readonly table: number;
	readonly constraint: Constraint;
	/** The arithmetic with the figures as printed; `=` or `≠` are the judge's. */
	readonly expression: string;
	readonly data: Readonly<Record<string, string | number>>;
}

export interface TableContext {
	readonly lexicon: Lexicon;
	readonly tables: readonly TableDraft[];
	readonly claims: readonly Claim[];
	/** The prose claims' readings (index = claim index). */
	readonly prose: readonly RawClaim[];
	/** The year each prose claim's headings name (a figure of 全年 in the 2005 communiqué is of 2005), when they name one. */
	readonly proseYears: readonly (number | undefined)[];
	readonly quantities: readonly Quantity[];
	/** The index of the block a prose claim stands in, and the text of a block. */
	blockOf(claim: number): number;
	blockText(block: number): string;
	/** The text between the ends of two claims (the first's end, the second's start). */
	textBetween(first: number, second: number): string;
	/** At most `max` characters of the text after a claim, up to the next claim. */
	textAfter(claim: number, max: number): string;
	/** The claim of a cell, or -1. */
	cellClaim(table: number, row: number, column: number): number;
}

/** The interval a cell's printing allows, in its base unit. */
function cellFigure(claim: number, c: CellFigure): Figure {
	return { claim, value: c.value, lo: c.value - c.step / 2, hi: c.value + c.step / 2, step: c.step };
}

/** A prose figure's interval: its rounding, or the bounds of an approximation; a change down is negative. */
function proseFigure(claim: number, c: Claim, q: Quantity): Figure {
	const sign = c.kind === 'change' && c.direction === 'down' ? -1 : 1;
	const v = sign * q.value;
	const half = q.step / 2;
	let lo = v - half;
	let hi = v + half;
	if (q.approx === 'more') hi = Infinity;
	else if (q.approx === 'less') lo = sign > 0 ? Math.min(0, lo) : -Infinity;
	else if (q.approx === 'about') {
		lo = v - Math.abs(v) * 0.1;
		hi = v + Math.abs(v) * 0.1;
	}
	if (sign < 0 && q.approx === 'more') [lo, hi] = [-Infinity, v + half];
	return { claim, value: v, lo, hi, step: q.step };
}

interface Group {
	readonly total: number;
	readonly parts: readonly number[];
}

/** The names of a partition of the lexicon as a set, made once. */
const partitionSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function partitionSet(partition: readonly string[]): ReadonlySet<string> {
	let set = partitionSets.get(partition);
	if (!set) partitionSets.set(partition, (set = new Set(partition)));
	return set;
}

/** The lexicon's partitions of a row's indicator found in the rows below it. */
function lexiconGroups(ctx: TableContext, t: TableDraft, out: Group[]): void {
	const rows = t.rows;
	rows.forEach((row, i) => {
		const ind = row.indicator === undefined ? undefined : ctx.lexicon.get(row.indicator);
		if (!ind?.parts) return;
		const complete: { partition: readonly string[]; rows: number[] }[] = [];
		for (const partition of ind.parts) {
			const found = partitionRows(ctx, rows, i, ind, partition, false);
			if (found.includes(-1)) continue;
			complete.push({ partition, rows: found });
		}
		// A partition inside a longer one that the table states in full (four modes of transport of five) is not one.
		for (const c of complete) {
			if (complete.some((o) => o !== c && o.partition.length > c.partition.length && c.partition.every((p) => o.partition.includes(p)))) continue;
			c.rows.forEach((r, k) => {
				const x = rows[r]!;
				if (x.indicator === undefined) x.indicator = c.partition[k];
			});
			out.push({ total: i, parts: sortShort([...c.rows], (a, b) => a - b) });
		}
	});
}

/**
 * The rows below row `i` (of indicator `ind`) that name each part of `partition`, -1 for a part not found, within WINDOW
 * rows. A total's mark or another statistic of its own (货物运输周转量 after the modes of 货物运输总量) ends the search;
 * rows of the total's other partitions (城镇, 乡村 before 60周岁及以上) are passed when `passOthers`.
 */
function partitionRows(ctx: TableContext, rows: readonly RowDraft[], i: number, ind: Indicator, partition: readonly string[], passOthers: boolean): number[] {
	const found: number[] = new Array<number>(partition.length).fill(-1);
	const related = partitionSet(partition);
	let left = partition.length;
	for (let r = i + 1; r < rows.length && r <= i + WINDOW && left > 0; r++) {
		work.tables++;
		const x = rows[r]!;
		if (x.totalMark) break;
		const xi = x.indicator === undefined ? undefined : ctx.lexicon.get(x.indicator);
		if (xi && !related.has(xi.name) && !(xi.within !== undefined && (related.has(xi.within) || (passOthers && xi.within === ind.name))) && xi.name !== ind.name) break;
		// By a loop, not findIndex: a closure per row and partition is most of what the search would allocate.
		let j = -1;
		for (let k = 0; k < partition.length && j < 0; k++) if (found[k]! < 0 && labelNames(ctx.lexicon, x, partition[k]!)) j = k;
		if (j >= 0) {
			found[j] = r;
			left--;
		}
	}
	return found;
}

/** Does a row's label name the lexicon's part `name` (`城镇` → 城镇人口, `水路` → 水运货运量 by its alias 水路货运量)? */
function labelNames(lexicon: Lexicon, row: RowDraft, name: string): boolean {
	if (row.indicator !== undefined) return row.indicator === name;
	const bare = row.bare;
	if (bare.length < 2 && !/^[男女]$/.test(bare)) return false;
	if (name.includes(bare)) return true;
	const aliases = lexicon.get(name)?.aliases ?? [];
	for (const a of aliases) if (a.includes(bare)) return true;
	return false;
}

/** `合计`/`总计` above (or below) rows with no `其中` and no indentation among them. */
function markedGroups(t: TableDraft, out: Group[]): void {
	const rows = t.rows;
	rows.forEach((row, i) => {
		if (!row.totalMark) return;
		const below: number[] = [];
		for (let r = i + 1; r < rows.length && !rows[r]!.totalMark; r++) below.push(r);
		const above: number[] = [];
		for (let r = i - 1; r >= 0 && !rows[r]!.totalMark; r--) above.unshift(r);
		work.tables += below.length + above.length;
		const plain = (list: readonly number[]): boolean => list.length >= 2 && list.every((r) => !rows[r]!.part && rows[r]!.level === rows[list[0]!]!.level && rows[r]!.label !== '');
		if (plain(below) && (i === 0 || !plain(above))) out.push({ total: i, parts: below });
		else if (plain(above) && i === rows.length - 1) out.push({ total: i, parts: above });
	});
}

/** A table by industry under its total: the sections of the classification, all of them listed, make the total. */
function industryGroups(t: TableDraft, out: Group[]): void {
	if (!t.total || t.rows[0]!.section !== undefined) return;
	const parts: number[] = [];
	const keys = new Set<string>();
	t.rows.forEach((r, i) => {
		if (r.section === undefined || r.whole !== 0) return;
		parts.push(i);
		keys.add(r.section);
	});
	work.tables += t.rows.length;
	if (parts.length === keys.size && coversSections(keys)) out.push({ total: 0, parts });
}

/** A row whose share is 100: the whole the table's shares are of. */
function hundredRow(t: TableDraft, share: number): number {
	return t.rows.findIndex((r) => {
		const s = r.cells[share];
		return s !== undefined && s.value - s.step / 2 <= 100 && s.value + s.step / 2 >= 100;
	});
}

const sharesAsRates = new WeakMap<Lexicon, Map<string, string>>();

/**
 * The rate the lexicon defines as the quotient of a part and its whole at one time (城镇化率 of 城镇人口 over 总人口): a
 * share of the part in a table of the whole. Not a rate over the whole's average in the year (出生率).
 */
function rateOfShare(lexicon: Lexicon, part: string, whole: string): string | undefined {
	let rates = sharesAsRates.get(lexicon);
	if (!rates) {
		rates = new Map();
		for (const ind of lexicon.indicators) {
			if (ind.ratioOf !== undefined && ind.over === undefined && ind.unit === 'percent') rates.set(`${ind.ratioOf[0]}\u0000${ind.ratioOf[1]}`, ind.name);
		}
		sharesAsRates.set(lexicon, rates);
	}
	return rates.get(`${part}\u0000${whole}`);
}

/** Runs of rows under the 100 row whose shares make 100% (城镇 + 乡村, 男 + 女, the age bands). */
function shareGroups(t: TableDraft, out: Group[]): void {
	t.columns.forEach((col, s) => {
		if (col.kind !== 'share') return;
		const top = hundredRow(t, s);
		if (top < 0) return;
		let i = top + 1;
		while (i < t.rows.length) {
			let lo = 0;
			let hi = 0;
			const run: number[] = [];
			let j = i;
			for (; j < t.rows.length && hi < 100; j++) {
				const c = t.rows[j]!.cells[s];
				if (!c) break;
				lo += c.value - c.step / 2;
				hi += c.value + c.step / 2;
				run.push(j);
			}
			work.tables += run.length + 1;
			if (run.length < 2 || lo > 100 || hi < 100) break;
			out.push({ total: top, parts: run });
			i = j;
		}
	});
}

/** Additive columns: amounts and shares. */
function additive(col: TableColumn): boolean {
	return col.kind === 'value' || col.kind === 'share';
}

/** The figures of rows `[total, ...parts]` in column `c`, when every one has a figure of one base. */
function columnCells(t: TableDraft, rows: readonly number[], c: number): CellFigure[] | undefined {
	const out: CellFigure[] = [];
	for (const r of rows) {
		const cell = t.rows[r]!.cells[c];
		if (!cell || !cell.exact) return undefined;
		if (out.length > 0 && cell.base !== out[0]!.base) return undefined;
		out.push(cell);
	}
	if (out.length === 0) return undefined;
	if (t.columns[c]!.kind !== 'share' && (out[0]!.base === '%' || out[0]!.base === '‰')) return undefined;
	return out;
}

/**
 * Indented rows under a row, or a `其中` row and the rows after it, that add up to it in some column of amounts (to
 * the row's rounding, and the row printed with at least three digits): the rows partition it in every column.
 */
function summingGroups(t: TableDraft, out: Group[]): void {
	const rows = t.rows;
	rows.forEach((row, i) => {
		// A 其中 row whose parent is in doubt (nested in the row above or not) sums to the whole that holds it under every
		// reading when it does (其中：国有企业 ⏎ 外商投资企业 ⏎ 其他企业 under 货物出口额, after 高新技术产品) — not the table's total
		// that holds every row.
		const total = row.parent ?? (row.part && row.whole !== undefined && !(t.total && row.whole === 0) ? row.whole : undefined);
		if (total === undefined) return;
		if (i > 0 && rows[i - 1]!.parent === total && rows[i - 1]!.part === row.part && i - 1 !== total) return; // not the first child
		const run: number[] = [];
		for (let r = i; r < rows.length && r < i + WINDOW; r++) {
			const x = rows[r]!;
			if (r > i && (x.part || x.totalMark || (x.parent !== undefined && x.parent !== total) || (x.parent === undefined && x.level <= rows[total]!.level))) break;
			run.push(r);
			work.tables++;
			if (run.length < 2) continue;
			for (let c = 1; c < t.columns.length; c++) {
				if (t.columns[c]!.kind !== 'value') continue;
				const cells = columnCells(t, [total, ...run], c);
				if (!cells || Math.abs(cells[0]!.value) < cells[0]!.step * 100) continue;
				const sum = new SumConstraint(cells.map((x, k) => cellFigure(k, x)));
				if (holds(sum)) {
					out.push({ total, parts: [...run] });
					return;
				}
			}
		}
	});
}

/** The number of a cell as printed, without its own unit (`162817吨` → `162817`). */
function bare(cell: CellFigure): string {
	return cell.unit !== '' && cell.text.endsWith(cell.unit) ? cell.text.slice(0, -cell.unit.length).trim() : cell.text;
}

/** The operand of a sum: its number, with its unit when it is printed in another unit than the total (`735.4万吨`). */
function operand(cell: CellFigure, total: CellFigure): string {
	return cell.unit !== total.unit && cell.unit !== '' ? `${bare(cell)}${cell.unit}` : bare(cell);
}

/**
 * A sum as last found, kept with its first figure's cell (cells are kept with their row's reading, tables/model.ts):
 * while a long table is edited, the sums of the rows the edit did not touch are found again (the search is the
 * table's) but not made again — the same cells, claims and labels make the same relation.
 */
interface KeptSum {
	readonly table: number;
	readonly column: number;
	readonly balance: boolean;
	readonly cells: readonly CellFigure[];
	readonly claims: readonly number[];
	readonly label: string;
	readonly draft: TableRelationDraft;
}

/** The sums kept by their first cell (a total may head a few: a partition of the lexicon and the rows under it). */
const keptSums = new WeakMap<CellFigure, KeptSum[]>();

/** At most this many sums kept per first cell. */
const KEPT_PER_CELL = 4;

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** A sum relation over rows `[total, ...parts]` in column `c`; a balance `[minuend, subtrahend, balance]`. */
function sumRelation(ctx: TableContext, ti: number, c: number, rows: readonly number[], balance: boolean, out: TableRelationDraft[]): void {
	const t = ctx.tables[ti]!;
	const cells = columnCells(t, rows, c);
	if (!cells) return;
	const claims = rows.map((r) => ctx.cellClaim(ti, r, c));
	if (claims.some((x) => x < 0)) return;
	const label = t.rows[rows[balance ? 2 : 0]!]!.label;
	const kept = keptSums.get(cells[0]!);
	const same = kept?.find((k) => k.table === ti && k.column === c && k.balance === balance && k.label === label && sameList(k.cells, cells) && sameList(k.claims, claims));
	if (same) {
		out.push(same.draft);
		return;
	}
	const draft = makeSum(ti, cells, claims, balance, label);
	const list = kept ?? [];
	if (list.length >= KEPT_PER_CELL) list.shift();
	list.push({ table: ti, column: c, balance, cells, claims, label, draft });
	if (!kept) keptSums.set(cells[0]!, list);
	out.push(draft);
}

/** The relation of a sum (see sumRelation): its figures, the arithmetic as printed, what it names. */
function makeSum(ti: number, cells: readonly CellFigure[], claims: readonly number[], balance: boolean, label: string): TableRelationDraft {
	const total = cells[0]!;
	const figures = cells.map((cell, k) => cellFigure(claims[k]!, cell));
	// A balance (出口 = 进口 + 顺差) is written as it is read: 出口 − 进口 = 顺差, and corrected on the balance.
	let expression: string;
	let computed: number;
	// By a loop: a total over a table of 200,000 rows would overflow the stack as arguments.
	let decimals = -Infinity;
	for (const x of cells) decimals = Math.max(decimals, decimalsOf(x.text));
	if (balance) {
		const [minuend, subtrahend, balance] = [cells[0]!, cells[1]!, cells[2]!];
		computed = (minuend.value - subtrahend.value) / balance.scale;
		expression = `${operand(minuend, balance)} − ${operand(subtrahend, balance)} = ${fmt(computed, decimals)}`;
	} else {
		computed = cells.slice(1).reduce((n, x) => n + x.value, 0) / total.scale;
		expression = `${cells
			.slice(1)
			.map((x) => operand(x, total))
			.join(' + ')} = ${fmt(computed, decimals)}`;
	}
	const data: Readonly<Record<string, string | number>> = balance ? { total: label, balance: 1 } : { total: label };
	const constraint = new SumConstraint(figures, undefined, balance ? 2 : 0);
	// A sum that does not hold shows the figure it misses, whichever figure the finding stands on.
	if (!holds(constraint)) expression += ` ≠ ${(balance ? cells[2]! : total).text}`;
	return { kind: 'table-sum', table: ti, constraint, expression, data };
}

/** The partitions and balances of every column of amounts or shares. */
function sums(ctx: TableContext, ti: number, out: TableRelationDraft[]): Group[] {
	const t = ctx.tables[ti]!;
	const groups: Group[] = [];
	lexiconGroups(ctx, t, groups);
	markedGroups(t, groups);
	industryGroups(t, groups);
	shareGroups(t, groups);
	summingGroups(t, groups);
	const seen = new Set<string>();
	const unique = groups.filter((g) => {
		const key = `${g.total}:${g.parts.join(',')}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	for (const g of unique) {
		t.columns.forEach((col, c) => {
			if (additive(col)) sumRelation(ctx, ti, c, [g.total, ...g.parts], false, out);
		});
	}
	// Balances of the lexicon: 顺差 = 出口 − 进口, as 出口 = 进口 + 顺差.
	const byIndicator = new Map<string, number>();
	t.rows.forEach((r, i) => {
		if (r.indicator !== undefined && !byIndicator.has(r.indicator)) byIndicator.set(r.indicator, i);
	});
	t.rows.forEach((r, i) => {
		const diff = r.indicator === undefined ? undefined : ctx.lexicon.get(r.indicator)?.difference;
		if (!diff) return;
		const a = byIndicator.get(diff[0]);
		const b = byIndicator.get(diff[1]);
		if (a === undefined || b === undefined) return;
		t.columns.forEach((col, c) => {
			if (col.kind === 'value') sumRelation(ctx, ti, c, [a, b, i], true, out);
		});
		// Its kinds too (其中：一般贸易 under 出口大于进口 = 一般贸易 of 出口 − of 进口), each by its label under both.
		const ofA = kindsUnder(t, a);
		const ofB = kindsUnder(t, b);
		for (const k of kindsUnder(t, i)) {
			const ka = ofA.find((x) => t.rows[x]!.bare === t.rows[k]!.bare);
			const kb = ofB.find((x) => t.rows[x]!.bare === t.rows[k]!.bare);
			if (ka === undefined || kb === undefined) continue;
			t.columns.forEach((col, c) => {
				if (col.kind === 'value') sumRelation(ctx, ti, c, [ka, kb, k], true, out);
			});
		}
	});
	return unique;
}

/**
 * The kinds a 其中 row opens (其中：火电 ⏎ 水电 ⏎ 核电, 其中：一般贸易 ⏎ 加工贸易): it and the rows after it, with no mark of
 * their own, under the same whole and at its level, that divide with it — at most a division's few sides.
 */
function kindsFrom(t: TableDraft, i: number): number[] {
	const r = t.rows[i]!;
	const kinds = [i];
	for (let k = i + 1; k < t.rows.length && kinds.length < 8 && k - i < 16; k++) {
		const x = t.rows[k]!;
		// A row nested for sure in the last kind (其中：住户存款 ⏎ 其中：人民币 ⏎ 非金融企业存款) is its own, not the list's end.
		if (x.part && x.parent === kinds[kinds.length - 1] && x.whole === x.parent) continue;
		if (x.part || (x.parent ?? r.parent) !== r.parent || x.level !== r.level || !divides([...kinds, k].map((m) => t.rows[m]!.bare))) break;
		kinds.push(k);
	}
	work.tables += kinds.length;
	return kinds;
}

/** The kinds listed under a row: those its 其中 row opens. */
function kindsUnder(t: TableDraft, r: number): number[] {
	const first = t.rows[r + 1];
	return first?.part && first.parent === r ? kindsFrom(t, r + 1) : [];
}

/** Headers read once per lexicon: the tables of a document repeat them. */
const wholes = new WeakMap<Lexicon, Map<string, string | null>>();

/** `占全部出口比重（%）` → `全部出口` → the lexicon's 货物出口额. */
function namedWhole(ctx: TableContext, header: string): string | undefined {
	let memo = wholes.get(ctx.lexicon);
	if (!memo) wholes.set(ctx.lexicon, (memo = new Map<string, string | null>()));
	let whole = memo.get(header);
	if (whole === undefined) {
		const m = /占(.{1,16}?)(?:的)?(?:比重|比例|份额|%|％|比)/.exec(header);
		whole = null;
		if (m) {
			const name = m[1]!.replace(/^(?:全部|全国|全社会|总)/, '');
			whole = ctx.lexicon.resolve(name)?.name ?? ctx.lexicon.resolve(m[1]!)?.name ?? null;
		}
		if (memo.size < 20_000) memo.set(header, whole);
	}
	return whole ?? undefined;
}

/** The period and region of a prose figure agree with the table's. */
function sameScope(t: TableDraft, p: RawClaim): boolean {
	if (p.year !== undefined && t.year !== undefined && p.year !== t.year) return false;
	if (t.region !== '' && p.region !== '' && t.region !== p.region) return false;
	const scope = p.scope;
	if (t.subPeriod !== '') return scope.includes(t.subPeriod.replace(/[“”]/g, ''));
	return !/季度|上半年|下半年|[0-9一二三四五六七八九十]月|上年|去年|前[0-9一二三四五六七八九十]/.test(scope);
}

/** Where each indicator's amounts stand: the tables' cells of amounts, and the prose's amounts (not parts). */
interface WholeIndex {
	readonly cells: ReadonlyMap<string, readonly { readonly table: number; readonly figure: Figure; readonly base: string }[]>;
	readonly prose: ReadonlyMap<string, readonly number[]>;
}

function wholeIndex(ctx: TableContext): WholeIndex {
	const cells = new Map<string, { table: number; figure: Figure; base: string }[]>();
	ctx.tables.forEach((u, ui) => {
		u.rows.forEach((r, ri) => {
			if (r.indicator === undefined) return;
			u.columns.forEach((col, c) => {
				const cell = r.cells[c];
				const claim = ctx.cellClaim(ui, ri, c);
				if (col.kind !== 'value' || !cell || !cell.exact || claim < 0) return;
				const list = cells.get(r.indicator!) ?? [];
				if (list.length < 8) list.push({ table: ui, figure: cellFigure(claim, cell), base: cell.base });
				cells.set(r.indicator!, list);
			});
		});
	});
	const prose = new Map<string, number[]>();
	ctx.prose.forEach((p, i) => {
		if (p.indicator === undefined || p.kind !== 'amount' || !p.exact || p.part || p.inBrackets) return;
		const list = prose.get(p.indicator) ?? [];
		if (list.length < 8) list.push(i);
		prose.set(p.indicator, list);
	});
	work.tables += ctx.prose.length + ctx.tables.length;
	return { cells, prose };
}

/** A figure of the whole a share column's header names, stated once (or agreeing wherever stated). */
function externalWhole(ctx: TableContext, index: WholeIndex, ti: number, name: string, base: string): Figure | undefined {
	const t = ctx.tables[ti]!;
	// A table's row names the whole for certain; the prose, when no table does (not a part listed under another total).
	const found: Figure[] = (index.cells.get(name) ?? [])
		.filter((x) => x.table !== ti && x.base === base && !(ctx.tables[x.table]!.year !== undefined && t.year !== undefined && ctx.tables[x.table]!.year !== t.year))
		.map((x) => x.figure);
	if (found.length === 0) {
		for (const i of index.prose.get(name) ?? []) {
			const p = ctx.prose[i]!;
			if (baseUnit(p.unit) === base && sameScope(t, p)) found.push(proseFigure(i, ctx.claims[i]!, ctx.quantities[ctx.claims[i]!.quantity]!));
		}
	}
	if (found.length === 0) return undefined;
	const first = found[0]!;
	return found.every((f) => f.hi >= first.lo && f.lo <= first.hi) ? first : undefined;
}

/** A share column of a table: its column of amounts, its 100 row (or -1), the whole its header names and its first amount. */
interface ShareColumn {
	readonly s: number;
	readonly v: number;
	readonly top: number;
	readonly named: string | undefined;
	readonly firstValue: CellFigure | undefined;
}

/** The share columns of each draft, read once: they depend on the draft and its lexicon alone. */
const shareColumns = new WeakMap<TableDraft, readonly ShareColumn[]>();

function shareColumnsOf(ctx: TableContext, t: TableDraft): readonly ShareColumn[] {
	let list = shareColumns.get(t);
	if (list !== undefined) return list;
	const out: ShareColumn[] = [];
	const filled = t.columns.map(() => false);
	for (const r of t.rows) for (let c = 0; c < r.cells.length; c++) if (r.cells[c]?.exact) filled[c] = true;
	t.columns.forEach((col, s) => {
		if (col.kind !== 'share') return;
		// The column of amounts on its left (an empty column between, left by a web page's merged cells, is none).
		let v = s - 1;
		while (v > 0 && (t.columns[v]!.kind !== 'value' || !filled[v])) v--;
		if (v <= 0) return;
		const top = hundredRow(t, s);
		const named = top < 0 ? namedWhole(ctx, col.header) : undefined;
		// The first figure of amounts: the unit the whole a header names is looked up in.
		const firstValue = named === undefined ? undefined : t.rows.find((r) => r.cells[v]?.exact)?.cells[v];
		out.push({ s, v, top, named, firstValue });
	});
	shareColumns.set(t, (list = out));
	return list;
}

/**
 * Share columns against value ÷ whole. With `memo` (the document's), a table of the same draft and the same wholes
 * named elsewhere keeps the shares it stated in the last analysis.
 */
function shares(ctx: TableContext, index: () => WholeIndex, ti: number, out: TableRelationDraft[], memo?: TableShares): void {
	const t = ctx.tables[ti]!;
	if (!t.columns.some((col) => col.kind === 'share')) return;
	const columns = shareColumnsOf(ctx, t);
	// The whole each column's header names (another table's row, the prose), looked up once for the column.
	const wholes = columns.map(({ named, firstValue }) => (named !== undefined && firstValue ? externalWhole(ctx, index(), ti, named, firstValue.base) : undefined));
	const texts = wholes.map((w) => (w ? ctx.claims[w.claim]!.text : ''));
	const kept = memo?.kept(ti, t, wholes, texts);
	if (kept) {
		for (const d of kept) out.push(d);
		memo!.keep(ti, t, wholes, texts, kept);
		return;
	}
	const from = out.length;
	columns.forEach(({ s, v, top, firstValue }, k) => {
		const external = wholes[k];
		t.rows.forEach((row, i) => {
			const sc = row.cells[s];
			const vc = row.cells[v];
			if (!sc || !vc || !sc.exact || !vc.exact || i === top) return;
			const sClaim = ctx.cellClaim(ti, i, s);
			const vClaim = ctx.cellClaim(ti, i, v);
			let whole: Figure | undefined;
			let wholeText = '';
			if (top >= 0) {
				const wc = t.rows[top]!.cells[v];
				const wClaim = ctx.cellClaim(ti, top, v);
				if (!wc || !wc.exact || wc.base !== vc.base || wClaim < 0) return;
				whole = cellFigure(wClaim, wc);
				wholeText = wc.text;
			} else if (external && firstValue && vc.base === firstValue.base) {
				whole = external;
				wholeText = ctx.claims[whole.claim]!.text;
			}
			if (!whole || whole.value <= 0) return;
			const kept = keptShares.get(sc);
			if (kept && kept.table === ti && kept.value === vc && kept.shareClaim === sClaim && kept.valueClaim === vClaim && sameFigure(kept.whole, whole) && kept.wholeText === wholeText && kept.label === row.label) {
				out.push(kept.draft);
				return;
			}
			const figures: [Figure, Figure, Figure] = [cellFigure(sClaim, sc), cellFigure(vClaim, vc), whole];
			const computed = (100 * vc.value) / whole.value;
			const constraint = new ShareConstraint(figures);
			const printed = /[%％]$/.test(sc.text) ? sc.text : `${sc.text}%`;
			const draft: TableRelationDraft = {
				kind: 'table-share',
				table: ti,
				constraint,
				expression: `${vc.text} ÷ ${wholeText} = ${fmt(computed, decimalsOf(sc.text) + 1)}%${holds(constraint) ? '' : ` ≠ ${printed}`}`,
				data: { row: row.label },
			};
			keptShares.set(sc, { table: ti, value: vc, shareClaim: sClaim, valueClaim: vClaim, whole, wholeText, label: row.label, draft });
			out.push(draft);
		});
	});
	memo?.keep(ti, t, wholes, texts, out.slice(from));
}

/**
 * The share relations of each table kept between the analyses of a document (tables/cache.ts SharesMemo): they depend
 * on the table's draft, where it stands among the tables and the claims, and the wholes its share columns name elsewhere.
 */
export interface TableShares {
	/** The shares table `ti` of this draft stated in the last analysis with these wholes, when they stand as they would now. */
	kept(ti: number, draft: TableDraft, wholes: readonly (Figure | undefined)[], texts: readonly string[]): readonly TableRelationDraft[] | undefined;
	keep(ti: number, draft: TableDraft, wholes: readonly (Figure | undefined)[], texts: readonly string[], drafts: readonly TableRelationDraft[]): void;
}

/**
 * A share as last found, kept with its share cell (see KeptSum): the same cells, claims, whole and label make the same
 * relation. The whole is compared as a figure: a row of the table, another table's or the prose's figure.
 */
interface KeptShare {
	readonly table: number;
	readonly value: CellFigure;
	readonly shareClaim: number;
	readonly valueClaim: number;
	readonly whole: Figure;
	readonly wholeText: string;
	readonly label: string;
	readonly draft: TableRelationDraft;
}

const keptShares = new WeakMap<CellFigure, KeptShare>();

export function sameFigure(a: Figure, b: Figure): boolean {
	return a === b || (a.claim === b.claim && a.value === b.value && a.lo === b.lo && a.hi === b.hi && a.step === b.step);
}

/** Per lexicon: the indicators within each one that are parts of a partition (of any total), in lexicon order. */
const withinParts = new WeakMap<Lexicon, Map<string, string[]>>();

function partsWithin(lexicon: Lexicon, whole: string): readonly string[] {
	let index = withinParts.get(lexicon);
	if (!index) {
		withinParts.set(lexicon, (index = new Map<string, string[]>()));
		for (const ind of lexicon.indicators) {
			if (ind.within === undefined || lexicon.membershipsOf(ind.name).length === 0) continue;
			const list = index.get(ind.within);
			if (list) list.push(ind.name);
			else index.set(ind.within, [ind.name]);
		}
	}
	return index.get(whole) ?? [];
}

/**
 * Does a row name the indicator `name` — by its own reading, or by its label and the measure its whole's name ends with
 * (交通运输、仓储和邮政业 under 第三产业增加值: 交通运输、仓储和邮政业增加值)?
 */
function rowNames(row: RowDraft, name: string, whole: string): boolean {
	if (row.indicator !== undefined) return row.indicator === name;
	const bare = row.bare;
	if (bare.length < 2 || !name.startsWith(bare)) return false;
	const measure = name.slice(bare.length);
	return measure.length >= 2 && whole.endsWith(measure);
}

/**
 * The rows right after a row that each name another indicator within it (the lexicon's `within`) of one partition of
 * the lexicon — parts of one partition do not overlap, so together they are at most the row (第三产业 ⏎ 交通运输、
 * 仓储和邮政业 ⏎ 批发和零售业 ⏎ … ⏎ 非营利性服务业 in a table of value added: some of the industries of GDP, all of
 * them services). Rows of a partition the table states in full are its sum's. At most WINDOW rows are read.
 */
function partitionRuns(ctx: TableContext, t: TableDraft, partitioned: ReadonlySet<number>): { whole: number; parts: number[] }[] {
	const out: { whole: number; parts: number[] }[] = [];
	t.rows.forEach((w, i) => {
		if (w.indicator === undefined) return;
		const names = partsWithin(ctx.lexicon, w.indicator);
		if (names.length < 2) return;
		const parts: number[] = [];
		const named: string[] = [];
		for (let r = i + 1; r < t.rows.length && r <= i + WINDOW; r++) {
			const x = t.rows[r]!;
			work.tables += names.length;
			const name = x.totalMark || partitioned.has(r) ? undefined : names.find((n) => !named.includes(n) && rowNames(x, n, w.indicator!));
			if (name === undefined) break;
			parts.push(r);
			named.push(name);
		}
		if (parts.length < 2) return;
		// One partition holds them all: they do not overlap.
		const shared = ctx.lexicon.membershipsOf(named[0]!).some((m) => named.every((n) => m.parts.includes(n)));
		if (shared) out.push({ whole: i, parts });
	});
	return out;
}

/** `其中` rows, indented rows and parts of the lexicon at most their whole (not the parts of a partition: they add up). */
function subsets(ctx: TableContext, ti: number, groups: readonly Group[], out: TableRelationDraft[]): void {
	const t = ctx.tables[ti]!;
	// The parts of a partition are bound by their sum (and a 其中 row of one needs no row above as its whole).
	const partitioned = new Set<number>();
	for (const g of groups) for (const p of g.parts) partitioned.add(p);
	const byIndicator = new Map<string, number>();
	t.rows.forEach((r, i) => {
		if (r.indicator !== undefined && !byIndicator.has(r.indicator)) byIndicator.set(r.indicator, i);
	});
	// A balance (出口大于进口, the lexicon's differences) is no whole of its parts: the 加工贸易 surplus may exceed the total's.
	// Nor a part of the total of its sides (货物进出口顺差 under 货物进出口总额: 出口 − 进口 ≤ 出口 + 进口 checks nothing, and
	// the balance is bound by its sum).
	const balance = (r: number): boolean => {
		const ind = t.rows[r]!.indicator;
		return ind !== undefined && ctx.lexicon.get(ind)?.difference !== undefined;
	};
	const pairs: [number, number][] = [];
	// The kinds a 其中 row opens (kindsFrom): parts of the same whole that do not overlap.
	const disjoint: { whole: number; parts: number[] }[] = [];
	t.rows.forEach((r, i) => {
		if (r.parent === undefined || !r.part || balance(r.parent)) return;
		// A 其中 row right after another may be nested in it or not (其中：国有及国有控股企业 ⏎ 其中：集体企业 ⏎ 股份制企业 lists
		// kinds of the table's total, or of the state-owned): kinds that divide are together at most the whole that holds
		// them under every reading.
		if (t.rows[r.parent]!.part) {
			const parts = kindsFrom(t, i);
			if (r.whole !== undefined && !balance(r.whole) && parts.length > 1) disjoint.push({ whole: r.whole, parts });
			return;
		}
		const parts = kindsFrom(t, i);
		for (const k of parts) if (t.rows[k]!.parent === undefined) pairs.push([k, r.parent]);
		// A 其中 row under the last kind that divides with them is no part of it but one more kind (其中：国内贷款 ⏎ 其中：个人按揭
		// 贷款: a division's sides do not overlap).
		const next = parts[parts.length - 1]! + 1;
		const nested = t.rows[next];
		if (nested?.part && nested.parent === next - 1 && divides([...parts, next].map((m) => t.rows[m]!.bare))) parts.push(next);
		if (parts.length > 1) disjoint.push({ whole: r.parent, parts });
	});
	// The sections of the industrial classification under their whole (其中：制造业 ⏎ 电力… under 总计) do not overlap. (The
	// rows under a section may: 装备制造业 and 高技术制造业 under 制造业 are other breakdowns than its divisions — each is
	// held to the section alone.)
	const kinds = new Map<number, number[]>();
	t.rows.forEach((r, i) => {
		const whole = r.section !== undefined ? r.whole : undefined;
		if (whole === undefined || partitioned.has(i)) return;
		const list = kinds.get(whole);
		if (list) list.push(i);
		else kinds.set(whole, [i]);
	});
	for (const [whole, parts] of kinds) if (parts.length > 1) disjoint.push({ whole, parts });
	for (const run of partitionRuns(ctx, t, partitioned)) if (!disjoint.some((d) => d.whole === run.whole && sameList(d.parts, run.parts))) disjoint.push(run);
	t.rows.forEach((r, i) => {
		if (r.whole !== undefined && !balance(r.whole)) pairs.push([i, r.whole]);
		const within = r.indicator === undefined ? undefined : ctx.lexicon.get(r.indicator)?.within;
		const w = within === undefined ? undefined : byIndicator.get(within);
		if (w !== undefined && w !== i && w !== r.whole) pairs.push([i, w]);
	});
	// A row the table's layout puts under a whole and that divides with a 其中 row under it is held once.
	const held = new Set<number>();
	for (const [part, whole] of pairs) {
		if (partitioned.has(part) || balance(part) || held.has(part * t.rows.length + whole)) continue;
		held.add(part * t.rows.length + whole);
		t.columns.forEach((col, c) => {
			if (!additive(col)) return;
			const cells = columnCells(t, [part, whole], c);
			const pc = ctx.cellClaim(ti, part, c);
			const wc = ctx.cellClaim(ti, whole, c);
			if (!cells || pc < 0 || wc < 0 || cells[0]!.value < 0) return;
			const constraint = new SubsetConstraint([cellFigure(pc, cells[0]!), cellFigure(wc, cells[1]!)]);
			out.push({ kind: 'table-subset', table: ti, constraint, expression: `${cells[0]!.text} ${holds(constraint) ? '≤' : '>'} ${cells[1]!.text}`, data: { part: t.rows[part]!.label, whole: t.rows[whole]!.label } });
		});
	}
	for (const { whole, parts } of disjoint) {
		if (parts.some((part) => partitioned.has(part) || balance(part))) continue;
		t.columns.forEach((col, c) => {
			if (!additive(col)) return;
			const cells = columnCells(t, [whole, ...parts], c);
			const claims = [whole, ...parts].map((r) => ctx.cellClaim(ti, r, c));
			if (!cells || claims.some((k) => k < 0) || cells.some((x) => x.value < 0)) return;
			const constraint = new WithinConstraint(cells.map((x, k) => cellFigure(claims[k]!, x)));
			const sum = cells.slice(1).reduce((n, x) => n + x.value, 0) / cells[0]!.scale;
			const expression = `${cells.slice(1).map((x) => x.text).join(' + ')} = ${fmt(sum, 2)} ${holds(constraint) ? '≤' : '>'} ${cells[0]!.text}`;
			out.push({ kind: 'table-subset', table: ti, constraint, expression, data: { part: parts.map((r) => t.rows[r]!.label).join(' + '), whole: t.rows[whole]!.label, sum: 'yes' } });
		});
	}
	columnSubsets(ctx, ti, out);
}

/** A column headed `其中…` (`2001-2005年累计 | 其中：2005年`): in every row, its figure is at most the column before it. */
function columnSubsets(ctx: TableContext, ti: number, out: TableRelationDraft[]): void {
	const t = ctx.tables[ti]!;
	t.columns.forEach((col, c) => {
		if (col.kind !== 'value' || !/^其中[：:]?/.test(col.header)) return;
		let w = c - 1;
		while (w >= 0 && t.columns[w]!.kind !== 'value') w--;
		const whole = t.columns[w];
		if (!whole || /^其中/.test(whole.header) || whole.unit !== col.unit) return;
		t.rows.forEach((row, r) => {
			const part = row.cells[c];
			const of = row.cells[w];
			const pc = ctx.cellClaim(ti, r, c);
			const wc = ctx.cellClaim(ti, r, w);
			if (!part?.exact || !of?.exact || part.base !== of.base || part.value < 0 || pc < 0 || wc < 0) return;
			const constraint = new SubsetConstraint([cellFigure(pc, part), cellFigure(wc, of)]);
			out.push({ kind: 'table-subset', table: ti, constraint, expression: `${part.text} ${holds(constraint) ? '≤' : '>'} ${of.text}`, data: { part: `${row.label} ${col.header}`, whole: `${row.label} ${whole.header}` } });
		});
	});
}

/** What a cell says a prose figure must say: the same kind of figure (amount, growth rate, share). */
function proseKind(col: TableColumn): RawClaim['kind'] | undefined {
	switch (col.kind) {
		case 'value':
			return 'amount';
		case 'growth':
			return 'change';
		case 'share':
			return 'share';
		case 'label':
		case 'unit':
		case 'ratio':
			return undefined;
	}
}

/** A year, in digits or in characters (一九七八年, the older official style). */
const YEAR = '(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3}';
const HEADER_YEAR = new RegExp(`^(${YEAR})年?(?:[（(].*)?$`);
const HEADER_NOUN = new RegExp(`^(?:(${YEAR})年)?(.*)$`);

/** A column headed by a year (2001 … 2005): that year's figure. */
function yearOf(col: TableColumn): number | undefined {
	const m = HEADER_YEAR.exec(col.header);
	return m ? parseAnyInteger(m[1]!) : undefined;
}

/**
 * An index column: a later year's figure as a percentage of an earlier one's (`1957年为1952年的百分比`,
 * `2005年为2000年的%`), the two years named first in its header.
 */
const INDEX_HEADER = new RegExp(`^(${YEAR})年?[^为以]{0,8}为(${YEAR})年?[^为以]{0,8}?的?(?:百分比|百分数|[%％])$`);
/** A column of amounts that is no one year's level: a change over years, a sum, a part (`五年内增加人数`, `累计`, `其中`). */
const NOT_LEVEL = /增加|增长|减少|净增|累计|其中|[0-9]{4}\s*[-—–~至到]/;

/**
 * Rows an index column states at comparable prices or of another measure than the two levels' quotient: values and
 * incomes (总产值, 增加值, 工资 — at constant prices in the planned-economy and statistical tables), indices and prices,
 * money and shares (元, %).
 */
const NOT_PLAIN_INDEX = /产值|指数|价格|物价|工资|收入/;
/** A part of a year in a level column's header (2023年1-6月): the two columns must name the same part. */
const PART_OF_YEAR = /月|季|半年/;

/** The column of amounts headed by `year` (`1952年产量`, `1957年计划数`), when exactly one is. */
function levelColumn(t: TableDraft, year: number): number {
	let found = -1;
	for (let c = 1; c < t.columns.length; c++) {
		const col = t.columns[c]!;
		if (col.kind !== 'value' || NOT_LEVEL.test(col.header)) continue;
		const m = HEADER_NOUN.exec(headerNoun(col.header).replace(/\s+/g, ''))!;
		if (m[1] === undefined || parseAnyInteger(m[1]) !== year) continue;
		if (found >= 0) return -1;
		found = c;
	}
	return found;
}

/**
 * Index columns against later ÷ earlier × 100 in each row (`发电量 | 72.6亿度 | 159亿度 | 219`): the later year's and the
 * earlier year's columns of amounts the header names, in one base unit; the index a bare number or a percentage.
 * Judged as a share of the earlier figure (ShareConstraint: index, later, earlier).
 */
function indices(ctx: TableContext, ti: number, out: TableRelationDraft[]): void {
	const t = ctx.tables[ti]!;
	t.columns.forEach((col, x) => {
		if (col.kind !== 'ratio') return;
		const m = INDEX_HEADER.exec(col.header.replace(/\s+/g, ''));
		if (!m) return;
		const later = levelColumn(t, parseAnyInteger(m[1]!) ?? -1);
		const earlier = levelColumn(t, parseAnyInteger(m[2]!) ?? -1);
		if (later < 0 || earlier < 0 || later === earlier) return;
		const period = (c: number): string => t.columns[c]!.header.replace(/\s+/g, '').replace(/^[0-9〇零一二三四五六七八九]+年/, '');
		if ((PART_OF_YEAR.test(period(later)) || PART_OF_YEAR.test(period(earlier))) && period(later) !== period(earlier)) return;
		t.rows.forEach((row, r) => {
			work.tables++;
			if (COMPARABLE_PRICES.test(row.label) || NOT_PLAIN_INDEX.test(row.label)) return;
			const ic = row.cells[x];
			const lc = row.cells[later];
			const ec = row.cells[earlier];
			if (!ic?.exact || !lc?.exact || !ec?.exact || lc.base !== ec.base || ic.scale !== 1 || (ic.base !== '' && ic.base !== '%')) return;
			if (ec.value <= 0 || lc.value < 0 || ec.base === '%' || ec.base.endsWith('元')) return;
			const claims = [ctx.cellClaim(ti, r, x), ctx.cellClaim(ti, r, later), ctx.cellClaim(ti, r, earlier)];
			if (claims.some((k) => k < 0)) return;
			const constraint = new ShareConstraint([cellFigure(claims[0]!, ic), cellFigure(claims[1]!, lc), cellFigure(claims[2]!, ec)]);
			const computed = (100 * lc.value) / ec.value;
			const expression = `${lc.text} ÷ ${ec.text} × 100 = ${fmt(computed, decimalsOf(ic.text) + 1)}${holds(constraint) ? '' : ` ≠ ${ic.text}`}`;
			out.push({ kind: 'table-share', table: ti, constraint, expression, data: { row: row.label, index: 'yes', header: col.header } });
		});
	});
}


/** What a column's header tells the search for the prose figures that state its cells. */
interface ColumnFacts {
	readonly kind: RawClaim['kind'] | undefined;
	/** Real growth (`实际增长`). */
	readonly real: boolean;
	/** The year the header names (yearOf). */
	readonly year: number | undefined;
	/**
	 * For a row the lexicon does not know: the noun of a column of amounts (`2005年招生` → 招生 of 2005), whether it is
	 * an output (`产量`); none for a column of sums over years or a `其中` column.
	 */
	readonly noun: { readonly words: string; readonly year: number | undefined; readonly output: boolean } | undefined;
	/** A column of a plan (2023年计划, 1957年计划产量, 预算数): beside a column of the same year, not the year's figure stated. */
	readonly plan: boolean;
	/** A column of a target, an estimate or a budget (2023年目标, 2023年预计, 预算数): of a year, it states only a prose figure aimed at. */
	readonly target: boolean;
}

/** The facts of a table's columns, kept with them: a table an edit did not touch keeps its draft (tables/cache.ts). */
const columnFacts = new WeakMap<TableColumn, ColumnFacts>();

function factsOf(col: TableColumn): ColumnFacts {
	let facts = columnFacts.get(col);
	if (!facts) columnFacts.set(col, (facts = readColumnFacts(col)));
	return facts;
}

function readColumnFacts(col: TableColumn): ColumnFacts {
	let noun: ColumnFacts['noun'];
	if (!/累计|其中|[0-9]{4}\s*[-—–~至到]/.test(col.header)) {
		const m = HEADER_NOUN.exec(headerNoun(col.header).replace(/\s+/g, ''))!;
		noun = { words: m[2]!, year: m[1] === undefined ? undefined : parseAnyInteger(m[1]), output: /产量$/.test(m[2]!) };
	}
	// A column of one year's amounts whose header names the year before its noun (1952年产量, 1957年计划产量): that year is a
	// scope of every cell of it, as a header that is the year alone (2005) is.
	// Not a part of the year (2023年1-10月产量, 2023年上半年产量): that part's cells, no figure of the year.
	const year = yearOf(col) ?? (col.kind === 'value' && !NOT_LEVEL.test(col.header) && !PART_OF_YEAR_NOUN.test(noun?.words ?? '') ? noun?.year : undefined);
	return { kind: proseKind(col), real: /实际/.test(col.header), year, noun, plan: PLAN_HEADER.test(col.header), target: TARGET_HEADER.test(col.header) };
}

/** Words of a column's header that make its cells a plan's (计划, 目标, 预算, 预计). */
const PLAN_HEADER = /计划|目标|预算|预计/;
/** The words of PLAN_HEADER that name a target, not the plan a planned economy's document is (1957年计划产量 in the 1953 plan). */
const TARGET_HEADER = /目标|预算|预计/;
/** A part of a year in a column's noun (1-10月产量, 上半年产量, 一季度产量). */
const PART_OF_YEAR_NOUN = new RegExp(ANY_PART_OF_YEAR_WORDS);
/**
 * Words of a prose figure's clause that state it as planned, aimed at or to come (将达到, 计划, 目标, 预计): the only prose
 * figure a target's column of a year states (2023年目标 | 2023年发电量目标为150亿度; not 2023年发电量达到160亿度, the year's
 * figure reached). A column of 计划 is not read so: in a planned economy's plan every figure of the year is the plan's,
 * stated without such words (一九五七年，几种主要产品的生产水平为：生铁四六七·四万吨).
 */
const PLANNED = new RegExp(`${AIM_WORDS}|将`);

/** A target's column of a year (2023年目标, 2023年预计) and a prose figure not stated as planned: the column does not state it. */
function notThePlans(f: ColumnFacts, year: number | undefined, context: string): boolean {
	return f.target && year !== undefined && !PLANNED.test(context);
}

/** A column of a plan beside another column of amounts of the same year (2023年计划 | 2023年实际): it states no prose figure. */
function planBeside(facts: readonly ColumnFacts[], c: number): boolean {
	const f = facts[c]!;
	return f.plan && f.year !== undefined && facts.some((g, k) => k !== c && g.kind === 'amount' && !g.plan && g.year === f.year);
}

/** The words a subject may have before the statistic it names: a verb (批准, 实际使用), no part's name. */
const QUALIFIER_MAX = 4;

/**
 * A column headed `其中：2005年` after a sum over years (`2001-2005年累计毕业生`): that year's figure of the sum's noun
 * (毕业生 of 2005).
 */
function yearOfSum(columns: readonly TableColumn[], c: number): ColumnFacts | undefined {
	const year = c > 0 ? /^其中[：:]\s*((?:19|20)[0-9]{2})年$/.exec(columns[c]!.header) : null;
	if (!year) return undefined;
	const before = headerNoun(columns[c - 1]!.header).replace(/\s+/g, '');
	const at = before.lastIndexOf('累计');
	const words = at < 0 ? '' : before.slice(at + 2);
	// `2001-2005年累计 | 其中：2005年` with no noun after 累计: that year's figure of each row's own statistic (OWN_NOUN).
	if (words.length < 2 && (at < 0 || at + 2 < before.length)) return undefined;
	return { ...factsOf(columns[c]!), noun: { words, year: Number(year[1]), output: words.endsWith('产量') } };
}

/**
 * A column of amounts whose header names no statistic (`绝对数`, or `其中：2005年` after `2001-2005年累计`) in a table
 * with a column of units: each row's label is its statistic (`新增局用交换机容量 | 万门 | 4608`).
 */
const OWN_NOUN = /^(?:绝对数)?$/;

/** The value columns of a table that name neither a statistic nor a year (OWN_NOUN, no year). */
function unnamedColumns(t: TableDraft, facts: readonly ColumnFacts[]): number {
	let n = 0;
	t.columns.forEach((col, c) => {
		const noun = facts[c]!.noun;
		if (col.kind === 'value' && noun !== undefined && noun.year === undefined && OWN_NOUN.test(noun.words)) n++;
	});
	return n;
}

/** What a capacity is measured as, written after its statistic's name or not (新增局用交换机4608万门 of 新增局用交换机容量). */
const MEASURE = /^(?:容量|能力)$/;

/** Words that make a prose amount no statement of a row's figure: a target, a plan, a period's sum. */
const OWN_NOT_STATED = new RegExp(`${AIM_WORDS}|期间|时期|以来|累计`);

/** The most prose amounts of one unit asked for the rows whose label is their statistic. */
const OWN_KEPT = 24;

/** Does a prose subject name a row's statistic: the label itself, or the label less (or with) the word of its measure? */
function namesRowStatistic(label: string, subject: string): boolean {
	if (subject === label) return true;
	const [short, long] = subject.length < label.length ? [subject, label] : [label, subject];
	return short.length >= 4 && long.startsWith(short) && MEASURE.test(long.slice(short.length));
}

/**
 * A cell's relation with the prose as last found, kept with the cell (see KeptSum): the same cell, claim, prose figure
 * and printing, row and column make the same relation.
 */
interface KeptProse {
	readonly table: number;
	readonly claim: number;
	readonly prose: Figure;
	readonly text: string;
	readonly signed: string;
	readonly label: string;
	readonly header: string;
	readonly draft: TableRelationDraft;
}

const keptProse = new WeakMap<CellFigure, KeptProse>();

/** The relation between a cell and the prose figures that state it: one agreeing statement is enough. */
function proseRelation(ctx: TableContext, ti: number, row: RowDraft, col: TableColumn, cell: CellFigure, claim: number, candidates: readonly number[], out: TableRelationDraft[]): number {
	const cellFig = cellFigure(claim, cell);
	const figures = candidates.map((i) => proseFigure(i, ctx.claims[i]!, ctx.quantities[ctx.claims[i]!.quantity]!));
	const f = figures.find((x) => holds(new EqualConstraint([x, cellFig]))) ?? figures[0]!;
	const p = ctx.claims[f.claim]!;
	const signed = p.kind === 'change' && p.direction === 'down' ? `-${p.text}` : p.text;
	const kept = keptProse.get(cell);
	if (kept && kept.table === ti && kept.claim === claim && sameFigure(kept.prose, f) && kept.text === p.text && kept.signed === signed && kept.label === row.label && kept.header === col.header) {
		out.push(kept.draft);
		return f.claim;
	}
	const constraint = new EqualConstraint([f, cellFig]);
	const cellText = cell.unit !== '' && !cell.text.endsWith(cell.unit) ? `${cell.text}${cell.unit}` : cell.text;
	const draft: TableRelationDraft = { kind: 'table-prose', table: ti, constraint, expression: `${signed} ${holds(constraint) ? '=' : '≠'} ${cellText}`, data: { row: row.label, column: col.header, prose: p.text, cell: cellText } };
	keptProse.set(cell, { table: ti, claim, prose: f, text: p.text, signed, label: row.label, header: col.header, draft });
	out.push(draft);
	return f.claim;
}

/**
 * A prose figure of a period of several years, not of a table's year: in a sentence that opens on one (“十五”期间，…;
 * 2016年以来，…), or a sum (累计) that names no period of its own (实际使用外商直接投资金额累计2740亿美元; not 1-11月…累计
 * 实现利润, 全年累计…).
 */
function ofSpan(p: RawClaim): boolean {
	return p.sentencePeriod === 'span' || (p.context.includes('累计') && p.scope === '' && p.year === undefined && p.sentenceYear === undefined);
}

/**
 * Cells stated in the prose too: the same indicator, period, region, unit and kind of figure. An amount is looked up by
 * its indicator; a growth rate is the one the prose states with that amount (`9170亿元，增长16.7%，折1301亿美元，增长
 * 11.4%`: the rate of 1301亿美元 is 11.4%), or, in a table of rates alone, by its indicator.
 */
function prose(ctx: TableContext, out: TableRelationDraft[], memo?: TableProse): void {
	// The prose figures by what they measure: their indicator, or — `折1301亿美元` — the amount they convert.
	const byKey = new Map<string, number[]>();
	const keyOf: (string | undefined)[] = [];
	ctx.prose.forEach((p, i) => {
		let key = p.indicator;
		const before = ctx.prose[i - 1];
		// 折, 折合, 约合 …: the figure before restated in another unit.
		const converts = p.context.length <= 3 && CONVERSION.test(p.context);
		if (converts && p.kind === 'amount' && before && before.sentence === p.sentence && before.local === p.local - 1) key = keyOf[i - 1];
		else if (converts && p.kind === 'change') key = keyOf[i - 1];
		keyOf.push(key);
		// A figure of a period to come (到2025年，…; 今后五年，…) states no cell of a table of the year.
		if (p.inBrackets || p.fromTo || p.annualAverage || ofSpan(p) || p.sentencePeriod === 'ahead' || p.kind === 'contribution' || (p.kind === 'level' && p.unit !== '%') || key === undefined) return;
		const list = byKey.get(key);
		if (!list) byKey.set(key, [i]);
		else if (list.length < 8) list.push(i);
	});
	/**
	 * Amounts whose words name the row's indicator in full when their subject was read as a shorter one
	 * (`固定资产投资（不含农户）503036亿元` read as 固定资产投资; `全部金融机构本外币各项存款余额289.9万亿元`).
	 */
	// The amounts whose last words (a verb between aside) are an indicator some row names and the prose's subjects do
	// not: one pass over the prose, the indicators looked up by their last two characters.
	let byWords: Map<string, number[]> | undefined;
	const wordsFor = (indicator: string): number[] => {
		if (!byWords) {
			byWords = new Map();
			// No prose amount to read: the rows' indicators need no index.
			if (!ctx.prose.some((p) => p.kind === 'amount' && p.exact)) return [];
			const wanted = new Map<string, string[]>();
			// The captions of the tables whose rows name each indicator, for the words a prose subject holds before its name.
			const captions = new Map<string, string[]>();
			for (const t of ctx.tables) {
				for (const r of t.rows) {
					const name = r.indicator;
					if (name === undefined || name.length < 4) continue;
					const list = wanted.get(name.slice(-2)) ?? [];
					if (!list.includes(name)) list.push(name);
					wanted.set(name.slice(-2), list);
					const of = captions.get(name) ?? [];
					if (t.caption !== undefined && of.length < 4 && !of.includes(t.caption)) of.push(t.caption);
					captions.set(name, of);
				}
			}
			work.tables += ctx.prose.length;
			ctx.prose.forEach((p, i) => {
				if (p.kind !== 'amount' || !p.exact) return;
				const words = p.context.replace(/(?:为|达到|达|是|共|实现|完成)$/, '');
				for (const name of wanted.get(words.slice(-2)) ?? []) {
					if (!words.endsWith(name)) continue;
					// Words before the name that make the amount another period's or an aim (上年新增…, 计划新增…, 上半年新增…):
					// not the row's figure.
					if (NOT_THE_ROWS.test(words.slice(0, words.length - name.length))) continue;
					// Nor a subject with words of its own glued before the name that the caption does not state (境内有效专利,
					// 企业有效专利 against 有效专利 under …有效专利情况): a part of it. The caption's scope (全部金融机构本外币各项
					// 存款余额 under …全部金融机构本外币存贷款…) or a whole (全国, 全社会) is the row's own.
					const qualifier = p.subject.endsWith(name) ? p.subject.slice(0, p.subject.length - name.length) : '';
					if (qualifier !== '' && !OWN_WHOLE.test(qualifier) && !captions.get(name)!.some((c) => c.includes(qualifier))) continue;
					// The figure's subject named no indicator, or only the indicator's name without its qualifier.
					const key = keyOf[i];
					const own = key === undefined ? undefined : ctx.lexicon.get(key);
					if (own !== undefined && ![own.name, ...own.aliases].some((n) => name.startsWith(`${n}（`))) continue;
					const list = byWords!.get(name) ?? [];
					if (list.length < 4) list.push(i);
					byWords!.set(name, list);
				}
			});
		}
		return byWords.get(indicator) ?? [];
	};
	/** The prose figures of a row's indicator of one kind: by their key, else amounts by their words. */
	const statedIn = (indicator: string, kind: RawClaim['kind']): number[] => {
		const byIndicator = (byKey.get(indicator) ?? []).filter((i) => ctx.prose[i]!.kind === kind);
		return byIndicator.length > 0 || kind !== 'amount' ? byIndicator : wordsFor(indicator);
	};
	/** The growth rate stated with the amount at `i` (`V，比上年增长C%`): the next change in % of its sentence. */
	const rateAfter = (i: number, real: boolean): number | undefined => {
		const a = ctx.prose[i]!;
		// The unit of the amount converted in brackets, once passed.
		let converted: string | undefined;
		for (let k = i + 1; k < ctx.prose.length && k <= i + 3; k++) {
			const p = ctx.prose[k]!;
			if (p.local !== a.local + (k - i) || p.sentence !== a.sentence) return undefined;
			// The amount converted in brackets (7814亿元（折1263亿美元），增长6.4%) is the same amount: its rate follows.
			if (p.kind === 'amount' && !p.inBrackets) return undefined;
			if (p.kind === 'amount') converted = p.unit;
			// Not the converted amount's own rate: in its brackets (（折1633亿美元，下降13.7%）) or in its currency
			// (（折1633亿美元），按美元计算下降13.7%).
			if (converted !== undefined && p.kind === 'change' && (p.inBrackets || (converted !== '' && p.context.includes(converted)))) return undefined;
			if (p.kind === 'change' && p.unit === '%' && p.real === real && !p.annualAverage) return k;
		}
		return undefined;
	};
	/**
	 * The change stated with the amount at `i` and no rate of its own (`余额264.4万亿元，比年初增加25.9万亿元`): the next
	 * figure of its clause, a change in the amount's unit, of the amount itself (not a part's: 其中…; not a rate's base
	 * made comparable: 按可比口径计算).
	 */
	const changeAfter = (i: number): number | undefined => {
		const a = ctx.prose[i]!;
		const p = ctx.prose[i + 1];
		if (!p || !a.exact || a.inBrackets || a.fromTo || a.annualAverage || a.sentencePeriod !== undefined) return undefined;
		if (p.sentence !== a.sentence || p.segment !== a.segment || p.local !== a.local + 1) return undefined;
		if (p.kind !== 'change' || p.unit === '%' || !p.exact || p.inBrackets || p.fromTo || p.annualAverage || p.real || p.part) return undefined;
		if (baseUnit(p.unit) !== baseUnit(a.unit) || p.subject !== a.subject) return undefined;
		// The words between: a few, in one clause after the amount's (，比年初增加).
		const between = ctx.textBetween(i, i + 1);
		if (between.length > BETWEEN_MAX || COMPARABLE_BASE.test(between) || NOT_THE_CHANGE.test(between) || CHANGE_OF_CHANGE.test(between) || /[，,].*[，,]/.test(between)) return undefined;
		// Nor a change whose base a note right after it makes comparable (增加D（按可比口径计算）).
		if (COMPARABLE_BASE.test(ctx.textAfter(i + 1, NOTE_REACH).replace(/[，,。；;][^]*$/, ''))) return undefined;
		return i + 1;
	};
	/**
	 * A growth cell of the row a prose amount states, with the change the prose states of that amount (`V，比年初增加D` and
	 * the row's `比上年末增长C%`): C = 100 × D ÷ (V − D). Not a rate at comparable prices (GDP, value added) nor a real
	 * one; a balance's rate (余额) is on a comparable basis, known to one unit of its last digit.
	 */
	const changeRelation = (ti: number, row: RowDraft, col: TableColumn, cell: CellFigure, claim: number, amount: number, real: boolean): void => {
		if (real || COMPARABLE_PRICES.test(row.label) || COMPARABLE_PRICES.test(ctx.prose[amount]!.subject) || NOT_THE_CHANGE.test(col.header) || NOT_THE_YEARS_RATE.test(col.header)) return;
		const k = changeAfter(amount);
		if (k === undefined) return;
		const [v, d] = [amount, k].map((i) => proseFigure(i, ctx.claims[i]!, ctx.quantities[ctx.claims[i]!.quantity]!)) as [Figure, Figure];
		const basis = COMPARABLE_BASIS.test(ctx.prose[amount]!.subject) || COMPARABLE_BASIS.test(row.label);
		const c = cellFigure(claim, cell);
		const rate: Figure = basis ? { ...c, lo: c.value - c.step, hi: c.value + c.step } : c;
		const constraint = new ChangeConstraint([v, d, rate]);
		const computed = (100 * d.value) / (v.value - d.value);
		const [pv, pd] = [ctx.claims[amount]!.text, ctx.claims[k]!.text];
		const down = d.value < 0;
		const cellText = cell.unit !== '' && !cell.text.endsWith(cell.unit) ? `${cell.text}${cell.unit}` : cell.text;
		const expression = `${pd} ÷ (${pv} ${down ? '+' : '−'} ${pd}) = ${fmt(Math.abs(computed))}%`;
		out.push({ kind: 'percent-change', table: ti, constraint, expression, data: { row: row.label, column: col.header, stated: cellText, change: pd } });
	};
	/** The prose amounts of a subject (exact, in the text), by a key of it: at most `cap` a key. */
	const amountsBy = (keyOf: (subject: string) => string, cap: number): Map<string, number[]> => {
		const map = new Map<string, number[]>();
		work.tables += ctx.prose.length;
		ctx.prose.forEach((p, i) => {
			if (p.kind !== 'amount' || !p.exact || p.inBrackets || p.fromTo || p.subject.length < 2) return;
			const key = keyOf(p.subject);
			const list = map.get(key);
			if (!list) map.set(key, [i]);
			else if (list.length < cap) list.push(i);
		});
		return map;
	};
	// The amounts by their subject (普通高等教育招生), for the rows the lexicon does not know.
	let bySubject: Map<string, number[]> | undefined;
	const subjectIndex = (): Map<string, number[]> => (bySubject ??= amountsBy((s) => s, 4));
	// The amounts by the last two characters of their subject (企业, 金额, 项目), for a table's total row.
	let byHead: Map<string, number[]> | undefined;
	const headIndex = (): Map<string, number[]> => (byHead ??= amountsBy((s) => s.slice(-2), 16));
	/**
	 * Amounts whose subject is a column's noun alone, written after the row's label with another column's noun in their
	 * sentence (普通高等教育招生505万人，在校生1562万人，毕业生307万人): the label is written once for them all.
	 */
	const elliptic = (label: string, noun: string, nouns: ReadonlySet<string>): number[] =>
		(subjectIndex().get(noun) ?? []).filter((i) => {
			const p = ctx.prose[i]!;
			for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
				const q = ctx.prose[k]!;
				work.tables++;
				if (q.local !== p.local - (i - k) || q.sentence !== p.sentence) return false;
				if (q.kind !== 'amount') continue;
				if (q.subject.startsWith(label) && nouns.has(q.subject.slice(label.length)) && q.subject !== label + noun) return true;
				if (!nouns.has(q.subject)) return false;
			}
			return false;
		});
	/**
	 * Does the subject name the statistic of a caption — its words in full, with a short word inserted (非金融领域外商直接投资
	 * in 非金融领域新批外商直接投资企业), or its last six or more (实际使用外商直接投资金额 of 非金融领域外商直接投资) — with
	 * at most a verb before them (批准, 实际使用), not a part's name (制造业实际使用外商直接投资金额)? Four characters
	 * (直接投资 of 对外直接投资) would name another statistic.
	 */
	const namesStatistic = (subject: string, statistic: string): boolean => {
		const opens = (at: number): boolean => at >= 0 && at <= QUALIFIER_MAX;
		if (opens(subject.indexOf(statistic))) return true;
		if (statistic.length > 6 && opens(subject.indexOf(statistic.slice(-Math.max(6, Math.ceil(statistic.length / 2)))))) return true;
		for (let a = 2; a <= statistic.length - 2; a++) {
			work.tables++;
			const i = subject.indexOf(statistic.slice(0, a));
			if (!opens(i)) return false;
			const j = subject.indexOf(statistic.slice(a), i + a);
			if (j > i + a && j - (i + a) <= 4 && !/[，、；。和与及]/.test(subject.slice(i + a, j))) return true;
		}
		return false;
	};
	/**
	 * The total row of a table whose caption names its statistic (总计 under `…非金融领域外商直接投资…`, columns 企业数 and
	 * 实际使用金额): a column's figure is a prose amount whose subject names that statistic and ends in the column's noun
	 * (新批外商直接投资企业27406家, 实际使用外商直接投资金额1057亿美元), or — written once for several — is the noun itself
	 * right after such an amount in its paragraph (…项目44001个，…；实际使用金额603亿美元).
	 */
	const ofStatistic = (statistic: string, noun: string): number[] => {
		const head = noun.replace(/数$/, '').slice(-2);
		return (headIndex().get(head) ?? []).filter((i) => {
			const p = ctx.prose[i]!;
			// A part listed under another (其中制造业…) is no total.
			if (p.part) return false;
			if (namesStatistic(p.subject, statistic)) return true;
			if (p.subject !== noun) return false;
			for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
				const q = ctx.prose[k]!;
				if (q.local !== p.local - (i - k)) return false;
				if (q.kind === 'amount') return namesStatistic(q.subject, statistic);
			}
			return false;
		});
	};
	/**
	 * Are a caption's aside words (不含银行、证券、保险) stated before the prose figure at `i`, in its clause or in that of one
	 * of the ASIDE_BACK figures before it in its paragraph (全年吸收外商直接投资（不含…）新设立企业…。实际使用外商直接投资金额…)?
	 * A whole stated without them (全社会固定资产投资 against 固定资产投资（不含农户）) is another scope.
	 */
	const asideStated = (i: number, statistic: string, aside: string): boolean => {
		const p = ctx.prose[i]!;
		const words = aside.slice(1, -1);
		for (let k = i; k >= 0 && k >= i - ASIDE_BACK; k--) {
			const q = ctx.prose[k]!;
			work.tables++;
			if (q.local !== p.local - (i - k)) return false;
			// The aside of the caption's statistic, not of another's in the paragraph (对外非金融类直接投资（不含银行…）):
			// the statistic's words right before it.
			const at = q.context.indexOf(words);
			if (at > 0 && q.context.slice(0, at - 1).endsWith(statistic)) return true;
		}
		return false;
	};
	// The amounts of a subject of its own (not a part listed under another, not an aside) by their base unit, for the rows
	// whose label is their statistic: at most OWN_KEPT a unit (万门, 万户 are few; the many 元 are no capacity's).
	let byUnit: Map<string, number[]> | undefined;
	const ownStatistic = (label: string, base: string): number[] => {
		if (!byUnit) {
			byUnit = new Map();
			work.tables += ctx.prose.length;
			ctx.prose.forEach((p, i) => {
				if (p.kind !== 'amount' || !p.exact || p.inBrackets || p.fromTo || p.part || p.subject.length < 4) return;
				const key = baseUnit(p.unit);
				const list = byUnit!.get(key);
				if (!list) byUnit!.set(key, [i]);
				else if (list.length < OWN_KEPT) list.push(i);
			});
		}
		return (byUnit.get(base) ?? []).filter((i) => {
			work.tables++;
			return namesRowStatistic(label, ctx.prose[i]!.subject);
		});
	};
	/**
	 * A row the lexicon does not know: a cell of amounts is stated by a prose amount whose subject is the row's label
	 * with its column's noun (普通高等教育 | 2005年招生 → 普通高等教育招生505万人), or — a column of output in a unit of
	 * goods — the label alone (水泥 | 产量 → 水泥10.6亿吨), or — a table's total row — the caption's statistic with the
	 * column's noun (ofStatistic), of the table's year and scope, in its unit. Columns of sums over years
	 * (2001-2005年累计) state no such figure; a column `其中：2005年` after one states its year's (yearOfSum). In a table
	 * with a column of units, a column whose header names no statistic (OWN_NOUN) states each row's own (ownStatistic).
	 * Columns in `stated` are already related by the row's indicator.
	 */
	const named = (t: TableDraft, ti: number, row: RowDraft, ri: number, facts: readonly ColumnFacts[], nouns: ReadonlySet<string>, besidePlan: readonly boolean[], stated?: ReadonlySet<number>): void => {
		const label = row.label.replace(/\s+/g, '');
		const unitColumn = t.columns.some((col) => col.kind === 'unit');
		// Its amount (外商直接投资额) is the statistic (外商直接投资).
		// An aside of the caption (外商直接投资（不含银行、证券、保险）) is no part of the words a prose subject holds: the
		// words without it, the aside's words stated again before the prose figure in its paragraph (asideStated).
		const aside = ri === 0 && t.total ? ASIDE.exec(t.statistic ?? '')?.[0] : undefined;
		const words = ri === 0 && t.total ? (aside === undefined ? t.statistic : t.statistic!.replace(aside, ''))?.replace(/总?额$/, '') : undefined;
		const statistic = words !== undefined && words.length >= 4 ? words : undefined;
		// No prose amount by its subject: no cell of the row is stated (a growth rate only with its amount).
		if ((label.length < 2 && statistic === undefined) || subjectIndex().size === 0) return;
		// The prose amount matched last, for the growth column on its right (水泥 | 产量 | 比上年增长%).
		let amount: number | undefined;
		t.columns.forEach((col, c) => {
			const cell = row.cells[c];
			const claim = ctx.cellClaim(ti, ri, c);
			if (col.kind === 'growth' && amount !== undefined && cell?.exact && claim >= 0) {
				const k = rateAfter(amount, facts[c]!.real);
				if (k !== undefined) proseRelation(ctx, ti, row, col, cell, claim, [k], out);
				else changeRelation(ti, row, col, cell, claim, amount, facts[c]!.real);
				amount = undefined;
				return;
			}
			if (col.kind === 'value') amount = undefined;
			const noun = facts[c]!.noun;
			if (col.kind !== 'value' || !cell || !cell.exact || claim < 0 || noun === undefined || stated?.has(c) || besidePlan[c]) return;
			const year = noun.year;
			// Several value columns that name neither a statistic nor a year (a table whose header was not read): which of
			// them a prose amount states is not known.
			const own = unitColumn && OWN_NOUN.test(noun.words) && (year !== undefined || unnamedColumns(t, facts) === 1);
			if ((noun.words.length < 2 && !own) || (year !== undefined && t.year !== undefined && year !== t.year)) return;
			work.tables++;
			if (own) {
				const list = ownStatistic(label, cell.base).filter((i) => {
					const p = ctx.prose[i]!;
					// Not a target (力争…), a period's sum (“十一五”期间), nor a year other than the table's, by a date of the
					// figure's own or the year its sentence opens on (2004年，新增发电机组容量…).
					if (OWN_NOT_STATED.test(p.context) || OWN_NOT_STATED.test(p.scope)) return false;
					const py = p.year ?? p.sentenceYear;
					const ty = year ?? t.year;
					if (py !== undefined && ty !== undefined && py !== ty) return false;
					return year === undefined ? sameScope(t, p) : (p.year === undefined || p.year === year) && sameScope({ ...t, year, subPeriod: '' }, p);
				});
				if (list.length > 0) amount = proseRelation(ctx, ti, row, col, cell, claim, list, out);
				return;
			}
			const byLabel = noun.output ? (subjectIndex().get(label) ?? []).filter((i) => ctx.prose[i]!.output === true) : [];
			const byStatistic = statistic === undefined ? [] : ofStatistic(statistic, noun.words).filter((i) => aside === undefined || asideStated(i, t.statistic!.slice(0, t.statistic!.indexOf(aside)), aside));
			const candidates = [...(subjectIndex().get(label + noun.words) ?? []), ...byLabel, ...(nouns.size > 1 ? elliptic(label, noun.words, nouns) : []), ...byStatistic].filter((i) => {
				const p = ctx.prose[i]!;
				if (baseUnit(p.unit) !== cell.base || ofSpan(p)) return false;
				// A column of one year (2005年招生 in a table of the five years): that year's figure, wherever the caption's period
				// — by the figure's date or the one its sentence opens on (一九五七年，几种主要药品的生产水平为：…).
				if (year === undefined) return sameScope(t, p);
				const py = p.year ?? p.sentenceYear;
				return (py === undefined || py === year) && !notThePlans(facts[c]!, year, p.context) && sameScope({ ...t, year, subPeriod: '' }, p);
			});
			if (candidates.length > 0) amount = proseRelation(ctx, ti, row, col, cell, claim, candidates, out);
		});
	};
	// A row's columns stated by its indicator, and the units of its amounts so matched: cleared for each row (two sets a
	// row were most of what this pass allocated on a long table).
	const related = new Set<number>();
	const units = new Set<string>();
	const matchTable = (t: TableDraft, ti: number): void => {
		const facts = t.columns.map((col, c) => yearOfSum(t.columns, c) ?? factsOf(col));
		// One column headed by a year is the table's year (`2023年 | 较上年增长(%)`), several are a series.
		// Two columns of one year (2023年计划 | 2023年实际) are no series: neither is told from the other by its year.
		const years = facts.filter((f) => f.year !== undefined).length;
		// Found once per table, not for each row (each a walk over the columns).
		const datedColumn = facts.map((g, c) => years > 1 && g.year !== undefined && facts.every((f, k) => k === c || f.year !== g.year));
		const dated = (c: number): boolean => datedColumn[c]!;
		const besidePlan = facts.map((_, c) => planBeside(facts, c));
		// Which columns state the row's statistic: the first column of amounts in each unit (数量 in 万吨 and 金额 in 亿元
		// are two statistics; a second column in the same unit is another measure), each growth column for the
		// amount on its left (企业数 | 增长 | 实际使用金额 | 增长), and in a table without amounts the first column of
		// rates or of shares (全国, not 城市 or 农村).
		const amountColumns = t.columns.filter((col) => col.kind === 'value').length;
		const hasAmounts = amountColumns > 0;
		// The nouns of the table's columns of amounts (招生, 在校生), for a label written once for several of them.
		const nouns = new Set<string>();
		t.columns.forEach((col, c) => {
			const noun = facts[c]!.noun;
			if (col.kind === 'value' && noun && noun.words.length >= 2 && (noun.year === undefined || t.year === undefined || noun.year === t.year)) nouns.add(noun.words);
		});
		const seenKinds = new Set<string>();
		const statesRow = t.columns.map((col, c) => {
			if (col.kind === 'growth' && hasAmounts) return true;
			if (col.kind !== 'value' && col.kind !== 'growth' && col.kind !== 'share') return false;
			if (besidePlan[c]) return false;
			if (dated(c)) return true;
			const key = col.kind === 'value' ? `value:${col.unit}` : col.kind;
			if (seenKinds.has(key)) return false;
			seenKinds.add(key);
			return true;
		});
		// For each share column, the rate of its rows' indicators over its 100 row's (ratesOfShare): found for the rows once.
		const wholes = t.columns.map((col, c) => (col.kind === 'share' ? t.rows[hundredRow(t, c)]?.indicator : undefined));
		let shareRates: readonly (string | undefined)[] = [];
		t.rows.forEach((row, ri) => {
			if (row.indicator === undefined) {
				named(t, ti, row, ri, facts, nouns, besidePlan);
				return;
			}
			// The columns the prose states by the row's indicator.
			related.clear();
			shareRates = wholes.some((w) => w !== undefined) ? wholes.map((w) => (w === undefined ? undefined : rateOfShare(ctx.lexicon, row.indicator!, w))) : [];
			// No prose figure of its indicator, by key or by words, nor of the rate its share is: no cell of the row is stated.
			if (byKey.has(row.indicator) || wordsFor(row.indicator).length > 0 || shareRates.some((r) => r !== undefined && byKey.has(r))) {
				// The prose figure each column of amounts was matched with, for the growth column on its right.
				let amount: number | undefined;
				units.clear();
				t.columns.forEach((col, c) => {
					const cell = row.cells[c];
					const kind = facts[c]!.kind;
					const claim = ctx.cellClaim(ti, ri, c);
					if (col.kind === 'value' && cell) amount = undefined;
					if (!statesRow[c] || !cell || !cell.exact || kind === undefined || claim < 0) return;
					if (kind === 'amount' && !dated(c) && units.has(cell.base)) return;
					if (kind === 'amount') units.add(cell.base);
					const real = facts[c]!.real;
					const year = dated(c) ? facts[c]!.year : undefined;
					let candidates: number[] = [];
					if (kind === 'change' && hasAmounts && (amount !== undefined || amountColumns > 1)) {
						const k = amount === undefined ? undefined : rateAfter(amount, real);
						if (k !== undefined) candidates = [k];
						else if (amount !== undefined) changeRelation(ti, row, col, cell, claim, amount, real);
					} else {
						// In a table of rates alone, a rate stated by itself, or with the row's amount (固定资产投资（不含农户）
						// 503036亿元，增长3.0%); in a table of one column of amounts, a rate the prose states without its amount
						// (十种有色金属增长13.2%: the rate of the row's one statistic).
						// A rate in a column of values (恩格尔系数 | % | 36.7) is a level in the prose (恩格尔系数为36.7%).
						let stated = kind === 'amount' && cell.base === '%' ? 'level' : kind;
						let list = statedIn(row.indicator!, stated);
						// A share no prose states as such, of a whole whose rate the lexicon defines as the quotient (城镇 | 比重 67.0
						// under 全国人口 | 100.0: 城镇化率为67.00%): the rate's level.
						const rate = kind === 'share' && list.length === 0 ? shareRates[c] : undefined;
						if (rate !== undefined) {
							stated = 'level';
							list = statedIn(rate, 'level');
						}
						if (kind === 'change' && list.length === 0 && !hasAmounts) {
							list = statedIn(row.indicator!, 'amount')
								.map((i) => rateAfter(i, real))
								.filter((k): k is number => k !== undefined);
						}
						for (const i of list) {
							const p = ctx.prose[i]!;
							work.tables++;
							if (p.kind !== stated || baseUnit(p.unit) !== cell.base || p.real !== real) continue;
							// A column of a series (2001 … 2005, under a caption of “十五”时期): the figure of its year, stated or named
							// by the figure's headings.
							if (year === undefined ? !sameScope(t, p) : (p.year ?? ctx.proseYears[i]) !== year || !sameScope({ ...t, year, subPeriod: '' }, p)) continue;
							if (notThePlans(facts[c]!, year, p.context)) continue;
							// A growth rate over another base (比2020年增长) is not the column's.
							if (kind === 'change' && /比(?:19|20)[0-9]{2}年/.test(p.context)) continue;
							candidates.push(i);
						}
					}
					if (candidates.length === 0) return;
					const stated = proseRelation(ctx, ti, row, col, cell, claim, candidates, out);
					related.add(c);
					if (kind === 'amount') amount = stated;
				});
			}
			// A total row of two statistics (总计 | 企业数 | 实际使用金额 under `外商直接投资额…`): its indicator is one
			// column's; another is the caption's statistic with its own noun.
			if (ri === 0 && t.total && amountColumns > 1) named(t, ti, row, ri, facts, nouns, besidePlan, related);
		});
	};
	ctx.tables.forEach((t, ti) => {
		if (t.series) return;
		// A table the edit did not touch, with the prose as it was: its relations with the prose as found last.
		const kept = memo?.kept(ti, t);
		if (kept) {
			for (const d of kept) out.push(d);
			memo!.keep(ti, t, kept);
			return;
		}
		const from = out.length;
		matchTable(t, ti);
		memo?.keep(ti, t, out.slice(from));
	});
}

/**
 * A table's relation with the prose (proseRelation: the prose figure, then the cell's) as table `table`, its claims `by`
 * further on, the prose's where they were (claims were added or removed in a table before it); undefined for another.
 */
export function moveProseRelation(d: TableRelationDraft, table: number, by: number): TableRelationDraft | undefined {
	if (d.constraint instanceof ChangeConstraint) {
		// The prose's amount and change, then the cell's rate.
		const [v, dc, c] = d.constraint.figures;
		return by === 0 ? { ...d, table } : { ...d, table, constraint: new ChangeConstraint([v, dc, { ...c, claim: c.claim + by }]) };
	}
	if (!(d.constraint instanceof EqualConstraint)) return undefined;
	if (by === 0) return { ...d, table };
	const [p, c] = d.constraint.figures;
	return { ...d, table, constraint: new EqualConstraint([p, { ...c, claim: c.claim + by }]) };
}

/**
 * A table's share relation (shares: the share, the amount, the whole) as table `table`, its claims `by` further on, a
 * whole named elsewhere (one of `wholes`) where it was; undefined for another relation.
 */
export function moveShareRelation(d: TableRelationDraft, table: number, by: number, wholes: readonly (Figure | undefined)[]): TableRelationDraft | undefined {
	if (!(d.constraint instanceof ShareConstraint)) return undefined;
	if (by === 0) return { ...d, table };
	const move = (f: Figure): Figure => (wholes.some((w) => w !== undefined && w.claim === f.claim) ? f : { ...f, claim: f.claim + by });
	const [s, v, w] = d.constraint.figures;
	return { ...d, table, constraint: new ShareConstraint([move(s), move(v), move(w)]) };
}

/**
 * The relations of each table with the prose kept between the analyses of a document (tables/cache.ts): they depend on
 * the table's draft, where it stands among the tables and the claims, and the prose's claims (their readings, places and
 * years) alone.
 */
export interface TableProse {
	/** The relations table `ti` of this draft made with the prose in the last analysis, when they stand as they would now. */
	kept(ti: number, draft: TableDraft): readonly TableRelationDraft[] | undefined;
	/** Keep the relations table `ti` of this draft made with the prose in this analysis. */
	keep(ti: number, draft: TableDraft, drafts: readonly TableRelationDraft[]): void;
}

/** A row's label as the prose writes it: 交通运输、仓储和邮政业 → 交通运输仓储和邮政业. */
function labelKey(label: string): string {
	return label.replace(/[\s、，,]/g, '');
}

/** A paragraph that names a period of several years (“十五”期间, 累计, 2016年以来): its shares need not be of one year's table. */
const PERIOD_NAMED = new RegExp(`期间|累计|${FIVE_YEAR_PLAN}|以来`);

/** The most prose shares of a sentence's whole looked up, and the statistics of captions each is tried against. */
const SHARES_ASKED = 256;
const STATISTICS_TRIED = 32;

/**
 * Shares the prose states of a table's rows: `在实际使用外商直接投资金额中，制造业和房地产业所占比重分别为70.4%和9%` with a
 * table whose caption names the statistic (`2005年外商直接投资分行业情况`), whose first row is its total, with a column of
 * amounts named by what the whole's words are less the statistic (实际使用金额), and rows 制造业, 房地产业: each share
 * against its row's cell over the total's, of the table's year and region. The whole must be named so: a share of no
 * named whole, or of one no table's column and caption make, is left alone.
 */
function proseShares(ctx: TableContext, out: TableRelationDraft[]): void {
	const asked: number[] = [];
	ctx.prose.forEach((p, i) => {
		if (p.kind === 'share' && p.unit === '%' && p.amongSentence !== undefined && p.subject.length >= 2 && !p.inBrackets && !p.fromTo && asked.length < SHARES_ASKED) asked.push(i);
	});
	if (asked.length === 0) return;
	const byStatistic = new Map<string, number[]>();
	ctx.tables.forEach((t, ti) => {
		if (!t.total || t.series || t.statistic === undefined || t.statistic.length < 4) return;
		const list = byStatistic.get(t.statistic);
		if (!list) byStatistic.set(t.statistic, [ti]);
		else if (list.length < 4) list.push(ti);
	});
	if (byStatistic.size === 0) return;
	const statistics = [...byStatistic.keys()].slice(0, STATISTICS_TRIED);
	// Each table's rows by their label as the prose writes it, made when a share asks.
	const rowsOf = new Map<number, Map<string, number>>();
	// Whether each block of the shares asked names a period, read once per block.
	const periodOf = new Map<number, boolean>();
	const namesPeriod = (claim: number): boolean => {
		const block = ctx.blockOf(claim);
		let named = periodOf.get(block);
		if (named === undefined) periodOf.set(block, (named = block >= 0 && PERIOD_NAMED.test(ctx.blockText(block))));
		return named;
	};
	const rowIndex = (ti: number): Map<string, number> => {
		let rows = rowsOf.get(ti);
		if (!rows) {
			rows = new Map();
			const t = ctx.tables[ti]!;
			work.tables += t.rows.length;
			for (let ri = 1; ri < t.rows.length; ri++) {
				const key = labelKey(t.rows[ri]!.label);
				// A label twice (two breakdowns) names no one row.
				rows.set(key, rows.has(key) ? -1 : ri);
			}
			rowsOf.set(ti, rows);
		}
		return rows;
	};
	for (const i of asked) {
		const p = ctx.prose[i]!;
		const whole = p.amongSentence!;
		// Of one known year: the share's own, its sentence's or its headings' (the year a communiqué's title names).
		const year = p.year ?? p.sentenceYear ?? ctx.proseYears[i];
		if (year === undefined || namesPeriod(i)) continue;
		for (const statistic of statistics) {
			work.tables++;
			const at = whole.indexOf(statistic);
			if (at < 0) continue;
			const noun = whole.slice(0, at) + whole.slice(at + statistic.length);
			for (const ti of byStatistic.get(statistic)!) {
				const t = ctx.tables[ti]!;
				if (!sameScope(t, p) || year !== t.year) continue;
				const c = t.columns.findIndex((col) => col.kind === 'value' && headerNoun(col.header).replace(/\s+/g, '') === noun);
				const ri = c < 0 ? undefined : rowIndex(ti).get(labelKey(p.subject));
				if (ri === undefined || ri < 0) continue;
				const part = t.rows[ri]!.cells[c];
				const total = t.rows[0]!.cells[c];
				const partClaim = ctx.cellClaim(ti, ri, c);
				const totalClaim = ctx.cellClaim(ti, 0, c);
				if (!part?.exact || !total?.exact || part.base !== total.base || total.value <= 0 || partClaim < 0 || totalClaim < 0) continue;
				const claim = ctx.claims[i]!;
				const constraint = new ShareConstraint([proseFigure(i, claim, ctx.quantities[claim.quantity]!), cellFigure(partClaim, part), cellFigure(totalClaim, total)]);
				const computed = (100 * part.value) / total.value;
				out.push({
					kind: 'table-share',
					table: ti,
					constraint,
					expression: `${part.text} ÷ ${total.text} = ${fmt(computed, decimalsOf(p.text) + 1)}%${holds(constraint) ? '' : ` ≠ ${p.text}`}`,
					data: { row: t.rows[ri]!.label },
				});
			}
		}
	}
}

/**
 * The year a block opens on, a note's mark before it or none ([6]2023年年末，…; 注：2023年…; 2022年末，…), and the aim or
 * end point before it (预计到2035年，…; [6]到2035年…).
 */
const OPENING_YEAR = new RegExp(`^\\s*(?:(?:\\[[0-9]{1,3}\\]|注[：:]?|[①-⑳])\\s*)?((?:${AIM_WORDS}|到|至)*)((?:19|20)[0-9]{2})年`);

/**
 * The year of the block a prose claim stands in, when the block opens on one (the year of its figures of no date of their
 * own, which the sentence's year does not read after a note's mark or before 年末): NaN when an aim or an end point opens
 * it (预计到2035年，…), whose figures are of no year reached.
 */
function openingYear(ctx: TableContext, claim: number): number | undefined {
	const block = ctx.blockOf(claim);
	const m = block < 0 ? null : OPENING_YEAR.exec(ctx.blockText(block).slice(0, 32));
	return m ? (m[1] ? NaN : Number(m[2])) : undefined;
}

/**
 * A partition of the lexicon a table states in part, its other parts in the prose: the table's 全国人口 and its 60周岁及以上
 * row, a note under the table the 0-14岁 and 15-59岁 人口 of the same year (corpus/stats-bulletin/national-2022.txt:512,
 * national-2015.txt:509, national-2023.txt:516, national-2024.txt:516: 0-14 + 15-59 + 60及以上 = 全国人口). Each part the
 * rows do not state must be the document's one prose amount of its indicator, of the table's base unit, year and scope;
 * at least one part is the table's, and a partition the rows state in full is the table's own (lexiconGroups).
 */
function notedPartitions(ctx: TableContext, index: () => WholeIndex, out: TableRelationDraft[]): void {
	ctx.tables.forEach((t, ti) => {
		const rows = t.rows;
		rows.forEach((row, i) => {
			const ind = row.indicator === undefined ? undefined : ctx.lexicon.get(row.indicator);
			if (!ind?.parts) return;
			for (const partition of ind.parts) {
				// A partition inside a longer one of the same total is not one (the longer is checked).
				if (ind.parts.some((q) => q.length > partition.length && partition.every((n) => q.includes(n)))) continue;
				// Rows of the total's other partitions (城镇, 乡村 before 男性, 女性) are passed; another statistic ends the search.
				const found = partitionRows(ctx, rows, i, ind, partition, true);
				const left = found.filter((r) => r < 0).length;
				// All in the rows (the table's own sum) or none (the prose's): not a partition stated in both.
				if (left === 0 || left === partition.length) continue;
				// Each part the rows leave out: the document's one prose amount of it.
				const noted: number[] = new Array<number>(partition.length).fill(-1);
				let missing = false;
				for (let k = 0; k < partition.length && !missing; k++) {
					if (found[k]! >= 0) continue;
					const list = index().prose.get(partition[k]!) ?? [];
					const p = list.length === 1 ? ctx.prose[list[0]!]! : undefined;
					// Of the table's year, known: the figure's own, its sentence's, its block's (a note: [6]2023年年末，…) or its
					// headings'; no period other than a year (a period ahead: 到2035年，…).
					const year = p === undefined ? undefined : (p.year ?? p.sentenceYear ?? openingYear(ctx, list[0]!) ?? ctx.proseYears[list[0]!]);
					if (!p || p.sentencePeriod !== undefined || !sameScope(t, p) || year === undefined || year !== t.year) missing = true;
					else noted[k] = list[0]!;
				}
				if (missing) continue;
				t.columns.forEach((col, c) => {
					if (col.kind !== 'value') return;
					const total = row.cells[c];
					const totalClaim = ctx.cellClaim(ti, i, c);
					if (!total?.exact || totalClaim < 0 || total.base === '%' || total.base === '‰') return;
					const figures: Figure[] = [cellFigure(totalClaim, total)];
					const operands: string[] = [];
					let sum = 0;
					let decimals = decimalsOf(total.text);
					for (let k = 0; k < partition.length; k++) {
						if (found[k]! >= 0) {
							const cell = rows[found[k]!]!.cells[c];
							const claim = ctx.cellClaim(ti, found[k]!, c);
							if (!cell?.exact || cell.base !== total.base || claim < 0) return;
							figures.push(cellFigure(claim, cell));
							operands.push(operand(cell, total));
							sum += cell.value;
							decimals = Math.max(decimals, decimalsOf(cell.text));
						} else {
							const n = noted[k]!;
							const p = ctx.prose[n]!;
							const claim = ctx.claims[n]!;
							const q = ctx.quantities[claim.quantity]!;
							if (baseUnit(p.unit) !== total.base) return;
							figures.push(proseFigure(n, claim, q));
							operands.push(p.text);
							sum += q.value;
						}
					}
					const constraint = new SumConstraint(figures);
					let expression = `${operands.join(' + ')} = ${fmt(sum / total.scale, decimals)}`;
					if (!holds(constraint)) expression += ` ≠ ${total.text}`;
					out.push({ kind: 'table-sum', table: ti, constraint, expression, data: { total: row.label } });
				});
			}
		});
	});
}

/**
 * A table's own relations: its sums and subsets, which depend on nothing but the table (its draft, the lexicon and
 * where its claims stand), so that a table an edit did not touch keeps them (tables/cache.ts).
 */
export interface OwnRelations {
	readonly sums: readonly TableRelationDraft[];
	readonly subsets: readonly TableRelationDraft[];
}

/** A table's own relations as table `table`, its claims `by` further on. */
export function moveRelations(own: OwnRelations, table: number, by: number): OwnRelations {
	const move = (d: TableRelationDraft): TableRelationDraft => ({ ...d, table, constraint: by === 0 ? d.constraint : d.constraint.moved(by) });
	return { sums: own.sums.map(move), subsets: own.subsets.map(move) };
}

/**
 * Every relation the tables state, and each table's own. `kept[ti]`: table ti's own relations found before (its draft
 * then had its rows named by them already), not looked for again; `keptProse`, `keptShares`: the tables' relations
 * with the prose and their shares found before.
 */
export function tableRelations(ctx: TableContext, kept: readonly (OwnRelations | undefined)[] = [], keptProse?: TableProse, keptShares?: TableShares): { relations: TableRelationDraft[]; own: OwnRelations[] } {
	const out: TableRelationDraft[] = [];
	// The partitions first: they name the rows (铁路 under 货物运输总量) that shares and the prose look up.
	const groups: (Group[] | undefined)[] = [];
	const sumsOf = ctx.tables.map((_, ti) => {
		const own = kept[ti]?.sums;
		if (own) {
			for (const d of own) out.push(d);
			return own;
		}
		const from = out.length;
		groups[ti] = sums(ctx, ti, out);
		return out.slice(from);
	});
	let index: WholeIndex | undefined;
	const lookup = (): WholeIndex => (index ??= wholeIndex(ctx));
	const subsetsOf = ctx.tables.map((_, ti) => {
		shares(ctx, lookup, ti, out, keptShares);
		const own = kept[ti]?.subsets;
		if (own) {
			for (const d of own) out.push(d);
			return own;
		}
		const from = out.length;
		subsets(ctx, ti, groups[ti]!, out);
		indices(ctx, ti, out);
		growthRows(ctx.tables[ti]!, ti, (t, r, c) => ctx.cellClaim(t, r, c), out);
		changeRows(ctx.tables[ti]!, ti, (t, r, c) => ctx.cellClaim(t, r, c), out);
		return out.slice(from);
	});
	prose(ctx, out, keptProse);
	proseShares(ctx, out);
	notedPartitions(ctx, lookup, out);
	return { relations: out, own: ctx.tables.map((_, ti) => ({ sums: sumsOf[ti]!, subsets: subsetsOf[ti]! })) };
}
