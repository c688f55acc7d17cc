/**
 * Counts the quantity scanner does not give as they stand: N大 counts (十大工程) and counts packed with a quoted word
 * (“人地钱”三挂钩: packedQuoted) merged into the quantities in text order (withBigCounts, firstCountKeys: one pass for all
 * their keys), and a count in digits of the noun a colon closes (全力办好16件民生实事：…: digitColonNoun).
 */
import { colonNoun } from './countedNouns';
import { resolveEntry, TIME_COUNT } from './entries';
import { COUNT_CHAR_SET, QUOTED_ITEM_JOINERS } from './listWords';
import { onceDoubled } from './enumPlaces';
import type { RawFormula } from './types';
import type { Item } from '../lists';
import type { ScannedQuantity } from '../quantities';
import { CharSet, isCjk } from '../../text/chars';
import { parseAnyInteger, parseCjkNumeral } from '../../text/cjkNumerals';
import { work } from '../../work';

/**
 * `五大`, `3大` before a noun, `三者`: a count of the kinds of a thing (五大工程) or of the things just named (不敢腐、不能腐、
 * 不想腐三者), which the quantity scanner leaves alone.
 */
const BIG_COUNT = /([两二三四五六七八九十]|[2-9]|1[0-2])(大(?=[\u4e00-\u9fff])|者)/g;

/** A count of places written before 地 (川渝两地, 京津冀三地): read only with their abbreviations before it. */
const PLACES_COUNT = /([两三四五六七八九十])地(?![区方])/g;
/**
 * 按全国居民五等份收入分组，低收入组…元，中间偏下收入组…元，…: a count of equal groups (等份) a whole is divided into, read with
 * the groups named after it, each with its figure (see figuredItemsAfter); its unit 等份.
 */
const SHARES_COUNT = /([二两三四五六七八九十])等份/g;
/** 闽东北、闽西南两翼: the wings of a region, places counted as 县 and 市 are. */
const WINGS_COUNT = /([两三四])翼/g;
/**
 * Counts of two or more things done or borne together, written before a noun or a verb: 双 (总量和强度双控, 科技和改革
 * 双轮驱动), N重 (需求收缩、供给冲击、预期转弱三重压力), 两手 (稳面积、增单产两手发力). Read as `双X`, `三重`, `两手`, the
 * count's unit 双, 重 or 手; such a count resolves only with a list of exactly its number (see EXACT_UNITS). Not 双 after a
 * number (五、九七七万双: pairs), 双双 (both), nor 双 before what makes a thing's build or a rhythm (双层, 双线, 双人, 双周, 双休).
 */
const JOINT_COUNT = /(?<![0-9〇零一二两三四五六七八九十百千万亿几双])双(?![层线人面座倍周日月休号数双])(?=[\u4e00-\u9fff])|([两三四五六七八九十])重(?=[\u4e00-\u9fff])|两手(?=[\u4e00-\u9fff])/g;

/**
 * A count of three or more right after a closing quote, no measure word or unit after it (“人地钱”三挂钩; not “十四五”
 * 三年, 三大, 三级: those are read as counted nouns): read only with one-character items packed in the quote (see
 * packedQuoted).
 */
const QUOTE_COUNT = /”([三四五六七八九十])(?![个项条支大类种级方套张本只座片位批家所者重手年月日天周次人名元倍成期])(?=[\u4e00-\u9fff])/g;

/**
 * One-character items packed in the quote right before `end` (“人地钱”三挂钩, “市片镇校”四级, “空铁公水”四位一体, “土硒茶凉绿”五大优势):
 * exactly `count` characters, three or more, all different, none a numeral, the quote no item of a quoted list. A quoted word of two (“天都”双星) is a name,
 * not two items; a quote of another length is not this count's. Reads at most `count` + 2 characters.
 */
export function packedQuoted(text: string, end: number, count: number): Item[] | undefined {
	work.formulas += count + 2;
	// Offsets from the count as a small integer (see sideBySide in lists.ts); a count not whole opens at no quote.
	const n = count | 0;
	// (Or one character more, one of them written twice side by side — “人地地钱”三挂钩: one item more, see onceDoubled.)
	const open = text[end - n - 2] === '“' ? end - n - 2 : end - n - 3;
	if (n !== count || n < 3 || open < 0 || text[end - 1] !== '”' || text[open] !== '“') return undefined;
	// A quote joined to another one before it (“我为群众办实事”和“基层减负担”五项) is one item of a quoted list, a phrase,
	// not characters packed as items.
	if (QUOTED_ITEM_JOINERS.has(text[open - 1] ?? '') && text[open - 2] === '”') return undefined;
	const run = text.slice(open + 1, end - 1);
	if (![...run].every((ch) => isCjk(ch.charCodeAt(0)) && !COUNT_CHAR_SET.has(ch)) || new Set(run).size !== count || (run.length !== count && !onceDoubled(run))) return undefined;
	return [...run].map((ch, n) => ({ start: open + 1 + n, end: open + 2 + n, text: ch }));
}

