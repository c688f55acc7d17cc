/**
 * The quantity scanner: Arabic, full-width and Chinese numerals with their magnitude (万 亿), approximation
 * words (多 余 约 近 左右 以上 超过 不低于 不足 …), percentages, ‰, 个百分点, 倍, 成, ranges (2017—2020年) and
 * units or measure words (元 人次 个 名 项 亩 公斤 …).
 *
 * It reads the joined text of a block (so `2.8⏎万元` is one quantity) in one left-to-right pass with no
 * regular expressions: every character is looked at a bounded number of times.
 */
import type { ApproxKind, Quantity, QuantityKind, Span } from '../types';
import { isCjkDigit, isCjkNumeralChar, isCjkNumeralCode, parseCjkNumeral } from '../text/cjkNumerals';
import { work } from '../work';
import { CharSet, codeAt, hasCharIn } from '../text/chars';

/**
 * A quantity in joined-text coordinates (the analysis maps it back to the original): the fields of a Quantity, its offsets
 * in place of its span.
 */
export interface ScannedQuantity extends Omit<Quantity, 'span'> {
	readonly start: number;
	readonly end: number;
	/** Where the printed number stands in `text` (a fix replaces text.slice(numStart, numEnd)). */
	readonly numStart: number;
	readonly numEnd: number;
}

/**
 * A quantity as the scan makes it: the document's Quantity too, its `span` placed by the scan's caller (Place). One
 * object serves the block's readers and the analysis, which lists it as it is when its block stands where it was scanned.
 */
export interface PlacedQuantity extends ScannedQuantity {
	readonly span: Span;
}

/** The span in the document of the joined range [start, end) (the scan alone: the joined range itself). */
export type Place = (start: number, end: number) => Span;

const JOINED: Place = (start, end) => ({ start, end });

/**
 * Units and measure words, matched longest first. Money and measures first, then the measure words
 * (量词) that count things in policy text.
 */
const UNITS: readonly string[] = [
	// money
	'元', '美元', '欧元', '港元', '日元', '英镑',
	// measures
	'公斤', '千克', '克', '吨', '万吨', '公里', '千米', '米', '厘米', '毫米', '平方米', '平方公里', '平方千米', '立方米',
	'亩', '公顷', '升', '公尺', '平方公尺', '立方公尺', '公厘', '担', '匹', '箱', '双', '瓶', '马力', '载重吨', '千瓦', '千瓦时', '千瓦小时', '吨标准煤', '兆瓦', '度', '斤', '标准箱', '吨公里', '人公里', '光年', '摄氏度',
	// people and things
	'人次', '人', '名', '位', '户', '户次', '家', '个', '支', '项', '条', '件', '件次', '处', '座', '所', '场', '场次', '次',
	// X次 counts times X (信访举报1695.6万件次, 抽检4万批次, 接种700万剂次, 作业60万亩次): another unit than X
	'批', '批次', '班次', '剂次', '亩次', '类', '款', '套', '种', '份', '篇', '部', '本', '册', '台', '辆', '辆次', '架', '架次', '艘', '列', '栋', '间', '枚',
	'层', '张', '片', '块', '方', '棵', '株', '头', '只', '口', '门', '届', '期', '轮', '级', '岁', '组', '对', '方面', '节',
	'章', '段', '座', '根', '道', '号', '元钱', '字', '分', '倍', '千伏', '伏', '千伏安',
	// places counted: 12省（区、市）, 3市, 5县
	'省', '市', '县', '区', '乡', '镇', '村', '国',
	// time
	'年', '个月', '月', '周', '天', '日', '小时', '分钟', '秒', '季度', '年度',
];

const UNIT_SET: ReadonlySet<string> = new Set(UNITS);

/** Is `word` one of the units and measure words a figure is read in (千瓦小时, 小时, 吨)? */
export function isUnit(word: string): boolean {
	return UNIT_SET.has(word);
}

/** Approximation words after the number (before or after the unit). */
const APPROX_AFTER: readonly (readonly [string, ApproxKind])[] = [
	['多', 'more'], ['余', 'more'], ['左右', 'about'], ['上下', 'about'], ['以上', 'more'], ['以下', 'less'], ['以内', 'less'], ['来', 'about'],
];
/** Approximation words right before the number. Longest first. */
const APPROX_BEFORE: readonly (readonly [string, ApproxKind])[] = [
	['不低于', 'more'], ['不少于', 'more'], ['不超过', 'less'], ['不高于', 'less'], ['超过', 'more'], ['大约', 'about'], ['将近', 'less'],
	['接近', 'less'], ['不足', 'less'], ['不到', 'less'], ['突破', 'more'], ['约', 'about'], ['近', 'less'], ['逾', 'more'], ['超', 'more'],
];

