/**
 * Pairs before a count that are not a 、-list: two items joined by 和 before a count of three kinds (预期性和约束性三大类:
 * pairOfThree, typeNames), two nouns sharing a head (sharedHead), two quoted names (quotedPair), and pairs before the
 * joint counts 双/两 (withPairsBeforeJointCounts, joinedPairBefore).
 */
import { COUNT_CHAR_SET, ENUM_UNITS, EXACT_UNITS, LIST_AFTER, PAIR_ITEM_MAX, PAIR_QUALIFIER, PLACE_COUNT_UNITS, PREPOSITION_BEFORE_COUNT, sentenceAround, twoJoined, verbBefore } from './listWords';
import { clauseStart, endsWithVerb } from './text';
import type { RawFormula } from './types';
import { barePlace } from './enumPlaces';
import { MEASURES, notFormulaAt } from '../formulaNames';
import { type Item, sideBySide, splitGroups, splitLastJoiner, stripLead } from '../lists';
import type { ScannedQuantity } from '../quantities';
import { CharSet, codeAt, isCjk } from '../../text/chars';
import { work } from '../../work';

/**
 * A pair joined by 和 right before a count of three kinds or aspects (预期性和约束性三大类, 从增加供给和抑制需求三方面, 住房
 * 市场和住房保障三个体系): two items, one short. 大, 方面 and 个 before a noun of kinds (see KIND_NOUNS) count the kinds the
 * text names, not things of a kind that the second word would qualify (城区和周边三个县: 个 may count the counties). Not a
 * pair joined by 与 (维护世界和平与促进共同发展…三大历史任务: two sides of one task), nor after 这 (the three were named
 * before), nor 及 (a list's tail); nor halves that qualify the count (see PAIR_QUALIFIER); nor a second half closed by
 * the preposition of a verb that takes the count (…主要集中在三个方面).
 */
export function pairOfThree(text: string, item: Item | undefined, end: number, q: ScannedQuantity): boolean {
	if (q.value !== 3 || !item || end !== q.start || !countsKinds(text, q)) return false;
	const halves = splitLastJoiner([item]);
	if (!(halves !== undefined && text.slice(halves[0]!.end, halves[1]!.start) === '和' && ![stripLead(halves[0]!), halves[1]!].some((h) => PAIR_QUALIFIER.test(h.text)))) return false;
	// (Nor when a half is itself the two sides of one thing: 省内资源和国内国际三个市场 — three.)
	if (halves.some((h) => endsWithSides(text, h))) return false;
	// 困难和挑战主要集中在三个方面: the count is what a verb's preposition takes (集中在, 体现在), not the pair's size.
	if (PREPOSITION_BEFORE_COUNT.test(halves[1]!.text)) return false;
	return q.unit !== '类' || typeNames(text, halves[0]!, halves[1]!);
}

/** Words of where a thing is that qualify the things counted after a pair (城区和周边三个乡镇, 东部和中西部三大区域). */
const PAIR_LOCATION = /(?:周边|沿线|沿岸|两岸|城区|市区|郊区|境内|境外|省内|省外|国内|国外|域内|本地|外地|[东南西北中]部)$/;
/**
 * Counts a pair of things is not the list of: kinds (类, 种, 方面: see pairOfThree), levels and places a region before them
 * may hold (皖北三市, 省和市县三级), times and rounds (三批, 三期).
 */
const PAIR_OF_THINGS_BARRED_UNITS = new Set(['类', '种', '方面', '级', '镇', '县', '区', '市', '乡', '村', '省', '州', '翼', '国', '地', '届', '次', '批', '轮', '期', '年',
	// Persons, bodies and structures (三位专家, 三家分院, 三座泵站, 三所学校): what named bodies hold, never a list of deeds.
	'位', '名', '家', '所', '座', '栋', '幢', '台', '艘', '架', '块', '张', '户', '支', '处', '片',
	// 三者 sums up things named before, often run together without a mark (改革发展和社会稳定这三者).
	'者']);
