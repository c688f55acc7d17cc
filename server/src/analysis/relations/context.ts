/**
 * Where a relation finder looks: a paragraph (one block's figures, with the figures of the block before it for a total
 * or a growth rate stated just before), or the whole document (a restatement, a whole stated elsewhere). Paragraph
 * results depend on nothing else, so they are cached with the block.
 */
import type { Fig, RelationDraft, Sink } from './figures';
import type { Claim } from '../types';
import type { KeptRestatement } from './restatement';
import type { Lexicon } from '../lexicon/index';
import { work } from '../work';
import { withoutNoteMarks } from '../parse/reading';
import { CharSet } from '../text/chars';

export interface Paragraph {
	readonly lexicon: Lexicon;
	/** The previous block's figures, then this block's. */
	readonly figs: readonly Fig[];
	/** Index in `figs` of this block's first figure. */
	readonly first: number;
	/** This block's figures by segment (；/。-delimited), in order. */
	readonly segments: readonly (readonly Fig[])[];
	/** The text between two figures of one block ('' across blocks). */
	between(a: Fig, b: Fig): string;
	/** Up to `n` characters of text right after / right before a figure. */
	after(f: Fig, n?: number): string;
	before(f: Fig, n?: number): string;
	/** A value computed once per paragraph for every finder that asks (the breakdowns). */
	memo<T>(key: string, compute: () => T): T;
	/** The number of years the paragraph speaks of (五年来, 过去五年, “十三五”时期 → 5), when it says. */
	periodYears(): number | undefined;
}

const PERIOD = /(?:过去|近|这)?([一二三四五六七八九十两]|[0-9]{1,2})年(?:来|间|中|累计|里)|“?十[一二三四五六七八九]五”?(?:时期|期间)/;

/** 五年来 → 5; “十三五”时期 → 5. */
function periodIn(text: string): number | undefined {
	const m = PERIOD.exec(text);
	if (!m) return undefined;
	if (m[1] === undefined) return 5;
	return /[0-9]/.test(m[1]) ? Number(m[1]) : '一二三四五六七八九十'.indexOf(m[1]) + 1 || (m[1] === '两' ? 2 : undefined);
}

/**
 * How long a past a block speaks of: several years (五年来, 过去五年, 近三年, 五年累计 — in the block, or in the block
 * before it when this one does not open on one year nor name a period to come), one year (a block opened by 一年来, 过去的一年,
 * 刚刚过去的2012年), or neither said. A period to come (今后五年, 未来五年累计) is none of them, nor a record of years (增速创5年来新高,
 * 五年来最好水平): it compares the year with them.
 */
export type PastPeriod = 'years' | 'year' | undefined;
const PAST_YEARS = /(?<![今以未往向]后|未来|再用|用)(?:过去的?|近)?(?:[二三四五六七八九十两]|(?<![0-9.])[2-9])年(?:来(?!的?(?:新高|新低|最|首))|间|累计)|过去的?(?:[二三四五六七八九十两]|[2-9])年/;
/** 这五年, 这5年: the years the text names before, past only in a block that names no period to come (今后五年是…。这五年，要…). */
const THESE_YEARS = /这(?:[二三四五六七八九十两]|[2-9])年/;
const PAST_YEAR = /过去的?一年|刚刚过去的(?:19|20)[0-9]{2}年|一年来/;
/** A period to come that a block names (今后五年, 未来五年, 今后一个时期): the block plans, whatever the block before reviewed. */
const FUTURE_YEARS = /(?:今后|未来)(?:的)?(?:[一二三四五六七八九十两几]年|(?<![0-9.])[1-9]年|一个时期|一段时期)/;
/** A plan of five years by its name (“十五五”时期, 十四五规划); not its review (“十四五”工作回顾, 成就). */
const FIVE_YEAR_PLAN = /十[一二三四五六七八九]五/;
const REVIEWED = /回顾|总结|成就|来/;

/**
 * A time a block opens on, in its first clause, other than a past its own words name (pastPeriodOf): a span (“十四五”时期,
 * 党的十八大以来, 2021年以来), a year to come or another (今年, 新的一年, 展望2030年). Not 青年, 老年 nor 年度.
 */
