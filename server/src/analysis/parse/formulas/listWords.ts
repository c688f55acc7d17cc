/**
 * Words that bound a counted list, asked by the list before a quoted formula (resolve.ts) and by the counted enumerations
 * (enum*.ts, enumerations.ts): places before a count and the verb or opening before them (placesBefore, opensPlaces,
 * verbBefore), two items joined by 和/与 (twoJoined, PAIR_QUALIFIER), an idiom that holds a numeral (inIdiom), a clause
 * that opens with a verb (opensWithVerb), the sentence around a count (sentenceAround), and the units, levels and
 * joiners these lists are counted in.
 */
import { notFormulaAt } from '../formulaNames';
import { isLead, type Item, splitLastJoiner } from '../lists';
import { WHOLE_REGION } from '../reading';
import { isPlaceAbbreviation } from '../../lexicon/index';
import { work } from '../../work';

/** The longest quote (its quotes included) that is one item of a counted list whatever it holds. */
export const QUOTED_LIST_ITEM_MAX = 16;

/** What stands between quoted items side by side: “山城”、“江城”; “商品零售额”和“餐饮收入额”. */
export const QUOTED_ITEM_JOINERS = new Set(['、', '，', '和', '及', '与']);

/** Measure words of a counted list; and places (凤岗、塘厦、…六镇; 汕头、河源、汕尾、潮州4市). */
export const ENUM_UNITS = new Set(['级', '项', '个', '方', '方面', '支', '类', '大', '者', '条', '种', '家', '所', '座', '处', '台', '栋', '幢', '块', '艘', '架', '片', '张', '件', '批', '位', '篇', '镇', '县', '区', '市', '乡', '村', '省', '州', '翼', '场', '户', '国']);

/** A preposition (and 全部) before a count: the count is a whole the words before it are in or a share of (在全部13个门类中). */
export const PREPOSITION_BEFORE_COUNT = /[\u4e00-\u9fff]{2}(?:在|占|居)(?:全部|所有|全)?$/;

/** One-character administrative levels that are listed without separators: 县乡村三级, 省市县三级. */
export const ADMIN_LEVEL = new Set([...'省市县区乡镇村州盟旗组']);

/** Counts of places that their abbreviations may stand before (合芜蚌三市, 黑吉辽三省, 川渝两地). */
export const PLACE_COUNT_UNITS = new Set(['市', '省', '地']);

/**
 * Places written by their one-character abbreviations side by side right before `end` (川渝两地; 成渝地区双城: 地区 may
 * stand between), when there are exactly `count` of them and no other abbreviation before them — or, for a count of places
 * (`oneShort`: 沪台三地, not a quoted formula's name, 杭甬“三城记”), one fewer when they open what names them (see
 * opensPlaces). Reads at most ten characters.
 */
export function placesBefore(text: string, end: number, count: number, oneShort = false): Item[] | undefined {
	const e = text.startsWith('地区', end - 2) ? end - 2 : end;
	let k = e;
	while (k > 0 && e - k <= count && isPlaceAbbreviation(text[k - 1]!)) k--;
	work.formulas += e - k + 2;
	// 沪台台两地: one abbreviation written twice side by side is a list one over its count.
	const twice = e - k === count + 1 && !isPlaceAbbreviation(text[k - 1] ?? '') && new Set(text.slice(k, e)).size === count && [...text.slice(k, e)].some((ch, n, all) => n > 0 && all[n - 1] === ch);
	if (e - k !== count && !twice && !(oneShort && e - k === count - 1 && e - k >= 2 && e === end && opensPlaces(text, k))) return undefined;
	return [...text.slice(k, e)].map((ch, n) => ({ start: k + n, end: k + n + 1, text: ch }));
}

/**
 * Do the abbreviations from `k` open what names the places (，沪台三地; 支持川渝三地 after a verb), so that no place can stand
 * before them? Not after a joiner or a name (北京与津冀三地: Beijing is one of them), nor after a place the lexicon does not
 * know (深港澳三地 with 深 unknown).
 */
export function opensPlaces(text: string, k: number): boolean {
	return k === 0 || /[，。；：！？、（“\n]/.test(text[k - 1]!) || verbBefore(text.slice(Math.max(0, k - 3), k));
}

/**
 * Verbs that take places or levels for their object without being a list's lead (盘活市区两级政府资产, 健全优化县乡村三级
 * 物流配送体系, 确保市县两级财政资金, 支持川渝两地市场主体).
 */
const OBJECT_VERBS = /(?:盘活|优化|理顺|贯通|压实|夯实|编制|确保|支持|指导|督促|调动)$/;

