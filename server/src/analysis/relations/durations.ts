/**
 * A span of years named by what it is of, stated again: 改革开放40年 (a title) … 改革开放40年，是… … 改革开放40年来; 第二轮土地承包
 * 到期后再延长30年 (a heading) … 确保第二轮土地承包到期后再延长30年政策扎实落实; 安全生产治本攻坚三年行动 (the review) … 全面完成
 * 安全生产治本攻坚三年行动任务 (the plan); 中华民族有五千多年的文明历史 … 中华民族五千多年文明历史. The words right before the count
 * name the period (the event it runs from, the programme or the extension it is the length of): two counts after the same
 * words (KEY_CHARS characters) are one figure stated twice — a restatement, held within the bounds of each printed count.
 *
 * Counts of years are read by no prose claim (a period, not a figure: parse/claims.ts PERIOD_UNITS), so the counts named
 * again become claims of their own (Claim.duration), as the people's counts do (peopleCounts.ts).
 *
 * Not one period: words that make the count a streak, a bound or a term each case has its own (连续5年, 近十年, 超过3年,
 * 每届任期五年, 试用期一年, 应当至少保存2年, 第三年), a bound as its approximation word (三年以上, 突破三年), a point in time (40年前, 三年后), a
 * count that qualifies nothing named (…的40年, 经过五年, 这三年: the words before it name no period), and a key that one
 * sentence states with two counts (留党察看一年或者留党察看二年: the choices of a rule).
 */
import type { Claim, Quantity, Relation } from '../types';
import { type TextModel, toOriginalSpan } from '../text/textModel';
import { proseClaimOf } from '../claimModel';
import { quantityAt } from './formulaRestatement';
import { groupRestatement, lastDigitUnit } from './figures';
import { type Interval, meets } from '../interval';
import type { BlockWork } from '../blockWork';
import type { PlacedQuantity } from '../parse/quantities';
import { afterLast } from '../text/trim';
import { POINT_IN_TIME_AFTER, PROGRAMME_AFTER, RULE_CASE_BEFORE, RULE_TERM, SPAN_UNNAMED_BEFORE } from '../parse/reading';

/** The characters right before a count that key the period it is of (改革开放, 后再延长, 治本攻坚, 中华民族). */
const KEY_CHARS = 4;
/** How far back the words before a count are read. */
const WORDS_BACK = 12;
/** The most years a span named so may count (五千多年 of a civilisation): a larger number is no span (a date misread). */
const MOST_YEARS = 10000;
/** Characters of a numeral, in digits or in words: the words before a count stop at one. */
const NUMERAL = /[0-9０-９一二三四五六七八九十百千万亿〇零两]/;
/** A Chinese character (the words before a count are a run of them: a mark, a space or a digit ends it). */
const HAN = /[\u4e00-\u9fff]/;
/** The characters of their words two counts must share at the end (or all of the shorter words) to name one period. */
const NAME_CHARS = 8;
/** Approximation words a count of one period may carry: 五千多年, 三十余年 (past it by less than its last unit). */
const ODD = new Set(['多', '余']);

/** A count of years named by the words before it, in a block's text. */
export interface BlockDuration {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly value: number;
	readonly bounds: Interval;
	/** Past its number by 多 or 余 (五千多年). */
	readonly more: boolean;
	readonly key: string;
	/** The words before it that name its period (第二轮土地承包到期后再延长), as the message names it (for a copula's span of no such words, its clause: 过去五年). */
	readonly words: string;
	/**
	 * The counts that close the predicates of a copula it opens (过去五年，是…极不平凡的五年，是…的五年): the same span said
	 * again in its own sentence. Offsets in the block's text.
	 */
	readonly said?: readonly { readonly start: number; readonly end: number; readonly text: string; readonly value: number; readonly bounds: Interval; readonly more: boolean }[];
}

const NO_DURATIONS: readonly BlockDuration[] = Object.freeze([]);

/**
 * The values a count may stand for: ±half its last printed unit, or with 多/余 from it to under its next step (五千多年 is
 * below 6000: half a step short of it, so that 六千多年 does not meet it).
 */
function boundsOf(q: PlacedQuantity): Interval {
	if (q.approx !== 'more') return { lo: q.value - q.step / 2, hi: q.value + q.step / 2 };
	return { lo: q.value, hi: q.value + lastDigitUnit(q.value, q.step, q.decimals) - q.step / 2 };
}

