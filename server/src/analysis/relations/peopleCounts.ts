/**
 * The people a document speaks for, named by their count: 拥有14亿人口 … 14亿中国人的饭碗; 十四亿多人的粮食安全 … 我国十四亿多
 * 人口; 领导十三亿多人的社会主义大国 … 拥有十三亿多中国人民; 中国六万万人民 … 我国六万万人民. The count qualifies the people as a
 * noun (人口, 人民, 中国人, 人 before 的): it names the whole population, not an amount of a subject (…覆盖十亿四千万人, 全国近3亿人
 * 领取养老金, 选民…人), and two such counts of one whole are one figure stated twice — a restatement, held within the bounds of
 * each printed figure (十四亿多 meets 14.1亿; 十四亿多 does not meet 十六亿多).
 *
 * Counts in words are read by no claim when they qualify a noun (十四亿多人的…, 十三亿多中国人民), so the counts no prose claim
 * reads become claims of their own (Claim.people), as the counts of a formula named again do.
 *
 * Not one whole: another region or a part of the land named right before the count (全省1亿人口 against the nation's; 世界80亿
 * 人口; 沿海地区7亿人口, 中西部7亿人口); a count of another time — a year, a time past, an aim, a bound or a change before it in its
 * sentence (到2035年…; 改革开放初期，十亿人民…; 超过…; 由5.4亿人口增加到…); a
 * count more than twice or less than half the first (the text does not say which whole each is); a rate (每万人口).
 */
import type { Claim, Quantity, Relation } from '../types';
import { type TextModel, toOriginalSpan } from '../text/textModel';
import { parseCjkNumeral } from '../text/cjkNumerals';
import { proseClaimOf } from '../claimModel';
import { quantityAt } from './formulaRestatement';
import { afterLast } from '../text/trim';
import { groupRestatement, lastDigitUnit } from './figures';
import { type Interval, meets } from '../interval';
import type { BlockWork } from '../blockWork';
import { YEAR_IN_DIGITS_WORDS } from '../parse/reading';

/**
 * A count of the people in 亿 (or 万万, its older writing), in digits or in characters, with 多/余 or none, and the people
 * as a noun after it: 人口, 人民, 中国人民, 各族人民, or 人 before 的 (中国人的). No digit or numeral right before it (…三亿二千三百…).
 */
const PEOPLE_COUNT = /(?<![0-9.０-９一二三四五六七八九十百千万亿两零〇第每])([0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十百千两零〇]+)(亿|万万)(多|余)?((?:中国|各族)?(?:人口|人民|人(?=的)))/g;
/**
 * Words of a region right before a count (全国, 我省, 本市, 世界): its whole. The nation (全国, 我国, 中国) is the document's own too.
 * A place or a part of the land named right before it, with 有 or none (沿海地区7亿人口, 中西部7亿人口, 农村有8亿人口): that part.
 */
const REGION_BEFORE = /(?:(全|我|本)(国|省|市|县|区|州)|(中国|世界|全球)|([\u4e00-\u9fff](?:地区|部|区|村|镇|城|乡|省|市|县|州))(?:拥有|共有|有)?)$/;
/** Words of a sentence before a count that make it another time's or an aim (到2035年…; 预计; 由…增加到). */
export const OTHER_TIME = new RegExp(`${YEAR_IN_DIGITS_WORDS}|[二〇一九][〇一二三四五六七八九]{3}年|到本世纪|预计|将|力争|由|从|增加到|增长到|达到|突破|超过|近|约|初期|之初|当年|当时|那时|过去|曾|以前|年代`);
/** How far back a count's sentence is read. */
const SENTENCE_BACK = 40;
/** Counts of one whole further apart than this factor are not held to each other: the text does not say they are one. */
const APART = 2;

interface PeopleCount {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly value: number;
	readonly bounds: Interval;
	readonly noun: string;
	readonly more: boolean;
}

/** The values a count may stand for: ±half its last printed unit, or from it to under its next step with 多/余. */
function boundsOf(value: number, step: number, decimals: number, more: boolean): Interval {
	if (!more) return { lo: value - step / 2, hi: value + step / 2 };
	// 十四亿多: from 14亿 to under 15亿 (the unit of its last digit that is not 0: 二十亿多 is under 30亿).
	return { lo: value, hi: value + lastDigitUnit(value, step, decimals) };
}