/** A verb of two characters after 并 (完善并公布: 并公布). */
const JOINED_VERB = /并[\u4e00-\u9fff]{2}$/;

/**
 * Does `before` end with a verb of two characters or more — a list's lead (健全, 推动, 进行) or a verb that takes places or
 * levels (盘活, 确保)? Levels or places one fewer than their count right after one are a list one short: no level or
 * place can stand between the verb and them. Not a word of one character (在, 与: 北京与津冀三地 names Beijing).
 */
export function verbBefore(before: string): boolean {
	// A verb of two characters joined by 并 to such a verb before it (完善并公布, 编制并公开) is a verb of the same clause.
	if (JOINED_VERB.test(before) && verbBefore(before.slice(0, -3))) return true;
	return (before.length >= 2 && isLead(before.slice(-2))) || (before.length >= 3 && isLead(before.slice(-3))) || OBJECT_VERBS.test(before);
}

/** What N级 names after levels when it is a grade, not their count: 三级医院, 三级综合性医院, 三级甲等, 三级公路, 三级路网, 四级响应, 四级应急响应, 三级等保. */
export const GRADE_AFTER = /^(?:及以上|以上)?(?:甲等|乙等|[\u4e00-\u9fff]{0,6}?(?:医院|卫生院|保健院)|公路|路网|道路|航道|(?:应急)?响应|预警|实验室|资质|等保)/;

/** Is text[i] inside an idiom or set phrase that starts at most three characters before it (三番五次, 两位数增长)? */
export function inIdiom(text: string, i: number): boolean {
	for (let s = Math.max(0, i - 3); s <= i; s++) {
		const w = notFormulaAt(text, s);
		if (w && s + w.length > i) return true;
	}
	return false;
}

/** The longest half of a pair joined by 和 before a count (中央和地方两个积极性). */
export const PAIR_ITEM_MAX = 12;

/** One item of two words joined by 和, 与 or 及 (中央和地方), when each is a word of its own. */
export function twoJoined(items: readonly Item[]): Item[] | undefined {
	const halves = items.length === 1 ? splitLastJoiner([items[0]!]) : undefined;
	return halves && halves.length === 2 && halves.every((h) => h.text.length >= 2) ? halves : undefined;
}

/** A list after a count's noun: a colon or 一是 (三大计划：一是…). */
export const LIST_AFTER = /^[一-鿿]{0,8}(?:[：:]|[，,]?(?:一是|即))/;
/** Halves that qualify a count rather than name its kinds: times (今年和明年三大任务), levels and authorities (国家和省级三大战略). */
export const PAIR_QUALIFIER = new RegExp(`[0-9]|年|月|季度|级$|^(?:国家|中央|地方|${WHOLE_REGION})$|[委厅局]$|政府$`);

/** Units of the counts that JOINT_COUNT reads: resolved by a list of exactly their number, never flagged. */
export const EXACT_UNITS = new Set(['双', '重', '手']);
const SENTENCE_REACH = 40;

/** The sentence around [from, to), at most SENTENCE_REACH characters before it and `reach` after it. */
export function sentenceAround(text: string, from: number, to: number, reach = SENTENCE_REACH): string {
	let a = from;
	while (a > 0 && from - a < SENTENCE_REACH && !'。！？；\n'.includes(text[a - 1]!)) a--;
	let b = to;
	while (b < text.length && b - to < reach && !'。！？；\n'.includes(text[b]!)) b++;
	work.formulas += from - a + b - to;
	return text.slice(a, b);
}

export const COUNT_CHAR_SET = new Set([...'〇零一二两三四五六七八九十百千万亿双']);

/** Adverbs that may stand before a clause's verb: 重点建设, 着力打造. */
const VERB_ADVERB = /^(?:重点|着力|全面|大力|积极|加快|持续|累计)/;
/** Verbs that open a clause and are no lead of a list (引进宁德时代、隆基…; 建成A小学、B小学…). */
const OPENING_VERBS = /^(?:引进|引入|招引|建成|新建|改建|扩建|落地|签约|培育|打造|建设|推进|实施)/;

/**
 * Does `t` open with a verb of two characters or more (围绕, 聚焦, 依托, 坚持, 引进, 建成; after an adverb: 重点建设)? A
 * group that does opens a clause of its own (围绕粮食、蔬菜、畜牧，重点建设甲园区、乙园区…), not one more group of the list.
 * One-character prepositions (在兴庆区A、B) are not verbs.
 */
export function opensWithVerb(t: string): boolean {
	const rest = t.replace(VERB_ADVERB, '');
	for (const n of [2, 3, 4]) if (isLead(rest.slice(0, n)) || (n === 2 && OPENING_VERBS.test(rest))) return true;
	return false;
}
