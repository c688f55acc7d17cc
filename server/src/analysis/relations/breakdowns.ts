/**
 * Breakdowns: a total and the parts the text lists under it — `党员总数10027.1万名…其中女党员3094.4万名，少数民族党员…`,
 * `地区生产总值98.38亿元。其中，第一产业增加值21.58亿元…`, `党员中，…`. A part is at most its whole (claim.subject);
 * the parts add up to it (claim.part-sum) only when they are known to partition it: by the lexicon, or because the text
 * names them all — a catch-all part (其他…, 其余…), age or size bands open at both ends (30岁及以下 … 61岁及以上).
 */
import type { Paragraph } from './context';
import type { Fig } from './figures';
import type { Lexicon } from '../lexicon/index';
import { work } from '../work';

export interface Breakdown {
	readonly total: Fig;
	readonly parts: readonly Fig[];
	/** How the parts are known to partition the total, or undefined when they need not add up. */
	readonly complete?: 'lexicon' | 'catch-all' | 'bands';
}

/** Text between a total and its first part that opens the list of parts: `，其中`, `。其中，`, `（其中：`. */
const OF_WHICH = /^[^。；]{0,24}?[，。；（(]?其中[，：:、]?$|^[^。；]{0,24}?[，。；]其中[，：:、]?[^。；，]{0,30}$/;
/** `。党员中，…`: the list opens with the total's noun and 中. */
const NOUN_OF_WHICH = /[，。；]([\u4e00-\u9fff]{1,8})中[，：:]?$/;

function opensParts(between: string, total: Fig): boolean {
	if (OF_WHICH.test(between)) return true;
	const m = NOUN_OF_WHICH.exec(between);
	return m !== null && total.subject.includes(m[1]!);
}
/** An average is no total (人均, 平均). */
const AVERAGE = /人均|平均|户均|均/;
const CATCH_ALL = /^(?:其他|其余|其它)/;
const LOW_BAND = /(?:及以下|以下)/;
const HIGH_BAND = /(?:及以上|以上)/;

/** The noun counted right after a figure (59个机构 → 机构; 3200名党员 → 党员), '' when none. */
function countedNoun(p: Paragraph, f: Fig): string {
	const after = p.after(f, 4);
	let n = 0;
	while (n < after.length && after.charCodeAt(n) >= 0x4e00 && after.charCodeAt(n) <= 0x9fff) n++;
	return after.slice(0, n);
}

/** A rate or an average is no total: 人均, 平均, …率, 20.1部/百人. */
const RATE = /(?:率|比重|比例|指数|密度|强度)$/;

function isTotal(p: Paragraph, f: Fig): boolean {
	return f.kind === 'amount' && !f.inBrackets && f.unit !== '' && f.unit !== '%' && !AVERAGE.test(f.subject) && !RATE.test(f.subject) && !p.after(f, 1).startsWith('/');
}

/** The most parts a breakdown lists. */
const MAX_PARTS = 16;

/** The breakdowns of a paragraph's current block (totals in it; parts after them in the same sentence or the next). */
export function findBreakdowns(p: Paragraph): Breakdown[] {
	const out: Breakdown[] = [];
	const figs = p.figs;
	for (let i = p.first; i < figs.length; i++) {
		const total = figs[i]!;
		if (!isTotal(p, total)) continue;
		// The total's own figures (its change, its share, an aside in brackets) may stand between it and the list:
		// 总数…，比上年净增…。党员中，… / 保有量33618万辆（包括…706万辆），比上年末增加1714万辆，其中…
		let k = i + 1;
		while (k < figs.length && (figs[k]!.inBrackets || (figs[k]!.key === total.key && figs[k]!.kind !== 'amount') || figs[k]!.kind === 'change')) k++;
		const next = figs[k];
		if (!next || next.local !== figs[k - 1]!.local + 1 || !opensParts(p.between(figs[k - 1]!, next), total)) continue;
		const noun = countedNoun(p, total);
		const parts: Fig[] = [];
		work.relations += MAX_PARTS;
		for (let j = k; j < figs.length && parts.length < MAX_PARTS; j++) {
			const f = figs[j]!;
			// The list ends with its clause group (after a ； the text may go on to a sibling of the total: 134个，其中…33个；
			// 限额以上更新改造项目340个), or where another 其中 opens a nested list.
			if (f.segment > next.segment) break;
			if (j > k && /其中/.test(p.between(figs[j - 1]!, f))) break;
			if (f.kind !== 'amount' || f.unit !== total.unit || countedNoun(p, f) !== noun || !isTotal(p, f)) continue;
			if (f.key === total.key) break; // the total again (a restatement or another period)
			parts.push(f);
		}
		if (parts.length === 0) continue;
		out.push({ total, parts, ...completeness(p.lexicon, total, parts) });
	}
	return out;
}

function completeness(lexicon: Lexicon, total: Fig, parts: readonly Fig[]): { complete?: Breakdown['complete'] } {
	const ind = total.indicator !== undefined ? lexicon.get(total.indicator) : undefined;
	const keys = new Set(parts.map((f) => f.key));
	if (ind?.parts?.some((partition) => partition.length === parts.length && partition.every((name) => keys.has(name)))) return { complete: 'lexicon' };
	if (parts.length >= 2 && CATCH_ALL.test(parts[parts.length - 1]!.subject)) return { complete: 'catch-all' };
	if (parts.length >= 3 && LOW_BAND.test(parts[0]!.subject) && HIGH_BAND.test(parts[parts.length - 1]!.subject)) return { complete: 'bands' };
	return {};
}
