/**
 * claim.ratio — a share stated with its part and its whole: `民营企业进出口额223601亿元，…，占进出口总额比重为53.5%`
 * with `货物进出口总额417568亿元` stated before → 223601 ÷ 417568 = 53.55%.
 *
 * Which whole a share is of:
 * - the whole it names (`占党员总数的30.9%`), as an indicator of the lexicon or by its name (党员总数 is
 *   中国共产党党员总数; 全国居民人均消费支出 is 居民人均消费支出, never 农村居民人均消费支出), stated anywhere before it;
 * - for a share that names none (`占7.7%`), the whole of the share before it in the paragraph;
 * - for a share with no whole in its paragraph, or a generic one (`占总人次的67.2%`), the total the text lists its part
 *   under (`…933.6万人次，其中，第一种形态627.8万人次，占…`), or the nearest total before the part that counts the same
 *   thing (`共发展党员213.1万名。…发展女党员97.9万名，占46.0%`).
 *
 * Also an average per head against its total and the population (perCapita.ts), a rate the lexicon defines as a
 * quotient against its two terms (definedRatios.ts: 城镇化率 = 城镇人口 ÷ 总人口), the terms of a structure against the amounts of its parts (`三次产业结构为10.4∶48.6∶41.0` with the three value
 * added and GDP stated) and the quotient of the urban and rural figures (`城乡居民人均可支配收入比值为2.39`).
 */
import type { RuleMeta } from '../rules/rule';
import { type DocumentFigures, ownRegion, type Paragraph, positionIn, type RelationFinder } from './context';
import { type Fig, fmt, interval, latestBefore, ofGrowth, operand, percentOf, sameScale, sameScope, type Sink, WINDOW } from './figures';
import { findBreakdowns } from './breakdowns';
import { findStructures } from './structures';
import { perCapita } from './perCapita';
import { sentenceBefore } from './percentChange';
import { definedRatios } from './definedRatios';
import { distributions } from './distributions';
import { work } from '../work';
import { AIMED, CONVERSION, CUMULATIVE_WORDS, LAST_YEAR, LAST_YEAR_WORDS, PART_OF_YEAR_WORDS, SAME_PERIOD_WORDS, WHOLE_REGION } from '../parse/reading';
import { partitionPoint } from '../search';
import { wordPattern } from '../lexicon/words';

export const rule: RuleMeta = {
	id: 'claim.ratio',
	defaultSeverity: 'warning',
	description: {
		en: 'A share or a ratio that does not match the part and the whole stated in the document.',
		zh: '比重或比值与文中所述的部分和总量不符。',
	},
	messages: {
		share: { en: '{stated} of {whole} does not match the part and the whole stated: {expression}.', zh: '占{whole}比重{stated}与所述部分和总量不符：{expression}。' },
		quotient: { en: 'The ratio {stated} of {whole} does not match the two figures stated: {expression}.', zh: '{whole}比值{stated}与所述数字不符：{expression}。' },
		defined: { en: '{name} {stated} does not match {numerator} over {denominator}: {expression}.', zh: '{name}{stated}与{numerator}和{denominator}不符：{expression}。' },
		perCapita: {
			en: '{stated} per head does not match {whole} over {population}: {expression} (within {tolerance} for the mean population of the year).',
			zh: '人均{stated}与{whole}和{population}不符：{expression}（按年平均人口，允许相差{tolerance}）。',
		},
	},
	variant: (data) => (data['form'] === 'quotient' ? 'quotient' : data['form'] === 'per-capita' ? 'perCapita' : data['form'] === 'defined' ? 'defined' : 'share'),
};

/** 占 right after an amount: its share follows (a sibling part, whatever the share's printing). */
const SHARE_AFTER = /^[，,]?占/;

/** Wholes that name no statistic of their own: the total the part is listed under is meant (lexicon/words.json `genericWhole`). */
const GENERIC_WHOLE = wordPattern('genericWhole');
/** Prefixes under which a subject still names the whole: 货物进出口总额 is 进出口总额. */
const WHOLE_PREFIXES = new RegExp(`^(?:中国共产党|${WHOLE_REGION}|货物|全社会|全部|全体|共)`);

/**
 * The part of share `s` at position `at`: the latest amount of its subject before it in its block — in its segment,
 * or in an earlier sentence (…第一产业增加值22718亿元…。第一、第二和第三产业增加值占国内生产总值的比重分别为12.4%…).
 */
