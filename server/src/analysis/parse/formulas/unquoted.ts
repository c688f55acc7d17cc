/**
 * Unquoted formulas (scanUnquotedFormulas): a count, a key and maybe a suffix written without quotes (注重三化引导。…基础
 * 标准化、特色差异化、功能智慧化; 自治、法治、德治三治融合), recognised only when a list with the stated number of items
 * carrying the key is found right after or before it (listRightBefore), or a colon attaches the gloss (colonNoun);
 * numbered series and counts that are no formula's are left alone.
 */
import { canonicalAllows, canonicalListBefore, canonicalOpenings, canonicalRunBefore, PAIR_RESULT, pairOfResults } from './before';
import { aspectsBeforePoints, aspectsEnd, aspectsNamed, colonNoun, leadNoun, mostCarryKey, recognisedWithoutList } from './countedNouns';
import { resolveEntry, TIME_COUNT } from './entries';
import { inIdiom } from './listWords';
import { beforeList, pointsEndBlock } from './resolve';
import { clauseStart, sentenceEnd } from './text';
import type { RawFormula } from './types';
import { FORMULA_SUFFIXES, parseName } from '../formulaNames';
import { fitJoiner, leadSentenceItems, numberedItems, opensPoints } from '../formulaReading';
import { type Item, splitGroups, stripLead } from '../lists';
import { lookupGlossary } from '../../glossary/index';
import { partitionPoint } from '../../search';
import { CharSet, codeAt, isCjk } from '../../text/chars';
import { BLANK, countEndChars } from '../../text/trim';
import { work } from '../../work';

/** Counts that may open an unquoted formula (二…十, 两, 双; not 一 百 千, which open words). */
const NEXT_UNQUOTED_COUNT = /[二三四五六七八九十两双]/g;
/** Index of the first of those counts at or after `from`, or -1 (the regex engine finds it faster than a test per character). */
function nextUnquotedCount(text: string, from: number): number {
	NEXT_UNQUOTED_COUNT.lastIndex = from;
	// test, not exec: no match array; the match is one character, so it ends at lastIndex.
	return NEXT_UNQUOTED_COUNT.test(text) ? NEXT_UNQUOTED_COUNT.lastIndex - 1 : -1;
}
const UNQUOTED_COUNT_VALUE = new Map([...'二三四五六七八九十'].map((c, n) => [c.charCodeAt(0), n + 2] as const).concat([['两'.charCodeAt(0), 2], ['双'.charCodeAt(0), 2]]));
/** A count right after another count or after 第前近约“ opens no formula (十二, 第三, 前五, “三…). */
const NOT_UNQUOTED_AFTER = new CharSet('一二三四五六七八九十百千两双第前近约“');
/** What cannot be the key after the count of an unquoted formula: another count, a measure word, a unit of time or a figure. */
const NOT_A_KEY = new CharSet('一二三四五六七八九十百千两双个项条支大类种级方套张本只座片位批家所年月日天次人名元倍成');

/** Does `ch` occur at least `n` times in text[start, end)? Stops as soon as it does. */
function atLeast(text: string, start: number, end: number, ch: string, n: number): boolean {
	let seen = 0;
	for (let k = text.indexOf(ch, start); k >= 0 && k < end; k = text.indexOf(ch, k + 1)) if (++seen >= n) return true;
	return n <= 0;
}

/** Numerals that number a series of names: 一 too (寿宁一中), which opens no unquoted formula. */
const SERIES_NUMERALS = new CharSet('一二两三四五六七八九十');
/** What ends the next item of a 、-list, looked for at most SERIES_REACH characters on. */
const SERIES_STOP = new CharSet('、，。；：\n');
const SERIES_REACH = 8;

/**
 * Is the count and key at `i` one of a 、-list of names numbered with the same key — 十九届二中、三中、四中全会 (the
 * plenary sessions), 东侨二中、寿宁一中新校区 (schools): a numeral and the key in the item next to it, after or right
 * before its 、? Then it is an ordinal in a name, no count of things listed later. Reads at most SERIES_REACH characters.
 */
function inNumberedSeries(text: string, i: number, key: string): boolean {
	if (text[i + 2] === '、') {
		for (let j = i + 3; j + 1 < text.length && j - i - 3 < SERIES_REACH && !SERIES_STOP.has(text.charCodeAt(j)); j++) {
			work.formulas++;
			if (SERIES_NUMERALS.has(text.charCodeAt(j)) && text[j + 1] === key) return true;
		}
	}
	return i >= 3 && text[i - 1] === '、' && SERIES_NUMERALS.has(text.charCodeAt(i - 3)) && text[i - 2] === key;
}

/**
 * The list right before an unquoted formula of one part at `at` (自治、法治、德治三治融合; “水港、陆港、空港”三港联动: inside
 * the quotes), read as before a quoted formula: within one item of `count`, and sharing a well-known formula's wording.
 */
