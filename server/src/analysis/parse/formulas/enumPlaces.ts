/**
 * Counted enumerations of places, levels and families (区、街道、社区三级; 中国和世界两个…; 东西南北四个方向; 春秋两季,
 * 德智体美劳五育): bare places and projects of works (barePlace, countsProjectsOfWorks), kinds of one thing
 * (kindsOfOneThing), administrative levels named before a count (adminRun, levelsOpeningClause, levelNamedBefore),
 * directions and China-and-region pairs, and counts of a noun of their own read from the one-character items packed
 * before them (familyRunBefore, countsOfOwnNoun, packedEnumeration).
 */
import { recognisedWithoutList } from './countedNouns';
import { ADMIN_LEVEL, GRADE_AFTER, inIdiom, opensPlaces } from './listWords';
import { CLAUSE_END_MARKS, clauseStart, PLACE_ITEM, WORK_ITEM } from './text';
import type { RawFormula } from './types';
import { isLead, type Item, splitGroups, stripLead } from '../lists';
import { builtinPackedFamilies, endsWithPlaceName } from '../../lexicon/index';
import { CharSet, codeAt, isCjk } from '../../text/chars';
import { parseCjkNumeral } from '../../text/cjkNumerals';
import { work } from '../../work';

/** A place by its name alone (景德镇, 上海, 城东区), not a line between places (杭州至宁波, 沪—杭). */
export function barePlace(item: string): boolean {
	return item.length <= 5 && !/[至到—－\-~～]/.test(item) && (PLACE_ITEM.test(item) || (endsWithPlaceName(item) && item.length <= 3));
}

/**
 * Batches and projects (两批试点, 三个项目): what a list of works is carried out in, not the works it names (完成老旧小区
 * 改造、海绵城市建设、地下管网建设两批试点).
 */
export function countsProjectsOfWorks(unit: string, after: string, items: readonly string[]): boolean {
	const last = items[items.length - 1]!;
	// (A list of named projects whose last only is a work, three items or more, is what the projects are: 加快建设郑西客运专线、
	// 新丰镇编组站、…、延安火车站改建等5个项目.)
	const named = items.length >= 3 && !items.slice(0, -1).some((it) => WORK_ITEM.test(it));
	return (unit === '批' || (unit === '个' && /^(?:项目|试点)/.test(after))) && WORK_ITEM.test(last) && !named;
}

/**
 * Are the items of a list kinds of one thing, which a count of 项/种 right after them may count across (four standards of
 * three kinds)? All end with the same character (国家标准、行业标准、地方标准; 一级、二级、三级), or the last is much
 * longer than the middle ones: a noun they share is written once after it (节水、节能、节地技术).
 */
export function kindsOfOneThing(items: readonly Item[]): boolean {
	const ends = new Set(items.map((it) => it.text[it.text.length - 1]));
	// The first item may still hold the clause's verb (取得国家级): the middle ones measure an item. Longer by more than a
	// character than short words (two or three characters), or twice as long as longer ones (危化品、烟花爆竹、非煤矿山专项
	// 整治); not a long item among long ones (校舍安全、福利中心、留守儿童之家).
	const longest = Math.max(...items.slice(1, -1).map((it) => it.text.length));
	const last = items[items.length - 1]!.text.length;
	return ends.size === 1 || (last > longest + 1 && (longest <= 3 || last >= 2 * longest));
}

/** What 中 and a direction or a continent name is a region (中东, 中亚, 中欧, 中部), not China and a country. */
const REGION_AFTER_CENTRE = new Set([...'东西南北亚欧部']);

/**
 * China and another country by their one-character names right before a count of two countries (中越两国, 中美两国关系,
 * 和中缅两国总理, 标志着中朝两国, 二十三日中朝两国): 中 and one character, opening what names them (see opensPlaces and
 * afterVerbOrDate; not 其中两国, 集中两国), not a region
 * (中东两国, 中亚两国: two countries of it). Read also before a count of three (中越三国): what opens the pair names no
 * country before 中 (a mark, 和/与/同/及, a verb's particle, a date), so the two are all the count can count — one short
 * (a third country is written before the count, 中老越三国, 中日韩三国, and then the pair is not read). No true text of
 * ../shared writes 中X三国; 中X两国 stands there nine times.
 */
