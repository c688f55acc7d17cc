/**
 * claim.annual-growth — an average annual rate over a period with both ends stated: `由120亿元增加到316亿元，年均增长21.4%`
 * over five years ⇒ (316 ÷ 120)^(1/5) − 1 = 21.37%. The years come from the dates of the two ends (由2007年的…提高到2012年
 * 的…) or from the paragraph (五年来, 过去五年, “十三五”时期). Rates at comparable prices (GDP, value added) are not recomputed
 * from nominal values.
 *
 * Or over the period a growth on a year before states, with the rate itself: `2007年，国内生产总值…比2002年增长65.5%，年均增长
 * 10.6%` ⇒ 1.655^(1/5) − 1 = 10.60%. Two rates of one basis (the same price words 按可比价/按不变价/按现价 wherever the
 * sentence states them, or none on either), so GDP's too; the two years must be printed (the base in the rate's words, the
 * end as the year its sentence opens on, or a date of the figure's own), and equal the years the rate's own words give
 * (近三年年均, 五年来) when they give some.
 */
import type { RuleMeta } from '../rules/rule';
import type { Paragraph, RelationFinder } from './context';
import { type Fig, fmt, interval, latestBefore, operand, sameScale, type Sink } from './figures';
import { basisOfWord, COMPARABLE_PRICES, PRICE_BASIS, WHOLE_REGION } from '../parse/reading';
import { yearOf } from '../parse/claims';

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
		multiple: {
			en: 'The average annual rate {stated} does not follow from “{words}” over {years} years: {expression} (×{factor} expected, within a tenth).',
			zh: '年均增速{stated}与{years}年间“{words}”不符：{expression}（应约为{factor}倍，允许相差一成）。',
		},
	},
	variant: (data) => (data['form'] === 'cumulative' || data['form'] === 'multiple' ? data['form'] : 'default'),
};

/** The base year of a growth over several years: `比2002年增长`, `比2015年末提高`. */
const ON_YEAR = /比((?:19|20)[0-9]{2})年(?:末|底)?(?:实际)?[^，。；、0-9]{1,3}$/;
/** An annual rate of a period of its own (“十三五”年均, 2016年以来年均, 其中…): not the cumulative growth's. */
const OWN_PERIOD = /(?:19|20)[0-9]{2}|十[一二三四五六七八九]五|以来|期间|其中/;

/**
 * The number of years a rate's own words give (近三年年均, 过去五年年均, 五年来, 十年间, 12年间): the cumulative growth's years
 * must be these. Not a year of its own (2018年, read by OWN_PERIOD).
 */
const OWN_YEARS = /(?<![0-9])([一二三四五六七八九十两]{1,3}|[0-9]{1,2})个?年(?=来|间|中|里|内|年均|平均|每年)/;
const DIGITS = '一二三四五六七八九';
function yearsNamed(context: string): number | undefined {
	const m = OWN_YEARS.exec(context);
	if (!m) return undefined;
	const w = m[1]!;
	if (/[0-9]/.test(w)) return Number(w);
	if (w === '两') return 2;
	const ten = w.indexOf('十');
	const unit = (c: string | undefined): number => DIGITS.indexOf(c ?? '') + 1;
	if (ten < 0) return w.length === 1 ? unit(w) : undefined;
	return (ten === 0 ? 1 : unit(w[0])) * 10 + (ten < w.length - 1 ? unit(w[ten + 1]) : 0);
}

/**
 * The basis of a rate's prices, read wherever its sentence states it before the rate (按现价计算，…比2007年增长98.5%，按可比价格
 * 计算年均增长11.2%: the first nominal, the second real) or in brackets right after it; 实际增长 is real. 'none' when unsaid.
 */
