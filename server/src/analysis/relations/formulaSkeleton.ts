/**
 * A formula of several numerals named again: “四水四定” … “四水四定”, “一河三山” … “一河三山”, “5+3”工作机制 … “5+3”工作
 * 机制. Its occurrences are related by its skeleton — its characters with each numeral a slot ({n}水{n}定, {n}+{n}) — so
 * that the relation can fail: an occurrence whose numerals differ from the others' in one slot (“四水三定” among
 * “四水四定”) is the same formula miswritten (formula.restatement), the quick fix the others' wording.
 *
 * One formula: a skeleton with words of its own between the numerals (水…定, 河…山), quoted, a well-known name of the
 * glossary, or expanded by the document; a code (“5+3”) only with the same name after it (工作机制), as codes of one
 * skeleton name many things (“5+3”工作机制, “8+5”任务抓手, “1+9”国家级开放创新平台).
 * Not one formula miswritten: occurrences that differ in two slots or more (三区三线 / 两区两线, 一强四优五新 /
 * 两强四优四新), a well-known name of its own (两免一补 beside 四免一补), a difference the text explains (two years or
 * wholes, a word of change, two in one sentence), nor one or two occurrences against one other unless the items of one
 * back them (the same name after both does not bind them: 成都“一核两翼”发展格局 / 德阳“一核三翼”发展格局).
 * Formulas of one numeral (三个一批, 四新, 十四五, 三年行动) are not read here: their counts are relateFormulaCounts'.
 */
import type { Claim, Formula, Quantity, Relation } from '../types';
import { isCjk } from '../text/chars';
import { lookupGlossary } from '../glossary/index';
import { proseClaimOf } from '../claimModel';
import { explained, inItems, type Occurrence, quantityAt } from './formulaRestatement';

/** A numeral run of a formula's text: 四 in 四水四定, 10 in 1+10 (两 and 二 are one value, read from its parts). */
const NUMERALS = /[〇零一二两三四五六七八九十百千0-9０-９]+/g;
/** The characters of the name after a formula that tell what it names (“1+9”国家级…: 国家级). */
const NAME_AFTER = 3;
/** The least characters of that name that bind two occurrences (工作机制 / 工作方案 share 工作: two are read, not one). */
const NAME_LEAST = 2;

/** One occurrence of a formula of several numerals. */
interface Placed {
	readonly formula: number;
	/** The numerals' values, one per slot. */
	readonly values: readonly number[];
	readonly occurrence: Occurrence;
}

/** The CJK characters right after a formula and its closing quote, at most NAME_AFTER. */
function nameAfter(text: string, end: number): string {
	let i = end;
	if (text[i] === '”' || text[i] === '"') i++;
	let name = '';
	for (; i < text.length && name.length < NAME_AFTER && isCjk(text.charCodeAt(i)); i++) name += text[i]!;
	return name;
}

/**
 * The skeleton of a formula of several numerals with its slots' values, or undefined: a cjk formula or a code with as
 * many numerals as parts, each counted, none of them holding a formula of its own.
 */
function skeletonOf(f: Formula, formulas: readonly Formula[]): { skeleton: string; values: number[] } | undefined {
	if ((f.kind !== 'cjk' && f.kind !== 'code') || f.children.length > 0 || (f.parent !== undefined && !inItems(f, formulas))) return undefined;
	const runs = f.text.match(NUMERALS);
	if (runs === null || runs.length < 2 || runs.length !== f.parts.length) return undefined;
	const values: number[] = [];
	for (const p of f.parts) {
		if (p.count === undefined) return undefined;
		values.push(p.count);
	}
	return { skeleton: f.text.replace(NUMERALS, '{n}').replace(/＋/g, '+'), values };
}

/** In how many slots two occurrences differ. */
function slotsDiffering(a: readonly number[], b: readonly number[]): number {
	let n = 0;
	for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) n++;
	return n;
}

const itemBacked = (f: Formula): boolean => f.verdict === 'ok' && f.expansion !== undefined && f.expansion.source !== 'restated';

/**
 * Appends to `claims` a claim per occurrence of a formula of several numerals named again, and to `relations` one
 * restatement relation per formula (its occurrences in text order), failing on an occurrence miswritten
 * (formula.restatement). Linear: one pass over the formulas, one over each skeleton's occurrences.
 */
export function relateFormulaSkeletons(text: string, formulas: readonly Formula[], quantities: readonly Quantity[], claims: Claim[], relations: Relation[]): void {
	const bySkeleton = new Map<string, Placed[]>();
	/** Texts named (quoted, of the glossary, expanded): an occurrence written so unquoted joins them. */
	const named = new Set<string>();
	const all: { placed: Placed; key: string; named: boolean }[] = [];
	formulas.forEach((f, i) => {
		const s = skeletonOf(f, formulas);
		if (s === undefined) return;
		const isNamed = f.quoted || f.glossary !== undefined || itemBacked(f);
		if (isNamed) named.add(f.text);
		const name = nameAfter(text, f.span.end);
		// A code names one thing only with the name after it (“5+3”工作机制); a cjk formula by its own words (水…定).
		if (f.kind === 'code' && name.length < NAME_LEAST) return;
		const key = f.kind === 'code' ? `${s.skeleton}|${name.slice(0, NAME_LEAST)}` : s.skeleton;
		const sum = s.values.reduce((a, b) => a + b, 0);
		const occurrence: Occurrence = { formula: i, count: sum, span: f.span, text: f.text, unit: '', noun: s.skeleton, named: isNamed, unquotedName: false };
		all.push({ placed: { formula: i, values: s.values, occurrence }, key, named: isNamed });
	});
	for (const o of all) {
		if (!o.named && !named.has(o.placed.occurrence.text)) continue;
		const list = bySkeleton.get(o.key);
		if (list) list.push(o.placed);
		else bySkeleton.set(o.key, [o.placed]);
	}
	for (const group of bySkeleton.values()) {
		if (group.length < 2) continue;
		const reference = referenceOf(group, formulas);
		if (reference === undefined) continue;
		const agreeing = group.filter((p) => slotsDiffering(p.values, reference) === 0);
		const blamed = group.filter((p) => slotsDiffering(p.values, reference) > 0 && miswritten(text, p, agreeing, group, formulas));
		const members = group.filter((p) => agreeing.includes(p) || blamed.includes(p));
		if (members.length < 2) continue;
		relate(members, blamed[0], agreeing, formulas, quantities, claims, relations);
	}
}

