/**
 * claim.ratio, defined rates — a rate the lexicon defines as the quotient of two indicators (`ratioOf`), stated with
 * both: `年末全国人口140828万人…其中城镇常住人口94350万人` and `年末全国常住人口城镇化率为67.00%` → 94350 ÷ 140828 =
 * 67.00%; `城乡居民收入比为2.34` with the urban and rural incomes stated.
 *
 * Only the document's one value of each indicator at the rate's scope and year is taken (a value stated again is the
 * same one; two different values leave the rate unchecked), never a from-value, an aside or a bound, and only where it
 * stands for the rate: in the rate's sentence, or in another part when both name one scope (年末) of one year; a rate over
 * the population is over the resident one (常住人口, or the country's) in both its terms, as the averages per head are
 * (perCapita.ts).
 */
import type { DocumentFigures } from './context';
import { fmt, interval, operand, sameScale, sameScope, type Sink } from './figures';
import { isResident, plain, POPULATION } from './perCapita';

/** The most statements of one indicator that may give a rate its one value. */
const MAX_STATED = 8;

/**
 * Where a term may stand for the rate at `at`: in its sentence, or in another block when both name one scope (年末, 全年) of
 * one year's part of the document — a rate in the next sentence may be of another year (2019年，…收入比为2.65), and one
 * with no scope in another part a target (常住人口城镇化率达到65%).
 */
function nearEnough(d: DocumentFigures, i: number, at: number): boolean {
	const f = d.all[i]!;
	const rate = d.all[at]!;
	if (d.blockOf[i] === d.blockOf[at]) return f.sentence === rate.sentence;
	return rate.scope !== '' && f.scope === rate.scope && d.yearOf[d.rankOf[i]!] === d.yearOf[d.rankOf[at]!];
}

/** The index of the document's one value of `indicator` that the rate at `at` may be of, or −1 (none, or two values). */
function oneValue(d: DocumentFigures, indices: readonly number[] | undefined, at: number, overPopulation: boolean, beside = -1): number {
	const all = d.all;
	const rate = all[at]!;
	let found = -1;
	if (indices !== undefined && indices.length > MAX_STATED) return -1;
	for (const i of indices ?? []) {
		const f = all[i]!;
		if (!plain(f) || !sameScope(f, rate) || (f.year !== undefined && rate.year !== undefined && f.year !== rate.year)) continue;
		// Of the rate's region (全省…城镇化率 is none of a city's own population); a numerator beside its denominator names it there.
		if (f.region !== rate.region && !(beside >= 0 && f.region === '')) continue;
		// Over the resident population, both terms (城镇常住人口 over 常住人口; not a registered 城镇人口 over it).
		if (overPopulation && !isResident(f)) continue;
		if (found >= 0 && all[found]!.value !== f.value) return -1;
		if (found < 0) found = i;
	}
	// The nearest statement decides where the value stands; a value stated again elsewhere is the same one.
	const near = (i: number): boolean => nearEnough(d, i, at) || (beside >= 0 && d.blockOf[i] === d.blockOf[beside] && all[i]!.sentence === all[beside]!.sentence);
	return found >= 0 && (indices ?? []).some((i) => all[i]!.value === all[found]!.value && plain(all[i]!) && near(i)) ? found : -1;
}

export function definedRatios(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	if (!all.some((f) => d.lexicon.get(f.indicator ?? f.key)?.ratioOf !== undefined)) return;
	const byKey = new Map<string, number[]>();
	all.forEach((f, i) => {
		let list = byKey.get(f.indicator ?? f.key);
		if (!list) byKey.set(f.indicator ?? f.key, (list = []));
		// An indicator stated more often names no one value (a table of many places): its list stops growing.
		if (list.length <= MAX_STATED) list.push(i);
	});
	all.forEach((rate, at) => {
		const ind = d.lexicon.get(rate.indicator ?? rate.key);
		const pair = ind?.ratioOf;
		// 城乡…比值 with its whole named in the text is quotients' (ratio.ts).
		// A rate reached (由1.76缩小至1.71) is the rate now, unless dated (缩小至2021年的1.71); the one it came from is another year's.
		if (!pair || !rate.exact || rate.whole !== undefined || rate.fromTo === 'from' || (rate.fromTo === 'to' && rate.year !== undefined) || rate.kind === 'change') return;
		// 2.48:1 — a figure one mark after another of its block is a later term of the ratio, not the ratio.
		const before = all[at - 1];
		if (before !== undefined && d.blockOf[at - 1] === d.blockOf[at] && rate.q.start - before.q.end === 1) return;
		const overPopulation = pair[1] === POPULATION;
		if (ind.over === 'year-average') {
			yearAverage(d, b, byKey, at, pair, overPopulation);
			return;
		}
		const denAt = oneValue(d, byKey.get(pair[1]), at, overPopulation);
		// The numerator where the rate may take it, or in the denominator's sentence (年末全国人口…，其中城镇常住人口…).
		const numAt = denAt < 0 ? -1 : oneValue(d, byKey.get(pair[0]), at, overPopulation, denAt);
		const num = all[numAt];
		const den = all[denAt];
		if (!num || !den || num.unit !== den.unit || den.value <= 0) return;
		const percent = rate.unit === '%' ? 100 : 1;
		const n = interval(num);
		const m = interval(den);
		const computed = (num.value / den.value) * percent;
		const bare = sameScale(num, den);
		const expr = `${operand(num, bare)} ÷ ${operand(den, bare)}${percent === 100 ? ' × 100%' : ''} = ${fmt(computed, rate.q.decimals + 1)}${percent === 100 ? '%' : ''}`;
		const data = { form: 'defined', name: rate.subject, stated: rate.text, numerator: num.subject, denominator: den.subject };
		b.check('ratio', [num, den, rate], rate, expr, computed, interval(rate), { lo: (n.lo / m.hi) * percent, hi: (n.hi / m.lo) * percent }, data, { at: { figs: [numAt, denAt, at], target: at } });
	});
}

