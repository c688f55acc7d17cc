/**
 * A total distributed over items stated one a paragraph: a lead that states the total and announces the list
 * (`…支出总数为七六六·四亿元，其分配和百分比如下：`), then one paragraph per item, each its amount and its share of the
 * total (`工业部门为三一三·二亿元，占百分之四〇·九；`) — the way the planned-economy documents lay out a distribution.
 *
 * - each item's share is its amount over the total (ratio);
 * - when the lead says, after its total, that the total is divided (分配, 构成, 划分 …) and the list is read to its end (its last item ends the
 *   sentence with 。): the items' amounts make the total (part-sum) and their shares make 100% (share-sum), each only
 *   when every item states it.
 *
 * One pass over the document's figures, each item paragraph read once: linear.
 */
import type { DocumentFigures } from './context';
import { checkPartSum, type Fig, fmt, interval, operand, percentOf, sameScale, type Sink, sum, sumsOfOthers } from './figures';
import { sub } from '../interval';
import { LEAD_DISTRIBUTED, LEAD_OF_OTHER_TIME, LEAD_OF_SELECTION } from '../parse/reading';

/** A lead ends by announcing the list (如下：, 如下列：, 如次：). */
const LEAD_END = /(?:如下|如下列|如次)[：:]\s*$/;
/** A lead that says the total is divided among the items (其分配和百分比如下, 按管理部门划分，其分配情况如下列). */
const DIVIDED = /分配|构成|划分|分为|组成/;
/** A clause's end. */
const CLAUSE_END = /[，,。；;]/g;

/** The noun the announcement distributes, in its last clause, or undefined when it names none. */
function distributedNoun(said: string): string | undefined {
	const clause = said.split(CLAUSE_END).pop()!;
	const at = clause.search(LEAD_DISTRIBUTED);
	return at > 0 ? clause.slice(0, at) : undefined;
}

/** The lead's announcement after its total, brackets read past. */
function announcement(text: string, total: Fig): string {
	return text.slice(total.q.end).replace(/（[^（）]*）|\([^()]*\)/g, '');
}

/**
 * Whether the lead's announcement after its total (`said`) lists the total's items, not those of a part named in it
 * (…总额为四二〇亿元，其中工业部门投资的分配如下; （其中中央…），地方投资的分配如下) nor of another year.
 */
function ofTotal(said: string, total: Fig): boolean {
	// Brackets are read past (（其中国家财政拨款为…）): `said` is the announcement without them.
	if (LEAD_OF_OTHER_TIME.test(said)) return false;
	const noun = distributedNoun(said);
	return noun === undefined || noun === '其' || total.subject.includes(noun);
}
/** An item that opens with 其中 is a part of the item before it, not of the total. */
const PART_OF_ITEM = /^其中/;
/** Between an item's amount and its share: 占, maybe with a stray comma (为八九·九亿元，占，百分之一一·七). */
const AMOUNT_THEN_SHARE = /^[，,]?占[，,]?$/;
/** Right before an item's amount: 为 (工业部门为…); before a share stated alone: 占. */
const BEFORE_AMOUNT = /为$/;
const BEFORE_SHARE = /占[，,]?$/;
/** An item is one clause or two: no sentence's end before its last character. */
const SENTENCE_END = /[。；;！？]/;
/** An item that announces a list of its own (…如下列：) is the lead of the next list, not an item. */
const ANNOUNCES = /[：:]$/;
/** The longest item paragraph, and the most items a list is read for. */
const ITEM_MAX = 160;
const ITEMS_MAX = 40;

interface Item {
	readonly amount?: number;
	readonly share?: number;
}

/** The end (exclusive) of the block of figure `i` in `all`. */
function blockEnd(d: DocumentFigures, i: number): number {
	let j = i;
	while (j < d.all.length && d.blockOf[j] === d.blockOf[i]) j++;
	return j;
}

/** The item paragraph of figures i … j − 1 against the total, or undefined when it is no item of the list. */
function itemOf(d: DocumentFigures, i: number, j: number, total: Fig): Item | undefined {
	const text = d.textOf[d.rankOf[i]!]!.trim();
	if (text.length > ITEM_MAX || PART_OF_ITEM.test(text) || SENTENCE_END.test(text.slice(0, -1)) || ANNOUNCES.test(text) || j - i > 2) return undefined;
	const a = d.all[i]!;
	const isAmount = (f: Fig): boolean => f.kind === 'amount' && f.unit === total.unit && f.exact && !f.inBrackets && BEFORE_AMOUNT.test(d.textOf[d.rankOf[i]!]!.slice(0, f.q.start));
	const isShare = (f: Fig): boolean => f.unit === '%' && f.exact && !f.inBrackets && f.kind !== 'change';
	if (j - i === 2) {
		const s = d.all[i + 1]!;
		if (!isAmount(a) || !isShare(s) || !AMOUNT_THEN_SHARE.test(d.textOf[d.rankOf[i]!]!.slice(a.q.end, s.q.start))) return undefined;
		return { amount: i, share: i + 1 };
	}
	if (isAmount(a)) return { amount: i };
	if (isShare(a) && BEFORE_SHARE.test(d.textOf[d.rankOf[i]!]!.slice(0, a.q.start))) return { share: i };
	return undefined;
}

/** A sentence's end inside a lead (the colon that announces the list ends none). */
const LEAD_SENTENCE_END = /[。！？]/g;

