/**
 * claim.annual-growth — an average annual rate over a period with both ends stated: `由120亿元增加到316亿元，年均增长21.4%`
 * over five years ⇒ (316 ÷ 120)^(1/5) − 1 = 21.37%. The years come from the dates of the two ends (由2007年的…提高到2012年
 * 的…) or from the paragraph (五年来, 过去五年, “十三五”时期). Rates at comparable prices (GDP, value added) are not recomputed
 * from nominal values.
 *
 * Or over the period a growth on a year before states, with the rate itself: `2007年，国内生产总值…比2002年增长65.5%，年均增长
 * 10.6%` ⇒ 1.655^(1/5) − 1 = 10.60%. Two rates of one basis (the same price words 按可比价/按不变价/按现价 wherever the
 * sentence states them, or none on either), so GDP's too; the two years must be printed (the base in the rate's words, the
 * end as the year its sentence opens on, or a date of the figure's own), and equal the years the rate's own words give
 * (近三年年均, 五年来) when they give some.
 */
import type { RuleMeta } from '../rules/rule';
import type { Paragraph, RelationFinder } from './context';
import { type Fig, fmt, interval, latestBefore, operand, sameScale, type Sink } from './figures';
import { COMPARABLE_PRICES } from '../parse/reading';

export const rule: RuleMeta = {
	id: 'claim.annual-growth',
	defaultSeverity: 'warning',
	description: {
		en: 'An average annual growth rate that does not follow from the two ends of the period stated with it.',
		zh: '年均增速与所述期初、期末数值不符。',
	},
	messages: {
		default: {
			en: 'The average annual rate {stated} does not follow from the two ends over {years} years: {expression}.',
			zh: '年均增速{stated}与期初、期末数值不符（{years}年）：{expression}。',
		},
		cumulative: {
			en: 'The average annual rate {stated} does not follow from the growth of {cumulative} over {years} years: {expression}.',
			zh: '年均增速{stated}与{years}年累计增长{cumulative}不符：{expression}。',
		},
	},
	variant: (data) => (data['form'] === 'cumulative' ? 'cumulative' : 'default'),
};

/** The base year of a growth over several years: `比2002年增长`, `比2015年末提高`. */
const ON_YEAR = /比((?:19|20)[0-9]{2})年(?:末|底)?(?:实际)?[^，。；、0-9]{1,3}$/;
/** An annual rate of a period of its own (“十三五”年均, 2016年以来年均, 其中…): not the cumulative growth's. */
const OWN_PERIOD = /(?:19|20)[0-9]{2}|十[一二三四五六七八九]五|以来|期间|其中/;

/**
 * The number of years a rate's own words give (近三年年均, 过去五年年均, 五年来, 十年间, 12年间): the cumulative growth's years
 * must be these. Not a year of its own (2018年, read by OWN_PERIOD).
 */
const OWN_YEARS = /(?<![0-9])([一二三四五六七八九十两]{1,3}|[0-9]{1,2})个?年(?=来|间|中|里|内|年均|平均|每年)/;
const DIGITS = '一二三四五六七八九';
function yearsNamed(context: string): number | undefined {
	const m = OWN_YEARS.exec(context);
	if (!m) return undefined;
	const w = m[1]!;
	if (/[0-9]/.test(w)) return Number(w);
	if (w === '两') return 2;
	const ten = w.indexOf('十');
	const unit = (c: string | undefined): number => DIGITS.indexOf(c ?? '') + 1;
	if (ten < 0) return w.length === 1 ? unit(w) : undefined;
	return (ten === 0 ? 1 : unit(w[0])) * 10 + (ten < w.length - 1 ? unit(w[ten + 1]) : 0);
}

/**
 * The basis of a rate's prices, read wherever its sentence states it before the rate (按现价计算，…比2007年增长98.5%，按可比价格
 * 计算年均增长11.2%: the first nominal, the second real) or in brackets right after it; 实际增长 is real. 'none' when unsaid.
 */
