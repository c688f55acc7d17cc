/**
 * claim.percent-change — a change stated with enough to recompute it:
 *
 * - `V，比上年增加D，增长C%` ⇒ C = D ÷ (V − D) (`减少D，下降C%` ⇒ C = D ÷ (V + D));
 * - `由A增加到B，增长C%` ⇒ C = (B − A) ÷ A;
 * - `净增X D，增长C%，总数达到V` ⇒ C = D ÷ (V − D) (a net change only: gross additions, 新增…, leave V − D unknown).
 *
 * `增加D，增幅C%` with no base stated gives the implied base and new value, shown on hover (kind implied-base).
 * Rates at comparable prices (GDP, value added, 实际增长) and on a comparable basis (余额) are never recomputed from
 * nominal values, nor are average annual rates (年均).
 */
import type { RuleMeta } from '../rules/rule';
import { type DocumentFigures, type Paragraph, type RelationFinder, sameRegion } from './context';
import { bounds, changeOfFromTo, type Fig, fmt, interval, latestBefore, operand, ownYear, percentOf, sameScale, sameScope, type Sink } from './figures';
import { add, mid, sub } from '../interval';
import { AIMED, COMPARABLE_BASIS, COMPARABLE_PRICES, NAMED_BASIS, PART_OF_YEAR_WORDS } from '../parse/reading';
import { afterLast } from '../text/trim';

export const rule: RuleMeta = {
	id: 'claim.percent-change',
	defaultSeverity: 'warning',
	description: {
		en: 'A growth rate that does not follow from the amounts stated with it (V, its increase D and rate C; or from A to B).',
		zh: '增长率与同时给出的数值不符（总量、增量与增速；或由A增加到B）。',
	},
	messages: {
		default: { en: '{stated} does not follow from the figures stated: {expression}.', zh: '{stated}与所述数字不符：{expression}。' },
	},
};

const NET = /净(?:增|减|增加|减少)$/;
/** Gross additions of a period: 新登记, 新增, 新认定 … */
const ADDITIONS = /^(?:全年|当年|年内)?新(?:增|登记|注册|认定|设立|设|建|开工|引进|签约|发展)/;

/** A net increment written before its noun: 净增国家级高新技术企业74家 (the noun's change, not an amount of its own). */
const NET_BEFORE = /^净(?:增加?|减少?)/;
/** The total a stock reaches, right after its net change and rate: 总数达到270家, 总量达. */
const TOTAL_REACHED = /^(?:总数|总量|总计|累计|共计|合计)(?:达到|达|为|增至|增加到|达至)$/;

/** A part of a year (上半年, 一季度, 前三季度, 1—6月, 1-11月份): its net change is not the change of the stock over a year. */
const PART_OF_YEAR = new RegExp(PART_OF_YEAR_WORDS);

/**
 * `净增X 74家，增长37.8%，总数达到270家`: the net change D written before its noun, the rate, then the stock V it
 * reached ⇒ C = D ÷ (V − D). A gross addition (新增…) is none: units that left make the base other than V − D.
 */
function netThenTotal(b: Sink, segment: readonly Fig[], i: number, c: Fig): boolean {
	const d = segment[i - 1];
	const v = segment[i + 1];
	if (!d || !v || d.kind !== 'amount' || !NET_BEFORE.test(d.subject) || d.subject !== c.subject || !d.exact) return false;
	if (v.kind !== 'amount' || !v.exact || v.unit !== d.unit || v.sentence !== c.sentence || !TOTAL_REACHED.test(v.context) || !sameScope(v, d)) return false;
	// A net change of part of a year, or a rate on the same period of the year before (同比), is no change of the stock on
	// the total less it: 上半年净增…，增长15.3%; 一季度净增…，同比增长12.1%.
	if (d.sentencePeriod === 'part' || PART_OF_YEAR.test(d.scope) || PART_OF_YEAR.test(d.context) || c.context.includes('同比')) return false;
	const up = !/^净减/.test(d.subject);
	if (up !== (c.direction !== 'down')) return false;
	const base = up ? sub(interval(v), interval(d)) : add(interval(v), interval(d));
	const pct = percentOf(interval(d), base);
	if (!pct) return false;
	const computed = (d.value / (up ? v.value - d.value : v.value + d.value)) * 100;
	const bare = sameScale(d, v);
	const expr = `${operand(d, bare)} ÷ (${operand(v, bare)} ${up ? '−' : '+'} ${operand(d, bare)}) = ${fmt(computed)}%`;
	b.check('percent-change', [v, d, c], c, expr, computed, interval(c), pct, { stated: c.text });
	return true;
}

