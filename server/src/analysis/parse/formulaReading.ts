/**
 * Reading a formula's items out of the text that expands it. A list is written at one of three levels — items
 * between 、 (稳就业、稳金融), items between ，(全力稳预期、强信心，全力稳增长、促转型), clauses between ；
 * (施工现场…100%；物料…100%) — or as two long items joined by 和 (由…组成的一环高速和由…组成的二环高速); the level whose
 * units all carry the formula's key where the key stands (at their start or end) is the level of the list, else the
 * finest. Several parts take their items by their keys, in any order (拼招引、提质量，拼落地、提效能), or one group or
 * clause each. Works on a block's joined text; every item keeps its offsets.
 */
import { DE_VERBS, type Item, inJoinerWord, isLead, splitGroups, splitLastJoiner, stripLead } from './lists';
import { COUNT_CHARS, MEASURES, type NamePart } from './formulaNames';
import { work } from '../work';
import { CharSet, codeAt, isCjk } from '../text/chars';

/** Marks looked up by code in the scans below (a regular expression on text[i] makes a string of every character). */
const SENTENCE_OR_SEMI = new CharSet('。；');

export interface RawPart extends NamePart {
	label?: Item;
	items: Item[];
}

/** Where an item carries a key: at its start (稳就业), at its end (政治意识, 宣传…下基层), inside, or not at all. */
type Fit = 'start' | 'end' | 'inside' | undefined;

function fitOf(item: Item, key: string): Fit {
	const t = unquote(item.text);
	if (t.startsWith(key)) return 'start';
	if (t.endsWith(key)) return 'end';
	const s = unquote(stripLead(item).text);
	if (s.startsWith(key)) return 'start';
	return t.includes(key) ? 'inside' : undefined;
}

function unquote(s: string): string {
	return s.replace(/[“”]/g, '');
}

/** Does the item carry the key where a key stands: at its start or at its end? */
function atKeyPlace(item: Item, key: string): boolean {
	const f = fitOf(item, key);
	return f === 'start' || f === 'end';
}

/** Does every unit carry the key at its start or at its end? */
function fitsAll(units: readonly Item[], key: string | undefined): boolean {
	if (!key || units.length < 2) return false;
	return units.every((u) => {
		const f = fitOf(u, key);
		return f === 'start' || f === 'end';
	});
}

function span(text: string, start: number, end: number): Item | undefined {
	let s = start;
	let e = end;
	while (s < e && /[\s\u3000]/.test(text[s]!)) s++;
	while (e > s && /[\s\u3000。；，]/.test(text[e - 1]!)) e--;
	return e > s ? { start: s, end: e, text: text.slice(s, e) } : undefined;
}

/** Positions of the characters of `chars` at bracket and quote depth 0 in text[start, end). */
function topLevel(text: string, start: number, end: number, chars: string): number[] {
	const out: number[] = [];
	let depth = 0;
	work.formulas += end - start;
	// By codes: `text[i]` would make a one-character string for every CJK character.
	const marks = charSetOf(chars);
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (depth === 0 && marks.has(c)) out.push(i);
		if (TOP_OPENS.has(c)) depth++;
		else if (TOP_CLOSES.has(c)) depth = Math.max(0, depth - 1);
	}
	return out;
}
const TOP_OPENS = new CharSet('（(“‘《【「');
const TOP_CLOSES = new CharSet('）)”’》】」');
/** The sets of the marks topLevel is asked for (a few constant strings), each made once. */
const CHAR_SETS = new Map<string, CharSet>();
function charSetOf(chars: string): CharSet {
	let set = CHAR_SETS.get(chars);
	if (set === undefined) {
		if (CHAR_SETS.size > 64) CHAR_SETS.clear();
		CHAR_SETS.set(chars, (set = new CharSet(chars)));
	}
	return set;
}

/** Clauses of text[start, end) between ；(and 。) at depth 0. */
export function clausesOf(text: string, start: number, end: number): Item[] {
	const cuts = topLevel(text, start, end, '；。');
	const out: Item[] = [];
	let s = start;
	for (const c of [...cuts, end]) {
		const it = span(text, s, c);
		if (it) out.push(it);
		s = c + 1;
	}
	return out;
}

/** One unit per ，-group: the group from its first item to its last. */
function groupUnits(groups: readonly Item[][], text: string): Item[] {
	return groups.map((g) => ({ start: g[0]!.start, end: g[g.length - 1]!.end, text: text.slice(g[0]!.start, g[g.length - 1]!.end) }));
}

/** Each ，-group split at its 和 / 及 / 与 at depth 0, ignoring the 、 inside (由A、B组成的一环高速和由C、D组成的二环高速). */
function joinedUnits(units: readonly Item[], text: string): Item[] {
	const out: Item[] = [];
	for (const u of units) {
		let s = u.start;
		for (const at of topLevel(text, u.start, u.end, '和及与')) {
			if (inJoinerWord(text, at, text[at]!) || text[at - 1] === '以') continue;
			const it = span(text, s, at);
			if (it) out.push(it);
			s = at + 1;
		}
		const it = span(text, s, u.end);
		if (it) out.push(it);
	}
	return out;
}

/** Words that open the list inside a gloss, after what describes the formula (…新模式，包括A、B; “五个一”即：A、B). */
const INTRODUCERS = ['这其中包括', '其中包括', '主要包括', '具体包括', '主要有', '主要指', '主要是', '主要为', '具体为', '具体是', '具体有', '分别是', '分别为', '分别指', '包括', '包含', '是指', '即', '指'];
/** The first characters of the introducers: a text that opens with none of them opens with no introducer. */
const INTRODUCER_FIRST = new Set(INTRODUCERS.map((w) => w[0]!));

/**
 * Can `gloss` (a block's raw text) be the gloss of the term on the line before — it opens with an introducer, a quote or
 * a mark, or with a character of the term (a part's name: “三区三线” ⏎ “三区”即…)? A cheap first test, before the blocks'
 * reading texts are built (a list of short lines, each a block, is none).
 */
export function mayGlossTerm(term: string, gloss: string): boolean {
	let k = 0;
	while (k < gloss.length && (gloss[k] === ' ' || gloss[k] === '\u3000' || gloss[k] === '\t')) k++;
	if (!isCjk(gloss.charCodeAt(k))) return true;
	const first = gloss[k]!;
	return INTRODUCER_FIRST.has(first) || term.includes(first);
}

/** The connectives of a glossary term and its gloss written without a colon: 六稳是指…, “四上”企业指的是…, 双减即…. */
export const ENTRY_CONNECTIVES = ['是指', '指的是', '即', '指'];

/** Introducers that may follow a short subject of the clause (其内容主要包括…, 具体内容包括…, 重点包括…). */
const AFTER_SUBJECT = ['主要包括', '具体包括', '包括', '包含', '主要有', '分别是', '分别为', '分别指', '主要指', '主要为', '具体为', '具体是'];
/** The longest subject before such an introducer. */
const SUBJECT_MAX = 4;

/**
 * The length of a short subject at `k` that an introducer of AFTER_SUBJECT follows (其内容 of 其内容主要包括), or 0: up to
 * SUBJECT_MAX Chinese characters, not ending in a negation (不包括 lists what is left out).
 */
function subjectBefore(text: string, k: number): number {
	for (let j = 1; j <= SUBJECT_MAX; j++) {
		const c = text.charCodeAt(k + j - 1);
		if (c < 0x4e00 || c > 0x9fff) return 0;
		if ('不未非'.includes(text[k + j - 1]!)) return 0;
		if (AFTER_SUBJECT.some((w) => text.startsWith(w, k + j))) return j;
	}
	return 0;
}

/** How far past a connective the next item of its list is looked for (parallelAfter). */
const PARALLEL_REACH = 16;

/**
 * Does the list that starts at `at` go on, after its first item, with an item that opens with the same character
 * (定管护范围、定管护标准…; 导A、导B)? Then 指 before it is the connective and its next character the items' key — 指定管护
 * 范围、定管护标准 is 指 + 定…、定…, not the verb 指定 — where a verb's object (指定监管场地、…, 指导企业、帮助农户) lists no
 * such items. Only the first 、 of the first clause, within PARALLEL_REACH characters: bounded, no walk.
 */
function parallelAfter(text: string, at: number): boolean {
	const head = text[at];
	if (head === undefined) return false;
	const stop = Math.min(text.length, at + PARALLEL_REACH);
	for (let i = at + 1; i < stop; i++) {
		const c = text[i]!;
		if (c === '、') return text[i + 1] === head && i > at + 1;
		if ('，。；：“”（）\n'.includes(c)) return false;
	}
	return false;
}

/** The second characters of the words 指 opens (指导, 指挥, 指标, 指引, 指数, 指南, 指出, 指定, 指令, 指向, 指明, 指示, 指针, 指望). */
const WORDS_AFTER_ZHI = '导挥标引数南出定令向明示针望';

/** 指 and 即 open a list, not a word: 指导, 指标, 即将, 即时 (unless the items after it open alike: 指定A、定B). */
export function introducerAt(text: string, k: number, words: readonly string[] = INTRODUCERS): string | undefined {
	const w = words.find((x) => text.startsWith(x, k));
	if (!w) return undefined;
	const next = text[k + w.length] ?? '';
	// (A connective that ends its block, its gloss the paragraphs after it, has no next character, and any string includes '' (`'…'.includes('')` is true).)
	if (w === '指' && next !== '' && WORDS_AFTER_ZHI.includes(next) && !parallelAfter(text, k + 1)) return undefined;
	// The verbs 指向, 指导, 指引 after 分别, 主要 (分别指向问题导向…: not 分别指; 是指向上争取… is 是指 all the same); 为了
	// (in order to: 主要为了改善民生) and 是否 (具体是否纳入…) are no introducers.
	if ((w === '分别指' || w === '主要指') && '向导引'.includes(next) && next !== '') return undefined;
	if ((w.endsWith('为') && next === '了') || (w.endsWith('是') && next === '否')) return undefined;
	if (w === '即' && next !== '' && '将时使便刻可'.includes(next)) return undefined;
	// 即查即改, 即来即办: 即 as “at once”, before each of two verbs.
	if (w === '即' && (text[k + 2] === '即' || text[k - 2] === '即')) return undefined;
	return w;
}

/** Is the quoted name at `open` the formula under another count (“六保” for 七保): its keys, in order, the formula's? */
function sameKeys(text: string, open: number, keys: readonly string[]): boolean {
	const close = text.indexOf('”', open + 1);
	if (close < 0 || close - open > 14) return false;
	const inner = text.slice(open + 1, close);
	let at = 0;
	for (const k of keys) {
		const i = inner.indexOf(k, at);
		if (i < 0 || !COUNT_CHARS.has(inner[i - 1] ?? '') && !MEASURES.has(inner[i - 1] ?? '')) return false;
		at = i + k.length;
	}
	return at === inner.length;
}

/**
 * Where the list of a gloss starts: after the formula's own name glossed again (…机制，“五个一”即：一个…; 抓好两端指…;
 * “六保”是指…), else after an introducer that opens a clause (…新模式，包括市场化、…). `start` when there is none.
 */
