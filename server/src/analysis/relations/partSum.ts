/**
 * claim.part-sum — a total and the parts that must add up to it: the partitions and differences of the indicator
 * lexicon (国内生产总值 = 第一产业 + 第二产业 + 第三产业增加值; 进出口总额 = 出口 + 进口; 顺差 = 出口 − 进口; 总人口 =
 * 城镇 + 乡村 = 男 + 女; 自然增长率 = 出生率 − 死亡率 …), parts the text lists in full under a total (a catch-all part,
 * bands open at both ends), and the 拉动 contributions of 消费、投资、净出口, which add up to the growth rate (`向下拉动`
 * is negative). Each part may be off by half a unit of its last printed digit.
 */
import type { RuleMeta } from '../rules/rule';
import { amountsByIndicator, type DocumentFigures, type Paragraph, positionIn, type RelationFinder, SPREAD_MAX } from './context';
import { checkPartSum, type Fig, fmt, interval, judge, latestBefore, oddUnit, operand, otherYear, ownYear, type RelationDraft, sameEnd, sameScale, sameScope, type Sink, sum, WINDOW } from './figures';
import { type Interval, add, sub } from '../interval';
import { work } from '../work';
import { findBreakdowns, isTotal, medalRuns, namesAll } from './breakdowns';
import { sumAgainst } from './subset';
import { INCREMENT, WHOLE_REGION } from '../parse/reading';
import { divides, type Indicator, type Lexicon } from '../lexicon/index';

export const rule: RuleMeta = {
	id: 'claim.part-sum',
	defaultSeverity: 'warning',
	description: {
		en: 'A total that is not the sum (or difference) of the parts stated with it.',
		zh: '总量与所列各部分之和（或差）不符。',
	},
	messages: {
		default: { en: '{stated} is not what its parts give: {expression}.', zh: '{stated}与各部分之和不符：{expression}。' },
	},
};

/**
 * The positions of the parts named `names` next to the total at `t`, read in one direction: the first figure of each
 * name, until all are found or another amount of the total's unit stands in the way (the run belongs to that one:
 * 对共建国家进出口额…，其中出口…、进口…) — a part of another breakdown of the same total does not. Undefined when not
 * all are found.
 */
function partsFrom(p: Paragraph, t: number, names: readonly string[], step: 1 | -1, ok: (f: Fig) => boolean, nameOf: (f: Fig) => string = (f) => f.key): number[] | undefined {
	const total = p.figs[t]!;
	const at = names.map(() => -1);
	let missing = names.length;
	work.relations += WINDOW * 2;
	for (let k = t + step, n = 0; k >= 0 && k < p.figs.length && n < WINDOW * 2 && missing > 0; k += step, n++) {
		const f = p.figs[k]!;
		// A clause opening on another whole (国有企业中，轻工业…) holds that whole's parts.
		if (step === 1 && ofOtherWhole(p.between(p.figs[k - 1]!, f), total)) break;
		const i = names.indexOf(nameOf(f));
		if (i >= 0 && at[i]! < 0 && ok(f)) {
			at[i] = k;
			missing--;
		} else if (f.kind === 'amount' && f.unit === total.unit && i < 0 && !partOfSame(p, f, total) && !listedUnder(p, f, total)) break;
	}
	return missing === 0 ? at : undefined;
}

/** A clause opening on the whole its figures are among (国有企业中，; 在城镇投资中，): the whole. */
const CLAUSE_AMONG = /(?:^|[，,。；;：:])在?([^，,。；;：:]{2,12})中[，,：:]/;

/** Does the text before a figure open a clause on a whole other than `total` (国有企业中， after 规模以上工业增加值…)? */
function ofOtherWhole(text: string, total: Fig): boolean {
	const m = CLAUSE_AMONG.exec(text);
	return m !== null && !total.subject.startsWith(m[1]!) && !(total.indicator ?? '').startsWith(m[1]!);
}

/**
 * Whether `f` stands in no way of `total`'s parts: a part of it by the lexicon (a part of its other breakdown: 分城乡看…
 * before 分行业看…), a kind of such a part (3G移动电话用户), or an increment.
 */
function partOfSame(p: Paragraph, f: Fig, total: Fig): boolean {
	// An increment adds to a stock; it is no other total (新增移动电话用户5860万户，年末达到39343万户).
	if (f.kind === 'amount' && INCREMENT.test(f.subject)) return true;
	// An indicator, or one under a qualifier (3G移动电话用户: 移动电话用户).
	const named = f.indicator ?? f.base;
	if (named === undefined || total.indicator === undefined) return false;
	if (p.lexicon.membershipsOf(named).some((m) => m.total.name === total.indicator)) return true;
	// Within it, directly or through a part of it (城市电话用户 within 固定电话用户 within 电话用户总数).
	let ind = p.lexicon.get(named);
	for (let n = 0; ind?.within !== undefined && n < 4; n++) {
		if (ind.within === total.indicator) return true;
		ind = p.lexicon.get(ind.within);
	}
	return false;
}

/**
 * Is `f` a part the text lists under `total` in another breakdown (在规模以上工业企业中，国有…，集体企业…。分轻重工业看，
 * 轻工业…): a breakdown of the same total is no other total in the way of its parts.
 */
function listedUnder(p: Paragraph, f: Fig, total: Fig): boolean {
	return p.memo('listedUnder', () => {
		const under = new Map<Fig, Fig>();
		for (const bd of p.memo('breakdowns', () => findBreakdowns(p))) for (const part of bd.parts) under.set(part, bd.total);
		return under;
	}).get(f) === total;
}

/**
 * Does a list under `total` that holds `parts` hold an item outside their partition too (其中外国人…，华侨…，港澳台同胞…:
 * 华侨 is no part of 外国人 + 港澳台同胞)? The text then divides the total otherwise than the lexicon: not its part-sum,
 * wherever the item stands in the list.
 */
function listsOthers(p: Paragraph, total: Fig, parts: readonly Fig[]): boolean {
	const lists = p.memo('listsByTotal', () => {
		const byTotal = new Map<Fig, (readonly Fig[])[]>();
		for (const bd of p.memo('breakdowns', () => findBreakdowns(p))) {
			const l = byTotal.get(bd.total);
			if (l) l.push(bd.parts);
			else byTotal.set(bd.total, [bd.parts]);
		}
		return byTotal;
	});
	const list = lists.get(total)?.find((l) => parts.every((f) => l.includes(f)));
	return list !== undefined && list.some((f) => !parts.includes(f) && f.unit === total.unit && !partOfSame(p, f, total));
}

/** The keys of a paragraph's figures. */
function byKeyOf(p: Paragraph): ReadonlySet<string> {
	return p.memo('keys', () => new Set(p.figs.map((f) => f.key)));
}

/**
 * Same unit, a period that is not another one, the same end of their from–tos (由1128.7亿元增加到2460亿元，第一产业…由62.1
 * 亿元增加到125亿元: starts add up to the start, ends to the end) and no other year stated (2022年…增加值900亿元。2023年，
 * 轻工业…).
 */
function compatible(total: Fig, part: Fig): boolean {
	return part.exact && part.unit === total.unit && sameScope(total, part) && sameEnd(total, part) && !otherYear(total, part) && !otherPeriod(total, part);
}

