/**
 * Durations the text dates by their two ends. Anniversaries dated by the year they fall in: 2019年是新中国成立70周年,
 * 2021年将迎来中国共产党建党100周年, 今年是改革开放30周年 (a report dated 2008年3月5日). The count of years since the event is the year it falls in less the event's year
 * (lexicon/epochs.json: 1949, 1921, 1978 …): 2019 − 1949 = 70. A restatement of one span: the count as printed and the
 * count its two ends make.
 *
 * Only when the text itself names the year: a year that opens a copula (2024年是…, 2021年将迎来…) in the anniversary's
 * sentence, the event's name right after the copula or after the copula said again (…，也是新中国成立70周年); or 今年是… in a
 * document with a date line under its title (the year of that line). Never the year of writing guessed, nor a year that
 * only sets the scene (2020年，…以优异成绩迎接建党100周年; 2020年是…，也是为建党100周年献礼之年: a year before the
 * anniversary's), nor a point before or after it (70周年后的第一年), nor an event the lexicon does not date (视察镇江10周年,
 * 建州七十周年), nor another body's event of a name the lexicon's ends (投资公司成立五周年, 人民海军建军70周年).
 *
 * A count of years with its two ends printed by it: 三年（2023—2025年）, 第十四个五年（2021－2025年）, 1950年到2002年53年. The count
 * is the years from the first to the last, counted with both (2025 − 2023 + 1 = 3, the years of a plan) or elapsed
 * (2022 − 2012 = 10, 从2012年到2022年这十年): either holds; a count that is neither fails. Not a count inexact by the words
 * after it (2018年到2022年3年多), nor one that counts some of the years before it (2016年至2020年共3年考核为优秀): years
 * before a count bind it when it closes their span (这十年，, 53年的总和, 7年间) or is a programme's (三年行动).
 */
import type { Claim, Quantity, Relation } from '../types';
import { type TextModel, toOriginalSpan } from '../text/textModel';
import type { BlockWork } from '../blockWork';
import type { PlacedQuantity } from '../parse/quantities';
import { quantityAt } from './formulaRestatement';
import { POINT_IN_TIME_AFTER, PROGRAMME_AFTER } from '../parse/reading';
import epochData from '../lexicon/epochs.json';

interface Epoch {
	readonly names: readonly string[];
	readonly year: number;
}

/** Each event's names with its year, the longest name first (中华人民共和国成立 before 建国; 中国共产党建党 before 建党). */
const NAMES: readonly { readonly name: string; readonly year: number }[] = (epochData.epochs as readonly Epoch[])
	.flatMap((e) => e.names.map((name) => ({ name, year: e.year })))
	.sort((a, b) => b.name.length - a.name.length);

/** What ends a sentence: the year and its anniversary are read in one. */
const SENTENCE_END = /[。！？；;!?\n]/;
/** A year that opens a copula: 2024年是, 2021年将迎来, 2019年，是, 2019年也是. */
const YEAR_COPULA = /[，,]?(?:也|又|还|将|则|正|恰)?(?:是|迎来了?)/y;
/** 今年 opening a copula, at the start of its sentence (今年是改革开放30周年). */
const THIS_YEAR = /^今年[，,]?(?:也|又|还|将|正|恰)?(?:是|迎来了?)/;
/** How a later clause of the copula opens: the copula said again (也是, 还是, 又将迎来). */
const PREDICATE_OPEN = /(?:同时)?(?:也|又|还|更|将|则|正)?(?:将)?(?:是|迎来了?)/y;
/** What parts the clauses of a sentence. */
const CLAUSE_MARK = /[，,：:]/;
/** Two years printed right after a count, in brackets: 三年（2023—2025年）. */
const RANGE_AFTER = /^[（(]((?:19|20)\d\d)年?\s*[—－\-–～~至到]{1,2}\s*((?:19|20)\d\d)年?[）)]/;
/** Two years printed right before a count: 1950年到2002年53年, 从2012年到2022年这十年, 2016—2020年的五年. */
const RANGE_BEFORE = /((?:19|20)\d\d)年?\s*(?:[—－\-–～~]{1,2}|至|到)\s*((?:19|20)\d\d)年[）)]?(?:这|的|共|这些)?$/;
/** Words right after a count of years that make it inexact (3年多, 五年半, 三年左右, 5年以上). */
const ODD_AFTER = /^(?:多|余|半|左右|上下|以上|以下|以内|有余)/;
/** Words right after a count of years that close the span the years before it run over (这十年，; 53年的总和; 7年间; 3年里). */
const SPAN_CLOSED = /^(?:间|里|中|来|以来|的|时间|期间|[，,。；;、）)]|$)/;
/** How far back from a count the two years before it are read. */
const RANGE_BACK = 20;
/** The most years a count of a dated span may be (a larger number is no span of years). */
const RANGE_MOST = 200;

