/**
 * claim.subset — a part larger than its whole: `11项对标指标中12项`, or a part listed under a total (`共N…，其中A…`,
 * `党员中，…`; same unit and counted noun) larger than it. Parts listed under a total may overlap (two breakdowns),
 * so each is held against the total alone; they are summed by claim.part-sum only when they partition it.
 */
import type { RuleMeta } from '../rules/rule';
import type { Paragraph, RelationFinder } from './context';
import { type Fig, interval, type Sink } from './figures';
import { findBreakdowns } from './breakdowns';

export const rule: RuleMeta = {
	id: 'claim.subset',
	defaultSeverity: 'warning',
	description: { en: 'A part that is larger than the whole it belongs to.', zh: '部分大于其所属的总数。' },
	messages: {
		default: { en: '{part} is more than the {whole} it is part of.', zh: '部分（{part}）多于总数（{whole}）。' },
	},
};

function holdAgainst(b: Sink, whole: Fig, part: Fig): void {
	// Within the rounding of both, the part may equal the whole, not pass it (12项 against 11项 does).
	const ok = interval(part).lo < interval(whole).hi;
	b.add({
		kind: 'subset',
		figs: [whole, part],
		target: part,
		expression: `${part.text} ${ok ? '≤' : '>'} ${whole.text}`,
		computed: whole.value,
		ok,
		data: { whole: whole.text, part: part.text },
	});
}

/** A short noun then 中: 11项对标指标中10项. */
const OF_WHICH = /^[\u4e00-\u9fff]{0,8}中$/;

/** 11项对标指标中10项 — N…中M, of one unit. */
function countedOf(p: Paragraph, b: Sink): void {
	for (const segment of p.segments) {
		for (let i = 0; i + 1 < segment.length; i++) {
			const whole = segment[i]!;
			const part = segment[i + 1]!;
			if (!whole.exact || !part.exact || whole.unit !== part.unit || whole.unit === '%' || whole.unit === '') continue;
			if (OF_WHICH.test(p.between(whole, part))) holdAgainst(b, whole, part);
		}
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		countedOf(p, sink);
		for (const bd of p.memo('breakdowns', () => findBreakdowns(p))) {
			if (!bd.total.exact) continue;
			for (const part of bd.parts) if (part.exact) holdAgainst(sink, bd.total, part);
		}
	},
};