/** A part in a sentence opening on a period of its own (一季度，轻工业…) is of that period, not of the total's. */
function otherPeriod(total: Fig, part: Fig): boolean {
	return part.sentencePeriod !== undefined && part.sentencePeriod !== total.sentencePeriod && part.sentence !== total.sentence;
}

/**
 * A total and its parts by the lexicon's partitions and differences: 国内生产总值 = 第一 + 第二 + 第三产业增加值, 总人口 =
 * 城镇 + 乡村 = 男 + 女, 货物进出口总额 = 出口 + 进口, 顺差 = 出口 − 进口, 自然增长率 = 出生率 − 死亡率. Found in the
 * paragraph (with the block before it); stated only when the last figure stands in this block.
 */
function partitions(p: Paragraph, b: Sink, checked: Set<Fig>): void {
	// Parts belong to the total they follow (总值…，其中…); a total looks back for parts only when none follows it, and
	// never takes the parts of the total before it (2022年地区生产总值… after the parts of this year's).
	const claimed = new Set<number>();
	for (const step of [1, -1] as const) partitionsFrom(p, b, checked, claimed, step);
}

/**
 * A partition inside a longer one whose other parts are stated (农林牧渔 before 服务业 was counted: the four parts of five)
 * is not checked: the longer one is.
 */
function withinLongerStated(partitions: readonly (readonly string[])[], partition: readonly string[], stated: { has(name: string): boolean }): boolean {
	const longer = partitions.find((q) => q.length > partition.length && partition.every((n) => q.includes(n)));
	return longer !== undefined && longer.some((n) => !partition.includes(n) && stated.has(n));
}

function partitionsFrom(p: Paragraph, b: Sink, checked: Set<Fig>, claimed: Set<number>, step: 1 | -1): void {
	const figs = p.figs;
	// Parts a partition's 其中 list named without the total's qualifier, by the names they stand for.
	const renamed = new Map<Fig, string>();
	for (let t = 0; t < figs.length; t++) {
		const total = figs[t]!;
		// A total under a qualifier (外商投资企业进出口…，其中出口…、进口…) has the partition of its indicator: its parts are
		// named with the same qualifier, or without one in the 其中 list that follows it.
		const own = total.indicator === undefined ? undefined : p.lexicon.get(total.indicator);
		const qualified = !own?.parts && !own?.difference && total.base !== undefined;
		const ind = qualified ? p.lexicon.get(total.base) : own;
		if (!total.exact || (total.kind !== 'amount' && total.kind !== 'level') || !ind) continue;
		if (qualified && step === -1) continue;
		// A part of a 其中 list after the total may be named by its own words alone (旅客运输周转量…。其中：铁路…，公路…): the
		// lexicon's part that those words and the total's name make (铁路旅客周转量).
		// Or by words the lexicon reads as another statistic, without the qualifier the total's name opens with (服务进出口总额…。
		// 其中，出口…；进口…: 服务出口, 服务进口 — not the goods' 出口额).
		const requalified = (f: Fig): string | undefined => (f.indicator !== undefined && f.qualifier === undefined && !(ind.parts ?? []).some((q) => q.includes(f.indicator!)) ? withTotalsQualifier(f.subject, (ind.parts ?? []).flat(), ind) : undefined);
		const elliptic = (f: Fig): boolean => (f.indicator === undefined && f.qualifier === undefined) || requalified(f) !== undefined;
		const nameOf = qualified
			? (f: Fig): string => (f.qualifier === total.qualifier && f.base ? f.base : elliptic(f) ? (requalified(f) ?? ellipticPart(p.lexicon, f.key, ind) ?? f.key) : f.indicator !== undefined || f.qualifier === undefined ? f.key : '')
			: step === 1
				? (f: Fig): string => (elliptic(f) ? (requalified(f) ?? ellipticPart(p.lexicon, f.key, ind) ?? f.key) : f.key)
				: undefined;
		for (const partition of ind.parts ?? []) {
			// A partition inside a longer one (农林牧渔 before 服务业 was counted) is not checked when the longer one's other
			// parts are stated.
			if (withinLongerStated(ind.parts!, partition, byKeyOf(p))) continue;
			// A change (城镇增加10万人，乡村减少4万人) is no part of a stock or of an amount.
			const ok = (f: Fig): boolean => f.kind !== 'change' && compatible(total, f);
			const at = partsFrom(p, t, partition, step, ok, nameOf);
			if (!at || at.some((i) => claimed.has(i))) continue;
			// Parts named through the total (a qualifier's, or words alone) are its parts only in the 其中 list after it; named by
			// their words alone, only of a partition no longer one holds (铁路、公路、水运、民航 under 货物运输周转量 may leave out
			// 管道: a 其中 list need not be complete).
			const named = at.some((i) => elliptic(figs[i]!));
			if ((qualified || named) && !p.between(total, figs[Math.min(...at)]!).includes('其中')) continue;
			if (named && !namedListOf(p, t, Math.min(...at))) continue;
			if (named && ind.parts!.some((q) => q.length > partition.length && partition.every((n) => q.includes(n)))) continue;
			if (listsOthers(p, total, at.map((i) => figs[i]!))) continue;
			for (const i of at) {
				claimed.add(i);
				const name = requalified(figs[i]!);
				if (name !== undefined) renamed.set(figs[i]!, name);
			}
			checked.add(total);
			if (Math.max(t, ...at) >= p.first) {
				checkSum(b, total, at.map((i) => figs[i]!), 'lexicon');
				changesOfPartition(p, b, total, at.map((i) => figs[i]!));
				incrementsOfPartition(p, b, total, at.map((i) => figs[i]!));
			}
		}
		if (ind.difference && step === 1 && !qualified) {
			const ok = (f: Fig): boolean => compatible(total, f);
			// Its sides as a partition's 其中 list before it named them (其中，出口…；进口…。服务进出口逆差…: 服务出口, 服务进口).
			const sideOf = (f: Fig): string => renamed.get(f) ?? f.key;
			const at = partsFrom(p, t, ind.difference, -1, ok, sideOf) ?? partsFrom(p, t, ind.difference, 1, ok);
			if (!at || Math.max(t, ...at) < p.first) continue;
			checkDifference(b, total, figs[at[0]!]!, figs[at[1]!]!);
		}
	}
}

/** A clause opening on a whole of its own (城际交通中，; 营业性旅客周转量中：): the parts after it are that whole's. */
const AMONG_OPENING = /[^\s，,：:；;。其]中[，,：:]/;

/**
 * Do the parts named by their own words from `first` on stand in the 其中 list of the total at `t`: the 其中 right before
 * the first part, no amount in the total's unit between them (a smaller whole: 其中营业性旅客周转量11000亿人公里，其中：
 * 铁路…; another part: 其中：市内交通2000亿人公里；…) and no clause opening on another whole after that 其中 (城际交通中，铁路…).
 */