function partOf(list: readonly Fig[], at: number, s: Fig, inBlock: (k: number) => boolean): Fig | undefined {
	work.relations += WINDOW;
	for (let k = at - 1; k >= 0 && k >= at - WINDOW && inBlock(k); k--) {
		const f = list[k]!;
		// A part without a subject of its own (有53个城市为三级，占16.1%: its noun after it) only right before its share.
		// An aside in brackets (…604.8万人（含技工学校学生133.2万人），占…) is no part of a share outside them.
		if (f.kind !== 'amount' || f.key !== s.key || (f.subject === '' && !(k === at - 1 && f.segment === s.segment)) || !f.exact || f.local >= s.local || (f.inBrackets && !s.inBrackets)) continue;
		if (f.segment === s.segment || f.sentence < s.sentence) return f;
	}
	return undefined;
}

/**
 * Whether share `s` at `at` is one of a set of shares of one whole in its sentence that make exactly 100: such a set is
 * rounded to add up (第一、第二和第三产业…比重分别为12.4%、47.3%和40.3%, where 22718 ÷ 182321 = 12.46%), so each share may
 * be off by one unit of its last digit beyond rounding.
 */
function roundedToWhole(list: readonly Fig[], at: number, s: Fig): boolean {
	const same = (f: Fig | undefined): f is Fig => f !== undefined && f.kind === 'share' && f.unit === '%' && f.sentence === s.sentence && (f.wholeKey === undefined || s.wholeKey === undefined || f.wholeKey === s.wholeKey);
	let lo = at;
	let hi = at;
	while (lo > 0 && at - lo < WINDOW && same(list[lo - 1])) lo--;
	while (hi + 1 < list.length && hi - at < WINDOW && same(list[hi + 1])) hi++;
	if (hi === lo) return false;
	let total = 0;
	for (let k = lo; k <= hi; k++) total += list[k]!.value;
	return Math.abs(total - 100) < 1e-6;
}

/** The year a figure is of by a date of its own, or by the year its sentence opens on. */
function yearOf(f: Fig): number | undefined {
	return f.year ?? f.sentenceYear;
}

/** Do two figures name one year, each by a date? */
function sameYear(a: Fig, b: Fig): boolean {
	const y = yearOf(a);
	return y !== undefined && y === yearOf(b);
}

/**
 * A whole stated far from its share (in another paragraph) by one year that both name: the same region, the whole named
 * as the share names it (国内生产总值 for 占国内生产总值; not 占全市生产总值 or 占地区生产总值, a region's), and the share of
 * that year when it names one.
 */
function sameYearFar(part: Fig, total: Fig, s: Fig, whole: string): boolean {
	return sameYear(part, total) && part.region === total.region && total.subject.replace(WHOLE_PREFIXES, '') === whole && (s.year === undefined || s.year === yearOf(total));
}

function check(b: Sink, part: Fig, total: Fig, s: Fig, whole: string, at?: { figs: number[]; target: number }, rounded = false, oneStretch = false): void {
	if (total.value <= part.value || total.unit !== part.unit || !sameScope(total, part) || !total.exact) return;
	// Each of a year its words name, two years (2022年货物进出口总额… ⏎ 2023年，民营企业进出口…，占…比重): another year's whole.
	const years = [yearOf(total), yearOf(part)];
	if (years[0] !== undefined && years[1] !== undefined && years[0] !== years[1]) return;
	// A whole stated in another paragraph is of the same period only when both say which (全年…，全年…), or name one year
	// (2007年，国内生产总值… ⏎ …增加到2007年的3664亿元，占国内生产总值比重…), or both stand in one stretch of one year with
	// no date of their own (oneStretch).
	if (at && (total.scope === '' || total.scope !== part.scope) && Math.abs(at.figs[1]! - at.figs[0]!) > 16 && !oneStretch && !sameYearFar(part, total, s, whole)) return;
	// A share reached (比重由A提高到B) at a date of its own (提高到2010年的2.0%: a target, or the year of another amount) is of
	// that year's whole and part.
	if (s.fromTo === 'to' && s.year !== undefined && (s.year !== yearOf(total) || (yearOf(part) ?? s.year) !== s.year)) return;
	const pct = percentOf(interval(part), interval(total));
	if (!pct) return;
	const computed = (part.value / total.value) * 100;
	const bare = sameScale(part, total);
	const expr = `${operand(part, bare)} ÷ ${operand(total, bare)} = ${fmt(computed)}%`;
	// The part may be the share of the whole; the whole the part over the share.
	const share = rounded ? { lo: s.value - s.step * 1.5, hi: s.value + s.step * 1.5 } : interval(s);
	const accepts = [
		{ lo: (share.lo * interval(total).lo) / 100, hi: (share.hi * interval(total).hi) / 100 },
		share.lo > 0 ? { lo: (interval(part).lo * 100) / share.hi, hi: (interval(part).hi * 100) / share.lo } : undefined,
	];
	b.check('ratio', [part, total, s], s, expr, computed, share, pct, { whole, stated: s.text }, at ? { at, accepts } : { accepts });
}

