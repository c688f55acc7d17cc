/**
 * What every relation kind shares: the figures it relates (a block's claims, read once and cached with the block),
 * interval arithmetic with the tolerance of each figure's printed precision, the arithmetic written out with the
 * figures as printed, and the relation drafts a finder produces.
 *
 * A relation holds when the stated figure's rounding interval meets the interval of what the other figures give; a
 * miss by less than one unit of the last printed digit beyond rounding is borderline.
 */
import type { Relation, RelationKind } from '../types';
import { type RawClaim, yearOf } from '../parse/claims';
import { work } from '../work';
import { gap, type Interval, meets, sub } from '../interval';
import { magnitudeWord } from '../parse/quantities';
import { THING_CLASSIFIERS } from '../parse/reading';

/** A figure as the relation finders see it: a claim of one block, with its reading and printed precision. */
export type Fig = RawClaim;

/** The values a printed figure may stand for: 45.2% means [45.15, 45.25]. */
export function interval(f: Fig): Interval {
	return { lo: f.value - f.step / 2, hi: f.value + f.step / 2 };
}

/** The scope of a figure of a whole year (全年, 年末, 2023年): no part of a year, no span of years. */
export const WHOLE_YEAR_SCOPE = /^(?:全年|年末|年底|当年|本年|(?:19|20)[0-9]{2}年(?:末|底)?)$/;

/** Words of a figure just below its number (近3000亿元, 将近, 接近), not of any below it (不到, 不足, 以下). */
const NEARLY: ReadonlySet<string> = new Set(['近', '将近', '接近']);

/** Words of a figure past its number by less than a unit of its last digit (14万多个, 300余人), not of any past it (以上, 超过). */
const ODD: ReadonlySet<string> = new Set(['多', '余']);

/**
 * The unit of a number's last digit that is not a 0 (2400 → 100, 14万 → 1万, 1.5万 → 0.1万), in digits or in words
 * (二十 → 10, 两千 → 1000, 一百四十 → 10): the place of the value's last non-zero digit in its printed steps.
 */
export function oddUnit(f: Fig): number {
	return lastDigitUnit(f.value, f.step, f.q.decimals);
}

/** oddUnit of a value printed in steps of `step` with `decimals` decimals (a figure no claim reads: peopleCounts). */
export function lastDigitUnit(value: number, step: number, decimals: number): number {
	let unit = step;
	if (decimals > 0) return unit;
	// At most as many steps as the number has digits (a value of 1e21 steps has 21).
	for (let m = Math.round(value / step); m >= 10 && m % 10 === 0; m /= 10) unit *= 10;
	return unit;
}

/**
 * The values a figure may stand for, approximations included: 超8000 is at least 8000, 14万多 from 14万 to under 15万
 * (2400多 to under 2500), 不到3000 at most 3000, 近3000 at most 3000 and near it (as 约3000, within a tenth of it: nearly 3000 is not 1000), 约3000 within a tenth of it.
 * Only for relations that hold a figure against a bound (a part against its whole).
 */
export function bounds(f: Fig): Interval {
	const exact = interval(f);
	switch (f.q.approx) {
		case 'more':
			// 14万多, 2400多亿元, 300余: past the number by less than a unit of its last digit that is not a 0 (14万多 is
			// under 15万, 2400多 under 2500, 10多 under 20).
			return { lo: exact.lo, hi: ODD.has(f.q.approxWord ?? '') ? f.value + oddUnit(f) : Infinity };
		case 'less':
			return { lo: NEARLY.has(f.q.approxWord ?? '') ? f.value * 0.9 : 0, hi: exact.hi };
		case 'about':
			return { lo: f.value * 0.9, hi: f.value * 1.1 };
		case 'exact':
			return exact;
	}
}

/** Per figure, the sum of the others: `sum(figs)` less its own interval (linear, however many figures). */
export function sumsOfOthers(figs: readonly Fig[]): Interval[] {
	const all = sum(figs);
	return figs.map((f) => ({ lo: all.lo - (f.value - f.step / 2), hi: all.hi - (f.value + f.step / 2) }));
}

export function sum(figs: readonly Fig[]): Interval {
	let lo = 0;
	let hi = 0;
	for (const f of figs) {
		lo += f.value - f.step / 2;
		hi += f.value + f.step / 2;
	}
	return { lo, hi };
}

/** a ÷ b × 100 for positive intervals. */
export function percentOf(a: Interval, b: Interval): Interval | undefined {
	if (b.lo <= 0 || a.lo < 0) return undefined;
	return { lo: (a.lo / b.hi) * 100, hi: (a.hi / b.lo) * 100 };
}