export function chinaPairBefore(text: string, end: number, count: number): Item[] | undefined {
	const k = end - 2;
	if ((count !== 2 && count !== 3) || k < 0 || text[k] !== '中' || !isCjk(text.charCodeAt(k + 1)) || text[k + 1] === '国' || REGION_AFTER_CENTRE.has(text[k + 1]!) || WORD_AFTER_CENTRE.has(text[k + 1]!)) return undefined;
	if (!(opensPlaces(text, k) || /[和与同及]/.test(text[k - 1]!) || afterVerbOrDate(text, k))) return undefined;
	// (三国 is also the era of the Three Kingdoms, its culture and sites: 打造中原三国文化品牌, 中牟三国文化产业园, 中江三国遗迹.)
	if (count === 3 && THREE_KINGDOMS_AFTER.test(text.slice(end + 2, end + 5))) return undefined;
	return [{ start: k, end: k + 1, text: '中' }, { start: k + 1, end: k + 2, text: text[k + 1]! }];
}

/** What follows 三国 when it names the era of the Three Kingdoms (三国文化, 三国演义, 三国遗址; ../shared: 三国文化 three times). */
const THREE_KINGDOMS_AFTER = /^(?:文化|演义|志|时期|时代|遗|古|故|历史|人物|英雄|胜迹|名胜|题材|主题)/;

/** What 中 and one character more is a word of (中午, 中旬, 中期, 中间, 中央, 中心): no country. */
const WORD_AFTER_CENTRE = new Set([...'午旬期间央心']);
/** Aspect particles that close a verb (表现了, 标志着, 经历过): what follows them opens the verb's object. */
const ASPECT_PARTICLES = new CharSet('了着过');
/** Numerals a date's 日 follows (二十三日, 23日). */
const DATE_DIGITS = new CharSet('一二三四五六七八九十〇0123456789');

/**
 * Does what stands at `k` open a phrase after a verb's aspect particle (表现了中德两国人民, 标志着中朝两国) or after a date
 * (一九五三年十一月二十三日中朝两国缔结): no word can end in 中 there (其中, 集中 are read as words).
 */
function afterVerbOrDate(text: string, k: number): boolean {
	const c = codeAt(text, k - 1);
	return ASPECT_PARTICLES.has(c) || (c === 0x65e5 /* 日 */ && DATE_DIGITS.has(codeAt(text, k - 2)));
}

/** The directions, one character each, that texts write side by side (东西双向, 南北两岸, 东南西北四个方向). */
const DIRECTIONS = new Set([...'东西南北']);

/**
 * Exactly `count` directions side by side right before `end`, no other before them, opposite ones in pairs (东西双向,
 * 南北两大板块, 东西南北四个; not 西北两大工业地区 or 东南: the northwest and the southeast are regions, one each).
 */
export function directionsBefore(text: string, end: number, count: number): Item[] | undefined {
	let k = end;
	while (k > 0 && end - k <= count && DIRECTIONS.has(text[k - 1]!)) k--;
	work.formulas += end - k;
	const run = new Set(text.slice(k, end));
	if (end - k !== count || run.size !== count || run.has('东') !== run.has('西') || run.has('南') !== run.has('北')) return undefined;
	return [...text.slice(k, end)].map((ch, n) => ({ start: k + n, end: k + n + 1, text: ch }));
}

/**
 * Families of one-character items that texts pack side by side before the count of them, each character an item of the
 * family (春秋两季, 农工商三者, 德智体美劳五育, 陆海天网四位一体, 正反两方面, 购销两旺, 收支两条线, 计划内外两种价格).
 * A run of characters of no family (发展安全两件大事, 纪检监察两项职责) cannot be told from words of two characters and
 * is not read. Places, countries, directions and levels are read by their own readers (placesBefore, chinaPairBefore,
 * directionsBefore, levelsOpeningClause).
 */
const PACKED_FAMILIES: readonly { chars: CharSet; size: number; noun: string }[] = builtinPackedFamilies.map((f) => ({ chars: new CharSet(f.characters), size: f.characters.length, noun: f.noun }));

/** The most characters of a family read before a count (德智体美劳: five; one more tells a run longer than a count of five). */
const PACKED_RUN_MAX = 6;

/**
 * One-character items of one family side by side right before `end`, all different, the run whole (no character of the
 * family before it): exactly `count` of them, or — a run that opens its clause or follows a verb, of a family of more than
 * two and a run of three or more — one off it (做好春夏秋两季: a season too many). Undefined when no family holds the character before `end`, or the run is shorter
 * than two. Reads at most PACKED_RUN_MAX + 1 characters per family of that character.
 */
