/**
 * The text around a formula that every reader of this folder asks about: where a sentence, a clause or a list after a
 * formula ends (sentenceEnd, listEnd, matchingClose) and where a clause starts (clauseStart, past quoted words inside its
 * items: 城市管理“五难”治理); quoted words inside items (quoteMakesUp, withoutInnerQuotes); the verbs and times that end
 * a clause's subject rather than an item (endsWithVerb, lastTakesCount, isWork); the noun right after a formula
 * (skipNoun, nounAfter, withoutFormulaNoun); the glossary's names by their first character (names written unquoted);
 * the marks these scans look up by code.
 */
import type { Item } from '../lists';
import { builtinGlossary } from '../../glossary/index';
import { CharSet, codeAt, isCjk } from '../../text/chars';
import { parseCjkNumeral } from '../../text/cjkNumerals';
import { work } from '../../work';

/** Marks looked up by code in the scans of this folder (a regular expression on text[i] makes a string of every character). */
export const CLAUSE_OR_QUOTE_MARKS = new CharSet('“”。！（），：；？');
export const CLAUSE_MARKS = new CharSet('。！，：；？');
export const CLAUSE_END_MARKS = new CharSet('。，：；');

/** Glossary names by their first character, longest first (for unquoted recognition). */
export const NAMES_BY_FIRST = new Map<string, string[]>();
for (const e of builtinGlossary) {
	if (e.ordinal || e.name.includes('、')) continue;
	const list = NAMES_BY_FIRST.get(e.name[0]!) ?? [];
	list.push(e.name);
	list.sort((a, b) => b.length - a.length);
	NAMES_BY_FIRST.set(e.name[0]!, list);
}

export function namesStartingWith(ch: string): readonly string[] {
	return NAMES_BY_FIRST.get(ch) ?? [];
}

export const PUNCT = /[，。；：！？、（）()“”《》【】\s]/;

/** End of the sentence that contains `i` (index of its 。！？ or the block end). */
export function sentenceEnd(text: string, i: number): number {
	for (let k = i; k < text.length; k++) {
		const c = text.charCodeAt(k);
		if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
			work.formulas += k - i;
			return k;
		}
	}
	work.formulas += text.length - i;
	return text.length;
}

/** The most characters after a formula in which its items are looked for (a list further away is not its own). */
export const MAX_LIST_SPAN = 600;

/** End of the sentence that holds `i`, but no further than MAX_LIST_SPAN from `from`. */
export function listEnd(text: string, i: number, from: number): number {
	return Math.min(sentenceEnd(text, i), from + MAX_LIST_SPAN, text.length);
}

/** Index of the bracket that closes the one at `open`, or -1. */
export function matchingClose(text: string, open: number): number {
	let depth = 0;
	work.formulas += 600;
	for (let k = open; k < text.length && k < open + 600; k++) {
		const ch = text[k];
		if (ch === '（' || ch === '(') depth++;
		else if (ch === '）' || ch === ')') {
			depth--;
			if (depth === 0) return k;
		}
	}
	return -1;
}

/** A noun right after the formula (工作机制, 工作法, 运行机制): up to `max` characters without punctuation. */
export function skipNoun(text: string, i: number, max: number): number {
	let k = i;
	while (k < text.length && k - i < max && !PUNCT.test(text[k]!) && !/[0-9]/.test(text[k]!)) k++;
	return k;
}

/**
 * Start of the clause that ends at `end` (after the last ，。；：！？ at bracket depth 0), or -1 when a quote
 * mark interrupts it (the list may go on beyond the quote: we cannot tell where it starts) — but for `quotedItems`, a quoted
 * item that 、 follows.
 */
export function clauseStart(text: string, end: number, quotedItems = false, read?: ClauseRead): number {
	let depth = 0;
	work.formulas += 120;
	for (let s = end; s > 0 && end - s < 120; s--) {
		const ch = text[s - 1]!;
		// A quoted item of the list (“扬尘专项治理,全城大扫除”、秸秆禁烧…): the quote and what it holds are the item's.
		if (quotedItems && depth === 0 && ch === '”' && text[s] === '、') {
			const open = text.lastIndexOf('“', s - 2);
			if (open < 0 || end - open >= 120 || text.slice(open + 1, s - 1).includes('”')) return -1;
			s = open + 1;
			continue;
		}
		// A quoted word inside an item (…、“平急两用”公共基础设施建设、…): a name the item goes on after, read as its words.
		if (depth === 0 && ch === '”' && isCjk(text.charCodeAt(s))) {
			const open = innerQuoteOpen(text, s - 1);
			if (open >= 0 && end - open < 120) {
				if (read && text[open - 1] !== '、' && !insideItem(text, open)) read.quoteInFirstItem = true;
				s = open + 1;
				continue;
			}
		}
		if (ch === '）' || ch === ')') depth++;
		else if (ch === '（' || ch === '(') {
			if (depth === 0) return s;
			depth--;
		} else if (depth === 0 && /[，。；：！？]/.test(ch)) return s;
		else if (depth === 0 && (ch === '“' || ch === '”')) return -1;
	}
	return end >= 120 ? -1 : 0;
}