const MAGNITUDES: readonly (readonly [string, number])[] = [
	['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['亿', 1e8], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['万', 1e4], ['千', 1e3], ['百', 1e2],
];

/**
 * A figure printed to a precision a relation may recompute: one in digits, or one in characters that a statistic writes
 * — a percentage (百分之五十一点一), a multiple (一倍半), decimals (七七·五), a composed number (一百四十一项, 二百三十亿元) —
 * as the older official style prints every figure. A count of one character (两个, 三年, 五次) is a phrase's count
 * in words, no statistic; an approximate figure (八千余万亩) is a bound either way.
 */
export function printedExactly(q: Pick<ScannedQuantity, 'approx' | 'digits' | 'kind' | 'decimals' | 'value'>): boolean {
	if (q.approx !== 'exact') return false;
	if (q.digits !== '') return true;
	return q.kind === 'percent' || q.kind === 'percentagePoint' || q.kind === 'permille' || q.kind === 'multiple' || q.decimals > 0 || (q.kind === 'number' && q.value >= 10);
}

/** The word that prints a magnitude (1e8 → 亿; '' for 1 or one no word prints). */
export function magnitudeWord(magnitude: number): string {
	return MAGNITUDES.find(([, m]) => m === magnitude)?.[0] ?? '';
}

const MAGNITUDE_FIRST = new CharSet('万千百十亿');

function isAsciiDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}
function isDigit(c: number): boolean {
	return isAsciiDigit(c) || (c >= 0xff10 && c <= 0xff19);
}
function digitValue(c: number): number {
	return c >= 0xff10 ? c - 0xff10 : c - 0x30;
}
function isLatin(c: number): boolean {
	return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isPoint(c: number): boolean {
	return c === 0x2e || c === 0xff0e;
}
/** — – - ~ ～ 至 － between the two ends of a range. */
const RANGE_DASH = new CharSet('—–-~～至－');

function startsWithAt(text: string, i: number, word: string): boolean {
	return text.startsWith(word, i);
}

interface NumberToken {
	start: number;
	end: number;
	mantissa: number;
	decimals: number;
	cjk: boolean;
	/** The CJK run already contained its magnitude (两万八千). */
	magnitudeInside: boolean;
	/** Positional digits with a decimal point (七七·五): a 万 or 亿 after them is their magnitude. */
	positional?: boolean;
	/** The largest 万 or 亿 of a Chinese numeral (二百三十亿, 六万五千): its magnitude, as its digit twin's (230亿, 6.5万). */
	magnitude?: number;
}

/**
 * Arabic number at i: digits, ASCII thousands separators, one decimal point. In a table's cell (`wideComma`), the
 * full-width comma separates thousands too (`2，208 万吨` in the tables of the older communiqués): in prose it is a
 * clause mark.
 */
function readArabic(text: string, i: number, wideComma = false): NumberToken | undefined {
	let j = i;
	let intPart = 0;
	while (j < text.length) {
		const c = codeAt(text, j);
		if (isDigit(c)) {
			intPart = intPart * 10 + digitValue(c);
			j++;
		} else if ((c === 0x2c || (wideComma && c === 0xff0c && j > i)) && j + 3 < text.length + 1 && isAsciiDigit(codeAt(text, j + 1)) && isAsciiDigit(codeAt(text, j + 2)) && isAsciiDigit(codeAt(text, j + 3)) && !isDigit(codeAt(text, j + 4))) {
			j++; // 12,345
		} else break;
	}
	let decimals = 0;
	let frac = 0;
	if (j + 1 < text.length && isPoint(codeAt(text, j)) && isDigit(codeAt(text, j + 1))) {
		j++;
		while (j < text.length && isDigit(codeAt(text, j))) {
			frac = frac * 10 + digitValue(codeAt(text, j));
			decimals++;
			j++;
		}
	}
	const mantissa = decimals > 0 ? intPart + frac / 10 ** decimals : intPart;
	return { start: i, end: j, mantissa, decimals, cjk: false, magnitudeInside: false };
}

const POSITIONAL = new CharSet('〇零一二三四五六七八九');

function positionalDigits(text: string, i: number): number {
	let j = i;
	while (POSITIONAL.has(codeAt(text, j))) j++;
	return j - i;
}

/**
 * End of a Chinese numeral run at i. Positional digits may carry the old thousands mark and decimal point of documents
 * of the 1950s: 一〇、一〇〇 is 10,100 and 七七·五 is 77.5 (a 、 before exactly three digits; a · or ． before digits).
 */
function cjkRunEnd(text: string, i: number): number {
	let j = i;
	// 三七六万千瓦, 一万千瓦: a 千 after 万 or 亿 that opens a unit (千瓦, 千克) ends the numeral.
	while (j < text.length && isCjkNumeralCode(codeAt(text, j)) && !(j > i && codeAt(text, j) === 0x5343 /* 千 */ && BIG_MAGNITUDE.has(codeAt(text, j - 1)) && matchUnit(text, j) !== '')) j++;
	if (j === i || positionalDigits(text, i) !== j - i) return j;
	// 三九，四二三万份: a comma misprinted for the mark after at most three digits, before three (39,423万份). A comma where the
	// decimal point was (七四一，三亿元) is a damaged figure: see damagedPointEnd.
	if (isComma(codeAt(text, j)) && j - i <= 3 && positionalDigits(text, j + 1) === 3) j += 4;
	while (codeAt(text, j) === 0x3001 /* 、 */ && positionalDigits(text, j + 1) === 3) j += 4;
	const c = codeAt(text, j);
	if ((c === 0xb7 /* · */ || c === 0xff0e /* ． */) && positionalDigits(text, j + 1) > 0) j += 1 + positionalDigits(text, j + 1);
	return j;
}

/**
 * The end of a damaged figure of positional digits [i, j): a comma, a full stop or a dash where the decimal point was, one
 * to three digits before it (or digits with the thousands mark: 六、九二九。四万公尺), one or two after it and 万 or 亿
 * (七四一，三亿元, 五六，七万, 一七九。四万吨, 四六－七万吨) — 741.3 or a misprinted 7,413, the text no longer says: no value is
 * guessed, and no part of it is read (三亿元, 四万吨 alone are no figures of the text). -1 when no such figure stands there.
 */
function damagedPointEnd(text: string, i: number, j: number): number {
	if (!DAMAGED_POINT.has(codeAt(text, j))) return -1;
	const digits = positionalDigits(text, i);
	const grouped = digits < j - i && !hasCharIn(text, NUMBER_MARK, i, j);
	// One digit before it too (达到一，三万吨; 新闻纸五。五万吨): its tail alone (三万吨) is no figure of the text either.
	if (!(grouped || (digits === j - i && digits >= 1 && digits <= 3))) return -1;
	const after = positionalDigits(text, j + 1);
	return (after === 1 || after === 2) && BIG_MAGNITUDE.has(codeAt(text, j + 1 + after)) ? j + 1 + after : -1;
}
/** What a transcription printed where the decimal point of positional digits was: ， 。 －. */
const DAMAGED_POINT = new CharSet('，,。－');

/**
 * A damaged figure (see damagedPointEnd) whose value the evidence of the documents settles: two or more digits before a
 * comma, exactly one after it, then 万 or 亿 (七四一，三亿元, 二四八，五亿元, 三七一，九万吨, 七〇，六亿元) — the comma
 * stands where the decimal point was. A thousands mark has three digits after it (三九，四二三万份), so one digit after it
 * is no grouping, and every such figure of ../shared the text checks is the decimal (1st-fyp-1953: 七四一，三 + 二五·一 =
 * 七六六·四; 二四八，五 restated 二四八·五; 三七一，九 = 90.3% of 412; 七〇，六 + 二·五 = 七三·一). Not one digit before it
 * (百分之八，七 is 87: 246.5 → 461万箱), nor a dash (面粉四六－七万吨 is 467万吨 in the plan's table), nor a full stop (the
 * splitter's mark too, and 一七九。四万吨 of 食用植物油 is not the table's scope): those stay damaged. The token, or undefined.
 */
function misprintedPointToken(text: string, i: number, j: number): NumberToken | undefined {
	const mark = codeAt(text, j);
	if (!isComma(mark) || positionalDigits(text, j + 1) !== 1) return undefined;
	const whole = text.slice(i, j).replace(/、/g, '');
	if (whole.length < 2 || whole.length !== positionalDigits(whole, 0)) return undefined;
	const intPart = parseCjkNumeral(whole);
	const fracPart = parseCjkNumeral(text[j + 1]!);
	if (intPart === undefined || fracPart === undefined) return undefined;
	return { start: i, end: j + 2, mantissa: intPart + fracPart / 10, decimals: 1, cjk: true, magnitudeInside: false, positional: true };
}

/**
 * Whether the mark at `k` (a full stop, a comma) is the lost decimal point of a damaged figure as scanQuantities reads it
 * (达到四二九。四万吨, 六、九二九。四万公尺): the positional digits before it open a figure (not 之一, 统一, 百分之四二, 六十二)
 * and damagedPointEnd reads one there. Bounded: at most 12 characters back. For the sentence splitter (claims.ts), so the
 * two read the same marks.
 */
export function isDamagedPoint(text: string, k: number): boolean {
	if (!DAMAGED_POINT.has(codeAt(text, k))) return false;
	let i = k;
	while (i > 0 && k - i < 12 && (POSITIONAL.has(codeAt(text, i - 1)) || codeAt(text, i - 1) === 0x3001 /* 、 */)) i--;
	while (i < k && !POSITIONAL.has(codeAt(text, i))) i++;
	if (i === k) return false;
	const prev = codeAt(text, i - 1);
	if (isCjkNumeralCode(prev) || NUMBER_MARK.has(prev) || CJK_WORD_BEFORE.has(prev)) return false;
	return cjkRunEnd(text, i) === k && damagedPointEnd(text, i, k) >= 0;
}
/** A comma between figures in words, full-width or half-width (pasted text writes either in Chinese). */
function isComma(c: number): boolean {
	return c === 0xff0c /* ， */ || c === 0x2c /* , */;
}

/**
 * Positional digits, two or more, that 万 or 亿 alone closes (三〇万到四〇万, 发电设备八〇万，): a figure of that magnitude as
 * 30万 is, the unit left to the sentence. [i, end) is the numeral's run.
 */
function positionalBeforeBig(text: string, i: number, end: number): boolean {
	const n = positionalDigits(text, i);
	return n >= 2 && n < end - i && end - i - n <= 2 && isBigMagnitudeRest(text.slice(i + n, end));
}

/**
 * The end of a Chinese numeral's decimals at `j`, 点 and the digits after it (三点六倍), or `j` when none stand there. A
 * composed numeral takes the older style's point too (百分之一百二十八·六, 九十八·七亿元): read whole, not cut at the point.
 */
function decimalsEnd(text: string, j: number): number {
	if (!isDecimalPoint(codeAt(text, j)) || !isCjkDigit(text[j + 1])) return j;
	let k = j + 1;
	while (k < text.length && isCjkDigit(text[k])) k++;
	return k;
}

/** 点, or the older style's · and ． (see cjkRunEnd), before a Chinese numeral's decimals. */
function isDecimalPoint(c: number): boolean {
	return c === 0x70b9 /* 点 */ || c === 0xb7 /* · */ || c === 0xff0e /* ． */;
}

/** Chinese numeral at i (a run of numeral characters, with 点 for decimals after 百分之 or before a unit). */
function readCjk(text: string, i: number, allowPoint: boolean): NumberToken | undefined {
	const j0 = cjkRunEnd(text, i);
	if (j0 === i) return undefined;
	const raw = text.slice(i, j0);
	if (hasCharIn(raw, POSITIONAL_MARKS)) {
		// Positional digits with separators (see cjkRunEnd).
		const [whole = '', frac = ''] = raw.replace(/[、，,]/g, '').split(/[·．]/);
		const intPart = parseCjkNumeral(whole);
		const fracPart = frac === '' ? 0 : parseCjkNumeral(frac);
		if (intPart === undefined || fracPart === undefined) return undefined;
		return { start: i, end: j0, mantissa: intPart + fracPart / 10 ** frac.length, decimals: frac.length, cjk: true, magnitudeInside: false, positional: true };
	}
	let j = j0;
	let decimals = 0;
	let fracText = '';
	if (allowPoint && isDecimalPoint(codeAt(text, j)) && j + 1 < text.length && isCjkDigit(text[j + 1])) {
		let k = j + 1;
		while (k < text.length && isCjkDigit(text[k])) {
			fracText += text[k];
			k++;
		}
		decimals = fracText.length;
		j = k;
	}
	// Trim a trailing 万/亿 only when it stands alone after a complete numeral handled as magnitude:
	// the CJK numeral parser already understands 两万八千, so keep the run whole.
	const run = text.slice(i, j - (decimals > 0 ? decimals + 1 : 0));
	// A bare 百 right before a classifier of things or people counts a hundred of them (百个重大建设项目, 绿化美化百条乡村, “百名
	// 红通人员”), unless a word before makes it a rough number (数百个, 上百个, 几百名, 成百): not 百家 (百家争鸣), 百年, 百万.
	if (run === '百' && decimals === 0 && BARE_HUNDRED_UNIT.has(codeAt(text, j)) && !ROUGH_HUNDRED_BEFORE.has(codeAt(text, i - 1))) {
		return { start: i, end: j, mantissa: 100, decimals: 0, cjk: true, magnitudeInside: false };
	}
	// A run of magnitude characters alone (万, 百, 千亿) is a word (万元 after a space, 百年), not a number; 十 alone is ten.
	if (!hasCharIn(run, DIGIT_WORD) && run[0] !== '十' && run[0] !== '拾') return undefined;
	const intPart = parseCjkNumeral(run);
	if (intPart === undefined) return decimals > 0 ? undefined : positionalBeforeMagnitude(text, i, run);
	let mantissa = intPart;
	if (decimals > 0) {
		const frac = parseCjkNumeral(fracText);
		if (frac === undefined) return undefined;
		mantissa = intPart + frac / 10 ** decimals;
	}
	const tok: NumberToken = { start: i, end: j, mantissa, decimals, cjk: true, magnitudeInside: MAGNITUDE_INSIDE.test(run) };
	if (decimals === 0) scaleAsDigits(tok, intPart, run);
	return tok;
}

/**
 * A Chinese numeral with 万 or 亿 in it printed as its digit twin would print it (二百三十亿 as 230亿, 五千六百八十九亿八千万
 * as 5689.8亿, 六万五千 as 6.5万): its largest 万 or 亿 the magnitude, its last digit that is not a 0 the rounding step
 * (no finer than one of the magnitude's units: 230亿, not 2.3百亿).
 */
function scaleAsDigits(tok: NumberToken, value: number, run: string): void {
	const magnitude = run.includes('万亿') ? 1e12 : run.includes('亿') || run.includes('万万') ? 1e8 : run.includes('万') ? 1e4 : 1;
	if (magnitude === 1 || !Number.isInteger(value) || value <= 0) return;
	let step = 1;
	while (step < magnitude && value % (step * 10) === 0) step *= 10;
	const decimals = Math.round(Math.log10(magnitude / step));
	tok.mantissa = Number((value / magnitude).toFixed(decimals));
	tok.magnitude = magnitude;
	tok.decimals = decimals;
}

/** The magnitude of the 万, 亿, 万万 or 万亿 that ends a Chinese numeral (1 when none ends it). */
function trailingMagnitude(run: string): number {
	if (run.endsWith('万万') || (run.endsWith('亿') && !run.endsWith('万亿'))) return 1e8;
	if (run.endsWith('万亿')) return 1e12;
	return run.endsWith('万') ? 1e4 : 1;
}

/**
 * Positional digits before 万 or 亿 (六一亿元 for 61亿元, 一二五万吨 for 125万吨 — the older official style), read as digits
 * with the 万 or 亿 after them, not the run `parseCjkNumeral` refuses. Two consecutive digits (三四万, 七八亿) are a range
 * written in words (30,000 or 40,000), no number; so is 三五 (三五万元: three or five, the one range in words whose digits
 * are not consecutive).
 */
function positionalBeforeMagnitude(text: string, i: number, run: string): NumberToken | undefined {
	const n = positionalDigits(text, i);
	if (n < 2 || n === run.length || trailingMagnitude(run) === 1 || !isBigMagnitudeRest(run.slice(n))) return undefined;
	if (n === 2 && (DIGIT_RANK.indexOf(run[1]!) === DIGIT_RANK.indexOf(run[0]!) + 1 || run.startsWith('三五'))) return undefined;
	const v = parseCjkNumeral(run.slice(0, n));
	return v === undefined ? undefined : { start: i, end: i + n, mantissa: v, decimals: 0, cjk: true, magnitudeInside: false, positional: true };
}

/** A comma or a full stop at `j` between positional digits and the end of a clause (百分之八，七。, 百分之八二。五；): the
 * digits after it are the number's. */
function brokenByComma(text: string, j: number): boolean {
	if (!isComma(codeAt(text, j)) && codeAt(text, j) !== 0x3002 /* 。 */) return false;
	const n = positionalDigits(text, j + 1);
	return n > 0 && n <= 2 && CLAUSE_END.has(codeAt(text, j + 1 + n));
}
const CLAUSE_END = new CharSet('。；;，,、：:');

/** The digits in order (for a range written in words: 三四, 七八). */
const DIGIT_RANK = '〇一二三四五六七八九';

function isBigMagnitudeRest(rest: string): boolean {
	return rest === '万' || rest === '亿' || rest === '万万' || rest === '万亿';
}

/** readCjk's tests, module constants (a regex literal in a function is a new RegExp at each call, and readCjk reads every
 * Chinese numeral): the marks of positional numerals, a digit word, a magnitude inside the run. */
const POSITIONAL_MARKS = new CharSet('、，,·．');
const DIGIT_WORD = new CharSet('〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖');
/** Classifiers after which a bare 百 counts a hundred (百个, 百条, 百名, 百户, 百项, 百所): not 家 (百家争鸣), 年, 万. */
const BARE_HUNDRED_UNIT = new CharSet('个条名户项所');
/** Words before a bare 百 that make it a rough number (数百, 上百, 几百 and 好几百, 成百): no count of a hundred (抓好百个… is one). */
const ROUGH_HUNDRED_BEFORE = new CharSet('数上几成');
/** The marks inside positional digits after which 万 or 亿 is their magnitude (七七·五万, 一、二〇九亿, 三九，四二三万: see
 * cjkRunEnd): a decimal point (一·五, 一．五), the thousands mark 、 or a comma misprinted for it. */
const CJK_POINT = new CharSet('·．，,、');
const MAGNITUDE_INSIDE = /[万亿]/;

function startsMagnitude(text: string, i: number): boolean {
	const c = codeAt(text, i);
	return c === 0x4e07 /* 万 */ || c === 0x4ebf /* 亿 */;
}

/** Units by the code of their first character, longest first: a lookup, not a scan of the whole table. */
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of [...UNIT_SET].sort((a, b) => b.length - a.length)) {
	const list = UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? [];
	list.push(u);
	UNITS_BY_FIRST.set(u.charCodeAt(0), list);
}
const UNIT_FIRST = new CharSet(UNIT_SET);