// ─────────────────────────────── shares of a named whole (document) ───────────────────────────────

/** Does the amount `f` state the whole named `whole` (its key, or its subject less a scope prefix, or what it counts)? */
function names(f: Fig, whole: string, wholeKey: string): boolean {
	if (f.key === wholeKey) return true;
	const subject = f.subject.replace(WHOLE_PREFIXES, '');
	return subject === whole || subject === whole.replace(WHOLE_PREFIXES, '') || (countedUnit(f.unit) && subject === countedBy(whole)) || (subject.length >= 3 && subject === withoutTotal(whole));
}

/** A whole named as the total of a count or a quantity (银幕总数, 用水总量) is what names the count (银幕数, 用水量); '' else. */
function withoutTotal(whole: string): string {
	const m = TOTAL_OF.exec(whole);
	return m ? whole.slice(0, m.index).replace(WHOLE_PREFIXES, '') + m[1]! : '';
}
const TOTAL_OF = /总(数|量)$/;

/** The count a whole's name ends with (登记选民总数, 贫困人口总人数, 农户总户数): the number of what it names before. */
const COUNT_OF = /总(?:数|人数|户数)$/;
/** The most characters before COUNT_OF that name what a whole counts (登记选民): a noun, not a clause. */
const COUNTED_MAX = 8;
/**
 * What a whole named as a count counts (占登记选民总数的85.88% → 登记选民, stated as 共登记选民323809684人), less a scope
 * prefix; '' for another name.
 */
function countedBy(whole: string): string {
	const m = COUNT_OF.exec(whole);
	const counted = m ? whole.slice(0, m.index).replace(WHOLE_PREFIXES, '') : '';
	return counted.length >= 2 && counted.length <= COUNTED_MAX ? counted : '';
}
/** A unit that counts things or people (人, 个, 户, 家), not money, a rate or a measure of size. */
function countedUnit(unit: string): boolean {
	return COUNT_UNIT.test(unit);
}
const COUNT_UNIT = /^(?:人|名|个|户|家|所|项|件|座|处|位)$/;

/** A share of a whole that names its region (占全国…比重): the region's whole, not the document's own (全省…). */
const SHARE_REGION = new RegExp(`占(${WHOLE_REGION})`);


/**
 * The amount a conversion at `i` restates in another currency (…10756亿元，比上年下降9.8%，折1559亿美元): the amount before it
 * in its sentence, past at most two rates of it — not a change (比上年增加150亿元，折21亿美元) nor last year's (上年为…).
 */
function convertedFrom(all: readonly Fig[], blockOf: ArrayLike<number>, i: number): Fig | undefined {
	const f = all[i]!;
	const alongside = (k: number): boolean => blockOf[k] === blockOf[i] && all[k]!.sentence === f.sentence;
	let k = i - 1;
	for (let n = 0; n < 2 && k >= 0 && all[k]!.unit === '%' && alongside(k); n++) k--;
	const before = all[k];
	return before !== undefined && alongside(k) && before.kind === 'amount' && before.direction === undefined && before.unit !== f.unit && !CONVERSION.test(before.subject) && !LAST_YEAR.test(before.context) ? before : undefined;
}

/**
 * Do two figures stand in one stretch of one year: one part of the document (a top-level section), under headings of one
 * year or none — or both in blocks that speak of the one past year (过去一年… ⏎ 一年来，…, whatever year a heading of
 * the past names) — neither in a block that speaks of several past years (五年来) nor under a period to come, and neither
 * dated by its own words or its sentence's (a bulletin's 五、固定资产投资: 全年…551590亿元 … 民间固定资产投资…，占…的比重).
 */
