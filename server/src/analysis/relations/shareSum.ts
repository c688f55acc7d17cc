/**
 * claim.share-sum — shares of one whole by parts of one partition of it (the lexicon's): all of them must make 100%,
 * some of them may not pass 100% — the three industries' shares, the contribution rates (贡献率) of 消费、投资、净出口
 * or of the three industries to growth — and structures `a∶b∶c` (三次产业结构为…, 比例调整为…) in percent.
 */
import type { RuleMeta } from '../rules/rule';
import { type Paragraph, positionIn, type RelationFinder } from './context';
import { type Fig, latestBefore, ofGrowth, operand, sameScope, type Sink, sum, sumsOfOthers } from './figures';
import { type Interval, sub } from '../interval';
import { findStructures } from './structures';
import { findBreakdowns, gradeScale, namesGrades } from './breakdowns';
import { dividesWithHead, negates } from '../lexicon/index';
import { RATE_NAME } from '../parse/reading';

export const rule: RuleMeta = {
	id: 'claim.share-sum',
	defaultSeverity: 'warning',
	description: {
		en: 'Shares of one whole that add up to more than 100%, or a complete set of shares (a structure a∶b∶c) that does not make 100%.',
		zh: '同一总体的各部分比重合计超过100%，或完整的构成（a∶b∶c）合计不等于100%。',
	},
	messages: {
		complete: { en: 'The shares of {whole} add up to {expression}, not 100%.', zh: '{whole}各部分比重合计{expression}，不等于100%。' },
		over: { en: 'The shares of {whole} add up to {expression}, more than 100%.', zh: '{whole}各部分比重合计{expression}，超过100%。' },
	},
	variant: (data) => (data['complete'] === 'yes' ? 'complete' : 'over'),
};

/**
 * A set of shares added up, as a finding shows it: the terms as printed and their total with their most decimals
 * (12.3 + 44.0 + 44.7 = 101.0%, not 101%; 33.33 × 3 = 99.99%, not 100%).
 */
function sumExpression(terms: readonly Fig[], value: number): string {
	const decimals = Math.min(8, Math.max(0, ...terms.map((f) => f.q.decimals)));
	return `${terms.map((f) => operand(f, true)).join(' + ')} = ${value.toFixed(decimals)}%`;
}

/** 对国内生产总值增长的贡献率 → 国内生产总值: contribution rates are shares of the whole's growth. */
const CONTRIBUTION_WHOLE = /^对(.+?)(?:增长)?的贡献率$/;

/** The indicator a share is a share of (its whole as the lexicon names it). */
function wholeIndicator(p: Paragraph, f: Fig): string | undefined {
	const whole = f.whole ?? '';
	const m = CONTRIBUTION_WHOLE.exec(whole);
	// 对经济增长的贡献率: the growth of the economy is the growth of GDP.
	const name = m ? (m[1] === '经济' ? '国内生产总值' : m[1]!) : whole;
	return p.lexicon.resolve(name)?.name;
}

/**
 * Shares of one whole by parts of one of its partitions in the lexicon (the three industries; 消费、投资、净出口),
 * stated in one paragraph: all of a partition make 100%, some of it at most 100%. Shares of parts the lexicon does not
 * know to be disjoint are not summed (nested or overlapping categories, shares of different wholes: A、B和C分别占全市的
 * x%、y%和z%).
 */
