/**
 * Numbered formulas (数字化提法): quoted codes (“1152”, “5+1”), quoted Chinese-number formulas (“三定四抓”,
 * “六个一”, “两不愁三保障”), the terms of a report's glossary section (两函两书：…, “1+3+3”工业优势主导产业体系：…),
 * counted enumerations in running text (区、街道、社区三级党组织) and unquoted formulas that a list right after
 * resolves (注重三化引导。…基础标准化、特色差异化、功能智慧化).
 *
 * For each formula, the items it stands for are looked for where texts put them: in brackets right after it, in a
 * gloss (“X”：A、B、C; “X”是指…; 包括…; ——…), in the glosses of its parts (“两江”即…，“四岸”即…; “1”即…，“5”即…),
 * in a list right after it, in a list right before it, and (for codes) in the headings that follow (see
 * formulaModel.ts). How the items are read out of that text is formulaReading.ts; what a name promises is
 * formulaNames.ts. A formula is flagged only when its items were read for sure and miss its numbers by one item in
 * one part (a dropped, an added item, a number changed): a reading further off is a reading that failed. Works on a
 * block's joined text; the caller maps offsets back.
 */
import { backReferencedItems } from './backReferences';
import { DE_VERBS, fromSharedOpening, inJoinerWord, type Item, isLead, openWithVerbChain, sideBySide, splitGroups, splitLastJoiner, stripLead } from './lists';
import { COUNT_CHARS, countInLabel, FORMULA_SUFFIXES, type FormulaKind, magnitudeParts, MEASURES, notFormulaAt, parseName } from './formulaNames';
import { clausesOf, codeHead, cutShort, ENTRY_CONNECTIVES, etcAllows, introducerAt, fitJoiner, mayGlossTerm, keyForms, leadSentenceItems, listStart, namesGlossedInTurn, numberedItems, numberedSeries, opensPoints, partHeads, type RawPart, readPart, readParts } from './formulaReading';
import type { ScannedQuantity } from './quantities';
import { AIM_OPENING, WHOLE_REGION } from './reading';
import { builtinGlossary, itemKeys, lookupGlossary } from '../glossary/index';
import type { GlossaryEntry } from '../types';
import { builtinPackedFamilies, endsWithPlaceName, isPlaceAbbreviation } from '../lexicon/index';
import { BLANK, BLANK_OR_EMPHASIS, countEndChars, lastOf } from '../text/trim';
import { work } from '../work';
import { CharSet, codeAt, isCjk } from '../text/chars';
import { ARABIC_ENUM, ARABIC_PAREN_ENUM, CN_ENUM, CN_PAREN_ENUM, ORDINAL_HEADING } from '../text/numbering';
import { parseAnyInteger, parseCjkNumeral } from '../text/cjkNumerals';
import { partitionPoint } from '../search';

/** Marks looked up by code in the scans below (a regular expression on text[i] makes a string of every character). */
const CLAUSE_OR_QUOTE_MARKS = new CharSet('“”。！（），：；？');
const SENTENCE_END_OR_SEMI = new CharSet('。！；？');
const CLAUSE_MARKS = new CharSet('。！，：；？');
const SENTENCE_END = new CharSet('。！？');
const SENTENCE_OR_CLAUSE_END = new CharSet('。！：；？');
const CLAUSE_END_MARKS = new CharSet('。，：；');

export { countInLabel, partsOfName } from './formulaNames';
export type { FormulaKind } from './formulaNames';
export type { RawPart } from './formulaReading';
export type ExpansionSource = 'brackets' | 'gloss' | 'after' | 'before' | 'headings' | 'restated';
export type Verdict = 'ok' | 'mismatch' | 'unexpanded' | 'uncertain';

export interface RawFormula {
	/** The formula's own text, without quotes (joined offsets). */
	start: number;
	end: number;
	text: string;
	kind: FormulaKind;
	quoted: boolean;
	parts: RawPart[];
	expansion?: { start: number; end: number; source: ExpansionSource };
	verdict: Verdict;
	/** For an enumeration: the list ends with 等 (it may be shorter than the count). */
	etc?: boolean;
	/** A glossary entry's term whose gloss this block does not hold (七纵六横三环路网骨架：⏎七纵，即…): read from the blocks after. */
	glossFollows?: boolean;
	/** Numbered points read to the end of the block, fewer than the count: the next block may go on with them. */
	pointsRunOn?: boolean;
}

/** Glossary names by their first character, longest first (for unquoted recognition). */
const NAMES_BY_FIRST = new Map<string, string[]>();
for (const e of builtinGlossary) {
	if (e.ordinal || e.name.includes('、')) continue;
	const list = NAMES_BY_FIRST.get(e.name[0]!) ?? [];
	list.push(e.name);
	list.sort((a, b) => b.length - a.length);
	NAMES_BY_FIRST.set(e.name[0]!, list);
}

/** Second characters of the glossary names (一带一路 → 带) and first characters of the formula suffixes. */
const SECOND_CHARS = new CharSet([...NAMES_BY_FIRST.values()].flat().map((n) => n[1]!));
const SUFFIX_FIRST = new CharSet('融联并协共合齐同');

function namesStartingWith(ch: string): readonly string[] {
	return NAMES_BY_FIRST.get(ch) ?? [];
}

// ───────────────────────────── helpers ─────────────────────────────

const PUNCT = /[，。；：！？、（）()“”《》【】\s]/;

