import { work } from '../work';

/**
 * Lists in running text: items separated by 、 ， ； or dashes, at bracket and quote depth 0, the last one
 * possibly joined by 及 和 与 以及 (暨 never splits an item: 环东海域新城暨现代服务业基地 is one item).
 */

export interface Item {
	/** Joined-text offsets of the item (trimmed). */
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

const OPEN = new Set(['（', '(', '“', '‘', '《', '【', '「', '[']);
const CLOSE = new Set(['）', ')', '”', '’', '》', '】', '」', ']']);

function trimItem(text: string, start: number, end: number): Item | undefined {
	let s = start;
	let e = end;
	while (s < e && WHITE.test(text[s]!)) s++;
	while (e > s && (WHITE.test(text[e - 1]!) || text[e - 1] === '。')) e--;
	if (e <= s) return undefined;
	return { start: s, end: e, text: text.slice(s, e) };
}

const WHITE = /[\s\u3000]/;

/**
 * Split text[start, end) into groups (separated by ，；) of items (separated by 、 and dashes), at depth 0.
 * Linear: one pass.
 */
export function splitGroups(text: string, start: number, end: number): Item[][] {
	const groups: Item[][] = [];
	let items: Item[] = [];
	let depth = 0;
	work.formulas += end - start;
	let itemStart = start;
	const closeItem = (i: number): void => {
		const it = trimItem(text, itemStart, i);
		if (it) items.push(it);
		itemStart = i + 1;
	};
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		const role = ROLE[c];
		if (role === 0) continue;
		if (role === OPENS) depth++;
		else if (role === CLOSES) depth = Math.max(0, depth - 1);
		else if (depth === 0 && role === ITEM) {
			closeItem(i);
			while (text.charCodeAt(itemStart) === 0x2014) itemStart++; // ——
			i = itemStart - 1;
		} else if (depth === 0 && role === GROUP) {
			closeItem(i);
			if (items.length > 0) groups.push(items);
			items = [];
		}
	}
	closeItem(end);
	if (items.length > 0) groups.push(items);
	return groups;
}

/** What each character does in a list: open or close a bracket or quote, separate items, separate groups. */
const OPENS = 1;
const CLOSES = 2;
const ITEM = 3;
const GROUP = 4;
const ROLE = new Uint8Array(0x10000);
for (const ch of OPEN) ROLE[ch.charCodeAt(0)] = OPENS;
for (const ch of CLOSE) ROLE[ch.charCodeAt(0)] = CLOSES;
for (const ch of '、—－') ROLE[ch.charCodeAt(0)] = ITEM;
for (const ch of '，；,;') ROLE[ch.charCodeAt(0)] = GROUP;

/** 及 和 与 以及 (not 暨) joining the last two items. Returns the split point inside `item`, or -1. */
export function lastJoiner(item: string): { at: number; length: number } {
	for (const j of ['以及', '及', '和', '与']) {
		const at = item.lastIndexOf(j);
		// Not at the very start or end, and not inside a bracket or quote.
		if (at > 0 && at + j.length < item.length) {
			const before = item.slice(0, at);
			const depth = countOpen(before);
			if (depth === 0) return { at, length: j.length };
		}
	}
	return { at: -1, length: 0 };
}

function countOpen(s: string): number {
	let d = 0;
	for (const ch of s) {
		if (OPEN.has(ch)) d++;
		else if (CLOSE.has(ch)) d = Math.max(0, d - 1);
	}
	return d;
}

/** Split the last item of `items` at its joiner (特殊群体和企业商户 → 特殊群体 | 企业商户). */
export function splitLastJoiner(items: readonly Item[]): Item[] | undefined {
	const last = items[items.length - 1];
	if (!last) return undefined;
	const j = lastJoiner(last.text);
	if (j.at < 0) return undefined;
	const a: Item = { start: last.start, end: last.start + j.at, text: last.text.slice(0, j.at) };
	const b: Item = { start: last.start + j.at + j.length, end: last.end, text: last.text.slice(j.at + j.length) };
	return [...items.slice(0, -1), a, b];
}

/**
 * Verbs and prepositions that open the clause a list stands in: the first item starts after the last of them
 * (卫东区建立区、街道、社区 → 区; 积极整合党员、干部、人才 → 党员; 邀请省、州、县 → 省).
 */
const LEADS = [
	'建立', '构建', '整合', '坚持', '推行', '落实', '打造', '邀请', '实施', '推进', '加快', '加强', '开展', '完善', '健全', '形成', '包括', '涵盖', '设立', '成立',
	'组建', '实现', '围绕', '聚焦', '依托', '推动', '抓好', '做好', '做到', '提升', '强化', '深化', '创建', '培育', '建设', '发展', '突出', '统筹', '覆盖', '组织',
	'实行', '采取', '通过', '按照', '对', '在', '以', '由', '把', '将', '从', '为', '向', '与', '即', '指', '是', '有', '了', '的',
];

const LEAD_SET: ReadonlySet<string> = new Set(LEADS);

/** Is `word` one of the verbs and prepositions that open a list's clause (包括, 建立, 坚持 …)? */
export function isLead(word: string): boolean {
	return LEAD_SET.has(word);
}

/** The first item of a list without the clause's opening verb: 卫东区建立区 → 区. */
export function stripLead(item: Item): Item {
	let cut = -1;
	for (const lead of LEADS) {
		const at = item.text.lastIndexOf(lead);
		if (at >= 0 && at + lead.length < item.text.length && at + lead.length > cut) cut = at + lead.length;
	}
	if (cut <= 0) return item;
	return { start: item.start + cut, end: item.end, text: item.text.slice(cut) };
}
