/**
 * Where a quoted formula's items may stand, in order of preference (candidates): brackets right after it, a gloss
 * (“X”：…, “X”是指…, 即…; glossEnd, definedAt: where the gloss ends before another term's), a list after it (包括…,
 * keyedListAfter, a quoted list written out), a list before it (dashedBefore, nameGoesOn, endsOrCounts), the places a
 * formula of places names by their abbreviations (placesNamed). Each candidate says how firmly the text attaches it to
 * the formula; resolve.ts reads them.
 */
import { CLOSER_BEFORE } from './before';
import { CLAUSE_OR_QUOTE_MARKS, type ClauseRead, clauseStart, listEnd, matchingClose, MAX_LIST_SPAN, PUNCT, sentenceEnd, skipNoun } from './text';
import type { Candidate } from './types';
import { COUNT_CHARS, FORMULA_SUFFIXES, parseName } from '../formulaNames';
import { introducerAt, listStart, namesGlossedInTurn } from '../formulaReading';
import { type Item, splitGroups } from '../lists';
import { isPlaceAbbreviation } from '../../lexicon/index';
import { codeAt, isCjk } from '../../text/chars';
import { work } from '../../work';

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

/** The most characters of a noun between a quoted formula and a dash (“七个一”工程——…). */
const NOUN_BEFORE_DASH = 8;

/**
 * Where a dash stands after the formula's noun and at most two spaces (“七个一”工程——A、B; “十大工程”项目 ——A、B), as a
 * colon stands after it (…工作法：): skipNoun reads a dash as a character of the noun. `qEnd` when there is none (a
 * place already looked at). Bounded.
 */
function nounDash(text: string, qEnd: number): number {
	let k = qEnd;
	while (k < text.length && k - qEnd < NOUN_BEFORE_DASH && text[k] !== '—' && !PUNCT.test(text[k]!) && !/[0-9]/.test(text[k]!)) k++;
	if (k === qEnd) return qEnd;
	const noun = k;
	while (k < text.length && k - noun < 2 && (text[k] === ' ' || text[k] === '\u3000')) k++;
	if (!text.startsWith('——', k)) return qEnd;
	// What the work did, not what it is (“三个一”工程——全年完成投资5亿元、新增就业2000人): a figure in the first item, within
	// NOUN_BEFORE_DASH characters of the dash, makes the dash no gloss's.
	for (let i = k + 2; i < Math.min(text.length, k + 2 + 2 * NOUN_BEFORE_DASH); i++) {
		if ('、，。；\n'.includes(text[i]!)) break;
		if (/[0-9０-９]/.test(text[i]!)) return qEnd;
	}
	return k;
}

/** The most characters of the first group after a dash looked at by clauseBeforeList. */
const DASH_GROUP_MAX = 60;

/**
 * Does the text at `from` (after a dash) open with a 、-list whose first item is more than twice as long as the longest of
 * the others and one more (代表委员热议民生、就业、教育: a subject and a verb before the list's first item)? Items of a
 * gloss are of a kind (保障性住房建设、城中村改造), and so are the others when each carries a key of the formula at its
 * start or end (谋划储备一批重大产业项目、开工一批、投产一批 of 三个一批). Bounded by DASH_GROUP_MAX.
 */
function clauseBeforeList(text: string, from: number, keys: readonly string[]): boolean {
	const items: string[] = [];
	let start = from;
	for (let k = from; k <= text.length && k - from <= DASH_GROUP_MAX; k++) {
		const ch = text[k];
		if (ch === undefined || '，。；：\n'.includes(ch) || ch === '、') {
			items.push(text.slice(start, k));
			start = k + 1;
			if (ch !== '、') break;
		}
	}
	if (items.length < 2) return false;
	const [first, ...others] = items;
	if (others.every((it) => keys.some((key) => key !== '' && (it.startsWith(key) || it.endsWith(key))))) return false;
	return first!.length > 2 * Math.max(...others.map((it) => it.length)) + 1;
}

/** Does the quote at `qStart` open its block (nothing but spaces before it)? Bounded by the spaces before it. */
function opensBlock(text: string, qStart: number): boolean {
	let k = qStart - 1;
	while (k >= 0 && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t')) k--;
	return k < 0;
}

/** The candidate expansions in order of preference. */
/** Places by their abbreviations right before a formula that names places (杭甬“双城记”五年行动计划), whatever follows it. */
function placesNamed(text: string, qStart: number, name: string): boolean {
	return NAMES_PLACES.test(name) && isPlaceAbbreviation(text[qStart - 1]!) && isPlaceAbbreviation(text[qStart - 2] ?? '');
}

/** A formula whose noun names places (双城记, 三地, 四省市): its items may be the places' abbreviations. */
export const NAMES_PLACES = /[城市省地]/;

export function* candidates(text: string, qStart: number, qEnd: number, name: string, gloss: { start: number; end: number; others?: readonly string[] } | undefined, keys: readonly string[] = []): Generator<Candidate> {
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
	for (const at of [qEnd, skipNoun(text, qEnd, 4), afterNoun, nounDash(text, qEnd)]) {
		// 指 and 即 as words (指标, 即将) or 即 as “at once” (“双随机”即查即改) mark no gloss.
		const marker = GLOSS_MARKERS.find((m) => text.startsWith(m, at) && ((m !== '指' && m !== '即') || introducerAt(text, at, [m]) !== undefined));
		// A noun between the formula and the marker only before a colon or a dash (…工作法：); 指, 即 follow the name.
		// (A dash after a quoted name that opens its block is glossaryEntry's to read: a name whose reading does not hold
		// there is a headline's — “两会”——代表委员热议民生、就业、教育 — and its dash no gloss.)
		if (marker === '——' && opensBlock(text, qStart)) continue;
		// Nor a dash in running text before a sentence whose subject and verb run into the first 、-item (今年“两会”——
		// 代表委员热议民生、就业、教育): a headline's dash, not a list's.
		if (marker === '——' && clauseBeforeList(text, at + marker.length, keys)) continue;
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
export const FORMULA_NOUN_MAX = 4;

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

/** The most characters of a noun phrase after a formula (政务公开体系, 科技创新大格局) that a list right before it may go with. */
export const NOUN_AFTER_MAX = 8;

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

/** A count and its measure word in a restating noun (六个方面, 两项制度): the list after it is the count's. */
export const RESTATED_COUNT = /[一二两三四五六七八九十0-9][个项条支大类种级方套张本只座片位批家所场件点]/;