function shareSets(p: Paragraph, b: Sink): void {
	const groups = new Map<string, Fig[]>();
	// A share without a whole of its own (比重为38.3%, 资本形成总额的贡献率为31.2%) is of the whole named before it.
	let lastWhole: { name: string; growth: boolean; scope: string } | undefined;
	for (let k = p.first; k < p.figs.length; k++) {
		const f = p.figs[k]!;
		if (f.kind !== 'share' || f.unit !== '%' || f.fromTo) continue;
		const named = wholeIndicator(p, f);
		if (named) lastWhole = { name: named, growth: ofGrowth(f), scope: f.scope };
		else if (f.whole) lastWhole = undefined;
		if (!lastWhole || !f.exact) continue;
		if (f.scope !== '' && lastWhole.scope !== '' && f.scope !== lastWhole.scope) continue;
		const key = `${lastWhole.name}|${lastWhole.scope}|${lastWhole.growth ? 'growth' : 'level'}`;
		let g = groups.get(key);
		if (!g) groups.set(key, (g = []));
		if (g.length < 12 && !g.some((x) => x.key === f.key)) g.push(f);
	}
	for (const [key, g] of groups) {
		if (g.length < 2) continue;
		const ind = p.lexicon.get(key.slice(0, key.indexOf('|')));
		const keys = new Set(g.map((f) => partName(p, f)));
		const partition = ind?.parts?.find((ps) => [...keys].every((k) => ps.includes(k)));
		if (!partition) continue;
		// Some of the parts only when they come to more than the whole.
		if (keys.size === partition.length || sum(g).lo > 100) checkShares(b, g, ind!.name, keys.size === partition.length);
	}
}

/** Per share, the values that make the set add up to `whole` with the others as stated. */
function rest(shares: readonly Fig[], whole: number): Interval[] {
	return sumsOfOthers(shares).map((others) => sub({ lo: whole, hi: whole }, others));
}

/** A share's part as the lexicon names it: 第一产业 → 第一产业增加值 when the whole's partition names it so. */
function partName(p: Paragraph, f: Fig): string {
	return f.indicator ?? p.lexicon.resolve(`${f.subject}增加值`)?.name ?? f.key;
}

/** 三次产业结构为7.1∶38.3∶54.6 — a structure in percent must make 100 (each term within its rounding). */
function structures(p: Paragraph, b: Sink): void {
	for (const st of p.memo('structures', () => findStructures(p))) {
		const value = st.terms.reduce((n, f) => n + f.value, 0);
		// Only a structure whose terms are percentages is checked: the three sectors' (三次产业结构), or terms that come near
		// 100 together (党员与入党积极分子的比例为3∶1 is none).
		if (!st.sectors && (value < 90 || value > 110)) continue;
		checkShares(b, st.terms, st.name.replace(/(?:由|为|是|调整为|演进为)$/, ''), true);
	}
}

/** The shares of the parts of a total the text lists in full (运用“四种形态”…其中第一种…，占…%；…) make 100%. */
function breakdownShares(p: Paragraph, b: Sink): void {
	for (const bd of p.memo('breakdowns', () => findBreakdowns(p))) {
		// (Grades: their shares are summed by gradeShares, whether or not a total is stated.)
		if (!bd.complete || bd.complete === 'lexicon' || bd.complete === 'grades') continue;
		const shares: Fig[] = [];
		for (const part of bd.parts) {
			const next = p.figs[positionIn(p, part) + 1];
			// Not the start of a change (生产性建设投资1230亿元，投资比重由68.6%上升到72.2%: changingShares' to sum).
			if (!next || next.kind !== 'share' || next.unit !== '%' || !next.exact || next.key !== part.key || next.fromTo) break;
			shares.push(next);
		}
		if (shares.length !== bd.parts.length) continue;
		checkShares(b, shares, bd.total.subject, true);
	}
}

/** A level that states a proportion by its name (水质优良断面比例为87.9%, Ⅳ类断面占比9.7%): a share of the whole counted. */
const PROPORTION = /(?:比例|比重|占比)$/;

/**
 * Shares of one whole by grades that cover it all, from the first to the worse-than-worst (达到国家一、二类海水水质标准的
 * 监测点占62.8%…；三类海水占14.1%…；四类、劣四类海水占23.2% / 二级以上…占82.7%；…三级，占16.1%；…劣三级，占1.2% / 水质
 * 优良（Ⅰ～Ⅲ类）断面比例为83.4%，Ⅳ类断面比例为13.6%，Ⅴ类…，劣Ⅴ类断面比例为0.6%), each share's grades named in the words since the share before it: they make 100%.
 */
