/**
 * claim.annual-growth — an average annual rate over a period with both ends stated: `由120亿元增加到316亿元，年均增长21.4%`
 * over five years ⇒ (316 ÷ 120)^(1/5) − 1 = 21.37%. The years come from the dates of the two ends (由2007年的…提高到2012年
 * 的…) or from the paragraph (五年来, 过去五年, “十三五”时期). Rates at comparable prices (GDP, value added) are not recomputed
 * from nominal values.
 *
 * Or over the period a growth on a year before states, with the rate itself: `2007年，国内生产总值…比2002年增长65.5%，年均增长
 * 10.6%` ⇒ 1.655^(1/5) − 1 = 10.60%. Two rates of one basis (both real, or both nominal), so GDP's too; the two years
 * must be printed (the base in the rate's words, the end as the year its sentence opens on, or a date of the figure's own).
 */
import type { RuleMeta } from '../rules/rule';
import type { Paragraph, RelationFinder } from './context';
import { type Fig, fmt, interval, latestBefore, operand, sameScale, type Sink } from './figures';
import { COMPARABLE_PRICES } from './percentChange';

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
 * The cumulative growth stated right before an average annual rate of the same statistic and basis, and the years it
 * spans, when both are printed: `比2002年增长65.5%，年均增长10.6%` in a sentence of 2007.
 */
function cumulative(segment: readonly Fig[], i: number, c: Fig): { cum: Fig; years: number } | undefined {
	if (c.year !== undefined || OWN_PERIOD.test(c.context)) return undefined;
	const before = segment[i - 1];
	if (!before || before.key !== c.key || before.kind !== 'change' || before.unit !== '%' || before.annualAverage || !before.exact) return undefined;
	if (before.real !== c.real || before.direction !== c.direction || before.inBrackets !== c.inBrackets || before.part) return undefined;
	const base = ON_YEAR.exec(before.context);
	if (!base) return undefined;
	// The figure's own date is the base year when it stands right before 比 (煤炭消费量比2015年下降): the end is its sentence's.
	const from = Number(base[1]);
	const end = before.year !== undefined && before.year !== from ? before.year : before.sentenceYear;
	if (end === undefined) return undefined;
	const years = end - from;
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
		const over = cumulative(segment, i, c);
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
