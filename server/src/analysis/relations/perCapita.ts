/**
 * claim.ratio, per head — an average per head of the population stated with its total and the population:
 * `全市实现地区生产总值609.91亿元…人均地区生产总值73572元` and `年末全市常住人口82.9万人` → 609.91亿 ÷ 82.9万 = 73572.
 * Which averages are per head of which total is the lexicon's (`perCapitaOf`: 人均国内生产总值 of 国内生产总值, 人均用水量 of
 * 总用水量), in the total's unit (元, 立方米: `全年总用水量5907亿立方米…人均用水量419立方米`).
 *
 * The average is over the year's mean population, which the text does not print; it differs from the year-end one by
 * well under 1% in the communiqués (0.03–0.54% in ../shared), so the quotient is held to 2% and no fix is offered.
 * Only what a communiqué states is read: the total reported with its change on the year before (比上年增长…, not a
 * target), and the document's one resident population (常住人口, or the country's) of the total's year, if it names one
 * — a county's 总人口 is its registered one, which people who work elsewhere swell by a fifth or more.
 */
import type { DocumentFigures } from './context';
import { type Fig, fmt, interval, sameScope, type Sink, statedYear } from './figures';
import { work } from '../work';
import { AIMED } from '../parse/reading';

/** The units an average per head and its total share: money, volumes (水资源, 用水量), and books (人均图书拥有量, in 册). */
const MEASURED = /^(?:元|立方米|册)$/;

/** An average said to be over another population than the resident one (按户籍人口计算，人均…). */
const OTHER_POPULATION = /户籍|户口/;

/** How far before an average the population it is over may be named (按户籍人口计算，人均地区生产总值). */
const OTHER_POPULATION_REACH = 24;

/** Is the average at `at` said, in its sentence right before it, to be over another population (户籍)? */
function overAnother(d: DocumentFigures, at: number): boolean {
	const f = d.all[at]!;
	const before = d.textOf[d.rankOf[at]!]!.slice(Math.max(0, f.q.start - OTHER_POPULATION_REACH), f.q.start);
	return OTHER_POPULATION.test(before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1));
}

/** How far the mean population of a year may be from the population printed: a share of the quotient. */
const MEAN_POPULATION_TOLERANCE = 0.02;
export const POPULATION = '总人口';

/** The population the averages per head are of: the resident one (常住人口), or the country's. */
export function isResident(f: Fig): boolean {
	return f.subject.includes('常住') || f.region === '全国' || /全国|大陆/.test(f.subject);
}

/** The year a scope names (2022年末 → 2022), or undefined. */
function yearOf(scope: string): string | undefined {
	return /(\d{4})年/.exec(scope)?.[1];
}

/** A figure that states a value of its own (not a from-value, an aside or a bound). */
export function plain(f: Fig): boolean {
	return f.kind === 'amount' && f.exact && !f.inBrackets && f.fromTo === undefined;
}

export function perCapita(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	let popAt = -1;
	for (let i = 0; i < all.length; i++) {
		const f = all[i]!;
		if (f.key !== POPULATION || f.unit !== '人' || !plain(f) || !isResident(f)) continue;
		if (popAt < 0) popAt = i;
		else if (all[popAt]!.value !== f.value) return; // two populations: which one the average is of is not known
	}
	if (popAt < 0) return;
	const pop = all[popAt]!;
	// Its total: the latest amount of the total in money before it in its block (全市实现地区生产总值…，人均…), kept as
	// the figures go by.
	const latest = new Map<string, number>();
	work.relations += all.length;
	for (let at = 0; at < all.length; at++) {
		const avg = all[at]!;
		if (at > 0 && d.blockOf[at] !== d.blockOf[at - 1]) latest.clear();
		if (plain(avg) && MEASURED.test(avg.unit)) latest.set(avg.key, at);
		const of = avg.indicator === undefined ? undefined : d.lexicon.get(avg.indicator)?.perCapitaOf;
		if (of === undefined || !plain(avg) || !MEASURED.test(avg.unit) || overAnother(d, at)) continue;
		const totalAt = latest.get(of) ?? -1;
		// In the total's unit: 元 per head of an amount in 元, 立方米 per head of a volume (人均用水量 of 总用水量).
		if (totalAt < 0 || !sameScope(all[totalAt]!, avg) || all[totalAt]!.unit !== avg.unit) continue;
		const total = all[totalAt]!;
		// Reported with its change on the year before (a target is not), or — a total with no change of its own — the
		// average right after it in its clause, neither aimed at nor estimated nor of a period to come (图书118亿册（张），
		// 人均图书拥有量8.39册（张）; not 预计人均图书拥有量…); and of the population's year.
		const change = all[totalAt + 1];
		const reported = change?.kind === 'change' && change.comparative && change.key === total.key;
		const beside =
			change === avg &&
			total.segment === avg.segment &&
			d.blockOf[totalAt] === d.blockOf[at] &&
			d.aheadOf[d.rankOf[at]!] === 0 &&
			avg.sentencePeriod === undefined &&
			!AIMED.test(total.context) &&
			!AIMED.test(avg.context);
		if (!reported && !beside) continue;
		const popYear = yearOf(pop.scope);
		if (popYear !== undefined && popYear !== yearOf(total.scope)) continue;
		// With no change to say it is the year's, a total of a year the population does not name is another year's
		// (2020年出版图书101亿册，人均图书拥有量… in a communiqué whose population is 年末全国人口…).
		const ownTotalYear = statedYear(total);
		if (!reported && ownTotalYear !== undefined && (popYear === undefined || String(ownTotalYear) !== popYear)) continue;
		const t = interval(total);
		const p = interval(pop);
		const a = interval(avg);
		const tol = MEAN_POPULATION_TOLERANCE;
		const computed = total.value / pop.value;
		const expected = { lo: (t.lo / p.hi) * (1 - tol), hi: (t.hi / p.lo) * (1 + tol) };
		const expression = `${total.text} ÷ ${pop.text} = ${fmt(computed, avg.q.decimals === 0 ? 0 : avg.q.decimals + 1)}${avg.unit}`;
		b.check('ratio', [total, pop, avg], avg, expression, computed, a, expected, { whole: total.subject, population: pop.subject, stated: avg.text, form: 'per-capita', tolerance: `${tol * 100}%` }, {
			fix: false,
			at: { figs: [totalAt, popAt, at], target: at },
			// The total holds at the average times the population; the population at the total over the average.
			accepts: [
				{ lo: (a.lo * p.lo) / (1 + tol), hi: (a.hi * p.hi) / (1 - tol) },
				a.lo > 0 ? { lo: t.lo / a.hi / (1 + tol), hi: t.hi / a.lo / (1 - tol) } : undefined,
				expected,
			],
		});
	}
}