/** What the two of a pair may each hold several of (甲公司和乙公司三条生产线, 电子信息和装备制造三大产业园区, 国企和民企三大改革). */
const HELD_BY_PAIR = /^[\u4e00-\u9fff]{0,4}?(?:集群|产业链|园区|园|基地|片区|组团|集聚区|项目|工程|平台|协会|企业|主体|生产线|学校|医院|资源|区域|改革|单位|机构)/;
/**
 * What a count of things held opens with: a class of size (三个千亿级产业集群, 三个百亿元级项目) — and an approximate count
 * (三个多月, 三个余月) or a count of characters (这三个字): none a list's count.
 */
const NOT_A_LIST_COUNT = /^(?:[十百千万亿]+元?级|[多余来字])/;
/** A half that names a body or a works (甲市人民医院, 市第一中学, 清华大学, 现代服务业中心, 装备制造产业): it holds the things counted. */
const PAIR_BODY = /(?:院|大学|中学|小学|学校|中心|厂|站|社|公司|集团|银行|企业|基地|产业|协会|商会)$/;
/**
 * A second half that closes with a verb whose object the count is (A和B构成三大支柱, A和B纳入三项考核, A和B实现三大突破): the pair
 * is the subject; or with a word of joining (数字经济和实体经济融合三大行动): the pair is one thing.
 */
const PAIR_THEN_VERB = /(?:构成|组成|纳入|列入|列为|作为|成为|位列|跻身|取得|迈上|融合|结合|互动|衔接|协同|联动|并举|并重|协调|同步|一体化)(?:发展)?$/;
/** The shortest half of such a pair: shorter words may be compressed kinds or names that hold the things (国企, 长江, 中小学). */
const PAIR_OF_THINGS_HALF_MIN = 4;

/**
 * A pair of phrases joined by 和 right before a count of three things (城市最佳实践区和网上世博会三大创新, 经济快速发展和社会长期
 * 稳定三大奇迹, 绿化精准提升和街景亮化三个“三年行动”): the pair is the whole list its clause names, one short. Read only where the
 * count can be nothing else's: each half a phrase of four characters or more (two short words — 长江和大运河, 国企和民企 — may
 * each hold several of the things), no 等, 是 or 为 in them, no half of places, times or authorities (PAIR_QUALIFIER,
 * PAIR_LOCATION); not a count of kinds, levels, places or times, nor of things the halves may hold (HELD_BY_PAIR), nor one
 * followed by another count (三市六县) or by its own items (三件大事：一是…); not after 等, not 与 or 及 (两方面 of one task).
 * 这 may stand between the pair and its count (A和B这三件大事).
 * Across ../shared/corpus and ../shared/local-reports no such pair stands before a count of three in the true text; their
 * count of two is read there (the pair reading above), and one more is a count the text cannot mean.
 */
export function pairOfThings(text: string, item: Item | undefined, end: number, q: ScannedQuantity, etc: boolean): boolean {
	// (这 may stand between: 经济体制改革和对外开放这三件大事 — it points at the pair right before it.)
	const at = text[end] === '这' ? end + 1 : end;
	if (q.value !== 3 || etc || !item || at !== q.start || q.digits !== '' || EXACT_UNITS.has(q.unit) || PAIR_OF_THINGS_BARRED_UNITS.has(q.unit) || (q.unit === '个' && text[q.end] === '方')) return false;
	const after = text.slice(q.end, q.end + 14);
	if (/^[一二两三四五六七八九十0-9]/.test(after) || HELD_BY_PAIR.test(after) || NOT_A_LIST_COUNT.test(after) || LIST_AFTER.test(after)) return false;
	const halves = splitLastJoiner([item]);
	if (!halves || halves.length !== 2 || text.slice(halves[0]!.end, halves[1]!.start) !== '和') return false;
	const both = [stripLead(halves[0]!), halves[1]!];
	if (both.some((h) => h.text.length < PAIR_OF_THINGS_HALF_MIN || h.text.length > PAIR_ITEM_MAX || /[等是为“”]/.test(h.text) || PAIR_QUALIFIER.test(h.text) || PAIR_LOCATION.test(h.text) || PAIR_BODY.test(h.text) || barePlace(h.text))) return false;
	if (PREPOSITION_BEFORE_COUNT.test(halves[1]!.text) || PAIR_THEN_VERB.test(halves[1]!.text) || endsWithVerb(halves[1]!.text)) return false;
	// (Nor when a half is itself the two sides of one thing: 省内资源和国内国际三个市场 — three.)
	return !halves.some((h) => endsWithSides(text, h));
}