/**
 * A rate over the year's average of a stock (出生率 = 出生人口 ÷ 年平均人口): the stock's year-end value and its change
 * over the year stated right after it, on the year before (年末全国人口140967万人，比上年末减少208万人) give the average, the value less half
 * the change; the flow (全年出生人口902万人) in the rate's sentence. The stock stands in the rate's block, before it, and
 * is the document's one value of its indicator there (of the resident population, or the country's); with no change
 * stated the average is not known to the rate's precision, and the rate is left unchecked.
 */
function yearAverage(d: DocumentFigures, b: Sink, byKey: ReadonlyMap<string, number[]>, at: number, pair: readonly [string, string], overPopulation: boolean): void {
	const all = d.all;
	const rate = all[at]!;
	// The stock: in the rate's block before it, of its region (or of none: 年末全国总人口 for 出生率), one value there.
	let denAt = -1;
	for (const i of byKey.get(pair[1]) ?? []) {
		const f = all[i]!;
		if (i >= at || d.blockOf[i] !== d.blockOf[at] || !plain(f) || !sameScope(f, rate) || (overPopulation && !isResident(f))) continue;
		if (f.region !== rate.region && f.region !== '' && rate.region !== '') continue;
		if (denAt >= 0 && all[denAt]!.value !== f.value) return;
		denAt = i;
	}
	if (denAt < 0) return;
	const den = all[denAt]!;
	const change = all[denAt + 1];
	if (!change || change.kind !== 'change' || change.key !== den.key || change.unit !== den.unit || !change.exact || change.inBrackets || d.blockOf[denAt + 1] !== d.blockOf[denAt] || change.sentence !== den.sentence) return;
	// The change over the year: on the year before (比上年末增加, 同比), not on another year or a census (比2020年末增加12.0万人).
	if (!change.comparative || /上月|上季|环比/.test(change.context)) return;
	// The flow is no population: only its sentence tells it is the rate's.
	const numAt = oneValue(d, byKey.get(pair[0]), at, false);
	const num = all[numAt];
	if (!num || num.unit !== den.unit) return;
	const per = rate.unit === '‰' ? 1000 : rate.unit === '%' ? 100 : 1;
	const down = change.direction === 'down';
	const c = interval(change);
	const signed = down ? { lo: -c.hi, hi: -c.lo } : c;
	const m = interval(den);
	const average = { lo: m.lo - signed.hi / 2, hi: m.hi - signed.lo / 2 };
	if (average.lo <= 0) return;
	const n = interval(num);
	const value = den.value - (down ? -change.value : change.value) / 2;
	const computed = (num.value / value) * per;
	const bare = sameScale(num, den) && sameScale(change, den);
	const unit = per === 1000 ? '‰' : per === 100 ? '%' : '';
	const expr = `${operand(num, bare)} ÷ (${operand(den, bare)} ${down ? '+' : '−'} ${operand(change, bare)} ÷ 2) × ${per === 1 ? 1 : per}${unit} = ${fmt(computed, rate.q.decimals + 1)}${unit}`;
	const data = { form: 'defined', name: rate.subject, stated: rate.text, numerator: num.subject, denominator: den.subject };
	b.check('ratio', [num, den, change, rate], rate, expr, computed, interval(rate), { lo: (n.lo / average.hi) * per, hi: (n.hi / average.lo) * per }, data, { at: { figs: [numAt, denAt, denAt + 1, at], target: at } });
}