function namedListOf(p: Paragraph, t: number, first: number): boolean {
	const total = p.figs[t]!;
	for (let k = t + 1; k < first; k++) {
		const f = p.figs[k]!;
		if (f.kind === 'amount' && f.unit === total.unit) return false;
	}
	const before = p.between(p.figs[first - 1]!, p.figs[first]!);
	const at = before.lastIndexOf('其中');
	return at >= 0 && !AMONG_OPENING.test(before.slice(at + 2));
}

/** The most characters of a part's own words that name it through its total (铁路, 城乡集体): a qualifier, not a subject. */
const ELLIPTIC_MAX = 4;

/**
 * The lexicon's part of `total` that a part's own words name with the total's name or an alias after them (铁路 under
 * 旅客运输周转量, alias 旅客周转量: 铁路旅客周转量), or undefined.
 */
function ellipticPart(lexicon: Lexicon, words: string, total: Indicator): string | undefined {
	if (words.length < 2 || words.length > ELLIPTIC_MAX) return undefined;
	for (const name of [total.name, ...total.aliases]) {
		const part = lexicon.resolve(words + name);
		if (part !== undefined && lexicon.membershipsOf(part.name).some((m) => m.total === total)) return part.name;
	}
	// Or the words and the measure its parts are named by (第一产业 under 生产总值: 第一产业增加值).
	for (const partition of total.parts ?? []) for (const name of partition) if (ELIDED_MEASURE.test(name.slice(words.length)) && name.startsWith(words)) return name;
	return undefined;
}

/**
 * The one of `names` that a part's words name without the qualifier the total's name opens with (出口 under 服务进出口总额
 * or 服务进出口逆差: 服务出口), or undefined.
 */
function withTotalsQualifier(words: string, names: readonly string[], total: Indicator): string | undefined {
	if (words.length < 2 || words.length > ELLIPTIC_MAX) return undefined;
	for (const name of names) {
		const head = name.slice(0, name.length - words.length);
		if (head !== '' && name.endsWith(words) && [total.name, ...total.aliases].some((n) => n.startsWith(head))) return name;
	}
	return undefined;
}

/** A measure a part's name may leave out in a 其中 list under its total (第一产业 for 第一产业增加值). */
const ELIDED_MEASURE = /^增加值$/;

/**
 * Check that the parts `ps` add up to `total`. `at`: the figures' positions among all the document's (a document finder's);
 * `fix: false` when the total is a fact no sum makes (the mainland's provinces): no fix is offered for it.
 */
function checkSum(b: Sink, total: Fig, ps: readonly Fig[], how: string, options: { readonly at?: RelationDraft['at']; readonly fix?: boolean; readonly counts?: boolean } = {}): void {
	checkPartSum(b, total, ps, how, options);
}

function checkDifference(b: Sink, total: Fig, a: Fig, c: Fig): void {
	const value = a.value - c.value;
	const bare = sameScale(a, total) && sameScale(c, total);
	const expr = `${operand(a, bare)} − ${operand(c, bare)} = ${fmt(value / total.q.magnitude, total.q.decimals)}`;
	const accepts = [undefined, add(interval(total), interval(c)), sub(interval(a), interval(total))];
	b.check('part-sum', [total, a, c], total, expr, value, interval(total), sub(interval(a), interval(c)), { identity: 'difference', stated: total.text }, { scale: total.q.magnitude, accepts });
}

/**
 * Totals with parts the text lists in full (a catch-all part, open bands): the parts add up to the total. A list whose
 * total and parts each state their change (…筹资10257亿元，比上年增加5666亿元。其中，…4883亿元，增加3004亿元；…4072亿元，
 * 增加2057亿元；…1320亿元，增加605亿元) is shown complete by one of its two sums holding: then the other must hold too.
 */
function completeBreakdowns(p: Paragraph, b: Sink, checked: ReadonlySet<Fig>): void {
	for (const bd of p.memo('breakdowns', () => findBreakdowns(p))) {
		if (checked.has(bd.total) || !bd.total.exact || !bd.parts.every((f) => f.exact)) continue;
		if (bd.complete) {
			checkSum(b, bd.total, bd.parts, bd.complete);
			continue;
		}
		if (bd.parts.length < 2) continue;
		const aligned = alignedChanges(p, bd.total, bd.parts);
		if (aligned) amountsAndChanges(b, bd.total, bd.parts, aligned);
	}
}

/**
 * A total and its parts that each state their change: once one of the two sums holds (the amounts', or the changes'
 * with their signs), the list is shown complete and both are relations (a change of the list is caught by the one
 * that holds when the other sum holds too). Changes that all go the total's way add up as printed; two that go
 * opposite ways make the total's change as a difference (比上年增加1883亿元 = 增加2252亿元 − 减少370亿元).
 */
function amountsAndChanges(b: Sink, total: Fig, parts: readonly Fig[], aligned: { readonly total: Fig; readonly changes: readonly Fig[] }, amountsOnly = false): void {
	const { total: change, changes } = aligned;
	const down = (f: Fig): boolean => f.direction === 'down';
	const signed = (f: Fig): Interval => (down(f) ? { lo: -interval(f).hi, hi: -interval(f).lo } : interval(f));
	const changesHold = !amountsOnly && judge(signed(change), changes.reduce((n, f) => add(n, signed(f)), { lo: 0, hi: 0 }), 0).ok;
	const amountsHold = judge(interval(total), sum(parts), 0).ok;
	if (!changesHold && !amountsHold) return;
	const how = changesHold ? 'changes' : 'amounts';
	checkSum(b, total, parts, how);
	checkChanges(b, change, changes, how);
}

/**
 * The changes of a total's parts against the total's: added as printed when all go the total's way; two that go
 * opposite ways make it as a difference (增加1883亿元 = 增加2252亿元 − 减少370亿元; 增加11522亿元 = 增加11613亿元 −
 * 减少90亿元). Other mixes are not read (three or more ways; two that go the same way against the total's).
 */
function checkChanges(b: Sink, change: Fig, changes: readonly Fig[], how: string): void {
	const down = (f: Fig): boolean => f.direction === 'down';
	if (changes.every((f) => down(f) === down(change))) checkSum(b, change, changes, how);
	else if (changes.length === 2 && down(changes[0]!) !== down(changes[1]!)) {
		const [a, c] = down(changes[0]!) === down(change) ? [changes[0]!, changes[1]!] : [changes[1]!, changes[0]!];
		checkDifference(b, change, a, c);
	}
}

/**
 * 全年沪深交易所A股累计筹资15417亿元，比上年增加1883亿元。首次公开发行上市A股394只，筹资4742亿元，比上年增加2252亿元，
 * 其中…；A股再融资…10674亿元，减少370亿元: a total with its change, then in the sentence right after it every amount of
 * its unit (but those a 其中 of their own lists) with its change on the same base — two or more. Without a 其中 to bind
 * them, the list is the total's only when the amounts add up to it, or the changes do and the total's change is printed
 * finely (see `fine`): small changes may add up to the total's by chance (稻谷, 小麦 and 玉米 areas, each a few 万公顷 up
 * or down, against 粮食's), amounts or changes of that size hardly. Then the other sum must hold too (amountsAndChanges).
 */