export function listStart(text: string, start: number, end: number, name: string, introducers = true, keys: readonly string[] = []): number {
	const opens = [start - 1, ...topLevel(text, start, end, '，：；。')];
	for (const p of opens) {
		const k = p + 1;
		let q = -1;
		if (text[k] === '“' && text.startsWith(name, k + 1) && text[k + 1 + name.length] === '”') q = k + name.length + 2;
		else if (text[k] === '“' && keys.length > 0 && sameKeys(text, k, keys)) q = text.indexOf('”', k) + 1;
		else if (name.length >= 2) {
			// A few characters before the name (抓好两端指…) but no punctuation.
			const at = text.indexOf(name, k);
			if (at >= k && at - k <= 4 && !/[，。；：、“”]/.test(text.slice(k, at))) q = at + name.length;
		}
		if (q < 0) continue;
		const from = markerAfter(text, q);
		if (from > 0 && from < end) return from;
	}
	for (const p of introducers ? opens : []) {
		const subject = subjectBefore(text, p + 1);
		const intro = introducerAt(text, p + 1) ?? (subject > 0 ? introducerAt(text, p + 1 + subject, AFTER_SUBJECT) : undefined);
		if (!intro) continue;
		let at = p + 1 + (text.startsWith(intro, p + 1) ? 0 : subject) + intro.length;
		if (text[at] === '：' || text[at] === ':') at++;
		if (at < end) return at;
	}
	return start;
}

/** The items a text lists for one part: `count` items expected (the reading does not depend on it but for 和). */
export interface PartReading {
	items: Item[];
	/** The units carry the key where it stands, or no key is needed: the items are the formula's for sure. */
	reliable: boolean;
}

/** Verbs before 的 that make what comes before a modifier: 根据A、B划定的X、Y和Z → X、Y、Z. */
const MODIFYING_VERBS = ['组成', '形成', '构成', '划定', '确定', '认定', '评定', '命名', '提出', '发布', '印发', '部署', '确立', '明确'];

/** A list item that opens with a modifier (…城镇空间划定的生态保护红线): the list starts after its 的. */
function restartAfterModifier(items: Item[]): Item[] {
	for (let n = items.length - 1; n >= 1; n--) {
		const it = items[n]!;
		const de = it.text.lastIndexOf('的');
		if (de > 0 && de + 1 < it.text.length && MODIFYING_VERBS.some((v) => it.text.slice(0, de).endsWith(v))) {
			return [{ start: it.start + de + 1, end: it.end, text: it.text.slice(de + 1) }, ...items.slice(n + 1)];
		}
	}
	return items;
}

/**
 * A list's name for itself after its last item: 的统称, 的总称, 的合称 (…组织振兴的统称). (Not 的简称: a gloss that ends so
 * names what the term is short for, no list — SHORT_FOR in formulas/resolve.ts.)
 */
const CALLED = /(?:的|之)(?:统称|总称|合称|概称|并称)$/;

/**
 * The formula restated after its last item (…文旅体融合发展七大行动, …建始官店等五个乡镇, …督查考核5个工作专班) or an
 * 等 that closes the list (乱建等违法违规行为): cut off, so that the last item is the item. Returns whether an 等 closed it.
 */
function stripRestatement(items: Item[], count: number | undefined): { items: Item[]; etc: boolean } {
	const last = items[items.length - 1];
	if (!last) return { items, etc: false };
	// …组织振兴的统称, …的总称: what the list is called, after its last item (a gloss that ends so).
	const called = CALLED.exec(last.text);
	if (called && called.index > 0) return { items: [...items.slice(0, -1), { start: last.start, end: last.start + called.index, text: last.text.slice(0, called.index) }], etc: false };
	let cut = -1;
	let etc = false;
	// A count at the end of the last item, with its measure word and noun: …5个工作专班, …七大行动, 等五个乡镇.
	const m = /(等)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个方面|[个项条大类种方家所座支批级])[\u4e00-\u9fff“”]{0,10}$/.exec(last.text);
	if (m && m.index > 0) {
		const n = /[0-9]/.test(m[2]!) ? Number(m[2]) : cjkCount(m[2]!);
		// The formula's count, or the list's own (the restatement names what the text lists, whatever the name says).
		if (n !== undefined && (count === undefined || n === count || Math.abs(n - items.length) <= 1 || (m[1] && n >= items.length))) cut = m.index;
	}
	// 乱建等违法违规行为的清理整治行动: a 等 closes the list.
	let deng = last.text.indexOf('等');
	// 中等城市, 高等教育, 平等: 等 in a word closes nothing.
	while (deng > 0 && ('中高初平同对相均优上次特'.includes(last.text[deng - 1]!) || /^等[级次]/.test(last.text.slice(deng)))) deng = last.text.indexOf('等', deng + 1);
	// …经济适用房等。: a 等 that ends the list closes it too.
	if (cut < 0 && deng > 0) {
		cut = deng;
		etc = true;
	}
	if (cut <= 0) return { items, etc: false };
	// 等 and the list's own count, as many as its items (…严格文稿发表、厉行勤俭节约等八项要求): the list is whole.
	if (last.text[cut] === '等') etc = !(m && m.index === cut && m[1] && (/[0-9]/.test(m[2]!) ? Number(m[2]) : cjkCount(m[2]!)) === items.length);
	const text = last.text.slice(0, cut).replace(/[“”]$/, (q) => (q === '”' ? q : ''));
	// A last item that is all restatement (…，“三个比重”逐年稳步提高) is no item.
	if (text.trim() === '') return { items: items.slice(0, -1), etc };
	return { items: [...items.slice(0, -1), { start: last.start, end: last.start + text.length, text }], etc };
}

/**
 * May a list closed by 等 be this much shorter than its count? Yes, whatever it names: 等 gives examples (A、B等10个;
 * 北京、上海、广州、深圳、杭州等6个城市), and nothing in the text tells a list that lost an item from one that names all but
 * one and means the others. (Not asked of a glossary entry's gloss, which defines its term: see resolve in formulas/resolve.ts.)
 */
export function etcAllows(_text: string, items: readonly Item[], count: number | undefined): boolean {
	return count !== undefined && items.length < count;
}

function cjkCount(s: string): number | undefined {
	const digits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
	if (s === '十') return 10;
	if (s.length === 1) return digits[s];
	if (s[0] === '十') return 10 + (digits[s[1]!] ?? 0);
	if (s[1] === '十') return (digits[s[0]!] ?? 0) * 10 + (s[2] ? (digits[s[2]] ?? 0) : 0);
	return undefined;
}

/** Drop a key written once after the last item: 矛盾纠纷及居民所急必到 → 居民所急; 水、电、…、讯同步过户 → 讯. */
function stripSharedSuffix(items: Item[], key: string): Item[] {
	const last = items[items.length - 1];
	if (!last || items.length < 2) return items;
	const others = items.slice(0, -1);
	if (others.some((it) => it.text.includes(key))) return items;
	let at = last.text.endsWith(key) ? last.text.length - key.length : key.length >= 2 ? last.text.indexOf(key) : -1;
	if (at <= 0) return items;
	// 住房安全有保障 → 住房安全: the 有 of a shared “有保障” goes with the key.
	if (last.text[at - 1] === '有') at--;
	return [...others, { start: last.start, end: last.start + at, text: last.text.slice(0, at) }];
}

/**
 * The first item of a list without the clause's verb and what precedes it (全市地方煤矿安全生产方面建设标准化 →
 * 标准化), when it is much longer than the others: an item as long as the others is an item (成渝发展主轴).
 */
function leadless(first: Item, others: readonly Item[]): Item {
	// …全会提出的深化莞港合作: a clause closed by a verb and 的 describes the list.
	const de = first.text.lastIndexOf('的');
	if (de > 0 && de + 1 < first.text.length && DE_VERBS.some((v) => first.text.slice(0, de).endsWith(v))) {
		return { start: first.start + de + 1, end: first.end, text: first.text.slice(de + 1) };
	}
	const lengths = others.map((x) => x.text.length).sort((a, b) => a - b);
	const median = lengths[lengths.length >> 1] ?? 0;
	return first.text.length > median * 1.5 + 2 ? stripLead(first, others) : first;
}

/** The first item starts at its key when the items share it as a prefix: 卫东区组织…建立一张… → 一张…. */
function alignFirstToKey(items: Item[], key: string | undefined): Item[] {
	const first = items[0];
	if (!first || items.length < 2) return items;
	const others = items.slice(1);
	// Most items open with the key: one that has a verb before it starts at the key (全市抓好10个…、引进10个… of “5个10”).
	if (key && items.filter((it) => unquote(it.text).startsWith(key)).length * 2 >= items.length) {
		return items.map((it, n) => {
			// The first item may open with the clause (河湖管理范围内乱占 → 乱占); the others with a verb at most.
			const at = n === 0 ? it.text.lastIndexOf(key) : it.text.indexOf(key);
			return at > 0 && (n === 0 || at <= 5) && !/[“”《》（）]/.test(it.text.slice(0, at)) ? { start: it.start + at, end: it.end, text: it.text.slice(at) } : it;
		});
	}
	if (!key || !others.every((it) => unquote(it.text).startsWith(key))) return [leadless(first, others), ...others];
	const at = first.text.lastIndexOf(key);
	if (at <= 0) return [leadless(first, others), ...others];
	return [{ start: first.start + at, end: first.end, text: first.text.slice(at) }, ...others];
}

/**
 * Is `item` plainly two items of the list joined by 和/及/与: at least twice as long as any other item, each half as
 * long as the others (特殊群体和企业商户 among 困难群众、空巢老人…), and no word shared across the joiner — a head the
 * other items end with and only the second half has (科技研发和高端制造产业 among …商贸产业、现代金融产业), or a start
 * both halves have under one head (治理体系和治理能力现代化)?
 */
function plainlyTwo(item: Item, halves: readonly Item[], others: readonly Item[], key?: string): boolean {
	if (others.length < 2) return false;
	const lengths = others.map((x) => x.text.length);
	const longest = Math.max(...lengths);
	const shortest = Math.min(...lengths);
	const a = halves[0]!.text;
	// The key written once after the last item (…水乡新城以及东部工业园片区 of 六片区) is no part of it.
	let b = halves[1]!.text;
	if (key && b.endsWith(key) && b.length > key.length && !others.some((x) => x.text.includes(key))) b = b.slice(0, -key.length);
	// 以及 joins items of a list; 和 may join two words of one.
	const joiner = item.text.slice(a.length, item.text.length - halves[1]!.text.length);
	// 与 joins two sides of one task (维护世界和平与促进共同发展 of 三大历史任务): never plainly two.
	if (joiner === '与') return false;
	const slack = joiner === '以及' ? 4 : 2;
	if ((joiner !== '以及' && item.text.length < 2 * longest) || ![a, b].every((h) => h.length >= shortest - 1 && h.length <= longest + slack)) return false;
	const lastChars = new Map<string, number>();
	for (const x of others) lastChars.set(x.text.slice(-1), (lastChars.get(x.text.slice(-1)) ?? 0) + 1);
	const head = [...lastChars].find(([, n]) => n >= 2 && n * 3 >= others.length * 2)?.[0];
	if (head && b.endsWith(head) && !a.endsWith(head)) return false;
	// A和B的C: the joiner joins two words before a head (反映岳阳历史文化和风土人情的大型舞台剧).
	if (oneBeforeHead(b, false)) return false;
	if (a.slice(0, 2) === b.slice(0, 2) && a.slice(-1) !== b.slice(-1)) return false;
	return true;
}

/** A clause that opens with a word of two characters and a verb that takes an object after it (全面推进重点项目建设; not 城乡建设). */
function verbAfterManner(t: string): boolean {
	return t.length > 4 && isLead(t.slice(2, 4));
}

/**
 * Items for `count`, items joined by 和/及/与 split or not, the same way wherever the list stands:
 * - an item plainly two (see plainlyTwo) is two, whatever the count;
 * - else the reading that makes the count when only one does: the last item split (数字社会建设和数字生态文明建设, two
 *   of five) or kept (林区生态修复和湿地保护, one of six; 建筑和市政, one of eight), the first split at 与 (社区与社会组织、
 *   社会工作者…);
 * - when none does (an item dropped or added), the last item split, as a list is read (A、B和C names three);
 * - a half that does not carry the key the other items carry is no item (定考核奖惩和建立分级包干的…).
 */