function listRightBefore(text: string, at: number, count: number, name: string): Item[] | undefined {
	let items: Item[] | undefined;
	if (text[at - 1] === '”') {
		const open = text.lastIndexOf('“', at - 2);
		if (open < 0 || at - open > 60) return undefined;
		const groups = splitGroups(text, open + 1, at - 1);
		items = groups.length === 1 && groups[0]!.length >= 2 ? groups[0] : undefined;
	} else if (isCjk(text.charCodeAt(at - 1))) {
		items = beforeList(text, clauseStart(text, at), at, count, name);
	}
	if (!items) return undefined;
	const fitted = fitJoiner(items, count);
	const key = parseName(name)?.parts[0]?.key;
	// 学校、医院和乡镇四所合一: a list off the count whose items mostly lack the key names where the joining is done.
	if (fitted.length !== count && key !== undefined && !mostCarryKey(fitted, key)) return undefined;
	return Math.abs(fitted.length - count) <= 1 && canonicalAllows(name, fitted, key) ? fitted : undefined;
}

/** How far after a counted noun the colon of its gloss may stand (分别为：; 以下五个方面实现战略性突破：). */
const GLOSS_REACH = 12;

/**
 * Unquoted formulas resolved by a list right after them: 注重三化引导。…坚持基础标准化、特色差异化、功能智慧化;
 * and counted nouns glossed after a colon (抓好三项工作：一是…). Recognised only when such a list is found with the
 * stated number of items carrying the key, or when the colon attaches the gloss.
 */