/** The most characters read back from a count of 字 to the quote whose characters it counts. */
const QUOTED_CHARS_MAX = 32;
/** Marks between the words of such a quote (“巩固、增强、提升、畅通”八字方针): no characters of it. */
const QUOTE_WORD_MARKS = new CharSet('、，· ');

/**
 * The characters of the quote that closes right before `end`, which a count of 字 after it counts (“人民”二字, 加“文件”二字组成,
 * “巩固、增强、提升、畅通”八字方针): every Chinese character of the quote, the marks between its words left out. Undefined
 * when the quote holds anything else (letters, digits, another quote) or is one of a list of quotes (“人民”、“群众”四字,
 * “快”“准”“狠”三字: the count may take in all), or is longer than QUOTED_CHARS_MAX. Reads at most QUOTED_CHARS_MAX + 2 characters.
 */
export function quotedCharacters(text: string, end: number): Item[] | undefined {
	if (text[end - 1] !== '”') return undefined;
	const from = Math.max(0, end - 2 - QUOTED_CHARS_MAX);
	let open = end - 2;
	while (open >= from && text[open] !== '“' && text[open] !== '”') open--;
	work.formulas += end - open;
	if (open < from || text[open] !== '“' || text[open - 1] === '”' || text[open - 2] === '”') return undefined;
	const items: Item[] = [];
	for (let k = open + 1; k < end - 1; k++) {
		if (isCjk(text.charCodeAt(k))) items.push({ start: k, end: k + 1, text: text[k]! });
		else if (!QUOTE_WORD_MARKS.has(text.charCodeAt(k))) return undefined;
	}
	return items.length > 0 ? items : undefined;
}

/**
 * The characters a pattern of withBigCounts cannot match without: 大 者 (BIG_COUNT), 双 重 两手 (JOINT_COUNT), ” (QUOTE_COUNT),
 * 地 (PLACES_COUNT), 翼 (WINGS_COUNT), 等 before 份 (SHARES_COUNT).
 */
const BIG_COUNT_KEY_CHARS = new CharSet('大者双重两”地翼等');
/** The first key of each pattern of withBigCounts (in the order above; -1: none), filled by firstCountKeys. */
const FIRST_COUNT_KEYS = new Int32Array(6);

/**
 * Where each global pattern of withBigCounts starts looking: the first of its keys, found for all six in one pass by
 * character codes (a native search per key read the block eight times), or -1 when none occurs (it cannot match: it is
 * not run). The pattern then starts the most characters it reads before its key earlier (see execFrom's callers): most
 * blocks hold no key, or hold the first late, and the pattern is not tried at every place before it.
 */
function firstCountKeys(text: string): Int32Array {
	const first = FIRST_COUNT_KEYS;
	first.fill(-1);
	let missing = first.length;
	for (let i = 0; i < text.length && missing > 0; i++) {
		const c = text.charCodeAt(i);
		if (!BIG_COUNT_KEY_CHARS.has(c)) continue;
		// 大 者 | 双 重 两手 | ” | 地 | 翼 | 等份
		const g = c === 0x5927 || c === 0x8005 ? 0 : c === 0x53cc || c === 0x91cd || (c === 0x4e24 && text.charCodeAt(i + 1) === 0x624b) ? 1 : c === 0x201d ? 2 : c === 0x5730 ? 3 : c === 0x7ffc ? 4 : c === 0x7b49 && text.charCodeAt(i + 1) === 0x4efd /* 等份 */ ? 5 : -1;
		if (g >= 0 && first[g]! < 0) {
			first[g] = i;
			missing--;
		}
	}
	return first;
}

/** `lead` characters before the key at `key` (the most a pattern reads before its key), or -1 when there is none. */
function startBefore(key: number, lead: number): number {
	return key < 0 ? -1 : Math.max(0, key - lead);
}

/** The first match of the global `pattern` from `from` on (null when `from` is -1: see firstCountKeys). */
function execFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
	if (from < 0) return null;
	pattern.lastIndex = from;
	return pattern.exec(text);
}