function partsInNextSentence(p: Paragraph, b: Sink, checked: ReadonlySet<Fig>): void {
	const figs = p.figs;
	for (let k = p.first; k < figs.length; k++) {
		const total = figs[k]!;
		if (total.kind !== 'amount' || !total.exact || total.inBrackets || checked.has(total) || !isTotal(p, total) || !fine(total)) continue;
		const change = changeOf(p, total);
		if (!change || CHANGE_OF_CHANGE.test(change.context)) continue;
		const base = baseOf(change.context);
		// The rest of the total's sentence states no other amount of its unit; the next sentence opens right after it.
		// (Read at most MAX_NEXT figures on in each sentence: linear in the block.)
		work.relations += 2 * MAX_NEXT;
		let j = k + 2;
		while (j < figs.length && j < k + 2 + MAX_NEXT && figs[j]!.sentence === total.sentence && !(figs[j]!.kind === 'amount' && figs[j]!.unit === total.unit)) j++;
		if (j >= figs.length || figs[j]!.sentence !== total.sentence + 1) continue;
		const sentence = figs[j]!.sentence;
		const parts: Fig[] = [];
		const changes: Fig[] = [];
		// The clause group a 其中 opened in the sentence: its amounts are parts of a part.
		let nested = -1;
		let whole = true;
		for (let n = 0; j < figs.length && figs[j]!.sentence === sentence && n < MAX_NEXT; j++, n++) {
			const f = figs[j]!;
			if (j > 0 && p.between(figs[j - 1]!, f).includes('其中')) nested = f.segment;
			if (f.kind !== 'amount' || f.unit !== total.unit || f.inBrackets || f.segment === nested) continue;
			const c = changeOf(p, f);
			const own = c === undefined ? '' : baseOf(c.context);
			if (!f.exact || !c || CHANGE_OF_CHANGE.test(c.context) || (own !== '' && own !== base && base !== '') || !sameScope(f, total) || otherYear(f, total)) {
				whole = false;
				break;
			}
			parts.push(f);
			changes.push(c);
		}
		// Changes that add up show the list complete as the amounts do, when the total's is printed as finely (a few 万公顷
		// up or down of three crops may make 粮食's by chance; 4375亿元 = 2286 + 2089 hardly) and the parts' to its step at
		// least (0.2万亿元 + 0.2万亿元 meets 4375亿元 within their rounding only).
		const byChanges = fine(change) && changes.every((c) => c.step <= change.step);
		if (whole && parts.length >= 2 && (j >= figs.length || figs[j]!.sentence !== sentence)) amountsAndChanges(b, total, parts, { total: change, changes }, !byChanges);
	}
}
/**
 * Is a total printed finely enough that amounts of other things hardly add up to it by chance (15417亿元: one part in
 * 15,417)? Coarse or round figures do (7.5万亿元 = 3.2 + 4.3 of 存款 under 贷款; 6.9亿吨 = 1.5 + 5.4; 8000亿元 of 收入 =
 * 5000 of 支出 + 3000): at least FINE units of its last digit that is not a 0.
 */
function fine(f: Fig): boolean {
	return f.step > 0 && f.value >= FINE * oddUnit(f);
}
const FINE = 1000;
/** The most figures of the sentence after a total read for its parts. */
const MAX_NEXT = 16;

/**
 * The changes stated right after a total and each of the parts of its partition, in their unit (消费贷款余额7.5万亿元，
 * 增加18866亿元。其中，个人短期…1.0万亿元，增加2935亿元；个人中长期…6.5万亿元，增加15931亿元): they partition the total's
 * change too: all one way (增加 … 增加; 减少 … 减少), or two opposite ways (checkChanges).
 */
function changesOfPartition(p: Paragraph, b: Sink, total: Fig, parts: readonly Fig[]): void {
	const aligned = alignedChanges(p, total, parts);
	if (aligned) checkChanges(b, aligned.total, aligned.changes, 'partition-changes');
}

/** An increase over the year before, the span of a year's increments (比上年末增加; not 比2020年末, 比上年同期). */
const OVER_LAST_YEAR = /[比较]上年(?:末|底)?净?增/;

/**
 * The increase of a stock stated right after its total (…电话用户总数达到74386万户，比上年末增加9728万户) and the increments
 * stated right before each part of its partition, in the part's sentence (新增固定电话用户3868万户，年末达到35043万户；新增
 * 移动电话用户5860万户，年末达到39343万户): the increments of the parts add up to the increase of the whole. Read when the
 * whole goes up and every part's increment names the part (新增 and the part's indicator).
 */
function incrementsOfPartition(p: Paragraph, b: Sink, total: Fig, parts: readonly Fig[]): void {
	const change = changeOf(p, total);
	if (!change || change.direction !== 'up' || CHANGE_OF_CHANGE.test(change.context) || !OVER_LAST_YEAR.test(change.context)) return;
	const increments: Fig[] = [];
	for (const f of parts) {
		const k = positionIn(p, f);
		const g = k > 0 ? p.figs[k - 1] : undefined;
		if (!g || g.kind !== 'amount' || !g.exact || g.inBrackets || g.unit !== f.unit || g.sentence !== f.sentence || !g.subject.startsWith('新增')) return;
		// The year's increments, of no period of their own (1-6月新增…, 12月份新增… are a part of the year's).
		if ((g.scope !== '' && g.scope !== '全年') || g.sentencePeriod !== undefined) return;
		if (f.indicator === undefined || p.lexicon.resolve(g.subject.slice(2))?.name !== f.indicator) return;
		increments.push(g);
	}
	checkSum(b, change, increments, 'partition-increments');
}

/**
 * The changes stated right after a total and after each of its parts, on one base: a part's change states its own
 * base (比年初, 同比, 比2020年末) or none (the total's); a change of an increase (同比多增, 少增) is no change of the amount.
 */
function alignedChanges(p: Paragraph, total: Fig, parts: readonly Fig[]): { total: Fig; changes: Fig[] } | undefined {
	const change = changeOf(p, total);
	if (!change || CHANGE_OF_CHANGE.test(change.context)) return undefined;
	const base = baseOf(change.context);
	const changes: Fig[] = [];
	for (const f of parts) {
		const c = changeOf(p, f);
		if (!c || CHANGE_OF_CHANGE.test(c.context)) return undefined;
		const own = baseOf(c.context);
		if (own !== '' && own !== base) return undefined;
		changes.push(c);
	}
	return { total: change, changes };
}
const CHANGE_OF_CHANGE = /多增|少增|多减|少减|多投放|少投放|多发行|少发行/;
/** The base a change is on, as its words say: 比年初, 比上年同期, 比2020年末, 同比, 环比 ('' when they say none). */
function baseOf(context: string): string {
	return /比[^增减多少升降提扩下上，。；]{0,12}(?:上年同期|上年末|上年|年初)?|同比|环比/.exec(context)?.[0] ?? '';
}

/** The change stated right after an amount, of its subject and unit (…4883亿元，增加3004亿元). */
function changeOf(p: Paragraph, f: Fig): Fig | undefined {
	const next = p.figs[positionIn(p, f) + 1];
	return next && next.kind === 'change' && next.unit === f.unit && next.key === f.key && next.exact && next.segment === f.segment && !next.inBrackets ? next : undefined;
}

