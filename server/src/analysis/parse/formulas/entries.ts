/**
 * Glossary entries (两函两书：…; 1.“六稳”：…; 【六稳】…; a term and 是指…): where an entry's term and gloss stand
 * (glossaryEntry, with the gap and connective after the term), the formulas its term holds (termFormulas,
 * formulaBeforeNoun), and the term resolved by its gloss (resolveEntry: a list, numbered points, or the gloss's own
 * quoted names that speak for the term's parts).
 */
import { RESTATED_COUNT } from './candidates';
import { resolve } from './resolve';
import { sentenceEnd } from './text';
import type { RawFormula } from './types';
import { COUNT_CHARS, FORMULA_SUFFIXES, MEASURES, parseName } from '../formulaNames';
import { cutShort, ENTRY_CONNECTIVES, introducerAt, keyForms, numberedSeries } from '../formulaReading';
import { isLead } from '../lists';
import { GRADE_AFTER } from './listWords';
import { endsWithPlaceName } from '../../lexicon/index';
import { CharSet, codeAt, isCjk } from '../../text/chars';
import { BLANK_OR_EMPHASIS } from '../../text/trim';
import { work } from '../../work';

/** A clause that opens with the time its work is planned for (年内完成：…, 今年实现…, 年底前建成…). */
const PLANNED_TIME = /^(?:上半年|下半年|年内|年底|年前|今年|明年|当年|全年|本年度?)/;

/** A glossary entry's number: 1. 1、 〔1〕 ［1］ [1] （1） (1) 【1】 ①. */
const ENTRY_NUMBER = /^\s*(?:[0-9]{1,3}\s*[.．、]|〔[0-9]{1,3}〕|［[0-9]{1,3}］|\[[0-9]{1,3}\]|（[0-9]{1,3}）|\([0-9]{1,3}\)|【[0-9]{1,3}】|[\u2460-\u2473])?\s*/y;
/** What ENTRY_NUMBER's number opens with (spaces aside: any ASCII control or space, any other non-Chinese character). */
const ENTRY_NUMBER_FIRST = new CharSet('0123456789〔［[（(【①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');
/** The marks that end a glossary entry's term before its colon: it is running text. */
const TERM_STOPS = new CharSet('，。；！？,;\n');

/** The longest glossary term read. */
export const TERM_MAX = 32;

/** A glossary entry's opening: where its term starts and ends, and where its gloss starts (past the colon or connective). */
export interface EntryOpening {
	termStart: number;
	termEnd: number;
	gloss: number;
	/**
	 * A term with its gloss right after it, no colon — in 【】 (【六稳】稳就业…) or, unnumbered, before a dash, a tab or a wide
	 * space (六稳——稳就业…): a news heading looks the same (see bareTermHolds).
	 */
	bare?: boolean;
	/**
	 * A dash opened the gloss (“两个确保”——确保A、确保B，全市上下共同努力): a sentence goes on after it, as in running
	 * text — a 、-list the first comma closes is the list.
	 */
	dash?: boolean;
	/** 包括 opened the gloss (六大高耗能行业包括…): it may name some members only, a list closed by 等 fewer than the count. */
	includes?: boolean;
	/** Where the gloss ends when a tab or a wide space opened it: at the next one (a table row's next column: 三大工程⇥道路、管网⇥50亿元). */
	glossEnd?: number;
}

/**
 * A block shaped as a glossary entry — `[number] term：gloss`, the term short and without punctuation but quotes
 * and 、 — gives the term's span and where its gloss starts. 三清理、三拆除、三整治：…; 12.民营经济发展壮大“1+2”政策文件：…;
 * the term in 【】 or Markdown bold (【六稳】：…, 【六稳】稳就业…, **六稳**：…, **六稳：**…); or a term that names a
 * formula followed by a connective with no colon (六稳是指…, “四上”企业指的是…, 双减即…). Only the block's opening is
 * read: running text with 是指 or 即 further on is no entry.
 */