/** How far back from an anniversary its sentence is read for the year that dates it. */
const SENTENCE_BACK = 120;

/** The year of the event named right before `at` in `text` (中华人民共和国成立|70周年), or undefined. */
function epochBefore(text: string, at: number): { name: string; year: number } | undefined {
	for (const e of NAMES) if (at >= e.name.length && text.startsWith(e.name, at - e.name.length)) return e;
	return undefined;
}

/**
 * The year that dates the anniversary at `q` (index `k` of the block's quantities), its event's name starting at `name`:
 * the nearest year before it in its sentence, when that year opens a copula; or 今年 at its sentence's start in a dated
 * document. The event's name is the copula's complement itself, right after it (2019年是新中国成立70周年) or right after
 * the copula said again at the start of a later clause (…之年，也是新中国成立70周年): words between make the anniversary
 * a part of another predicate (也是为建党100周年献礼之年, 也是迎接…的一年, 也是为明年…打基础的一年: a year before it) or
 * another body's event of the same name (是人民海军建军70周年, 是朝鲜建国70周年). Reads back at most SENTENCE_BACK characters.
 */
function datingYear(text: string, quantities: readonly PlacedQuantity[], k: number, name: number, dated: number | undefined): { year: number; text: string } | undefined {
	const q = quantities[k]!;
	let from = q.start;
	while (from > 0 && q.start - from < SENTENCE_BACK && !SENTENCE_END.test(text[from - 1]!)) from--;
	if (from > 0 && !SENTENCE_END.test(text[from - 1]!)) return undefined;
	// The nearest year before it in its sentence (no other year between: 2020年是…，2021年将迎来…100周年 dates it 2021).
	let y = k - 1;
	while (y >= 0 && quantities[y]!.start >= from && quantities[y]!.kind !== 'year') y--;
	const year = y >= 0 && quantities[y]!.start >= from ? quantities[y]! : undefined;
	let copula: number;
	let named: { year: number; text: string };
	if (year !== undefined) {
		if (year.approx !== 'exact' || !Number.isInteger(year.value)) return undefined;
		YEAR_COPULA.lastIndex = year.end;
		if (!YEAR_COPULA.test(text)) return undefined;
		// The year is the copula's subject: it opens its clause (2019年是…; …之年，2021年将迎来…; not 到2049年…).
		if (year.start > from && !CLAUSE_MARK.test(text[year.start - 1]!)) return undefined;
		copula = YEAR_COPULA.lastIndex;
		named = { year: year.value, text: year.text };
	} else {
		if (dated === undefined) return undefined;
		const m = THIS_YEAR.exec(text.slice(from, Math.min(q.start, from + 8)));
		if (!m) return undefined;
		copula = from + m[0].length;
		named = { year: dated, text: `今年（${dated}年）` };
	}
	if (name === copula) return named;
	// A later clause that opens on the copula said again, the name right after it (…，也是新中国成立70周年).
	let c = name;
	while (c > copula && !CLAUSE_MARK.test(text[c - 1]!)) c--;
	if (c <= copula) return undefined;
	PREDICATE_OPEN.lastIndex = c;
	return PREDICATE_OPEN.test(text) && PREDICATE_OPEN.lastIndex === name ? named : undefined;
}

/**
 * Appends one restatement per anniversary dated by its year (the count as printed against the year less the event's),
 * with a claim of its own for each count (no prose claim reads N周年). `dated`: the year of the document's date line, if
 * any. Linear: the blocks' quantities, a bounded read back from each anniversary.
 */