function matchUnit(text: string, i: number): string {
	const c = codeAt(text, i);
	const list = UNIT_FIRST.has(c) ? UNITS_BY_FIRST.get(c) : undefined;
	if (!list) return '';
	for (const u of list) if (text.startsWith(u, i)) return u;
	return '';
}

const APPROX_AFTER_FIRST = new CharSet(APPROX_AFTER.map((a) => a[0][0]!));
function matchApproxAfter(text: string, i: number): readonly [string, ApproxKind] | undefined {
	if (!APPROX_AFTER_FIRST.has(codeAt(text, i))) return undefined;
	for (const a of APPROX_AFTER) if (startsWithAt(text, i, a[0])) return a;
	return undefined;
}

const APPROX_BEFORE_LAST = new CharSet(APPROX_BEFORE.map((a) => a[0][a[0].length - 1]!));
function matchApproxBefore(text: string, i: number): readonly [string, ApproxKind] | undefined {
	if (!APPROX_BEFORE_LAST.has(codeAt(text, i - 1))) return undefined;
	for (const a of APPROX_BEFORE) {
		const s = i - a[0].length;
		if (s >= 0 && startsWithAt(text, s, a[0])) return a;
	}
	return undefined;
}

/** Words after which a Chinese numeral is part of a word, not a quantity: 统一, 唯一, 万一, 之一 … */
const CJK_WORD_BEFORE = new CharSet('统唯第之专同单不归合逐若周星礼初十');
/** A verb after 成 means 成 is not 10% (一成不变, 三成为…). */
const CHENG_VERB_AFTER = new CharSet('为立功果效本员就长熟不了型交绩都');