function gradeShares(p: Paragraph, b: Sink): void {
	let run: Fig[] = [];
	let texts: string[] = [];
	let words = '';
	const close = (): void => {
		const scale = run.length >= 2 ? gradeScale(texts) : undefined;
		if (scale) checkShares(b, run, scale, true);
		run = [];
		texts = [];
	};
	for (let k = p.first; k < p.figs.length; k++) {
		const f = p.figs[k]!;
		if (k > p.first && p.figs[k - 1]!.sentence !== f.sentence) {
			close();
			words = '';
		}
		words += k > p.first && p.figs[k - 1]!.sentence === f.sentence ? p.between(p.figs[k - 1]!, f) : p.before(f, 40).replace(/^[^]*[。！？]/, '');
		if (!(f.kind === 'share' || (f.kind === 'level' && PROPORTION.test(f.subject))) || f.unit !== '%') continue;
		// A share's grades are named in the words since the share before it; a share without them ends the run.
		if (!f.exact || !namesGrades(words)) {
			close();
			words = '';
			continue;
		}
		// A proportion after the first names no whole of its own before its grade (黄河流域Ⅳ类断面比例 after 长江流域…; 目标为…):
		// the grade opens its name (Ⅳ类断面比例), or the run ends and this one opens the next.
		if (run.length > 0 && f.kind === 'level' && !GRADE_FIRST.test(f.subject)) close();
		run.push(f);
		texts.push(words);
		words = '';
	}
	close();
}
/** A name that opens with its grade (Ⅳ类断面比例, 劣Ⅴ类断面比例). */
const GRADE_FIRST = /^(?:劣|超过)?(?:[一二三四五六七八九]|[1-9]|[Ⅰ-Ⅸ])(?:[、～~至－](?:[一二三四五六七八九]|[1-9]|[Ⅰ-Ⅸ]))?[类级]/;

/**
 * Scales of grades named in words, best first (sources: 声环境质量好的城市占…，较好的…，一般的…，较差的…，差的…:
 * corpus/stats-bulletin/national-2015.txt:489; …好的…，较好的…，轻度污染的…，中度污染的…: national-2010.txt:480, 重度污染:
 * national-2005.txt:435; 空气质量达标的城市占…，未达标的…: national-2020.txt:50). A thing is at one grade of a scale.
 */
const WORD_SCALES: readonly (readonly string[])[] = [
	['好', '较好', '一般', '较差', '差'],
	['好', '较好', '轻度污染', '中度污染', '重度污染'],
	['达标', '未达标'],
];
/** The grade a share's subject ends on, with 的 and a short noun after it (…质量好的城市, 较好的, 未达标的城市). */
const WORD_GRADE = /(较好|较差|未达标|达标|轻度污染|中度污染|重度污染|一般|好|差)(?:的[\u4e00-\u9fff]{0,4})?$/;

/** The words before a grade that join it to another (好和较好的城市, 好、较好的, 轻度污染与中度污染的): the share is of a union of grades. */
const JOINED_GRADE = /(?:[和及与、或]|较好|较差|未达标|达标|轻度污染|中度污染|重度污染|一般|好|差)$/;

/**
 * Shares side by side in one sentence, each of a grade of one scale named in words (城市区域声环境质量好的城市占4.0%，较好的
 * 占68.5%，一般的占26.2%，较差的占0.9%，差的占0.3%), each grade once: the grades do not overlap — all of a scale make 100%,
 * some of it at most 100%. Shares of a whole of their own must name one; after the first, each names its grade alone.
 */