function inSegment(b: Sink, segment: readonly Fig[]): void {
	// A rate is recomputed from a to-figure or a change amount: most segments (rates alone) have neither.
	if (!segment.some((f) => f.fromTo === 'to' || (f.kind === 'change' && f.unit !== '%') || (f.kind === 'amount' && NET_BEFORE.test(f.subject)))) return;
	for (let i = 0; i < segment.length; i++) {
		const c = segment[i]!;
		if (c.kind !== 'change' || c.unit !== '%' || c.annualAverage || c.real || !c.exact) continue;
		if (COMPARABLE_PRICES.test(c.subject) || COMPARABLE_BASIS.test(c.subject)) continue;
		// Of the rate's subject; an aside in brackets (…397元（包括…的355元…），比上年增加42元) is not what it is a rate of.
		const same = (f: Fig): boolean => f.subject === c.subject && f.exact && f.inBrackets === c.inBrackets;
		// 由A到B
		const to = latestBefore(segment, i, (f) => same(f) && f.fromTo === 'to' && f.unit !== '%');
		const from = to ? latestBefore(segment, i, (f) => same(f) && f.fromTo === 'from' && f.unit === to.unit) : undefined;
		if (from && to && changeOfFromTo(c, to, from)) {
			const base = interval(from);
			const delta = sub(interval(to), base);
			const sign = c.direction === 'down' ? -1 : 1;
			const pct = percentOf({ lo: Math.abs(delta.lo), hi: Math.abs(delta.hi) }, base);
			if (!pct || Math.sign(mid(delta)) !== sign) continue;
			const bare = sameScale(from, to);
			const computed = (Math.abs(to.value - from.value) / from.value) * 100;
			const expr = `(${operand(to, bare)} − ${operand(from, bare)}) ÷ ${operand(from, bare)} = ${fmt(computed)}%`;
			b.check('percent-change', [from, to, c], c, expr, computed, interval(c), { lo: Math.min(pct.lo, pct.hi), hi: Math.max(pct.lo, pct.hi) }, { stated: c.text });
			continue;
		}
		if (netThenTotal(b, segment, i, c)) continue;
		// V, 比上年增加D, 增长C%
		const d = latestBefore(segment, i, (f) => same(f) && f.kind === 'change' && f.unit !== '%' && f.direction === c.direction);
		const di = d ? segment.indexOf(d) : -1;
		// A net change (净增) is of a stock, never of the gross additions stated before it (新登记8.6万户，净增4.1万户).
		const net = d !== undefined && NET.test(d.context);
		// Of one period: a change of part of the year (1-11月比上年增加…, 上半年…) is no change of the year's amount.
		const v = d ? latestBefore(segment, di, (f) => same(f) && f.kind === 'amount' && f.unit === d.unit && sameScope(f, d) && !(net && ADDITIONS.test(f.subject))) : undefined;
		// A rate on a basis of its own (增加D，同口径增长C%) is not on the base V − D of the change stated before it; a change
		// and its rate on one basis (比上年同口径增加D，增长C%) are.
		if (d && v && NAMED_BASIS.test(c.context) && !NAMED_BASIS.test(d.context)) continue;
		if (d && v) {
			const up = c.direction !== 'down';
			const base = up ? sub(interval(v), interval(d)) : add(interval(v), interval(d));
			const pct = percentOf(interval(d), base);
			if (!pct) continue;
			const computed = (d.value / (up ? v.value - d.value : v.value + d.value)) * 100;
			const bare = sameScale(d, v);
			const expr = `${operand(d, bare)} ÷ (${operand(v, bare)} ${up ? '−' : '+'} ${operand(d, bare)}) = ${fmt(computed)}%`;
			b.check('percent-change', [v, d, c], c, expr, computed, interval(c), pct, { stated: c.text });
			continue;
		}
		// 增加D，增幅C%: no base stated; the implied base and new value are shown on hover.
		if (d && c.value > 0) impliedBase(b, d, c);
	}
}