const OPENING_TIME = /(?:(?:19|20)[0-9]{2}|[一二三四五六七八九十两0-9]|[今明本]|新的一?)年(?![轻龄级度])|以来|时期|期间|展望/;
/** The opening clause OPENING_TIME is read in: up to the first comma, colon or sentence end, within YEAR_LEAD. */
const OPENING_CLAUSE = /^[^，,：:；;。]*/;

/** Does a block open on a time of its own (OPENING_TIME): the past carried down its part is not its. */
export function opensOnOwnTime(text: string): boolean {
	return OPENING_TIME.test(OPENING_CLAUSE.exec(text.slice(0, YEAR_LEAD))![0]);
}

/** Does a block name a period to come (今后五年, 未来5年, 今后一个时期)? */
export function namesFuture(text: string): boolean {
	return (text.includes('今后') || text.includes('未来')) && FUTURE_YEARS.test(text);
}

/** A part's heading that names a period of years to come (二、今后五年主要任务, 二、“十五五”时期…主要目标任务): its figures plan them. */
export function namesYearsAhead(title: string): boolean {
	// (Each pattern only on a title that holds a word it needs: most hold none.)
	return ((title.includes('今后') || title.includes('未来')) && FUTURE_YEARS.test(title)) || (title.includes('五') && FIVE_YEAR_PLAN.test(title) && !REVIEWED.test(title));
}

/** How far into a block its one year is named: the block opens on it. */
const YEAR_LEAD = 24;

/** The counts a number of years in PAST_YEARS is written with (五年, 两年, 过去5年). */
const YEARS_COUNT = new CharSet('二三四五六七八九十两23456789');

/**
 * Does the text name several past years (PAST_YEARS)? Never without a count right before 年, found first by the native
 * search (most blocks have none): the pattern, tried at every place, only where one stands.
 */
function namesPastYears(text: string): boolean {
	for (let k = text.indexOf('年', 1); k >= 0; k = text.indexOf('年', k + 1)) {
		if (YEARS_COUNT.has(text.charCodeAt(k - 1))) return PAST_YEARS.test(text) || (THESE_YEARS.test(text) && !namesFuture(text));
	}
	return false;
}

export function pastPeriodOf(text: string, previousText: string): PastPeriod {
	if (namesPastYears(text)) return 'years';
	const lead = text.slice(0, YEAR_LEAD);
	if (lead.includes('年') && PAST_YEAR.test(lead)) return 'year';
	return namesPastYears(previousText) && !FUTURE_YEARS.test(text) ? 'years' : undefined;
}

/** A numbered item's opening (（一）, 一是, 1.), bold or not; not a part's heading (一、). */
const ITEM_OPENING = /^\s*(?:\*\*)?(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|[0-9]{1,2}[.．](?![0-9]))/;
/** The longest lead a block of items is announced by. */
const LEAD_MAX = 60;

/** A colon (maybe bold) ending a block; a year and a comma opening one (module constants: read for every block). */
const COLON_AT_END = /[：:](?:\*\*)?\s*$/;
const YEAR_OPENING = /^\s*(?:\*\*)?((?:19|20)[0-9]{2})年[，,]/;

/** A lead of the one past year that numbered items follow: `一年来，我们主要做了以下工作：`. */
export function leadsYearItems(text: string): boolean {
	if (text.length > LEAD_MAX) return false;
	const lead = text.slice(0, YEAR_LEAD);
	return lead.includes('年') && PAST_YEAR.test(lead) && COLON_AT_END.test(text);
}

/** Does the block open with a numbered item's number (（一）精准施策…, 一是…)? */
export function opensItem(text: string): boolean {
	return ITEM_OPENING.test(text);
}

/** A block opened by the year before the one the document is dated (`2015年，面对…` in a report of 2016): of that year. */
export function opensOnYearBefore(text: string, dated: string): boolean {
	if (dated === '') return false;
	const m = YEAR_OPENING.exec(text);
	return m !== null && Number(m[1]) === Number(dated) - 1;
}