function wordGradeShares(p: Paragraph, b: Sink): void {
	let run: Fig[] = [];
	let grades: string[] = [];
	const close = (): void => {
		const scale = run.length >= 2 ? WORD_SCALES.find((sc) => grades.every((g) => sc.includes(g))) : undefined;
		if (scale) checkShares(b, run, scale.join('、'), grades.length === scale.length);
		run = [];
		grades = [];
	};
	for (let k = p.first; k < p.figs.length; k++) {
		const f = p.figs[k]!;
		if (f.kind !== 'share' || f.unit !== '%') continue;
		const last = run[run.length - 1];
		if (last && (last.sentence !== f.sentence || last.whole !== f.whole || p.figs[k - 1] !== last)) close();
		const m = f.exact && !f.fromTo && !f.inBrackets ? WORD_GRADE.exec(f.subject) : null;
		// After the first, a share names its grade alone (较好的占…): words before it name another whole (夜间较好的…). Not a
		// grade joined to another (好和较好的城市占…: a share of both).
		const grade = m && (run.length === 0 || m.index === 0) && !JOINED_GRADE.test(f.subject.slice(0, m.index)) ? m[1] : undefined;
		if (grade === undefined) {
			close();
			continue;
		}
		if (grades.includes(grade)) close();
		run.push(f);
		grades.push(grade);
	}
	close();
}

/**
 * Shares listed under 其中 side by side in one sentence, of no whole of their own, whose names are all the sides of a
 * complete division (其中，现房销售额占35.5%，期房占64.5%; 城镇…占…，农村…占…): they make 100%.
 */
function divisionShares(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let k = p.first; k < figs.length; k++) {
		const first = figs[k]!;
		if (!isListedShare(first) || !opensList(k > p.first && figs[k - 1]!.sentence === first.sentence ? p.between(figs[k - 1]!, first) : p.before(first, 20))) continue;
		const shares = listedRun(figs, k);
		k += shares.length - 1;
		if (shares.length < 2 || !dividesWithHead(shares.map((f) => f.subject))?.complete) continue;
		// Of an amount, not of a rate (卫生厕所普及率90%。其中，城市占99%，农村占85%: the rate of each side, which need not add up).
		const head = latestBefore(figs, k - shares.length + 1, (f) => !isListedShare(f));
		if (head !== undefined && head.unit === '%') continue;
		checkShares(b, shares, first.subject, true);
	}
}

/** A sentence opened by the whole its shares are of: 在工业基本建设投资中，…; 在一九五七年全国水泥的总产量中，…. */
const AMONG_OPENING = /^在[^，。；：！？]{2,40}中[，：]/;
/**
 * Words between two shares that end the run of the first whole: a nested list (其中), or a clause that opens on another
 * whole (…国营占70%；在商业零售额中，私营占40%: a share of retail sales, not of the output).
 */
function endsAmong(between: string): boolean {
	if (between.includes('其中')) return true;
	// Each clause before the last (the share's own) tried whole: an anchored pattern, no search at every position.
	const clauses = between.split(/[，；：]/);
	return clauses.slice(0, -1).some((c) => AMONG_CLAUSE.test(c));
}
const AMONG_CLAUSE = /^在[^，。；：！？]{2,40}中$/;

/**
 * Shares side by side in a sentence opened by their whole (在X中，), each of no whole of its own, whose names are sides of
 * one division (在一九五七年全国机器制造业总产值中，国营约占77.7%，公私合营约占15.9%，私营约占6.4%: sectors of ownership,
 * which do not overlap): together at most 100%, all the sides of a complete division exactly 100%. Not past a 其中
 * (a nested list) or another 在Y中 (another whole).
 */