/**
 * The values the formula has: those of an occurrence its items back, else those of a strict majority of two or more.
 * Undefined: two item-backed occurrences that differ (two formulas), or no value to hold the others to (two
 * occurrences that differ: miswritten holds neither to the other).
 */
function referenceOf(group: readonly Placed[], formulas: readonly Formula[]): readonly number[] | undefined {
	const backed = group.filter((p) => itemBacked(formulas[p.formula]!));
	if (backed.length > 0) return backed.every((p) => slotsDiffering(p.values, backed[0]!.values) === 0) ? backed[0]!.values : undefined;
	const votes = new Map<string, { values: readonly number[]; n: number }>();
	for (const p of group) {
		const k = p.values.join(',');
		const v = votes.get(k);
		if (v) v.n++;
		else votes.set(k, { values: p.values, n: 1 });
	}
	for (const v of votes.values()) if (v.n >= 2 && v.n * 2 > group.length) return v.values;
	return undefined;
}

/**
 * How many occurrences of one wording hold another to it, with no items to back them. Two against one is two formulas
 * as often as one miswritten: 高新区、经开区“一核两翼” / 新区“一核三翼”, 国家、中央“两新一重” / 我省“三新一重”, 甲县、乙县
 * “1+3”工作机制 / 丙县“1+4”工作机制, “十三五”时期 … / “十四五”时期 … (the owner or the period is often a heading or a
 * name the frames do not read); a wording used three times is the document's own (as claim.restatement holds a short
 * noun's count only to three).
 */
const HELD_BY = 3;

/**
 * Is an occurrence that differs from the reference the same formula miswritten? One slot differs; it is no well-known
 * name of its own; it is bound to the reference — by a strict majority of HELD_BY or more, or by items — and the text
 * does not explain the difference. One occurrence against one other is two formulas as often as one miswritten, even with
 * the same name after both (成都“一核两翼”发展格局 / 德阳“一核三翼”发展格局, “两新一重”建设 / “三新一重”建设,
 * “1+3”政策体系 / “1+5”政策体系 of two mechanisms): the text gives nothing to tell them apart, so they stay silent.
 */
function miswritten(text: string, p: Placed, agreeing: readonly Placed[], group: readonly Placed[], formulas: readonly Formula[]): boolean {
	const f = formulas[p.formula]!;
	if (slotsDiffering(p.values, agreeing[0]?.values ?? p.values) !== 1 || lookupGlossary(f.text) !== undefined) return false;
	const bound = (agreeing.length >= HELD_BY && agreeing.length * 2 > group.length) || agreeing.some((a) => itemBacked(formulas[a.formula]!));
	return bound && !explained(text, [...agreeing, p].sort((a, b) => a.formula - b.formula).map((x) => x.occurrence));
}

/** One restatement relation of a formula's occurrences: a claim per occurrence, the first miswritten one its target. */
function relate(members: readonly Placed[], blamed: Placed | undefined, agreeing: readonly Placed[], formulas: readonly Formula[], quantities: readonly Quantity[], claims: Claim[], relations: Relation[]): void {
	const index = relations.length;
	const ids = members.map((p) => {
		const f = formulas[p.formula]!;
		const quantity = quantityAt(quantities, f.span);
		const claim: Claim = { span: f.span, text: f.text, value: p.occurrence.count, unit: '', kind: 'amount', subject: p.occurrence.noun, scope: '', approx: 'exact', quantity, relations: [index] };
		// A numeral of the formula the prose read as a figure of its own (四抓“三支”撑, 三地“一区”) is a part of its name:
		// one figure, one claim — the formula's, in that reading's place among the prose's claims (which stay in quantity
		// order, so it names no formula), unless that reading is already in a relation.
		const read = quantity < 0 ? -1 : proseClaimOf(claims, quantity);
		if (read >= 0 && claims[read]!.relations.length === 0) {
			claims[read] = claim;
			return read;
		}
		claims.push({ ...claim, formula: p.formula });
		return claims.length - 1;
	});
	const first = agreeing[0]!;
	const reference = formulas[first.formula]!.text;
	const wrong = blamed === undefined ? undefined : formulas[blamed.formula]!.text;
	relations.push({
		kind: 'restatement',
		claims: ids,
		target: blamed === undefined ? ids[0]! : ids[members.indexOf(blamed)]!,
		expression: wrong === undefined ? reference : `${wrong} ≠ ${reference}`,
		computed: first.occurrence.count,
		ok: blamed === undefined,
		rule: 'formula.restatement',
		...(wrong === undefined ? {} : { replacement: reference }),
		data: { formula: reference, second: wrong ?? reference, skeleton: first.occurrence.noun, times: agreeing.length },
	});
}