export function glossaryEntry(text: string): EntryOpening | undefined {
	// Every block's opening is read: the number's end from the sticky regex's lastIndex (it always matches, maybe
	// empty), and the characters by code (no match array, no one-character string per character).
	// (A block opened by a Chinese character or another letter — most — has no number nor space before its term: no
	// pattern run.)
	const c0 = text.charCodeAt(0);
	ENTRY_NUMBER.lastIndex = 0;
	const s = (ENTRY_NUMBER_FIRST.has(c0) || c0 <= 0x20 || (c0 >= 0x80 && !isCjk(c0))) && ENTRY_NUMBER.test(text) ? ENTRY_NUMBER.lastIndex : 0;
	const wrapped = codeAt(text, s) === 0x3010 /* 【 */ ? '】' : text.startsWith('**', s) ? '**' : undefined;
	if (wrapped) return wrappedTerm(text, s + (wrapped === '】' ? 1 : 2), wrapped);
	let quoted = false;
	for (let k = s; k < text.length && k - s <= TERM_MAX; k++) {
		const c = text.charCodeAt(k);
		if (c === 0xff1a /* ： */ || c === 0x3a /* : */) return k > s && !ITEM_MARKER.test(text.slice(s, k).trim()) ? { termStart: s, termEnd: k, gloss: afterConnective(text, k + 1) } : undefined;
		if (TERM_STOPS.has(c)) return undefined;
		if (c === 0x201c /* “ */ || c === 0x201d /* ” */) quoted = c === 0x201c;
		// A dash, a tab or a wide space ends a term that names a formula (六稳——稳就业、…; “六稳”⇥稳就业、…, a table's two
		// columns copied to text): its gloss after them. Without an entry's number or a quoted name opening the block (a
		// quoted name before a dash is glossed in running text too), a heading or a headline looks the same (两会聚焦——代表
		// 委员热议…; 双方　签署…): bare, as 【六稳】稳就业 is.
		const gap = k - s >= 2 && !quoted ? termGap(text, k) : 0;
		if (gap > 0) {
			const term = text.slice(s, k);
			if (ITEM_MARKER.test(term) || !namesFormula(term)) return undefined;
			const numbered = text.slice(0, s).trim() !== '';
			// Words before a quoted name and a dash, unnumbered, are running text (推进“三大工程”——A、B，加快…): the dash
			// glosses the name in its sentence (see candidates), no entry. (A tab or a wide space is a table's, not a sentence's.)
			const dash = text.startsWith('——', k + gap - 2);
			if (!numbered && dash && term.includes('“') && !term.startsWith('“')) return undefined;
			const column = dash ? undefined : nextGap(text, k + gap);
			// (A quoted name alone before a dash, unnumbered, is a news headline as often — “两会”——代表委员热议民生、就业、
			// 教育 — bare too: its reading must hold. A table's tab or wide space after a quoted name is no headline's.)
			const headline = !numbered && (dash ? term.startsWith('“') || !term.includes('“') : !term.includes('“'));
			return { termStart: s, termEnd: k, gloss: k + gap, ...(headline ? { bare: true } : {}), ...(dash ? { dash: true } : {}), ...(column === undefined ? {} : { glossEnd: column }) };
		}
		// A connective ends the term only after one that names a formula (not 两会即将…, not a clause of running text), and
		// never inside quotes (“非禁即入”).
		const w = k - s >= 2 && !quoted && CONNECTIVE_FIRST.has(text.charCodeAt(k)) ? introducerAt(text, k, ENTRY_CONNECTIVES) : undefined;
		if (w && !ITEM_MARKER.test(text.slice(s, k).trimEnd()) && namesFormula(text.slice(s, k).trimEnd())) return { termStart: s, termEnd: s + text.slice(s, k).trimEnd().length, gloss: k + w.length };
		// A counted noun that opens its block and names its members with 包括 (a communiqué's note: [51]十大流域包括长江、黄河、…):
		// the list after it is its gloss, as after 是指 (a list closed by 等 may give fewer: see etcAllows).
		const inc = k - s >= 2 && !quoted && INCLUDES_FIRST.has(text.charCodeAt(k)) ? introducerAt(text, k, ENTRY_INCLUDES) : undefined;
		if (inc && countedTerm(text.slice(s, k))) return { termStart: s, termEnd: k, gloss: k + inc.length, includes: true };
	}
	return undefined;
}