const FOOTNOTE_OPEN = new CharSet('[［');
/** The thousands mark and decimal point of positional Chinese numerals: a digit after them is inside a number. */
const NUMBER_MARK = new CharSet('·．');
const MINUS = new CharSet('-−－');
const FOOTNOTE_CLOSE = new CharSet(']］');
const UNIT_OR_PERCENT_AFTER = new CharSet('成%％');
const LOOSE_APPROX = new CharSet('多余来');
/** 万 and 亿, after 多 or 余 (八千余万亩, 八千多亿元): the magnitude of the numeral before the word. */
const BIG_MAGNITUDE = new CharSet('万亿');
/** 多 and 余 after 倍 (三倍多): a multiple past its number. */
const ODD_AFTER_MULTIPLE = new CharSet('多余');

/** The 万, 亿, 万万 or 万亿 at `j` ('' when none stands there). */
function bigMagnitudeAt(text: string, j: number): string {
	if (!BIG_MAGNITUDE.has(codeAt(text, j))) return '';
	const two = text.slice(j, j + 2);
	return two === '万万' || two === '万亿' ? two : text[j]!;
}

/** Scan `text` (a block's joined text) for quantities. */
/** 1 at the code of every character a number can start with (digits, Chinese numerals, the 百 of 百分之). */
const NUMBER_START = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) NUMBER_START[c] = 1;
for (let c = 0xff10; c <= 0xff19; c++) NUMBER_START[c] = 1;
for (const ch of '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟') NUMBER_START[ch.charCodeAt(0)] = 1;

