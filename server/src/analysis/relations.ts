/**
 * The relation pass: relates the figures that the text relates and recomputes what can be recomputed, with the
 * tolerance of every figure's printed precision. A relation holds when the stated figure's rounding interval
 * meets the interval of what the other figures give; a borderline miss (less than one unit of the last printed
 * digit beyond rounding) is told apart from a real one.
 *
 * Growth rates of GDP and value added are at comparable prices, so they are never recomputed from two nominal
 * values; only figures that the text itself relates are compared.
 */
import type { Claim, Relation, RelationKind } from './types';
import type { RawClaim } from './parse/claims';
import { work } from './work';

/** A claim with where it stands: its block and its raw reading. */
export interface PlacedClaim {
	readonly raw: RawClaim;
	readonly block: number;
	readonly index: number;
	readonly claim: Claim;
	/** Value of one unit in the last printed digit (the claim's rounding). */
	readonly step: number;
	/** An exact figure printed in digits: only such figures are recomputed (see `exact`). */
	readonly exact: boolean;
}

interface Interval {
	readonly lo: number;
	readonly hi: number;
}

/** The values a printed figure may stand for: 45.2% means [45.15, 45.25]. */
function interval(c: Claim, step: number): Interval {
	return { lo: c.value - step / 2, hi: c.value + step / 2 };
}

function add(a: Interval, b: Interval): Interval {
	return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}
function sub(a: Interval, b: Interval): Interval {
	return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}
/** a ÷ b × 100 for positive intervals. */
function percentOf(a: Interval, b: Interval): Interval | undefined {
	if (b.lo <= 0 || a.lo < 0) return undefined;
	return { lo: (a.lo / b.hi) * 100, hi: (a.hi / b.lo) * 100 };
}
function mid(i: Interval): number {
	return (i.lo + i.hi) / 2;
}

/** Does the stated interval meet the computed one? If not, is the miss within one printed unit (borderline)? */
function judge(stated: Interval, computed: Interval, step: number): { ok: boolean; borderline: boolean } {
	if (stated.hi >= computed.lo && stated.lo <= computed.hi) return { ok: true, borderline: false };
	const gap = stated.lo > computed.hi ? stated.lo - computed.hi : computed.lo - stated.hi;
	return { ok: false, borderline: gap < step };
}

/** 21.2547 → "21.25"; 1260583 → "1260583". */
function fmt(n: number, decimals = 2): string {
	const r = Number(n.toFixed(decimals));
	return String(r);
}

/** The figure as printed, without approximation words: 83080亿元 → "83080" when all operands share a unit. */
function operand(c: Claim, bare: boolean): string {
	if (!bare) return c.text;
	const m = /[-−－]?[0-9０-９][0-9０-９,.．]*/.exec(c.text);
	return m ? m[0] : c.text;
}

/** The text that replaces the target's number with `value`, keeping its unit: 21.3% → 21.25… rounded as printed. */
function replacementFor(c: Claim, value: number, decimals: number): string {
	const m = /[-−－]?[0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?/.exec(c.text);
	if (!m) return c.text;
	return `${c.text.slice(0, m.index)}${value.toFixed(decimals)}${c.text.slice(m.index + m[0].length)}`;
}

/** The printed number of a claim: 83080亿元 → 83080 (its value is 8.308e12). */
function mantissaOf(c: Claim): number {
	const m = /[-−－]?[0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?/.exec(c.text);
	const n = m ? Number(m[0].replace(/,/g, '').replace(/[−－]/, '-').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace('．', '.')) : NaN;
	return Number.isFinite(n) && n !== 0 ? n : c.value || 1;
}

/** Same unit and magnitude: the printed numbers can stand in the arithmetic without their units. */
function sameScale(a: Claim, b: Claim): boolean {
	return a.unit === b.unit && Math.abs(a.value / mantissaOf(a) - b.value / mantissaOf(b)) < 1e-9 * Math.abs(a.value / mantissaOf(a));
}

function decimalsOf(c: Claim): number {
	const m = /[.．]([0-9０-９]+)/.exec(c.text);
	return m ? m[1]!.length : 0;
}

/**
 * Only exact figures printed in digits are recomputed: an approximation (多, 约, 以上) is a bound, and a figure
 * in Chinese numerals (百分之三四) has no printed precision to round by.
 */
export const isExactFigure = (c: Claim): boolean => c.approx === 'exact' && /[0-9０-９]/.test(c.text);
const exact = (p: PlacedClaim): boolean => p.exact;

/**
 * The figures of one relation stand near each other: a search for the others looks at most this many claims away.
 * It keeps every search bounded, so that the relation pass stays linear on a sentence of ten thousand figures.
 */
const WINDOW = 16;

/** The latest of list[from − 1], list[from − 2], … (at most WINDOW of them) that satisfies `ok`. */
function latestBefore(list: readonly PlacedClaim[], from: number, ok: (p: PlacedClaim) => boolean): PlacedClaim | undefined {
	work.relations += WINDOW;
	for (let k = from - 1; k >= 0 && k >= from - WINDOW; k--) if (ok(list[k]!)) return list[k];
	return undefined;
}

/** The first of list[from + 1], list[from + 2], … (at most WINDOW of them) that satisfies `ok`. */
function firstAfter(list: readonly PlacedClaim[], from: number, ok: (p: PlacedClaim) => boolean): PlacedClaim | undefined {
	work.relations += WINDOW;
	for (let k = from + 1; k < list.length && k <= from + WINDOW; k++) if (ok(list[k]!)) return list[k];
	return undefined;
}

/** The last of a list's WINDOW last claims that satisfies `ok`. */
function lastOf(list: readonly PlacedClaim[] | undefined, ok: (p: PlacedClaim) => boolean): PlacedClaim | undefined {
	return list ? latestBefore(list, list.length, ok) : undefined;
}

/** In a list in document order, the latest claim before claim `index` that satisfies `ok` (binary search, then WINDOW back). */
function latestBeforeIndex(list: readonly PlacedClaim[] | undefined, index: number, ok: (p: PlacedClaim) => boolean): PlacedClaim | undefined {
	if (!list) return undefined;
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid]!.index < index) lo = mid + 1;
		else hi = mid;
	}
	return latestBefore(list, lo, ok);
}
/** Same unit family for an amount and its change: 亿元 and 亿元, 万人 and 万人. */
const sameUnit = (a: Claim, b: Claim): boolean => a.unit === b.unit;
/** GDP, value added, and real growth: rates at comparable prices. */
const COMPARABLE_PRICES = /生产总值|增加值|GDP|实际|可比价|不变价|工业生产|产量指数/;
/** Balances (存款余额, 贷款余额) grow on a comparable basis that revisions change: their rates are not recomputed. */
const COMPARABLE_BASIS = /余额/;