export function fitJoiner(items: Item[], count: number | undefined, key?: string): Item[] {
	const keyed = (it: Item): boolean => !key || it.text.includes(key);
	// The items open with the key (定管护范围、…、定考核奖惩和建立分级包干的…): a half without it is no item.
	const othersKeyed = key !== undefined && items.length >= 2 && items.slice(0, -1).every((it) => unquote(it.text).startsWith(key));
	// The items close with the key (…比较多，…比较多，对各种超标问题和不良风气习以为常的比较多): a half without it shares the
	// other's predicate and is no item, whatever the count.
	const othersClosed = key !== undefined && items.length >= 3 && items.slice(0, -1).every((it) => unquote(it.text).endsWith(key));
	// The items before the last as the halves of a joined item are weighed against (read once per list, when one is).
	let others: OtherItems | undefined;
	const othersRead = (): OtherItems => (others ??= otherItems(items.slice(0, -1), key));
	// A half after 和 without the key the items open with is what the list goes on to (定考核奖惩和建立分级包干的…) — unless
	// a 的 in it heads both halves: a word of one item (一个融当地历史和未来的展示馆 of 六个一), read by the count as any
	// joined item is.
	const unkeyedHalf = (halves: readonly Item[]): boolean => othersKeyed && halves.length === 2 && keyed(halves[0]!) && !keyed(halves[1]!) && !isLead(unquote(halves[1]!.text).slice(0, 2));
	const ofOneHead = (halves: readonly Item[]): boolean => unkeyedHalf(halves) && halves[1]!.text.indexOf('的') > 0;
	// So is a bare noun there, the key written once for both (保机构运转和重点项目支出 of 四保: 保运转, 保支出): one item or
	// two, as a text cannot tell apart — the count tells, and a half dropped would make a reading one short of a right count.
	// Not after a 、 in the item (清理沟渠淤泥、漂浮物和障碍物): the 和 closes the item's own list of objects.
	// Nor a verb after a word of manner that goes on to its object (保机构运转和全面推进重点项目建设, 定考核奖惩和全面建立…):
	// what the list goes on to, as a half that opens with the verb is.
	const unkeyedNoun = (halves: readonly Item[]): boolean => unkeyedHalf(halves) && !halves[0]!.text.includes('、') && (ofOneHead(halves) || !verbAfterManner(unquote(halves[1]!.text)));
	const splitOk = (halves: readonly Item[], byCount = true): boolean => ((!othersKeyed && !othersClosed) || halves.every(keyed) || (byCount ? unkeyedNoun(halves) : ofOneHead(halves))) && !stubHalf(halves, othersRead()) && !unlikeOthers(halves, othersRead(), key);
	const list = items.flatMap((it, n) => {
		const halves = splitLastJoiner([it]);
		return halves && splitOk(halves, false) && plainlyTwo(it, halves, items.filter((_, m) => m !== n), key) ? halves : [it];
	});
	if (list.length !== items.length) return list;
	const lastSplit = splitLastJoiner(list);
	// Evidence other than the count that the joiner is between two items: both halves quoted (“川货全国行”和“万企出国门”),
	// or both carrying the key where every other item carries it (文明礼仪普及行动和道德建设行动 among …行动). Read so
	// whatever the count, so that an item dropped or added shows.
	if (lastSplit && twoByEvidence(list.slice(0, -1), lastSplit.slice(-2), key)) return lastSplit;
	// 定管护经费、定考核奖惩和建立分级包干的…: the half without the key is what the list goes on to, not an item.
	if (lastSplit && othersKeyed && keyed(lastSplit[lastSplit.length - 2]!) && !keyed(lastSplit[lastSplit.length - 1]!) && !unkeyedNoun(lastSplit.slice(-2))) return lastSplit.slice(0, -1);
	const split = lastSplit && splitOk(lastSplit.slice(-2)) ? lastSplit : undefined;
	// 社区与社会组织、社会工作者、…: the first item joined to the list.
	const first = list[0];
	const j = first && list.length >= 2 && count !== undefined && list.length + 1 === count ? firstJoiner(first) : undefined;
	if (j && (!split || split.length !== count)) return [...j, ...list.slice(1)];
	if (!split) return list;
	if (count === undefined) return split;
	// One item A和B的C: two words before one head (东部沿海地区和中西部地区的过渡带), not two items — unless the head is what
	// is done to the two and the split makes the count (信息化和工业化的深度融合 of 两化): see oneBeforeHead.
	if (list.length === 1 && oneBeforeHead(split[split.length - 1]!.text, split.length === count)) return list;
	// The reading that makes the count; when neither does, the nearer (an item added to a list that keeps A和B as one);
	// split when both are as near.
	const off = (n: number): number => Math.abs(n - count);
	// Kept as one by the count only among three items or more: 林区生态修复和湿地保护 of six, 公务用车购置及运行费 of three —
	// but A、B和C is three names, not two; and not where the list names an item twice (电信网、广播电视网、广播电视网和
	// 计算机通信网): the count is made by the repeat, not by the joined item, and the list is read as lists are.
	// (A word of one item whose 的 heads both halves is kept by the count among two items too: 一条街、一个融城市历史和未来的展示馆
	// of 两个一.)
	if (list.length === count && split.length !== count) return (list.length >= 3 || count < 2 || ofOneHead(split.slice(-2))) && !namesTwice(split) ? list : split;
	if (split.length === count) return split;
	return off(list.length) < off(split.length) ? list : split;
}

/**
 * Is one half of a joined item a stub that cannot stand as an item of the list: a verb (or before one) of two characters
 * or fewer where every other item, and the other half, is at least three times as long (加强和改进党的建设 among 深化国资
 * 国企改革、推进产业转型升级: two verbs share one object)? Not where the long half ends with the ending the other
 * items share, or its last word, written once for both (汽车和石油化工产业 among …电子信息产业; 教育和医疗卫生体制改革
 * among …制度改革), nor halves alike in length (光伏和风电).
 */
function stubHalf(halves: readonly Item[], others: OtherItems): boolean {
	if (others.texts.length < 2 || halves.length !== 2) return false;
	const [a, b] = [unquote(halves[0]!.text), unquote(halves[1]!.text)];
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (short.length > 2 || long.length < 3 * short.length || others.shortest < 3 * short.length) return false;
	// Only a verb wants the other half's object (加强和改进党的建设, 巩固和发展…): a noun stands as an item whose head the
	// other half writes once for both (水利和能源项目建设, 就业和社会保障工作 of a list of four), as a text cannot tell apart.
	if (!isLead(short) && !isLead(long.slice(0, 2))) return false;
	// The others' shared ending, or its last word, written once for both halves (教育和医疗卫生体制改革 among 户籍制度改革、
	// 土地制度改革: two reforms, 体制改革 and 制度改革 ending alike in 改革).
	return others.ending === undefined || !long.endsWith(others.ending.slice(-2));
}

/**
 * The other items of a list, unquoted: the length of the shortest, the ending they all share (two characters or more),
 * and whether each holds the key, not at its end.
 */
interface OtherItems {
	texts: readonly string[];
	shortest: number;
	ending: string | undefined;
	holdKey: boolean;
}

function otherItems(items: readonly Item[], key: string | undefined): OtherItems {
	const texts = items.map((it) => unquote(it.text));
	return {
		texts,
		shortest: Math.min(...texts.map((t) => t.length)),
		ending: texts.length >= 2 ? commonAffix(texts, true) : undefined,
		holdKey: key !== undefined && texts.every((t) => t.includes(key) && !t.endsWith(key)),
	};
}

/**
 * Are the halves of a joined item unlike the other items in both ways those are alike: every other item holds the key
 * (not at its end) and ends with one word of two characters or more, and neither half has both (因公出国（境）经费、公务
 * 接待经费、公务用车购置及运行费 of 三公: 公务用车购置 lacks 经费, 运行费 lacks 公 — one fee, not two)? A key the others end
 * with may be written once for both halves (电信和广电网); items alike in one way only (…示范城市、…示范区和…示范城市
 * of 六城同创) are no such evidence.
 */
function unlikeOthers(halves: readonly Item[], others: OtherItems, key: string | undefined): boolean {
	if (key === undefined || others.texts.length < 2 || halves.length !== 2) return false;
	const ending = others.ending;
	if (ending === undefined || ending.includes(key) || !others.holdKey) return false;
	return halves.every((h) => {
		const t = unquote(h.text);
		return !(t.includes(key) && t.endsWith(ending));
	});
}

/** Does a list name one item twice (the same words, quotes and spaces aside)? */
function namesTwice(items: readonly Item[]): boolean {
	const seen = new Set<string>();
	for (const it of items) {
		const t = unquote(it.text).replace(/\s/g, '');
		if (seen.has(t)) return true;
		seen.add(t);
	}
	return false;
}

/** Words that hold a 的 that is no particle: 目的地, 有的, 的确, 的士, 别的. */
const DE_IN_WORD = /目的|有的|的确|的士|的话|别的|真的|似的|的哥/g;
/** A head that names a place or a thing, one for the two words before it: 过渡带, 结合部, 交汇点, 枢纽. */
const THING_HEAD = /(?:带|部|区|圈|处|点|轴|线|廊|极|核|中心|枢纽|门户|高地|窗口|纽带|桥梁|桥头堡)$/;

/**
 * Is the second half of a joined item (B的C of A和B的C) the end of one item — two words before one head — rather than
 * the second of two items? Only when its 的 is a particle with a head after it (not 目的地, 有的, 的确), and then when the
 * split does not make the count (`splitFits` false), or the head names a place or a thing (东部沿海地区和中西部地区的
 * 过渡带: one belt). A head that is what is done to the two, the split making the count (信息化和工业化的深度融合;
 * 国内资源和国外资源的综合利用; …成果和乡村振兴的有效衔接 of a count of two), leaves the two as the items.
 */
function oneBeforeHead(second: string, splitFits: boolean): boolean {
	const t = second.replace(DE_IN_WORD, (w) => '〇'.repeat(w.length));
	const de = t.indexOf('的');
	if (de < 0 || de + 1 >= t.length) return false;
	return !splitFits || THING_HEAD.test(second.slice(de + 1));
}

/** Is the whole item in quotes (“川货全国行”)? */
function quotedWhole(t: string): boolean {
	return t.length > 2 && t.startsWith('“') && t.endsWith('”') && t.indexOf('”') === t.length - 1;
}

/**
 * Are the halves of a joined last item two items by what they show, not by the count: both quoted, or both carrying
 * the key — or the word every other item opens or closes with — at the end (or at the start) where each of at least
 * two other items carries it?
 */
function twoByEvidence(others: readonly Item[], halves: readonly Item[], key: string | undefined): boolean {
	const [a, b] = [halves[0]!.text, halves[1]!.text];
	if (quotedWhole(a) && quotedWhole(b)) return true;
	if (others.length < 2) return false;
	const all = (at: (t: string) => boolean): boolean => others.every((it) => at(unquote(it.text))) && at(unquote(a)) && at(unquote(b));
	// The key, or — a formula without one (“6”是指智慧政务、…、智慧水务和智慧城管) — a word of two characters or more that
	// opens or closes every other item.
	const texts = others.map((it) => unquote(it.text));
	const affixes = [key, commonAffix(texts, false), commonAffix(texts, true)].filter((x): x is string => x !== undefined && x.length > 0);
	return affixes.some((w) => a.length > w.length && b.length > w.length && (all((t) => t.endsWith(w)) || all((t) => t.startsWith(w))));
}