/** Does the stated interval meet the computed one? If not, is the miss within `step` (borderline)? */
export function judge(stated: Interval, computed: Interval, step: number): { ok: boolean; borderline: boolean } {
	if (meets(stated, computed)) return { ok: true, borderline: false };
	return { ok: false, borderline: gap(stated, computed) < step };
}

/** 21.2547 → "21.25"; 1260583 → "1260583" (0 to 8 decimals). */
export function fmt(n: number, decimals = 2): string {
	return String(Number(n.toFixed(Math.min(8, Math.max(0, decimals)))));
}

/** The figure in the arithmetic: its printed number alone (83080) when all operands share a scale, else its text. */
export function operand(f: Fig, bare: boolean): string {
	return bare && f.q.digits !== '' ? f.q.digits : f.text;
}

/** A value in the printed unit of `f`, with that unit (0.622万个): a sum of parts of other scales set against f. */
export function inUnitOf(f: Fig, value: number, decimals: number): string {
	return `${fmt(value / f.q.magnitude, decimals)}${magnitudeWord(f.q.magnitude)}${f.unit}`;
}

/** The figure's text with its printed number replaced by `value` (its unit and words kept): 21.3% → 21.25 → "21.3%". */
export function replacementFor(f: Fig, value: number, decimals: number): string {
	if (f.q.digits === '') return f.text;
	return `${f.text.slice(0, f.q.numStart)}${value.toFixed(decimals)}${f.text.slice(f.q.numEnd)}`;
}

/** Same unit and magnitude: the printed numbers can stand in the arithmetic without their units. */
export function sameScale(a: Fig, b: Fig): boolean {
	// A figure in characters is printed as written (operand): the arithmetic then states its units.
	return a.unit === b.unit && a.q.magnitude === b.q.magnitude && a.q.digits !== '' && b.q.digits !== '';
}

/**
 * Is a share a contribution rate, a share of growth (最终消费支出对国内生产总值增长的贡献率: its whole 对…的贡献率, as
 * claims.ts names it)? Not a share of a whole whose name opens with 对 (占对外承包工程完成营业额比重).
 */
export function ofGrowth(f: Fig): boolean {
	return f.whole !== undefined && f.whole.startsWith('对') && f.whole.endsWith('贡献率');
}

/** The same period and region: equal scopes, or one of them unstated (the paragraph's). */
export function sameScope(a: Fig, b: Fig): boolean {
	return (a.scope === b.scope || a.scope === '' || b.scope === '') && (a.region === b.region || a.region === '' || b.region === '');
}

/**
 * Whether two figures stand at the same end of a period: a from-figure (由A增加到B: A) is of its start, any other of its
 * end or of no from–to; a start is related only to a start (税收收入由50亿元增加到80亿元，一般公共预算收入由60亿元…:
 * 80亿元 is not held against 60亿元).
 */
export function sameEnd(a: Fig, b: Fig): boolean {
	return (a.fromTo === 'from') === (b.fromTo === 'from');
}

/**
 * The year a figure is of when the text says so: a date of its own (由2007年的…, 2022年…), else the year its sentence
 * opens on — which dates the end of a from–to, not its start (2012年，…由62.1亿元增加到125亿元: 62.1亿元 is of no year
 * stated).
 */
export function statedYear(f: Fig): number | undefined {
	return f.year ?? (f.fromTo === 'from' ? undefined : f.sentenceYear);
}

/** A year a scope names (2019年, 2021年末). */
const SCOPE_YEAR = /((?:19|20)[0-9]{2})年/;

/** The year a figure's own words date it to (2019年旅游总收入…, 2021年，…, 力争到2023年…), not its headings'. */
export function ownYear(f: Fig): number | undefined {
	const named = f.year ?? f.sentenceYear;
	if (named !== undefined) return named;
	const m = SCOPE_YEAR.exec(f.scope);
	return m ? Number(m[1]) : undefined;
}

/** Whether two figures are of years the text states apart (2022年…900亿元。2023年，…400亿元). */
export function otherYear(a: Fig, b: Fig): boolean {
	const ya = statedYear(a);
	const yb = statedYear(b);
	return ya !== undefined && yb !== undefined && ya !== yb;
}