export function relateDatedDurations(model: TextModel, works: readonly BlockWork[], quantities: readonly Quantity[], claims: Claim[], relations: Relation[], dated: string): void {
	const documentYear = dated === '' ? undefined : Number(dated);
	for (let b = 0; b < model.blocks.length; b++) {
		const block = model.blocks[b]!;
		if (block.kind === 'table') continue;
		const text = block.text;
		const placed = works[b]?.quantities ?? [];
		for (let k = 0; k < placed.length; k++) {
			const q = placed[k]!;
			if (q.unit === '年' && q.kind === 'number') {
				relateRange(block, text, q, quantities, claims, relations);
				continue;
			}
			if (q.unit !== '周' || text[q.end] !== '年' || q.kind !== 'number' || q.approx !== 'exact' || q.numStart !== 0 || !Number.isInteger(q.value) || q.value <= 0) continue;
			const event = epochBefore(text, q.start);
			// Not a point before or after the anniversary (建党100周年前夕, 抗美援朝出国作战70周年后的第一年).
			if (event === undefined || POINT_IN_TIME_AFTER.test(text.slice(q.end + 1, q.end + 4))) continue;
			const year = datingYear(text, placed, k, q.start - event.name.length, documentYear);
			if (year === undefined) continue;
			const computed = year.year - event.year;
			const span = toOriginalSpan(block, q.start, q.end + 1);
			const index = relations.length;
			claims.push({ span, text: `${q.text}年`, value: q.value, unit: '周年', kind: 'amount', subject: event.name, scope: '', approx: 'exact', quantity: quantityAt(quantities, span), relations: [index], duration: true });
			const ok = computed === q.value;
			relations.push({
				kind: 'restatement',
				claims: [claims.length - 1],
				target: claims.length - 1,
				expression: `${year.year} − ${event.year} = ${computed}`,
				computed,
				ok,
				data: { dated: 1, first: `${q.text}年`, second: `${computed}周年`, subject: event.name, year: year.text, yearValue: year.year, epoch: event.year, scope: '' },
			});
		}
	}
}

/**
 * A count of years with the two years it runs between printed by it (三年（2023—2025年）, 1950年到2002年53年): a
 * restatement of the count against the years, with a claim of its own.
 */
function relateRange(block: TextModel['blocks'][number], text: string, q: PlacedQuantity, quantities: readonly Quantity[], claims: Claim[], relations: Relation[]): void {
	if (q.approx !== 'exact' || q.numStart !== 0 || !Number.isInteger(q.value) || q.value <= 0 || q.value > RANGE_MOST) return;
	const after = text.slice(q.end, q.end + 16);
	// A count past or short of its number by the words after it (3年多, 五年半, 三年左右): no exact count of the years.
	if (ODD_AFTER.test(after)) return;
	// The years before the count bind it when it closes their span (…这十年，; 53年的总和; 8年间; 三年行动), not when it counts
	// some of their years (2016年至2020年共3年考核为优秀).
	const m = RANGE_AFTER.exec(after) ?? (SPAN_CLOSED.test(after) || PROGRAMME_AFTER.test(after) ? RANGE_BEFORE.exec(text.slice(Math.max(0, q.start - RANGE_BACK), q.start)) : null);
	if (!m) return;
	const first = Number(m[1]);
	const last = Number(m[2]);
	if (last <= first) return;
	const counted = last - first + 1;
	const elapsed = q.value === last - first;
	const ok = q.value === counted || elapsed;
	const span = toOriginalSpan(block, q.start, q.end);
	const index = relations.length;
	claims.push({ span, text: q.text, value: q.value, unit: '年', kind: 'amount', subject: `${first}—${last}年`, scope: '', approx: 'exact', quantity: quantityAt(quantities, span), relations: [index], duration: true });
	relations.push({
		kind: 'restatement',
		claims: [claims.length - 1],
		target: claims.length - 1,
		expression: elapsed ? `${last} − ${first} = ${last - first}` : `${last} − ${first} + 1 = ${counted}`,
		computed: elapsed ? last - first : counted,
		ok,
		data: { range: `${first}—${last}年`, first: q.text, second: `${counted}年`, subject: `${first}—${last}年`, scope: '' },
	});
}