/** The longest start (or end, `atEnd`) that all `texts` share, when it is two characters or more. */
function commonAffix(texts: readonly string[], atEnd: boolean): string | undefined {
	let n = Math.min(...texts.map((t) => t.length));
	const first = texts[0]!;
	work.formulas += n * texts.length;
	const charAt = (t: string, k: number): string => (atEnd ? t[t.length - 1 - k]! : t[k]!);
	let k = 0;
	while (k < n && texts.every((t) => charAt(t, k) === charAt(first, k))) k++;
	n = k;
	if (n < 2) return undefined;
	return atEnd ? first.slice(first.length - n) : first.slice(0, n);
}

/** 社区与社会组织 → 社区 | 社会组织: the first item of a list split at a 与 / 和 / 同 at depth 0. */
function firstJoiner(item: Item): Item[] | undefined {
	const at = topLevel(item.text, 0, item.text.length, '与和同').find((k) => k > 0 && k + 1 < item.text.length && !inJoinerWord(item.text, k, item.text[k]!));
	// A和B的C: the joiner joins two words before one head (东部沿海地区和中西部地区的过渡带; 电信网和计算机通信网的相互渗透).
	// Items after it stand beside the head (…的相互渗透、相互兼容), not beside A and B: the split never fits them.
	if (at === undefined || oneBeforeHead(item.text.slice(at + 1), false)) return undefined;
	return [
		{ start: item.start, end: item.start + at, text: item.text.slice(0, at) },
		{ start: item.start + at + 1, end: item.end, text: item.text.slice(at + 1) },
	];
}

/**
 * A part's one item whose ，-groups before the last carry none of its key, the last carrying it (…；加强项目储备甄别，一般性产业
 * 项目建设周期缩短至2年以内 of 一缩短): the groups before set the scene, the item is the last group.
 */
function sceneSetAside(text: string, it: Item, key: string | undefined): Item {
	if (!key) return it;
	const groups = groupUnits(splitGroups(text, it.start, it.end), text);
	if (groups.length < 2 || !carries(groups[groups.length - 1]!, key) || groups.slice(0, -1).some((g) => carries(g, key))) return it;
	return groups[groups.length - 1]!;
}

/** The units a span of text lists, read at the level the key shows, or the finest. */
type Level = 'clauses' | 'groups' | 'joined' | 'items';

function unitsOf(text: string, start: number, end: number, key: string | undefined, allowClauses: boolean): { units: Item[]; fit: boolean; level: Level } {
	const clauses = clausesOf(text, start, end);
	if (allowClauses && clauses.length >= 2) return { units: clauses, fit: fitsAll(clauses, key), level: 'clauses' };
	const groups = splitGroups(text, start, end);
	const items = groups.flat();
	if (fitsAll(items, key)) return { units: items, fit: true, level: 'items' };
	const byGroup = groupUnits(groups, text);
	if (byGroup.length >= 2 && fitsAll(byGroup, key)) return { units: byGroup, fit: true, level: 'groups' };
	// Long items joined by 和 after what describes them: keep the ones that carry the key (…，包括由…一环高速和由…二环高速).
	const joined = joinedUnits(byGroup, text);
	let lead = 0;
	while (lead < joined.length - 2 && key && !fitOf(joined[lead]!, key)) lead++;
	const tail = joined.slice(lead);
	if (tail.length >= 2 && tail.length < items.length && fitsAll(tail, key)) return { units: tail, fit: true, level: 'joined' };
	// A list closed by 等 inside a group that is not the last gives examples inside one item (平时用作旅游、康养等功能，
	// 遇…时可立即转换为应急场所的设施): each group is an item.
	if (groups.length >= 2 && groups.slice(0, -1).some((g) => g.length >= 2 && /等(?![0-9一二两三四五六七八九十])/.test(g[g.length - 1]!.text))) return { units: byGroup, fit: false, level: 'groups' };
	// A group of one item before the first list is what describes the formula (海口市…领导小组，下设A、B…), unless it
	// carries the key (巩固国家卫生城市管理成果，创建A、B… of 六城同创).
	const firstList = groups.findIndex((g) => g.length >= 2);
	let kept = firstList > 0 ? groups.filter((_, n) => n >= firstList || (key !== undefined && carries(byGroup[n]!, key))) : groups;
	// Groups of one item each: those before the first that carries the key set the scene (确保“十四五”末，A提高到…，B提高到…)
	// when every one after it carries the key.
	if (firstList < 0 && key !== undefined) {
		let lead = 0;
		while (lead < byGroup.length && !carries(byGroup[lead]!, key)) lead++;
		if (lead > 0 && byGroup.length - lead >= 2 && byGroup.slice(lead).every((g) => carries(g, key))) kept = groups.slice(lead);
	}
	return { units: kept.flat(), fit: false, level: 'items' };
}

const CJK_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** The marker of item `n` (1-based) in the style of `first`: 一是 → 二是, （一） → （二）, 1． → 2．, 一要 → 二要, ① → ②. */
function markerOf(style: { open: string; digits: 'cjk' | 'arabic' | 'circled'; close: string }, n: number): string {
	const digits = style.digits === 'cjk' ? (CJK_ORDINALS[n - 1] ?? '') : style.digits === 'circled' ? (n <= 20 ? String.fromCharCode(0x2460 + n - 1) : '') : String(n);
	return style.open + digits + style.close;
}

const NUMBER_STYLES: readonly { open: string; digits: 'cjk' | 'arabic' | 'circled'; close: string }[] = [
	// (①…；②…: circled numbers, as a glossary's items are numbered too — ［39］四风：①形式主义；②官僚主义；….)
	{ open: '', digits: 'circled', close: '' },
	{ open: '', digits: 'cjk', close: '是' },
	{ open: '', digits: 'cjk', close: '要' },
	{ open: '', digits: 'cjk', close: '抓' },
	{ open: '（', digits: 'cjk', close: '）' },
	{ open: '（', digits: 'arabic', close: '）' },
	{ open: '', digits: 'arabic', close: '．' },
	{ open: '', digits: 'arabic', close: '.' },
	{ open: '', digits: 'arabic', close: '、' },
	{ open: '第', digits: 'cjk', close: '，' },
	// 其一，…；其二，…; 一、…；二、… (as a heading's points are numbered).
	{ open: '其', digits: 'cjk', close: '，' },
	{ open: '', digits: 'cjk', close: '、' },
];

/**
 * The first markers of the numberings whose marker cannot open a figure (一是, 一要, （一）, （1）, ①, 第一，, 其一，, 一、):
 * points numbered so may open right after a sentence. A bare digit's (1．, 1.) opens a figure as often (。1.2万人…).
 */
const POINT_STYLES = NUMBER_STYLES.filter((st) => st.digits !== 'arabic' || st.open !== '');
const POINT_OPENERS = POINT_STYLES.map((st) => markerOf(st, 1));

/** Does `text` at `at` open the first of numbered points (see POINT_OPENERS)? */
export function opensPoints(text: string, at: number): boolean {
	return POINT_OPENERS.some((m) => text.startsWith(m, at));
}

/** Does `text` at `at` open the point numbered `n` in one of those numberings (三是, （3）, ③, 第三，, 其三，)? */
export function opensPoint(text: string, at: number, n: number): boolean {
	return POINT_STYLES.some((st) => text.startsWith(markerOf(st, n), at));
}

/**
 * Does `text` hold the marker of point `n` in a numbering of points (六是, 六要, （六）, （6）, ⑥, 第六，, 其六，, 六、) anywhere —
 * a run of points read up to n − 1 that goes on inside a paragraph, not closed there? Linear in the text.
 */
export function marksPoint(text: string, n: number): boolean {
	if (n < 1 || n > CJK_ORDINALS.length) return false;
	return POINT_STYLES.some((st) => text.includes(markerOf(st, n)));
}

/**
 * Paragraphs that open with the markers of one numbering, one a paragraph (一是坚持解放思想、更新观念。…⏎二是坚持…): each
 * paragraph's first sentence, without its marker, with the index of its paragraph. At most `max` of them.
 */
export function numberedParagraphs(blocks: readonly string[], max: number): { block: number; item: Item }[] | undefined {
	const first = blocks[0] ?? '';
	const style = NUMBER_STYLES.find((st) => first.startsWith(markerOf(st, 1)));
	if (!style) return undefined;
	const out: { block: number; item: Item }[] = [];
	for (let b = 0; b < blocks.length && out.length < max; b++) {
		const text = blocks[b]!;
		const marker = markerOf(style, out.length + 1);
		// 第一，…⏎第二，…⏎一是…⏎二是…⏎第三，…: a list of another numbering opens inside the run before it has its count
		// (max − 1) — points of a point; the rest of the run lies past the paragraphs read: no reading, not a short list.
		if (!text.startsWith(marker) && out.length < max - 1 && NUMBER_STYLES.some((st) => st !== style && text.startsWith(markerOf(st, 1)))) return undefined;
		// Paragraphs with no mark between two points (…九是…。⏎大力弘扬…。⏎十是…; 一是打好攻坚战。⏎内需拉动明显增强。…⏎
		// 产业升级步伐加快。…⏎二是…) are the point before them going on — paragraphs of its own, or a sentence that ended a
		// hard-wrapped line taken for a paragraph's end: passed over when a paragraph after them opens with the next mark.
		if (!text.startsWith(marker) && out.length > 0) {
			const next = nextPoint(blocks, b, marker, markerOf(style, 1));
			if (next > b) {
				b = next - 1;
				continue;
			}
		}
		if (!text.startsWith(marker)) break;
		let e = marker.length;
		while (e < text.length && !SENTENCE_OR_SEMI.has(codeAt(text, e))) e++;
		work.formulas += e;
		const it = span(text, marker.length, e);
		if (!it) break;
		out.push({ block: b, item: it });
	}
	return out.length >= 2 ? out : undefined;
}

/** The most unmarked paragraphs of one point between its mark and the next point's (a point's own sub-sections). */
export const POINT_PARAGRAPHS_MAX = 8;

/** The markers of every numbering (NUMBER_STYLES, each of 1 to 15), made once; and their first characters. */
const NUMBER_MARKERS: readonly string[] = NUMBER_STYLES.flatMap((style) => CJK_ORDINALS.map((_, i) => markerOf(style, i + 1)));
const NUMBER_MARKER_FIRST = new CharSet(NUMBER_MARKERS.map((m) => m[0]!));

/** Does a paragraph open with a marker of any numbering (二是, （三）, 四、, 5．)? */
function opensNumber(text: string): boolean {
	if (!NUMBER_MARKER_FIRST.has(codeAt(text, 0))) return false;
	for (let k = 0; k < NUMBER_MARKERS.length; k++) if (text.startsWith(NUMBER_MARKERS[k]!)) return true;
	return false;
}

/**
 * The paragraph at `from` or among the POINT_PARAGRAPHS_MAX after it that opens with `marker` (the next point), none
 * before it opening with a number of any numbering (a heading, a list of its own: the points ended) nor holding the
 * run's `first` marker after a clause's mark (…重点抓好四项工作，一是…；二是…；三是…。⏎四是…: a list of its own opened
 * there, and the next mark is its); -1 when there is none.
 */
function nextPoint(blocks: readonly string[], from: number, marker: string, first: string): number {
	for (let k = from; k < blocks.length && k - from < POINT_PARAGRAPHS_MAX; k++) {
		const text = blocks[k]!;
		if (text.startsWith(marker)) return k;
		if (opensNumber(text) || pointInside(text, first)) return -1;
	}
	return -1;
}

/** Does `text` hold `marker` after a clause's mark (…，一是…)? */
function pointInside(text: string, marker: string): boolean {
	for (let at = text.indexOf(marker, 1); at > 0; at = text.indexOf(marker, at + 1)) if (CLAUSE_MARK.has(codeAt(text, at - 1))) return true;
	return false;
}

/** The most characters of a paragraph's first clause read as an item of the paragraphs after a count (坚持区域协同，…). */
const OPENING_CLAUSE_MAX = 40;
const CLAUSE_MARK = new CharSet('，。；：！？');
const TWO_CJK = /^[\u4e00-\u9fff]{2}$/;