/**
 * 由地方建设的共有六个厂。计华北二个厂，中南三个厂，东北一个厂，共装备纺锭…: a total, then 计 opening the list that
 * itemizes it — every item, so the items add up to it (计 right after a sentence's or a clause's mark, not 共计, 统计,
 * 设计 …). The total is the figure right before 计, of the items' unit; the items are that unit's amounts to the end of
 * the sentence (figures of other units between them — 纺锭, 布机 — are what the items hold). The list is read only when
 * every item is: a clause of the list with the unit's character and no figure (东北各省一回个, a damaged one) leaves the
 * sum unknown, and so do a clause opening something besides (另, 此外, 还有) or a list of its own (其中) after an item.
 */
function itemized(p: Paragraph, b: Sink, checked: ReadonlySet<Fig>): void {
	const figs = p.figs;
	for (let k = Math.max(p.first, 1); k < figs.length; k++) {
		const total = figs[k - 1]!;
		const first = figs[k]!;
		const opening = ITEMIZING.exec(p.between(total, first));
		if (!opening || checked.has(total) || !counted(total) || total.kind !== 'amount' || first.unit !== total.unit || total.inBrackets || !isTotal(p, total)) continue;
		if (first.sentence !== total.sentence && first.sentence !== total.sentence + 1) continue;
		const parts: Fig[] = [];
		let whole = true;
		work.relations += MAX_ITEMS;
		const noun = nounAfter(p.after(total, NOUN_MAX));
		let j = k;
		for (; j < figs.length && figs[j]!.sentence === first.sentence && j < k + MAX_ITEMS; j++) {
			const f = figs[j]!;
			if (j > k) {
				const words = p.between(figs[j - 1]!, f);
				if (BESIDES.test(words) || unreadItem(words, total.unit) || (figs[j - 1]!.unit === total.unit && !plainItem(words, noun))) {
					whole = false;
					break;
				}
			}
			if (f.unit !== total.unit || f.inBrackets) continue;
			if (f.kind !== 'amount' || !counted(f) || f.perUnit || !sameScope(f, total) || otherYear(f, total)) {
				whole = false;
				break;
			}
			parts.push(f);
		}
		// The sentence ends within reach, and no item after the last read stands unread.
		if (!whole || (j < figs.length && figs[j]!.sentence === first.sentence) || parts.length < 2) continue;
		const rest = p.after(parts[parts.length - 1]!, ITEM_REST).replace(/。[^]*$/, '');
		if (BESIDES.test(rest) || unreadItem(`${rest}，`, total.unit) || !plainItem(rest, noun)) continue;
		// Whole things counted one by one (厂, 个) add up exactly: 3 + 3 + 3 + 4 is no 12 within rounding.
		checkSum(b, total, parts, 'itemized', { counts: total.step === 1 && parts.every((f) => f.step === 1) });
	}
}
/**
 * A figure printed with no word of approximation: a count in a word under ten (三个, 六个) too, which `exact` leaves out
 * (一个, 两个 are often no count) — in a list 计 opens, each is one.
 */
function counted(f: Fig): boolean {
	return f.exact || (f.q.approx === 'exact' && f.q.magnitude === 1 && f.q.decimals === 0);
}
/**
 * 计 opening an itemized list after a mark (。计…; ，按地区划分，计：…) a few words after the total at most (the total's noun,
 * a criterion), then the first item's own words; not a word 计 opens: 计划, 计算, 计入 …, 计生 (计划生育: 计生服务站), 计分
 * (计分考核), 计酬, 计票 ….
 */
const ITEMIZING = /^([^。；;\d]{0,16}[。，,；;])计(?![划算入提量价息费税时件数为生分酬薪票程步策较谋])[：:，,]?[^，。；：:,;\d]{0,12}$/;
/**
 * Words that open something besides the items (另在华北建设一个针织厂; 此外…; 还需…; 其余在东北, the rest unread; 其中…, 中的…,
 * a list of an item's own) or leave the list open (…十所等).
 */