/** The words before a count at `start` in `text` that name its period (at least KEY_CHARS characters), or undefined. */
function durationWords(text: string, start: number): string | undefined {
	let k = start;
	while (k > 0 && start - k < WORDS_BACK && HAN.test(text[k - 1]!) && !NUMERAL.test(text[k - 1]!)) k--;
	let words = text.slice(k, start);
	// 中华民族有五千多年…: whose years they are, named before 有.
	if (words.endsWith('有')) words = words.slice(0, -1);
	if (words.length < KEY_CHARS || SPAN_UNNAMED_BEFORE.test(words) || RULE_TERM.test(words)) return undefined;
	// 流转期限超过5年的，到期后再延长10年: a clause after a case (…的，) states the term a rule sets for it, not the period.
	if (RULE_CASE_BEFORE.test(text.slice(Math.max(0, k - 2), k))) return undefined;
	return words;
}

/** A count of years that may name a span: exact or past its number by 多/余, its number first, no point in time (40年前). */
function spanOfYears(text: string, q: PlacedQuantity): boolean {
	if (q.unit !== '年' || q.kind !== 'number' || q.value <= 0 || q.value >= MOST_YEARS) return false;
	if (q.approx !== 'exact' && !(q.approx === 'more' && ODD.has(q.approxWord ?? ''))) return false;
	// The count's own text opens on its number (no approximation word before it: 近三年 is read by SPAN_UNNAMED_BEFORE).
	return q.numStart === 0 && !POINT_IN_TIME_AFTER.test(text.slice(q.end, q.end + 2));
}

/** Words right after a span that open a copula on it (过去五年，是…; 这五年是…; 改革开放40年来，也是…). */
const COPULA_AFTER = /(?:来|以来)?[，,]?(?:也|又|更|则|就|正|确实|真正)?是/y;
/** How a predicate's clause opens: the copula said again (是, 也是, 更是), its adverb first. */
const PREDICATE_OPEN = /(?:也|又|更|则|就|正|确实|真正|还)?是/y;
/** What ends a sentence: a copula's predicates are read up to it. */
const SENTENCE_END = /[。！？；;!?]/;
/** What may follow a predicate's count: the end of its clause (…极不平凡的五年，…; …的五年。). */
const CLAUSE_END = /^(?:[，,。；;！!？?、]|$)/;
/** How far back a copula's subject is read for a 是 before it. */
const SUBJECT_BACK = 60;
/** The most predicates of one copula read (是…的五年，是…的五年，…). */
const PREDICATES_MAX = 8;
/** The most figures of a copula's sentence read for its predicates (a sentence of many spans is read in bounded steps). */
const QUANTITIES_READ = 24;

/**
 * The counts that close the predicates of a copula opened by the span at `k` (过去五年，是…极不平凡的五年): each a count of
 * years right after 的, at the end of its clause, in the span's sentence after the copula. At most PREDICATES_MAX, among
 * the QUANTITIES_READ figures after the span.
 */
function predicatesOf(text: string, quantities: readonly PlacedQuantity[], k: number): NonNullable<BlockDuration['said']> {
	const q = quantities[k]!;
	COPULA_AFTER.lastIndex = q.end;
	if (!COPULA_AFTER.test(text)) return [];
	// The span is the copula's subject: no 是 before it in its sentence (2024年是…的关键一年，也是…的一年: a predicate's).
	if (afterLast(text.slice(Math.max(0, q.start - SUBJECT_BACK), q.start), '。！？；;!?').includes('是')) return [];
	const said: { start: number; end: number; text: string; value: number; bounds: Interval; more: boolean }[] = [];
	const copula = COPULA_AFTER.lastIndex;
	let from = copula;
	for (let m = k + 1; m < quantities.length && m - k <= QUANTITIES_READ && said.length < PREDICATES_MAX; m++) {
		const p = quantities[m]!;
		if (SENTENCE_END.test(text.slice(from, p.start))) break;
		from = p.end;
		// Another span that opens a copula of its own ends this one's predicates (过去五年，是…的五年，今后五年，是…的三年).
		COPULA_AFTER.lastIndex = p.end;
		if (text[p.start - 1] !== '的' && spanOfYears(text, p) && COPULA_AFTER.test(text)) break;
		if (!spanOfYears(text, p) || text[p.start - 1] !== '的' || !CLAUSE_END.test(text.slice(p.end, p.end + 1))) continue;
		// The predicate's clause opens on the copula said again (是…的五年, 也是…的五年), not on another span (特别是抗疫的三年, 其中…的三年).
		if (!opensOnCopula(text, p.start, copula)) continue;
		said.push({ start: p.start, end: p.end, text: p.text, value: p.value, bounds: boundsOf(p), more: p.approx === 'more' });
	}
	return said;
}

/** How far back a predicate's clause is read for the copula that opens it. */
const PREDICATE_BACK = 48;

