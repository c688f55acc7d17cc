/**
 * Codes of digits (“1152”, “5+1”, “231”, “1+3+3”): which digits make each part, read from the labels of the expansion's
 * items (assignCode, labelCount, spellDistance), the parts glossed one by one (“1”即…，“5”即…: resolvePlusCode; “2”指…，
 * “3”指…: resolveDigitHeads, codeCut), clauses labelled by a count of their own (labelledClauses) and runs of counted
 * clauses (countedRuns). resolveCode tries these on a candidate span (resolve.ts) and judges the code.
 */
import { nounAfter, withoutFormulaNoun } from './text';
import type { Candidate, RawFormula } from './types';
import { judgeParts } from './verdict';
import { countInLabel } from '../formulaNames';
import { clausesOf, codeHead, fitJoiner, listStart, partHeads, type RawPart, readPart } from '../formulaReading';
import { isLead, type Item, splitGroups, splitLastJoiner, stripLead } from '../lists';
import { work } from '../../work';

/**
 * The count a code's label gives (1个核心 → 1, 27个推进保障组 → 27, “六个一” → 6), or undefined when its number is
 * no count of things: a year or a date (2023年6月30日), a duration (5年内, 三年), an age, an amount (8元), a rate, or a
 * target (50个左右, 30名以上, 100个以上).
 */
export function labelCount(label: string): number | undefined {
	const n = countInLabel(label);
	if (n === undefined) return undefined;
	const m = /[0-9]+|[一二三四五六七八九十百千两双]+/.exec(label)!;
	const after = label.slice(m.index + m[0].length, m.index + m[0].length + 4);
	if (/^(?:年|月|日|天|周|小时|岁|周岁|元|万|亿|%|％|倍|分|秒|号|期|批次)/.test(after) || label[m.index - 1] === '第' || label[m.index - 1] === '前') return undefined;
	if (/^[^，。；、]{0,3}?(?:左右|以上|以下|多|余|上下)/.test(after)) return undefined;
	if (/^(?:19|20)[0-9]{2}$/.test(m[0])) return undefined;
	return n;
}

/** The label of an item of a code's expansion: its quoted sub-formula (坚持“一个核心” → 一个核心), or the item without its verb. */
function labelOf(item: Item): Item {
	const open = item.text.indexOf('“');
	const close = item.text.indexOf('”', open + 1);
	if (open >= 0 && close > open + 1 && countInLabel(item.text.slice(open + 1, close)) !== undefined) {
		return { start: item.start + open + 1, end: item.start + close, text: item.text.slice(open + 1, close) };
	}
	// 包括1个指导意见 → 1个指导意见: a verb right before the count is not part of the label.
	const m = /^([\u4e00-\u9fff]{1,4}?)([0-9]|[一二两三四五六七八九十][个项条支大类种])/.exec(item.text);
	if (m && isLead(m[1]!)) return { start: item.start + m[1]!.length, end: item.end, text: item.text.slice(m[1]!.length) };
	return item;
}

/**
 * Can `digits` be cut into the parts `counts` spell, up to one part changed, dropped or added? 0: exactly; 1: one
 * edit away; 2: further (the labels do not spell this code: its digits are not their counts).
 */
function spellDistance(digits: string, counts: readonly number[]): 0 | 1 | 2 {
	const spelled = counts.map(String);
	if (spelled.join('') === digits) return 0;
	// One part changed: same parts, one of them other digits.
	const cuts = (s: string, k: number): string[][] => {
		if (k === 1) return s.length > 0 ? [[s]] : [];
		const out: string[][] = [];
		for (let i = 1; i < s.length; i++) for (const rest of cuts(s.slice(i), k - 1)) out.push([s.slice(0, i), ...rest]);
		return out;
	};
	if (digits.length > 8) return 2;
	for (const k of [spelled.length, spelled.length - 1, spelled.length + 1]) {
		if (k < 1 || k > digits.length) continue;
		for (const seg of cuts(digits, k)) {
			if (k === spelled.length && seg.filter((x, i) => x !== spelled[i]).length === 1) return 1;
			// One part dropped from the labels, or one added.
			if (k === spelled.length + 1 && seg.some((_, i) => seg.filter((__, j) => j !== i).join('|') === spelled.join('|'))) return 1;
			if (k === spelled.length - 1 && spelled.some((_, i) => spelled.filter((__, j) => j !== i).join('|') === seg.join('|'))) return 1;
		}
	}
	return 2;
}

