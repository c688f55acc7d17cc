/**
 * Quoted formulas of a block (scanQuotedFormulas): the block cut into glossary entries run together (①…。②…; entrySegments),
 * every quote read as a formula and resolved where the block holds its items (scanQuoted: brackets, gloss, lists,
 * lead sentences), magnitudes (三百工程: magnitudeEntry), parts in brackets (partsInBrackets); a glossary term on a line of
 * its own with its gloss the next block (termOnLine), and a term whose parts are the paragraphs after it
 * (resolveFollowing, for formulaModel.ts). shiftFormula maps a piece's offsets back to the block's.
 */
import { resolveLeadSentence } from './countedNouns';
import { afterConnective, type EntryOpening, glossaryEntry, itemsCarryKeys, namePieces, resolveEntry, TERM_MAX, termFormulas } from './entries';
import { resolve } from './resolve';
import { matchingClose, skipNoun } from './text';
import type { RawFormula } from './types';
import { judgeParts } from './verdict';
import { COUNT_CHARS, magnitudeParts, MEASURES, parseName } from '../formulaNames';
import { introducerAt, mayGlossTerm, partHeads, readPart } from '../formulaReading';
import type { Item } from '../lists';
import { lookupGlossary } from '../../glossary/index';
import { CharSet, isCjk } from '../../text/chars';
import { parseAnyInteger } from '../../text/cjkNumerals';
import { BLANK } from '../../text/trim';
import { work } from '../../work';

/**
 * A telephone line named after a quoted number (“12345”热线, “12345”政务服务便民热线, “110”报警电话): the number is dialled,
 * not a formula — its digits count nothing, even where a text glosses them one by one (“1”指一号对外…).
 */
const PHONE_LINE = /^[\u4e00-\u9fff]{0,6}?(?:热线|专线|电话|短号|号码)/;
const PHONE_LINE_REACH = 10;
/** A number dialled is digits alone: a code with a sign (“1+3”电话回访机制, “1+N”热线服务体系) counts its parts. */
const DIALLED = /^[0-9０-９]+$/;

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
	// (指 before a character it makes a word with — 指向塘国际陆港、… — may still be the connective: taken only when the
	// term's items then agree with its count, below.)
	const wordConnective = !colon && gloss.startsWith('指') && !introducerAt(gloss, 0);
	if (!colon && !wordConnective && !introducerAt(gloss, 0) && (!mayGlossTerm(t, gloss) || glossaryEntry(gloss) === undefined)) return undefined;
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
	if (!colon && !partGloss && !wordConnective && !introducerAt(gloss, 0)) return undefined;
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
	// A gloss that opens with 指 and a word of it (指向, 指导) glosses the term only when the term's items, read after 指,
	// are exactly its count (“三港”⏎指向塘国际陆港、昌北国际空港、南昌港): else it is a heading's paragraph.
	if (wordConnective && !partGloss) {
		const own = all.filter((f) => f.start < head.length && f.verdict !== 'unexpanded');
		if (own.length === 0 || own.some((f) => f.verdict !== 'ok')) return undefined;
	}
	// The gloss's own formulas as read in the entry (a part's name heading its items: “两委”指…), offsets the gloss's.
	const inGloss = all.filter((f) => f.start >= head.length).map((f) => shiftFormula(f, -head.length));
	return { formulas: all.filter((f) => f.start < head.length && f.verdict !== 'unexpanded'), inGloss, offset: head.length };
}

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
	// (A quoted name before a dash — “三港”——A、B、C, or a headline “两会”——… — holds also where its items are exactly its
	// count: an entry of a glossary section whose items carry no key. Only a reading that misses its count must hold so.)
	const quotedDash = entry?.dash === true && text.slice(entry.termStart, entry.termEnd).includes('“');
	return entry?.bare && !read.terms.every((f) => bareTermHolds(f) || (quotedDash && f.verdict === 'ok')) ? scanQuoted(text, undefined).out : read.out;
}

/**
 * Does the formula of a bare 【】 term (no colon: a news heading is written so) read as the term of its gloss: a name the
 * glossary knows, or items of which at least half carry its key in every part (【六稳】稳就业、稳金融…)? An unread one does.
 */
function bareTermHolds(f: RawFormula): boolean {
	return f.verdict === 'unexpanded' || lookupGlossary(f.text) !== undefined || itemsCarryKeys(f);
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