function amongShares(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let k = p.first; k < figs.length; k++) {
		const first = figs[k]!;
		// The run's first share (a figure may stand in the opening: 在一九五七年全国煤产量一一、二九八·五万吨中，).
		if (!isListedShare(first) || (k > p.first && figs[k - 1]!.sentence === first.sentence && isListedShare(figs[k - 1]!))) continue;
		const opening = p.before(first, 60).replace(/^[^]*[。！？]/, '');
		if (!AMONG_OPENING.test(opening) || /其中/.test(opening)) continue;
		const shares = listedRun(figs, k, (j) => endsAmong(p.between(figs[j - 1]!, figs[j]!)));
		k += shares.length - 1;
		if (shares.length < 2) continue;
		const division = dividesWithHead(shares.map((f) => f.subject));
		if (!division) continue;
		checkShares(b, shares, AMONG_OPENING.exec(opening)![0].slice(1, -2), division.complete);
	}
}


/** A share from one year to another of one part (由68.6%上升到72.2%): the pair of its figures. */
interface Change {
	readonly from: Fig;
	readonly to: Fig;
}

/**
 * Shares of one whole changing between two years, each part's from its start to its end (生产性建设投资…比重由68.6%上升到
 * 72.2%；非生产性建设投资…比重由31.4%下降为27.8% / 在工业总产值中，生产资料的产值所占的比重将由…的39.7%上升到…的45.4%，
 * 消费资料的…由…的60.3%下降为…的54.6%), side by side in one sentence, the parts all the sides of a complete division (the
 * lexicon's, or a name and its negation with 非): the starts make 100%, and so do the ends. Not shares of rates (城镇居民恩格尔
 * 系数由…，农村居民…: each of a whole of its own), of other wholes, nor of other years.
 */
function changingShares(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	let run: Change[] = [];
	const close = (): void => {
		if (run.length >= 2 && oneWholeAndYears(run) && oneWholeAsPrinted(p, run) && completeParts(run.map((c) => c.from.subject))) {
			// Named by its parts (生产性建设投资、非生产性建设投资), as grades are by their scale.
			const whole = run.map((c) => c.from.subject.replace(/所$/, '')).join('、');
			checkShares(b, run.map((c) => c.from), whole, true);
			checkShares(b, run.map((c) => c.to), whole, true);
		}
		run = [];
	};
	for (let k = p.first; k + 1 < figs.length; k++) {
		const from = figs[k]!;
		if (from.fromTo !== 'from' || !isChangingShare(from)) continue;
		const to = figs[k + 1]!;
		if (to.fromTo !== 'to' || !isChangingShare(to) || to.key !== from.key || to.sentence !== from.sentence) {
			close();
			continue;
		}
		const last = run[run.length - 1];
		// The run is of one sentence, each pair right after the one before it (no other figure of the part between).
		if (last && (last.to.sentence !== from.sentence || (positionIn(p, last.to) !== k - 1 && !onlyOfPart(p, positionIn(p, last.to), k)))) close();
		run.push({ from, to });
		k++;
	}
	close();
}

/** A share in percent read exactly, not in brackets, of a part named by an amount (not a rate). */
function isChangingShare(f: Fig): boolean {
	return f.kind === 'share' && f.unit === '%' && f.exact && !f.inBrackets && !RATE_NAME.test(f.subject);
}

/** Figures between two pairs (from `i` to `j`, exclusive) that are the next part's own amount or change, at most two. */
function onlyOfPart(p: Paragraph, i: number, j: number): boolean {
	if (j - i - 1 > 2) return false;
	for (let k = i + 1; k < j; k++) if (p.figs[k]!.key !== p.figs[j]!.key || p.figs[k]!.kind === 'share') return false;
	return true;
}

/**
 * The pairs are of one whole (each names the same or none after the first) and the starts of one year, the ends of another,
 * of one place (全省国有企业数占比…，全国非国有企业数占比…: shares of two wholes).
 */
function oneWholeAndYears(run: readonly Change[]): boolean {
	const first = run[0]!;
	return run.every(
		(c) =>
			(c.from.whole === undefined || c.from.whole === first.from.whole) &&
			(c.to.whole === undefined || c.to.whole === first.to.whole) &&
			c.from.year === first.from.year &&
			c.to.year === first.to.year &&
			sameScope(c.from, first.from) &&
			sameScope(c.to, first.to),
	);
}

