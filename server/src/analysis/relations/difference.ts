/**
 * claim.difference — a change amount stated with the two values it lies between: `由520元提高到580元，增加60元` ⇒ 60 =
 * 580 − 520; and a figure stated as the excess of one figure over another in its sentence: `非贸易外汇收入51亿美元，支出16.1
 * 亿美元，收大于支34.9亿美元` ⇒ 51 − 16.1. (The differences the lexicon knows — 顺差 = 出口 − 进口, 自然增长率 = 出生率 −
 * 死亡率 — are identities of claim.part-sum.)
 */
import type { RuleMeta } from '../rules/rule';
import type { Paragraph, RelationFinder } from './context';
import { changeOfFromTo, type Fig, fmt, interval, latestBefore, operand, sameScale, type Sink } from './figures';
import { sub } from '../interval';

export const rule: RuleMeta = {
	id: 'claim.difference',
	defaultSeverity: 'warning',
	description: {
		en: 'A change or an excess that is not the difference of the two figures stated with it.',
		zh: '增减量或差额与所述两个数值之差不符。',
	},
	messages: {
		default: { en: '{stated} is not the difference of the figures stated: {expression}.', zh: '{stated}与所述两个数值之差不符：{expression}。' },
	},
};

function check(b: Sink, target: Fig, a: Fig, c: Fig): void {
	const value = Math.abs(a.value - c.value);
	const d = sub(interval(a), interval(c));
	const computed = { lo: Math.min(Math.abs(d.lo), Math.abs(d.hi)), hi: Math.max(Math.abs(d.lo), Math.abs(d.hi)) };
	if (Math.sign(d.lo) !== Math.sign(d.hi)) computed.lo = 0;
	const bare = sameScale(a, target) && sameScale(c, target);
	const expr = `${operand(a, bare)} − ${operand(c, bare)} = ${fmt(value / target.q.magnitude, target.q.decimals)}`;
	b.check('difference', [a, c, target], target, expr, value, interval(target), computed, { stated: target.text }, { scale: target.q.magnitude });
}

/** 由A提高到B，增加D: D = |B − A|, its direction that of A to B. */
function fromTo(b: Sink, segment: readonly Fig[]): void {
	for (let i = 0; i < segment.length; i++) {
		const d = segment[i]!;
		if (d.kind !== 'change' || d.unit === '%' || d.unit === '个百分点' || d.unit === '百分点' || !d.exact || d.annualAverage) continue;
		const same = (f: Fig): boolean => f.key === d.key && f.exact && f.unit === d.unit;
		const to = latestBefore(segment, i, (f) => same(f) && f.fromTo === 'to');
		const from = to ? latestBefore(segment, i, (f) => same(f) && f.fromTo === 'from') : undefined;
		if (!from || !to || !changeOfFromTo(d, to, from)) continue;
		if (Math.sign(to.value - from.value) !== (d.direction === 'down' ? -1 : 1)) continue;
		check(b, d, to, from);
	}
}

/** 收大于支34.9亿美元, 出口大于进口1019亿美元: the two figures named before it in its sentence. */
const EXCESS = /^(.{1,10})大于(.{1,10})$/;

function excesses(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let i = p.first; i < figs.length; i++) {
		const t = figs[i]!;
		const m = t.kind === 'amount' && t.exact && t.indicator === undefined ? EXCESS.exec(t.subject) : null;
		if (!m) continue;
		const named = (name: string) => (f: Fig): boolean => f.kind === 'amount' && f.exact && f.unit === t.unit && f.sentence === t.sentence && f.local < t.local && f.subject.includes(name);
		const a = latestBefore(figs, i, named(m[1]!));
		const c = latestBefore(figs, i, named(m[2]!));
		if (a && c && a !== c) check(b, t, a, c);
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		for (const segment of p.segments) fromTo(sink, segment);
		excesses(p, sink);
	},
};
