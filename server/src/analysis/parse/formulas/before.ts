/**
 * Lists written before a formula that punctuation alone does not give, found by what they share with it: the glossary's
 * items of a well-known formula (canonicalListBefore, canonicalRunBefore, canonicalOpenings; canonicalAllows: when a
 * reading agrees with the glossary), items carrying the key (keyRunBefore, keyListBefore, keyedSegmentsBefore,
 * keyedBefore) or a numeral variant of a known name (numeralVariantRunBefore), a pair of results (…起数和死亡人数实现
 * “双下降”: pairOfResults), groups opening with one word and closed by 等 (leadGroupsBefore), each part's items before its
 * count (以…为两条横轴: partTails, countsByMeasure).
 */
import { CLAUSE_MARKS, clauseStart, skipNoun } from './text';
import type { RawFormula } from './types';
import type { RawPart } from '../formulaReading';
import { inJoinerWord, isLead, type Item, splitGroups, stripLead } from '../lists';
import { builtinGlossary, itemKeys, lookupGlossary } from '../../glossary/index';
import { CharSet, codeAt, isCjk } from '../../text/chars';
import { lastOf } from '../../text/trim';
import type { GlossaryEntry } from '../../types';
import { work } from '../../work';

/** Marks looked up by code in the scans below. */
const SENTENCE_END_OR_SEMI = new CharSet('。！；？');
const SENTENCE_END = new CharSet('。！？');
const SENTENCE_OR_CLAUSE_END = new CharSet('。！：；？');

/**
 * Does a list found by position share an item with the canonical wording of a well-known formula — or carry its `key`
 * — when the formula has one?
 */
export function canonicalAllows(name: string, items: readonly Item[], key?: string): boolean {
	const entry = lookupGlossary(name);
	// (A name local documents use for other items too — the glossary's variants, 三大工程 — holds a list by position as
	// any formula does.)
	if (!entry || entry.ordinal || entry.variants || entry.items.length === 0) return true;
	if (key && key.length >= 2 && items.some((it) => it.text.includes(key))) return true;
	const keys = itemKeys(entry);
	return items.some((it) => keys.some((k) => k.some((x) => x.length > 0 && it.text.includes(x))));
}

/** What closes a list right before the formula that sums it up: 等, or a demonstrative (…、不想腐这“三不腐”, …这些“新三样”). */
export const CLOSER_BEFORE = /(?:等等|等|这些|这)$/;

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
export function canonicalListBefore(f: RawFormula, text: string, at: number): void {
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
export function canonicalRunBefore(f: RawFormula, text: string, at: number): void {
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
export function numeralVariantRunBefore(f: RawFormula, text: string, at: number): void {
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

/**
 * A well-known formula (the glossary's, with keys) right after a 、-list of its canonical items one off its count
 * (电动汽车、光伏产品“新三样”: one left out; 电动汽车、锂电池、锂电池、光伏产品“新三样”: one written twice): judged. The list
 * closes at the quote (not with 等 or 这: a list that may give examples), is the whole of its clause after its verb, and each
 * item is little more than a key of the formula (see littleMoreThanKey) — one short, each a different key (a formula of
 * three or more: one item left of a pair is no list); one more, every key there and one twice. Reads its clause once.
 */
export function canonicalListOffBefore(f: RawFormula, text: string, qStart: number): void {
	const keys = canonicalKeys(f);
	// (Nor a quote joined to the list as one more item: 开展文化、科技和“三下乡”活动, 锂电池、光伏产品及“新三样”.)
	if (!keys || CLOSER_BEFORE.test(text.slice(Math.max(0, qStart - 2), qStart)) || JOINER_BEFORE.has(codeAt(text, qStart - 1))) return;
	const s = clauseStart(text, qStart);
	if (s < 0) return;
	const groups = splitGroups(text, s, qStart);
	if (groups.length !== 1) return;
	const items = [stripLead(groups[0]![0]!), ...groups[0]!.slice(1)];
	const short = items.length === keys.length - 1;
	if (!(short && items.length >= 2) && items.length !== keys.length + 1) return;
	const canonical = lookupGlossary(f.text)!.items;
	const used = keys.map(() => 0);
	for (const it of items) {
		const n = keys.findIndex((alts, i) => alts.some((x) => x.length > 0 && it.text.includes(x) && littleMoreThanKey(it.text, x, canonical[i]!, false)));
		if (n < 0) return;
		used[n]!++;
	}
	if (short ? used.some((u) => u > 1) : used.some((u) => u === 0)) return;
	f.parts = [{ ...f.parts[0]!, items }];
	f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' };
	f.verdict = 'mismatch';
}

/** A joiner right before a quote: the quote is one more item of the list, not its name. */
const JOINER_BEFORE = new CharSet('和及与、');

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
export function canonicalOpenings(f: RawFormula, text: string, qEnd: number): void {
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
export function keyedSegmentsBefore(text: string, start: number, end: number, parts: readonly RawPart[]): RawPart[] | undefined {
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
export const PAIR_RESULT = /^(?:增长|下降|提升|提高|第一|突破|领先|达标|丰收|翻番)$/;
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
export function pairOfResults(f: RawFormula, text: string, qStart: number): void {
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
export function keyedBefore(f: RawFormula, text: string, qStart: number): void {
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
export function leadGroupsBefore(f: RawFormula, text: string, qStart: number): void {
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
export function partTails(text: string, start: number, end: number, parts: readonly RawPart[]): { start: number; end: number }[] | undefined {
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
export function countsByMeasure(formula: string): boolean {
	let i = 0;
	while (i < formula.length && (COUNT_BEFORE_KEY.has(formula[i]!) || (formula[i]! >= '0' && formula[i]! <= '9'))) i++;
	return i > 0 && MEASURES_BEFORE_KEY.has(formula[i] ?? '') && i + 1 < formula.length && !COUNT_BEFORE_KEY.has(formula[i + 1]!);
}
