/**
 * claim.restatement — the same statistic, scope and unit stated with two different amounts in one document:
 * `全年粮食产量6000万吨` … `全年粮食产量6500万吨`. Only long, specific subjects with an explicit scope count (全年国内生产
 * 总值), so that a figure of another year or region is not taken for the same one.
 */
import { meets } from '../interval';
import { OPENING_QUOTES } from '../parse/claims';
import { AIM_WORDS, AIMED, ANY_PART_OF_YEAR_WORDS, basisOfWord, ITEM_MARK, PRICE_BASIS, readScope } from '../parse/reading';
import { YEARLY_LIST } from '../parse/formulaNames';
import { wordPattern } from '../lexicon/words';
import type { RuleMeta } from '../rules/rule';
import { type DocumentFigures, type RelationFinder, sameRegion } from './context';
import { bounds, type Fig, interval, type RelationDraft, type Sink, statedYear } from './figures';
import { afterLast, lastOf } from '../text/trim';

export const rule: RuleMeta = {
	id: 'claim.restatement',
	defaultSeverity: 'warning',
	description: {
		en: 'The same statistic (subject, scope and unit) stated with two different figures in one document.',
		zh: '同一统计指标（同一口径、同一单位）在文中前后给出不同数值。',
	},
	messages: {
		default: { en: '{subject} ({scope}) is stated as {first} and as {second}.', zh: '{scope}{subject}前后不一：{first}与{second}。' },
		unscoped: { en: '{subject} is stated as {first} and as {second}.', zh: '{subject}前后不一：{first}与{second}。' },
		counted: { en: 'The number of {noun} is stated as {first} and as {second}.', zh: '{noun}的数量前后不一：{first}与{second}。' },
		dated: {
			en: 'The anniversary of {subject} in {yearValue} is its {nthYear} ({expression}), not its {first}.',
			zh: '{year}是{subject}{second}（{expression}），不是{first}。',
		},
		range: { en: 'The years {rangeYears} are {countYears} ({expression}), not {first}.', zh: '{range}共{second}（{expression}），不是{first}。' },
	},
	variant: (data) => (data['range'] ? 'range' : data['dated'] ? 'dated' : data['noun'] ? 'counted' : data['scope'] ? 'default' : 'unscoped'),
	rendered: durationWords,
};

/** A span of years its data prints in Chinese (2023—2025年 共3年, 70周年): the years (2023–2025) and the count (3 years, 70th) in English. */
function durationWords(data: Readonly<Record<string, string | number>>): Readonly<Record<string, string | number>> {
	if (data['range'] !== undefined) {
		const range = YEAR_RANGE.exec(String(data['range']));
		return range ? { rangeYears: `${range[1]}–${range[2]}`, countYears: `${Number(range[2]) - Number(range[1]) + 1} years` } : { rangeYears: data['range'], countYears: data['second'] ?? '' };
	}
	const year = data['yearValue'];
	const epoch = data['epoch'];
	return { nthYear: typeof year === 'number' && typeof epoch === 'number' ? ordinal(year - epoch) : (data['second'] ?? '') };
}

/** The two years of a range as the data prints it (2023—2025年: relations/datedDurations.ts). */
const YEAR_RANGE = /^([0-9]{4})—([0-9]{4})年$/;

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th–13th, 21st, 70th, 101st. */
function ordinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** Subjects that name a statistic (a noun), not an action: 国内生产总值, 财政收入, 年末全国人口, 粮食产量 … (lexicon/words.json). */
const STATISTIC = wordPattern('statistic');
/**
 * A subject that is no one statistic of the period: the grammar of a part or of each of several (其中, 分别, 各, 每), or a word
 * of an average, a sum over time, an increase, a plan … (lexicon/words.json `notOneStatistic`).
 */
const NOT_ONE_STATISTIC = new RegExp(`其中|分别|各|每|${wordPattern('notOneStatistic').source}`);

/** The most counts of one noun kept: a noun counted more often names no one set. */
const COUNTED_KEPT = 8;
/** The least characters of a counted noun that name one set (万人安置点脱贫致富示范区, 民生实事). */
const COUNTED_MIN = 4;
/** Words before a count that make it a part, a bound or a share of the set (其中3个, 每个, 首批20个, 再创3个, 累计). */
const NOT_THE_SET = /其中|分别|每|各|超过|不少于|不低于|不超过|首批|第#批|再|累计|另|其余|之一/;
/**
 * Words that end a counted noun where what is said of it, or the list of its members, begins: …示范区加快建设,
 * …示范工程建设, …重大项目清单, …水体优良比例达.
 */
const NOUN_END = /[和及与、]#|发展$|加快|加速|持续|不断|全部|均|全面|开诊|建设|建成|清单|名单|达到|达#|(?:提升|提高|降低|下降)[至到]|实现|完成|开工|竣工|投产|运行|得到|获得|纳入|入选/;

/** The least characters of the noun of a name in quotes (“15条硬措施”): the quotes mark where it ends. */
const QUOTED_MIN = 2;

/**
 * A count's noun: RawClaim.counted up to the first word of what is said of it; a name in quotes (“15条硬措施”) whole,
 * in its quotes, so that it is found again only as such a name.
 */