class Builder {
	readonly relations: Relation[] = [];

	/**
	 * A relation computed with interval arithmetic. `fix: false` when no single figure can be corrected (shares that
	 * miss 100%); `scale`: the target's value per printed unit (1e8 for 亿元), so that the fix prints in its unit.
	 */
	push(
		kind: RelationKind,
		involved: readonly PlacedClaim[],
		target: PlacedClaim,
		expression: string,
		computed: number,
		stated: Interval,
		computedI: Interval,
		decimals: number,
		data?: Record<string, string | number>,
		{ fix = true, scale = 1 }: { fix?: boolean; scale?: number } = {},
	): void {
		const { ok, borderline } = judge(stated, computedI, target.step);
		this.relations.push({
			kind,
			claims: involved.map((p) => p.index),
			target: target.index,
			expression,
			computed,
			ok,
			...(ok ? {} : { borderline }),
			...(!ok && fix ? { replacement: replacementFor(target.claim, computed / scale, decimals) } : {}),
			...(data ? { data } : {}),
		});
	}

	iv(p: PlacedClaim): Interval {
		return interval(p.claim, p.step);
	}
}

/** Lookups that keep the relation pass linear: claims by block and by subject, in document order. */
interface Index {
	readonly byBlock: ReadonlyMap<number, readonly PlacedClaim[]>;
	readonly bySubject: ReadonlyMap<string, readonly PlacedClaim[]>;
}

function buildIndex(claims: readonly PlacedClaim[]): Index {
	const byBlock = new Map<number, PlacedClaim[]>();
	const bySubject = new Map<string, PlacedClaim[]>();
	for (const p of claims) {
		let b = byBlock.get(p.block);
		if (!b) byBlock.set(p.block, (b = []));
		b.push(p);
		let s = bySubject.get(p.claim.subject);
		if (!s) bySubject.set(p.claim.subject, (s = []));
		s.push(p);
	}
	return { byBlock, bySubject };
}

/** Claims come in document order, so a segment's claims are consecutive: cut where (block, segment) changes. */
function bySegment(claims: readonly PlacedClaim[]): PlacedClaim[][] {
	const groups: PlacedClaim[][] = [];
	let current: PlacedClaim[] = [];
	for (const p of claims) {
		const last = current[current.length - 1];
		if (last && (last.block !== p.block || last.raw.segment !== p.raw.segment)) {
			groups.push(current);
			current = [];
		}
		current.push(p);
	}
	if (current.length > 0) groups.push(current);
	return groups;
}

// ───────────────────────────── percent change ─────────────────────────────

/**
 * 全年财政收入83080亿元，比上年增加14562亿元，增长21.3% → 14562 ÷ (83080 − 14562) = 21.25%.
 * 由A增加到B，增长C% → (B − A) ÷ A = C%.
 * 增加2.8万元，增幅45.2% → 原值 2.8 ÷ 45.2% ≈ 6.19万元 (implied, for the hover).
 */
