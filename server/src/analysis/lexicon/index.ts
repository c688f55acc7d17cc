/**
 * The indicator lexicon (indicators.json, with its sources): the statistical indicators that communiqués and work
 * reports print figures for, with their other names, their unit class, and their structure — the partitions that add
 * up to a total, the differences (顺差 = 出口 − 进口), containment (税收收入 within 一般公共预算收入) and which growth
 * rates are at comparable prices. Users add local indicators (`policyReview.indicatorFiles`, `--indicators`); theirs
 * are consulted first.
 */
import data from './indicators.json';
import divisionData from './divisions.json';
import placeData from './places.json';
import packedFamilyData from './packedFamilies.json';
import { wordPattern } from './words';

export interface Indicator {
	/** The canonical name, without scope words: 国内生产总值. */
	readonly name: string;
	/** Other names of the same indicator: 地区生产总值, GDP, 规上工业增加值 … */
	readonly aliases: readonly string[];
	/** The class of its unit: money, people, weight, percent … */
	readonly unit: string;
	/** flow, stock, rate, index or average. */
	readonly measure: string;
	/** Its growth rate is at comparable prices (or on a comparable basis): never recomputed from nominal values. */
	readonly comparable?: boolean;
	/** Partitions: lists of indicator names whose values add up to this one. */
	readonly parts?: readonly (readonly string[])[];
	/** [minuend, subtrahend] of an indicator that is their difference. */
	readonly difference?: readonly [string, string];
	/** The indicator this one is contained in (a part, not of a stated partition). */
	readonly within?: string;
	/** The total this one is per head of the population of (人均国内生产总值: 国内生产总值 ÷ 总人口). */
	readonly perCapitaOf?: string;
	/** [numerator, denominator] of a rate defined as their quotient (城镇化率: 城镇人口 ÷ 总人口, in % when its unit is). */
	readonly ratioOf?: readonly [string, string];
	/**
	 * Over what the quotient of `ratioOf` is taken when not the denominator as stated: `year-average`, the year's
	 * average of a stock — its year-end value less half its change over the year (出生率 = 出生人口 ÷ 年平均人口).
	 */
	readonly over?: 'year-average';
	readonly source: string;
}

export interface IndicatorsResult {
	readonly indicators: readonly Indicator[];
	/** One line per problem (English; the adapters report a count and log these). */
	readonly problems: readonly string[];
}