const PART_OF_YEAR = new RegExp(PART_OF_YEAR_WORDS);
/**
 * Words dating a figure otherwise than the year its stretch speaks of, in its sentence before it: another year (上年…,
 * 去年…, 上年同期), a sum or a level of no one year (累计…, 近三年，…, 截至目前), an estimate (预计全年…).
 */
export const OTHER_TIME = new RegExp(`${LAST_YEAR_WORDS}|${SAME_PERIOD_WORDS}|${CUMULATIVE_WORDS}|截至|截止|预计|近[一二三四五六七八九十两几0-9]+年`);
/** A comparison's base (比上年, 较去年同期, 与上年末): no date of the figure. */
const COMPARED_WITH_BASE = /(?:比|较|与)(?:上年|去年|上一年)?(?:同期|末|底|初)?/g;

function oneStretch(d: DocumentFigures, a: number, b: number): boolean {
	// Of the whole year: not a sentence on part of it (1-11月，…; 上半年…), on a period to come or a date, nor on a span
	// but the one past year its block speaks of (过去一年，…), nor one dated by words of another time (上年，…; 累计…).
	const undated = (k: number): boolean => {
		const f = d.all[k]!;
		const period = f.sentencePeriod === undefined || (f.sentencePeriod === 'span' && d.carriedOf[d.rankOf[k]!] === 'year');
		if (yearOf(f) !== undefined || !period || PART_OF_YEAR.test(f.scope + f.context) || d.carriedOf[d.rankOf[k]!] === 'years' || d.aheadOf[d.rankOf[k]!] !== 0 || d.lineOf[d.rankOf[k]!] !== 0) return false;
		return !OTHER_TIME.test((f.scope + sentenceBefore(d.textOf[d.rankOf[k]!]!, f.q.start)).replace(COMPARED_WITH_BASE, ''));
	};
	// Of one region: a part of the nation's or a district's (全国研发投入…) is no share of the city's whole.
	const region = (f: Fig): string => f.region || ownRegion(d);
	const oneYear = d.yearOf[d.rankOf[a]!] === d.yearOf[d.rankOf[b]!] || (d.carriedOf[d.rankOf[a]!] === 'year' && d.carriedOf[d.rankOf[b]!] === 'year');
	return d.sectionOf[d.rankOf[a]!] === d.sectionOf[d.rankOf[b]!] && oneYear && region(d.all[a]!) === region(d.all[b]!) && undated(a) && undated(b);
}

/**
 * Is the whole at `at` stated with another value in its part of the document before `before` (全年地区生产总值34600亿元 …
 * 全市地区生产总值32000亿元 … 占地区生产总值比重): which one a share far after both is of, the text does not say.
 * `list`: the amounts of the whole's key, in order; at most a few read.
 */
function statedTwice(d: DocumentFigures, list: readonly number[], at: number, before: number): boolean {
	const total = d.all[at]!;
	for (let k = partitionPoint(list.length, (i) => list[i]! < before) - 1, n = 0; k >= 0 && n < 8 && d.sectionOf[d.rankOf[list[k]!]!] === d.sectionOf[d.rankOf[at]!]; k--, n++) {
		const f = d.all[list[k]!]!;
		if (f.unit === total.unit && f.value !== total.value && !f.inBrackets && f.fromTo !== 'from') return true;
	}
	return false;
}

