/**
 * A count named again later in its own sentence, with no list of its own (从生产总值、成本、利润、劳动生产率四种指标来
 * 检查，全面完成四种计划的企业只占…; 建立中、日两国的正常关系和发展两国之间的贸易来往; 中越两国关系实现正常化，有利于两国
 * 发展经济): the second count is bound to the items the first one lists (expansion source `restated`), as a set listed
 * once and named again elsewhere is (formulaModel resolveListedSetsNamedAgain) — but here without a name to compare: the
 * same count and measure word in the same sentence, nothing listed between them, is the sentence going on about the set it
 * has just listed.
 *
 * Never flagged: a mention whose count differs is another set's (两国…三国), or a slip the text does not tell; it is left as
 * it is. Only where the text tells one set: a count whose items were read before or after it (not restated itself, not a
 * list closed by 等), the same count text (两国, 四种) within RESTATED_IN_SENTENCE_MAX characters and the same sentence, no
 * `、` between (a list of the mention's own: 8个“一”和马上办、…8个“办”), no mark of a part, a batch or another set right
 * before it (其中两国, 另两个, 新增, 每个, 等), no numeral around it (十四种, 两国家级), after a measure word the same noun
 * (3个片区…3个片区, not 3个公园, 3个月, 四种以上: another set, a time, a threshold), one frame (parse/frames: not last
 * year's set for this year's), and no other reading of the mention (a formula the readers resolved there stays). Linear:
 * each resolved count looks at a bounded window after itself once.
 */
import type { Formula, Span } from '../types';
import { framesDiffer, NOT_THE_LISTED, NOT_THE_LISTED_WINDOW, SENTENCE_ENDS } from './frames';
import { work } from '../work';
import { mergeSorted, partitionPoint } from '../search';
import { MEASURES } from './formulaNames';

/** The most characters between the end of a listed count and the same count named again in its sentence. */
export const RESTATED_IN_SENTENCE_MAX = 40;

/** What a formula of the document is, as formulaModel builds it (mutable until the document's formulas are made). */
export interface CountFormula {
	span: Span;
	text: string;
	kind: Formula['kind'];
	quoted: boolean;
	parts: Formula['parts'][number][];
	expansion?: Formula['expansion'];
	verdict: Formula['verdict'];
	etc?: boolean;
	children: number[];
	parent?: number;
}

/** Characters that around a count make it part of another number or an ordinal (十四种, 第两, 两国家级 is no count). */
const NUMERAL = /[0-9０-９〇零一二两三四五六七八九十百千万亿.．]/;
/** How many characters of the noun after a measure word the mention must share with the listed count's (片区…片区). */
const SAME_NOUN = 2;

/** Right before the mention: an ordinal, a share, an approximation, a batch (see NOT_THE_LISTED). */
const NOT_A_MENTION_BEFORE = /[第前近约超逾余几每各等这那]$/;
const ANOTHER_SET_BEFORE = /(?:等|累计|分别)$/;

/** A count whose items the text lists next to it: the one a later mention in its sentence is bound to. */
function listedHere(f: CountFormula): boolean {
	const source = f.expansion?.source;
	return f.kind === 'enumeration' && f.verdict === 'ok' && !f.etc && f.parts.length === 1 && f.parts[0]!.count !== undefined && (source === 'before' || source === 'after' || source === 'brackets');
}

/**
 * Where after `from` the count text `count` stands again, within RESTATED_IN_SENTENCE_MAX characters and its sentence, with
 * no list between, as a mention of the same set; else -1.
 */
function mentionAfter(text: string, from: number, count: string): number {
	let k = -1;
	for (let i = from; i < text.length && i - from <= RESTATED_IN_SENTENCE_MAX; i++) {
		work.formulas++;
		if (text.startsWith(count, i)) {
			k = i;
			break;
		}
		// Another sentence, or a list between: the mention may count a list of its own.
		const c = text[i]!;
		if (SENTENCE_ENDS.includes(c) || c === '、') return -1;
	}
	if (k < 0) return -1;
	const before = text.slice(Math.max(0, k - NOT_THE_LISTED_WINDOW), k);
	if (NUMERAL.test(text[k - 1] ?? '') || NUMERAL.test(text[k + count.length] ?? '') || NOT_A_MENTION_BEFORE.test(before) || NOT_THE_LISTED.test(before) || ANOTHER_SET_BEFORE.test(before)) return -1;
	// After a measure word the noun says which set (3个片区…建成3个公园, 3个月内, 四种以上): the listed count's noun again, or
	// none of it. A count whose measure is its noun (两国) names its set whatever follows (两国之间, 两国人民).
	if (MEASURES.has(count[count.length - 1]!) && text.slice(k + count.length, k + count.length + SAME_NOUN) !== text.slice(from, from + SAME_NOUN)) return -1;
	return k;
}

/** Index of the formula whose span holds `at`, or -1 (formulas in document order). */
function formulaAt(formulas: readonly CountFormula[], at: number): number {
	const i = partitionPoint(formulas.length, (j) => formulas[j]!.span.end <= at);
	return i < formulas.length && formulas[i]!.span.start <= at ? i : -1;
}

/**
 * Binds each count named again in its sentence to the items of the listed count before it (see above): an unread formula
 * there takes the items, a mention no reader took becomes a formula of its own (merged in document order).
 */
export function resolveCountsNamedAgainInSentence(formulas: CountFormula[], text: string): void {
	const added: CountFormula[] = [];
	for (const f of formulas) {
		if (!listedHere(f)) continue;
		const k = mentionAfter(text, f.span.end, f.text);
		if (k < 0) continue;
		const span = { start: k, end: k + f.text.length };
		const at = formulaAt(formulas, k);
		const there = at < 0 ? undefined : formulas[at]!;
		// A reading of its own stays; an unread formula is filled only when it is this count exactly.
		if (there !== undefined && (there.verdict !== 'unexpanded' || there.span.start !== k || there.parts.length !== 1 || there.parts[0]!.count !== f.parts[0]!.count)) continue;
		if (framesDiffer(text, f.span.start, k)) continue;
		const expansion = { span: f.expansion!.span, source: 'restated' as const };
		if (there !== undefined) {
			there.parts = [{ ...there.parts[0]!, items: f.parts[0]!.items, itemSpans: f.parts[0]!.itemSpans }];
			there.expansion = expansion;
			there.verdict = 'ok';
		} else if (added.length === 0 || added[added.length - 1]!.span.start !== k) {
			added.push({ span, text: f.text, kind: 'enumeration', quoted: false, parts: f.parts.map((p) => ({ ...p })), expansion, verdict: 'ok', children: [] });
		}
	}
	added.sort((a, b) => a.span.start - b.span.start);
	mergeSorted(formulas, added, (f) => f.span.start);
}