/**
 * Every quantity of `text`. In the text of a table (`cells`), a bare integer that fills a cell — white space, a `|` or
 * a line break on both sides — is a figure: the column says what it counts.
 */
export function scanQuantities(text: string, cells = false, place: Place = JOINED): PlacedQuantity[] {
	const out: PlacedQuantity[] = [];
	const n = text.length;
	work.quantities += n;
	const chain: RateChain = { end: -1, unit: undefined };
	let i = 0;
	while (i < n) {
		// Skip, in a tight loop, everything that cannot start a number.
		while (i < n && NUMBER_START[text.charCodeAt(i)] === 0) i++; // i < n: in range
		if (i >= n) break;
		const c = codeAt(text, i);
		let tok: NumberToken | undefined;
		let percentPrefix = false;
		if (isDigit(c)) {
			const prev = codeAt(text, i - 1);
			if (isLatin(prev) || isDigit(prev) || isPoint(prev)) {
				i++;
				continue; // C919, 5G's neighbours, PM2.5 inside a code
			}
			tok = readArabic(text, i, cells);
			if (tok && isLatin(codeAt(text, tok.end))) {
				i = tok.end;
				continue; // 5G, 3D: a name, not a quantity
			}
			if (tok && FOOTNOTE_OPEN.has(codeAt(text, i - 1)) && FOOTNOTE_CLOSE.has(codeAt(text, tok.end))) {
				i = tok.end;
				continue; // 国内生产总值[2]: a footnote mark
			}
		} else if (c === 0x767e /* 百 */ && startsWithAt(text, i, '百分之') && isCjkNumeralChar(text[i + 3])) {
			tok = readCjk(text, i + 3, true);
			// 百分之二五，八，: two or three digits, a comma where the point was and one digit (see misprintedPointToken; 25.8).
			const misprinted = tok && isComma(codeAt(text, tok.end)) && tok.end - i - 3 <= 3 && brokenByComma(text, tok.end) ? misprintedPointToken(text, i + 3, tok.end) : undefined;
			if (misprinted) tok = misprinted;
			else if (tok && brokenByComma(text, tok.end)) {
				// 增长百分之八，七。: a comma misprinted inside the number (8.7 or 87): which number is not known.
				i = tok.end;
				continue;
			}
			if (tok) {
				tok.start = i;
				percentPrefix = true;
			}
		} else if (isCjkNumeralCode(c) && (!CJK_WORD_BEFORE.has(codeAt(text, i - 1)) || cjkRunEnd(text, i) > i + positionalDigits(text, i)) && !isCjkNumeralCode(codeAt(text, i - 1)) && !NUMBER_MARK.has(codeAt(text, i - 1))) {
			// A Chinese numeral is a quantity only with a unit, 成, 倍, % or 百分点 after it (两套, 三年, 两成): look at
			// what follows the run before parsing it, since most such characters open words (一些, 统一, 万一).
			const j0 = cjkRunEnd(text, i);
			const damaged = damagedPointEnd(text, i, j0);
			const misprinted = damaged >= 0 && BIG_MAGNITUDE.has(codeAt(text, j0 + 2)) ? misprintedPointToken(text, i, j0) : undefined;
			if (damaged >= 0 && !misprinted) {
				i = damaged;
				continue;
			}
			if (misprinted) tok = misprinted;
			else {
				// 三点六倍, 十一点六个百分点, 一点三一亿美元: decimals after 点, as after 百分之 (not 九点三十分, a time of day).
				const j = decimalsEnd(text, j0);
				const after = codeAt(text, j);
				const pointed = j > i && (j > j0 || hasCharIn(text, CJK_POINT, i, j));
				const unitFollows = UNIT_FIRST.has(after) || UNIT_OR_PERCENT_AFTER.has(after) || (LOOSE_APPROX.has(after) && (UNIT_FIRST.has(codeAt(text, j + 1)) || BIG_MAGNITUDE.has(codeAt(text, j + 1)))) || (pointed && startsMagnitude(text, j)) || (j === j0 && positionalBeforeBig(text, i, j0));
				// 三五人, 三五年: three to five, a range in words as 三五万 is (see positionalBeforeMagnitude), no 35.
				const threeOrFive = j0 - i === 2 && startsWithAt(text, i, '三五');
				if (unitFollows && !threeOrFive && !(j > j0 && after === 0x5206 /* 分 */)) tok = readCjk(text, i, j > j0);
				else {
					i = j;
					continue;
				}
			}
		}
		if (!tok) {
			i++;
			continue;
		}
		// 三分之一, 四分之三, 1/3: a fraction, read as the share it is.
		const fraction = fractionAt(text, tok, place);
		if (fraction) {
			out.push(fraction);
			i = fraction.end;
			continue;
		}
		const q = finishQuantity(text, tok, percentPrefix, cells, chain, place);
		if (q) {
			out.push(q);
			i = Math.max(q.end, tok.end);
		} else {
			i = Math.max(tok.end, i + 1);
		}
	}
	return out;
}

