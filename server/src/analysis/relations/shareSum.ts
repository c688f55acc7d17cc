/**
 * claim.share-sum — shares of one whole listed together that pass 100%, or complete sets that do not make 100%: the
 * three industries' shares, the contribution rates (贡献率) of 消费、投资、净出口, and structures `a∶b∶c`
 * (三次产业结构为…, 比例调整为…) in percent.
 */
import type { RuleMeta } from '../rules/rule';
import type { RelationFinder, Paragraph } from './context';
import { type Fig, fmt, operand, type Sink, sum } from './figures';

export const rule: RuleMeta = {
	id: 'claim.share-sum',
	defaultSeverity: 'warning',
	description: {
		en: 'Shares of one whole that add up to more than 100%, or a complete set of shares (a structure a∶b∶c) that does not make 100%.',
		zh: '同一总体的各部分比重合计超过100%，或完整的构成（a∶b∶c）合计不等于100%。',
	},
	messages: {
		complete: { en: 'The shares of {whole} add up to {expression}, not 100%.', zh: '{whole}各部分比重合计{expression}，不等于100%。' },
		over: { en: 'The shares of {whole} add up to {expression}, more than 100%.', zh: '{whole}各部分比重合计{expression}，超过100%。' },
	},
	variant: (data) => (data['complete'] === 'yes' ? 'complete' : 'over'),
};

/** The most parts of one breakdown (shares, contributions) a set check reads. */
const MAX_SET = 12;

const COMPLETE_SETS: readonly (readonly string[])[] = [
	['第一产业', '第二产业', '第三产业'],
	['最终消费支出', '资本形成总额', '货物和服务净出口'],
];

/** Shares of one whole in a block: more than 100% together, or, for a complete set, not 100%. */
function shareSets(p: Paragraph, b: Sink): void {
	// Shares are of one breakdown when one sentence lists them (民营企业… and 一般贸易… are two breakdowns).
	const byWhole = new Map<string, Fig[]>();
	let lastWhole = '';
	for (let k = p.first; k < p.figs.length; k++) {
		const f = p.figs[k]!;
		if (f.kind !== 'share' || f.unit !== '%' || !f.exact) continue;
		const whole = f.whole ?? lastWhole;
		if (!whole) continue;
		lastWhole = whole;
		const key = `${f.sentence}|${whole}`;
		let g = byWhole.get(key);
		if (!g) byWhole.set(key, (g = []));
		// A breakdown has a handful of parts; a longer run of shares is no set this check can read.
		if (g.length <= MAX_SET && !g.some((x) => x.subject === f.subject)) g.push(f);
	}
	for (const [key, g] of byWhole) {
		const whole = key.slice(key.indexOf('|') + 1);
		if (g.length < 2 || g.length > MAX_SET - 1 || g.some((f) => f.subject === '')) continue;
		// Shares of a whole by distinct, non-nested parts: a part whose name holds another's is a sub-part.
		if (g.some((f) => g.some((o) => o !== f && o.subject.includes(f.subject)))) continue;
		const total = sum(g);
		const value = g.reduce((n, f) => n + f.value, 0);
		const complete = COMPLETE_SETS.some((set) => g.length === set.length && g.every((f, i) => f.subject.startsWith(set[i]!)));
		const expr = `${g.map((f) => operand(f, true)).join(' + ')} = ${fmt(value, 1)}%`;
		if (complete) {
			b.check('share-sum', g, g[g.length - 1]!, expr, value, { lo: 100, hi: 100 }, total, { whole, complete: 'yes' }, { fix: false });
		} else if (total.lo > 100) {
			b.check('share-sum', g, g[g.length - 1]!, expr, value, { lo: 0, hi: 100 }, total, { whole, complete: 'no' }, { fix: false });
		}
	}
}

const STRUCTURE_SEPARATOR = /^[∶:：]$/;
const STRUCTURE_NAME = /(?:结构|构成|比例)(?:调整)?(?:为|是)?$/;

/** 三次产业结构为7.1∶38.3∶54.6 — a structure in percent must make 100 (each term within its rounding). */
function structures(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let i = p.first; i < figs.length; i++) {
		const run = [figs[i]!];
		while (run.length < 8) {
			const next = figs[i + run.length];
			if (!next || !STRUCTURE_SEPARATOR.test(p.between(run[run.length - 1]!, next)) || next.unit !== '' || !next.exact) break;
			run.push(next);
		}
		if (run.length < 2 || run[0]!.unit !== '' || !STRUCTURE_NAME.test(p.before(run[0]!))) continue;
		i += run.length - 1;
		const value = run.reduce((n, f) => n + f.value, 0);
		// Only a structure whose terms are percentages (they come near 100 together) is checked.
		if (value < 90 || value > 110) continue;
		const expr = `${run.map((f) => operand(f, true)).join(' + ')} = ${fmt(value, 1)}%`;
		const whole = p.before(run[0]!).replace(/(?:为|是)$/, '');
		b.check('share-sum', run, run[run.length - 1]!, expr, value, { lo: 100, hi: 100 }, sum(run), { whole, complete: 'yes' }, { fix: false });
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		shareSets(p, sink);
		structures(p, sink);
	},
};