function percentChange(b: Builder, segment: readonly PlacedClaim[]): void {
	for (let i = 0; i < segment.length; i++) {
		const c = segment[i]!;
		if (c.raw.kind !== 'change' || c.claim.unit !== '%' || c.raw.annualAverage || c.raw.real || !exact(c)) continue;
		if (COMPARABLE_PRICES.test(c.claim.subject) || COMPARABLE_BASIS.test(c.claim.subject)) continue;
		const same = (p: PlacedClaim): boolean => p.claim.subject === c.claim.subject && exact(p);
		// 由A到B
		const to = latestBefore(segment, i, (p) => same(p) && p.raw.fromTo === 'to' && p.claim.unit !== '%');
		const from = to ? latestBefore(segment, i, (p) => same(p) && p.raw.fromTo === 'from' && sameUnit(p.claim, to.claim)) : undefined;
		if (from && to) {
			const base = b.iv(from);
			const delta = sub(b.iv(to), base);
			const sign = c.claim.direction === 'down' ? -1 : 1;
			const pct = percentOf({ lo: Math.abs(delta.lo), hi: Math.abs(delta.hi) }, base);
			if (!pct || Math.sign(mid(delta)) !== sign) continue;
			const lo = Math.min(pct.lo, pct.hi);
			const hi = Math.max(pct.lo, pct.hi);
			const bare = sameScale(from.claim, to.claim);
			const computed = (Math.abs(to.claim.value - from.claim.value) / from.claim.value) * 100;
			const expr = `(${operand(to.claim, bare)} − ${operand(from.claim, bare)}) ÷ ${operand(from.claim, bare)} = ${fmt(computed)}%`;
			b.push('percent-change', [from, to, c], c, expr, computed, b.iv(c), { lo, hi }, decimalsOf(c.claim), { stated: c.claim.text });
			continue;
		}
		// V, 比上年增加D, 增长C%
		const d = latestBefore(segment, i, (p) => same(p) && p.raw.kind === 'change' && p.claim.unit !== '%' && p.claim.direction === c.claim.direction);
		const v = d ? latestBefore(segment, i, (p) => same(p) && p.raw.kind === 'amount' && sameUnit(p.claim, d.claim) && p.index < d.index) : undefined;
		if (d && v) {
			const up = c.claim.direction !== 'down';
			const base = up ? sub(b.iv(v), b.iv(d)) : add(b.iv(v), b.iv(d));
			const pct = percentOf(b.iv(d), base);
			if (!pct) continue;
			const baseValue = up ? v.claim.value - d.claim.value : v.claim.value + d.claim.value;
			const computed = (d.claim.value / baseValue) * 100;
			const bare = sameScale(d.claim, v.claim);
			const expr = `${operand(d.claim, bare)} ÷ (${operand(v.claim, bare)} ${up ? '−' : '+'} ${operand(d.claim, bare)}) = ${fmt(computed)}%`;
			b.push('percent-change', [v, d, c], c, expr, computed, b.iv(c), pct, decimalsOf(c.claim), { stated: c.claim.text });
			continue;
		}
		// 增加D，增幅C%: no base stated; the implied base and new value are shown on hover.
		if (d && c.claim.value > 0) {
			const baseValue = d.claim.value / (c.claim.value / 100);
			const current = c.claim.direction === 'down' ? baseValue - d.claim.value : baseValue + d.claim.value;
			// In the change's own unit: 2.8万元 → 6.19万元, 8.99万元.
			const scale = d.claim.value / mantissaOf(d.claim);
			const suffix = d.claim.text.replace(/^[^0-9０-９]*[0-9０-９,.．]+/, '');
			const shown = (v: number): string => `${fmt(v / scale, Math.max(2, decimalsOf(d.claim)))}${suffix}`;
			b.relations.push({
				kind: 'implied-base',
				claims: [d.index, c.index],
				target: d.index,
				expression: `${operand(d.claim, true)} ÷ ${fmt(c.claim.value / 100, 4)} = ${shown(baseValue)}`,
				computed: baseValue,
				ok: true,
				data: { base: shown(baseValue), current: shown(current) },
			});
		}
	}
}

// ───────────────────────────── part sums (identities) ─────────────────────────────

interface Identity {
	readonly name: string;
	readonly total: RegExp;
	readonly parts: readonly RegExp[];
	/** total = parts[0] − parts[1] (顺差 = 出口 − 进口; 自然增长率 = 出生率 − 死亡率) */
	readonly difference?: boolean;
	readonly unitPercent?: boolean;
	/** A word every part's subject contains (a cheap test before the regexes). */
	readonly keyword: string;
}

/** Accounting identities of statistics. Subjects match whole (after scope words are removed). */
const IDENTITIES: readonly Identity[] = [
	{ name: 'gdp', keyword: '产业增加值', total: /^(?:国内|地区)生产总值$/, parts: [/^第一产业增加值$/, /^第二产业增加值$/, /^第三产业增加值$/] },
	{ name: 'trade', keyword: '口', total: /^(?:货物)?进出口总额$/, parts: [/^(?:货物)?出口(?:额)?$/, /^(?:货物)?进口(?:额)?$/] },
	{ name: 'balance', keyword: '口', total: /^(?:货物(?:进出口)?|进出口)?(?:顺差|贸易顺差|差额)$/, parts: [/^(?:货物)?出口(?:额)?$/, /^(?:货物)?进口(?:额)?$/], difference: true },
	{ name: 'urban-rural', keyword: '人口', total: /^(?:全国|全省|全市|年末)?(?:总)?(?:常住)?人口$/, parts: [/^城镇(?:常住)?人口$/, /^乡村(?:常住)?人口$/] },
	{ name: 'sex', keyword: '人口', total: /^(?:全国|全省|全市|年末)?(?:总)?(?:常住)?人口$/, parts: [/^男性人口$/, /^女性人口$/] },
	{ name: 'natural-growth', keyword: '率', total: /^(?:人口)?自然增长率$/, parts: [/^(?:人口)?出生率$/, /^(?:人口)?死亡率$/], difference: true, unitPercent: true },
];

