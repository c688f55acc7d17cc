/**
 * Lists of a whole document read for a quoted formula whose items stand far from it: “六保” in the plan, its items a run
 * of the lead sentence (保居民就业、保基本民生、…、保基层运转); “四高地一先行区” named in one paragraph, listed in another
 * (创新高地、产业高地、人才高地、开放高地和农村改革先行区). What binds the name to such a list is its spelling alone: a
 * run of `、` whose items carry the keys of the formula's parts in its order, exactly as many of each as the part counts
 * (the part's key ending every item of the part, or one key opening every item: 保X). A list more or less than that, or
 * two different lists that both fit, bind nothing.
 */
import { isCjk } from '../text/chars';
import { work } from '../work';

/** One item of a list, offsets in its block's text. */
export interface ListItem {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/** A run of `、` items in a block (the block's index in the document's blocks). */
export interface KeyedList {
	readonly block: number;
	readonly items: readonly ListItem[];
}

/** What the formula's parts say: how many items, sharing which key. */
export interface CountedKey {
	readonly count: number;
	readonly key: string;
}

/** The most characters of an item after the first (the first may carry the verb before the list: 加快建设…创新高地). */
export const ITEM_MAX = 14;
export const FIRST_ITEM_MAX = 24;
/** The most items a formula so read may count (a longer run is a catalogue, not a formula's items). */
const DISTANT_ITEMS_MAX = 10;
/** The most lists looked at for one formula (a bound: a document may hold many lists ending alike). */
const LOOKUPS_MAX = 8;
/** A joining word that may close a list before its last item (A、B和C; A、B及C; A、B以及C); items are CJK only. */
const JOINER = /以及|和|及|与/;

/**
 * Document lists, indexed by the last characters of their items in order (地地地地区: 创新高地、…、农村改革先行区) and by
 * their first characters (保保保保保保): a formula looks up exactly the lists its keys may end or open.
 */
export interface ListIndex {
	readonly byLast: Map<string, KeyedList[]>;
	readonly byFirst: Map<string, KeyedList[]>;
}

function add(map: Map<string, KeyedList[]>, spelled: string, list: KeyedList): void {
	const seen = map.get(spelled);
	if (seen) seen.push(list);
	else map.set(spelled, [list]);
}

/**
 * A block's `、` runs as lists (block-independent: kept with the block's work, so that an edit reads only its own
 * blocks' runs again), each with its spelling and keys; the same list written twice in the block is kept twice (the
 * document's index keeps a list's first place).
 */
export interface BlockList {
	readonly items: readonly ListItem[];
	/** The items joined by `、`: a list written again is the same list. */
	readonly spelled: string;
	/** The last characters of the items in order, and their first characters (ListIndex). */
	readonly last: string;
	readonly first: string;
}

/**
 * The `、` runs of a block's text (items of CJK characters only, two or more, the last split at a joining word when
 * the part after it is CJK too; a last item holding 的 gives the run cut before it too). Only the characters of the runs are visited: from each `、` back to its run's start
 * (at most FIRST_ITEM_MAX + 1: a longer first item fits no formula) and on to its end, the next `、` looked for after
 * that end.
 */
export function blockLists(text: string): readonly BlockList[] {
	let lists: BlockList[] | undefined;
	for (let mark = text.indexOf('、'); mark >= 0; ) {
		let start = mark;
		while (start > 0 && mark - start <= FIRST_ITEM_MAX && isCjk(text.charCodeAt(start - 1))) start--;
		// A first item longer than any fits, or none: the run is no list of a formula's items.
		const open = mark > start && !(start > 0 && isCjk(text.charCodeAt(start - 1)));
		const items: ListItem[] = [];
		let from = start;
		let i = mark;
		for (;;) {
			if (i > from) items.push({ start: from, end: i, text: text.slice(from, i) });
			if (text[i] !== '、' || i === from) break;
			from = ++i;
			while (i < text.length && isCjk(text.charCodeAt(i))) i++;
		}
		work.formulas += i - start + 1;
		const whole = text[i - 1] !== '、' && !(text[i] === '、');
		if (open && whole && items.length >= 2) {
			// A run whose last item goes on after 的 to what the list qualifies (…行政透明度最高、行政收费最少的行政区之一): the
			// run up to 的 as well, its last item what stands before it.
			const last = items[items.length - 1]!;
			const de = last.text.indexOf('的');
			const cut = de >= 2 ? [...items.slice(0, -1), { start: last.start, end: last.start + de, text: last.text.slice(0, de) }] : undefined;
			(lists ??= []).push(listOf(text, items));
			if (cut) lists.push(listOf(text, cut));
		}
		mark = text.indexOf('、', i + 1);
	}
	return lists ?? NO_LISTS;
}

const NO_LISTS: readonly BlockList[] = Object.freeze([]);

/** One run as a list, its last item split at a joining word (A、B和C). */
function listOf(text: string, items: ListItem[]): BlockList {
	const last = items[items.length - 1]!;
	const joined = JOINER.exec(last.text);
	if (joined && joined.index > 0 && joined.index + joined[0].length < last.text.length) {
		const cut = last.start + joined.index;
		items[items.length - 1] = { start: last.start, end: cut, text: text.slice(last.start, cut) };
		const after = cut + joined[0].length;
		items.push({ start: after, end: last.end, text: text.slice(after, last.end) });
	}
	// The three strings in one loop over the items (no array of texts made for each).
	let spelled = items[0]!.text;
	let lastChars = spelled[spelled.length - 1]!;
	let firstChars = spelled[0]!;
	for (let n = 1; n < items.length; n++) {
		const t = items[n]!.text;
		spelled += '、' + t;
		lastChars += t[t.length - 1]!;
		firstChars += t[0]!;
	}
	// Kept with the block's work for as long as the block stands: the run as the text spells it (one string, a slice of
	// the block's text) when no joining word was cut, rather than the tree of pieces the loop concatenated.
	const first = items[0]!;
	const end = items[items.length - 1]!.end;
	if (end - first.start === spelled.length) spelled = text.slice(first.start, end);
	return { items, spelled, last: lastChars, first: firstChars };
}

/**
 * The document's lists indexed, from each block's lists (`blockLists`, in the blocks' order): a list written again is
 * the same list, indexed once (its first place), so lookups stay bounded.
 */
export function indexLists(lists: readonly (readonly BlockList[])[]): ListIndex {
	const index: ListIndex = { byLast: new Map(), byFirst: new Map() };
	const seen = new Set<string>();
	for (let block = 0; block < lists.length; block++) {
		const own = lists[block]!;
		for (let n = 0; n < own.length; n++) {
			const l = own[n]!;
			if (seen.has(l.spelled)) continue;
			seen.add(l.spelled);
			const list: KeyedList = { block, items: l.items };
			add(index.byLast, l.last, list);
			add(index.byFirst, l.first, list);
		}
	}
	return index;
}

/** Do `items` carry `parts`' keys in order, each part's count of items ending with its key (opening with it: `opening`)? */
function carries(items: readonly ListItem[], parts: readonly CountedKey[], opening: boolean): boolean {
	let k = 0;
	for (const p of parts) {
		for (let n = 0; n < p.count; n++, k++) {
			const it = items[k]!.text;
			if (it.length <= p.key.length || it.length > (k === 0 ? FIRST_ITEM_MAX : ITEM_MAX)) return false;
			if (opening ? !it.startsWith(p.key) : !it.endsWith(p.key)) return false;
		}
	}
	return true;
}

/**
 * Two lists of the same items but the first, the first items ending alike in as many characters as the longest other item
 * has at least (增强道路自信 / 坚定道路自信, then 理论自信、制度自信、文化自信): the words before the list differ, not the
 * items — the first list with its first item cut to the common ending; else undefined.
 */
function sameItemsAfterLead(a: KeyedList, b: KeyedList): KeyedList | undefined {
	if (a.items.length !== b.items.length || a.items.length < 2) return undefined;
	for (let n = 1; n < a.items.length; n++) if (a.items[n]!.text !== b.items[n]!.text) return undefined;
	const x = a.items[0]!.text;
	const y = b.items[0]!.text;
	let common = 0;
	while (common < x.length && common < y.length && x[x.length - 1 - common] === y[y.length - 1 - common]) common++;
	const longest = Math.max(...a.items.slice(1).map((it) => it.text.length));
	if (common < longest) return undefined;
	const first = a.items[0]!;
	return { block: a.block, items: [{ start: first.end - common, end: first.end, text: x.slice(x.length - common) }, ...a.items.slice(1)] };
}

/**
 * The one list of the document that spells `parts` (exactly their total of items, distinct, carrying the keys), or
 * undefined when none does or two lists of different items do.
 */
export function listSpelling(index: ListIndex, parts: readonly CountedKey[]): KeyedList | undefined {
	const total = parts.reduce((s, p) => s + p.count, 0);
	if (total < 2 || total > DISTANT_ITEMS_MAX || parts.some((p) => p.key.length === 0 || p.count < 1)) return undefined;
	let found: KeyedList | undefined;
	const look = (lists: readonly KeyedList[] | undefined, opening: boolean): boolean => {
		const seen = lists ?? [];
		for (let n = 0; n < seen.length && n < LOOKUPS_MAX; n++) {
			const list = seen[n]!;
			work.formulas++;
			if (list.items.length !== total || !carries(list.items, parts, opening)) continue;
			if (new Set(list.items.map((it) => it.text)).size !== total) continue;
			if (found !== undefined && found.items.map((it) => it.text).join('、') !== list.items.map((it) => it.text).join('、')) {
				// The same items written again after other words (增强政治意识、大局意识… / 必须增强政治意识、大局意识…): one list,
				// its first item what the two first items share.
				const same = sameItemsAfterLead(found, list);
				if (!same) return false;
				found = same;
				continue;
			}
			found ??= list;
		}
		return true;
	};
	if (!look(index.byLast.get(parts.map((p) => p.key[p.key.length - 1]!.repeat(p.count)).join('')), false)) return undefined;
	// Items opening with the key: one part only (六保: 保…、保…), a key of one character that is a verb of the items.
	if (parts.length === 1 && !look(index.byFirst.get(parts[0]!.key[0]!.repeat(parts[0]!.count)), true)) return undefined;
	return found;
}