/** What a fraction names that is no share: a page, a count of days or people, a ratio or a rule (1/2比例, 1/2决策). */
const NO_SHARE_AFTER = /^(?:页|天|日|周|人(?!口)|名|位|票|次|个|比例|比|决策|表决|制)/;

/**
 * The fraction at `tok` (三分之一, 四分之三, 2/3): the share it names in percent, approximate (policy text rounds a share to
 * a simple fraction: 约占三分之一). Its denominator at most 100 and larger than its numerator; `1/3` between digits only,
 * no date (1/3 of a month) nor a rate per head (20.1部/百人).
 */
function fractionAt(text: string, tok: NumberToken, place: Place): PlacedQuantity | undefined {
	if (tok.decimals !== 0 || tok.magnitudeInside) return undefined;
	let whole: number;
	let part: NumberToken | undefined;
	if (tok.cjk) {
		// 三分之一: the whole, 分之, the part.
		if (!startsWithAt(text, tok.end, '分之') || !isCjkNumeralCode(codeAt(text, tok.end + 2))) return undefined;
		whole = tok.mantissa;
		part = readCjk(text, tok.end + 2, false);
		if (!part || part.magnitudeInside) return undefined;
	} else {
		// 1/3: the part, a slash, the whole — not a date (2024/1/3) nor a run of slashes (1/3/5).
		if (codeAt(text, tok.end) !== 0x2f || !isAsciiDigit(codeAt(text, tok.end + 1)) || codeAt(text, tok.start - 1) === 0x2f) return undefined;
		const after = readArabic(text, tok.end + 1);
		if (!after || after.decimals !== 0 || codeAt(text, after.end) === 0x2f || isPoint(codeAt(text, after.end))) return undefined;
		whole = after.mantissa;
		part = { ...tok, end: after.end };
	}
	if (part.decimals !== 0 || !(whole >= 2 && whole <= 100 && part.mantissa >= 1 && part.mantissa < whole)) return undefined;
	const end = part.end;
	// 第1/2页, 1/2决策机制, 按1/2比例, 每周3/7天: a page, a rule's name or a count of days or people, no share.
	if (codeAt(text, tok.start - 1) === 0x7b2c || NO_SHARE_AFTER.test(text.slice(end, end + 2))) return undefined;
	const value = (100 * part.mantissa) / whole;
	return quantity(place, tok.start, end, text.slice(tok.start, end), 'percent', value, '', 0, 1, value, '%', 'about', 0, 0, end - tok.start);
}

/** The run of figures joined by 和 or 、 last read for a shared unit: where it ends, and the unit after it (if a rate's). */
interface RateChain {
	end: number;
	unit: string | undefined;
}
const CHAIN_JOINERS = new CharSet('和、与及');
const RATE_UNITS = ['个百分点', '百分点', '%', '％', '‰'];
/** The most figures a run with one unit written after the last holds. */
const CHAIN_MAX = 12;

/**
 * The rate unit written once after the last of figures joined by 和 or 、 (`6.1和0.6个百分点`, `38.7、50、69.4和28.1个百分点`),
 * for a bare figure ending at `j`. Each run is read once (`chain` keeps where it ends): linear in the text.
 */
function sharedRateUnit(text: string, at: number, chain: RateChain): string | undefined {
	// A PDF extraction's space may stand before the joiner (3.0 和8.4 个百分点).
	const j = codeAt(text, at) === 0x20 ? at + 1 : at;
	if (!CHAIN_JOINERS.has(codeAt(text, j))) return undefined;
	if (j < chain.end) return chain.unit;
	let k = j;
	let unit: string | undefined;
	for (let n = 0; n < CHAIN_MAX && CHAIN_JOINERS.has(codeAt(text, k)); n++) {
		let m = k + 1;
		if (codeAt(text, m) === 0x20) m++;
		if (!isDigit(codeAt(text, m))) break;
		k = readArabic(text, m)!.end;
		if (codeAt(text, k) === 0x20) k++;
		unit = RATE_UNITS.find((u) => text.startsWith(u, k));
		if (unit !== undefined) break;
	}
	chain.end = k;
	chain.unit = unit === '％' ? '%' : unit;
	return chain.unit;
}

/** Characters after which a bare number is a value (为102, 达3, 比值：2), and after which it is a structure's term. */
const VALUE_BEFORE = new CharSet('为是达到至：:∶比约共计值于');
const VALUE_AFTER = new CharSet('∶:：比');

function valueContext(text: string, start: number, end: number): boolean {
	let b = start - 1;
	while (b >= 0 && codeAt(text, b) === 0x20) b--;
	return VALUE_BEFORE.has(codeAt(text, b)) || VALUE_AFTER.has(codeAt(text, end));
}