/**
 * Unnumbered paragraphs after a count a colon closes (关键做好以下七个方面工作：), each opening with the same word of two
 * characters, a verb's (坚持区域协同，…。⏎坚持融入“双循环”新格局，…): their first clauses, exactly `count` paragraphs in a
 * row, the one after them not opening so (a run one off may leave items out or take the next paragraph's: no reading).
 */
export function parallelParagraphs(blocks: readonly string[], count: number): { block: number; item: Item }[] | undefined {
	if (count < 3 || blocks.length < count) return undefined;
	const word = blocks[0]!.slice(0, 2);
	if (!TWO_CJK.test(word)) return undefined;
	const out: { block: number; item: Item }[] = [];
	for (let b = 0; b < count; b++) {
		const text = blocks[b]!;
		if (!text.startsWith(word)) return undefined;
		let e = word.length;
		while (e < text.length && e < OPENING_CLAUSE_MAX && !CLAUSE_MARK.has(codeAt(text, e))) e++;
		work.formulas += e;
		// The clause ends with a mark and the paragraph goes on after it (a paragraph, not a heading of one clause).
		if (e >= text.length - 1 || !CLAUSE_MARK.has(codeAt(text, e)) || e < word.length + 2) return undefined;
		const it = span(text, 0, e);
		if (!it) return undefined;
		out.push({ block: b, item: it });
	}
	return (blocks[count] ?? '').startsWith(word) ? undefined : out;
}

/**
 * Items numbered in the text (一是…；二是…, 一要…。二要…, （一）…（二）…, 1．…2．…) from `from`, which must open with
 * the first marker: the segments between the markers, each marker after a clause's end, up to `end`. Undefined when
 * fewer than two are found.
 */
export function numberedItems(text: string, from: number, end: number): Item[] | undefined {
	return numberedSeries(text, from, end)?.items;
}

/** The longest run of Markdown emphasis marks before a marker: one closing the point before and one opening this (。****二是). */
const EMPHASIS_MAX = 6;

/**
 * The items numbered from `from` (一是…二是…, ①…②…), and whether the numbering opened again after them (…二是…。今年，
 * 一是…): a series so cut off may have left a point of its own unnumbered — no sure count of it.
 */
export function numberedSeries(text: string, from: number, end: number): { items: Item[]; restarted: boolean } | undefined {
	let s = from;
	// Markdown emphasis may wrap a marker or its point (：**一是**牢牢把握…; **一是经济运行持续向好。**): no part of either.
	while (s < end && (/\s/.test(text[s]!) || text[s] === '*')) s++;
	const style = NUMBER_STYLES.find((st) => text.startsWith(markerOf(st, 1), s));
	if (!style) return undefined;
	const starts = [s];
	// A marker opens a clause: after 。；，： or a line's start, emphasis marks between.
	const opens = (at: number): boolean => {
		let b = at - 1;
		while (b >= 0 && at - b <= EMPHASIS_MAX && text[b] === '*') b--;
		return b < 0 || /[。；，：！？\s]/.test(text[b]!);
	};
	const opener = (m: string, from: number): number => {
		let at = text.indexOf(m, from);
		while (at >= 0 && at < end && !opens(at)) at = text.indexOf(m, at + 1);
		return at < 0 || at >= end ? end : at;
	};
	// The numbering opening again (…二是…。今年，一是…三是…四是…) starts another series — of another year, another
	// subject: its points are not this one's, and the last point ends before it.
	let restart = opener(markerOf(style, 1), s + 1);
	work.formulas += restart - s;
	for (let n = 2; n <= CJK_ORDINALS.length; n++) {
		const last = starts[starts.length - 1]!;
		let at = opener(markerOf(style, n), last + 1);
		work.formulas += at - last;
		// Not within a point's first sentence where the series goes on after it (二是保民生，重点做好两件事，一是…，二是…。
		// 三是…): that point's own points. (Where it does not go on — 三是扩大开放，今年一是… — no telling: a restart.)
		if (at >= restart && restart < end) {
			let pe = last;
			while (pe < restart && !SENTENCE_OR_SEMI.has(codeAt(text, pe))) pe++;
			work.formulas += pe - last;
			if (pe === restart) {
				while (pe < end && !SENTENCE_OR_SEMI.has(codeAt(text, pe))) pe++;
				const again = opener(markerOf(style, 1), pe);
				const next = opener(markerOf(style, n), pe);
				work.formulas += Math.max(again, next) - restart;
				if (next < again) [restart, at] = [again, next];
			}
		}
		if (at >= restart) break;
		starts.push(at);
	}
	const restarted = restart < end;
	end = restart;
	if (starts.length < 2) return undefined;
	// Each item is its first sentence, without its marker (一是落实对农民的直补政策。实现…: 落实对农民的直补政策); the
	// sentences after it speak of it.
	const out: Item[] = [];
	starts.forEach((st, n) => {
		let from = st + markerOf(style, n + 1).length;
		const next = n + 1 < starts.length ? starts[n + 1]! : end;
		// A point that emphasis opens with its marker (**一是扩大就业**，新增岗位…) ends where the emphasis closes.
		const bold = text[st - 1] === '*' || text[from] === '*';
		while (from < next && text[from] === '*') from++;
		let e = from;
		while (e < next && !SENTENCE_OR_SEMI.has(codeAt(text, e)) && !(bold && text[e] === '*')) e++;
		work.formulas += e - from;
		while (e > from && text[e - 1] === '*') e--;
		const it = span(text, from, e);
		if (it) out.push(it);
	});
	return out.length >= 2 ? { items: out, restarted } : undefined;
}

/**
 * Is a series the numbering, opening again, cut off short of `count` (…二是…。今年，一是…三是…)? It may have left a point
 * of its own unnumbered: no sure count. One over the count is over it whatever follows.
 */
export function cutShort(series: { items: readonly Item[]; restarted: boolean }, count: number | undefined): boolean {
	return series.restarted && (count === undefined || series.items.length < count);
}

/**
 * The items of a counted noun that is its paragraph's lead sentence (打造三条通道。…), from the sentences after it in
 * text[from, end): when each names the key of two characters or more at the end of its first clause (陆上丝路通道，开工…。
 * 空中丝路通道，…: one off the count is a mismatch) or, all of them, of its last (…，让投资服务更便利。: exactly the count,
 * or one fewer when they are the whole paragraph);
 * else, when exactly `count` sentences follow and their first clauses all name the key or none does (构筑三个平台。依托中阿
 * 博览会，…。启动建设…。完善…。), those first clauses, which then make the count (some naming it and some not make the sentences no list; so does a later sentence that
 * names the formula `name`) — or one fewer when they are parallel (the same four characters open each) and the whole
 * paragraph (a list one short). A first sentence that restates the count or the name (按照…，推动3个重点领域率先突破。) is no item;
 * a later one that restates the count, or opens with a connective (总之，此外), ends the list.
 */
export function leadSentenceItems(text: string, from: number, end: number, key: string, count: number, name: string): Item[] | undefined {
	const firsts: Item[] = [];
	let named = false;
	// The first sentence that names the formula, and whether the paragraph goes on past the sentences a count may have.
	let namedAt = -1;
	let overflow = false;
	// The list ended before the paragraph did (a sentence restating the count, a connective).
	let cut = false;
	const lasts: Item[] = [];
	// The count a first sentence gives the key again (按照…，推动3个重点领域率先突破。 of “三个率先突破”): no item, whatever the count.
	let restated: number | undefined;
	let s = from;
	for (const c of [...topLevel(text, from, end, '。'), end]) {
		const whole = span(text, s, c);
		s = c + 1;
		if (!whole) continue;
		// Markdown emphasis around a sentence is no part of it.
		const inner = span(text, whole.start + countLead(whole.text, '*'), whole.end - countTail(whole.text, '*'));
		if (!inner) continue;
		const cuts = topLevel(text, inner.start, inner.end, '，；');
		const first = span(text, inner.start, cuts[0] ?? inner.end);
		const last = span(text, cuts.length > 0 ? cuts[cuts.length - 1]! + 1 : inner.start, inner.end);
		if (!first || !last) return undefined;
		if (firsts.length === 0 && restated === undefined) {
			restated = countOfKey(inner.text, key);
			if (restated !== undefined || restatesCount(inner.text, count) || inner.text.includes(name) || COMMENT.test(inner.text)) continue;
		}
		// A later sentence that states the count again (三大通道，总投资超过500亿元) or opens with a connective (总之，…; 此外，…)
		// sums the items up or turns to something else: the list ends before it.
		if (firsts.length > 0 && (restatesCount(inner.text, count) || CONNECTIVE.test(inner.text))) {
			cut = true;
			break;
		}
		if (inner.text.includes(name)) {
			named = true;
			if (namedAt < 0) namedAt = firsts.length;
		}
		firsts.push(first);
		lasts.push(last);
		if (firsts.length > CJK_ORDINALS.length) {
			overflow = true;
			break;
		}
	}
	if (firsts.length < 2) return undefined;
	const alike = openingAlike(firsts, count, namedAt, key);
	if (overflow) return alike;
	const keyed = (items: readonly Item[]): boolean => key.length >= 2 && items.every((it) => it.text.endsWith(key) && it.text.length > key.length);
	if (keyed(firsts)) return firsts;
	// Keyed at their ends only (…，让投资服务更便利。), the sentences are read with exactly the count: a sentence more may be
	// a summing up in the same words (总之，让群众办事更便利。). One fewer, every sentence of the paragraph keyed, leaves
	// no item out: a list one short (实现四项便利。…让投资服务更便利。…让贸易服务更便利。…让金融服务更便利。).
	// Not for a bare result verb as key (推动三个提升。…城市品质明显提升。…教育质量稳步提升。): many sentences end so
	// without being an item.
	if (keyed(lasts)) return lasts.length === count || (lasts.length === count - 1 && lasts.length >= 2 && !cut && !RESULT_VERB.test(key)) ? lasts : undefined;
	// Sentences that name the formula again speak of it (深化运用“四种形态”。…运用“四种形态”批评教育…); a first clause of a
	// few characters frames its sentence (五年来，…; 其中，…).
	// Parallel sentences (the same four characters open each: see sameOpening), three or more, that are the whole rest of
	// the paragraph, one fewer than the count, leave no item out: a list one short (加快“五大经济”发展壮大。深入实施A…。深入
	// 实施B…。深入实施C…。深入实施D…。). Not when a sentence restating the count or a connective ended the list before the
	// paragraph did, nor when one names the formula. Half of the first clauses or more name the key of two characters or more
	// (深入实施数字经济发展行动…深入实施绿色经济计划 of 四大经济): parallel sentences that do not (构建“五大体系”。深入实施A
	// 行动…; 建设“五个城市”。全面加强党的建设…) may be the work done for it, not its items.
	// (A first sentence that gives the key a count of its own one off the formula's is not judged against it: the text does not
	// tell a miscount (实施“四个率先突破”。按照方案，推动3个重点领域率先突破。A…。B…。C…。) from a part of the whole — this
	// year's, the first batch, the focus, those achieved (今年，推动3个领域率先突破; 其中，4个产业集群产值超百亿元; 重点发展4个
	// 产业集群; 已实现3个领域率先突破). It is no item either way.)
	const naming = firsts.filter((it) => it.text.includes(key)).length;
	if (!named && !cut && firsts.length === count - 1 && firsts.length >= 3 && key.length >= 2 && 2 * naming >= firsts.length && sameOpening(firsts) && firsts.every((it) => it.text.length <= LEAD_ITEM_MAX)) return firsts;
	if (named || firsts.length !== count || firsts.some((it) => it.text.length > LEAD_ITEM_MAX || it.text.length < 4)) return alike;
	return naming === 0 || naming === firsts.length || sameOpening(firsts) ? firsts : alike;
}