/**
 * The gloss after a colon, past a connective that opens it (“三港”：指向塘…; 六稳：是指稳就业…; “双百”：即…): the connective
 * is no word of the gloss, as after a term without a colon (六稳是指…), also when it ends the block (…：指 ⏎ 七纵，即…).
 * 指 and 即 as words (指标, 即将) stay.
 */
export function afterConnective(text: string, at: number): number {
	const w = CONNECTIVE_FIRST.has(text.charCodeAt(at)) ? introducerAt(text, at, ENTRY_CONNECTIVES) : undefined;
	// (A connective that ends the block — 路网骨架：指 ⏎ 七纵，即… — is passed too: the gloss is the paragraphs after it.)
	return w !== undefined ? at + w.length : at;
}

/**
 * The length of what parts a term from its gloss without a colon at `k`: a dash (——, with the spaces before it), a tab,
 * a wide space or two spaces (runs of them), or 0.
 */
function termGap(text: string, k: number): number {
	if (text.startsWith('——', k)) return 2;
	// By codes (asked at every character of a block's opening): no one-character string, no slice.
	let j = k;
	let wide = false;
	for (; j < text.length && j - k < 8; j++) {
		const c = text.charCodeAt(j);
		if (c === 0x09 || c === 0x3000) wide = true;
		else if (c !== 0x20) break;
	}
	// Spaces before a dash are the dash's (水利五项改革 ——…, as before a colon: 水利五项改革 ：…).
	if (j > k && text.startsWith('——', j)) return j - k + 2;
	return wide || j - k >= 2 ? j - k : 0;
}

/** The start of the next tab, wide space or run of two spaces from `from` (a table row's next column), if any. Linear. */
function nextGap(text: string, from: number): number | undefined {
	let j = from;
	while (j < text.length && text[j] !== '\n' && text[j] !== '\t' && text[j] !== '\u3000' && !(text[j] === ' ' && text[j + 1] === ' ')) j++;
	work.formulas += j - from;
	return j < text.length && text[j] !== '\n' ? j : undefined;
}

/** A term in 【】 or ** (its colon inside or after them): its span, and the gloss after the closing mark and a colon. */
function wrappedTerm(text: string, start: number, close: string): EntryOpening | undefined {
	for (let k = start; k < text.length && k - start <= TERM_MAX; k++) {
		if (text.startsWith(close, k)) {
			const end = text[k - 1] === '：' || text[k - 1] === ':' ? k - 1 : k;
			let gloss = k + close.length;
			while (text[gloss] === ' ' || text[gloss] === '　') gloss++;
			const colon = end < k || text[gloss] === '：' || text[gloss] === ':';
			if (text[gloss] === '：' || text[gloss] === ':') gloss++;
			// Without a colon, only 【term】 with its gloss after it on the line (【六稳】稳就业…): a bold line alone is a heading.
			if (!colon && (close === '**' || gloss >= text.length || text[gloss] === '\n')) return undefined;
			return end > start ? { termStart: start, termEnd: end, gloss, ...(colon ? {} : { bare: true }) } : undefined;
		}
		if ('，。；！？,;\n'.includes(text[k]!)) return undefined;
	}
	return undefined;
}

/** The first characters of the connectives (ENTRY_CONNECTIVES), looked up before the words are (every block's opening is read). */
const CONNECTIVE_FIRST = new CharSet(ENTRY_CONNECTIVES.map((w) => w[0]!).join(''));

/** What a counted noun opening a block names its members with, no colon (六大高耗能行业包括…; not 主要包括): see glossaryEntry. */
const ENTRY_INCLUDES = ['包括', '包含'];
const INCLUDES_FIRST = new CharSet('包');

/**
 * A term that is a counted noun and nothing else (六大高耗能行业, 十大流域, 三类企业): a name of one part with a count of
 * two or more, no quote, no 、 — not a time (三年), a place (五指山市) or an ordinal; not a clause (其中…, 这…).
 */
