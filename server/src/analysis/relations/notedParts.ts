/**
 * A part a footnote says a marked figure includes: `全年沪深交易所A股累计筹资[43]15417亿元` and the note `[43]…筹资额包括了
 * 可转债实际转股金额，2019年、2020年可转债实际转股金额分别为995亿元和1195亿元。` — the note names what the marked statistic
 * includes, then that thing's amount for each of its years with 分别: the amount of the marked figure's year is at most it
 * (claim.subset). Only a note that says it in one sentence: 包括 (not 不包括), then the years, the same name again or none,
 * 分别为 and one amount a year, joined by 、 or 和, of the marked figure's unit.
 *
 * Linear: one pass over the figures for the marks right before them and the notes' amounts, each note's text read once.
 */
import type { DocumentFigures } from './context';
import { type Fig, WHOLE_YEAR_SCOPE } from './figures';
import { AIM_WORDS, ANY_PART_OF_YEAR_WORDS, COMING_WORDS, LAST_YEAR_WORDS, SINCE_WORDS, YEAR_BEFORE_LAST_WORDS } from '../parse/reading';
import { afterLast } from '../text/trim';

/** A footnote mark right before a figure (累计筹资[43]15417亿元). */
const MARK_BEFORE = /[[［]([0-9]{1,3})[\]］]\s{0,2}$/;
/** How far before a figure its mark is looked for. */
const MARK_REACH = 8;
/** A note's block opens with its mark ([43]沪深交易所…). */
const NOTE_OPENING = /^\s*[[［]([0-9]{1,3})[\]］]/;
/** What the marked statistic includes, to the clause's end (筹资额包括了可转债实际转股金额，); not 不包括, 未包括. */
const INCLUDES = /(?<![不未])(?:包括|包含)了?([\u4e00-\u9fff]{2,16})[，,]/;
/** Right after it: the years, the included thing named again or not, and 分别为 (2019年、2020年可转债实际转股金额分别为). */
const BY_YEARS = /^((?:(?:19|20)[0-9]{2}年[、和及与]?){2,6})([\u4e00-\u9fff]{0,16}?)分别为$/;
/** A year of that list. */
const A_YEAR = /(?:19|20)[0-9]{2}(?=年)/g;
/** What joins two amounts of a 分别 list. */
const JOIN = /^[、和及与，,]$/;
/** A word that denies the inclusion in the words before 包括 (筹资额没有包括…, 不再包括…). */
const DENIED = /[不未没除]/;
/** The words of a measure a statistic's name may end with (筹资额, 筹资金额): 筹资额 names what 累计筹资 does. */
const MEASURE_END = /(?:总?金?额|数额|总量)$/;
/** How far back a marked figure's sentence is read, for its name and its period. */
const SENTENCE_BACK = 48;
/**
 * Words before a marked figure in its sentence that make it of no whole year the headings or the title date (上年…,
 * 上半年…, 1-6月…, 2016年以来…, “十三五”时期…) or an aim (力争…): the note's amount of a year is no part of it.
 */
export const OTHER_PERIOD = new RegExp(`${AIM_WORDS}|${LAST_YEAR_WORDS}|${YEAR_BEFORE_LAST_WORDS}|${COMING_WORDS}|${ANY_PART_OF_YEAR_WORDS}|${SINCE_WORDS}|期间|时期`);

export interface NotedPart {
	/** Positions in `all`: the marked figure, and the note's amount of its year. */
	readonly whole: number;
	readonly part: number;
}

/**
 * The year a figure is of: its own, its sentence's, or its headings' — undefined for a figure of a part of a year, of a
 * span of years, of the year before, or aimed at (`before`: its sentence's words before its mark).
 */
function yearOfFig(d: DocumentFigures, k: number, before: string): number | undefined {
	const f = d.all[k]!;
	if (f.sentencePeriod !== undefined || (f.scope !== '' && !WHOLE_YEAR_SCOPE.test(f.scope)) || OTHER_PERIOD.test(before)) return undefined;
	const y = f.year ?? f.sentenceYear;
	if (y !== undefined) return y;
	const h = d.yearOf[d.rankOf[k]!];
	return h !== undefined && h !== '' ? Number(h) : undefined;
}