/** End of the sentence that contains `i` (index of its 。！？ or the block end). */
function sentenceEnd(text: string, i: number): number {
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
const MAX_LIST_SPAN = 600;

/** End of the sentence that holds `i`, but no further than MAX_LIST_SPAN from `from`. */
function listEnd(text: string, i: number, from: number): number {
	return Math.min(sentenceEnd(text, i), from + MAX_LIST_SPAN, text.length);
}

/** Index of the bracket that closes the one at `open`, or -1. */
function matchingClose(text: string, open: number): number {
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
function skipNoun(text: string, i: number, max: number): number {
	let k = i;
	while (k < text.length && k - i < max && !PUNCT.test(text[k]!) && !/[0-9]/.test(text[k]!)) k++;
	return k;
}

/**
 * Start of the clause that ends at `end` (after the last ，。；：！？ at bracket depth 0), or -1 when a quote
 * mark interrupts it (the list may go on beyond the quote: we cannot tell where it starts) — but for `quotedItems`, a quoted
 * item that 、 follows.
 */
function clauseStart(text: string, end: number, quotedItems = false, read?: ClauseRead): number {
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
interface ClauseRead {
	/**
	 * A quoted word in the clause's first item after its verb (扎实推进“平急两用”公共基础设施建设、…): the words before the
	 * quote may be the clause's, not an item's, so the list is read when it is exactly its count or, whole, one short.
	 */
	quoteInFirstItem?: boolean;
}

/** The most characters of a quoted word inside an item of a list (“平急两用”公共基础设施建设). */
const INNER_QUOTE_MAX = 8;

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

const INNER_QUOTED = /“[\u4e00-\u9fff]{1,8}”/g;

/**
 * A quoted name inside an item that opens with a count of its own (加快建设“两区”、自贸区三大平台: “两区” stands for two of
 * the three; not a date's numerals, “五一”, “十一”) and so may stand for that many of the list's count: is there one whose
 * count makes up the difference between the items and `count`? A list one off its count is then no sure error (“10+1”
 * 产业、A、B四个领域 is: eleven make up no difference of one).
 */
const INNER_QUOTE_COUNT = /“(?:([一二三四五六七八九十两双]+)[^一二三四五六七八九十0-9“”]|([0-9]+(?:[+＋][0-9]+)*)[”个项大])/g;
function quoteMakesUp(items: readonly { text: string }[], count: number): boolean {
	for (const it of items) {
		for (const m of it.text.matchAll(INNER_QUOTE_COUNT)) {
			const n = m[1] !== undefined ? (m[1] === '两' || m[1] === '双' ? 2 : parseCjkNumeral(m[1])) : m[2]!.split(/[+＋]/).reduce((a, x) => a + Number(x), 0);
			if (n !== undefined && n > 1 && items.length - 1 + n === count) return true;
		}
	}
	return false;
}

/** An item's words without the quoted names inside it (“五个一批”项目攻坚 → 项目攻坚); a whole quote stays. */
function withoutInnerQuotes(item: string): string {
	const rest = item.replace(INNER_QUOTED, '');
	return rest === '' ? item : rest;
}

/** Verbs that end a clause's subject part: a list followed by one of these is not what the count counts. */
const TRAILING_VERBS = /(?:进入|创建|实现|推进|推动|建设|打造|开展|完成|形成|提出|改建|新建|扩建|建成|入选|评为|获评|获得|开工|投产|达到|超过|保持|采用|累计|共有|拥有|实施|落实|坚持|深化|加强|加快|抓好|做好|安排|明确|确定|设立|成立|建立|设置|取缔|关闭|停产|举办|举行|召开|承办|主办|融入)$/;

/**
 * Verbs before a list that take it as their object (实施, 打好, 加快建设): never a preposition (在城区、郊区建设三个公园) nor
 * a verb whose object goes on to act (推动, 支持, 组织, 邀请 A、B建设…: the list is the subject of the verb after it).
 */
const OBJECT_LEAD = /(?:实施|打好|打赢|深化|巩固|加快|加快建设|抓好|做好|办好|落实|开展|启动|推进|打造|培育|创建|完善|健全|加强|强化|巩固和发展)$/;

/** Words that are a verb before a count (人才组织三场活动) or a noun of a pair (党组织和群团组织): read as verbs only at a list's end. */
const COUNT_VERB_NOUNS = /组织$/;

/** A time that only a clause holds, not an item of a list: 上半年, 年底前, 今年. */
const CLAUSE_TIME = /上半年|下半年|年内|年底|年前|今年|明年/;
/** A clause that opens with the time its work is planned for (年内完成：…, 今年实现…, 年底前建成…). */
const PLANNED_TIME = /^(?:上半年|下半年|年内|年底|年前|今年|明年|当年|全年|本年度?)/;

function endsWithVerb(item: string): boolean {
	return TRAILING_VERBS.test(item);
}

/**
 * An item that names a work or a deed (海绵城市建设, 扶贫产业提档升级, 基础设施等重点领域补短板): ending with its verb, or a
 * phrase longer than a name that is not a place's (城区, 郊区, 国企 are not).
 */
function isWork(item: string): boolean {
	return WORK_ITEM.test(item) || endsWithVerb(item) || (item.length >= 6 && !PLACE_ITEM.test(item));
}

/**
 * Does the last item of a list right before a count end with the verb that takes the count (…华北等地区新建四个, 城区、
 * 郊区建设三个公园, 生产安全事故起数、亡人数保持双下降), not with a noun made of it? A noun's item ends as another item of
 * the list does (保障性住房建设、…、公共基础设施建设), words before the word its own. (Length tells nothing: 建设全省一流
 * 大学、恩施职院创建“双高校” has items as long as each other.)
 */
function lastTakesCount(last: string, others: readonly string[], lead = ''): boolean {
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

// ───────────────────────────── judging ─────────────────────────────

/** The count an item gives its part by naming the part's key after a numeral (南北两翼 → 2, 三个片区 → 3), if it does. */
function restatedCount(item: string, key: string | undefined): number | undefined {
	if (!key) return undefined;
	for (let at = item.indexOf(key); at > 0; at = item.indexOf(key, at + 1)) {
		let from = at;
		while (from > 0 && /[0-9一二两三四五六七八九十双]/.test(item[from - 1]!)) from--;
		if (from === at) continue;
		const numeral = item.slice(from, at);
		const n = /^[0-9]+$/.test(numeral) ? Number(numeral) : numeral === '双' ? 2 : parseCjkNumeral(numeral);
		if (n !== undefined && n > 1) return n;
	}
	return undefined;
}

/**
 * ok when every part has its count of items (a list closed by 等 may have fewer: see etcAllows); mismatch when the reading is sure
 * and one part misses its count by one item; else uncertain — a reading further off is a reading that failed, not
 * the document's error.
 */
function judgeParts(f: RawFormula, reliable: boolean, etc: readonly boolean[], text = ''): void {
	const counted = f.parts.every((p) => p.count !== undefined);
	// “一张图”, “一带一路”: parts of one item each are names, not counts to check.
	if (!counted || f.parts.every((p) => p.count === 1)) {
		f.verdict = 'uncertain';
		return;
	}
	// One item that names the part with a count of its own (以南北两翼为支撑 of 两翼) stands for that many.
	const given = (p: RawPart): number => (p.items.length === 1 ? restatedCount(p.items[0]!.text, p.key) : undefined) ?? p.items.length;
	const fits = (p: RawPart, n: number): boolean => given(p) === p.count || (etc[n] === true && etcAllows(text, p.items, p.count));
	if (f.parts.every(fits)) {
		f.verdict = 'ok';
		return;
	}
	const off = f.parts.filter((p, n) => !fits(p, n));
	const oneOff = off.length === 1 && Math.abs(given(off[0]!) - (off[0]!.count ?? 0)) === 1;
	f.verdict = reliable && oneOff ? 'mismatch' : 'uncertain';
}

// ───────────────────────────── codes ─────────────────────────────

/**
 * The count a code's label gives (1个核心 → 1, 27个推进保障组 → 27, “六个一” → 6), or undefined when its number is
 * no count of things: a year or a date (2023年6月30日), a duration (5年内, 三年), an age, an amount (8元), a rate, or a
 * target (50个左右, 30名以上, 100个以上).
 */
export function labelCount(label: string): number | undefined {
	const n = countInLabel(label);
	if (n === undefined) return undefined;
	const m = /[0-9]+|[一二三四五六七八九十百千两双]+/.exec(label)!;
	const after = label.slice(m.index + m[0].length, m.index + m[0].length + 4);
	if (/^(?:年|月|日|天|周|小时|岁|周岁|元|万|亿|%|％|倍|分|秒|号|期|批次)/.test(after) || label[m.index - 1] === '第' || label[m.index - 1] === '前') return undefined;
	if (/^[^，。；、]{0,3}?(?:左右|以上|以下|多|余|上下)/.test(after)) return undefined;
	if (/^(?:19|20)[0-9]{2}$/.test(m[0])) return undefined;
	return n;
}

/** The label of an item of a code's expansion: its quoted sub-formula (坚持“一个核心” → 一个核心), or the item without its verb. */
function labelOf(item: Item): Item {
	const open = item.text.indexOf('“');
	const close = item.text.indexOf('”', open + 1);
	if (open >= 0 && close > open + 1 && countInLabel(item.text.slice(open + 1, close)) !== undefined) {
		return { start: item.start + open + 1, end: item.start + close, text: item.text.slice(open + 1, close) };
	}
	// 包括1个指导意见 → 1个指导意见: a verb right before the count is not part of the label.
	const m = /^([\u4e00-\u9fff]{1,4}?)([0-9]|[一二两三四五六七八九十][个项条支大类种])/.exec(item.text);
	if (m && isLead(m[1]!)) return { start: item.start + m[1]!.length, end: item.end, text: item.text.slice(m[1]!.length) };
	return item;
}

/**
 * Can `digits` be cut into the parts `counts` spell, up to one part changed, dropped or added? 0: exactly; 1: one
 * edit away; 2: further (the labels do not spell this code: its digits are not their counts).
 */
function spellDistance(digits: string, counts: readonly number[]): 0 | 1 | 2 {
	const spelled = counts.map(String);
	if (spelled.join('') === digits) return 0;
	// One part changed: same parts, one of them other digits.
	const cuts = (s: string, k: number): string[][] => {
		if (k === 1) return s.length > 0 ? [[s]] : [];
		const out: string[][] = [];
		for (let i = 1; i < s.length; i++) for (const rest of cuts(s.slice(i), k - 1)) out.push([s.slice(0, i), ...rest]);
		return out;
	};
	if (digits.length > 8) return 2;
	for (const k of [spelled.length, spelled.length - 1, spelled.length + 1]) {
		if (k < 1 || k > digits.length) continue;
		for (const seg of cuts(digits, k)) {
			if (k === spelled.length && seg.filter((x, i) => x !== spelled[i]).length === 1) return 1;
			// One part dropped from the labels, or one added.
			if (k === spelled.length + 1 && seg.some((_, i) => seg.filter((__, j) => j !== i).join('|') === spelled.join('|'))) return 1;
			if (k === spelled.length - 1 && spelled.some((_, i) => spelled.filter((__, j) => j !== i).join('|') === seg.join('|'))) return 1;
		}
	}
	return 2;
}

/** Segment a code by the counts of its labels: 1427 with 1, 4, 27 → ok. */
function assignCode(f: RawFormula, given: Item[], reliable: boolean): boolean {
	// 成都制造强市建设政策体系，包括1个指导意见、1个支持政策和6个行动计划: the counted items are the parts; words
	// before them describe the whole, and 和 joins the last two.
	let items = given;
	const split = splitLastJoiner(items);
	if (split && labelCount(labelOf(split[split.length - 1]!).text) !== undefined && labelCount(labelOf(split[split.length - 2]!).text) !== undefined) items = split;
	let k = items.length;
	while (k > 0 && labelCount(labelOf(items[k - 1]!).text) !== undefined) k--;
	if (items.length - k >= 2) items = items.slice(k);
	if (items.length < 2) return false;
	const parts: RawPart[] = items.map((it) => {
		const label = labelOf(it);
		return { count: labelCount(label.text), label, items: [] };
	});
	if (parts.some((p) => p.count === undefined)) return false;
	f.parts = parts;
	const digits = f.text.replace(/[^0-9]/g, '');
	const distance = spellDistance(digits, parts.map((p) => p.count!));
	f.verdict = distance === 0 ? 'ok' : distance === 1 && reliable ? 'mismatch' : 'uncertain';
	return true;
}

/**
 * A part of a “1+5” code glossed on its own (“1”即…，“5”即…) or a group of its gloss: the items in brackets after its
 * noun (做强4个…子企业（市投发集团、…）), the list its count follows (A、B、C3个五百亿产业集群), its noun after 1个
 * (即1个数字广元建设领导小组), else the whole text for a part of one, the list for more.
 */
function readCodePart(text: string, start: number, end: number, count: number | undefined, name: string): { items: Item[]; label?: Item } {
	const from = listStart(text, start, end, name);
	let e = end;
	while (e > from && /[\s。；，]/.test(text[e - 1]!)) e--;
	let s = from;
	while (s < e && /\s/.test(text[s]!)) s++;
	if (e <= s) return { items: [] };
	if (text[e - 1] === '）') {
		let depth = 0;
		let open = -1;
		for (let k = e - 1; k >= s; k--) {
			if (text[k] === '）') depth++;
			else if (text[k] === '（' && --depth === 0) {
				open = k;
				break;
			}
		}
		if (open > s && /[个项条家座所支]/.test(text.slice(s, open))) return { items: splitGroups(text, open + 1, e - 1).flat() };
	}
	const whole: Item = { start: s, end: e, text: text.slice(s, e) };
	const counted = /([0-9]{1,3}|[一二两三四五六七八九十]{1,2})([个项条支大类种家所座名])[\u4e00-\u9fffA-Za-z“”（）()]{1,16}$/.exec(whole.text);
	if (counted && counted.index > 0) {
		// A、B、C3个五百亿产业集群; 打造铝基新材料1个超千亿产业集群 (not 建立A、B等17个…和1个要素保障专班: a part of one);
		// the count's noun may be quoted (A和B“两大核心产业”).
		const list = splitGroups(text, s, s + counted.index - (whole.text[counted.index - 1] === '“' ? 1 : 0)).flat();
		// Not 由1个… (a preposition before the count is no list).
		const onlyLead = list.length === 1 && isLead(list[0]!.text);
		const fitted = list.length >= 1 && !onlyLead && (count !== 1 || list.length === 1) ? fitJoiner([stripLead(list[0]!), ...list.slice(1)], count) : undefined;
		// (A count of several, the part's own, after one word is that word's object, not the count of a list: 抓住三大重点 —
		// its label.)
		if (fitted && count !== undefined && count > 1 && fitted.length < 2 && labelCount(counted[0]) === count) return { items: [], label: whole };
		if (fitted) return { items: fitted, label: whole };
	}
	if (counted && counted.index === 0 && count === 1) {
		const noun = counted[1]!.length + counted[2]!.length;
		return { items: [{ start: s + noun, end: e, text: whole.text.slice(noun) }], label: whole };
	}
	const m = /^([\u4e00-\u9fff]{1,4}?)(1个|一个)/.exec(whole.text);
	if (m && count === 1 && isLead(m[1]!)) {
		const at = m[0].length;
		return { items: [{ start: s + at, end: e, text: whole.text.slice(at) }], label: whole };
	}
	if (count === 1) return { items: [whole] };
	const part = readPart(text, s, e, { count }, name);
	return { items: part.items };
}

/** The longest code of digits alone whose parts are read from their heads (“231”: “2”指…，“3”指…，“1”指…). */
const DIGIT_CODE_MAX = 6;

/**
 * The cut of a code of digits alone into the numbers its gloss's heads write in turn (“231” by “2”“3”“1”), up to one of
 * them written otherwise (“232” by “2”“3”“1”: the text states both sides), or undefined. Each piece at most two digits.
 */
function codeCut(code: string, labels: readonly string[]): string[] | undefined {
	let near: string[] | undefined;
	// Depth-first over pieces of one or two digits, one per head (at most 2^6 cuts): an exact cut first, else the first near one.
	const walk = (at: number, cut: string[], differ: number): string[] | undefined => {
		if (cut.length === labels.length) {
			if (at !== code.length) return undefined;
			if (differ === 0) return cut;
			near ??= cut;
			return undefined;
		}
		for (let len = 1; len <= 2 && at + len <= code.length; len++) {
			const piece = code.slice(at, at + len);
			const d = differ + (piece === labels[cut.length] ? 0 : 1);
			const exact = d <= 1 ? walk(at + len, [...cut, piece], d) : undefined;
			if (exact) return exact;
		}
		return undefined;
	};
	return walk(0, [], 0) ?? near;
}

/**
 * A code of digits alone (“231”产业体系) whose gloss takes its parts in turn by their own numbers (“2”指…，“3”指…，“1”指…):
 * its parts are its digits cut as the heads write them, read as a “2+3+1” code's are.
 */
function resolveDigitHeads(f: RawFormula, text: string, start: number, end: number): boolean {
	if (f.text.length > DIGIT_CODE_MAX || !/^[0-9]+$/.test(f.text)) return false;
	const labels: string[] = [];
	for (let h = codeHead(text, start, end); h && labels.length <= f.text.length; h = codeHead(text, h.from, end)) labels.push(text.slice(h.head + 1, text.indexOf('”', h.head + 1)));
	if (labels.length < 2 || labels.length > f.text.length || !labels.every((l) => /^[0-9]{1,2}$/.test(l))) return false;
	const cut = codeCut(f.text, labels);
	if (!cut) return false;
	const trial: RawFormula = { ...f, parts: cut.map((d) => ({ count: Number(d), items: [] })) };
	if (!resolvePlusCode(trial, text, start, end, cut)) return false;
	f.parts = trial.parts;
	f.verdict = trial.verdict;
	f.expansion = trial.expansion;
	return true;
}

/** A “1+5” code whose parts are glossed one by one, or whose gloss has one counted group per part. */
function resolvePlusCode(f: RawFormula, text: string, start: number, end: number, digits: readonly string[] = f.text.split(/[+＋]/)): boolean {
	const heads = partHeads(text, start, end, f.parts, digits);
	let spans: { start: number; end: number }[] | undefined;
	if (heads) spans = heads.map((h, n) => ({ start: h.from, end: heads[n + 1]?.head ?? end }));
	else {
		// One counted group per part: 即1个…，A、B、C5个工作专班.
		const from = listStart(text, start, end, f.text);
		const groups = clausesOf(text, from, end).flatMap((c) => splitGroups(text, c.start, c.end).map((g) => ({ start: g[0]!.start, end: g[g.length - 1]!.end })));
		// The first groups, one per part, each counted; what follows describes the whole (…，支持东莞优品更好开拓市场).
		const run = groups.slice(0, f.parts.length);
		if (run.length !== f.parts.length || !run.every((g) => /[0-9一二两三四五六七八九十NnXx][个项条支大类种家所座名]/.test(text.slice(g.start, g.end)))) return false;
		if (groups.slice(run.length).some((g) => /[0-9一二两三四五六七八九十NnXx][个项条支大类种家所座名]/.test(text.slice(g.start, g.end)))) return false;
		spans = run;
	}
	const noun = nounAfter(text, f.end);
	// The parts glossed by their numbers (“1”是指…，“6”是指…) where the code writes one of them otherwise (“2+6”): that part is
	// read with the number its own gloss gives it — the text states both sides.
	const own = heads ? ownLabels(text, heads, digits) : undefined;
	f.parts = f.parts.map((p, n) => ({ ...p, items: withoutFormulaNoun(readCodePart(text, spans[n]!.start, spans[n]!.end, own?.[n] ?? p.count, f.text).items, noun) }));
	if (f.parts.some((p) => p.items.length === 0 && p.count !== undefined)) return false;
	// An open part (N) is not counted, nor a part of several given by what each unit has (“7”即“七支撑”，指各县（区）粮食应急
	// 保障中心: one a county, not listed); the others are.
	const probe: RawFormula = { ...f, parts: f.parts.filter((p) => p.count !== undefined && !distributive(p)) };
	judgeParts(probe, true, []);
	f.verdict = probe.verdict;
	f.expansion = { start, end, source: 'gloss' };
	return true;
}

/**
 * The numbers a code's part glosses give their parts (“1”是指… → 1), where every part is glossed by a number and exactly
 * one of them differs from the code's (“2+6” glossed “1”…“6”…): that one's number, the others undefined. Else undefined.
 */
function ownLabels(text: string, heads: readonly { head: number }[], digits: readonly string[]): (number | undefined)[] | undefined {
	const labels = heads.map((h) => text.slice(h.head + 1, text.indexOf('”', h.head + 1)));
	if (labels.length !== digits.length || !labels.every((l, n) => /^[0-9]{1,2}$/.test(l) && /^[0-9]{1,2}$/.test(digits[n]!))) return undefined;
	const differ = labels.filter((l, n) => l !== digits[n]);
	if (differ.length !== 1) return undefined;
	return labels.map((l, n) => (l !== digits[n] ? Number(l) : undefined));
}

/** A part of several counted by what each unit has, its one item opening with 各 or 每 (各县（区）粮食应急保障中心). */
function distributive(p: RawPart): boolean {
	return (p.count ?? 0) >= 3 && p.items.length === 1 && /^[各每]/.test(p.items[0]!.text);
}

/** The noun right after a formula and its closing quote (“5+1”指定监管场地： → 指定监管场地), up to eight characters. */
function nounAfter(text: string, end: number): string {
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
function withoutFormulaNoun(items: Item[], noun: string): Item[] {
	const last = items[items.length - 1];
	if (noun.length < 2 || items.length < 2 || !last || !last.text.endsWith(noun) || last.text.length - noun.length < 2) return items;
	if (items.slice(0, -1).some((it) => it.text.includes(noun))) return items;
	return [...items.slice(0, -1), { start: last.start, end: last.end - noun.length, text: last.text.slice(0, -noun.length) }];
}

// ───────────────────────────── expansions ─────────────────────────────

interface Candidate {
	start: number;
	end: number;
	source: ExpansionSource;
	/** The text attaches the list to the formula (brackets, a gloss, 包括…): no key needed, a mismatch is the text's. */
	attached: boolean;
	/** A list found by its items opening with the key (keyedListAfter): read as it is. */
	keyed?: boolean;
	/** A list right before a formula whose clause goes on after it (nameGoesOn): read only when it is exactly the count. */
	exact?: boolean;
	/**
	 * A list after a clause that goes on past the formula's noun (全市“六稳”工作即将全面展开，稳就业、…取得成效): read only when it
	 * is the whole of the next clause, each item carrying the key and none longer than the others by a predicate.
	 */
	wholeClause?: boolean;
	/** A list right before the formula closed by 等 (文化、科技、卫生等“四下乡”): it may give examples, fewer than the count. */
	etc?: boolean;
}

/** Markers of a gloss right after a formula (and its noun): “六稳”：…; “三带”指…; “X”是指…; “五边”为…. */
const GLOSS_MARKERS = ['是指', '就是', '含义为', '指', '即', '：', ':', '——'];
/** Words that open a list after the formula and a comma: “七大行动”，包括…; …，即…. */
const LIST_OPENERS = ['这其中包括', '其中包括', '主要包括', '具体包括', '包括', '即'];

/** A counted noun and its colon opening a clause (五个重点：…): another term glossed in turn. */
const SIBLING_TERM = /^\s*“?([一二两三四五六七八九十][^，。；：:“”、\s]{1,9}?)”?[：:]/;
/** A counted time alone, no term (三年来, 三季度, 两个月内): its noun is a unit of time, or one and 来/内/间 (not 三年任务,
 * 三年目标, 五年时间: a term of the years, ending the gloss as any). */
const SIBLING_TIME = /^(?:年|季度|个?月|周|天|日)(?:来|内|间|以来|以内|之内)?$/;
/** The characters read after a ；or 。 for such a term. */
const SIBLING_TERM_MAX = 14;

/** Is a quoted term defined at `open` (“六纵”指…, “十桥同架”是指…)? Returns the end of its name, or -1. */
function definedAt(text: string, open: number): number {
	const close = text.indexOf('”', open + 1);
	if (close < 0 || close - open > 14) return -1;
	work.formulas += close - open;
	// (Not 指 or 即 as a word's first character: “数字城管”指挥中心, “三农”指标.)
	if ((text[close + 1] === '指' || text[close + 1] === '即') && introducerAt(text, close + 1, [text[close + 1]!]) === undefined) return -1;
	return /^(?:指|：|为|是指|即|是|就是)/.test(text.slice(close + 1, close + 3)) ? close : -1;
}

/**
 * The end of a gloss that starts at `from`: its sentence, or — for a glossary entry — its block; and before another
 * term defined inside it (“六坝共筑”指…。“十桥同架”指…), unless that term is a part of this formula (“两江”即…) or the
 * formula itself glossed again (“五个一”即：…).
 */
function glossEnd(text: string, from: number, end: number, name: string, others: readonly string[] = [], keys: readonly string[] = []): number {
	// A gloss inside brackets (…“六组团”：A、B…组团）的城市空间结构) ends where they close.
	let depth = 0;
	for (let k = from; k < end; k++) {
		const ch = text[k];
		if (ch === '（' || ch === '(') depth++;
		else if (ch === '）' || ch === ')') {
			if (depth === 0) {
				end = k;
				break;
			}
			depth--;
		}
	}
	work.formulas += end - from;
	// Another name of the same term glossed in turn (抓好两端指…。畅通中间指…).
	for (const o of others) {
		for (let k = text.indexOf(o, from); k >= 0 && k < end; k = text.indexOf(o, k + 1)) {
			if (/^(?:”)?(?:指|即|是指|：|为|就是)/.test(text.slice(k + o.length, k + o.length + 3))) {
				end = k - (text[k - 1] === '“' ? 1 : 0);
				break;
			}
		}
	}
	// Another counted noun glossed in turn after a ；or 。 (三个坚持：坚持…，坚持…；五个重点：A、B…, the parts of “135”总体思路):
	// a term of its own, not more of this gloss — unless it is a part of this formula (a code's parts are its counted nouns;
	// a part by its key).
	if (!/[0-9]/.test(name)) {
		for (let k = from; k < end; k++) {
			if (text[k] !== '；' && text[k] !== '。') continue;
			const m = SIBLING_TERM.exec(text.slice(k + 1, k + 1 + SIBLING_TERM_MAX));
			const parsed = m ? parseName(m[1]!) : undefined;
			if (!parsed || parsed.kind !== 'cjk' || (keys.length > 0 && parsed.parts.every((p) => p.key !== undefined && keys.includes(p.key)))) continue;
			// (Nor a time alone (三年来：, 三季度：: when the work is done), nor an item of this formula that carries its key
			// (一批社区： of 四个一).)
			if (SIBLING_TIME.test(m![1]!.replace(/^[一二两三四五六七八九十]+/, '')) || keys.some((key) => m![1]!.startsWith(key) || m![1]!.endsWith(key))) continue;
			end = k;
			break;
		}
	}
	let inTurn: boolean | undefined;
	for (let q = text.indexOf('“', from); q >= 0 && q < end; q = text.indexOf('“', q + 1)) {
		const close = definedAt(text, q);
		if (close < 0) continue;
		const inner = text.slice(q + 1, close);
		if (inner === name || name.includes(inner) || /^[0-9NnXx]{1,3}$/.test(inner)) continue;
		// A part of this formula by its key, whatever its count (“两江”即… in the gloss of 三江四岸).
		const parsed = parseName(inner);
		if (parsed && parsed.kind === 'cjk' && keys.length > 0 && parsed.parts.every((p) => p.key !== undefined && keys.includes(p.key))) continue;
		// Items of this formula named by its key and glossed in turn (“头雁”指…；“归雁”指… in the gloss of 四雁; “一张图”指… of
		// 三个一) — not one name glossed by another (“绿水青山”就是“金山银山” of 两山).
		inTurn ??= keys.some((k) => namesGlossedInTurn(text, from, end, k) !== undefined);
		if (inTurn && keys.some((k) => inner.startsWith(k) || inner.endsWith(k))) continue;
		return q;
	}
	return end;
}

/** The candidate expansions in order of preference. */
/** Places by their abbreviations right before a formula that names places (杭甬“双城记”五年行动计划), whatever follows it. */
function placesNamed(text: string, qStart: number, name: string): boolean {
	return NAMES_PLACES.test(name) && isPlaceAbbreviation(text[qStart - 1]!) && isPlaceAbbreviation(text[qStart - 2] ?? '');
}

/** A formula whose noun names places (双城记, 三地, 四省市): its items may be the places' abbreviations. */
const NAMES_PLACES = /[城市省地]/;

function* candidates(text: string, qStart: number, qEnd: number, name: string, gloss: { start: number; end: number; others?: readonly string[] } | undefined, keys: readonly string[] = []): Generator<Candidate> {
	// A glossary entry's term (the rest of its block) or a counted noun before a colon (its sentence).
	if (gloss !== undefined) {
		// Several terms glossed in turn (“两轴”“三带”：“两轴”指…，“三带”指…): each from its own name on.
		const from = listStart(text, gloss.start, gloss.end, name, false, keys);
		yield { start: from, end: glossEnd(text, from, gloss.end, name, gloss.others, keys), source: 'gloss', attached: true };
		return;
	}
	const afterNoun = skipNoun(text, qEnd, 8);
	// Brackets: “1152”工作机制（坚持“一个核心”、…）
	if (text[afterNoun] === '（' || text[afterNoun] === '(') {
		const close = matchingClose(text, afterNoun);
		if (close > afterNoun + 1) yield { start: afterNoun + 1, end: close, source: 'brackets', attached: true };
	}
	// Gloss: “六稳”：稳就业、… / “三带”指… / “X”是指… / …工作法：… / ——…
	let glossStart = -1;
	for (const at of [qEnd, skipNoun(text, qEnd, 4), afterNoun]) {
		// 指 and 即 as words (指标, 即将) or 即 as “at once” (“双随机”即查即改) mark no gloss.
		const marker = GLOSS_MARKERS.find((m) => text.startsWith(m, at) && ((m !== '指' && m !== '即') || introducerAt(text, at, [m]) !== undefined));
		// A noun between the formula and the marker only before a colon or a dash (…工作法：); 指, 即 follow the name.
		if (marker && (at === qEnd || /^[：:—]/.test(marker))) {
			glossStart = at + marker.length;
			break;
		}
	}
	// “五边”为山边、水边…: 为 defines only a term that opens its clause (not 以“四改”为抓手).
	if (glossStart < 0 && text.startsWith('为', qEnd) && (qStart === 0 || /[，；：、。\s0-9.]/.test(text[qStart - 1]!))) glossStart = qEnd + 1;
	// Not a gloss when another term's definition follows (“三个特别注重”：“九个有力有效”指…).
	if (glossStart >= 0 && text[glossStart] === '“' && definedAt(text, glossStart) >= 0 && !name.includes(text.slice(glossStart + 1, definedAt(text, glossStart)))) glossStart = -1;
	if (glossStart >= 0) {
		if (text.startsWith('指', glossStart)) glossStart++;
		if (text[glossStart] === '：' || text[glossStart] === ':') glossStart++;
		// The gloss ends with its sentence or where the next term is defined (“六纵”指…); in running text, a list of one
		// part ends with its group when what follows does not carry the key (——A、B，加快项目落地).
		let end = glossEnd(text, glossStart, listEnd(text, glossStart, glossStart), name, [], keys);
		if (keys.length === 1) end = firstListEnd(text, glossStart, end, keys[0]!);
		yield { start: glossStart, end, source: 'gloss', attached: true };
	}
	// Another counted noun in the words after the formula (“两个责任”清单和三张清单，即…): a list after the comma is the nearer
	// noun's, not the formula's.
	const nearer = RESTATED_COUNT.test(text.slice(qEnd, afterNoun));
	// A list the text opens after the formula and a comma: “七大行动”，包括A、B…; 的“四新”，即…
	if (text[afterNoun] === '，' && !nearer) {
		const opener = LIST_OPENERS.find((w) => text.startsWith(w, afterNoun + 1));
		if (opener) {
			const start = afterNoun + 1 + opener.length + (text[afterNoun + 1 + opener.length] === '：' ? 1 : 0);
			yield { start, end: listEnd(text, start, start), source: 'after', attached: true };
		}
	}
	// A short name the text gives what it just listed: …宁夏内陆开放型经济试验区和银川综合保税区（以下简称“两区”）.
	const named = SHORT_NAME.exec(text.slice(Math.max(0, qStart - 8), qStart));
	if (named) {
		const end = qStart - named[0].length;
		const read: ClauseRead = {};
		const start = clauseStart(text, end, false, read);
		yield { start, end, source: 'before', ...(read.quoteInFirstItem ? { attached: false, exact: true } : { attached: true }) };
	}
	// The list a frame names as the formula's content: 以A、B和C为主要内容的政府管理创新“三级改革试点”.
	const content = contentFrame(text, qStart);
	if (content) yield { ...content, source: 'before', attached: true };
	// Right before: 建设“A、B、C、D”的“四新”目标; 党员、干部、人才“三支力量”
	if (text[qStart - 1] === '的' && text[qStart - 2] === '”') {
		const close = qStart - 2;
		const open = text.lastIndexOf('“', close);
		if (open >= 0 && close - open > 3) yield { start: open + 1, end: close, source: 'before', attached: true };
	} else if (qStart > 0 && !PUNCT.test(text[qStart - 1]!) && text[qEnd] !== '的' && (endsOrCounts(text, qStart, skipNoun(text, qEnd, 4)) || dashedBefore(text, qStart) || jointVerbAfter(text, qEnd) || placesNamed(text, qStart, name)) && !/(?:以及|及|和|与)$/.test(text.slice(Math.max(0, qStart - 2), qStart))) {
		// 积极整合党员、干部、人才“三支力量”，; 排查化解小纠纷、小隐患…等“五小”问题，: the formula sums up the list right
		// before it (maybe closed by 等) and ends the clause, or its noun takes a count (养老护理、应急救护“双持证”护理员8000人);
		// a verb may stand between (生产安全事故起数和死亡人数实现“双下降”).
		const verb = VERB_BEFORE_FORMULA.exec(text.slice(Math.max(0, qStart - 2), qStart))?.[0] ?? '';
		const closer = CLOSER_BEFORE.exec(text.slice(Math.max(0, qStart - 2), qStart))?.[0] ?? '';
		const end = closer ? qStart - closer.length : qStart - verb.length;
		// A list closed by 等 (等等) may give examples: fewer items than the count are no list one short (文化、科技、卫生等
		// “四下乡”活动); 这 closes a whole list.
		const etc = closer.startsWith('等');
		// (A list whose start was found past a quoted word in its first item is read only when it is exactly the count.)
		const read: ClauseRead = {};
		const start = clauseStart(text, end, false, read);
		yield { start, end, source: 'before', attached: false, etc, ...(read.quoteInFirstItem ? { exact: true } : {}) };
		// Items too long for a list read by position are read when they are exactly its count and the clause ends after the
		// formula's noun (…、黄河滩区迁建“三大工程”决胜战。).
		if (/[，。；]/.test(text[skipNoun(text, qEnd, 4)] ?? '')) yield { start, end, source: 'before', attached: false, exact: true, etc };
	} else if (qStart > 0 && !PUNCT.test(text[qStart - 1]!) && nameGoesOn(text, qEnd) && !/(?:以及|及|和|与)$/.test(text.slice(Math.max(0, qStart - 2), qStart))) {
		// 健全发布、解读、回应“三位一体”政务公开体系; …扶贫政策“五个不能减”的要求; 文化、科技、卫生“三下乡”和…: a list right
		// before a formula whose noun phrase goes on — exactly its count of items, never flagged.
		const end = qStart - (CLOSER_BEFORE.exec(text.slice(Math.max(0, qStart - 2), qStart))?.[0].length ?? 0);
		yield { start: clauseStart(text, end), end, source: 'before', attached: false, exact: true };
	}
	// Right after, in the same sentence (“三定四抓”工作法，定责任、…，抓素能提升、…) or the next one
	// (“六个一”运行机制。卫东区…建立一张…、一本…). Attached only through a comma or a full stop.
	if ((text[afterNoun] === '，' || text[afterNoun] === '。' || text[afterNoun] === '；') && !nearer) {
		const start = afterNoun + 1;
		let end = listEnd(text, start, start);
		if (text[afterNoun] !== '。' && end < text.length) end = listEnd(text, end + 1, start);
		// 坚持“四个全面”，我县“五个全面”推进有力：全面招商、…: a list after another quoted count and a colon is that one's.
		if (!quotedCountBeforeColon(text, start, end)) yield { start, end, source: 'after', attached: false, ...(afterNoun - qEnd > FORMULA_NOUN_MAX ? { wholeClause: true } : {}) };
	}
	// The formula written out further on, its items quoted in place of its count and the rest of its key after them
	// (“两型社会” … “资源节约型、环境友好型”社会): each item carries the key's first character where a key stands.
	if (keys.length === 1 && keys[0]!.length >= 3) {
		const written = writtenOut(text, qEnd, keys[0]!);
		if (written) yield { ...written, source: 'after', attached: true };
	}
	// Further on in its sentence or the next, the first list whose items open with the key (用“两个稳定”的好势头…。…经济
	// 运行稳定保持了良好发展态势、稳定保持了全省领跑势头): a key of two characters or more, the first item maybe after its
	// subject.
	if (keys.length === 1 && keys[0]!.length >= 2) {
		const keyed = keyedListAfter(text, qEnd, keys[0]!);
		if (keyed && !quotedCountBeforeColon(text, keyed.start, keyed.end)) yield { ...keyed, source: 'after', attached: false, keyed: true };
	}
}

/**
 * Whether a quoted name opening with a count (“五个全面”, “3+1”) stands in [start, end) before a colon there: the list the
 * colon opens is that name's.
 */
function quotedCountBeforeColon(text: string, start: number, end: number): boolean {
	let quoted = false;
	for (let k = start; k < end; k++) {
		const ch = text[k]!;
		if (ch === '：' || ch === ':') return quoted;
		if (ch === '“' && (COUNT_CHARS.has(text[k + 1] ?? '') || /[0-9]/.test(text[k + 1] ?? ''))) quoted = true;
	}
	return false;
}

/**
 * The first list after `from`, up to the end of the next sentence, whose items open with `key` — the first may hold it
 * after its subject: a 、-list, or ，-groups of one item each (稳定保持了…，稳定保持了…). Its span.
 */
function keyedListAfter(text: string, from: number, key: string): { start: number; end: number } | undefined {
	const first = sentenceEnd(text, from);
	const end = Math.min(first < text.length ? sentenceEnd(text, first + 1) : first, from + MAX_LIST_SPAN, text.length);
	const opens = (it: Item): boolean => it.text.replace(/[“”]/g, '').startsWith(key);
	const groups = splitGroups(text, from, end);
	for (let n = 0; n < groups.length; n++) {
		const g = groups[n]!;
		if (!g[0]!.text.includes(key)) continue;
		if (g.length >= 2) {
			if (g.slice(1).every(opens)) return { start: g[0]!.start, end: g[g.length - 1]!.end };
			continue;
		}
		// ，-groups of one item each, the ones after the first opening with the key.
		let m = n + 1;
		while (m < groups.length && groups[m]!.length === 1 && opens(groups[m]![0]!)) m++;
		if (m - n >= 2) return { start: g[0]!.start, end: groups[m - 1]![0]!.end };
	}
	return undefined;
}

/** A quoted list after `from` in its block, closed by the rest of `key` (“资源节约型、环境友好型”社会 for 型社会), its items carrying the key's first character at their start or end. */
function writtenOut(text: string, from: number, key: string): { start: number; end: number } | undefined {
	const noun = key.slice(1);
	const stop = Math.min(text.length, from + MAX_LIST_SPAN);
	work.formulas += stop - from;
	// One pass over the span, the last opening quote kept: no search back past `from`.
	let open = -1;
	for (let k = from; k < stop; k++) {
		if (text[k] === '“') open = k;
		if (text[k] !== '”' || open < 0 || !text.startsWith(noun, k + 1)) continue;
		const items = text.slice(open + 1, k).split('、');
		if (items.length >= 2 && items.every((it) => it.length > 1 && (it.startsWith(key[0]!) || it.endsWith(key[0]!)))) return { start: open + 1, end: k };
	}
	return undefined;
}

/**
 * 以…为（主要）内容的 and a few words right before the formula (以市级联动、区县放权和乡镇转型为主要内容的政府管理创新“三级改革试点”):
 * the span the frame names as the formula's content, in the formula's clause.
 */
function contentFrame(text: string, qStart: number): { start: number; end: number } | undefined {
	const m = CONTENT_FRAME.exec(text.slice(Math.max(0, qStart - 16), qStart));
	if (!m) return undefined;
	const end = qStart - m[0].length;
	const from = Math.max(0, end - 120);
	work.formulas += end - from;
	// The clause's first 以 opens the frame (an item may hold one: 以及).
	let s = end;
	while (s > from && !CLAUSE_OR_QUOTE_MARKS.has(codeAt(text, s - 1))) s--;
	const open = text.indexOf('以', s);
	return open >= 0 && open + 1 < end ? { start: open + 1, end } : undefined;
}
const CONTENT_FRAME = /为(?:主要|核心|基本)?内容的[\u4e00-\u9fff]{0,10}$/;

/** The most characters of the noun after a formula (运行机制, 工作法) before the comma of a list after it; more is a clause. */
const FORMULA_NOUN_MAX = 4;
/** A numeral in the noun after a formula (“两大工程”三年行动): a count of its own. */
const COUNT_IN_NOUN = /[0-9０-９一二两三四五六七八九十百千]/;

/**
 * Is the list `items` the whole clause that opens at `start` — nothing before its first item, its last ending the
 * clause — each item carrying `key` at its start or end and the last no longer than the longest other by more than
 * two characters (稳预期取得成效 holds the clause's predicate)?
 */
function wholeClauseList(text: string, start: number, items: readonly Item[], key: string): boolean {
	const last = items[items.length - 1]!;
	const longest = Math.max(...items.slice(0, -1).map((it) => it.text.length));
	const carries = items.every((it) => it.text.startsWith(key) || it.text.endsWith(key));
	return carries && items[0]!.start === start && (last.end >= text.length || CLAUSE_MARKS.has(codeAt(text, last.end))) && last.text.length <= longest + 2;
}

/** A verb between a list and the formula that sums it up: …起数和死亡人数实现“双下降”. */
const VERB_BEFORE_FORMULA = /(?:实现|保持|达到)$/;

/** An opening bracket and the words that give a short name: （以下简称“两区”）, （简称“三线”）. */
const SHORT_NAME = /[（(](?:以下简称|以下称|下称|简称)为?$/;

/**
 * Does the clause end after a formula and its noun (at `after`), or does the noun take a count — after a last item of
 * three characters or more (养老护理、应急救护“双持证”护理员8000人; not the verbs of 查处、拆解“三无”船舶151艘)?
 */
function endsOrCounts(text: string, qStart: number, after: number): boolean {
	const c = text[after] ?? '';
	if (/[，。；]/.test(c)) return true;
	if (!/[0-9０-９]/.test(c) || qStart < 4) return false;
	return /^[\u4e00-\u9fff]{3}$/.test(text.slice(qStart - 4, qStart - 1));
}

/** The longest item of a list right before a formula read only when it is exactly the count. */
const EXACT_ITEM_MAX = 16;

/** The most characters of a noun phrase after a formula (政务公开体系, 科技创新大格局) that a list right before it may go with. */
const NOUN_AFTER_MAX = 8;

/**
 * Does the formula's noun phrase go on past what endsOrCounts reads and then close its clause — a longer noun
 * (“三位一体”政务公开体系。), 的 and a noun (“五个不能减”的要求，), or a joiner and another thing it is done with
 * (“三下乡”和科教、文体…进社区活动)? The list right before it is then read only when it is exactly its count.
 */
function nameGoesOn(text: string, qEnd: number): boolean {
	if (/^(?:和|及|以及)/.test(text.slice(qEnd, qEnd + 2))) return true;
	const from = text[qEnd] === '的' ? qEnd + 1 : qEnd;
	const after = skipNoun(text, from, NOUN_AFTER_MAX + 1);
	const noun = text.slice(from, after);
	// …最低生活保障“三条保障线”水平和适当增加…: the noun phrase joined by 和 (及) to the next object goes on there.
	const joiner = /^[\u4e00-\u9fff]{1,4}?(?=以及|及|和)/.exec(noun);
	// …推动直接“三通”等方面: the formula is one item of a list closed by 等.
	return after > from && !noun.includes('等') && (joiner !== null || (after - from <= NOUN_AFTER_MAX && /[，。；]/.test(text[after] ?? '')));
}

/** Words that end no item of a list: a preposition or particle before the formula (…邮政储蓄银行为“三农”服务, 企业在“购销两旺”的…). */
const NO_ITEM_END = new CharSet('为在的对向是把将给与和及于从了');

/**
 * Items read only when exactly the count (nameGoesOn, long items) must look like names of things: no figure in them
 * (2019年度48个、总投资51.19亿元的“城市双修”项目) nor 的 (…和乡镇转型为重点的政府管理创新“三级改革试点”: a frame's words), none
 * after the first opening with the verb of a clause (…、迭代升级“四港”云平台), none ending in a preposition or particle.
 */
function nameLike(items: readonly Item[]): boolean {
	return items.every((it, n) => !/[0-9０-９的]/.test(it.text) && !NO_ITEM_END.has(it.text.charCodeAt(it.text.length - 1)) && (n === 0 || !isLead(it.text.slice(0, 2))));
}

/** A verb whose subject goes with the list it takes (A联合B、C、D; A会同…; A与…): the subject is one of the count. */
const LIST_TAKING_VERB = /联合|会同|连同|携同|(?<![参给])与|(?<![协共合相等认赞如陪])同(?![步时等类比期意样])/;
/** The formula's noun followed by 中的: a part of it is named (“四项行动”中的前三项; “六稳”任务中的五项). */
const PART_OF_AFTER = new RegExp(`^[\u4e00-\u9fff]{0,${FORMULA_NOUN_MAX}}?中的`);

/**
 * A list read only when exact that is the whole of what the quoted formula names, one item short of its count
 * (启动实施新科技成果、招商项目和就业劳务信息发布“四个窗口”建设; 健全发布、解读、回应“四位一体”政务公开体系): a 、-list of
 * three items or more (two are a pair, as A和B are: 采集、发布“三位一体” may leave out what the clause does not show)
 * that the quote closes, not ended by 等 or 这 (a list that may be partial), and no joined item that,
 * split, would make the count (城镇居民和职工医保、新农合“三保合一”: the 和 may part two items). A pair joined by 和 with
 * no 、 (A和B“三项评估”) may be the tail of a list the clause does not show: not read so. Nor when the formula is itself
 * an item of a list that goes on after it (决策听证、规范性文件“三统一”和行政裁量权基准制度: the list before is its
 * fellows', not its items). Nor when an item holds a verb that takes the list (市发展改革委联合财政、自然资源、住建“四部门”:
 * the subject before 联合 is the fourth), nor when the formula's noun is followed by 中的 (扩容、提质、增效“四项行动”中的前三项:
 * a part of it is named, the rest may be known).
 */
function wholeListShort(text: string, f: RawFormula, items: readonly Item[], fitted: readonly Item[], qStart: number, qEnd: number): boolean {
	const count = f.parts[0]?.count;
	if (!f.quoted || count === undefined || fitted.length !== count - 1 || fitted.length < 3 || items.length < 2) return false;
	if (!items.slice(1).every((it, n) => text[it.start - 1] === '、' && it.start > items[n]!.end)) return false;
	if (CLOSER_BEFORE.test(text.slice(Math.max(0, qStart - 2), qStart))) return false;
	if (/[和及与、]/.test(text[qEnd] ?? '') || text[skipNoun(text, qEnd, FORMULA_NOUN_MAX)] === '、') return false;
	if (items.some((it) => LIST_TAKING_VERB.test(it.text)) || PART_OF_AFTER.test(text.slice(qEnd, qEnd + FORMULA_NOUN_MAX + 2))) return false;
	// (An item with a quoted name of a count of its own may stand for that many: 推进“两区”建设、A、B“四大平台”.)
	if (quoteMakesUp(items, count)) return false;
	return items.flatMap((it) => splitLastJoiner([it]) ?? [it]).length < count;
}

/**
 * A verb right after the formula that its items do together, the formula its subject (投资、消费“双轮”驱动经济增长; “三区”
 * 联动): the words that end a formula's name (融合, 联动, 并举 …) and 驱动, 并进.
 */
function jointVerbAfter(text: string, qEnd: number): boolean {
	return JOINT_VERBS.some((v) => text.startsWith(v, qEnd));
}
const JOINT_VERBS = [...FORMULA_SUFFIXES, '驱动', '并进', '并行'];

/**
 * Names joined by dashes right before the formula (巫山―奉节―巫溪“金三角”旅游经济): a set of places the formula names,
 * whatever follows it. Each name two to six characters, at least three of them (two are a route's ends: 兰州—西宁), no
 * 、 among them.
 */
function dashedBefore(text: string, qStart: number): boolean {
	let names = 0;
	let length = 0;
	work.formulas += 48;
	for (let k = qStart - 1; k >= 0 && qStart - k <= 48; k--) {
		const ch = text[k]!;
		if (ch === '—' || ch === '―' || ch === '－') {
			if (length < 2 || length > 6) return false;
			names++;
			length = 0;
		} else if (isCjk(text.charCodeAt(k))) length++;
		else break;
	}
	return names >= 2 && length >= 2;
}

/** The end of the first ，-group of a gloss that holds a list, when the groups after it do not carry the key where it stands. */
function firstListEnd(text: string, start: number, end: number, key: string): number {
	const groups = splitGroups(text, start, end);
	if (groups.length < 2 || groups[0]!.length < 2) return end;
	const carries = (g: readonly Item[]): boolean => g.some((it) => it.text.startsWith(key) || it.text.endsWith(key));
	if (groups.slice(1).some(carries)) return end;
	const first = groups[0]!;
	return first[first.length - 1]!.end;
}

/**
 * The end of the first ，-group in [start, end) when it is a 、-list of exactly `count` items and every group after it is one
 * phrase that does not carry `key`; else -1.
 */
function firstGroupMakes(text: string, start: number, end: number, count: number, key: string | undefined): number {
	const groups = splitGroups(text, start, end);
	if (groups.length < 2 || groups[0]!.length !== count) return -1;
	for (const g of groups.slice(1)) if (g.length !== 1 || (key !== undefined && g[0]!.text.includes(key))) return -1;
	return groups[0]![count - 1]!.end;
}

/**
 * Does a list found by position share an item with the canonical wording of a well-known formula — or carry its `key`
 * — when the formula has one?
 */
function canonicalAllows(name: string, items: readonly Item[], key?: string): boolean {
	const entry = lookupGlossary(name);
	// (A name local documents use for other items too — the glossary's variants, 三大工程 — holds a list by position as
	// any formula does.)
	if (!entry || entry.ordinal || entry.variants || entry.items.length === 0) return true;
	if (key && key.length >= 2 && items.some((it) => it.text.includes(key))) return true;
	const keys = itemKeys(entry);
	return items.some((it) => keys.some((k) => k.some((x) => x.length > 0 && it.text.includes(x))));
}

/**
 * A list before the formula (党员、干部、人才“三支力量”): the clause's first list, its items short; not the partners of
 * a 与 (推进与活力街区、产业社区“三区融合”: the first of the three is the subject, named elsewhere).
 */
function beforeList(text: string, start: number, end: number, count: number | undefined, name = '', maxItem = 10): Item[] | undefined {
	if (start < 0) return undefined;
	// 杭甬“双城记”: places by their abbreviations before a formula that names places.
	if (count !== undefined && NAMES_PLACES.test(name)) {
		const places = placesBefore(text, end, count);
		if (places) return places;
	}
	const groups = splitGroups(text, start, end);
	if (groups.length !== 1) return undefined;
	// 国内国际“双循环”: words side by side that share a character, exactly the count of them.
	const side = count !== undefined && groups[0]!.length === 1 ? sideBySide(text, end, count) : undefined;
	if (side) return side;
	// 能源消费总量和强度“双控”: two words joined by 和 for a formula of two.
	const two = groups[0]!.length === 1 && count === 2 ? twoJoined(groups[0]!) : undefined;
	if (two) {
		const items = [stripLead(two[0]!), two[1]!];
		return items.every((it) => it.text.length >= 2 && it.text.length <= 10) && !endsWithVerb(items[1]!.text) ? items : undefined;
	}
	// 起数和死亡人数“三下降”: two joined by 和 right before a change of three are the indicators that fell, one short (as
	// 起数、死亡人数和经济损失“三下降” names three); see pairOfThree for counts of kinds.
	const pair = groups[0]!.length === 1 && count === 3 && CHANGE_OF_THREE.test(name) && (text.startsWith(name, end) || text.startsWith(`“${name}”`, end)) ? twoJoined(groups[0]!) : undefined;
	if (pair && text.slice(pair[0]!.end, pair[1]!.start) === '和') {
		// The clause's aim before the first (力争…, 确保…) is no part of it.
		const lead = stripLead(pair[0]!);
		const aim = AIM_OPENING.exec(lead.text)?.[0].length ?? 0;
		const items = [aim > 0 ? { start: lead.start + aim, end: lead.end, text: lead.text.slice(aim) } : lead, pair[1]!];
		// Not after a verb (…和死亡人数实现“三下降”: the pair is its subject), nor halves that qualify it (今年和明年); both halves
		// are measured indicators (起数, 死亡人数, 能耗), not actions, places, actors or qualities (节能和减排, 城市和农村, 质量和效益).
		if (items.every((it) => it.text.length >= 2 && it.text.length <= 10 && !PAIR_QUALIFIER.test(it.text) && MEASURED_HEAD.test(it.text)) && !endsWithVerb(items[1]!.text) && !verbBefore(items[1]!.text)) return items;
		return undefined;
	}
	if (groups[0]!.length < 2) return undefined;
	const first = groups[0]![0]!;
	const others = groups[0]!.slice(1);
	const stripped = fromSharedOpening(stripLead(first), others);
	if (/[与同跟]$/.test(first.text.slice(0, stripped.start - first.start))) return undefined;
	// 确保省市重点项目的数量、规模、质量“三提升”: the first item starts after the 的 that closes what it belongs to.
	const longest = Math.max(...others.map((x) => x.text.length));
	const de = stripped.text.lastIndexOf('的');
	const head = de >= 0 && stripped.text.length - de - 1 <= longest + 2 && stripped.text.length - de - 1 >= 1 ? { start: stripped.start + de + 1, end: stripped.end, text: stripped.text.slice(de + 1) } : stripped;
	const items = [head, ...others];
	// A last item of two joined by 和 is as long as its halves (新科技成果、招商项目和就业劳务信息发布“三个窗口”): each
	// half short, the first not ending in a verb (巩固和发展…).
	const last = items[items.length - 1]!;
	const halves = last.text.length > 10 ? splitLastJoiner([last]) : undefined;
	// A quoted word inside an item (“平急两用”公共基础设施建设) is one name: it counts as one character.
	const short = (it: Item): boolean => it.text.replace(INNER_QUOTED, '“').length <= maxItem;
	const lastFits = short(last) || (halves !== undefined && halves.every((h) => short(h) && h.text.length >= 2) && !endsWithVerb(halves[0]!.text));
	// …、成果共享等区域合作“三项倡议”: words after 等 are the list's noun, the last item is no item.
	const etcAt = last.text.indexOf('等');
	if (etcAt >= 0 && etcAt < last.text.length - 1) return undefined;
	if (!items.slice(0, -1).every(short) || !lastFits || lastTakesCount(last.text, items.slice(0, -1).map((it) => it.text))) return undefined;
	// 各市、县（区）上半年公布“两个清单”: a time in the last item makes the list a clause's subject, not the formula's items.
	if (CLAUSE_TIME.test(last.text)) return undefined;
	return items;
}

/** The head of a measured indicator: a count, an amount, a rate, a consumption (起数, 死亡人数, 经济损失, 能耗, 发生率). */
const MEASURED_HEAD = /(?:数|量|率|额|耗|损失|面积|产量|收入|排放)$/;

/** A formula of three changes the same way (三下降, 三提升, 3增长). */
const CHANGE_OF_THREE = /^(?:三|3)(?:下降|降低|减少|提升|提高|上升|增长|增加)$/;

/** A list after the formula (“六个一”运行机制。卫东区…建立一张…、一本…): the first list there, its items carrying the key where it stands. */
function afterList(text: string, start: number, end: number, key: string): Item[] | undefined {
	const groups = splitGroups(text, start, end);
	const found = groups.find((g) => g.length >= 2);
	if (!found) return undefined;
	// A list ends with its sentence (…新增旅居人口100万。持续优化格局: the last item is 新增旅居人口100万).
	const first = endsWithSentence(found);
	if (first.length < 2) return undefined;
	// The first item without the clause's verb and subject, but not past its key (协调推进全面建设… of 四个全面).
	const lead = stripLead(first[0]!);
	const k = first[0]!.text.lastIndexOf(key);
	const head = lead.text.includes(key) || k < 0 ? fromSharedOpening(lead, first.slice(1)) : { start: first[0]!.start + k, end: first[0]!.end, text: first[0]!.text.slice(k) };
	const items = [head, ...first.slice(1)];
	const at = (it: Item): boolean => it.text.replace(/[“”]/g, '').startsWith(key) || it.text.replace(/[“”]/g, '').endsWith(key) || first[0] === it;
	// The first item may carry the key after the clause's verb and subject (卫东区组织…建立一张…).
	return items.slice(1).every(at) && first[0]!.text.includes(key) ? items : undefined;
}

/** The items of a group up to the one a sentence's end (。！？) closes, that one cut there. */
function endsWithSentence(items: readonly Item[]): readonly Item[] {
	for (let n = 0; n < items.length; n++) {
		const it = items[n]!;
		const stop = it.text.search(/[。！？]/);
		if (stop < 0) continue;
		return stop > 0 ? [...items.slice(0, n), { start: it.start, end: it.start + stop, text: it.text.slice(0, stop) }] : items.slice(0, n);
	}
	return items;
}

/**
 * Does a group carry its part's key: every item, the first (抓素能提升、对标创建), or the last once for all
 * (突发事件、矛盾纠纷及居民所急必到)? One item: when it holds the key.
 */
function groupCarries(items: readonly Item[], key: string): boolean {
	if (items.length === 1) return items[0]!.text.includes(key);
	if (items.every((it) => it.text.includes(key))) return true;
	if (key.length >= 2 && items[items.length - 1]!.text.endsWith(key)) return true;
	return items[0]!.text.startsWith(key) || stripLead(items[0]!).text.startsWith(key);
}

/** The groups right after the formula, one per part, each carrying its part's key (定责任、…，抓素能提升、…). */
function leadingKeyGroups(text: string, start: number, end: number, parts: readonly RawPart[]): { start: number; end: number } | undefined {
	const groups = splitGroups(text, start, end);
	if (groups.length < parts.length) return undefined;
	const run = groups.slice(0, parts.length);
	if (!run.every((gr, n) => parts[n]!.key !== undefined && groupCarries(gr, parts[n]!.key)) || run.every((gr) => gr.length < 2)) return undefined;
	const last = run[run.length - 1]!;
	return { start: run[0]![0]!.start, end: last[last.length - 1]!.end };
}

function resolve(f: RawFormula, text: string, qStart: number, qEnd: number, gloss?: { start: number; end: number; others?: readonly string[]; entry?: boolean }): void {
	const keys = f.parts.flatMap((p) => (p.key ? [p.key] : []));
	// Points read after the formula's sentence that run to the paragraph's end, short of its count (they may go on).
	let runOn = false;
	for (const c of candidates(text, qStart, qEnd, f.text, gloss, keys)) {
		if (c.end <= c.start) continue;
		// “双千”活动：“千名干部进千企、优化环境促发展”活动的简称: a gloss that gives the full name lists no items.
		if (c.source === 'gloss' && SHORT_FOR.test(text.slice(c.start, c.end))) return;
		if (f.kind === 'code') {
			if (resolveCode(f, text, c)) return;
			continue;
		}
		const parts = f.parts.map((p) => ({ ...p, items: [] as Item[] }));
		let read: { parts: RawPart[]; reliable: boolean; etc: boolean[] } | undefined;
		if (c.source === 'before' && !c.attached && parts.length > 1) {
			const filled = keyedSegmentsBefore(text, c.start, c.end, parts);
			if (!filled) continue;
			read = { parts: filled, reliable: true, etc: filled.map(() => false) };
		} else if (c.source === 'before' && !c.attached) {
			// A list read only when exact may have longer items (各族青少年交流、…、旅游促进各民族交往交流交融“三项计划”).
			const items = beforeList(text, c.start, c.end, parts[0]?.count, f.text, c.exact ? EXACT_ITEM_MAX : 10);
			if (!items || parts.length !== 1) continue;
			const fitted = fitJoiner(items, parts[0]!.count);
			if (c.exact && ((fitted.length !== parts[0]!.count && !wholeListShort(text, f, items, fitted, qStart, qEnd)) || !nameLike(fitted))) continue;
			// Places (对标北京、上海、深圳“三个一流”营商环境; 学习上海、浙江、江苏“三个率先”的经验) are whose formula it is, not its
			// items — unless it names places (双城记, 三地).
			if (!NAMES_PLACES.test(f.text) && fitted.filter((it) => endsWithPlaceName(it.text)).length >= 2) continue;
			// …国库集中支付和收支“两条线”: a formula of two glued to the last of two joined items heads that item, not the
			// list — unless the items, joined ones counted apart, are exactly its count (党员、干部和人才“三支力量”). A count of
			// three or more after three 、-items or more counts the whole list, its joined items apart, as a list is read
			// anywhere: 流调、隔离、检测、保障和应急“六种能力” is five, one short.
			// So is a list of three written A、B和C — the 、 and the 和 of a list, as the unquoted count reads it (…和C四项制度) —
			// before a count of four or more: three whichever way its 和 is read, never the count. Only when the formula counts
			// things by a measure (“四个窗口”, “四项制度”: not 农村“四好公路”, 乡镇“四所合一”, 背街小巷“四化”, whose key is
			// its own items', nor 基层“四个一”, whose items are 一-things), every item is a phrase (交通、水利和农村: bare words
			// that may be what the formula serves) and the half the quote is glued to is no shorter than the shorter other
			// (部门预算管理、国库集中支付和收支“两条线”, 老旧小区改造、城中村改造和背街小巷“四项整治”: a word it qualifies); nor
			// when a part of it is named after it (…“四个平台”中的三个: the rest may be known), as wholeListShort reads it.
			const joined = splitLastJoiner(items);
			const count = parts[0]!.count;
			const threeWritten = joined !== undefined && items.length === 2 && joined.length === 3 && count !== undefined && count > 3 && countsByMeasure(f.text) && joined.every((it) => it.text.length >= PHRASE_ITEM_MIN) && joined[2]!.text.length >= Math.min(joined[0]!.text.length, joined[1]!.text.length) && !PART_OF_AFTER.test(text.slice(qEnd, qEnd + FORMULA_NOUN_MAX + 2));
			if (joined && joined.length !== count && (count === undefined || count < 3 || items.length < 3) && !threeWritten) continue;
			// A list found by position is this formula's only when it is within one item of the count.
			if (parts[0]!.count !== undefined && Math.abs(fitted.length - parts[0]!.count) > 1) continue;
			// A well-known formula takes items by position only when one of them shares its key or canonical wording, however
			// many: 严控一般性支出、压减“三公”经费 and 农村承包地“三权分置” (the last item's verb or noun takes the formula), and
			// 聚焦产业振兴、人才振兴、文化振兴“四个不摘”要求 (a list of its own, named before the formula it serves) are no lists
			// of it.
			if (!canonicalAllows(f.text, fitted, parts[0]!.key)) continue;
			read = { parts: [{ ...parts[0]!, items: fitted }], reliable: true, etc: [c.etc === true] };
		} else if (c.source === 'after' && !c.attached) {
			if (parts.length === 1) {
				const key = parts[0]!.key;
				// 今年要继续办好“十件民生实事”。（1）…（2）…: points numbered right after the sentence the formula and its noun
				// close are its items, whatever they name (as after an unquoted counted noun: see colonNoun) — not a formula of the
				// glossary's, which has its own (坚持“两个毫不动摇”。一是…: the text's points), and only a count with its measure word
				// (件, 个, 大: a number of things); a count without one is a grade or a title (获评“三星级”文明单位。一是…, 获评“十佳”
				// 旅游城市。一是…: the points are what earned it, not its items).
				// Nor when the noun after it holds a count of its own (实施“两大工程”三年行动。一是…: the points are the action's).
				const closing = parts[0]!.measured === true && c.start - 1 - qEnd <= FORMULA_NOUN_MAX && !COUNT_IN_NOUN.test(text.slice(qEnd, c.start - 1)) && (text[c.start - 1] === '。' || text[c.start - 1] === '；') && opensPoints(text, c.start) && lookupGlossary(f.text) === undefined;
				const points = closing ? numberedSeries(text, c.start, text.length) : undefined;
				// 城市建设实现“六个明显提升”。一是中心城区的辐射带动力明显提升。…二是…: numbered items after it, each carrying its key.
				// The clause after the comma may close with a colon before them (坚持好“四个导向”，确保…更富有成效：一是…).
				const series = points ?? (key && key.length >= 2 ? (numberedSeries(text, c.start, text.length) ?? numberedSeries(text, colonClosing(text, c.start) + 1, text.length)) : undefined);
				if (series && (points !== undefined || series.items.every((it) => it.text.includes(key!)))) {
					read = { parts: [{ ...parts[0]!, items: series.items }], reliable: !cutShort(series, parts[0]!.count), etc: [false] };
					runOn = points !== undefined && series.items.length < (parts[0]!.count ?? 0) && pointsEndBlock(text, series.items[series.items.length - 1]!.end, text.length - countEndChars(text, BLANK));
				} else if (c.keyed) {
					// Its items open with the key (see keyedListAfter): read where they stand.
					const r = readPart(text, c.start, c.end, parts[0]!, f.text);
					if (parts[0]!.count !== undefined && Math.abs(r.items.length - parts[0]!.count) > 1) continue;
					if (!canonicalAllows(f.text, r.items, key)) continue;
					read = { parts: [{ ...parts[0]!, items: r.items }], reliable: r.reliable, etc: [r.etc] };
				} else {
					const items = key ? afterList(text, c.start, c.end, key) : undefined;
					if (!items || (c.wholeClause && !wholeClauseList(text, c.start, items, key!))) continue;
					const r = readPart(text, items[0]!.start, items[items.length - 1]!.end, parts[0]!, f.text);
					if (parts[0]!.count !== undefined && Math.abs(r.items.length - parts[0]!.count) > 1) continue;
					if (!canonicalAllows(f.text, r.items)) continue;
					read = { parts: [{ ...parts[0]!, items: r.items }], reliable: true, etc: [r.etc] };
				}
			} else {
				const run = leadingKeyGroups(text, c.start, c.end, parts);
				if (!run) continue;
				read = readParts(text, run.start, run.end, parts, f.text);
			}
		} else if (parts.length === 1) {
			let r = readPart(text, c.start, c.end, parts[0]!, f.text);
			// “四好农村路”，即建好、管好、护好、运营好农村公路，新改建320公里: a 、-list that makes the count, then ，-clauses of
			// one phrase each without the key — the sentence going on, not more items.
			const listed = parts[0]!.count !== undefined && r.items.length > parts[0]!.count ? firstGroupMakes(text, c.start, c.end, parts[0]!.count, parts[0]!.key) : -1;
			if (listed > 0) r = readPart(text, c.start, listed, parts[0]!, f.text);
			// One phrase is no list (“双高校”：中国特色高水平高职院校 — the key 高校 is not in it); one that carries the key as an
			// item does is a list of one (“双创”：指大众创业; “双百”：…即，在域外聘请100名各界人士任驻外信息员 — a numeral key
			// in figures).
			const key = parts[0]!.key;
			const single = r.items[0];
			if (r.items.length < 2 && (parts[0]!.count ?? 0) >= 2 && !(key && single && single.text.length <= 20 && keyForms(key).some((k) => single.text.includes(k)))) continue;
			read = { parts: [{ ...parts[0]!, items: r.items }], reliable: r.reliable, etc: [r.etc] };
		} else {
			const heads = partHeads(text, c.start, c.end, parts, undefined);
			if (heads) {
				const etc: boolean[] = [];
				const filled = parts.map((p, n) => {
					const r = readPart(text, heads[n]!.from, heads[n + 1]?.head ?? c.end, p, f.text);
					etc.push(r.etc);
					return { ...p, items: r.items };
				});
				read = { parts: filled, reliable: true, etc };
			} else {
				// 以A、B为两条横轴，以C、D、E为三条纵轴: each part's items before its count and key.
				const tails = partTails(text, listStart(text, c.start, c.end, f.text), c.end, parts);
				if (tails) {
					const etc: boolean[] = [];
					const filled = parts.map((p, n) => {
						const r = readPart(text, tails[n]!.start, tails[n]!.end, p, '');
						etc.push(r.etc);
						return { ...p, items: r.items };
					});
					read = { parts: filled, reliable: true, etc };
				} else read = readParts(text, c.start, c.end, parts, f.text);
			}
		}
		if (!read || read.parts.every((p) => p.items.length === 0)) continue;
		// A glossary entry defines its term: its gloss names every item, and a 等 there closes the list (乱占、乱采、乱堆、乱建等
		// 违法违规行为; …城中村等六个方面) rather than giving examples, as it may in running text.
		if (c.source === 'gloss' && gloss?.entry === true) read = { ...read, etc: read.etc.map(() => false) };
		const noun = c.source === 'gloss' || c.source === 'brackets' ? nounAfter(text, qEnd) : '';
		f.parts = read.parts.map((p) => ({ ...p, items: withoutFormulaNoun(p.items, noun) }));
		const items = read.parts.flatMap((p) => p.items);
		f.expansion = c.source === 'brackets' || c.source === 'gloss' ? { start: c.start, end: c.end, source: c.source } : { start: Math.min(items[0]!.start, c.start), end: Math.max(items[items.length - 1]!.end, c.start), source: c.source };
		judgeParts(f, read.reliable, read.etc, text);
		if (runOn && f.verdict === 'mismatch') f.pointsRunOn = true;
		return;
	}
	keyedBefore(f, text, qStart);
	if (f.verdict === 'unexpanded') pairOfResults(f, text, qStart);
	if (f.verdict === 'unexpanded') leadGroupsBefore(f, text, qStart);
	if (f.verdict === 'unexpanded') canonicalRunBefore(f, text, qStart);
	if (f.verdict === 'unexpanded') numeralVariantRunBefore(f, text, qStart);
	if (f.verdict === 'unexpanded') canonicalListBefore(f, text, qStart);
	if (f.verdict === 'unexpanded') canonicalOpenings(f, text, qEnd);
}

/** The longest clause after a formula's comma that a colon closes before the items numbered after it. */
const COLON_CLAUSE_MAX = 40;

/** The colon that closes the clause opening at `from` (…，确保各项工作更富有成效：), within COLON_CLAUSE_MAX characters, or -2. */
function colonClosing(text: string, from: number): number {
	let k = from;
	while (k < text.length && k - from < COLON_CLAUSE_MAX && !/[，。；：！？]/.test(text[k]!)) k++;
	work.formulas += k - from;
	if (text[k] !== '：') return -2;
	// A clause that announces a list of its own (重点抓好三项工作：, 重点抓好以下工作：, 主要措施：, 下一步：): the items are its.
	const clause = text.slice(from, k);
	return OWN_COUNT.test(clause) || OWN_ANNOUNCE.test(clause) ? -2 : k;
}
/** A counted noun of the clause itself (三项工作, 4个方面, 十大任务). */
const OWN_COUNT = /(?:^|[^每第])[0-9一二两三四五六七八九十][个项条类种方件大点]/;
/** Words that announce the list after the colon: 以下, 如下, or a clause closing on measures or a next step. */
const OWN_ANNOUNCE = /以下|如下|(?:措施|举措|下一步)$/;

/** What closes a list right before the formula that sums it up: 等, or a demonstrative (…、不想腐这“三不腐”, …这些“新三样”). */
const CLOSER_BEFORE = /(?:等等|等|这些|这)$/;

/** How many characters an item of a list in an earlier sentence may hold beside its key (光伏 → 光伏板; not 光伏产业). */
const BESIDE_KEY_MAX = 1;

/** An item that is its key and little more, or its canonical item; `last`: the canonical item may open it. */
function littleMoreThanKey(item: string, key: string, canonical: string, last: boolean): boolean {
	return item.length <= key.length + BESIDE_KEY_MAX || item === canonical || (last && item.startsWith(canonical));
}

/** How far before a well-known formula its block is read for a list of its canonical items. */
const CANONICAL_BEFORE_SPAN = 400;
const A_SENTENCE_END = /[。！？]/;

/**
 * A well-known formula (the glossary's, with keys) after a list of its canonical items earlier in its block, whatever
 * stands between or follows (新能源汽车、锂电池、光伏产品等“新三样”出口额增长…; 提高一体推进不敢腐、不能腐、不想腐能力和水平。…
 * 推动“三不腐”同时发力): the nearest list of exactly its count, each item holding another key. Resolved, never flagged.
 */
function canonicalListBefore(f: RawFormula, text: string, at: number): void {
	const keys = canonicalKeys(f);
	if (!keys) return;
	const from = Math.max(0, at - CANONICAL_BEFORE_SPAN);
	const groups = splitGroups(text, from, at);
	// The formula's own sentence opens after this (read back once): a list before it stands in an earlier sentence.
	let sentence = at;
	while (sentence > from && !SENTENCE_END.has(text.charCodeAt(sentence - 1))) sentence--;
	work.formulas += at - sentence;
	const canonical = lookupGlossary(f.text)!.items;
	for (let g = groups.length - 1; g >= 0; g--) {
		// Items separated by 、 (a pair joined by 和 may be one thing's two sides: 减轻作业和校外培训双减政策).
		const items = groups[g]!;
		// A list stands in one sentence: only its first item may open after a sentence's end, and its last close before one.
		if (items.length !== keys.length || items.slice(1, -1).some((it) => A_SENTENCE_END.test(it.text))) continue;
		const used = keys.map(() => false);
		const matched: { n: number; key: string }[] = [];
		const fits = items.every((it) => {
			const n = keys.findIndex((alts, i) => !used[i] && alts.some((x) => x.length > 0 && it.text.includes(x)));
			if (n >= 0) {
				used[n] = true;
				matched.push({ n, key: keys[n]!.find((x) => x.length > 0 && it.text.includes(x))! });
			}
			return n >= 0;
		});
		if (!fits) continue;
		// The first item from its sentence's start, without the clause's verb; the last without 等.
		const first = items[0]!;
		const stop = lastOf(first.text, '。！？');
		const opened = stripLead(stop >= 0 ? { start: first.start + stop + 1, end: first.end, text: first.text.slice(stop + 1) } : first);
		const whole = items[items.length - 1]!;
		const cut = whole.text.search(A_SENTENCE_END);
		const last = cut > 0 ? { start: whole.start, end: whole.start + cut, text: whole.text.slice(0, cut) } : whole;
		// …不想腐等, …光伏产品这: the last item without 等 or 这 before the formula.
		const closer = CLOSER_BEFORE.exec(last.text)?.[0].length ?? 0;
		const closed = closer > 0 && last.text.length > closer ? { start: last.start, end: last.end - closer, text: last.text.slice(0, -closer) } : last;
		const read = items.map((it, n) => (n === 0 ? opened : n === items.length - 1 ? closed : it));
		// In an earlier sentence (推进文化、科技、卫生事业协调发展。组织开展“三下乡”活动; 加快发展新能源汽车、锂电池、光伏产业，…。
		// “新三样”出口…), a list names the formula's items only when each is little more than its key, or its canonical item
		// — the last one may carry the list's head after it (不敢腐、不能腐、不想腐能力和水平).
		if (closed.end <= sentence && !read.every((it, k) => littleMoreThanKey(it.text, matched[k]!.key, canonical[matched[k]!.n]!, k === read.length - 1))) continue;
		f.parts = [{ ...f.parts[0]!, items: read }];
		f.expansion = { start: read[0]!.start, end: read[read.length - 1]!.end, source: 'before' };
		f.verdict = 'ok';
		return;
	}
}

/**
 * A well-known formula (the glossary's, with keys) right after its canonical items written side by side without
 * separators, each by its key (文化科技卫生“三下乡”, 经济政治文化社会生态五位一体): every key once, in any order, and
 * nothing of them left over. Resolved, never flagged. Reads back at most the keys' length.
 */
function canonicalRunBefore(f: RawFormula, text: string, at: number): void {
	const keys = canonicalKeys(f);
	const found = keys ? keyRunBefore(keys, text, at) : undefined;
	if (!found) return;
	f.parts = [{ ...f.parts[0]!, items: found }];
	f.expansion = { start: found[0]!.start, end: found[found.length - 1]!.end, source: 'before' };
	f.verdict = 'ok';
}

/** The run of `keys` right before `at`, every key once in any order (文化科技卫生 before “三下乡”), or undefined. */
function keyRunBefore(keys: readonly (readonly string[])[], text: string, at: number): Item[] | undefined {
	const found: Item[] = [];
	const used = keys.map(() => false);
	let e = at;
	while (found.length < keys.length) {
		let hit: { n: number; x: string } | undefined;
		for (let n = 0; n < keys.length && !hit; n++) {
			if (used[n]) continue;
			const x = keys[n]!.find((alt) => alt.length > 0 && e >= alt.length && text.startsWith(alt, e - alt.length));
			if (x) hit = { n, x };
		}
		work.formulas += keys.length;
		if (!hit) return undefined;
		used[hit.n] = true;
		e -= hit.x.length;
		found.unshift({ start: e, end: e + hit.x.length, text: hit.x });
	}
	return found;
}

/** Words that define a noun the text names next (扩展为“四下乡”, 即“四下乡”), and how far back one is looked for. */
const DEFINES = ['扩展为', '拓展为', '扩大为', '调整为', '升级为', '即'];
const DEFINITION_LOOKBACK = 400;

/** A name with its count masked (三下乡 → #下乡). */
const maskCount = (name: string): string => name.replace(/[一二两三四五六七八九十]/, '#');

/**
 * The glossary's formulas of one part and keys by their name with the count masked, for the same noun written with
 * another count (四下乡 of 三下乡). Only nouns of two characters or more after the count (下乡, 不腐; not 新 of 两新,
 * 四新), and none that two entries share (两个务必, 三个务必).
 */
const BY_MASKED_NAME = new Map<string, GlossaryEntry | undefined>();
for (const e of builtinGlossary) {
	const masked = maskCount(e.name);
	if (masked === e.name || masked.length < 3 || !e.keys || e.ordinal) continue;
	BY_MASKED_NAME.set(masked, BY_MASKED_NAME.has(masked) ? undefined : e);
}

/**
 * A well-known formula's noun with another count than the glossary's, right after the glossary's items written side by
 * side, each by its key, that open their list (深入开展文化科技卫生“四下乡”活动: three listed, four promised): judged. Not
 * when anything but a lead verb or a clause mark stands before the run (法律文化科技卫生“四下乡”: the reading stops
 * short of 法律), nor a name the glossary knows as it is written.
 */
function numeralVariantRunBefore(f: RawFormula, text: string, at: number): void {
	const count = f.parts[0]?.count;
	if (f.kind !== 'cjk' || f.parts.length !== 1 || count === undefined || lookupGlossary(f.text)) return;
	const entry = BY_MASKED_NAME.get(maskCount(f.text));
	if (!entry || entry.items.length === count) return;
	// The glossary's items written exactly, each as it gives them (文化科技卫生 of 文化下乡、科技下乡、卫生下乡), not by keys
	// that a local variant shares (汽车锂电池光伏“新四样”; 组织覆盖工作覆盖“三个覆盖”: another set, not one short).
	const keys = itemKeys({ name: entry.name, items: entry.items, explanation: entry.explanation, source: entry.source });
	// Or separated by 、 (深入开展文化、科技、卫生“四下乡”和…): the clause's whole list, each item little more than its key.
	const found = keyRunBefore(keys, text, at) ?? keyListBefore(keys, entry.items, text, at);
	if (!found) return;
	const s = found[0]!.start;
	if (!(s === 0 || /[，。；：]/.test(text[s - 1]!) || isLead(text.slice(Math.max(0, s - 2), s)))) return;
	// The text defined its own noun before (将法律服务纳入“三下乡”，扩展为“四下乡”): its count is the text's, not the glossary's.
	const from = Math.max(0, s - DEFINITION_LOOKBACK);
	work.formulas += s - from;
	const before = text.slice(from, s);
	if (DEFINES.some((w) => before.includes(`${w}“${f.text}”`))) return;
	f.parts = [{ ...f.parts[0]!, items: found }];
	f.expansion = { start: s, end: found[found.length - 1]!.end, source: 'before' };
	f.verdict = Math.abs(found.length - count) === 1 ? 'mismatch' : 'uncertain';
}

/**
 * The glossary's items as the whole 、-list of the clause right before `at` (文化、科技、卫生 before “四下乡”), each little
 * more than its key (see littleMoreThanKey), every key once, in any order; the first without the clause's verb. Not a list
 * closed by 等 or 这 (it may give examples), nor one with an item that holds no key or more than its key (法律文化、…:
 * the text's own list). Undefined when any of this fails.
 */
function keyListBefore(keys: readonly (readonly string[])[], canonical: readonly string[], text: string, at: number): Item[] | undefined {
	if (CLOSER_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return undefined;
	const s = clauseStart(text, at);
	if (s < 0) return undefined;
	const groups = splitGroups(text, s, at);
	if (groups.length !== 1 || groups[0]!.length !== keys.length) return undefined;
	const items = [stripLead(groups[0]![0]!), ...groups[0]!.slice(1)];
	const used = keys.map(() => false);
	for (const it of items) {
		const n = keys.findIndex((alts, i) => !used[i] && alts.some((x) => x.length > 0 && it.text.includes(x) && littleMoreThanKey(it.text, x, canonical[i]!, false)));
		if (n < 0) return undefined;
		used[n] = true;
	}
	return items;
}

/** What identifies each item of the well-known formula `f` names (the glossary's, with keys, one part of as many items), or undefined. */
function canonicalKeys(f: RawFormula): string[][] | undefined {
	if (f.kind !== 'cjk' || f.parts.length !== 1) return undefined;
	const entry = lookupGlossary(f.text);
	if (!entry?.keys || entry.ordinal || entry.items.length !== f.parts[0]!.count) return undefined;
	return itemKeys(entry);
}

/** How far after a well-known formula its paragraph is read for the openings that name its canonical items. */
const CANONICAL_SPAN = 3000;
/** The longest opening clause that names one of them. */
const OPENING_MAX = 30;

/**
 * A well-known formula (the glossary's, with keys) whose paragraph then takes its canonical items in turn, each named in
 * the first clause of a sentence, of a ；-clause or of the clause right after the formula (三大攻坚战如期推进。脱贫攻坚取得
 * 决定性成就，…。污染防治成效明显，…。风险防控扎实有效，…; 全力打好三大攻坚战，打好金融风险防范攻坚战，…；打好精准脱贫
 * 攻坚战，…): those clauses, every item found, each in a clause of its own, within its block. Resolved, never flagged.
 */
function canonicalOpenings(f: RawFormula, text: string, qEnd: number): void {
	const keys = canonicalKeys(f);
	if (!keys) return;
	const found: (Item | undefined)[] = keys.map(() => undefined);
	let left = keys.length;
	const end = Math.min(text.length, qEnd + CANONICAL_SPAN);
	// The rest of the formula's own sentence (or ；-clause) after its comma, clause by clause and 、-item by 、-item (启动
	// “三大工程”建设，梳理上报7个保障性住房先导项目、62个“平急两用”公共基础设施首批项目，梳理22个城中村改造先导项目), then
	// each next sentence's and ；-clause's first clause.
	let open = -1;
	let k = qEnd;
	if (text[skipNoun(text, qEnd, 4)] === '，') {
		let from = skipNoun(text, qEnd, 4) + 1;
		for (k = from; k <= end; k++) {
			const c = codeAt(text, k);
			const closes = k === end || SENTENCE_END_OR_SEMI.has(c);
			if (!closes && !CLAUSE_MARKS.has(c) && text[k] !== '、') continue;
			if (k > from && k - from <= OPENING_MAX) {
				const piece = text.slice(from, k);
				const n = keys.findIndex((alts, i) => found[i] === undefined && alts.some((x) => x.length > 0 && piece.includes(x)));
				if (n >= 0) {
					found[n] = { start: from, end: k, text: piece };
					left--;
				}
			}
			from = k + 1;
			if (closes) break;
		}
	}
	while (left > 0 && k < end) {
		if (open < 0) {
			while (k < end && !SENTENCE_END_OR_SEMI.has(codeAt(text, k))) k++;
			open = k + 1;
		}
		let e = open;
		while (e < end && e - open <= OPENING_MAX && !CLAUSE_MARKS.has(codeAt(text, e))) e++;
		if (e - open <= OPENING_MAX && e > open) {
			const clause = text.slice(open, e);
			const n = keys.findIndex((alts, i) => found[i] === undefined && alts.some((x) => x.length > 0 && clause.includes(x)));
			if (n >= 0) {
				found[n] = { start: open, end: e, text: clause };
				left--;
			}
		}
		k = Math.max(e, open);
		open = -1;
	}
	work.formulas += k - qEnd;
	if (left > 0) return;
	const items = (found as Item[]).sort((a, b) => a.start - b.start);
	f.parts = [{ ...f.parts[0]!, items }];
	f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' };
	f.verdict = 'ok';
}

/**
 * Each part's list right before the formula, the lists joined by 和, 及 or 与 and each closed by its part's key (广深港、广珠澳
 * 科技创新走廊和深港河套、粤澳横琴科技创新极点“两廊两点”): one group of 、-items per part, in order. Undefined unless every
 * part is written so.
 */
function keyedSegmentsBefore(text: string, start: number, end: number, parts: readonly RawPart[]): RawPart[] | undefined {
	if (start < 0 || parts.some((p) => !p.key || p.count === undefined)) return undefined;
	const cuts: { end: number; next: number }[] = [];
	let depth = 0;
	work.formulas += end - start;
	for (let k = start; k < end && cuts.length < parts.length - 1; k++) {
		const ch = text[k]!;
		if (ch === '（' || ch === '“' || ch === '(') depth++;
		else if (ch === '）' || ch === '”' || ch === ')') depth = Math.max(0, depth - 1);
		else if (depth === 0 && (ch === '和' || ch === '及' || ch === '与') && !inJoinerWord(text, k, ch) && text.startsWith(parts[cuts.length]!.key!, k - parts[cuts.length]!.key!.length)) cuts.push({ end: k, next: k + 1 });
	}
	const lastKey = parts[parts.length - 1]!.key!;
	if (cuts.length !== parts.length - 1 || end - lastKey.length <= start || !text.startsWith(lastKey, end - lastKey.length)) return undefined;
	const spans = [...cuts.map((c, n) => ({ start: n === 0 ? start : cuts[n - 1]!.next, end: c.end })), { start: cuts.length ? cuts[cuts.length - 1]!.next : start, end }];
	const out: RawPart[] = [];
	for (const [n, sp] of spans.entries()) {
		const groups = splitGroups(text, sp.start, sp.end);
		if (groups.length !== 1 || groups[0]!.length < 2) return undefined;
		const items = n === 0 ? [stripLead(groups[0]![0]!), ...groups[0]!.slice(1)] : groups[0]!;
		if (items.some((it) => it.text.length < 2 || it.text.length > 16)) return undefined;
		out.push({ ...parts[n]!, items });
	}
	return out;
}

/** How far back in its sentence a formula looks for a list that carries its key. */
const KEYED_BEFORE_SPAN = 200;

/** What two things achieve together in a 双 formula (双增长, 双第一): a result each of them has, not a thing of its own. */
const PAIR_RESULT = /^(?:增长|下降|提升|提高|第一|突破|领先|达标|丰收|翻番)$/;
/** Where the name of the second of the pair ends: at its figure, or at the words that say what both achieve. */
const PAIR_NAME_END = /[0-9０-９]|连续|实现|保持|均|双双|分别|同比|比上年|较上年|近年来?|首次|再次|同步|同时|出现|获得|取得|迎来|荣获|位居|位列|夺得|达到/;
/** The verb of a pair's own clause before its first name (位列金牌榜和奖牌榜双第一): what both achieve, no part of the name. */
const PAIR_VERB = /^(?:实现了?|保持|获得|取得|迎来|荣获|位居|位列|夺得|达到)/;
/** A clause that says only what a pair named before it achieves (实现, 均保持, 在全省考核中获得), up to the formula's quote. */
const PAIR_ACHIEVES = /^(?:均|都|双双|同步|同时|首次|再次|连续[0-9一二两三四五六七八九十]+年|在[^中，。；]{1,12}中){0,4}(?:实现|保持|获得|取得|迎来|荣获|位居|位列|夺得|达到)?“?$/;
/** How far back in its sentence a 双 formula of results looks for its pair. */
const PAIR_BEFORE_SPAN = 80;

/**
 * A 双 formula of a result (“双增长”, “双第一”) whose sentence before it names two things, and only two, joined by one 、
 * (旅客吞吐量1126.8万人次、货邮吞吐量6.6万吨，实现“双增长”; 规上工业总产值、工业增加值连续2年实现全国城市“双第一”): those
 * two, each named up to its figure or to what both achieve. Resolved, never flagged (a 、-list of three before it is no
 * pair, and is not read).
 */
function pairOfResults(f: RawFormula, text: string, qStart: number): void {
	const part = f.parts[0];
	if (f.kind !== 'cjk' || f.parts.length !== 1 || part?.count !== 2 || !f.text.startsWith('双') || !part.key || !PAIR_RESULT.test(part.key)) return;
	let s = qStart;
	while (s > 0 && qStart - s < PAIR_BEFORE_SPAN && !SENTENCE_END_OR_SEMI.has(codeAt(text, s - 1))) s--;
	work.formulas += qStart - s;
	if (s > 0 && !SENTENCE_END_OR_SEMI.has(codeAt(text, s - 1))) return;
	const before = text.slice(s, qStart);
	// The formula's own clause: the pair may be joined there by 和 (与, 及) and no 、 (事故起数和死亡人数双下降).
	let ownStart = before.length;
	while (ownStart > 0 && !CLAUSE_MARKS.has(codeAt(before, ownStart - 1))) ownStart--;
	const joined = before.indexOf('、', ownStart) < 0 ? pairJoiner(before, ownStart) : undefined;
	const comma = joined?.at ?? before.indexOf('、');
	let from = comma;
	while (from > 0 && !CLAUSE_MARKS.has(codeAt(before, from - 1))) from--;
	// One 、 and no joiner that may add a third (A、B和C), or one joiner and no 、; no quote or bracket the pair may sit in.
	if (comma < 0 || (!joined && (before.indexOf('、', comma + 1) >= 0 || /[和及与“”（）]/.test(before.slice(from).replace(/”$/, '').replace(/“$/, ''))))) return;
	// The pair in a clause before the formula's: only when the formula's clause names nothing of its own, only what both
	// achieve (…货邮吞吐量6.6万吨，实现“双增长”); not when it has a subject (…利用外资增长3%，城乡居民收入实现“双增长”;
	// …就业3万人，居民收入保持“双增长”: the pair of that subject, not the two before).
	let own = before.length;
	while (own > comma && !CLAUSE_MARKS.has(codeAt(before, own - 1))) own--;
	if (own > comma && !PAIR_ACHIEVES.test(before.slice(own))) return;
	const opening = stripLead({ start: s + from, end: s + comma, text: before.slice(from, comma) });
	const verb = PAIR_VERB.exec(opening.text)?.[0].length ?? 0;
	const first = { start: opening.start + verb, end: opening.end, text: opening.text.slice(verb) };
	const rest = before.slice(comma + (joined?.length ?? 1));
	const stop = PAIR_NAME_END.exec(rest);
	let secondEnd = stop ? stop.index : rest.length;
	const clause = rest.search(/[，：]/);
	if (clause >= 0 && clause < secondEnd) secondEnd = clause;
	const firstStop = PAIR_NAME_END.exec(first.text);
	const items: Item[] = [
		firstStop ? { start: first.start, end: first.start + firstStop.index, text: first.text.slice(0, firstStop.index) } : first,
		{ start: s + comma + 1, end: s + comma + 1 + secondEnd, text: rest.slice(0, secondEnd) },
	];
	if (items.some((it) => it.text.length < 2 || it.text.length > 16)) return;
	f.parts = [{ ...part, items }];
	f.expansion = { start: items[0]!.start, end: items[1]!.end, source: 'before' };
	f.verdict = 'ok';
}

/** A frame 与 (和) opens and closes before the verb (与去年同期相比, 和全省人民一道): what it names is no second of a pair. */
const JOINER_FRAME = /^[^，。；、]{1,12}?(?:相比|相较|比较|一道)/;

/**
 * The one joiner (和, 与, 及: not in a word, 和谐) of a pair in `clause`'s words from `from` on, none of 、 or quotes or
 * brackets there: where it stands and its length; undefined when there is none or more than one.
 */
function pairJoiner(clause: string, from: number): { at: number; length: number } | undefined {
	const words = clause.slice(from).replace(/“$/, '');
	if (/[“”（）]/.test(words)) return undefined;
	let found: { at: number; length: number } | undefined;
	for (let k = 0; k < words.length; k++) {
		const j = words[k]!;
		if ((j !== '和' && j !== '与' && j !== '及') || inJoinerWord(words, k, j)) continue;
		// 与去年同期相比, 与全省人民一道: the joiner opens a frame (a comparison, a company) that ends before the verb, no pair.
		if (found || JOINER_FRAME.test(words.slice(k + 1))) return undefined;
		found = { at: from + k, length: 1 };
	}
	return found;
}

/**
 * A list earlier in the formula's sentence whose items all end with its key, exactly its count of them (依法保障…土地
 * 承包权、宅基地使用权、集体收益分配权，建立…，健全农户“三权”…): the items the formula names again. The last such list
 * before it; resolved, never flagged.
 */
function keyedBefore(f: RawFormula, text: string, qStart: number): void {
	if (f.kind !== 'cjk' || f.parts.length !== 1) return;
	const { count, key } = f.parts[0]!;
	// 双万城市: a magnitude's key is carried by figures (常住人口突破千万、净流入人口超70万), no names of items.
	if (count === undefined || count < 2 || !key || /[0-9百千万亿]/.test(key)) return;
	let s = qStart;
	while (s > 0 && qStart - s < KEYED_BEFORE_SPAN && !SENTENCE_END.has(codeAt(text, s - 1))) s--;
	work.formulas += qStart - s;
	const groups = splitGroups(text, s, qStart);
	for (let g = groups.length - 1; g >= 0; g--) {
		const group = groups[g]!;
		if (group.length !== count || !group.every((it) => it.text.endsWith(key) && it.text.length > key.length && !/[0-9]/.test(it.text))) continue;
		const items = [stripLead(group[0]!, group.slice(1)), ...group.slice(1)];
		if (!canonicalAllows(f.text, items)) return;
		f.parts = [{ ...f.parts[0]!, items }];
		f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' };
		f.verdict = 'ok';
		return;
	}
}

/** 等 and the formula's noun before it (…，坚持信守承诺、行动优先等反腐败国际合作“四项主张”). */
const ETC_NOUN_BEFORE = /等[\u4e00-\u9fff]{0,12}$/;

/**
 * ，-groups right before the formula, closed by 等 and maybe its noun, that each open with the same word of two characters,
 * exactly its count of them (提出坚持公平正义、惩恶扬善，坚持尊重差异、平等互鉴，…，坚持信守承诺、行动优先等…“四项主张”):
 * each group is an item; the first may hold the word after the clause's verb. Resolved, never flagged.
 */
function leadGroupsBefore(f: RawFormula, text: string, qStart: number): void {
	if (f.kind !== 'cjk' || f.parts.length !== 1) return;
	const count = f.parts[0]!.count;
	if (count === undefined || count < 2 || qStart === 0) return;
	// Only a list the text closes with 等: groups that open alike before a name (坚决…，坚决清除…的“两面人”) are clauses.
	const etc = ETC_NOUN_BEFORE.exec(text.slice(Math.max(0, qStart - 13), qStart));
	if (!etc) return;
	const end = qStart - etc[0].length;
	let s = end;
	while (s > 0 && end - s < KEYED_BEFORE_SPAN && !SENTENCE_OR_CLAUSE_END.has(codeAt(text, s - 1))) s--;
	work.formulas += end - s;
	const groups = splitGroups(text, s, end);
	const last = groups[groups.length - 1];
	const word = last?.[0]?.text.slice(0, 2) ?? '';
	if (!/^[\u4e00-\u9fff]{2}$/.test(word)) return;
	let g = groups.length - 1;
	while (g > 0 && groups[g - 1]![0]!.text.startsWith(word)) g--;
	// The first group may hold the word after the clause's verb (提出坚持…).
	const inFirst = g > 0 ? groups[g - 1]![0]!.text.indexOf(word) : -1;
	const from = inFirst >= 1 && inFirst <= 4 ? g - 1 : g;
	const run = groups.slice(from);
	if (run.length !== count) return;
	const items = run.map((gr, n) => {
		const at = n === 0 && from < g ? inFirst : 0;
		const start = gr[0]!.start + at;
		const stop = gr[gr.length - 1]!.end;
		return { start, end: stop, text: text.slice(start, stop) };
	});
	if (!canonicalAllows(f.text, items)) return;
	f.parts = [{ ...f.parts[0]!, items }];
	f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' };
	f.verdict = 'ok';
}

/**
 * Each part's items written before its count and key, in the parts' order (是指以欧亚大陆桥通道、沿长江通道为两条横轴，以沿海、
 * 京哈京广、包昆通道为三条纵轴 of 两横三纵): the span from the clause's 以 (or the previous part's group end) to the 为 or 是
 * before the count. Undefined unless every part is written so.
 */
function partTails(text: string, start: number, end: number, parts: readonly RawPart[]): { start: number; end: number }[] | undefined {
	const out: { start: number; end: number }[] = [];
	let at = start;
	work.formulas += end - start;
	for (const p of parts) {
		if (!p.key || p.count === undefined) return undefined;
		let verb = -1;
		// Or the count right after the items, its measure and key after it (海秀路、椰海大道两条横向通道和粤海大道、…三条纵向
		// 通道): the items end at the count, the next part starts after the key's noun and a joiner.
		let restated = -1;
		for (let k = text.indexOf(p.key, at); k >= 0 && k < end && verb < 0 && restated < 0; k = text.indexOf(p.key, k + 1)) {
			let c = k;
			const measured = MEASURES_BEFORE_KEY.has(text[c - 1] ?? '') && COUNT_BEFORE_KEY.has(text[c - 2] ?? '');
			if (measured) c--;
			let s = c;
			while (s > at && COUNT_BEFORE_KEY.has(text[s - 1]!)) s--;
			if (s < c && s - 1 > at && (text[s - 1] === '为' || text[s - 1] === '是')) verb = s - 1;
			// A part of one, its key right after the verb (以主城区为核心 of 一核两翼).
			else if (p.count === 1 && s === c && c - 1 > at && text[c - 1] === '为' && text.slice(at, c).includes('以')) verb = c - 1;
			else if (measured && s < c && s - 1 > at && text.slice(at, s).includes('、') && (isCjk(text.charCodeAt(s - 1)) || text[s - 1] === '”')) {
				verb = s;
				restated = k + p.key.length;
			}
		}
		if (verb < 0) return undefined;
		let from = at;
		while (from < verb && /[\s，；]/.test(text[from]!)) from++;
		if (text[from] === '以' || text[from] === '把' || text[from] === '将') from++;
		if (verb <= from) return undefined;
		out.push({ start: from, end: verb });
		if (restated >= 0) {
			// The key's noun (横向通道), then a joiner (和, 及, 以及, a comma): the next part's items.
			let q = restated;
			while (q < end && q - restated < RESTATED_NOUN_MAX && isCjk(text.charCodeAt(q)) && !text.startsWith('和', q) && !text.startsWith('及', q) && !text.startsWith('以及', q)) q++;
			// (A comma and a word: ，以及; ，和.)
			for (let j = 0; j < 2 && q < end; j++) {
				const joiner = /^(?:以及|和|及|[，；、])/.exec(text.slice(q, q + 2));
				if (!joiner) break;
				q += joiner[0].length;
			}
			at = q;
			continue;
		}
		// The part's group ends at the next ， or ；.
		let next = verb;
		while (next < end && text[next] !== '，' && text[next] !== '；' && text[next] !== '。') next++;
		at = next + 1;
	}
	return out;
}
const COUNT_BEFORE_KEY = new Set([...'一二两三四五六七八九十']);
/** The longest noun read after a part's restated count and key (两条横向通道: 向通道). */
const RESTATED_NOUN_MAX = 8;
const MEASURES_BEFORE_KEY = new Set([...'个条项大类种']);

/** Does a count formula count things by a measure (四个窗口, 四项制度), its key no numeral (四个一, 四个一批)? */
function countsByMeasure(formula: string): boolean {
	let i = 0;
	while (i < formula.length && (COUNT_BEFORE_KEY.has(formula[i]!) || (formula[i]! >= '0' && formula[i]! <= '9'))) i++;
	return i > 0 && MEASURES_BEFORE_KEY.has(formula[i] ?? '') && i + 1 < formula.length && !COUNT_BEFORE_KEY.has(formula[i + 1]!);
}

/** The shortest item of a list of three written A、B和C read before a count it misses: a phrase, not a bare word. */
const PHRASE_ITEM_MIN = 4;

/** A gloss that ends by calling the formula a short name: …的简称, …之简称. */
const SHORT_FOR = /(?:的|之)简称[。；]?\s*$/;

/** A code's expansion: its parts glossed one by one, or its counted labels. */
function resolveCode(f: RawFormula, text: string, c: Candidate): boolean {
	if (f.parts.length > 0 && c.attached && resolvePlusCode(f, text, c.start, c.end)) return true;
	if (f.parts.length === 0 && c.attached && resolveDigitHeads(f, text, c.start, c.end)) return true;
	const groups = splitGroups(text, listStart(text, c.start, c.end, f.text), c.end);
	if (c.source === 'after' || c.source === 'before') {
		// A list after a code is its expansion only when its counted labels spell the code exactly
		// (推行“373”工作模式。…日巡查“三必到”（…）、周汇总“七必访”（…）、月销号“三清零”（…）).
		const spelling = groups.find((g) => {
			const trial: RawFormula = { ...f, parts: [] };
			return assignCode(trial, g, false) && trial.verdict === 'ok';
		});
		if (!spelling || c.source === 'before') return false;
		assignCode(f, spelling, false);
	} else if (!assignCode(f, groups.flat(), true) && !(c.source === 'gloss' && (countedRuns(f, text, listStart(text, c.start, c.end, f.text), c.end) || labelledClauses(f, text, c.start, c.end)))) return false;
	f.expansion = { start: c.start, end: c.end, source: c.source };
	return true;
}

/** A counted noun and its colon opening a clause of a code's gloss (一个定位：…, 三个坚持：…). */
const LABEL_COLON = /^([一二两三四五六七八九十0-9]{1,3}[^，。；：:、“”\s]{1,9}?)[：:]/;

/**
 * A code glossed by ；-clauses that each open with a counted noun and its colon, one per part in turn (“1354”总体思路：
 * 一个定位：…；三个坚持：…；五个重点：…；四个新城：…): the counted nouns are its labels, what follows each colon the
 * part's items. Judged as any code: the labels must spell it (up to one part changed), each part its count.
 */
function labelledClauses(f: RawFormula, text: string, start: number, end: number): boolean {
	const parts: RawPart[] = [];
	// A clause after the run (…；五年时间：完成全部建设 of “135”): a part the labels leave out may be glossed there otherwise.
	let after = false;
	for (const c of clausesOf(text, start, end)) {
		const m = LABEL_COLON.exec(c.text);
		const count = m ? labelCount(m[1]!) : undefined;
		if (count === undefined) {
			// Words before the first label describe the whole (…的总体思路。一个定位：…); after it, the run is over.
			if (parts.length === 0) continue;
			after = true;
			break;
		}
		const label: Item = { start: c.start, end: c.start + m![1]!.length, text: m![1]! };
		parts.push({ count, label, items: readCodePart(text, c.start + m![0].length, c.end, count, f.text).items });
	}
	if (parts.length < 2) return false;
	const digits = f.text.replace(/[^0-9]/g, '');
	const distance = spellDistance(digits, parts.map((p) => p.count!));
	if (distance === 2 || (after && distance === 1 && parts.map((p) => p.count!).join('').length < digits.length)) return false;
	f.parts = parts;
	if (distance === 1) f.verdict = 'mismatch';
	else judgeParts(f, true, []);
	return true;
}

/** A list and the count that closes it, one part of a code: 一门、一窗…一份8个“一”. */
const RUN_COUNT = /([0-9]{1,3})个(“[^”]{1,4}”|[\u4e00-\u9fff]{1,4}?)(?=和|及|，|；|。|的合称|的统称|$)/g;

/**
 * A code glossed by lists each closed by its count, joined by 和 or ，（一门、一窗…8个“一”和马上办、网上办…8个“办”的合称):
 * the counts are the parts' labels and the lists their items. Judged like any code: the labels must spell it (up to
 * one part changed), and each list must have its count.
 */
function countedRuns(f: RawFormula, text: string, start: number, end: number): boolean {
	const parts: RawPart[] = [];
	let from = start;
	RUN_COUNT.lastIndex = 0;
	const gloss = text.slice(start, end);
	work.formulas += gloss.length;
	for (let m = RUN_COUNT.exec(gloss); m; m = RUN_COUNT.exec(gloss)) {
		const at = start + m.index;
		const items = splitGroups(text, from, at);
		// Each run is one 、-list (not a sentence of its own before the count).
		if (items.length !== 1 || items[0]!.length < 2) return false;
		const label: Item = { start: at, end: at + m[0].length, text: m[0] };
		parts.push({ count: Number(m[1]), label, items: items[0]! });
		from = at + m[0].length;
		if (text[from] === '和' || text[from] === '及' || text[from] === '，' || text[from] === '；') from++;
	}
	if (parts.length < 2) return false;
	const digits = f.text.replace(/[^0-9]/g, '');
	const distance = spellDistance(digits, parts.map((p) => p.count!));
	if (distance === 2) return false;
	f.parts = parts;
	if (distance === 1) {
		f.verdict = 'mismatch';
		return true;
	}
	judgeParts(f, true, []);
	return true;
}

// ───────────────────────────── scanning ─────────────────────────────

/** A glossary entry's number: 1. 1、 〔1〕 ［1］ [1] （1） (1) 【1】 ①. */
const ENTRY_NUMBER = /^\s*(?:[0-9]{1,3}\s*[.．、]|〔[0-9]{1,3}〕|［[0-9]{1,3}］|\[[0-9]{1,3}\]|（[0-9]{1,3}）|\([0-9]{1,3}\)|【[0-9]{1,3}】|[\u2460-\u2473])?\s*/y;
/** What ENTRY_NUMBER's number opens with (spaces aside: any ASCII control or space, any other non-Chinese character). */
const ENTRY_NUMBER_FIRST = new CharSet('0123456789〔［[（(【①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');
/** The marks that end a glossary entry's term before its colon: it is running text. */
const TERM_STOPS = new CharSet('，。；！？,;\n');

/** The longest glossary term read. */
const TERM_MAX = 32;

/** A glossary entry's opening: where its term starts and ends, and where its gloss starts (past the colon or connective). */
export interface EntryOpening {
	termStart: number;
	termEnd: number;
	gloss: number;
	/**
	 * A term with its gloss right after it, no colon — in 【】 (【六稳】稳就业…) or, unnumbered, before a dash, a tab or a wide
	 * space (六稳——稳就业…): a news heading looks the same (see bareTermHolds).
	 */
	bare?: boolean;
	/**
	 * A dash opened the gloss (“两个确保”——确保A、确保B，全市上下共同努力): a sentence goes on after it, as in running
	 * text — a 、-list the first comma closes is the list.
	 */
	dash?: boolean;
	/** Where the gloss ends when a tab or a wide space opened it: at the next one (a table row's next column: 三大工程⇥道路、管网⇥50亿元). */
	glossEnd?: number;
}

/**
 * A block shaped as a glossary entry — `[number] term：gloss`, the term short and without punctuation but quotes
 * and 、 — gives the term's span and where its gloss starts. 三清理、三拆除、三整治：…; 12.民营经济发展壮大“1+2”政策文件：…;
 * the term in 【】 or Markdown bold (【六稳】：…, 【六稳】稳就业…, **六稳**：…, **六稳：**…); or a term that names a
 * formula followed by a connective with no colon (六稳是指…, “四上”企业指的是…, 双减即…). Only the block's opening is
 * read: running text with 是指 or 即 further on is no entry.
 */
export function glossaryEntry(text: string): EntryOpening | undefined {
	// Every block's opening is read: the number's end from the sticky regex's lastIndex (it always matches, maybe
	// empty), and the characters by code (no match array, no one-character string per character).
	// (A block opened by a Chinese character or another letter — most — has no number nor space before its term: no
	// pattern run.)
	const c0 = text.charCodeAt(0);
	ENTRY_NUMBER.lastIndex = 0;
	const s = (ENTRY_NUMBER_FIRST.has(c0) || c0 <= 0x20 || (c0 >= 0x80 && !isCjk(c0))) && ENTRY_NUMBER.test(text) ? ENTRY_NUMBER.lastIndex : 0;
	const wrapped = codeAt(text, s) === 0x3010 /* 【 */ ? '】' : text.startsWith('**', s) ? '**' : undefined;
	if (wrapped) return wrappedTerm(text, s + (wrapped === '】' ? 1 : 2), wrapped);
	let quoted = false;
	for (let k = s; k < text.length && k - s <= TERM_MAX; k++) {
		const c = text.charCodeAt(k);
		if (c === 0xff1a /* ： */ || c === 0x3a /* : */) return k > s && !ITEM_MARKER.test(text.slice(s, k).trim()) ? { termStart: s, termEnd: k, gloss: afterConnective(text, k + 1) } : undefined;
		if (TERM_STOPS.has(c)) return undefined;
		if (c === 0x201c /* “ */ || c === 0x201d /* ” */) quoted = c === 0x201c;
		// A dash, a tab or a wide space ends a term that names a formula (六稳——稳就业、…; “六稳”⇥稳就业、…, a table's two
		// columns copied to text): its gloss after them. Without an entry's number or a quoted name opening the block (a
		// quoted name before a dash is glossed in running text too), a heading or a headline looks the same (两会聚焦——代表
		// 委员热议…; 双方　签署…): bare, as 【六稳】稳就业 is.
		const gap = k - s >= 2 && !quoted ? termGap(text, k) : 0;
		if (gap > 0) {
			const term = text.slice(s, k);
			if (ITEM_MARKER.test(term) || !namesFormula(term)) return undefined;
			const numbered = text.slice(0, s).trim() !== '';
			// Words before a quoted name and a dash, unnumbered, are running text (推进“三大工程”——A、B，加快…): the dash
			// glosses the name in its sentence (see candidates), no entry. (A tab or a wide space is a table's, not a sentence's.)
			const dash = text.startsWith('——', k + gap - 2);
			if (!numbered && dash && term.includes('“') && !term.startsWith('“')) return undefined;
			const column = dash ? undefined : nextGap(text, k + gap);
			return { termStart: s, termEnd: k, gloss: k + gap, ...(numbered || term.includes('“') ? {} : { bare: true }), ...(dash ? { dash: true } : {}), ...(column === undefined ? {} : { glossEnd: column }) };
		}
		// A connective ends the term only after one that names a formula (not 两会即将…, not a clause of running text), and
		// never inside quotes (“非禁即入”).
		const w = k - s >= 2 && !quoted && CONNECTIVE_FIRST.has(text.charCodeAt(k)) ? introducerAt(text, k, ENTRY_CONNECTIVES) : undefined;
		if (w && !ITEM_MARKER.test(text.slice(s, k).trimEnd()) && namesFormula(text.slice(s, k).trimEnd())) return { termStart: s, termEnd: s + text.slice(s, k).trimEnd().length, gloss: k + w.length };
	}
	return undefined;
}

/**
 * The gloss after a colon, past a connective that opens it (“三港”：指向塘…; 六稳：是指稳就业…; “双百”：即…): the connective
 * is no word of the gloss, as after a term without a colon (六稳是指…). 指 and 即 as words (指标, 即将) stay.
 */
function afterConnective(text: string, at: number): number {
	const w = CONNECTIVE_FIRST.has(text.charCodeAt(at)) ? introducerAt(text, at, ENTRY_CONNECTIVES) : undefined;
	return w !== undefined && at + w.length < text.length ? at + w.length : at;
}

/**
 * The length of what parts a term from its gloss without a colon at `k`: a dash (——, with the spaces before it), a tab,
 * a wide space or two spaces (runs of them), or 0.
 */
function termGap(text: string, k: number): number {
	if (text.startsWith('——', k)) return 2;
	// By codes (asked at every character of a block's opening): no one-character string, no slice.
	let j = k;
	let wide = false;
	for (; j < text.length && j - k < 8; j++) {
		const c = text.charCodeAt(j);
		if (c === 0x09 || c === 0x3000) wide = true;
		else if (c !== 0x20) break;
	}
	// Spaces before a dash are the dash's (水利五项改革 ——…, as before a colon: 水利五项改革 ：…).
	if (j > k && text.startsWith('——', j)) return j - k + 2;
	return wide || j - k >= 2 ? j - k : 0;
}

/** The start of the next tab, wide space or run of two spaces from `from` (a table row's next column), if any. Linear. */
function nextGap(text: string, from: number): number | undefined {
	let j = from;
	while (j < text.length && text[j] !== '\n' && text[j] !== '\t' && text[j] !== '\u3000' && !(text[j] === ' ' && text[j + 1] === ' ')) j++;
	work.formulas += j - from;
	return j < text.length && text[j] !== '\n' ? j : undefined;
}

/** A term in 【】 or ** (its colon inside or after them): its span, and the gloss after the closing mark and a colon. */
function wrappedTerm(text: string, start: number, close: string): EntryOpening | undefined {
	for (let k = start; k < text.length && k - start <= TERM_MAX; k++) {
		if (text.startsWith(close, k)) {
			const end = text[k - 1] === '：' || text[k - 1] === ':' ? k - 1 : k;
			let gloss = k + close.length;
			while (text[gloss] === ' ' || text[gloss] === '　') gloss++;
			const colon = end < k || text[gloss] === '：' || text[gloss] === ':';
			if (text[gloss] === '：' || text[gloss] === ':') gloss++;
			// Without a colon, only 【term】 with its gloss after it on the line (【六稳】稳就业…): a bold line alone is a heading.
			if (!colon && (close === '**' || gloss >= text.length || text[gloss] === '\n')) return undefined;
			return end > start ? { termStart: start, termEnd: end, gloss, ...(colon ? {} : { bare: true }) } : undefined;
		}
		if ('，。；！？,;\n'.includes(text[k]!)) return undefined;
	}
	return undefined;
}

/** The first characters of the connectives (ENTRY_CONNECTIVES), looked up before the words are (every block's opening is read). */
const CONNECTIVE_FIRST = new CharSet(ENTRY_CONNECTIVES.map((w) => w[0]!).join(''));

/** The point markers of running text (一是, 二要: numberedItems): never a term, whatever follows (二是指尖服务…, 二是：…). */
const ITEM_MARKER = /^(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[是要]$/;
/** A count of a span of time or of times, maybe after 个 (两个月, 三年, 五年间, 三次): a duration or a frequency, no formula. */
const TIME_COUNT = /^[一二两三四五六七八九十百双0-9]+个?(?:年|月|日|天|周|星期|小时|分钟|秒|次|回|遍|倍|岁)/;

/** Last characters of the names of places, roads and sites that hold a numeral (五指山市, 二环路, 三里屯, 九龙湖). */
const PLACE_END = new CharSet('市县区镇乡村屯里路街巷道桥山岭峰岛湖江河海港湾口门寺园');

/**
 * Does a term before a connective name a formula: a quoted name in it, or a name with up to eight words before its count
 * (水利五项改革) — not, for a name of one part, one that ends as a place, a road or a site does (五指山市即…, 二环路即…).
 */
function namesFormula(term: string): boolean {
	if (term.length < 2) return false;
	if (term.includes('“')) return true;
	const whole = parseName(term, 8);
	if (whole && whole.parts.length === 1 && (PLACE_END.has(codeAt(term, term.length - 1)) || endsWithPlaceName(term))) return false;
	// 两个月即…, 三年即见成效, 三次违规即…: a count of time or of times is no formula.
	if (whole && TIME_COUNT.test(term.slice(whole.from))) return false;
	return whole ? whole.kind !== 'ordinal' : term.includes('、') && namePieces(term, 8).some((p) => p.parsed && p.parsed.kind !== 'ordinal');
}

/**
 * A telephone line named after a quoted number (“12345”热线, “12345”政务服务便民热线, “110”报警电话): the number is dialled,
 * not a formula — its digits count nothing, even where a text glosses them one by one (“1”指一号对外…).
 */
const PHONE_LINE = /^[\u4e00-\u9fff]{0,6}?(?:热线|专线|电话|短号|号码)/;
const PHONE_LINE_REACH = 10;
/** A number dialled is digits alone: a code with a sign (“1+3”电话回访机制, “1+N”热线服务体系) counts its parts. */
const DIALLED = /^[0-9０-９]+$/;

/** The names joined by 、 in a quoted name or a term (抓好两端、畅通中间), each with where it starts and how it parses. */
function namePieces(name: string, prefix: number): { at: number; name: string; parsed: ReturnType<typeof parseName> }[] {
	const out: { at: number; name: string; parsed: ReturnType<typeof parseName> }[] = [];
	let at = 0;
	for (const piece of name.split('、')) {
		out.push({ at, name: piece, parsed: parseName(piece, prefix) });
		at += piece.length + 1;
	}
	return out;
}

/** Formulas named in the unquoted part of a glossary term: 两函两书, 六大专项整治, 水利五项改革, 三清理、三拆除、三整治. */
function termFormulas(text: string, entry: EntryOpening): RawFormula[] {
	const out: RawFormula[] = [];
	const termStart = entry.termStart;
	const term = text.slice(termStart, entry.termEnd).trimEnd();
	if (term.length < 2 || term.includes('“') || /^[一二三四五六七八九十]+、/.test(term)) return out;
	const whole = parseName(term, 8);
	// 三个月：…, 三年：…: a count of time or of times is no formula, whatever the layout.
	if (whole && TIME_COUNT.test(term.slice(whole.from))) return out;
	if (!whole && !term.includes('、')) {
		const f = formulaBeforeNoun(text, entry, term);
		return f ? [f] : out;
	}
	const pieces = whole ? [{ at: 0, name: term, parsed: whole }] : namePieces(term, 8);
	for (const p of pieces) {
		if (!p.parsed || p.parsed.kind === 'ordinal') continue;
		const start = termStart + p.at + p.parsed.from;
		const f: RawFormula = { start, end: termStart + p.at + p.name.length, text: p.name.slice(p.parsed.from), kind: p.parsed.kind, quoted: false, parts: p.parsed.parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
		resolveEntry(f, text, entry.gloss, false, pieces.filter((x) => x !== p).map((x) => x.name), entry);
		out.push(f);
	}
	return out;
}

/** An unquoted code with a noun after it in a glossary term (8+8+4现代化产业体系, 东莞优品展销中心1+N体系, 88政务模式). */
const TERM_CODE = /^([^0-9]{0,8}?)([0-9]{1,3}(?:[+＋][0-9NnXx]{1,3}){1,4}|[0-9]{2,6}(?![条项个名家所年月日天后强岁号期次批人元万亿倍件座]))[\u4e00-\u9fff]{1,10}$/;
/** The longest formula name tried before a noun in an unquoted term. */
const NAME_BEFORE_NOUN_MAX = 8;

/**
 * The formula of an unquoted glossary term that goes on with a noun (四化乡镇卫生院, 两学一做学习教育, 五横六纵生态水网),
 * resolved from the entry's gloss. A code ends where its digits do; a Chinese-number name has no mark of its end, so
 * each name from its count on, shortest first, is tried, and taken only when its gloss lists exactly its counts — a
 * cut that is a guess never flags (四好农村路 is read whole, before this).
 */
function formulaBeforeNoun(text: string, entry: EntryOpening, term: string): RawFormula | undefined {
	const code = TERM_CODE.exec(term);
	if (code) {
		const name = code[2]!;
		const parsed = parseName(name);
		if (!parsed || parsed.kind !== 'code') return undefined;
		const start = entry.termStart + code[1]!.length;
		const f: RawFormula = { start, end: start + name.length, text: name, kind: 'code', quoted: false, parts: parsed.parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
		resolveEntry(f, text, entry.gloss, false, [], entry);
		return f.verdict === 'unexpanded' ? undefined : f;
	}
	for (let from = 0; from <= 8 && from < term.length - 2; from++) {
		if (!COUNT_CHARS.has(term[from]!) || (from > 0 && (COUNT_CHARS.has(term[from - 1]!) || /[第前近约超逾余几每]/.test(term[from - 1]!)))) continue;
		// A measure word after the count (六大高耗能行业分别为：): its key need not show in the items, so no cut is told by them.
		if (MEASURES.has(term[from + 1]!)) return undefined;
		for (let e = from + 2; e <= term.length - 2 && e - from <= NAME_BEFORE_NOUN_MAX; e++) {
			// A word of what is done with the items belongs to the name (四医联动改革 → 四医联动, not 四医 nor 四医联).
			const suffix = FORMULA_SUFFIXES.find((x) => term.startsWith(x, e));
			if (suffix) {
				e += suffix.length - 1;
				continue;
			}
			// A count next, or last, is another part of the name (五横六纵生态水网: not 五横, not 五横六).
			if (COUNT_CHARS.has(term[e]!) || COUNT_CHARS.has(term[e - 1]!)) continue;
			const name = term.slice(from, e);
			const parsed = parseName(name);
			if (!parsed || parsed.kind !== 'cjk') continue;
			const start = entry.termStart + from;
			const f: RawFormula = { start, end: start + name.length, text: name, kind: 'cjk', quoted: false, parts: parsed.parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
			resolveEntry(f, text, entry.gloss, false, [], entry);
			// A name of several counts (七纵六横三环路网骨架：⏎七纵，即…) whose gloss is the paragraphs after it: they are read
			// for its parts' keys (resolveFollowingBlocks), which tells the cut.
			if (f.verdict === 'ok' || (f.glossFollows === true && f.parts.length >= 2)) return f;
		}
		return undefined;
	}
	return undefined;
}

/** Words that open some of a count's items, not all of them (其中, 如, 例如, 比如, 诸如; not 如期, 如实). */
const SOME_OF = /^(?:其中|例如|比如|诸如|如(?![期果今何实此同]))/;

/**
 * Resolve a formula from the gloss that starts at `gloss` (past its colon or connective): a glossary term's is the rest
 * of its block, a counted noun's in running text (抓好三项工作：) its sentence. A gloss left for the paragraphs after
 * (七纵六横三环路网骨架：) is marked so.
 */

function resolveEntry(f: RawFormula, text: string, gloss: number, inRunningText = false, others: readonly string[] = [], entry?: EntryOpening): void {
	const glossEnd = entry?.glossEnd ?? text.length;
	// Nothing after the colon but marks and spaces (read forward from the colon or the connective's end: a slice of the
	// rest per formula would be quadratic).
	// (From the gloss itself: before it stands a colon or a connective's last character, 是指 as well as ：.)
	let rest = Math.min(gloss, text.length);
	while (rest < text.length && (BLANK_OR_EMPHASIS.includes(text[rest]!) || '：:。'.includes(text[rest]!))) rest++;
	if (rest === text.length) {
		f.glossFollows = true;
		return;
	}
	// In running text, a colon that opens some of the items (新开工三个项目：其中A、B已开工; 三个中心：如A、B) lists no count.
	if (inRunningText && SOME_OF.test(text.slice(rest, rest + 3))) return;
	// Nor one that opens with a time (“三大工程”：年内完成：A、B): the work planned for that time, some of the formula's or
	// other work, not what the formula is.
	if (PLANNED_TIME.test(text.slice(rest, rest + 4))) return;
	// Numbered items (一要…。二要…。三要…) run over several sentences.
	const series = inRunningText ? numberedSeries(text, gloss, text.length) : undefined;
	const numbered = series?.items;
	let end = numbered ? numbered[numbered.length - 1]!.end : inRunningText ? sentenceEnd(text, gloss) : glossEnd;
	// After a dash, a 、-list the first comma closes is the list, the clauses after it what was done (“三大工程”——A、B，
	// 全年完成投资…), as in running text.
	if (entry?.dash === true && !numbered) {
		let mark = gloss;
		while (mark < end && !'，；。'.includes(text[mark]!)) mark++;
		work.formulas += mark - gloss;
		if (mark < end && text[mark] === '，' && text.slice(gloss, mark).includes('、')) end = mark;
	}
	resolve(f, text, f.start, f.end, { start: gloss, end, others, entry: !inRunningText });
	// Points the numbering, opening again, cut off (…二是…。今年，一是…) may have left one of theirs unnumbered: no sure count.
	if (series && cutShort(series, f.parts[0]?.count) && f.verdict === 'mismatch') f.verdict = 'uncertain';
	// In running text, a 、-list the first comma closes (实施两项计划：A计划、B计划，累计引进人才3000人。) that is exactly the
	// count is the list; the clauses after the comma say what it did, not more items.
	// (Also a block that opens with such a sentence, read as an entry — 全力实施两大工程：A、B，全年完成投资… — its formula
	// unquoted after words of its own; not a glossary term, quoted or opening its entry, whose items a comma may part.)
	// (And in any gloss, a 、-list whose comma opens a clause with a verb of its own and no list — 统一规划、…、统一管理，实现
	// 资源共享; 整合A、B…，建立…中心: what the items do or make, not one more.)
	const clauseOpening = !f.quoted && f.start >= 2 && isCjk(text.charCodeAt(f.start - 2)) && isCjk(text.charCodeAt(f.start - 1));
	if (!numbered && f.verdict === 'mismatch') {
		let comma = gloss;
		while (comma < end && text[comma] !== '，') comma++;
		work.formulas += comma - gloss;
		const verbClause = (): boolean => {
			if (!isLead(text.slice(comma + 1, comma + 3))) return false;
			let k = comma + 1;
			while (k < end && !'、，；。'.includes(text[k]!)) k++;
			work.formulas += k - comma;
			// (Not one whose object names a thing of the formula's key: one item more, its verb as the first item's (实施A行动、
			// B行动、C行动，开展D行动) — the bare key after the verb is the whole (…，深化改革).)
			const object = text.slice(comma + 3, k);
			if (f.parts.some((p) => p.key !== undefined && object.endsWith(p.key) && object.length >= p.key.length + 2)) return false;
			return k >= end || text[k] !== '、';
		};
		if (comma > gloss && comma < end && text.slice(gloss, comma).includes('、') && (inRunningText || clauseOpening || verbClause())) {
			const listed: RawFormula = { ...f, parts: f.parts.map((p) => ({ ...p, items: [] })), verdict: 'unexpanded' };
			delete listed.expansion;
			resolve(listed, text, f.start, f.end, { start: gloss, end: comma, others, entry: false });
			if (listed.verdict === 'ok') Object.assign(f, listed);
		}
	}
	// 三亚即崖州，包括天涯区、…; “两会”即全国人大和全国政协会议，包括代表、…: after a connective, a noun that restates the term
	// and then 包括 — the list is that noun's members, not the term's items, unless the noun restates the count (六稳即六个方面，
	// 包括…) or the items carry the keys.
	const first = f.parts[0]?.items[0];
	if (f.verdict !== 'unexpanded' && first && !inRunningText && restatedThenListed(text, gloss, first.start) && !itemsCarryKeys(f)) {
		f.verdict = 'unexpanded';
		f.parts = f.parts.map((p) => ({ ...p, items: [] }));
		delete f.expansion;
	}
}

/** A heading's numbering (一、 （一） 第一 一是): a block that opens so is no glossary term (an entry's number is 1. 〔1〕 ①). */
const HEADING_OPENING = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．是要]|第[一二三四五六七八九十]{1,3})/;
/** A block that opens as a point or a heading of a list (一、 （一） 1. 一是 第一): no gloss of the term before it. */
const POINT_OPENING = /^\s*(?:[（(]?(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)、.．]|[一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3})/;

/** A count right after a list's last item, binding the list to itself (…精准脱贫两项任务). */
const COUNT_AFTER_LIST = /^([一二两三四五六七八九十]{1,3}|[0-9]{1,2})(?:项|个|大|条|类|种|方面)/;

/** The longest block read as a glossary term on a line of its own: a number, the term and its colon. */
export const TERM_LINE_MAX = TERM_MAX + 8;

/**
 * A glossary term on a line of its own, its gloss the next block (as a bold line or a table's first column is copied to
 * text): `term` is a block that is only an entry's number, the term and its colon (“六稳”：⏎稳就业、…), or the same without
 * the colon when the gloss opens with its connective (“六稳”⏎指稳就业、…, 四风⏎主要指…) or with a gloss of one of its parts
 * (“三区三线”⏎“三区”即…) — a short heading alone, its paragraph after it, is no term; and only where the block after the
 * gloss (`after`) is the next entry or there is none. Returns the term's formulas read from the two joined by a colon,
 * and where the gloss starts in the joined text (offsets before it are the term's), with the gloss's own formulas as
 * read in the entry (`inGloss`, the gloss's offsets); or undefined. Not when the gloss is an entry of its own (the next
 * term).
 */
export function termOnLine(term: string, gloss: string, after: string | undefined): { formulas: RawFormula[]; inGloss: RawFormula[]; offset: number } | undefined {
	const t = term.trimEnd();
	if (t.length > TERM_LINE_MAX || t.length < 2 || POINT_OPENING.test(gloss) || HEADING_OPENING.test(t)) return undefined;
	const colon = t.endsWith('：') || t.endsWith(':');
	// Without a colon the gloss opens with its connective or glosses a part of the term (an entry's shape first): a line
	// of a list of short lines is none, read no further.
	if (!colon && !introducerAt(gloss, 0) && (!mayGlossTerm(t, gloss) || glossaryEntry(gloss) === undefined)) return undefined;
	// What follows the gloss is the next entry — a term alone or with its gloss — or nothing: a heading or a lead sentence
	// with a colon over paragraphs (着力抓好“三件大事”：⏎…⏎…) is followed by more of the same text.
	// (A heading after it — 二、… （一）… — is no next term either: the heading of a part is the term, its paragraph the body.)
	if (after !== undefined && !glossaryEntry(after) && (after.trimEnd().length > TERM_LINE_MAX || /[。；！？]/.test(after) || HEADING_OPENING.test(after))) return undefined;
	// A gloss shaped as an entry is the next term's — unless its term is a part of this one (“一主两副六片区”：⏎“一主”指…).
	const inner = glossaryEntry(gloss);
	// (Or a quoted name in its term is this one's: 五定班列：⏎“五定班列”中“五定”含义为：….)
	const innerTerm = inner ? gloss.slice(inner.termStart, inner.termEnd) : '';
	const partGloss = inner !== undefined && [innerTerm.replace(/[“”]/g, ''), ...(innerTerm.match(/(?<=“)[^“”]+(?=”)/g) ?? [])].some((x) => t.includes(x));
	if (inner && !partGloss) return undefined;
	if (!colon && !partGloss && !introducerAt(gloss, 0)) return undefined;
	const head = colon ? t : `${t}：`;
	const joined = head + gloss;
	const entry = glossaryEntry(joined);
	if (!entry || entry.gloss !== afterConnective(joined, head.length) || entry.bare) return undefined;
	const all = scanQuotedFormulas(joined);
	// Items the gloss binds to a count of its own (…防范化解重大风险、精准脱贫两项任务全面完成) are that count's, not the term's:
	// a heading's paragraph (“三大攻坚战”：⏎是我们必须打赢的硬仗，…), no gloss.
	const ownCount = (f: RawFormula): boolean => {
		const p = f.parts[0];
		const last = p?.items[p.items.length - 1];
		const m = last && COUNT_AFTER_LIST.exec(joined.slice(last.end, last.end + 8));
		const n = m ? parseAnyInteger(m[1]!) : undefined;
		return n !== undefined && n !== p!.count;
	};
	if (all.some((f) => f.start < head.length && f.verdict !== 'unexpanded' && ownCount(f))) return undefined;
	// The gloss's own formulas as read in the entry (a part's name heading its items: “两委”指…), offsets the gloss's.
	const inGloss = all.filter((f) => f.start >= head.length).map((f) => shiftFormula(f, -head.length));
	return { formulas: all.filter((f) => f.start < head.length && f.verdict !== 'unexpanded'), inGloss, offset: head.length };
}

/** The longest noun read as a restatement of a term after its connective. */
const RESTATEMENT_MAX = 16;

/**
 * Is the gloss at `gloss` a connective's (是指, 即 …) whose first clause is a noun alone, not restating a count, and whose
 * next clause opens with an introducer (包括, 主要包括 …) — the list read from `listAt`, after that clause?
 */
function restatedThenListed(text: string, gloss: number, listAt: number): boolean {
	if (!ENTRY_CONNECTIVES.some((w) => text.startsWith(w, gloss - w.length))) return false;
	let k = gloss;
	while (k < text.length && k - gloss <= RESTATEMENT_MAX && !/[，。；：、“”（）()\s]/.test(text[k]!)) k++;
	if (text[k] !== '，' || k === gloss || k + 1 > listAt) return false;
	const noun = text.slice(gloss, k);
	if (RESTATED_COUNT.test(noun)) return false;
	return introducerAt(text, k + 1) !== undefined || /^[\u4e00-\u9fff]{1,4}?(?:主要包括|具体包括|包括|包含|主要有)/.test(text.slice(k + 1, k + 9));
}
/** A count and its measure word in a restating noun (六个方面, 两项制度): the list after it is the count's. */
const RESTATED_COUNT = /[一二两三四五六七八九十0-9][个项条支大类种级方套张本只座片位批家所场件点]/;

/** The counts a formula's parts promise, and their keys, as strings (三定四抓 → "3,4", "定,抓"). */
const countsOf = (f: RawFormula): string => f.parts.map((p) => p.count ?? 'N').join(',');

/** Are `f`'s parts parts of `t` by their keys, whatever their counts (“两江” of 三江四岸 once its count was changed)? */
function partOf(f: RawFormula, t: RawFormula): boolean {
	return f.kind === 'cjk' && t.kind === 'cjk' && f.parts.length > 0 && f.parts.every((p) => p.key !== undefined && t.parts.some((q) => q.key === p.key));
}

/** Digits and a noun inside one pair of quotes (“88政务”), not a count of things (“20条”, “50强”, “95后”); a year is no code (parseName). */
const CODE_WITH_NOUN = /^([0-9]{2,6})(?![条项个名家所年月日天后强岁号期次批人元万亿倍件座])([\u4e00-\u9fff]{1,4})$/;

/**
 * Quoted formulas of a block, resolved where the block itself holds their items; and the terms of a glossary entry.
 * In an entry's gloss, a quoted name that the term holds speaks for it: the term's name again, or one of its parts
 * (“四旁”为…, “两委”指… of 一核两委一会) heads items the term reads, and is not read again; a name with the term's very
 * counts (平安五小工程：…等“五小”问题; 五定班列：…“五定”含义为：…) reads them, and the term leaves its verdict to it.
 */
export function scanQuotedFormulas(text: string): RawFormula[] {
	const segments = entrySegments(text);
	if (!segments) return scanBlockFormulas(text);
	return segments.flatMap((g) => scanBlockFormulas(text.slice(g.start, g.end)).map((f) => shiftFormula(f, g.start)));
}

/** A note's label before a glossary entry on its line (注：六稳：…; 注释：1.…; 名词解释：①…). */
const NOTE_LABEL = /^\s*(?:注释|注解|注|附注|名词解释|名词注解)\s*[：:]\s*/;
const NOTE_LABEL_FIRST = new CharSet('注附名');
/** An entry's number, written (1. 〔1〕 ［1］ [1] （1） (1) 【1】 ①): its value. */
const WRITTEN_ENTRY_NUMBER = /^(?:([0-9]{1,3})\s*[.．、]|[〔［\[（(【]([0-9]{1,3})[〕］\]）)】]|([\u2460-\u2473]))/;
/** How much of a block's text is read for an entry's opening (its number, its term and its colon or connective). */
const ENTRY_HEAD = TERM_MAX + 16;

function entryNumberAt(text: string, at: number): number | undefined {
	const m = WRITTEN_ENTRY_NUMBER.exec(text.slice(at, at + 8));
	if (!m) return undefined;
	return m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2]);
}

/**
 * A block of glossary entries run together, as a page's footnotes are (①“六稳”：…。②“六保”：…。), or one entry after a
 * note's label (注：六稳：…; 注释：1.…): where each entry stands. An entry after the first opens right after a 。 or ；
 * with the number after the one before (① then ②). Undefined for any other block (one entry, or running text).
 */
function entrySegments(text: string): { start: number; end: number }[] | undefined {
	// (Most blocks open with a Chinese character no label opens with: no pattern run.)
	const c0 = text.charCodeAt(0);
	const label = isCjk(c0) && !NOTE_LABEL_FIRST.has(c0) ? null : NOTE_LABEL.exec(text);
	const first = label ? label[0].length : 0;
	if (!glossaryEntry(text.slice(first, first + ENTRY_HEAD))) return undefined;
	const starts = [first];
	let n = entryNumberAt(text, first);
	for (let k = first; n !== undefined && k < text.length; k++) {
		if (text[k] !== '。' && text[k] !== '；') continue;
		// (Each 。 looked at once, and a bounded head after it.)
		work.formulas += ENTRY_HEAD;
		let j = k + 1;
		while (j < text.length && j - k <= 2 && BLANK.includes(text[j]!)) j++;
		if (entryNumberAt(text, j) === n + 1 && glossaryEntry(text.slice(j, j + ENTRY_HEAD))) {
			starts.push(j);
			n = n + 1;
		}
	}
	if (starts.length === 1 && !label) return undefined;
	return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

/** A formula read from a piece of a block that starts at `by`, its offsets made the block's. */
export function shiftFormula(f: RawFormula, by: number): RawFormula {
	const item = (it: Item): Item => ({ start: it.start + by, end: it.end + by, text: it.text });
	const out: RawFormula = { ...f, start: f.start + by, end: f.end + by, parts: f.parts.map((p) => ({ ...p, items: p.items.map(item), ...(p.label ? { label: item(p.label) } : {}) })) };
	if (f.expansion) out.expansion = { ...f.expansion, start: f.expansion.start + by, end: f.expansion.end + by };
	return out;
}

function scanBlockFormulas(text: string): RawFormula[] {
	const entry = glossaryEntry(text);
	const read = scanQuoted(text, entry);
	// 【两会速递】今年我省将实施三大工程，包括…: a bare 【】 term whose reading does not hold is a heading, the block running text.
	return entry?.bare && !read.terms.every(bareTermHolds) ? scanQuoted(text, undefined).out : read.out;
}

/**
 * Does the formula of a bare 【】 term (no colon: a news heading is written so) read as the term of its gloss: a name the
 * glossary knows, or items of which at least half carry its key in every part (【六稳】稳就业、稳金融…)? An unread one does.
 */
function bareTermHolds(f: RawFormula): boolean {
	return f.verdict === 'unexpanded' || lookupGlossary(f.text) !== undefined || itemsCarryKeys(f);
}

/**
 * Do at least half of the items of every part carry its key (稳就业、稳金融 of 六稳; 100 for 百)? An item closed by the
 * key's first character carries a key that runs on into the formula's noun (平安型、绿色型… of 四型机场: key 型机场).
 */
function itemsCarryKeys(f: RawFormula): boolean {
	return f.parts.every((p) => {
		const key = p.key;
		if (key === undefined) return false;
		const carries = (t: string): boolean => keyForms(key).some((k) => t.includes(k)) || (key.length >= 2 && t.replace(/[“”]/g, '').endsWith(key[0]!));
		return 2 * p.items.filter((it) => carries(it.text)).length >= p.items.length;
	});
}

/** What scanQuoted reads in a block with no quote and no glossary entry (frozen: shared by every such block). */
const NOTHING_QUOTED: { out: RawFormula[]; terms: RawFormula[] } = Object.freeze({ out: Object.freeze([]) as unknown as RawFormula[], terms: Object.freeze([]) as unknown as RawFormula[] });

function scanQuoted(text: string, entry: EntryOpening | undefined): { out: RawFormula[]; terms: RawFormula[] } {
	work.formulas += text.length;
	let i = text.indexOf('“');
	// Most blocks: no quote and no glossary entry, so nothing to read (nothing made for them either).
	if (i < 0 && entry === undefined) return NOTHING_QUOTED;
	const out: RawFormula[] = [];
	const inGloss: { f: RawFormula; open: number; close: number }[] = [];
	let quotedInTerm = false;
	while (i >= 0) {
		const close = text.indexOf('”', i + 1);
		if (close < 0) break;
		const raw = text.slice(i + 1, close);
		// “三馆四中心 ”: spaces inside the quotes are no part of the name.
		const lead = raw.length - raw.trimStart().length;
		const inner = raw.trim();
		const nested = inner.indexOf('“');
		if (nested >= 0) {
			i = i + 1 + lead + nested;
			continue;
		}
		const inTerm = entry !== undefined && close < entry.termEnd;
		if (inTerm) quotedInTerm = true;
		// In a glossary term, a name may have words before its count (新三通) or be several names (抓好两端、畅通中间);
		// in running text, names joined by 、 are formulas each (“双报到、双服务”), but for one the glossary knows.
		const named = inner.length <= 16 && (inTerm || !inner.includes('、') || lookupGlossary(inner)) ? parseName(inner, inTerm ? 8 : 4) : undefined;
		// A glossary term's code with its noun inside the quotes (“88政务”模式：…): the code is the digits.
		const nounCode = !named && inTerm ? CODE_WITH_NOUN.exec(inner) : null;
		const pieces = nounCode ? [{ at: 0, name: nounCode[1]!, parsed: parseName(nounCode[1]!) }] : named || !inner.includes('、') ? [{ at: 0, name: inner, parsed: named }] : namePieces(inner, inTerm ? 8 : 0);
		const unresolved: RawFormula[] = [];
		for (const p of pieces) {
			const parsed = p.parsed;
			// 服务业“三百工程”：建设100个…、培育100个…、打造100个…: a count before a magnitude, N things of it where the entry's
			// gloss lists them (see magnitudeEntry); else the number (or nothing) parseName reads.
			const byMagnitude = inTerm && (!parsed || parsed.kind === 'ordinal') ? magnitudeEntry(p.name, i + 1 + lead + p.at, text, entry, pieces.filter((x) => x !== p).map((x) => x.name)) : undefined;
			if (byMagnitude) {
				out.push(byMagnitude);
				continue;
			}
			if (!parsed || (parsed.kind === 'code' && (text[close + 1] === '年' || (DIALLED.test(p.name) && PHONE_LINE.test(text.slice(close + 1, close + 1 + PHONE_LINE_REACH)))))) continue;
			const f: RawFormula = { start: i + 1 + lead + p.at, end: i + 1 + lead + p.at + p.name.length, text: p.name, kind: parsed.kind, quoted: true, parts: parsed.parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
			out.push(f);
			// “双报到、双服务” in running text: each is recognised, none resolved (the items after are the pair's).
			if (parsed.kind === 'ordinal' || (!named && !inTerm)) {
				if (parsed.kind === 'cjk') unresolved.push(f);
				continue;
			}
			if (inTerm) {
				resolveEntry(f, text, entry.gloss, false, pieces.filter((x) => x !== p).map((x) => x.name), entry);
				magnitudeItems(f, text);
			} else if (entry) inGloss.push({ f, open: i, close: close + 1 });
			else {
				resolve(f, text, i, close + 1);
				if (f.verdict === 'unexpanded' && parsed.kind === 'cjk' && f.parts.length === 1) resolveLeadSentence(f, text, i, close + 1);
			}
		}
		if (unresolved.length >= 2 && unresolved.length === pieces.length) partsInBrackets(unresolved, text, close + 1);
		i = text.indexOf('“', close + 1);
	}
	const terms = out.filter((f) => entry !== undefined && f.start < entry.termEnd);
	if (entry && !quotedInTerm) {
		const unquoted = termFormulas(text, entry);
		terms.push(...unquoted);
		out.push(...unquoted);
	}
	const heads: { f: RawFormula; holder: RawFormula }[] = [];
	for (const { f, open, close } of inGloss) {
		const holder = terms.find((t) => t.text.includes(f.text) || partOf(f, t));
		if (holder && holder.text !== f.text && countsOf(holder) === countsOf(f)) {
			// 五定班列：…“五定”含义为：…: the shorter name reads the items; the term leaves its verdict to it.
			holder.verdict = 'unexpanded';
			holder.parts = holder.parts.map((p) => ({ ...p, items: [] }));
			delete holder.expansion;
		} else if (holder) {
			heads.push({ f, holder });
			continue;
		}
		resolve(f, text, open, close);
	}
	// A part's name heading its items (“双报到”是指… in the gloss of “双报到双报告”) shows the items the term read for it;
	// the term holds the verdict.
	for (const { f, holder } of heads) {
		const mine = holder.parts.filter((p) => f.parts.some((q) => q.key !== undefined && q.key === p.key));
		if (mine.length !== f.parts.length || mine.some((p) => p.items.length === 0)) continue;
		f.parts = f.parts.map((p, n) => ({ ...p, items: mine[n]!.items }));
		f.verdict = 'uncertain';
	}
	return { out: out.sort((x, y) => x.start - y.start), terms };
}

/** The characters of a CJK numeral read around a magnitude (五千五百万): a bound, numerals are short. */
const MAX_NUMERAL = 8;

/** A magnitude in an item as its figure (100 名, 1000个) or as a count's numeral before a measure word (十大标志性战役, 一百名). */
function carriesMagnitude(item: string, magnitude: string): boolean {
	const figure = { 十: '10', 百: '100', 千: '1000', 万: '10000' }[magnitude];
	for (let k = item.indexOf(magnitude); k >= 0; k = item.indexOf(magnitude, k + 1)) {
		// The numeral the magnitude stands in must be it alone or 一 and it (十大, 一百名), not a larger number (三百个, 二十所).
		let s = k;
		while (s > 0 && k - s < MAX_NUMERAL && COUNT_CHARS.has(item[s - 1]!)) s--;
		let e = k + 1;
		while (e < item.length && e - k < MAX_NUMERAL && COUNT_CHARS.has(item[e]!)) e++;
		const run = item.slice(s, e);
		if ((run === magnitude && MEASURES.has(item[e] ?? '')) || run === `一${magnitude}`) return true;
	}
	if (figure === undefined) return false;
	for (let k = item.indexOf(figure); k >= 0; k = item.indexOf(figure, k + 1)) if (!/[0-9.．]/.test(item[k - 1] ?? '') && !/[0-9.．]/.test(item[k + figure.length] ?? '')) return true;
	return false;
}

/**
 * A glossary term that is a count before a magnitude (see magnitudeParts: “三百”招商, “三十工程”), read as N things of
 * that magnitude when its gloss lists two items or more that each carry it (建设100个重大项目、培育100个重点企业; 长江大保护
 * 十大标志性战役、…): then the formula, judged as any is; undefined when the gloss does not show it (“五百”：五百年老店…).
 */
function magnitudeEntry(name: string, start: number, text: string, entry: EntryOpening, others: readonly string[]): RawFormula | undefined {
	const parts = magnitudeParts(name);
	if (!parts) return undefined;
	const f: RawFormula = { start, end: start + name.length, text: name, kind: 'cjk', quoted: true, parts: parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
	resolveEntry(f, text, entry.gloss, false, others, entry);
	magnitudeItems(f, text);
	const items = f.parts[0]?.items ?? [];
	if (f.parts.length !== 1 || items.length < 2 || !items.every((it) => carriesMagnitude(it.text, parts[0]!.key!))) return undefined;
	// The gloss counts a time by the name's numeral (“三百”工程：利用三年时间，每年建设100个…): the items are a year's, the
	// numeral the years — no N things listed. (Read up to the list's end: bounded by the gloss.)
	const lead = f.expansion ? text.slice(entry.gloss, f.expansion.end) : '';
	return countsTimeBy(lead, name[0]!) ? undefined : f;
}

/** Numerals a count's numeral may be the last digit of (十三年, 2023年: no count of years by 三). */
const NUMERAL_BEFORE = new CharSet('一二两三四五六七八九十百千0123456789');

/** Does `text` count a time by `numeral` (三年, 三个月; not 十三年, 2023年)? A scan by code: no pattern made per term. */
function countsTimeBy(text: string, numeral: string): boolean {
	for (let k = text.indexOf(numeral); k >= 0; k = text.indexOf(numeral, k + 1)) {
		if (k > 0 && NUMERAL_BEFORE.has(text.charCodeAt(k - 1))) continue;
		const e = text[k + 1] === '个' ? k + 2 : k + 1;
		if (text[e] === '年' || text[e] === '月') return true;
	}
	return false;
}

/**
 * The items of a glossary term whose key is a magnitude (双百, 三百: each item carries 100) are those that carry it: a gloss's
 * groups after them that do not (…常住人口超过100万人、从中等城市迈入大城市行列) say what the items lead to, whatever the
 * count (the reader would take them as items where they make it). Judged again when some are set aside.
 */
function magnitudeItems(f: RawFormula, text: string): void {
	const part = f.parts[0];
	if (f.parts.length !== 1 || !part || part.key === undefined || !'十百千万'.includes(part.key) || part.key.length !== 1 || part.items.length < 3) return;
	let n = 0;
	while (n < part.items.length && carriesMagnitude(part.items[n]!.text, part.key)) n++;
	if (n < 2 || part.items.slice(n).some((it) => carriesMagnitude(it.text, part.key!))) return;
	f.parts = [{ ...part, items: part.items.slice(0, n) }];
	judgeParts(f, true, [false], text);
}

/**
 * The parts of a glossary term whose gloss runs over the paragraphs after it, one part each (七纵，即A，B…；⏎六横，即…
 * ⏎三环，即…): `blocks` are the texts of the following blocks; each part's items are read from the block its name
 * opens. Returns, per part, the block (index into `blocks`) and its items, or undefined.
 */
export function resolveFollowing(f: RawFormula, blocks: readonly string[]): { block: number; items: Item[] }[] | undefined {
	if (f.kind !== 'cjk' || f.parts.length < 1) return undefined;
	const out: { block: number; items: Item[] }[] = [];
	let b = 0;
	for (const part of f.parts) {
		while (b < blocks.length && blocks[b]!.trim() === '') b++;
		const text = blocks[b];
		if (text === undefined) return undefined;
		const heads = partHeads(text, 0, Math.min(text.length, 12), [part], undefined);
		if (!heads) return undefined;
		out.push({ block: b, items: readPart(text, heads[0]!.from, text.length, part, f.text).items });
		b++;
	}
	return out;
}

/**
 * Formulas quoted together (“两山一轴、一中心六组团”) and brackets right after the quote that gloss every part of each by its
 * own name, in order (（“两山”：A、B；“一轴”：C；“一中心”：D；“六组团”：E、F…）): each formula takes its parts' glosses.
 */
function partsInBrackets(fs: readonly RawFormula[], text: string, after: number): void {
	const open = skipNoun(text, after, 8);
	if (text[open] !== '（' && text[open] !== '(') return;
	const close = matchingClose(text, open);
	if (close < 0) return;
	const all = fs.flatMap((f) => f.parts);
	if (all.some((p) => p.key === undefined || p.count === undefined)) return;
	const heads = partHeads(text, open + 1, close, all, undefined);
	// Each part's name heads its gloss: quoted (“两山”：), never a count inside another part's items.
	if (!heads || heads.some((h) => text[h.head] !== '“')) return;
	let n = 0;
	for (const f of fs) {
		const etc: boolean[] = [];
		f.parts = f.parts.map((p) => {
			const r = readPart(text, heads[n]!.from, heads[n + 1]?.head ?? close, p, '');
			n++;
			etc.push(r.etc);
			return { ...p, items: r.items };
		});
		if (f.parts.some((p) => p.items.length === 0)) {
			f.parts = f.parts.map((p) => ({ ...p, items: [] }));
			continue;
		}
		f.expansion = { start: open + 1, end: close, source: 'brackets' };
		judgeParts(f, true, etc, text);
	}
}

/** Judge a formula whose parts were filled from elsewhere (the paragraphs after a glossary term). */
export function judgeFilled(f: RawFormula): void {
	judgeParts(f, true, []);
}

/** The titles in 《》 side by side right before `end` (《望道》《问天》, 《A》、《B》和《C》), at most twelve, each as an item. */
function titlesBefore(text: string, end: number): Item[] {
	const out: Item[] = [];
	let at = end;
	while (out.length < 12 && text[at - 1] === '》') {
		const open = text.lastIndexOf('《', at - 2);
		if (open < 0 || at - open > 40) break;
		out.unshift({ start: open, end: at, text: text.slice(open, at) });
		at = open;
		if (QUOTED_ITEM_JOINERS.has(text[at - 1] ?? '') && text[at - 2] === '》') at--;
	}
	return out;
}

/** How many quotes open between `from` and `to` (a quoted run of a counted list, at most 160 characters). */
function quotesIn(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x201c) n++;
	return n;
}

/** The longest quoted item of a counted list, its quotes included. */
const QUOTED_ITEM_MAX = 24;

/** The longest quote (its quotes included) that is one item of a counted list whatever it holds. */
const QUOTED_LIST_ITEM_MAX = 16;

/**
 * The parts of a quoted item that holds a list (“我为群众办实事、我为企业解难题”: two), split at 、 — and, in a quote longer
 * than QUOTED_LIST_ITEM_MAX, at ， too (a short one with a comma is one slogan: “控尘治理,全城清扫”). Anything else: itself.
 */
function quoteParts(it: Item): Item[] {
	const t = it.text;
	if (!t.startsWith('“') || !t.endsWith('”') || t.indexOf('”') !== t.length - 1) return [it];
	const separators = t.length > QUOTED_LIST_ITEM_MAX ? /[、，,]/ : /、/;
	const out: Item[] = [];
	let from = 0;
	for (let k = 1; k < t.length; k++) {
		if (k < t.length - 1 && !separators.test(t[k]!)) continue;
		const end = k === t.length - 1 ? t.length : k;
		if (end > from) out.push({ start: it.start + from, end: it.start + end, text: t.slice(from, end) });
		from = k + 1;
	}
	return out.length > 1 ? out : [it];
}

/** What stands between quoted items side by side: “山城”、“江城”; “商品零售额”和“餐饮收入额”. */
const QUOTED_ITEM_JOINERS = new Set(['、', '，', '和', '及', '与']);

/** Measure words of a counted list; and places (凤岗、塘厦、…六镇; 汕头、河源、汕尾、潮州4市). */
const ENUM_UNITS = new Set(['级', '项', '个', '方', '方面', '支', '类', '大', '者', '条', '种', '家', '所', '座', '处', '台', '栋', '幢', '块', '艘', '架', '片', '张', '件', '批', '位', '篇', '镇', '县', '区', '市', '乡', '村', '省', '州', '翼', '场', '户', '国']);
/** Units of things a formula's part counts by (两户一策, 三场一会): before a numeral, no count of a list. */
const COUNTED_IN_FORMULA = new Set(['户', '场']);
/** Units of what places hold (households, events, firms and institutions), never of the places: 3户, 2场, 5家. */
const HELD_BY_PLACES = new Set(['户', '场', '家']);
/** A preposition (and 全部) before a count: the count is a whole the words before it are in or a share of (在全部13个门类中). */
const PREPOSITION_BEFORE_COUNT = /[\u4e00-\u9fff]{2}(?:在|占|居)(?:全部|所有|全)?$/;
/** What 场 counts as a list's items: campaigns and disasters (三场硬仗, “五场保卫战”, 两场大汛), not matches or meetings held. */
const EVENTS_OF_A_LIST = /^“?[\u4e00-\u9fff]{0,3}(?:仗|战|役|汛|灾|演练)/;
/** A magnitude after 个 that makes the count an amount (两个亿。, 3个亿以上, 五个多亿): not 亿元项目 or 万亩基地, things counted. */
const MAGNITUDE_AFTER_GE = /^(?:千万|百万|亿|万)(?:多|以上|左右|之多|[^\u4e00-\u9fff]|$)/;
/** What 条 counts as lines: a railway, a road, a route, a corridor (两条高铁线路, 三条高速, 两条通道). */
const LINE_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:线|路|铁|高速|通道|廊)/;
/** A place by its name alone (景德镇, 上海, 城东区), not a line between places (杭州至宁波, 沪—杭). */
function barePlace(item: string): boolean {
	return item.length <= 5 && !/[至到—－\-~～]/.test(item) && (PLACE_ITEM.test(item) || (endsWithPlaceName(item) && item.length <= 3));
}
/** An item that names a place (城关镇, 张村, 城东片区): places hold households and events, they are not counted by 户 or 场. */
const PLACE_ITEM = /(?:[镇村乡区县市州省]|街道|社区)$/;
/** The last item of a list of works (老旧小区改造、海绵城市建设): a noun made of a verb of building or renewing. */
const WORK_ITEM = /(?:建设|改造|整治|治理|修复|更新|提升|升级|修缮|改建|新建|扩建)$/;
/**
 * Batches and projects (两批试点, 三个项目): what a list of works is carried out in, not the works it names (完成老旧小区
 * 改造、海绵城市建设、地下管网建设两批试点).
 */
function countsProjectsOfWorks(unit: string, after: string, items: readonly string[]): boolean {
	const last = items[items.length - 1]!;
	// (A list of named projects whose last only is a work, three items or more, is what the projects are: 加快建设郑西客运专线、
	// 新丰镇编组站、…、延安火车站改建等5个项目.)
	const named = items.length >= 3 && !items.slice(0, -1).some((it) => WORK_ITEM.test(it));
	return (unit === '批' || (unit === '个' && /^(?:项目|试点)/.test(after))) && WORK_ITEM.test(last) && !named;
}
/** A clause's verb between 等 and the count after it (…王村等搬迁群众建成安置房两户): the words are no noun of the list. */
const VERB_AFTER_ETC = /建成|新建|改建|扩建|完成|安置|修缮|开工|投产|实施|举办|举行|召开|获得|入选|建立|设立/;
const PLACE_UNITS = new Set(['镇', '县', '区', '市', '乡', '村', '省', '州', '翼', '国']);
/** A count of places of another kind right after a count of places (两省一市, 三省一市, 一市两区). */
const PLACE_COUNT_NEXT = /^[一二两三四五六七八九十0-9][镇县区市乡村省州国]/;
/**
 * Measure words of sites, machines, buildings, plots, ships and planes: they count a list of names or places (北岸新城、
 * 金沙新区和大同街东段三处), not of common nouns (港口码头、锚地三处作业区; 学校、医院三栋大楼), nor before 套 or 次
 * (台套, 架次, 艘次: sets and trips).
 */
const NAMED_UNITS = new Set(['处', '台', '栋', '幢', '块', '艘', '架']);
/** How the name of a place or building ends (新城, 新区, 大同街东段, 江北, 综合楼). */
const PLACE_NAME_END = /(?:[区城镇村县市乡街路段道岛湾湖山河江港园楼馆站东南西北]|广场)$/;
/** Generic nouns of areas after a count (三个作业区, 两个片区): they count named areas, not kinds of site (SITE_KIND_END). */
const AREA_NOUN = /^(?:作业区|片区|园区|功能区|港区|组团)/;
/** How the common nouns of kinds of site end (港口码头, 锚地, 泊位, 堆场): not names of areas. */
const SITE_KIND_END = /(?:码头|锚地|泊位|堆场|货场|仓库|航道|船闸|场站)$/;
/** Measure words of kinds that may close a clause right after the list they count (…和农村清洁工程5项，). */
const BARE_UNITS = new Set(['项', '类', '种', '件', '个', '条']);
/** Those of them that count kinds, not things: a whole list one short of such a count is judged. */
const KIND_COUNTS = new Set(['项', '类', '种']);
/**
 * Are the items of a list kinds of one thing, which a count of 项/种 right after them may count across (four standards of
 * three kinds)? All end with the same character (国家标准、行业标准、地方标准; 一级、二级、三级), or the last is much
 * longer than the middle ones: a noun they share is written once after it (节水、节能、节地技术).
 */
function kindsOfOneThing(items: readonly Item[]): boolean {
	const ends = new Set(items.map((it) => it.text[it.text.length - 1]));
	// The first item may still hold the clause's verb (取得国家级): the middle ones measure an item. Longer by more than a
	// character than short words (two or three characters), or twice as long as longer ones (危化品、烟花爆竹、非煤矿山专项
	// 整治); not a long item among long ones (校舍安全、福利中心、留守儿童之家).
	const longest = Math.max(...items.slice(1, -1).map((it) => it.text.length));
	const last = items[items.length - 1]!.text.length;
	return ends.size === 1 || (last > longest + 1 && (longest <= 3 || last >= 2 * longest));
}

/** Words before a count that make it something other than the size of a list: 前十大, 第三, 近两年. */
const NOT_LIST_COUNT = new Set(['前', '第', '近', '约', '超', '逾', '余', '几', '、', '，', '；', '。', '：']);
/** One-character administrative levels that are listed without separators: 县乡村三级, 省市县三级. */
const ADMIN_LEVEL = new Set([...'省市县区乡镇村州盟旗组']);

/** Counts of places that their abbreviations may stand before (合芜蚌三市, 黑吉辽三省, 川渝两地). */
const PLACE_COUNT_UNITS = new Set(['市', '省', '地']);

/**
 * Places written by their one-character abbreviations side by side right before `end` (川渝两地; 成渝地区双城: 地区 may
 * stand between), when there are exactly `count` of them and no other abbreviation before them — or, for a count of places
 * (`oneShort`: 沪台三地, not a quoted formula's name, 杭甬“三城记”), one fewer when they open what names them (see
 * opensPlaces). Reads at most ten characters.
 */
function placesBefore(text: string, end: number, count: number, oneShort = false): Item[] | undefined {
	const e = text.startsWith('地区', end - 2) ? end - 2 : end;
	let k = e;
	while (k > 0 && e - k <= count && isPlaceAbbreviation(text[k - 1]!)) k--;
	work.formulas += e - k + 2;
	// 沪台台两地: one abbreviation written twice side by side is a list one over its count.
	const twice = e - k === count + 1 && !isPlaceAbbreviation(text[k - 1] ?? '') && new Set(text.slice(k, e)).size === count && [...text.slice(k, e)].some((ch, n, all) => n > 0 && all[n - 1] === ch);
	if (e - k !== count && !twice && !(oneShort && e - k === count - 1 && e - k >= 2 && e === end && opensPlaces(text, k))) return undefined;
	return [...text.slice(k, e)].map((ch, n) => ({ start: k + n, end: k + n + 1, text: ch }));
}

/**
 * Do the abbreviations from `k` open what names the places (，沪台三地; 支持川渝三地 after a verb), so that no place can stand
 * before them? Not after a joiner or a name (北京与津冀三地: Beijing is one of them), nor after a place the lexicon does not
 * know (深港澳三地 with 深 unknown).
 */
function opensPlaces(text: string, k: number): boolean {
	return k === 0 || /[，。；：！？、（“\n]/.test(text[k - 1]!) || verbBefore(text.slice(Math.max(0, k - 3), k));
}

/** What 中 and a direction or a continent name is a region (中东, 中亚, 中欧, 中部), not China and a country. */
const REGION_AFTER_CENTRE = new Set([...'东西南北亚欧部']);

/**
 * China and another country by their one-character names right before a count of two countries (中越两国, 中美两国关系,
 * 和中缅两国总理, 标志着中朝两国, 二十三日中朝两国): 中 and one character, opening what names them (see opensPlaces and
 * afterVerbOrDate; not 其中两国, 集中两国), not a region
 * (中东两国, 中亚两国: two countries of it). Resolved only as a pair, never flagged.
 */
function chinaPairBefore(text: string, end: number, count: number): Item[] | undefined {
	const k = end - 2;
	if (count !== 2 || k < 0 || text[k] !== '中' || !isCjk(text.charCodeAt(k + 1)) || text[k + 1] === '国' || REGION_AFTER_CENTRE.has(text[k + 1]!) || WORD_AFTER_CENTRE.has(text[k + 1]!)) return undefined;
	if (!(opensPlaces(text, k) || /[和与同及]/.test(text[k - 1]!) || afterVerbOrDate(text, k))) return undefined;
	return [{ start: k, end: k + 1, text: '中' }, { start: k + 1, end: k + 2, text: text[k + 1]! }];
}

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
function directionsBefore(text: string, end: number, count: number): Item[] | undefined {
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
function familyRunBefore(text: string, end: number, count: number): Item[] | undefined {
	const last = codeAt(text, end - 1);
	// (No character is of two families: the first that holds the last character is the run's.)
	for (const { chars, size, noun } of PACKED_FAMILIES) {
		if (!chars.has(last)) continue;
		let k = end - 1;
		while (k > 0 && end - k <= PACKED_RUN_MAX && chars.has(codeAt(text, k - 1))) k--;
		work.formulas += end - k + 1;
		const run = text.slice(k, end);
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
function packedEnumeration(text: string, q: { start: number; end: number; value: number }, items: Item[]): RawFormula {
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
function countsOfOwnNoun(text: string, countStarts: ReadonlySet<number>, out: RawFormula[]): void {
	work.formulas += text.length;
	for (let i = 1; i + 1 < text.length; i++) {
		if (!OWN_NOUN_COUNTS.has(text.charCodeAt(i)) || countStarts.has(i)) continue;
		const before = text.charCodeAt(i - 1);
		const after = text.charCodeAt(i + 1);
		if (!isCjk(before) || !isCjk(after) || NOT_OWN_NOUN_BEFORE.has(before) || NOT_OWN_NOUN_AFTER.has(after) || inIdiom(text, i)) continue;
		const value = parseCjkNumeral(text[i] === '两' ? '二' : text[i]!)!;
		// (The count's span holds the first character of its noun, as a measure word is held: 两季, 四业.)
		const q = { start: i, end: i + 2, value };
		const family = familyRunBefore(text, i, value);
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

/** How many one-character levels stand side by side right before `end` (市县两级 → 2), up to twelve. */
function adminRun(text: string, end: number): number {
	let k = end;
	while (k > 0 && end - k < 12 && ADMIN_LEVEL.has(text[k - 1]!)) k--;
	work.formulas += end - k;
	return end - k;
}

/**
 * The one-character levels side by side right before `end` (their count ending at `countEnd`) when they open their clause (after a clause's mark or a line's
 * start), all different, exactly `count` of them or one fewer, and N级 no grade after them (see GRADE_AFTER); else undefined.
 */
function levelsOpeningClause(text: string, end: number, countEnd: number, count: number): Item[] | undefined {
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
function levelNamedBefore(text: string, s: number, end: number): boolean {
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

/**
 * Verbs that take places or levels for their object without being a list's lead (盘活市区两级政府资产, 健全优化县乡村三级
 * 物流配送体系, 确保市县两级财政资金, 支持川渝两地市场主体).
 */
const OBJECT_VERBS = /(?:盘活|优化|理顺|贯通|压实|夯实|编制|确保|支持|指导|督促|调动)$/;

/** A verb of two characters after 并 (完善并公布: 并公布). */
const JOINED_VERB = /并[\u4e00-\u9fff]{2}$/;

/**
 * Does `before` end with a verb of two characters or more — a list's lead (健全, 推动, 进行) or a verb that takes places or
 * levels (盘活, 确保)? Levels or places one fewer than their count right after one are a list one short: no level or
 * place can stand between the verb and them. Not a word of one character (在, 与: 北京与津冀三地 names Beijing).
 */
function verbBefore(before: string): boolean {
	// A verb of two characters joined by 并 to such a verb before it (完善并公布, 编制并公开) is a verb of the same clause.
	if (JOINED_VERB.test(before) && verbBefore(before.slice(0, -3))) return true;
	return (before.length >= 2 && isLead(before.slice(-2))) || (before.length >= 3 && isLead(before.slice(-3))) || OBJECT_VERBS.test(before);
}

/** What N级 names after levels when it is a grade, not their count: 三级医院, 三级综合性医院, 三级甲等, 三级公路, 三级路网, 四级响应, 三级等保. */
const GRADE_AFTER = /^(?:及以上|以上)?(?:甲等|乙等|[\u4e00-\u9fff]{0,6}?(?:医院|卫生院|保健院)|公路|路网|道路|航道|响应|预警|实验室|资质|等保)/;

/**
 * What levels of government have, named after N级 (两级政府资产, 三级物流配送体系, 两级财政, 三级治理体系): where a verb's object is
 * levels one fewer than N级, the count is of those levels only before such a noun — before another (三级综合性医院, 三级路网,
 * 三级等保) N级 may be a grade.
 */
const LEVELS_HAVE = /^[^，。；、：]{0,6}?(?:政府|财政|党|体系|服务网络|规划|清单|机制|联动|事权|资产|行政|治理|书记|干部|经费|责任)/;

/** Levels listed with 、 right before a count (省、市（州）、县（市、区）): each opens with a level, a short name with its brackets. */
const LEVEL_LIST_BEFORE = /(?:^|[^\u4e00-\u9fff（）、])[\u4e00-\u9fff]{0,4}?[省市县区乡镇村州盟旗][\u4e00-\u9fff]{0,2}(?:（[^（）]{1,6}）)?(?:、[省市县区乡镇村州盟旗][\u4e00-\u9fff]{0,2}(?:（[^（）]{1,6}）)?)+$/;

/** Is text[i] inside an idiom or set phrase that starts at most three characters before it (三番五次, 两位数增长)? */
function inIdiom(text: string, i: number): boolean {
	for (let s = Math.max(0, i - 3); s <= i; s++) {
		const w = notFormulaAt(text, s);
		if (w && s + w.length > i) return true;
	}
	return false;
}

/** A count and its measure word in an item (八项规定, 省委六条意见, 纵贯五级): the item is counted itself. */
const COUNTED_ITEM = /[一二三四五六七八九十两0-9][个项条级类种大支方市县区]/;

/** …三条高速和广深、赣深…三条铁路, 9个专业特色工业园区和A、B两个共建园区: a list that follows another counted one after 和 (its count and noun, up to ten characters, before the joiner). */
const COUNTED_BEFORE_JOINER = /[0-9一二两三四五六七八九十][个项条级类种大支方座家所部][\u4e00-\u9fff]{0,10}$/;

/** What 部 counts as a measure word: laws, rules, plans and works (not 部门, 部委: the ministries a list may name). */
const WORKS_AFTER = /^(?:法律|法规|规章|条例|规划|规定|办法|文件|作品|影片|电影|著作|专著|剧|曲)/;

/** The longest half of a pair joined by 和 before a count (中央和地方两个积极性). */
const PAIR_ITEM_MAX = 12;

/** One item of two words joined by 和, 与 or 及 (中央和地方), when each is a word of its own. */
function twoJoined(items: readonly Item[]): Item[] | undefined {
	const halves = items.length === 1 ? splitLastJoiner([items[0]!]) : undefined;
	return halves && halves.length === 2 && halves.every((h) => h.text.length >= 2) ? halves : undefined;
}

/**
 * A pair joined by 和 right before a count of three kinds or aspects (预期性和约束性三大类, 从增加供给和抑制需求三方面, 住房
 * 市场和住房保障三个体系): two items, one short. 大, 方面 and 个 before a noun of kinds (see KIND_NOUNS) count the kinds the
 * text names, not things of a kind that the second word would qualify (城区和周边三个县: 个 may count the counties). Not a
 * pair joined by 与 (维护世界和平与促进共同发展…三大历史任务: two sides of one task), nor after 这 (the three were named
 * before), nor 及 (a list's tail); nor halves that qualify the count (see PAIR_QUALIFIER); nor a second half closed by
 * the preposition of a verb that takes the count (…主要集中在三个方面).
 */
function pairOfThree(text: string, item: Item | undefined, end: number, q: ScannedQuantity): boolean {
	if (q.value !== 3 || !item || end !== q.start) return false;
	const after = text.slice(q.end, q.end + 14);
	// 类 counts kinds itself (交通枢纽型和商贸集散型三类物流聚集区), as 大类 does.
	if (!(q.unit === '方面' || q.unit === '类' || (q.unit === '个' && KIND_NOUNS.test(after)) || (q.unit === '大' && BIG_KINDS.test(after)))) return false;
	// A kind noun that qualifies the things counted (制造业和服务业三大产业集群, 三个行业协会): the pair qualifies them too.
	const kind = (q.unit === '大' ? BIG_KINDS : KIND_NOUNS).exec(after);
	if (kind && THINGS_OF_A_KIND.test(after.slice(kind[0].length))) return false;
	// The count's own items listed after it (三大计划：一是…, 三方面工作：…) are what it counts.
	if (LIST_AFTER.test(after)) return false;
	const halves = splitLastJoiner([item]);
	if (!(halves !== undefined && text.slice(halves[0]!.end, halves[1]!.start) === '和' && ![stripLead(halves[0]!), halves[1]!].some((h) => PAIR_QUALIFIER.test(h.text)))) return false;
	// 困难和挑战主要集中在三个方面: the count is what a verb's preposition takes (集中在, 体现在), not the pair's size.
	if (PREPOSITION_BEFORE_COUNT.test(halves[1]!.text)) return false;
	return q.unit !== '类' || typeNames(text, halves[0]!, halves[1]!);
}

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
 * Nouns after N个 that name kinds or aspects, not things (两个体系, 两个积极性, 两个行业; not 三个县, 三个项目); campaigns and
 * goals each half names one of (两个攻坚战, 两个全覆盖).
 */
const KIND_NOUNS = /^(?:方面|体系|领域|环节|关键|积极性|市场|行业|层面|渠道|途径|攻坚战|全覆盖|核心)/;
/** The same after N大, a modifier before them (两大类, 两大风险, 三大传统产业, 两大核心; not 三大组团, 三大片区, 三大计划). */
const BIG_KINDS = /^[\u4e00-\u9fff]{0,3}?(?:方面|体系|领域|环节|关键|市场|行业|产业|层面|类|风险|任务|矛盾|优势|核心|攻坚战)/;
/** Things a kind noun may qualify (产业集群, 产业园区, 行业协会, 市场主体): counted after it, the count is of them, not of kinds. */
const THINGS_OF_A_KIND = /^(?:集群|链|园|基地|带|片区|组团|集聚区|项目|工程|平台|协会|企业|主体)/;
/** A list after a count's noun: a colon or 一是 (三大计划：一是…). */
const LIST_AFTER = /^[一-鿿]{0,8}(?:[：:]|[，,]?(?:一是|即))/;
/** Halves that qualify a count rather than name its kinds: times (今年和明年三大任务), levels and authorities (国家和省级三大战略). */
const PAIR_QUALIFIER = new RegExp(`[0-9]|年|月|季度|级$|^(?:国家|中央|地方|${WHOLE_REGION})$|[委厅局]$|政府$`);

/** Do two nouns end with one head of two characters or more (外出农民工, 本地农民工)? */
function sharedHead(a: string, b: string): boolean {
	let n = 0;
	while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && isCjk(a.charCodeAt(a.length - 1 - n))) n++;
	return n >= 2 && n < a.length && n < b.length;
}

/** An item of two quoted names joined by 和, 及 or 与 (“商品零售额”和“餐饮收入额”): the two, each with its quotes. */
function quotedPair(it: Item): Item[] | undefined {
	const m = /^(“[^“”]+”)(?:和|及|与)(“[^“”]+”)$/.exec(it.text);
	if (!m) return undefined;
	const second = it.text.length - m[2]!.length;
	return [{ start: it.start, end: it.start + m[1]!.length, text: m[1]! }, { start: it.start + second, end: it.end, text: m[2]! }];
}

/** The opening of a clause that frames a list as what it names (以…为两翼), after a gloss's marker (是指以…为两条横轴). */
const FRAME_OPENING = /^(?:是指|就是|即)?以/;

/** 等 and a noun right before a count (…等国家先进制造业集群4个): the list's noun written before its count. */
const NOUN_BEFORE_COUNT = /等[\u4e00-\u9fff]{2,12}$/;

/**
 * `五大`, `3大` before a noun, `三者`: a count of the kinds of a thing (五大工程) or of the things just named (不敢腐、不能腐、
 * 不想腐三者), which the quantity scanner leaves alone.
 */
const BIG_COUNT = /([两二三四五六七八九十]|[2-9]|1[0-2])(大(?=[\u4e00-\u9fff])|者)/g;

/**
 * Counts of two or more things done or borne together, written before a noun or a verb: 双 (总量和强度双控, 科技和改革
 * 双轮驱动), N重 (需求收缩、供给冲击、预期转弱三重压力), 两手 (稳面积、增单产两手发力). Read as `双X`, `三重`, `两手`, the
 * count's unit 双, 重 or 手; such a count resolves only with a list of exactly its number (see EXACT_UNITS). Not 双 after a
 * number (五、九七七万双: pairs), 双双 (both), nor 双 before what makes a thing's build or a rhythm (双层, 双线, 双人, 双周, 双休).
 */
/** A count of places written before 地 (川渝两地, 京津冀三地): read only with their abbreviations before it. */
const PLACES_COUNT = /([两三四五六七八九十])地(?![区方])/g;
/** 闽东北、闽西南两翼: the wings of a region, places counted as 县 and 市 are. */
const WINGS_COUNT = /([两三四])翼/g;
const JOINT_COUNT = /(?<![0-9〇零一二两三四五六七八九十百千万亿几双])双(?![层线人面座倍周日月休号数双])(?=[\u4e00-\u9fff])|([两三四五六七八九十])重(?=[\u4e00-\u9fff])|两手(?=[\u4e00-\u9fff])/g;
/** What an item of a whole list of burdens does not hold: a verb (承受着, 面临) or a joining word (叠加, 加上, 以及). */
const BORNE_ITEM_BARS = /[着了和及与]|叠加|加上|连同|承受|面临|面对|遭受|经受|应对/;
/** What a list before such a count may not hold: another such count, a modal verb (the list is a clause's subject). */
const JOINT_INSIDE = /双|[两三四五六七八九十][重手]|可以|能够|应当|必须/;
/** Units of the counts that JOINT_COUNT reads: resolved by a list of exactly their number, never flagged. */
const EXACT_UNITS = new Set(['双', '重', '手']);
/**
 * The last two of a 、-list whose items each end with a quoted name (…初中“壮腰”、高中“筑梦”) right before a count: not one
 * quoted formula closing a plain list (教育、医疗、住房“三保障”两项成果: the quote names the list, the count is another's).
 */
const NAMED_ITEM_BEFORE_COUNT = /[\u4e00-\u9fff]“[^“”]{1,8}”、[\u4e00-\u9fff]{1,6}“[^“”]{1,8}”$/;
/** Burdens that a pair closed off by 的 is counted as (…的三重压力), not what it has (政府和市场的三重作用). */
const BURDENS = /^(?:压力|任务|责任|挑战|考验|风险|困难|矛盾|使命)/;
/** Verbs that open a clause bearing burdens (顶住…的双重压力, 肩负着…的三重任务), not always read as a list's lead. */
const BEARING_VERB = /^(?:肩负着?|担负着?|顶住了?|经受住?了?|承受着?)/;
/**
 * Another clause joined to the one that holds a count (既要稳增长，又要承担…的三重任务; 在需求收缩的同时，面对…; …的三重压力，
 * 以及自然灾害的严峻考验; …，还要兼顾…): the count may take in what it names, so one short is a guess. Read in the sentence,
 * at most SENTENCE_REACH characters either side.
 */
const CLAUSE_JOINED = /又要|又是|同时|以及|还要|还需|也要/;
const SENTENCE_REACH = 40;

/** The sentence around [from, to), at most SENTENCE_REACH characters before it and `reach` after it. */
function sentenceAround(text: string, from: number, to: number, reach = SENTENCE_REACH): string {
	let a = from;
	while (a > 0 && from - a < SENTENCE_REACH && !'。！？；\n'.includes(text[a - 1]!)) a--;
	let b = to;
	while (b < text.length && b - to < reach && !'。！？；\n'.includes(text[b]!)) b++;
	work.formulas += from - a + b - to;
	return text.slice(a, b);
}

/**
 * A count of three or more right after a closing quote, no measure word or unit after it (“人地钱”三挂钩; not “十四五”
 * 三年, 三大, 三级: those are read as counted nouns): read only with one-character items packed in the quote (see
 * packedQuoted).
 */
const QUOTE_COUNT = /”([三四五六七八九十])(?![个项条支大类种级方套张本只座片位批家所者重手年月日天周次人名元倍成期])(?=[\u4e00-\u9fff])/g;

/**
 * One-character items packed in the quote right before `end` (“人地钱”三挂钩, “市片镇校”四级, “空铁公水”四位一体, “土硒茶凉绿”五大优势):
 * exactly `count` characters, three or more, all different, none a numeral, the quote no item of a quoted list. A quoted word of two (“天都”双星) is a name,
 * not two items; a quote of another length is not this count's. Reads at most `count` + 2 characters.
 */
function packedQuoted(text: string, end: number, count: number): Item[] | undefined {
	work.formulas += count + 2;
	// Offsets from the count as a small integer (see sideBySide in lists.ts); a count not whole opens at no quote.
	const n = count | 0;
	const open = end - n - 2;
	if (n !== count || n < 3 || open < 0 || text[end - 1] !== '”' || text[open] !== '“') return undefined;
	// A quote joined to another one before it (“我为群众办实事”和“基层减负担”五项) is one item of a quoted list, a phrase,
	// not characters packed as items.
	if (QUOTED_ITEM_JOINERS.has(text[open - 1] ?? '') && text[open - 2] === '”') return undefined;
	const run = text.slice(open + 1, end - 1);
	if (![...run].every((ch) => isCjk(ch.charCodeAt(0)) && !COUNT_CHAR_SET.has(ch)) || new Set(run).size !== count) return undefined;
	return [...run].map((ch, n) => ({ start: open + 1 + n, end: open + 2 + n, text: ch }));
}
const COUNT_CHAR_SET = new Set([...'〇零一二两三四五六七八九十百千万亿双']);
/**
 * What may follow a count of packed items: no measure word, or one of kinds or levels (级, 位, 大, 项 …). A count in
 * digits, or of things (个, 家, 所: “小巨人”3家, “口袋公园”4个), counts what the quote names.
 */
const PACKED_UNITS = new Set(['”', '级', '位', '大', '项', '类', '种', '方', '条', '支', '重']);

/**
 * The characters a pattern of withBigCounts cannot match without: 大 者 (BIG_COUNT), 双 重 两手 (JOINT_COUNT), ” (QUOTE_COUNT),
 * 地 (PLACES_COUNT), 翼 (WINGS_COUNT).
 */
const BIG_COUNT_KEY_CHARS = new CharSet('大者双重两”地翼');
/** The first key of each pattern of withBigCounts (in the order above; -1: none), filled by firstCountKeys. */
const FIRST_COUNT_KEYS = new Int32Array(5);

/**
 * Where each global pattern of withBigCounts starts looking: the first of its keys, found for all five in one pass by
 * character codes (a native search per key read the block eight times), or -1 when none occurs (it cannot match: it is
 * not run). The pattern then starts the most characters it reads before its key earlier (see execFrom's callers): most
 * blocks hold no key, or hold the first late, and the pattern is not tried at every place before it.
 */
function firstCountKeys(text: string): Int32Array {
	const first = FIRST_COUNT_KEYS;
	first.fill(-1);
	let missing = first.length;
	for (let i = 0; i < text.length && missing > 0; i++) {
		const c = text.charCodeAt(i);
		if (!BIG_COUNT_KEY_CHARS.has(c)) continue;
		// 大 者 | 双 重 两手 | ” | 地 | 翼
		const g = c === 0x5927 || c === 0x8005 ? 0 : c === 0x53cc || c === 0x91cd || (c === 0x4e24 && text.charCodeAt(i + 1) === 0x624b) ? 1 : c === 0x201d ? 2 : c === 0x5730 ? 3 : c === 0x7ffc ? 4 : -1;
		if (g >= 0 && first[g]! < 0) {
			first[g] = i;
			missing--;
		}
	}
	return first;
}

/** `lead` characters before the key at `key` (the most a pattern reads before its key), or -1 when there is none. */
function startBefore(key: number, lead: number): number {
	return key < 0 ? -1 : Math.max(0, key - lead);
}

/** The first match of the global `pattern` from `from` on (null when `from` is -1: see firstCountKeys). */
function execFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
	if (from < 0) return null;
	pattern.lastIndex = from;
	return pattern.exec(text);
}

/** The quantities with the `N大` counts among them, in text order. */
function withBigCounts(text: string, quantities: readonly ScannedQuantity[]): readonly ScannedQuantity[] {
	const big: ScannedQuantity[] = [];
	const keys = firstCountKeys(text);
	const bigFrom = startBefore(keys[0]!, 2);
	const jointFrom = startBefore(keys[1]!, 1);
	const quoteFrom = startBefore(keys[2]!, 0);
	const placesFrom = startBefore(keys[3]!, 1);
	const wingsFrom = startBefore(keys[4]!, 1);
	for (let m = execFrom(BIG_COUNT, text, bigFrom); m; m = BIG_COUNT.exec(text)) {
		const value = parseAnyInteger(m[1]!);
		if (value === undefined) continue;
		big.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'number', mantissa: value, digits: /[0-9]/.test(m[1]!) ? m[1]! : '', decimals: 0, magnitude: 1, value, unit: m[2]!, approx: 'exact', step: 1, numStart: 0, numEnd: m[1]!.length });
	}
	for (let m = execFrom(JOINT_COUNT, text, jointFrom); m; m = JOINT_COUNT.exec(text)) {
		// 双X: the count and the key after it (双循环 → 双循); 三重, 两手: the count and its unit.
		const pair = m[0] === '双';
		const value = pair ? 2 : m[1] ? parseCjkNumeral(m[1].replace('两', '二')) : 2;
		if (value === undefined) continue;
		const end = m.index + (pair ? 2 : m[0].length);
		const unit = pair ? '双' : m[0][m[0].length - 1]!;
		big.push({ start: m.index, end, text: text.slice(m.index, end), kind: 'number', mantissa: value, digits: '', decimals: 0, magnitude: 1, value, unit, approx: 'exact', step: 1, numStart: 0, numEnd: pair ? 1 : m[0].length - 1 });
	}
	// “人地钱”三挂钩: a count right after a closing quote with no measure word, read only with the quote's characters.
	for (let m = execFrom(QUOTE_COUNT, text, quoteFrom); m; m = QUOTE_COUNT.exec(text)) {
		const value = parseCjkNumeral(m[1]!);
		if (value === undefined) continue;
		big.push({ start: m.index + 1, end: m.index + 2, text: m[1]!, kind: 'number', mantissa: value, digits: '', decimals: 0, magnitude: 1, value, unit: '”', approx: 'exact', step: 1, numStart: 0, numEnd: 1 });
	}
	for (let m = execFrom(PLACES_COUNT, text, placesFrom); m; m = PLACES_COUNT.exec(text)) {
		const value = parseCjkNumeral(m[1]!.replace('两', '二'));
		if (value === undefined) continue;
		big.push({ start: m.index, end: m.index + 2, text: m[0], kind: 'number', mantissa: value, digits: '', decimals: 0, magnitude: 1, value, unit: '地', approx: 'exact', step: 1, numStart: 0, numEnd: 1 });
	}
	for (let m = execFrom(WINGS_COUNT, text, wingsFrom); m; m = WINGS_COUNT.exec(text)) {
		const value = parseCjkNumeral(m[1]!.replace('两', '二'));
		if (value === undefined) continue;
		big.push({ start: m.index, end: m.index + 2, text: m[0], kind: 'number', mantissa: value, digits: '', decimals: 0, magnitude: 1, value, unit: '翼', approx: 'exact', step: 1, numStart: 0, numEnd: 1 });
	}
	if (big.length === 0) return quantities;
	return [...quantities, ...big].sort((a, b) => a.start - b.start);
}

/**
 * The largest count read as the size of any list before it, and the largest read at all: a count above a dozen only of a
 * 、-list as long as it, give or take one (西部地区是指内蒙古、…、宁夏和新疆12省).
 */
const SMALL_COUNT_MAX = 12;
const LIST_COUNT_MAX = 30;

/** The largest count in digits of a noun a colon closes (民生实事 lists run to twenty items and more). */
const COLON_COUNT_MAX = 30;

/** What may stand between a counted noun and its colon (六大高耗能行业分别为：), emphasis marks included. */
const TO_COLON = /^(?:分别为|分别是|包括|是指|是|为)?\*{0,2}[：:]/;

/**
 * A count in digits of the noun a colon closes (全力办好16件民生实事：…; 认真抓好11方面重点工作：): read as colonNoun reads a
 * count in characters — its items after the colon, or (nothing after it) the blocks that follow. Undefined when the noun
 * is no colon's, or its items are not found.
 */
function digitColonNoun(text: string, q: ScannedQuantity, blockEnd: number): RawFormula | undefined {
	const last = q.start + q.numEnd - 1;
	const nounEnd = colonNoun(text, last, blockEnd);
	const toColon = nounEnd < 0 ? null : TO_COLON.exec(text.slice(nounEnd, nounEnd + 6));
	if (!toColon) return undefined;
	const colon = nounEnd + toColon[0].length - 1;
	// 十个方面的工作: the counted noun stops at 的.
	const words = text.slice(q.start, nounEnd);
	const of = words.indexOf('的');
	const name = of > q.numEnd + 1 ? words.slice(0, of) : words;
	if (TIME_COUNT.test(name.slice(q.numEnd - 1))) return undefined;
	const f: RawFormula = { start: q.start, end: q.start + name.length, text: name, kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: [] }], verdict: 'unexpanded' };
	resolveEntry(f, text, colon + 1, true);
	// (A reading that is neither the count nor one off it is a reading that failed: 16个行业小类是：A，B，动漫、游戏…服务，….)
	return f.verdict === 'ok' || f.verdict === 'mismatch' || f.glossFollows ? f : undefined;
}

/**
 * Counted enumerations: a list right before a count of something (区、街道、社区三级党组织; …等3项指标;
 * 县乡村三级领导干部). Only when the count plainly counts the list: a small number, a noun after it,
 * nothing between list and count but 等.
 */
export function scanEnumerations(text: string, quantities: readonly ScannedQuantity[]): RawFormula[] {
	const out: RawFormula[] = [];
	const counts = withBigCounts(text, quantities);
	const blockEnd = text.length - countEndChars(text, BLANK);
	// An index loop: the iterator of a for…of made a result object per count where this long function runs unoptimised.
	for (let countAt = 0; countAt < counts.length; countAt++) {
		const q = counts[countAt]!;
		if (q.kind !== 'number' || q.approx !== 'exact' || q.rangeEnd !== undefined) continue;
		// 全力办好16件民生实事：A；B；…, 认真抓好11方面重点工作：⏎（一）…: a count in digits of the noun a colon closes, its
		// items after the colon or in the blocks after it (as 十件民生实事： is read: see colonNoun).
		if (q.digits !== '' && Number.isInteger(q.value) && q.value >= 2 && q.value <= COLON_COUNT_MAX && q.magnitude === 1 && !NOT_LIST_COUNT.has(text[q.start - 1] ?? '') && !/[0-9]/.test(text[q.start - 1] ?? '')) {
			const f = digitColonNoun(text, q, blockEnd);
			if (f) {
				out.push(f);
				continue;
			}
		}
		if (!Number.isInteger(q.value) || q.value < 2 || q.value > LIST_COUNT_MAX || q.magnitude !== 1) continue;
		// 科学事业和文化艺术事业…。…加强对这两种事业的领导: a count after 这 whose items stand in the clauses before its own.
		const pointed = q.digits === '' ? backReferencedItems(text, q.start, q.end, q.value, q.unit) : undefined;
		if (pointed) {
			const { items } = pointed;
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items }], expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' }, verdict: items.length === q.value ? 'ok' : 'mismatch' });
			continue;
		}
		// 农工商三者, 陆海天网四位一体, 收支两条线: one-character items of one family packed right before the count.
		// (Not a count of time: 冬春两个月, 春夏秋三年 count months and years, not the seasons.)
		const family = q.digits === '' && !inIdiom(text, q.start) && !TIME_COUNT.test(q.text) ? familyRunBefore(text, q.start, q.value) : undefined;
		if (family) {
			out.push(packedEnumeration(text, q, family));
			continue;
		}
		// A count above a dozen (…、宁夏和新疆12省) is read only as the size of a 、-list before it within one item of it.
		const large = q.value > SMALL_COUNT_MAX;
		// A heading that is a counted noun in digits (10件民生实事): its sub-headings list it (a CJK count is read with the
		// unquoted formulas).
		if (!large && q.digits !== '' && COLON_MEASURES.has(q.unit.charCodeAt(0)) && q.unit.length === 1 && q.start <= HEADING_LABEL_MAX) {
			const blockEnd = text.length - countEndChars(text, BLANK);
			let k = q.end;
			while (k < blockEnd && k - q.end < 8 && isCjk(text.charCodeAt(k))) k++;
			if (k > q.end && headingCount(text, q.start, k, blockEnd)) {
				out.push({ start: q.start, end: k, text: text.slice(q.start, k), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: [] }], verdict: 'unexpanded', glossFollows: true });
				continue;
			}
		}
		// 在6个方面持续发力。, 重点抓好8个方面工作。: a count in digits of the aspects a paragraph closes with, listed by the
		// numbered headings after it (as 三个方面工作。 is: see colonNoun).
		if (!large && q.digits !== '' && q.unit === '个' && text[q.start - 1] !== '等') {
			const blockEnd = text.length - countEndChars(text, BLANK);
			let k = q.end;
			while (k < blockEnd && k - q.end < 8 && isCjk(text.charCodeAt(k))) k++;
			const words = text.slice(q.end, k);
			if (text[k] === '。' && k + 1 === blockEnd && (aspectsEnd(text, q.end, k) > 0 || /^方面(?:的?工作)?$/.test(words))) {
				out.push({ start: q.start, end: q.end + 2, text: text.slice(q.start, q.end + 2), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: [] }], verdict: 'unexpanded', glossFollows: true });
				continue;
			}
		}
		// 《望道》《问天》2部作品: works named side by side before their count.
		if (text[q.start - 1] === '》' && (ENUM_UNITS.has(q.unit) || q.unit === '部' || q.unit === '本')) {
			const titles = titlesBefore(text, q.start);
			if (titles.length >= 2 && !inIdiom(text, q.start)) {
				out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: titles }], expansion: { start: titles[0]!.start, end: titles[titles.length - 1]!.end, source: 'before' }, verdict: titles.length === q.value ? 'ok' : Math.abs(titles.length - q.value) === 1 ? 'mismatch' : 'uncertain' });
			}
			continue;
		}
		// 川渝两地, 合芜蚌三市, 成渝地区双城经济圈: places by their one-character abbreviations, exactly the count of them.
		if (PLACE_COUNT_UNITS.has(q.unit) || (q.unit === '双' && text[q.start + 1] === '城')) {
			const places = placesBefore(text, q.start, q.value, true);
			if (places && !inIdiom(text, q.start)) {
				out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: places }], expansion: { start: places[0]!.start, end: places[places.length - 1]!.end, source: 'before' }, verdict: places.length === q.value ? 'ok' : 'mismatch' });
				continue;
			}
		}
		if (q.unit === '地') continue;
		// 。县乡两级公共文化服务体系, ，市县两级2.6万个政务服务事项: one-character levels side by side that open their clause
		// (its subject), the count right after them — nothing before them can be another level: exactly the count, or one
		// fewer (，市县三级…: a level missing), judged whatever follows; not a grade (三级医院, 三级响应).
		const opening = q.unit === '级' ? levelsOpeningClause(text, q.start, q.end, q.value) : undefined;
		if (opening) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: opening }], expansion: { start: opening[0]!.start, end: opening[opening.length - 1]!.end, source: 'before' }, verdict: opening.length === q.value ? 'ok' : 'mismatch' });
			continue;
		}
		// 两个亿, 3个亿以上: a number of hundred millions (an amount said aloud), not a count of the list before it.
		if (q.unit === '个' && MAGNITUDE_AFTER_GE.test(text.slice(q.end, q.end + 4))) continue;
		// 中越两国, 中美两国: China and the other country by their one-character names, China's first (as places are: 川渝两地).
		const pair = q.unit === '国' ? chinaPairBefore(text, q.start, q.value) : undefined;
		if (pair) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: pair }], expansion: { start: pair[0]!.start, end: pair[1]!.end, source: 'before' }, verdict: 'ok' });
			continue;
		}
		// “人地钱”三挂钩, “市片镇校”四级: one-character items packed in the quote right before the count, exactly its number;
		// never flagged (a quoted word of another length is not read).
		const packed = text[q.start - 1] === '”' && q.digits === '' && PACKED_UNITS.has(q.unit) ? packedQuoted(text, q.start, q.value) : undefined;
		if (packed && !inIdiom(text, q.start)) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: packed }], expansion: { start: packed[0]!.start, end: packed[packed.length - 1]!.end, source: 'before' }, verdict: 'ok' });
			continue;
		}
		if (q.unit === '”') continue;
		const exact = EXACT_UNITS.has(q.unit);
		// 外出农民工和本地农民工两部分: 部分 counts the parts named before it (部 alone is no measure word: 商务部、文化和旅游部两部门).
		const parts = q.unit === '部' && text[q.end] === '分';
		// 指标体系、程序规定、决策规则三部规章: 部 before what it counts as a measure word (laws, plans, works).
		const works = q.unit === '部' && WORKS_AFTER.test(text.slice(q.end, q.end + 2));
		if (!ENUM_UNITS.has(q.unit) && !exact && !parts && !works) continue;
		if (NAMED_UNITS.has(q.unit) && (text[q.end] === '套' || text[q.end] === '次')) continue;
		// 两户一策, 一场一案: households and events counted in a formula's part, not a list's size.
		if (COUNTED_IN_FORMULA.has(q.unit) && /[一二两三四五六七八九十]/.test(text[q.end] ?? '')) continue;
		// 举办足球、篮球三场比赛: 场 counts a list's items only when they are campaigns or disasters.
		if (q.unit === '场' && !EVENTS_OF_A_LIST.test(text.slice(q.end, q.end + 6))) continue;
		// 双减, 双一流: a formula of the glossary, not a count of the list before it.
		if (exact && namesStartingWith(text[q.start]!).some((name) => text.startsWith(name, q.start))) continue;
		// 二级市场, 二级公路: 二 before a measure word is a grade; a list of two is counted with 两.
		if (text[q.start] === '二' || inIdiom(text, q.start)) continue;
		// 5个工作日内, 四项基本原则: a duration or a name, not the size of the list before it.
		const noun = text.slice(q.end, q.end + 6);
		if (/^(?:工作日|小时|月|年|天|周|日)/.test(noun) || lookupGlossary(text.slice(q.start, q.end) + noun.slice(0, 4)) !== undefined) continue;
		const after = text[q.end];
		// 市、县、乡、村四级“林长制”体系: the noun after the count may be quoted.
		const closes = after === undefined || (PUNCT.test(after) && after !== '“');
		// …长三角大飞机等国家先进制造业集群4个，: the count after the noun of a list closed by 等, ending the clause.
		const nounMatch = closes && !PLACE_UNITS.has(q.unit) ? NOUN_BEFORE_COUNT.exec(text.slice(Math.max(0, q.start - 13), q.start)) : null;
		const nounFirst = nounMatch && !VERB_AFTER_ETC.test(nounMatch[0]) ? nounMatch : null;
		// 机构596个。: no class noun (a place counts itself: 广州、深圳两市。).
		// 市县两级2.6万个政务服务事项: levels written side by side before their count may be followed by a figure.
		// 省、市（州）、县（市）三级51个疾控中心: so may levels listed with 、, each opening with a level.
		const levelsBefore = q.unit === '级' && /[0-9]/.test(after ?? '') && (adminRun(text, q.start) === q.value || LEVEL_LIST_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)));
		// 新增A、B、C和D4项，: a count of kinds that closes the clause right after a 、-list counts that list — read only when
		// the items are exactly its number (全国现有认证机构、检测机构596个 counts the bodies, not the two kinds).
		const bare = !PLACE_UNITS.has(q.unit) && !nounFirst && closes && !levelsBefore && !exact && BARE_UNITS.has(q.unit) && after !== undefined && /[，。；]/.test(after);
		if (!PLACE_UNITS.has(q.unit) && !nounFirst && (closes || /[0-9]/.test(after)) && !levelsBefore && !bare) continue;
		if (q.unit === '大' && !/[\u4e00-\u9fff]/.test(after ?? '')) continue;
		// 城乡低保金、社会救助资金、残疾人两项补贴等补助资金: the counted phrase is one item of a longer list.
		let k = q.end;
		while (k < text.length && k - q.end < 6 && /[\u4e00-\u9fff]/.test(text[k]!) && text[k] !== '等') k++;
		if (text[k] === '等' && (k > q.end || q.unit === '双')) continue;
		// 襄州双沟两个市级试点: a name that holds 双, counted with the list.
		if (exact && /[0-9一二两三四五六七八九十]/.test(text[q.end] ?? '')) continue;
		let end = nounFirst ? q.start - nounFirst[0].length + 1 : q.start;
		let etc = false;
		if (text[end - 1] === '等') {
			etc = true;
			end--;
		}
		// 以葛店港、杨叶港为两翼 (是指以…为两条横轴): the list a frame 以…为 names as the counted things.
		if (text[end - 1] === '为') {
			const frame = text.slice(clauseStart(text, end - 1, true), end - 1);
			// A frame of its own inside (以科技创新为核心、制度创新、管理创新为两翼): where the list starts is not known.
			if (FRAME_OPENING.test(frame) && frame.includes('为')) continue;
			if (FRAME_OPENING.test(frame)) end--;
		}
		// …维护世界和平与促进共同发展这三大历史任务: a demonstrative between the list and its count.
		if (text[end - 1] === '这' && end - 1 > 0 && !PUNCT.test(text[end - 2]!)) end--;
		// 扩大总量与提升质量的双重任务, 内有短板、外有挑战的双重压力: what is borne together (双重, N重) named before 的.
		const borne = exact && !etc && text[end - 1] === '的' && (q.unit === '重' || text[q.start + 1] === '重');
		if (borne) end--;
		const before = text[end - 1];
		if (before === undefined || NOT_LIST_COUNT.has(before) || text[q.start - 1] === '第') continue;
		// 国内国际双循环, 统筹国内国际两个大局: words side by side that share a character, exactly the count of them; 东西双向,
		// 南北两岸: the directions.
		const side = etc ? undefined : (sideBySide(text, end, q.value) ?? directionsBefore(text, end, q.value));
		if (side) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: side }], expansion: { start: side[0]!.start, end: side[side.length - 1]!.end, source: 'before' }, verdict: 'ok' });
			continue;
		}
		let s = end;
		let listEnd = end;
		let quotedRun = false;
		const read: ClauseRead = {};
		// 小学“强基”、初中“壮腰”、高中“筑梦”三大工程: each item ends with its quoted name, words of its own before the quote
		// (a 、 before those words): read as an unquoted list is.
		const open0 = before === '”' ? text.lastIndexOf('“', end - 2) : -1;
		const namedItems = open0 > 1 && end - open0 <= INNER_QUOTE_MAX + 2 && isCjk(text.charCodeAt(open0 - 1)) && NAMED_ITEM_BEFORE_COUNT.test(text.slice(Math.max(0, open0 - INNER_QUOTE_MAX - 12), end));
		if (before === '”' && !namedItems) {
			// “街道大工委—社区大党委—…—楼栋党小组”五级组织架构: the quoted list; “山城”、“江城”两大城市名片: quoted items.
			const open = text.lastIndexOf('“', end - 2);
			if (open < 0 || end - open > 160) continue;
			let first = open;
			while (first >= 2 && QUOTED_ITEM_JOINERS.has(text[first - 1]!) && text[first - 2] === '”') {
				const o = text.lastIndexOf('“', first - 3);
				if (o < 0 || first - o > 24) break;
				first = o;
			}
			s = first < open ? first : open + 1;
			listEnd = first < open ? end : end - 1;
			quotedRun = first < open;
			// 春节、“五一”和“十一”三个长假期: the quoted names close a 、-list whose first items are not quoted.
			// Not when the quoted names are the count by themselves (灯会、庙会、“五一”和“十一”两个黄金周).
			if (text[first - 1] === '、' && text[first - 2] !== '”' && quotesIn(text, first, end) < q.value) {
				const listStart = clauseStart(text, first - 1, true, read);
				if (listStart < 0) continue;
				s = listStart;
				listEnd = end;
				quotedRun = true;
			}
		} else {
			s = clauseStart(text, end, true, read);
			if (s < 0) continue;
		}
		let groups = splitGroups(text, s, listEnd);
		let joined = false;
		let previousClause = false;
		// The list follows another counted one after a joiner, whose count is of a measure word that bars an item (…三条高速和A、
		// B、C三条铁路; not 两部法规和…).
		let afterCounted = false;
		// The first item read after the 的 that closes what it belongs to: a long first item may as well be a phrase of its own
		// (发挥…中心的辐射带动作用、东部新城和西部新城两大片区的支撑作用: 、 joins two phrases, the count is inside the second).
		let firstAfterDe = false;
		// (Not when two items joined by 和 make a count of two, or one short of three kinds: 把不敢腐、不能腐、不想腐…，坚决防范
		// 不作为和乱作为两大风险.)
		if (!exact && groups.length === 1 && groups[0]!.length < 2 && text[s - 1] === '，' && countEndChars(groups[0]![0]?.text ?? '', '省市县区乡镇村州') < 2 && !((q.value === 2 || pairOfThree(text, groups[0]![0], end, q)) && twoJoined(groups[0]!))) {
			// 邀请省、州、县专家，成立了三级专家组: the list stands in the clause before.
			let p = s - 1;
			while (p > 0 && !CLAUSE_OR_QUOTE_MARKS.has(codeAt(text, p - 1)) && s - p < 80) p--;
			work.formulas += s - p;
			const prev = splitGroups(text, p, s - 1);
			if (prev.length === 1 && prev[0]!.length >= 2) {
				groups = prev;
				previousClause = true;
			}
		}
		if (groups.length !== 1) continue;
		let items = groups[0]!;
		// “商品零售额”和“餐饮收入额”: quoted items joined by 和 are two whatever the count (as in a formula's list).
		if (quotedRun) items = items.flatMap((it) => quotedPair(it) ?? [it]);
		// “千家企业技术改造、万家企业上云用数”和“专精特新企业培育”三大工程: a quote that holds a list may count as its parts. Read
		// so when they make the count; a long quote holding a list that fits neither way is no item to count by (silent).
		if (quotedRun && items.length !== q.value) {
			const split = items.flatMap(quoteParts);
			if (split.length === q.value) items = split;
			else if (split.length > items.length && items.some((it) => it.text.length > QUOTED_LIST_ITEM_MAX && quoteParts(it).length > 1)) continue;
		}
		// …的双重任务、促进增长与保护生态的双重压力: two joined by 与 (和, 及) in the 、-list's last item are the pair when the
		// items before it close with such a count of their own (not 经济下行、成本上升和需求不足的双重压力: three).
		const borneLast = borne && (q.value === 2 || (q.value === 3 && q.unit === '重')) && items.length >= 2 && JOINT_INSIDE.test(text.slice(s, items[items.length - 1]!.start)) ? twoJoined([items[items.length - 1]!]) : undefined;
		if (borneLast) items = [items[items.length - 1]!];
		// 扩大总量与提升质量的三重任务: a pair closed off by 的 is all that is borne; a count of three burdens over it is one
		// off (no report writes A和B的三重…, while three written before 双重 are seen: 经济下行、成本上升和需求不足的双重压力).
		// Not when the count's own items are listed after it (三重使命，即保供给、…; 三重任务：一是…), nor in a sentence that joins
		// another clause to it (see CLAUSE_JOINED).
		const pairBorneByThree = borne && q.value === 3 && q.unit === '重' && BURDENS.test(text.slice(q.end, q.end + 2)) && items.length === 1 && (borneLast !== undefined || text.slice(s, end).indexOf('、') < 0) && !LIST_AFTER.test(text.slice(q.end, q.end + 14)) && !CLAUSE_JOINED.test(sentenceAround(text, s, q.end));
		if (previousClause) {
			// 县专家 … 专家组: the noun after the count, written once after the last item.
			const last = items[items.length - 1]!;
			const noun = text.slice(q.end, q.end + 4);
			let k = Math.min(noun.length, last.text.length - 1);
			while (k > 0 && !last.text.endsWith(noun.slice(0, k))) k--;
			if (k > 0) items = [...items.slice(0, -1), { start: last.start, end: last.end - k, text: last.text.slice(0, -k) }];
			items = [stripLead(items[0]!), ...items.slice(1)];
			// Only a list that fits the count exactly resolves it from the clause before; it is never flagged.
			if (items.length !== q.value || items.some((it) => it.text.length > 6)) continue;
		} else if (items.length < 2 && (q.value === 2 || pairOfThree(text, items[0], end, q) || pairBorneByThree) && twoJoined(items) && !(q.unit === '级' && adminRun(text, end) === q.value && stripLead(twoJoined(items)![0]!).text.length > PAIR_ITEM_MAX)) {
			// (Not levels side by side, exactly the count, after a joiner that no short item stands before: …在线政务服务平台和
			// 省市两级政府数据平台 — read below.)
			// 中央和地方两个积极性, 预期性和约束性两大类: two items joined by 和 (or 与, 及) make a count of two — and, one short,
			// of three kinds or aspects (预期性和约束性三大类: see pairOfThree).
			const halves = twoJoined(items)!;
			joined = true;
			// After 、, the pair opens no clause: 促进增长 keeps its verb.
			items = [borneLast ? halves[0]! : stripLead(halves[0]!), halves[1]!];
			const pairLead = text.slice(halves[0]!.start, items[0]!.start);
			// 顶住A和B的双重压力, 肩负着A与B的三重任务: the verb that bears the burdens is no part of the first item.
			const bearer = borne && !borneLast ? BEARING_VERB.exec(items[0]!.text) : null;
			if (bearer) items[0] = { start: items[0]!.start + bearer[0].length, end: items[0]!.end, text: items[0]!.text.slice(bearer[0].length) };
			// Before 的 and a count of burdens the pair is closed off and may be longer (我市部分骨干企业停产扩能改造); not
			// what a verb makes (政府和市场共同形成的双重保障).
			// Two nouns with one head (…的外出农民工和…的本地农民工两部分) may be as long as their modifiers make them.
			const longest = borne ? 16 : parts && sharedHead(items[0]!.text, items[1]!.text) ? 30 : PAIR_ITEM_MAX;
			if (items.some((it) => it.text.length > longest || it.text.length === 0 || (endsWithVerb(it.text) && !(OBJECT_LEAD.test(pairLead) && items.some((o) => o !== it && isWork(o.text)))) || (borne && DE_VERBS.some((v) => it.text.endsWith(v))))) continue;
		} else if (items.length < 2) {
			// 县乡村三级: one-character levels without separators.
			const run = items[0]?.text ?? '';
			let k = run.length;
			while (k > 0 && ADMIN_LEVEL.has(run[k - 1]!)) k--;
			const levels = run.length - k;
			// One level before a count of two (明确市两级事权) is a list one short when it is all the clause holds after its verb.
			if (levels < (q.value === 2 ? 1 : 2) || !items[0]) continue;
			// Levels one fewer than the count (县乡村四级), or a level written twice (市县县两级), are a list one off its count
			// only when the run is all the clause holds after its verb (健全县乡村…; not 中央和省市县四级, 全国省市县四级) — or,
			// one fewer, when what stands before it can name no level (盘活市区三级, 进行县乡三级: a verb's last character).
			if (levels !== q.value) {
				const whole = stripLead(items[0]).text === run.slice(k) || (levels === q.value - 1 && verbBefore(run.slice(0, k)) && LEVELS_HAVE.test(text.slice(q.end, q.end + 10)));
				const repeated = [...run.slice(k)].some((ch, n, all) => n > 0 && all[n - 1] === ch) && new Set(run.slice(k)).size === q.value;
				if (!whole || !(levels === q.value - 1 || repeated) || GRADE_AFTER.test(text.slice(q.end, q.end + 10))) continue;
				// 由省统筹，市县三级共同负责: the level left out may be the one the sentence named before (see levelNamedBefore).
				if (!repeated && levelNamedBefore(text, items[0].end - levels, items[0].end)) continue;
			}
			const base = items[0].end - levels;
			items = [...run.slice(k)].map((ch, n) => ({ start: base + n, end: base + n + 1, text: ch }));
		} else {
			// A joiner in an earlier item after another counted list starts the list after it: …三条高速和广深、赣深、
			// 广深港三条铁路. Inside a list, 和 joins two words of one item (城市更新和老旧小区改造提升工程).
			// (Read before the test below: the earlier list's count is in the item the joiner cuts off. Such a list resolves only
			// when it fits its count: A、B两条横向通道和C、D三条纵向通道 restates a formula's parts, judged there.)
			for (let n = items.length - 2; n >= 0; n--) {
				const it = items[n]!;
				const j = Math.max(it.text.lastIndexOf('和'), it.text.lastIndexOf('及'), it.text.lastIndexOf('与'));
				if (j >= 0 && j + 1 < it.text.length && COUNTED_BEFORE_JOINER.test(it.text.slice(0, j))) {
					items = [{ start: it.start + j + 1, end: it.end, text: it.text.slice(j + 1) }, ...items.slice(n + 1)];
					afterCounted = COUNTED_ITEM.test(withoutInnerQuotes(it.text.slice(0, j)));
					break;
				}
			}
			// An item that is itself counted (八项规定…、省委六条意见; 横盖五市、纵贯五级) is no list of this count.
			// (A count inside a quoted name the item goes on after is the name's: “五个一批”项目攻坚专项行动、…等四个专项工作.)
			if (items.some((it) => COUNTED_ITEM.test(withoutInnerQuotes(it.text)))) continue;
			// Burdens named alike (内有短板、外有挑战): the first without as many words as make it like the others.
			// (Not in a quote: “我为群众办实事” holds no clause's verb.)
			const unstripped = items[0]!;
			if (!items[0]!.text.startsWith('“')) items = [fromSharedOpening(stripLead(items[0]!, borne ? items.slice(1) : []), items.slice(1)), ...items.slice(1)];
			const listLead = text.slice(unstripped.start, items[0]!.start);
			// Levels (三级党组织, 五级组织架构) are short names; 生物安全三级实验室 is a grade, not a level.
			// A quoted item is its quote, however long (“主动对标沿海发达地区学经验找差距”和“…”两项行动): no clause's words in it.
			const wholeQuotes = quotedRun && items.every((it) => it.text.startsWith('“') && it.text.endsWith('”') && it.text.indexOf('”') === it.text.length - 1);
			const maxLength = q.unit === '级' ? 6 : wholeQuotes ? QUOTED_ITEM_MAX : 16;
			// A long first item may be the clause's words, an item and 和 before the next (我省入围2024中国民营企业500强和民营企业
			// 制造业500强、服务业100强…等五张榜单): its second half must be short. Before levels of one or two characters each
			// (…由各级人大产生国家、省、市、县四级), the clause's words are the first item's start.
			const shortLevels = q.unit === '级' && items.slice(1).every((it) => it.text.length <= 2);
			const firstMax = shortLevels ? 16 : maxLength;
			// (Nor, before the first item, what it belongs to closed by 的: 我市特色的机械科学研究总院海西分院、…六大科技研发平台.)
			const de = items[0]!.text.lastIndexOf('的');
			const afterDe = de >= 0 && items[0]!.text.length - de - 1 >= 2 && !items[0]!.text.startsWith('“') ? { start: items[0]!.start + de + 1, end: items[0]!.end, text: items[0]!.text.slice(de + 1) } : undefined;
			const joinedFirst = items[0]!.text.length <= firstMax ? items[0]! : splitLastJoiner([items[0]!])?.[1];
			const firstItem = joinedFirst && joinedFirst.text.length <= firstMax ? joinedFirst : afterDe;
			if (!firstItem || firstItem.text.length > firstMax || items.slice(1).some((it) => it.text.length > maxLength)) continue;
			if (firstItem === afterDe) {
				items = [afterDe, ...items.slice(1)];
				firstAfterDe = true;
			}
			// The count must follow the last item itself: …华北等地区新建四个… or …华东改建四个… has words
			// between the list and the count (the last item is much longer than the others, holds 等, or ends in a verb).
			const last = items[items.length - 1]!.text;
			const longest = Math.max(...items.slice(0, -1).map((it) => it.text.length));
			// (Two words joined by 和 in the last item, each no longer than that, are one item or two, not the clause's words:
			// 人工智能、低空经济、…、生物医药和高端医疗器械等5大新兴产业; fitJoiner reads it either way.)
			const halves = last.length > 2 * longest + 2 ? splitLastJoiner([items[items.length - 1]!])?.map((h) => h.text) : undefined;
			const joinedShort = halves !== undefined && halves.every((h) => h.length >= 2 && h.length <= 2 * longest + 2 && !endsWithVerb(h));
			// (Nor a last item closed by a preposition: …、教育和卫生在全部13个门类中 — the count is the whole the list is in.)
			if (last.includes('等') || (last.length > 2 * longest + 2 && !joinedShort) || lastTakesCount(last, items.slice(0, -1).map((it) => it.text), listLead) || /(?:和|及|与|以及|并|为)$/.test(last) || PREPOSITION_BEFORE_COUNT.test(last)) continue;
			if (countsProjectsOfWorks(q.unit, text.slice(q.end, q.end + 2), items.map((it) => it.text))) continue;
			// 城关镇、河口镇3户特困家庭, 甲县、乙县和丙县5家企业: households, events and firms are in the places listed, not the
			// places themselves (whatever the count: …和丑县13家企业).
			if (HELD_BY_PLACES.has(q.unit) && items.some((it) => PLACE_ITEM.test(it.text))) continue;
			const unfitted = items;
			items = fitJoiner(items, q.value);
			// 九江、景德镇和上饶两条高铁线路: lines run through the places listed, places are no lines (a line is named by its ends
			// joined, 杭州至宁波, or their abbreviations, 昌九): a bare place among the items makes the count no count of them.
			if (q.unit === '条' && LINE_AFTER.test(text.slice(q.end, q.end + 6)) && items.some((it) => barePlace(it.text))) continue;
			// A last item long only by its joiner is read only as it makes the count, split or not (生物医药和高端医疗器械 may be
			// one industry or two): never flagged.
			if (joinedShort && items.length !== q.value) {
				if (unfitted.length !== q.value) continue;
				items = unfitted;
			}
			// …、宁夏和新疆13省: a list of three 、-items or more whose last, two joined by 和 (及, 与), counted apart still
			// leaves it one short of its count: short whichever way the joiner is read.
			if (!etc && items.length >= 3 && q.value - items.length === 2) {
				const apart = splitLastJoiner(items);
				if (apart && apart.length === q.value - 1 && apart.slice(-2).every((h) => h.text.length >= 2)) items = apart;
			}
			// 安铺镇、南三镇和麻章镇: a place's name holds the numeral (南三镇), when the others carry the unit or the item
			// before the count is one character — unless every item is (杭、宁、温三市, 英、葡两国, 东、西两翼: one-character names).
			const oneCharacterNames = items.every((it) => it.text.length === 1);
			if (PLACE_UNITS.has(q.unit) && (items.some((it) => it.text.endsWith(q.unit)) || (items[items.length - 1]!.text.length < 2 && !oneCharacterNames))) continue;
			// 江苏、浙江、上海两省一市, 苏、浙、沪两省一市: places of two kinds counted together; the first count is a part.
			if (PLACE_UNITS.has(q.unit) && PLACE_COUNT_NEXT.test(text.slice(q.end, q.end + 2))) continue;
			// 城乡低保、特困、孤儿、…、残疾人两项补贴: a list far from its count is not what the count counts.
			if (Math.abs(items.length - q.value) > 1 && !(etc && items.length < q.value)) continue;
			// 在兴庆区A、B、C，金凤区D、E、F，西夏区G、H等8所学校: the groups before, lists each, count with the last.
			if (etc && items.length < q.value - 1 && text[s - 1] === '，' && !opensWithVerb(text.slice(s, s + 8))) items = [...listGroupsBefore(text, s - 1, q.value, items), ...items];
		}
		// A count of things done together (双控, 三重压力) resolves only with exactly its number of items.
		// Its items are of a kind: in a list separated by 、, a first item more than twice as long as the others holds words
		// before the list (陆海内外联动、东西双向: the pair is 东西, side by side in the last item); two words joined by 和 may
		// differ more (能源消费总量和强度双控). Nor may the clause hold another such count (产品双向进入、要素双向流动), a
		// modal verb (现货和期货交易可以采用双币种), or close with 的 but before a count of burdens (加速转型和提速跨越的双重压力:
		// the pair; the 、-items before the pair's item are not looked at).
		// (A list of three items or more, whole, one short of the count is judged: 需求收缩、供给冲击、预期转弱四重压力.)
		// Not when an item holds a verb or a joining word (全市经济承受着疫情反复、…、成本上升叠加汛情的四重冲击: the first
		// runs across subject and verb, 叠加 joins a fourth).
		const wholeShort = !etc && !joined && !previousClause && items.length >= 3 && items.length === q.value - 1 && items.every((it) => !/[0-9０-９]/.test(it.text) && !BORNE_ITEM_BARS.test(it.text));
		// (A list closed by 等 that is exactly the count is the whole of it: 房地产调控、政策性减收、新冠肺炎疫情等三重因素.)
		if (exact && ((etc && items.length !== q.value) || (items.length !== q.value && !wholeShort && !(pairBorneByThree && joined && items.length === 2)) || (!joined && items[0]!.text.length > 2 * Math.max(...items.slice(1).map((it) => it.text.length)) + 1))) continue;
		if (exact && (JOINT_INSIDE.test(text.slice(borneLast ? items[0]!.start : s, listEnd)) || items.some((it) => it.text.endsWith('的')))) continue;
		// A count of kinds (项, 类, 种) that closes the clause right after a whole 、-list of three or more, one short, is judged
		// as that list is before N重 (新增A、B、C和D5项，: four kinds, not five); a count of things (个, 件, 条) may count what
		// the items hold, and is read only when it fits.
		// Not when the items are kinds of one thing the count may count across them: all ending alike (国家标准、行业标准、地方
		// 标准4项; 国家科技进步奖、…、自然科学奖4项: four standards, four awards), or the last holding a noun the others share
		// (小麦、玉米、大豆新品种4种; 国家级、省级、市级荣誉4项: four varieties, four honours).
		const bareShort = bare && KIND_COUNTS.has(q.unit) && wholeShort && !kindsOfOneThing(items);
		if (bare && (etc || joined || previousClause || (items.length !== q.value && !bareShort) || items.length < 3)) continue;
		if (NAMED_UNITS.has(q.unit) && !items.every((it) => PLACE_NAME_END.test(it.text))) continue;
		// Areas counted by a generic noun (作业区, 片区, 园区) are named or placed (江北、江南、城东三个片区); items that are other
		// kinds of site (港口码头、锚地三个作业区: a wharf, an anchorage) are what the areas hold, not the areas.
		if (AREA_NOUN.test(text.slice(q.end, q.end + 3)) && items.some((it) => SITE_KIND_END.test(it.text))) continue;
		// (Past a quoted word in the first item, a list longer than its count may hold the clause's words as an item: silent.)
		if (read.quoteInFirstItem && items.length > q.value) continue;
		// (An item holding a quoted name with a count of its own may stand for that many: no reading when it makes up the rest.)
		if (items.length !== q.value && quoteMakesUp(items, q.value)) continue;
		// (Read so, the list resolves only when it fits its count, three items or more: never flagged.)
		if ((afterCounted || firstAfterDe) && items.length !== q.value) continue;
		if (firstAfterDe && items.length < 3) continue;
		// 具有重大现实意义、深远历史意义的三件大事：一是…: a list closed by 的 qualifies the counted noun; it is its items only when
		// it makes the count.
		if (items.length !== q.value && items[items.length - 1]!.text.endsWith('的')) continue;
		if (large && Math.abs(items.length - q.value) > 1) continue;
		// 学校、医院和乡镇四所合一改革: a count glued to a word of joining (合一, 融合, 联动) counts things by its own key (所,
		// 网, 治); the list before it is those things only when most items carry the key (派出所、司法所、财政所; 自治、法治、
		// 德治) — else it names where the joining is done, and it is not judged.
		if (items.length !== q.value && FORMULA_SUFFIXES.some((x) => text.startsWith(x, q.end)) && !mostCarryKey(items, q.unit)) continue;
		const verdict: Verdict = items.length === q.value || (etc && etcAllows(text, items, q.value)) ? 'ok' : 'mismatch';
		out.push({
			start: q.start,
			end: q.end,
			text: text.slice(q.start, q.end),
			kind: 'enumeration',
			quoted: false,
			parts: [{ count: q.value, items }],
			expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' },
			verdict,
			...(etc ? { etc } : {}),
		});
	}
	// 春秋两季, 农、林、牧、渔四业: a numeral the scanner reads no count of, with the items right before it.
	countsOfOwnNoun(text, new Set(counts.map((c) => c.start)), out);
	if (out.length > 1) out.sort((a, b) => a.start - b.start);
	// 六大高耗能行业比上年增长13.5%，其中，A增长20.3%，B增长15.5%，…: a count whose items follow, each with its figure.
	let taken = 0;
	for (const q of counts) {
		while (taken < out.length && out[taken]!.start < q.start) taken++;
		if (out[taken]?.start === q.start || q.kind !== 'number' || q.approx !== 'exact' || q.value < 2 || q.value > 12) continue;
		if (!ENUM_UNITS.has(q.unit) || PLACE_UNITS.has(q.unit) || !isCjk(text.charCodeAt(q.end))) continue;
		// (A count in digits as well: 今年重点培育壮大8个新兴产业集群。新能源汽车产业集群，…。)
		// (Topics a comma closes after a count in characters that leads its paragraph are the lead sentence's: see leadNoun.)
		const topics = q.digits !== '' || leadNoun(text, q.start, blockEnd) < 0;
		const items = (q.digits === '' ? figuredItemsAfter(text, q.end, q.value) : undefined) ?? subjectItemsAfter(text, q.end, q.value, topics);
		// (A count the set has (全市共有4个省级开发区。A开发区，…): what follows may tell of some of them; read only when exact.)
		if (items && items.length !== q.value && text[q.start - 1] === '有') continue;
		if (items) out.splice(taken, 0, { start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items }], expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' }, verdict: items.length === q.value ? 'ok' : 'mismatch' });
	}
	return withPairsBeforeJointCounts(text, out);
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
function withPairsBeforeJointCounts(text: string, out: RawFormula[]): RawFormula[] {
	const added: RawFormula[] = [];
	for (let i = 2; i + 3 < text.length; i++) {
		// (By code: `text[i]` would make a one-character string for every character of every block.)
		if (!JOINT_NUMERAL.has(text.charCodeAt(i))) continue;
		const n = JOINT_NUMERALS.indexOf(text[i]!);
		// (A formula's suffix after it — 三治融合, 三网联动 — names a formula read with the list before it: see listRightBefore.)
		if (n < 0 || !startsWithAny(text, DRIVING_VERBS, i + 2)) continue;
		const x = text[i + 1]!;
		if (!isCjk(text.charCodeAt(i + 1)) || COUNT_CHAR_SET.has(x) || MEASURES.has(x) || ENUM_UNITS.has(x) || PLACE_COUNT_UNITS.has(x) || EXACT_UNITS.has(x) || COUNT_CHAR_SET.has(text[i - 1]!) || notFormulaAt(text, i) !== undefined) continue;
		const items = sideBySide(text, i, 2) ?? joinedPairBefore(text, i);
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

/** The most characters read after a count for the items that follow it with their figures. */
const FIGURED_SPAN = 400;
/** The predicate before the figure that closes an item (增长, 比上年增长). */
const CHANGE_PREDICATE = /(?:比上年|同比|较上年)?(?:增长|下降|提高|降低|上升|回落)$/;

/** Units of the figure that closes an item, longest first; and what may follow it. */
const FIGURE_UNITS = ['个百分点', '千瓦时', '平方米', '美元', '千瓦', '元', '吨', '人', '家', '个', '项', '座', '%', '％'];
const FIGURE_AFTER = ['以上', '左右'];

/** Where the figure that closes `t` starts (1500亿元, 20.3%, 20亿元以上), or -1. Reads back from the end once. */
function closingFigure(t: string): number {
	let e = t.length;
	const after = FIGURE_AFTER.find((w) => t.endsWith(w, e));
	if (after) e -= after.length;
	const unit = FIGURE_UNITS.find((w) => t.endsWith(w, e));
	if (unit) e -= unit.length;
	while (e > 0 && (t[e - 1] === '万' || t[e - 1] === '亿')) e--;
	let k = e;
	while (k > 0 && /[0-9.]/.test(t[k - 1]!)) k--;
	return k < e && /[0-9]/.test(t[k]!) ? k : -1;
}

/**
 * The items of a count of kinds written in the sentence after its clause, maybe after 其中, each with its own figure
 * (…五大交易平台，全年A交易额1500亿元、B交易额800亿元…; 六大高耗能行业…，其中，A增长20.3%，B增长15.5%…): ，-groups or
 * 、-items, `count` of them or one off it (the sentence holds them all: a list one off is the count's, one item
 * missing or added — but after 其中, which may give some, one more only), all ending with a figure after the same predicate or indicator (增长, 交易额), the sentence ending
 * with the last. The names before the predicate are the items; undefined when any of this fails.
 */
function figuredItemsAfter(text: string, nounStart: number, count: number): Item[] | undefined {
	const stop = Math.min(text.length, nounStart + FIGURED_SPAN);
	const k = nounClauseEnd(text, nounStart, stop);
	if (text[k] !== '，') return undefined;
	let from = k + 1;
	const opener = /^其中[，：]?/.exec(text.slice(from, from + 3));
	if (opener) from += opener[0].length;
	let end = from;
	while (end < stop && text[end] !== '。') end++;
	work.formulas += end - from;
	if (end >= stop) return undefined;
	const groups = splitGroups(text, from, end);
	const units: Item[] = groups.length >= 2 ? groups.map((g) => ({ start: g[0]!.start, end: g[g.length - 1]!.end, text: text.slice(g[0]!.start, g[g.length - 1]!.end) })) : groups.length === 1 ? groups[0]! : [];
	// (After 其中 the figures may be of some of them, and a list one longer may go on to another whole (…，其中，A增长…，
	// F增长…，高技术制造业增长…): only a list of exactly the count is read there.)
	if (units.length !== count && (Math.abs(units.length - count) > 1 || units.length < 3 || opener)) return undefined;
	const heads: string[] = [];
	const figures = new Set<string>();
	for (const u of units) {
		const at = closingFigure(u.text);
		if (at < 0) return undefined;
		heads.push(u.text.slice(0, at));
		figures.add(u.text.slice(at));
	}
	// (Items one off that all pass one bar (…集群产值突破1000亿元、…突破1000亿元) may be those of the count that reached it.)
	if (units.length !== count && figures.size === 1) return undefined;
	// The predicate all share: a change (增长) when every item has one, else their longest common ending (交易额).
	let shared = 0;
	const change = heads.map((h) => CHANGE_PREDICATE.exec(h)?.[0].length ?? 0);
	if (change.every((c) => c > 0)) shared = -1;
	else {
		const shortest = Math.min(...heads.map((h) => h.length));
		while (shared < shortest && heads.every((h) => h[h.length - 1 - shared] === heads[0]![heads[0]!.length - 1 - shared])) shared++;
		if (shared < 2) return undefined;
	}
	const items = units.map((u, n) => {
		const cut = shared < 0 ? change[n]! : shared;
		// The first may open with the time the figures are of (全年A交易额…).
		const lead = n === 0 ? (/^(?:全年|今年|当年|年内)/.exec(heads[0]!)?.[0].length ?? 0) : 0;
		return { start: u.start + lead, end: u.start + heads[n]!.length - cut, text: heads[n]!.slice(lead, heads[n]!.length - cut) };
	});
	if (items.some((it) => it.text.length < 2 || /[0-9]/.test(it.text)) || new Set(items.map((it) => it.text)).size !== items.length) return undefined;
	if (items.length !== count && !offByOneList(items, shared < 0 ? text.slice(nounStart, k) : undefined)) return undefined;
	return items;
}

/** Words that give the items after them as examples or the first few of a ranking (如, 主要是, 增速前三位分别为). */
const SOME_OF_THEM = /^(?:如|例如|比如|譬如|诸如|主要是|主要有|主要为|包括|特别是|尤其是)|前[一二三四五六七八九十两0-9]+[位名]|分别[为是]/;

/**
 * Is a list of items with figures one off its count the count's list with one missing or added? Not when the first is
 * given as an example or the head of a ranking (如A增长…、B增长…; 增速前三位分别为A…); and, the items named before a
 * change (增长), only when all end with one character that the counted noun holds (两大支柱产业…电子信息业增长…、装备制造业
 * 增长…): indicators of other wholes (规模以上工业增加值增长…，固定资产投资增长…), places (东部地区…，西部…) or a part of
 * one of them (集成电路) are no kinds of it. `noun` is the counted noun's clause, undefined when the items share an
 * indicator (交易额) instead.
 */
function offByOneList(items: readonly Item[], noun: string | undefined): boolean {
	if (SOME_OF_THEM.test(items[0]!.text)) return false;
	if (noun === undefined) return true;
	const last = items[0]!.text.slice(-1);
	return noun.includes(last) && items.every((it) => it.text.endsWith(last));
}

/** Where the clause of a count's noun ends (its ，。；or ：), looked for at most 24 characters after the noun's start. */
function nounClauseEnd(text: string, nounStart: number, stop: number): number {
	let k = nounStart;
	while (k < stop && k - nounStart <= 24 && !CLAUSE_END_MARKS.has(codeAt(text, k))) k++;
	work.formulas += k - nounStart;
	return k;
}

/** Sites a counted noun may end with after what its items end with (产业园区, 产业基地, 交易中心). */
const SITE_HEAD = /^(?:园区|园|基地|平台|中心|小镇|片区)/;

/** A place or year opening a subject: 我市, 全县, 今年. */
const SCOPE_OPENING = /^(?:[我本全][省市县区州旗镇]|今年|明年|去年|当年)/;

/** A count of some of a counted set in its clause: 中的三大, 其中三个, 前三位. */
const SOME_COUNTED = /(?:中的|其中|前)[一二三四五六七八九十两0-9]/;

/** The most characters read after a count for the sentences whose subjects list it. */
const SUBJECT_SPAN = 1600;
/**
 * A sentence's subject before what it is to do (锂电新能源产业要…): a noun of a few characters, then 要 / 将 / 必须 — or
 * the topic a comma closes (新能源汽车产业集群，以…为带动，…).
 */
const SUBJECT_OPENING = /^([\u4e00-\u9fff]{4,12}?)(?:要|将|必须|需要|，)/;

/**
 * The items of a count that closes its sentence (…力争四大主导产业产值突破6500亿元。), from the sentences after it in its
 * paragraph that open with a subject and 要 / 将 (锂电新能源产业要…。不锈钢新材料产业要…。) — or, with `topics`, a topic and a
 * comma (新能源汽车产业集群，…) — all ending with the same two
 * characters that the counted noun holds (产业): exactly `count` such sentences in a row (or, three or more, one fewer),
 * the next not one of them.
 */
function subjectItemsAfter(text: string, nounStart: number, count: number, topics: boolean): Item[] | undefined {
	const stop = Math.min(text.length, nounStart + SUBJECT_SPAN);
	const k = nounClauseEnd(text, nounStart, stop);
	if (text[k] !== '。') return undefined;
	const noun = text.slice(nounStart, Math.min(k, nounStart + 8));
	const items: Item[] = [];
	let from = k + 1;
	while (from < stop && items.length <= count) {
		const m = SUBJECT_OPENING.exec(text.slice(from, from + 16));
		if (!m || (!topics && m[0].endsWith('，'))) break;
		// A clause the comma closes that does not end as the first item did is the sentence after the run (要抢占储能产业发展
		// 风口，…), not a subject.
		if (m[0].endsWith('，') && items.length > 0 && !m[1]!.endsWith(items[0]!.text.slice(-2))) break;
		items.push({ start: from, end: from + m[1]!.length, text: m[1]! });
		let end = from;
		while (end < stop && text[end] !== '。') end++;
		work.formulas += end - from;
		if (end >= stop) return undefined;
		from = end + 1;
	}
	// A run one short of the count, three sentences or more, that is the whole rest of its paragraph leaves no item out: its
	// list with one missing (as parallel lead sentences are read: see leadSentenceItems). Not when other sentences follow
	// (the paragraph turns to something else, and may come back to a last item).
	if (items.length !== count && (items.length !== count - 1 || items.length < 3 || countEndChars(text, BLANK) + from < text.length)) return undefined;
	// (Nor when the count's clause names some of them by a count of its own (四大主导产业中的三大产业…, 其中三个, 前三位):
	// the run may be of those.)
	if (items.length !== count && SOME_COUNTED.test(text.slice(nounStart, k))) return undefined;
	// (Nor when the first subject opens with a place or year of its own (全省布局四大产业基地。我市电子信息产业要…): the run
	// may be of another scope than the count.)
	if (items.length !== count && SCOPE_OPENING.test(items[0]!.text)) return undefined;
	const key = items[0]!.text.slice(-2);
	if (!noun.includes(key) || items.some((it) => !it.text.endsWith(key) || it.text.length < key.length + 2)) return undefined;
	// (Nor when what they end with only qualifies the counted sites (四大产业园区 against 电子信息产业要…): the count is of parks,
	// the subjects of industries.)
	if (items.length !== count && SITE_HEAD.test(noun.slice(noun.indexOf(key) + key.length))) return undefined;
	// A topic that is the counted noun itself (全市有3个国家级开发区。国家级开发区，是…。省级开发区，…) speaks of the whole
	// class, the topics after it of other classes: not the count's items.
	if (items.some((it) => it.text === text.slice(nounStart, k))) return undefined;
	return new Set(items.map((it) => it.text)).size === items.length ? items : undefined;
}

/** The most characters read back for the list groups before a counted list's last group. */
const GROUPS_BEFORE_SPAN = 240;

/** Adverbs that may stand before a clause's verb: 重点建设, 着力打造. */
const VERB_ADVERB = /^(?:重点|着力|全面|大力|积极|加快|持续|累计)/;
/** Verbs that open a clause and are no lead of a list (引进宁德时代、隆基…; 建成A小学、B小学…). */
const OPENING_VERBS = /^(?:引进|引入|招引|建成|新建|改建|扩建|落地|签约|培育|打造|建设|推进|实施)/;

/**
 * Does `t` open with a verb of two characters or more (围绕, 聚焦, 依托, 坚持, 引进, 建成; after an adverb: 重点建设)? A
 * group that does opens a clause of its own (围绕粮食、蔬菜、畜牧，重点建设甲园区、乙园区…), not one more group of the list.
 * One-character prepositions (在兴庆区A、B) are not verbs.
 */
function opensWithVerb(t: string): boolean {
	const rest = t.replace(VERB_ADVERB, '');
	for (const n of [2, 3, 4]) if (isLead(rest.slice(0, n)) || (n === 2 && OPENING_VERBS.test(rest))) return true;
	return false;
}

/**
 * The ，-groups right before the last group of a list closed by 等 and a count (在兴庆区A、B、C，金凤区D、E、F，西夏区G、H、I
 * 等9所学校), when every one of them back to its clause's start is a list of two items or more and all of them with the
 * `last` items of the last group come within one of `count`: their items, the first without the clause's verb. Else
 * none (a group that is no list, an item that is no name, a first group that opens with a verb — 围绕粮食、蔬菜、畜牧，
 * 重点建设甲园区… — or a sum further off: the groups are not what the count counts). Groups that would make the list
 * longer than its count are read only when each is of the last group's kind (one of its items ends as one of the last
 * group's does: 甲学校、乙小学 beside 己中学、壬小学): groups of another kind make a list a count closed by 等 allows.
 */
function listGroupsBefore(text: string, comma: number, count: number, lastItems: readonly Item[]): Item[] {
	const last = lastItems.length;
	let p = comma;
	while (p > 0 && comma - p < GROUPS_BEFORE_SPAN && !/[。；：！？“”（）\n]/.test(text[p - 1]!)) p--;
	work.formulas += comma - p;
	if (p > 0 && !/[。；：！？\n]/.test(text[p - 1]!)) return [];
	const groups = splitGroups(text, p, comma);
	if (groups.length === 0 || groups.some((g) => g.length < 2)) return [];
	const items = groups.flat();
	// Names, not clauses: short, none closing a list of its own (…青岛等跨区域通关协作，新开直飞迪拜、吉隆坡等5条).
	if (items.some((it) => it.text.length > 16 || it.text.includes('等') || endsWithVerb(it.text))) return [];
	if (Math.abs(items.length + last - count) > 1 || opensWithVerb(text.slice(p, comma))) return [];
	const ends = new Set(lastItems.map((it) => it.text.slice(-1)));
	if (items.length + last > count && !groups.every((g) => g.some((it) => ends.has(it.text.slice(-1))))) return [];
	return [stripLead(items[0]!), ...items.slice(1)];
}

/** Counts that may open an unquoted formula (二…十, 两, 双; not 一 百 千, which open words). */
const NEXT_UNQUOTED_COUNT = /[二三四五六七八九十两双]/g;
/** Index of the first of those counts at or after `from`, or -1 (the regex engine finds it faster than a test per character). */
function nextUnquotedCount(text: string, from: number): number {
	NEXT_UNQUOTED_COUNT.lastIndex = from;
	// test, not exec: no match array; the match is one character, so it ends at lastIndex.
	return NEXT_UNQUOTED_COUNT.test(text) ? NEXT_UNQUOTED_COUNT.lastIndex - 1 : -1;
}
const UNQUOTED_COUNT_VALUE = new Map([...'二三四五六七八九十'].map((c, n) => [c.charCodeAt(0), n + 2] as const).concat([['两'.charCodeAt(0), 2], ['双'.charCodeAt(0), 2]]));
/** A count right after another count or after 第前近约“ opens no formula (十二, 第三, 前五, “三…). */
const NOT_UNQUOTED_AFTER = new CharSet('一二三四五六七八九十百千两双第前近约“');
/** What cannot be the key after the count of an unquoted formula: another count, a measure word, a unit of time or a figure. */
const NOT_A_KEY = new CharSet('一二三四五六七八九十百千两双个项条支大类种级方套张本只座片位批家所年月日天次人名元倍成');
/** Measure words of a counted noun that a colon glosses: 三项工作：…, 以下九个方面：…, 三件事：…. */
const COLON_MEASURES = new CharSet('个项条大类种方件点');

/** Does `ch` occur at least `n` times in text[start, end)? Stops as soon as it does. */
function atLeast(text: string, start: number, end: number, ch: string, n: number): boolean {
	let seen = 0;
	for (let k = text.indexOf(ch, start); k >= 0 && k < end; k = text.indexOf(ch, k + 1)) if (++seen >= n) return true;
	return n <= 0;
}

/** Numerals that number a series of names: 一 too (寿宁一中), which opens no unquoted formula. */
const SERIES_NUMERALS = new CharSet('一二两三四五六七八九十');
/** What ends the next item of a 、-list, looked for at most SERIES_REACH characters on. */
const SERIES_STOP = new CharSet('、，。；：\n');
const SERIES_REACH = 8;

/**
 * Is the count and key at `i` one of a 、-list of names numbered with the same key — 十九届二中、三中、四中全会 (the
 * plenary sessions), 东侨二中、寿宁一中新校区 (schools): a numeral and the key in the item next to it, after or right
 * before its 、? Then it is an ordinal in a name, no count of things listed later. Reads at most SERIES_REACH characters.
 */
function inNumberedSeries(text: string, i: number, key: string): boolean {
	if (text[i + 2] === '、') {
		for (let j = i + 3; j + 1 < text.length && j - i - 3 < SERIES_REACH && !SERIES_STOP.has(text.charCodeAt(j)); j++) {
			work.formulas++;
			if (SERIES_NUMERALS.has(text.charCodeAt(j)) && text[j + 1] === key) return true;
		}
	}
	return i >= 3 && text[i - 1] === '、' && SERIES_NUMERALS.has(text.charCodeAt(i - 3)) && text[i - 2] === key;
}

/**
 * An unquoted formula that needs no list to be recognised: a glossary name (两新组织), a counted category
 * (四类党员), or a count, a key and a word such as 融合 (三治融合). Recognised, listed and hovered; never flagged.
 */
function recognisedWithoutList(text: string, i: number): string | undefined {
	// Cheap test first: the character after the count, or the one after that, must be able to continue a name.
	if (!SECOND_CHARS.has(codeAt(text, i + 1)) && codeAt(text, i + 1) !== 0x7c7b /* 类 */ && !SUFFIX_FIRST.has(codeAt(text, i + 2))) return undefined;
	for (const name of namesStartingWith(text[i]!)) if (text.startsWith(name, i)) return name;
	if (text[i + 1] === '类' && /^[\u4e00-\u9fff]{2}/.test(text.slice(i + 2, i + 4))) return text.slice(i, i + 4);
	// (Not after 是: 一是…九是 number a paragraph's points — 九是共享发展成果 is the ninth point, no formula of 是.)
	if (text[i + 1] === '是') return undefined;
	for (const suffix of FORMULA_SUFFIXES) if (text.startsWith(suffix, i + 2)) return text.slice(i, i + 2 + suffix.length);
	return undefined;
}

/**
 * A counted noun that a colon glosses (重点抓好三项工作：一是…；二是…；三是…; 以下九个方面：), or that closes its paragraph
 * for the headings after it to list (重点抓好九个方面的工作。): the count, its measure word and a noun of at most six
 * characters right before the colon, or of at most four (and 的工作) right before the paragraph's last 。. Returns the end of the noun, or -1. `blockEnd`: where
 * the block's text ends, trailing spaces aside.
 */
/** Prepositions before N个方面 that make it where something is done or lacking (在三个方面发力, 从两个方面入手). */
const ASPECTS_PREPOSITION = new CharSet('在从');

function colonNoun(text: string, i: number, blockEnd: number): number {
	// 十一个方面: a count of two characters before a measure word (十九大 is a Party congress, 十二点三 a number); 十一大,
	// 十二大 before a noun's heading (十二大优势产业集群; see headingCount).
	const teen = text[i] === '十' && ONES.has(codeAt(text, i + 1)) && (TEEN_MEASURES.has(codeAt(text, i + 2)) || (TEEN_BIG.has(codeAt(text, i + 1)) && text[i + 2] === '大' && !congress(text, i)));
	const m = i + (teen ? 2 : 1);
	if (!COLON_MEASURES.has(codeAt(text, m))) return -1;
	// 方面 is one measure word (十方面民生实事: the noun is 民生实事), after 个 too when the count is an object (推进十个方面
	// 重点任务: 重点任务), not after a preposition (在三个方面仍有短板: what follows is said of the aspects).
	const measureEnd = text.startsWith('方面', m) ? m + 1 : text[m] === '个' && text.startsWith('方面', m + 1) && !ASPECTS_PREPOSITION.has(codeAt(text, i - 1)) ? m + 2 : m;
	let k = m + 1;
	while (k < text.length && k - m < 11 && text.charCodeAt(k) >= 0x4e00 && text.charCodeAt(k) <= 0x9fff) k++;
	// 把握好以下四点。, 主要有以下三点：: after 以下 (a list announced), the measure word is the noun, closing its paragraph or
	// before its colon.
	if (k === m + 1 && text.startsWith('以下', i - 2) && m === measureEnd && (text[k] === '：' || text[k] === ':' || (text[k] === '。' && k + 1 === blockEnd))) return k;
	if (k <= m + 1) return -1;
	// Markdown emphasis may close before the colon (**重点抓好以下九个方面工作**：).
	let mark = k;
	while (text[mark] === '*' && mark - k < 2) mark++;
	if (text[mark] === '：' || text[mark] === ':') {
		// 六大高耗能行业分别为：…: a verb between the noun and the colon.
		const verb = BEFORE_COLON.exec(text.slice(m + 1, k));
		const end = verb ? k - verb[0].length : k;
		// 以下三个区域的规划和建设：: after the counted noun and 的, what is done to it may take the rest of the ten characters —
		// not another noun with items of its own (三大攻坚战的主要举措有：一是…四是…; 两个维护的具体要求是：).
		const de = text.slice(m + 1, end).indexOf('的');
		if (de >= 0 && OWN_LIST_NOUN.test(text.slice(m + 1 + de, end))) return -1;
		if (end > m + 1 && (end - m <= 8 || (de > 0 && de <= 6 && m + 1 + de < end - 1))) return end;
		// 要在以下五个方面实现战略性突破：: after 以下 (a list announced), 方面 and a verb's phrase before the colon that ends its
		// paragraph (the headings after it are the list; a sentence after the colon is no list of the aspects: 在以下三个方面
		// 集中力量攻坚：加快工业化、城镇化…); the noun is 方面.
		if (!text.startsWith('以下', i - 2) || mark + 1 < blockEnd) return -1;
		return measureEnd > m ? measureEnd + 1 : text.startsWith('方面', m + 1) ? m + 3 : -1;
	}
	// 重点抓好八件实事；一是…二是…, 主要有三个方面考虑。一是…, 办好十件民生实事。（1）…（2）…: items numbered right after
	// the clause the counted noun closes, in its paragraph, in any numbering that opens no figure (see opensPoints).
	if ((text[mark] === '；' || text[mark] === '。') && mark === k && k - m <= 7 && opensPoints(text, k + 1)) return k;
	// 从七个方面对经济建设进行了部署。一是…, 从供给和需求两方面采取措施。一要…: 方面 and a predicate that runs on to the end of
	// its sentence, the points numbered right after it (the counted noun is N个方面: see aspectsBeforePoints).
	const points = aspectsBeforePoints(text, i);
	if (points > 0) return points;
	if (k - m >= 8) k = m + 8;
	// A note of a communiqué: 七大水系是指长江、黄河…, the gloss after 是指.
	const defined = text.slice(m + 1, k + 2).indexOf('是指');
	if (defined > 0) return m + 1 + defined;
	// Closing a paragraph, a noun of a few characters (方面, 方面的工作), not a clause (四类党员编入网格。).
	const noun = text.slice(measureEnd + 1, k).replace(/的?工作$/, '');
	let after = k + 1;
	while (text[after] === '*' && after - k <= 2) after++;
	if (text[k] === '。' && after === blockEnd && noun.length >= (measureEnd > m ? 0 : 1) && noun.length <= 4) return k;
	// 在三个方面持续发力。: 方面 and a short predicate closing the paragraph (the name is the count's: see aspectsEnd).
	if (text[k] === '。' && after === blockEnd && aspectsEnd(text, m + 1, k) > 0) return k;
	return headingCount(text, i, k, blockEnd) ? k : -1;
}
/**
 * A quoted formula of one part that is its paragraph's lead sentence (实施“三个率先突破”。, 促进“三带”联动发展。), its
 * quotes at `open` and `after`: listed by the sentences after it (leadSentenceItems).
 */
function resolveLeadSentence(f: RawFormula, text: string, open: number, after: number): void {
	const part = f.parts[0]!;
	if (part.count === undefined || part.key === undefined) return;
	if (open > HEADING_LABEL_MAX || !labelOnly(text.slice(0, open))) {
		resolveKeyedSentences(f, text, after);
		return;
	}
	let k = after;
	while (k < text.length && k - after < NOUN_AFTER_MAX && isCjk(text.charCodeAt(k))) k++;
	while (text[k] === '*' && k - after < 8) k++;
	if (text[k] !== '。') {
		resolveKeyedSentences(f, text, after);
		return;
	}
	k++;
	while (text[k] === '*') k++;
	const items = leadSentenceItems(text, k, text.length - countEndChars(text, BLANK), part.key, part.count, f.text);
	// A well-known formula's sentences must name one of its canonical items (坚决打好“三大攻坚战”。加快推进产业升级…。加快推进
	// 城市更新…。 lists other work).
	if (!items || Math.abs(items.length - part.count) > 1 || !canonicalAllows(f.text, items, part.key)) return;
	f.parts = [{ ...part, items }];
	f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' };
	f.verdict = items.length === part.count ? 'ok' : 'mismatch';
}

/** The most characters from a formula to the end of its sentence for the sentences after it to be read as its items. */
const KEYED_SENTENCE_REACH = 40;

/** Does the sentence of a quoted formula (its quotes around [start, after), its 。 at `end`) hold `key` outside the quotes? */
function ownSentenceHolds(text: string, start: number, after: number, end: number, key: string): boolean {
	let from = start - 1;
	while (from > 0 && start - from < KEYED_SENTENCE_REACH && text[from - 1] !== '。' && text[from - 1] !== '\n') from--;
	work.formulas += start - from;
	return text.slice(from, Math.max(from, start - 1)).includes(key) || text.slice(after, end).includes(key);
}

/** Does the sentence opening at `start` name `key` once only, to its 。 (the sentences after a formula are disjoint: linear)? */
function keyOnceInSentence(text: string, start: number, key: string): boolean {
	let end = text.indexOf('。', start);
	if (end < 0) end = text.length;
	work.formulas += end - start;
	const sentence = text.slice(start, end);
	const first = sentence.indexOf(key);
	return first < 0 || sentence.indexOf(key, first + key.length) < 0;
}

/**
 * A quoted formula of one part inside its paragraph, not its lead (以“五大融合”为抓手，大力推进协同共进。推进产业融合，…。推进交通
 * 融合，…): listed by the sentences right after its own whose first clauses all end with its key of two characters or more,
 * exactly its count of them (leadSentenceItems). A paragraph may go on with other work in the same words, so more is no
 * reading; one fewer, every sentence of the rest of the list closing a clause with the key (as leadSentenceItems reads
 * them whole: to the paragraph's end, or to a sentence that restates the count or turns), leaves no item out: judged, as
 * in a lead sentence.
 */
function resolveKeyedSentences(f: RawFormula, text: string, after: number): void {
	const part = f.parts[0]!;
	const key = part.key!;
	if (key.length < 2 || part.count! < 2) return;
	let k = after;
	while (k < text.length && k - after < KEYED_SENTENCE_REACH && text[k] !== '。' && text[k] !== '；' && text[k] !== '“' && text[k] !== '\n') k++;
	work.formulas += k - after;
	if (text[k] !== '。') return;
	const items = leadSentenceItems(text, k + 1, text.length - countEndChars(text, BLANK), key, part.count!, f.text);
	// (One fewer only when no item may hide elsewhere: the formula's own sentence names no key outside its quotes (以“四大融合”为
	// 抓手，首先推进规划融合。), and each sentence names one (推进产业融合和交通融合，…; 推进产业融合，…；推进交通融合，…).)
	const closedByKey = items !== undefined && items.every((it) => it.text.endsWith(key) && it.text.length > key.length) && !ownSentenceHolds(text, f.start, after, k, key) && items.every((it) => keyOnceInSentence(text, it.start, key));
	if (!items || !(items.length === part.count || (closedByKey && items.length === part.count! - 1 && items.length >= 2)) || !canonicalAllows(f.text, items, key)) return;
	const opening = items[0]!.text.slice(0, 2);
	const keyed = items.every((it) => it.text.includes(key) && it.text.length > key.length);
	if (!keyed && !(isLead(opening) && items.every((it) => it.text.startsWith(opening)) && !openWithVerbChain(items.map((it) => it.text)))) return;
	f.parts = [{ ...part, items }];
	f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' };
	f.verdict = items.length === part.count ? 'ok' : 'mismatch';
}

/**
 * The list right before an unquoted formula of one part at `at` (自治、法治、德治三治融合; “水港、陆港、空港”三港联动: inside
 * the quotes), read as before a quoted formula: within one item of `count`, and sharing a well-known formula's wording.
 */
function listRightBefore(text: string, at: number, count: number, name: string): Item[] | undefined {
	let items: Item[] | undefined;
	if (text[at - 1] === '”') {
		const open = text.lastIndexOf('“', at - 2);
		if (open < 0 || at - open > 60) return undefined;
		const groups = splitGroups(text, open + 1, at - 1);
		items = groups.length === 1 && groups[0]!.length >= 2 ? groups[0] : undefined;
	} else if (isCjk(text.charCodeAt(at - 1))) {
		items = beforeList(text, clauseStart(text, at), at, count, name);
	}
	if (!items) return undefined;
	const fitted = fitJoiner(items, count);
	const key = parseName(name)?.parts[0]?.key;
	// 学校、医院和乡镇四所合一: a list off the count whose items mostly lack the key names where the joining is done.
	if (fitted.length !== count && key !== undefined && !mostCarryKey(fitted, key)) return undefined;
	return Math.abs(fitted.length - count) <= 1 && canonicalAllows(name, fitted, key) ? fitted : undefined;
}

/**
 * Whether more than half of `items` hold `key`, the key of a formula of joining (派出所、司法所、法庭三所合一; 自治、法治、
 * 德治三治融合; 社区、社会组织、社会工作三社联动): what is joined carries the key; places the joining is done in do not.
 */
function mostCarryKey(items: readonly Item[], key: string): boolean {
	let carry = 0;
	for (const it of items) if (it.text.includes(key)) carry++;
	return carry * 2 > items.length;
}

/**
 * A counted noun that is its paragraph's first sentence and the whole of it after a verb (构筑三个平台。, **打造三条通道。**):
 * the end of the noun, or -1. Its items are the sentences after it (leadSentenceItems).
 */
function leadNoun(text: string, i: number, blockEnd: number): number {
	if (i > HEADING_LABEL_MAX || !COLON_MEASURES.has(codeAt(text, i + 1)) || !labelOnly(text.slice(0, i))) return -1;
	let k = i + 2;
	while (k < blockEnd && k - i <= 8 && isCjk(text.charCodeAt(k))) k++;
	if (k - i - 2 < 2) return -1;
	let e = k;
	while (text[e] === '*' && e - k < 2) e++;
	return text[e] === '。' && e + 1 < blockEnd ? k : -1;
}
const ONES = new CharSet('一二三四五六七八九');

/** The most characters of the predicate after 方面 that runs on to the points numbered after its sentence. */
const ASPECTS_CLAUSE_MAX = 16;

/** A count of its own in the predicate after 方面 (从两个方面推进三项改革): the points may number that one. */
const COUNT_IN_PREDICATE = /[一二两三四五六七八九十0-9０-９][个项条大类种方件点批]/;

/**
 * The count at `i` of aspects (从七个方面对…进行了部署) whose sentence runs on without another mark to its 。 within
 * ASPECTS_CLAUSE_MAX characters, points numbered right after it (一是, 一要, （1）…: see opensPoints): the index of that 。, or -1. Its name is the
 * count and 方面 (aspectsNamed); the points are its items. Only aspects the act is organised by (从 right before the
 * count): aspects met, referred back to or found (在两个方面取得进展, 上述两个方面, 这两个方面, 存在两个方面的问题,
 * 其中有两个方面) are no announcement of the points after; nor is a predicate holding a count of its own.
 */
function aspectsBeforePoints(text: string, i: number): number {
	if (text[i - 1] !== '从') return -1;
	const at = aspectsNamed(text, i);
	if (at < 0) return -1;
	let e = at;
	while (e < text.length && e - at <= ASPECTS_CLAUSE_MAX && isCjk(text.charCodeAt(e))) e++;
	if (COUNT_IN_PREDICATE.test(text.slice(at, e))) return -1;
	// (A noun of a few characters closing the sentence is read with them: 主要有两个方面考虑。一是…, see colonNoun.)
	const measure = text[at - 3] === '个' ? at - 3 : at - 2;
	return e - measure > 7 && text[e] === '。' && opensPoints(text, e + 1) ? e : -1;
}

/** Whether only a sentence's closing marks stand between `end` (the last point read) and the block's end `blockEnd`. */
function pointsEndBlock(text: string, end: number, blockEnd: number): boolean {
	let e = end;
	while (e < blockEnd && e - end < 4 && (text[e] === '。' || text[e] === '；' || text[e] === '*')) e++;
	return e >= blockEnd;
}

/** The end of 方面 right after the count at `i` and its 个 (七个方面, 两方面, 十一个方面), or -1. */
function aspectsNamed(text: string, i: number): number {
	const teen = text[i] === '十' && ONES.has(codeAt(text, i + 1)) ? 1 : 0;
	const k = i + 1 + teen + (text[i + 1 + teen] === '个' ? 1 : 0);
	return text.startsWith('方面', k) ? k + 2 : -1;
}

/** The most characters of the predicate after 方面 that a paragraph closes with (在三个方面持续发力。). */
const ASPECTS_PREDICATE_MAX = 4;

/**
 * 方面 at `at` (after the count's 个) followed by a short predicate that ends at `end` (持续发力, 取得突破): the end of 方面 —
 * the counted noun the headings after the paragraph list — or -1. Not 方面工作 nor 方面的…: those are the noun.
 */
function aspectsEnd(text: string, at: number, end: number): number {
	if (!text.startsWith('方面', at)) return -1;
	const rest = text.slice(at + 2, end);
	if (rest.length < 2 || rest.length > ASPECTS_PREDICATE_MAX || !EFFORT_PREDICATE.test(rest)) return -1;
	// 市委确定的十个方面重点任务，今年要在两个方面率先突破: another count of aspects in the sentence; the headings may
	// list either.
	const from = Math.max(0, at - ASPECTS_SENTENCE_MAX);
	const head = text.slice(from, at - 1);
	const opens = lastOf(head, '。！？；');
	return head.indexOf('方面', opens + 1) >= 0 ? -1 : at + 2;
}
/**
 * What a paragraph closing with its aspects does in them (持续发力, 率先突破, 下功夫): an effort the headings after it
 * name. Not what it lacks (仍有短板, 还有差距, 存在隐忧, 有待加强): the headings are its problems, not always as many.
 */
const EFFORT_PREDICATE = /^(?!.*(?:短板|差距|不足|隐忧|有待|存在|问题)).*(?:发力|突破|着力|下功夫|攻坚|用力|把握好)$/;
/** How far back from 方面 the sentence is searched for another count of aspects. */
const ASPECTS_SENTENCE_MAX = 60;
/** Nouns after a counted noun's 的 that are listed on their own (its measures, requirements, tasks …), not its items. */
const OWN_LIST_NOUN = /举措|措施|要求|内容|做法|办法|意见|标准|原则|目标|问题|任务|重点|途径|路径|方法/;
/** How far after a counted noun the colon of its gloss may stand (分别为：; 以下五个方面实现战略性突破：). */
const GLOSS_REACH = 12;
/** A verb between a counted noun and the colon of its gloss: 六大高耗能行业分别为：, 三项工作是：. */
const BEFORE_COLON = /(?:分别为|分别是|包括|是指|是|为)$/;
const TEEN_MEASURES = new CharSet('个项条类种方件');
/** The ones of a count of two characters before 大 (十一大, 十二大: BIG_COUNT's 1[0-2]); from 十三 on, 大 names a Party congress. */
const TEEN_BIG = new CharSet('一二');
/** What follows a Party congress's name (十一大以来, 十二大报告, 十二大精神, 十一大代表, 十二大提出的), not a noun's. */
const CONGRESS_AFTER = /^(?:以来|报告|精神|代表|路线|会议|召开|提出|确定|党章|通过|决议|文件)/;

/** 十一大, 十二大 at `i` naming a Party congress: 党的 before it (党的十一大), or a congress's word after it. */
function congress(text: string, i: number): boolean {
	return text.startsWith('党的', i - 2) || CONGRESS_AFTER.test(text.slice(i + 3, i + 5));
}

/**
 * A heading that is a counted noun and nothing more (一、十大工业项目 over its items 1.…10.; 10件民生实事 over 一…十): the
 * count at `start`, its noun ending at `nounEnd` with the block. Its sub-headings list it.
 */
function headingCount(text: string, start: number, nounEnd: number, blockEnd: number): boolean {
	let end = nounEnd;
	while (text[end] === '*' && end - nounEnd < 2) end++;
	return end === blockEnd && start <= HEADING_LABEL_MAX && labelOnly(text.slice(0, start));
}

/** Markdown marks, a heading's numbering (the outline's: numbering.ts) and a few words: all that may precede the count. */
function labelOnly(prefix: string): boolean {
	const rest = prefix.replace(LEADING_MARKS, '');
	const label = HEADING_NUMBERINGS.map((re) => re.exec(rest)?.[0]).find((m) => m !== undefined) ?? '';
	// A year may open the words (2013年为民办10件实事).
	return FEW_WORDS.test(rest.slice(label.length).replace(HEADING_YEAR, ''));
}
const HEADING_YEAR = /^(?:19|20)[0-9]{2}年度?/;
const HEADING_NUMBERINGS = [ORDINAL_HEADING, CN_ENUM, CN_PAREN_ENUM, ARABIC_PAREN_ENUM, ARABIC_ENUM];
const LEADING_MARKS = /^[\s#*]+/;
const FEW_WORDS = /^[\s*]*[\u4e00-\u9fff]{0,6}$/;
/** The most characters a heading's numbering and words may take before its count. */
const HEADING_LABEL_MAX = 18;

/**
 * Unquoted formulas resolved by a list right after them: 注重三化引导。…坚持基础标准化、特色差异化、功能智慧化;
 * and counted nouns glossed after a colon (抓好三项工作：一是…). Recognised only when such a list is found with the
 * stated number of items carrying the key, or when the colon attaches the gloss.
 */
export function scanUnquotedFormulas(text: string, taken: readonly RawFormula[]): RawFormula[] {
	const out: RawFormula[] = [];
	work.formulas += text.length;
	// Positions of 、 (found natively, when a candidate first needs them), so that the 、 between two offsets are
	// counted by binary search.
	let commaPos: number[] | undefined;
	const commasBefore = (offset: number): number => {
		if (!commaPos) {
			commaPos = [];
			for (let k = text.indexOf('、'); k >= 0; k = text.indexOf('、', k + 1)) commaPos.push(k);
		}
		const positions = commaPos;
		return partitionPoint(positions.length, (i) => positions[i]! < offset);
	};
	const spans = taken.length < 2 ? taken : [...taken].sort((a, b) => a.start - b.start);
	// Sentence ends, advanced as i grows: every candidate finds its sentence and the next one in O(1).
	let end = -1;
	let next = -1;
	let t = 0; // the first taken span that may still cover i (spans are sorted; i only grows)
	const blockEnd = text.length - countEndChars(text, BLANK);
	// Only the counts can open one: the loop goes from one to the next (each `continue` moves past i).
	for (let i = nextUnquotedCount(text, 0); i >= 0 && i + 1 < text.length; i = nextUnquotedCount(text, i + 1)) {
		if (NOT_UNQUOTED_AFTER.has(codeAt(text, i - 1))) continue;
		while (t < spans.length && spans[t]!.end + 1 <= i) t++;
		let covered = false;
		for (let u = t; u < spans.length && u < t + 4; u++) if (i >= spans[u]!.start - 1 && i < spans[u]!.end + 1) covered = true;
		if (covered) continue;
		const count = UNQUOTED_COUNT_VALUE.get(text.charCodeAt(i))!;
		const colon = colonNoun(text, i, blockEnd);
		if (colon > 0 && !inIdiom(text, i)) {
			// 九个方面的工作: the counted noun is 九个方面.
			const words = text.slice(i, colon);
			const of = words.indexOf('的');
			// 三个方面持续发力。: the noun is 三个方面.
			const aspects = text[colon] === '。' && colon + 1 >= blockEnd ? aspectsEnd(text, i + 2, colon) : aspectsBeforePoints(text, i) === colon ? aspectsNamed(text, i) : -1;
			const name = aspects > 0 ? text.slice(i, aspects) : of > 2 ? words.slice(0, of) : words;
			const parsed = parseName(name);
			// 三个月：…: a count of time or of times is no counted noun.
			if (parsed && parsed.kind === 'cjk' && parsed.parts.length === 1 && !TIME_COUNT.test(name)) {
				const f: RawFormula = { start: i, end: i + name.length, text: name, kind: 'cjk', quoted: false, parts: parsed.parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
				// The gloss opens at the colon, after a verb (分别为) or emphasis that may stand before it; numbered items may follow
				// the clause's end (…八件实事；一是…), and only they are read there.
				let gloss = colon;
				const closed = (text[colon] === '；' || text[colon] === '。') && opensPoints(text, colon + 1);
				// A formula of the glossary has its own items: the points numbered after it are the text's (坚持两个毫不动摇。一是…).
				if (closed && (!numberedItems(text, colon + 1, text.length) || lookupGlossary(name) !== undefined)) {
					i = colon;
					continue;
				}
				while (!closed && gloss < colon + GLOSS_REACH && gloss < text.length && text[gloss] !== '：' && text[gloss] !== ':' && text[gloss] !== '。' && text[gloss] !== '，') gloss++;
				resolveEntry(f, text, (text[gloss] === '：' || text[gloss] === ':' ? gloss : colon) + 1, true);
				// 去年从三个方面进行了部署。一是…。二是…。⏎三是…, 办好十件民生实事。（1）…（5）…。⏎（6）…: points that run to the
				// paragraph's end, short of the count, may go on in the next paragraph (judged with it: see buildFormulas).
				if (f.verdict === 'mismatch' && closed && (f.parts[0]?.items.length ?? 0) < count && f.expansion !== undefined && pointsEndBlock(text, f.expansion.end, blockEnd)) f.pointsRunOn = true;
				if (f.verdict !== 'unexpanded' || f.glossFollows) out.push(f);
				i = colon;
				continue;
			}
		}
		// 打造三条通道。陆上丝路通道，…。空中丝路通道，…。网上丝路通道，…: a counted noun that is its paragraph's lead
		// sentence, listed by the sentences after it that each name its key.
		const lead = colon < 0 ? leadNoun(text, i, blockEnd) : -1;
		if (lead > 0 && !inIdiom(text, i)) {
			const name = text.slice(i, lead);
			const parsed = parseName(name);
			const key = parsed?.kind === 'cjk' && parsed.parts.length === 1 ? parsed.parts[0]!.key : undefined;
			let from = lead;
			while (text[from] === '*' || text[from] === '。') from++;
			const items = key ? leadSentenceItems(text, from, blockEnd, key, count, name) : undefined;
			if (items && Math.abs(items.length - count) <= 1 && canonicalAllows(name, items, key)) {
				out.push({ start: i, end: lead, text: name, kind: 'cjk', quoted: false, parts: [{ count, key, items }], expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' }, verdict: items.length === count ? 'ok' : 'mismatch' });
				i = lead;
				continue;
			}
		}
		// 粮食、蔬菜播种面积实现双增长, 事故起数和死亡人数双下降: 双 and a result two things named right before achieve, as a
		// quoted “双增长” is read (pairOfResults: resolved or not recognised, never flagged).
		if (text[i] === '双' && PAIR_RESULT.test(text.slice(i + 1, i + 3))) {
			const f: RawFormula = { start: i, end: i + 3, text: text.slice(i, i + 3), kind: 'cjk', quoted: false, parts: [{ count: 2, key: text.slice(i + 1, i + 3), items: [] }], verdict: 'unexpanded' };
			pairOfResults(f, text, i);
			if (f.verdict !== 'unexpanded') {
				out.push(f);
				i += 2;
				continue;
			}
		}
		const known = recognisedWithoutList(text, i);
		if (known && !inIdiom(text, i)) {
			const parsed = parseName(known);
			const f: RawFormula = { start: i, end: i + known.length, text: known, kind: 'cjk', quoted: false, parts: (parsed?.parts ?? []).map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
			// 自治、法治、德治三治融合, “水港、陆港、空港”三港联动: the list right before it, as before a quoted formula.
			// (Not a glossary name without such a word: 减轻作业和校外培训双减政策 is no count of the list before it.)
			const part = f.parts.length === 1 && FORMULA_SUFFIXES.some((x) => known.endsWith(x)) ? f.parts[0]! : undefined;
			const items = part?.count !== undefined ? listRightBefore(text, i, part.count, known) : undefined;
			if (part && items) {
				f.parts = [{ ...part, items }];
				f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' };
				f.verdict = items.length === part.count ? 'ok' : 'mismatch';
			}
			// 三大攻坚战如期推进。脱贫攻坚…。污染防治…。风险防控…: its canonical items taken in turn by the paragraph.
			if (f.verdict === 'unexpanded') canonicalRunBefore(f, text, i);
			if (f.verdict === 'unexpanded') canonicalListBefore(f, text, i);
			if (f.verdict === 'unexpanded') canonicalOpenings(f, text, i + known.length);
			out.push(f);
			i += known.length - 1;
			continue;
		}
		const k = text.charCodeAt(i + 1);
		if (k < 0x4e00 || k > 0x9fff || NOT_A_KEY.has(k)) continue;
		const key = text[i + 1]!;
		if (end < i + 2) {
			end = sentenceEnd(text, i + 2);
			next = end < text.length ? sentenceEnd(text, end + 1) : end;
		}
		// Cheap guard before splitting: the list needs count−1 separators and the key count times.
		if (commasBefore(next) - commasBefore(i + 2) < count - 1 || !atLeast(text, i + 2, next, key, count)) continue;
		if (inNumberedSeries(text, i, key)) continue;
		const groups = splitGroups(text, i + 2, next);
		const g = groups.find((gr) => gr.length === count && gr.every((it, n) => (n === 0 ? it.text.includes(key) : it.text.endsWith(key) || it.text.startsWith(key))));
		if (!g || inIdiom(text, i)) continue;
		const items = [stripLead(g[0]!), ...g.slice(1)];
		out.push({
			start: i,
			end: i + 2,
			text: text.slice(i, i + 2),
			kind: 'cjk',
			quoted: false,
			parts: [{ count, key, items }],
			expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' },
			verdict: 'ok',
		});
		i += 1;
	}
	return out;
}