/** The whole a count is of: the region named right before it, the nation by default ('国'). */
function wholeBefore(before: string): string {
	const m = REGION_BEFORE.exec(before);
	if (!m) return '国';
	if (m[3] !== undefined) return m[3] === '中国' ? '国' : '世界';
	if (m[4] !== undefined) return m[4];
	return m[2]!;
}

/** A count of the people in a block's text, with its whole. */
export interface BlockPeopleCount {
	readonly count: PeopleCount;
	readonly whole: string;
}

const NO_COUNTS: readonly BlockPeopleCount[] = Object.freeze([]);

/**
 * The counts of the people in a block's text: they depend on the text alone, so they are read when first asked and kept
 * with the block's work (a block an edit did not touch is not scanned again; the work shared by blocks without work is
 * frozen: read each time).
 */
function countsOf(work: BlockWork | undefined, text: string): readonly BlockPeopleCount[] {
	if (work?.people) return work.people;
	const read = countsIn(text);
	const counts = read.length === 0 ? NO_COUNTS : read;
	if (work !== undefined && !Object.isFrozen(work)) work.people = counts;
	return counts;
}

/** The counts of the people in a block's text, with their wholes. Linear: one scan of the block. */
function countsIn(text: string): BlockPeopleCount[] {
	const out: BlockPeopleCount[] = [];
	PEOPLE_COUNT.lastIndex = 0;
	for (let m = PEOPLE_COUNT.exec(text); m; m = PEOPLE_COUNT.exec(text)) {
		const before = afterLast(text.slice(Math.max(0, m.index - SENTENCE_BACK), m.index), '。！？；');
		if (OTHER_TIME.test(before)) continue;
		const c0 = m[1]!.charCodeAt(0);
		const digits = c0 >= 0x30 && c0 <= 0x39;
		const mantissa = digits ? Number(m[1]) : parseCjkNumeral(m[1]!);
		if (mantissa === undefined || mantissa <= 0) continue;
		const decimals = digits ? (m[1]!.split('.')[1]?.length ?? 0) : 0;
		const value = mantissa * 1e8;
		const end = m.index + m[1]!.length + m[2]!.length + (m[3]?.length ?? 0);
		out.push({ count: { start: m.index, end, text: text.slice(m.index, end), value, bounds: boundsOf(value, 1e8 / 10 ** decimals, decimals, m[3] !== undefined), noun: m[4]!.endsWith('人') ? '人口' : m[4]!, more: m[3] !== undefined }, whole: wholeBefore(before) });
	}
	return out;
}

/**
 * Appends to `relations` one restatement of the counts of the people of one whole that the document states two or more
 * times (their claims: the prose's claim of the count when it reads one, else a claim appended for it). The first count
 * is the reference; one whose bounds do not meet it fails. Linear: one scan of the blocks, a binary search per count.
 */
export function relatePeopleCounts(model: TextModel, works: readonly BlockWork[], quantities: readonly Quantity[], claims: Claim[], relations: Relation[]): void {
	const byWhole = new Map<string, (PeopleCount & { readonly span: { start: number; end: number } })[]>();
	for (let b = 0; b < model.blocks.length; b++) {
		const block = model.blocks[b]!;
		if (block.kind === 'table' || (!block.text.includes('亿') && !block.text.includes('万万'))) continue;
		for (const { count, whole } of countsOf(works[b], block.text)) {
			const list = byWhole.get(whole) ?? [];
			list.push({ ...count, span: toOriginalSpan(block, count.start, count.end) });
			byWhole.set(whole, list);
		}
	}
	for (const list of byWhole.values()) {
		if (list.length < 2) continue;
		const first = list[0]!;
		// Counts of another order than the first's: not said to be its whole.
		const group = list.filter((c) => c.value <= first.value * APART && c.value * APART >= first.value);
		if (group.length < 2) continue;
		const blamed = group.find((c) => !meets(c.bounds, first.bounds));
		const index = relations.length;
		const ids = group.map((c) => {
			const quantity = quantityAt(quantities, c.span);
			const read = quantity < 0 ? -1 : proseClaimOf(claims, quantity);
			const own = read >= 0 ? claims[read]! : undefined;
			if (own !== undefined && own.value === c.value) {
				claims[read] = { ...own, relations: [...own.relations, index] };
				return read;
			}
			claims.push({ span: c.span, text: c.text, value: c.value, unit: '人', kind: 'amount', subject: c.noun, scope: '', approx: c.more ? 'more' : 'exact', quantity, relations: [index], people: true });
			return claims.length - 1;
		});
		relations.push(groupRestatement(ids, group, blamed, first.noun));
	}
}