/** Segment a code by the counts of its labels: 1427 with 1, 4, 27 → ok. */
function assignCode(f: RawFormula, given: Item[], reliable: boolean): boolean {
	// 成都制造强市建设政策体系，包括1个指导意见、1个支持政策和6个行动计划: the counted items are the parts; words
	// before them describe the whole, and 和 joins the last two.
	let items = given;
	const split = splitLastJoiner(items);
	if (split && labelCount(labelOf(split[split.length - 1]!).text) !== undefined && labelCount(labelOf(split[split.length - 2]!).text) !== undefined) items = split;
	let k = items.length;
	while (k > 0 && labelCount(labelOf(items[k - 1]!).text) !== undefined) k--;
	if (items.length - k >= 2) items = items.slice(k);
	if (items.length < 2) return false;
	const parts: RawPart[] = items.map((it) => {
		const label = labelOf(it);
		return { count: labelCount(label.text), label, items: [] };
	});
	if (parts.some((p) => p.count === undefined)) return false;
	f.parts = parts;
	const digits = f.text.replace(/[^0-9]/g, '');
	const distance = spellDistance(digits, parts.map((p) => p.count!));
	f.verdict = distance === 0 ? 'ok' : distance === 1 && reliable ? 'mismatch' : 'uncertain';
	return true;
}

/**
 * A part of a “1+5” code glossed on its own (“1”即…，“5”即…) or a group of its gloss: the items in brackets after its
 * noun (做强4个…子企业（市投发集团、…）), the list its count follows (A、B、C3个五百亿产业集群), its noun after 1个
 * (即1个数字广元建设领导小组), else the whole text for a part of one, the list for more.
 */
function readCodePart(text: string, start: number, end: number, count: number | undefined, name: string): { items: Item[]; label?: Item } {
	const from = listStart(text, start, end, name);
	let e = end;
	while (e > from && /[\s。；，]/.test(text[e - 1]!)) e--;
	let s = from;
	while (s < e && /\s/.test(text[s]!)) s++;
	if (e <= s) return { items: [] };
	if (text[e - 1] === '）') {
		let depth = 0;
		let open = -1;
		for (let k = e - 1; k >= s; k--) {
			if (text[k] === '）') depth++;
			else if (text[k] === '（' && --depth === 0) {
				open = k;
				break;
			}
		}
		if (open > s && /[个项条家座所支]/.test(text.slice(s, open))) return { items: splitGroups(text, open + 1, e - 1).flat() };
	}
	const whole: Item = { start: s, end: e, text: text.slice(s, e) };
	const counted = /([0-9]{1,3}|[一二两三四五六七八九十]{1,2})([个项条支大类种家所座名])[\u4e00-\u9fffA-Za-z“”（）()]{1,16}$/.exec(whole.text);
	if (counted && counted.index > 0) {
		// A、B、C3个五百亿产业集群; 打造铝基新材料1个超千亿产业集群 (not 建立A、B等17个…和1个要素保障专班: a part of one);
		// the count's noun may be quoted (A和B“两大核心产业”).
		const list = splitGroups(text, s, s + counted.index - (whole.text[counted.index - 1] === '“' ? 1 : 0)).flat();
		// Not 由1个… (a preposition before the count is no list).
		const onlyLead = list.length === 1 && isLead(list[0]!.text);
		const fitted = list.length >= 1 && !onlyLead && (count !== 1 || list.length === 1) ? fitJoiner([stripLead(list[0]!), ...list.slice(1)], count) : undefined;
		// (A count of several, the part's own, after one word is that word's object, not the count of a list: 抓住三大重点 —
		// its label.)
		if (fitted && count !== undefined && count > 1 && fitted.length < 2 && labelCount(counted[0]) === count) return { items: [], label: whole };
		if (fitted) return { items: fitted, label: whole };
	}
	if (counted && counted.index === 0 && count === 1) {
		const noun = counted[1]!.length + counted[2]!.length;
		return { items: [{ start: s + noun, end: e, text: whole.text.slice(noun) }], label: whole };
	}
	const m = /^([\u4e00-\u9fff]{1,4}?)(1个|一个)/.exec(whole.text);
	if (m && count === 1 && isLead(m[1]!)) {
		const at = m[0].length;
		return { items: [{ start: s + at, end: e, text: whole.text.slice(at) }], label: whole };
	}
	if (count === 1) return { items: [whole] };
	const part = readPart(text, s, e, { count }, name);
	return { items: part.items };
}