function partSums(b: Builder, block: readonly PlacedClaim[], index: Index): void {
	// Most blocks name none of the identities' parts: say so with one string test per identity.
	let subjects = '';
	for (const p of block) subjects += `${p.claim.subject}|`;
	for (const id of IDENTITIES) {
		if (!subjects.includes(id.keyword)) continue;
		const amount = (p: PlacedClaim): boolean =>
			exact(p) && (id.unitPercent ? p.claim.unit === '‰' || p.claim.unit === '%' || p.raw.kind === 'level' || p.raw.kind === 'amount' : p.raw.kind === 'amount');
		// Each run of parts (the first part and the others right after it, within two sentences) with its total: the
		// total in the sentences around them, or the latest one before them in the document. A paragraph may hold
		// several such runs (全国…；对共建国家…其中出口…进口…); each is checked with its own total.
		const first = block[0]!.index;
		for (const start of block) {
			if (!id.parts[0]!.test(start.claim.subject) || !amount(start)) continue;
			const at = start.index - first;
			const near = (p: PlacedClaim): boolean => Math.abs(p.raw.sentence - start.raw.sentence) <= 1;
			const ps: PlacedClaim[] = [start];
			for (const re of id.parts.slice(1)) {
				const part = firstAfter(block, at, (p) => near(p) && re.test(p.claim.subject) && amount(p));
				if (part) ps.push(part);
			}
			if (ps.length !== id.parts.length) continue;
			const unit = start.claim.unit;
			if (!ps.every((p) => p.claim.unit === unit)) continue;
			// The total is the amount nearest to the run: the one just before it for a sum (总额…，其中出口…、进口…), the one
			// just after it for a difference (出口…、进口…。顺差…). Another amount in between (对共建国家进出口额…) means the
			// run belongs to that one, and there is no identity to check.
			const isAmount = (p: PlacedClaim): boolean => p.raw.kind === 'amount' && p.claim.unit === unit && !ps.includes(p);
			const last = ps[ps.length - 1]!;
			const total = id.difference
				? firstAfter(block, last.index - first, isAmount)
				: (latestBefore(block, at, isAmount) ?? (at < WINDOW ? lastOf(index.byBlock.get(start.block - 1), isAmount) : undefined));
			if (!total || !id.total.test(total.claim.subject) || !amount(total) || !sameScope(total.claim, start.claim)) continue;
			if (Math.abs(total.raw.sentence - (id.difference ? last : start).raw.sentence) > 2 && total.block === start.block) continue;
			checkIdentity(b, id, total, ps);
		}
	}
	contributions(b, block, index);
}

function checkIdentity(b: Builder, id: Identity, total: PlacedClaim, ps: readonly PlacedClaim[]): void {
	{
		const sum = id.difference ? sub(b.iv(ps[0]!), b.iv(ps[1]!)) : ps.slice(1).reduce((acc, p) => add(acc, b.iv(p)), b.iv(ps[0]!));
		const value = id.difference ? ps[0]!.claim.value - ps[1]!.claim.value : ps.reduce((n, p) => n + p.claim.value, 0);
		const op = id.difference ? ' − ' : ' + ';
		const bare = ps.every((p) => sameScale(p.claim, total.claim));
		const scale = total.claim.value / mantissaOf(total.claim);
		const expr = `${ps.map((p) => operand(p.claim, bare)).join(op)} = ${fmt(value / scale, decimalsOf(total.claim))}`;
		b.push('part-sum', [total, ...ps], total, expr, value, b.iv(total), sum, decimalsOf(total.claim), { identity: id.name, stated: total.claim.text }, { scale });
	}
}

/**
 * 最终消费支出拉动国内生产总值增长4.3个百分点，资本形成总额拉动…1.5个百分点，货物和服务净出口向下拉动…0.6个百分点
 * → 4.3 + 1.5 − 0.6 = 5.2 = 比上年增长5.2%.
 */
