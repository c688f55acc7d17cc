/**
 * Numbered formulas (数字化提法): quoted codes (“1152”, “5+1”), quoted Chinese-number formulas (“三定四抓”,
 * “六个一”, “两不愁三保障”), counted enumerations in running text (区、街道、社区三级党组织) and unquoted
 * formulas that a list right after resolves (注重三化引导。…基础标准化、特色差异化、功能智慧化).
 *
 * For each formula, the items it stands for are looked for where texts put them: in brackets right after it, in a
 * gloss (“X”：A、B、C), in a list right after it, in a list right before it, and (for codes) in the headings that
 * follow (see resolveByHeadings). Works on a block's joined text; the caller maps offsets back.
 */
import { isCjkNumeralChar, parseCjkNumeral } from '../text/cjkNumerals';
import { isLead, type Item, splitGroups, splitLastJoiner, stripLead } from './lists';
import type { ScannedQuantity } from './quantities';
import { builtinGlossary, lookupGlossary } from '../glossary/index';
import { countEndChars } from '../text/trim';
import { work } from '../work';
import { CharSet, codeAt } from '../text/chars';

function isKnownName(name: string): boolean {
	return lookupGlossary(name) !== undefined;
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

export type FormulaKind = 'code' | 'cjk' | 'ordinal' | 'enumeration';
export type ExpansionSource = 'brackets' | 'gloss' | 'after' | 'before' | 'headings';
export type Verdict = 'ok' | 'mismatch' | 'unexpanded' | 'uncertain';

/** A part in joined-text coordinates. */
export interface RawPart {
	count: number | undefined; // undefined: an open count (1+N, 415X)
	key?: string;
	/** A measure word stands between count and key (四个意识, 三支力量): the items need not repeat the key. */
	measured?: boolean;
	label?: Item;
	items: Item[];
}

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
}

// ───────────────────────────── names ─────────────────────────────

const COUNT_CHARS = new Set([...'一二三四五六七八九十百千两双']);
/** Measure words between a count and its key: 四个意识, 三支力量, 五项机制, 十大亮点. */
const MEASURES = new Set([...'个项条支大类种级方套张本只座片位批家所']);

function countOf(run: string): number | undefined {
	if (run === '双') return 2;
	return parseCjkNumeral(run);
}

/**
 * Parts of a Chinese-number formula from its name: 三定四抓 → 3 定 | 4 抓; 六个一 → 6 一; 四个意识 → 4 意识;
 * 两不愁三保障 → 2 不愁 | 3 保障. Undefined when the name is no formula; [] for an ordinal (十四五).
 */
export function partsOfName(name: string): { count: number; key: string; measured?: boolean }[] | undefined {
	if (name.length < 2 || name.length > 12) return undefined;
	if ([...name].every((c) => isCjkNumeralChar(c))) return []; // 十四五, 八五: an ordinal, no parts
	const parts: { count: number; key: string; measured?: boolean }[] = [];
	let i = 0;
	while (i < name.length) {
		let j = i;
		while (j < name.length && COUNT_CHARS.has(name[j]!)) j++;
		if (j === i) return undefined;
		const count = countOf(name.slice(i, j));
		// “三百工程”, “千村示范”: a count that large names a programme, not a list to check.
		if (count === undefined || count === 0 || count > 20) return undefined;
		let k = j;
		if (MEASURES.has(name[k] ?? '') && k + 1 < name.length) k++;
		// 六个一(工程): the key is the numeral the items start with; what follows is a noun.
		if (k > j && name[k] === '一') {
			parts.push({ count, key: '一' });
			return parts;
		}
		let e = k;
		while (e < name.length && !COUNT_CHARS.has(name[e]!)) e++;
		const key = name.slice(k, e);
		if (key.length === 0 || key.length > 4 || !/^[\u4e00-\u9fff]+$/.test(key)) return undefined;
		parts.push({ count, key, ...(k > j ? { measured: true } : {}) });
		i = e;
	}
	return parts;
}

/** “1152”, “56373”, “5+1”, “1+N”, “415X” */
const CODE = /^[0-9]{2,8}$/;
const PLUS_CODE = /^[0-9]{1,3}(?:[+＋][0-9NnXx]{1,3}){1,4}$/;
const X_CODE = /^[0-9]{1,6}[XxNn]$/;

/** Names repeat in a document (“两山”, “一带一路”): parse each once. The parts handed out are fresh copies. */
const NAME_CACHE = new Map<string, { kind: FormulaKind; parts: RawPart[] } | undefined>();

