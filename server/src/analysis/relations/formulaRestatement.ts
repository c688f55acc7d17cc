/**
 * A formula named again: the same numbered formula (数字化提法) stated twice in one document counts the same set —
 * 做实“四篇文章” … 全力做实“四篇文章”; 三大攻坚战（…） … 打赢三大攻坚战. Its counts are figures in words, which no claim
 * reads, so each occurrence's count becomes a claim of its own and the occurrences one restatement relation; a count
 * that disagrees with the others (“三块金字招牌” … “四块金字招牌”) makes the relation fail (claim.restatement).
 *
 * The same formula: the same noun after the numeral and its measure word, named in quotes, a well-known name of the
 * glossary, or a formula the document expands with its items (an occurrence written exactly as one of these joins it).
 * Not the same: two formulas of that noun that list different items, a count the text says changed
 * (由“三个一批”拓展为“四个一批”, both counts in one sentence), generic words unquoted (三个方面 / 五个方面), a
 * sub-formula (“第一个百年”: no count first).
 */
import type { Claim, Formula, Quantity, Relation, Section, Span } from '../types';
import { afterLast } from '../text/trim';
import { FRAME_WINDOW, type Frame, frameBefore, NOT_THE_LISTED, NOT_THE_LISTED_WINDOW, SENTENCE_ENDS } from '../parse/frames';
import { CharSet, isCjk } from '../text/chars';
import { AIM_WORDS, COMING_WORDS, WHOLE_REGION, YEAR_IN_DIGITS_WORDS } from '../parse/reading';
import { isProseClaim, proseClaimOf } from '../claimModel';
import { itemKeys, lookupGlossary } from '../glossary/index';
import { GENERIC_WORD, GENERIC_WORDS } from '../parse/formulaNames';