/**
 * The sentences right after a lead sentence that open with one verb (深度做好“三篇大文章”。聚焦改造升级“老字号”，…。聚焦深度开发
 * “原字号”，…。聚焦培育壮大“新字号”，…。提高…), exactly `count` of them before a sentence that opens otherwise, none naming the
 * formula, their first clauses all naming the key or none: those clauses. The paragraph may go on after them; read only when
 * exact, so never flagged.
 */
function openingAlike(firsts: readonly Item[], count: number, namedAt: number, key: string): Item[] | undefined {
	const word = firsts[0]!.text.slice(0, 2);
	if (!isLead(word)) return undefined;
	let run = 1;
	while (run < firsts.length && firsts[run]!.text.startsWith(word)) run++;
	if (run !== count || (namedAt >= 0 && namedAt < run)) return undefined;
	const items = firsts.slice(0, run);
	// As with sentences read by their count: all naming the key or none (推进“双碳”工作。加快建设绿色经济标杆城市，…。加快构建碳排放
	// 双控制度体系，…: one naming 碳 is no list of it).
	const naming = items.filter((it) => it.text.includes(key)).length;
	return (naming === 0 || naming === run) && items.every((it) => it.text.length <= LEAD_ITEM_MAX && it.text.length >= 4) ? items : undefined;
}

/** The characters parallel sentences share at their opening. */
const SAME_OPENING = 4;
const CJK_OPENING = new RegExp(`^[\\u4e00-\\u9fff]{${SAME_OPENING}}$`);

/** A sentence that comments on the lead sentence (这是…的空间和潜力): no item of its list. */
const COMMENT = /^这(?:是|既是|也是)/;

/**
 * Do the first clauses open with the same words, an adverb and a verb of four characters (深入实施数字经济发展三年行动。…
 * 深入实施海洋强市专项规划。…)? Parallel sentences, one item each, whether or not each names the key. (Two characters are
 * too common an opening: 加快建设…。加快构建…。 need not be the items.)
 */
function sameOpening(items: readonly Item[]): boolean {
	const opening = items[0]!.text.slice(0, SAME_OPENING);
	return CJK_OPENING.test(opening) && !CONNECTIVE.test(opening) && items.every((it) => it.text.startsWith(opening));
}

/** Result verbs that close many sentences of a paragraph with no list in them (…明显提升。…取得突破。): no item marker. */
const RESULT_VERB = /^(?:提升|提高|突破|增长|增强|加强|改善|优化|完善|下降|降低|见效|发展|推进|落实|落地|实现|转变|跨越|扩大|减少)$/;
/** Words opening a sentence that sums up or turns (总之, 此外, 同时, 这些…): no item of a lead sentence's list. */
const CONNECTIVE = /^(?:总之|总的来看|总体上|总体来看|综上|同时|与此同时|此外|另外|这些|上述|以上)/;

/** The longest first clause read as an item of a lead sentence's count. */
const LEAD_ITEM_MAX = 24;

/** Does a sentence state the count again (推动3个重点领域率先突破, 抓好三个方面)? */
function restatesCount(sentence: string, count: number): boolean {
	return countWritten(count).test(sentence);
}
/**
 * The count a sentence gives `key` of two characters or more: a count with a measure word, then the key within the clause
 * (推动3个重点领域率先突破 → 3 for 率先突破), or undefined.
 */
function countOfKey(sentence: string, key: string): number | undefined {
	if (key.length < 2) return undefined;
	const at = sentence.indexOf(key);
	if (at < 0) return undefined;
	const m = COUNT_BEFORE_KEY.exec(sentence.slice(Math.max(0, at - KEY_AFTER_COUNT_MAX - 4), at));
	if (!m) return undefined;
	const n = /^[0-9]+$/.test(m[1]!) ? Number(m[1]) : CJK_ORDINALS.indexOf(m[1]!) + 1 || (m[1] === '两' ? 2 : 0);
	return n >= 2 ? n : undefined;
}
/** The most characters between a count and the key it counts (3个重点领域率先突破). */
const KEY_AFTER_COUNT_MAX = 8;
const COUNT_BEFORE_KEY = new RegExp(`(?<![0-9一二三四五六七八九十])([0-9]{1,2}|[一二两三四五六七八九十])[个项条大类种方件][^，。；、]{0,${KEY_AFTER_COUNT_MAX}}$`);

/** The count with a measure word, in digits or in words (3个, 三大, 两项), by count: made once each. */
const COUNTS_WRITTEN: RegExp[] = [];
function countWritten(count: number): RegExp {
	let re = COUNTS_WRITTEN[count];
	if (!re) {
		const written = [String(count), ...(CJK_ORDINALS[count - 1] !== undefined ? [CJK_ORDINALS[count - 1]!] : []), ...(count === 2 ? ['两'] : [])];
		re = new RegExp(`(?<![0-9一二三四五六七八九十])(?:${written.join('|')})[个项条大类种方件]`);
		COUNTS_WRITTEN[count] = re;
	}
	return re;
}

function countLead(t: string, ch: string): number {
	let n = 0;
	while (t[n] === ch) n++;
	return n;
}

function countTail(t: string, ch: string): number {
	let n = 0;
	while (t[t.length - 1 - n] === ch) n++;
	return n;
}

/** The quoted lists of text[from, end) at depth 0 (…做到“早发现、早报告、早隔离、早治疗”): their insides. */
function quotedLists(text: string, from: number, end: number): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	for (const open of topLevel(text, from, end, '“')) {
		const close = text.indexOf('”', open + 1);
		if (close < 0 || close > end) continue;
		const inner = text.slice(open + 1, close);
		if (/[、，]/.test(inner) && !inner.includes('“')) out.push({ start: open + 1, end: close });
	}
	return out;
}

/** A group that lists what is left out, after a short subject or none (不包括…, 其范围不含…): no items of the formula. */
const LEFT_OUT = /^[\u4e00-\u9fff]{0,3}?(?:不包括|不包含|不含)/;

/**
 * Where what describes the list after it starts: a group that opens with 是 / 简称 / 旨在 / 目的是 / 其核心 … after a
 * list (…生态环境准入清单，是推进…的一项重要工作安排; …，简称“两重点一重大”), or one that lists what is left out
 * (…，不包括…). `end` when there is none.
 */
function descriptionStart(text: string, from: number, end: number): number {
	for (const at of topLevel(text, from, end, '，；。')) {
		if (at > from && (/^(?:是[^指]|简称|旨在|目的是|其核心|其主要|主要目的|这是|也称|又称|即为)/.test(text.slice(at + 1, at + 4)) || LEFT_OUT.test(text.slice(at + 1, at + 7)))) return at;
	}
	return end;
}

/** The inside of the brackets that close text[from, end) after a counted noun (四条岸线（…）, 4个…子企业（…）). */
function countedBracket(text: string, from: number, end: number): { start: number; end: number } | undefined {
	let e = end;
	while (e > from && /[\s。；，]/.test(text[e - 1]!)) e--;
	if (text[e - 1] !== '）') return undefined;
	let depth = 0;
	for (let k = e - 1; k >= from; k--) {
		if (text[k] === '）') depth++;
		else if (text[k] === '（' && --depth === 0) {
			const before = text.slice(from, k);
			if (k > from && /[0-9一二两三四五六七八九十][个项条家座所支大类种]/.test(before) && !/[、，]/.test(before)) return { start: k + 1, end: e - 1 };
			return undefined;
		}
	}
	return undefined;
}

/**
 * The last item without what follows it for the whole list, when it is much longer than the others: a noun after
 * 的 (有仁爱之心的高素质教师队伍 → 有仁爱之心; not when another item is a 的-phrase too) or after the end the other items share (农村承包地、宅基地、集体经营性建设用地
 * 管理制度改革 → …建设用地).
 */
function trimLastItem(items: Item[]): Item[] {
	if (items.length < 3) return items;
	const last = items[items.length - 1]!;
	const others = items.slice(0, -1);
	const longest = Math.max(...others.map((x) => x.text.length));
	if (last.text.length <= longest * 1.5 + 2) return items;
	const ends = new Set(others.map((x) => x.text.slice(-1)));
	let cut = -1;
	if (ends.size === 1) cut = last.text.lastIndexOf([...ends][0]!, last.text.length - 2) + 1;
	// Not at a 的 when another item is a 的-phrase of its own (有资质的建筑业、有开发经营活动的房地产开发经营业 of 五上):
	// the list names things so, and the last item's 的 is its own.
	if (cut <= 0 && !others.some((x) => x.text.indexOf('的') > 0)) {
		const de = last.text.indexOf('的');
		if (de >= 2) cut = de;
	}
	if (cut <= 0 || cut >= last.text.length) return items;
	return [...others, { start: last.start, end: last.start + cut, text: last.text.slice(0, cut) }];
}

/**
 * A key of one character and a noun (定包干 of 五定包干, 型社会 of 两型社会): when no item holds the whole key and every
 * item carries its first character where a key stands (定管护范围、定管护标准…; “资源节约型、环境友好型”社会), that
 * character is the key the items carry, and the rest names what the formula is.
 */
function headKey(text: string, from: number, end: number, part: NamePart): NamePart {
	const key = part.key;
	if (!key || part.measured || key.length < 3 || COUNT_CHARS.has(key[0]!)) return part;
	const items = splitGroups(text, from, end).flat();
	if (items.length < 2 || items.some((it) => it.text.includes(key))) return part;
	const head = key[0]!;
	return items.every((it) => {
		const f = fitOf(it, head);
		return f === 'start' || f === 'end';
	})
		? { ...part, key: head }
		: part;
}