/** The printed number text[start, end) in ASCII without separators: `-1.48`, `12,345` → `12345`, `１２．５` → `12.5`. */
function printedDigits(text: string, start: number, end: number): string {
	let plain = true;
	for (let k = start; k < end && plain; k++) {
		const c = codeAt(text, k);
		plain = (c >= 0x30 && c <= 0x39) || c === 0x2e || (c === 0x2d && k === start);
	}
	if (plain) return text.slice(start, end);
	let out = '';
	for (let k = start; k < end; k++) {
		const c = codeAt(text, k);
		if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xfee0);
		else if (c === 0xff0e) out += '.';
		else if (k === start && (c === 0x2212 || c === 0xff0d || c === 0x2d)) out += '-';
		else if (c !== 0x2c && c !== 0xff0c) out += text[k];
	}
	return out;
}

/** A cell's bounds: white space, `|`, a line break or either end of the text. */
const CELL_BOUND = new CharSet(' \t\u3000\n|｜');

function fillsCell(text: string, start: number, end: number): boolean {
	return (start === 0 || CELL_BOUND.has(codeAt(text, start - 1))) && (end >= text.length || CELL_BOUND.has(codeAt(text, end)));
}

/**
 * The index in MAGNITUDES of the magnitude word at `at` (万, 亿 …), -1 when there is none (or when the number takes
 * none: `magnitudes` false). An index, so that no pair is made per call.
 */
function magnitudeAt(text: string, at: number, magnitudes: boolean): number {
	if (magnitudes && MAGNITUDE_FIRST.has(codeAt(text, at))) {
		for (let k = 0; k < MAGNITUDES.length; k++) {
			const word = MAGNITUDES[k]![0];
			if (startsWithAt(text, at, word)) {
				// 百/千 only as magnitudes before a unit (2千万元, 3百名); 万 亿 always.
				if (MAGNITUDES[k]![1] < 1e4 && matchUnit(text, at + word.length) === '') return -1;
				return k;
			}
		}
	}
	return -1;
}