function parseName(name: string): { kind: FormulaKind; parts: RawPart[] } | undefined {
	let parsed = NAME_CACHE.get(name);
	if (parsed === undefined && !NAME_CACHE.has(name)) {
		parsed = parseNameUncached(name);
		if (NAME_CACHE.size > 5000) NAME_CACHE.clear();
		NAME_CACHE.set(name, parsed);
	}
	return parsed && { kind: parsed.kind, parts: parsed.parts.map((p) => ({ ...p, items: [] })) };
}

function parseNameUncached(name: string): { kind: FormulaKind; parts: RawPart[] } | undefined {
	if (CODE.test(name)) return { kind: 'code', parts: [] };
	if (PLUS_CODE.test(name)) {
		return { kind: 'code', parts: name.split(/[+＋]/).map((p) => ({ count: /^[0-9]+$/.test(p) ? Number(p) : undefined, items: [] })) };
	}
	if (X_CODE.test(name)) return { kind: 'code', parts: [] };
	// 双随机、一公开: pieces that are each a formula.
	const pieces = name.split('、');
	const parts: RawPart[] = [];
	for (const piece of pieces) {
		const p = partsOfName(piece);
		if (p === undefined || (p.length === 0 && pieces.length > 1)) return undefined;
		if (p.length === 0) return { kind: 'ordinal', parts: [] };
		for (const x of p) parts.push({ count: x.count, key: x.key, items: [], ...(x.measured ? { measured: true } : {}) });
	}
	return { kind: 'cjk', parts };
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

function flatten(groups: Item[][]): Item[] {
	return groups.flat();
}

/**
 * Does the key stand in every item? A key of two or more characters may be written once after the last item
 * (突发事件、矛盾纠纷及居民所急必到); with `sharedPrefix`, a key may open only the first item (抓素能提升、对标创建).
 */
function keyFits(items: readonly Item[], key: string, sharedPrefix = false): boolean {
	// One item of a part (不愁吃，义务教育…) fits when it carries the key itself.
	if (items.length === 1 && sharedPrefix) return items[0]!.text.includes(key);
	if (items.length < 2) return false;
	if (items.every((it) => it.text.includes(key))) return true;
	const last = items[items.length - 1]!.text;
	if (key.length >= 2 && last.endsWith(key)) return true;
	return sharedPrefix && (items[0]!.text.startsWith(key) || stripLead(items[0]!).text.startsWith(key));
}

/** Drop a suffix key written once after the last item: 矛盾纠纷及居民所急必到 → 居民所急. */
function stripSharedSuffix(items: Item[], key: string): Item[] {
	const last = items[items.length - 1];
	if (!last || key.length < 2 || !last.text.endsWith(key) || items.slice(0, -1).some((it) => it.text.endsWith(key))) return items;
	// 住房安全有保障 → 住房安全: the 有 of a shared “有保障” goes with the key.
	const drop = last.text.endsWith(`有${key}`) ? key.length + 1 : key.length;
	const cut: Item = { start: last.start, end: last.end - drop, text: last.text.slice(0, -drop) };
	return cut.text.length > 0 ? [...items.slice(0, -1), cut] : items;
}

/** The first item starts at its key when the items share it as a prefix: 卫东区组织…建立一张… → 一张…. */
function alignFirstToKey(items: Item[], key: string): Item[] {
	const first = items[0];
	if (!first || items.length < 2) return items;
	const others = items.slice(1);
	if (!others.every((it) => it.text.startsWith(key))) return [stripLead(first), ...others];
	const at = first.text.lastIndexOf(key);
	if (at <= 0) return items;
	return [{ start: first.start + at, end: first.end, text: first.text.slice(at) }, ...others];
}

/** Items for `count`, splitting the last one at 和/及/与 when that makes the count (特殊群体和企业商户). */
function fitJoiner(items: Item[], count: number | undefined): Item[] {
	const split = splitLastJoiner(items);
	// Short names joined by 和/及 are two items (特殊群体和企业商户): that reading decides, so an item added to
	// the list is seen. A longer “X和Y” may be one item; then either reading that fits the count is taken.
	if (split && items.length >= 2 && split.every((it) => it.text.length <= 6)) return split;
	if (count === undefined || items.length === count) return items;
	if (items.length + 1 === count) return split ?? items;
	return items;
}

// ───────────────────────────── assigning items to parts ─────────────────────────────

/**
 * Fill the parts of a Chinese-number formula from `groups`. Returns true when the assignment is reliable
 * (groups match the parts one to one, or each part's first item carries its key).
 */
function assignCjk(parts: RawPart[], groups: Item[][], requireKey: boolean): boolean {
	if (parts.length === 1) {
		const part = parts[0]!;
		let items = flatten(groups);
		if (part.key) items = alignFirstToKey(items, part.key);
		if (requireKey && (!part.key || !keyFits(items, part.key))) return false;
		if (part.key) items = stripSharedSuffix(items, part.key);
		part.items = fitJoiner(items, part.count);
		return part.items.length >= 2;
	}
	if (groups.length === parts.length) {
		parts.forEach((p, i) => {
			let items = groups[i]!;
			if (p.key) items = stripSharedSuffix(alignFirstToKey(items, p.key), p.key);
			p.items = fitJoiner(items, p.count);
		});
		return parts.every((p, i) => !requireKey || (p.key !== undefined && keyFits(groups[i]!, p.key, true)));
	}
	// Sequential: an item that carries the next part's key opens that part; an item holding two parts' keys
	// across a joiner is two items (资源利用上线和生态环境准入清单).
	const items: Item[] = [];
	for (const it of flatten(groups)) {
		const split = splitLastJoiner([it]);
		const keys = parts.map((p) => p.key ?? '\u0000');
		if (split && keys.some((k, n) => split[0]!.text.includes(k) && keys.slice(n + 1).some((k2) => split[1]!.text.includes(k2)))) items.push(...split);
		else items.push(it);
	}
	let current = -1;
	for (const it of items) {
		const next = parts[current + 1];
		if (next?.key && (it.text.includes(next.key) || stripLead(it).text.startsWith(next.key))) current++;
		if (current < 0) return false;
		parts[current]!.items.push(current === 0 && parts[0]!.items.length === 0 ? stripLead(it) : it);
	}
	if (current !== parts.length - 1) {
		for (const p of parts) p.items = [];
		return false;
	}
	for (const p of parts) p.items = fitJoiner(p.key ? stripSharedSuffix(p.items, p.key) : p.items, p.count);
	return true;
}

/** Leading count of a label: 一个核心 → 1, 27个推进保障组 → 27, 实行“六个一”运行机制 → 6, 推行“373”工作模式 → 373. */
export function countInLabel(label: string): number | undefined {
	for (let i = 0; i < label.length; i++) {
		const c = label.charCodeAt(i);
		if (c >= 0x30 && c <= 0x39) {
			let j = i;
			while (j < label.length && /[0-9]/.test(label[j]!)) j++;
			return Number(label.slice(i, j));
		}
		if (COUNT_CHARS.has(label[i]!)) {
			let j = i;
			while (j < label.length && COUNT_CHARS.has(label[j]!)) j++;
			const n = countOf(label.slice(i, j));
			if (n !== undefined && n > 0) return n;
		}
	}
	return undefined;
}

/** The label of an item of a code's expansion: its quoted sub-formula (坚持“一个核心” → 一个核心), or the item without its verb. */
function labelOf(item: Item): Item {
	const open = item.text.indexOf('“');
	const close = item.text.indexOf('”', open + 1);
	if (open >= 0 && close > open + 1) {
		return { start: item.start + open + 1, end: item.start + close, text: item.text.slice(open + 1, close) };
	}
	// 包括1个指导意见 → 1个指导意见: a verb right before the count is not part of the label.
	const m = /^([\u4e00-\u9fff]{1,4}?)([0-9]|[一二两三四五六七八九十][个项条支大类种])/.exec(item.text);
	if (m && isLead(m[1]!)) return { start: item.start + m[1]!.length, end: item.end, text: item.text.slice(m[1]!.length) };
	return item;
}

/** Segment a code by the counts of its labels: 1427 with 1, 4, 27 → ok. */
function assignCode(f: RawFormula, given: Item[]): boolean {
	// 成都制造强市建设政策体系，包括1个指导意见、1个支持政策和6个行动计划: the counted items are the parts; words
	// before them describe the whole, and 和 joins the last two.
	let items = given;
	const split = splitLastJoiner(items);
	if (split && countInLabel(labelOf(split[split.length - 1]!).text) !== undefined && countInLabel(labelOf(split[split.length - 2]!).text) !== undefined) items = split;
	let k = items.length;
	while (k > 0 && countInLabel(labelOf(items[k - 1]!).text) !== undefined) k--;
	if (items.length - k >= 2) items = items.slice(k);
	if (items.length < 2) return false;
	const parts: RawPart[] = items.map((it) => {
		const label = labelOf(it);
		return { count: countInLabel(label.text), label, items: [] };
	});
	f.parts = parts;
	if (parts.some((p) => p.count === undefined)) {
		f.verdict = 'uncertain';
		return true;
	}
	const digits = f.text.replace(/[^0-9]/g, '');
	f.verdict = parts.map((p) => String(p.count)).join('') === digits ? 'ok' : 'mismatch';
	return true;
}

function judgeCjk(f: RawFormula, reliable: boolean): void {
	const counted = f.parts.every((p) => p.count !== undefined);
	// “一张图”, “一带一路”: parts of one item each are names, not counts to check.
	if (!counted || f.parts.every((p) => p.count === 1)) {
		f.verdict = 'uncertain';
		return;
	}
	// A list that ends with 等 (信守承诺、行动优先等…) may name fewer items than it counts.
	const etc = (p: RawPart): boolean => /等/.test(p.items[p.items.length - 1]?.text ?? '');
	const ok = f.parts.every((p) => p.items.length === p.count || (etc(p) && p.items.length < (p.count ?? 0)));
	f.verdict = ok ? 'ok' : reliable ? 'mismatch' : 'uncertain';
}

// ───────────────────────────── expansions ─────────────────────────────

interface Candidate {
	start: number;
	end: number;
	source: ExpansionSource;
	groups: Item[][];
	/** A key must fit the items for the candidate to count (a list found by searching, not attached). */
	needKey: boolean;
	/** Only a list within one item of the count is taken (a list found by position alone). */
	close?: boolean;
}

/**
 * Start of the clause that ends at `end` (after the last ，。；：！？ at bracket depth 0), or -1 when a quote
 * mark interrupts it (the list may go on beyond the quote: we cannot tell where it starts).
 */
function clauseStart(text: string, end: number): number {
	let depth = 0;
	work.formulas += 120;
	for (let s = end; s > 0 && end - s < 120; s--) {
		const ch = text[s - 1]!;
		if (ch === '）' || ch === ')') depth++;
		else if (ch === '（' || ch === '(') {
			if (depth === 0) return s;
			depth--;
		} else if (depth === 0 && /[，。；：！？]/.test(ch)) return s;
		else if (depth === 0 && (ch === '“' || ch === '”')) return -1;
	}
	return end >= 120 ? -1 : 0;
}

/** Verbs that end a clause's subject part: a list followed by one of these is not what the count counts. */
const TRAILING_VERBS = /(?:创建|实现|推进|推动|建设|打造|开展|完成|形成|提出|改建|新建|扩建|建成|入选|评为|获评|获得|开工|投产|达到|超过|累计|共有|拥有|实施|落实|坚持|深化|加强|加快|抓好|做好|安排|明确|确定|设立|成立|建立|设置|取缔|关闭|停产)$/;

function endsWithVerb(item: string): boolean {
	return TRAILING_VERBS.test(item);
}

/** The candidate expansions in order of preference, each computed only when the one before did not resolve. */
function* candidates(text: string, qStart: number, qEnd: number): Generator<Candidate> {
	const afterNoun = skipNoun(text, qEnd, 8);
	// Brackets: “1152”工作机制（坚持“一个核心”、…）
	if (text[afterNoun] === '（' || text[afterNoun] === '(') {
		const close = matchingClose(text, afterNoun);
		if (close > afterNoun + 1) yield ({ start: afterNoun + 1, end: close, source: 'brackets', groups: splitGroups(text, afterNoun + 1, close), needKey: false });
	}
	// Gloss: “六稳”：稳就业、… / “三带”指… / “X”是指…
	const g = skipNoun(text, qEnd, 4);
	let glossStart = -1;
	if (text[g] === '：' || text[g] === ':') glossStart = g + 1;
	if (text.startsWith('指', qEnd) || text.startsWith('即', qEnd)) glossStart = qEnd + 1;
	// “五边”为山边、水边…: 为 defines only a term that opens its clause (not 以“四改”为抓手).
	if (text.startsWith('为', qEnd) && (qStart === 0 || /[，；：、。\s0-9.]/.test(text[qStart - 1]!))) glossStart = qEnd + 1;
	if (text.startsWith('是指', qEnd)) glossStart = qEnd + 2;
	// Not a gloss when another term's definition follows (“三个特别注重”：“九个有力有效”指…).
	if (glossStart >= 0 && text[glossStart] === '“') {
		const close = text.slice(glossStart, glossStart + MAX_LIST_SPAN).indexOf('”') + glossStart;
		work.formulas += MAX_LIST_SPAN;
		if (close > glossStart && /^(?:指|：|为|是指|即)/.test(text.slice(close + 1, close + 3))) glossStart = -1;
	}
	if (glossStart >= 0) {
		if (text.startsWith('指', glossStart)) glossStart++;
		// The gloss ends with its sentence, its clause group (；) or where the next term is defined (“六纵”指…).
		let end = listEnd(text, glossStart, glossStart);
		const nextQuote = text.slice(glossStart, end).indexOf('“') + glossStart;
		const nextClose = nextQuote >= glossStart ? text.indexOf('”', nextQuote) : -1;
		work.formulas += end - glossStart;
		if (nextQuote > glossStart && nextQuote < end && nextClose > 0 && /^(?:指|：|为|是指|即)/.test(text.slice(nextClose + 1, nextClose + 3))) {
			end = nextQuote - 1;
		}
		// Clauses separated by ； are the items (“三个特别注重”指特别注重…；特别注重…；特别注重…).
		const semis = text.slice(glossStart, end).split('；');
		let groups: Item[][];
		if (semis.length > 1) {
			const items: Item[] = [];
			let at = glossStart;
			for (const seg of semis) {
				if (seg.trim()) items.push({ start: at, end: at + seg.length, text: seg });
				at += seg.length + 1;
			}
			groups = [items];
		} else {
			groups = splitGroups(text, glossStart, end);
		}
		yield ({ start: glossStart, end, source: 'gloss', groups, needKey: semis.length === 1 });
	}
	// Right before: 建设“A、B、C、D”的“四新”目标; 党员、干部、人才“三支力量”
	if (text[qStart - 1] === '的' && text[qStart - 2] === '”') {
		const close = qStart - 2;
		const open = text.lastIndexOf('“', close);
		if (open >= 0 && close - open > 3) yield ({ start: open + 1, end: close, source: 'before', groups: splitGroups(text, open + 1, close), needKey: false });
	} else if (qStart > 0 && !PUNCT.test(text[qStart - 1]!) && /[，。；]/.test(text[qEnd] ?? '') && !/(?:以及|及|和|与|等)$/.test(text.slice(Math.max(0, qStart - 2), qStart))) {
		// 积极整合党员、干部、人才“三支力量”，: the formula sums up the list right before it and ends the clause.
		const s = clauseStart(text, qStart);
		const groups = s >= 0 ? splitGroups(text, s, qStart) : [];
		if (groups.length === 1 && groups[0]!.length >= 2) {
			const items = [stripLead(groups[0]![0]!), ...groups[0]!.slice(1)];
			const last = items[items.length - 1]!;
			if (items.every((it) => it.text.length <= 10) && !endsWithVerb(last.text)) {
				yield ({ start: s, end: qStart, source: 'before', groups: [items], needKey: false, close: true });
			}
		}
	}
	// Right after, in the same sentence (“三定四抓”工作法，定责任、…，抓素能提升、…) or the next one
	// (“六个一”运行机制。卫东区…建立一张…、一本…). Attached only through a comma or a full stop.
	if (text[afterNoun] === '，' || text[afterNoun] === '。' || text[afterNoun] === '；') {
		let start = afterNoun + 1;
		let end = listEnd(text, start, start);
		if (text[afterNoun] !== '。' && end < text.length) end = listEnd(text, end + 1, start);
		if (text[afterNoun] === '。') start = afterNoun + 1;
		yield ({ start, end, source: 'after', groups: splitGroups(text, start, end), needKey: true });
	}
}

/** Keep the leading groups of an after-list that carry the parts' keys (the rest of the sentence is prose). */
function leadingKeyGroups(groups: Item[][], parts: RawPart[]): Item[][] | undefined {
	if (parts.length === 1) {
		const key = parts[0]!.key;
		if (!key) return undefined;
		const g = groups.find((gr) => gr.length >= 2 && keyFits(gr, key));
		return g ? [g] : undefined;
	}
	const out: Item[][] = [];
	for (let i = 0; i < parts.length; i++) {
		const gr = groups[i];
		const key = parts[i]!.key;
		if (!gr || !key || !keyFits(gr, key, true)) return undefined;
		out.push(gr);
	}
	return out;
}

function resolve(f: RawFormula, text: string, qStart: number, qEnd: number): void {
	for (const c of candidates(text, qStart, qEnd)) {
		if (f.kind === 'code') {
			let items = flatten(c.groups);
			if (c.source === 'after') {
				// A list after a code is its expansion only when its counted labels spell the code exactly
				// (推行“373”工作模式。…日巡查“三必到”（…）、周汇总“七必访”（…）、月销号“三清零”（…）).
				const spelling = c.groups.find((g) => {
					const trial: RawFormula = { ...f, parts: [] };
					return assignCode(trial, g) && trial.verdict === 'ok';
				});
				if (!spelling) continue;
				items = spelling;
			}
			if (assignCode(f, items)) {
				f.expansion = { start: c.start, end: c.end, source: c.source };
				return;
			}
			continue;
		}
		const parts = f.parts.map((p) => ({ ...p, items: [] as Item[] }));
		let groups = c.groups;
		// A list after the formula must carry its key (四个中心 → …中心); a gloss only when the key is the
		// items' own word (“六稳”：稳就业…), not a noun after a measure word (“三支力量”：党员、干部、人才).
		const needKey = c.source === 'after' || (c.needKey && !(parts.length === 1 && parts[0]!.measured));
		if (needKey) {
			const g = leadingKeyGroups(groups, parts);
			if (!g) continue;
			groups = g;
		} else if (c.source === 'gloss' && parts.length === 1) {
			groups = groups.slice(0, 1);
		}
		const reliable = assignCjk(parts, groups, needKey);
		if (!reliable && needKey) continue;
		if (parts.every((p) => p.items.length === 0)) continue;
		// A list found by position or by searching is this formula's only when it is within one item of the count
		// (one dropped or added item is the error a reviewer looks for; two lists far apart are not related).
		if ((c.close || c.source === 'after') && parts.some((p) => p.count !== undefined && Math.abs(p.items.length - p.count) > 1)) continue;
		f.parts = parts;
		const first = groups[0]?.[0];
		const last = groups[groups.length - 1]?.[groups[groups.length - 1]!.length - 1];
		f.expansion = { start: first ? Math.min(first.start, c.start) : c.start, end: last ? Math.max(last.end, c.start) : c.end, source: c.source };
		if (c.source === 'brackets' || c.source === 'gloss') f.expansion = { start: c.start, end: c.end, source: c.source };
		judgeCjk(f, reliable);
		return;
	}
}

// ───────────────────────────── scanning ─────────────────────────────

/** Quoted formulas of a block, resolved where the block itself holds their items. */
export function scanQuotedFormulas(text: string): RawFormula[] {
	const out: RawFormula[] = [];
	work.formulas += text.length;
	let i = text.indexOf('“');
	while (i >= 0) {
		const close = text.indexOf('”', i + 1);
		if (close < 0) break;
		const inner = text.slice(i + 1, close);
		const nested = inner.indexOf('“');
		if (nested >= 0) {
			i = i + 1 + nested;
			continue;
		}
		const parsed = inner.length <= 12 ? parseName(inner) : undefined;
		if (parsed && !(parsed.kind === 'code' && /^(?:19|20)[0-9]{2}$/.test(inner) && text[close + 1] === '年')) {
			if (inner.includes('、') && !isKnownName(inner)) {
				// “双报到、双服务”: two formulas in one pair of quotes.
				let at = i + 1;
				for (const piece of inner.split('、')) {
					const p = parseName(piece);
					if (p) out.push({ start: at, end: at + piece.length, text: piece, kind: p.kind, quoted: true, parts: p.parts, verdict: 'unexpanded' });
					at += piece.length + 1;
				}
			} else {
				const f: RawFormula = { start: i + 1, end: close, text: inner, kind: parsed.kind, quoted: true, parts: parsed.parts, verdict: 'unexpanded' };
				if (parsed.kind !== 'ordinal') resolve(f, text, i, close + 1);
				out.push(f);
			}
		}
		i = text.indexOf('“', close + 1);
	}
	return out;
}

const ENUM_UNITS = new Set(['级', '项', '个', '方', '支', '类', '大', '条', '种', '家', '所', '座', '片', '张', '批', '位']);
/** Words before a count that make it something other than the size of a list: 前十大, 第三, 近两年. */
const NOT_LIST_COUNT = new Set(['前', '第', '近', '约', '超', '逾', '余', '几', '、', '，', '；', '。', '：']);
/** One-character administrative levels that are listed without separators: 县乡村三级, 省市县三级. */
const ADMIN_LEVEL = new Set([...'省市县区乡镇村州盟旗组']);

/**
 * Counted enumerations: a list right before a count of something (区、街道、社区三级党组织; …等3项指标;
 * 县乡村三级领导干部). Only when the count plainly counts the list: a small number, a noun after it,
 * nothing between list and count but 等.
 */
export function scanEnumerations(text: string, quantities: readonly ScannedQuantity[]): RawFormula[] {
	const out: RawFormula[] = [];
	for (const q of quantities) {
		if (q.kind !== 'number' || q.approx !== 'exact' || !ENUM_UNITS.has(q.unit) || q.rangeEnd !== undefined) continue;
		if (!Number.isInteger(q.value) || q.value < 2 || q.value > 12 || q.magnitude !== 1) continue;
		// 二级市场, 二级公路: 二 before a measure word is a grade; a list of two is counted with 两.
		if (text[q.start] === '二') continue;
		// 5个工作日内, 四项基本原则: a duration or a name, not the size of the list before it.
		const noun = text.slice(q.end, q.end + 6);
		if (/^(?:工作日|小时|月|年|天|周|日)/.test(noun) || lookupGlossary(text.slice(q.start, q.end) + noun.slice(0, 4)) !== undefined) continue;
		const after = text[q.end];
		if (after === undefined || PUNCT.test(after) || /[0-9]/.test(after)) continue; // 机构596个。: no class noun
		if (q.unit === '大' && !/[\u4e00-\u9fff]/.test(after)) continue;
		let end = q.start;
		let etc = false;
		if (text[end - 1] === '等') {
			etc = true;
			end--;
		}
		const before = text[end - 1];
		if (before === undefined || NOT_LIST_COUNT.has(before) || text[q.start - 1] === '第') continue;
		let s = end;
		let listEnd = end;
		if (before === '”') {
			// “街道大工委—社区大党委—…—楼栋党小组”五级组织架构: the quoted list.
			const open = text.lastIndexOf('“', end - 2);
			if (open < 0 || end - open > 160) continue;
			s = open + 1;
			listEnd = end - 1;
		} else {
			s = clauseStart(text, end);
			if (s < 0) continue;
		}
		let groups = splitGroups(text, s, listEnd);
		let previousClause = false;
		if (groups.length === 1 && groups[0]!.length < 2 && text[s - 1] === '，' && countEndChars(groups[0]![0]?.text ?? '', '省市县区乡镇村州') < 2) {
			// 邀请省、州、县专家，成立了三级专家组: the list stands in the clause before.
			let p = s - 1;
			while (p > 0 && !/[，。；：！？（）“”]/.test(text[p - 1]!) && s - p < 80) p--;
			work.formulas += s - p;
			const prev = splitGroups(text, p, s - 1);
			if (prev.length === 1 && prev[0]!.length >= 2) {
				groups = prev;
				previousClause = true;
			}
		}
		if (groups.length !== 1) continue;
		let items = groups[0]!;
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
		} else if (items.length < 2) {
			// 县乡村三级: one-character levels without separators.
			const run = items[0]?.text ?? '';
			let k = run.length;
			while (k > 0 && ADMIN_LEVEL.has(run[k - 1]!)) k--;
			const levels = run.length - k;
			if (levels !== q.value || levels < 2 || !items[0]) continue;
			const base = items[0].end - levels;
			items = [...run.slice(k)].map((ch, n) => ({ start: base + n, end: base + n + 1, text: ch }));
		} else {
			// An item that is itself counted (八项规定…、省委六条意见; 横盖五市、纵贯五级) is no list of this count.
			if (items.some((it) => /[一二三四五六七八九十两0-9][个项条级类种大支方市县区]/.test(it.text))) continue;
			// A joiner in an earlier item starts the list after it: …三条高速和广深、赣深、广深港三条铁路.
			for (let n = items.length - 2; n >= 0; n--) {
				const it = items[n]!;
				const j = Math.max(it.text.lastIndexOf('和'), it.text.lastIndexOf('及'), it.text.lastIndexOf('与'));
				if (j >= 0 && j + 1 < it.text.length) {
					items = [{ start: it.start + j + 1, end: it.end, text: it.text.slice(j + 1) }, ...items.slice(n + 1)];
					break;
				}
			}
			items = [stripLead(items[0]!), ...items.slice(1)];
			// An item that is itself counted (八项规定…、省委六条意见) or numbered is not a list of this count.
			// Levels (三级党组织, 五级组织架构) are short names; 生物安全三级实验室 is a grade, not a level.
			const maxLength = q.unit === '级' ? 6 : 16;
			if (items.some((it) => it.text.length > maxLength)) continue;
			// The count must follow the last item itself: …华北等地区新建四个… or …华东改建四个… has words
			// between the list and the count (the last item is much longer than the others, holds 等, or ends in a verb).
			const last = items[items.length - 1]!.text;
			const longest = Math.max(...items.slice(0, -1).map((it) => it.text.length));
			if (last.includes('等') || last.length > 2 * longest + 2 || endsWithVerb(last) || /(?:和|及|与|以及|并)$/.test(last)) continue;
			items = fitJoiner(items, q.value);
			// 城乡低保、特困、孤儿、…、残疾人两项补贴: a list far from its count is not what the count counts.
			if (Math.abs(items.length - q.value) > 1 && !(etc && items.length < q.value)) continue;
		}
		const verdict: Verdict = items.length === q.value || (etc && items.length < q.value) ? 'ok' : 'mismatch';
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
	return out;
}

/** Counts that may open an unquoted formula (二…十, 两, 双; not 一 百 千, which open words). */
const UNQUOTED_COUNTS = new CharSet('二三四五六七八九十两双');
const UNQUOTED_COUNT_VALUE = new Map([...'二三四五六七八九十'].map((c, n) => [c.charCodeAt(0), n + 2] as const).concat([['两'.charCodeAt(0), 2], ['双'.charCodeAt(0), 2]]));
/** A count right after another count or after 第前近约“ opens no formula (十二, 第三, 前五, “三…). */
const NOT_UNQUOTED_AFTER = new CharSet('一二三四五六七八九十百千两双第前近约“');
/** What cannot be the key after the count of an unquoted formula: another count, a measure word, a unit of time or a figure. */
const NOT_A_KEY = new CharSet('一二三四五六七八九十百千两双个项条支大类种级方套张本只座片位批家所年月日天次人名元倍成');

/** Does `ch` occur at least `n` times in text[start, end)? Stops as soon as it does. */
function atLeast(text: string, start: number, end: number, ch: string, n: number): boolean {
	let seen = 0;
	for (let k = text.indexOf(ch, start); k >= 0 && k < end; k = text.indexOf(ch, k + 1)) if (++seen >= n) return true;
	return n <= 0;
}

/** Words after 三治, 两翼 … that mark a formula: 三治融合, 两业融合, 三方联动. */
const FORMULA_SUFFIXES = ['融合', '联动', '并举', '并重', '协同', '共治', '合一', '齐抓', '联建', '同步'];

/**
 * An unquoted formula that needs no list to be recognised: a glossary name (两新组织), a counted category
 * (四类党员), or a count, a key and a word such as 融合 (三治融合). Recognised, listed and hovered; never flagged.
 */
function recognisedWithoutList(text: string, i: number): string | undefined {
	// Cheap test first: the character after the count, or the one after that, must be able to continue a name.
	if (!SECOND_CHARS.has(codeAt(text, i + 1)) && codeAt(text, i + 1) !== 0x7c7b /* 类 */ && !SUFFIX_FIRST.has(codeAt(text, i + 2))) return undefined;
	for (const name of namesStartingWith(text[i]!)) if (text.startsWith(name, i)) return name;
	if (text[i + 1] === '类' && /^[\u4e00-\u9fff]{2}/.test(text.slice(i + 2, i + 4))) return text.slice(i, i + 4);
	for (const suffix of FORMULA_SUFFIXES) if (text.startsWith(suffix, i + 2)) return text.slice(i, i + 2 + suffix.length);
	return undefined;
}

/**
 * Unquoted formulas resolved by a list right after them: 注重三化引导。…坚持基础标准化、特色差异化、功能智慧化.
 * Recognised only when such a list is found with exactly the stated number of items carrying the key.
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
		let lo = 0;
		let hi = commaPos.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (commaPos[mid]! < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	const spans = taken.length < 2 ? taken : [...taken].sort((a, b) => a.start - b.start);
	// Sentence ends, advanced as i grows: every candidate finds its sentence and the next one in O(1).
	let end = -1;
	let next = -1;
	let t = 0; // the first taken span that may still cover i (spans are sorted; i only grows)
	for (let i = 0; i + 1 < text.length; i++) {
		if (!UNQUOTED_COUNTS.has(text.charCodeAt(i))) continue;
		if (NOT_UNQUOTED_AFTER.has(codeAt(text, i - 1))) continue;
		while (t < spans.length && spans[t]!.end + 1 <= i) t++;
		let covered = false;
		for (let u = t; u < spans.length && u < t + 4; u++) if (i >= spans[u]!.start - 1 && i < spans[u]!.end + 1) covered = true;
		if (covered) continue;
		const count = UNQUOTED_COUNT_VALUE.get(text.charCodeAt(i))!;
		const known = recognisedWithoutList(text, i);
		if (known) {
			const parsed = parseName(known);
			out.push({ start: i, end: i + known.length, text: known, kind: 'cjk', quoted: false, parts: parsed?.parts ?? [], verdict: 'unexpanded' });
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
		const groups = splitGroups(text, i + 2, next);
		const g = groups.find((gr) => gr.length === count && gr.every((it, n) => (n === 0 ? it.text.includes(key) : it.text.endsWith(key) || it.text.startsWith(key))));
		if (!g) continue;
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
