/**
 * claim.percentage-point — a change between two rates: `由A%提高到B%，提高C个百分点` ⇒ C = B − A; written `提高C%` where
 * C = B − A (and not the relative change), the % stands where 百分点 is meant.
 */
import type { RuleMeta } from '../rules/rule';
import type { RelationFinder } from './context';
import { changeOfFromTo, type Fig, fmt, interval, judge, latestBefore, operand, percentOf, type Sink } from './figures';
import { sub } from '../interval';

export const rule: RuleMeta = {
	id: 'claim.percentage-point',
	defaultSeverity: 'warning',
	description: {
		en: 'A change between two rates written in % where percentage points (个百分点) are meant, or points that are not the difference of the two rates.',
		zh: '两个比率之差误用“%”表述（应为“个百分点”），或百分点与两个比率之差不符。',
	},
	messages: {
		misuse: {
			en: '{stated} is the difference of two rates and should be written in percentage points (个百分点): {expression}.',
			zh: '{stated}是两个比率之差，应以“个百分点”表述：{expression}。',
		},
		wrong: { en: '{stated} is not the difference of the two rates: {expression}.', zh: '{stated}与两个比率之差不符：{expression}。' },
	},
	variant: (data) => (/[%％]$/.test(String(data['stated'])) ? 'misuse' : 'wrong'),
};

const POINTS = new Set(['%', '个百分点', '百分点']);

function inSegment(b: Sink, segment: readonly Fig[]): void {
	if (!segment.some((f) => f.fromTo === 'to')) return;
	for (let i = 0; i < segment.length; i++) {
		const c = segment[i]!;
		if (c.kind !== 'change' || !c.exact || !POINTS.has(c.unit)) continue;
		const to = latestBefore(segment, i, (f) => f.fromTo === 'to' && f.unit === '%' && f.exact);
		const from = to ? latestBefore(segment, i, (f) => f.fromTo === 'from' && f.unit === '%' && f.exact) : undefined;
		if (!from || !to || !changeOfFromTo(c, to, from)) continue;
		const diff = sub(interval(to), interval(from));
		const absDiff = { lo: Math.min(Math.abs(diff.lo), Math.abs(diff.hi)), hi: Math.max(Math.abs(diff.lo), Math.abs(diff.hi)) };
		const pp = Math.abs(to.value - from.value);
		const expr = `${operand(to, true)} − ${operand(from, true)} = ${fmt(pp, Math.max(to.q.decimals, from.q.decimals))}`;
		if (c.unit === '%') {
			// Relative change is percent-change's to check; this rule speaks when C is the difference in points.
			const relative = percentOf(absDiff, interval(from));
			const matchesPoints = judge(interval(c), absDiff, 0).ok;
			const matchesRelative = relative ? judge(interval(c), relative, 0).ok : false;
			if (matchesPoints && !matchesRelative) {
				b.add({
					kind: 'percentage-point',
					figs: [from, to, c],
					target: c,
					expression: expr,
					computed: pp,
					ok: false,
					replacement: c.text.replace(/[%％]$/, '个百分点'),
					data: { stated: c.text, points: fmt(pp, 2) },
				});
			}
			continue;
		}
		b.check('percentage-point', [from, to, c], c, expr, pp, interval(c), absDiff, { stated: c.text, points: fmt(pp, 2) });
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		for (const segment of p.segments) inSegment(sink, segment);
	},
};