/** Read the items of one part from text[start, end). */
export function readPart(text: string, start: number, end: number, part: NamePart, name: string): PartReading & { etc: boolean } {
	// A part of one item glossed on its own (一轴指成渝发展主轴，即…沿线地区): the gloss is its item.
	if (part.count === 1 && name !== '') {
		const it = span(text, listStart(text, start, end, name, false), descriptionStart(text, start, end));
		if (it) return { items: [sceneSetAside(text, it, part.key)], reliable: true, etc: false };
	}
	let from = listStart(text, start, end, name);
	// The list after 包括 is the parts of an item before it, not the formula's items (“两个平台”：科技创新平台，包括A、B、C等，
	// 以及公共服务平台).
	const glossed = from > start && part.key && (part.count ?? 0) >= 2 ? itemsGlossedByLists(text, start, from, end, part.key, name) : undefined;
	if (glossed) return { items: glossed, reliable: false, etc: false };
	// A list that carries the key where it stands, restated after ，即 (两翼指成渝地区双城经济圈北翼、南翼，即川东北渝东北地区、
	// 川南渝西地区): the items are the first list's.
	if (part.key && !part.measured && from > start + 2 && text[from - 1] === '即' && text[from - 2] === '，') {
		const first = splitGroups(text, start, from - 2);
		const then = splitGroups(text, from, end);
		if (first.length === 1 && fitsAll(first[0]!, part.key) && !(then.length > 0 && fitsAll(then[0]!, part.key))) {
			end = from - 2;
			from = start;
		}
	}
	const numbered = numberedSeries(text, from, end);
	if (numbered) return { items: numbered.items, reliable: !cutShort(numbered, part.count), etc: false };
	const named = namesGlossedInTurn(text, from, end, part.key);
	if (named) return { items: named, reliable: true, etc: false };
	end = descriptionStart(text, from, end);
	// A sentence after a list describes it (…建设城市形象标志工程。（岳阳网）): the list is the first sentence's.
	const stop = topLevel(text, from, end, '。')[0];
	if (stop !== undefined && splitGroups(text, from, stop).flat().length >= 2 && !text.slice(from, stop).includes('；')) end = stop;
	// 两江对应的四条岸线（则天路—西滨道、…）: a counted noun with its list in brackets.
	const bracket = countedBracket(text, from, end);
	if (bracket) return readPart(text, bracket.start, bracket.end, part, name);
	part = headKey(text, from, end, part);
	let { units, fit, level } = unitsOf(text, from, end, part.key, true);
	// A quoted list inside the gloss's sentence (…做到“早发现、早报告、早隔离、早治疗”; 指“A、B、C”三大攻坚战).
	if (!fit) {
		const lists = quotedLists(text, from, end);
		const inner = lists.map((l) => ({ l, u: unitsOf(text, l.start, l.end, part.key, false) }));
		const pick = inner.find((x) => x.u.fit) ?? (lists.length === 1 && (units.length < 2 || !part.key || inner[0]!.u.units.every((x) => x.text.includes(part.key!))) ? inner[0] : undefined);
		if (pick) ({ units, fit, level } = pick.u);
	}
	let items = level === 'items' ? restartAfterModifier(units) : units;
	const r = stripRestatement(items, part.count);
	items = r.items;
	if (!fit && level !== 'clauses') items = dropUnkeyedTail(text, items, part);
	if (level !== 'clauses') items = fitJoiner(items, part.count, part.key);
	if (!fit && level === 'groups') items = trimLastItem(items);
	// Units that carry the key where it stands are items as they are, or from their key on once their verb is dropped
	// (全市抓好10个…、引进10个… of “5个10”); else the first may hold the clause's verb.
	if (level === 'items') items = trimLastItem(items);
	if (fit && part.key) {
		const key = part.key;
		items = items.map((it, n) => (unquote(it.text).startsWith(key) || unquote(it.text).endsWith(key) ? it : stripLead(it, items.filter((_, m) => m !== n))));
		// A first 、-item much longer than the others opens with the clause (“十二五”期间在我市实施湘江流域…工程).
		// Not one that opens with the key (全面建设社会主义现代化国家 of 四个全面).
		if (level === 'items' && items.length > 1 && !unquote(items[0]!.text).startsWith(key)) items = [leadless(items[0]!, items.slice(1)), ...items.slice(1)];
	} else if (!fit) items = part.key ? alignFirstToKey(items, part.key) : items.length > 1 ? [leadless(items[0]!, items.slice(1)), ...items.slice(1)] : items;
	if (part.key && !part.measured) items = stripSharedSuffix(items, part.key);
	// A list is a list at the level of 、 and ；; groups taken for items without the key to show it are a guess.
	return { items, reliable: fit || level !== 'groups', etc: r.etc };
}

/**
 * Items each named in quotes and glossed in turn, every name carrying the key (“四雁”：“头雁”指…；“归雁”指…；…; “三色”
 * 资源：“红色”：…，“绿色”：…): the names are the items. The first opens the gloss; each other follows a ，；or 。. Undefined
 * when fewer than two.
 */
export function namesGlossedInTurn(text: string, from: number, end: number, key: string | undefined): Item[] | undefined {
	if (!key || text[from] !== '“') return undefined;
	const out: Item[] = [];
	// The names carry the key where the first does (头雁, 归雁: not 雁阵, a name of them all), each after the mark the second
	// follows (，…，…; ；…；…): a name after another mark (…，“古色”指…；“特色”：…) may open other words — no reading.
	let sep: string | undefined;
	for (let q = from; q >= 0 && q < end; q = text.indexOf('“', q + 1)) {
		if (q > from && !'，；。'.includes(text[q - 1]!)) continue;
		const close = text.indexOf('”', q + 1);
		if (close < 0 || close >= end || close - q > 12) break;
		const name = text.slice(q + 1, close);
		const first = out[0]?.text ?? name;
		if (!((first.startsWith(key) && name.startsWith(key)) || (first.endsWith(key) && name.endsWith(key))) || markerAfter(text, close + 1) < 0) {
			if (q === from) return undefined;
			continue;
		}
		if (q > from && (sep ??= text[q - 1]) !== text[q - 1]) return undefined;
		out.push({ start: q + 1, end: close, text: name });
	}
	return out.length >= 2 ? out : undefined;
}

/** The introducers of the parts of one thing (its members, not what it is). */
const PARTS_INTRODUCERS = ['主要包括', '具体包括', '包括', '包含', '涵盖'];
/** Words that join an item to the one before it at the start of its clause (，以及公共服务平台). */
const CLAUSE_JOINER = /^(?:以及|还有|和|及|与)/;

/**
 * A gloss that opens with an item of the formula — one phrase that ends with its key — and goes on, after a comma, to
 * list that item's parts (“两个平台”：科技创新平台，包括国家实验室、重点实验室、工程中心等，以及公共服务平台): the
 * formula's items are the comma clauses that end with its key (科技创新平台, 公共服务平台), the lists after 包括 theirs.
 * `from` is where the list after the introducer starts. Undefined when the gloss is not so.
 */
function itemsGlossedByLists(text: string, start: number, from: number, end: number, key: string, name: string): Item[] | undefined {
	const comma = topLevel(text, start, from, '，')[0];
	if (comma === undefined || topLevel(text, start, comma, '、；：').length > 0) return undefined;
	const intro = PARTS_INTRODUCERS.find((w) => text.startsWith(w, comma + 1));
	if (!intro || comma + 1 + intro.length !== from - (text[from - 1] === '：' ? 1 : 0)) return undefined;
	const first = span(text, start, comma);
	// (Not the formula restated, by its name or its count: 三角洲即长江三角洲，主要包括…; 三大攻坚战即三场攻坚战，包括….)
	if (!first || !unquote(first.text).endsWith(key) || (name !== '' && first.text.includes(name)) || COUNT_CHARS.has(unquote(first.text)[0]!) || /^[0-9]/.test(unquote(first.text))) return undefined;
	const out: Item[] = [];
	const cuts = topLevel(text, start, end, '，；。');
	let s = start;
	for (const c of [...cuts, end]) {
		const it = span(text, s, c);
		s = c + 1;
		if (!it || PARTS_INTRODUCERS.some((w) => it.text.startsWith(w)) || !unquote(it.text).endsWith(key)) continue;
		const joiner = CLAUSE_JOINER.exec(it.text)?.[0].length ?? 0;
		const clause: Item = { start: it.start + joiner, end: it.end, text: it.text.slice(joiner) };
		// A clause that lists items of its own, each ending with the key (，以及公共服务平台、成果转化平台): each an item.
		const listed = splitGroups(text, clause.start, clause.end).flat();
		const split = listed.length >= 2 ? listed : splitLastJoiner([clause]) ?? [clause];
		out.push(...(split.every((x) => unquote(x.text).endsWith(key)) ? split : [clause]));
	}
	return out;
}

/** A numeral key as the text writes it in figures too: 双百 → 百 or 100. */
export function keyForms(key: string): string[] {
	const figures: Record<string, string> = { 十: '10', 百: '100', 千: '1000', 万: '10000' };
	return figures[key] ? [key, figures[key]] : [key];
}

/** A figure in a clause: a digit, or a numeral of more than one place (一千二百, 三百, 二十). */
const FIGURE = /[0-9０-９]|[一二三四五六七八九两十][十百千万亿]/;

/**
 * 定岗、定编、定员，全市共核定编制1200名、岗位300个: after items that each carry the key where it stands, clauses after a
 * comma that hold it only inside a word (核定), state a figure (1200名, 一千二百名) and name what an item names (编 of 定编)
 * are what was done, not items (保基本民生、保工资、保运转，全力保障重点项目资金20亿元: 保障重点项目 is the fourth 保).
 * Returns how many items to keep, or undefined when no such tail follows.
 */
function reportedTail(text: string, items: readonly Item[], key: string, has: (it: Item) => boolean): number | undefined {
	let m = items.length;
	while (m > 0 && !atKeyPlace(items[m - 1]!, key) && (!has(items[m - 1]!) || FIGURE.test(items[m - 1]!.text))) m--;
	if (m < 2 || m === items.length) return undefined;
	const named = items.slice(0, m).map((it) => it.text.replace(key, '')).filter((o) => o !== '');
	const reports = (it: Item): boolean => has(it) && named.some((o) => it.text.includes(o));
	const afterComma = /[，；]/.test(text.slice(items[m - 1]!.end, items[m]!.start));
	return afterComma && items.slice(m).some(reports) && items.slice(0, m).every((it) => atKeyPlace(it, key)) ? m : undefined;
}

/**
 * Items after the last that carries the key, when the others before all do: what the list leads to, not an item of
 * it (双百：…面积超过100平方公里、常住人口超过100万人、从中等城市迈入大城市行列).
 */
function dropUnkeyedTail(text: string, items: Item[], part: NamePart): Item[] {
	if (!part.key || part.measured) return items;
	const forms = keyForms(part.key);
	// A key of one character and a noun (百城市 of an unquoted 双百城市：…) that no item holds: its character carries it.
	if (part.key.length > 1 && !items.some((it) => it.text.includes(part.key!))) forms.push(...keyForms(part.key[0]!));
	// 以上 in 规模以上工业 does not carry the key 上 of 五上.
	const has = (it: Item): boolean => forms.some((k) => it.text.replace(/以上|以下|之上|上下/g, '').includes(k));
	const done = reportedTail(text, items, part.key, has);
	if (done !== undefined) return items.slice(0, done);
	let n = items.length;
	while (n > 0 && !has(items[n - 1]!)) n--;
	if (n < 2 || n === items.length || !items.slice(0, n).every(has)) return items;
	// One 、-item more, of the same list, that the count wants and nothing else gives: an item whose key the noun written
	// once after it hides (签约一批、开工一批、竣工投产和达产达效重大项目 of 三个一批) — not a clause after a comma (…一支招商
	// 队伍，成效明显), nor what follows items that make the count once joined ones are split (电信网、广播电视网和计算机通信网的
	// 相互渗透、相互兼容).
	const keyedOnly = items.slice(0, n);
	if (n === items.length - 1 && items.length === part.count && text.slice(items[n - 1]!.end, items[n]!.start).trim() === '、' && splitLastJoiner(keyedOnly)?.length !== part.count) return items;
	return keyedOnly;
}

/**
 * The text a part's own name glosses inside a longer gloss: “两江”即A、B，“四岸”即…; 四县为…；五乡镇为…; 一城即…，
 * 一带即…，四大板块即…; “1”即…，“5”即…. Returns the start of each part's text (after its marker) and where its name
 * stands, or undefined when not every part is glossed so, in order.
 */
export function partHeads(text: string, start: number, end: number, parts: readonly NamePart[], digits: readonly string[] | undefined): { head: number; from: number }[] | undefined {
	const out: { head: number; from: number }[] = [];
	let at = start;
	for (let n = 0; n < parts.length; n++) {
		const p = parts[n]!;
		const found = digits ? codeHead(text, at, end) : cjkHead(text, at, end, p);
		if (!found) return undefined;
		out.push(found);
		at = found.from;
	}
	return out;
}

const MARKERS = ['是指', '就是', '含义为', '即', '指', '是', '为', '：', ':'];

/** After a part's name: its marker (即, 指, 是, 为, ：), maybe after a closing quote and a comma (七纵，即). */
function markerAfter(text: string, k: number): number {
	let i = k;
	if (text[i] === '”') i++;
	if (text[i] === '，' && text[i + 1] === '即') i++;
	const m = MARKERS.find((w) => text.startsWith(w, i));
	if (!m) return -1;
	i += m.length;
	if (text[i] === '：' || text[i] === ':') i++;
	return i;
}