/** The quantities with the `N大` counts among them, in text order. */
export function withBigCounts(text: string, quantities: readonly ScannedQuantity[]): readonly ScannedQuantity[] {
	const big: ScannedQuantity[] = [];
	const keys = firstCountKeys(text);
	const bigFrom = startBefore(keys[0]!, 2);
	const jointFrom = startBefore(keys[1]!, 1);
	const quoteFrom = startBefore(keys[2]!, 0);
	const placesFrom = startBefore(keys[3]!, 1);
	const wingsFrom = startBefore(keys[4]!, 1);
	const sharesFrom = startBefore(keys[5]!, 1);
	for (let m = execFrom(BIG_COUNT, text, bigFrom); m; m = BIG_COUNT.exec(text)) {
		const value = parseAnyInteger(m[1]!);
		if (value === undefined) continue;
		big.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'number', mantissa: value, digits: /[0-9]/.test(m[1]!) ? m[1]! : '', decimals: 0, magnitude: 1, value, unit: m[2]!, approx: 'exact', step: 1, numStart: 0, numEnd: m[1]!.length });
	}
	for (let m = execFrom(JOINT_COUNT, text, jointFrom); m; m = JOINT_COUNT.exec(text)) {
		// 双X: the count and the key after it (双循环 → 双循); 三重, 两手: the count and its unit.
		const pair = m[0] === '双';
		const value = pair ? 2 : m[1] ? parseCjkNumeral(m[1].replace('两', '二')) : 2;
		if (value === undefined) continue;
		const end = m.index + (pair ? 2 : m[0].length);
		const unit = pair ? '双' : m[0][m[0].length - 1]!;
		big.push({ start: m.index, end, text: text.slice(m.index, end), kind: 'number', mantissa: value, digits: '', decimals: 0, magnitude: 1, value, unit, approx: 'exact', step: 1, numStart: 0, numEnd: pair ? 1 : m[0].length - 1 });
	}
	// “人地钱”三挂钩: a count right after a closing quote with no measure word, read only with the quote's characters.
	for (let m = execFrom(QUOTE_COUNT, text, quoteFrom); m; m = QUOTE_COUNT.exec(text)) {
		const value = parseCjkNumeral(m[1]!);
		if (value === undefined) continue;
		big.push({ start: m.index + 1, end: m.index + 2, text: m[1]!, kind: 'number', mantissa: value, digits: '', decimals: 0, magnitude: 1, value, unit: '”', approx: 'exact', step: 1, numStart: 0, numEnd: 1 });
	}
	for (let m = execFrom(PLACES_COUNT, text, placesFrom); m; m = PLACES_COUNT.exec(text)) {
		const value = parseCjkNumeral(m[1]!.replace('两', '二'));
		if (value === undefined) continue;
		big.push({ start: m.index, end: m.index + 2, text: m[0], kind: 'number', mantissa: value, digits: '', decimals: 0, magnitude: 1, value, unit: '地', approx: 'exact', step: 1, numStart: 0, numEnd: 1 });
	}
	for (let m = execFrom(WINGS_COUNT, text, wingsFrom); m; m = WINGS_COUNT.exec(text)) {
		const value = parseCjkNumeral(m[1]!.replace('两', '二'));
		if (value === undefined) continue;
		big.push({ start: m.index, end: m.index + 2, text: m[0], kind: 'number', mantissa: value, digits: '', decimals: 0, magnitude: 1, value, unit: '翼', approx: 'exact', step: 1, numStart: 0, numEnd: 1 });
	}
	for (let m = execFrom(SHARES_COUNT, text, sharesFrom); m; m = SHARES_COUNT.exec(text)) {
		const value = parseCjkNumeral(m[1]!.replace('两', '二'));
		if (value === undefined) continue;
		big.push({ start: m.index, end: m.index + 3, text: m[0], kind: 'number', mantissa: value, digits: '', decimals: 0, magnitude: 1, value, unit: '等份', approx: 'exact', step: 1, numStart: 0, numEnd: 1 });
	}
	if (big.length === 0) return quantities;
	return [...quantities, ...big].sort((a, b) => a.start - b.start);
}

/** What may stand between a counted noun and its colon (六大高耗能行业分别为：), emphasis marks included. */
const TO_COLON = /^(?:分别为|分别是|包括|是指|是|为)?\*{0,2}[：:]/;

/**
 * A count in digits of the noun a colon closes (全力办好16件民生实事：…; 认真抓好11方面重点工作：): read as colonNoun reads a
 * count in characters — its items after the colon, or (nothing after it) the blocks that follow. Undefined when the noun
 * is no colon's, or its items are not found.
 */
export function digitColonNoun(text: string, q: ScannedQuantity, blockEnd: number): RawFormula | undefined {
	const last = q.start + q.numEnd - 1;
	const nounEnd = colonNoun(text, last, blockEnd);
	const toColon = nounEnd < 0 ? null : TO_COLON.exec(text.slice(nounEnd, nounEnd + 6));
	if (!toColon) return undefined;
	const colon = nounEnd + toColon[0].length - 1;
	// 十个方面的工作: the counted noun stops at 的.
	const words = text.slice(q.start, nounEnd);
	const of = words.indexOf('的');
	const name = of > q.numEnd + 1 ? words.slice(0, of) : words;
	if (TIME_COUNT.test(name.slice(q.numEnd - 1))) return undefined;
	const f: RawFormula = { start: q.start, end: q.start + name.length, text: name, kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: [] }], verdict: 'unexpanded' };
	resolveEntry(f, text, colon + 1, true);
	// (A reading that is neither the count nor one off it is a reading that failed: 16个行业小类是：A，B，动漫、游戏…服务，….)
	return f.verdict === 'ok' || f.verdict === 'mismatch' || f.glossFollows ? f : undefined;
}