export interface DocumentFigures {
	readonly lexicon: Lexicon;
	/** Every figure of the document, in order. */
	readonly all: readonly Fig[];
	/** The block of each figure of `all`. */
	readonly blockOf: Int32Array;
	/**
	 * The rank of each figure's block among the blocks with figures: the index of what is the block's in the arrays below
	 * (`d.yearOf[d.rankOf[i]!]`), kept once per block rather than copied to each of its figures.
	 */
	readonly rankOf: Int32Array;
	/** The part of the document (a top-level section) of each block with figures (-1 before the first). */
	readonly sectionOf: Int32Array;
	/** The year each block's headings name (the innermost that names one: 三、2023年工作安排 → 2023), or ''. */
	readonly yearOf: readonly string[];
	/** The past each block speaks of (pastPeriodOf). */
	readonly pastOf: readonly PastPeriod[];
	/** The past each block speaks of, or else the one carried down its part from the last block that named one. */
	readonly carriedOf: readonly PastPeriod[];
	/** 1 where the block's part is headed by a period of years to come (namesYearsAhead: 今后五年, “十五五”时期). */
	readonly aheadOf: Uint8Array;
	/**
	 * The lead of the run of list items each block stands in (the block right before the run: `2018年主要指标：`, `###
	 * 全国主要数据`), its first characters; '' for a block of no list.
	 */
	readonly leadOf: readonly string[];
	/** 1 where the block is a line that names, with no sentence's end (。；！？): a title or an item, not a sentence. */
	readonly lineOf: Uint8Array;
	/** The text of each block (the joined text its RawClaim.q is placed in), to read a figure's sentence before it. */
	readonly textOf: readonly string[];
	/**
	 * The analysis is one of a series on a document (it has a BlockCache): what a finder keeps of what it found for the
	 * next analysis of the document (restatement.ts). A single analysis keeps nothing.
	 */
	readonly keep: DocumentMemo | undefined;
}

/**
 * What the document finders keep from one analysis of a document for the next, one per BlockCache: values by a position
 * in DocumentFigures.all, the last analysis's and this one's (so it holds what one analysis made, never more).
 */
export class ByPosition<T> {
	// Arrays of the document's figures' length: positions are dense, and an indexed store is cheaper than a map's.
	#last: (T | undefined)[] = [];
	#now: (T | undefined)[] = [];

	/** An analysis of `n` figures begins: what the one before kept is asked, what this one keeps is for the next. */
	begin(n: number): void {
		this.#last = this.#now;
		this.#now = new Array<T | undefined>(n);
	}

	last(at: number): T | undefined {
		return at < this.#last.length ? this.#last[at] : undefined;
	}

	keep(at: number, value: T): void {
		this.#now[at] = value;
	}
}

/** The document finders' memos of a document (BlockCache.relations). */
export class DocumentMemo {
	/** The restatements (restatement.ts), by the position of their second figure. */
	readonly restatements = new ByPosition<KeptRestatement>();
	/**
	 * The prose claims of the last analysis as buildClaims made them, with their relations (claimModel.ts): a claim the
	 * same at the same index is taken rather than made again. Never changed: the passes after buildClaims copy a claim
	 * they give relations to once it is not theirs.
	 */
	claims: readonly Claim[] | undefined;
}

/** A relation kind: how its figures are found, in a paragraph, across the document, or both. */
export interface RelationFinder {
	/** Relations within a block (and the block before it). */
	readonly paragraph?: (p: Paragraph, sink: Sink) => void;
	/** Relations across the document. */
	readonly document?: (d: DocumentFigures, sink: Sink) => void;
}

/** The offset of the first character of `text` that is no space (a list marker read as spaces is none). */
function wordsStart(text: string): number {
	let i = 0;
	while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x3000)) i++;
	return i;
}

/** Position of `f` in `p.figs`. */
export function positionIn(p: Paragraph, f: Fig): number {
	return p.figs[p.first + f.local] === f ? p.first + f.local : f.local;
}