const BASIS = /(?:可比|不变|现)价/g;
const BASIS_AFTER = /^[（(]按?(可比|不变|现)价/;
/** How far back in its sentence a rate's basis is read. */
const BASIS_REACH = 80;
function basisOf(p: Paragraph, f: Fig): 'real' | 'nominal' | 'none' {
	if (f.real) return 'real';
	const after = BASIS_AFTER.exec(p.after(f, 8));
	if (after) return after[1] === '现' ? 'nominal' : 'real';
	const before = p.before(f, BASIS_REACH);
	let from = 0;
	for (let k = before.length - 1; k >= 0; k--) {
		const ch = before[k]!;
		if (ch === '。' || ch === '！' || ch === '？' || ch === '\n') {
			from = k + 1;
			break;
		}
	}
	let basis: 'real' | 'nominal' | 'none' = 'none';
	BASIS.lastIndex = from;
	for (let m = BASIS.exec(before); m; m = BASIS.exec(before)) basis = m[0] === '现价' ? 'nominal' : 'real';
	return basis;
}

/**
 * The cumulative growth stated right before an average annual rate of the same statistic and basis, and the years it
 * spans, when both are printed: `比2002年增长65.5%，年均增长10.6%` in a sentence of 2007.
 */
function cumulative(p: Paragraph, segment: readonly Fig[], i: number, c: Fig): { cum: Fig; years: number } | undefined {
	if (c.year !== undefined || OWN_PERIOD.test(c.context)) return undefined;
	const before = segment[i - 1];
	if (!before || before.key !== c.key || before.kind !== 'change' || before.unit !== '%' || before.annualAverage || !before.exact) return undefined;
	if (before.direction !== c.direction || before.inBrackets !== c.inBrackets || before.part) return undefined;
	// Two rates of one basis (the same words, or none on either): a real rate of a nominal growth is no check.
	if (basisOf(p, before) !== basisOf(p, c)) return undefined;
	const base = ON_YEAR.exec(before.context);
	if (!base) return undefined;
	// The figure's own date is the base year when it stands right before 比 (煤炭消费量比2015年下降): the end is its sentence's.
	const from = Number(base[1]);
	const end = before.year !== undefined && before.year !== from ? before.year : before.sentenceYear;
	if (end === undefined) return undefined;
	const years = end - from;
	const named = yearsNamed(c.context);
	if (named !== undefined && named !== years) return undefined;
	return years >= 2 && years <= 30 ? { cum: before, years } : undefined;
}

/** `比2002年增长65.5%，年均增长10.6%`: the rate against the cumulative growth over the years between. */
function fromCumulative(b: Sink, c: Fig, cum: Fig, years: number): void {
	const sign = c.direction === 'down' ? -1 : 1;
	const rate = (total: number): number => ((1 + (sign * total) / 100) ** (1 / years) - 1) * 100 * sign;
	const t = interval(cum);
	if (1 + (sign * t.hi) / 100 <= 0) return;
	const computed = rate(cum.value);
	const lo = Math.min(rate(t.lo), rate(t.hi));
	const hi = Math.max(rate(t.lo), rate(t.hi));
	const expr = `(1 ${sign < 0 ? '−' : '+'} ${cum.text})^(1/${years}) − 1 = ${fmt(sign * computed)}%`;
	b.check('annual-growth', [cum, c], c, expr, computed, interval(c), { lo, hi }, { form: 'cumulative', stated: c.text, cumulative: cum.text, years });
}

function inSegment(p: Paragraph, b: Sink, segment: readonly Fig[]): void {
	if (!segment.some((f) => f.annualAverage)) return;
	for (let i = 0; i < segment.length; i++) {
		const c = segment[i]!;
		if (!c.annualAverage || c.kind !== 'change' || c.unit !== '%' || !c.exact) continue;
		const over = cumulative(p, segment, i, c);
		if (over) {
			fromCumulative(b, c, over.cum, over.years);
			continue;
		}
		if (c.real) continue;
		if (COMPARABLE_PRICES.test(c.key) || p.lexicon.get(c.key)?.comparable) continue;
		const same = (f: Fig): boolean => f.key === c.key && f.exact && f.unit !== '%';
		const to = latestBefore(segment, i, (f) => same(f) && f.fromTo === 'to');
		const from = to ? latestBefore(segment, i, (f) => same(f) && f.fromTo === 'from' && f.unit === to.unit) : undefined;
		if (!from || !to || from.value <= 0 || to.value <= 0) continue;
		const years = from.year !== undefined && to.year !== undefined ? to.year - from.year : p.periodYears();
		if (years === undefined || years < 2 || years > 30) continue;
		const a = interval(from);
		const z = interval(to);
		const down = c.direction === 'down';
		const rate = (x: number, y: number): number => ((y / x) ** (1 / years) - 1) * 100 * (down ? -1 : 1);
		const computed = rate(from.value, to.value);
		const lo = Math.min(rate(a.hi, z.lo), rate(a.lo, z.hi));
		const hi = Math.max(rate(a.hi, z.lo), rate(a.lo, z.hi));
		const bare = sameScale(from, to);
		const expr = `(${operand(to, bare)} ÷ ${operand(from, bare)})^(1/${years}) − 1 = ${fmt(down ? -computed : computed)}%`;
		b.check('annual-growth', [from, to, c], c, expr, computed, interval(c), { lo, hi }, { stated: c.text, years });
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		for (const segment of p.segments) inSegment(p, sink, segment);
	},
};