/** 增加2.8万元，增幅45.2% → 原值 2.8 ÷ 0.452 ≈ 6.19万元, 现值 ≈ 8.99万元 (in the change's own unit). */
function impliedBase(b: Sink, d: Fig, c: Fig): void {
	const baseValue = d.value / (c.value / 100);
	const current = c.direction === 'down' ? baseValue - d.value : baseValue + d.value;
	const suffix = d.text.slice(d.q.numEnd);
	const shown = (v: number): string => `${fmt(v / d.q.magnitude, Math.max(2, d.q.decimals))}${suffix}`;
	b.add({
		kind: 'implied-base',
		figs: [d, c],
		target: d,
		expression: `${operand(d, true)} ÷ ${fmt(c.value / 100, 4)} = ${shown(baseValue)}`,
		computed: baseValue,
		ok: true,
		data: { base: shown(baseValue), current: shown(current) },
	});
}

/** How many amounts of one statistic a document may state before the review's one is no longer told apart. */
const BASES_MAX = 4;

/** Words of a figure's clause that speak of a span of years (累计, 年均, 五年); aimed at: parse/reading's AIMED. */
const OVER_YEARS = /累计|年均|[二三四五六七八九十两]年|以来|期间|时期/;

/**
 * Incomes of residents or farmers per head: a plan's growth target for them may be in real terms (增长与经济增长同步)
 * even when it does not say 实际, so the text binds no nominal arithmetic on the review's amount.
 */
const INCOME_PER_HEAD = /人均(?:可支配|纯)?收入|居民收入|农民收入/;
/** A rate on a base of its own naming (比2020年增长30%, 较“十三五”末增长, 比疫情前增长): not on the year before. */
const OWN_BASE = /(?:比|较|与|相对于?)(?:(?:19|20)[0-9]{2}年|“?十[一二三四五]五”?|疫情前)/;
/** A date within the year (截至11月底, 到10月末, 9月末): the figure is of the months to it (not 12月, 年底). */
const MONTH_DATED = /(?:截至|截止|到)(?:[0-9]|1[01]|[一二三四五六七八九十]|十一)月|(?:^|[^0-9一二三四五六七八九十])(?:[0-9]|1[01]|[一二三四五六七八九十]|十一)月(?:底|末)/;
/** How far back a figure's sentence is read for its date. */
const DATE_REACH = 40;
/** The words of a figure's sentence before it, at most DATE_REACH characters. */
export function sentenceBefore(text: string, at: number): string {
	const before = text.slice(Math.max(0, at - DATE_REACH), at);
	return afterLast(before, '。');
}

/** The statistic a figure states: its indicator, or its own words. */
const statisticOf = (f: Fig): string => f.indicator ?? f.key;

/**
 * A target of the year (…营业收入增长15%、达到4800亿元以上; 旅游总收入达到185亿元，增长10%以上) on the amount the review of
 * the year before states (全市产业集群营业收入实现4269亿元): C = V ÷ B − 1. The target's amount and rate side by side in one
 * clause of a later part of the document, of one statistic, with no change amount of their own; a target for sure (the
 * headings name its year and the base's year before it, or its words aim at it or bound it: 力争, 以上). The base is the one
 * amount of that statistic in the parts before, of no span of years, not aimed at, of the same region and unit. Rates at
 * comparable prices (GDP, value added), on a comparable basis (余额) or over years (年均) are not.
 */