function contributions(b: Builder, block: readonly PlacedClaim[], index: Index): void {
	const pulls = block.filter((p) => p.raw.kind === 'contribution' && exact(p));
	if (pulls.length < 2) return;
	const whole = pulls[0]!.raw.whole ?? '';
	if (!whole || !pulls.every((p) => (p.raw.whole ?? '') === whole)) return;
	// The components must be distinct; the whole's growth is stated before them, in this block or just before.
	if (new Set(pulls.map((p) => p.claim.subject)).size !== pulls.length) return;
	const first = pulls[0]!.index;
	const isGrowth = (p: PlacedClaim): boolean => p.index < first && p.claim.subject === whole && p.raw.kind === 'change' && p.claim.unit === '%' && exact(p);
	const growth = latestBefore(block, first - block[0]!.index, isGrowth) ?? lastOf(index.byBlock.get(pulls[0]!.block - 1), isGrowth);
	if (!growth) return;
	let sum: Interval = { lo: 0, hi: 0 };
	let value = 0;
	const terms: string[] = [];
	for (const p of pulls) {
		const iv = b.iv(p);
		const down = p.claim.direction === 'down';
		sum = down ? sub(sum, iv) : add(sum, iv);
		value += down ? -p.claim.value : p.claim.value;
		terms.push(`${terms.length === 0 ? (down ? '−' : '') : down ? ' − ' : ' + '}${operand(p.claim, true)}`);
	}
	const signedGrowth = growth.claim.direction === 'down' ? -growth.claim.value : growth.claim.value;
	const stated = b.iv(growth);
	const statedSigned = growth.claim.direction === 'down' ? { lo: -stated.hi, hi: -stated.lo } : stated;
	const expr = `${terms.join('')} = ${fmt(value, 1)}（${growth.claim.text}）`;
	// The growth figure can take the sum only when they go the same way: its direction word (增长/下降) stays.
	const sameDirection = Math.sign(value) === Math.sign(signedGrowth);
	b.push('part-sum', [growth, ...pulls], growth, expr, Math.abs(value), statedSigned, sum, decimalsOf(growth.claim), { identity: 'contributions', stated: growth.claim.text }, { fix: sameDirection });
}

// ───────────────────────────── shares ─────────────────────────────

const COMPLETE_SETS: readonly (readonly string[])[] = [
	['第一产业', '第二产业', '第三产业'],
	['最终消费支出', '资本形成总额', '货物和服务净出口'],
];

/** The most parts of one breakdown (shares, contributions) a set check reads. */
const MAX_SET = 12;

/** Shares of one whole in a block: more than 100% together, or, for the three industries, not 100%. */
function shareSums(b: Builder, block: readonly PlacedClaim[]): void {
	const shares = block.filter((p) => p.raw.kind === 'share' && p.claim.unit === '%' && exact(p));
	// Shares are of one breakdown when one sentence lists them (民营企业… and 一般贸易… are two breakdowns).
	const byWhole = new Map<string, PlacedClaim[]>();
	let lastWhole = '';
	for (const p of shares) {
		const whole = p.raw.whole ?? lastWhole;
		if (!whole) continue;
		lastWhole = whole;
		const key = `${p.raw.sentence}|${whole}`;
		let g = byWhole.get(key);
		if (!g) byWhole.set(key, (g = []));
		// A breakdown has a handful of parts; a longer run of shares is no set this check can read.
		if (g.length <= MAX_SET && !g.some((x) => x.claim.subject === p.claim.subject)) g.push(p);
	}
	for (const [key, g] of byWhole) {
		const whole = key.slice(key.indexOf('|') + 1);
		if (g.length < 2 || g.length > MAX_SET - 1 || g.some((p) => p.claim.subject === '')) continue;
		// Shares of a whole by distinct, non-nested parts: a part whose name holds another's is a sub-part.
		if (g.some((p) => g.some((o) => o !== p && o.claim.subject.includes(p.claim.subject)))) continue;
		const sum = g.reduce((acc, p) => add(acc, b.iv(p)), { lo: 0, hi: 0 });
		const value = g.reduce((n, p) => n + p.claim.value, 0);
		// Complete sets: the three industries; the three uses of GDP (消费, 投资, 净出口) for contribution rates.
		const complete = COMPLETE_SETS.some((set) => g.length === set.length && g.every((p, i) => p.claim.subject.startsWith(set[i]!)));
		const expr = `${g.map((p) => operand(p.claim, true)).join(' + ')} = ${fmt(value, 1)}%`;
		if (complete) {
			b.push('share-sum', g, g[g.length - 1]!, expr, value, { lo: 100, hi: 100 }, sum, 1, { whole, complete: 'yes' }, { fix: false });
		} else if (sum.lo > 100) {
			b.push('share-sum', g, g[g.length - 1]!, expr, value, { lo: 0, hi: 100 }, sum, 1, { whole, complete: 'no' }, { fix: false });
		}
	}
}

/** The same period: equal scopes, or one of them unstated (the paragraph's period). */
function sameScope(a: Claim, b: Claim): boolean {
	return a.scope === b.scope || a.scope === '' || b.scope === '';
}

/**
 * A share with both its part and its whole: 民营企业进出口额223601亿元，…，占进出口总额比重为53.5% with
 * 货物进出口总额417568亿元 stated before → 223601 ÷ 417568 = 53.55%.
 */
/**
 * Prefixes under which a subject still names the whole: 货物进出口总额 is 进出口总额; 农村居民人均消费支出 is not
 * 居民人均消费支出 (it is a part of it).
 */
const WHOLE_PREFIXES = ['', '全国', '全省', '全市', '全区', '全县', '货物', '全社会', '全部', '全体'];