/**
 * Does the predicate closed by the count at `at` open on the copula: its clause (marks but 、, which parts a list of
 * predicates' words: 极不寻常、极不平凡的五年) opens on the span's own 是 (before `copula`) or on the copula said again (是…,
 * 也是…), not on another span (特别是抗疫的三年, 其中…的三年). Reads at most PREDICATE_BACK characters back.
 */
function opensOnCopula(text: string, at: number, copula: number): boolean {
	let k = at;
	while (k > copula && at - k < PREDICATE_BACK && !/[。！？；;，,：:\n“”]/.test(text[k - 1]!)) k--;
	if (k <= copula) return true;
	PREDICATE_OPEN.lastIndex = k;
	return PREDICATE_OPEN.test(text);
}

/** How far back a copula's clause is read for the words that name it. */
const CLAUSE_BACK = 20;

/** Where the clause of the figure at `at` opens (after the last mark before it, at most CLAUSE_BACK characters back). */
function clauseStart(text: string, at: number): number {
	let k = at;
	while (k > 0 && at - k < CLAUSE_BACK && !/[。！？；;，,、：:\n“”]/.test(text[k - 1]!)) k--;
	return k;
}

/** The key of a count named by its words: their last KEY_CHARS characters, and its number when it names a programme. */
function programmeKey(text: string, q: PlacedQuantity, words: string): string {
	const key = words.slice(-KEY_CHARS);
	return PROGRAMME_AFTER.test(text.slice(q.end, q.end + 5)) ? `${key}#${q.value}` : key;
}

/** The counts of years named by their words in a block's text. Linear: the block's quantities, a bounded read before each. */
function durationsIn(text: string, quantities: readonly PlacedQuantity[]): BlockDuration[] {
	const out: BlockDuration[] = [];
	for (let k = 0; k < quantities.length; k++) {
		const q = quantities[k]!;
		if (!spanOfYears(text, q)) continue;
		const words = durationWords(text, q.start);
		const said = predicatesOf(text, quantities, k);
		if (words === undefined && said.length === 0) continue;
		// A copula's span named by no words of its own is named by its clause (十八大以来的五年, 过去五年).
		const named = words ?? text.slice(clauseStart(text, q.start), q.end);
		const d: BlockDuration = { start: q.start, end: q.end, text: q.text, value: q.value, bounds: boundsOf(q), more: q.approx === 'more', key: words === undefined ? '' : programmeKey(text, q, words), words: named };
		out.push(said.length === 0 ? d : { ...d, said });
	}
	return out;
}

/**
 * The counts of years in a block's text: they depend on the text alone, so they are read when first asked and kept with
 * the block's work (the work shared by blocks without work is frozen: read each time).
 */
function durationsOf(work: BlockWork | undefined, text: string): readonly BlockDuration[] {
	if (work?.durations) return work.durations;
	const read = work === undefined ? [] : durationsIn(text, work.quantities);
	const durations = read.length === 0 ? NO_DURATIONS : read;
	if (work !== undefined && !Object.isFrozen(work)) work.durations = durations;
	return durations;
}

type Placed = BlockDuration & { readonly span: { start: number; end: number }; readonly block: number };

/**
 * Appends to `relations` one restatement of the counts of years of one key that the document states two or more times
 * (their claims: the prose's claim of the count when it reads one, else a claim appended for it). The first count is the
 * reference; one whose bounds do not meet it fails. A key one sentence states with two counts that differ names no one
 * period (the choices of a rule). Linear: one pass over the blocks' quantities, a binary search per count.
 */
