/**
 * A count that points back with 这 to items the text has just named in an earlier clause or sentence of its paragraph
 * (科学事业和文化艺术事业…。…加强对这两种事业的领导; 一方面是…的发展，另一方面是…的发展，这两种发展; 做到有理想、有道德、
 * 有文化、有纪律。这四条里面). The list right before 这 (A、B、C这三大任务) is read with the counted lists (formulas/enumerations.ts);
 * here the items stand before the clause that holds the count. Two ways bind them, both read before the count's number
 * is looked at:
 * - the noun the count counts is the head of each item (…事业和…事业 → 这两种事业; …的发展，…的发展 → 这两种发展;
 *   在价格体系和工资制度的改革上 → 这两大改革): the items are the phrases it closes;
 * - a 、-list of three items or more, the last list of the sentence before (有理想、有道德、有文化、有纪律。这四条).
 * What a 这 points back to may be some of what was named (在这五个氮肥厂中…有二个…这两个氮肥厂) or a sum of counted parts
 * (各新建一个印染厂，…新建二个印染厂，这四个厂): an item that holds a count of its own makes no reading. Items bound by the
 * noun counted are judged (one off the count: a mismatch); a 、-list when it makes the count, or is one short of it with
 * nothing before 这 in the count's own sentence that could add to it (有理想、有道德、有文化、有纪律。这五条: a mismatch).
 */
import { fromSharedOpening, inJoinerWord, type Item, splitGroups, splitLastJoiner, stripLead } from './lists';
import { CharSet, isCjk } from '../text/chars';
import { work } from '../work';

/** The most characters read back from 这 (the clauses before it in its sentence and the whole sentence before). */
const BACK_SPAN = 240;
/** The most characters of an item that a head noun closes. */
const HEAD_ITEM_MAX = 16;
/** The fewest and most characters of the head noun read after the count. */
const HEAD_MIN = 2;
const HEAD_MAX = 4;
/** Measure words of a count that points back to named things (这两种事业, 这四个国家, 这两大改革, 这四条). */
const BACK_UNITS = new Set(['个', '种', '件', '项', '大', '条', '类', '方面', '者']);
const SENTENCE_END = new CharSet('。！？');
const CLAUSE_END = new CharSet('。！？，；：');
/** What ends the words before an item a head noun closes: a mark, 是 (一方面是…的发展). */
const ITEM_OPENING = new CharSet('。！？，；：、是“”（）');
const JOINERS = new CharSet('和及与');

/**
 * Does an item closed by `head` start at `s`: after a mark or 是, or after a joiner that closes an item with the same head
 * (科学事业和文化艺术事业; but 计划收购和计划供应工作的发展 is one item).
 */
function opensItem(text: string, s: number, head: string): boolean {
	const c = text.charCodeAt(s - 1);
	return ITEM_OPENING.has(c) || (JOINERS.has(c) && text.startsWith(head, s - 1 - head.length));
}
/**
 * What opens a mention that names no kind of its own: the whole (各类企业, 所有学校), the rest (其他学校) or a part
 * (其中省级开发区). Such a mention beside the items makes no reading: the count may or may not take it in.
 */
const WHOLE_OR_PART = /^(?:各|其他|其它|其余|其中|所有|全部|一切|广大|这些|那些)/;
/** What before 这 in its own sentence may add to a list named in the sentence before (a mark, a joining word, another count). */
const ADDS_TO_LIST = /[，、；：“”（）和及与同跟加连另再还也又一二两三四五六七八九十0-9]/;
/** Does text[from, to) hold one of ADDS_TO_LIST (a joiner only outside a word: 中华人民共和国, 参与)? */
function addsToList(text: string, from: number, to: number): boolean {
	work.formulas += to - from;
	for (let k = from; k < to; k++) {
		const c = text[k]!;
		if (ADDS_TO_LIST.test(c) && !(JOINERS.has(text.charCodeAt(k)) && inJoinerWord(text, k, c))) return true;
	}
	return false;
}
/** Does the list whose last item is `last` close with 等 (等等, 等等方面) before `end`, the sentence's end mark? */
function leftOpen(text: string, last: Item, end: number): boolean {
	work.formulas += Math.max(0, end - last.end);
	return text.slice(last.end, end).includes('等') || (last.text.endsWith('等') && !/[平均相对同]等$/.test(last.text));
}
/** A count inside an item: the items are counted parts, not the things counted (各新建一个印染厂). */
const COUNT_INSIDE = /[一二两三四五六七八九十百0-9０-９][个项条种类件座家所批名位户处]/;