/**
 * Does the count `q` count kinds or aspects, each of which one half of a pair before it would name (三方面, 三类, 三个市场,
 * 三大领域; not 三个县, 三大产业集群: things a pair may qualify), its own items not listed after it (三大计划：一是…)?
 */
function countsKinds(text: string, q: ScannedQuantity): boolean {
	const after = text.slice(q.end, q.end + 14);
	// 类 counts kinds itself (交通枢纽型和商贸集散型三类物流聚集区), as 大类 does.
	if (!(q.unit === '方面' || q.unit === '类' || (q.unit === '个' && KIND_NOUNS.test(after)) || (q.unit === '大' && BIG_KINDS.test(after)))) return false;
	// A kind noun that qualifies the things counted (制造业和服务业三大产业集群, 三个行业协会): the pair qualifies them too.
	const kind = (q.unit === '大' ? BIG_KINDS : KIND_NOUNS).exec(after);
	if (kind && THINGS_OF_A_KIND.test(after.slice(kind[0].length))) return false;
	// The count's own items listed after it (三大计划：一是…, 三方面工作：…) are what it counts.
	return !LIST_AFTER.test(after);
}

/** What words sharing their first character differ by when they name the two sides of one thing: a place's inside and outside, online and offline (国内国际, 省内省外, 线上线下). */
const LOCALIZERS = new CharSet('内外际上下');
/** The most such words read back before a count. */
const LOCALIZED_RUN_MAX = 4;

/**
 * Words of two characters sharing the first and each closed by a localizer (国内国际, 境内境外, 线上线下 — the two sides of
 * one thing, nouns: not 打赢打好 or 做大做强, verbs and their results), side by side right before `end`: the whole run, up
 * to LOCALIZED_RUN_MAX words, or undefined when it holds fewer than two or a longer run of them goes on before it.
 */
export function localizedRunBefore(text: string, end: number): Item[] | undefined {
	const items: Item[] = [];
	let s = end;
	while (s >= 2 && items.length <= LOCALIZED_RUN_MAX && LOCALIZERS.has(codeAt(text, s - 1)) && isCjk(codeAt(text, s - 2)) && (items.length === 0 || text[s - 2] === items[0]!.text[0])) {
		items.unshift({ start: s - 2, end: s, text: text.slice(s - 2, s) });
		s -= 2;
	}
	work.formulas += end - s;
	if (items.length < 2 || items.length > LOCALIZED_RUN_MAX || NOT_SHARED_HEAD.has(codeAt(text, s))) return undefined;
	return items;
}
/** Does `item` end with the two sides of one thing side by side (省内、国内国际: the item counts as two)? */
export function endsWithSides(text: string, item: Item): boolean {
	const run = localizedRunBefore(text, item.end);
	return run !== undefined && run[0]!.start >= item.start;
}
/**
 * Does a run of sides starting at `s` stand alone in its clause — right after a clause's mark (or the text's start) or a
 * verb that takes it (统筹, 畅通, 增强) — with no other side before it (海外省内省外三个市场: 海外 is a third)? Reads back at
 * most four characters.
 */