const BASIS = new RegExp(PRICE_BASIS.source, 'g');
const BASIS_AFTER = new RegExp(`^[（(]按?(${PRICE_BASIS.source})`);
/** How far back in its sentence a rate's basis is read. */
const BASIS_REACH = 80;
function basisOf(p: Paragraph, f: Fig): 'real' | 'nominal' | 'none' {
	if (f.real) return 'real';
	const after = BASIS_AFTER.exec(p.after(f, 8));
	if (after) return basisOfWord(after[1]!);
	const before = p.before(f, BASIS_REACH);
	let from = 0;
	for (let k = before.length - 1; k >= 0; k--) {
		const ch = before[k]!;
		if (ch === '。' || ch === '！' || ch === '？' || ch === '\n') {
			from = k + 1;
			break;
		}
	}
	let basis: 'real' | 'nominal' | 'none' = 'none';
	BASIS.lastIndex = from;
	for (let m = BASIS.exec(before); m; m = BASIS.exec(before)) basis = basisOfWord(m[0]);
	return basis;
}

/**
 * The cumulative growth stated right before an average annual rate of the same statistic and basis, and the years it
 * spans, when both are printed: `比2002年增长65.5%，年均增长10.6%` in a sentence of 2007.
 */
function cumulative(p: Paragraph, segment: readonly Fig[], i: number, c: Fig): { cum: Fig; years: number } | undefined {
	if (c.year !== undefined || OWN_PERIOD.test(c.context)) return undefined;
	const before = segment[i - 1];
	if (!before || before.key !== c.key || before.kind !== 'change' || before.unit !== '%' || before.annualAverage || !before.exact) return undefined;
	if (before.direction !== c.direction || before.inBrackets !== c.inBrackets || before.part) return undefined;
	// Two rates of one basis (the same words, or none on either): a real rate of a nominal growth is no check.
	if (basisOf(p, before) !== basisOf(p, c)) return undefined;
	const base = ON_YEAR.exec(before.context);
	if (!base) return undefined;
	// The figure's own date is the base year when it stands right before 比 (煤炭消费量比2015年下降): the end is its sentence's.
	const from = Number(base[1]);
	const end = before.year !== undefined && before.year !== from ? before.year : before.sentenceYear;
	if (end === undefined) return undefined;
	const years = end - from;
	const named = yearsNamed(c.context);
	if (named !== undefined && named !== years) return undefined;
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

// ─────────────────────────────── the growth over the period stated as a multiple ───────────────────────────────

/** A rate with no words of its own but its average: 年均增长, 平均每年递增, 即平均每年增长 (the multiple's statistic). */
const BARE_RATE = /^即?(?:年均|平均每年|每年平均)(?:增长|递增|提高)$/;
/** 是2007年的, 为一九五二年的, 相当于…的: the multiple is the ratio of the end to the base (×N). */
const RATIO_OF = /(?:是|为|相当于)([^，,；;。]{0,14})的$/;
/** 增长一·八倍, 比…增长2倍, 增加3倍 (no 到): the end is the base times N + 1. */
const GREW_BY = /(?:增长|增加|提高)了?$/;
/** 是全国平均的1.5倍, 为全省的: a ratio to another region's or an average figure, not the statistic's own base. */
const OTHER_BASE_ENTITY = new RegExp(`${WHOLE_REGION}|平均|水平|同类|周边|世界|国际|发达|目标|计划`);
/** A year in the text (2007年, 一九五二年). */
const A_YEAR = /(?:(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年/;
/** The end a multiple reaches, dated in its clause before it: 到一九五七年…将为…的N倍. */
const TO_YEAR = /[到至]((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年/;
/** A multiple is read loosely, as claim.multiple reads it: off by more than a tenth is a contradiction. */
const LOOSE = 0.1;

/** The factor a 倍 figure states of its statistic's end over its base: ×N (是…的N倍) or ×(N+1) (增长N倍), with its words. */
function factorOf(lead: Fig, value: number): { factor: number; words: string; base?: string } | undefined {
	if (lead.unit !== '倍' || !lead.exact || value <= 0 || lead.fromTo) return undefined;
	const ratio = RATIO_OF.exec(lead.context);
	if (ratio) {
		if (OTHER_BASE_ENTITY.test(ratio[1]!)) return undefined;
		return { factor: value, words: `${ratio[0].slice(ratio[0].search(/是|为|相当于/))}${fmt(value)}倍`, base: ratio[1] };
	}
	if (lead.kind === 'change' && lead.direction === 'up' && GREW_BY.test(lead.context)) return { factor: value + 1, words: `增长${fmt(value)}倍` };
	return undefined;
}

/**
 * The years a multiple spans: from its base year (是2007年的, 为一九五二年的, 比一九五二年的B增长N倍 — the base figure's year)
 * to the year of the figure reached (一九五七年将达到A，比…; 到一九五七年…将为…), or, with no end printed, the period the
 * paragraph names (五年来, 五年累计). Undefined when the base year is not printed.
 */
function yearsOf(p: Paragraph, segment: readonly Fig[], at: number, m: Fig, base: string | undefined): number | undefined {
	const before = segment[at - 1];
	const baseFig = before !== undefined && before.fromTo === 'from' && before.unit !== '倍' ? before : undefined;
	const from = base !== undefined ? yearOf(A_YEAR.exec(base)?.[0]) : baseFig?.year ?? (m.kind === 'change' ? yearOf(/[比较]((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年/.exec(m.context)?.[0]) : undefined);
	if (from === undefined) return undefined;
	const reached = baseFig ? segment[at - 2] : before;
	const own = yearOf(m.scope);
	const to = yearOf(TO_YEAR.exec(m.context)?.[0]) ?? (own !== from ? own : undefined) ?? (reached !== undefined && reached.unit !== '%' && reached.unit !== '倍' && reached.year !== from ? reached.year : undefined) ?? (m.sentenceYear !== from ? m.sentenceYear : undefined);
	if (to !== undefined) return to - from;
	return p.periodYears();
}

/**
 * `…113.13亿元，是2007年的4倍，年均增长33.4%` over five years ⇒ 4^(1/5) − 1 = 31.95%: an average annual rate right after a
 * multiple of its statistic (its own words no more than 年均增长), or right before one whose clause names its statistic
 * again (原油生产量平均每年增长百分之三五·八，到一九五七年原油生产量将为一九五二年的四·六倍). The multiple read loosely (a
 * tenth either way, as claim.multiple reads it). Not at comparable prices (GDP, value added: words of its segment), nor a
 * real rate, nor a rate of a period of its own, nor when the two ends are stated (the from–to reading).
 */
function fromMultiple(p: Paragraph, b: Sink, segment: readonly Fig[], i: number, c: Fig): void {
	if (c.real || c.year !== undefined || OWN_PERIOD.test(c.context.replace(LISTED, '')) || c.direction !== 'up') return;
	const paired = pairedMultiple(segment, i);
	if (!paired) return;
	const { m, at, lead } = paired;
	if (m.inBrackets !== c.inBrackets || !m.exact || m.fromTo) return;
	const f = factorOf(lead, m.value);
	if (!f) return;
	// Of comparable prices: words of the segment before the rate (地区生产总值…，是2007年的2.6倍，年均增长13.1%).
	const first = segment[Math.min(i, at)]!;
	const words = afterClauseEnd(p.before(first, BASIS_REACH)) + p.between(first, segment[Math.max(i, at)]!);
	if (COMPARABLE_PRICES.test(words) || COMPARABLE_PRICES.test(c.key) || p.lexicon.get(c.key)?.comparable) return;
	const years = yearsOf(p, segment, segment.indexOf(lead), lead, f.base);
	if (years === undefined || years < 2 || years > 30) return;
	// The multiple's rounding, or a tenth either way when that is wider.
	const loose = { lo: Math.min(f.factor - m.step / 2, f.factor * (1 - LOOSE)), hi: Math.max(f.factor + m.step / 2, f.factor * (1 + LOOSE)) };
	const rate = (x: number): number => (x ** (1 / years) - 1) * 100;
	const computed = rate(f.factor);
	const term = f.factor === m.value ? m.text.replace(/倍$/, '') : `(1 + ${m.text.replace(/倍$/, '')})`;
	const expr = `${term}^(1/${years}) − 1 = ${fmt(computed)}%`;
	b.check('annual-growth', [m, c], c, expr, computed, interval(c), { lo: rate(loose.lo), hi: rate(loose.hi) }, { form: 'multiple', stated: c.text, words: f.words, factor: fmt(f.factor, 2), years }, { fix: false });
}

/** A figure listed after the one before it (…的1.8倍和1.9倍, 年均增长12.5%和13.4%): its context ends with the joining word. */
const LISTED = /#[和、及与]$/;

/**
 * The multiple an annual rate at `i` goes with, `at` its position, `lead` the first of its list (whose words say what it
 * is a multiple of): the one right before a bare rate (是2007年的4倍，年均增长33.4%) — the k-th of a list of multiples for
 * the k-th of a list of rates after it (是2007年的1.8倍和1.9倍，年均增长12.5%和13.4%), as many of each — or the one right
 * after a rate whose clause names its statistic again, by a date (…平均每年增长百分之三五·八，到一九五七年原油生产量将为
 * 一九五二年的四·六倍).
 */
function pairedMultiple(segment: readonly Fig[], i: number): { m: Fig; at: number; lead: Fig } | undefined {
	const c = segment[i]!;
	const isRate = (f: Fig | undefined): boolean => f !== undefined && f.annualAverage && f.kind === 'change' && f.unit === '%';
	// The rates' list: back to its first, on to its last.
	let r0 = i;
	while (r0 > 0 && LISTED.test(segment[r0]!.context) && isRate(segment[r0 - 1])) r0--;
	let r1 = i;
	while (r1 + 1 < segment.length && LISTED.test(segment[r1 + 1]!.context) && isRate(segment[r1 + 1])) r1++;
	if (BARE_RATE.test(segment[r0]!.context)) {
		const n = r1 - r0 + 1;
		const m0 = r0 - n;
		if (m0 < 0) return undefined;
		for (let k = m0; k < r0; k++) if (segment[k]!.unit !== '倍' || (k > m0 && !LISTED.test(segment[k]!.context))) return undefined;
		// No multiple listed before the first (…2倍、1.8倍和1.9倍 with two rates: which two, the text does not say).
		if (m0 > 0 && segment[m0 - 1]!.unit === '倍' && LISTED.test(segment[m0]!.context)) return undefined;
		if (LISTED.test(segment[m0]!.context)) return undefined;
		return { m: segment[m0 + (i - r0)]!, at: m0 + (i - r0), lead: segment[m0]! };
	}
	const next = segment[i + 1];
	if (r0 === r1 && next !== undefined && next.unit === '倍' && c.subject.length >= 2 && A_YEAR.test(next.context) && next.context.includes(c.subject.slice(0, 2))) return { m: next, at: i + 1, lead: next };
	return undefined;
}

/** The text after the last end of a sentence or a clause group (。；) in `s`. */
function afterClauseEnd(s: string): string {
	return s.slice(Math.max(s.lastIndexOf('。'), s.lastIndexOf('；'), s.lastIndexOf('\n')) + 1);
}

function inSegment(p: Paragraph, b: Sink, segment: readonly Fig[]): void {
	if (!segment.some((f) => f.annualAverage)) return;
	for (let i = 0; i < segment.length; i++) {
		const c = segment[i]!;
		if (!c.annualAverage || c.kind !== 'change' || c.unit !== '%' || !c.exact) continue;
		const over = cumulative(p, segment, i, c);
		if (over) {
			fromCumulative(b, c, over.cum, over.years);
			continue;
		}
		if (c.real) continue;
		if (COMPARABLE_PRICES.test(c.key) || p.lexicon.get(c.key)?.comparable) continue;
		const same = (f: Fig): boolean => f.key === c.key && f.exact && f.unit !== '%';
		const to = latestBefore(segment, i, (f) => same(f) && f.fromTo === 'to');
		const from = to ? latestBefore(segment, i, (f) => same(f) && f.fromTo === 'from' && f.unit === to.unit) : undefined;
		if (!from || !to) {
			fromMultiple(p, b, segment, i, c);
			continue;
		}
		if (from.value <= 0 || to.value <= 0) continue;
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