export function scanUnquotedFormulas(text: string, taken: readonly RawFormula[]): RawFormula[] {
	const out: RawFormula[] = [];
	work.formulas += text.length;
	// Positions of 、 (found natively, when a candidate first needs them), so that the 、 between two offsets are
	// counted by binary search.
	let commaPos: number[] | undefined;
	const commasBefore = (offset: number): number => {
		if (!commaPos) {
			commaPos = [];
			for (let k = text.indexOf('、'); k >= 0; k = text.indexOf('、', k + 1)) commaPos.push(k);
		}
		const positions = commaPos;
		return partitionPoint(positions.length, (i) => positions[i]! < offset);
	};
	const spans = taken.length < 2 ? taken : [...taken].sort((a, b) => a.start - b.start);
	// Sentence ends, advanced as i grows: every candidate finds its sentence and the next one in O(1).
	let end = -1;
	let next = -1;
	let t = 0; // the first taken span that may still cover i (spans are sorted; i only grows)
	const blockEnd = text.length - countEndChars(text, BLANK);
	// Only the counts can open one: the loop goes from one to the next (each `continue` moves past i).
	for (let i = nextUnquotedCount(text, 0); i >= 0 && i + 1 < text.length; i = nextUnquotedCount(text, i + 1)) {
		if (NOT_UNQUOTED_AFTER.has(codeAt(text, i - 1))) continue;
		while (t < spans.length && spans[t]!.end + 1 <= i) t++;
		let covered = false;
		for (let u = t; u < spans.length && u < t + 4; u++) if (i >= spans[u]!.start - 1 && i < spans[u]!.end + 1) covered = true;
		if (covered) continue;
		const count = UNQUOTED_COUNT_VALUE.get(text.charCodeAt(i))!;
		const colon = colonNoun(text, i, blockEnd);
		if (colon > 0 && !inIdiom(text, i)) {
			// 九个方面的工作: the counted noun is 九个方面.
			const words = text.slice(i, colon);
			const of = words.indexOf('的');
			// 三个方面持续发力。: the noun is 三个方面.
			const aspects = text[colon] === '。' && colon + 1 >= blockEnd ? aspectsEnd(text, i + 2, colon) : aspectsBeforePoints(text, i) === colon ? aspectsNamed(text, i) : -1;
			const name = aspects > 0 ? text.slice(i, aspects) : of > 2 ? words.slice(0, of) : words;
			const parsed = parseName(name);
			// 三个月：…: a count of time or of times is no counted noun.
			if (parsed && parsed.kind === 'cjk' && parsed.parts.length === 1 && !TIME_COUNT.test(name)) {
				const f: RawFormula = { start: i, end: i + name.length, text: name, kind: 'cjk', quoted: false, parts: parsed.parts.map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
				// The gloss opens at the colon, after a verb (分别为) or emphasis that may stand before it; numbered items may follow
				// the clause's end (…八件实事；一是…), and only they are read there.
				let gloss = colon;
				const closed = (text[colon] === '；' || text[colon] === '。') && opensPoints(text, colon + 1);
				// A formula of the glossary has its own items: the points numbered after it are the text's (坚持两个毫不动摇。一是…).
				if (closed && (!numberedItems(text, colon + 1, text.length) || lookupGlossary(name) !== undefined)) {
					i = colon;
					continue;
				}
				while (!closed && gloss < colon + GLOSS_REACH && gloss < text.length && text[gloss] !== '：' && text[gloss] !== ':' && text[gloss] !== '。' && text[gloss] !== '，') gloss++;
				resolveEntry(f, text, (text[gloss] === '：' || text[gloss] === ':' ? gloss : colon) + 1, true);
				// 去年从三个方面进行了部署。一是…。二是…。⏎三是…, 办好十件民生实事。（1）…（5）…。⏎（6）…: points that run to the
				// paragraph's end, short of the count, may go on in the next paragraph (judged with it: see buildFormulas).
				if (f.verdict === 'mismatch' && closed && (f.parts[0]?.items.length ?? 0) < count && f.expansion !== undefined && pointsEndBlock(text, f.expansion.end, blockEnd)) f.pointsRunOn = true;
				if (f.verdict !== 'unexpanded' || f.glossFollows) out.push(f);
				i = colon;
				continue;
			}
		}
		// 打造三条通道。陆上丝路通道，…。空中丝路通道，…。网上丝路通道，…: a counted noun that is its paragraph's lead
		// sentence, listed by the sentences after it that each name its key.
		const lead = colon < 0 ? leadNoun(text, i, blockEnd) : -1;
		if (lead > 0 && !inIdiom(text, i)) {
			const name = text.slice(i, lead);
			const parsed = parseName(name);
			const key = parsed?.kind === 'cjk' && parsed.parts.length === 1 ? parsed.parts[0]!.key : undefined;
			let from = lead;
			while (text[from] === '*' || text[from] === '。') from++;
			const items = key ? leadSentenceItems(text, from, blockEnd, key, count, name) : undefined;
			if (items && Math.abs(items.length - count) <= 1 && canonicalAllows(name, items, key)) {
				out.push({ start: i, end: lead, text: name, kind: 'cjk', quoted: false, parts: [{ count, key, items }], expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' }, verdict: items.length === count ? 'ok' : 'mismatch' });
				i = lead;
				continue;
			}
		}
		// 粮食、蔬菜播种面积实现双增长, 事故起数和死亡人数双下降: 双 and a result two things named right before achieve, as a
		// quoted “双增长” is read (pairOfResults: resolved or not recognised, never flagged).
		if (text[i] === '双' && PAIR_RESULT.test(text.slice(i + 1, i + 3))) {
			const f: RawFormula = { start: i, end: i + 3, text: text.slice(i, i + 3), kind: 'cjk', quoted: false, parts: [{ count: 2, key: text.slice(i + 1, i + 3), items: [] }], verdict: 'unexpanded' };
			pairOfResults(f, text, i);
			if (f.verdict !== 'unexpanded') {
				out.push(f);
				i += 2;
				continue;
			}
		}
		const known = recognisedWithoutList(text, i);
		if (known && !inIdiom(text, i)) {
			const parsed = parseName(known);
			const f: RawFormula = { start: i, end: i + known.length, text: known, kind: 'cjk', quoted: false, parts: (parsed?.parts ?? []).map((x) => ({ ...x, items: [] })), verdict: 'unexpanded' };
			// 自治、法治、德治三治融合, “水港、陆港、空港”三港联动: the list right before it, as before a quoted formula.
			// (Not a glossary name without such a word: 减轻作业和校外培训双减政策 is no count of the list before it.)
			const part = f.parts.length === 1 && FORMULA_SUFFIXES.some((x) => known.endsWith(x)) ? f.parts[0]! : undefined;
			const items = part?.count !== undefined ? listRightBefore(text, i, part.count, known) : undefined;
			if (part && items) {
				f.parts = [{ ...part, items }];
				f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' };
				f.verdict = items.length === part.count ? 'ok' : 'mismatch';
			}
			// 三大攻坚战如期推进。脱贫攻坚…。污染防治…。风险防控…: its canonical items taken in turn by the paragraph.
			if (f.verdict === 'unexpanded') canonicalRunBefore(f, text, i);
			if (f.verdict === 'unexpanded') canonicalListBefore(f, text, i);
			if (f.verdict === 'unexpanded') canonicalOpenings(f, text, i + known.length);
			out.push(f);
			i += known.length - 1;
			continue;
		}
		const k = text.charCodeAt(i + 1);
		if (k < 0x4e00 || k > 0x9fff || NOT_A_KEY.has(k)) continue;
		const key = text[i + 1]!;
		if (end < i + 2) {
			end = sentenceEnd(text, i + 2);
			next = end < text.length ? sentenceEnd(text, end + 1) : end;
		}
		// Cheap guard before splitting: the list needs count−1 separators and the key count times.
		if (commasBefore(next) - commasBefore(i + 2) < count - 1 || !atLeast(text, i + 2, next, key, count)) continue;
		if (inNumberedSeries(text, i, key)) continue;
		const groups = splitGroups(text, i + 2, next);
		const g = groups.find((gr) => gr.length === count && gr.every((it, n) => (n === 0 ? it.text.includes(key) : it.text.endsWith(key) || it.text.startsWith(key))));
		if (!g || inIdiom(text, i)) continue;
		const items = [stripLead(g[0]!), ...g.slice(1)];
		out.push({
			start: i,
			end: i + 2,
			text: text.slice(i, i + 2),
			kind: 'cjk',
			quoted: false,
			parts: [{ count, key, items }],
			expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' },
			verdict: 'ok',
		});
		i += 1;
	}
	return out;
}