/**
 * Where the `sentences`-th sentence before the one that holds `at` starts, within BACK_SPAN characters (or where that
 * span starts).
 */
function windowStart(text: string, at: number, sentences: number): number {
	const floor = Math.max(0, at - BACK_SPAN);
	work.formulas += at - floor;
	let ends = 0;
	for (let k = at - 1; k >= floor; k--) {
		if (SENTENCE_END.has(text.charCodeAt(k)) && ++ends === sentences + 1) return k + 1;
	}
	return floor;
}

/** Where the clause that holds `at` starts (after the last ，。；：！？ before it). */
function clauseStart(text: string, at: number, floor: number): number {
	for (let k = at - 1; k >= floor; k--) if (CLAUSE_END.has(text.charCodeAt(k))) return k + 1;
	return floor;
}

/**
 * The phrases closed by `head` in text[from, to): each from the last mark, joiner or 是 before it (within HEAD_ITEM_MAX
 * characters) to the head's end. A phrase that points back itself (这两大改革) names none, nor does the head before 的
 * (经济体制改革的重要任务: it qualifies another noun). One phrase alone that is X和Y的head (在价格体系和工资制度的改革上)
 * names as many items as the joined words (beside another phrase, 计划收购和计划供应工作的发展 is one item). Undefined
 * when a phrase is the head alone (the word used by itself) or longer than an item.
 */
function headItems(text: string, from: number, to: number, head: string): Item[] | undefined {
	const items: Item[] = [];
	// Searched in the window only (an indexOf on the whole text would read on to its end for every count).
	const window = text.slice(from, to);
	work.formulas += to - from;
	for (let w = window.indexOf(head); w >= 0; w = window.indexOf(head, w + head.length)) {
		const at = from + w;
		const end = at + head.length;
		if (text[end] === '的') continue;
		let s = at;
		while (s > from && at - s < HEAD_ITEM_MAX && !opensItem(text, s, head)) s--;
		work.formulas += at - s;
		if ((s > from && !opensItem(text, s, head)) || s === at) return undefined;
		if (text[s] !== '这') items.push({ start: s, end, text: text.slice(s, end) });
	}
	if (items.length >= 2) return oneSet(text, items) ? items : undefined;
	if (items.length !== 1) return undefined;
	// X和Y的改革: the joined words before 的 are the items; the head is theirs.
	const only = items[0]!;
	if (text[only.end - head.length - 1] !== '的') return undefined;
	const joined = splitGroups(text, only.start, only.end - head.length - 1);
	const group = joined[joined.length - 1];
	const split = group && group.length === 1 ? splitLastJoiner(group) : group;
	return split && split.length >= 2 ? [stripLead(split[0]!), ...split.slice(1)] : undefined;
}

/**
 * Do the phrases a head closes name one set: joined in one coordination (科学事业和文化艺术事业: each after the first right
 * after a joiner or 、 that closes the one before), or one a clause, each opening its clause or after 是 (一方面是…的发展，
 * 另一方面是…的发展; 国营工业将由…，合作社营工业将由…). A coordination and a mention elsewhere (国有企业和民营企业…，各类企业要…;
 * …园区和…园区，其中省级园区…; 钢铁企业和煤炭企业合并组建了新的能源企业) are not one set: the other mention is a whole, a part
 * or another thing.
 */
function oneSet(text: string, items: readonly Item[]): boolean {
	let joined = true;
	let parallel = true;
	for (let i = 1; i < items.length; i++) {
		const prev = items[i - 1]!;
		const it = items[i]!;
		const between = it.start - prev.end;
		if (between !== 1 || !(JOINERS.has(text.charCodeAt(prev.end)) || text[prev.end] === '、')) joined = false;
		let clauseBetween = false;
		work.formulas += Math.max(0, between);
		for (let k = prev.end; k < it.start && !clauseBetween; k++) clauseBetween = CLAUSE_END.has(text.charCodeAt(k));
		if (!clauseBetween || JOINERS.has(text.charCodeAt(it.start - 1)) || text[it.start - 1] === '、') parallel = false;
	}
	return joined || parallel;
}