function namedWholes(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	// The named wholes asked for, then their amounts by the first character of their subject, in one pass each.
	// A share without a whole of its own is of the whole named before it in its block (女党员…，占党员总数的30.9%。少数民族
	// 党员…，占7.7%) — in a later sentence, not when its part is listed under another total (其中国内申请38.3万件，占80.5%:
	// of that total, see sharesOfTotals).
	let last: { block: number; sentence: number; whole: string; wholeKey: string } | undefined;
	const asks: { at: number; whole: string; wholeKey: string; carried: boolean }[] = [];
	all.forEach((s, at) => {
		// 占…比重从1.07%提高到1.49%: the share reached is of the amount reached (…增加到2007年的3664亿元); the one it rose from,
		// of a whole of another year.
		if (s.kind !== 'share' || s.unit !== '%' || s.fromTo === 'from') return;
		if (ofGrowth(s)) return; // a contribution rate is a share of growth
		if (s.whole && !GENERIC_WHOLE.test(s.whole)) last = { block: d.blockOf[at]!, sentence: s.sentence, whole: s.whole, wholeKey: s.wholeKey ?? s.whole };
		else if (s.whole || last?.block !== d.blockOf[at]) last = undefined;
		if (last && s.exact) asks.push({ at, whole: last.whole, wholeKey: last.wholeKey, carried: s.sentence !== last.sentence });
	});
	if (asks.length === 0) return;
	// The amounts by key and by name less a scope prefix: a whole is looked up, not searched for.
	const byName = new Map<string, number[]>();
	const index = (name: string, i: number): void => {
		let list = byName.get(name);
		if (!list) byName.set(name, (list = []));
		if (list[list.length - 1] !== i) list.push(i);
	};
	all.forEach((f, i) => {
		if (f.kind !== 'amount' || !f.exact || f.subject === '') return;
		// 对外承包工程完成营业额10756亿元，比上年下降9.8%，折1559亿美元: the conversion states the whole too, in its currency.
		const named = CONVERSION.test(f.subject) ? convertedFrom(all, d.blockOf, i) : f;
		if (!named) return;
		index(named.key, i);
		index(named.subject.replace(WHOLE_PREFIXES, ''), i);
	});
	for (const ask of asks) {
		const s = all[ask.at]!;
		const part = partOf(all, ask.at, s, (k) => d.blockOf[k] === d.blockOf[ask.at]);
		const partAt = part ? ask.at - (s.local - part.local) : -1;
		if (!part || all[partAt] !== part || d.blockOf[partAt] !== d.blockOf[ask.at] || (ask.carried && part.part)) continue;
		// The latest amount before the share that states the whole — of the region the share names, if it names one (a
		// province's 对外承包工程完成营业额 is no whole of a share 占全国…比重).
		const region = SHARE_REGION.exec(s.context)?.[1];
		const ofRegion = (f: Fig): boolean => region === undefined || (f.region || ownRegion(d)) === region || (f.region || ownRegion(d)) === '';
		let totalAt = -1;
		for (const name of new Set([ask.wholeKey, ask.whole.replace(WHOLE_PREFIXES, ''), countedBy(ask.whole), withoutTotal(ask.whole)])) {
			if (name === '') continue;
			const list = byName.get(name) ?? [];
			work.relations += 8;
			// The latest that states it, or when the part is dated an earlier one of the part's year (工业总产值由一九五二年的
			// 二七〇·一亿元到一九五七年…, restated later undated: the share of 1952 is of the dated one).
			let latest = -1;
			// A dated part with no whole of its year, the whole stated dated of other years (由一九五二年的A到一九五七年…B) and
			// undated: which year the undated one is of, the text does not say.
			let otherYears = false;
			let ofPartsYear = false;
			for (let k = partitionPoint(list.length, (i) => list[i]! < ask.at) - 1, n = 0; k >= 0 && n < 8; k--, n++) {
				const f = all[list[k]!]!;
				const named = CONVERSION.test(f.subject) ? convertedFrom(all, d.blockOf, list[k]!)! : f;
				if (f !== part && f.unit === part.unit && names(named, ask.whole, ask.wholeKey) && ofRegion(named)) {
					if (latest < 0) latest = list[k]!;
					if (yearOf(part) === undefined || sameYear(part, named)) {
						latest = list[k]!;
						ofPartsYear = true;
						break;
					}
					if (yearOf(named) !== undefined) otherYears = true;
				}
			}
			if (latest >= 0 && (ofPartsYear || !otherYears || yearOf(all[latest]!) !== undefined)) totalAt = Math.max(totalAt, latest);
		}
		if (totalAt >= 0) check(b, part, all[totalAt]!, s, ask.whole, { figs: [partAt, totalAt, ask.at], target: ask.at }, roundedToWhole(all, ask.at, s), oneStretch(d, partAt, totalAt) && !statedTwice(d, byName.get(all[totalAt]!.key) ?? [], totalAt, ask.at));
	}
}


// ─────────────────────────────── shares of the total a part is listed under (paragraph) ───────────────────────────────

/** The head noun of a subject: its last two characters (女党员, 发展党员 → 党员). */
function head(subject: string): string {
	return subject.slice(-2);
}

/**
 * Is a share's whole the count of what its list's total counts (在监测的330个城市中，有273个城市…，占监测城市数的82.7%:
 * 监测城市数 names the 城市 of 330个)?
 */
function countsTotal(p: Paragraph, total: Fig, s: Fig): boolean {
	const noun = p.after(total, 2);
	return s.whole !== undefined && s.whole.endsWith('数') && /^[\u4e00-\u9fff]{2}$/.test(noun) && s.whole.includes(noun);
}