export function familyRunBefore(text: string, end: number, count: number): Item[] | undefined {
	const last = codeAt(text, end - 1);
	// (No character is of two families: the first that holds the last character is the run's.)
	for (const { chars, size, noun } of PACKED_FAMILIES) {
		if (!chars.has(last)) continue;
		let k = end - 1;
		while (k > 0 && end - k <= PACKED_RUN_MAX && chars.has(codeAt(text, k - 1))) k--;
		work.formulas += end - k + 1;
		const run = text.slice(k, end);
		// (陆海天天网四位一体: one character of the run written twice side by side, the others making the count — one more.)
		if (run.length >= 3 && run.length <= PACKED_RUN_MAX && new Set(run).size === count && onceDoubled(run)) return [...run].map((ch, n) => ({ start: k + n, end: k + n + 1, text: ch }));
		if (run.length < 2 || run.length > PACKED_RUN_MAX || new Set(run).size !== run.length) return undefined;
		// (A family of two, 正反 or 收支, is never one short: 国内外三个市场 counts something else. Nor a run of two but before
		// its family's own noun (季, 业, 育): two characters of a family are as often a word of their own, 工商三项改革,
		// 天网三期, 冬春三个月, 农工三大差别, 工商三证合一.)
		// A run of two is judged only before the noun its family's members are counted by (春秋三季, not 春秋三季度).
		const ownNoun = noun !== '' && text[end + 1] === noun && text[end + 2] !== '度';
		const oneOff = Math.abs(run.length - count) === 1 && size > 2 && (run.length > 2 || ownNoun) && opensPlaces(text, k);
		if (run.length !== count && !oneOff) return undefined;
		return [...run].map((ch, n) => ({ start: k + n, end: k + n + 1, text: ch }));
	}
	return undefined;
}

/** A count read from the items right before it (familyRunBefore, listOfExactly): the count, its items, judged by their number. */
export function packedEnumeration(text: string, q: { start: number; end: number; value: number }, items: Item[]): RawFormula {
	return { start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items }], expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' }, verdict: items.length === q.value ? 'ok' : 'mismatch' };
}

/** Numerals that may count the items right before them with a noun of their own after them (两季, 五育, 四业, 三维, 两证). */
const OWN_NOUN_COUNTS = new CharSet('两三四五六七八九');
/**
 * What before such a numeral makes it no count of the items before it: another numeral (十三, 二十五), an ordinal, a share
 * or an approximation (第三, 前五, 近两, 约三), a count of each (每两, 各三), 这 (这两季: the items stand elsewhere).
 */
const NOT_OWN_NOUN_BEFORE = new CharSet('〇零一二两三四五六七八九十百千万亿双第前近约超逾余几每各这等');
/**
 * What after such a numeral makes it no count of the items before it: another numeral or magnitude, a unit of time (两年,
 * 三月), the sides or ends each item has (铁路、公路两旁; 河道、渠道两侧: the sides of each, not the two items).
 */
const NOT_OWN_NOUN_AFTER = new CharSet('〇零一二两三四五六七八九十百千万亿双年月日天周时分秒倍成旁侧岸边端头');
/** The longest item of a 、-list such a numeral counts, its lead verb aside (工作许可、居留许可两证). */
const OWN_NOUN_ITEM_MAX = 8;

/**
 * Counts the quantity scanner leaves out — a numeral and a noun of its own right after it, no measure word (春秋两季,
 * 德智体美劳五育, 农、林、牧、渔四业的产值, 数量、质量、功能三维体系, 工作许可、居留许可两证并联审批) — read only with the
 * items right before them: one-character items of one family (familyRunBefore), or a whole 、-list of exactly the count, of
 * short items. A 、-list off the count may count what the items hold (甲、乙三院: hospitals of two places): not read.
 * `countStarts`: where the counts already read start (they are not read again). One pass over the block; each numeral
 * reads at most OWN_NOUN_ITEM_MAX + 2 characters back before it looks for its clause (see clauseStart).
 */