function ratios(b: Builder, segment: readonly PlacedClaim[], index: Index): void {
	for (const s of segment) {
		// A share in 由A%提高到B% is a change of the share, not its level with these figures.
		if (s.raw.kind !== 'share' || s.claim.unit !== '%' || !s.raw.whole || !exact(s) || s.raw.fromTo) continue;
		const whole = s.raw.whole;
		const part = latestBefore(segment, s.index - segment[0]!.index, (p) => p.raw.kind === 'amount' && p.claim.subject === s.claim.subject && p.claim.subject !== '' && exact(p));
		if (!part) continue;
		// The whole, named as such (全国居民人均消费支出 for 居民人均消费支出), the latest one stated.
		const isTotal = (p: PlacedClaim): boolean => p.index !== part.index && p.raw.kind === 'amount' && exact(p) && p.claim.unit === part.claim.unit && sameScope(p.claim, part.claim);
		let total: PlacedClaim | undefined;
		for (const prefix of WHOLE_PREFIXES) {
			const t = latestBeforeIndex(index.bySubject.get(prefix + whole), s.index, isTotal);
			if (t && (!total || t.index > total.index)) total = t;
		}
		if (!total || total.claim.value <= part.claim.value) continue;
		const pct = percentOf(b.iv(part), b.iv(total));
		if (!pct) continue;
		const computed = (part.claim.value / total.claim.value) * 100;
		const expr = `${operand(part.claim, sameScale(part.claim, total.claim))} ÷ ${operand(total.claim, sameScale(part.claim, total.claim))} = ${fmt(computed)}%`;
		b.push('ratio', [part, total, s], s, expr, computed, b.iv(s), pct, decimalsOf(s.claim), { whole, stated: s.claim.text });
	}
}

// ───────────────────────────── subsets, percentage points, multiples ─────────────────────────────

/** 11项对标指标中10项 — a part larger than its whole (N…中M with M > N, of one unit). */
function subsets(b: Builder, segment: readonly PlacedClaim[], text: (p: PlacedClaim, q: PlacedClaim) => string): void {
	for (let i = 0; i + 1 < segment.length; i++) {
		const whole = segment[i]!;
		const part = segment[i + 1]!;
		if (!exact(whole) || !exact(part) || whole.claim.unit !== part.claim.unit || whole.claim.unit === '%' || whole.claim.unit === '') continue;
		const between = text(whole, part);
		// 11项对标指标中10项: the whole, a short noun, 中, the part.
		if (!/^[\u4e00-\u9fff]{0,8}中$/.test(between)) continue;
		const ok = part.claim.value <= whole.claim.value;
		b.relations.push({
			kind: 'subset',
			claims: [whole.index, part.index],
			target: part.index,
			expression: `${part.claim.text} ≤ ${whole.claim.text}`,
			computed: whole.claim.value,
			ok,
			data: { whole: whole.claim.text, part: part.claim.text },
		});
	}
}

/**
 * 由A%提高到B%，提高C个百分点: C = B − A. Written “提高C%” where C = B − A, the % stands where 百分点 is meant.
 */
function percentagePoints(b: Builder, segment: readonly PlacedClaim[]): void {
	for (let i = 0; i < segment.length; i++) {
		const c = segment[i]!;
		if (c.raw.kind !== 'change' || !exact(c)) continue;
		if (c.claim.unit !== '%' && c.claim.unit !== '个百分点' && c.claim.unit !== '百分点') continue;
		const to = latestBefore(segment, i, (p) => p.raw.fromTo === 'to' && p.claim.unit === '%' && exact(p));
		const from = to ? latestBefore(segment, i, (p) => p.raw.fromTo === 'from' && p.claim.unit === '%' && exact(p)) : undefined;
		if (!from || !to) continue;
		const diff = sub(b.iv(to), b.iv(from));
		const absDiff = { lo: Math.min(Math.abs(diff.lo), Math.abs(diff.hi)), hi: Math.max(Math.abs(diff.lo), Math.abs(diff.hi)) };
		const pp = Math.abs(to.claim.value - from.claim.value);
		const expr = `${operand(to.claim, true)} − ${operand(from.claim, true)} = ${fmt(pp, Math.max(decimalsOf(to.claim), decimalsOf(from.claim)))}`;
		if (c.claim.unit === '%') {
			// Relative change is percent-change's to check; this rule speaks when C is the difference in points.
			const relative = percentOf(absDiff, b.iv(from));
			const matchesPoints = judge(b.iv(c), absDiff, 0).ok;
			const matchesRelative = relative ? judge(b.iv(c), relative, 0).ok : false;
			if (matchesPoints && !matchesRelative) {
				b.relations.push({
					kind: 'percentage-point',
					claims: [from.index, to.index, c.index],
					target: c.index,
					expression: expr,
					computed: pp,
					ok: false,
					replacement: c.claim.text.replace(/[%％]$/, '个百分点'),
					data: { stated: c.claim.text, points: fmt(pp, 2) },
				});
			}
			continue;
		}
		b.push('percentage-point', [from, to, c], c, expr, pp, b.iv(c), absDiff, decimalsOf(c.claim), { stated: c.claim.text, points: fmt(pp, 2) });
	}
}

