/** Claims of the whole document and the relations between them. */
import type { Claim, Quantity, Relation, Section } from './types';
import type { TextModel } from './text/textModel';
import { type BlockWork, blockPastPeriod, paragraphDrafts, readingOf } from './blockWork';
import { relateDocument } from './relations/index';
import { type DocumentMemo, leadsYearItems, namesFuture, namesYearsAhead, opensItem, opensOnOwnTime, opensOnYearBefore, type PastPeriod, pastPeriodOf } from './relations/context';
import type { RawClaim } from './parse/claims';
import type { Lexicon } from './lexicon/index';

const NO_RELATIONS: readonly number[] = Object.freeze([]);

/** A claim of the prose: not a table's cell, nor a count appended after them (a formula's, the people's, a span of years'). */
export function isProseClaim(c: Claim): boolean {
	return c.cell === undefined && c.formula === undefined && c.people === undefined && c.duration === undefined;
}

/** How many claims come first that are the prose's, in quantity order (the tables' cells, then the formulas' counts follow). */
function proseClaims(claims: readonly Claim[]): number {
	let lo = 0;
	let hi = claims.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (isProseClaim(claims[mid]!)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The past a part's blocks carry after a block of past `own` (its own or read with the block before): a named past replaces
 * the carried one; a period to come, or a block opening on a time of its own (“十四五”时期，…; 今年主要预期目标是…; 2021年以来…),
 * ends it.
 */
function carriedPast(carried: PastPeriod, own: PastPeriod, text: string): PastPeriod {
	if (own !== undefined) return own;
	return namesFuture(text) || opensOnOwnTime(text) ? undefined : carried;
}

/** Index of the prose's claim of quantity `q` (the prose's claims are in quantity order), by binary search, or -1. */
export function proseClaimOf(claims: readonly Claim[], q: number): number {
	let lo = 0;
	let hi = proseClaims(claims) - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const at = claims[mid]!.quantity;
		if (at === q) return mid;
		if (at < q) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

/**
 * `order[from..to)` as a list, made at its length: an empty array pushed to takes a store of 17 entries, for a claim's
 * list of one or two relations.
 */
function listOf(order: Int32Array, from: number, to: number): number[] {
	const list = new Array<number>(to - from);
	for (let k = from; k < to; k++) list[k - from] = order[k]!;
	return list;
}

/** `list` is `order[from..to)`. */
function sameRun(list: readonly number[], order: Int32Array, from: number, to: number): boolean {
	if (list.length !== to - from) return false;
	for (let k = 0; k < list.length; k++) if (list[k] !== order[from + k]) return false;
	return true;
}

/** The claim toClaim would make of `raw` is `was` (field by field; its relations aside): its span the same object, that of a quantity an edit did not move. */
function sameClaim(was: Claim, raw: RawClaim, q: Quantity, quantity: number): boolean {
	return (
		was.span === q.span &&
		was.quantity === quantity &&
		was.text === q.text &&
		was.value === q.value &&
		was.approx === q.approx &&
		was.unit === raw.unit &&
		was.kind === raw.kind &&
		was.subject === raw.subject &&
		was.scope === raw.scope &&
		was.direction === (raw.direction ? raw.direction : undefined) &&
		was.indicator === raw.indicator &&
		was.whole === raw.whole &&
		was.cell === undefined
	);
}

type MutableClaim = { -readonly [K in keyof Claim]: Claim[K] };

/**
 * The claim of `raw`. One literal per set of the fields a claim may have that are most often there (direction,
 * indicator), in Claim's order: a field added to a literal once made does not fit in the object and takes a second
 * allocation (its properties' store) and a change of shape, for every claim of a sentence of rates (增长12.5%).
 */
function toClaim(raw: RawClaim, q: Quantity, quantity: number): Claim {
	const { span, text, value, approx } = q;
	const { unit, kind, subject, scope, indicator } = raw;
	const direction = raw.direction ? raw.direction : undefined;
	let claim: MutableClaim;
	if (direction === undefined) {
		claim = indicator === undefined ? { span, text, value, unit, kind, subject, scope, approx, quantity, relations: NO_RELATIONS } : { span, text, value, unit, kind, subject, scope, approx, quantity, relations: NO_RELATIONS, indicator };
	} else {
		claim = indicator === undefined ? { span, text, value, unit, kind, subject, scope, approx, quantity, relations: NO_RELATIONS, direction } : { span, text, value, unit, kind, subject, scope, approx, quantity, relations: NO_RELATIONS, direction, indicator };
	}
	if (raw.whole !== undefined) claim.whole = raw.whole;
	return claim;
}

/**
 * The year a document is dated, when a full date stands under its title (`——2023年1月16日在…`, `2023年1月6日`): the year a
 * work report plans for, and so the year of an annex under a title of its own that names none (附件1⏎10件民生实事).
 */
const DATED = /((?:19|20|１９|２０)[0-9０-９]{2})年[0-9０-９]{1,2}月[0-9０-９]{1,2}日/;
/** A year named in a heading, in half- or full-width digits (２０２３年 as 2023年). */
const NAMED_YEAR = /((?:19|20|１９|２０)[0-9０-９]{2})年/;

/** A heading's words for a past period (过去一年, 过去的五年, 去年, 上年, 近五年, 五年来, 2018年以来 is a year named). */
const PAST_HEADING = /过去的?[一二三四五六七八九十0-9]{1,2}年|去年|上一?年|近[一二三四五六七八九十0-9]{1,2}年|[一二三四五六七八九十0-9]{1,2}年来/;

/** Full-width digits as ASCII: ２０２３ → 2023. */
function asciiDigits(s: string): string {
	return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
/** The head of a document: what stands before its first part (its title, date and author lines), at most 600 characters. */
function documentHead(sections: readonly Section[], text: string): string {
	const first = sections[0];
	const part = first?.kind === 'title' ? first.children[0] : first;
	return text.slice(0, Math.min(600, part?.headingSpan.start ?? text.length));
}
function documentYear(sections: readonly Section[], text: string): string {
	const year = DATED.exec(documentHead(sections, text))?.[1];
	return year === undefined ? '' : asciiDigits(year);
}

/** A full date in a head, all its matches. */
const DATED_ALL = new RegExp(DATED.source, 'g');
/** Marks of a clause or a sentence: a line holding one is prose, not a date line (截至2024年12月31日，党员总数为…). */
const PROSE_MARK = /[，,。；;！!？?]/;

/**
 * The year of a document's date line: a full date in its head on a line of its own, no prose around it (——2019年1月20日在…
 * 会议上, （2024年3月5日）, title: …报告（2021年1月13日 陈平）), or ''. Stricter than documentYear: a date that opens a
 * sentence of the head (截至2024年12月31日，…; 2018年12月31日，全市…) dates what the sentence tells, not the document, and
 * 今年 is read by the date line alone (relations/datedDurations.ts).
 */
export function dateLineYear(sections: readonly Section[], text: string): string {
	const head = documentHead(sections, text);
	for (const m of head.matchAll(DATED_ALL)) {
		const lineStart = head.lastIndexOf('\n', m.index) + 1;
		const lineEnd = head.indexOf('\n', m.index);
		if (!PROSE_MARK.test(head.slice(lineStart, lineEnd < 0 ? head.length : lineEnd))) return asciiDigits(m[1]!);
	}
	return '';
}

/**
 * Where the year the text speaks of changes: at each section whose heading names one, and back at its end. A part that
 * names none speaks of its parent's (the review and the plan of a report each name theirs); an annex's title that names
 * none, of the year the document is dated.
 */
function yearChanges(sections: readonly Section[], dated: string): { at: number; year: string }[] {
	const walk = (dedupe: boolean): { out: { at: number; year: string }[]; sorted: boolean } => {
		const out: { at: number; year: string }[] = [];
		let sorted = true;
		const push = (at: number, year: string): void => {
			const last = out[out.length - 1];
			if (last !== undefined && at < last.at) sorted = false;
			// An entry of the year in force changes nothing (when the entries are in order: see below).
			if (dedupe && last !== undefined && at >= last.at && year === last.year) return;
			out.push({ at, year });
		};
		const visit = (list: readonly Section[], outer: string, top: boolean): void => {
			list.forEach((section, i) => {
				// A title without 年 names no year and no past period (every word of PAST_HEADING holds 年): no regex run on it.
				const ofYear = section.title.includes('年');
				const named = ofYear ? NAMED_YEAR.exec(section.title)?.[1] : undefined;
				const own = named === undefined ? undefined : asciiDigits(named);
				// A part that names a past period and no year (过去一年工作回顾, 过去五年工作回顾 under 2023年政府工作报告) speaks of
				// no year its parent names: the year before it, or years.
				const year = own ?? (ofYear && PAST_HEADING.test(section.title) ? '' : top && i > 0 && section.kind === 'title' ? dated : outer);
				push(section.headingSpan.start, year);
				if (section.children.length > 0) visit(section.children, year, false);
				push(section.bodySpan.end, outer);
			});
		};
		visit(sections, '', true);
		return { out, sorted };
	};
	// In document order; at one offset, the later entry (the next section's start after the previous one's end) wins.
	// Sections nest, so the walk is in order already but for ill-nested spans: sort (stably) only then, every entry kept.
	const first = walk(true);
	if (first.sorted) return first.out;
	return walk(false)
		.out.map((e, i) => ({ ...e, i }))
		.sort((a, b) => a.at - b.at || a.i - b.i);
}

/**
 * The entry of a block without figures (most lines of a document) for relateDocument, which reads nothing of it but its
 * figures and drafts (none): one for all, rather than an object per block and keystroke.
 */
const NO_FIGURES = Object.freeze({ figs: Object.freeze([]), drafts: Object.freeze([]), section: -1, year: '', lead: '', line: false, text: '' });

/** What ends a sentence: a block with none is a line that names (a title, an item), not a sentence. */
const SENTENCE_END = /[。；;！!？?]/;
/** The characters of a list's lead kept (a lead-in or a heading names its period and region first). */
const LEAD_MAX = 40;

export function buildClaims(
	model: TextModel,
	works: readonly BlockWork[],
	quantities: readonly Quantity[],
	lexicon: Lexicon,
	sections: readonly Section[],
	keep?: DocumentMemo,
): { claims: Claim[]; relations: Relation[]; years: (number | undefined)[] } {
	// The part of the document each block stands in (the review, this year's tasks, an annex …): the top-level sections,
	// or the sections under a title that holds them all.
	let parts = sections;
	while (parts.length === 1 && parts[0]!.children.length > 0) parts = parts[0]!.children;
	// Parts that plan years to come (二、今后五年主要任务), read once per part.
	const partsAhead = parts.map((p) => namesYearsAhead(p.title));
	let s = 0;
	const sectionOf = (block: number): number => {
		const start = model.blocks[block]!.span.start;
		while (s + 1 < parts.length && parts[s + 1]!.bodySpan.start <= start) s++;
		return parts.length > 0 && parts[s]!.bodySpan.start <= start ? s : -1;
	};
	// The year each block speaks of: the one named by the innermost heading above it that names one (2022年工作总结,
	// 三、2023年工作安排, an annex's 成都市2023年民生实事工作目标).
	const dated = documentYear(sections, model.text);
	const changes = yearChanges(sections, dated);
	let y = -1;
	const yearOf = (block: number): string => {
		const start = model.blocks[block]!.span.start;
		while (y + 1 < changes.length && changes[y + 1]!.at <= start) y++;
		return y >= 0 ? changes[y]!.year : '';
	};
	// Made at their length (counted first) and filled: pushed one by one, arrays of 12,500 claims are copied as they grow.
	let total = 0;
	for (let b = 0; b < works.length; b++) total += works[b]!.claims.length;
	const claims: Claim[] = new Array<Claim>(total);
	// The year each claim's headings name (its block's), for a claim that states none.
	const years: (number | undefined)[] = new Array<number | undefined>(total);
	let made = 0; // claims made so far
	let qOffset = 0; // index of the block's first quantity in `quantities`
	// Whether the blocks being read are the numbered items a lead of the past year (一年来，我们主要做了以下工作：)
	// announced: they run on while each block opens with its number.
	let items = false;
	// The lead of the run of list items a block stands in (the block right before the run: `2018年主要指标：`, `### 全国主要数据`,
	// `---`), read for the period and region it names.
	let lead = '';
	// The past the blocks of a part speak of, carried down from the last block that named one (过去一年… then its
	// paragraphs, 这五年… then the next): a block's own named past or a period to come replaces it, a new part drops it.
	let carried: PastPeriod;
	let carriedSection = -1;
	// The claims of the last analysis (a series' memo): one the same at its index is taken (isKept), not made again.
	const last = keep?.claims;
	const isKept = new Uint8Array(total);
	const blocks = works.map((work, b) => {
		const year = yearOf(b);
		const yearNumber = year === '' ? undefined : Number(year);
		// (An index loop: no iterator per block, most of which have no claim.)
		for (let k = 0; k < work.claims.length; k++) {
			const raw = work.claims[k]!;
			const q = quantities[qOffset + raw.qIndex]!;
			const was = last?.[made];
			if (was !== undefined && sameClaim(was, raw, q, qOffset + raw.qIndex)) {
				isKept[made] = 1;
				claims[made] = was;
			} else claims[made] = toClaim(raw, q, qOffset + raw.qIndex);
			years[made++] = yearNumber;
		}
		qOffset += work.quantities.length;
		// The texts as read: a half-width mark in Chinese text ends a clause as its full-width one does (same offsets).
		const text = readingOf(work, model.blocks[b]);
		const previousText = readingOf(works[b - 1], model.blocks[b - 1]);
		// A block that speaks of no period of its own is of the past year when that year opens it (2015年，… in a report of
		// 2016) or when it is one of the numbered items a lead of the year announced.
		items = items && opensItem(text);
		const opensList = model.blocks[b]!.kind === 'list' && model.blocks[b - 1]?.kind !== 'list';
		if (opensList) lead = previousText.slice(0, LEAD_MAX);
		const section = sectionOf(b);
		if (section !== carriedSection) {
			carried = undefined;
			carriedSection = section;
		}
		if (work.claims.length === 0) {
			// A lead of the year's numbered items makes them the year's while they run (items), not the blocks after them.
			if (leadsYearItems(text)) items = true;
			else carried = carriedPast(carried, pastPeriodOf(text, previousText) ?? (opensOnYearBefore(text, dated) ? 'year' : undefined), text);
			return NO_FIGURES;
		}
		const drafts = paragraphDrafts(lexicon, work, text, works[b - 1], previousText);
		let past = blockPastPeriod(work, text, works[b - 1], previousText);
		if (past === undefined && (items || opensOnYearBefore(text, dated))) past = 'year';
		if (leadsYearItems(text)) items = true;
		carried = carriedPast(carried, past, text);
		const list = model.blocks[b]!.kind === 'list';
		return { figs: work.claims, drafts, section, year, past, carried, ahead: section >= 0 && partsAhead[section]!, lead: list ? lead : '', line: !SENTENCE_END.test(text), text };
	});
	const relations = relateDocument(lexicon, blocks, keep);
	// The claim objects made here are ours until returned: give each its relations without copying it (most have none and
	// keep the shared empty list). A kept claim is not: its relations are compared with those it had, and a copy takes
	// others. By claim, counted then placed in one array (positions from `start[claim]`): no list made for a kept claim.
	const start = new Int32Array(claims.length + 1);
	for (let i = 0; i < relations.length; i++) for (const c of relations[i]!.claims) if (c < claims.length) start[c + 1]!++;
	for (let k = 0; k < claims.length; k++) start[k + 1]! += start[k]!;
	const order = new Int32Array(start[claims.length]!);
	const next = start.slice(0, claims.length);
	for (let i = 0; i < relations.length; i++) for (const c of relations[i]!.claims) if (c < claims.length) order[next[c]!++] = i;
	for (let index = 0; index < claims.length; index++) {
		const from = start[index]!;
		const to = start[index + 1]!;
		const claim = claims[index] as { relations: readonly number[] };
		if (isKept[index]) {
			if (!sameRun(claim.relations, order, from, to)) claims[index] = { ...(claim as Claim), relations: from === to ? NO_RELATIONS : listOf(order, from, to) };
		} else if (from < to) claim.relations = listOf(order, from, to);
	}
	if (keep) keep.claims = claims.slice();
	return { claims, relations, years };
}