/**
 * The note of block `b` (its figures from `from` to `to` in `all`): its mark, and the amount it gives for each year of
 * what it says the marked statistic includes; undefined for a block that is no such note.
 */
function readNote(d: DocumentFigures, from: number, to: number): { mark: string; of: string; byYear: Map<number, number> } | undefined {
	const text = d.textOf[d.rankOf[from]!]!;
	const opening = NOTE_OPENING.exec(text);
	const mark = opening?.[1];
	if (mark === undefined) return undefined;
	const inc = INCLUDES.exec(text);
	if (!inc) return undefined;
	// What includes it, the words of its clause before 包括 (筹资额): none, or the marked statistic's (see namesWhole).
	const of = afterLast(text.slice(opening![0].length, inc.index), '，,。；;：:');
	if (DENIED.test(of)) return undefined;
	const after = inc.index + inc[0].length;
	// The amounts of the 分别 list: the note's figures after the inclusion, the first right after 分别为.
	let k = from;
	while (k < to && d.all[k]!.q.start < after) k++;
	if (k >= to) return undefined;
	const years = BY_YEARS.exec(text.slice(after, d.all[k]!.q.start));
	if (!years || (years[2] !== '' && years[2] !== inc[1])) return undefined;
	const listed = years[1]!.match(A_YEAR)!.map(Number);
	if (k + listed.length > to) return undefined;
	const byYear = new Map<number, number>();
	for (let n = 0; n < listed.length; n++) {
		const f = d.all[k + n]!;
		if (f.kind !== 'amount' || f.inBrackets || f.unit !== d.all[k]!.unit) return undefined;
		if (n > 0 && !JOIN.test(text.slice(d.all[k + n - 1]!.q.end, f.q.start))) return undefined;
		byYear.set(listed[n]!, k + n);
	}
	return { mark, of: of.replace(MEASURE_END, ''), byYear };
}

/**
 * Does the note's subject of 包括 (筹资额 → 筹资; '' for none) name what the words before the mark do (…A股累计筹资)? Its last
 * two characters end them: a note on 债券发行额 says nothing of 筹资.
 */
function namesWhole(of: string, before: string): boolean {
	return of === '' || before.replace(MEASURE_END, '').endsWith(of.slice(-2));
}

/**
 * Every marked figure and the amount its note says it includes, of its year and unit. A figure's note is the first
 * with its mark after it (a document that numbers its notes again in each part marks other notes with the same numbers).
 */
export function notedParts(d: DocumentFigures): NotedPart[] {
	const all = d.all;
	// The marked figures that wait for their note, by mark, with their sentence's words before the mark.
	const pending = new Map<string, { at: number; before: string }[]>();
	const out: NotedPart[] = [];
	for (let k = 0; k < all.length; ) {
		// One block at a time: a note's, or one whose figures may carry marks.
		let end = k + 1;
		while (end < all.length && d.blockOf[end] === d.blockOf[k]) end++;
		const note = readNote(d, k, end);
		if (note) {
			for (const { at: w, before } of pending.get(note.mark) ?? []) {
				const y = namesWhole(note.of, before) ? yearOfFig(d, w, before) : undefined;
				const part = y === undefined ? undefined : note.byYear.get(y);
				if (part !== undefined && all[part]!.unit === all[w]!.unit) out.push({ whole: w, part });
			}
			pending.delete(note.mark);
		} else {
			const text = d.textOf[d.rankOf[k]!]!;
			for (let j = k; j < end; j++) {
				const f: Fig = all[j]!;
				if (f.kind !== 'amount' || f.inBrackets) continue;
				const m = MARK_BEFORE.exec(text.slice(Math.max(0, f.q.start - MARK_REACH), f.q.start));
				if (m === null) continue;
				const mark = m[1]!;
				const at = f.q.start - m[0].length;
				const marked = { at: j, before: afterLast(text.slice(Math.max(0, at - SENTENCE_BACK), at), '。；;！？\n') };
				const list = pending.get(mark);
				if (list) list.push(marked);
				else pending.set(mark, [marked]);
			}
		}
		k = end;
	}
	return out;
}