/** A relation as a finder states it, over figures; the analysis turns figures into claim indices. */
export interface RelationDraft {
	readonly kind: RelationKind;
	readonly figs: readonly Fig[];
	/** The figure a fix would correct. */
	readonly target: Fig;
	readonly expression: string;
	readonly computed: number;
	readonly ok: boolean;
	readonly borderline?: boolean;
	readonly replacement?: string;
	readonly data?: Readonly<Record<string, string | number>>;
	/**
	 * For a document finder: the positions of `figs` and of `target` among all the document's figures (a figure object
	 * may stand at two places: blocks of the same text share their figures).
	 */
	readonly at?: { readonly figs: readonly number[]; readonly target: number };
	/**
	 * Per figure of `figs`, the values it may take (the others as stated) for the relation to hold; undefined where the
	 * finder does not say. What the blame pass uses to tell whether a fix of one figure keeps its other relations.
	 */
	readonly accepts?: readonly (Interval | undefined)[];
	/** The value (in base units, as printed after rounding) that `replacement` gives the target. */
	readonly fixValue?: number;
}

export interface CheckOptions {
	/** False when no single figure can be corrected (shares that miss 100%). */
	readonly fix?: boolean;
	/** The target's value per printed unit (1e8 for 亿元), so that the fix prints in its unit. */
	readonly scale?: number;
	/** Decimals of the fix (the target's own, by default). */
	readonly decimals?: number;
	/** Positions of the figures in the document (document finders). */
	readonly at?: RelationDraft['at'];
	/**
	 * Per figure, the values it may take (the others as stated) for the relation to hold — what a finder can solve
	 * for (a part of a sum: the total less the other parts). The target's is the computed interval when it can be fixed.
	 */
	readonly accepts?: readonly (Interval | undefined)[];
	/**
	 * The figures are whole things counted one by one whatever their print (三个, 一二个 in characters: the items of a
	 * list 计 opens), exact as countedExactly's.
	 */
	readonly counts?: boolean;
}

/** Classifiers of things counted one by one (个, 处, 项 …), of people (人), kinds (种), times (次, 起) and provinces (省). */
const COUNTED = new RegExp(`^[${THING_CLASSIFIERS}人种次起只枚块省]$`);

/** A count of whole things printed in full (169处, 3101人; not 1.2万个, 约300个): exact, it stands for no interval. */
function countedExactly(f: Fig): boolean {
	return f.q.approx === 'exact' && f.q.magnitude === 1 && f.q.decimals === 0 && f.q.digits !== '' && COUNTED.test(f.unit);
}

/** Collects the relations a finder finds. */
export class Sink {
	readonly drafts: RelationDraft[] = [];
	/** The part sums found so far, by their total (partSumsOf). */
	private readonly sums = new Map<Fig, RelationDraft[]>();

	/** The part sums found so far whose total is `total`. */
	partSumsOf(total: Fig): readonly RelationDraft[] {
		return this.sums.get(total) ?? [];
	}

	private keep(draft: RelationDraft): void {
		this.drafts.push(draft);
		if (draft.kind !== 'part-sum') return;
		const list = this.sums.get(draft.target);
		if (list) list.push(draft);
		else this.sums.set(draft.target, [draft]);
	}

	/**
	 * A relation judged with interval arithmetic: the target's stated interval against the computed one. The fix
	 * prints `computed` in the target's unit and decimals.
	 */
	check(
		kind: RelationKind,
		figs: readonly Fig[],
		target: Fig,
		expression: string,
		computed: number,
		stated: Interval,
		computedInterval: Interval,
		data: Readonly<Record<string, string | number>>,
		{ fix = true, scale = 1, decimals = target.q.decimals, at, accepts, counts = false }: CheckOptions = {},
	): void {
		// Whole things counted one by one (169处 = 40处 + 58处 + 64处 + 7处) are printed exactly, with no rounding: a miss
		// of one is a miss, and no borderline one.
		const counted = counts || figs.every(countedExactly);
		const { ok, borderline } = counted ? judge({ lo: target.value, hi: target.value }, { lo: computed, hi: computed }, 0) : judge(stated, computedInterval, target.step);
		const printed = Number((computed / scale).toFixed(decimals));
		this.keep({
			kind,
			figs,
			target,
			expression,
			computed,
			ok,
			...(ok ? {} : { borderline }),
			// A figure in characters is offered no fix (its number is not printed in digits to replace).
			...(!ok && fix ? { ...(target.q.digits !== '' ? { replacement: replacementFor(target, computed / scale, decimals) } : {}), fixValue: printed * scale } : {}),
			data,
			...(at ? { at } : {}),
			accepts: figs.map((f, k) => (f === target && fix ? computedInterval : accepts?.[k])),
		});
	}

	/** A relation judged by the finder itself (a subset, a restatement, a multiple read loosely). */
	add(draft: RelationDraft): void {
		this.keep(draft);
	}
}

/**
 * The figures of one relation stand near each other: a search for the others looks at most this many figures away.
 * It keeps every search bounded, so that the relation pass stays linear on a sentence of ten thousand figures.
 */
