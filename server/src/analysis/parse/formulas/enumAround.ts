/**
 * Items of a count found elsewhere than a 、-list right before it: titles in 《》 and quoted items (titlesBefore, quotesIn,
 * quoteParts), items with their own figures in the sentence after (figuredItemsAfter), subjects of the sentences after
 * (subjectItemsAfter), and ，-groups before a count (listGroupsBefore).
 */
import { opensWithVerb, QUOTED_ITEM_JOINERS, QUOTED_LIST_ITEM_MAX } from './listWords';
import { CLAUSE_END_MARKS, endsWithVerb } from './text';
import { type Item, splitGroups, stripLead } from '../lists';
import { codeAt, isCjk } from '../../text/chars';
import { BLANK, countEndChars } from '../../text/trim';
import { work } from '../../work';

/** The titles in 《》 side by side right before `end` (《望道》《问天》, 《A》、《B》和《C》), at most twelve, each as an item. */
export function titlesBefore(text: string, end: number): Item[] {
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
export function quotesIn(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x201c) n++;
	return n;
}

/**
 * The parts of a quoted item that holds a list (“我为群众办实事、我为企业解难题”: two), split at 、 — and, in a quote longer
 * than QUOTED_LIST_ITEM_MAX, at ， too (a short one with a comma is one slogan: “控尘治理,全城清扫”). Anything else: itself.
 */
export function quoteParts(it: Item): Item[] {
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
export function figuredItemsAfter(text: string, nounStart: number, count: number): Item[] | undefined {
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
	// Items whose names end alike (低收入组, 中间收入组, 高收入组 … 人均可支配收入): the common ending takes in their last
	// characters. Each then ends at the last character of the counted noun (组 of 收入分组) that stands in that ending.
	const nounLast = lastCjk(text, nounStart, k);
	const kept = shared > 0 && nounLast !== '' ? heads.map((h) => h.lastIndexOf(nounLast)) : [];
	// (The indicator, two characters or more, after it: a verb the noun's clause ends with (…的面积占83.7%，三类海水占…) is no name's end.)
	const keepNoun = kept.length > 0 && kept.every((at, n) => at >= heads[n]!.length - shared && at >= 1 && at <= heads[n]!.length - 3) && heads.some((h) => h.length - shared < 2);
	const items = units.map((u, n) => {
		const cut = shared < 0 ? change[n]! : keepNoun ? heads[n]!.length - kept[n]! - 1 : shared;
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

/** The last Chinese character of text[from, to) (收入分组[62] → 组), or ''. */
function lastCjk(text: string, from: number, to: number): string {
	for (let k = to - 1; k >= from; k--) if (isCjk(text.charCodeAt(k))) return text[k]!;
	return '';
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
export function subjectItemsAfter(text: string, nounStart: number, count: number, topics: boolean): Item[] | undefined {
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

/**
 * The ，-groups right before the last group of a list closed by 等 and a count (在兴庆区A、B、C，金凤区D、E、F，西夏区G、H、I
 * 等9所学校), when every one of them back to its clause's start is a list of two items or more and all of them with the
 * `last` items of the last group come within one of `count`: their items, the first without the clause's verb. Else
 * none (a group that is no list, an item that is no name, a first group that opens with a verb — 围绕粮食、蔬菜、畜牧，
 * 重点建设甲园区… — or a sum further off: the groups are not what the count counts). Groups that would make the list
 * longer than its count are read only when each is of the last group's kind (one of its items ends as one of the last
 * group's does: 甲学校、乙小学 beside 己中学、壬小学): groups of another kind make a list a count closed by 等 allows.
 */
export function listGroupsBefore(text: string, comma: number, count: number, lastItems: readonly Item[]): Item[] {
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
