/**
 * claim.percentage-point — a change between two rates: `由A%提高到B%，提高C个百分点` ⇒ C = B − A; written `提高C%` where
 * C = B − A (and not the relative change), the % stands where 百分点 is meant.
 *
 * Also a sector's share in a change of the three sectors' structure stated right after it: `三次产业结构由上年的
 * 9.4∶66.8∶23.8调整为8.3∶71.1∶20.6，服务业…比重比上年下降3.2个百分点` ⇒ 20.6 − 23.8 = −3.2.
 */
import type { RuleMeta } from '../rules/rule';
import { type Paragraph, positionIn, type RelationFinder } from './context';
import { changeOfFromTo, type Fig, fmt, interval, judge, latestBefore, operand, percentOf, type Sink } from './figures';
import { findStructures } from './structures';
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

/** The term of the three sectors' structure a share names: 第一产业 (农业 is not all of it), 第二产业, 第三产业 or 服务业. */
const SECTOR_TERMS: readonly RegExp[] = [/第一产业|一产/, /第二产业|二产/, /第三产业|三产|服务业/];
/** A change on another base than the structure before (比2015年, 高于全省): not the two structures' difference. */
const OTHER_BASE = /比(?:19|20)[0-9]{2}年|高于|低于|快于|慢于|比全|较全/;

/** 三次产业结构由a∶b∶c调整为d∶e∶f，第三产业比重提高C个百分点 ⇒ C = f − c. */
function structureChanges(p: Paragraph, b: Sink): void {
	const structures = p.memo('structures', () => findStructures(p));
	for (let k = 1; k < structures.length; k++) {
		const from = structures[k - 1]!;
		const to = structures[k]!;
		const last = positionIn(p, to.terms[to.terms.length - 1]!);
		if (!from.before || !from.sectors || from.terms.length !== 3 || to.terms.length !== 3 || positionIn(p, to.terms[0]!) !== positionIn(p, from.terms[2]!) + 1) continue;
		// The change right after the structure it comes to, in its sentence, of one sector's share.
		const c = p.figs[last + 1];
		if (!c || c.kind !== 'change' || !c.exact || (c.unit !== '个百分点' && c.unit !== '百分点') || c.sentence !== to.terms[0]!.sentence) continue;
		if (!/比重|占比/.test(c.subject) || OTHER_BASE.test(c.context)) continue;
		const named = SECTOR_TERMS.map((re, n) => (re.test(c.subject) ? n : -1)).filter((n) => n >= 0);
		if (named.length !== 1) continue;
		const a = from.terms[named[0]!]!;
		const z = to.terms[named[0]!]!;
		const sign = c.direction === 'down' ? -1 : 1;
		const diff = sub(interval(z), interval(a));
		const signed = sign > 0 ? diff : { lo: -diff.hi, hi: -diff.lo };
		const pp = sign * (z.value - a.value);
		const expr = `${operand(z, true)} − ${operand(a, true)} = ${fmt(z.value - a.value, Math.max(z.q.decimals, a.q.decimals))}`;
		// A change the other way (下降 where the share rose) has no fix in points.
		b.check('percentage-point', [a, z, c], c, expr, pp, interval(c), signed, { stated: c.text, points: fmt(pp, 2) }, { fix: pp > 0 });
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		for (const segment of p.segments) inSegment(sink, segment);
		structureChanges(p, sink);
	},
};