export function countsOfOwnNoun(text: string, countStarts: ReadonlySet<number>, out: RawFormula[]): void {
	work.formulas += text.length;
	for (let i = 1; i + 1 < text.length; i++) {
		if (!OWN_NOUN_COUNTS.has(text.charCodeAt(i)) || countStarts.has(i)) continue;
		const before = text.charCodeAt(i - 1);
		const after = text.charCodeAt(i + 1);
		if (!isCjk(before) || !isCjk(after) || NOT_OWN_NOUN_BEFORE.has(before) || NOT_OWN_NOUN_AFTER.has(after) || inIdiom(text, i)) continue;
		const value = parseCjkNumeral(text[i] === '两' ? '二' : text[i]!)!;
		// (The count's span holds the first character of its noun, as a measure word is held: 两季, 四业.)
		const q = { start: i, end: i + 2, value };
		// (购销销两旺: a word of the family written twice — one more, see doubledWordBefore.)
		const family = familyRunBefore(text, i, value) ?? doubledWordBefore(text, i, (e) => familyRunBefore(text, e, value));
		if (family) {
			out.push(packedEnumeration(text, q, family));
			continue;
		}
		// (A formula recognised by its name or its suffix reads the 、-list before it as one: 自治、法治、德治三治融合 — see
		// scanUnquotedFormulas.)
		const items = recognisedWithoutList(text, i) === undefined ? listOfExactly(text, i, value) : undefined;
		if (items) out.push(packedEnumeration(text, q, items));
	}
}

/**
 * The whole 、-list of its clause that ends right before `end`, exactly `count` short items of about one length (the first
 * without its lead verb), none holding a numeral, 等 or 的; else undefined. Reads at most OWN_NOUN_ITEM_MAX + 2 characters
 * before it looks for the clause's start.
 */
function listOfExactly(text: string, end: number, count: number): Item[] | undefined {
	let k = end - 1;
	while (k > 0 && end - k <= OWN_NOUN_ITEM_MAX + 1 && text[k] !== '、' && isCjk(text.charCodeAt(k))) k--;
	work.formulas += end - k;
	if (text[k] !== '、') return undefined;
	const s = clauseStart(text, end, true);
	if (s < 0) return undefined;
	const groups = splitGroups(text, s, end);
	if (groups.length !== 1 || groups[0]!.length !== count) return undefined;
	const items = [stripLead(groups[0]![0]!), ...groups[0]!.slice(1)];
	// Items of one kind are about as long as each other (工作许可、居留许可; 农、林、牧、渔): a last item shorter or longer holds
	// a name the numeral is part of, or the clause's words (京津冀、长三角; 甬江北岸、塘河两侧; 崇启通道、…、虹桥机场迎宾三路隧道).
	let shortest = OWN_NOUN_ITEM_MAX;
	let longest = 0;
	for (const it of items) {
		shortest = Math.min(shortest, it.text.length);
		longest = Math.max(longest, it.text.length);
	}
	if (shortest < 1 || longest > OWN_NOUN_ITEM_MAX || longest - shortest > 1) return undefined;
	// (Nor an item that holds a numeral, 等 or 的, or ends with a joiner: 促进两岸交流合作、深化两岸融合; 东河水库及两岔河.)
	return items.every((it) => !OWN_NOUN_ITEM_BARS.test(it.text) && !/(?:和|及|与|并)$/.test(it.text)) ? items : undefined;
}
const OWN_NOUN_ITEM_BARS = /[0-9０-９〇零一二两三四五六七八九十百千万双等的]/;

/**
 * Does `run` write exactly one of its characters twice, side by side, and every other once (人地地钱, 陆海天天网)? A
 * packed run so is its characters and one more: the copy an edit left.
 */
export function onceDoubled(run: string): boolean {
	let doubled = 0;
	for (let k = 1; k < run.length; k++) if (run[k] === run[k - 1]) doubled++;
	return doubled === 1 && new Set(run).size === run.length - 1;
}

/** Numerals: a figure's digits written twice (二二四公里) are no word written twice. */
const NUMERAL_CHARS = new CharSet('〇零一二两三四五六七八九十百千万亿');

/**
 * A word written twice right before a count whose items are words side by side (国际国内国内两个市场, 购销销两旺, 中越越两国,
 * 市区区两级): `read` — a reader of such words back from an end — finds exactly the count right before the second copy, the
 * word copied its last item. The text then holds one word more than its count: that run and the copy. Words of one or two
 * Chinese characters, no numeral; across ../shared/corpus and ../shared/local-reports no word stands twice so before a
 * count (only a figure's digits, 二二四公里). Undefined otherwise. Reads four characters back, then what `read` reads.
 */
export function doubledWordBefore(text: string, end: number, read: (end: number) => Item[] | undefined): Item[] | undefined {
	for (let n = 2; n >= 1; n--) {
		const s = end - 2 * n;
		if (s < 0) continue;
		let same = true;
		for (let k = 0; k < n && same; k++) same = text[s + k] === text[end - n + k] && isCjk(codeAt(text, s + k)) && !NUMERAL_CHARS.has(codeAt(text, s + k));
		work.formulas += n;
		if (!same) continue;
		const word = text.slice(end - n, end);
		const items = read(end - n);
		if (items && items[items.length - 1]!.text === word) return [...items, { start: end - n, end, text: word }];
	}
	return undefined;
}

