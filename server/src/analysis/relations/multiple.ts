/**
 * claim.multiple — `由A增加到B` with `翻一番`/`翻两番` (×2, ×4), `增长N倍` (×(N+1)) or `增长到N倍`/`是…的N倍` (×N) when
 * both values are stated. A multiple is read loosely (翻一番 is about ×2): off by more than a tenth is a contradiction.
 *
 * A multiple stated as a bound is read as one: 增长1倍以上, 增长5倍多, 超过2倍, 翻了一番多 say at least the factor (the
 * values' rounding allowed, no tenth: the writer chose the bound); 近1倍, 接近翻一番 a little under it — no more than
 * the factor and within a tenth below it, the tolerance of the exact reading (增长近1倍 for 1834→3511万千瓦 is ×1.91,
 * 4% under); 不到/不足1倍 at most the factor. 均增长1倍以上 (均实现翻一番) after several `由A增加到B` in a row binds each.
 */
import type { RuleMeta } from '../rules/rule';
import type { RelationFinder } from './context';
import { changeOfFromTo, type Fig, fmt, interval, otherBaseYear, type Sink } from './figures';
import { meets, type Interval } from '../interval';
import { work } from '../work';
import { WHOLE_REGION } from '../parse/reading';

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
		atLeast: {
			en: '“{words}” does not match the figures: {expression}, less than ×{factor}.',
			zh: '“{words}”与所述数字不符：{expression}，不到{factor}倍。',
		},
		near: {
			en: '“{words}” does not match the figures: {expression} (a little under ×{factor} expected).',
			zh: '“{words}”与所述数字不符：{expression}（应略低于{factor}倍）。',
		},
		atMost: {
			en: '“{words}” does not match the figures: {expression}, more than ×{factor}.',
			zh: '“{words}”与所述数字不符：{expression}，超过{factor}倍。',
		},
	},
	variant: (data) => (typeof data['bound'] === 'string' ? data['bound'] : 'default'),
};

type Bound = 'exact' | 'atLeast' | 'near' | 'atMost';

const DOUBLINGS: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3 };
/** 翻了一番, 实现翻番 (×2), 接近翻一番, 翻一番多; 均 when it binds several from–to pairs before it. */
const FAN = /^[，,]?([均都])?(?:实现|增长了?|增加了?)?(近|接近|将近|超过)?翻(了)?(一|两|二|三)?番(多|以上)?/;

/** 是2020年的, 为上年的, 相当于…的: the multiple is a ratio of the two values. */
const RATIO_CLAUSE = /(?:是|为|相当于)([^，,；;。]{0,12})的$/;
/** Before 是 in the ratio's clause: nothing but an adverb — 增速是全省的2倍 is another statistic's ratio. */
const OWN_RATIO = /^(?:[均都也已约]|已经|大约)?(?:是|为|相当于)/;
/** 是全国平均的1.5倍, 为全省的: a ratio to another region's or an average figure, not to A. */
const OTHER_ENTITY = new RegExp(`${WHOLE_REGION}|平均|水平|同类|周边|世界|国际|发达`);
/** 是2015年的: over a year of its own, not the pair's when A is of another year. */
const RATIO_YEAR = /((?:19|20)[0-9]{2})年/;

/** The ratio clause of a 倍 figure: 'own' (×N of A), 'other' (of another figure: no relation), or undefined (none). */
function ratioClause(m: Fig, from: Fig): 'own' | 'other' | undefined {
	const clause = RATIO_CLAUSE.exec(m.context);
	if (!clause) return undefined;
	const base = clause[1]!;
	const year = RATIO_YEAR.exec(base);
	if (!OWN_RATIO.test(m.context) || OTHER_ENTITY.test(base) || (year !== null && from.year !== undefined && from.year !== Number(year[1]))) return 'other';
	return 'own';
}

/** What a 倍 figure binds: 1倍以上, 超过2倍, 5倍多 at least; 近1倍 a little under; 不到1倍 at most. */
function boundOf(m: Fig, after: string): Bound {
	if (m.q.approx === 'more' || after.startsWith('多')) return 'atLeast';
	if (m.q.approx === 'less') return m.q.approxWord !== undefined && m.q.approxWord.endsWith('近') ? 'near' : 'atMost';
	return 'exact';
}

/** Between one pair's B and the next pair's A: a clause naming the next subject only (，地方财政一般预算收入由). */
const NEXT_PAIR = /^[，,、][^，,；;。:：]{0,24}[由从]$/;
/** At most this many from–to pairs bound by one 均 multiple. */
const MAX_PAIRS = 8;

interface Multiple {
	readonly factor: number;
	readonly bound: Bound;
	readonly words: string;
	readonly target?: Fig;
}

function fanOf(text: string, shared: boolean): Multiple | undefined {
	const fan = FAN.exec(text);
	if (!fan || (shared && fan[1] === undefined)) return undefined;
	const bound: Bound = fan[5] !== undefined || fan[2] === '超过' ? 'atLeast' : fan[2] !== undefined ? 'near' : 'exact';
	return { factor: 2 ** DOUBLINGS[fan[4] ?? '一']!, bound, words: fan[0].replace(/^[，,]/, '') };
}