/** The whole a clause names as printed before a share's start (城镇投资占全省投资的比重由…: 全省投资): between its last 占 and 比重 or 比例. */
function printedWhole(clause: string): string | undefined {
	const at = clause.lastIndexOf('占');
	if (at < 0) return undefined;
	const rest = clause.slice(at + 1);
	const end = [rest.indexOf('比重'), rest.indexOf('比例')].filter((k) => k >= 0);
	if (end.length === 0) return undefined;
	return rest.slice(0, Math.min(...end)).replace(/的$/, '');
}

/**
 * Each pair names the same whole as printed, or none (城镇投资占全省投资的比重…，农村投资占全国投资的比重…: the wholes of
 * two places, which the reading of the whole does not keep apart).
 */
function oneWholeAsPrinted(p: Paragraph, run: readonly Change[]): boolean {
	let named: string | undefined;
	for (let i = 0; i < run.length; i++) {
		const words = i === 0 ? p.before(run[0]!.from, 40) : p.between(run[i - 1]!.to, run[i]!.from);
		const whole = printedWhole(words.replace(/^[^]*[，；。：]/, ''));
		if (whole === undefined) continue;
		if (named !== undefined && whole !== named) return false;
		named = whole;
	}
	return true;
}

/** Names that are all the sides of a complete division: the lexicon's (生产资料, 消费资料), or a name and the same name negated by 非 (nothing else before it). */
function completeParts(names: readonly string[]): boolean {
	const division = dividesWithHead(names);
	if (division) return division.complete;
	// (Not when both are qualified before the negation — 城镇生产性投资, 城镇非生产性投资: shares of the town's part only.)
	return negates(names)?.qualifier === '';
}

/**
 * The listed shares from `figs[k]` on in its sentence, eight at the most: the run of one whole, up to a share that `ends`
 * says opens another.
 */
function listedRun(figs: readonly Fig[], k: number, ends?: (j: number) => boolean): Fig[] {
	const sentence = figs[k]!.sentence;
	let j = k + 1;
	while (j < figs.length && j - k < 8 && isListedShare(figs[j]!) && figs[j]!.sentence === sentence && !(ends?.(j) ?? false)) j++;
	return figs.slice(k, j);
}

/** Shares of one whole (`whole`, as the data names it): all its sides (`complete`) make 100%, some of them at most 100%. */
function checkShares(b: Sink, shares: readonly Fig[], whole: string, complete: boolean): void {
	const value = shares.reduce((n, f) => n + f.value, 0);
	const expr = sumExpression(shares, value);
	const last = shares[shares.length - 1]!;
	if (complete) b.check('share-sum', shares, last, expr, value, { lo: 100, hi: 100 }, sum(shares), { whole, complete: 'yes' }, { fix: false, accepts: rest(shares, 100) });
	else b.check('share-sum', shares, last, expr, value, { lo: 0, hi: 100 }, sum(shares), { whole, complete: 'no' }, { fix: false, accepts: rest(shares, 100).map((r) => ({ lo: -Infinity, hi: r.hi })) });
}

/**
 * The clause before a share that names the rest of the whole: 其他 or 其余 (after the whole's name and 的 at most) and the
 * percentage right after it (其他的百分之四六·八, 支出总数的其他百分之三七·三: the other n%; 其他占百分之…), or the others named as a list
 * closed by 等 (其他松、柏、桉等树约为百分之八〇). Not 其他/其余 and a noun of its own (其余地区为…, 其他国家的…约占…, 其他主
 * 要产品完成计划的…): those are other places, other things, and need not be the rest of these shares. Nor a clause that
 * names a rate, index or change of its own (其他省份城镇化率为…, 其他行业增长…: another statistic).
 */
