import { work } from '../work';
import { CharSet } from '../text/chars';

/**
 * Lists in running text: items separated by 、 ， ； or dashes (— ― －), at bracket and quote depth 0, the last one
 * possibly joined by 及 和 与 以及 (暨 never splits an item: 环东海域新城暨现代服务业基地 is one item).
 */

export interface Item {
	/** Joined-text offsets of the item (trimmed). */
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

const OPEN = new Set(['（', '(', '“', '‘', '《', '【', '「', '[']);
const CLOSE = new Set(['）', ')', '”', '’', '》', '】', '」', ']']);

function trimItem(text: string, start: number, end: number): Item | undefined {
	let s = start;
	let e = end;
	while (s < e && WHITE.has(text.charCodeAt(s))) s++;
	while (e > s && (WHITE.has(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x3002 /* 。 */)) e--;
	if (e <= s) return undefined;
	return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * Spaces (what a regex's \s matches, and the ideographic space), and Markdown's emphasis marks (**推进重点领域改革。**进一步
 * 明确市、辖区两级): no part of an item. Looked up by code: an item's ends are trimmed for every item of every list.
 */
const WHITE = new CharSet('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff*');

/** A numbering that opens a line (二、, 3、), its emphasis or heading marks before it, not followed by another numeral. */
const LINE_NUMBERING = /^[#*\s]*(?:[〇零一二两三四五六七八九十百]{1,5}|[0-9０-９]{1,3})[ \u3000]?、(?![〇零一二两三四五六七八九十百0-9０-９])/;

/** splitGroups' pieces of one group: where each starts and ends and what ended it (grown as needed, never shrunk). */
const PIECE_START: number[] = [];
const PIECE_END: number[] = [];
const PIECE_BY: number[] = [];

/**
 * Split text[start, end) into groups (separated by ，；——) of items (separated by 、), at depth 0. Dashes separate items
 * only in a group without 、 (街道大工委—社区大党委—…): where 、 separates, a dash joins two names inside one item
 * (昭—鲁中心城市公园, 古渡路—江畔音乐烤香城). Quoted or titled items written side by side are items of their own
 * (“套路贷”“校园贷”, 《…》《…》). Linear: one pass.
 */
export function splitGroups(text: string, start: number, end: number): Item[][] {
	const groups: Item[][] = [];
	// A heading's numbering at the start of its line is no item (二、守牢“三条底线”; 3、城东、城西两大片区): not before another
	// numeral (二、三产业 names two).
	if (start === 0 || text[start - 1] === '\n') start += LINE_NUMBERING.exec(text.slice(start, start + 12))?.[0].length ?? 0;
	// The pieces of the current group, each with what ended it: a 、, a dash or a closing quote before an opening one
	// (kept in the module's scratch arrays, not an object per piece: every list of every block is split here).
	let pieces = 0;
	let depth = 0;
	let commas = false;
	work.formulas += end - start;
	let pieceStart = start;
	const piece = (from: number, to: number, by: number): void => {
		PIECE_START[pieces] = from;
		PIECE_END[pieces] = to;
		PIECE_BY[pieces++] = by;
	};
	const closeGroup = (): void => {
		let s = -1;
		const items: Item[] = [];
		for (let k = 0; k < pieces; k++) {
			if (s < 0) s = PIECE_START[k]!;
			// Where 、 separates the items, a dash is part of one.
			if (commas && PIECE_BY[k] === DASH && k + 1 < pieces) continue;
			const it = trimItem(text, s, PIECE_END[k]!);
			if (it) items.push(it);
			s = -1;
		}
		if (items.length > 0) groups.push(items);
		pieces = 0;
		commas = false;
	};
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		const role = ROLE[c];
		if (role === 0) continue;
		if (role === OPENS) depth++;
		else if (role === CLOSES) {
			depth = Math.max(0, depth - 1);
			// “套路贷”“校园贷”: a quote closed and another opened at once.
			if (depth === 0 && i + 1 < end && SIDE_BY_SIDE.has(c) && SIDE_OPENS.has(text.charCodeAt(i + 1))) {
				piece(pieceStart, i + 1, SIDE);
				pieceStart = i + 1;
			}
		} else if (depth === 0 && role === DASHES && c === 0x2014 && text.charCodeAt(i + 1) === 0x2014) {
			// A 破折号 (——, two dashes) is a sentence's mark, as a comma is (两会聚焦——代表委员热议三大工程; 数据显示——全市…):
			// it ends the group. (A dash that joins names is one: 兰州—西宁, 街道大工委—社区大党委.)
			piece(pieceStart, i, GROUP);
			closeGroup();
			pieceStart = i + 1;
			while (text.charCodeAt(pieceStart) === 0x2014 && pieceStart < end) pieceStart++;
			i = pieceStart - 1;
		} else if (depth === 0 && (role === ITEM || role === DASHES)) {
			if (role === ITEM) commas = true;
			piece(pieceStart, i, role === ITEM ? ITEM : DASH);
			pieceStart = i + 1;
			while (text.charCodeAt(pieceStart) === 0x2014 && pieceStart < end) pieceStart++; // ——
			i = pieceStart - 1;
		} else if (depth === 0 && role === GROUP) {
			piece(pieceStart, i, GROUP);
			pieceStart = i + 1;
			closeGroup();
		}
	}
	piece(pieceStart, end, GROUP);
	closeGroup();
	return groups;
}

/** What each character does in a list: open or close a bracket or quote, separate items, separate groups. */
const OPENS = 1;
const CLOSES = 2;
const ITEM = 3;
const GROUP = 4;
const DASHES = 5;
/** What ended a piece of a group besides ITEM and GROUP: a dash, or a closing quote right before an opening one. */
const DASH = 6;
const SIDE = 7;
const ROLE = new Uint8Array(0x10000);
for (const ch of OPEN) ROLE[ch.charCodeAt(0)] = OPENS;
for (const ch of CLOSE) ROLE[ch.charCodeAt(0)] = CLOSES;
ROLE['、'.charCodeAt(0)] = ITEM;
for (const ch of '—―－') ROLE[ch.charCodeAt(0)] = DASHES;
for (const ch of '，；,;') ROLE[ch.charCodeAt(0)] = GROUP;
/** Closing marks after which an opening one starts a new item: ” 》 』 」 (not a bracket: 第（一）（二）). */
const SIDE_BY_SIDE: ReadonlySet<number> = new Set([...'”》』」’'].map((c) => c.charCodeAt(0)));
const SIDE_OPENS: ReadonlySet<number> = new Set([...'“《『「‘'].map((c) => c.charCodeAt(0)));

/**
 * Words in which 和 及 与 join nothing: 和谐, 和美乡村, 及时, 参与, 涉及 (a joiner there would split one item in two).
 * The character before or after the joiner makes the word.
 */
const JOINER_WORDS = ['和谐', '和平', '和美', '和睦', '和解', '和顺', '和煦', '总和', '共和', '温和', '缓和', '平和', '饱和', '调和', '及时', '及早', '及格', '及至', '涉及', '普及', '危及', '波及', '顾及', '惠及', '遍及', '提及', '触及', '企及', '参与', '给与', '赋与', '与会', '与其', '与否', '与时'];
const JOINER_WORD_SET: ReadonlySet<string> = new Set(JOINER_WORDS);

/** Is the joiner `j` at `at` in `text` part of a word (和谐, 及时, 参与)? */
export function inJoinerWord(text: string, at: number, j: string): boolean {
	if (j.length > 1) return false;
	return JOINER_WORD_SET.has(text.slice(at - 1, at + 1)) || JOINER_WORD_SET.has(text.slice(at, at + 2));
}

/** 及 和 与 以及 (not 暨) joining the last two items. Returns the split point inside `item`, or -1. */
function lastJoiner(item: string): { at: number; length: number } {
	for (const j of ['以及', '和', '与', '及']) {
		let at = item.lastIndexOf(j);
		while (at > 0 && (inJoinerWord(item, at, j) || (j === '及' && item[at - 1] === '以'))) at = item.lastIndexOf(j, at - 1);
		// Not at the very start or end, and not inside a bracket or quote.
		if (at > 0 && at + j.length < item.length) {
			const before = item.slice(0, at);
			const depth = countOpen(before);
			if (depth === 0) return { at, length: j.length };
		}
	}
	return { at: -1, length: 0 };
}

function countOpen(s: string): number {
	let d = 0;
	for (const ch of s) {
		if (OPEN.has(ch)) d++;
		else if (CLOSE.has(ch)) d = Math.max(0, d - 1);
	}
	return d;
}

/** Split the last item of `items` at its joiner (特殊群体和企业商户 → 特殊群体 | 企业商户). */
export function splitLastJoiner(items: readonly Item[]): Item[] | undefined {
	const last = items[items.length - 1];
	if (!last) return undefined;
	const j = lastJoiner(last.text);
	if (j.at < 0) return undefined;
	const a: Item = { start: last.start, end: last.start + j.at, text: last.text.slice(0, j.at) };
	const b: Item = { start: last.start + j.at + j.length, end: last.end, text: last.text.slice(j.at + j.length) };
	return [...items.slice(0, -1), a, b];
}

/**
 * Verbs and prepositions that open the clause a list stands in: the first item starts after the last of them
 * (卫东区建立区、街道、社区 → 区; 积极整合党员、干部、人才 → 党员; 邀请省、州、县 → 省).
 */
const LEADS = [
	'建立', '构建', '整合', '坚持', '推行', '落实', '打造', '邀请', '实施', '推进', '加快', '加强', '开展', '完善', '健全', '形成', '包括', '涵盖', '设立', '成立',
	'组建', '实现', '围绕', '聚焦', '依托', '推动', '抓好', '做好', '做到', '提升', '强化', '深化', '创建', '培育', '建设', '发展', '突出', '统筹', '覆盖', '组织',
	'实行', '采取', '通过', '按照', '对', '在', '以', '由', '把', '将', '从', '为', '向', '与', '即', '指', '是', '有', '了', '的',
	// Verbs with 好 (do well): 唱好杭州、宁波“双城记”, 办好…, 打好…
	'唱好', '下好', '办好', '用好', '管好', '守好', '写好', '走好', '打好', '建好', '讲好', '护好', '答好', '打赢',
	'明确', '打通', '发挥', '保持', '完成', '建成', '投用', '包揽',
	// What a list is faced with or opened for: 面临需求收缩、供给冲击、预期转弱, 畅通工业品下乡、农产品进城
	'面临', '面对', '面临着', '面对着', '应对', '克服', '畅通', '促进', '进行',
];

const LEAD_SET: ReadonlySet<string> = new Set(LEADS);
/** LEADS by the code of their first character, and the longest. */
const LEADS_BY_FIRST = new Map<number, string[]>();
for (const lead of LEADS) LEADS_BY_FIRST.set(lead.charCodeAt(0), [...(LEADS_BY_FIRST.get(lead.charCodeAt(0)) ?? []), lead]);
const LONGEST_LEAD = Math.max(...LEADS.map((lead) => lead.length));

/** Is `word` one of the verbs and prepositions that open a list's clause (包括, 建立, 坚持 …)? */
export function isLead(word: string): boolean {
	return LEAD_SET.has(word);
}

/**
 * Sentences or paragraphs that open alike (the caller's test) and each go on with a second verb (加快推进城市更新, 加快推进乡村
 * 振兴; 深入推进…; 加快建设…): the style of a paragraph of actions, not a verb over the names of a formula's items (聚焦转型
 * 综改, 聚焦晋中国家农高区; 全力以赴稳投资).
 */
export function openWithVerbChain(texts: readonly string[]): boolean {
	return texts.every((t) => isLead(t.slice(2, 4)));
}

/** A one-character preposition that starts a word is no lead: 对象, 在于, 以上, 由于, 将来, 有效, 是否, 指标. */
const LEAD_WORDS: ReadonlySet<string> = new Set(['指标', '指导', '指引', '指数', '指南', '指挥', '对象', '对于', '对外', '对接', '对口', '对标', '在于', '在线', '以上', '以下', '以来', '以后', '以前', '以内', '以外', '以及', '由于', '从而', '从严', '从业', '向往', '将来', '把握', '有关', '有效', '有序', '有力', '有机', '有的', '是否', '了解', '为主', '为民', '与会', '的确']);

/** Verbs before 的 that make what precedes it a clause about the list (…集体提出的改进调查研究; 市委开展的…). */
export const DE_VERBS = ['提出', '开展', '实施', '推出', '推行', '建立', '设立', '确定', '部署', '发布', '印发', '出台', '规定', '要求', '组成', '形成', '构成', '划定', '认定', '评定', '命名', '确立', '明确', '倡导', '推广'];

/** A lead's word at `at` that is no lead: a preposition that starts a word (对象, 以上), 的 after no verb. */
/** Characters that make a word with a following 进 (推进, 先进, 促进 …). */
const JIN_WORDS_FIRST = '推先促引改增跟精演前挺上激渐跃迈奋并';

function notLeadAt(t: string, lead: string, at: number): boolean {
	// 推进行政处罚, 先进行业: 进 ends a word before 行 begins one.
	if (lead === '进行') return at > 0 && JIN_WORDS_FIRST.includes(t[at - 1]!);
	return lead.length === 1 && (LEAD_WORDS.has(t.slice(at, at + 2)) || (lead === '的' && !DE_VERBS.some((v) => at >= v.length && t.startsWith(v, at - v.length))));
}

/**
 * Where the words after the last lead begin — each lead at its last place where it is one, the latest end among them
 * short of the end of `t` — or -1. Read backwards once, and only as far as a lead could still end later: not one search
 * of the whole item per lead.
 */
function lastLeadCut(t: string): number {
	let best = -1;
	// The leads whose last place ends `t`: they cut nothing, and their earlier places are not theirs to count.
	let atEnd: string[] | undefined;
	for (let at = t.length - 1; at >= 0 && at + LONGEST_LEAD > best; at--) {
		const leads = LEADS_BY_FIRST.get(t.charCodeAt(at));
		if (leads === undefined) continue;
		for (const lead of leads) {
			if (!t.startsWith(lead, at) || atEnd?.includes(lead) || notLeadAt(t, lead, at)) continue;
			const end = at + lead.length;
			if (end === t.length) (atEnd ??= []).push(lead);
			else if (end > best) best = end;
		}
	}
	return best;
}

/**
 * The first item of a list without the clause's opening verb: 卫东区建立区 → 区; …集体提出的改进调查研究 → 改进调查研究.
 * A preposition that starts a word (对象, 以上) is none; 的 only after a verb (宣传党的路线, 以废旧电池为主的电子废弃物
 * keep theirs).
 */
export function stripLead(item: Item, others: readonly Item[] = []): Item {
	const t = item.text;
	if (others.length === 0) {
		const last = lastLeadCut(t);
		return last < 0 ? item : { start: item.start + last, end: item.end, text: t.slice(last) };
	}
	// Every place a lead ends: the last one, or — beside other items — the one that leaves an item as long as they are
	// (全市抓好10个重大产业建设项目 beside 10个重大科技创新项目: after 抓好, not after 建设).
	const cuts: number[] = [];
	for (const lead of LEADS) {
		for (let at = t.lastIndexOf(lead); at >= 0; at = at > 0 ? t.lastIndexOf(lead, at - 1) : -1) {
			if (notLeadAt(t, lead, at)) continue;
			if (at + lead.length < t.length) cuts.push(at + lead.length);
		}
	}
	if (cuts.length === 0) return item;
	let cut = Math.max(...cuts);
	if (others.length > 0) {
		const lengths = others.map((x) => x.text.length).sort((a, b) => a - b);
		const median = lengths[lengths.length >> 1]!;
		cut = cuts.reduce((best, c) => (Math.abs(t.length - c - median) < Math.abs(t.length - best - median) ? c : best), cut);
	}
	return { start: item.start + cut, end: item.end, text: t.slice(cut) };
}

/**
 * The first item of a list from the character every other item opens with (排查化解小纠纷、小隐患、小案件 → 小纠纷;
 * 地方煤矿防瓦斯、防水害、防煤尘 → 防瓦斯; 工作中要勤走、勤问、勤记 → 勤走): what stands before it is the clause's —
 * its subject, adverb and verb, whatever words they are. Only when two other items or more open with that Chinese
 * character, the first holds it after its start (outside brackets and quotes), and what is left is within one character
 * of their lengths (no longer than the longest and one, no shorter than the shortest less one, two at least).
 */
export function fromSharedOpening(first: Item, others: readonly Item[]): Item {
	if (others.length < 2) return first;
	const c = others[0]!.text.charCodeAt(0);
	if (c < 0x4e00 || c > 0x9fff || !others.every((it) => it.text.charCodeAt(0) === c)) return first;
	const at = first.text.lastIndexOf(String.fromCharCode(c));
	if (at <= 0 || countOpen(first.text.slice(0, at)) > 0) return first;
	let longest = 0;
	let shortest = Infinity;
	for (const it of others) {
		longest = Math.max(longest, it.text.length);
		shortest = Math.min(shortest, it.text.length);
	}
	// What is left is a word that opens with the character, as long as the others within one: not the character ending a
	// word of the first item's (科技创新、新型工业化、新型城镇化 keeps 科技创新, not 新).
	const left = first.text.length - at;
	if (left > longest + 1 || left < Math.max(2, shortest - 1)) return first;
	return { start: first.start + at, end: first.end, text: first.text.slice(at) };
}

/** Characters a pair of words may share that make them an idiom or a set phrase, not two items (一心一意, 不骄不躁, 有声有色, 自由自在, 全心全意). */
const NOT_SHARED = new Set([...'一二三四五六七八九十两百千万不无有没非多少自全大小半'] );

/**
 * Items written side by side without a separator right before `end`, for a count of `count` (国内国际双循环; 省内省外两个
 * 市场): `count` words of two characters each, all opening with the same character (国内, 国际: 国), none the same. Two words that share nothing (发展安全) cannot be told from one word of four characters, and are not read; nor is
 * a run that goes on before the first of them in the same way (线上线下线上: more words than the count). Reads at most
 * 2 × count + 2 characters.
 */
export function sideBySide(text: string, end: number, count: number): Item[] | undefined {
	// The count as a small integer (a quantity's value is a double): offsets made from a double would be stored boxed,
	// and one boxed offset makes every { start, end } object of the process keep its offsets boxed (V8 field
	// representation), half again their memory. A count not whole reads nothing, as before (no run has that size).
	const n = count | 0;
	const start = end - 2 * n;
	if (n < 2 || n > 4 || start < 0) return undefined;
	work.formulas += 2 * n + 2;
	if (n !== count) return undefined;
	const items: Item[] = [];
	for (let s = start; s < end; s += 2) {
		const t = text.slice(s, s + 2);
		if (!/^[\u4e00-\u9fff]{2}$/.test(t)) return undefined;
		items.push({ start: s, end: s + 2, text: t });
	}
	if (new Set(items.map((it) => it.text)).size !== count) return undefined;
	// The first character: a shared second one is often a compound's (工业企业: an industrial enterprise, not 工业 and 企业).
	const head = items[0]!.text[0]!;
	if (!items.every((it) => it.text[0] === head) || NOT_SHARED.has(head)) return undefined;
	// The same kind of word right before: the run is longer than the count.
	if (start >= 2 && text[start - 2] === head) return undefined;
	return items;
}
