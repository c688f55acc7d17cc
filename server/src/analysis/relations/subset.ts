/**
 * claim.subset — a part larger than its whole: `11项对标指标中12项`, or a part after 其中 larger than the total it
 * is part of (`共N…，其中A…`, same unit and noun). Parts after 其中 may overlap (两种分类), so only a single part
 * above the total is a contradiction; they are not summed.
 */
import type { RuleMeta } from '../rules/rule';
import type { Paragraph, RelationFinder } from './context';
import { type Fig, interval, type Sink, WINDOW } from './figures';

export const rule: RuleMeta = {
	id: 'claim.subset',
	defaultSeverity: 'warning',
	description: { en: 'A part that is larger than the whole it belongs to.', zh: '部分大于其所属的总数。' },
	messages: {
		default: { en: '{part} is more than the {whole} it is part of.', zh: '部分（{part}）多于总数（{whole}）。' },
	},
};

function contradiction(b: Sink, whole: Fig, part: Fig, ok: boolean, op: string): void {
	b.add({
		kind: 'subset',
		figs: [whole, part],
		target: part,
		expression: `${part.text} ${op} ${whole.text}`,
		computed: whole.value,
		ok,
		data: { whole: whole.text, part: part.text },
	});
}

/** A short noun then 中: 11项对标指标中10项. */
const OF_WHICH = /^[\u4e00-\u9fff]{0,8}中$/;

/** 11项对标指标中10项 — N…中M with M > N, of one unit. */
function countedOf(p: Paragraph, b: Sink): void {
	for (const segment of p.segments) {
		for (let i = 0; i + 1 < segment.length; i++) {
			const whole = segment[i]!;
			const part = segment[i + 1]!;
			if (!whole.exact || !part.exact || whole.unit !== part.unit || whole.unit === '%' || whole.unit === '') continue;
			if (!OF_WHICH.test(p.between(whole, part))) continue;
			contradiction(b, whole, part, part.value <= whole.value, '≤');
		}
	}
}

/** Units of counted things (and money): parts of such a total cannot exceed it. Not 岁 (an average), not rates. */
const COUNTABLE = /^(?:人|人次|名|个|家|户|项|所|座|条|件|处|支|批|元|吨|公斤|亩|公顷|辆|艘|架|套|台|部|场|次)$/;
const AVERAGE = /平均|人均|均/;
const THEN_OF_WHICH = /^[^。；]{0,30}其中[，,：:]?[^。，；]{0,20}$/;

/** 共N…，其中A… — a part after 其中 larger than its total (same unit, same counted noun). */
function partsOverTotal(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	/** The noun counted right after the figure (59个机构 → 机构); '' when punctuation follows. */
	const noun = (f: Fig): string => /^[\u4e00-\u9fff]{0,2}/.exec(p.after(f).replace(/^[/／]/, '/'))![0];
	for (let i = p.first; i < figs.length; i++) {
		const total = figs[i]!;
		if (total.kind !== 'amount' || !total.exact || !COUNTABLE.test(total.unit) || AVERAGE.test(total.subject)) continue;
		if (p.after(total).startsWith('/')) continue; // 20.1部/百人: a rate, not a count
		const next = figs[i + 1];
		if (!next || !THEN_OF_WHICH.test(p.between(total, next))) continue;
		// The parts: the amounts after 其中 in the same clause group (up to the next ；), in the total's unit.
		for (let k = i + 1; k < figs.length && k <= i + WINDOW && figs[k]!.segment === next.segment; k++) {
			const part = figs[k]!;
			if (part.kind !== 'amount' || part.unit !== total.unit || !part.exact || noun(part) !== noun(total)) continue;
			if (interval(part).lo > interval(total).hi) contradiction(b, total, part, false, '>');
		}
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		countedOf(p, sink);
		partsOverTotal(p, sink);
	},
};