function countedTerm(term: string): boolean {
	// (主要包括, 具体包括: the main ones, maybe some — not a gloss that names them all.)
	if (term.includes('“') || term.includes('、') || /^(?:其中|这|该|此|上述|以上|前|第)/.test(term) || /(?:主要|具体|重点|一般|还|也|都|不)$/.test(term)) return false;
	// (A grade, not a count: 四星级饭店, 三甲医院, 三级医院 — N级 before what grades are given to, see GRADE_AFTER.)
	const grade = GRADE_COUNT.exec(term);
	if (grade && (grade[2] !== '级' || GRADE_AFTER.test(term.slice(grade[0].length)))) return false;
	const whole = parseName(term, 8);
	return whole !== undefined && whole.parts.length === 1 && (whole.parts[0]!.count ?? 0) >= 2 && namesFormula(term);
}

/** A count before a grade's character (四星级, 三甲, 二乙, 三级): see countedTerm. */
const GRADE_COUNT = /^([一二三四五六七八九十两]+)(星|[甲乙]|级)/;

/** The point markers of running text (一是, 二要: numberedItems): never a term, whatever follows (二是指尖服务…, 二是：…). */
const ITEM_MARKER = /^(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[是要]$/;
/** A count of a span of time or of times, maybe after 个 (两个月, 三年, 五年间, 三次): a duration or a frequency, no formula. */
export const TIME_COUNT = /^[一二两三四五六七八九十百双0-9]+个?(?:年|月|日|天|周|星期|小时|分钟|秒|次|回|遍|倍|岁)/;

/** Last characters of the names of places, roads and sites that hold a numeral (五指山市, 二环路, 三里屯, 九龙湖). */
const PLACE_END = new CharSet('市县区镇乡村屯里路街巷道桥山岭峰岛湖江河海港湾口门寺园');

/**
 * Does a term before a connective name a formula: a quoted name in it, or a name with up to eight words before its count
 * (水利五项改革) — not, for a name of one part, one that ends as a place, a road or a site does (五指山市即…, 二环路即…).
 */
function namesFormula(term: string): boolean {
	if (term.length < 2) return false;
	if (term.includes('“')) return true;
	const whole = parseName(term, 8);
	if (whole && whole.parts.length === 1 && (PLACE_END.has(codeAt(term, term.length - 1)) || endsWithPlaceName(term))) return false;
	// 两个月即…, 三年即见成效, 三次违规即…: a count of time or of times is no formula.
	if (whole && TIME_COUNT.test(term.slice(whole.from))) return false;
	return whole ? whole.kind !== 'ordinal' : term.includes('、') && namePieces(term, 8).some((p) => p.parsed && p.parsed.kind !== 'ordinal');
}

/** The names joined by 、 in a quoted name or a term (抓好两端、畅通中间), each with where it starts and how it parses. */
export function namePieces(name: string, prefix: number): { at: number; name: string; parsed: ReturnType<typeof parseName> }[] {
	const out: { at: number; name: string; parsed: ReturnType<typeof parseName> }[] = [];
	let at = 0;
	for (const piece of name.split('、')) {
		out.push({ at, name: piece, parsed: parseName(piece, prefix) });
		at += piece.length + 1;
	}
	return out;
}

/** Formulas named in the unquoted part of a glossary term: 两函两书, 六大专项整治, 水利五项改革, 三清理、三拆除、三整治. */
export function termFormulas(text: string, entry: EntryOpening): RawFormula[] {
	const out: RawFormula[] = [];
	const termStart = entry.termStart;
	const term = text.slice(termStart, entry.termEnd).trimEnd();
	if (term.length < 2 || term.includes('“') || /^[一二三四五六七八九十]+、/.test(term)) return out;
	const whole = parseName(term, 8);
	// 三个月：…, 三年：…: a count of time or of times is no formula, whatever the layout.
	if (whole && TIME_COUNT.test(term.slice(whole.from))) return out;
	// (A count before a word the key is that ends in 一, a noun after it — 三统一制度 — parses whole as two parts, 三统 and
	// 一制度: it is a name before a noun.)
	if ((!whole || (whole.parts.length >= 2 && COUNT_BEFORE_WORD_OF_ONE.test(term))) && !term.includes('、')) {
		const f = formulaBeforeNoun(text, entry, term);
		return f ? [f] : out;
	}
	const pieces = whole ? [{ at: 0, name: term, parsed: whole }] : namePieces(term, 8);
	for (const p of pieces) {
		if (!p.parsed || p.parsed.kind === 'ordinal') continue;
		const start = termStart + p.at + p.parsed.from;
		const f: RawFormula = { start, end: termStart + p.at + p.name.length, text: p.name.slice(p.parsed.from), kind: p.parsed.kind, quoted: false, parts: p.parsed.parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
		resolveEntry(f, text, entry.gloss, false, pieces.filter((x) => x !== p).map((x) => x.name), entry);
		out.push(f);
	}
	return out;
}

/** An unquoted code with a noun after it in a glossary term (8+8+4现代化产业体系, 东莞优品展销中心1+N体系, 88政务模式). */
const TERM_CODE = /^([^0-9]{0,8}?)([0-9]{1,3}(?:[+＋][0-9NnXx]{1,3}){1,4}|[0-9]{2,6}(?![条项个名家所年月日天后强岁号期次批人元万亿倍件座]))[\u4e00-\u9fff]{1,10}$/;
/** The longest formula name tried before a noun in an unquoted term. */
const NAME_BEFORE_NOUN_MAX = 8;

/**
 * The formula of an unquoted glossary term that goes on with a noun (四化乡镇卫生院, 两学一做学习教育, 五横六纵生态水网),
 * resolved from the entry's gloss. A code ends where its digits do; a Chinese-number name has no mark of its end, so
 * each name from its count on, shortest first, is tried, and taken only when its gloss lists exactly its counts — a
 * cut that is a guess never flags (四好农村路 is read whole, before this).
 */
function formulaBeforeNoun(text: string, entry: EntryOpening, term: string): RawFormula | undefined {
	const code = TERM_CODE.exec(term);
	if (code) {
		const name = code[2]!;
		const parsed = parseName(name);
		if (!parsed || parsed.kind !== 'code') return undefined;
		const start = entry.termStart + code[1]!.length;
		const f: RawFormula = { start, end: start + name.length, text: name, kind: 'code', quoted: false, parts: parsed.parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
		resolveEntry(f, text, entry.gloss, false, [], entry);
		return f.verdict === 'unexpanded' ? undefined : f;
	}
	for (let from = 0; from <= 8 && from < term.length - 2; from++) {
		if (!COUNT_CHARS.has(term[from]!) || (from > 0 && (COUNT_CHARS.has(term[from - 1]!) || /[第前近约超逾余几每]/.test(term[from - 1]!)))) continue;
		// A measure word after the count (六大高耗能行业分别为：): its key need not show in the items, so no cut is told by them.
		if (MEASURES.has(term[from + 1]!)) return undefined;
		for (let e = from + 2; e <= term.length - 2 && e - from <= NAME_BEFORE_NOUN_MAX; e++) {
			// A word of what is done with the items belongs to the name (四医联动改革 → 四医联动, not 四医 nor 四医联).
			const suffix = FORMULA_SUFFIXES.find((x) => term.startsWith(x, e));
			if (suffix) {
				e += suffix.length - 1;
				continue;
			}
			// A count next, or last, is another part of the name (五横六纵生态水网: not 五横, not 五横六) — but for the 一 of a
			// word the key is (三统一制度 → 三统一, as “三统一”制度 is read).
			if (COUNT_CHARS.has(term[e]!) || (COUNT_CHARS.has(term[e - 1]!) && !KEY_ENDING_IN_ONE.test(term.slice(from, e)))) continue;
			const name = term.slice(from, e);
			const parsed = parseName(name);
			if (!parsed || parsed.kind !== 'cjk') continue;
			const start = entry.termStart + from;
			const f: RawFormula = { start, end: start + name.length, text: name, kind: 'cjk', quoted: false, parts: parsed.parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
			resolveEntry(f, text, entry.gloss, false, [], entry);
			// A name of several counts (七纵六横三环路网骨架：⏎七纵，即…) whose gloss is the paragraphs after it: they are read
			// for its parts' keys (resolveFollowingBlocks), which tells the cut.
			if (f.verdict === 'ok' || (f.glossFollows === true && f.parts.length >= 2)) return f;
		}
		return undefined;
	}
	return undefined;
}

/** Words that end in 一 and are no count (统一, 合一, 同一, 唯一), as an alternation: the 一 of a key that is one of them. */
const WORDS_OF_ONE = '统一|合一|同一|唯一';
/** A key that is a word ending in 一 (三统一, 三合一): its 一 is no count of a part of its own. */
const KEY_ENDING_IN_ONE = new RegExp(`(?:${WORDS_OF_ONE})$`);
/** Such a key after a count, a noun after it (三统一制度, 三合一改革) — not another count (三统一四规范: a name of two parts). */
const COUNT_BEFORE_WORD_OF_ONE = new RegExp(`[两三四五六七八九十](?:${WORDS_OF_ONE})(?![一二两三四五六七八九十])[\u4e00-\u9fff]`);

/** Words that open some of a count's items, not all of them (其中, 如, 例如, 比如, 诸如; not 如期, 如实). */
const SOME_OF = /^(?:其中|例如|比如|诸如|如(?![期果今何实此同]))/;

/**
 * Resolve a formula from the gloss that starts at `gloss` (past its colon or connective): a glossary term's is the rest
 * of its block, a counted noun's in running text (抓好三项工作：) its sentence. A gloss left for the paragraphs after
 * (七纵六横三环路网骨架：) is marked so.
 */

export function resolveEntry(f: RawFormula, text: string, gloss: number, inRunningText = false, others: readonly string[] = [], entry?: EntryOpening): void {
	const glossEnd = entry?.glossEnd ?? text.length;
	// Nothing after the colon but marks and spaces (read forward from the colon or the connective's end: a slice of the
	// rest per formula would be quadratic).
	// (From the gloss itself: before it stands a colon or a connective's last character, 是指 as well as ：.)
	let rest = Math.min(gloss, text.length);
	while (rest < text.length && (BLANK_OR_EMPHASIS.includes(text[rest]!) || '：:。'.includes(text[rest]!))) rest++;
	if (rest === text.length) {
		f.glossFollows = true;
		return;
	}
	// In running text, a colon that opens some of the items (新开工三个项目：其中A、B已开工; 三个中心：如A、B) lists no count.
	if (inRunningText && SOME_OF.test(text.slice(rest, rest + 3))) return;
	// Nor one that opens with a time (“三大工程”：年内完成：A、B): the work planned for that time, some of the formula's or
	// other work, not what the formula is.
	if (PLANNED_TIME.test(text.slice(rest, rest + 4))) return;
	// Numbered items (一要…。二要…。三要…) run over several sentences.
	const series = inRunningText ? numberedSeries(text, gloss, text.length) : undefined;
	const numbered = series?.items;
	let end = numbered ? numbered[numbered.length - 1]!.end : inRunningText ? sentenceEnd(text, gloss) : glossEnd;
	// After a dash, a 、-list the first comma closes is the list, the clauses after it what was done (“三大工程”——A、B，
	// 全年完成投资…), as in running text.
	if (entry?.dash === true && !numbered) {
		let mark = gloss;
		while (mark < end && !'，；。'.includes(text[mark]!)) mark++;
		work.formulas += mark - gloss;
		if (mark < end && text[mark] === '，' && text.slice(gloss, mark).includes('、')) end = mark;
	}
	resolve(f, text, f.start, f.end, { start: gloss, end, others, entry: !inRunningText && entry?.includes !== true });
	// One member after 包括 is an example, no list of the members (两类企业包括国有企业): no count to hold it to.
	if (entry?.includes === true && f.verdict === 'mismatch' && (f.parts[0]?.items.length ?? 0) < 2) f.verdict = 'uncertain';
	// Points the numbering, opening again, cut off (…二是…。今年，一是…) may have left one of theirs unnumbered: no sure count.
	if (series && cutShort(series, f.parts[0]?.count) && f.verdict === 'mismatch') f.verdict = 'uncertain';
	// In running text, a 、-list the first comma closes (实施两项计划：A计划、B计划，累计引进人才3000人。) that is exactly the
	// count is the list; the clauses after the comma say what it did, not more items.
	// (Also a block that opens with such a sentence, read as an entry — 全力实施两大工程：A、B，全年完成投资… — its formula
	// unquoted after words of its own; not a glossary term, quoted or opening its entry, whose items a comma may part.)
	// (And in any gloss, a 、-list whose comma opens a clause with a verb of its own and no list — 统一规划、…、统一管理，实现
	// 资源共享; 整合A、B…，建立…中心: what the items do or make, not one more.)
	const clauseOpening = !f.quoted && f.start >= 2 && isCjk(text.charCodeAt(f.start - 2)) && isCjk(text.charCodeAt(f.start - 1));
	if (!numbered && f.verdict === 'mismatch') {
		let comma = gloss;
		while (comma < end && text[comma] !== '，') comma++;
		work.formulas += comma - gloss;
		const verbClause = (): boolean => {
			if (!isLead(text.slice(comma + 1, comma + 3))) return false;
			let k = comma + 1;
			while (k < end && !'、，；。'.includes(text[k]!)) k++;
			work.formulas += k - comma;
			// (Not one whose object names a thing of the formula's key: one item more, its verb as the first item's (实施A行动、
			// B行动、C行动，开展D行动) — the bare key after the verb is the whole (…，深化改革).)
			const object = text.slice(comma + 3, k);
			if (f.parts.some((p) => p.key !== undefined && object.endsWith(p.key) && object.length >= p.key.length + 2)) return false;
			return k >= end || text[k] !== '、';
		};
		if (comma > gloss && comma < end && text.slice(gloss, comma).includes('、') && (inRunningText || clauseOpening || verbClause())) {
			const listed: RawFormula = { ...f, parts: f.parts.map((p) => ({ ...p, items: [] })), verdict: 'unexpanded' };
			delete listed.expansion;
			resolve(listed, text, f.start, f.end, { start: gloss, end: comma, others, entry: false });
			if (listed.verdict === 'ok') Object.assign(f, listed);
		}
	}
	// 三亚即崖州，包括天涯区、…; “两会”即全国人大和全国政协会议，包括代表、…: after a connective, a noun that restates the term
	// and then 包括 — the list is that noun's members, not the term's items, unless the noun restates the count (六稳即六个方面，
	// 包括…) or the items carry the keys.
	const first = f.parts[0]?.items[0];
	if (f.verdict !== 'unexpanded' && first && !inRunningText && restatedThenListed(text, gloss, first.start) && !itemsCarryKeys(f)) {
		f.verdict = 'unexpanded';
		f.parts = f.parts.map((p) => ({ ...p, items: [] }));
		delete f.expansion;
	}
}

/** The longest noun read as a restatement of a term after its connective. */
const RESTATEMENT_MAX = 16;

/**
 * Is the gloss at `gloss` a connective's (是指, 即 …) whose first clause is a noun alone, not restating a count, and whose
 * next clause opens with an introducer (包括, 主要包括 …) — the list read from `listAt`, after that clause?
 */
function restatedThenListed(text: string, gloss: number, listAt: number): boolean {
	if (!ENTRY_CONNECTIVES.some((w) => text.startsWith(w, gloss - w.length))) return false;
	let k = gloss;
	while (k < text.length && k - gloss <= RESTATEMENT_MAX && !/[，。；：、“”（）()\s]/.test(text[k]!)) k++;
	if (text[k] !== '，' || k === gloss || k + 1 > listAt) return false;
	const noun = text.slice(gloss, k);
	if (RESTATED_COUNT.test(noun)) return false;
	return introducerAt(text, k + 1) !== undefined || /^[\u4e00-\u9fff]{1,4}?(?:主要包括|具体包括|包括|包含|主要有)/.test(text.slice(k + 1, k + 9));
}

/**
 * Do at least half of the items of every part carry its key (稳就业、稳金融 of 六稳; 100 for 百)? An item closed by the
 * key's first character carries a key that runs on into the formula's noun (平安型、绿色型… of 四型机场: key 型机场).
 */
export function itemsCarryKeys(f: RawFormula): boolean {
	return f.parts.every((p) => {
		const key = p.key;
		if (key === undefined) return false;
		const carries = (t: string): boolean => keyForms(key).some((k) => t.includes(k)) || (key.length >= 2 && t.replace(/[“”]/g, '').endsWith(key[0]!));
		return 2 * p.items.filter((it) => carries(it.text)).length >= p.items.length;
	});
}
