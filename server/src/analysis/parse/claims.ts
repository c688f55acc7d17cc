/**
 * Quantitative claims: what a figure measures (its subject), its kind (amount, change, share, contribution …),
 * its time scope, and its place in the sentence, so that the relation pass can relate figures that the text
 * relates. Works on a block's joined text and its scanned quantities, in one pass over the clauses.
 */
import type { ClaimKind, Direction } from '../types';
import { isDamagedPoint, printedExactly, type ScannedQuantity } from './quantities';
import { afterLast, stripSuffixWords, trimEndChars, trimStartChars } from '../text/trim';
import { work } from '../work';
import { AIM_OPENING, COMPARISON_BASIS_WORDS, FIVE_YEAR_PLAN, INCREMENT, ITEM_MARK, normalizePrefix, OTHER_YEAR_OPENING, PART_OF_YEAR_WORDS, readScope, THING_CLASSIFIERS, WHOLE_REGION, withoutNoteMarks } from './reading';
import { builtinLexicon, type Lexicon, namesOutput } from '../lexicon/index';
import { CharSet, codeAt } from '../text/chars';
import { sectionOf } from '../lexicon/industries';

/** A claim in joined-text coordinates of its block. */
export interface RawClaim {
	readonly q: ScannedQuantity;
	/** Index of `q` among the block's quantities. */
	readonly qIndex: number;
	/** Index of the claim among the block's claims. */
	readonly local: number;
	/**
	 * The words of the figure's clause before it (at most CONTEXT characters), any figure among them masked:
	 * `中国共产党党员总数为`, `比2023年底净增`. A statement repeated word for word has the same contexts.
	 */
	readonly context: string;
	/**
	 * The text around the figure as printed, when it names one statement (surroundOf), as a hash; 0 when it does not.
	 * Two places with the same surround, their figures aside, print the same statement.
	 */
	readonly surround: number;
	/** The subject is stated in the figure's own clause (not inherited from a figure before it). */
	readonly ownSubject: boolean;
	/** The figure is listed under another (其中…). */
	readonly part: boolean;
	/** The year the figure is of, when a date says so: 由2007年的…, 2023年末…. */
	readonly year?: number;
	/**
	 * The year its sentence opens on in a clause of its own (2007年，国内生产总值达到24.66万亿元，…): the figures of the
	 * sentence are of it, unless a date of their own says otherwise (read apart from `year`, which also marks a figure of
	 * a year of its own in a sentence on another).
	 */
	readonly sentenceYear?: number;
	/**
	 * The period other than a whole year its sentence opens on (sentencePeriodOf): `part`, a part of a year in a clause of
	 * its own (上半年，…; 1—6月，…), whose figures are of that part; `ahead`, a period to come (今年，…; 到2020年，…; 今后五年，…),
	 * whose figures are no review of the past; `dated`, a date of its own that is no whole year (“十三五”期末，…), whose
	 * figures are of that date; `span`, a period of several years (“十五”期间，…; 2016年以来，…), whose figures are of it.
	 */
	readonly sentencePeriod?: SentencePeriod;
	/**
	 * A standard set per person, household or period (由每人每月300元提高到400元: both figures): a rate, whose `其中` items
	 * are other groups' standards, not parts of it.
	 */
	readonly perUnit?: boolean;
	/** The figure stands inside brackets (an aside: （包括…706万辆）). */
	readonly inBrackets: boolean;
	/**
	 * What the block is about, when a lead sentence names a statistic and one dimension it is broken down by
	 * (`党员的年龄。`, `发展党员的职业。`): the statistic (党员, 发展党员). Its figures are that statistic's parts.
	 */
	readonly topic?: string;
	/**
	 * The whole a block's opening clause names its figures among (`在城镇投资中，…`, `全年规模以上工业企业中，…`: 城镇投资,
	 * 规模以上工业企业), when the block opens so.
	 */
	readonly among?: string;
	/**
	 * For a share that names no whole: the whole its sentence opens on (`在实际使用外商直接投资金额中，制造业…所占比重分别为…`),
	 * which the table pass matches with a table's total (a sentence's whole is no block's: the other finders leave it).
	 */
	readonly amongSentence?: string;
	/** The figure's value, text, unit ('%' for any percentage) and rounding step, from its quantity. */
	readonly value: number;
	readonly text: string;
	readonly unit: string;
	readonly step: number;
	/**
	 * Only exact figures printed to a precision are recomputed (quantities.ts printedExactly): an approximation (多, 约,
	 * 以上) is a bound, and a count of one character (两个, 三年) a phrase's count in words.
	 */
	readonly exact: boolean;
	readonly kind: ClaimKind;
	readonly direction?: Direction;
	/** 国内生产总值, 出口, 城镇常住人口 … ('' when none could be found). */
	readonly subject: string;
	/** The canonical name of the indicator the subject names, when the lexicon knows it. */
	readonly indicator?: string;
	/**
	 * The figure is a product's output: its subject names a product alone, in a unit of goods, in a sentence about
	 * production (`主要原材料产品中，…钢材3.97亿吨`), not consumption or trade.
	 */
	readonly output?: boolean;
	/** What figures are related by: the indicator, or the subject itself. */
	readonly key: string;
	/** A subject that names an indicator under a qualifier (外商投资企业进出口): that indicator and the qualifier. */
	readonly base?: string;
	readonly qualifier?: string;
	/** The whole of a share, as an indicator when the lexicon knows it. */
	readonly wholeKey?: string;
	/** 全年, 年末, 2023年, 前三季度 … ('' when none is stated). */
	readonly scope: string;
	/** 全市, 全国, 我省 … ('' when none is stated). */
	readonly region: string;
	/** For a share or a contribution: the whole it is a share of (国内生产总值, 进出口总额). */
	readonly whole?: string;
	/** Compared with the previous period (比上年, 同比). */
	readonly comparative: boolean;
	/** 年均增长: an average annual rate, not the change between the two figures. */
	readonly annualAverage: boolean;
	/** 实际增长 / 按可比价格: a real (comparable-price) rate that nominal figures cannot check. */
	readonly real: boolean;
	/** Index of the ；/。-delimited segment in the block (claims relate within a segment or a sentence). */
	readonly segment: number;
	readonly sentence: number;
	/** 由A…到B: this claim is A (from) or B (to). */
	readonly fromTo?: 'from' | 'to';
	/**
	 * For a count printed in digits with a classifier (9个, 10件, 310条): the words right after it, up to the clause's end
	 * (at most 24 characters, figures in them masked as #): the noun it counts and what is said of it
	 * (`万人安置点脱贫致富示范区加快建设`, `领域#个重大项目清单`); '' for other figures.
	 */
	readonly counted: string;
	/**
	 * The count opens a name in quotes that its counted words close (`“15条硬措施”`, `“15个专项行动”`): a program's or a
	 * policy's name, whose count is part of the name.
	 */
	readonly quotedName: boolean;
}

/** A claim while its block is read: later figures of the block still set its fields (由A到B: A's fromTo; 占…的: its whole). */
type ClaimDraft = { -readonly [K in keyof RawClaim]: RawClaim[K] };

/** Change words and their direction, longest first (a word ends with one of CHANGE_LAST). */
const CHANGES: readonly (readonly [string, Direction])[] = [
	['净增加', 'up'], ['净增长', 'up'], ['净增', 'up'], ['增产', 'up'], ['增长', 'up'], ['增加', 'up'], ['提高', 'up'], ['提升', 'up'], ['上升', 'up'], ['上涨', 'up'], ['扩大', 'up'], ['多增', 'up'], ['增收', 'up'], ['增支', 'up'],
	['攀升', 'up'], ['回升', 'up'], ['递增', 'up'], ['增', 'up'], ['升', 'up'], ['涨', 'up'],
	['净减少', 'down'], ['净减', 'down'], ['减产', 'down'], ['下降', 'down'], ['减少', 'down'], ['降低', 'down'], ['回落', 'down'], ['下滑', 'down'], ['缩小', 'down'], ['收窄', 'down'], ['少增', 'down'], ['减收', 'down'], ['减支', 'down'],
	['下跌', 'down'], ['递减', 'down'], ['减', 'down'], ['降', 'down'], ['跌', 'down'],
];
const RATE_WORDS = ['增幅', '增速', '涨幅', '降幅', '跌幅'];
/** Nothing to try (shared empty lists: no new one per figure). */
const NO_CHANGES: typeof CHANGES = [];
const NO_WORDS: readonly string[] = [];
/** Change words that stand before 到/至 in 由A增加到B. */
const TO_WORDS = ['增加', '增长', '提高', '提升', '上升', '下降', '减少', '降低', '扩大', '缩小', '收窄', '回落', '攀升', '增', '降', '升'];
/**
 * A date between 由/到 and the figure: 由2020年的…, 增加到2023年末的…, 从上年的…; a year's output named after its date
 * (粮食由一九五二年年产…到一九五七年年产…).
 */