function countedOf(f: Fig): string | undefined {
	if (f.quotedName) return f.counted.length < QUOTED_MIN ? undefined : `“${f.counted}”`;
	if (f.counted.length < COUNTED_MIN) return undefined;
	const cut = NOUN_END.exec(f.counted);
	const noun = cut ? f.counted.slice(0, cut.index) : f.counted;
	// Not a figure's unit read on (分别提高0.4个和2个百分点: 和#个百分点) nor a noun that opens with another figure.
	if (noun.length < COUNTED_MIN || /^[#和及与或]/.test(noun)) return undefined;
	return noun;
}

/** How many paragraphs after a list of targets the explanation that restates one may stand. */
const TARGET_REACH = 3;
/** Words that name a rate the target (经济增长预期目标为, 增长目标确定为), and a scope of this year (今年, 全年). */
const TARGET_NAMED = /目标/;
const THIS_YEAR = /^(?:今年|全年|本年)$/;
/** Words of a rate done rather than aimed at (实现, 完成). */
const DONE = /实现|完成|实际/;

/** The least characters of words (figures masked) a context needs to name one statement. */
const DISTINCT = 5;
const MASKS = /#/g;

/** A figure's keys in the maps below: its unit, kind and approximation; its words with them, when they name a statement. */
interface Keys {
	readonly unit: string;
	readonly words: string | undefined;
	/** The year the stated scope is (2023年 → 2023), and whether it names one at all (2023年末). */
	readonly scopeYear: string | undefined;
	readonly scopeNamesYear: boolean;
	/** The set the figure counts (countedOf), when it is no part and no aside; with its unit, the key of byCounted. */
	readonly counted: string | undefined;
	readonly countedKey: string | undefined;
	/** Its unit, magnitude and kind, whatever its approximation word (2万个, 2万个以上). */
	readonly loose: string;
	/**
	 * The keys of byNounOpening, byNounHead, byWordCount, byPolicy and of the deeds' maps (the deed with its loose unit,
	 * and whether the count is followed by its noun), made with the block's keys: kept while the block is, so that a
	 * keystroke hashes no new string for the figures it did not touch.
	 */
	readonly nounOpening: string | undefined;
	readonly nounHead: string | undefined;
	readonly wordCount: string | undefined;
	readonly policy: string | undefined;
	readonly deed: string | undefined;
}

/** At least DISTINCT characters of words in a context (its masked figures, #, aside), counted without a copy. */
function distinct(context: string): boolean {
	let n = 0;
	for (let i = 0; i < context.length && n < DISTINCT; i++) if (context.charCodeAt(i) !== 0x23) n++;
	return n >= DISTINCT;
}

/**
 * The unit keys made so far, by unit, magnitude, kind and approximation: one string for each (a document has a few
 * dozen), made and hashed once rather than once per figure. Bounded.
 */
const UNIT_KEYS = new Map<string, Map<number, Map<string, Map<string, string>>>>();

/** A figure's unit key: its unit, magnitude, kind and approximation. */
function unitKey(f: Fig): string {
	if (UNIT_KEYS.size > 1000) UNIT_KEYS.clear();
	let byMagnitude = UNIT_KEYS.get(f.unit);
	if (byMagnitude === undefined) UNIT_KEYS.set(f.unit, (byMagnitude = new Map<number, Map<string, Map<string, string>>>()));
	let byKind = byMagnitude.get(f.q.magnitude);
	if (byKind === undefined) byMagnitude.set(f.q.magnitude, (byKind = new Map<string, Map<string, string>>()));
	let byApprox = byKind.get(f.kind);
	if (byApprox === undefined) byKind.set(f.kind, (byApprox = new Map<string, string>()));
	let key = byApprox.get(f.q.approx);
	if (key === undefined) byApprox.set(f.q.approx, (key = `${f.unit}|${f.q.magnitude}|${f.kind}|${f.q.approx}`));
	return key;
}

/** A figure's keys. */
function keysOf(f: Fig): Keys {
	const unit = unitKey(f);
	const counted = f.inBrackets || f.part ? undefined : countedOf(f);
	// A count of a set after a verb the reading takes for a change (提升9个专业特色工业园区…建设水平, 提高3个…): the set counted,
	// no change by 9 (a change counts no noun of COUNTED_MIN characters: 提高2个百分点, 提升5个位次).
	const loose = `${f.unit}|${f.q.magnitude}|${counted !== undefined && f.kind === 'change' ? 'amount' : f.kind}`;
	// The deed and noun of a count, written after it or before it (document's countedDeeds and namedDeeds).
	const deed = counted !== undefined ? countedDeed(f, counted) : namedDeed(f);
	return {
		unit,
		loose,
		counted,
		// An approximation word on one side only (推进100个以上重大项目 … 80个重大项目清单) names the set still.
		countedKey: counted === undefined ? undefined : `${counted}|${loose}`,
		words: distinct(f.context) ? `${f.context}|${unit}` : undefined,
		scopeYear: f.scope === '' ? undefined : /^((?:19|20)\d\d)年$/.exec(f.scope)?.[1],
		scopeNamesYear: f.scope !== '' && /(?:19|20)\d\d/.test(f.scope),
		nounOpening: counted === undefined ? undefined : `${counted.slice(0, NOUN_OPENING)}|${loose}`,
		nounHead: counted === undefined ? undefined : `${counted.slice(0, NOUN_HEAD)}|${loose}`,
		wordCount: wordCountKey(f),
		policy: policyKey(f),
		deed: deed === undefined ? undefined : `${deed}|${loose}`,
	};
}

/**
 * The keys of a block's figures, kept by the block's first figure: a block's figures are kept with its work (BlockCache),
 * so after an edit only the changed blocks' keys are made again, and a key string kept keeps its hash. One entry per
 * block, not per figure (a full analysis makes every figure anew).
 */
const BLOCK_KEYS = new WeakMap<Fig, readonly Keys[]>();

/** The keys of the figures of the block whose first figure stands at `start` (its figures are the run of its block). */
function blockKeys(d: DocumentFigures, start: number): readonly Keys[] {
	const first = d.all[start]!;
	let keys = BLOCK_KEYS.get(first);
	if (keys === undefined) {
		const list: Keys[] = [];
		for (let k = start; k < d.all.length && d.blockOf[k] === d.blockOf[start]; k++) list.push(keysOf(d.all[k]!));
		BLOCK_KEYS.set(first, (keys = list));
	}
	return keys;
}

/** An amount stated of a subject of its own, in words enough to name one statement. */
function ownAmount(f: Fig): boolean {
	return f.kind === 'amount' && f.ownSubject && f.subject.length >= 4 && !f.part;
}

function yearOf(d: DocumentFigures, at: number): string {
	const year = d.yearOf[d.rankOf[at]!];
	return year ? `${year}年` : '';
}

/**
 * The period a figure speaks of: its stated scope, else the year its headings name (an annex of 2023年民生实事 restates
 * the targets of 2023年重点工作), else the part of the document it stands in.
 */
function period(d: DocumentFigures, f: Fig, at: number, keys: Keys, names: PeriodNames): string {
	// A scope without a year of its own (全年, 年末) is of the year its headings name.
	const year = keys.scopeYear ?? (keys.scopeNamesYear ? undefined : d.yearOf[d.rankOf[at]!] || undefined);
	if (year) return names.of(names.years, year, 'year:');
	return f.scope !== '' ? names.of(names.scopes, f.scope, 'scope:') : names.of(names.sections, d.sectionOf[d.rankOf[at]!]!, 'section:');
}

/**
 * The periods' names, one string each for a document: a period is a key of the maps below, and one string per period
 * rather than one per figure is made and hashed once.
 */
class PeriodNames {
	readonly years = new Map<string, string>();
	readonly scopes = new Map<string, string>();
	readonly sections = new Map<number, string>();

	of<K>(names: Map<K, string>, key: K, kind: string): string {
		let name = names.get(key);
		if (name === undefined) names.set(key, (name = `${kind}${String(key)}`));
		return name;
	}
}

/** The figure next to position `at` in its block (`step` −1: before it, 1: after it), or undefined. */
function neighbour(d: DocumentFigures, at: number, step: -1 | 1): Fig | undefined {
	const k = at + step;
	return k >= 0 && k < d.all.length && d.blockOf[k] === d.blockOf[at] ? d.all[k] : undefined;
}

/** Two neighbours that are the same statement: both absent, or the same text with the same context (compared, not joined). */
function sameNeighbour(a: Fig | undefined, c: Fig | undefined): boolean {
	return a === c || (a !== undefined && c !== undefined && a.text === c.text && a.context === c.context);
}

/** Two periods that are not one: different years, or different stated scopes (a section is no period of its own). */
function otherPeriod(a: string, b: string): boolean {
	return a !== b && !a.startsWith('section:') && !b.startsWith('section:');
}

/** The figures on both sides of two statements repeated, each with its words, and at least one of them there. */
function repeatedWithNeighbours(d: DocumentFigures, i: number, at: number): boolean {
	let shared = 0;
	for (const step of [-1, 1] as const) {
		const a = neighbour(d, i, step);
		if (!sameNeighbour(a, neighbour(d, at, step))) return false;
		if (a !== undefined) shared++;
	}
	return shared > 0;
}

/**
 * A restatement as last drafted, kept by the position of its second figure in the document's memo (DocumentMemo): while
 * a document is edited, the pairs an edit did not touch are found again (the index is the document's) but not drafted
 * again — the same two figures (figures are kept with their block's work, BlockCache) at the same positions, with the
 * same noun and year of the second's headings, make the same draft (and so, relations/index.ts, the same relation).
 * Drafts are never changed once made. Kept by position, not by figure: blocks of one text share their figures, so that a
 * figure may stand at hundreds of places (a document that repeats a passage, tables with their prose).
 */
export interface KeptRestatement {
	/** The first figure and its position (read beside the draft: one object to load, not three). */
	readonly first: Fig;
	readonly i: number;
	readonly noun: string | undefined;
	readonly year: string;
	readonly draft: RelationDraft;
}

/**
 * The same statistic stated again, so that the two figures must agree (within their rounding; an approximation within
 * its bounds):
 * - a statement repeated word for word (a summary block, a copy of a plan, an annex listing the targets): the same
 *   words in the figure's clause before it (at least five), the same unit, kind and period (its stated scope, the year
 *   its headings name, or the part of the document it stands in), and — within one part of the document — the figures
 *   next to it repeated as well, with their words: a list under two totals (…其中，出口…；进口…) or two parallel sentences
 *   repeat their words, not all their figures; another part of the same named year (an annex of the year's targets)
 *   restates its statements one by one;
 * - an indicator or a specific statistic with the same stated period (全年粮食产量…，…全年粮食产量…), its subject stated
 *   in its own clause, not a part listed under another total, not an aside in brackets.
 */
function document(d: DocumentFigures, b: Sink): void {
	d.keep?.restatements.begin(d.all.length);
	// By period, then by words (a period holds no |, so this is the map by `${period}|${words}`).
	const byContext = new Map<string, Map<string, number[]>>();
	const byStatistic = new Map<string, number>();
	const byOwnSubject = new Map<string, number>();
	const byIndicator = new Map<string, number>();
	const byTarget = new Map<string, number>();
	/** A rate of change stated exactly, by the key of byTarget: the list's target a later statement may name as such. */
	const byRate = new Map<string, number>();
	const byCounted = new Map<string, number[]>();
	/** The same counts by the opening of their noun (NOUN_OPENING characters) and loose unit: a noun read on (oneSetNamed). */
	const byNounOpening = new Map<string, number[]>();
	/** The same counts by the first NOUN_HEAD characters of their noun and loose unit: a noun read on or with one character more (nounsOfOneSet). */
	const byNounHead = new Map<string, number[]>();
	/**
	 * The same deed and noun counted after the figure (建设33个标准化村卫生室) and before it (建设标准化村卫生室33个), by
	 * `${deed}|${loose}`: the positions of each form (at most COUNTED_KEPT of each).
	 */
	const countedDeeds = new Map<string, number[]>();
	const namedDeeds = new Map<string, number[]>();
	/** Nouns counted more than COUNTED_KEPT times: no one set's name. */
	const crowded = new Set<string>();
	/** Counts in characters (一百四十一个项目, 中央八项规定), by value, unit, noun and for a count of one character the words before it (wordCountKey). */
	const byWordCount = new Map<string, number[]>();
	/** Policies of N articles named by the words before their count (促进…发展16条措施, 民营经济32条政策), by policyKey. */
	const byPolicy = new Map<string, number[]>();
	const n = d.all.length;
	/**
	 * The pairs related: for each second figure j, the first figure of its first pair (plus one; 0: none), and the pairs
	 * after the first as i × n + j (a number: no string made and hashed per pair). Most figures restated are restated
	 * once, and an indexed load is cheaper than a set's lookup.
	 */
	const firstRelated = new Int32Array(n);
	const moreRelated = new Set<number>();
	const isRelated = (i: number, j: number): boolean => firstRelated[j] === i + 1 || (firstRelated[j] !== 0 && moreRelated.has(i * n + j));
	/** `passes`: whether the two agree, when the caller reads it otherwise than by the figures' bounds (boundThenValue). */
	const relate = (i: number, j: number, noun?: string, passes?: boolean): void => {
		if (isRelated(i, j) || otherwiseStated(d, i, j)) return;
		if (firstRelated[j] === 0) firstRelated[j] = i + 1;
		else moreRelated.add(i * n + j);
		const first = d.all[i]!;
		const f = d.all[j]!;
		const year = d.yearOf[d.rankOf[j]!]!;
		const memo = d.keep?.restatements;
		const last = memo?.last(j);
		if (last !== undefined && last.draft.target === f && last.first === first && last.i === i && last.noun === noun && last.year === year) {
			memo!.keep(j, last);
			b.add(last.draft);
			return;
		}
		const a = bounds(first);
		const c = bounds(f);
		// Two figures printed to the same precision with the same approximation word (none, 左右, 以上 …) must print the same
		// number: 31 and 32 meet only at 31.5, which neither rounds to both ways; 8%左右 and 9%左右 are two targets.
		const ok = passes ?? (first.q.approx === f.q.approx && first.step === f.step ? Math.abs(first.value - f.value) < first.step / 2 : meets(a, c));
		const draft: RelationDraft = {
			// Either figure holds when it states the other.
			accepts: [c, a],
			kind: 'restatement',
			figs: [first, f],
			target: f,
			expression: `${first.text} ${ok ? '=' : '≠'} ${f.text}`,
			computed: first.value,
			ok,
			data: noun !== undefined ? { first: first.text, second: f.text, noun: noun.replace(MASKS, '…') } : { first: first.text, second: f.text, subject: f.key === '' ? f.context.replace(MASKS, '') : f.key, scope: f.scope || yearOf(d, j) },
			at: { figs: [i, j], target: j },
		};
		memo?.keep(j, { first, i, noun, year, draft });
		b.add(draft);
	};
	const byWords = new Map<string, number[]>();
	// By surround (a number: no key string to make and hash for each figure), then by unit: the unit of the first figure
	// of a surround is kept with it, and the rare other units of the same surround go to a map by both.
	const bySurround = new Map<number, number>();
	const bySurroundAndUnit = new Map<string, number>();
	/** The first figure of this surround and unit before `at`, or undefined when `at` is the first (then kept as such). */
	const firstOfSurround = (surround: number, unit: string, at: number): number | undefined => {
		const first = bySurround.get(surround);
		if (first === undefined) {
			bySurround.set(surround, at);
			return undefined;
		}
		if (keys[first]!.unit === unit) return first;
		const key = `${surround}|${unit}`;
		const other = bySurroundAndUnit.get(key);
		if (other === undefined) bySurroundAndUnit.set(key, at);
		return other;
	};
	// Each figure's period, read once (a figure is compared with up to eight others of its words).
	const periods: (string | undefined)[] = new Array<string | undefined>(d.all.length);
	const keys: Keys[] = new Array<Keys>(d.all.length);
	for (let start = 0; start < d.all.length; ) {
		const list = blockKeys(d, start);
		for (let k = 0; k < list.length; k++) keys[start + k] = list[k]!;
		start += list.length;
	}
	const keysAt = (i: number): Keys => keys[i]!;
	const names = new PeriodNames();
	const periodAt = (i: number): string => (periods[i] ??= period(d, d.all[i]!, i, keysAt(i), names));
	/** The one statement of an indicator in a unit so far, by `${indicator}|${unit}` (-1: more than one). */
	const stated = new Map<string, number>();
	/** A figure stated again word for word (the paths below that compare words), by its position: the first statement's. */
	const repeated = new Map<number, number>();
	/**
	 * A part of the document that restates another word for word (a summary after the text), by its section: the section
	 * it restates. Its list of key figures is of that part's period.
	 */
	const summaries = new Map<number, number>();
	const restate = (first: number, at: number): void => {
		relate(first, at);
		repeated.set(at, first);
		if (d.sectionOf[d.rankOf[first]!] !== d.sectionOf[d.rankOf[at]!]) summaries.set(d.sectionOf[d.rankOf[at]!]!, d.sectionOf[d.rankOf[first]!]!);
	};
	d.all.forEach((f, at) => {
		if (f.kind === 'contribution' || f.fromTo || f.inBrackets || f.unit === '') return;
		const { unit, words, countedKey } = keysAt(at);
		// A list of key figures after the text (基层党委: 30.6万个): the label before the colon names the statistic, stated once
		// before in another part of the document, of no other period (two statements before: no telling which).
		if (f.exact && f.indicator !== undefined) {
			const key = `${f.indicator}|${unit}`;
			if (f.ownSubject && f.context === '') {
				// Of the same region, and of the same period by name (a list under `2021年主要数据：` or `全国主要数据` is
				// another year's or place's: a section is no period, so the two must name one), or in a part that restated the
				// first's part word for word before (`- 基层组织: 中国共产党现有基层组织525.0万个，…` ⏎ `- 基层党委: 30.6万个`):
				// the summary of that part, of its period, when neither the item nor the lead of its list names another period or
				// region (`2018年主要指标：`, `- 支部（2020年）: 9.6万个`, `全国主要数据`).
				const first = stated.get(key);
				if (first !== undefined && first >= 0 && d.sectionOf[d.rankOf[first]!] !== d.sectionOf[d.rankOf[at]!] && d.all[first]!.region === f.region && (periodAt(first) === periodAt(at) || (summaries.get(d.sectionOf[d.rankOf[at]!]!) === d.sectionOf[d.rankOf[first]!] && ofSummarysPeriod(d, first, at, periodAt)))) relate(first, at);
			} else stated.set(key, stated.has(key) ? -1 : at);
		}
		// A statement repeated word for word goes on: the figure right after a repeated one in its sentence, with the same
		// words before it and unit as the figure right after the first statement (…净增7.4万个，增幅为1.4% in the text and in
		// its summary), is repeated too — words too few to name a statement alone (增幅为).
		const before = repeated.get(at - 1);
		if (before !== undefined && before + 1 < at && !repeated.has(at)) {
			const g = d.all[before + 1]!;
			const p = d.all[at - 1]!;
			const q = d.all[before]!;
			if (g.sentence === q.sentence && f.sentence === p.sentence && d.blockOf[before + 1] === d.blockOf[before] && d.blockOf[at] === d.blockOf[at - 1] && g.context === f.context && keysAt(before + 1).unit === unit && g.exact === f.exact) restate(before + 1, at);
		}
		// The same long stretch of text around the figure in another part of the document (a compilation that prints a
		// notice twice: …中心支行，在31个省（自治区、直辖市）设立省级分行…), of no other stated period: one statement.
		if (f.exact && f.surround !== 0) {
			const first = firstOfSurround(f.surround, unit, at);
			if (first === undefined) {
				// the first statement of its surround and unit
			} else if (d.sectionOf[d.rankOf[first]!] !== d.sectionOf[d.rankOf[at]!] && !otherPeriod(periodAt(first), periodAt(at))) restate(first, at);
		}
		if (words !== undefined) {
			// A statement repeated with its neighbours in another part of the document (a summary after the text: `党员总数:
			// 中国共产党党员总数为10027.1万名，比2023年底净增108.6万名`), of no other stated period.
			const same = f.exact ? byWords.get(words) : undefined;
			if (!same) {
				if (f.exact) byWords.set(words, [at]);
			} else {
				const first = same.find((i) => d.sectionOf[d.rankOf[i]!] !== d.sectionOf[d.rankOf[at]!] && !otherPeriod(periodAt(i), periodAt(at)) && repeatedWithNeighbours(d, i, at));
				if (first !== undefined) restate(first, at);
				if (same.length < 8) same.push(at);
			}
			const p = periodAt(at);
			let ofPeriod = byContext.get(p);
			if (!ofPeriod) byContext.set(p, (ofPeriod = new Map<string, number[]>()));
			const list = ofPeriod.get(words);
			if (!list) ofPeriod.set(words, [at]);
			else {
				// A statement repeated: a figure next to it repeated too (the earliest such occurrence is the reference).
				const first = list.find((i) => {
					// Another part of the document of the same named year (an annex listing the year's targets) restates an
					// amount of a subject of its own (新建充电桩6万个), without the neighbours it had; a rate after 比上年增长 is
					// said of every indicator.
					if (d.yearOf[d.rankOf[i]!] !== '' && d.sectionOf[d.rankOf[i]!] !== d.sectionOf[d.rankOf[at]!] && ownAmount(d.all[i]!) && ownAmount(f)) return true;
					// Every neighbour both have is repeated (at least one): parallel sentences share some, not all.
					let shared = 0;
					for (const step of [-1, 1] as const) {
						const a = neighbour(d, i, step);
						const c = neighbour(d, at, step);
						if (a === undefined || c === undefined) continue;
						if (!sameNeighbour(a, c)) return false;
						shared++;
					}
					return shared > 0;
				});
				if (first !== undefined) restate(first, at);
				if (list.length < 8) list.push(at);
			}
		}
		// A target of the year restated in the paragraphs right after, that explain it (国内生产总值增长8%左右；… ⏎ 提出国内生产
		// 总值增长8%左右，主要是…): the same statistic and approximation word, its subject in its own clause, not an average
		// over years (a five-year plan's 年均增长10%左右 is another target than the year's 增长10%左右).
		// A rate the explanation calls the target (经济增长预期目标为5%左右, 今年经济增长目标确定为5.5%) restates the rate of the
		// list before it even when neither has an approximation word.
		const named = f.kind === 'change' && d.pastOf[d.rankOf[at]!] === undefined && TARGET_NAMED.test(f.context) && (f.scope === '' || THIS_YEAR.test(f.scope)) && ofHeadingsYear(d, f, at);
		if (d.yearOf[d.rankOf[at]!] !== '' && f.ownSubject && !f.part && !f.annualAverage && (f.indicator !== undefined || f.key.length >= DISTINCT) && (f.scope === '' || named)) {
			const key = `${d.yearOf[d.rankOf[at]!]}|${f.key}|${f.region}|${unit}`;
			const near = (first: number | undefined): first is number => first !== undefined && d.blockOf[at]! - d.blockOf[first]! <= TARGET_REACH && d.blockOf[at] !== d.blockOf[first] && d.sectionOf[d.rankOf[at]!] === d.sectionOf[d.rankOf[first]!];
			if (named) {
				// The list's rate, with an approximation word or without (经济增长5.5% ⏎ 今年经济增长目标确定为5.5%).
				const first = byTarget.get(key);
				const stated = byRate.get(key);
				const earlier = near(first) ? first : near(stated) ? stated : undefined;
				if (earlier !== undefined) relate(earlier, at);
			} else if (f.q.approx !== 'exact') {
				const first = byTarget.get(key);
				if (near(first)) relate(first, at);
				else byTarget.set(key, at);
			} else if (f.kind === 'change' && d.pastOf[d.rankOf[at]!] === undefined && !f.real && !DONE.test(f.context) && !near(byRate.get(key))) byRate.set(key, at);
		}
		// Another part of the same named year states the amount of the same subject of its own (完成城镇老旧小区改造…、农村危房
		// 和农房抗震改造2.7万户 in the plan, 农村危房和农房抗震改造2.7万户 in its annex): the first part's statement is the one.
		// An approximation word on one side only (新增学位2万个 in the plan, 2万个以上 in the annex) states it still: the two are
		// held within its bounds.
		// Not of a part of the year (四季度地区生产总值, 12月份，社会消费品零售总额…) nor of a block on past years (过去五年，实际利用外资…):
		// the subject alone does not tell them from the year's.
		const subject = f.kind === 'amount' && f.ownSubject && !f.part && f.sentencePeriod === undefined && d.pastOf[d.rankOf[at]!] !== 'years' && WHOLE_YEAR.test(f.scope) && f.scope !== '去年' ? sharedVerb(d, at) + f.subject : '';
		if (d.yearOf[d.rankOf[at]!] !== '' && subject.length >= DISTINCT && (subject.length > f.subject.length || ownAmount(f))) {
			const key = `${d.yearOf[d.rankOf[at]!]}|${subject}|${keysAt(at).loose}`;
			const first = byOwnSubject.get(key);
			if (first === undefined) byOwnSubject.set(key, at);
			// Of one region: 全国居民人均可支配收入 in the text is not the city's own in its key figures (no region named there).
			else if (d.sectionOf[d.rankOf[first]!] !== d.sectionOf[d.rankOf[at]!] && sameRegion(d, d.all[first]!, f)) relate(first, at);
		}
		// A counted set, to be found named again in another part (below).
		if (countedKey !== undefined && !keep(byCounted, countedKey, at)) crowded.add(countedKey);
		const { nounOpening, nounHead, wordCount, policy, deed } = keysAt(at);
		if (nounOpening !== undefined) keep(byNounOpening, nounOpening, at);
		if (nounHead !== undefined) keep(byNounHead, nounHead, at);
		if (wordCount !== undefined && !keep(byWordCount, wordCount, at)) crowded.add(wordCount);
		if (policy !== undefined && !keep(byPolicy, policy, at)) crowded.add(policy);
		// The deed and noun of a count, written after it or before it (below), in a part of a named year.
		if (deed !== undefined && d.yearOf[d.rankOf[at]!] !== '') keep(countedKey !== undefined ? countedDeeds : namedDeeds, deed, at);
		// An indicator the lexicon names, stated as the year's in two parts of a document of one named year under two of its
		// names (一、综合: 全年实际利用外商直接投资407亿美元 … 八、对外经济: 实际利用外商直接投资额407亿美元; 全年进出口顺差 …
		// 进出口相抵，顺差): one statistic. Not of a part of the year, a target, a sum over years nor a block on past years.
		if (d.yearOf[d.rankOf[at]!] !== '' && ofOneYear(f) && f.sentencePeriod === undefined && d.pastOf[d.rankOf[at]!] === undefined && ofHeadingsYear(d, f, at) && (keysAt(at).scopeYear ?? d.yearOf[d.rankOf[at]!]) === d.yearOf[d.rankOf[at]!] && f.scope !== '去年') {
			const key = `${d.yearOf[d.rankOf[at]!]}|${f.indicator}|${f.region}|${unit}`;
			const first = byIndicator.get(key);
			if (first === undefined) byIndicator.set(key, at);
			else if (d.sectionOf[d.rankOf[first]!] !== d.sectionOf[d.rankOf[at]!]) relate(first, at);
		}
		if (f.scope !== '' && f.exact && f.ownSubject && !f.part && f.kind === 'amount') {
			const specific = f.indicator !== undefined || (f.key.length >= 4 && STATISTIC.test(f.key));
			if (!specific || NOT_ONE_STATISTIC.test(f.subject)) return;
			const key = `${f.scope}|${f.key}|${f.region}|${unit}`;
			const first = byStatistic.get(key);
			if (first === undefined) byStatistic.set(key, at);
			else relate(first, at);
		}
	});
	// A counted set named again in another part of the same year: 办好10件民生实事 … 附件1 10件民生实事. A noun one part counts twice with two figures names no
	// one set (谦信化工等256个亿元以上项目开工建设，…等298个亿元以上项目竣工投产; a breakdown by county).
	for (const [key, list] of byCounted) {
		if (list.length < 2 || crowded.has(key) || severalSets(d, list)) continue;
		for (let k = 1; k < list.length; k++) {
			const at = list[k]!;
			const first = list.find((i, m) => m < k && sameSet(d, i, at));
			if (first !== undefined) relate(first, at, keys[at]!.counted);
		}
	}
	// A set counted the same under one name in two parts of the document, whatever is done with it there (…等8个新兴产业
	// 集群不断壮大 … 重点培育打造8个新兴产业集群; 实施…等12项赋能行动 … 持续开展12项赋能行动): the same set when neither
	// count is a batch, a part or a bound of it (sameCountAcross). Only counts that agree: a plan may build a set on, so two
	// counts that differ are not held to each other (sameSet and heldSet say when they are).
	for (const [key, list] of byCounted) {
		if (list.length < 2 || crowded.has(key) || severalSets(d, list)) continue;
		for (let k = 1; k < list.length; k++) {
			const at = list[k]!;
			const first = list.find((i, m) => m < k && d.all[i]!.value === d.all[at]!.value && !isRelated(i, at) && sameCountAcross(d, i, at));
			if (first !== undefined) relate(first, at, keys[at]!.counted);
		}
	}
	// A set the review counts and the plan holds, its noun read on in one of them into what is said of it (28个重点产业链加快
	// 构建 … 支持28个重点产业链盟会长单位发起设立…): the same set when heldSet says so of them and the counts agree. A count
	// before a noun read on may count the noun's head (支持10个先进制造业集群龙头企业…: ten firms), which the text does not
	// tell from the set's members: two counts that differ are not held to each other.
	for (const list of byNounOpening.values()) {
		if (list.length < 2 || severalSets(d, list)) continue;
		for (let k = 1; k < list.length; k++) {
			const at = list[k]!;
			const first = list.find((i, m) => m < k && d.all[i]!.value === d.all[at]!.value && keys[i]!.counted !== keys[at]!.counted && oneSetNamed(keys[i]!.counted!, keys[at]!.counted!) && heldAcross(d, i, at));
			if (first !== undefined) relate(first, at, shorter(keys[first]!.counted!, keys[at]!.counted!));
		}
	}
	// A set the review counts and the plan names again (namedAgain), the noun of one read on into what is said of it or
	// written with a character or a word more (5个…医疗中心、6个省级区域医疗中心开诊运营 … 推进…6个省级区域医疗中心高效运行; 40个
	// 畜牧重点县 … 集中支持40个畜牧业重点县和优势区域发展): the same set when the counts agree.
	// A head of two characters keys many nouns: a part that counts two with two figures is read among those of this noun only.
	for (const list of byNounHead.values()) {
		for (let k = 1; k < list.length; k++) {
			const at = list[k]!;
			const noun = keys[at]!.counted!;
			const ofNoun = list.filter((i) => i === at || nounsOfOneSet(keys[i]!.counted!, noun));
			if (ofNoun.length < 2 || severalSets(d, ofNoun)) continue;
			const first = ofNoun.find((i) => i < at && d.all[i]!.value === d.all[at]!.value && !isRelated(i, at) && keys[i]!.counted !== noun && sameCountAcross(d, i, at));
			if (first !== undefined) relate(first, at, shorter(keys[first]!.counted!, noun));
		}
	}
	// A count in characters named again by its count and noun (苏联协助我国建设的一百四十一个项目就是其中的骨干 … 苏联帮助我国
	// 建设的一百四十一个项目从设计…; 出台中央八项规定 … 落实中央八项规定精神): the older official style and party texts name a set
	// so. Only counts that agree (the key holds the value): two counts of one short noun that differ may be of two sets
	// (中央五个工业部 of 1953, 中央六个工业部 of 1954), and never in two items of one numbered list (parallelItems), nor
	// stated of two scopes, regions or years (去年实施百个… 今年新启动百个…; 2022年… 2023年…: two batches).
	for (const [key, list] of byWordCount) {
		if (list.length < 2 || crowded.has(key)) continue;
		for (let k = 1; k < list.length; k++) if (!isRelated(list[k - 1]!, list[k]!) && !parallelItems(d, list[k - 1]!, list[k]!) && !twoBatches(d, list[k - 1]!, list[k]!) && !statedApart(d.all[list[k - 1]!]!, d.all[list[k]!]!) && !datedApart(d.all[list[k - 1]!]!, d.all[list[k]!]!)) relate(list[k - 1]!, list[k]!, d.all[list[k]!]!.counted.slice(0, WORD_NOUN));
	}
	// A policy named again by its topic and count (出台促进基础教育高质量发展16条措施 … 落实促进基础教育高质量发展16条措施):
	// the same count of the same noun after the same words, in two blocks, of no two years stated. Only counts that agree
	// (the key holds the value): a plan may carry out the policy revised (18条), which the words do not tell.
	for (const [key, list] of byPolicy) {
		if (list.length < 2 || crowded.has(key)) continue;
		for (let k = 1; k < list.length; k++) {
			const at = list[k]!;
			const first = list.find((i, m) => m < k && d.blockOf[i] !== d.blockOf[at] && !datedApart(d.all[i]!, d.all[at]!) && !isRelated(i, at));
			if (first !== undefined) relate(first, at, `${key.slice(key.lastIndexOf('|') + 1)}${policyNoun(d.all[at]!)}`);
		}
	}
	// The same deed and noun counted after the figure in one place and before it in another of the same named year: a
	// title and its content (二、建设标准化村卫生室33个 ⏎ 主要内容：建设33个标准化村卫生室), a plan and its annex.
	for (const [key, named] of namedDeeds) {
		const counted = countedDeeds.get(key);
		if (counted === undefined || severalSets(d, named) || severalSets(d, counted)) continue;
		for (const j of counted) {
			const i = named.find((i) => sameDeed(d, i, j));
			if (i !== undefined) relate(Math.min(i, j), Math.max(i, j), keys[j]!.counted);
		}
	}
	periodEnds(d, relate);
	periodStarts(d, relate);
	boundThenValue(d, relate);
	datedStatements(d, relate);
	demonstrativeCounts(d, relate);
}

/** A demonstrative right before a count (在这一九四个建设单位中, 这一三个单位, 上述一七九个…): the set just counted, named again. */
const DEMONSTRATIVE = /(?:这|上述|前述)$/;
/** Words before a count that make it the total of its set (…建设单位共一九四个, 共有, 合计). */
const TOTAL_BEFORE = /(?:共|共有|合计|总计|共计)$/;
/** How many figures before a demonstrative count are read for the count it names again (its paragraph and the one before). */
const DEMONSTRATIVE_BACK = 16;
/** The characters of the noun after a demonstrative count that an earlier count's words must hold (建设 of 建设单位中). */
const DEMONSTRATIVE_NOUN = 2;

/**
 * A count after a demonstrative names again the set counted just before (煤矿工业限额以上的建设单位共一九四个，其中… 在这一九四个
 * 建设单位中，…; 新建和改建五个氮肥厂。在这五个氮肥厂中…): the earlier count of the same unit, in its paragraph or the one
 * before, whose words (subject or counted noun) hold the opening of the noun after the demonstrative count — the nearest
 * of the same value, else the nearest total of the set (…共N个), else none (a demonstrative may name a set counted in
 * words, or a part the text does not count). Bounded: DEMONSTRATIVE_BACK figures back.
 */
function demonstrativeCounts(d: DocumentFigures, relate: (i: number, j: number, noun?: string) => void): void {
	for (let j = 1; j < d.all.length; j++) {
		const f = d.all[j]!;
		if (f.kind !== 'amount' || f.unit === '' || f.inBrackets || !DEMONSTRATIVE.test(f.context)) continue;
		const noun = f.counted.slice(0, DEMONSTRATIVE_NOUN);
		if (noun.length < DEMONSTRATIVE_NOUN || !/^[\u4e00-\u9fff]+$/.test(noun)) continue;
		let same: number | undefined;
		let total: number | undefined;
		for (let i = j - 1; i >= 0 && i >= j - DEMONSTRATIVE_BACK && d.blockOf[j]! - d.blockOf[i]! <= 1; i--) {
			const a = d.all[i]!;
			if (a.kind !== 'amount' || a.unit !== f.unit || a.inBrackets || DEMONSTRATIVE.test(a.context) || !(a.subject.includes(noun) || a.counted.startsWith(noun))) continue;
			if (same === undefined && a.value === f.value) same = i;
			if (total === undefined && TOTAL_BEFORE.test(a.context)) total = i;
		}
		// A count of another value names the total again only where no clause of a part or a place binds it (在东北地区，这二〇个…).
		const i = same ?? (total !== undefined && !boundBefore(d, j, PART_OR_PLACE_CLAUSE) ? total : undefined);
		if (i !== undefined) relate(i, j, f.counted.split(/[中的，,]/, 1)[0]);
	}
}

/** The least characters of a dated statement's subject, 的 aside (工业总产值, 原煤产量). */
const DATED_MIN = 4;
/** Periods of a sentence that make its figures no one year's (上半年，…; “十三五”期末，…; 2016年以来，…). */
const NOT_A_YEARS = new Set(['part', 'dated', 'span']);
const DE = /的/g;

/** A word of an estimate (预计2020年…为530亿元): not the year's figure as stated. */
const ESTIMATE = /预计/;
/**
 * Words of a sentence before a dated figure that make it other than the year's figure as stated elsewhere: a price basis
 * (按一九五二年不变价格计算: lexicon priceBasis), months of the year (1-10月, 一至三季度), an estimate (预计) or the plan it is
 * held to (原计划).
 */
const NOT_THE_YEARS_FIGURE = new RegExp(`${PRICE_BASIS.source}|[0-9０-９一二三四五六七八九十]{1,3}月|季度|${ESTIMATE.source}|原计划`);
/** The price-basis words of a sentence, each in turn (the last one before a figure is its basis). */
const BASIS_WORDS = new RegExp(PRICE_BASIS.source, 'g');
/** A part of a year in a figure's scope (2023年1-10月, 2023年上半年, 一九五七年一季度: parse/reading readScope). */
const PART_OF_YEAR_SCOPE = new RegExp(ANY_PART_OF_YEAR_WORDS);

/** statedAs: a figure at constant or comparable prices (按一九五二年不变价格计算), and an estimate (预计). */
const AT_CONSTANT_PRICES = 1;
const ESTIMATED = 2;
/** A price basis in brackets right after a figure (500亿元（按2020年不变价格计算）), read as one before it is. */
const BASIS_AFTER = new RegExp(`^[（(][^）)]{0,12}?(?:${PRICE_BASIS.source})`);
/** How far after a figure its bracketed basis is read. */
const BASIS_AFTER_REACH = 20;
/** The year whose prices a basis word names, right before it (按2000年不变价, 按2015年价格计算, 按照一九五二年的价格计算). */
const BASE_YEAR = /((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年?的?$/;

/**
 * How a figure is stated besides its statistic and period, by the words of its sentence before it or a bracket right
 * after it: at constant or comparable prices (AT_CONSTANT_PRICES; none stated, or current prices: not), the year of
 * those prices when named (base), and as an estimate (ESTIMATED).
 */
function statedAs(d: DocumentFigures, at: number): { readonly bits: number; readonly base: string } {
	const f = d.all[at]!;
	const after = BASIS_AFTER.exec(d.textOf[d.rankOf[at]!]!.slice(f.q.end, f.q.end + BASIS_AFTER_REACH));
	const before = sentenceBefore(d, at);
	const words = after ? after[0] : before;
	let basis = 0;
	let base = '';
	BASIS_WORDS.lastIndex = 0;
	for (let m = BASIS_WORDS.exec(words); m; m = BASIS_WORDS.exec(words)) {
		basis = basisOfWord(m[0]) === 'real' ? AT_CONSTANT_PRICES : 0;
		base = basis === 0 ? '' : (BASE_YEAR.exec(words.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? '');
	}
	return { bits: basis | (ESTIMATE.test(before) ? ESTIMATED : 0), base };
}

/**
 * Two figures one path finds of one statistic and period that the text states as two quantities, whatever the path: one
 * at constant prices and the other not (the year's figure at current prices, and at the prices of 1952), or at the
 * constant prices of two named years (按1980年不变价格, 按1990年不变价格); an estimate and a figure its own words date to the
 * year (预计2020年…为530亿元, 2020年…为520亿元: the estimate made before the year's figure was known). An estimate restated
 * undated (预计实现地区生产总值2900亿元 … 从2010年的1690亿元增加到2900亿元, the review of the years to the one just ended) is the
 * same estimate.
 */
function otherwiseStated(d: DocumentFigures, i: number, j: number): boolean {
	const { bits: a, base: aBase } = statedAs(d, i);
	const { bits: c, base: cBase } = statedAs(d, j);
	if ((a ^ c) & AT_CONSTANT_PRICES) return true;
	if (a & AT_CONSTANT_PRICES && aBase !== '' && cBase !== '' && aBase !== cBase) return true;
	return ((a ^ c) & ESTIMATED) !== 0 && statedYear(d.all[a & ESTIMATED ? j : i]!) !== undefined;
}
/** The words of a figure's sentence before it (at most SENTENCE_BACK characters). */
function sentenceBefore(d: DocumentFigures, at: number): string {
	const start = d.all[at]!.q.start;
	const before = d.textOf[d.rankOf[at]!]!.slice(Math.max(0, start - SENTENCE_BACK), start);
	return before.slice(lastOf(before, '。；;！？') + 1);
}

/**
 * The key of a statement dated by its own words (由一九五二年的A到一九五七年将增加为B: A is 1952's, B 1957's; 合作化手工业的
 * 产值一九五二年为…; 一九五七年农业及其副业的总产值将达…): the year, the subject (its 的 aside: 私营工业的产值 is 私营工业产值),
 * region, unit, magnitude and kind, and whether it is aimed at (力争, 目标, 到2025年，…: a target is not the figure
 * reached). Only an amount or a level of a specific statistic (an indicator, or a subject of STATISTIC of DATED_MIN
 * characters), no average, no part of a year nor a span of years, not in brackets; its subject its own, or the one of
 * the figure right before it in its sentence (…的产值一九五二年为A，一九五七年将为B), or the from's of a to.
 */
function datedKey(d: DocumentFigures, at: number): string | undefined {
	const f = d.all[at]!;
	if ((f.kind !== 'amount' && f.kind !== 'level') || f.inBrackets || f.unit === '' || f.annualAverage || f.quotedName) return undefined;
	if (f.sentencePeriod !== undefined && NOT_A_YEARS.has(f.sentencePeriod)) return undefined;
	if (f.q.approx === 'more' || f.q.approx === 'less' || PART_OF_YEAR_SCOPE.test(f.scope) || NOT_THE_YEARS_FIGURE.test(sentenceBefore(d, at))) return undefined;
	const year = statedYear(f);
	if (year === undefined) return undefined;
	const subject = (f.indicator ?? f.key).replace(DE, '');
	if (subject.length < DATED_MIN || (f.indicator === undefined && !STATISTIC.test(subject)) || NOT_ONE_STATISTIC.test(f.subject)) return undefined;
	if (!f.ownSubject && f.fromTo !== 'to') {
		const before = at > 0 && d.blockOf[at - 1] === d.blockOf[at] ? d.all[at - 1]! : undefined;
		if (before === undefined || before.sentence !== f.sentence || !before.ownSubject || before.key !== f.key) return undefined;
	}
	const aimed = AIMED.test(f.context) || f.sentencePeriod === 'ahead' ? 'aim' : '';
	return `${year}|${subject}|${f.region}|${f.unit}|${f.q.magnitude}|${f.kind}|${aimed}`;
}

/**
 * The same statistic of one year stated in two places, each dated by its own words (a plan's summary and its chapter:
 * 工业总产值由一九五二年的二七〇·一亿元到一九五七年将增加为五三五·六亿元 in both; 手工业生产合作社的产值由一九五二年的…到
 * 一九五七年将增加为三一·九亿元 … 手工业生产合作社的产值一九五二年为二·五亿元，一九五七年将为三一·九亿元): either end of a
 * from–to is a statement of its year. Each statement is held to the last one of its key (datedKey) in another sentence,
 * of one region. Linear: one position kept per key.
 */
function datedStatements(d: DocumentFigures, relate: (i: number, j: number) => void): void {
	const last = new Map<string, number>();
	for (let j = 0; j < d.all.length; j++) {
		const key = datedKey(d, j);
		if (key === undefined) continue;
		const i = last.get(key);
		if (i !== undefined && (d.blockOf[i] !== d.blockOf[j] || d.all[i]!.sentence !== d.all[j]!.sentence) && sameRegion(d, d.all[i]!, d.all[j]!)) relate(i, j);
		last.set(key, j);
	}
}

/** Words right before a from–to's start that name it last year's level (由去年的24个县…覆盖到…): a start all the same. */
const LAST_YEARS_START = /[由从](?:去年|上年)的?$/;
/** How many earlier statements of one value and unit a from–to's start is compared with. */
const STARTS_KEPT = 8;
/** The least characters of words in a row that two statements share to name one statistic (财政专项资金, 标准由每人每年). */
const SHARED_RUN = 4;

/** A from–to's start, as periodStarts reads it: by its word (由, 从) or after 由去年的. */
function startOfChange(f: Fig): boolean {
	return f.fromTo === 'from' || LAST_YEARS_START.test(f.context);
}

/** Words that make a figure an aim or a sum over years (NOT_THE_YEARS), not a standard per person and year (每人每年). */
const NOT_THE_LEVEL = /力争|目标|计划|确保|争取|累计|合计|共计|总计|年均|平均|(?<!人)每年/;

/** An exact figure of its own, not a part, an aside nor a target: one a later from–to may start from. */
function stated(f: Fig): boolean {
	return f.exact && !f.part && !f.inBrackets && (f.kind === 'amount' || f.kind === 'level') && f.fromTo !== 'from' && !f.annualAverage && !NOT_THE_LEVEL.test(f.context);
}

/** A statement's words for shareRun: the words before its figure, its subject (read apart from them) and its counted noun. */
function wordsOf(f: Fig): string {
	return `${f.context}|${f.subject}|${f.counted}`;
}

/** Characters of a figure or a date in words (#, 一九五二年): no part of a statistic's name. */
const NUMERALS = /[#0-9〇零一二三四五六七八九十百千万亿]/;

/**
 * Do two statements' words share a run of SHARED_RUN characters with no figure or numeral in it (a year in characters,
 * 一九五二, names no statistic)? Bounded by the words' lengths.
 */
function shareRun(a: string, b: string): boolean {
	for (let k = 0; k + SHARED_RUN <= b.length; k++) {
		const run = b.slice(k, k + SHARED_RUN);
		if (!NUMERALS.test(run) && a.includes(run)) return true;
	}
	return false;
}

/**
 * A plan's from–to that starts from the level the review stated (a standard raised again: 财政补助标准由每人每年450元提高到
 * 490元 in the review of 2018, 补贴标准由每人每年490元提高到520元 in the plan of 2019; 公开…等19项财政专项资金 … 今年财政专项
 * 资金公开从19项增加到30项; 试点扩大到24个县（市） … 由去年的24个县（市）覆盖到…): the start restates that level. The start in
 * a part after the review's (of a later named year, or of none), in a block of no past; the level an exact figure of its
 * own in the review, of the same value and unit, its words and the start's sharing a run of SHARED_RUN characters (the
 * statistic's name). Only figures that agree: a plan may start from another level than the review's (a standard of
 * another group), which the words do not tell. Linear: the levels looked up by value and unit, at most STARTS_KEPT each.
 */
function periodStarts(d: DocumentFigures, relate: (i: number, j: number) => void): void {
	let wanted: Set<string> | undefined;
	const keyOf = (f: Fig): string => `${f.value}|${f.unit}|${f.q.magnitude}`;
	for (let j = 0; j < d.all.length; j++) {
		const f = d.all[j]!;
		if (!startOfChange(f) || !f.exact || f.inBrackets || d.pastOf[d.rankOf[j]!] !== undefined) continue;
		(wanted ??= new Set<string>()).add(keyOf(f));
	}
	if (wanted === undefined) return;
	const levels = new Map<string, number[]>();
	for (let j = 0; j < d.all.length; j++) {
		const f = d.all[j]!;
		if (!wanted.has(keyOf(f))) continue;
		const key = keyOf(f);
		if (startOfChange(f) && f.exact && !f.inBrackets && d.pastOf[d.rankOf[j]!] === undefined) {
			const i = (levels.get(key) ?? []).find((i) => reviewedBefore(d, i, j) && !datedApart(d.all[i]!, f) && !startDatedElse(d, i, f) && shareRun(wordsOf(d.all[i]!), wordsOf(f)));
			if (i !== undefined) relate(i, j);
		}
		if (stated(f)) {
			const list = levels.get(key);
			if (list === undefined) levels.set(key, [j]);
			else if (list.length < STARTS_KEPT) list.push(j);
		}
	}
}

/** A start dated by itself or its sentence (由2021年的…) another year than the level's (its date, or its headings' year). */
function startDatedElse(d: DocumentFigures, i: number, start: Fig): boolean {
	const dated = start.year ?? start.sentenceYear;
	const level = yearOfFigure(d, d.all[i]!, i);
	return dated !== undefined && level !== undefined && dated !== level;
}

/**
 * Is the figure at `i` of a review before the plan the figure at `j` stands in: an earlier part, of a year before the
 * plan's when both name one, of no years to come.
 */
function reviewedBefore(d: DocumentFigures, i: number, j: number): boolean {
	if (d.sectionOf[d.rankOf[i]!]! >= d.sectionOf[d.rankOf[j]!]! || d.aheadOf[d.rankOf[i]!] === 1) return false;
	const yi = d.yearOf[d.rankOf[i]!]!;
	const yj = d.yearOf[d.rankOf[j]!]!;
	return yi === '' || yj === '' || Number(yi) < Number(yj);
}

/** Words of a bound a figure passed (突破2万亿元, 超过1000亿元, 跨越5000亿元大关, 迈上3万亿元台阶; lexicon/words.json). */
const PASSED = wordPattern('passed');
/** What joins a bound passed to the value itself in one statement: the bound's mark (大关, 台阶), 、 or a comma, then the verb. */
const THEN_VALUE = /^(?:大关|台阶)?[、，,]?(?:达到|达|增至|增加到|为)$/;
/** What may follow the value: its clause ends (，。；、, an aside in brackets, the block's end); not 的 or a noun it qualifies (为900亿元的1.1倍, 1800亿元目标). */
const VALUE_ENDS = /^(?:[，,。；;、（(]|$)/;

/**
 * One statistic stated as the bound it passed, then as its value (地区生产总值突破2万亿元、达到23562亿元; 财政收入突破千亿元大关，
 * 达到1140.83亿元): the value must reach the bound. Two amounts side by side in one sentence of a block, of one unit, the
 * value of the bound's subject (none of its own), joined only by the bound's mark and the verb of the value, and closing its
 * clause (not 的 or a noun after it: 为900亿元的1.1倍 is another figure).
 */
function boundThenValue(d: DocumentFigures, relate: (i: number, j: number, noun: undefined, passes: boolean) => void): void {
	for (let j = 1; j < d.all.length; j++) {
		const f = d.all[j]!;
		const bound = d.all[j - 1]!;
		if (bound.q.approx !== 'more' || f.q.approx !== 'exact' || d.blockOf[j - 1] !== d.blockOf[j] || bound.sentence !== f.sentence) continue;
		if (bound.unit !== f.unit || f.kind !== 'amount' || bound.kind !== 'amount' || f.inBrackets || bound.inBrackets || f.fromTo !== undefined) continue;
		if (!PASSED.test(bound.q.approxWord ?? '') || (f.ownSubject && f.key !== bound.key)) continue;
		// The bound is the round number itself (突破2万亿元: not 1.5万亿 as a printed 2万亿 rounds): the value, within its own
		// rounding, reaches it.
		const text = d.textOf[d.rankOf[j]!]!;
		if (THEN_VALUE.test(text.slice(bound.q.end, f.q.start)) && VALUE_ENDS.test(text.slice(f.q.end, f.q.end + 1))) relate(j - 1, j, undefined, interval(f).hi >= bound.value);
	}
}

/** Two figures whose scopes (2023年, 全年) or regions (全市, 兴庆区) are both stated and differ. */
function statedApart(a: Fig, c: Fig): boolean {
	return (a.scope !== '' && c.scope !== '' && a.scope !== c.scope) || (a.region !== '' && c.region !== '' && a.region !== c.region);
}

/** Two figures dated two years, each by itself or by its sentence (2023年，…). */
function datedApart(a: Fig, c: Fig): boolean {
	const ya = a.year ?? a.sentenceYear;
	const yc = c.year ?? c.sentenceYear;
	return ya !== undefined && yc !== undefined && ya !== yc;
}

/** Adds `at` to the positions of `key`, at most COUNTED_KEPT of them; false when the key has that many already. */
function keep(map: Map<string, number[]>, key: string, at: number): boolean {
	const list = map.get(key);
	if (list === undefined) map.set(key, [at]);
	else if (list.length < COUNTED_KEPT) list.push(at);
	else return false;
	return true;
}

/**
 * Verbs that say what is done to a counted set, building or serving it (建设, 新建改扩建, 更换): the deed of a count, with
 * its noun (建设标准化村卫生室). Longest first.
 */
const DEEDS = '新建改扩建|新改扩建|改扩建|新建|改建|扩建|改造|建设|建成|打造|培育|创建|认定|更换|维护|安装|选择|设立|新设|开设|开办|举办|组建';
const DEED_WHOLE = new RegExp(`^(?:${DEEDS})$`);
const DEED_START = new RegExp(`^(?:${DEEDS})`);

/**
 * The deed of a count followed by its noun (建设#标准化村卫生室 → 建设标准化村卫生室): a verb of DEEDS that is the whole of
 * the count's subject, and the noun (countedOf); undefined when other words stand there too (城区建设6个…: a part's,
 * 加快建设).
 */
function countedDeed(f: Fig, noun: string): string | undefined {
	return !f.quotedName && DEED_WHOLE.test(f.subject) ? f.subject + noun : undefined;
}

/**
 * The deed of a count that closes its noun (建设标准化村卫生室33个): the subject when it opens with a verb of DEEDS, or — a
 * later item of a list (建设标准化村卫生室33个、“健康小屋”20所及老年人日间照料中心10个) — the verb that opens the list with the
 * item's noun; the noun at least COUNTED_MIN characters. Undefined for a count followed by words (RawClaim.counted)
 * other than the next item's, a part, an aside or a bound.
 */
function namedDeed(f: Fig): string | undefined {
	if ((f.counted !== '' && !LIST_GOES_ON.test(f.counted)) || f.kind !== 'amount' || f.part || f.inBrackets || f.fromTo !== undefined || !f.ownSubject) return undefined;
	const own = DEED_START.exec(f.subject)?.[0];
	if (own !== undefined) return f.subject.length - own.length >= COUNTED_MIN ? f.subject : undefined;
	const listed = f.context.includes('#') ? DEED_START.exec(f.context)?.[0] : undefined;
	return listed !== undefined && f.subject.length >= COUNTED_MIN && !f.subject.includes('#') ? listed + f.subject : undefined;
}

/** Words after a count that go on to the next item of its list (标准化村卫生室33个及老年人日间照料中心10个). */
const LIST_GOES_ON = /^[及和与]/;

/**
 * Two counts of one deed and noun, one written after its figure and one before (countedDeed, namedDeed), that count one
 * set: of the one year their headings name, neither a part, a bound or a batch, of no two scopes or regions, in two parts
 * of the document or, in one part, a title and its content (the count before its noun in a line with no sentence's end,
 * the other in the block right after it: not two paragraphs, 城区方面，建设标准化菜市场10个。⏎ 农村方面，建设6个…);
 * never a name in quotes.
 */
function sameDeed(d: DocumentFigures, i: number, j: number): boolean {
	if (d.yearOf[d.rankOf[i]!] !== d.yearOf[d.rankOf[j]!]) return false;
	if (d.sectionOf[d.rankOf[i]!] === d.sectionOf[d.rankOf[j]!] && (d.blockOf[j]! - d.blockOf[i]! !== 1 || d.lineOf[d.rankOf[i]!] !== 1)) return false;
	const a = d.all[i]!;
	const c = d.all[j]!;
	if (NOT_THE_SET.test(a.context) || NOT_THE_SET.test(c.context)) return false;
	return ofHeadingYear(d, i) && ofHeadingYear(d, j) && !statedApart(a, c) && !boundBefore(d, i) && !boundBefore(d, j);
}

/** How far back a count's sentence is read for the clauses before its own. */
const SENTENCE_BACK = 48;
/**
 * Clauses before a count's own that bind it to a part, a batch or a place: a part or bound word (其中，…; 另外，…; 每个乡镇，…),
 * a figure (选择3个县开展试点，…), a place alone (在城区，…; 城区方面，…; 兴庆区：…).
 */
const PLACE_CLAUSE = '(?:^|[，,：:])(?:在[^，,：:]{1,10}|[^，,：:]{1,8}(?:方面|地区|区|县|乡|镇))[，,：:]';
const BINDING_CLAUSE = new RegExp(`${NOT_THE_SET.source}|此外|[0-9０-９#]|${PLACE_CLAUSE}`);
/** The same, less a figure: a clause of a part or a place (县域经济方面，7个…) before a count in a sentence of figures. */
const PART_OR_PLACE_CLAUSE = new RegExp(`${NOT_THE_SET.source}|此外|${PLACE_CLAUSE}`);

/**
 * The clauses of a count's sentence before its own (up to its last ，or ：) bind it (BINDING_CLAUSE): 城区方面，建设6个标准化菜市场
 * is no count of the whole, though its own clause names the deed alone. Reads at most SENTENCE_BACK characters.
 */
function boundBefore(d: DocumentFigures, at: number, binding: RegExp = BINDING_CLAUSE): boolean {
	const start = d.all[at]!.q.start;
	const before = d.textOf[d.rankOf[at]!]!.slice(Math.max(0, start - SENTENCE_BACK), start);
	const sentence = lastOf(before, '。；;！？');
	const clause = lastOf(before, '，,：:');
	return clause > sentence && binding.test(before.slice(sentence + 1, clause + 1));
}

/**
 * A count of the year its headings name: its sentence opens on no other period (上半年，…; 到2025年，…; 五年来，…; 今年，… is
 * the year itself) and no year it states is another.
 */
function ofHeadingYear(d: DocumentFigures, at: number): boolean {
	const f = d.all[at]!;
	if (f.sentencePeriod !== undefined && !(f.sentencePeriod === 'ahead' && f.scope === '今年')) return false;
	const y = f.year ?? f.sentenceYear;
	return y === undefined || String(y) === d.yearOf[d.rankOf[at]!];
}

/** Time words of a lead that name the whole year of its figures, not another period (全年主要指标：). */
const LEAD_WHOLE_YEAR = /^(?:全年|年末|年底|当年|本年)$/;
const YEARS = /(?:19|20)[0-9]{2}(?=年)/g;
/** The marks of a heading or a quote before a lead's words (### 2019年主要数据, > …). */
const LEAD_MARK = /^[#>*\s]+/;

/**
 * May an item of a list in a part that restated the first's part word for word be read of the first's period
 * (restatement's summaries): the item names no other year (- 支部（2020年）: 9.6万个), its headings none
 * (### 2019年主要数据), and the lead of its list neither another period (2018年主要指标：, 上半年主要数据) nor another
 * region (全国主要数据 in a city's document).
 */
function ofSummarysPeriod(d: DocumentFigures, first: number, at: number, periodAt: (i: number) => string): boolean {
	const f = d.all[at]!;
	const year = yearOfFigure(d, d.all[first]!, first);
	if ((f.year ?? f.sentenceYear) !== undefined && (f.year ?? f.sentenceYear) !== year) return false;
	if (otherPeriod(periodAt(first), periodAt(at))) return false;
	const lead = d.leadOf[d.rankOf[at]!]!;
	if (lead === '') return true;
	for (const m of lead.matchAll(YEARS)) if (Number(m[0]) !== year) return false;
	const { time, region } = readScope(lead.replace(LEAD_MARK, ''));
	if (time !== '' && !/(?:19|20)[0-9]{2}年/.test(time) && !LEAD_WHOLE_YEAR.test(time)) return false;
	return region === '' || sameRegion(d, d.all[first]!, { region });
}

/** A figure of no other year than its headings name (2023年，经济增长目标为6% under 2024年工作安排 is not). */
function ofHeadingsYear(d: DocumentFigures, f: Fig, at: number): boolean {
	const dated = f.year ?? f.sentenceYear;
	return dated === undefined || String(dated) === d.yearOf[d.rankOf[at]!];
}

/** A verb of building or adding that opens a subject and may govern the objects listed after it (新建改扩建幼儿园80所、中小学73所). */
const LIST_VERB = /^(?:新建改扩建|新改扩建|改扩建|新建|改建|扩建|改造|建成|新增)/;

/** `context` is `${before}#、${subject}`, compared in place (no string made for every figure). */
function listedAfter(context: string, before: string, subject: string): boolean {
	return context.length === before.length + 2 + subject.length && context.startsWith(before) && context.startsWith('#、', before.length) && context.endsWith(subject);
}

/**
 * The verb the figure before shares with this one (新建改扩建幼儿园80所、中小学73所: 中小学's 73所 is 新建改扩建中小学's), or '':
 * the figure right after the one before in its sentence, their words only a 、 and a noun of its own that opens with no
 * verb, the one before's subject opening with a verb of building or adding.
 */
function sharedVerb(d: DocumentFigures, at: number): string {
	const f = d.all[at]!;
	const before = at > 0 && d.blockOf[at - 1] === d.blockOf[at] ? d.all[at - 1]! : undefined;
	if (before === undefined || before.sentence !== f.sentence || !ownAmount(before) || !listedAfter(f.context, before.context, f.subject)) return '';
	if (LIST_VERB.test(f.subject)) return '';
	return LIST_VERB.exec(before.subject)?.[0] ?? '';
}

/** Words that make an amount a target, an aim or a sum over years, not the year's (力争, 累计, 年均). */
const NOT_THE_YEARS = /力争|目标|计划|确保|争取|累计|合计|共计|总计|年均|平均|每年/;
/** The scope of a figure of one whole year (none, 全年, 年末, 2015年), not of a part of it (上半年, 1-11月). */
const WHOLE_YEAR = /^(?:|全年|年末|年底|当年|去年|(?:19|20)\d\d年(?:末|底)?)$/;

/**
 * A figure of an indicator as a review of one year states it: an amount or a level of its own subject, done (an estimate,
 * 预计, is what a report says of the year just ended), not a part, an aside, either end of a from–to nor a sum over years.
 */
function ofOneYear(f: Fig): boolean {
	return f.indicator !== undefined && (f.kind === 'amount' || f.kind === 'level') && f.exact && f.ownSubject && !f.part && !f.inBrackets && f.fromTo === undefined && !f.annualAverage && WHOLE_YEAR.test(f.scope) && !NOT_THE_YEARS.test(f.context);
}

/**
 * A review of the past years ends on the year just reviewed: the end of its from–to (五年来…地区生产总值从2010年的1690亿元
 * 增加到2900亿元) restates the figure the same part of the document gave for that year (预计实现地区生产总值2900亿元) —
 * the same indicator, unit and region, stated once with one value outside the review of years. Only the end of a from–to:
 * another amount of a review of years may be their sum (五年来城镇新增就业38万人); only a block that itself speaks of the
 * past years or follows one without naming a period to come (pastOf 'years'), or one that reviews the past year (pastOf
 * 'year', whose from–to may reach back further: 与2002年相比，…由6035亿元增加到12464亿元); the year's figure before it; an end
 * dated (增加到2014年的…, or in a sentence that opens on a year) only when the year's figure is dated the same. The end
 * may be printed rounded (12464.09亿元 … 12464亿元): the two are held within its rounding.
 */
function periodEnds(d: DocumentFigures, relate: (i: number, j: number) => void): void {
	/** The year's figure so far by part, indicator and unit (-1: stated with two values). */
	const ofTheYear = new Map<string, number>();
	const keyOf = (i: number): string => `${d.sectionOf[d.rankOf[i]!]}|${d.all[i]!.indicator}|${d.all[i]!.unit}|${d.all[i]!.kind}`;
	// In order: the year's figure stands before the review of years that ends on it (a target after them, 主要预期目标是：
	// 地区生产总值达到3100亿元, is no figure of the year reviewed).
	for (let j = 0; j < d.all.length; j++) {
		const f = d.all[j]!;
		// A block that reviews the one past year (过去的一年，…) may end a from–to on the year too (与2002年相比，全省生产总值
		// 由6035亿元增加到12464亿元): its end is the year's figure, printed rounded or not; its other figures are the year's.
		if (d.pastOf[d.rankOf[j]!] !== 'years' && !(d.pastOf[d.rankOf[j]!] === 'year' && f.fromTo === 'to')) {
			if (!ofOneYear(f)) continue;
			const key = keyOf(j);
			const seen = ofTheYear.get(key);
			ofTheYear.set(key, seen === undefined || (seen >= 0 && d.all[seen]!.value === f.value) ? (seen ?? j) : -1);
			continue;
		}
		// Not in a sentence that opens on a part of a year or on a period to come (今年，…; 到2020年，…由…提高到…).
		if (f.fromTo !== 'to' || f.indicator === undefined || !f.exact || f.part || f.inBrackets || f.annualAverage || f.scope !== '' || f.sentencePeriod !== undefined) continue;
		const i = ofTheYear.get(keyOf(j));
		if (i === undefined || i < 0) continue;
		const y = d.all[i]!;
		// The region a from–to names stands before its start (全省生产总值由6035亿元增加到12464亿元): its end is of it.
		const start = j > 0 && d.blockOf[j - 1] === d.blockOf[j] && d.all[j - 1]!.fromTo === 'from' && d.all[j - 1]!.sentence === f.sentence ? d.all[j - 1]! : undefined;
		if (!sameRegion(d, y, f.region === '' && start !== undefined ? start : f)) continue;
		// A from–to aimed at or planned (目标是：…由…增加到…; 按照规划; “十三五”时期), or of a year its own clause names (其中2013年
		// 由…), or starting from the year's figure itself (由2912亿元增加到3150亿元: a later period): not the year reviewed.
		const words = `${start?.context ?? ''}|${f.context}`;
		if (AIM_OR_PLAN.test(words) || /(?:19|20)[0-9]{2}年[，,]?[由从]/.test(words)) continue;
		if (start !== undefined && Math.abs(start.value - y.value) <= Math.abs(y.value) * 0.01) continue;
		// An end dated (增加到2014年的…), or in a sentence that opens on a year (2016年，…由…提高到…), of another year than the
		// year's figure: another figure.
		const dated = f.year ?? f.sentenceYear;
		if (dated !== undefined && dated !== yearOfFigure(d, y, i)) continue;
		relate(i, j);
	}
}

/** Words that make a from–to a target or a plan's: the aim words (parse/reading.ts), 规划, a five-year plan's period. */
const AIM_OR_PLAN = new RegExp(`${AIM_WORDS}|规划|十[一二三四五六七八九]?五`);

/** The year a figure is of, when something says: its date, its sentence's, its scope's or its headings'. */
function yearOfFigure(d: DocumentFigures, f: Fig, at: number): number | undefined {
	const named = f.year ?? f.sentenceYear ?? /^((?:19|20)\d\d)年/.exec(f.scope)?.[1] ?? (d.yearOf[d.rankOf[at]!] || undefined);
	return named === undefined ? undefined : Number(named);
}

/** Does one part of the document count the noun twice with two figures (the positions of its counts, in order)? */
function severalSets(d: DocumentFigures, list: readonly number[]): boolean {
	for (let k = 1; k < list.length; k++) {
		for (let m = 0; m < k; m++) if (d.sectionOf[d.rankOf[list[m]!]!] === d.sectionOf[d.rankOf[list[k]!]!] && d.all[list[m]!]!.value !== d.all[list[k]!]!.value) return true;
	}
	return false;
}

/** The characters of the noun that key a composed count in characters (项目 of 一百四十一个项目). */
const WORD_NOUN = 2;
/** Characters that open no noun: what is said of a count or the clause it stands in (的, 中, 是, 就, 和 …). */
const NO_NOUN = /[的中是为有在和及与就从等以之里内上下了都也已共]/;

/**
 * The key of a count in characters with a classifier (一百四十一个项目, 三十四项工程, 中央八项规定): its value, unit and
 * the WORD_NOUN characters of its noun, when the count is exact, no part, bound or batch of a set (NOT_THE_SET) and its
 * noun opens right after it; for a count of one character (printedExactly: no statistic), the words before it too.
 */
function wordCountKey(f: Fig): string | undefined {
	if (f.q.digits !== '' || f.q.approx !== 'exact' || f.kind !== 'amount' || f.part || f.inBrackets || f.counted.length < WORD_NOUN || NOT_THE_SET.test(f.context)) return undefined;
	// A round hundred (百个, 百户) counts a set named by its whole noun, up to a figure after it: 百个重大建设项目 and 百个重大
	// 前期项目 are two sets, whose first characters agree.
	const noun = f.q.text.startsWith('百') ? f.counted.split('#', 1)[0]! : f.counted.slice(0, WORD_NOUN);
	if (NO_NOUN.test(noun.slice(0, WORD_NOUN))) return undefined;
	if (f.exact) return `${f.value}|${f.unit}|${noun}`;
	// A count of one character (五项原则, 中央八项规定) counts one set only with the words that name it on both sides of it:
	// the same words before it (less a 的: 中央的六个工业部 is 中央六个工业部) and its noun; not 一个 (an article: 一个中心).
	if (f.value < 2) return undefined;
	const context = f.context.endsWith('的') ? f.context.slice(0, -1) : f.context;
	const before = context.slice(-WORD_NOUN);
	return before.length === WORD_NOUN && /^[\u4e00-\u9fff]+$/.test(before) && !NO_NOUN.test(before[1]!) ? `${f.value}|${f.unit}|${before}|${noun}` : undefined;
}

/** The words right before a count that make it a batch (全市新建三个产业园区), not a set named by a clause (建设的一百四十一个项目). */
const MADE_BEFORE = 4;
/**
 * Two counts in two parts, each right after a deed that makes a batch (全市新建三个产业园区 in the review and in the plan):
 * each part's own batch, not one set named again.
 */
function twoBatches(d: DocumentFigures, i: number, j: number): boolean {
	const made = (f: Fig): boolean => !f.context.endsWith('的') && MADE.test(f.context.slice(-MADE_BEFORE));
	return d.sectionOf[d.rankOf[i]!] !== d.sectionOf[d.rankOf[j]!] && made(d.all[i]!) && made(d.all[j]!);
}

/**
 * Two figures in two items of one numbered list (二、在华北各省：新建和改建一四个电站 … 七、在西南各省，新建和改建一四个电站):
 * parallel statements on two parts of a whole, each counting its own set.
 */
function parallelItems(d: DocumentFigures, i: number, j: number): boolean {
	return d.blockOf[i] !== d.blockOf[j] && ITEM_MARK.test(d.textOf[d.rankOf[i]!]!) && ITEM_MARK.test(d.textOf[d.rankOf[j]!]!);
}

/** The characters of a noun's opening that key its counts for nouns read on (oneSetNamed). */
const NOUN_OPENING = 3;
function shorter(a: string, b: string): string {
	return a.length <= b.length ? a : b;
}

/**
 * Two nouns of counts that may name one set: the shorter (at least COUNTED_MIN characters, no noun of each year's list or
 * of fields of work) the longer's opening, the longer read on into what is said of the set (重点产业链 … 重点产业链盟会长
 * 单位发起设立…), not into words that make or finish a batch (…示范区创建单位, …园区建成投产). A noun with a word inserted
 * (制造业产业链 … 制造业重点产业链) may name a part of the set: not one.
 */
function oneSetNamed(a: string, b: string): boolean {
	const s = shorter(a, b);
	const l = s === a ? b : a;
	if (!namesOneSet(s) || !l.startsWith(s)) return false;
	return heldAfter(l, s.length);
}

/** A noun that may name one set across parts: long enough, no yearly list (民生实事), no field of work each plan names its own. */
function namesOneSet(noun: string): boolean {
	return noun.length >= COUNTED_MIN && !YEARLY_LIST.test(noun) && !FIELDS.test(noun);
}

/** The words a longer noun reads on into from `at` say nothing made or finished (…园区加快建设, not …改造完成): the set held. */
function heldAfter(longer: string, at: number): boolean {
	const rest = longer.slice(at, at + MADE_AFTER);
	return !MADE.test(rest) && !FINISHED.test(rest);
}

/** The characters of a noun's opening that key its counts for nouns read on or written with a word more (nounsOfOneSet). */
const NOUN_HEAD = 2;

/** The most characters the longer of two nouns of one set may have inside the shorter (业 of 畜牧业, 重点, 特色). */
const INSERTED_MAX = 2;

/**
 * Two nouns of counts that may name one set as oneSetNamed reads them, the longer also allowed a character or a word of
 * two more inside the shorter, after the shorter's opening (NOUN_HEAD): one compound written two ways (畜牧重点县 …
 * 畜牧业重点县), or a qualifier one of them drops (25条制造业产业链 … 围绕25条制造业重点产业链; 10个产值过10亿元的农业特色
 * 优势产业 … 持续培育10个产值过10亿元的农业优势产业). Read only for counts that agree (the caller): a qualifier may name a
 * part of the set, which the text does not tell from the set when the counts differ.
 */
function nounsOfOneSet(a: string, b: string): boolean {
	if (oneSetNamed(a, b)) return true;
	const s = shorter(a, b);
	const l = s === a ? b : a;
	if (!namesOneSet(s)) return false;
	let k = 0;
	while (k < s.length && s.charCodeAt(k) === l.charCodeAt(k)) k++;
	if (k < NOUN_HEAD || k === s.length) return false;
	for (let more = 1; more <= INSERTED_MAX; more++) {
		// The word inserted is no figure (#) nor a mark between two nouns (、和及与): 制造业和…产业链 names two sets.
		if (/[#、，,和及与或]/.test(l.slice(k, k + more))) return false;
		if (l.startsWith(s.slice(k), k + more)) return heldAfter(l, s.length + more);
	}
	return false;
}

/** A set the review counts and the plan after it holds (heldSet), neither a name in quotes, in parts of two years or of none. */
function heldAcross(d: DocumentFigures, i: number, j: number): boolean {
	const a = d.all[i]!;
	const c = d.all[j]!;
	if (a.quotedName || c.quotedName || d.sectionOf[d.rankOf[i]!] === d.sectionOf[d.rankOf[j]!] || (d.yearOf[d.rankOf[i]!] !== '' && d.yearOf[d.rankOf[i]!] === d.yearOf[d.rankOf[j]!])) return false;
	return !NOT_THE_SET.test(a.context) && !NOT_THE_SET.test(c.context) && !statedApart(a, c) && heldSet(d, i, j);
}

/**
 * Two counts of one noun (countedOf) that count one set: in other parts of the document of one named year, neither a
 * part, a bound or a batch of it (其中, 每, 首批, 再), said with the same words before it or those of one the end of the
 * other's (a plan and its annex: 办好10件民生实事 … 10件民生实事). A name in quotes whose count is part of it (国务院安全生产
 * “15条硬措施” in the review and in the plan) names one set in any part and year when the words before it say which
 * (sameQuotedSet); it is never the set of a count of its noun unquoted.
 */
function sameSet(d: DocumentFigures, i: number, j: number): boolean {
	if (d.sectionOf[d.rankOf[i]!] === d.sectionOf[d.rankOf[j]!]) return false;
	const a = d.all[i]!;
	const c = d.all[j]!;
	if (NOT_THE_SET.test(a.context) || NOT_THE_SET.test(c.context)) return false;
	if (statedApart(a, c)) return false;
	if (a.quotedName || c.quotedName) return a.quotedName && c.quotedName && sameQuotedSet(a, c);
	// One year: the words before the figure the same, or those of one the end of the other's (办好10件民生实事 … a title 10件
	// 民生实事; 推进10个领域100个重大项目建设 … 10个领域100个重大项目清单), not the figure of a gloss of a program (“5个10”工程：
	// 指…10个重大科技创新项目 against the year's 30个).
	if (d.yearOf[d.rankOf[i]!] !== '' && d.yearOf[d.rankOf[i]!] === d.yearOf[d.rankOf[j]!]) return a.context.endsWith(c.context) || c.context.endsWith(a.context);
	// A review and the plan after it only for a set the plan holds rather than builds (heldSet): a plan that builds a set on
	// (加快建设12个…示范区 after 启动9个…; 加快打造9个… after 8个…加快建设) may take on more of it, or what is left of it.
	return heldSet(d, i, j);
}

/** Words before a count that make it a new batch, a part or a bound of a set (新建, 新增, 新培育: 新 and a verb of DEEDS; 首批, 再, 其中, 每, 累计). */
const BATCH_OR_PART = new RegExp(`${NOT_THE_SET.source}|新(?:${DEEDS}|[建设增创]|开工|签约|引进|招引|布局|落地)|又|分别`);

/**
 * Two counts of one noun (countedOf) in two parts of the document that count one set, read when their counts agree: neither
 * a batch, a part or a bound (BATCH_OR_PART, or a clause before its own: boundBefore), of no two scopes, regions or dated
 * years, the later not in a part on the past unless the first is too (a review's count after a plan's is another year's),
 * nor a name in quotes against one unquoted; and the set goes on from one to the other (GOES_ON, CARRIED_ON).
 */
function sameCountAcross(d: DocumentFigures, i: number, j: number): boolean {
	if (d.sectionOf[d.rankOf[i]!] === d.sectionOf[d.rankOf[j]!]) return false;
	const a = d.all[i]!;
	const c = d.all[j]!;
	if (a.quotedName !== c.quotedName || BATCH_OR_PART.test(a.context) || BATCH_OR_PART.test(c.context)) return false;
	// Nor each year's list (完成12项民生实事 … 继续办好12项民生实事: next year's), nor a bound on one side (培育8个以上…: an aim).
	if (YEARLY_LIST.test(countedOf(c)!) || a.q.approx !== c.q.approx) return false;
	// Nor a part of the region named right before one count and not the other (县域8个… … 市区8个…).
	if (AREA_BEFORE.exec(a.context)?.[0] !== AREA_BEFORE.exec(c.context)?.[0]) return false;
	// Nor a count dated another year than its part's (2021年，10个… in the review of 2022).
	if (statedApart(a, c) || datedApart(a, c) || !sameRegion(d, a, c) || !ofHeadingsYear(d, a, i) || !ofHeadingsYear(d, c, j)) return false;
	// Nor bound by a clause before its own to a part or a place (其中，…; 城区方面，…).
	if (boundBefore(d, i, PART_OR_PLACE_CLAUSE) || boundBefore(d, j, PART_OR_PLACE_CLAUSE)) return false;
	if (d.pastOf[d.rankOf[j]!] !== undefined && d.pastOf[d.rankOf[i]!] === undefined) return false;
	// The set goes on from one to the other: the first's words after its noun say it is under way (…示范区加快建设, …产业集群
	// 不断壮大, …城市建设持续推进), or the later's words before its count that it is carried on (持续开展, 继续抓好, 落实): a
	// count of what a year did (完成4万户…改造 … 完成4万户…改造; 确定的20项主要指标 … 提出20项主要指标) is that year's batch.
	return GOES_ON.test(a.counted.slice(countedOf(a)!.length)) || CARRIED_ON.test(c.context) || namedAgain(d, i, j);
}

/**
 * The set of a review named again in the plan after it, whatever the plan does with it (5个国家区域医疗中心、6个…开诊运营 …
 * 推进5个国家区域医疗中心和6个…高效运行; …加强5个…建设): the same count of the same noun of COUNTED_MIN characters or more,
 * the review's part on the past or of a year before the plan's part, and nothing in either clause that makes it another
 * set — an aim (力争建成5个…), a batch made or done (完成4万户…改造 in the review and in the plan: each year's, MADE), a
 * year named before the count (到2027年，…), a figure right before it (a threshold in the noun), its own examples (…等5个),
 * fields of work each plan names its own (5个重点领域), a review's noun the year finished (…全面完工).
 */
function namedAgain(d: DocumentFigures, i: number, j: number): boolean {
	const a = d.all[i]!;
	const c = d.all[j]!;
	const noun = countedOf(c)!;
	if (noun.length < COUNTED_MIN || FIELDS.test(noun) || a.quotedName || c.quotedName) return false;
	// The review's part before the plan's, as heldSet reads it: of a past, or of a year before the plan's, or before a part of no named year.
	const after = d.sectionOf[d.rankOf[j]!]! > d.sectionOf[d.rankOf[i]!]!;
	const reviewed = d.pastOf[d.rankOf[i]!] !== undefined || (d.yearOf[d.rankOf[i]!] !== '' && (d.yearOf[d.rankOf[j]!] === '' ? after : Number(d.yearOf[d.rankOf[i]!]) < Number(d.yearOf[d.rankOf[j]!])));
	if (!reviewed || !after || d.pastOf[d.rankOf[j]!] !== undefined || d.aheadOf[d.rankOf[j]!] === 1) return false;
	if (AIMED.test(a.context) || AIMED.test(c.context) || MADE.test(a.context) || MADE.test(c.context) || yearBefore(d, i) || yearBefore(d, j)) return false;
	if (/#.?$/.test(a.context) || /#.?$/.test(c.context) || a.context.endsWith('等') || c.context.endsWith('等')) return false;
	// Nor a review whose words right after its noun say the year finished it (30个老旧小区全面完工): the plan's may be the
	// next batch. Building after a noun (加强9个…园区建设 … 提升9个…园区建设水平) is said of the set held.
	return !FINISHED.test(a.counted.slice(countedOf(a)!.length, countedOf(a)!.length + MADE_AFTER));
}

/** A part of a region right before a count (县域8个…, 市区8个…, 农村3个…): its own set. */
const AREA_BEFORE = /(?:县域|城区|市区|主城区|城镇|乡村|农村|园区)$/;
/** Words right after a set's noun that say it is under way: an adverb of going on (建设持续推进, 加快建设, 不断壮大). */
const GOES_ON = /^(?:建设)?(?:加快|加速|持续|不断|稳步|有序|顺利|扎实|深入)/;
/** Words before a count that carry a set on (继续抓好, 持续培育, 深化实施, 落实): not a batch of its own. */
const CARRIED_ON = /继续|持续|深化|巩固|落实/;

/** Heads of a noun that counts fields of work, not members of a set (8个重点领域, 5个方面, 十大行动): each plan names its own. */
const FIELDS = /(?:领域|方面|环节|板块|重点|工作|行动|工程|活动)$/;
/**
 * Words that make a count what a year made, started, did or gave (启动9个, 新建, 引进10家…酒店, 创建, 获批, 首批, 完成118个村庄改造, 为380个
 * 老旧小区引入…, 提供11.2万个岗位): a batch of that year, not a set held.
 */
const MADE = /启动|新|引进|招引|创建|创成|争创|组建|设立|成立|认定|获批|评为|入选|建设|建成|打造|培育|开展|实施|开工|首批|增加|增设|增至|扩大|扩建|扩容|再|完成|改造|提供|引入|为|布局|谋划|试点/;
/**
 * Verbs of a plan that hold a set (壮大, 提质增效, 支持, 围绕, 整治): what it does to the set's members, not a batch it
 * builds, starts or gives.
 */
const HELD = /提质增效|壮大|提质|提升|支持|依托|发挥|用好|围绕|做好|整治|巩固|深化|做强|做优|做大|管好/g;
/** Adverbs of a plan's verb that hold (继续支持, 重点整治, 进一步做强): they say how, not which set. */
const HOW = /^(?:继续|持续|加快|全力|大力|着力|重点|坚决|进一步|不断|切实|积极|全面)+$/;
/** How many characters after a plan's noun are read for a word of building (…示范区建设，…). */
const MADE_AFTER = 4;
/** Words right after a review's noun that say the year finished the set (30个老旧小区全面完工, …建成投运): a batch of it. */
const FINISHED = /完工|竣工|建成|完成|投运|投用|投入使用|验收|消除|摘帽/;

/** A year other than its part's named in a count's sentence before it (…，到2027年，壮大10个…), read at most SENTENCE_BACK characters back. */
function yearBefore(d: DocumentFigures, at: number): boolean {
	const start = d.all[at]!.q.start;
	const before = afterLast(d.textOf[d.rankOf[at]!]!.slice(Math.max(0, start - SENTENCE_BACK), start), '。；;！？');
	for (const m of before.matchAll(YEARS)) if (m[0] !== d.yearOf[d.rankOf[at]!]) return true;
	return false;
}

/**
 * The plan's words before its count say it holds the set and name no other (HELD, its adverbs before it, HOW): nothing
 * between the verb and the count but the review's own words before its count (整治形式主义、官僚主义10个方面… after the
 * review's …形式主义、官僚主义10个方面…). 支持全省8个…, 推动县域3个…, 带动8个… name a set of their own.
 */
function heldWords(a: Fig, c: Fig): boolean {
	if (c.context === '') return true;
	let last: RegExpExecArray | undefined;
	HELD.lastIndex = 0;
	for (let m = HELD.exec(c.context); m; m = HELD.exec(c.context)) last = m;
	// Nor a plan's aim (力争壮大10个…: AIMED), a count to be reached.
	if (last === undefined || AIMED.test(c.context)) return false;
	const before = afterLast(c.context.slice(0, last.index), '，,：:；;');
	const rest = c.context.slice(last.index + last[0].length);
	return (before === '' || HOW.test(before)) && (rest === '' || a.context.endsWith(rest));
}

/**
 * A set the review counts as a given and the plan after it holds, its count the same statistic (7个先进制造业集群…加快构建 …
 * 壮大7个先进制造业集群; 5个国家区域医疗中心开诊运营 … 提质增效5个国家区域医疗中心; 310条河流…比例达73.9% … 310条河流…
 * 比例提升至75.0%): the review of the years before the plan's (or of no named year, in a part on the past) counts no
 * batch it made (MADE); the plan's count stands in a part of no past and a sentence of no other period, opens its clause
 * or follows a verb that holds the set (HELD), and nothing before it or right after its noun makes it a batch (MADE:
 * …示范区建设), nor its own examples (…等7个), nor a figure right before it (1131个20户以上自然村: a threshold in a
 * noun); never each year's list.
 */
function heldSet(d: DocumentFigures, i: number, j: number): boolean {
	const a = d.all[i]!;
	const c = d.all[j]!;
	// The review's part before the plan's: of a past (五年来, 过去一年), or of a year before the plan's, or before a part of
	// no named year (二、今年工作安排).
	const after = d.sectionOf[d.rankOf[j]!]! > d.sectionOf[d.rankOf[i]!]!;
	const reviewed = d.pastOf[d.rankOf[i]!] !== undefined || (d.yearOf[d.rankOf[i]!] !== '' && (d.yearOf[d.rankOf[j]!] === '' ? after : Number(d.yearOf[d.rankOf[i]!]) < Number(d.yearOf[d.rankOf[j]!])));
	// Not a plan of years to come (二、“十五五”时期…; 今后五年主要任务): the set may grow over them.
	if (!reviewed || d.pastOf[d.rankOf[j]!] !== undefined || d.aheadOf[d.rankOf[j]!] === 1 || (d.yearOf[d.rankOf[j]!] === '' && !after)) return false;
	// The plan's count of its own year (2025年，… in a plan of 2024 is another), no year in its sentence before it (壮大…，
	// 到2027年，壮大10个…), of the review's region (支持全省8个… in a city's report).
	const y = c.year ?? c.sentenceYear;
	if (!ofHeadingYear(d, j) || (y !== undefined && d.yearOf[d.rankOf[j]!] === '') || yearBefore(d, j) || !sameRegion(d, a, c)) return false;
	const noun = countedOf(c)!;
	// Nor a review's count of another year (2022年，7个… in the review of 2023) or bound to a part or place (县域经济方面，7个…).
	if (!ofHeadingsYear(d, a, i) || boundBefore(d, i, PART_OR_PLACE_CLAUSE)) return false;
	if (YEARLY_LIST.test(noun) || FIELDS.test(noun) || MADE.test(a.context) || MADE.test(c.context) || /#.?$/.test(a.context) || /#.?$/.test(c.context)) return false;
	if (!heldWords(a, c) || (c.context.endsWith('等') && c.context !== a.context)) return false;
	// Nor a review whose words right after its noun say the year made or finished it (…示范区加快建设, 30个老旧小区全面完工).
	const nounA = countedOf(a)!;
	const afterA = a.counted.slice(nounA.length, nounA.length + MADE_AFTER);
	return !MADE.test(c.counted.slice(noun.length, noun.length + MADE_AFTER)) && !MADE.test(afterA) && !FINISHED.test(afterA);
}

/**
 * Verbs, adverbs and links before or after the words that name a quoted set (认真落实, 深入贯彻, 出台, 以, 和): they say
 * what is done with the set, not which set it is.
 */
const NAME_ACTION =
	'认真|深入|扎实|全面|切实|持续|继续|进一步|大力|积极|着力|严格|坚决|深化|落实|落细|贯彻|实施|执行|出台|制定|印发|发布|推出|推进|推动|开展|部署|启动|办好|完成|抓好|用好|建成|建设|加快|建立|健全|组建|推行|实行|兑现|对照|按照|围绕|依据|根据|以|和|及|以及|与|并|的';
const NAME_ACTION_LEADING = new RegExp(`^(?:${NAME_ACTION})`);
const NAME_ACTION_TRAILING = new RegExp(`(?:${NAME_ACTION})$`);
/**
 * Words that mark a set as a new one: opening the words before its name (新组建, 再, 又), or anywhere in its clause (第二批,
 * 新一轮, its count masked: 新#安全生产): not the set named before.
 */
const NEW_SET = /^(?:新|再|又|另)/;
const NEW_IN_CLAUSE = /新#|新一[轮批]|第.{1,3}批/;
/** What ends the words before a quoted name: a figure (masked), a closing quote, a clause or list mark, a bracket. */
const NAME_WORDS_START = new Set([...'#”’」』、，,；;：:（）() \u3000'].map((ch) => ch.charCodeAt(0)));

/**
 * The words right before a quoted name (its context after the last figure, quote or mark, verbs and adverbs dropped) that
 * name whose or what set it is (国务院安全生产“15条硬措施”, 省“50项具体措施”), or '' when none does or they mark a new set.
 */
function quotedSetWords(f: Fig): string {
	const end = OPENING_QUOTES.has(f.context.charCodeAt(f.context.length - 1)) ? f.context.length - 1 : f.context.length;
	let start = end;
	while (start > 0 && !NAME_WORDS_START.has(f.context.charCodeAt(start - 1))) start--;
	let words = f.context.slice(start, end);
	for (let guard = 0; guard < 8; guard++) {
		const before = words;
		words = words.replace(NAME_ACTION_LEADING, '').replace(NAME_ACTION_TRAILING, '');
		if (words === before) break;
	}
	return NEW_SET.test(words) || NEW_IN_CLAUSE.test(f.context) ? '' : words;
}

/** Nouns of a policy of articles after its count (16条措施, 32条政策), or none (…持续达标30条). */
const POLICY_NOUN = /^(?:政策措施|具体措施|支持措施|硬措施|措施|政策|举措|意见)?/;
/** The least characters of the words that name a policy (民营经济, 促进基础教育高质量发展). */
const POLICY_WORDS_MIN = 4;

/** The noun of a policy's count (措施, 政策, or '' for none). */
function policyNoun(f: Fig): string {
	return POLICY_NOUN.exec(f.counted)![0];
}

/**
 * The key of a policy of N articles named by the words right before its count (促进基础教育高质量发展16条措施, 民营经济32条
 * 政策): an exact count in 条 of a policy noun or none, not a part, a bound or a batch (NOT_THE_SET), not quoted (the
 * quoted names are sameQuotedSet's); the words as quotedSetWords reads them (verbs dropped: 出台, 落实落细), at least
 * POLICY_WORDS_MIN characters, no figure among them: its value, noun and words.
 */
function policyKey(f: Fig): string | undefined {
	if (f.unit !== '条' || !f.exact || f.kind !== 'amount' || f.part || f.inBrackets || f.quotedName || f.q.digits === '') return undefined;
	// The noun a whole word: not the opening of a longer one (措施办法, 政策性…).
	const noun = policyNoun(f);
	const rest = f.counted.slice(noun.length);
	if (rest !== '' && !/^[和及与、，]|^(?:支持|推动|促进|落地|出台|实施|最大|全面)/.test(rest)) return undefined;
	if (noun === '' && rest !== '' && !/^[，]/.test(rest)) return undefined;
	if (NOT_THE_SET.test(f.context)) return undefined;
	const words = quotedSetWords(f);
	if (words.length < POLICY_WORDS_MIN || words.includes('#')) return undefined;
	return `${f.value}|${noun}|${words}`;
}

/**
 * Two quoted names of one noun (countedOf) that name one set, in any part and year: the same words right before them name
 * its topic or owner (认真落实国务院安全生产“15条硬措施” … 深入贯彻国务院安全生产“16条硬措施”; 出台安全生产… … 深化落实安全生产…),
 * and no year stated differs. Without such words (扎实开展“5个专项行动” … 部署开展“3个专项行动”; 建成“4个中心” … 加快建设“2个
 * 中心”) or with other ones (稳经济“20条措施” … 促进民营经济发展“15条措施”; 省… … 我市…; 福州市出台… … 厦门市出台…), or a
 * new set marked (新组建, 第二批), the names may be of two sets.
 */
function sameQuotedSet(a: Fig, c: Fig): boolean {
	if (datedApart(a, c)) return false;
	const words = quotedSetWords(a);
	return words !== '' && words === quotedSetWords(c);
}

export const finder: RelationFinder = { document };