const REST_CLAUSE = /^(?:([\u4e00-\u9fff]{1,10})的)?其[他余](?:的)?(?:(?:[^，,。；;：:的]{1,12}等[\u4e00-\u9fff]{0,2})?(?:约占|占|约为|为))?$/;
const NOT_A_SHARE_WORDS = /率|指数|比重|增长|下降|提高|降低|增加|减少/;
/** A percentage that may be a share of a distribution: not a change, not an end of one, not in brackets, not a bound (以上). */
function isPlainPercent(f: Fig): boolean {
	return f.unit === '%' && (f.kind === 'share' || f.kind === 'level') && !f.fromTo && !f.inBrackets && (f.q.approx === 'exact' || f.q.approx === 'about');
}

/**
 * The rest of a whole stated as such after its shares (…约占百分之五三·二，其他的百分之四六·八则为…; 杉树约为百分之二〇，其他
 * 松、柏、桉等树约为百分之八〇; …即占支出总数的百分之六二·七。支出总数的其他百分之三七·三): the shares before it, all the
 * percentages of their sentence, and the rest make 100%. The shares stand right before the rest, in its sentence or the
 * one before it, and nothing but amounts between them; a sentence with a change or another figure in percent among them is
 * left alone (which shares the rest completes is not said).
 */
function restShares(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let k = p.first + 1; k < figs.length; k++) {
		const rest = figs[k]!;
		if (!isPlainPercent(rest) || k - 1 < p.first) continue;
		const clause = p.between(figs[k - 1]!, rest).split(/[，,。；;：:]/).pop()!;
		const named = REST_CLAUSE.exec(clause);
		if (!named || NOT_A_SHARE_WORDS.test(clause)) continue;
		const last = figs[k - 1]!;
		if (!isPlainPercent(last) || (last.sentence !== rest.sentence && last.sentence !== rest.sentence - 1)) continue;
		// The rest in the next sentence names the whole of the shares (…占支出总数的百分之六二·七。支出总数的其他…): else
		// the sentence may have moved to another time or whole (到一九五七年，其他的百分之五〇).
		if (last.sentence !== rest.sentence && !(named[1] && last.whole?.includes(named[1]))) continue;
		// Every percentage of the shares' sentence, up to the rest: all plain shares, or none of this is read.
		const shares: Fig[] = [];
		let plain = true;
		for (let j = k - 1; j >= p.first && figs[j]!.sentence === last.sentence; j--) {
			const f = figs[j]!;
			if (f.unit !== '%') continue;
			if (!isPlainPercent(f)) plain = false;
			shares.unshift(f);
		}
		// A share of a share among them (…约占百分之五三·二，其中合作社占百分之二〇，其他的…): which whole the rest completes is not said.
		if (!plain || shares.length === 0 || shares.length > 8 || p.between(shares[0]!, rest).includes('其中')) continue;
		// The whole as the shares name it (占支出总数的…), else their parts' names and the rest (杉树和其他).
		checkShares(b, [...shares, rest], shares[0]!.whole ?? rest.whole ?? `${shares.map((f) => f.subject).join('、')}和其他`, true);
	}
}

/** Words before a figure that open a list with 其中 in its clause (`。其中，现房销售额占`). */
function opensList(words: string): boolean {
	const at = words.lastIndexOf('其中');
	return at >= 0 && !/[，。；：]/.test(words.slice(at + 2).replace(/^[，：:]/, ''));
}

/** A share printed in digits, of no whole of its own (占35.5%), not the end of a change (由…到…). */
function isListedShare(f: Fig): boolean {
	return f.kind === 'share' && f.unit === '%' && f.exact && !f.fromTo && !f.whole && !f.inBrackets;
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		shareSets(p, sink);
		divisionShares(p, sink);
		amongShares(p, sink);
		changingShares(p, sink);
		gradeShares(p, sink);
		wordGradeShares(p, sink);
		structures(p, sink);
		breakdownShares(p, sink);
		restShares(p, sink);
	},
};