/** What clauseStart passed over on its way to the clause's start. */
export interface ClauseRead {
	/**
	 * A quoted word in the clause's first item after its verb (扎实推进“平急两用”公共基础设施建设、…): the words before the
	 * quote may be the clause's, not an item's, so the list is read when it is exactly its count or, whole, one short.
	 */
	quoteInFirstItem?: boolean;
}

/** The most characters of a quoted word inside an item of a list (“平急两用”公共基础设施建设). */
export const INNER_QUOTE_MAX = 8;

/**
 * The opening quote of a short quoted word that closes at `close` and opens an item after 、: its own words only (no
 * mark of a list or clause in it). -1 otherwise.
 */
function innerQuoteOpen(text: string, close: number): number {
	let k = close - 1;
	while (k >= 0 && close - k <= INNER_QUOTE_MAX && (isCjk(text.charCodeAt(k)) || INNER_QUOTE_CODE.has(text.charCodeAt(k)))) k--;
	if (k < 0 || text[k] !== '“' || close - k < 3) return -1;
	// An item after 、 opens with it. At a clause's start the quote may be a term glossed (“三线”即…) or a frame's
	// (以“千万工程”牵引…): not read.
	if (text[k - 1] === '、') return k;
	// Inside an item, after a few words of it: …、农村“厕所革命”、…; …、城市管理“五难”治理专项行动等四个…; or in the
	// first item, after the clause's verb: 扎实推进“平急两用”公共基础设施建设、城中村改造…; 立足“10+1”产业、产业集群…
	// (not a frame's 以, 把, 将, 围绕: what follows the quote is the frame's verb, not an item).
	const p = itemWordsStart(text, k);
	if (p === k || FRAME_BEFORE_QUOTE.test(text.slice(p, k))) return -1;
	return p === 0 || text[p - 1] === '、' || CLAUSE_END_MARKS.has(codeAt(text, p - 1)) ? k : -1;
}

/** Start of the few words right before the quote that opens at `open` (no further than ITEM_WORDS_BEFORE_QUOTE). */
function itemWordsStart(text: string, open: number): number {
	let p = open;
	while (p > 0 && open - p < ITEM_WORDS_BEFORE_QUOTE && isCjk(text.charCodeAt(p - 1))) p--;
	return p;
}

/** A quote that opens at `open` after a few words of an item that 、 opens (…、农村“厕所革命”、…). */
function insideItem(text: string, open: number): boolean {
	const p = itemWordsStart(text, open);
	return p < open && text[p - 1] === '、';
}

/** The most words of an item before a quoted word inside it (城市管理“五难”治理, 扎实推进“平急两用”…). */
const ITEM_WORDS_BEFORE_QUOTE = 6;

/** A frame's word right before a quote: 以“千万工程”牵引, 把“三农”工作摆在…, 围绕“两个率先”… */
const FRAME_BEFORE_QUOTE = /(?:以|把|将|围绕|按照|依托|通过|对照|紧扣)$/;

/** Characters of a quoted code inside an item besides CJK (“10+1”产业). */
const INNER_QUOTE_CODE = new CharSet('0123456789+＋');

export const INNER_QUOTED = /“[\u4e00-\u9fff]{1,8}”/g;

/**
 * A quoted name inside an item that opens with a count of its own (加快建设“两区”、自贸区三大平台: “两区” stands for two of
 * the three; not a date's numerals, “五一”, “十一”) and so may stand for that many of the list's count: is there one whose
 * count makes up the difference between the items and `count`? A list one off its count is then no sure error (“10+1”
 * 产业、A、B四个领域 is: eleven make up no difference of one).
 */
const INNER_QUOTE_COUNT = /“(?:([一二三四五六七八九十两双]+)[^一二三四五六七八九十0-9“”]|([0-9]+(?:[+＋][0-9]+)*)[”个项大])/g;
export function quoteMakesUp(items: readonly { text: string }[], count: number): boolean {
	for (const it of items) {
		for (const m of it.text.matchAll(INNER_QUOTE_COUNT)) {
			const n = m[1] !== undefined ? (m[1] === '两' || m[1] === '双' ? 2 : parseCjkNumeral(m[1])) : m[2]!.split(/[+＋]/).reduce((a, x) => a + Number(x), 0);
			if (n !== undefined && n > 1 && items.length - 1 + n === count) return true;
		}
	}
	return false;
}

/** An item's words without the quoted names inside it (“五个一批”项目攻坚 → 项目攻坚); a whole quote stays. */
export function withoutInnerQuotes(item: string): string {
	const rest = item.replace(INNER_QUOTED, '');
	return rest === '' ? item : rest;
}