/** What joins a share to the amount it is the share of, stated after it: a verb of the level reached (，达到, ，计, ，减为). */
const SHARE_THEN_AMOUNT = /^[，,](?:达到|达|计|共计|合计|为|约为|约|增为|增至|减为|减至)$/;

/**
 * The amount a share at `at` is stated before (中央国营占百分之九一·九，达到四二九·四万吨): the next figure, in its segment, of
 * the share's subject, right after a verb of the level reached — no other figure, date or word between.
 */
function amountAfter(p: Paragraph, at: number, s: Fig): Fig | undefined {
	const f = p.figs[at + 1];
	if (!f || f.kind !== 'amount' || !f.exact || f.segment !== s.segment || f.subject !== s.subject || s.subject === '' || f.inBrackets !== s.inBrackets) return undefined;
	return SHARE_THEN_AMOUNT.test(p.between(s, f)) ? f : undefined;
}

/** The opening of a sentence that names the whole with its amount: 在…X中， (在铁的总产量四六七·四万吨中，). */
const OPENS_WITH_TOTAL_BEFORE = /(?:^|[。；，：])在[^，。；：0-9０-９]{1,20}$/;
const OPENS_WITH_TOTAL_AFTER = /^中[，,：]/;

/**
 * The total a sentence opens with (`在铁的总产量四六七·四万吨中，…`): the latest amount before `part` in its sentence, of its
 * unit, that stands between 在 and 中 at the head of a clause. At most a few figures back.
 */
function openingTotal(p: Paragraph, part: Fig): Fig | undefined {
	const figs = p.figs;
	const at = positionIn(p, part);
	work.relations += 16;
	for (let k = at - 1; k >= p.first && k >= at - 16; k--) {
		const f = figs[k]!;
		if (f.sentence !== part.sentence) return undefined;
		if (f.kind !== 'amount' || f.unit !== part.unit || !f.exact || f.inBrackets) continue;
		// The amounts of the parts listed before it (…，达到二五六·四万吨；地方国营…) are passed.
		if (OPENS_WITH_TOTAL_AFTER.test(p.after(f, 2)) && OPENS_WITH_TOTAL_BEFORE.test(p.before(f, 22))) return sameScope(f, part) ? f : undefined;
	}
	return undefined;
}

