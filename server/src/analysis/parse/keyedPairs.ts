/**
 * Pairs of a block's text joined by 和, 与 or 及 whose two items end with the same two characters (落实自治区政府部门权力
 * 清单和责任清单; 推动共同富裕先行和省域现代化先行取得优异成绩): a list of two that a quoted count of two naming that key
 * (“两个清单”, “两个先行”) may take as its items, read with the document's `、` runs (parse/keyedLists: the same index, the
 * same spelling, one list of that spelling in the document or none).
 *
 * A pair is no `、` run's last two items (A、B和C is a run: blockLists), its first item a whole run of CJK characters
 * (its lead verb kept, as a run's first item keeps it), the second cut where it first ends with the first's last two
 * characters (省域现代化先行 | 取得优异成绩), both longer than those two characters and different. Only the characters
 * around each joining word are read: at most FIRST_ITEM_MAX back and ITEM_MAX on — linear in the block.
 */
import { CharSet, isCjk } from '../text/chars';
import { work } from '../work';
import { type BlockList, FIRST_ITEM_MAX, ITEM_MAX, type ListItem } from './keyedLists';

/** The words that join the two items of a pair, asked by code: the scan below asks at every character of a block. */
const PAIR_JOINERS = new CharSet('和与及');
/** How many last characters the two items share: a key of two characters at least (清单, 先行), as distant lists need. */
const SHARED_END = 2;

/** The pair around the joining word at `at`, or undefined. */
function pairAt(text: string, at: number): BlockList | undefined {
	let start = at;
	while (start > 0 && at - start <= FIRST_ITEM_MAX && isCjk(text.charCodeAt(start - 1))) start--;
	work.formulas += at - start + 1;
	// A first item longer than any fits, one in a `、` run (blockLists reads it), or none long enough.
	if (start > 0 && (isCjk(text.charCodeAt(start - 1)) || text[start - 1] === '、')) return undefined;
	if (at - start <= SHARED_END) return undefined;
	const key = text.slice(at - SHARED_END, at);
	let end = -1;
	for (let i = at + 1; i < text.length && i - at <= ITEM_MAX && isCjk(text.charCodeAt(i)); i++) {
		work.formulas++;
		if (i + 1 - (at + 1) > SHARED_END && text.startsWith(key, i + 1 - SHARED_END)) {
			end = i + 1;
			break;
		}
	}
	if (end < 0) return undefined;
	const a: ListItem = { start, end: at, text: text.slice(start, at) };
	const b: ListItem = { start: at + 1, end, text: text.slice(at + 1, end) };
	if (a.text === b.text) return undefined;
	return { items: [a, b], spelled: `${a.text}、${b.text}`, last: a.text[a.text.length - 1]! + b.text[b.text.length - 1]!, first: a.text[0]! + b.text[0]! };
}

/** The block's pairs (see above), in text order. */
export function blockPairs(text: string): readonly BlockList[] {
	let pairs: BlockList[] | undefined;
	for (let i = 1; i < text.length; i++) {
		// By code: text[i] would make a one-character string of every CJK character of the block.
		if (!PAIR_JOINERS.has(text.charCodeAt(i))) continue;
		const pair = pairAt(text, i);
		if (pair) (pairs ??= []).push(pair);
	}
	return pairs ?? NO_PAIRS;
}

const NO_PAIRS: readonly BlockList[] = Object.freeze([]);

/** Is the list of two a pair (joined by a word, not by `、`)? Its items stand in `text`, the block's. */
export function isPair(text: string, items: readonly ListItem[]): boolean {
	return items.length === 2 && text[items[0]!.end] !== '、';
}

/**
 * May the formula `name` take a pair as its items: a count of two things of the key (两个清单, 双循环), not of levels,
 * kinds or sides (两级政府 are not 法治政府和廉洁政府)?
 */
export function countsPair(name: string): boolean {
	return /^(?:两个|2个|双)/.test(name);
}
