/**
 * claim.multiple — `由A增加到B` with `翻一番`/`翻两番` (×2, ×4), `增长N倍` (×(N+1)) or `增长到N倍`/`是…的N倍` (×N) when
 * both values are stated. A multiple is read loosely (翻一番 is about ×2): off by more than a tenth is a contradiction.
 */
import type { RuleMeta } from '../rules/rule';
import type { RelationFinder } from './context';
import { changeOfFromTo, type Fig, fmt, type Sink } from './figures';

export const rule: RuleMeta = {
	id: 'claim.multiple',
	defaultSeverity: 'warning',
	description: {
		en: 'A multiple (翻一番, 增长N倍, 是…的N倍) that does not match the two values stated with it.',
		zh: '倍数表述（翻一番、增长N倍、是…的N倍）与所述两个数值不符。',
	},
	messages: {
		default: {
			en: '“{words}” does not match the figures: {expression} (×{factor} expected).',
			zh: '“{words}”与所述数字不符：{expression}（应约为{factor}倍）。',
		},
	},
};

const DOUBLINGS: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3 };
const FAN = /^[，,]?(?:实现|增长了?|增加了?)?翻(了)?(一|两|二|三)番/;

/** 是2020年的, 为上年的, 相当于…的: the multiple is a ratio of the two values. */
const RATIO_WORDS = /(?:^|[^总])(?:是|为|相当于)[^，,；;。]{0,12}的$/;

function inSegment(b: Sink, segment: readonly Fig[], after: (f: Fig) => string): void {
	const to = segment.find((f) => f.fromTo === 'to' && f.exact);
	const from = to ? segment.find((f) => f.fromTo === 'from' && f.local < to.local && f.unit === to.unit && f.exact) : undefined;
	if (!from || !to || from.value <= 0) return;
	const ratio = to.value / from.value;
	const text = after(to);
	let factor: number | undefined;
	let target: Fig | undefined;
	let words = '';
	const fan = FAN.exec(text);
	if (fan) {
		factor = 2 ** DOUBLINGS[fan[2]!]!;
		words = fan[0].replace(/^[，,]/, '');
	} else {
		const m = segment.find((f) => f.local > to.local && f.unit === '倍' && f.exact);
		// 是…的N倍 in the multiple's own clause, wherever it stands (…，净增700家，是2020年的2.4倍): ×N.
		const ratioWords = m !== undefined && RATIO_WORDS.test(m.context);
		if (m && (ratioWords || changeOfFromTo(m, to))) {
			const prefix = text.slice(0, 12);
			const grewTo = ratioWords || /(?:增长|增加|提高)到/.test(prefix) || (/^[，,]?[是为]/.test(prefix) && prefix.includes('的'));
			factor = grewTo ? m.value : m.value + 1;
			target = m;
			words = grewTo ? `增长到${m.text}` : `增长${m.text}`;
		}
	}
	if (factor === undefined) return;
	b.add({
		kind: 'multiple',
		figs: [from, to, ...(target ? [target] : [])],
		target: target ?? to,
		expression: `${to.text} ÷ ${from.text} = ${fmt(ratio, 2)}`,
		computed: ratio,
		ok: Math.abs(ratio - factor) <= factor * 0.1,
		data: { words, factor, ratio: fmt(ratio, 2) },
	});
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		for (const segment of p.segments) inSegment(sink, segment, (f) => p.after(f));
	},
};