function finishQuantity(text: string, tok: NumberToken, percentPrefix: boolean, cells: boolean, chain: RateChain, place: Place): PlacedQuantity | undefined {
	let j = tok.end;
	// PDF extractions put a space between a number and its unit: 750 万元, 665 栋.
	if (codeAt(text, j) === 0x20 && !tok.cjk && (startsMagnitude(text, j + 1) || matchUnit(text, j + 1) !== '' || codeAt(text, j + 1) === 0x25)) j++;
	// A Chinese numeral holds its 万 and 亿 (两万八千), but not after its decimals (一点三一亿美元).
	const magnitudes = !tok.cjk || tok.positional === true || (tok.decimals > 0 && tok.magnitude === undefined);
	let magnitude = tok.magnitude ?? 1;
	const m = magnitudeAt(text, j, magnitudes);
	if (m >= 0) {
		magnitude = MAGNITUDES[m]![1];
		j += MAGNITUDES[m]![0].length;
	}
	let approx: ApproxKind = 'exact';
	let approxWord: string | undefined;
	let before = matchApproxBefore(text, tok.start);
	// 近两年, 近三年: "the last N years", a period, not an approximation.
	if (before?.[0] === '近' && (codeAt(text, j) === 0x5e74 /* 年 */ || startsWithAt(text, j, '个月'))) before = undefined;
	if (before) {
		approxWord = before[0];
		approx = before[1];
	}

	let kind: QuantityKind = 'number';
	let unit = '';
	let rangeEnd: number | undefined;

	// A range: 2017—2020年, 10-20%, 3至5年 (the second end carries the unit).
	if (!tok.cjk && RANGE_DASH.has(codeAt(text, j)) && isDigit(codeAt(text, j + 1))) {
		const second = readArabic(text, j + 1);
		if (second && !isLatin(codeAt(text, second.end))) {
			rangeEnd = second.mantissa * magnitude;
			j = second.end;
		}
	}

	// 百分之三至八, 百分之三〇到五〇: a range of percentages in words, the second end written without its 百分之 (not 3%).
	if (percentPrefix && (RANGE_DASH.has(codeAt(text, j)) || codeAt(text, j) === 0x5230 /* 到 */) && isCjkNumeralCode(codeAt(text, j + 1))) {
		const second = readCjk(text, j + 1, true);
		if (second && second.mantissa > tok.mantissa && !second.magnitudeInside && matchUnit(text, second.end) === '' && !isCjkNumeralCode(codeAt(text, second.end))) {
			rangeEnd = second.mantissa;
			j = second.end;
		}
	}

	const mid = matchApproxAfter(text, j);
	if (mid && (mid[0] === '多' || mid[0] === '余' || mid[0] === '来')) {
		// 1.6万多名, 200余项: the word stands between the number and the unit. Only then is 来 approximate.
		const unitAfter = matchUnit(text, j + 1);
		if (unitAfter !== '' || mid[0] !== '来') {
			approxWord = mid[0];
			approx = mid[1];
			j += mid[0].length;
			// 2400多亿元, 300多万人, 200余万元: the magnitude after the word, of the number before it.
			const big = tok.cjk && !magnitudes && !percentPrefix ? bigMagnitudeAt(text, j) : '';
			if (big !== '') {
				// 八千余万亩, 一亿六千余万亩, 四千五百多万人: the 万 or 亿 closes the numeral before the word (一亿六千万).
				const run = text.slice(tok.start, tok.end) + big;
				const whole = parseCjkNumeral(run);
				if (whole !== undefined) {
					scaleAsDigits(tok, whole, run);
					magnitude = tok.magnitude ?? 1;
					j += big.length;
				}
			} else if (magnitude === 1 && mid[0] !== '来') {
				const after = magnitudeAt(text, j, magnitudes);
				if (after >= 0) {
					magnitude = MAGNITUDES[after]![1];
					j += MAGNITUDES[after]![0].length;
				}
			}
		}
	}

	if (percentPrefix) {
		kind = 'percent';
		unit = '%';
	} else if (codeAt(text, j) === 0x25 || codeAt(text, j) === 0xff05) {
		kind = 'percent';
		unit = '%';
		j++;
	} else if (codeAt(text, j) === 0x2030 /* ‰ */) {
		kind = 'permille';
		unit = '‰';
		j++;
	} else if (startsWithAt(text, j, '个百分点')) {
		kind = 'percentagePoint';
		unit = '个百分点';
		j += 4;
	} else if (startsWithAt(text, j, '百分点')) {
		kind = 'percentagePoint';
		unit = '百分点';
		j += 3;
	} else if (codeAt(text, j) === 0x500d /* 倍 */) {
		kind = 'multiple';
		unit = '倍';
		j++;
		if (codeAt(text, j) === 0x534a /* 半 */ && tok.decimals === 0) {
			// 一倍半, 2倍半: a half more (1.5倍).
			tok.mantissa += 0.5;
			tok.decimals = 1;
			j++;
		} else if (ODD_AFTER_MULTIPLE.has(codeAt(text, j)) && approx === 'exact') {
			// 三倍多, 3倍余: past the multiple (as 300多).
			approxWord = text[j]!;
			approx = 'more';
			j++;
		}
	} else if (codeAt(text, j) === 0x6210 /* 成 */ && tok.mantissa > 0 && tok.mantissa < 10 && !CHENG_VERB_AFTER.has(codeAt(text, j + 1))) {
		kind = 'tenth';
		unit = '成';
		j++;
	} else {
		unit = matchUnit(text, j);
		// 三次产业 (the three sectors), 二次能源, 一一对应 (one to one): 次 and 对 open a word there, no measure word.
		if ((unit === '次' && (startsWithAt(text, j + 1, '产业') || startsWithAt(text, j + 1, '能源'))) || (unit === '对' && startsWithAt(text, j + 1, '应'))) return undefined;
		// 零部件 (parts), 这一部署 (a plan), 两部位, 很大一部分 (a portion): 部 opens a word there, no count of works.
		if (tok.cjk && unit === '部' && (PART_WORD_AFTER.has(codeAt(text, j + 1)) || (codeAt(text, j + 1) === 0x5206 /* 分 */ && tok.end - tok.start === 1 && tok.mantissa === 1))) return undefined;
		if (unit === '倍') kind = 'multiple';
		j += unit.length;
		// 分别高于东部和中部6.1和0.6个百分点: a rate's unit written once after the last of figures joined by 和 or 、.
		const shared = unit === '' && !tok.cjk && magnitude === 1 && rangeEnd === undefined && approx === 'exact' ? sharedRateUnit(text, j, chain) : undefined;
		if (shared) {
			unit = shared;
			kind = shared === '%' ? 'percent' : shared === '‰' ? 'permille' : 'percentagePoint';
		}
		// 2019年, 一九五四年, 二〇二四年: four digits, in figures or written positionally in characters.
		const fourDigits = tok.cjk ? tok.decimals === 0 && positionalDigits(text, tok.start) === 4 && tok.end - tok.start === 4 : tok.end - tok.start === 4;
		if (unit === '年' && fourDigits && tok.decimals === 0 && magnitude === 1 && tok.mantissa >= 1000 && tok.mantissa <= 2200) {
			kind = 'year';
		}
	}

	const after = matchApproxAfter(text, j);
	if (after && after[0] !== '多' && after[0] !== '余' && after[0] !== '来' && approx === 'exact') {
		approxWord = after[0];
		approx = after[1];
		j += after[0].length;
	}

	// A Chinese numeral alone is a quantity only with a unit or a percent sign: 两套, 三年, 百分之五;
	// 一些, 统一, 十四五 are words.
	// Positional digits with 万 or 亿 (八〇万, 二五·一万) are a figure as 80万 is.
	if (tok.cjk && unit === '' && !percentPrefix && !(tok.positional === true && magnitude >= 1e4)) return undefined;
	// 十分 (very), 三十分 (a time): 分 after a numeral in words is no score nor share.
	if (tok.cjk && unit === '分') return undefined;
	if (tok.cjk && codeAt(text, tok.start - 1) === 0x7b2c /* 第 */) kind = 'ordinal';

	// 自然增长率为-1.48‰: a minus sign right before the number (not the dash of a range: 2017-2020).
	const minus = !tok.cjk && MINUS.has(codeAt(text, tok.start - 1)) && !isDigit(codeAt(text, tok.start - 2));
	const mantissa = minus ? -tok.mantissa : tok.mantissa;
	const value = mantissa * magnitude;
	const step = (tok.decimals > 0 ? 10 ** -tok.decimals : 1) * magnitude;
	const start = approxWord !== undefined && before && approxWord === before[0] ? tok.start - before[0].length : minus ? tok.start - 1 : tok.start;
	// A bare integer (no unit, decimals, magnitude, approximation or range) is a label, not a figure — （1）, 表3,
	// 附件2, a footnote number a PDF extraction glued to its word — unless the text makes it a value: a term of a
	// structure (1∶2∶7) or what follows 为/是/达/到 (指数为102).
	if (kind === 'number' && unit === '' && tok.decimals === 0 && magnitude === 1 && approx === 'exact' && rangeEnd === undefined && !valueContext(text, start, j) && !(cells && fillsCell(text, start, j))) return undefined;
	const numStart = minus ? tok.start - 1 : tok.start;
	const digits = tok.cjk ? '' : printedDigits(text, numStart, tok.end);
	const q = quantity(place, start, j, text.slice(start, j), kind, mantissa, digits, tok.decimals, magnitude, value, unit, approx, step, numStart - start, tok.end - start);
	if (approxWord !== undefined) q.approxWord = approxWord;
	if (rangeEnd !== undefined) q.rangeEnd = rangeEnd;
	return q;
}

/** What follows 部 after a numeral in words when 部 opens a word: 零部件, 一部署, 两部位. */
const PART_WORD_AFTER = new CharSet('件署位');

/**
 * A quantity, its fields in the order of Quantity's (the order the analysis's quantities have always had), then its
 * joined offsets: every quantity of one shape.
 */
function quantity(
	place: Place,
	start: number,
	end: number,
	text: string,
	kind: QuantityKind,
	mantissa: number,
	digits: string,
	decimals: number,
	magnitude: number,
	value: number,
	unit: string,
	approx: ApproxKind,
	step: number,
	numStart: number,
	numEnd: number,
): { -readonly [K in keyof PlacedQuantity]: PlacedQuantity[K] } {
	return { span: place(start, end), text, kind, mantissa, digits, decimals, magnitude, value, unit, approx, step, start, end, numStart, numEnd };
}