function cjkHead(text: string, start: number, end: number, part: NamePart): { head: number; from: number } | undefined {
	if (!part.key || part.count === undefined) return undefined;
	for (let k = text.indexOf(part.key, start); k >= 0 && k < end; k = text.indexOf(part.key, k + 1)) {
		// The count before the key, maybe with a measure word (四大板块, 六大组团 for 四板块, 六组团).
		let c = k;
		if (MEASURES.has(text[c - 1] ?? '') && COUNT_CHARS.has(text[c - 2] ?? '')) c--;
		let s = c;
		while (s > start && COUNT_CHARS.has(text[s - 1]!)) s--;
		if (s === c) continue;
		const before = text[s - 1];
		if (before !== undefined && s > start && !/[“，。；：\s、0-9.．）)]/.test(before)) continue;
		const from = markerAfter(text, k + part.key.length);
		if (from > 0) return { head: s - (before === '“' ? 1 : 0), from };
	}
	return undefined;
}

/** A code's part glossed by its number in quotes (“1”即…, “N”指…): the next one, whatever its number (its count is the name's). */
export function codeHead(text: string, start: number, end: number): { head: number; from: number } | undefined {
	for (let k = text.indexOf('“', start); k >= 0 && k < end; k = text.indexOf('“', k + 1)) {
		const close = text.indexOf('”', k + 1);
		if (close < 0 || close - k > 5 || !/^[0-9NnXx]{1,3}$/.test(text.slice(k + 1, close))) continue;
		const from = markerAfter(text, close + 1);
		if (from > 0) return { head: k, from };
	}
	return undefined;
}

/** The verbs that say an indicator rose, fell or held, by the key of a change formula (五升两降一平, 三增两减). */
const CHANGE_VERBS: Readonly<Record<string, readonly string[]>> = {
	升: ['增长', '上升', '提高', '增加', '提升', '回升', '上涨'],
	增: ['增长', '上升', '提高', '增加', '提升', '回升', '上涨'],
	涨: ['增长', '上升', '提高', '增加', '上涨'],
	降: ['下降', '减少', '降低', '回落', '下滑', '下跌'],
	减: ['下降', '减少', '降低', '回落', '下滑'],
	跌: ['下降', '下跌', '回落'],
	平: ['持平', '不变', '平稳', '稳定'],
};

/** Words between an indicator and its verb: 分别, 均, 同比 … */
const ADVERB_ENDS = ['分别', '均', '都', '同比', '比上年', '较上年'];

/** Is the formula a change formula: every part's key a direction (升 降 平 增 减)? */
function isChangeFormula(parts: readonly NamePart[]): boolean {
	return parts.length >= 2 && parts.every((p) => p.key !== undefined && CHANGE_VERBS[p.key] !== undefined);
}

/**
 * A change formula's items: the indicators that rose, fell or held, each counted in its part by the verb that follows
 * it or closes its group (地区生产总值、工业增加值增长，进出口总额下降，…持平). An item that is only a figure
 * (分别增长5%、3%) is none.
 */
function readChanges(text: string, start: number, end: number, parts: readonly NamePart[]): PartsReading | undefined {
	const verbs = parts.map((p) => CHANGE_VERBS[p.key!]!);
	const out: RawPart[] = parts.map((p) => ({ ...p, items: [] }));
	const classOf = (t: string): { n: number; at: number } => {
		let best = { n: -1, at: -1 };
		verbs.forEach((vs, n) => {
			for (const v of vs) {
				let at = t.indexOf(v);
				// 增加值, 增长率: the name of an indicator, not its change.
				while (at >= 0 && /[值率]/.test(t[at + v.length] ?? '')) at = t.indexOf(v, at + 1);
				if (at >= 0 && (best.at < 0 || at < best.at)) best = { n, at };
			}
		});
		return best;
	};
	for (const g of splitGroups(text, start, end)) {
		const closing = classOf(g[g.length - 1]!.text);
		for (const it of g) {
			const own = classOf(it.text);
			const c = own.n >= 0 ? own : closing;
			if (c.n < 0) continue;
			let name = own.n >= 0 ? it.text.slice(0, own.at) : it.text;
			for (let w = ADVERB_ENDS.find((x) => name.endsWith(x)); w; w = ADVERB_ENDS.find((x) => name.endsWith(x))) name = name.slice(0, -w.length);
			if (!/[\u4e00-\u9fff]{2}/.test(name)) continue;
			out[c.n]!.items.push({ start: it.start, end: it.start + name.length, text: name });
		}
	}
	if (out.some((p) => p.items.length === 0)) return undefined;
	return { parts: out, reliable: true, etc: out.map(() => false) };
}

/** How sure a multi-part reading is, and the parts filled. */
export interface PartsReading {
	parts: RawPart[];
	reliable: boolean;
	etc: boolean[];
}

/** Does the unit carry the key at all (or, for a key of two or more characters, its first character at its start)? */
function carries(u: Item, key: string | undefined): boolean {
	return !!key && fitOf(u, key) !== undefined;
}

/**
 * Items for each part of a multi-part formula from text[start, end): one clause or one group per part when they fall
 * so; else each unit goes to the part whose key it carries (at its start, then its end, then inside), in any order,
 * a unit that carries none going with the part before it; the last part, of one item, takes the rest.
 */
export function readParts(text: string, start: number, end: number, parts: readonly NamePart[], name: string): PartsReading | undefined {
	const fill = (spans: { start: number; end: number }[], reliable: boolean): PartsReading => {
		// One clause or group per part, each carrying its key: the alignment is what makes the reading sure.
		const out: RawPart[] = [];
		const etc: boolean[] = [];
		parts.forEach((p, n) => {
			const r = readPart(text, spans[n]!.start, spans[n]!.end, p, name);
			out.push({ ...p, items: r.items });
			etc.push(r.etc);
		});
		return { parts: out, reliable, etc };
	};
	const from = listStart(text, start, end, name);
	end = descriptionStart(text, from, end);
	if (isChangeFormula(parts)) return readChanges(text, from, end, parts);
	// A quoted list inside the gloss that holds every part's key (以“查安全隐患、查不稳定因素、查干部作风，促社会和谐”为主题).
	const quoted = quotedLists(text, from, end).find((l) => parts.every((p) => p.key && text.slice(l.start, l.end).includes(p.key)));
	if (quoted && !parts.every((p) => p.key && text.slice(from, quoted.start - 1).includes(p.key))) return readParts(text, quoted.start, quoted.end, parts, name);
	const clauses = clausesOf(text, from, end);
	if (clauses.length === parts.length && clauses.every((c, n) => carries(c, parts[n]!.key))) return fill(clauses, true);
	const groups = splitGroups(text, from, end);
	const byGroup = groupUnits(groups, text);
	// One group per part, each carrying its key and none an item that opens with another part's key (拼招引、提质量，…).
	const ownGroup = (g: readonly Item[], n: number): boolean =>
		g.every((it) => (parts[n]!.key !== undefined && it.text.includes(parts[n]!.key)) || parts.every((p, m) => m === n || !p.key || !unquote(it.text).startsWith(p.key)));
	if (byGroup.length === parts.length && byGroup.every((g, n) => carries(g, parts[n]!.key) && ownGroup(groups[n]!, n))) return fill(byGroup, true);
	// Units: the items, or the groups when the groups carry the keys where they stand and the items do not.
	const items = groups.flat();
	const positional = (us: readonly Item[]): number => us.filter((u) => parts.some((p) => p.key && (fitOf(u, p.key) === 'start' || fitOf(u, p.key) === 'end'))).length;
	// Groups before the first that carries a key describe the formula (我市在查找“四风”方面存在的具体问题，主要是…).
	let lead = 0;
	while (lead < byGroup.length - 1 && !parts.some((p) => carries(byGroup[lead]!, p.key))) lead++;
	const keyedGroups = byGroup.slice(lead);
	let units = keyedGroups.length >= 2 && positional(keyedGroups) === keyedGroups.length && positional(items) < items.length ? keyedGroups : items;
	// An item that holds two parts' keys across a joiner is two items (资源利用上线和生态环境准入清单; 丝绸之路经济带和21世纪
	// 海上丝绸之路: each half carries its part's key where a key stands, whatever else it holds).
	const keys = parts.map((p) => p.key ?? '\u0000');
	units = units.flatMap((it) => {
		const split = splitLastJoiner([it]);
		if (split && keys.some((k, n) => split[0]!.text.includes(k) && keys.slice(n + 1).some((k2) => split[1]!.text.includes(k2) && (!split[0]!.text.includes(k2) || (atKeyPlace(split[0]!, k) && atKeyPlace(split[1]!, k2)))))) return split;
		// …成都双流国际机场一体化规划: one part's key ends the item where the next part's begins.
		for (let n = 0; n + 1 < keys.length; n++) {
			let at = it.text.indexOf(keys[n + 1]!);
			while (at > 0 && COUNT_CHARS.has(it.text[at - 1]!)) at--;
			if (at > 0 && it.text.slice(0, at).endsWith(keys[n]!)) {
				return [
					{ start: it.start, end: it.start + at, text: it.text.slice(0, at) },
					{ start: it.start + at, end: it.end, text: it.text.slice(at) },
				];
			}
		}
		return [it];
	});
	const out: RawPart[] = parts.map((p) => ({ ...p, items: [] }));
	let current = -1;
	// Sure when every unit carries a key, and either where the key stands or with the parts in their order.
	let sure = true;
	let atKeys = true;
	let ordered = true;
	for (let u = 0; u < units.length; u++) {
		const it = units[u]!;
		const last = parts.length - 1;
		// The last part, of one item, takes the rest: …培训法规化，加强煤矿的监管，落实监管队伍的责任.
		if (current === last && parts[last]!.count === 1 && out[last]!.items.length === 1) {
			const first = out[last]!.items[0]!;
			out[last]!.items = [{ start: first.start, end: it.end, text: text.slice(first.start, it.end) }];
			continue;
		}
		let best = -1;
		let rank = 4;
		parts.forEach((p, n) => {
			if (!p.key) return;
			const f = fitOf(n === 0 && current < 0 ? stripLead(it) : it, p.key);
			const r = f === 'start' ? 0 : f === 'end' ? 1 : f === 'inside' ? 2 : 4;
			// Parts in order: a later part's key inside an item does not take it from the part it is in.
			if (r < rank || (r === rank && r === 2 && n === current + 1)) {
				best = n;
				rank = r;
			}
		});
		if (rank === 2 && current >= 0 && best !== current + 1 && parts[current]!.key && it.text.includes(parts[current]!.key!)) best = current;
		if (best < 0) {
			// Before any part: what describes the formula. After one: the item goes with its part.
			if (current < 0) continue;
			best = current;
			sure = false;
		}
		if (rank === 2) atKeys = false;
		if (best < current) ordered = false;
		current = Math.max(current, best);
		out[best]!.items.push(it);
	}
	if (out.some((p) => p.items.length === 0)) {
		// Parts of one item each, their keys not in their items (一老一小：特殊困难老年人养老服务工作，困境儿童关爱保护工作):
		// one group, or one item, per part in order.
		if (!parts.every((p) => p.count === 1)) return undefined;
		const seq = byGroup.length === parts.length ? byGroup : items.length === parts.length ? items : joinedUnits(byGroup, text).length === parts.length ? joinedUnits(byGroup, text) : undefined;
		if (!seq) return undefined;
		return { parts: parts.map((p, n) => ({ ...p, items: [seq[n]!] })), reliable: false, etc: parts.map(() => false) };
	}
	sure = sure && (atKeys || ordered);
	const etc: boolean[] = [];
	for (const p of out) {
		let items = p.items;
		const r = stripRestatement(items, p.count);
		items = fitJoiner(r.items, p.count, p.key);
		p.items = p.key ? stripSharedSuffix(alignFirstToKey(items, p.key), p.key) : items;
		etc.push(r.etc);
	}
	return { parts: out, reliable: sure, etc };
}