export const WINDOW = 16;

/** The latest of list[from − 1], list[from − 2], … (at most WINDOW of them) that satisfies `ok`. */
/** Words that compare a change with another base than the figures before it: 超过全省平均增幅1.6个百分点, 高于全国. */
const OTHER_BASE = /高于|低于|快于|慢于|超过|超出|领先|比全|较全/;

/**
 * Whether change `c`, after `由A…到B` in its segment, states the change between them (`B − A`, `B ÷ A`): of the same
 * statistic, not an annual average (年均, 平均每年), not a part (其中出口增长1.5倍), not of a year of its own
 * (其中2025年增加1.3万吨), not compared with another base (超过全省平均增幅1.6个百分点) nor with the year before when the
 * two figures are years apart (由2018年的55.2%提高到2023年的62.1%，比上年提高0.8个百分点).
 */
export function changeOfFromTo(c: Fig, to: Fig, from?: Fig): boolean {
	// A change on the year before (比上年提高0.8个百分点) after 由2018年的…到2023年的… is that year's, not the period's.
	const yearOnYear = c.comparative && from?.year !== undefined && to.year !== undefined && to.year - from.year > 1;
	return c.key === to.key && !c.annualAverage && !c.part && c.year === undefined && !YEAR.test(c.scope) && !OTHER_BASE.test(c.context) && !yearOnYear && !(from && otherBaseYear(c, from));
}

/** A base year a change names of its own: 比2015年增长2倍, 比一九五〇年增长百分之三〇〇. */
const BASE_YEAR = /[比较]((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年/;

/**
 * Whether change `c` is over a base year of its own that is not the year of `from` (由一九六〇年的A增加到一九六五年的B，增长
 * 百分之一〇〇，比一九五〇年增长百分之三〇〇: the second rate is over 1950, not over A) — a from–to's change only when its
 * A is of that year.
 */
export function otherBaseYear(c: Fig, from: Fig): boolean {
	const base = BASE_YEAR.exec(c.context);
	return base !== null && from.year !== yearOf(base[0]);
}

const YEAR = /(?:19|20)[0-9]{2}/;

export function latestBefore(list: readonly Fig[], from: number, ok: (f: Fig) => boolean): Fig | undefined {
	work.relations += WINDOW;
	for (let k = from - 1; k >= 0 && k >= from - WINDOW; k--) if (ok(list[k]!)) return list[k];
	return undefined;
}

/** The first figure after `from`, within WINDOW, that `ok` accepts. */
export function earliestAfter(list: readonly Fig[], from: number, ok: (f: Fig) => boolean): Fig | undefined {
	work.relations += WINDOW;
	for (let k = from + 1; k < list.length && k <= from + WINDOW; k++) if (ok(list[k]!)) return list[k];
	return undefined;
}


/** One figure named again in a group (`list`, first the reference) as a restatement relation over their claims `ids`:
 * ok when none disagrees, else on the first that does (`blamed`). Shared by the counts of people and the spans of years. */
export function groupRestatement(ids: readonly number[], list: readonly { readonly text: string; readonly value: number }[], blamed: { readonly text: string } | undefined, subject: string): Relation {
	const first = list[0]!;
	return {
		kind: 'restatement',
		claims: ids,
		target: blamed === undefined ? ids[0]! : ids[list.indexOf(blamed as (typeof list)[number])]!,
		expression: list.map((c) => c.text).join(blamed === undefined ? ' = ' : ' ≠ '),
		computed: first.value,
		ok: blamed === undefined,
		data: { first: first.text, second: (blamed ?? first).text, subject, scope: '' },
	};
}

/**
 * Check that `parts` add up to `total` (claim.part-sum), the arithmetic written out with the figures as printed; a part may
 * be the total less the others. `identity`: how the text says they are its parts (data.identity).
 */
export function checkPartSum(b: Sink, total: Fig, parts: readonly Fig[], identity: string, options: { readonly at?: RelationDraft['at']; readonly fix?: boolean; readonly counts?: boolean } = {}): void {
	const value = parts.reduce((n, f) => n + f.value, 0);
	const bare = parts.every((f) => sameScale(f, total));
	const expr = `${parts.map((f) => operand(f, bare)).join(' + ')} = ${bare ? fmt(value / total.q.magnitude, total.q.decimals) : inUnitOf(total, value, total.q.decimals)}`;
	const accepts = [undefined, ...sumsOfOthers(parts).map((others) => sub(interval(total), others))];
	b.check('part-sum', [total, ...parts], total, expr, value, interval(total), sum(parts), { identity, stated: total.text }, { scale: total.q.magnitude, accepts, ...options });
}