/** 由A增加到B，翻了一番 / 增长N倍 (= ×(N+1)) / 增长到N倍 (= ×N). */
function multiples(b: Builder, segment: readonly PlacedClaim[], textAfter: (p: PlacedClaim) => string): void {
	const to = segment.find((p) => p.raw.fromTo === 'to' && exact(p));
	const from = to ? segment.find((p) => p.raw.fromTo === 'from' && p.index < to.index && sameUnit(p.claim, to.claim) && exact(p)) : undefined;
	if (!from || !to || from.claim.value <= 0) return;
	const ratio = to.claim.value / from.claim.value;
	const after = textAfter(to);
	let factor: number | undefined;
	let target: PlacedClaim | undefined;
	let words = '';
	const fan = /^[，,]?(?:实现|增长了?|增加了?)?翻(了)?(一|两|二|三)番/.exec(after);
	if (fan) {
		factor = 2 ** ({ 一: 1, 两: 2, 二: 2, 三: 3 } as Record<string, number>)[fan[2]!]!;
		words = fan[0].replace(/^[，,]/, '');
	} else {
		const m = segment.find((p) => p.index > to.index && p.claim.unit === '倍' && exact(p));
		if (m) {
			const prefix = textAfter(to).slice(0, 12);
			const grewTo = /(?:增长|增加|提高)到/.test(prefix) || (/^[，,]?[是为]/.test(prefix) && prefix.includes('的'));
			factor = grewTo ? m.claim.value : m.claim.value + 1;
			target = m;
			words = grewTo ? `增长到${m.claim.text}` : `增长${m.claim.text}`;
		}
	}
	if (factor === undefined) return;
	// A multiple is read loosely: 翻一番 is about ×2. Off by more than a tenth is a contradiction.
	const ok = Math.abs(ratio - factor) <= factor * 0.1;
	b.relations.push({
		kind: 'multiple',
		claims: [from.index, to.index, ...(target ? [target.index] : [])],
		target: (target ?? to).index,
		expression: `${to.claim.text} ÷ ${from.claim.text} = ${fmt(ratio, 2)}`,
		computed: ratio,
		ok,
		data: { words, factor, ratio: fmt(ratio, 2) },
	});
}

// ───────────────────────────── restatements ─────────────────────────────

/** Subjects that name a statistic (a noun), not an action: 国内生产总值, 财政收入, 年末全国人口, 粮食产量 … */
const STATISTIC = /(?:总值|总额|收入|支出|人口|产量|总量|规模|增加值|销售额|利润|投资|人数|数量|面积|里程|容量|价格|指数)$/;

/**
 * The same subject, scope and unit stated with two different amounts in one document. Only long, specific
 * subjects with an explicit scope count (全年国内生产总值), so that a figure of another year or region is not taken
 * for the same one.
 */
