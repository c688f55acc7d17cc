/**
 * claim.ratio, defined rates — a rate the lexicon defines as the quotient of two indicators (`ratioOf`), stated with
 * both: `年末全国人口140828万人…其中城镇常住人口94350万人` and `年末全国常住人口城镇化率为67.00%` → 94350 ÷ 140828 =
 * 67.00%; `城乡居民收入比为2.34` with the urban and rural incomes stated.
 *
 * Only the document's one value of each indicator at the rate's scope and year is taken (a value stated again is the
 * same one; two different values leave the rate unchecked), never a from-value, an aside or a bound; a rate over the
 * population is over the resident one (常住人口, or the country's), as the averages per head are (perCapita.ts).
 */
import type { DocumentFigures } from './context';
import { type Fig, fmt, interval, operand, sameScale, sameScope, type Sink } from './figures';
import { isResident, POPULATION } from './perCapita';

/** A figure that states a value of its own (not a from-value, an aside or a bound). */
function plain(f: Fig): boolean {
	return f.kind === 'amount' && f.exact && !f.inBrackets && f.fromTo === undefined;
}

/** The index of the document's one value of `indicator` that `rate` may be of, or −1 (none, or two values). */
function oneValue(all: readonly Fig[], indices: readonly number[] | undefined, rate: Fig): number {
	let at = -1;
	for (const i of indices ?? []) {
		const f = all[i]!;
		if (!plain(f) || !sameScope(f, rate) || (f.year !== undefined && rate.year !== undefined && f.year !== rate.year)) continue;
		if (f.key === POPULATION && !isResident(f)) continue;
		if (at >= 0 && all[at]!.value !== f.value) return -1;
		if (at < 0) at = i;
	}
	return at;
}

export function definedRatios(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	const byKey = new Map<string, number[]>();
	let rates = 0;
	all.forEach((f, i) => {
		if (d.lexicon.get(f.key)?.ratioOf && f.exact && f.whole === undefined) rates++;
		let list = byKey.get(f.key);
		if (!list) byKey.set(f.key, (list = []));
		list.push(i);
	});
	if (rates === 0) return;
	all.forEach((rate, at) => {
		const pair = d.lexicon.get(rate.key)?.ratioOf;
		// 城乡…比值 with its whole named in the text is quotients' (ratio.ts).
		if (!pair || !rate.exact || rate.whole !== undefined || rate.fromTo !== undefined || rate.kind === 'change') return;
		const numAt = oneValue(all, byKey.get(pair[0]), rate);
		const denAt = oneValue(all, byKey.get(pair[1]), rate);
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