const DATE_BEFORE_FIGURE = /(?:(?:(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年(?:末|底|初|度|年产量?)?|[0-9]{1,2}月(?:末|份|底)?|上年末?|去年|今年|年初|年末|“十[一二三四五]五”末|十[一二三四五]五末)的?$/;
/**
 * A clause that dates the figure it reaches and names nothing else (or the subject of the figure before it again), after
 * a figure of an earlier year in its segment: 合作化手工业的产值一九五二年为二·五亿元，一九五七年将上升为四五·五亿元;
 * …一九五二年为二一·八万人，一九五七年计划达到二一〇万人; …，但一九五七年个体手工业的产值仍将增长为七二·二亿元. The
 * two are a from–to pair (由A到B written as two dated clauses). Groups: the year, the words before the verb.
 */
const DATED_REACH = /^(?:但|而|则|到)?((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年(?:末|底)?([^，,；;。0-9]{0,16}?)(?:将|仍将|也将|还将|将会|计划|预计|可望?)?(?:(?:上升|增加|增长|提高|下降|减少|降低|发展)(?:为|到|至)|达到|增至|降至|为)$/;
/** 比 alone between the figure before and a dated base (…一〇八·八亿元，比一九五二年的三九·二亿元增长…). */
const BASE_AFTER = /^[，,]?比$/;
/**
 * The change of a base after 比, right after it or after a comma alone (…的三九·二亿元增长一·八倍; 比2020年的100亿元，增长…;
 * 年均增长…; 翻了一番). Other words between (比2020年的100亿元计划超收，增长8%: the plan is what the figure is set
 * against; the growth is the year's) leave the base unread.
 */
const CHANGE_AFTER_BASE = /^[，,]?(?:年均|平均每年)?(?:增长|增加|提高|上升|下降|减少|降低|翻)/;
/**
 * The year a figure reached is dated by between 到 and the word of the change (由一九五二年的…到一九五七年将增加为…, 到2025年
 * 提高到…): 将, 可, 计划 or 预计 may stand before that word.
 */
const TO_DATE = /[到至]((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年(?:末|底)?(?:将|可|计划|预计)?(?:增加|增长|提高|提升|上升|下降|减少|降低|扩大|缩小|达到)?[为到至]?$/;
/** A year alone in the first clause of a sentence (2007年，…; 一九八五年，… in the older official style), past a dash or a space that opens it. */
const SENTENCE_YEAR = /^[\s—－-]*((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年[，,]/;
/** A part of a year opening a sentence in a clause of its own: 上半年，, 一季度，, 前三季度，, 1—6月，, 1-11月份，. */
const SENTENCE_PART = new RegExp(`^[\\s—－-]*(?:(?:19|20)[0-9]{2}年)?(?:${PART_OF_YEAR_WORDS}|[0-9一二三四五六七八九十]{1,3}月份?)[，,]`);
/** A period to come opening a sentence (今年，…; 明年…; 到2020年，…; 今后五年，…; 预计今年…): its figures are no review. */
const SENTENCE_AHEAD = /^[\s—－-]*(?:预计)?(?:今年|明年|下一?年|[到至](?:19|20)[0-9]{2}年|(?:今后|未来)的?(?:[一二三四五六七八九十两几]年|一个时期|一段时期))/;

/**
 * A date of its own opening a sentence, not a whole year (“十三五”期末，…; 到“十三五”末，…; 2020年末，…; 截至2020年底，…; 五年前，…): its
 * figures are of that date, not of the period its block speaks of.
 */
const SENTENCE_DATED = new RegExp(`^[\\s—－-]*(?:(?:截至|截止)?(?:19|20)[0-9]{2}年(?:末|底)|(?:截至|截止|到)?(?:${FIVE_YEAR_PLAN})期?末|[一二三四五六七八九十两]年前)`);

/**
 * A period of several years opening a sentence (“十五”期间，…; 2016年以来，…; 五年来，…; 过去五年，…): its figures are of the
 * whole period (sums over it, the level reached), not of one year.
 */
const SENTENCE_SPAN = new RegExp(`^[\\s—－-]*(?:(?:19|20)[0-9]{2}年以来|(?:${FIVE_YEAR_PLAN})(?:期间|时期|以来)|(?:过去|近|这)?[一二三四五六七八九十两几]年(?:来|间|以来)|过去[一二三四五六七八九十两几]年)`);

export type SentencePeriod = 'part' | 'ahead' | 'dated' | 'span';

/** The period other than a whole year the sentence opening at `start` names first (RawClaim.sentencePeriod). */
function sentencePeriodOf(text: string, start: number): SentencePeriod | undefined {
	const opening = text.slice(start, start + 16);
	if (SENTENCE_PART.test(opening)) return 'part';
	if (SENTENCE_AHEAD.test(opening)) return 'ahead';
	return SENTENCE_DATED.test(opening) ? 'dated' : SENTENCE_SPAN.test(opening) ? 'span' : undefined;
}
/** The unit a standard is set per, after 由 or 从 and before the figure (由每人每年50元, 从每人每月202元). */
const PER_UNIT_AFTER_FROM = /[由从](?:每[人户亩名](?:每[年月日天])?|每[年月日天])$/;
const PER_UNIT_LAST = new CharSet('人户亩名年月日天');
/** The characters a date ends with (DATE_BEFORE_FIGURE's and TRAILING_DATE's, 的 aside). */
const DATE_LAST = new CharSet('年末底初度月份产量');

/**
 * `re`, a date anchored only at the end, matched against `s` when the last character (before a 的 that `re` allows)
 * can end a date: a regular expression anchored only at the end is tried at every position, and most prefixes end
 * otherwise (…增长, …为).
 */
function trailingDate(re: RegExp, s: string, de: boolean): RegExpExecArray | null {
	let last = s.length - 1;
	if (de && s.charCodeAt(last) === 0x7684 /* 的 */) last--;
	return DATE_LAST.has(s.charCodeAt(last)) ? re.exec(s) : null;
}
/** Last characters of the change words (a cheap test before trying each word). */
const CHANGE_LAST = new CharSet(CHANGES.map(([w]) => w[w.length - 1]!));
/** Words between the subject and its figure that carry no meaning for the subject (longest first). */
const TRAILING_WORDS = ['控制在', '保持在', '稳定在', '维持在', '分别为', '约为', '达到', '共计', '合计', '总计', '累计', '超过', '实现', '完成', '突破', '只有', '首次', '首度', '再次', '分别', '为', '达', '是', '约', '共', '有', '已', '的', '了', '近', '逾', '超', '仅', '计'];
/**
 * The modal of a plan's figure, after the words above are gone (农业及其副业的总产值将达…, 销售商品额将为…; 也将, 还将): it
 * says when, not what. Taken off last and alone, so that the words before it stay (这一比重预计将… keeps 预计).
 */
const MODAL_WORDS = ['也将', '还将', '均将', '都将', '将'];

function stripTrailing(s: string): string {
	return stripSuffixWords(stripSuffixWords(s, TRAILING_WORDS), MODAL_WORDS);
}

const SEPARATORS = '，,、 \t\n\u3000';

/** Connectives that open a clause but are not part of the subject. */
/** Word lists for stripSuffixWords (module constants: its cache is keyed by the list). */
const RATE_TAIL_WORDS = ['分别为', '分别是', '分别', '达到', '为', '是', '达'];
const GROWTH_WORDS = ['增长', '下降'];
const SHARE_WORDS = ['比重', '比例', '份额'];
const OF_WORDS = ['的'];
/** Adverbs that may stand alone before 占 (还占, 也将占, 仍占): no subject of their own. */
const ADVERBS_ONLY = /^(?:还|也|仍|仍然|将|均|都|则|又)+$/;
/**
 * What 相当于 names that is no whole of a share: a time (上年, 去年同期, 2012年底), an average or a standard (平均水平), or
 * a region alone (人均地区生产总值8万元，相当于全国的90%: a level beside the region's, not a part of its total).
 */
const EQUAL_TO_NO_WHOLE = new RegExp(`(?:年|年末|年底|年初|同期|月|季度|平均|水平|标准|目标|计划)$|^(?:上|去|前|今)年|^(?:${WHOLE_REGION})$`);
const IS_WORDS = ['分别为', '分别是', '分别', '达到', '为', '达'];
/**
 * A target of growth stated as a rate (经济增长预期目标为5%左右, 经济增长目标确定为5.5%, 增速目标是6%): what grows before
 * 增长/增速, the rate after the target's verb. Not a target's completion (完成目标的105%: nothing grows before it).
 */
const GROWTH_TARGET = /^([\u4e00-\u9fff]{2,12}?)(?:增长|增速)(?:的)?(?:预期)?(?:性)?目标(?:确定|设定|设)?(?:为|是)?$/;
const SHARE_CHANGE_WORDS = ['提高到', '提高至', '提升到', '提升至', '上升到', '上升至', '下降到', '下降至', '降低到', '降至', '增加到', '达到', '到', '至'];
const BEFORE_FIGURE_WORDS = ['超过', '了', '为', '达', '约', '近'];

/** Brackets and the marks that end a sentence (。！？) or a clause group (；). */
const SEGMENT_MARKS = /[（）()。；！？;]/g;

export function splitSegments(text: string): { start: number; end: number; sentence: number }[] {
	const out: { start: number; end: number; sentence: number }[] = [];
	let start = 0;
	let sentence = 0;
	let depth = 0;
	// Only brackets and sentence or clause ends matter: let the regex engine find them.
	SEGMENT_MARKS.lastIndex = 0;
	// test, not exec: no match array; a mark is one character, so it stands just before lastIndex.
	while (SEGMENT_MARKS.test(text)) {
		const i = SEGMENT_MARKS.lastIndex - 1;
		const c = text.charCodeAt(i);
		if (c === 0xff08 || c === 0x28) depth++;
		else if (c === 0xff09 || c === 0x29) depth = Math.max(0, depth - 1);
		else if (depth === 0) {
			// 达到四二九。四万吨: a full stop printed where a figure's decimal point was (a damaged figure, read as such by
			// quantities.ts) ends no sentence; 之一。一万多名, 百分之四二。四万 end theirs.
			if (c === 0x3002 && isDamagedPoint(text, i)) continue;
			out.push({ start, end: i, sentence });
			if (c !== 0xff1b && c !== 0x3b) sentence++;
			start = i + 1;
		}
	}
	if (start < text.length) out.push({ start, end: text.length, sentence });
	return out;
}

/**
 * Clause starts, read forward: `at(i)` is the start of the clause (after the last ， or ： outside brackets) that holds
 * position i, not before the segment start. Positions must not decrease between calls, so a block is read once
 * however many figures it holds (a walk back from each figure would be quadratic in text without punctuation).
 */
class ClauseCursor {
	#text: string;
	#i = 0;
	#start = 0;
	/** Clause starts outside the open brackets, innermost last. */
	#outer: number[] = [];
	#floor = 0;

	constructor(text: string) {
		this.#text = text;
	}

	/** Start reading a new segment at `floor`. */
	segment(floor: number): void {
		this.#i = floor;
		this.#start = floor;
		this.#floor = floor;
		this.#outer.length = 0;
	}

	at(pos: number): number {
		const text = this.#text;
		for (; this.#i < pos; this.#i++) {
			const c = text.charCodeAt(this.#i);
			if (c === 0xff08 || c === 0x28) this.#outer.push(this.#start);
			else if (c === 0xff09 || c === 0x29) this.#start = this.#outer.pop() ?? this.#floor;
			else if (c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a) this.#start = this.#i + 1;
		}
		return this.#start;
	}

	/** Is the last position read inside brackets? */
	get inBrackets(): boolean {
		return this.#outer.length > 0;
	}
}

/** The most characters before a figure that are read for its subject, scope and kind. */
const MAX_PREFIX = 120;

/** Words between a subject and its change word: 财政收入比上年增加 → 财政收入. */
const COMPARED_WITH = /^(?:比|较|与)(?:上年|去年|上年末|上年底|上年同期|同期|上月|上季|年初|上年初|(?:19|20)[0-9]{2}年(?:底|末|初|同期)?)(?:相比)?(?:[也还均都]?将)?$/;
const COMPARED_FIRST = new CharSet('比较与');
// 比上年同口径增加…, 同口径增长…, 按相同口径比上年增长…: the basis of the comparison is no subject either.
const COMPARISON_WORDS = ['比上年末', '比上年', '比去年', '较上年', '较去年', '比上月', '比上季', '同比', '环比', '实际', '名义', '年均', '每年', '平均', '累计', '分别', '共', ...COMPARISON_BASIS_WORDS, '，'];

interface Prefix {
	subject: string;
	scope: string;
	region: string;
	kind: ClaimKind;
	direction: Direction | undefined;
	whole: string | undefined;
	comparative: boolean;
	annualAverage: boolean;
	real: boolean;
}

/** A reading with every field present from the start, in one order: one shape for all (a field added later grows the object). */
function prefixOf(subject: string, scope: string, region: string, kind: ClaimKind, direction: Direction | undefined, whole: string | undefined, comparative: boolean, annualAverage: boolean, real: boolean): Prefix {
	return { subject, scope, region, kind, direction, whole, comparative, annualAverage, real };
}

/** Read the words between the clause start and the figure. */
function readPrefix(raw: string, q: ScannedQuantity, datedApart = false): Prefix {
	const scoped = readScope(normalizePrefix(raw));
	// readKind's object is new, made with its scope and region and every field in one shape (neither copied nor grown).
	const p = readKind(scoped.rest, q, scoped.time, scoped.region);
	// A date between the subject and its figure is a scope too: 合作化手工业的产值一九五二年为二·五亿元, 居民消费价格一季度同比
	// 上涨2.2%.
	const date = trailingDate(TRAILING_DATE, p.subject, false);
	if (date && date.index >= 2) {
		const head = p.subject.slice(0, date.index);
		// 供销合作社的收购额在一九五七年为…: 在 before the date is no part of the subject (存在, 所在, 现在 are words); nor 到 or
		// 至 (社会商品零售总额到一九五七年将达到…: the year reached).
		p.subject = trimEndChars(zaiBeforeDate(head, date.index - 1) || (date.index >= 3 && TO_BEFORE_DATE.has(head.charCodeAt(date.index - 1))) ? head.slice(0, -1) : head, '的');
		// Not when a year of its own stands right before the figure (工业产值在一九六五年将由一九六〇年的…: the figure is 1960's).
		if (p.scope === '' && !datedApart) p.scope = date[0];
	}
	// 在 and a date inside the subject (the older official style): 供销合作社加工工业在一九五七年的总产值为…, 商业部系统在一九五七年
	// 购进商品额将为…, 国营工业产值在一九五七年比一九五二年增长…: the date is the figure's scope, the words around it the subject.
	const at = p.subject.indexOf('在');
	const inner = zaiBeforeDate(p.subject, at) ? DATE_IN_SUBJECT.exec(p.subject.slice(at)) : null;
	if (inner) {
		const words = p.subject.slice(at + inner[0].length);
		const rest = stripSuffixWords(words, AFTER_INNER_DATE);
		if (!NOT_INNER_DATE.test(rest)) {
			p.subject = trimEndChars(p.subject.slice(0, at), '的') + (inner[2] !== undefined && rest !== '' ? '的' : '') + rest;
			// …在一九五七年比一九五二年增长: the year read as the scope is the base's after 比; the figure's is the inner one.
			// Not when a year of its own stands right before the figure (在一九五四年将由一九四九年的百分之三十七增加到…:
			// 百分之三十七 is 1949's).
			if (words.endsWith('比') || (p.scope === '' && !datedApart)) p.scope = inner[1]!;
		}
	}
	return p;
}

/** The words of a year reached right before its date (到, 至): 社会商品零售总额到一九五七年将达到…. */
const TO_BEFORE_DATE = new CharSet('到至');
/** Characters before 在 that make a word of it (存在, 所在, 现在, 正在, 实在). */
const WORDS_IN_ZAI = new CharSet('存所现正实');
const ZAI = '在'.charCodeAt(0);
/**
 * Whether the 在 at `at` of a subject can be the one before a date (its caller reads the date), no part of the
 * subject (供销合作社的收购额在一九五七年, 供销合作社加工工业在一九五七年的总产值): after at least two characters of the
 * subject, and no word of which it is part. The one test of both places that take such a 在 out.
 */
function zaiBeforeDate(subject: string, at: number): boolean {
	return at >= 2 && subject.charCodeAt(at) === ZAI && !WORDS_IN_ZAI.has(subject.charCodeAt(at - 1));
}
/** 在 and a year right after it, at the start of what follows a subject's first words (在一九五七年的, 在2020年末). */
const DATE_IN_SUBJECT = /^在((?:(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年(?:末|底)?)(的)?/;
/** Words after an inner date that are no part of the subject: 将 (为), 已经 (达到), 比 (the base year was read apart). */
const AFTER_INNER_DATE = ['已经', '将', '已', '又', '还', '比'];
/** What follows 在 and a year that makes it no date of the figure: 在2010年的基础上 (a base), 在2020年以前, 在2020年中. */
const NOT_INNER_DATE = /^(?:基础|水平|以|之|前|后|内|中|间|里|上|下)/;

/** A period alone (五年, 近三年, 十年来). */
const PERIOD_ONLY = /^(?:近|过去|这)?(?:[一二三四五六七八九十两]|[0-9]{1,2})年(?:来|间|中|里|内)?$/;

const TRAILING_DATE = /(?:(?:(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年(?:末|底|初|度)?|(?:前|第)?[一二三四]季度|[上下]半年)$/;

/** The kind of figure and what it measures, from the words before it (the scope already taken away). */
function readKind(rest: string, q: ScannedQuantity, scope: string, region: string): Prefix {
	let s = rest;
	const comparative = (s.includes('比') || s.includes('较')) && /比上年|同比|比去年|较上年|比上年末|比上月|较去年|比上季|环比/.test(s);
	const annualAverage = s.includes('年均') || s.includes('每年');
	const real = s.includes('实际') || s.includes('可比价') || s.includes('不变价');
	let kind: ClaimKind = q.kind === 'percent' ? 'level' : 'amount';
	let direction: Direction | undefined;
	let whole: string | undefined;

	// 拉动国内生产总值增长4.3个百分点; 货物和服务净出口向下拉动国内生产总值0.6个百分点
	const pullAt = q.kind === 'percentagePoint' ? s.indexOf('拉动') : -1;
	if (pullAt >= 0) {
		// 向下拉动国内生产总值0.6个百分点 and 拉动国内生产总值下降0.5个百分点 are both negative.
		const before = s.slice(0, pullAt);
		const after = s.slice(pullAt + 2);
		const downBefore = before.endsWith('向下');
		const downAfter = after.endsWith('下降');
		const whole = stripSuffixWords(after, GROWTH_WORDS);
		return prefixOf(clean(downBefore ? before.slice(0, -2) : before), scope, region, 'contribution', downBefore || downAfter ? 'down' : 'up', clean(whole), comparative, annualAverage, real);
	}
	// 占国内生产总值比重为7.1%; 占进出口总额的53.5%; 比重为38.3%; 占比
	// 最终消费支出对国内生产总值增长的贡献率为57.8%: a share of the growth.
	const rateAt = q.kind === 'percent' ? s.indexOf('贡献率') : -1;
	if (rateAt >= 0 && stripSuffixWords(s.slice(rateAt + 3), RATE_TAIL_WORDS) === '') {
		// 资本形成总额的贡献率为31.2%: without 对…, the growth is the one of the rate before it in the sentence.
		const before = stripSuffixWords(s.slice(0, rateAt), OF_WORDS);
		const to = before.lastIndexOf('对');
		const subject = clean(to >= 0 ? before.slice(0, to) : before);
		return prefixOf(subject, scope, region, 'share', undefined, to >= 0 ? `对${clean(stripSuffixWords(before.slice(to + 1), OF_WORDS))}的贡献率` : undefined, comparative, annualAverage, real);
	}
	// 与国内生产总值之比为2.55%: a share of the whole named after 与.
	const ratioAt = s.lastIndexOf('之比');
	if (ratioAt >= 0 && stripSuffixWords(s.slice(ratioAt + 2), RATE_TAIL_WORDS) === '') {
		const before = s.slice(0, ratioAt);
		const withAt = before.lastIndexOf('与');
		if (q.kind === 'percent' && withAt >= 0) {
			return prefixOf(clean(before.slice(0, withAt)), scope, region, 'share', undefined, clean(before.slice(withAt + 1)), comparative, annualAverage, real);
		}
	}
	// 城乡居民人均可支配收入比值为2.45: the urban figure over the rural one.
	const quotientAt = s.lastIndexOf('比值');
	if (quotientAt > 2 && q.kind === 'number' && q.unit === '' && s.startsWith('城乡') && stripSuffixWords(s.slice(quotientAt + 2), RATE_TAIL_WORDS) === '') {
		return prefixOf(clean(s.slice(0, quotientAt)), scope, region, 'level', undefined, `城乡比值:${s.slice(2, quotientAt)}`, comparative, annualAverage, real);
	}
	// 研发经费支出60亿元，相当于地区生产总值的3.0% (相当于全市生产总值的比例达到2.8%): a share of the whole named after
	// 相当于 — not of a time (相当于上年的95%, 相当于2012年底的…: a change) nor of an average (相当于全国平均水平的80%).
	const equalAt = q.kind === 'percent' ? s.lastIndexOf('相当于') : -1;
	if (equalAt >= 0 && !s.includes('占')) {
		const named = stripSuffixWords(stripSuffixWords(stripSuffixWords(s.slice(equalAt + 3), IS_WORDS), SHARE_WORDS), OF_WORDS);
		if (named !== '' && s.slice(equalAt + 3).length > named.length && !EQUAL_TO_NO_WHOLE.test(named)) {
			return prefixOf(clean(s.slice(0, equalAt)), scope, region, 'share', undefined, clean(named), comparative, annualAverage, real);
		}
	}
	const shareAt = q.kind === 'percent' || q.kind === 'tenth' ? s.indexOf('占') : -1;
	if (shareAt >= 0) {
		// 占国内生产总值比重为 / 占进出口总额的 / 占全国人口比重（城镇化率）为
		// 占地区生产总值比重提升至5.81%: the share's level after its change.
		let whole = stripSuffixWords(stripSuffixWords(s.slice(shareAt + 1), IS_WORDS), SHARE_CHANGE_WORDS);
		if (whole.endsWith('）')) whole = whole.slice(0, Math.max(0, whole.lastIndexOf('（')));
		whole = stripSuffixWords(stripSuffixWords(whole, SHARE_WORDS), OF_WORDS);
		// 制造业和房地产业所占比重: 所 is no part of the names (制造业, 房地产业) when no whole follows 占; 科研院所占全部…的比重
		// keeps it (科研院所).
		const part = whole === '' && s.charCodeAt(shareAt - 1) === 0x6240 /* 所 */ ? s.slice(0, shareAt - 1) : s.slice(0, shareAt);
		return prefixOf(clean(part), scope, region, 'share', undefined, clean(whole), comparative, annualAverage, real);
	}
	// 经济增长预期目标为5%左右, 今年经济增长目标确定为5.5%: the growth a target sets, a change of what grows.
	const target = q.kind === 'percent' && s.includes('目标') ? GROWTH_TARGET.exec(s) : null;
	if (target) return prefixOf(clean(target[1]!), scope, region, 'change', 'up', undefined, comparative, annualAverage, real);
	if (q.kind === 'percent') {
		const bare = stripSuffixWords(s, IS_WORDS);
		for (const w of ['比重', '占比', '份额']) {
			if (bare.endsWith(w)) return prefixOf(clean(bare.slice(0, -w.length)), scope, region, 'share', undefined, undefined, comparative, annualAverage, real);
		}
	}
	// 增幅45.2%; 增速为5.7%
	// (Index loops over the word lists: for…of makes an iterator for each figure, even over an empty list.)
	const rateWords = s.includes('幅') || s.includes('速') ? RATE_WORDS : NO_WORDS;
	for (let r = 0; r < rateWords.length; r++) {
		const w = rateWords[r]!;
		const at = s.lastIndexOf(w);
		if (at >= 0 && /^(?:为|达|达到|是)?$/.test(s.slice(at + w.length))) {
			return prefixOf(clean(s.slice(0, at)), scope, region, 'change', w === '降幅' || w === '跌幅' ? 'down' : 'up', undefined, true, annualAverage, real);
		}
	}
	// 比上年增长5.2%; 增加2.8万元; 提高0.5个百分点; 由…增加到… (the to-figure is handled by the caller)
	// 上升为45.5亿元, 增加到…, 提高至…: the value it went to, an amount (by the caller, a to-figure when a from-figure
	// stands before it).
	const lastChar = s.charCodeAt(s.length - 1);
	const toValue = lastChar === 0x4e3a /* 为 */ || lastChar === 0x5230 /* 到 */ || lastChar === 0x81f3; /* 至 */
	// 城镇化率提高到66.2% with no from-figure: the word of the change goes with 到 out of the subject, as after 由A.
	const tail = stripSuffixWords(toValue && lastChar !== 0x4e3a ? s.slice(0, -1) : s, BEFORE_FIGURE_WORDS);
	const changes = CHANGE_LAST.has(tail.charCodeAt(tail.length - 1)) ? CHANGES : NO_CHANGES;
	for (let ch = 0; ch < changes.length; ch++) {
		const [w, dir] = changes[ch]!;
		if (tail.endsWith(w)) {
			kind = toValue && q.kind !== 'percentagePoint' ? kind : 'change';
			direction = dir;
			s = tail.slice(0, -w.length);
			break;
		}
	}
	if (kind === 'change') {
		s = stripSuffixWords(s, COMPARISON_WORDS);
		// 比2023年底净增…, 较上年同期增长…: the period compared with, not a subject.
		if (COMPARED_FIRST.has(s.charCodeAt(0)) && COMPARED_WITH.test(s)) s = '';
	}
	return prefixOf(clean(s), scope, region, kind, direction || undefined, whole || undefined, comparative, annualAverage, real);
}

/** The subject as a comparable noun phrase: 全年国内生产总值 → 国内生产总值 (the scope is kept apart). */
function clean(s: string): string {
	const t = stripTrailing(readScope(trimStartChars(s, SEPARATORS)).rest);
	return trimEndChars(trimStartChars(t, SEPARATORS), SEPARATORS);
}

const SKIP_KINDS = new Set(['year', 'ordinal']);
/** Units that grade rather than count when written in Chinese numerals. */
const GRADE_UNITS = new Set(['级', '类', '档', '星', '等']);
/** Periods, not figures: 一季度, 三年, 6月. */
const PERIOD_UNITS = new Set(['季度', '年度', '月', '个月', '日', '天', '周', '年', '小时', '分钟', '秒']);

/** The year of a date: 2007年的 → 2007, 一九五七年 → 1957. */
/** The year a date names (2020年, 一九五二年末): in digits or in characters. */
export function yearOf(date: string | undefined): number | undefined {
	const m = date === undefined ? null : /((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年/.exec(date);
	if (!m) return undefined;
	return /[0-9]/.test(m[1]!) ? Number(m[1]) : Number([...m[1]!].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
}

/**
 * A figure that qualifies the noun after it: 的 and a noun (…10亿元的项目, …6.5%的目标, …1000元的标准), or a band's bound
 * and its noun (30岁及以下党员, 5000万元以上项目), or a session of a Party congress (十一届三中全会) — not 的 and a
 * part or a multiple of the figure in words (占…投资二四八·五亿元的百分之七·二, …的三分之一, …的一·九倍): the figure is the
 * whole that part is of, stated.
 */
const ATTRIBUTIVE = /(?:(?:以上|以下|以内|左右)?的(?!百分之|[一二三四五六七八九十两]分之|[〇一二三四五六七八九十两·点]+倍)[\u4e00-\u9fff]|及?(?:以上|以下)[\u4e00-\u9fff]|[一二三四五六七八九]中全会)/y;

/** Does an attribute's noun follow the figure (ATTRIBUTIVE at `end`; sticky: no copy of the text after each figure)? */
function attributive(text: string, end: number): boolean {
	// (Only after a character the pattern opens with: most figures are followed by none, and no pattern is run.)
	if (!ATTRIBUTIVE_FIRST.has(codeAt(text, end))) return false;
	ATTRIBUTIVE.lastIndex = end;
	return ATTRIBUTIVE.test(text);
}
const ATTRIBUTIVE_FIRST = new CharSet('以左的及一二三四五六七八九');

/** Does `text` end with `word` at `at` (no copy of the text before it)? */
function endsWithAt(text: string, at: number, word: string): boolean {
	return at >= word.length && text.startsWith(word, at - word.length);
}

/** The most characters of a figure's context. */
const CONTEXT = 40;

/** Is the character white space to a regular expression's \s (\u3000 among them)? */
function isJsSpace(c: number): boolean {
	if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The longest bracketed aside read after a subject for an indicator's name (固定资产投资（不含农户）). */
const ASIDE_MAX = 12;
/** An aside that narrows or widens what its subject counts (（不含农户）, （限额以上）, （含…）, （按新口径）). */
const SCOPE_ASIDE = /含|包括|以上|以下|口径|限额|规模/;

/**
 * The bracketed aside the context prints right after the subject, dropped from it (全年固定资产投资（不含农户）503036亿元:
 * `（不含农户）`), or ''. Linear in the context.
 */
function asideOf(subject: string, context: string): string {
	if (subject === '' || !(context.endsWith('）') || context.endsWith(')'))) return '';
	const at = context.lastIndexOf(subject);
	const aside = at < 0 ? '' : context.slice(at + subject.length);
	return aside.length > 2 && aside.length <= ASIDE_MAX && (aside[0] === '（' || aside[0] === '(') ? aside : '';
}

/** A balance named alone (顺差, 逆差, 差额): of what the clause before it balances, when one does (…相抵，顺差). */
function isBalance(subject: string): boolean {
	return subject === '顺差' || subject === '逆差' || subject === '差额';
}
/** What the lexicon's balance balances: goods trade as a whole (进出口相抵, 全年货物进出口相抵). */
const GOODS_TRADE = new RegExp(`^(?:全年)?(?:${WHOLE_REGION})?(?:货物)?(?:进出口|贸易|外贸)?$`);
/** How far back the clause before a balance is looked for. */
const OFFSET_WINDOW = 30;
/** The marks that end a clause. */
const CLAUSE_MARKS = new CharSet('。；，,：:');

/**
 * Is a balance named alone at `at` the balance of goods trade as a whole: no clause before it that balances something
 * else (对美国货物进出口相抵，顺差…; 服务进出口相抵，逆差… are other balances). Reads at most OFFSET_WINDOW characters.
 */
function ofGoodsTrade(text: string, at: number): boolean {
	const from = Math.max(0, at - OFFSET_WINDOW);
	// The clause before the balance's own: it ends at the last clause mark before `at`, and must end on 相抵.
	let end = at - 1;
	while (end >= from && !CLAUSE_MARKS.has(text.charCodeAt(end))) end--;
	if (end < from + 2 || (text[end] !== '，' && text[end] !== ',') || !endsWithAt(text, end, '相抵')) return true;
	let start = end - 2;
	while (start > from && !CLAUSE_MARKS.has(text.charCodeAt(start - 1))) start--;
	return GOODS_TRADE.test(text.slice(start, end - 2));
}

/** The context of a figure at `at` (see RawClaim.context): the claims already read give the figures to mask. */
function contextOf(text: string, clause: number, at: number, claims: readonly RawClaim[]): string {
	const from = Math.max(clause, at - CONTEXT);
	let out = '';
	let i = from;
	// Claims are in order: only the last few can end inside the window.
	for (let k = Math.max(0, claims.length - 8); k < claims.length; k++) {
		const c = claims[k]!;
		if (c.q.end <= from || c.q.start >= at) continue;
		out += text.slice(i, Math.max(i, c.q.start)) + '#';
		i = Math.max(i, c.q.end);
	}
	// Spaces carry no words (a list item's `- 党员总数: 中国共产党…` and the sentence it repeats), nor does an item's number
	// (7.新建充电桩… in an annex repeats 新建充电桩…).
	// A lead-in ending in a colon (年度目标：, 主要内容：) introduces the statement; it is not its words.
	if (out === '') {
		// Most windows mask no figure and hold no space: their words are the text after the last colon, read in one pass
		// with no copy but the result.
		let colon = -1;
		let k = i;
		for (; k < at; k++) {
			const c = text.charCodeAt(k);
			if (c === 0xff1a || c === 0x3a) colon = k;
			else if (isJsSpace(c)) break;
		}
		if (k === at) return text.slice(colon >= 0 ? colon + 1 : i, at).replace(ITEM_MARK, '');
	}
	const words = (out + text.slice(i, at)).replace(/[\s\u3000]+/g, '');
	return words.slice(Math.max(words.lastIndexOf('：'), words.lastIndexOf(':')) + 1).replace(ITEM_MARK, '');
}

/** Claims of one block. */
/** How much text on each side of a figure its surround reads. */
const SURROUND = 40;
/** The least characters a surround needs before its figure, and in all, to name one statement. */
const SURROUND_BEFORE = 8;
const SURROUND_WORDS = 24;

/**
 * The text around a figure that names one statement: its whole clause group (；/。) on both sides of it, or SURROUND
 * characters on a side where the group goes on (parallel lists share the words next to a figure, not the other
 * figures: 农牧渔民34.6万名，企事业单位…专业技术人员29.9万名 of 党员 and of 发展党员), and words enough — as a 52-bit hash of
 * the text on both sides, or 0.
 */
function surroundOf(text: string, segment: { start: number; end: number }, q: ScannedQuantity): number {
	const from = Math.max(segment.start, q.start - SURROUND);
	const to = Math.min(segment.end, q.end + SURROUND);
	if (q.start - from < SURROUND_BEFORE || q.start - from + to - q.end < SURROUND_WORDS) return 0;
	// Two hashes (FNV-1a and djb2) of the text before, # for the figure's place, and the text after; written out, with no
	// closure made per figure.
	let h1 = 0x811c9dc5;
	let h2 = 5381;
	for (let k = from; k < q.start; k++) {
		const c = text.charCodeAt(k);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = (Math.imul(h2, 33) + c) | 0;
	}
	h1 = Math.imul(h1 ^ 0x23, 0x01000193);
	h2 = (Math.imul(h2, 33) + 0x23) | 0;
	for (let k = q.end; k < to; k++) {
		const c = text.charCodeAt(k);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = (Math.imul(h2, 33) + c) | 0;
	}
	work.claims += to - from;
	return (h1 >>> 0) * 0x100000 + (h2 & 0xfffff) + 1;
}

export function scanClaims(text: string, quantities: readonly ScannedQuantity[], lexicon: Lexicon = builtinLexicon): RawClaim[] {
	const out: ClaimDraft[] = [];
	work.claims += 2 * text.length + quantities.length;
	// A block without figures has no claims: its segments are not read.
	if (quantities.length === 0) return out;
	const segments = splitSegments(text);
	const clauses = new ClauseCursor(text);
	let seg = 0;
	let cursorSegment = -1;
	let lastSubject = '';
	// The statistic the segment states of its own before its parts (其中…), of a whole year: the one a counterpart named
	// alone after it is the counterpart of (counterpartOf); and that counterpart's name as read and as renamed, for a share
	// of it (占支出的81%).
	let segmentWhole = '';
	let partsOpened = false;
	let renamed: [string, string] | undefined;
	// The region last named in the clause group (全国…，…；, 全国…，全市…，…): the region of its later figures that name none.
	let lastRegion = '';
	let lastSegment = -1;
	let group: RespectivelyGroup | undefined;
	let yearSentence = -1;
	let sentenceYear: number | undefined;
	let sentencePeriod: SentencePeriod | undefined;
	let sentenceAmong: string | undefined;
	for (let n = 0; n < quantities.length; n++) {
		const q = quantities[n]!;
		if (SKIP_KINDS.has(q.kind) || q.rangeEnd !== undefined || PERIOD_UNITS.has(q.unit)) continue;
		// A grade or a class in words (达到二级以上标准, 劣三级, 一类水质) names a level, not a count.
		if (GRADE_UNITS.has(q.unit) && !/[0-9０-９]/.test(q.text)) continue;
		// 十种有色金属增长13.2%: the count opens an indicator's name.
		if (lexicon.countOpensName(text, q.start)) continue;
		// “五位一体”, “四个全面”: a count in words right after an opening quote names a formula.
		if (OPENING_QUOTES.has(text.charCodeAt(q.start - 1)) && !/[0-9０-９]/.test(q.text)) continue;
		// A figure used as an attribute — a threshold or a target (总投资超过10亿元的项目, 增长6.5%的预期目标) — states
		// nothing of its own; the total investment of the projects it names does (总投资223亿元的…工程295项).
		if (attributive(text, q.end) && !(q.approx === 'exact' && endsWithAt(text, q.start, '总投资'))) continue;
		while (seg < segments.length - 1 && segments[seg]!.end < q.start) seg++;
		const segment = segments[seg];
		if (!segment) break;
		if (seg !== lastSegment) {
			lastSubject = '';
			segmentWhole = '';
			partsOpened = false;
			renamed = undefined;
			lastRegion = '';
			lastSegment = seg;
		}
		if (segment.sentence !== yearSentence) {
			yearSentence = segment.sentence;
			// The sentence's first segment opens it (a sentence's later segments follow a ；).
			const opening = segments[seg - 1]?.sentence === segment.sentence ? undefined : SENTENCE_YEAR.exec(text.slice(segment.start, segment.start + 12));
			sentenceYear = opening ? yearOf(opening[0]) : undefined;
			sentencePeriod = opening === null ? sentencePeriodOf(text, segment.start) : undefined;
			// 在实际使用外商直接投资金额中，制造业…所占比重分别为…: the whole of the sentence's shares that name none.
			// 全国 stays in the whole (在全国实际使用外商直接投资金额中 in a province's communiqué: no table of its own).
			const among = segments[seg - 1]?.sentence === segment.sentence ? null : AMONG_LEAD.exec(text.slice(segment.start, segment.start + AMONG_MAX));
			sentenceAmong = among ? (among[1] ?? '') + among[2]! : undefined;
		}
		// The clause before the figure; a figure earlier in the clause ends the prefix (增加2.8万元，增幅45.2%).
		if (seg !== cursorSegment) {
			clauses.segment(segment.start);
			cursorSegment = seg;
		}
		const clause = clauses.at(q.start);
		let from = Math.max(clause, q.start - MAX_PREFIX);
		const prev = out.length > 0 && out[out.length - 1]!.segment === seg ? out[out.length - 1]!.q : undefined;
		if (prev && prev.end > from && prev.end <= q.start) from = prev.end;
		const rawPrefix = text.slice(from, q.start);
		work.claims += rawPrefix.length;
		// 由A增加到B (由2020年的A增加到2023年的B): the from-figure and the to-figure; a date between is a scope.
		let fromTo: 'from' | 'to' | undefined;
		const dated = trailingDate(DATE_BEFORE_FIGURE, rawPrefix, true);
		const undated = dated ? rawPrefix.slice(0, dated.index) : rawPrefix;
		// 由每人每年50元提高到100元: the unit a standard is set per stands between 由 and the figure, as a date does.
		// (Matched on the prefix's last characters: a pattern anchored only at the end is tried at every position.)
		const perUnit = !dated && PER_UNIT_LAST.has(undated.charCodeAt(undated.length - 1)) ? PER_UNIT_AFTER_FROM.exec(undated.slice(-6)) : null;
		const plain = perUnit ? undated.slice(0, undated.length - perUnit[0].length + 1) : undated;
		const lastChar = plain[plain.length - 1];
		if (lastChar === '由' || lastChar === '从') fromTo = 'from';
		// …增加到B: the word before 到 gives the direction of the change.
		const toWord = lastChar === '到' || lastChar === '至' || lastChar === '为' ? TO_WORDS.find((w) => plain.endsWith(w, plain.length - 1)) ?? (lastChar === '为' ? undefined : '') : undefined;
		if (toWord !== undefined && prev && out.length > 0 && out[out.length - 1]!.fromTo === 'from' && out[out.length - 1]!.q === prev) fromTo = 'to';
		// A年为A，B年将上升为B: the figure before, of an earlier year and of the subject this clause names again (or none), is
		// the one this clause's figure rose or fell from.
		let reachYear: number | undefined;
		const reach = fromTo === undefined && !dated && prev && out[out.length - 1]!.q === prev ? DATED_REACH.exec(withoutNoteMarks(rawPrefix)) : null;
		if (reach) {
			const before = out[out.length - 1]!;
			const year = yearOf(`${reach[1]!}年`);
			const named = reach[2]!.replace(/的$/, '');
			if (before.kind === 'amount' && before.fromTo === undefined && before.unit === (q.kind === 'percent' ? '%' : q.unit) && before.year !== undefined && year !== undefined && before.year < year && !before.inBrackets && !clauses.inBrackets && (named === '' || named === before.subject)) {
				before.fromTo = 'from';
				fromTo = 'to';
				reachYear = year;
			}
		}
		// V，比一九五二年的B增长C: the base after 比 and its year, the figure right before it in its segment the one reached
		// (a footnote mark after the base, 比一九五二年的B[7]增长C, is no word between).
		const reached = fromTo === undefined && dated && prev && out[out.length - 1]!.q === prev ? out[out.length - 1]! : undefined;
		if (reached && BASE_AFTER.test(undated) && reached.kind === 'amount' && reached.fromTo === undefined && reached.unit === q.unit && q.kind !== 'percent' && CHANGE_AFTER_BASE.test(withoutNoteMarks(text.slice(q.end, q.end + 10)))) {
			fromTo = 'from';
			reached.fromTo = 'to';
		}
		// 增长4.1%、4.7%和5.8%: a figure after a bare connector is another of the same kind as the one before.
		const prevClaim = out.length > 0 && out[out.length - 1]!.segment === seg ? out[out.length - 1] : undefined;
		const continues = prevClaim !== undefined && CONNECTORS.has(rawPrefix.trim());
		const p = continues
			? inherit(prevClaim)
			: readPrefix(fromTo === 'to' ? '' : fromTo === 'from' ? plain.slice(0, -1) : rawPrefix, q, dated !== null);
		if (group && (!continues || group.segment !== seg)) group = closeGroup(group, out);
		// 五年提高3.5个百分点: a period alone names no statistic; the figure speaks of the subject before it.
		const periodOnly = p.subject.includes('年') && PERIOD_ONLY.test(p.subject);
		// …将达到三〇一·六亿元，还占全国工业总产值的百分之五六·三: a share whose words before 占 are adverbs alone names no
		// statistic; it is the share of the subject before it — not when the share states a time of its own (…一六〇·九亿元，
		// 一九五七年还占…: the amount before is of another year).
		const adverbsOnly = p.kind === 'share' && p.whole !== undefined && p.scope === '' && ADVERBS_ONLY.test(p.subject);
		let subject = periodOnly || adverbsOnly ? '' : p.subject;
		if (!continues && rawPrefix.includes('分别')) {
			// X、Y、Z…分别…: the figures that follow are X's, Y's and Z's, in order.
			// 一、二、三产业分别实现增加值…: the measure written after 分别 is each item's.
			const at = p.subject.lastIndexOf('分别');
			const measure = at > 0 ? MEASURE_AFTER_RESPECTIVELY.exec(p.subject.slice(at + 2))?.[1] : undefined;
			const subjects = respectiveSubjects(measure === undefined ? p.subject : p.subject.slice(0, at)).map((x) => (measure === undefined || x.endsWith(measure) ? x : x + measure));
			group = { segment: seg, sentence: segment.sentence, first: out.length, subjects };
			if (subjects.length > 0) subject = subjects[0]!;
		} else if (!continues && p.kind === 'amount' && fromTo === undefined && JOINED_NAMES.test(p.subject)) {
			// X、Y达到A和B (no 分别): as many amounts joined as names listed are X's and Y's, in order; told when the list closes.
			const subjects = respectiveSubjects(p.subject);
			if (subjects.length > 0) group = { segment: seg, sentence: segment.sentence, first: out.length, subjects, implicit: true };
		}
		// 基层党委：30.6万个 (a list of key figures, a summary's items): the label before the colon is the subject.
		const colon = clause > 0 ? text.charCodeAt(clause - 1) : -1; // (text[-1] would read a string's property by name)
		const afterColon = colon === 0xff1a || colon === 0x3a;
		const labelled = subject === '' && !continues && fromTo === undefined && afterColon && rawPrefix.trim() === '' ? labelBefore(text, clause - 1) : '';
		if (labelled !== '') subject = labelled;
		// 地方财政一般预算收入678.4亿元，…，支出1441.1亿元: a counterpart named alone after the statistic is that statistic's
		// counterpart (地方财政一般预算支出) — the whole's of the segment, not a 其中 part's; an amount of it alone (not 支出比上年
		// 增加…, 支出累计…), in a sentence on no part of a year (1-11月，…).
		if (!continues && fromTo === undefined && sentencePeriod === undefined && COUNTERPART_LAST.has(rawPrefix.charCodeAt(rawPrefix.length - 1)) && COUNTERPART_ALONE.test(rawPrefix)) {
			const named = counterpartOf(segmentWhole, subject);
			if (named !== subject) renamed = [subject, (subject = named)];
		}
		// A figure without a subject of its own speaks of the subject before it in the segment (出口…，增长0.6%); the
		// subject of an aside in brackets is not carried past it (纯收入为397元（包括…外出人口寄回的42元），比上年增加42元).
		if (subject === '' || fromTo === 'to') subject = stockAfterIncrement(lastSubject, rawPrefix);
		// 生产性建设投资1230亿元，投资比重由68.6%上升到72.2%: a share named by the head of the subject before it in the
		// segment (投资 of 生产性建设投资), with no whole, is that subject's share.
		else if (p.kind === 'share' && p.whole === undefined && !continues && lastSubject.length > subject.length && lastSubject.endsWith(subject)) subject = lastSubject;
		else if (clauses.inBrackets) {
			// an aside: the subject before it goes on
		} else if (p.kind !== 'contribution' && p.kind !== 'share') lastSubject = subject;
		else if (p.kind === 'share' && subject !== '') lastSubject = subject;
		if (fromTo === 'from' && subject === '') {
			let before = clean(normalizePrefix(text.slice(Math.max(clause, from - MAX_PREFIX), from)).replace(/(?:由|从)$/, ''));
			// 全社会研究与实验发展经费，从2002年1288亿元增加到…: the clause before, a name alone, is the subject.
			if (before === '' && text[clause - 1] === '，') before = nameClauseBefore(text, clause - 1);
			subject = before;
			lastSubject = before;
		}
		if (p.region !== '') lastRegion = p.region;
		const claim: ClaimDraft = {
			context: contextOf(text, clause, q.start, out),
			surround: surroundOf(text, segment, q),
			// The figure reached (由A增加到B) names its subject in the words before A.
			ownSubject: fromTo === 'to' ? out[out.length - 1]!.ownSubject : ((p.subject !== '' && !periodOnly) || labelled !== '') && !continues,
			part: rawPrefix.includes('其中'),
			// A label that names a year (- 支部（2020年）: 9.6万个) dates its figure.
			year: yearOf(dated?.[0]) ?? reachYear ?? (fromTo === 'to' ? yearOf(TO_DATE.exec(plain)?.[0]) : undefined) ?? yearOf(p.scope) ?? (labelled !== '' ? yearOf(clauseEndingAt(text, clause - 1, LABEL_MAX)) : undefined),
			sentenceYear,
			// Present even when undefined: a spread in the literal builds every claim by the slow path.
			sentencePeriod,
			q,
			qIndex: n,
			local: out.length,
			inBrackets: clauses.inBrackets,
			value: q.value,
			text: q.text,
			unit: q.kind === 'percent' ? '%' : q.unit,
			step: q.step,
			exact: printedExactly(q),
			kind: fromTo === 'to' ? toKind(out[out.length - 1]!) : p.kind,
			subject,
			key: subject,
			scope: p.scope,
			region: p.region || lastRegion,
			comparative: p.comparative,
			annualAverage: p.annualAverage,
			real: p.real,
			segment: seg,
			sentence: segment.sentence,
			// Every optional field present from the start, so that all claims share one shape (the relation and table passes
			// read them fast); JSON and the claims built from them leave out the undefined ones.
			direction: undefined,
			whole: undefined,
			fromTo: undefined,
			topic: undefined,
			among: undefined,
			output: undefined,
			indicator: undefined,
			base: undefined,
			qualifier: undefined,
			wholeKey: undefined,
			counted: countedWords(text, q),
			quotedName: false,
		};
		claim.quotedName = claim.counted !== '' && quotedName(text, q, claim.counted);
		const direction = fromTo === 'to' && toWord ? (CHANGES.find(([w]) => w === toWord)?.[1] ?? 'up') : p.direction;
		if (direction) claim.direction = direction;
		if (p.whole !== undefined) claim.whole = renamed !== undefined && p.whole === renamed[0] ? renamed[1] : p.whole;
		// 占…比重由30.5%提高到35.2%: the figure reached is a share of the same whole.
		else if (fromTo === 'to' && claim.kind === 'share' && out[out.length - 1]!.whole !== undefined) claim.whole = out[out.length - 1]!.whole;
		// A share that names no whole in a sentence opened by 在X中，: of X, as the table pass reads it.
		if (claim.kind === 'share' && !claim.whole && sentenceAmong !== undefined) claim.amongSentence = sentenceAmong;
		if (fromTo) claim.fromTo = fromTo;
		if (perUnit || (fromTo === 'to' && out[out.length - 1]?.fromTo === 'from' && out[out.length - 1]!.perUnit)) claim.perUnit = true;
		if (continues && group && group.subjects.length > 0 && !group.implicit) claim.subject = group.subjects[out.length - group.first] ?? claim.subject;
		// 在校学生604.8万人，占高中阶段在校学生总数1322万人的45.7%: the amount inside 占…的 is the whole, named by the words
		// before it; the rate after 的 is the share of it of the amount before 占.
		const inner = prevClaim;
		// (The amount before 占 past an aside in brackets: …604.8万人（含技工学校学生133.2万人），占…; at most a few figures.)
		let partBefore: RawClaim | undefined;
		for (let k = out.length - 2, n = 0; inner && rawPrefix === '的' && k >= 0 && n < 4 && out[k]!.segment === seg; k--, n++) {
			if (!out[k]!.inBrackets) {
				partBefore = out[k];
				break;
			}
		}
		// 其中民间投资占全部投资250亿元的9.0%: the part named before 占 in the amount's own words — its amount unstated — and
		// the amount inside 占…的 the whole, not an item of the 其中 list.
		const innerShareAt = q.kind === 'percent' && inner && rawPrefix === '的' && inner.kind === 'amount' && inner.ownSubject ? inner.subject.indexOf('占') : -1;
		const named = innerShareAt > 0 ? inner!.subject.slice(0, innerShareAt) : '';
		const partName = named !== '' && !ADVERBS_ONLY.test(named) ? named : partBefore && partBefore.kind === 'amount' && partBefore.unit === inner?.unit ? partBefore.subject : '';
		if (innerShareAt >= 0 && innerShareAt < inner!.subject.length - 1 && partName !== '') {
			const whole = inner!.subject.slice(innerShareAt + 1);
			inner!.subject = whole;
			inner!.key = whole;
			inner!.part = false;
			claim.kind = 'share';
			claim.subject = partName;
			claim.key = partName;
			claim.whole = whole;
			claim.ownSubject = false;
		}
		if (claim.part) partsOpened = true;
		else if (!partsOpened && claim.ownSubject && !claim.inBrackets && WHOLE_YEAR_SCOPE.test(claim.scope)) segmentWhole = subject;
		else if (!partsOpened && claim.ownSubject && !claim.inBrackets) segmentWhole = '';
		out.push(claim);
	}
	if (group) closeGroup(group, out);
	const topic = TOPIC_LEAD.exec(text)?.[1];
	if (topic !== undefined) for (const c of out) c.topic = topic;
	const among = AMONG_LEAD.exec(text)?.[2];
	if (among !== undefined) for (const c of out) c.among = among;
	// What each subject names: the indicator of the lexicon, the key figures are related by.
	// Read only in a block with a product named alone (most have none).
	let production: ProductionWords | undefined;
	let lastOutput: ClaimDraft | undefined;
	for (const c of out) {
		if (namesOutput(c.subject, c.unit) && (production ??= new ProductionWords(text, segments)).before(c.sentence, c.q.start)) c.output = true;
		// 水产品由一六一·四万吨增为二七四·六万吨，增长百分之七〇·一: the rate of a product's output in its segment, named as the
		// output was, is that output's (its key too), not a rate of the word.
		else if (c.unit === '%' && c.kind === 'change' && lastOutput !== undefined && lastOutput.segment === c.segment && lastOutput.subject === c.subject) c.output = true;
		if (c.output) lastOutput = c;
		// A subject with an aside on its scope names the indicator the lexicon names with it (固定资产投资（不含农户）), or none:
		// 社会消费品零售总额（限额以上） is not 社会消费品零售总额. A balance named alone is of what the clause before balances.
		const aside = asideOf(c.subject, c.context);
		const named = aside === '' ? undefined : lexicon.resolve(c.subject + aside);
		const other = named === undefined && aside !== '' && SCOPE_ASIDE.test(aside);
		const ind = other || (isBalance(c.subject) && !ofGoodsTrade(text, c.q.start)) ? undefined : named ?? lexicon.resolve(c.subject) ?? (c.output ? lexicon.resolve(`${c.subject}产量`) : undefined) ?? soFar(lexicon, c.subject, c.scope);
		if (ind) c.indicator = ind.name;
		if (other) c.subject += aside;
		c.key = ind?.name ?? c.subject;
		// An indicator of its own with no partition (外商投资企业进出口额) may still be one under a qualifier.
		const qualified = ind?.parts ? undefined : lexicon.resolveQualified(c.subject);
		if (qualified) {
			c.base = qualified.indicator.name;
			c.qualifier = qualified.qualifier;
		}
		if (c.whole !== undefined) c.wholeKey = lexicon.resolve(c.whole)?.name ?? c.whole;
	}
	return out;
}

/** A scope of the year or of its months so far (全年, 1-11月, 前三季度, 上半年). */
const YEAR_SO_FAR = /^(?:(?:19|20)[0-9]{2}年)?(?:全年|1[-—–~～至到][0-9]{1,2}月|前[一二三]季度|上半年)$/;
/** 累计 between a statistic and its verb (规模以上工业企业累计实现利润). */
const SUM_SO_FAR = /(?<=[\u4e00-\u9fff]{2})累计(?=实现|完成)/;

/**
 * The indicator a subject with 累计 before its verb names when the figure's scope is the year or its months so far
 * (1-11月规模以上工业企业累计实现利润: the profits of the eleven months, the statistic itself). Without such a scope 累计
 * may sum years or a project's life (五年累计完成…, 一期工程累计完成投资): another statistic.
 */
function soFar(lexicon: Lexicon, subject: string, scope: string): ReturnType<Lexicon['resolve']> {
	return scope !== '' && YEAR_SO_FAR.test(scope) && SUM_SO_FAR.test(subject) ? lexicon.resolve(subject.replace(SUM_SO_FAR, '')) : undefined;
}

/** Classifiers that count things (9个, 10件, 73所, 310条), not measures (万亩, 吨) or grades. */
const CLASSIFIERS = new CharSet(THING_CLASSIFIERS);
const FIGURE_RUN = /[0-9.]+/g;

/** The most characters after a count that are read for the noun it counts. */
const COUNTED = 24;

/**
 * A count in characters that counts (一百四十一个项目, 五个工业部, 八项规定) rather than orders: not an ordinal (第五项,
 * 第十二个五年计划), not a count with an approximation word (十多个: a bound, no count restated), not 零 (零部件).
 */
function countInCharacters(text: string, q: ScannedQuantity): boolean {
	// Nor 零 alone (零部件, 零配件): a word, no count of nothing.
	return q.approx === 'exact' && q.value > 0 && text.charCodeAt(q.start - 1) !== ORDINAL;
}
const ORDINAL = '第'.charCodeAt(0);

/** The words right after a count in digits or characters with a classifier (RawClaim.counted). */
function countedWords(text: string, q: ScannedQuantity): string {
	if (q.unit.length !== 1 || !CLASSIFIERS.has(q.unit.charCodeAt(0)) || (q.digits === '' && !countInCharacters(text, q))) return '';
	const end = Math.min(text.length, q.end + COUNTED);
	// One pass to the end of the words; a copy with figures masked only when a figure stands among them.
	let k = q.end;
	let figures = false;
	for (; k < end; k++) {
		const c = text.charCodeAt(k);
		if ((c >= 0x30 && c <= 0x39) || c === 0x2e) figures = true;
		else if (c < 0x4e00 || c > 0x9fff) break;
	}
	work.claims += k - q.end;
	const words = text.slice(q.end, k);
	return figures ? words.replace(FIGURE_RUN, '#') : words;
}

export const OPENING_QUOTES = new Set([...'“‘「『'].map((c) => c.charCodeAt(0)));
const CLOSING_QUOTES = new Set([...'”’」』'].map((c) => c.charCodeAt(0)));

/**
 * Does the count open a name in quotes that its counted words close (RawClaim.quotedName): an opening quote right before
 * it, a closing one right after its words, no other figure among them (“3个100”工程 is a formula, not a count).
 */
function quotedName(text: string, q: ScannedQuantity, counted: string): boolean {
	return !counted.includes('#') && OPENING_QUOTES.has(text.charCodeAt(q.start - 1)) && CLOSING_QUOTES.has(text.charCodeAt(q.end + counted.length));
}

/** How far back a label before a colon is looked for. */
const LABEL_MAX = 24;

/**
 * The label that ends at the colon at `colon` (`- 基层党委: 30.6万个`, `地区生产总值：609.91亿元`): the words from the line's
 * start or the last clause mark, less a list marker and bold marks, when they are a name (not 其中, 注, a verb).
 */
function labelBefore(text: string, colon: number): string {
	const clause = clauseEndingAt(text, colon, LABEL_MAX);
	if (clause === undefined) return '';
	const label = clause.replace(/^\s*(?:[-*+]|[0-9]+[.、]|（[一二三四五六七八九十]+）)?\s*/, '').replace(/\*+/g, '').trim();
	if (!/^[\u4e00-\u9fff][\u4e00-\u9fff（）()A-Za-z0-9]{1,19}$/.test(label) || /^(?:其中|注|说明|备注|来源|资料来源|数据来源|时间|日期)$|[为是达有]$/.test(label)) return '';
	return clean(normalizePrefix(label));
}

/**
 * The text from the last clause mark or line start before `end` up to it, when one stands within `max` characters;
 * undefined when none does (a clause cut off is no clause).
 */
function clauseEndingAt(text: string, end: number, max: number): string | undefined {
	let start = end;
	while (start > 0 && end - start < max && !CLAUSE_MARK.test(text[start - 1]!)) start--;
	return start === 0 || CLAUSE_MARK.test(text[start - 1]!) ? text.slice(start, end) : undefined;
}
const CLAUSE_MARK = /[，。；：:！？\n]/;

/** The clause that ends at the comma at `comma` when it is a name alone (no figure, no verb of change), or ''. */
function nameClauseBefore(text: string, comma: number): string {
	const clause = clauseEndingAt(text, comma, LABEL_MAX);
	// Not a time or a link (五年来，从…; 同时，从…; 其中，由…).
	if (clause === undefined || !/^[\u4e00-\u9fff]{2,24}$/.test(clause) || /[增减降升提扩]/.test(clause) || /[年来间期时后前中外看]$|^(?:同时|此外|另外|其中|总体|总的|特别|尤其|进而|从而)/.test(clause)) return '';
	return clean(normalizePrefix(clause));
}

/**
 * What the figure reached in 由A…到B is: a share or a level when A is one (城镇化率由55.2%提高到60.1%, 占…比重由30.5%
 * 提高到35.2%), else an amount (由1288亿元增加到3664亿元: not the change).
 */
function toKind(from: RawClaim): RawClaim['kind'] {
	return from.kind === 'share' || from.kind === 'level' ? from.kind : 'amount';
}

/** Words before a figure that make it the stock an increment adds to (…，年末达到35043万户; …，总数达). */
const STOCK_WORDS = /达到|达|增至|增加到|总数|总量|累计|年末/;

/** Statistics named by their last word alone after their counterpart (收入…，支出…; 出口…，进口…), and the counterpart. */
const COUNTERPARTS = new Map([
	['支出', '收入'],
	['收入', '支出'],
	['进口', '出口'],
	['出口', '进口'],
]);

/** The words before a figure that name a counterpart alone (，支出1441.1亿元; 进口为…), not what is said of it (支出比上年增加, 支出累计). */
const COUNTERPART_ALONE = /^[\s，,、和及]*(?:支出|收入|进口|出口)(?:为|达到|达)?$/;
/** What COUNTERPART_ALONE ends with (a prefix ending otherwise is not run through it). */
const COUNTERPART_LAST = new CharSet('出入口为到达');
/** The scope of a statistic of one whole year (none, 全年, 年末, 2015年), not of a part of it (1-11月) nor of the year before. */
const WHOLE_YEAR_SCOPE = /^(?:|全年|年末|年底|当年|本年|(?:(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年(?:末|底)?)$/;
/** Aims before a statistic's name (力争货物出口…): not part of the name of its counterpart. */

/**
 * The statistic a counterpart named alone stands for after the whole statistic of the segment (支出 after
 * 地方财政一般预算收入: 地方财政一般预算支出; 进口 after 力争货物出口: 货物进口), or the subject as read — also when the
 * statistic is of another year (上年…收入).
 */
function counterpartOf(whole: string, subject: string): string {
	const other = COUNTERPARTS.get(subject);
	if (other === undefined || whole.length <= other.length || !whole.endsWith(other) || OTHER_YEAR_OPENING.test(whole)) return subject;
	const stem = whole.slice(0, whole.length - other.length).replace(AIM_OPENING, '');
	return stem === '' ? subject : stem + subject;
}

/**
 * The subject a figure without its own takes from the figure before it: the same, except that the stock after an
 * increment (新增固定电话用户3868万户，年末达到35043万户) counts the whole, not what was added.
 */
function stockAfterIncrement(last: string, prefix: string): string {
	const m = INCREMENT.exec(last);
	if (!m || last.length <= m[0].length + 1) return last;
	const clause = afterLast(prefix, '，。；');
	return STOCK_WORDS.test(clause) ? last.slice(m[0].length) : last;
}

/**
 * Does the sentence speak of production before a position (产量, 生产, 产品) and of nothing else a product's amount can
 * measure (消费, 进口, 销售 …; a capacity 生产能力, a stock 拥有量, what is added 新增的生产设备)? Asked in the order of the
 * positions: one pass over the block's words.
 */
const PRODUCTION_WORDS = /(产量|生产(?!能力)|产品)|消费|消耗|进口|出口|销售|库存|运输|使用|需求|能力|拥有|保有|新增/g;

class ProductionWords {
	readonly #words: { at: number; production: boolean }[] = [];
	readonly #sentenceStart = new Map<number, number>();
	#next = 0;
	#sentence = -1;
	#production = false;
	#other = false;

	constructor(text: string, segments: readonly { start: number; sentence: number }[]) {
		for (const s of segments) if (!this.#sentenceStart.has(s.sentence)) this.#sentenceStart.set(s.sentence, s.start);
		PRODUCTION_WORDS.lastIndex = 0;
		for (let m = PRODUCTION_WORDS.exec(text); m; m = PRODUCTION_WORDS.exec(text)) this.#words.push({ at: m.index, production: m[1] !== undefined });
	}

	before(sentence: number, at: number): boolean {
		if (sentence !== this.#sentence) {
			this.#sentence = sentence;
			this.#production = false;
			this.#other = false;
			const start = this.#sentenceStart.get(sentence) ?? 0;
			while (this.#next < this.#words.length && this.#words[this.#next]!.at < start) this.#next++;
		}
		for (; this.#next < this.#words.length && this.#words[this.#next]!.at < at; this.#next++) {
			if (this.#words[this.#next]!.production) this.#production = true;
			else this.#other = true;
		}
		return this.#production && !this.#other;
	}
}

/** An opening clause that names the whole the block's figures are among: 在城镇投资中，/ 全年规模以上工业企业中， (no scope). */
/** How far into a sentence its opening clause of a whole (AMONG_LEAD) may end. */
const AMONG_MAX = 24;
const AMONG_LEAD = /^\s*(?:在|从)?(?:全年|年末)?(全国)?((?:(?![在的和及与、])[\u4e00-\u9fff]){2,16})中[，：:]/;

/** A lead sentence that names a statistic and the one dimension its figures break it down by: 党员的年龄。 */
const TOPIC_LEAD = /^\s*([\u4e00-\u9fff]{1,10})的((?:(?![和及与])[\u4e00-\u9fff]){1,8})[。：:]/;

/** Words that join a figure to the one before it in a list of figures (a clause never starts with ，). */
const CONNECTORS = new Set(['、', '和', '及', '与', '以及']);

interface RespectivelyGroup {
	readonly segment: number;
	readonly sentence: number;
	/** Index in `out` of the group's first claim. */
	readonly first: number;
	/** Subjects named before 分别, or [] when they are the subjects of the figures before (…元，…元，分别增长…). */
	readonly subjects: readonly string[];
	/** A list of names before amounts joined without 分别: the amounts are theirs only when as many. */
	readonly implicit?: boolean;
}

/** A verb and the measure of a list's items written after its 分别 (分别实现增加值, 分别完成投资). */
const MEASURE_AFTER_RESPECTIVELY = /^(?:实现|完成)(增加值|总产值|产值|营业收入|投资)(?:为|达到|达)?$/;

/** A subject that lists names (地方级财政收入、一般预算全口径财政收入). */
const JOINED_NAMES = /[\u4e00-\u9fff][、和及与][\u4e00-\u9fff]/;

/** The reading of the previous claim, for a figure that continues its list. */
function inherit(c: RawClaim): Prefix {
	return prefixOf('', c.scope, c.region, c.kind, c.direction || undefined, c.whole, c.comparative, c.annualAverage, c.real);
}

/**
 * 第一产业、第二产业、第三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值: the list before 分别, with the
 * noun written once after the last item given to every item. [] when there is no list.
 */
function respectiveSubjects(subject: string): string[] {
	// 三次产业增加值分别为…: the three sectors named at once, in their order.
	const sectors = subject.indexOf(THREE_SECTORS);
	if (sectors >= 0 && !/[、和及与]/.test(subject)) return ['一', '二', '三'].map((n) => `${subject.slice(0, sectors)}第${n}产业${subject.slice(sectors + THREE_SECTORS.length)}`);
	const items = listItems(subject);
	if (items.length < 2) return [];
	// 第一、二、三产业: the ordinals share the 第 before the first and the noun after the last; the sectors' may go without
	// it (一、二、三产业).
	const lastOrdinal = /^([一二三四五六七八九十])(.+)$/.exec(items[items.length - 1]!);
	const ordinal = /^(.*?)(第)?([一二三四五六七八九十])$/.exec(items[0]!);
	if (ordinal && lastOrdinal && (ordinal[2] !== undefined || lastOrdinal[2]!.startsWith('产业')) && items.slice(1, -1).every((x) => /^[一二三四五六七八九十]$/.test(x))) {
		const [, before, , first] = ordinal;
		const noun = lastOrdinal[2]!;
		return [`${before}第${first}${noun}`, ...items.slice(1, -1).map((x) => `${before}第${x}${noun}`), `${before}第${lastOrdinal[1]}${noun}`];
	}
	const first = items[0]!;
	const last = items[items.length - 1]!;
	// A first item ending as a sector or an institution does (企业, 工业, 住宿和餐饮业, 高校, 科研院所) names its noun: the noun
	// written once is what follows the first such ending in the last item (工业和建筑业增加值 → 增加值; 企业、科研院所 → none).
	const end = first[first.length - 1]!;
	if (OWN_NOUN_END.has(end.charCodeAt(0))) {
		const at = last.indexOf(end);
		const tail = at >= 0 ? last.slice(at + 1) : '';
		return items.map((x, i) => (i < items.length - 1 && !x.endsWith(tail) ? x + tail : x));
	}
	// The noun written once after the last item (城镇和农村居民人均可支配收入), unless the first item names its own (地方级财政收入、
	// 一般预算全口径财政收入).
	const ownNoun = first.endsWith(last.slice(-2)) || end === last[last.length - 1];
	const tail = last.length > first.length && items.slice(0, -1).every((x) => x.length === first.length) && !ownNoun ? last.slice(first.length) : '';
	return items.map((x, i) => (i < items.length - 1 ? x + tail : x));
}

/** The three sectors named at once (三次产业增加值, 全市三次产业), in a subject that lists nothing else. */
const THREE_SECTORS = '三次产业';

/** Characters a sector's or an institution's name ends with (制造业, 科研院所, 高校, 医院, 公司, 协会). */
const OWN_NOUN_END = new CharSet('业所院校局厂站馆司社');
/** The most parts (split at 、和及与) an industry's name of the lexicon has (电力、热力、燃气及水生产和供应业: 5). */
const INDUSTRY_PARTS = 5;

/**
 * The names of a list, split at 、和及与 — but an industry of the lexicon (GB/T 4754) is one name, its 和 and 、 its own
 * (租赁和商务服务业、交通运输仓储和邮政业; 批发和零售业、住宿和餐饮业增加值, the last with the noun after it).
 */
function listItems(subject: string): string[] {
	const parts = subject.split(/([、和及与])/);
	const items: string[] = [];
	for (let i = 0; i < parts.length; i += 2) {
		let j = Math.min(parts.length - 1, i + 2 * (INDUSTRY_PARTS - 1));
		for (; j > i; j -= 2) if (isIndustry(parts.slice(i, j + 1).join(''))) break;
		const item = parts.slice(i, j + 1).join('').trim();
		if (item.length > 0) items.push(item);
		i = j;
	}
	return items;
}

/** An industry of the lexicon, or one with a noun after it (住宿和餐饮业增加值). */
function isIndustry(name: string): boolean {
	if (sectionOf(name) !== undefined) return true;
	const at = name.lastIndexOf('业');
	return at > 0 && at < name.length - 1 && !/[、和及与]/.test(name.slice(at + 1)) && sectionOf(name.slice(0, at + 1)) !== undefined;
}

/**
 * Closing a 分别 group without a list of its own: its figures belong, in order, to the amounts stated before it in the
 * sentence (人均国内生产总值5569元，全社会劳动生产率9902元，…，分别比上年增长8.6%和8.3%).
 */
function closeGroup(group: RespectivelyGroup, out: readonly ClaimDraft[]): undefined {
	const members = out.slice(group.first);
	if (group.implicit) {
		// 地方级财政收入、一般预算全口径财政收入达到245亿元和507.8亿元: one amount per name, in one unit; else the names'
		// together (新开工建设和筹措保障性住房1500万平方米、22万套: two measures of both).
		if (group.subjects.length === members.length && members.every((m) => m.unit === members[0]!.unit)) {
			members.forEach((m, i) => {
				m.subject = group.subjects[i]!;
				m.ownSubject = true;
			});
		}
		return undefined;
	}
	if (group.subjects.length > 0) {
		// A list that does not match the figures in number is not theirs: drop the attribution (一般公共预算收入、税收收入和
		// 非税收入分别增长8.1%和5.6%: which two, no telling).
		if (group.subjects.length !== members.length) for (const m of members) m.subject = '';
		return undefined;
	}
	// The distinct amounts of the sentence before the group, the last `members.length` of them (read backwards).
	const subjects: string[] = [];
	for (let k = group.first - 1; k >= 0 && out[k]!.sentence === group.sentence && subjects.length < members.length; k--) {
		const c = out[k]!;
		if (c.kind === 'amount' && c.subject !== '' && !subjects.includes(c.subject)) subjects.unshift(c.subject);
	}
	members.forEach((m, i) => {
		m.subject = subjects.length === members.length ? subjects[i]! : '';
	});
	return undefined;
}