/** Verbs that end a clause's subject part: a list followed by one of these is not what the count counts. */
const TRAILING_VERBS = /(?:进入|创建|实现|推进|推动|建设|打造|开展|完成|形成|提出|改建|新建|扩建|建成|入选|评为|获评|获得|开工|投产|达到|超过|保持|采用|累计|共有|拥有|实施|落实|坚持|深化|加强|加快|抓好|做好|安排|明确|确定|设立|成立|建立|设置|取缔|关闭|停产|举办|举行|召开|承办|主办|融入)$/;

/**
 * Verbs before a list that take it as their object (实施, 打好, 加快建设): never a preposition (在城区、郊区建设三个公园) nor
 * a verb whose object goes on to act (推动, 支持, 组织, 邀请 A、B建设…: the list is the subject of the verb after it).
 */
export const OBJECT_LEAD = /(?:实施|打好|打赢|深化|巩固|加快|加快建设|抓好|做好|办好|落实|开展|启动|推进|打造|培育|创建|完善|健全|加强|强化|巩固和发展)$/;

/** Words that are a verb before a count (人才组织三场活动) or a noun of a pair (党组织和群团组织): read as verbs only at a list's end. */
const COUNT_VERB_NOUNS = /组织$/;

export function endsWithVerb(item: string): boolean {
	return TRAILING_VERBS.test(item);
}

/**
 * An item that names a work or a deed (海绵城市建设, 扶贫产业提档升级, 基础设施等重点领域补短板): ending with its verb, or a
 * phrase longer than a name that is not a place's (城区, 郊区, 国企 are not).
 */
export function isWork(item: string): boolean {
	return WORK_ITEM.test(item) || endsWithVerb(item) || (item.length >= 6 && !PLACE_ITEM.test(item));
}

/**
 * Does the last item of a list right before a count end with the verb that takes the count (…华北等地区新建四个, 城区、
 * 郊区建设三个公园, 生产安全事故起数、亡人数保持双下降), not with a noun made of it? A noun's item ends as another item of
 * the list does (保障性住房建设、…、公共基础设施建设), words before the word its own. (Length tells nothing: 建设全省一流
 * 大学、恩施职院创建“双高校” has items as long as each other.)
 */
export function lastTakesCount(last: string, others: readonly string[], lead = ''): boolean {
	// After a verb whose object the list is (实施A、B、乡村建设三大行动; 打好A和整顿关闭两个攻坚战), the verb that ends the
	// last item makes a noun of it: the clause's verb stands before the list, not after it. Only in a list of works, another
	// item one too (扶贫产业提档升级, 煤矿瓦斯治理): before places or fields (推进城区、郊区、新区建设四个公园; 深化国企、
	// 财税、金融领域改革四项试点) the verb after the list is the clause's own.
	if (OBJECT_LEAD.test(lead) && others.some(isWork)) return false;
	const strict = TRAILING_VERBS.exec(last)?.[0];
	const verb = strict ?? COUNT_VERB_NOUNS.exec(last)?.[0];
	// 组织 alone is an item (产业、人才、文化、生态、组织“五个振兴”).
	if (verb === undefined || (strict === undefined && last.length - verb.length < 2)) return false;
	// Another item that ends with the same word makes it a noun of the list (保障性住房建设、…、公共基础设施建设).
	if (last.length - verb.length >= 2 && others.some((o) => o.endsWith(verb))) return false;
	return true;
}

/** The noun right after a formula and its closing quote (“5+1”指定监管场地： → 指定监管场地), up to eight characters. */
export function nounAfter(text: string, end: number): string {
	const from = text[end] === '”' ? end + 1 : end;
	const noun = text.slice(from, skipNoun(text, from, 8));
	// A term in bold (**“5+1”指定监管场地**：…): the emphasis closes the noun.
	const emphasis = noun.indexOf('*');
	return emphasis >= 0 ? noun.slice(0, emphasis) : noun;
}

/**
 * The formula's own noun written once after the last item (…进境食用水生动物以及进境植物种苗指定监管场地 of “5+1”指定监管场地):
 * no part of that item, when no other item carries it.
 */
export function withoutFormulaNoun(items: Item[], noun: string): Item[] {
	const last = items[items.length - 1];
	if (noun.length < 2 || items.length < 2 || !last || !last.text.endsWith(noun) || last.text.length - noun.length < 2) return items;
	if (items.slice(0, -1).some((it) => it.text.includes(noun))) return items;
	return [...items.slice(0, -1), { start: last.start, end: last.end - noun.length, text: last.text.slice(0, -noun.length) }];
}

/** An item that names a place (城关镇, 张村, 城东片区): places hold households and events, they are not counted by 户 or 场. */
export const PLACE_ITEM = /(?:[镇村乡区县市州省]|街道|社区)$/;
/** The last item of a list of works (老旧小区改造、海绵城市建设): a noun made of a verb of building or renewing. */
export const WORK_ITEM = /(?:建设|改造|整治|治理|修复|更新|提升|升级|修缮|改建|新建|扩建)$/;