function sharesOfTotals(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	const breakdowns = p.memo('breakdowns', () => findBreakdowns(p));
	let named = -1; // the sentence of the last share of a named whole in the paragraph
	// The count a list opens with, as a share of it names it (监测城市数), for the bare shares after it in its sentence.
	let counted: { readonly sentence: number; readonly name: string } | undefined;
	for (let at = p.first; at < figs.length; at++) {
		const s = figs[at]!;
		// A share reached (其中…，比重由上年的2.5%上升到3%) is of the part and the total stated with it, unless dated
		// (提高到2010年的2.0%); the one it rose from is last year's.
		if (s.kind !== 'share' || s.unit !== '%' || s.fromTo === 'from' || (s.fromTo === 'to' && s.year !== undefined)) continue;
		if (ofGrowth(s)) continue;
		const before = s.exact ? partOf(figs, at, s, (k) => k >= p.first) : undefined;
		// A share stated before its amount (在铁的总产量…中，中央国营占百分之九一·九，达到…万吨): of the total the sentence opens with.
		const stated = before === undefined && s.exact && (!s.whole || GENERIC_WHOLE.test(s.whole)) ? amountAfter(p, at, s) : undefined;
		if (stated) {
			const total = openingTotal(p, stated);
			// The whole named without the 在 of 在…中 (占钢的总产量比重…). …达到四二九·四万吨；其中，鞍钢占百分之五〇，达到…: a share after 其中 is of the part before it, not of the opening total.
			if (total && !p.between(total, s).includes('其中')) check(b, stated, total, s, (total.subject || total.text).replace(/^在/, ''), undefined, roundedToWhole(figs, at, s));
			continue;
		}
		const part = before;
		const bd = part && breakdowns.find((x) => x.parts.includes(part));
		if (s.whole && !GENERIC_WHOLE.test(s.whole)) {
			if (!bd || !countsTotal(p, bd.total, s)) {
				named = s.sentence; // a named whole: the document finder's, and the next shares' of its sentence
				continue;
			}
			counted = { sentence: s.sentence, name: s.whole };
		}
		if (!part) continue;
		// A share of a named whole before it in its sentence, or in an earlier one unless its part is listed under a total.
		if (named >= 0 && !s.whole && (named === s.sentence || !part.part)) continue;
		let total = bd?.total;
		// A share reached binds only a part listed under its total in its own paragraph (…1703亿元。其中生产性建设投资1230亿元，
		// 投资比重由68.6%上升到72.2%): a total of the paragraph before (全民所有制单位投资2927亿元 ⏎ 全民所有制单位投资中，能源
		// 工业投资814亿元，所占比重由27.8%上升到29.9%, of 2722) or the nearest total of the same noun may be of another basis.
		if (s.fromTo === 'to' && (!total || positionIn(p, total) < p.first)) continue;
		if (!total) {
			// The nearest total before the part that counts the same thing (共发展党员… → 发展女党员…).
			// A sibling part (an amount with a share of its own after it, or one a misprint kept from reading as one:
			// 为八九·九亿元，占，百分之一一·七; 为一九亿元，占百分之七，一) is not the total.
			const hasShare = (k: number): boolean => {
				const next = figs[k + 1];
				if (SHARE_AFTER.test(p.after(figs[k]!, 2))) return true;
				return next !== undefined && (next.kind === 'share' || (next.kind === 'level' && next.unit === '%')) && next.key === figs[k]!.key;
			};
			const at0 = positionIn(p, part);
			let k = at0 - 1;
			for (let n = 0; k >= 0 && n < 16; k--, n++) {
				const f = figs[k]!;
				if (f.kind === 'amount' && f.unit === part.unit && !f.inBrackets && f.key !== part.key && head(f.subject) === head(part.subject) && !hasShare(k)) break;
			}
			total = k >= 0 && at0 - k <= 16 ? figs[k] : undefined;
		}
		if (!total) continue;
		const whole = s.whole || (counted?.sentence === s.sentence ? counted.name : undefined) || total.subject || total.text;
		check(b, part, total, s, whole, undefined, roundedToWhole(figs, at, s));
	}
}

// ─────────────────────────────── the rate of those of a set that did ───────────────────────────────

/**
 * The words between a set's count and the count of those of it that did something: the set's noun, 中 and a comma or a
 * comma alone, then 已有, 有 or 已 (4678家重点污染企业，已有3944家… / 200个项目中，已有185个…).
 */
const SET_THEN_DONE = /^[\u4e00-\u9fff]{0,12}中?[，,]?(?:已经?有|有|已)$/;
/** What may join a rate's name to its figure: nothing or a verb of a level (not 提高到, 力争达到). */
const RATE_LINK = /^(?:为|达到|达|是)?$/;
/** A rate's name: its verb (达标, 开工, 参保…) then 率. */
const RATE_NAME = /([\u4e00-\u9fff]{2})率$/;

/**
 * 排放二氧化硫的4678家重点污染企业，已有3944家实现达标排放，达标率为84.3%: a rate right after a set's count and the count
 * of those of it that did what the rate names — its verb (达标) in the words after the part, before the rate's own name
 * — is the part over the set. One sentence, one unit, no figure or date between; not a rate of another measure (已有185个
 * 项目开工，投资完成率80%).
 */
function ratesOfThoseThatDid(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let at = Math.max(p.first, 2); at < figs.length; at++) {
		const r = figs[at]!;
		const verb = RATE_NAME.exec(r.subject)?.[1];
		if (verb === undefined || r.unit !== '%' || r.kind === 'change' || r.fromTo || r.annualAverage || !r.exact) continue;
		const part = figs[at - 1]!;
		const set = figs[at - 2]!;
		if (part.sentence !== r.sentence || set.sentence !== r.sentence || part.kind !== 'amount' || set.kind !== 'amount' || part.unit !== set.unit || part.unit === '' || part.unit === '%') continue;
		if (part.inBrackets || set.inBrackets || !SET_THEN_DONE.test(p.between(set, part))) continue;
		// What the part did: the words after it, less the rate's own name.
		// The rate's name alone opens its clause (，达标率为…): not a rate of another scope or plan (，全省达标率…, ，计划开工率…).
		const words = p.between(part, r);
		const opens = words.lastIndexOf(`，${r.subject}`);
		// Words before the verb in the rate's name are of the set (项目开工率 after 200个项目): not another noun (工业企业达标率).
		const of = r.subject.slice(0, -(verb.length + 1));
		if (of !== '' && !p.between(set, part).includes(of)) continue;
		if (opens < 0 || AIMED.test(r.subject) || !RATE_LINK.test(words.slice(opens + 1 + r.subject.length))) continue;
		if (!words.slice(0, opens).includes(verb) || /[0-9。；]/.test(words)) continue;
		check(b, part, set, r, r.subject);
	}
}