function standsAlone(text: string, s: number): boolean {
	if (s === 0 || CLAUSE_OPENING_MARKS.has(codeAt(text, s - 1))) return true;
	// After 、 only when what it closes is a phrase, not a short item of the list the sides end (加快构建以国内大循环为主体、国内
	// 国际双循环…; not 统筹利用省内、国内国际三个市场: three markets). Reads back at most LIST_ITEM_BEFORE_MAX + 1 characters.
	if (text[s - 1] === '、') {
		let p = s - 1;
		while (p > 0 && s - 1 - p <= LIST_ITEM_BEFORE_MAX && !CLAUSE_OPENING_MARKS.has(codeAt(text, p - 1)) && text[p - 1] !== '、') p--;
		return s - 1 - p > LIST_ITEM_BEFORE_MAX;
	}
	if (LOCALIZERS.has(codeAt(text, s - 1))) return false;
	const before = text.slice(Math.max(0, s - 4), s);
	return verbBefore(before) || SIDES_VERBS.test(before);
}
/** Verbs that take the two sides of one thing and open no list otherwise (增强国内国际两个市场…联动效应, 扩大国内国际…, 开拓国际国内两个市场). */
const SIDES_VERBS = /(?:增强|拓展|开拓|拓宽|用好|利用|瞄准|提高|扩大|联通|连通)$/;
/** (Not 、: after it the sides may be the last item of a list — 统筹利用省内、国内国际三个市场, three markets: see standsAlone.) */
/** The most characters an item of a list before the sides holds with its clause's verb (统筹利用省内). */
const LIST_ITEM_BEFORE_MAX = 8;
const CLAUSE_OPENING_MARKS = new CharSet('，。；：！？\n“（');

/** Characters such words may share that make them a set phrase (上上下下 aside: 不上不下, 一上一下), not two sides. */
const NOT_SHARED_HEAD = new CharSet('一二三四五六七八九十两不无有没非多少自全大小半');

/**
 * The two sides of one thing written side by side (see localizedRunBefore) before a count they are one off: three words
 * before a count of two (国内国际国外两个市场, 国内国际国际双循环: a word written twice or a third side), or two before a
 * count of three kinds (国内国际三个市场, 国内国际三个大局: see countsKinds, as a pair joined by 和 is read by pairOfThree;
 * not things the sides are scopes of — 线上线下三个平台, 市内市外三个园区, 省内省际三条高速通道). Only a run that is all its
 * clause holds before the count, after its mark or its verb (see standsAlone). Undefined when the run is the count (read
 * as words side by side are: sideBySide) or further off.
 */
export function localizedPairOff(text: string, end: number, q: ScannedQuantity): Item[] | undefined {
	if (end !== q.start) return undefined;
	const run = localizedRunBefore(text, end);
	if (!run || !standsAlone(text, run[0]!.start)) return undefined;
	// (After 双 the count's unit is the noun's first character: 国内国际国际双循环.)
	if (!SIDE_KINDS.test(text.slice(q.end, q.end + 2)) && !SIDE_KINDS.test(text.slice(q.end - 1, q.end + 1))) return undefined;
	if (q.value === 2 && run.length === 3) return run;
	return q.value === 3 && run.length === 2 && countsKinds(text, q) ? run : undefined;
}
/**
 * What each of the two sides of one thing names one of (国内市场, 国际循环, 线上渠道; 两个大局): only a count of these is
 * judged against the sides. A count of aspects, links or goals (国内国际三个方面的压力, 线上线下三个环节的堵点, 省内省外三个
 * 全覆盖) or a formula glued to its numeral (线上线下三融合, 三同步) may count what each side scopes: silent.
 */
const SIDE_KINDS = /^(?:市场|大局|循环|渠道)/;

/** What closes the name of a type (交通枢纽型, 商贸集散型; 商业类, 功能类). */
const TYPE_END = /[型类性式]$/;

/**
 * Two halves before 三类 that are type names alike (交通枢纽型和商贸集散型), the only pair 类 is read one short over: not
 * things of a kind (中小学和幼儿园三类学校, 水电气和通信三类管网, 城镇职工和城乡居民三类医保 — one may hold two), nor a
 * half joined inside (科技与产业和金融), nor grades (一类和二类三类医院), nor after another type name of the same close in
 * the sentence (除公益类外，推动商业类和功能类三类: the third named before).
 */