/** The longest code of digits alone whose parts are read from their heads (“231”: “2”指…，“3”指…，“1”指…). */
const DIGIT_CODE_MAX = 6;

/**
 * The cut of a code of digits alone into the numbers its gloss's heads write in turn (“231” by “2”“3”“1”), up to one of
 * them written otherwise (“232” by “2”“3”“1”: the text states both sides), or undefined. Each piece at most two digits.
 */
function codeCut(code: string, labels: readonly string[]): string[] | undefined {
	let near: string[] | undefined;
	// Depth-first over pieces of one or two digits, one per head (at most 2^6 cuts): an exact cut first, else the first near one.
	const walk = (at: number, cut: string[], differ: number): string[] | undefined => {
		if (cut.length === labels.length) {
			if (at !== code.length) return undefined;
			if (differ === 0) return cut;
			near ??= cut;
			return undefined;
		}
		for (let len = 1; len <= 2 && at + len <= code.length; len++) {
			const piece = code.slice(at, at + len);
			const d = differ + (piece === labels[cut.length] ? 0 : 1);
			const exact = d <= 1 ? walk(at + len, [...cut, piece], d) : undefined;
			if (exact) return exact;
		}
		return undefined;
	};
	return walk(0, [], 0) ?? near;
}

/**
 * A code of digits alone (“231”产业体系) whose gloss takes its parts in turn by their own numbers (“2”指…，“3”指…，“1”指…):
 * its parts are its digits cut as the heads write them, read as a “2+3+1” code's are.
 */
function resolveDigitHeads(f: RawFormula, text: string, start: number, end: number): boolean {
	if (f.text.length > DIGIT_CODE_MAX || !/^[0-9]+$/.test(f.text)) return false;
	const labels: string[] = [];
	for (let h = codeHead(text, start, end); h && labels.length <= f.text.length; h = codeHead(text, h.from, end)) labels.push(text.slice(h.head + 1, text.indexOf('”', h.head + 1)));
	if (labels.length < 2 || labels.length > f.text.length || !labels.every((l) => /^[0-9]{1,2}$/.test(l))) return false;
	const cut = codeCut(f.text, labels);
	if (!cut) return false;
	const trial: RawFormula = { ...f, parts: cut.map((d) => ({ count: Number(d), items: [] })) };
	if (!resolvePlusCode(trial, text, start, end, cut)) return false;
	f.parts = trial.parts;
	f.verdict = trial.verdict;
	f.expansion = trial.expansion;
	return true;
}