/** The last 、-list of three items or more in text[from, to), its last item split at its joiner (…、缅甸和锡兰). */
function lastList(text: string, from: number, to: number): Item[] | undefined {
	const groups = splitGroups(text, from, to);
	for (let g = groups.length - 1; g >= 0; g--) {
		const group = groups[g]!;
		if (group.length < 2) continue;
		const split = splitLastJoiner(group) ?? group;
		const items = [fromSharedOpening(split[0]!, split.slice(1)), ...split.slice(1)];
		return items.length >= 3 ? items : undefined;
	}
	return undefined;
}

/**
 * The items a count right after 这 points back to (see the module's comment), or undefined. `start`, `end`: the count
 * (这 at start - 1); `value`: its number; `unit`: its measure word. `firm`: the items were bound by the noun counted,
 * whatever the number (a count one off them is a count that misses its items); a 、-list is read when it makes the count
 * or is one short of it with nothing before 这 that could add to it, and is never firm.
 */
export function backReferencedItems(text: string, start: number, end: number, value: number, unit: string): { items: Item[]; firm: boolean } | undefined {
	if (text[start - 1] !== '这' || !BACK_UNITS.has(unit) || value < 2) return undefined;
	const here = clauseStart(text, start - 1, Math.max(0, start - 1 - BACK_SPAN));
	// The head noun may have named its items two sentences before (…的改革上迈出重要的一步。这两大改革，…。…搞好这两项改革).
	const from = windowStart(text, here, 2);
	if (here - from < 4) return undefined;
	// The noun counted: the head the items share, two to four characters after the measure word.
	let nounEnd = end;
	while (nounEnd < text.length && nounEnd - end < HEAD_MAX && isCjk(text.charCodeAt(nounEnd)) && text[nounEnd] !== '的') nounEnd++;
	let items: Item[] | undefined;
	let n = Math.min(HEAD_MAX, nounEnd - end);
	for (; n >= HEAD_MIN && !items; n--) items = headItems(text, from, here, text.slice(end, end + n));
	// A longer head read into the words after the noun (这两类企业要… → 企业要) when the noun alone closes other phrases too
	// (国有企业要…，民营企业要…，各类企业都要…): the noun's own reading decides, or none.
	if (items && n + 1 > HEAD_MIN) {
		const shortest = headItems(text, from, here, text.slice(end, end + HEAD_MIN));
		if (!shortest || shortest.length !== items.length) items = undefined;
	}
	const firm = items !== undefined;
	// A 、-list of three or more closing the sentence before (not one in the clauses of the count's own sentence).
	let listBefore = false;
	if (!items && value >= 3) {
		let sentence = here;
		while (sentence > from && !SENTENCE_END.has(text.charCodeAt(sentence - 1))) sentence--;
		if (sentence > from) items = lastList(text, windowStart(text, sentence - 1, 0), sentence - 1);
		// Judged too, one short of the count, when nothing in the count's own sentence before 这 can add to the list (…。加上
		// D，这四个…; …。A和这三个…): the words before 这 hold no mark, no joining word, no count.
		// Nor a list the sentence before leaves open (有理想、有道德、有文化、有纪律等。这五条: 等 may stand for the fifth).
		listBefore = items !== undefined && items.length >= 3 && !addsToList(text, sentence, start - 1) && !leftOpen(text, items[items.length - 1]!, sentence - 1);
	}
	if (!items || items.some((it) => it.text.length === 0 || COUNT_INSIDE.test(it.text) || WHOLE_OR_PART.test(it.text))) return undefined;
	// (A 、-list one longer than the count may be pointed to in part — 做到A、B、C、D、E。这四条… — and is not judged: one
	// shorter, no part of it makes the count.)
	if (items.length !== value && !(firm && Math.abs(items.length - value) === 1) && !(listBefore && items.length === value - 1)) return undefined;
	if (new Set(items.map((it) => it.text)).size !== items.length) return undefined;
	return { items, firm };
}