export function relateDurations(model: TextModel, works: readonly BlockWork[], quantities: readonly Quantity[], claims: Claim[], relations: Relation[]): void {
	const byKey = new Map<string, Placed[]>();
	const copulas: Placed[][] = [];
	for (let b = 0; b < model.blocks.length; b++) {
		const block = model.blocks[b]!;
		if (block.kind === 'table' || !block.text.includes('年')) continue;
		for (const d of durationsOf(works[b], block.text)) {
			const placed: Placed = { ...d, span: toOriginalSpan(block, d.start, d.end), block: b };
			if (d.said !== undefined) copulas.push([placed, ...d.said.map((p) => ({ ...d, ...p, said: undefined, span: toOriginalSpan(block, p.start, p.end), block: b }))]);
			if (d.key === '') continue;
			let list = byKey.get(d.key);
			if (list === undefined) byKey.set(d.key, (list = []));
			list.push(placed);
		}
	}
	// One claim per count, whichever relations it is in (a span named again may open a copula too).
	const claimOf = new Map<number, number>();
	const relate = (list: readonly Placed[]): void => {
		const first = list[0]!;
		const blamed = list.find((c) => !agree(c, first));
		const index = relations.length;
		const ids = list.map((c) => {
			const kept = claimOf.get(c.span.start);
			if (kept !== undefined) {
				claims[kept] = { ...claims[kept]!, relations: [...claims[kept]!.relations, index] };
				return kept;
			}
			const quantity = quantityAt(quantities, c.span);
			const read = quantity < 0 ? -1 : proseClaimOf(claims, quantity);
			const own = read >= 0 ? claims[read]! : undefined;
			if (own !== undefined && own.value === c.value) {
				claims[read] = { ...own, relations: [...own.relations, index] };
				claimOf.set(c.span.start, read);
				return read;
			}
			claims.push({ span: c.span, text: c.text, value: c.value, unit: '年', kind: 'amount', subject: first.words, scope: '', approx: c.more ? 'more' : 'exact', quantity, relations: [index], duration: true });
			claimOf.set(c.span.start, claims.length - 1);
			return claims.length - 1;
		});
		relations.push(groupRestatement(ids, list, blamed, first.words));
	};
	for (const list of byKey.values()) if (list.length >= 2 && !choices(model, list)) for (const named of byName(list)) if (named.length >= 2) relate(named);
	for (const list of copulas) relate(list);
}

/**
 * Do two counts state one span: two exact counts the same number (五年 and 六年 meet only at 5.5, which neither rounds to
 * both ways), a count past its number by 多 within the other's bounds (五千多年, 五千余年; not 六千多年).
 */
function agree(a: Placed, b: Placed): boolean {
	return !a.more && !b.more ? a.value === b.value : meets(a.bounds, b.bounds);
}

/**
 * The counts of one key split by the period they name: two counts are of one period when their words end the same for
 * NAME_CHARS characters or all of the shorter (安全生产专项整治 and 城镇燃气专项整治, 第二轮土地承包到期后再延长 and 宅基地使用权
 * 到期后再延长 are two). Each count joins the first group whose first count it shares the name with (at most NAMES_MAX groups).
 */
function byName(list: readonly Placed[]): Placed[][] {
	const groups: Placed[][] = [];
	for (const c of list) {
		const group = groups.find((g) => sameName(g[0]!.words, c.words));
		if (group !== undefined) group.push(c);
		else if (groups.length < NAMES_MAX) groups.push([c]);
	}
	return groups;
}

/** The most periods one key is split into (a count of a further name is read with none). */
const NAMES_MAX = 8;

/** Do two counts' words end the same for NAME_CHARS characters, or for all of the shorter? */
function sameName(a: string, b: string): boolean {
	const need = Math.min(a.length, b.length, NAME_CHARS);
	for (let k = 1; k <= need; k++) if (a[a.length - k] !== b[b.length - k]) return false;
	return true;
}

/** What ends a sentence proper, for a rule's choices: a semicolon joins the parallel cases of one (…免征三年；…免征两年). */
const FULL_STOP = /[。！？!?]/;
/** The characters two sentences of one block open with alike when they are parallel cases (对摆脱贫困的县… 对摆脱贫困的村…). */
const OPENING = 2;

/** How a count's sentence opens: its first OPENING characters, read back at most SUBJECT_BACK; '' when no start is found. */
function sentenceOpening(text: string, start: number): string {
	const from = Math.max(0, start - SUBJECT_BACK);
	const before = afterLast(text.slice(from, start), '。！？!?');
	if (from > 0 && before.length === start - from) return '';
	return before.slice(0, OPENING);
}

/**
 * Does one block state the key with two counts that differ as a rule's choices? In one sentence (给予留党察看一年或者
 * 留党察看二年处分; …免征企业所得税三年；…免征企业所得税两年), or in two sentences that open alike, parallel cases (对摆脱
 * 贫困的县，…设立5年过渡期。对摆脱贫困的村，…设立3年过渡期). Two sentences that open otherwise are two statements of one
 * period (a heading's sentence restated in the next: 保持…，…再延长30年，是…。为积极稳妥做好…再延长30年试点工作…), one of
 * them changed a failing pair. The list is in block order.
 */
function choices(model: TextModel, list: readonly Placed[]): boolean {
	for (let k = 1; k < list.length; k++) {
		const a = list[k - 1]!;
		const c = list[k]!;
		if (c.block !== a.block || c.value === a.value) continue;
		const text = model.blocks[c.block]!.text;
		if (!FULL_STOP.test(text.slice(a.end, c.start))) return true;
		const opening = sentenceOpening(text, a.start);
		if (opening.length === OPENING && opening === sentenceOpening(text, c.start)) return true;
	}
	return false;
}