function typeNames(text: string, a: Item, b: Item): boolean {
	const first = stripLead(a).text;
	const close = first.slice(-1);
	if (!TYPE_END.test(first) || !b.text.endsWith(close)) return false;
	if ([first, b.text].some((h) => /[与及、]|^[一二三四五六七八九十0-9]/.test(h))) return false;
	// (Another type name of the same close before the pair: 公益类.)
	const sentence = sentenceAround(text, a.start, a.start, 0);
	for (let k = sentence.indexOf(close); k >= 0; k = sentence.indexOf(close, k + 1)) {
		const c = k > 0 ? codeAt(sentence, k - 1) : 0;
		if (c >= 0x4e00 && c <= 0x9fff) return false;
	}
	return true;
}
/**
 * Nouns after N个 that name kinds or aspects, not things (两个体系, 两个积极性, 两个行业, 两个大局; not 三个县, 三个项目);
 * campaigns and goals each half names one of (两个攻坚战, 两个全覆盖).
 */
const KIND_NOUNS = /^(?:方面|体系|领域|环节|关键|积极性|市场|大局|行业|层面|渠道|途径|攻坚战|全覆盖|核心)/;
/** The same after N大, a modifier before them (两大类, 两大风险, 三大传统产业, 两大核心; not 三大组团, 三大片区, 三大计划). */
const BIG_KINDS = /^[\u4e00-\u9fff]{0,3}?(?:方面|体系|领域|环节|关键|市场|行业|产业|层面|类|风险|任务|矛盾|优势|核心|攻坚战)/;
/** Things a kind noun may qualify (产业集群, 产业园区, 行业协会, 市场主体): counted after it, the count is of them, not of kinds. */
const THINGS_OF_A_KIND = /^(?:集群|链|园|基地|带|片区|组团|集聚区|项目|工程|平台|协会|企业|主体)/;

/** Do two nouns end with one head of two characters or more (外出农民工, 本地农民工)? */
export function sharedHead(a: string, b: string): boolean {
	let n = 0;
	while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && isCjk(a.charCodeAt(a.length - 1 - n))) n++;
	return n >= 2 && n < a.length && n < b.length;
}

/** An item of two quoted names joined by 和, 及 or 与 (“商品零售额”和“餐饮收入额”): the two, each with its quotes. */
export function quotedPair(it: Item): Item[] | undefined {
	const m = /^(“[^“”]+”)(?:和|及|与)(“[^“”]+”)$/.exec(it.text);
	if (!m) return undefined;
	const second = it.text.length - m[2]!.length;
	return [{ start: it.start, end: it.start + m[1]!.length, text: m[1]! }, { start: it.start + second, end: it.end, text: m[2]! }];
}

/** Numerals of three or more glued to a formula's noun (三轮驱动 for 双轮驱动). */
const JOINT_NUMERALS = '三四五六七八九';
const JOINT_NUMERAL = new CharSet(JOINT_NUMERALS);
/** A numeral in an item of the pair: the item holds a count of its own (南北两线, 民企两翼). */
const PAIR_ITEM_COUNT = /[0-9０-９二两三四五六七八九十双]/;
/** Verbs of things done together that name no formula by themselves (三轮驱动; not 融合, 联动: FORMULA_SUFFIXES). */
const DRIVING_VERBS = ['驱动', '并进', '并行'];

/**
 * Does one of `words` stand at `at` of `text`? (A loop, not `words.some(w => text.startsWith(w, at))`: a closure over a
 * loop's index makes the loop allocate a context for every index, at every character of every block.)
 */
function startsWithAny(text: string, words: readonly string[], at: number): boolean {
	for (let k = 0; k < words.length; k++) if (text.startsWith(words[k]!, at)) return true;
	return false;
}