function strings(v: unknown): v is string[] {
	return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Validate an indicator file: `{ "indicators": [ { name, aliases?, unit, measure?, parts?, … } ] }` or a bare array. */
export function parseIndicators(raw: unknown, origin = 'indicators'): IndicatorsResult {
	const list: unknown = Array.isArray(raw) ? raw : typeof raw === 'object' && raw !== null ? (raw as { indicators?: unknown }).indicators : undefined;
	if (!Array.isArray(list)) return { indicators: [], problems: [`${origin}: expected an object with an "indicators" array`] };
	const indicators: Indicator[] = [];
	const problems: string[] = [];
	list.forEach((e: unknown, i) => {
		const o = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
		const name = o['name'];
		if (typeof name !== 'string' || name === '' || (o['aliases'] !== undefined && !strings(o['aliases']))) {
			problems.push(`${origin}: entry ${i + 1} needs a "name" string (and "aliases", if any, an array of strings); skipped`);
			return;
		}
		const parts = o['parts'];
		if (parts !== undefined && !(Array.isArray(parts) && parts.every(strings))) {
			problems.push(`${origin}: ${name}: "parts" must be a list of lists of names; skipped`);
			return;
		}
		const ratioOf = o['ratioOf'];
		if (ratioOf !== undefined && !(strings(ratioOf) && ratioOf.length === 2)) {
			problems.push(`${origin}: ${name}: "ratioOf" must name two indicators; skipped`);
			return;
		}
		const difference = o['difference'];
		if (difference !== undefined && !(strings(difference) && difference.length === 2)) {
			problems.push(`${origin}: ${name}: "difference" must name two indicators; skipped`);
			return;
		}
		indicators.push({
			name,
			aliases: strings(o['aliases']) ? o['aliases'] : [],
			unit: typeof o['unit'] === 'string' ? o['unit'] : '',
			measure: typeof o['measure'] === 'string' ? o['measure'] : '',
			...(o['comparable'] === true ? { comparable: true } : {}),
			...(parts !== undefined ? { parts } : {}),
			...(difference !== undefined ? { difference: difference as [string, string] } : {}),
			...(typeof o['within'] === 'string' ? { within: o['within'] } : {}),
			...(typeof o['perCapitaOf'] === 'string' ? { perCapitaOf: o['perCapitaOf'] } : {}),
			...(ratioOf !== undefined ? { ratioOf: ratioOf as [string, string] } : {}),
			...(o['over'] === 'year-average' ? { over: 'year-average' as const } : {}),
			source: typeof o['source'] === 'string' ? o['source'] : '',
		});
	});
	return { indicators, problems };
}

/** The longest indicator name looked for at the end of a qualified subject. */
const MAX_QUALIFIED = 16;
/** Qualifiers that make another statistic of an indicator, not a part of it (a comparison: 进口大于出口, the gap). */
export const TRANSFORMING = /[均每率比占净]|新增|累计|增量|增长|减少|下降|提高|平均|以上|以下|超过|不足|目标|计划|预计|[大小多少高低]于/;

/** A name as it is looked up: no spaces, no 的. */
function key(name: string): string {
	// Full-width digits and letters as the lexicon writes them (０-１４岁人口 is 0-14岁人口, ＧＤＰ is GDP).
	if (hasWide(name)) name = name.replace(WIDE_ALL, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
	// A date inside a name is its scope (固定电话年末用户 is 固定电话用户 at year end), a verb no word of it (全社会建筑业实现
	// 增加值 is 全社会建筑业增加值).
	const inner = name.includes('年末') || name.includes('年底') || name.includes('实现') || name.includes('完成');
	const named = inner ? name.replace(INNER_WORDS, '') : name;
	// Most names have nothing to drop: no new string for them.
	if (named.indexOf(' ') < 0 && named.indexOf('的') < 0 && named.indexOf('\u3000') < 0) return named;
	let k = '';
	for (const ch of named) if (ch !== ' ' && ch !== '的' && ch !== '\u3000') k += ch;
	return k;
}
/** A full-width digit or letter in the name (read by code: every subject looked up is asked). */
function hasWide(name: string): boolean {
	for (let i = 0; i < name.length; i++) {
		const c = name.charCodeAt(i);
		if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return true;
	}
	return false;
}
const WIDE_ALL = /[０-９Ａ-Ｚａ-ｚ]/g;
const INNER_WORDS = /(?<=[\u4e00-\u9fff]{2})(?:年末|年底|实现|完成)(?=[\u4e00-\u9fff]{2})/g;

/** A partition a part belongs to: the total and all its parts. */
export interface Membership {
	readonly total: Indicator;
	readonly parts: readonly string[];
}

/** Units that goods are produced in: a figure in one of them after a product's name alone is its output (words.json `goodsUnit`). */
const GOODS_UNIT = wordPattern('goodsUnit');

/** `原煤` with 吨: the subject names a product and the figure its output (`原煤产量`), not the word itself. */
export function namesOutput(subject: string, unit: string): boolean {
	return subject.length >= 2 && GOODS_UNIT.test(unit) && !/(?:产量|量|数|额|值|总计|合计)$/.test(subject);
}

/** A name that opens with a count: a numeral and a measure word (十种有色金属, 三资企业 would not: no measure word). */
const COUNT_FIRST = /^(?:[0-9]+|[一二三四五六七八九十两百]+)[种类个项家大]/;

export class Lexicon {
	readonly #byKey = new Map<string, Indicator>();
	readonly #byName = new Map<string, Indicator>();
	readonly #memberships = new Map<string, Membership[]>();
	/** Names and aliases that open with a count (十种有色金属), by the code of their first character (asked of every figure: no string made). */
	readonly #counted = new Map<number, string[]>();

	/** `indicators` in order of precedence: a name or alias taken by an earlier entry is not taken again. */
	constructor(indicators: readonly Indicator[]) {
		for (const ind of indicators) {
			if (this.#byName.has(ind.name)) continue;
			this.#byName.set(ind.name, ind);
			for (const n of [ind.name, ...ind.aliases]) {
				if (!this.#byKey.has(key(n))) this.#byKey.set(key(n), ind);
				if (COUNT_FIRST.test(n)) this.#counted.set(n.charCodeAt(0), [...(this.#counted.get(n.charCodeAt(0)) ?? []), n]);
			}
		}
		for (const ind of this.#byName.values()) {
			for (const parts of ind.parts ?? []) {
				for (const p of parts) {
					const list = this.#memberships.get(p) ?? [];
					list.push({ total: ind, parts });
					this.#memberships.set(p, list);
				}
			}
		}
	}

	/**
	 * The indicator a subject names, by its name or an alias; a stock's with 余额 after it (广义货币供应量余额, 流通中现金余额:
	 * the balance is the stock).
	 */
	resolve(subject: string): Indicator | undefined {
		if (subject === '') return undefined;
		const k = key(subject);
		const ind = this.#byKey.get(k);
		if (ind || k.length < 4 || !k.endsWith('余额')) return ind;
		const stock = this.#byKey.get(k.slice(0, -2));
		return stock?.measure === 'stock' ? stock : undefined;
	}

	/** Does the name of an indicator open at `at` with a count (十种有色金属增长13.2%: 十种 is no figure of its own)? */
	countOpensName(text: string, at: number): boolean {
		const names = this.#counted.get(text.charCodeAt(at));
		return names !== undefined && names.some((n) => text.startsWith(n, at));
	}

	/** Qualified readings already made: subjects repeat across a document and its edits. Bounded. */
	#qualified = new Map<string, { readonly indicator: Indicator; readonly qualifier: string } | null>();

	/**
	 * A subject that names an indicator under a qualifier: 外商投资企业进出口 → 进出口 (货物进出口总额) under 外商投资企业;
	 * 交通运输部门各种运输工具完成货物周转量 → 货物周转量. The longest suffix of at least two characters the lexicon knows after a
	 * qualifier of at least two, when the qualifier restricts what is counted rather than transforming it (人均, 平均,
	 * 新增, 累计, 净 … make another statistic).
	 */
	resolveQualified(subject: string): { readonly indicator: Indicator; readonly qualifier: string } | undefined {
		if (subject.length < 3) return undefined;
		let reading = this.#qualified.get(subject);
		if (reading === undefined) {
			reading = null;
			for (let i = Math.max(2, subject.length - MAX_QUALIFIED); i <= subject.length - 2; i++) {
				const indicator = this.resolve(subject.slice(i));
				if (!indicator) continue;
				const qualifier = subject.slice(0, i).replace(/的$/, '');
				if (!TRANSFORMING.test(qualifier)) reading = { indicator, qualifier };
				break;
			}
			if (this.#qualified.size >= 20_000) this.#qualified.clear();
			this.#qualified.set(subject, reading);
		}
		return reading ?? undefined;
	}

	get(name: string): Indicator | undefined {
		return this.#byName.get(name);
	}

	/** The partitions the indicator named `name` is a part of. */
	membershipsOf(name: string): readonly Membership[] {
		return this.#memberships.get(name) ?? [];
	}

	get size(): number {
		return this.#byName.size;
	}

	/** Every indicator, in precedence order. */
	get indicators(): IterableIterator<Indicator> {
		return this.#byName.values();
	}
}

/** The built-in indicators (indicators.json). */
export const builtinIndicators: readonly Indicator[] = parseIndicators(data, 'built-in indicators').indicators;
export const builtinLexicon = new Lexicon(builtinIndicators);

/** The lexicon of a user's indicators (consulted first) and the built-in ones, made once per list of entries. */
const withExtra = new WeakMap<readonly Indicator[], Lexicon>();
export function lexiconFor(extra: readonly Indicator[] | undefined): Lexicon {
	if (!extra || extra.length === 0) return builtinLexicon;
	let lexicon = withExtra.get(extra);
	if (!lexicon) {
		lexicon = new Lexicon([...extra, ...builtinIndicators]);
		withExtra.set(extra, lexicon);
	}
	return lexicon;
}

/**
 * Qualifiers that divide a whole into kinds that do not overlap (divisions.json): 城镇/农村, 男/女, 火电/水电/核电 … A
 * complete division's sides make up the whole.
 */
export interface Division {
	readonly sides: readonly (readonly string[])[];
	readonly complete: boolean;
	readonly source: string;
}

export const builtinDivisions: readonly Division[] = divisionData.divisions;

/**
 * The divisions and sides each qualifier names: a name may be a side of more than one division (医院 beside 乡镇卫生院
 * among kinds of facility, and beside 基层医疗卫生机构 among the three kinds of 医疗卫生机构).
 */
const sideOf = new Map<string, { readonly division: number; readonly side: number }[]>();
builtinDivisions.forEach((d, division) =>
	d.sides.forEach((names, side) =>
		names.forEach((n) => {
			const sides = sideOf.get(n);
			if (sides) sides.push({ division, side });
			else sideOf.set(n, [{ division, side }]);
		}),
	),
);

/**
 * The side a part's name names: the name less the words all parts share at its start (`start` characters, and a 的) and
 * less some of those they share at its end (at most `end`: 猪肉产量, 牛肉产量 share 肉产量, of which 产量 only is not the
 * qualifier's).
 */
function sideIn(name: string, start: number, end: number): { readonly sides: readonly { readonly division: number; readonly side: number }[]; readonly rest: string } | undefined {
	for (const from of start > 0 ? [start, 0] : [0]) {
		// The longest side first (城镇居民 before 城镇): what is left is then what the parts are besides their side.
		for (let e = 0; e <= end; e++) {
			const words = name.slice(from, name.length - e).replace(/^的/, '');
			const found = sideOf.get(words);
			if (found) return { sides: found, rest: name.slice(0, name.length - e - words.length) + name.slice(name.length - e) };
		}
	}
	return undefined;
}

/** Is a name itself a side of a division, one kind among others (医院 beside 基层医疗卫生机构 among 医疗卫生机构)? */
export function isSide(name: string): boolean {
	return sideOf.has(name);
}

/** Words before a negation by 非 that link the name to it, no qualifier (属于非物质生产部门的人数, 对非制造业投资). */
const NEGATION_LINKS = /^(?:属于|对|在)/;

/**
 * Two names, one of them the other negated by 非 at one place (生产性建设投资 and 非生产性建设投资, 属于物质生产部门的人数 and
 * 属于非物质生产部门的人数: corpus/stats-bulletin/national-1990.txt:109, corpus/policy-doc/1st-fyp-1953.txt:1927): what is and
 * what is not, a complete division — unless the negated name is one side of a division of more kinds (金属矿产, 非金属矿产
 * among 能源矿产 and 水气矿产), which `divides` tells. `rest`: the name not negated; `qualifier`: the words both names hold
 * before the negation (规模以上 of 规模以上国有企业 / 规模以上非国有企业), less a word that only links them (属于, 对): the
 * two make up only what those words qualify.
 */
export function negates(names: readonly string[]): { readonly rest: string; readonly qualifier: string } | undefined {
	if (names.length !== 2 || divides(names) !== undefined) return undefined;
	const [a, c] = names[0]!.length < names[1]!.length ? [names[0]!, names[1]!] : [names[1]!, names[0]!];
	if (c.length !== a.length + 1) return undefined;
	// Each 非 of the longer name (at most a few): the shorter one is the longer one without it, the negated words two
	// characters at least (南非 and 南 are no negation).
	for (let at = c.indexOf('非'); at >= 0; at = c.indexOf('非', at + 1)) {
		if (c.slice(0, at) + c.slice(at + 1) === a && a.length - at >= 2) return { rest: a, qualifier: c.slice(0, at).replace(NEGATION_LINKS, '') };
	}
	return undefined;
}

/**
 * Do names of parts (参保职工 / 参保的离退休人员, 城市电话用户 / 农村电话用户, 火电 / 水电 / 核电) name different sides of one
 * division — by what is left once words they all share at either end are set aside (sideIn)?
 * Returns the division, and whether they name all its sides of a complete one; undefined when they do not.
 * `rest`: the first name less its side (续建亿元以上项目 → 亿元以上项目): what the parts are, each side of it.
 */
export function divides(names: readonly string[]): { readonly complete: boolean; readonly rest: string } | undefined {
	if (names.length < 2) return undefined;
	const first = names[0]!;
	let start = first.length;
	let end = first.length;
	for (const n of names) {
		let k = 0;
		while (k < start && k < n.length && n[k] === first[k]) k++;
		start = k;
		let e = 0;
		while (e < end && e < n.length && n[n.length - 1 - e] === first[first.length - 1 - e]) e++;
		end = e;
	}
	const found = names.map((n) => sideIn(n, start, end));
	if (found.some((f) => f === undefined)) return undefined;
	// The division every name is a side of, each a side of its own (the first name's divisions, in the file's order).
	for (const { division } of found[0]!.sides) {
		const sides = new Set<number>();
		for (const f of found) {
			const side = f!.sides.find((s) => s.division === division)?.side;
			if (side === undefined || sides.has(side)) break;
			sides.add(side);
		}
		if (sides.size < names.length) continue;
		const d = builtinDivisions[division]!;
		return { complete: d.complete && sides.size === d.sides.length, rest: found[0]!.rest };
	}
	return undefined;
}

/**
 * divides() for names of which the later may leave out the head noun the first carries after its side (现房销售额 / 期房:
 * 期房销售额): the head is added to the names that lack it.
 */
export function dividesWithHead(names: readonly string[]): { readonly complete: boolean } | undefined {
	const direct = divides(names);
	if (direct || names.length < 2) return direct;
	const first = names[0]!;
	for (let n = 1; n < first.length; n++) {
		if (!sideOf.has(first.slice(0, n))) continue;
		const head = first.slice(n);
		if (head.length < 2) return undefined;
		return divides(names.map((name) => (name.endsWith(head) ? name : name + head)));
	}
	return undefined;
}

/**
 * One-character abbreviations of places (places.json): the provinces' (京, 津, 冀, 渝, 川 …) and a few cities' that
 * plans write side by side (成渝, 杭甬, 合芜蚌).
 */
export interface Place {
	readonly name: string;
	readonly abbreviations: readonly string[];
	readonly source: string;
}

export const builtinPlaces: readonly Place[] = placeData.places;

const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(builtinPlaces.flatMap((p) => p.abbreviations));

/** The places' names, with and without their suffix (北京市 and 北京, 广西壮族自治区 and 广西). */
const PLACE_NAMES: ReadonlySet<string> = new Set(builtinPlaces.flatMap((p) => [p.name, p.name.replace(/(?:壮族自治区|回族自治区|特别行政区|自治区|省|市)$/, '')]));

/** Is `word` a place of places.json by its name (上海, 浙江省), or does it end with one after a verb (对标北京)? */
export function endsWithPlaceName(word: string): boolean {
	for (let n = 2; n <= 8 && n <= word.length; n++) if (PLACE_NAMES.has(word.slice(-n))) return true;
	return false;
}

/** Is `ch` the one-character abbreviation of a place (渝, 甬)? */
export function isPlaceAbbreviation(ch: string): boolean {
	return PLACE_ABBREVIATIONS.has(ch);
}

/**
 * A family of one-character items that texts pack side by side before their count (春秋两季, 德智体美劳五育;
 * packedFamilies.json): its characters, and the noun its members are counted by (季), or ''.
 */
export interface PackedFamily {
	readonly name: string;
	readonly characters: string;
	readonly noun: string;
	readonly source: string;
}

export const builtinPackedFamilies: readonly PackedFamily[] = packedFamilyData.families;