function multipleOf(m: Fig, text: string, after: string, ratioWords: boolean): Multiple {
	const prefix = text.slice(0, 12);
	const grewTo = ratioWords || /(?:增长|增加|提高)到/.test(prefix) || (/^[，,]?[是为]/.test(prefix) && prefix.includes('的'));
	const bound = boundOf(m, after);
	const more = after.startsWith('多') && m.q.approx === 'exact' ? '多' : '';
	return { factor: grewTo ? m.value : m.value + 1, bound, words: `${grewTo ? '增长到' : '增长'}${m.text}${more}`, target: m };
}

/** The multiple a run of from–to pairs starting at `i` shares: 由A增加到B，由C增加到D，均增长1倍以上. */
function sharedMultiple(from: Fig, segment: readonly Fig[], i: number, between: (a: Fig, b: Fig) => string, after: (f: Fig, n?: number) => string): Multiple | undefined {
	let j = i + 1;
	for (let n = 0; n < MAX_PAIRS && j + 1 < segment.length; n++, j += 2) {
		const a = segment[j]!;
		const b = segment[j + 1]!;
		work.relations++;
		if (a.fromTo !== 'from' || b.fromTo !== 'to' || !NEXT_PAIR.test(between(segment[j - 1]!, a))) break;
	}
	const last = segment[j - 1]!;
	const m = segment[j];
	if (m?.unit === '倍' && /^[均都]/.test(m.context) && (m.exact || m.q.approx !== 'exact') && !otherBaseYear(m, from) && /^[，,][均都]/.test(between(last, m))) {
		const ratio = ratioClause(m, from);
		return ratio === 'other' ? undefined : multipleOf(m, after(last), after(m, 1), ratio === 'own');
	}
	return m === undefined || m.fromTo === 'from' ? fanOf(after(last), true) : undefined;
}

function inSegment(b: Sink, segment: readonly Fig[], between: (a: Fig, b: Fig) => string, after: (f: Fig, n?: number) => string): void {
	for (let i = 1; i < segment.length; i++) {
		// 由A增加到B; or B，比一九五二年的A增长N倍 (the base after the figure reached: the multiple follows the base).
		const baseAfter = segment[i]!.fromTo === 'from' && segment[i - 1]!.fromTo === 'to' && /^[，,]?比/.test(between(segment[i - 1]!, segment[i]!));
		const to = baseAfter ? segment[i - 1]! : segment[i]!;
		if (to.fromTo !== 'to' || !to.exact) continue;
		const from = baseAfter ? segment[i]! : segment[i - 1]!;
		if (from.fromTo !== 'from' || from.unit !== to.unit || !from.exact || from.value <= 0) continue;
		const text = after(segment[i]!);
		let found = fanOf(text, false);
		if (!found) {
			let m: Fig | undefined;
			for (let k = i + 1; k < segment.length && k <= i + 4 && segment[k]!.fromTo !== 'from'; k++) {
				if (segment[k]!.unit === '倍') {
					m = segment[k];
					break;
				}
			}
			// 是…的N倍 in the multiple's own clause, wherever it stands (…，净增700家，是2020年的2.4倍): ×N.
			const ratio = m && ratioClause(m, from);
			const ratioWords = ratio === 'own';
			if (m && ratio !== 'other' && (m.exact || m.q.approx !== 'exact') && !otherBaseYear(m, from) && (ratioWords || changeOfFromTo(m, to))) found = multipleOf(m, text, after(m, 1), ratioWords);
		}
		if (!baseAfter) found ??= sharedMultiple(from, segment, i, between, after);
		if (found) add(b, from, to, found);
	}
}

function add(b: Sink, from: Fig, to: Fig, { factor, bound, words, target }: Multiple): void {
	const ratio = to.value / from.value;
	const f = interval(from);
	const t = interval(to);
	const stated: Interval = { lo: t.lo / f.hi, hi: f.lo > 0 ? t.hi / f.lo : Infinity };
	const ok =
		bound === 'exact'
			? Math.abs(ratio - factor) <= factor * 0.1
			: meets(stated, bound === 'atLeast' ? { lo: factor, hi: Infinity } : bound === 'near' ? { lo: factor * 0.9, hi: factor } : { lo: 0, hi: factor });
	b.add({
		kind: 'multiple',
		figs: [from, to, ...(target ? [target] : [])],
		target: target ?? to,
		expression: `${to.text} ÷ ${from.text} = ${fmt(ratio, 2)}`,
		computed: ratio,
		ok,
		data: { words, factor, ratio: fmt(ratio, 2), ...(bound === 'exact' ? {} : { bound }) },
	});
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		for (const segment of p.segments) inSegment(sink, segment, (a, b) => p.between(a, b), (f, n) => p.after(f, n));
	},
};