function restatements(b: Builder, all: readonly PlacedClaim[]): void {
	const seen = new Map<string, PlacedClaim>();
	for (const p of all) {
		if (p.raw.kind !== 'amount' || !exact(p) || p.claim.scope === '' || p.claim.subject.length < 4 || p.claim.unit === '' || p.claim.unit === '%') continue;
		if (/其中|分别|各|每|人均|平均|累计|新增|净增|安排|投入|计划|预计|力争/.test(p.claim.subject)) continue;
		if (!STATISTIC.test(p.claim.subject)) continue;
		const key = `${p.claim.scope}|${p.claim.subject}|${p.claim.unit}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, p);
			continue;
		}
		const a = b.iv(first);
		const c = b.iv(p);
		if (a.hi >= c.lo && a.lo <= c.hi) continue;
		b.relations.push({
			kind: 'restatement',
			claims: [first.index, p.index],
			target: p.index,
			expression: `${first.claim.text} ≠ ${p.claim.text}`,
			computed: first.claim.value,
			ok: false,
			data: { first: first.claim.text, second: p.claim.text, subject: p.claim.subject, scope: p.claim.scope },
		});
	}
}

/** Units of counted things (and money): parts of such a total cannot exceed it. Not 岁 (an average), not rates. */
const COUNTABLE = /^(?:人|人次|名|个|家|户|项|所|座|条|件|处|支|批|元|吨|公斤|亩|公顷|辆|艘|架|套|台|部|场|次)$/;

/**
 * 共N…，其中A… — a part after 其中 larger than the total it is part of (same unit). Parts after 其中 may overlap
 * (其中因私出境…，赴港澳台出境…: two breakdowns), so only a single part above the total is a contradiction.
 */
function partsOverTotal(b: Builder, block: readonly PlacedClaim[], between: (a: PlacedClaim, c: PlacedClaim) => string, after: (p: PlacedClaim) => string): void {
	/** The noun counted right after the figure (59个机构 → 机构); '' when punctuation follows. */
	const noun = (p: PlacedClaim): string => /^[\u4e00-\u9fff]{0,2}/.exec(after(p).replace(/^[/／]/, '/'))![0];
	for (let i = 0; i < block.length; i++) {
		const total = block[i]!;
		if (total.raw.kind !== 'amount' || !exact(total) || !COUNTABLE.test(total.claim.unit) || /平均|人均|均/.test(total.claim.subject)) continue;
		if (after(total).startsWith('/')) continue; // 20.1部/百人: a rate, not a count
		const next = block[i + 1];
		if (!next || !/^[^。；]{0,30}其中[，,：:]?[^。，；]{0,20}$/.test(between(total, next))) continue;
		// The parts: the amounts after 其中 in the same clause group (up to the next ；), in the total's unit.
		const parts: PlacedClaim[] = [];
		for (let k = i + 1; k < block.length && k <= i + WINDOW && block[k]!.raw.segment === next.raw.segment; k++) {
			const p = block[k]!;
			if (p.raw.kind === 'amount' && p.claim.unit === total.claim.unit && exact(p) && noun(p) === noun(total)) parts.push(p);
		}
		for (const part of parts) {
			if (b.iv(part).lo <= b.iv(total).hi) continue;
			b.relations.push({
				kind: 'subset',
				claims: [total.index, part.index],
				target: part.index,
				expression: `${part.claim.text} > ${total.claim.text}`,
				computed: total.claim.value,
				ok: false,
				data: { whole: total.claim.text, part: part.claim.text },
			});
		}
	}
}

/**
 * 三次产业结构为7.1∶38.3∶54.6 — a structure in percent must make 100 (each term within its rounding).
 */
function structures(b: Builder, block: readonly PlacedClaim[], between: (a: PlacedClaim, c: PlacedClaim) => string, before: (p: PlacedClaim) => string): void {
	for (let i = 0; i < block.length; i++) {
		const run = [block[i]!];
		while (run.length < 8) {
			const last = run[run.length - 1]!;
			const next = block[i + run.length];
			if (!next || !/^[∶:：]$/.test(between(last, next)) || next.claim.unit !== '' || !exact(next)) break;
			run.push(next);
		}
		if (run.length < 2 || run[0]!.claim.unit !== '' || !/(?:结构|构成|比例)(?:调整)?(?:为|是)?$/.test(before(run[0]!))) continue;
		i += run.length - 1;
		const sum = run.reduce((acc, p) => add(acc, b.iv(p)), { lo: 0, hi: 0 });
		const value = run.reduce((n, p) => n + p.claim.value, 0);
		// Only a structure whose terms are percentages (they come near 100 together) is checked.
		if (value < 90 || value > 110) continue;
		const expr = `${run.map((p) => operand(p.claim, true)).join(' + ')} = ${fmt(value, 1)}%`;
		b.push('share-sum', run, run[run.length - 1]!, expr, value, { lo: 100, hi: 100 }, sum, 1, { whole: before(run[0]!).replace(/(?:为|是)$/, ''), complete: 'yes' }, { fix: false });
	}
}

/**
 * 城乡居民人均可支配收入比值为2.39 with 城镇居民人均可支配收入51821元 and 农村居民人均可支配收入21691元 stated:
 * 51821 ÷ 21691 = 2.39.
 */
function urbanRuralQuotients(b: Builder, claims: readonly PlacedClaim[], index: Index): void {
	for (const q of claims) {
		const whole = q.raw.whole;
		if (!whole?.startsWith('城乡比值:') || !exact(q)) continue;
		const what = whole.slice('城乡比值:'.length);
		const latest = (subject: string): PlacedClaim | undefined =>
			latestBeforeIndex(index.bySubject.get(subject), q.index, (p) => p.raw.kind === 'amount' && exact(p) && sameScope(p.claim, q.claim));
		const urban = latest(`城镇${what}`);
		const rural = latest(`农村${what}`) ?? latest(`乡村${what}`);
		if (!urban || !rural || urban.claim.unit !== rural.claim.unit || rural.claim.value <= 0) continue;
		const u = b.iv(urban);
		const r = b.iv(rural);
		const computed = urban.claim.value / rural.claim.value;
		const decimals = decimalsOf(q.claim);
		b.push('ratio', [urban, rural, q], q, `${operand(urban.claim, sameScale(urban.claim, rural.claim))} ÷ ${operand(rural.claim, sameScale(urban.claim, rural.claim))} = ${fmt(computed, decimals + 1)}`, computed, b.iv(q), { lo: u.lo / r.hi, hi: u.hi / r.lo }, decimals, { whole: `城乡${what}`, stated: q.claim.text, form: 'quotient' });
	}
}

/** Every relation of the document. */
export function relate(
	claims: readonly PlacedClaim[],
	segmentText: (from: PlacedClaim, to: PlacedClaim) => string,
	after: (p: PlacedClaim) => string,
	before: (p: PlacedClaim) => string,
): Relation[] {
	const b = new Builder();
	const index = buildIndex(claims);
	work.relations += claims.length;
	for (const segment of bySegment(claims)) {
		percentChange(b, segment);
		ratios(b, segment, index);
		subsets(b, segment, segmentText);
		percentagePoints(b, segment);
		multiples(b, segment, after);
	}
	for (const block of index.byBlock.values()) {
		partSums(b, block, index);
		shareSums(b, block);
		partsOverTotal(b, block, segmentText, after);
		structures(b, block, segmentText, before);
	}
	restatements(b, claims);
	urbanRuralQuotients(b, claims, index);
	return b.relations;
}
