/**
 * Resolving a quoted formula (resolve): each candidate span (candidates.ts) and each list found before it (before.ts)
 * read into parts (../formulaReading.ts), the first sure reading kept and judged (verdict.ts); codes go to resolveCode
 * (codes.ts). The guards that keep a list not the formula's from judging it live here: a list before that is the
 * clause's subject or object (beforeList), a list after that is another sentence's (afterList), a list short of the
 * whole (wholeListShort, wholeClauseList), a name that is no item (nameLike), a colon that closes another clause
 * (colonClosing), groups that carry the key (firstGroupMakes, leadingKeyGroups), numbered points that end the block.
 */
import { canonicalAllows, canonicalListBefore, canonicalListOffBefore, canonicalOpenings, canonicalRunBefore, CLOSER_BEFORE, countsByMeasure, keyedBefore, keyedSegmentsBefore, leadGroupsBefore, numeralVariantRunBefore, pairOfResults, partTails } from './before';
import { candidates, FORMULA_NOUN_MAX, NAMES_PLACES } from './candidates';
import { resolveCode } from './codes';
import { PAIR_QUALIFIER, placesBefore, twoJoined, verbBefore } from './listWords';
import { CLAUSE_MARKS, endsWithVerb, INNER_QUOTED, lastTakesCount, nounAfter, quoteMakesUp, skipNoun, withoutFormulaNoun } from './text';
import type { RawFormula } from './types';
import { judgeParts } from './verdict';
import { cutShort, fitJoiner, keyForms, listStart, numberedSeries, opensPoints, partHeads, type RawPart, readPart, readParts } from '../formulaReading';
import { fromSharedOpening, isLead, type Item, sideBySide, splitGroups, splitLastJoiner, stripLead } from '../lists';
import { AIM_OPENING } from '../reading';
import { lookupGlossary } from '../../glossary/index';
import { endsWithPlaceName } from '../../lexicon/index';
import { wordPattern } from '../../lexicon/words';
import { CharSet, codeAt } from '../../text/chars';
import { BLANK, countEndChars } from '../../text/trim';
import { work } from '../../work';

/** A time that only a clause holds, not an item of a list: 上半年, 年底前, 今年. */
const CLAUSE_TIME = /上半年|下半年|年内|年底|年前|今年|明年/;

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

/** The longest item of a list right before a formula read only when it is exactly the count. */
const EXACT_ITEM_MAX = 16;

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
 * A list before the formula (党员、干部、人才“三支力量”): the clause's first list, its items short; not the partners of
 * a 与 (推进与活力街区、产业社区“三区融合”: the first of the three is the subject, named elsewhere).
 */
export function beforeList(text: string, start: number, end: number, count: number | undefined, name = '', maxItem = 10): Item[] | undefined {
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

/** The head of a measured indicator: a count, an amount, a rate, a consumption (起数, 死亡人数, 经济损失, 能耗, 发生率; lexicon/words.json). */
const MEASURED_HEAD = wordPattern('measuredHead');

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

export function resolve(f: RawFormula, text: string, qStart: number, qEnd: number, gloss?: { start: number; end: number; others?: readonly string[]; entry?: boolean }): void {
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
	// (Not when a part of it is named after it, 汽车、光伏“新三样”中的两样: the list is of that part.)
	if (f.verdict === 'unexpanded' && !PART_OF_AFTER.test(text.slice(qEnd, qEnd + FORMULA_NOUN_MAX + 2))) canonicalListOffBefore(f, text, qStart);
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

/** The shortest item of a list of three written A、B和C read before a count it misses: a phrase, not a bare word. */
const PHRASE_ITEM_MIN = 4;

/** A gloss that ends by calling the formula a short name: …的简称, …之简称. */
const SHORT_FOR = /(?:的|之)简称[。；]?\s*$/;

/** Whether only a sentence's closing marks stand between `end` (the last point read) and the block's end `blockEnd`. */
export function pointsEndBlock(text: string, end: number, blockEnd: number): boolean {
	let e = end;
	while (e < blockEnd && e - end < 4 && (text[e] === '。' || text[e] === '；' || text[e] === '*')) e++;
	return e >= blockEnd;
}