/** A “1+5” code whose parts are glossed one by one, or whose gloss has one counted group per part. */
function resolvePlusCode(f: RawFormula, text: string, start: number, end: number, digits: readonly string[] = f.text.split(/[+＋]/)): boolean {
	const heads = partHeads(text, start, end, f.parts, digits);
	let spans: { start: number; end: number }[] | undefined;
	if (heads) spans = heads.map((h, n) => ({ start: h.from, end: heads[n + 1]?.head ?? end }));
	else {
		// One counted group per part: 即1个…，A、B、C5个工作专班.
		const from = listStart(text, start, end, f.text);
		const groups = clausesOf(text, from, end).flatMap((c) => splitGroups(text, c.start, c.end).map((g) => ({ start: g[0]!.start, end: g[g.length - 1]!.end })));
		// The first groups, one per part, each counted; what follows describes the whole (…，支持东莞优品更好开拓市场).
		const run = groups.slice(0, f.parts.length);
		if (run.length !== f.parts.length || !run.every((g) => /[0-9一二两三四五六七八九十NnXx][个项条支大类种家所座名]/.test(text.slice(g.start, g.end)))) return false;
		if (groups.slice(run.length).some((g) => /[0-9一二两三四五六七八九十NnXx][个项条支大类种家所座名]/.test(text.slice(g.start, g.end)))) return false;
		spans = run;
	}
	const noun = nounAfter(text, f.end);
	// The parts glossed by their numbers (“1”是指…，“6”是指…) where the code writes one of them otherwise (“2+6”): that part is
	// read with the number its own gloss gives it — the text states both sides.
	const own = heads ? ownLabels(text, heads, digits) : undefined;
	f.parts = f.parts.map((p, n) => ({ ...p, items: withoutFormulaNoun(readCodePart(text, spans[n]!.start, spans[n]!.end, own?.[n] ?? p.count, f.text).items, noun) }));
	if (f.parts.some((p) => p.items.length === 0 && p.count !== undefined)) return false;
	// An open part (N) is not counted, nor a part of several given by what each unit has (“7”即“七支撑”，指各县（区）粮食应急
	// 保障中心: one a county, not listed); the others are.
	const probe: RawFormula = { ...f, parts: f.parts.filter((p) => p.count !== undefined && !distributive(p)) };
	judgeParts(probe, true, []);
	f.verdict = probe.verdict;
	f.expansion = { start, end, source: 'gloss' };
	return true;
}

/**
 * The numbers a code's part glosses give their parts (“1”是指… → 1), where every part is glossed by a number and exactly
 * one of them differs from the code's (“2+6” glossed “1”…“6”…): that one's number, the others undefined. Else undefined.
 */
function ownLabels(text: string, heads: readonly { head: number }[], digits: readonly string[]): (number | undefined)[] | undefined {
	const labels = heads.map((h) => text.slice(h.head + 1, text.indexOf('”', h.head + 1)));
	if (labels.length !== digits.length || !labels.every((l, n) => /^[0-9]{1,2}$/.test(l) && /^[0-9]{1,2}$/.test(digits[n]!))) return undefined;
	const differ = labels.filter((l, n) => l !== digits[n]);
	if (differ.length !== 1) return undefined;
	return labels.map((l, n) => (l !== digits[n] ? Number(l) : undefined));
}

/** A part of several counted by what each unit has, its one item opening with 各 or 每 (各县（区）粮食应急保障中心). */
function distributive(p: RawPart): boolean {
	return (p.count ?? 0) >= 3 && p.items.length === 1 && /^[各每]/.test(p.items[0]!.text);
}

/** A code's expansion: its parts glossed one by one, or its counted labels. */
export function resolveCode(f: RawFormula, text: string, c: Candidate): boolean {
	if (f.parts.length > 0 && c.attached && resolvePlusCode(f, text, c.start, c.end)) return true;
	if (f.parts.length === 0 && c.attached && resolveDigitHeads(f, text, c.start, c.end)) return true;
	const groups = splitGroups(text, listStart(text, c.start, c.end, f.text), c.end);
	if (c.source === 'after' || c.source === 'before') {
		// A list after a code is its expansion only when its counted labels spell the code exactly
		// (推行“373”工作模式。…日巡查“三必到”（…）、周汇总“七必访”（…）、月销号“三清零”（…）).
		const spelling = groups.find((g) => {
			const trial: RawFormula = { ...f, parts: [] };
			return assignCode(trial, g, false) && trial.verdict === 'ok';
		});
		if (!spelling || c.source === 'before') return false;
		assignCode(f, spelling, false);
	} else if (!assignCode(f, groups.flat(), true) && !(c.source === 'gloss' && (countedRuns(f, text, listStart(text, c.start, c.end, f.text), c.end) || labelledClauses(f, text, c.start, c.end)))) return false;
	f.expansion = { start: c.start, end: c.end, source: c.source };
	return true;
}

