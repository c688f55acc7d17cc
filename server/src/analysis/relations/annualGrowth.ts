/**
 * claim.annual-growth — an average annual rate over a period with both ends stated: `由120亿元增加到316亿元，年均增长21.4%`
 * over five years ⇒ (316 ÷ 120)^(1/5) − 1 = 21.37%. The years come from the dates of the two ends (由2007年的…提高到2012年
 * 的…) or from the paragraph (五年来, 过去五年, “十三五”时期). Rates at comparable prices (GDP, value added) are not recomputed
 * from nominal values.
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
	},
};

function inSegment(p: Paragraph, b: Sink, segment: readonly Fig[]): void {
	if (!segment.some((f) => f.annualAverage)) return;
	for (let i = 0; i < segment.length; i++) {
		const c = segment[i]!;
		if (!c.annualAverage || c.kind !== 'change' || c.unit !== '%' || !c.exact || c.real) continue;
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