/**
 * Exactly `count` one-character levels, all different, right before `end` — no other level before them (市区 of 市区区两级):
 * for doubledWordBefore.
 */
export function levelsRunOf(text: string, end: number, count: number): Item[] | undefined {
	if (adminRun(text, end) !== count || new Set(text.slice(end - count, end)).size !== count) return undefined;
	return [...text.slice(end - count, end)].map((ch, n) => ({ start: end - count + n, end: end - count + n + 1, text: ch }));
}

/** How many one-character levels stand side by side right before `end` (市县两级 → 2), up to twelve. */
export function adminRun(text: string, end: number): number {
	let k = end;
	while (k > 0 && end - k < 12 && ADMIN_LEVEL.has(text[k - 1]!)) k--;
	work.formulas += end - k;
	return end - k;
}

/**
 * The one-character levels side by side right before `end` (their count ending at `countEnd`) when they open their clause (after a clause's mark or a line's
 * start), all different, exactly `count` of them or one fewer, and N级 no grade after them (see GRADE_AFTER); else undefined.
 */
export function levelsOpeningClause(text: string, end: number, countEnd: number, count: number): Item[] | undefined {
	const run = adminRun(text, end);
	const s = end - run;
	if (run < 2 || (run !== count && run !== count - 1)) return undefined;
	if (!(s === 0 || text[s - 1] === '\n' || CLAUSE_END_MARKS.has(codeAt(text, s - 1)))) return undefined;
	if (new Set(text.slice(s, end)).size !== run || GRADE_AFTER.test(text.slice(countEnd, countEnd + 10))) return undefined;
	if (run === count - 1 && levelNamedBefore(text, s, end)) return undefined;
	return [...text.slice(s, end)].map((ch, n) => ({ start: s + n, end: s + n + 1, text: ch }));
}

/** The most characters read back from levels opening a clause for a level the sentence named before them. */
const LEVEL_BEFORE_MAX = 30;

/** The rank of a one-character level (and of 中央, by 央), highest first: the level a run of them may leave out is next to it. */
const LEVEL_RANK: ReadonlyMap<string, number> = new Map([['央', 0], ['省', 1], ['市', 2], ['州', 2], ['盟', 2], ['县', 3], ['区', 3], ['旗', 3], ['乡', 4], ['镇', 4], ['村', 5], ['组', 6]]);

/**
 * Does the sentence name, before the levels from `s` to `end`, the level next above or below them — opening a clause or
 * after 由 (由省统筹，市县三级共同负责), before 级 (省级统筹，市县三级联动), or 中央 above 省 (中央财政补助…，省市三级配套)?
 * Then the level that levels one fewer than their count leave out may be that one: no reading. A level not next to them
 * (中央单位共巡视…，市县三级) is no such level. Reads at most LEVEL_BEFORE_MAX characters.
 */
export function levelNamedBefore(text: string, s: number, end: number): boolean {
	const ranks = [...text.slice(s, end)].map((ch) => LEVEL_RANK.get(ch) ?? -9);
	const next = new Set([Math.min(...ranks) - 1, Math.max(...ranks) + 1]);
	const from = Math.max(0, s - LEVEL_BEFORE_MAX);
	work.formulas += s - from + end - s;
	for (let k = s - 1; k >= from; k--) {
		const ch = text[k]!;
		if (ch === '。' || ch === '！' || ch === '？' || ch === '\n') return false;
		const rank = LEVEL_RANK.get(ch);
		if (rank === undefined || !next.has(rank)) continue;
		const prev = text[k - 1];
		if (ch === '央' ? prev === '中' : text[k + 1] === '级' || prev === undefined || prev === '由' || '，、；：\n'.includes(prev) || afterOpeningVerb(text, k, from)) return true;
	}
	return false;
}

/**
 * Is the level at `k` right after a verb of two or three characters, a list's lead (坚持省负总责，市县三级抓落实; 我们实行省负
 * 总责): the level opens the clause the verb takes, named as one opening its clause. Reads back at most three characters,
 * not before `from`.
 */
function afterOpeningVerb(text: string, k: number, from: number): boolean {
	for (let n = 2; n <= 3; n++) {
		const j = k - n;
		if (j < from) return false;
		if (isLead(text.slice(j, k))) return true;
	}
	return false;
}