/** Measure words between a formula's numeral and its noun (四篇文章, 三大攻坚战, 十项重大工程). */
const MEASURE = /^[个项大块篇条类件批张次场级道支化]/;
/** A formula's numeral: 双 counts two alone (双减, 双拥; 双一流's noun is 一流), the others as a run (十四, 一百). */
const NUMERAL = /^(?:双|[一二两三四五六七八九十百千]+)/;
/** Nouns headed by a generic word name a family of programmes (十大专项行动 / 五大专项行动): their counts may differ. */
const GENERIC_HEAD = new RegExp(`(?:${GENERIC_WORDS})$`);
/** A count the text says changed, just before the formula: 拓展为“四个一批”, 升级为, 增加到, 扩大至; a new formula: 打造新的“四个高地”. */
const CHANGED = /(?:拓展|扩展|升级|调整|增加|增至|扩大|扩充|提升|拓宽|发展|改|变|由|从|到|为|至|成|新的|新一轮|新一批)[“"]?$/;
/** How far before a formula a word of change is looked for. */
const CHANGE_WINDOW = 6;
/** Sentence ends: two counts of one noun in one sentence are a change or a contrast, never a restatement. */
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}]`);
/**
 * A numeral before a word of time counts years or months, not a listed set (“十年禁渔”, “三年成势、五年成型”); 二 alone
 * is an ordinal or a tier (“一线”放开、“二线”管住; a set of two is 两个 / 两大).
 */
const DURATION = /^[年月日天周岁]/;
/** Counts this large name rankings or round targets (百强, 千村), not one listed set. */
const MAX_COUNT = 99;

export interface Occurrence {
	readonly formula: number;
	readonly count: number;
	readonly span: Span;
	readonly text: string;
	readonly unit: string;
	readonly noun: string;
	/** Quoted, of the glossary, or expanded by the document: it names a formula on its own. */
	readonly named: boolean;
	/**
	 * Named only as a well-known name of the glossary written unquoted (坚持四项基本原则): it restates its like, but a
	 * quoted count of its noun that differs may be a local formula of its own (三大攻坚战 … 我市“四大攻坚战”).
	 */
	readonly unquotedName: boolean;
	/** Where the formula whose items name this one starts (…等四个专项工作: its frame is this one's too). */
	readonly outer?: number;
}

/**
 * A formula inside another stands as one of the items its list names (…城市管理“五难”治理专项行动等四个专项工作): an
 * occurrence of its own; inside the other's own text (56373 → 六个一, 373) it is a part of that one's name.
 */
export function inItems(f: Formula, formulas: readonly Formula[]): boolean {
	const items = f.parent === undefined ? undefined : formulas[f.parent]?.expansion?.span;
	return items !== undefined && f.span.start >= items.start && f.span.end <= items.end;
}

/**
 * A formula's occurrence: a Chinese-number formula of one numeral (“四篇文章”, 三大攻坚战), or a listed set named so without a
 * measure word (碳排放总量和强度双控制度: 双控, its items listed before it), whose name may be written again (双控目标).
 */
function occurrenceOf(f: Formula, i: number, formulas: readonly Formula[]): Occurrence | undefined {
	const listedName = f.kind === 'enumeration' && f.verdict === 'ok' && !f.etc && /^[双两三四五六七八九十][\u4e00-\u9fff]$/.test(f.text) && !MEASURE.test(f.text.slice(1));
	if ((f.kind !== 'cjk' && !listedName) || (f.parent !== undefined && !inItems(f, formulas)) || f.children.length > 0) return undefined;
	if (f.parts.length !== 1) return undefined;
	const count = f.parts[0]!.count;
	// (三百工程 read as three things of 百 — see magnitudeEntry in parse/formulas/quoted.ts — is 三 and the noun 百工程, not 三百 and 工程.)
	const run = NUMERAL.exec(f.text)?.[0];
	const numeral = run !== undefined && run.length === 2 && '十百千'.includes(run[1]!) && '两三四五六七八九'.indexOf(run[0]!) + 2 === count ? run[0] : run;
	if (count === undefined || count < 2 || count > MAX_COUNT || !numeral) return undefined;
	const rest = f.text.slice(numeral.length);
	const unit = rest.length > 1 ? (MEASURE.exec(rest)?.[0] ?? '') : '';
	const noun = rest.slice(unit.length);
	if (noun === '' || numeral === '二' || DURATION.test(noun)) return undefined;
	const expanded = f.expansion !== undefined && f.expansion.source !== 'headings' && f.verdict === 'ok' && !GENERIC_WORD.test(noun);
	// A well-known name of the glossary names its formula quoted or not (坚持四项基本原则 … 四项基本原则的教育).
	const named = f.quoted || f.glossary !== undefined || expanded;
	const unquotedName = !named && lookupGlossary(f.text) !== undefined;
	const end = f.span.start + numeral.length + unit.length;
	const outer = f.parent === undefined ? undefined : formulas[f.parent]!.span.start;
	return { formula: i, count, span: { start: f.span.start, end }, text: f.text.slice(0, numeral.length + unit.length), unit, noun, named: named || unquotedName, unquotedName, outer };
}

/** The items an expanded formula lists, as one key (undefined when it lists none). */
function itemsOf(f: Formula): string | undefined {
	return f.verdict === 'ok' && f.expansion ? f.parts[0]!.items.join('、') : undefined;
}

/** The index of the first quantity whose span starts at or after `start` (quantities are in text order). */
export function quantityAt(quantities: readonly Quantity[], span: Span): number {
	let lo = 0;
	let hi = quantities.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (quantities[mid]!.span.end <= span.start) lo = mid + 1;
		else hi = mid;
	}
	const q = quantities[lo];
	return q && q.span.start < span.end && span.start < q.span.end ? lo : -1;
}

/**
 * The whole a formula's occurrence belongs to, when the words just before it name one: 全省“八大发展战略” / 我市“三大发展
 * 战略”, 省委“五大战略” / 县委“三大战略” are the formulas of two wholes. Returns the level (省 / 市 / …), '' when none.
 */
const SCOPE_BEFORE = /(?:全|我|本)?(国家|国|省|市|县|区|州|盟|旗|镇|乡|中央)(?:委|政府|级|里)?[“"]?$/;
/** How far before a formula its whole is looked for (the scope word and a quote). */
const SCOPE_WINDOW = 5;
function scopeOf(text: string, o: Occurrence): string {
	return scopeBefore(text, o.span.start) || (o.outer === undefined ? '' : scopeBefore(text, o.outer));
}
/** The whole named just before `at` ('' when none); an item's whole is also its list's (全省“五大行动”：…“五张名片”…). */
function scopeBefore(text: string, at: number): string {
	const m = SCOPE_BEFORE.exec(text.slice(Math.max(0, at - SCOPE_WINDOW), at));
	return m ? (m[1] === '中央' || m[1] === '国家' ? '国' : m[1]!) : '';
}

/** The frame an occurrence of a formula speaks in (parse/frames), its list's when it is an item of one. */
function frameOf(text: string, o: Occurrence): Frame {
	const own = frameBefore(text, o.span.start);
	if (o.outer === undefined) return own;
	// An item of a list speaks in its list's frame too (去年确定的“五大行动”：…“三张名片”…).
	const list = frameBefore(text, o.outer);
	return { year: own.year || list.year, mode: own.mode || list.mode, part: own.part || list.part };
}
/** Do the occurrences of differing counts name two wholes (省 / 市), two years (去年 / 今年), a target and a result, or a part? */
function twoFrames(text: string, group: readonly Occurrence[]): boolean {
	const scopes = new Set<string>();
	const years = new Set<string>();
	const modes = new Set<string>();
	for (const o of group) {
		const frame = frameOf(text, o);
		if (frame.part) return true;
		scopes.add(scopeOf(text, o));
		years.add(frame.year);
		modes.add(frame.mode);
	}
	scopes.delete('');
	years.delete('');
	modes.delete('');
	return scopes.size > 1 || years.size > 1 || modes.size > 1;
}

/** Is the group's disagreement one the text explains: a word of change before a count, two counts in one sentence, or two wholes or years? */
export function explained(text: string, group: readonly Occurrence[]): boolean {
	if (twoFrames(text, group)) return true;
	for (let k = 0; k < group.length; k++) {
		const o = group[k]!;
		const quoteAt = text[o.span.start - 1] === '“' || text[o.span.start - 1] === '"' ? 1 : 0;
		if (CHANGED.test(text.slice(Math.max(0, o.span.start - CHANGE_WINDOW - quoteAt), o.span.start))) return true;
		const next = group[k + 1];
		if (next && next.count !== o.count && !SENTENCE_END.test(text.slice(o.span.end, next.span.start))) return true;
	}
	return false;
}

/**
 * Can counts that differ be one formula miscounted? Not when the text explains them; only names of one measure word
 * and a specific noun (五大中心 / 四个中心, 三个一批 / 七个一批, 三连冠 / 五连冠, 三大工程 / 七大工程 are families of
 * formulas, not one set; so are nouns headed by a generic word: 十大专项行动 / 五大专项行动).
 */
function disagrees(text: string, group: readonly Occurrence[]): boolean {
	const o = group[0]!;
	if (o.unit === '' || o.noun.length < 2 || NUMERAL.test(o.noun) || GENERIC_HEAD.test(o.noun)) return false;
	return group.every((g) => g.unit === o.unit) && !explained(text, group);
}

/** The least characters of a noun whose two counts, once each, are one formula miscounted (金字招牌; not 确保: 五个确保 / 六个确保). */
const SPECIFIC_NOUN = 3;

/**
 * The count the group's formula has: that of its expansion, else of the glossary's name, else that of a strict majority
 * of two or more; two counts once each only for a specific noun (the first's). Undefined: no count to hold the others to.
 */
function referenceCount(group: readonly Occurrence[], formulas: readonly Formula[]): number | undefined {
	const expanded = group.find((o) => itemsOf(formulas[o.formula]!) !== undefined);
	if (expanded) return expanded.count;
	const known = group.find((o) => formulas[o.formula]!.glossary !== undefined);
	if (known) return known.count;
	const votes = new Map<number, number>();
	for (const o of group) votes.set(o.count, (votes.get(o.count) ?? 0) + 1);
	// Two against one of a two-character noun may be two slogans of one name (“三个三明” / “四个三明”): three at least.
	const least = group[0]!.noun.length >= SPECIFIC_NOUN ? 2 : 3;
	for (const [count, n] of votes) if (n >= least && n * 2 > group.length) return count;
	return group.length === 2 && group[0]!.noun.length >= SPECIFIC_NOUN ? group[0]!.count : undefined;
}

/**
 * Appends to `claims` a claim per count of a formula named again and to `relations` one restatement relation per
 * formula (its occurrences in text order). Returns the occurrences of each formula whose counts agree (indices into
 * `formulas`), for shareRestatedItems. Linear: one pass over the formulas, one over each noun's occurrences.
 */
export function relateFormulaCounts(text: string, formulas: readonly Formula[], quantities: readonly Quantity[], claims: Claim[], relations: Relation[], outline: readonly Section[]): Occurrence[][] {
	const agreed: Occurrence[][] = [];
	const byNoun = new Map<string, Occurrence[]>();
	const namedTexts = new Set<string>();
	/** Texts named otherwise than as an unquoted well-known name: an occurrence written so joins any group. */
	const firmTexts = new Set<string>();
	const all: Occurrence[] = [];
	formulas.forEach((f, i) => {
		const o = occurrenceOf(f, i, formulas);
		if (!o) return;
		all.push(o);
		if (o.named) namedTexts.add(f.text);
		if (o.named && !o.unquotedName) firmTexts.add(f.text);
	});
	// A name the document gives (quoted, listed) written again where no formula was read (强化碳排放“双控” … 碳排放双控等完成
	// 省定目标): an occurrence of it too, in text order.
	const again = writtenAgain(text, formulas, all, firmTexts);
	if (again.length > 0) {
		all.push(...again);
		all.sort((a, b) => a.span.start - b.span.start);
	}
	/** Occurrences that join only as unquoted well-known names (relating counts that agree, never blaming one that differs). */
	const loose = new Set<Occurrence>();
	for (const o of all) {
		// An occurrence written exactly as a named one joins it (三大攻坚战 after 三大攻坚战（…）).
		if (!o.named && !namedTexts.has(formulas[o.formula]!.text)) continue;
		if (!firmTexts.has(formulas[o.formula]!.text)) loose.add(o);
		// A name of 双 is not one of 两 (“双高”培育工程 / “两高”沿线: talents, railways): each joins only its own.
		const key = o.text === '双' ? `双|${o.noun}` : o.noun;
		const list = byNoun.get(key);
		if (list) list.push(o);
		else byNoun.set(key, [o]);
	}
	for (const joined of byNoun.values()) {
		const noun = joined[0]!.noun;
		// Counts that differ, one side an unquoted well-known name: the text does not tell a miscount (“五项基本原则”) from
		// a local formula of the noun (三大攻坚战 … 我市“四大攻坚战”); only the others are held to each other.
		const group = joined.some((o) => o.count !== joined[0]!.count) ? joined.filter((o) => !loose.has(o)) : joined;
		if (group.length < 2) continue;
		// Two lists of different items under one noun are two formulas.
		const lists = new Set(group.map((o) => itemsOf(formulas[o.formula]!)).filter((s) => s !== undefined));
		if (lists.size > 1) continue;
		const differs = group.some((o) => o.count !== group[0]!.count);
		// Two of one count that one sentence coordinates (甲县“双创”示范基地和乙县“双创”示范基地) are two of a kind.
		if (!differs && coordinatesTwo(text, group)) continue;
		const reference = !differs ? group[0]!.count : disagrees(text, group) ? referenceCount(group, formulas) : undefined;
		if (reference === undefined) {
			// A family of formulas of one noun (“两新” / “四新”, “三化” / “五化”), or a disagreement with no count to hold the
			// others to: each formula of it named again, written alike, is restated.
			for (const same of writtenAlike(text, group, formulas)) {
				relateGroup(same, same[0]!.count, noun, formulas, quantities, claims, relations);
				agreed.push(same);
			}
			continue;
		}
		relateGroup(group, reference, noun, formulas, quantities, claims, relations);
		if (group.every((o) => o.count === reference)) agreed.push(group);
	}
	relateListedSets(text, formulas, claims, relations, outline);
	relateSetsNamedAgain(text, formulas, quantities, claims, relations);
	return agreed;
}

/** The most names of one first character looked for unquoted (a document names a few formulas of each numeral). */
const NAMES_PER_CHAR = 8;
/** Characters right before a name that make it part of another word or figure: a numeral, an opening quote, a digit. */
const NOT_BEFORE_NAME = /[一二两三四五六七八九十百千万双“"‘0-9]/;

/**
 * A change or a result its second character begins (亏损户数和亏损额双减少, 收入和支出两新高, 双创新高): 双/两 and what two things
 * achieve, a word of its own, not the name (“双减”, “两新”, “双创”) written again.
 */
const RESULT_AFTER_NAME = /^(?:减少|减轻|增加|增长|下降|上升|提升|提高|创新|新高|新低|突破)/;

/** How far before a name written again the opening of its list's first item is looked for (分解碳排放双控目标). */
const ITEMS_BEFORE = 6;
/** The characters of a first item that name it (碳排 of 碳排放总量; 成 of 成、渝). */
const ITEM_OPENING = 2;

/**
 * A listed set's name written again names the same set only with what it counts said right before it, as where it was
 * listed (碳排放总量和强度双控 … 分解碳排放双控目标; 成渝地区双城经济圈 … 成渝地区双城): the opening of its first item within
 * ITEMS_BEFORE characters of its clause. A name of two alone (东西双向互济 … “技术+机制”双向发力; 川渝两地 … 两地群众) counts
 * any two.
 */
function itemsBefore(text: string, at: number, source: Formula): boolean {
	const first = source.parts[0]?.items[0];
	if (first === undefined || first === '') return false;
	const before = afterLast(text.slice(Math.max(0, at - ITEMS_BEFORE), at), '，,。；;：:、！？\n');
	return before.includes(first.slice(0, ITEM_OPENING));
}

/**
 * The occurrences of a formula's name written again unquoted, outside every formula read (…分解碳排放双控目标, 协同推进…碳
 * 排放双控 after 碳排放总量和强度双控制度; 碳排放双控等 after 强化碳排放“双控”): names of two characters, a numeral and a noun
 * with no measure word (双控, 三带, 两网), that the document gives firmly (`firm`: quoted, listed with their items), each
 * such place an occurrence of the named formula (its index: the first formula of that text); a listed set's name only
 * with what it counts said right before it (itemsBefore). Not inside another formula
 * (“一核一谷三带”, “三边三地”: a part of its name), nor after a numeral or a quote (十三带, “双控”: read as such). Linear: one
 * pass over the text, at most NAMES_PER_CHAR names tried where a name's first character stands.
 */
function writtenAgain(text: string, formulas: readonly Formula[], all: readonly Occurrence[], firm: ReadonlySet<string>): Occurrence[] {
	// By the code of the name's first character: the pass asks at every character of the document, and `text[i]` would
	// make a one-character string for each.
	const byFirst = new Map<number, Occurrence[]>();
	for (const o of all) {
		const name = formulas[o.formula]!.text;
		// Not a count and its measure word (“四项”补贴 … 安全生产四项指标: 四项 counts any four).
		if (name.length !== 2 || o.unit !== '' || MEASURE.test(name[1]!) || !firm.has(name)) continue;
		const list = byFirst.get(name.charCodeAt(0)) ?? [];
		if (list.length < NAMES_PER_CHAR && !list.some((x) => formulas[x.formula]!.text === name)) list.push(o);
		byFirst.set(name.charCodeAt(0), list);
	}
	const out: Occurrence[] = [];
	if (byFirst.size === 0) return out;
	// The first characters as a CharSet, asked first: a bit test at each character, the map only where a name may start.
	const firsts = new CharSet([...byFirst.keys()].map((c) => String.fromCharCode(c)));
	let f = 0;
	for (let i = 1; i + 1 < text.length; i++) {
		if (!firsts.has(text.charCodeAt(i))) continue;
		const named = byFirst.get(text.charCodeAt(i));
		if (named === undefined) continue;
		while (f < formulas.length && formulas[f]!.span.end <= i) f++;
		// Formulas are in document order; one that starts before i and reaches past it holds it (a few nest: look at two).
		let inside = false;
		for (let k = f; k < formulas.length && k < f + 2; k++) if (formulas[k]!.span.start <= i + 1 && formulas[k]!.span.end > i) inside = true;
		if (inside || NOT_BEFORE_NAME.test(text[i - 1]!) || RESULT_AFTER_NAME.test(text.slice(i + 1, i + 3))) continue;
		for (const o of named) {
			const source = formulas[o.formula]!;
			if (text[i + 1] !== source.text[1] || (source.kind === 'enumeration' && !itemsBefore(text, i, source))) continue;
			out.push({ formula: o.formula, count: o.count, span: { start: i, end: i + 1 }, text: source.text[0]!, unit: '', noun: o.noun, named: false, unquotedName: false });
			break;
		}
	}
	return out;
}

/**
 * A listed set named again without its members, its count one no claim reads (蓝天、碧水、绿地、宁静四大行动 … 持续推进蓝天、碧水、
 * 绿地、宁静四大行动; …三明农科院六大科技研发平台 … 继续抓好抓实六大科技研发平台): formulaModel binds the mention to the list
 * (resolveListedSetsNamedAgain: expansion `restated`, the same count, name and frame), or lists the same members again
 * under a name of the same opening: the counts are one restatement. Counts the prose reads are relateListedSets'. Linear:
 * one pass over the formulas.
 */
function relateSetsNamedAgain(text: string, formulas: readonly Formula[], quantities: readonly Quantity[], claims: Claim[], relations: Relation[]): void {
	/** The occurrences by the first characters of their name and the items they are bound to. */
	const bySet = new Map<string, Occurrence[]>();
	formulas.forEach((f, i) => {
		if (f.kind !== 'enumeration' || f.verdict !== 'ok' || f.etc || f.expansion === undefined || f.parts.length !== 1 || f.parent !== undefined) return;
		const source = f.expansion.source;
		const count = f.parts[0]!.count;
		if ((source !== 'restated' && source !== 'before' && source !== 'after' && source !== 'brackets') || count === undefined || count < 2) return;
		const quantity = quantityAt(quantities, f.span);
		if (quantity >= 0 && proseClaimOf(claims, quantity) >= 0) return;
		const noun = setNameAfter(text, f.span, NAME_OPENING);
		if (noun === undefined) return;
		const unit = f.text.length > 1 && MEASURE.test(f.text.slice(-1)) ? f.text.slice(-1) : '';
		const o: Occurrence = { formula: i, count, span: f.span, text: f.text, unit, noun, named: true, unquotedName: false };
		const key = `${noun.slice(0, NAME_OPENING)}|${f.parts[0]!.items.join('、')}`;
		const list = bySet.get(key);
		if (list === undefined) bySet.set(key, [o]);
		else list.push(o);
	});
	for (const group of bySet.values()) if (group.length >= 2) relateGroup(group, group[0]!.count, group[0]!.noun, formulas, quantities, claims, relations);
}

/**
 * The occurrences of a group written alike (one formula's text), two or more of each, in text order; none of a text two of
 * whose occurrences one sentence coordinates (宝安“八园连通”和东湖、洪湖公园等罗湖“八园连通”: two sets, not one named again).
 */
function writtenAlike(text: string, group: readonly Occurrence[], formulas: readonly Formula[]): Occurrence[][] {
	const byText = new Map<string, Occurrence[]>();
	for (const o of group) {
		const key = formulas[o.formula]!.text;
		const list = byText.get(key);
		if (list === undefined) byText.set(key, [o]);
		else list.push(o);
	}
	return [...byText.values()].filter((list) => list.length >= 2 && !coordinatesTwo(text, list));
}

/** Does one sentence coordinate two occurrences next to each other in `list` (text order)? */
function coordinatesTwo(text: string, list: readonly Occurrence[]): boolean {
	return list.some((o, k) => k > 0 && coordinated(text, list[k - 1]!, o));
}

/** The characters between two names one sentence coordinates (…宝安“八园连通”和东湖、洪湖公园等罗湖“八园连通”): a bound. */
const COORDINATION_REACH = 30;

/** Does one sentence join two occurrences by 和, 与, 及 or 、 (two of a kind, each its own)? */
function coordinated(text: string, a: Occurrence, b: Occurrence): boolean {
	if (b.span.start - a.span.end > COORDINATION_REACH) return false;
	const between = text.slice(a.span.end, b.span.start);
	return !SENTENCE_END.test(between) && /[和与及、]/.test(between);
}

/**
 * A formula named again without its items where another of its occurrences lists them (“六稳” in the review, its items in
 * the 名词解释 at the end; 三大攻坚战 named, then taken up one by one where it is named again): those items are its own,
 * as the restatement relation binds its count to theirs. `groups`: the occurrences whose counts agree (relateFormulaCounts).
 * Not across two frames (去年确定的“十件实事” / 今年的“十件实事”: two lists of one name; see twoFrames), nor from an
 * occurrence that lists other items than another one does. Replaces those formulas in `formulas` by copies expanded
 * `restated`. Linear: one pass over each group.
 */
export function shareRestatedItems(text: string, formulas: Formula[], groups: readonly (readonly Occurrence[])[]): void {
	for (const group of groups) {
		const source = group.find((o) => itemsOf(formulas[o.formula]!) !== undefined && formulas[o.formula]!.expansion!.source !== 'restated');
		if (!source || localSense(formulas[source.formula]!)) continue;
		const from = formulas[source.formula]!;
		for (const o of group) {
			const f = formulas[o.formula]!;
			if (f.verdict !== 'unexpanded' || twoFrames(text, [o, source])) continue;
			formulas[o.formula] = { ...f, parts: from.parts, expansion: { span: from.expansion!.span, source: 'restated' }, verdict: 'ok' };
		}
	}
}

/** One restatement relation of a formula's occurrences, held to the reference count (a claim per count the prose does not read). */
/** The prose claim that reads an occurrence's count (its span and value), or -1. */
function proseReadOf(o: Occurrence, quantities: readonly Quantity[], claims: readonly Claim[]): number {
	const quantity = quantityAt(quantities, o.span);
	const read = quantity < 0 ? -1 : proseClaimOf(claims, quantity);
	const own = read >= 0 ? claims[read]! : undefined;
	return own !== undefined && own.span.start === o.span.start && own.span.end >= o.span.end && own.value === o.count ? read : -1;
}

function relateGroup(group: readonly Occurrence[], reference: number, noun: string, formulas: readonly Formula[], quantities: readonly Quantity[], claims: Claim[], relations: Relation[]): void {
	const first = group.find((o) => o.count === reference)!;
	const blamed = group.find((o) => o.count !== reference);
	// Counts that agree, each read by the prose as a claim already restated with the others (a count in characters named
	// again by its count and noun, restatement.ts): one restatement, not two.
	if (blamed === undefined) {
		const reads = group.map((o) => proseReadOf(o, quantities, claims));
		if (reads.every((r) => r >= 0 && claims[r]!.relations.some((k) => relations[k]!.kind === 'restatement' && relations[k]!.claims.every((c) => reads.includes(c))))) return;
	}
	const index = relations.length;
	const ids = group.map((o) => {
		const quantity = quantityAt(quantities, o.span);
		// A count the prose reads as a figure of its own (三个紧急避让: 三个; 五区协同: 五区) is that claim: one figure, one
		// claim, which the hover shows and a relation names. Replaced by a copy that holds the relation too (claims may be
		// kept).
		const read = quantity < 0 ? -1 : proseClaimOf(claims, quantity);
		const own = read >= 0 ? claims[read]! : undefined;
		if (own !== undefined && own.span.start === o.span.start && own.span.end >= o.span.end && own.value === o.count) {
			claims[read] = { ...own, relations: [...own.relations, index] };
			return read;
		}
		const claim: Claim = { span: o.span, text: o.text, value: o.count, unit: o.unit, kind: 'amount', subject: noun, scope: '', approx: 'exact', quantity, relations: [index], formula: o.formula };
		claims.push(claim);
		return claims.length - 1;
	});
	const target = blamed ? ids[group.indexOf(blamed)]! : ids[0]!;
	const texts = [...new Set(group.map((o) => formulas[o.formula]!.text))];
	relations.push({
		kind: 'restatement',
		claims: ids,
		target,
		expression: texts.join(blamed ? ' ≠ ' : ' = '),
		computed: reference,
		ok: blamed === undefined,
		data: { first: formulas[first.formula]!.text, second: formulas[(blamed ?? first).formula]!.text, noun: noun },
	});
}

/**
 * Does an expanded formula of a well-known name list a set of its own (荆门 “两山”：西宝山--象山、东宝山生态绿楔, not
 * 绿水青山、金山银山; “三保”…保交楼、保民生、保稳定, not 保基本民生、保工资、保运转)? Of the glossary's items it shares
 * none, or of three or more fewer than two (as formula.canonical tells a local meaning from an item wrong): the name
 * elsewhere in the document may well be the well-known one, so the items are lent to no other occurrence.
 */
function localSense(f: Formula): boolean {
	const entry = lookupGlossary(f.text);
	if (!entry || entry.ordinal || entry.variants || entry.items.length === 0) return false;
	const items = f.parts.flatMap((p) => p.items);
	const keys = itemKeys(entry);
	const shared = keys.filter((alts) => items.some((it) => alts.some((k) => k.length > 0 && it.includes(k)))).length;
	return shared < Math.min(2, entry.items.length);
}

/** The characters of the words after a count that name its set (区域性中心城市…): enough to tell one set from another. */
const SET_NAME = 5;
/** The characters of a listed set's name compared when its members are too (四大行动, 六大科技研发平台). */
const NAME_OPENING = 2;

/**
 * The name of the set a count counts: the first SET_NAME characters of the words right after it (at least `least`), or undefined. A line
 * break of hard-wrapped text inside the words is no end of them (六个区域性 ⏎ 中心城市).
 */
function setNameAfter(text: string, span: Span, least = SET_NAME): string | undefined {
	let name = '';
	let breaks = 0;
	for (let i = span.end; i < text.length && name.length < SET_NAME; i++) {
		const c = text[i]!;
		// One line break (\n or \r\n); a blank line ends the paragraph.
		if (c === '\r') continue;
		if (c === '\n' && ++breaks <= 1) continue;
		if (!isCjk(c.charCodeAt(0))) break;
		name += c;
	}
	return name.length >= least ? name : undefined;
}

/** The label of a part of the document (一、) and of a section of a part (（一）), as the outline reads them. */
const PART_LABEL = /^[一二三四五六七八九十]+、$/;
const SECTION_LABEL = /^[（(][一二三四五六七八九十]+[）)]$/;

/** Where the outline's headings labelled so start, in order: one walk over the sections. */
function headingStarts(sections: readonly Section[], label: RegExp): number[] {
	const starts: number[] = [];
	const walk = (list: readonly Section[]): void => {
		for (const s of list) {
			if (label.test(s.label)) starts.push(s.headingSpan.start);
			walk(s.children);
		}
	};
	walk(sections);
	return starts;
}

/**
 * The section of its part an offset stands in: the start of the part's last （一） heading at or before it, or -1 in the
 * part's lead (before its first section), which speaks of all of them.
 */
function sectionAt(parts: readonly number[], sections: readonly number[], offset: number): number {
	const k = partOf(sections, offset);
	const part = partOf(parts, offset);
	const section = k > 0 ? sections[k - 1]! : -1;
	return section > (part > 0 ? parts[part - 1]! : -1) ? section : -1;
}

/** Words right before a count that name its own whole: a region or a total (全省共有八个…, 全国19个…, 县域两个…). */
const OWN_WHOLE = new RegExp(`${WHOLE_REGION}|共有|共计|累计|总数|省内|市内|县内|区内|县域|境内`);
/** Words of a count's sentence before it that make it another period's or an aim (2022年建成两个…, 力争到2025年…五个…). */
export const OTHER_PERIOD = new RegExp(`${YEAR_IN_DIGITS_WORDS}|${AIM_WORDS}|今年|${COMING_WORDS}|未来`);

/** Words after a count that single out some members of a set (两个…入选国家先进制造业集群, 两个…营业收入突破百亿元): a part of it. */
const SINGLED_OUT = /入选|进入|获评|获批|评为|列入|纳入|跻身|达到|达[0-9０-９一二三四五六七八九十百]|突破|超过|位居|位列|跨入|迈入|晋升|升级/;
/** How far after a count its clause is read for SINGLED_OUT. */
const CLAUSE_AFTER = 20;
const CLAUSE_END = /[，,。；;：:！？\n]/;

/**
 * A count of a listed set's name without its members counts that set only when nothing says it counts another: a whole of
 * its own (OWN_WHOLE in its clause), another period or an aim (OTHER_PERIOD in its sentence), a bound (超过五个…: not exact),
 * some members singled out (SINGLED_OUT in its clause after it: a part of the set, with no 其中).
 */
function countsTheListed(text: string, claim: Claim): boolean {
	if (claim.approx !== 'exact') return false;
	const sentence = afterLast(text.slice(Math.max(0, claim.span.start - FRAME_WINDOW), claim.span.start), SENTENCE_ENDS);
	const after = text.slice(claim.span.end, claim.span.end + CLAUSE_AFTER);
	const end = after.search(CLAUSE_END);
	return !OTHER_PERIOD.test(sentence) && !OWN_WHOLE.test(afterLast(sentence, '，,：:')) && !SINGLED_OUT.test(end < 0 ? after : after.slice(0, end));
}

/** The part an offset stands in: how many parts start at or before it (binary search). */
function partOf(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (starts[mid]! <= offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A listed set: the claim of its count, its items and the part it stands in. */
interface ListedSet {
	readonly claim: number;
	readonly items: readonly string[];
	readonly part: number;
	/** The section of its part (sectionAt). */
	readonly section: number;
}

/** The characters of a list's first item compared: the words before the list may be read into it (指导万州 … 支持万州). */
const FIRST_ITEM_END = 2;

/** Two lists of the same members: the same items, the first compared by its end. */
function sameMembers(a: readonly string[] | undefined, b: readonly string[]): boolean {
	return a !== undefined && a.length === b.length && a.every((x, k) => (k === 0 ? x.slice(-FIRST_ITEM_END) === b[0]!.slice(-FIRST_ITEM_END) : x === b[k]));
}

/**
 * A set the document defines by listing its members with its count (万州、涪陵、黔江、江津、合川、永川六个区域性中心城市; 蓝天、
 * 碧水、绿地、宁静四大行动), counted again under the same name (加大对六个区域性中心城市发展的支持力度): one set, so one count —
 * a restatement relation of the listed count (its items agree with it: the formula's verdict is ok, no 等) and the others
 * of the same unit whose next SET_NAME characters are the listed one's, in the same part of the document (一、…), or in
 * any part when they list the same members (the review's set and the plan's). A set named in another part without its
 * members may be a larger one (a plan takes on more of a set). Not a count of one (上一个万亿元台阶: one, a), nor one
 * marked as a part, a batch or another set (其中, 另, 新, 再); not when two lists of that name count differently (two
 * sets). Linear: one walk over the outline, one pass over the claims and the formulas each, a binary search per claim.
 */
function relateListedSets(text: string, formulas: readonly Formula[], claims: Claim[], relations: Relation[], outline: readonly Section[]): void {
	const listed = new Map<string, ListedSet>();
	/** Listed counts by their claim: their items. */
	const itemsAt = new Map<number, readonly string[]>();
	const lists = new Set<string>();
	let starts: number[] | undefined;
	let sections: number[] | undefined;
	let c = 0;
	for (const f of formulas) {
		if (f.kind !== 'enumeration' || f.verdict !== 'ok' || f.etc || f.expansion === undefined || f.expansion.source === 'headings' || f.expansion.source === 'gloss') continue;
		while (c < claims.length && isProseClaim(claims[c]!) && claims[c]!.span.end <= f.span.start) c++;
		const claim = claims[c];
		if (claim === undefined || !isProseClaim(claim) || claim.span.start < f.span.start || claim.span.start >= f.span.end || claim.value < 2) continue;
		const name = setNameAfter(text, claim.span);
		const items = f.parts[0]?.items;
		if (name === undefined || items === undefined || items.length === 0) continue;
		const key = `${claim.unit}|${name}`;
		itemsAt.set(c, items);
		const seen = listed.get(key);
		starts ??= headingStarts(outline, PART_LABEL);
		sections ??= headingStarts(outline, SECTION_LABEL);
		if (seen === undefined) listed.set(key, { claim: c, items, part: partOf(starts, claim.span.start), section: sectionAt(starts, sections, claim.span.start) });
		else if (claims[seen.claim]!.value !== claim.value) lists.add(key);
	}
	if (starts === undefined) return;
	const byName = new Map<string, number[]>();
	for (let k = 0; k < claims.length && isProseClaim(claims[k]!); k++) {
		const claim = claims[k]!;
		if (claim.value < 2 || claim.kind !== 'amount') continue;
		const name = setNameAfter(text, claim.span);
		if (name === undefined || NOT_THE_LISTED.test(text.slice(Math.max(0, claim.span.start - NOT_THE_LISTED_WINDOW), claim.span.start))) continue;
		const key = `${claim.unit}|${name}`;
		const set = listed.get(key);
		if (set === undefined || lists.has(key)) continue;
		// Without its members, a count of the name in the list's part — under a heading, in the list's section of it or
		// the part's lead (（一）工业 … （二）县域两个…: another set) — that counts no other whole, period or bound.
		// A count with a list of other members (甲、乙两个… after 丙、丁两个…) is another set of the name.
		const own = itemsAt.get(k);
		if (own !== undefined && !sameMembers(own, set.items)) continue;
		if (own === undefined) {
			const section = sectionAt(starts, sections!, claim.span.start);
			if (set.part === 0 || partOf(starts, claim.span.start) !== set.part || (section !== -1 && set.section !== -1 && section !== set.section) || !countsTheListed(text, claim)) continue;
		}
		const list = byName.get(key);
		if (list === undefined) byName.set(key, [k]);
		else list.push(k);
	}
	for (const [key, ids] of byName) {
		const reference = listed.get(key)!.claim;
		if (ids.length < 2 || !ids.includes(reference)) continue;
		const value = claims[reference]!.value;
		const blamed = ids.find((k) => claims[k]!.value !== value);
		const index = relations.length;
		for (const k of ids) claims[k] = { ...claims[k]!, relations: [...claims[k]!.relations, index] };
		relations.push({
			kind: 'restatement',
			claims: ids,
			target: blamed ?? reference,
			expression: ids.map((k) => claims[k]!.text).join(blamed === undefined ? ' = ' : ' ≠ '),
			computed: value,
			ok: blamed === undefined,
			data: { first: claims[reference]!.text, second: claims[blamed ?? reference]!.text, noun: key.slice(key.indexOf('|') + 1) },
		});
	}
}