/**
 * The total of a lead (figures i … j − 1): the one amount outside brackets, printed exactly, of the sentence that
 * announces the list (…支出总数为七六六·四亿元，其分配和百分比如下：), or of the sentence right before it when that one
 * states none (…对运输和邮电的基本建设投资为八二·一〇亿元。投资的分配如下列：) — not a figure of an earlier sentence of the
 * paragraph (运输业是一个物质生产部门). Two amounts in that sentence: which is the total is not said.
 */
function totalOf(d: DocumentFigures, i: number, j: number): number | undefined {
	const text = d.textOf[d.rankOf[i]!]!;
	// The starts of the last two sentences of the lead's paragraph.
	let last = 0;
	let before = 0;
	for (const m of text.trimEnd().slice(0, -1).matchAll(LEAD_SENTENCE_END)) {
		before = last;
		last = m.index + 1;
	}
	const inSentence = (from: number, to: number): number | undefined => {
		let found: number | undefined;
		for (let k = i; k < j; k++) {
			const f = d.all[k]!;
			if (f.kind !== 'amount' || f.inBrackets || f.unit === '' || f.unit === '%' || f.q.start < from || f.q.start >= to) continue;
			if (found !== undefined || !f.exact) return -1;
			found = k;
		}
		return found;
	};
	const own = inSentence(last, text.length);
	// The sentence before only when the announcing one distributes all of it, not a part (其中工业部门的投资分配如下列：).
	const found = own === undefined && last > 0 && !text.slice(last).includes('其中') ? inSentence(before, last) : own;
	return found === -1 ? undefined : found;
}

function relateList(d: DocumentFigures, b: Sink, t: number, items: readonly Item[], divided: boolean): void {
	const all = d.all;
	const total = all[t]!;
	for (const it of items) {
		if (it.amount === undefined || it.share === undefined) continue;
		const part = all[it.amount]!;
		const s = all[it.share]!;
		const pct = percentOf(interval(part), interval(total));
		if (!pct || part.value >= total.value) continue;
		const computed = (part.value / total.value) * 100;
		const bare = sameScale(part, total);
		const expr = `${operand(part, bare)} ÷ ${operand(total, bare)} = ${fmt(computed)}%`;
		const share = interval(s);
		const accepts = [{ lo: (share.lo * interval(total).lo) / 100, hi: (share.hi * interval(total).hi) / 100 }, share.lo > 0 ? { lo: (interval(part).lo * 100) / share.hi, hi: (interval(part).hi * 100) / share.lo } : undefined];
		b.check('ratio', [part, total, s], s, expr, computed, share, pct, { whole: total.subject, stated: s.text }, { at: { figs: [it.amount, t, it.share], target: it.share }, accepts });
	}
	if (!divided) return;
	if (items.every((it) => it.amount !== undefined)) {
		const at = items.map((it) => it.amount!);
		const parts = at.map((k) => all[k]!);
		checkPartSum(b, total, parts, 'distribution', { at: { figs: [t, ...at], target: t } });
	}
	if (items.every((it) => it.share !== undefined)) {
		const at = items.map((it) => it.share!);
		const shares = at.map((k) => all[k]!);
		const value = shares.reduce((n, f) => n + f.value, 0);
		const decimals = Math.min(8, Math.max(0, ...shares.map((f) => f.q.decimals)));
		const expr = `${shares.map((f) => operand(f, true)).join(' + ')} = ${value.toFixed(decimals)}%`;
		const accepts = sumsOfOthers(shares).map((others) => sub({ lo: 100, hi: 100 }, others));
		b.check('share-sum', shares, shares[shares.length - 1]!, expr, value, { lo: 100, hi: 100 }, sum(shares), { whole: total.subject, complete: 'yes' }, { fix: false, accepts, at: { figs: at, target: at[at.length - 1]! } });
	}
}

/** Every distribution of the document: a lead with its total, then its items, one paragraph each (see the top). */
export function distributions(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	for (let i = 0; i < all.length; ) {
		const j = blockEnd(d, i);
		const text = d.textOf[d.rankOf[i]!]!;
		const lead = text.includes('如下') || text.includes('如次') ? (LEAD_END.test(text) ? totalOf(d, i, j) : undefined) : undefined;
		const said = lead === undefined ? '' : announcement(text, all[lead]!);
		const t = lead !== undefined && ofTotal(said, all[lead]!) ? lead : undefined;
		if (t === undefined) {
			i = j;
			continue;
		}
		const items: Item[] = [];
		// Whether the list is read to its end: its last item ends the sentence (…占百分之一·五。). A list cut short by a
		// paragraph that is no item (a misprint, a layout that joins two items) may miss items: no sum of it is checked.
		let closed = false;
		let k = j;
		while (k < all.length && items.length < ITEMS_MAX && d.blockOf[k] === d.blockOf[k - 1]! + 1) {
			const m = blockEnd(d, k);
			const it = itemOf(d, k, m, all[t]!);
			if (!it) break;
			items.push(it);
			k = m;
			// The sentence ends with the list (…占百分之一·五。).
			if (d.textOf[d.rankOf[k - 1]!]!.trim().endsWith('。')) {
				closed = true;
				break;
			}
		}
		if (items.length >= 2) relateList(d, b, t, items, closed && DIVIDED.test(said) && !LEAD_OF_SELECTION.test(said));
		i = Math.max(j, k);
	}
}