const BESIDES = /另|此外|还|其中|中的|之中|当中|以及|其余|其他|其它|等(?![奖级次])/;
/** The most characters of a count's noun read after it (六个厂 → 厂). */
const NOUN_MAX = 6;
/** The noun right after a count, to the first mark (六个厂。 → 厂; 三个车间 → 车间), or ''. */
function nounAfter(words: string): string {
	return /^[^，。；;,、：:（(\d]*/.exec(words)![0];
}
/**
 * Is an item, by the words right after it (to the first mark), a plain one of the list: no approximation (一个厂左右, 以上), no
 * other item joined to it with no figure (西南四个厂和东北的一部分), and its noun, when written, of the total's (三个车间 among
 * 六个厂 counts something else)?
 */
function plainItem(words: string, totalNoun: string): boolean {
	const own = nounAfter(words);
	if (ITEM_APPROX.test(own) || /[和及与]/.test(own)) return false;
	return own === '' || totalNoun === '' || totalNoun.includes(own[0]!);
}
const ITEM_APPROX = /左右|以上|以下|上下|以内|之内|多|余/;
/** The most figures an itemized list is read over (items and the figures of other units they hold). */
const MAX_ITEMS = 40;
/** The characters after the last item read for an item left unread. */
const ITEM_REST = 40;

/** Does a whole clause in `words` (between two figures: not the first and last pieces) name the unit with no figure (东北各省一回个)? */
function unreadItem(words: string, unit: string): boolean {
	if (unit === '') return false;
	const pieces = words.split(/[，,；;、]/);
	for (let i = 1; i < pieces.length - 1; i++) if (pieces[i]!.includes(unit)) return true;
	return false;
}

/**
 * 最终消费支出拉动国内生产总值增长4.3个百分点，资本形成总额拉动…1.5个百分点，货物和服务净出口向下拉动…0.6个百分点
 * → 4.3 + 1.5 − 0.6 = 5.2 = 比上年增长5.2%.
 */
function contributions(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	const pulls: Fig[] = [];
	for (let k = p.first; k < figs.length; k++) if (figs[k]!.kind === 'contribution' && figs[k]!.exact) pulls.push(figs[k]!);
	if (pulls.length < 2) return;
	const whole = pulls[0]!.wholeKey ?? '';
	if (!whole || !pulls.every((f) => (f.wholeKey ?? '') === whole)) return;
	// The components must be distinct; the whole's growth is stated before them, in this block or just before.
	if (new Set(pulls.map((f) => f.key)).size !== pulls.length) return;
	const growth = latestBefore(figs, positionIn(p, pulls[0]!), (f) => f.key === whole && f.kind === 'change' && f.unit === '%' && f.exact);
	if (!growth) return;
	let total = { lo: 0, hi: 0 };
	let value = 0;
	const terms: string[] = [];
	for (const f of pulls) {
		const down = f.direction === 'down';
		total = down ? sub(total, interval(f)) : add(total, interval(f));
		value += down ? -f.value : f.value;
		terms.push(`${terms.length === 0 ? (down ? '−' : '') : down ? ' − ' : ' + '}${operand(f, true)}`);
	}
	const signedGrowth = growth.direction === 'down' ? -growth.value : growth.value;
	const stated = interval(growth);
	const statedSigned = growth.direction === 'down' ? { lo: -stated.hi, hi: -stated.lo } : stated;
	const expr = `${terms.join('')} = ${fmt(value, 1)}（${growth.text}）`;
	// The growth figure can take the sum only when they go the same way: its direction word (增长/下降) stays.
	const sameDirection = Math.sign(value) === Math.sign(signedGrowth);
	b.check('part-sum', [growth, ...pulls], growth, expr, Math.abs(value), statedSigned, total, { identity: 'contributions', stated: growth.text }, { fix: sameDirection && growth.direction !== 'down' });
}

/** How far back a topic's total is looked for: figures, not characters, so the search stays bounded. */
const TOPIC_REACH = 120;
/** Words before a total's subject that are not its topic (全省高新技术企业总数 is 高新技术企业总数). */
const OWN_PREFIX = new RegExp(`^(?:共|中国共产党|${WHOLE_REGION})`);

/**
 * A paragraph about one dimension of a statistic stated before (`党员的年龄。30岁及以下党员…，…61岁及以上党员…` after
 * `党员总数为10027.1万名`; `发展党员的职业。工人…，…其他职业人员…` after `共发展党员213.1万名`): when its list names everything
 * (bands open at both ends, a catch-all), the parts add up to that total.
 */
function topics(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	for (let i = 0; i < all.length; i++) {
		const first = all[i]!;
		if (first.topic === undefined || (i > 0 && d.blockOf[i - 1] === d.blockOf[i])) continue;
		// The list: the amounts of the first amount's unit in the block's first sentence of figures.
		const at: number[] = [];
		let unit: string | undefined;
		for (let k = i; k < all.length && d.blockOf[k] === d.blockOf[i] && all[k]!.sentence === first.sentence && at.length < 16; k++) {
			const f = all[k]!;
			if (f.kind !== 'amount' || f.inBrackets) continue;
			unit ??= f.unit;
			if (f.unit === unit && f.exact) at.push(k);
		}
		const parts = at.map((k) => all[k]!);
		const how = namesAll(parts) ?? (parts.some((f) => /^(?:其他|其余|其它)/.test(f.subject)) && parts.length >= 3 ? 'catch-all' : undefined);
		if (!how) continue;
		const topic = first.topic;
		let totalAt = -1;
		work.relations += TOPIC_REACH;
		for (let k = i - 1; k >= 0 && k >= i - TOPIC_REACH; k--) {
			const f = all[k]!;
			if (f.topic === topic || f.kind !== 'amount' || !f.exact || f.unit !== unit || f.inBrackets) continue;
			const subject = f.subject.replace(OWN_PREFIX, '');
			if (subject === topic || subject === `${topic}总数` || subject === `${topic}总量`) {
				totalAt = k;
				break;
			}
		}
		if (totalAt < 0) continue;
		checkSum(b, all[totalAt]!, parts, how, { at: { figs: [totalAt, ...at], target: totalAt } });
	}
}

/**
 * A total and the parts of its lexicon partition stated in other paragraphs (第二产业增加值86208亿元 in the overview,
 * 全部工业增加值76190亿元 and 全社会建筑业增加值10018亿元 in their sections): each part is the one amount of its indicator
 * in the document of the total's unit, period, region and year — a part stated twice (a review and a plan, two
 * periods) is no part for sure. Totals and parts within two neighbouring blocks are the paragraph finder's.
 */
function spreadPartitions(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	const byKey = amountsByIndicator(d);
	for (const [key, totals] of byKey) {
		const ind = d.lexicon.get(key);
		if (!ind?.parts || totals.length > SPREAD_MAX) continue;
		for (const t of totals) {
			const total = all[t]!;
			for (const partition of ind.parts) {
				if (withinLongerStated(ind.parts, partition, byKey)) continue;
				const at: number[] = [];
				for (const name of partition) {
					work.relations += SPREAD_MAX;
					const found = (byKey.get(name) ?? []).filter((k) => compatible(total, all[k]!) && d.yearOf[d.rankOf[k]!] === d.yearOf[d.rankOf[t]!]);
					if (found.length !== 1 || (byKey.get(name)?.length ?? 0) > SPREAD_MAX) break;
					at.push(found[0]!);
				}
				if (at.length !== partition.length) continue;
				let lo = d.blockOf[t]!;
				let hi = lo;
				for (const k of at) {
					lo = Math.min(lo, d.blockOf[k]!);
					hi = Math.max(hi, d.blockOf[k]!);
				}
				if (hi - lo <= 1 && !(hi > lo && d.blockOf[t] === lo && blockedInParagraph(d, t, at))) continue;
				checkSum(b, total, at.map((k) => all[k]!), 'lexicon', { at: { figs: [t, ...at], target: t } });
			}
		}
	}
}

/**
 * Parts in the block right after their total's that the paragraph finder does not reach (全省生产总值达到12464.09亿元；地方
 * 财政一般预算收入678.4亿元… ⏎ 一、二、三产业分别实现增加值…): an amount of the total's unit that is no part of it stands
 * between them (partsFrom stops there: the run may be that one's), or they lie beyond its reach — but not when that amount
 * states the total's statistic again (another scope of it: the parts may be its).
 */
function blockedInParagraph(d: DocumentFigures, t: number, at: readonly number[]): boolean {
	const total = d.all[t]!;
	const first = Math.min(...at);
	if (first - t > WINDOW * 2) return true;
	// Parts whose own words date them otherwise than the total (2020年，一、二、三产业分别实现增加值…; 上半年，…): another
	// year's or period's breakdown, not the total's.
	if (at.some((k) => (ownYear(d.all[k]!) ?? ownYear(total)) !== ownYear(total) || d.all[k]!.sentencePeriod !== total.sentencePeriod)) return false;
	work.relations += WINDOW * 2;
	let blocked = false;
	for (let k = t + 1; k < first; k++) {
		const f = d.all[k]!;
		if (f.kind !== 'amount' || f.unit !== total.unit || INCREMENT.test(f.subject)) continue;
		const named = f.indicator ?? f.base;
		if (f.key === total.key || named === total.indicator) return false;
		if (named === undefined || !d.lexicon.membershipsOf(named).some((m) => m.total.name === total.indicator)) blocked = true;
	}
	return blocked;
}

/**
 * A count of a set's members by the way each went, right before it (上涨的城市个数为16个，持平的为1个，下降的为53个): the
 * direction named, or undefined. The noun counted, when the words name it (城市 of 城市个数).
 */
const DIRECTION_COUNT = /(上涨|上升|持平|下降|下跌)的(?:([\u4e00-\u9fff]{1,4}?)个数|[\u4e00-\u9fff]{0,4}?)(?:为|有)$/;
const DIRECTIONS: Readonly<Record<string, 'up' | 'flat' | 'down'>> = { 上涨: 'up', 上升: 'up', 持平: 'flat', 下降: 'down', 下跌: 'down' };
/** How far back a direction's words, a set's count and the words of a population's clause are read. */
const DIRECTION_REACH = 16;

/** The words of a figure's own clause before it, at most `reach` characters (what a clause mark before them closes is cut). */
function clauseBefore(p: Paragraph, f: Fig, reach: number): string {
	return p.before(f, reach).replace(/^[^]*[，,；;。：:]/, '');
}

/** A count of a set's members as directionOf and fulfilmentOf read it: an exact amount in a unit, not a share, not in brackets. */
function countOfMembers(f: Fig): boolean {
	return f.kind === 'amount' && f.exact && f.unit !== '' && f.unit !== '%' && !f.inBrackets;
}

function directionOf(p: Paragraph, f: Fig): { way: 'up' | 'flat' | 'down'; noun: string } | undefined {
	if (!countOfMembers(f)) return undefined;
	const m = DIRECTION_COUNT.exec(clauseBefore(p, f, DIRECTION_REACH));
	return m ? { way: DIRECTIONS[m[1]!]!, noun: m[2] ?? '' } : undefined;
}

/**
 * 70个大中城市中，新建商品住宅销售价格同比上涨的城市个数为16个，持平的为1个，下降的为53个；二手住宅…上涨的…为6个，下降的为
 * 64个: the members of a set counted by the way each went — up, down and unchanged — are all of it. Each run of directions
 * (its first names the noun it counts, the others leave it out; a noun or a direction named again opens the next) is of
 * the last count of the sentence before it in its unit, the set whose noun its first part names (城市 of 70个大中城市).
 * Up and down alone are all of the set only where the writer names 持平 in another run of that set (there, one with none
 * has none: 二手住宅…上涨的…为6个，下降的为64个); elsewhere the unchanged may be left out (全县18个乡镇中，…上升的乡镇个数为10个，
 * 下降的为6个): up and down together are at most the set.
 */
function directionRuns(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	const runs: { whole: Fig; parts: Fig[]; flat: boolean }[] = [];
	const flatOf = new Set<Fig>();
	let run: { k: number; way: string; noun: string }[] = [];
	const close = (): void => {
		const ways = new Set(run.map((r) => r.way));
		const first = run[0];
		if (first && ways.has('up') && ways.has('down') && first.noun !== '') {
			const part = figs[first.k]!;
			for (let k = first.k - 1, n = 0; k >= p.first && n < WINDOW; k--, n++) {
				const w = figs[k]!;
				if (w.sentence !== part.sentence) break;
				if (w.kind !== 'amount' || w.unit !== part.unit || directionOf(p, w)) continue;
				const after = p.after(w, DIRECTION_REACH).replace(/[，,；;。：:][^]*$/, '');
				if (w.exact && after.includes(first.noun)) {
					runs.push({ whole: w, parts: run.map((r) => figs[r.k]!), flat: ways.has('flat') });
					if (ways.has('flat')) flatOf.add(w);
				}
				break;
			}
		}
		run = [];
	};
	for (let k = p.first; k < figs.length; k++) {
		const f = figs[k]!;
		const d = directionOf(p, f);
		if (!d) {
			if (run.length > 0 && f.kind === 'amount' && f.unit === figs[run[0]!.k]!.unit) close();
			continue;
		}
		const last = run[run.length - 1];
		// A part that names its noun again (二手住宅…下降的城市个数为70个；新建…上涨的城市个数为5个) opens the next run.
		if (last && (d.noun !== '' || figs[last.k]!.sentence !== f.sentence || f.unit !== figs[last.k]!.unit || run.some((r) => r.way === d.way))) close();
		run.push({ k, way: d.way, noun: d.noun });
	}
	close();
	for (const r of runs) {
		if (r.flat || flatOf.has(r.whole)) checkSum(b, r.whole, r.parts, 'directions');
		else sumAgainst(b, r.whole, r.parts);
	}
}

/**
 * The words that say a count's members met their plan or did not, right after the count (六十八种超额完成了计划; 十三种
 * 完成或超额完成计划; 十二种没有完成计划) or right before it in its clause (完成和超额完成计划的有82种): 'met' or 'missed'.
 * Both sides name the plan (计划): 完成 alone may be of anything (完成投资的有…).
 */
const MET_AFTER = /^(?:超额)?完成(?:或超额完成|和超额完成)?了?(?:年度)?计划(?!的)/;
const MISSED_AFTER = /^(?:没有|没|未能?)完成(?:年度)?计划(?!的)/;
const MET_BEFORE = /(?<!没有|没|未|未能)(?:超额)?完成(?:或超额完成|和超额完成)?了?(?:年度)?计划的(?:有|为|是)$/;
const MISSED_BEFORE = /(?:没有|没|未能?)完成(?:年度)?计划的(?:有|为|是)$/;

/** Whether a count's members met their plan, as the words right after or right before it say; undefined when they say neither. */
function fulfilmentOf(p: Paragraph, f: Fig): 'met' | 'missed' | undefined {
	if (!countOfMembers(f)) return undefined;
	const after = p.after(f, DIRECTION_REACH);
	if (MISSED_AFTER.test(after)) return 'missed';
	if (MET_AFTER.test(after)) return 'met';
	const before = clauseBefore(p, f, DIRECTION_REACH);
	if (MISSED_BEFORE.test(before)) return 'missed';
	if (MET_BEFORE.test(before)) return 'met';
	return undefined;
}

/**
 * A count in the set's unit that is neither side but a group of its own: its words name the plan some other way (五种基本完成
 * 计划, 5个按期完成计划, 完成计划的90%以上, 基本完成计划的有5种) or it closes its clause (轻工业产品四十种，其中…: a subset the sides
 * may count). A count inside a side's items (八种有色金属矿采选、…) is neither.
 */
function otherGroup(p: Paragraph, f: Fig): boolean {
	const after = p.after(f, DIRECTION_REACH);
	return /^[，,；;。：:]/.test(after) || /完成/.test(after.replace(/[，,；;。：:、][^]*$/, '')) || /完成/.test(clauseBefore(p, f, DIRECTION_REACH));
}

/** A period a side's clause names (上半年有六十种完成了计划, 去年有…): the sides may be of different periods, not one set's. */
const SIDE_PERIOD = /[上下]半年|[去今上本]年|季度|(?<![0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]{1,3}月/;

/** The words after a set's count to its clause's end open a clause on it (在八十种主要产品产量中，; 三十九种…新增生产能力中，). */
const AMONG_AFTER = /^[\u4e00-\u9fff]{1,16}中[，,：:]/;

/**
 * 在八十种主要产品产量中，…等六十八种超额完成了计划，…等十二种没有完成计划 / 在100种主要产品产量中，完成和超额完成计划的有
 * 82种；…等18种没有完成计划: the members of a set counted by whether they met their plan — those that did and those that
 * did not — are all of it. The set is the count whose clause opens on it (…中，) in the sentence before the first part,
 * in the parts' unit; each side is counted once in the sentence (a count of a kind within a side's items, 八种有色金属矿
 * 采选, says neither and is not read).
 */
function fulfilmentRuns(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	let whole: Fig | undefined;
	let met: Fig[] = [];
	let missed: Fig[] = [];
	let others = false;
	const close = (): void => {
		if (whole && !others && met.length === 1 && missed.length === 1) checkSum(b, whole, [met[0]!, missed[0]!], 'fulfilment');
		whole = undefined;
		met = [];
		missed = [];
		others = false;
	};
	for (let k = p.first; k < figs.length; k++) {
		const f = figs[k]!;
		if (whole && f.sentence !== whole.sentence) close();
		if (f.kind !== 'amount' || f.inBrackets) continue;
		const side = whole && f.unit === whole.unit ? fulfilmentOf(p, f) : undefined;
		if (side !== undefined && SIDE_PERIOD.test(clauseBefore(p, f, DIRECTION_REACH))) others = true;
		else if (side === 'met') met.push(f);
		else if (side === 'missed') missed.push(f);
		else if (whole && f.unit === whole.unit && otherGroup(p, f)) others = true;
		else if (met.length === 0 && missed.length === 0 && countOfMembers(f) && AMONG_AFTER.test(p.after(f, DIRECTION_REACH + 2))) {
			// A set's count opening its clause on it (before any part): the whole the parts after it count.
			whole = f;
		}
	}
	close();
}

/** A region the words before a count of provinces define by them (东部地区是指北京、…和海南10省（市）): its name. */
const REGION_DEFINED = /^([\u4e00-\u9fff]{2,4}地区)(?:是指|包括)/;
/** The noun after a count of the mainland's provinces (31个省、自治区、直辖市; 31个省（区、市）; 31个省份). */
const PROVINCES_AFTER = /^(?:省、自治区、直辖市|省[（(]区、市[)）]|省区市|省份)/;
/**
 * The words after that noun that make the count all the provinces, not those that did something (全国31个省（区、市）和港澳台地区
 * 全部参展; 大陆31个省、自治区、直辖市和现役军人; 全国31个省份均…; not 全国25个省份居民人均收入增速超过…): a union (和/及) or all of
 * them (全部, 均, 都) in its clause.
 */
const ALL_PROVINCES_AFTER = /^(?:[和及]|[^，,；;。]*?(?:全部|(?<![人平])均|都))/;
/** The words right before that count that make it the whole country's (全国31个…, 我国大陆31个…). */
const COUNTRY_BEFORE = /(?:全国|大陆)$/;
/** How far after the noun of the provinces' count its clause is read for a union or 全部/均/都. */
const PROVINCES_CLAUSE = 24;
/** The regions of the four-region division (divisions.json: 东部、中部、西部、东北地区), all of it. */
const REGIONS = 4;

/**
 * [18]东部地区是指北京、…和海南10省（市）；中部地区是指…6省；西部地区是指…12省（区、市）；东北地区是指辽宁、吉林和黑龙江3省 and
 * 全国人口是指我国大陆31个省、自治区、直辖市…: the four regions a document defines by their provinces divide all the
 * mainland's provinces, which it counts elsewhere (a note, or 全国31个省（区、市）…参展). Read when each of the four is
 * defined once, in one block, as sides of one division of the lexicon, and the count of the mainland's provinces is stated
 * with one value (the first of them the whole).
 */
function regionsOfProvinces(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	let whole = -1;
	let wholes = 0;
	const parts: number[] = [];
	const names: string[] = [];
	for (let i = 0; i < all.length; i++) {
		const f = all[i]!;
		if (f.kind !== 'amount' || !f.exact || f.inBrackets) continue;
		const text = d.textOf[d.rankOf[i]!]!;
		const noun = f.unit === '个' ? PROVINCES_AFTER.exec(text.slice(f.q.end, f.q.end + 10)) : null;
		if (noun && COUNTRY_BEFORE.test(text.slice(Math.max(0, f.q.start - 2), f.q.start))) {
			if (!ALL_PROVINCES_AFTER.test(text.slice(f.q.end + noun[0].length, f.q.end + noun[0].length + PROVINCES_CLAUSE))) continue;
			if (whole < 0) whole = i;
			else if (f.value !== all[whole]!.value) wholes++;
			continue;
		}
		const region = f.unit === '省' ? REGION_DEFINED.exec(f.subject)?.[1] : undefined;
		if (region === undefined) continue;
		if (names.includes(region) || (parts.length > 0 && d.blockOf[i] !== d.blockOf[parts[0]!])) return;
		names.push(region);
		parts.push(i);
	}
	if (whole < 0 || wholes > 0 || parts.length !== REGIONS || divides(names) === undefined) return;
	// The mainland's provinces are a fact, not what a sum makes them: no fix is offered for the count.
	checkSum(b, all[whole]!, parts.map((k) => all[k]!), 'regions', { at: { figs: [whole, ...parts], target: whole }, fix: false });
}

/** The words of the clause before a figure name the whole country (年末全国人口, 全国大陆总人口). */
const WHOLE_COUNTRY = /全国/;
/** The words of a clause that count people who moved in or out (净迁入人口, 迁出, 机械增长). */
const MIGRATION = /迁[入出移]|机械增长|净流[入出]/;

/**
 * 年末全国人口141175万人，比上年末减少85万人…全年出生人口956万人…；死亡人口1041万人: the year's change of the whole
 * country's population is its births less its deaths (the country's count takes no migration in) — not a region's,
 * whose people move in and out.
 */
function naturalChange(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let k = p.first; k < figs.length; k++) {
		const d = figs[k]!;
		if (d.kind !== 'change' || d.indicator !== '总人口' || !d.exact || d.unit !== '人' || d.direction === undefined) continue;
		const v = figs[k - 1];
		if (!v || v.kind !== 'amount' || v.indicator !== '总人口' || v.sentence !== d.sentence || !WHOLE_COUNTRY.test(clauseBefore(p, v, DIRECTION_REACH))) continue;
		let born: Fig | undefined;
		let died: Fig | undefined;
		let moved = false;
		for (let j = k + 1, n = 0; j < figs.length && n < WINDOW; j++, n++) {
			const f = figs[j]!;
			if (f.kind !== 'amount' || f.unit !== d.unit || f.inBrackets) continue;
			// People who moved in or out, stated (净迁入人口20万人, 迁出0.44万人): the change is not births less deaths alone.
			if (MIGRATION.test(clauseBefore(p, f, DIRECTION_REACH))) moved = true;
			if (!f.exact) continue;
			if (f.indicator === '出生人口') born ??= f;
			else if (f.indicator === '死亡人口') died ??= f;
		}
		// Births and deaths of a year the population's words do not name (…比上年末减少208万人。2022年出生人口956万人) are not its change's.
		if (!born || !died || moved || ownYear(born) !== ownYear(v) || ownYear(died) !== ownYear(v)) continue;
		if (d.direction === 'down') checkDifference(b, d, died, born);
		else checkDifference(b, d, born, died);
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		const checked = new Set<Fig>();
		partitions(p, sink, checked);
		completeBreakdowns(p, sink, checked);
		partsInNextSentence(p, sink, checked);
		itemized(p, sink, checked);
		contributions(p, sink);
		// 共获得199枚金牌、119枚银牌、98枚铜牌，奖牌总数416枚: a contest's medals are its gold, silver and bronze.
		for (const m of medalRuns(p)) if (m.gold && m.silver && m.bronze && m.all) checkSum(sink, m.all, [m.gold, m.silver, m.bronze], 'medals');
		directionRuns(p, sink);
		fulfilmentRuns(p, sink);
		naturalChange(p, sink);
	},
	document(d, sink) {
		topics(d, sink);
		spreadPartitions(d, sink);
		regionsOfProvinces(d, sink);
	},
};