/**
 * 文化事业和文化产业三轮驱动 (for 双轮驱动), 国内国际三轮并进: a pair — two words joined by 和 (与, 及) that are all the clause
 * holds before the count, its verb aside, or two words side by side sharing a character (see sideBySide) — right before a
 * numeral of three or more glued to one character and a verb of things done together (驱动, 并进, 并行; a formula's
 * suffix, 融合 or 联动, is read with its list as a named formula is): the count of a formula whose items the pair names, one off or more — a mismatch. A pair is read so only
 * before 两 and 双 otherwise (exactly its number); the verb of joining is what tells the count is the pair's (六盘水, 四川
 * after two words are places, not counts). Not before a measure word or a unit the counts of lists are read by (三区,
 * 三地, 三重), nor in a longer number, nor where another reading stands. Adds to `out`, kept in order of start.
 */
export function withPairsBeforeJointCounts(text: string, out: RawFormula[]): RawFormula[] {
	const added: RawFormula[] = [];
	for (let i = 2; i + 3 < text.length; i++) {
		// (By code: `text[i]` would make a one-character string for every character of every block.)
		if (!JOINT_NUMERAL.has(text.charCodeAt(i))) continue;
		const n = JOINT_NUMERALS.indexOf(text[i]!);
		// (A formula's suffix after it — 三治融合, 三网联动 — names a formula read with the list before it: see listRightBefore.)
		const driving = startsWithAny(text, DRIVING_VERBS, i + 2);
		// Or the two sides of one thing right before it (国内国际三循环 for 双循环: see localizedRunBefore), whatever noun follows.
		const run = driving ? undefined : localizedRunBefore(text, i);
		const sides = run && standsAlone(text, run[0]!.start) && SIDE_KINDS.test(text.slice(i + 1, i + 3)) ? run : undefined;
		if (n < 0 || (!driving && sides?.length !== 2)) continue;
		const x = text[i + 1]!;
		if (!isCjk(text.charCodeAt(i + 1)) || COUNT_CHAR_SET.has(x) || MEASURES.has(x) || ENUM_UNITS.has(x) || PLACE_COUNT_UNITS.has(x) || EXACT_UNITS.has(x) || COUNT_CHAR_SET.has(text[i - 1]!) || notFormulaAt(text, i) !== undefined) continue;
		const items = sides ?? sideBySide(text, i, 2) ?? joinedPairBefore(text, i);
		// (Not an item that holds a count of its own: 南北两线和东线三线并行, 国企和民企两翼三轮驱动 — the pair holds more than two.)
		if (!items || items.some((it) => PAIR_ITEM_COUNT.test(it.text))) continue;
		added.push({ start: i, end: i + 2, text: text.slice(i, i + 2), kind: 'enumeration', quoted: false, parts: [{ count: n + 3, items }], expansion: { start: items[0]!.start, end: items[1]!.end, source: 'before' }, verdict: 'mismatch' });
	}
	if (added.length === 0) return out;
	const taken = new Set(out.map((f) => f.start));
	return [...out, ...added.filter((f) => !taken.has(f.start))].sort((a, b) => a.start - b.start);
}

/**
 * Two words joined by 和 (与, 及) or 、, each of two characters or more and at most PAIR_ITEM_MAX, that are the whole of
 * what the clause holds before `end` past its verb (坚持文化事业和文化产业|三轮驱动).
 */
function joinedPairBefore(text: string, end: number): Item[] | undefined {
	const s = clauseStart(text, end, true);
	if (s < 0) return undefined;
	const groups = splitGroups(text, s, end);
	if (groups.length !== 1 || groups[0]!.length > 2) return undefined;
	// (Or two written with 、: 投资、消费三轮驱动.)
	// (Two written with 、 that hold no joiner: A、B和C is three.)
	const halves = groups[0]!.length === 2 ? (splitLastJoiner(groups[0]!.slice(1)) ? undefined : groups[0]!) : twoJoined(groups[0]!);
	// The pair ends at the numeral (not a list the numeral opens an item of: 景村融合、产村融合、三治融合).
	if (!halves || halves[1]!.end !== end) return undefined;
	const items = [stripLead(halves[0]!), halves[1]!];
	return items.every((it) => it.text.length >= 2 && it.text.length <= PAIR_ITEM_MAX && !endsWithVerb(it.text) && !/[，、的]/.test(it.text)) ? items : undefined;
}