/** A counted noun and its colon opening a clause of a code's gloss (一个定位：…, 三个坚持：…). */
const LABEL_COLON = /^([一二两三四五六七八九十0-9]{1,3}[^，。；：:、“”\s]{1,9}?)[：:]/;

/**
 * A code glossed by ；-clauses that each open with a counted noun and its colon, one per part in turn (“1354”总体思路：
 * 一个定位：…；三个坚持：…；五个重点：…；四个新城：…): the counted nouns are its labels, what follows each colon the
 * part's items. Judged as any code: the labels must spell it (up to one part changed), each part its count.
 */
function labelledClauses(f: RawFormula, text: string, start: number, end: number): boolean {
	const parts: RawPart[] = [];
	// A clause after the run (…；五年时间：完成全部建设 of “135”): a part the labels leave out may be glossed there otherwise.
	let after = false;
	for (const c of clausesOf(text, start, end)) {
		const m = LABEL_COLON.exec(c.text);
		const count = m ? labelCount(m[1]!) : undefined;
		if (count === undefined) {
			// Words before the first label describe the whole (…的总体思路。一个定位：…); after it, the run is over.
			if (parts.length === 0) continue;
			after = true;
			break;
		}
		const label: Item = { start: c.start, end: c.start + m![1]!.length, text: m![1]! };
		parts.push({ count, label, items: readCodePart(text, c.start + m![0].length, c.end, count, f.text).items });
	}
	if (parts.length < 2) return false;
	const digits = f.text.replace(/[^0-9]/g, '');
	const distance = spellDistance(digits, parts.map((p) => p.count!));
	if (distance === 2 || (after && distance === 1 && parts.map((p) => p.count!).join('').length < digits.length)) return false;
	f.parts = parts;
	if (distance === 1) f.verdict = 'mismatch';
	else judgeParts(f, true, []);
	return true;
}

/** A list and the count that closes it, one part of a code: 一门、一窗…一份8个“一”. */
const RUN_COUNT = /([0-9]{1,3})个(“[^”]{1,4}”|[\u4e00-\u9fff]{1,4}?)(?=和|及|，|；|。|的合称|的统称|$)/g;

/**
 * A code glossed by lists each closed by its count, joined by 和 or ，（一门、一窗…8个“一”和马上办、网上办…8个“办”的合称):
 * the counts are the parts' labels and the lists their items. Judged like any code: the labels must spell it (up to
 * one part changed), and each list must have its count.
 */
function countedRuns(f: RawFormula, text: string, start: number, end: number): boolean {
	const parts: RawPart[] = [];
	let from = start;
	RUN_COUNT.lastIndex = 0;
	const gloss = text.slice(start, end);
	work.formulas += gloss.length;
	for (let m = RUN_COUNT.exec(gloss); m; m = RUN_COUNT.exec(gloss)) {
		const at = start + m.index;
		const items = splitGroups(text, from, at);
		// Each run is one 、-list (not a sentence of its own before the count).
		if (items.length !== 1 || items[0]!.length < 2) return false;
		const label: Item = { start: at, end: at + m[0].length, text: m[0] };
		parts.push({ count: Number(m[1]), label, items: items[0]! });
		from = at + m[0].length;
		if (text[from] === '和' || text[from] === '及' || text[from] === '，' || text[from] === '；') from++;
	}
	if (parts.length < 2) return false;
	const digits = f.text.replace(/[^0-9]/g, '');
	const distance = spellDistance(digits, parts.map((p) => p.count!));
	if (distance === 2) return false;
	f.parts = parts;
	if (distance === 1) {
		f.verdict = 'mismatch';
		return true;
	}
	judgeParts(f, true, []);
	return true;
}