export function makeParagraph(lexicon: Lexicon, previous: readonly Fig[], previousText: string, current: readonly Fig[], text: string): Paragraph {
	const figs = previous.length === 0 ? current : [...previous, ...current];
	const first = previous.length;
	const segments: Fig[][] = [];
	for (const f of current) {
		const last = segments[segments.length - 1];
		if (last && last[0]!.segment === f.segment) last.push(f);
		else segments.push([f]);
	}
	work.relations += figs.length;
	const isCurrent = (f: Fig): boolean => figs[first + f.local] === f;
	const memos = new Map<string, unknown>();
	const textOf = (f: Fig): string => (isCurrent(f) ? text : previousText);
	// Where each text's words begin: a list item's marker is read as spaces (clauseReadingText), and the words before a
	// figure start at the item's first word (- 在铁的总产量…中 opens its clause as 在铁的总产量…中 does).
	const opens = wordsStart(text);
	const previousOpens = wordsStart(previousText);
	return {
		lexicon,
		figs,
		first,
		segments,
		// The words as read: footnote marks between them dropped (总数[3]达到 reads 总数达到).
		between: (a, b) => (isCurrent(a) === isCurrent(b) ? withoutNoteMarks(textOf(a).slice(a.q.end, b.q.start)) : ''),
		after: (f, n = 16) => withoutNoteMarks(textOf(f).slice(f.q.end, f.q.end + n)),
		before: (f, n = 12) => withoutNoteMarks(textOf(f).slice(Math.max(isCurrent(f) ? opens : previousOpens, f.q.start - n), f.q.start)),
		memo<T>(key: string, compute: () => T): T {
			// One look-up when the value is kept (asked per figure by some finders); an undefined value kept is asked again.
			const kept = memos.get(key);
			if (kept !== undefined || memos.has(key)) return kept as T;
			const value = compute();
			memos.set(key, value);
			return value;
		},
		periodYears(): number | undefined {
			return this.memo('periodYears', () => periodIn(text) ?? periodIn(previousText));
		},
	};
}

/** Drafts of a finder kind, each with the positions of its figures in `p.figs`. */
export interface PlacedDraft {
	readonly draft: RelationDraft;
	readonly positions: readonly number[];
	readonly target: number;
}

export function place(p: Paragraph, drafts: readonly RelationDraft[]): PlacedDraft[] {
	return drafts.map((draft) => ({ draft, positions: draft.figs.map((f) => positionIn(p, f)), target: positionIn(p, draft.target) }));
}

const OWN_REGIONS = new WeakMap<DocumentFigures, string>();

/**
 * The region a document speaks of as its own: the one its figures name most often (全市 in a city's report), '' when none
 * is named or two are named as often. Computed once per document's figures.
 */
export function ownRegion(d: DocumentFigures): string {
	let own = OWN_REGIONS.get(d);
	if (own !== undefined) return own;
	const counts = new Map<string, number>();
	for (const f of d.all) if (f.region !== '') counts.set(f.region, (counts.get(f.region) ?? 0) + 1);
	let best = 0;
	own = '';
	for (const [region, n] of counts) {
		if (n > best) [best, own] = [n, region];
		else if (n === best) own = '';
	}
	OWN_REGIONS.set(d, own);
	return own;
}

/** Figures of one indicator beyond which its statement is ambiguous across a document (a review and a plan, two years). */
export const SPREAD_MAX = 4;
const SPREAD = new WeakMap<DocumentFigures, ReadonlyMap<string, readonly number[]>>();

/**
 * The exact amounts of each indicator in the document (indexes into `all`; no bracketed, from–to, annual-average or
 * percentage figure), up to one more than SPREAD_MAX each — made once per document for the finders of parts and totals
 * stated far apart (partSum.ts, subset.ts).
 */
export function amountsByIndicator(d: DocumentFigures): ReadonlyMap<string, readonly number[]> {
	const made = SPREAD.get(d);
	if (made) return made;
	const byKey = new Map<string, number[]>();
	for (let i = 0; i < d.all.length; i++) {
		const f = d.all[i]!;
		if (f.indicator === undefined || f.kind !== 'amount' || !f.exact || f.inBrackets || f.fromTo || f.annualAverage || f.unit === '' || f.unit === '%') continue;
		const list = byKey.get(f.indicator);
		if (!list) byKey.set(f.indicator, [i]);
		else if (list.length <= SPREAD_MAX) list.push(i);
	}
	SPREAD.set(d, byKey);
	return byKey;
}

/** Figures of one region: the same named, or one named the document's own and the other none (its own by default). */
export function sameRegion(d: DocumentFigures, a: { readonly region: string }, b: { readonly region: string }): boolean {
	if (a.region === b.region) return true;
	const own = ownRegion(d);
	return own !== '' && (a.region === '' ? b.region === own : b.region === '' && a.region === own);
}