function targetsOnLastYear(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	const byStatistic = new Map<string, number[]>();
	for (let i = 0; i < all.length; i++) {
		const f = all[i]!;
		if (f.kind !== 'amount' || f.unit === '' || f.unit === '%' || f.inBrackets || f.fromTo || f.annualAverage) continue;
		const list = byStatistic.get(statisticOf(f));
		if (!list) byStatistic.set(statisticOf(f), [i]);
		else if (list.length <= BASES_MAX) list.push(i);
	}
	for (let i = 0; i + 1 < all.length; i++) {
		const first = all[i]!;
		const v = first.kind === 'amount' ? first : all[i + 1]!;
		const c = first.kind === 'amount' ? all[i + 1]! : first;
		const at = v === first ? i : i + 1;
		if (v.kind !== 'amount' || c.kind !== 'change' || v.segment !== c.segment || d.blockOf[i] !== d.blockOf[i + 1] || v.key !== c.key) continue;
		if (c.unit !== '%' || c.direction !== 'up' || c.annualAverage || c.real || COMPARABLE_PRICES.test(c.subject) || COMPARABLE_BASIS.test(c.subject) || INCOME_PER_HEAD.test(v.subject + c.subject) || OWN_BASE.test(c.context)) continue;
		if (v.unit === '' || v.unit === '%' || v.inBrackets || v.fromTo || v.annualAverage || d.pastOf[d.rankOf[at]!] !== undefined || OVER_YEARS.test(v.context + c.context)) continue;
		// Of the whole year (not 一季度…, 上半年…).
		if (v.sentencePeriod !== undefined || PART_OF_YEAR.test(v.scope + v.context + c.context)) continue;
		// Its own base, or a change amount, beside it: the paragraph's relation.
		if ([i - 1, i + 2].some((n) => n >= 0 && n < all.length && d.blockOf[n] === d.blockOf[at] && all[n]!.segment === v.segment && all[n]!.key === v.key && all[n]!.unit === v.unit)) continue;
		const list = byStatistic.get(statisticOf(v));
		if (!list || list.length > BASES_MAX) continue;
		const before = list.filter((k) => d.sectionOf[d.rankOf[k]!]! < d.sectionOf[d.rankOf[at]!]!);
		if (before.length !== 1) continue;
		const k = before[0]!;
		const base = all[k]!;
		if (!base.exact || base.unit !== v.unit || !sameRegion(d, base, v) || d.pastOf[d.rankOf[k]!] === 'years' || AIMED.test(base.context) || OVER_YEARS.test(base.context)) continue;
		if (base.sentencePeriod !== undefined || PART_OF_YEAR.test(base.scope + base.context) || MONTH_DATED.test(sentenceBefore(d.textOf[d.rankOf[k]!]!, base.q.start))) continue;
		// The years: the figures' own (2019年旅游总收入…; 力争到2023年…) over their headings'; a figure dated by its own words
		// relates only when the other's year is known too.
		const baseYear = ownYear(base) ?? (d.yearOf[d.rankOf[k]!] !== '' ? Number(d.yearOf[d.rankOf[k]!]) : undefined);
		const targetYear = ownYear(v) ?? ownYear(c) ?? (d.yearOf[d.rankOf[at]!] !== '' ? Number(d.yearOf[d.rankOf[at]!]) : undefined);
		const years = baseYear !== undefined && targetYear !== undefined ? targetYear - baseYear : undefined;
		const dated = ownYear(base) !== undefined || ownYear(v) !== undefined || ownYear(c) !== undefined;
		const aimed = AIMED.test(v.context + c.context) || v.q.approx === 'more' || c.q.approx === 'more';
		if (years !== undefined ? years !== 1 : dated || !aimed) continue;
		const target = bounds(v);
		const computed = percentOf(sub(target, interval(base)), interval(base));
		if (!computed) continue;
		const value = (v.value / base.value - 1) * 100;
		const bare = sameScale(v, base);
		const expr = `(${operand(v, bare)} − ${operand(base, bare)}) ÷ ${operand(base, bare)} = ${fmt(value)}%${v.q.approx === 'more' ? '以上' : ''}`;
		const figs = v === first ? [k, i, i + 1] : [k, i + 1, i];
		b.check('percent-change', [base, v, c], c, expr, value, bounds(c), computed, { stated: c.text }, { fix: v.q.approx === 'exact' && c.q.approx === 'exact', at: { figs: [figs[0]!, figs[1]!, figs[2]!], target: figs[2]! } });
	}
}

export const finder: RelationFinder = {
	paragraph(p: Paragraph, sink: Sink): void {
		for (const segment of p.segments) inSegment(sink, segment);
	},
	document(d: DocumentFigures, sink: Sink): void {
		targetsOnLastYear(d, sink);
	},
};