// ─────────────────────────────── the terms of a structure ───────────────────────────────

/** 三次产业结构为10.4∶48.6∶41.0 with 第一/二/三产业增加值 and 地区生产总值 stated: each term is its part's share. */
function structureTerms(p: Paragraph, b: Sink): void {
	const partition = p.lexicon.get('国内生产总值')?.parts?.[0];
	if (!partition) return;
	for (const st of p.memo('structures', () => findStructures(p))) {
		if (!st.sectors || st.before || st.aimed) continue;
		const at = positionIn(p, st.terms[0]!);
		const find = (key: string): Fig | undefined => latestBefore(p.figs, at, (f) => f.key === key && f.kind === 'amount' && f.exact);
		const total = find('国内生产总值');
		if (!total) continue;
		st.terms.forEach((term, n) => {
			const part = find(partition[n]!);
			if (part) check(b, part, total, term, total.subject);
		});
	}
}

// ─────────────────────────────── the urban and rural quotient (document) ───────────────────────────────

/** Position of the latest figure before position `at` among `list` (positions ascending) that satisfies `ok`, or -1. */
function latestAmong(all: readonly Fig[], list: readonly number[] | undefined, at: number, ok: (f: Fig) => boolean): number {
	if (!list) return -1;
	work.relations += 8;
	for (let k = partitionPoint(list.length, (i) => list[i]! < at) - 1, n = 0; k >= 0 && n < 8; k--, n++) if (ok(all[list[k]!]!)) return list[k]!;
	return -1;
}

/** 城乡居民人均可支配收入比值为2.39 with 城镇…51821元 and 农村…21691元 stated: 51821 ÷ 21691 = 2.39. */
function quotients(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	const wanted = new Set<string>();
	for (const f of all) {
		if (!f.whole?.startsWith('城乡比值:')) continue;
		const what = f.whole.slice('城乡比值:'.length);
		wanted.add(`城镇${what}`).add(`农村${what}`).add(`乡村${what}`);
	}
	if (wanted.size === 0) return;
	const bySubject = new Map<string, number[]>();
	all.forEach((f, i) => {
		if (!wanted.has(f.subject)) return;
		let list = bySubject.get(f.subject);
		if (!list) bySubject.set(f.subject, (list = []));
		list.push(i);
	});
	all.forEach((q, at) => {
		if (!q.whole?.startsWith('城乡比值:') || !q.exact) return;
		const what = q.whole.slice('城乡比值:'.length);
		const latest = (subject: string): number => latestAmong(all, bySubject.get(subject), at, (f) => f.kind === 'amount' && f.exact && sameScope(f, q));
		const urbanAt = latest(`城镇${what}`);
		const farmAt = latest(`农村${what}`);
		const ruralAt = farmAt >= 0 ? farmAt : latest(`乡村${what}`);
		const urban = all[urbanAt];
		const rural = all[ruralAt];
		if (!urban || !rural || urban.unit !== rural.unit || rural.value <= 0) return;
		const u = interval(urban);
		const r = interval(rural);
		const computed = urban.value / rural.value;
		const bare = sameScale(urban, rural);
		const expr = `${operand(urban, bare)} ÷ ${operand(rural, bare)} = ${fmt(computed, q.q.decimals + 1)}`;
		const data = { whole: `城乡${what}`, stated: q.text, form: 'quotient' };
		b.check('ratio', [urban, rural, q], q, expr, computed, interval(q), { lo: u.lo / r.hi, hi: u.hi / r.lo }, data, { at: { figs: [urbanAt, ruralAt, at], target: at } });
	});
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		sharesOfTotals(p, sink);
		ratesOfThoseThatDid(p, sink);
		structureTerms(p, sink);
	},
	document(d, sink) {
		namedWholes(d, sink);
		quotients(d, sink);
		perCapita(d, sink);
		definedRatios(d, sink);
		// A total's items one a paragraph, each with its share (also their sums: part-sum, share-sum).
		distributions(d, sink);
	},
};
