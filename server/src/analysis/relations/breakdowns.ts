/**
 * Breakdowns: a total and the parts the text lists under it — `党员总数10027.1万名…其中女党员3094.4万名，少数民族党员…`,
 * `地区生产总值98.38亿元。其中，第一产业增加值21.58亿元…`, `党员中，…`. A part is at most its whole (claim.subject);
 * the parts add up to it (claim.part-sum) only when they are known to partition it: by the lexicon, or because the text
 * names them all — a catch-all part (其他…, 其余…), age or size bands open at both ends (30岁及以下 … 61岁及以上).
 */
import { type Paragraph, positionIn } from './context';
import { CONVERSION, CUMULATIVE_WORDS, INCREMENT, LAST_YEAR, LAST_YEAR_WORDS, RATE_NAME, SAME_PERIOD_WORDS, WHOLE_REGION, YEAR_BEFORE_LAST_WORDS } from '../parse/reading';
import { type Fig, sameScope } from './figures';
import { divides, isSide, type Lexicon, negates } from '../lexicon/index';
import { sectionOf } from '../lexicon/industries';
import { work } from '../work';
import { formatCjkInteger, parseAnyInteger, parseCjkNumeral } from '../text/cjkNumerals';
import { isCjk } from '../text/chars';
import { afterLast } from '../text/trim';

export interface Breakdown {
	readonly total: Fig;
	readonly parts: readonly Fig[];
	/** How the parts are known to partition the total, or undefined when they need not add up. */
	readonly complete?: 'lexicon' | 'catch-all' | 'bands' | 'counted' | 'named' | 'division' | 'grades' | 'industry';
	/** The parts are kinds of a division that do not overlap (火电, 水电, 核电): together at most the total. */
	readonly disjoint?: boolean;
}

/** What opens a list: the mark before it (`。` when it opens a sentence) and, for `党员中，`, the total's noun. */
interface Opening {
	readonly mark: string;
	readonly noun?: string;
	/** For `。重点建设中工业项目267个`: the set's words before 中 and the part's name after it. */
	readonly set?: { readonly words: string; readonly name: string };
	/** `。按经济类型划分，`: a sentence that classifies the total by one criterion, its parts every class. */
	readonly classified?: boolean;
	/** `。分经济类型看，`: the classes of a view, which need not be disjoint (国有控股企业 and 股份制企业 overlap). */
	readonly viewed?: boolean;
}

const CLAUSE_END = /[。；，]/;

/** A change stated in words after a part's figure, no figure of its own (，持平略减; ，基本持平; ，与上年持平): to its clause's end. */
const UNCHANGED_AFTER = /^[，,](?:比上年|与上年|同比)?(?:基本|大体)?持平(?:略[增减降升])?(?:[；;。]|$)/;
const OPENING_MARK = /[，。；（(：]/;

/**
 * Text before a list's first part that opens it: `，其中`, `。其中，`, `（其中：`, `其中用于…` (up to 30 characters of the part's
 * own words may follow 其中), or a clause opened by the total's noun and 中 (`。党员中，`, `在…固定资产投资中，`). Read from
 * the end of the clause.
 */
function opening(between: string): Opening | undefined {
	const at = between.lastIndexOf('其中');
	if (at >= 0) {
		let tail = between.slice(at + 2);
		if (/^[，：:、]/.test(tail)) tail = tail.slice(1);
		// A bracketed aside is none of the part's own words (其中，共建“一带一路”国家对华直接投资（含通过部分自由港对华投资）新设立企业).
		tail = tail.replace(/（[^（）]*）|\([^()]*\)/g, '');
		if (tail.length <= 30 && !CLAUSE_END.test(tail)) return { mark: OPENING_MARK.test(between[at - 1] ?? '') ? between[at - 1]! : '' };
	}
	// …其中医院3.5万个，在医院中有公立医院1.2万个…: a clause after a comma that opens a list of the part just stated.
	const nested = nestedNoun(between);
	if (nested !== undefined) return { mark: '，', noun: nested };
	// 在全民所有制单位固定资产投资中，基本建设投资…; 。党员中，女党员…: the whole's noun and 中 open the clause.
	const clause = afterLast(between, '。；');
	// 。按经济类型划分，国有…投资23284亿元…: a sentence that classifies the total just stated by one criterion.
	// 。分经济类型看，国有控股企业利润…: the same, in the words of a view (classes that may overlap: 国有控股, 股份制).
	const sorted = CLASSIFIED.exec(clause) ?? VIEWED.exec(clause);
	if (sorted && !TIME_CRITERION.test(sorted[1]!) && between[between.length - clause.length - 1] === '。' && sorted[2]!.length <= 30 && !CLAUSE_END.test(sorted[2]!)) return { mark: '。', classified: true, ...(sorted[0].startsWith('分') ? { viewed: true } : {}) };
	const m = NOUN_OPENING.exec(clause);
	// 。重点建设中工业项目267个: a sentence opened by words of the set before and 中, the part's name right after.
	const s = m || between[between.length - clause.length - 1] !== '。' ? undefined : SET_OPENING.exec(clause);
	if (s) return { mark: '。', set: { words: s[1]!, name: s[2]! } };
	if (!m || m[2]!.length > 30) return undefined;
	const mark = between[between.length - clause.length - 1] ?? '';
	return { mark: mark === '' ? '。' : mark, noun: m[1]! };
}

/**
 * A sentence opened by a few words, 中 and the name of a kind (工业项目, its head noun the total's) with no mark between
 * (重点建设中工业项目): 中 not of a word of its own (高中, 集中, 中心, 中小, 中长期 …).
 */
const SET_OPENING = /^((?:(?![在的和及与、])[\u4e00-\u9fff]){2,8})(?<![其集高初空心途城家手眼])中(?![心央小国医学等期部原华外型级高低长短间层青老])([\u4e00-\u9fff]{4,12})$/;

/** Words of time, place or arrangement before a set's own qualifier (今年安排省重点项目 → 重点). */
const SET_SCOPE = new RegExp(`^(?:今年|全年|年内|${WHOLE_REGION}|共|安排|确定|列入|省级|市级|省|市)+`);
/** What a set is doing as a whole, written with its qualifier before 中 (重点建设中, 在建重点项目中). */
const SET_VERB = /^(?:建设|在建|实施|推进)$/;

/**
 * Is the set a sentence opens (重点建设中工业项目) the total's of the sentence before (安排省重点项目499个)? The opening words
 * are the total's own qualifier (less words of time, place and arrangement) and a verb of the set as a whole, nothing
 * else (not 市县重点建设中, another level's; not 重点建设中 after 新开工重点项目, a stage of it), and the part's name ends
 * with the total's head noun (项目).
 */
function namesSet(set: { readonly words: string; readonly name: string }, total: Fig): boolean {
	const subject = total.subject;
	if (subject.length < 4 || set.name.length < 4 || !set.name.endsWith(subject.slice(-2))) return false;
	const qualifier = subject.slice(0, -2).replace(SET_SCOPE, '');
	if (qualifier.length < 2) return false;
	const words = set.words;
	return (words.startsWith(qualifier) && SET_VERB.test(words.slice(qualifier.length))) || (words.endsWith(qualifier) && SET_VERB.test(words.slice(0, -qualifier.length)));
}

/**
 * `按X划分，` or `按X分，` opening a sentence (X a criterion: 经济类型, 投资管理渠道, 隶属关系), then the first part's own words:
 * the classes of one criterion do not overlap (not 按…计算, a measure, nor 按…分别, parts each of its own).
 */
const CLASSIFIED = /^按(?:照)?([\u4e00-\u9fff]{2,10}?)(?:划分|分)[，：:]([^]*)$/;
/** `分X看，` opening a sentence (分经济类型看, 分门类看, 分城乡看): the classes of a view of the total just stated. */
const VIEWED = /^分([\u4e00-\u9fff]{2,8}?)看[，：:]([^]*)$/;
/** A figure in a sentence that classifies (…。按构成分，建筑安装工程投资 / 。分门类看，采矿业利润): a class, no total of another criterion. */
const CLASS_BEFORE = /(?:^|。)(?:按(?:照)?[\u4e00-\u9fff]{2,10}?(?:划分|分)|分[\u4e00-\u9fff]{2,8}?看)[，：:][^。]*$/;
/** A criterion of time (按季度分, 按月份分): its parts are periods, running totals that may overlap (一季度, 上半年 …). */
const TIME_CRITERION = /[年季月旬周期]|时间/;

/** `在X中，` or `X中，` opening a clause, then the first part's own words. */
const NOUN_OPENING = /^(?:在|从)?([\u4e00-\u9fff]{2,24})中[，：:]([^，。；]*)$/;
/** `在X中有` (or 中共有) opening the clause after a comma, then the first part's own words: a list of X, stated before. */
const NESTED_OPENING = /^在([\u4e00-\u9fff]{2,24}?)中(?:共有|有)([^，。；]*)$/;

/** The X of a clause `，在X中有…` the words before a figure end with (医院 of …，在医院中有公立医院), if they do. */
function nestedNoun(between: string): string | undefined {
	const at = Math.max(between.lastIndexOf('，'), between.lastIndexOf(','));
	if (at < 0) return undefined;
	const m = NESTED_OPENING.exec(between.slice(at + 1));
	return m && m[2]!.length <= 30 ? m[1]! : undefined;
}

/** An average is no total (人均, 平均). */
const AVERAGE = /人均|平均|户均|均/;
const CATCH_ALL = /^(?:其他|其余|其它)/;
/** A class that holds the rest (其他投资, 国有及其他经济类型投资). */
const OTHERS = /其他|其余|其它/;
const LOW_BAND = /及以下|以下|(?<![目提当后])前/;
const HIGH_BAND = /及以上|以上|以来|以后/;

export function isTotal(p: Paragraph, f: Fig): boolean {
	if (!(f.kind === 'amount' && !f.inBrackets && f.unit !== '' && f.unit !== '%' && !AVERAGE.test(f.subject) && !RATE_NAME.test(f.subject) && !p.after(f, 1).startsWith('/'))) return false;
	if (!CONVERSION.test(f.subject)) return true;
	// …，折21亿美元: the figure before restated in another currency (past its rate: 7630亿元，比上年下降4.3%，折1106亿美元), a
	// total only when that one is (not a change, 比上年增加150亿元，折21亿美元, nor last year's, 上年为7000亿元，折1000亿美元).
	let k = positionIn(p, f) - 1;
	for (let n = 0; n < 2 && p.figs[k]?.unit === '%' && p.figs[k]!.sentence === f.sentence; n++) k--;
	const before = p.figs[k];
	return before !== undefined && before.sentence === f.sentence && before.kind === 'amount' && before.direction === undefined && !LAST_YEAR.test(before.context) && isTotal(p, before);
}

/**
 * A part that counts something else than its total: `全国有质量认证机构59个，其中产品认证机构23个，已完成对全国13194个
 * 企业的产品认证` — 企业 are not 机构. The noun after the figure (when one stands there, not a verb) must be the total's.
 */
const VERB_AFTER = /^(?:获|为|是|达|列|入|被|已|在|的|实|完|建|通|进|取|荣|位|居|占|排|首次|首批|分别|全部|均|都|共|累计|正在|，|、|。|；)/;
/** What a money amount measures: 投资, 收入, 销售额 … A part that measures something else is no part (总投资…，其中…销售额…). */
/** What a set of projects will invest in all (总投资, 投资总额, 计划总投资). */
export const TOTAL_INVESTMENT = /(?:总投资|投资总额)$/;
export const MEASURE = /(投资|收入|支出|销售额|营业收入|产值|增加值|利润|税收|贷款|存款|余额|消费|成交额|营收|产量)$/;

function countsOther(p: Paragraph, part: Fig, total: Fig): boolean {
	const m1 = MEASURE.exec(part.subject)?.[1];
	const m2 = MEASURE.exec(total.subject)?.[1];
	if (m1 !== undefined && m2 !== undefined && m1 !== m2 && p.lexicon.get(part.key)?.within !== total.key) return true;
	// What projects will invest in all and what they invest in the year (重点项目完成投资800亿元，其中续建项目总投资1500亿元…;
	// 总投资3200亿元，其中…完成投资500亿元): two measures of investment, neither a part of the other.
	if (m1 === '投资' && m2 === '投资' && TOTAL_INVESTMENT.test(part.subject) !== TOTAL_INVESTMENT.test(total.subject)) return true;
	const after = p.after(part, 4);
	// 由40元提高到80元: what follows a from-figure is its change, not its noun.
	if (after === '' || VERB_AFTER.test(after) || part.fromTo === 'from') return false;
	if (cjkRun(after).length < 2) return false;
	const noun = after.slice(0, 2);
	if (total.subject.includes(noun) || p.after(total, 8).includes(noun) || part.subject.includes(noun)) return false;
	// A noun of the total's kind, qualified (120个重点项目，其中30个省重点项目; 21个主要指标，其中13个预期性指标): the part's
	// noun holds the head the total's noun ends with.
	const head = headNoun(p, total);
	if (head === undefined) return true;
	const own = cjkRun(p.after(part, NOUN_MAX));
	const at = own.indexOf(head);
	// A unit within the total's kind (20个重点项目，其中包含150个子项目; 分公司, 配套项目): a thing of its own.
	return at < 0 || COMPONENT_BEFORE.test(own.slice(0, at));
}

/**
 * Is `f` of the partition of `total` that the list's first part is a member of (a member, within one, or one under a
 * qualifier: 机电产品出口 of 出口)? True when the lexicon partitions no such total or the first part is none of its members:
 * the lexicon says nothing then.
 */
function ofPartition(lexicon: Lexicon, total: Fig, first: Fig, f: Fig): boolean {
	const whole = total.indicator;
	const lead = first.indicator ?? first.base;
	if (whole === undefined || lead === undefined) return true;
	const members = lexicon.get(whole)?.parts?.find((ps) => ps.includes(lead));
	if (members === undefined) return true;
	let name = f.indicator ?? f.base;
	for (let n = 0; name !== undefined && n < WITHIN_DEPTH; n++) {
		if (members.includes(name)) return true;
		name = lexicon.get(name)?.within;
	}
	return false;
}
/** The most indicators a chain of `within` is followed through. */
const WITHIN_DEPTH = 8;

/** Words before a head noun that name a unit within one of its kind, not one of it (子项目, 分公司, 下属企业, 配套项目). */
const COMPONENT_BEFORE = /(?:子|分|下属|附属|配套)$/;

/** The most characters of a noun read after a count. */
const NOUN_MAX = 12;

/** The Chinese characters a text opens with. */
function cjkRun(text: string): string {
	let n = 0;
	while (n < text.length && isCjk(text.charCodeAt(n))) n++;
	return text.slice(0, n);
}

/**
 * The head noun (two characters) of what a total counts: the end of the noun right after its count (120个重点项目，),
 * else of its subject (重点项目120个); undefined when neither is a noun of two characters at least.
 */
function headNoun(p: Paragraph, total: Fig): string | undefined {
	const after = p.after(total, NOUN_MAX);
	const run = cjkRun(after);
	const noun = run !== '' && run.length < after.length && /^[，、；。,;]/.test(after.slice(run.length)) ? run : total.subject;
	return noun.length >= 2 ? noun.slice(-2) : undefined;
}

/** 其中 right before a figure with no words of its own (共3896项，其中3165项已…): the figure counts some of the total's. */
const RIGHT_AFTER = /其中[，：:]?(?:有|共有)?$/;

/**
 * 其中 and a threshold of another unit before a count with no words of its own (企业13家，其中超200亿元的6家; 县市81个，其中
 * 超6亿元的12个): the figure counts those of the total's over the threshold. The threshold a bound (超, 以上), 的 right
 * after it, 其中 right before it (a measure's name between them at most: 其中营业收入超10亿元的).
 */
function overThreshold(p: Paragraph, j: number): boolean {
	const bound = p.figs[j - 1];
	const before = p.figs[j - 2];
	if (!bound || !before || j - 2 < 0 || bound.unit === p.figs[j]!.unit || bound.kind !== 'amount' || bound.sentence !== p.figs[j]!.sentence) return false;
	const over = bound.q.approx === 'more' || /以上$/.test(bound.text);
	const opening = p.between(before, bound);
	return over && /^(?:以上)?的$/.test(p.between(bound, p.figs[j]!)) && THRESHOLD_OPENING.test(opening) && !thresholdOfOther(opening);
}
/**
 * Does 其中 open a threshold of another period or stage than the total's (其中上年超10亿元的, 其中新增超…的, 其中续建…)? Its
 * count need not be among the total's.
 */
function thresholdOfOther(words: string): boolean {
	const m = THRESHOLD_AFTER_QIZHONG.exec(words);
	return m !== null && OTHER_TIME_OR_STAGE.test(m[1]!);
}
/** 其中 and the words before its threshold's bound word or figure. */
const THRESHOLD_AFTER_QIZHONG = /其中[，：:]?([\u4e00-\u9fff]{0,6}?)(?:超过|超|达到|达|在|[0-9])/;
/** Words that make a threshold's count another period's or stage's. */
export const OTHER_TIME_OR_STAGE = new RegExp(`${LAST_YEAR_WORDS}|${YEAR_BEFORE_LAST_WORDS}|当年|${SAME_PERIOD_WORDS}|年初|新增|新开工|续建|${CUMULATIVE_WORDS}`);
const THRESHOLD_OPENING = /其中[，：:]?[\u4e00-\u9fff]{0,6}?(?:超过|超|达到|达|在)?$/;

/** An increment or a target is not what a list stands under: 新增…, 力争…, 确保…. */
const INCREMENT_OR_TARGET = /^(?:新增|新建|新设|力争|确保|争取|计划|预计|目标)/;

/** A count of kinds in a total's name: 四种形态, 三类, 两项. */
const COUNTED = /([两二三四五六七八九十])(?:种|类|项|大类)/;

/** The most parts a breakdown lists. */
const MAX_PARTS = 16;

/**
 * The breakdowns opened in a paragraph's current block. The list opens with 其中 (or `党员中，`); its parts are the
 * amounts of the first part's unit up to the end of its clause group; its total is the amount of that unit the list
 * stands under — the nearest before it in its sentence, or, when 其中 opens a sentence, the first of the sentence before
 * (`重点推进项目62个，…，力争30个项目建成投产。其中，非煤产业项目57个` lists parts of the 62).
 */
export function findBreakdowns(p: Paragraph): Breakdown[] {
	const out: Breakdown[] = [];
	const figs = p.figs;
	// The last list a classifying sentence opened (按…划分，…): its total and the sentence of its parts.
	let classifiedBefore: { readonly total: Fig; readonly sentence: number } | undefined;
	// The total each part found so far is listed under.
	const listedUnder = new Map<Fig, Fig>();
	// The sentence a plain 其中 opened (。其中，…) and the units its clauses listed parts of so far.
	let listing: { readonly sentence: number; readonly opened: number; readonly units: Set<string>; qualified?: boolean } | undefined;
	const add = (bd: Breakdown): void => {
		out.push(bd);
		for (const f of bd.parts) listedUnder.set(f, bd.total);
	};
	for (let opened = p.first; opened < figs.length; opened++) {
		if (!isTotal(p, figs[opened]!)) continue;
		// The block's first figure: a clause that names the total's noun may open the block (在城镇投资中，国有及国有控股投资
		// 40047亿元… after 城镇投资75096亿元 in the paragraph before); 其中 there has no total in reach.
		const opensBlock = figs[opened]!.local === 0;
		const before = opensBlock ? undefined : figs[opened - 1]!;
		let o = before ? opening(p.between(before, figs[opened]!)) : opening(p.before(figs[opened]!, 40));
		// 。其中，…新设立企业13649家，增长82.7%；对华直接投资额1221亿元…: a clause after ； of a sentence 其中 opened, its first
		// figure of another unit than the clauses so far opened with, lists parts of the total of its unit before the sentence.
		const sibling = !o && before !== undefined && listing?.sentence === figs[opened]!.sentence && before.segment !== figs[opened]!.segment && !listing.units.has(figs[opened]!.unit) ? listing : undefined;
		if (sibling) o = { mark: '。' };
		if (!o || (opensBlock && o.noun === undefined)) continue;
		const plain = o.mark === '。' && o.noun === undefined && !o.classified && !o.set;
		if (plain && !sibling) listing = { sentence: figs[opened]!.sentence, opened, units: new Set() };
		listing?.units.add(figs[opened]!.unit);
		// 在这194个建设单位中，…: the figure in the opening restates the total.
		// 在监测的330个城市中，有273个…: so is the figure after 在 and a few words.
		const restated = before && o.noun !== undefined && /在[^，。；：\d]{0,8}$/.test(p.before(before, 10)) && before.unit === figs[opened]!.unit ? before : undefined;
		// The first part is the first figure of the opened clause of a unit a total has (其中，首次公开发行A股347只，筹资4883亿元…
		// lists parts of the 10257亿元 before it, not of a count).
		let k = opened;
		let total: Fig | undefined;
		// The total is the one the 其中 part the classifying sentence follows is listed under (see below).
		let above = false;
		const tried = new Set<string>();
		for (; k < figs.length && k < opened + 3 && figs[k]!.segment === figs[opened]!.segment; k++) {
			const unit = figs[k]!.unit;
			if (!isTotal(p, figs[k]!) || tried.has(unit)) continue;
			tried.add(unit);
			// The total stands before the list: looked for from where it opened.
			// 按经济类型划分，…。按投资管理渠道划分，…: a criterion after another classifies the same total.
			const again = o.classified && classifiedBefore?.sentence === figs[opened - 1]!.sentence && classifiedBefore.total.unit === unit ? classifiedBefore.total : undefined;
			total = restated ?? again ?? (o.noun !== undefined ? namedTotal(p, opened, unit, o.noun) : totalOf(p, sibling?.opened ?? opened, unit, o.mark === '。', plain ? figs[k] : undefined, sibling !== undefined));
			// 全社会固定资产投资562000亿元…。其中，固定资产投资（不含农户）551590亿元…。分区域看，…: a sentence that classifies after
			// a 其中 part classifies the part or the total that part is listed under: taken as the total's, which the classes need not
			// be all of (`above`).
			above = total !== undefined && o.classified === true && total !== again && listedUnder.has(total);
			if (above) total = listedUnder.get(total!)!;
			if (total && o.set && !namesSet(o.set, total)) total = undefined;
			// 按构成分，建筑安装工程投资650亿元。按经济类型分，…: a class of another criterion is not what the next classifies.
			if (total && o.classified && total !== again && CLASS_BEFORE.test(p.before(total, 40))) total = undefined;
			if (total || restated || o.noun !== undefined) break;
		}
		// A standard per person (低保标准由每人每月300元提高到400元，其中特困人员…): its 其中 items are other groups' standards;
		// one of a 分别 list (省、市重点项目分别达到150个、100个，其中新开工项目分别为120个、50个): its parts are each figure's, by
		// position, not the last one's.
		if (!total || total.perUnit || total.context.includes('分别')) continue;
		const first = figs[k]!;
		// 在规模以上工业企业中，… under 规模以上工业企业增加值: the parts name that measure or none, their name ending as the
		// noun does (国有控股企业增加值, 集体企业) — not another (利润总额, 资产总计).
		const measure = o.noun !== undefined && !total.subject.endsWith(o.noun) ? measuredBy(total.subject, o.noun) : undefined;
		const head = o.noun?.slice(-2) ?? '';
		const parts: Fig[] = [];
		work.relations += MAX_PARTS;
		// Parts that each carry their share or their change (…627.8万人次，占总人次的67.2%；…237.8万人次，占25.5%；… / …4883亿元，
		// 增加3004亿元；…4072亿元，增加2057亿元；…) go on across ；.
		// A bracketed aside after a part (医生140.9万人（含中、西医师72.5万人），增长2%) stands between it and its change.
		// A part whose change the text gives in words, no figure (玉米产量26067万吨，持平略减；小麦产量14007万吨，基本持平；) carries
		// it all the same: the list goes on past it.
		const withShare = (j: number): boolean => {
			let n = j + 1;
			while (figs[n]?.inBrackets && n < j + 4) n++;
			return ((figs[n]?.kind === 'share' || figs[n]?.kind === 'change') && figs[n]!.key === figs[j]!.key) || UNCHANGED_AFTER.test(p.after(figs[j]!, 12));
		};
		const shared = withShare(k);
		// The clause group of a part that lists parts of its own (医院3.5万个，在医院中有…；基层医疗卫生机构97.1万个，其中…): none of its
		// figures after the part is a part of the total.
		let nestedIn = -1;
		for (let j = k; j < figs.length && parts.length < MAX_PARTS; j++) {
			const f = figs[j]!;
			if (f.segment === nestedIn) continue;
			// A part that opens a list of its own after ；, of a kind of one division with the parts before (…医院3.5万个，在医院中有…；
			// 基层医疗卫生机构97.1万个，其中…；专业公共卫生机构1.4万个，其中…): the list of the total goes on, one part per clause group.
			if (nestedIn >= 0 && f.segment > first.segment && f.sentence === first.sentence && levelPart(p, j, total, parts)) {
				parts.push(f);
				nestedIn = f.segment;
				continue;
			}
			// The list ends with its clause group (after a ； the text may go on to a sibling of the total: 134个，其中…33个；
			// 限额以上更新改造项目340个), or where another 其中 opens a nested list.
			if (f.segment > first.segment && !(shared && f.sentence === first.sentence && (f.kind !== 'amount' || withShare(j)))) break;
			if (j > k && nestedNoun(p.between(figs[j - 1]!, f)) !== undefined) {
				nestedIn = f.segment;
				continue;
			}
			// Past the clause group, a list the lexicon partitions (出口, 进口 of 进出口总额) holds the partition's members only: a
			// statistic of its own with its own change ends it (外贸进出口总额…，其中，出口…，增长18.4%；按可比口径实际利用外商直接投资
			// 71.85亿美元，增长15.3%).
			if (f.segment > first.segment && f.kind === 'amount' && f !== first && !ofPartition(p.lexicon, total, first, f)) break;
			if (j > k && /其中/.test(p.between(figs[j - 1]!, f))) break;
			// A clause opened by an increment after the first part that it does not open (…人才2300多人、其中引进顶尖人才41人，
			// 新增高技能人才39万人): a statistic of its own, a sibling of the total — not an item listed with 、 (其中续建项目285个、
			// 新建项目265个).
			if (j > k && f.ownSubject && INCREMENT.test(f.subject) && !INCREMENT.test(first.subject) && /[，,]/.test(p.between(figs[j - 1]!, f))) break;
			if (f.kind !== 'amount' || f.unit !== total.unit || !isTotal(p, f) || !sameScope(f, total) || f.perUnit || wholeOfShareAfter(p, j)) continue;
			// The start of a part's change (其中税收收入由上年的160亿元下降到100亿元; …100亿元，比2020年的160亿元下降…) is of another
			// year than a total of no from–to: not a part of it (a start is related only to a start, below).
			if (f.fromTo === 'from' && total.fromTo === undefined) continue;
			// The total again (a restatement or another period); not a part that only carries the opening's subject on (在监测的
			// 330个城市中，有273个…).
			// Nor, in a clause after ；, the total's name under the qualifier the first clause put before its own total's (其中“一带
			// 一路”沿线国家…新设立企业2164家…；实际使用外商直接投资金额526亿元: the same countries' investment).
			if (f.key === total.key && !((restated || (j === k && (RIGHT_AFTER.test(p.between(figs[j - 1]!, f)) || overThreshold(p, j)))) && !f.ownSubject) && !(sibling?.qualified && j === k)) break;
			if (countsOther(p, f, total) || (measure !== undefined && !f.subject.endsWith(measure) && !f.subject.endsWith(head))) break;
			// Those over a threshold in another year or at another stage (其中上年超10亿元的21家): not all among the year's.
			if (j === k && thresholdOfOther(p.between(total, f))) break;
			parts.push(f);
		}
		// The words after a part, to its clause group's end: where a count's grade is named (有4个城市为劣三级).
		const afterOf = (f: Fig): string => p.after(f, 30).replace(/[；。][^]*$/, '');
		if (parts.length === 0 || (o.classified && !classes(p, total, parts, afterOf))) continue;
		if (plain && !sibling && listing) listing.qualified = parts[0]!.subject.length > total.subject.length && parts[0]!.subject.endsWith(total.subject);
		// 由50元提高到100元，其中…由40元提高到80元: the from-parts are of the from-total, the to-parts of the to-total.
		const fromTotal = total.fromTo === 'to' ? figs[positionIn(p, total) - 1] : undefined;
		if (fromTotal?.fromTo === 'from' && fromTotal.unit === total.unit && parts.some((f) => f.fromTo === 'from')) {
			// Parts whose start is of another year (由2012年的900亿元 under 由2010年的800亿元) are of another span.
			if (parts.some((f) => f.fromTo === 'from' && f.year !== fromTotal.year)) continue;
			for (const [whole, some] of [[fromTotal, parts.filter((f) => f.fromTo === 'from')], [total, parts.filter((f) => f.fromTo !== 'from')]] as const) {
				if (some.length > 0) add({ total: whole, parts: some, ...completeness(p.lexicon, whole, some, p.before(whole, 24), p.after(whole, 24), afterOf) });
			}
		} else {
			const how = completeness(p.lexicon, total, parts, p.before(total, 24), p.after(total, 24), afterOf);
			// The classes of one criterion do not overlap: together at most the total, all of it only when a catch-all (其他投资,
			// anywhere in the list: 国有及其他经济类型投资) or the lexicon closes the list.
			// The classes of a view (分经济类型看) may overlap: at most the total each, unless the lexicon says more.
			const classes = o.classified && !how.complete ? (parts.some((f) => OTHERS.test(f.subject)) ? { complete: 'catch-all' as const } : o.viewed ? how : { disjoint: true }) : how;
			// Classes that may be the 其中 part's (其中，民间投资3000亿元…。按行业分，…其他行业投资300亿元): together at most the total,
			// not all of it.
			add({ total, parts, ...(above && classes.complete ? { disjoint: true } : classes) });
		}
		if (o.classified) classifiedBefore = { total, sentence: parts[parts.length - 1]!.sentence };
	}
	return out;
}

/** The amount inside 占…的 (其中民间投资占全部投资250亿元的9.0%): the whole of the share right after it, no part of a list. */
function wholeOfShareAfter(p: Paragraph, j: number): boolean {
	const f = p.figs[j]!;
	const next = p.figs[j + 1];
	return next !== undefined && next.kind === 'share' && next.whole === f.subject && p.between(f, next) === '的';
}

/**
 * Is figure `j`, the first of its clause group, a further part of a list whose parts so far opened lists of their own:
 * an amount of the total's unit and scope that opens its own list (…97.1万个，其中…) and whose name is of one division
 * with the parts' names (医院, 基层医疗卫生机构, 专业公共卫生机构: kinds of 医疗卫生机构 that do not overlap)?
 */
function levelPart(p: Paragraph, j: number, total: Fig, parts: readonly Fig[]): boolean {
	const f = p.figs[j]!;
	if (p.figs[j - 1]?.segment === f.segment || f.kind !== 'amount' || f.unit !== total.unit || !f.exact || !isTotal(p, f) || !sameScope(f, total)) return false;
	return OWN_LIST_AFTER.test(p.after(f, OWN_LIST_REACH)) && divides([...parts.map((x) => x.subject), f.subject]) !== undefined;
}
/**
 * A list of a part's own right after it (，其中…), a bracketed aside on what it counts between them at most (专业公共卫生机构
 * 9217个（不含卫生监督所、中心），其中…).
 */
const OWN_LIST_AFTER = /^(?:（[^（）。；]*）|\([^()。；]*\))?[，,]其中/;
/** How many characters after a part its own list's 其中 is looked for (an aside of up to 20 characters before it). */
const OWN_LIST_REACH = 24;

/**
 * Are the parts a classifying sentence lists (按经济类型分，国有投资…，民间投资…) classes of its total? At least two, each of
 * the total's measure (…投资 under …投资, not under 地区生产总值) and of its year and period (not 2022年国有投资), the list
 * neither opening a nested one (其中) nor closed by 等 (some of the classes only).
 */
function classes(p: Paragraph, total: Fig, parts: readonly Fig[], afterOf: (f: Fig) => string): boolean {
	if (parts.length < 2) return false;
	const last = parts[parts.length - 1]!;
	if (/其中/.test(p.between(parts[0]!, last) + afterOf(last)) || /^[^，、；。]*等/.test(p.after(last, 12))) return false;
	const measure = MEASURE.exec(total.subject)?.[1];
	// A class after the first that names no measure of its own (国有控股企业利润22623亿元…；股份制企业56773亿元) is of the first's.
	const first = MEASURE.exec(parts[0]!.subject)?.[1];
	return parts.every((f) => (f.scope === '' || f.scope === total.scope) && !otherYear(f, total) && ((MEASURE.exec(f.subject)?.[1] ?? (f === parts[0] ? undefined : first)) === measure || p.lexicon.get(f.key)?.within === total.key));
}

/** Are the figures dated to different years (by their own date or their sentence's)? */
function otherYear(part: Fig, total: Fig): boolean {
	const a = part.year ?? part.sentenceYear;
	const b = total.year ?? total.sentenceYear;
	return a !== undefined && b !== undefined && a !== b;
}

/** The measure `subject` names of the noun (增加值 of 规模以上工业企业 in 规模以上工业企业增加值), if it is the noun and a measure. */
function measuredBy(subject: string, noun: string): string | undefined {
	const measure = MEASURE.exec(subject)?.[1];
	return measure !== undefined && subject.length === noun.length + measure.length && subject.startsWith(noun) ? measure : undefined;
}

/**
 * The total a list opened by its noun stands under (在全民所有制单位固定资产投资中，… → 全民所有制单位固定资产投资1652亿元):
 * the latest amount of the unit before it in the paragraph whose subject names the noun, or whose indicator it names.
 */
function namedTotal(p: Paragraph, k: number, unit: string, noun: string): Fig | undefined {
	const figs = p.figs;
	const key = p.lexicon.resolve(noun)?.name;
	for (let i = k - 1, n = 0; i >= 0 && n < 16; i--, n++) {
		const f = figs[i]!;
		// 在规模以上工业企业中，… under 规模以上工业企业增加值: the noun and what it measures.
		if (f.unit === unit && isTotal(p, f) && (f.subject.endsWith(noun) || f.key === key || measuredBy(f.subject, noun) !== undefined)) return f;
	}
	return undefined;
}

/**
 * The total a list opened at figure `k` stands under (see findBreakdowns). For a plain 其中 opening a sentence, its first
 * part `part`: when the sentence before states no amount of the unit, the first of the sentence before that whose name's
 * head the part's ends with (…新设立企业26575家…。实际使用外商直接投资金额7814亿元…。其中…新设立企业2164家); for a clause
 * after ； (`sibling`), the head must agree in the sentence before too.
 */
function totalOf(p: Paragraph, k: number, unit: string, sentenceOpens: boolean, part?: Fig, sibling = false): Fig | undefined {
	const figs = p.figs;
	const sentence = figs[k]!.sentence;
	const candidate = (f: Fig): boolean => f.unit === unit && isTotal(p, f);
	if (!sentenceOpens) {
		for (let i = k - 1, n = 0; i >= 0 && n < 16; i--, n++) {
			const f = figs[i]!;
			if (i < p.first || f.sentence !== sentence) return undefined;
			if (candidate(f)) return f;
		}
		return undefined;
	}
	// The first amount of that unit in the sentence before (of this block, or the last sentence of the block before) that
	// is neither an increment nor a target (新增固定电话用户3868万户，年末达到35043万户。其中… lists parts of the 35043).
	let i = k - 1;
	if (i < 0) return undefined;
	const floor = i >= p.first ? p.first : 0;
	const previous = figs[i]!.sentence;
	// An increment is the total of a part that names it whole (全年新设外商投资企业59080家…。其中，…国家对华新设外商投资企业
	// 17172家: those of some countries among the year's new ones).
	const named = (f: Fig): boolean => candidate(f) && (!INCREMENT_OR_TARGET.test(f.subject) || (part !== undefined && INCREMENT.test(f.subject) && part.subject.length > f.subject.length && part.subject.endsWith(f.subject)));
	const headed = (f: Fig): boolean => part !== undefined && f.subject.length >= 2 && part.subject.endsWith(f.subject.slice(-2));
	let found: Fig | undefined;
	let stated = false;
	// The units of the amounts the sentence before states.
	const units = new Set<string>();
	let n = 0;
	for (; i >= floor && n < 16 && figs[i]!.sentence === previous; i--, n++) {
		stated ||= figs[i]!.unit === unit;
		if (figs[i]!.kind === 'amount') units.add(figs[i]!.unit);
		if (named(figs[i]!) && (!sibling || headed(figs[i]!))) found = figs[i];
	}
	if (found || stated || part === undefined || i < floor) return found;
	// 其中 reaches past the sentence before only when it lists a part of that one too, in a later clause (…新设立企业2164家…；
	// 实际使用外商直接投资金额526亿元): a 其中 that lists none (完成投资1200亿元。其中，新开工项目600个) is of the sentence before.
	let covers = false;
	for (let j = k + 1, m = 0; !covers && j < figs.length && m < 16 && figs[j]!.sentence === sentence; j++, m++) covers = figs[j]!.kind === 'amount' && units.has(figs[j]!.unit);
	if (!covers) return undefined;
	const earlier = figs[i]!.sentence;
	for (; i >= floor && n < 16 && figs[i]!.sentence === earlier; i--, n++) if (named(figs[i]!) && headed(figs[i]!)) found = figs[i];
	return found;
}

/**
 * How a list of parts names everything: its last part a catch-all (其他…, 其余…), or bands open at both ends (30岁及以下 …
 * 61岁及以上; 新中国成立前 … 党的十八大以来).
 */
export function namesAll(parts: readonly Fig[]): 'catch-all' | 'bands' | undefined {
	if (parts.length >= 2 && CATCH_ALL.test(parts[parts.length - 1]!.subject)) return 'catch-all';
	if (parts.length >= 3 && LOW_BAND.test(parts[0]!.subject) && HIGH_BAND.test(parts[parts.length - 1]!.subject)) return 'bands';
	return undefined;
}

/**
 * A grade or a run of grades: 三类, 一、二类, 4～5类, 二级以上 (1 to 2), 劣三级 / 超过5类 (worse than the worst numbered); in
 * Roman numerals as water quality is graded (Ⅰ～Ⅲ类, Ⅳ类, 劣Ⅴ类).
 */
const GRADE = /(劣|超过)?([一二三四五六七八九]|[1-9]|[Ⅰ-Ⅸ])(?:[、～~至－]([一二三四五六七八九]|[1-9]|[Ⅰ-Ⅸ]))?(类|级)(以上)?/g;

/** The number of a grade: a digit, a Chinese numeral or a Roman numeral (Ⅰ U+2160 to Ⅸ U+2168). */
function gradeNumber(s: string): number {
	const c = s.charCodeAt(0);
	return c >= 0x2160 && c <= 0x2168 ? c - 0x215f : parseAnyInteger(s)!;
}

/** The grades a text names, as numbers (劣N is N + 0.5), each once, with their kind (类 or 级); undefined when it names none. */
function gradesIn(text: string): { kind: string; grades: Set<number> } | undefined {
	GRADE.lastIndex = 0;
	let kind: string | undefined;
	const grades = new Set<number>();
	for (let m = GRADE.exec(text); m; m = GRADE.exec(text)) {
		if (kind !== undefined && m[4] !== kind) return undefined;
		kind = m[4]!;
		const a = gradeNumber(m[2]!);
		const z = m[3] === undefined ? a : gradeNumber(m[3]);
		if (m[1] !== undefined) grades.add(a + 0.5);
		else if (m[5] !== undefined) for (let g = 1; g <= a; g++) grades.add(g);
		else if (m[0].includes('、')) grades.add(a).add(z);
		else for (let g = a; g <= z && g - a < 9; g++) grades.add(g);
	}
	return kind === undefined ? undefined : { kind, grades };
}

/** Does a text name grades of one kind (三类, 二级以上, 四类、劣四类)? */
export function namesGrades(text: string): boolean {
	return gradesIn(text) !== undefined;
}

/**
 * The scale the grades of several texts cover, each text naming grades of one kind and each grade named once, from the
 * first to worse than the worst numbered (`一、二类…` / `三类…` / `四类、劣四类…` → 一类至劣四类); undefined when they do not.
 */
export function gradeScale(texts: readonly string[]): string | undefined {
	let kind: string | undefined;
	const all: number[] = [];
	for (const text of texts) {
		const read = gradesIn(text);
		if (!read || (kind !== undefined && read.kind !== kind)) return undefined;
		kind = read.kind;
		all.push(...read.grades);
	}
	const top = Math.max(0, ...all.filter(Number.isInteger));
	const covers = top >= 2 && all.length === top + 1 && new Set(all).size === all.length && all.includes(top + 0.5);
	return covers ? `一${kind}至劣${formatCjkInteger(top)}${kind}` : undefined;
}

/** Words that join the names of a list: 国家和国际组织, 城市、县城及乡镇. */
const JOINERS = ['、', '和', '及', '与', '以及'];

/**
 * Does the total's name list its parts, in their order (共有246个国家和国际组织参展，其中国家190个，国际组织56个)? Read in
 * the words after the total's figure (a count's noun follows it) or in its subject.
 */
function nameLists(total: Fig, parts: readonly Fig[], after: string): boolean {
	if (parts.length < 2 || parts.some((f) => f.subject.length < 2)) return false;
	for (const words of [after, total.subject]) {
		let at = words.indexOf(parts[0]!.subject);
		if (at < 0) continue;
		at += parts[0]!.subject.length;
		let n = 1;
		for (; n < parts.length; n++) {
			const joiner = JOINERS.find((j) => words.startsWith(j + parts[n]!.subject, at));
			if (joiner === undefined) break;
			at += joiner.length + parts[n]!.subject.length;
		}
		if (n === parts.length) return true;
	}
	return false;
}

/**
 * The words the parts share besides their sides qualify the total's noun no more than its name does: of the same head
 * noun (项目 of 续建亿元以上项目 and 重点项目), every character of them stands in the total's name. Parts of another
 * head (游客花费 under 旅游收入) are the lexicon's to tell.
 */
function qualifiesNoMore(rest: string, total: string): boolean {
	if (rest.length < 2 || total.length < 2 || rest.slice(-2) !== total.slice(-2)) return true;
	for (const ch of rest) if (!total.includes(ch)) return false;
	return true;
}

/** A total of industry (规模以上工业企业利润, 工业增加值): not of an industry's kind (轻工业, 重工业) nor of industry and more. */
const INDUSTRY = /^(?:全部|全国|规模以上|规上)?工业/;
/** The sections of the classification of industries that make up industry (工业): mining, manufacturing, utilities. */
const INDUSTRY_SECTIONS = ['mining', 'manufacturing', 'utilities'];
/** A verb between a section's name and the measure (采矿业实现利润). */
const SECTION_VERB = /(?:实现|完成)$/;

/** Do the parts name each section of industry once, by their names less a measure (采矿业利润, 制造业, 电力、热力、燃气及水生产和供应业)? */
function sectionsOfIndustry(parts: readonly Fig[]): boolean {
	if (parts.length !== INDUSTRY_SECTIONS.length) return false;
	const keys = new Set<string>();
	for (const f of parts) {
		const name = f.subject.replace(MEASURE, '').replace(SECTION_VERB, '');
		const key = sectionOf(name);
		if (key === undefined || keys.has(key)) return false;
		keys.add(key);
	}
	return INDUSTRY_SECTIONS.every((k) => keys.has(k));
}

function completeness(lexicon: Lexicon, total: Fig, parts: readonly Fig[], before: string, after: string, afterOf: (f: Fig) => string): { complete?: Breakdown['complete']; disjoint?: boolean } {
	const ind = total.indicator !== undefined ? lexicon.get(total.indicator) : undefined;
	const keys = new Set(parts.map((f) => f.key));
	if (ind?.parts?.some((partition) => partition.length === parts.length && partition.every((name) => keys.has(name)))) return { complete: 'lexicon' };
	// A total under a generic name the indicator's ends with (完成旅客，周转量4248亿人公里。其中，铁路旅客周转量…，公路…，水运…，
	// 空运…): the parts make up a partition of the lexicon whose total's name ends with it.
	if (ind === undefined && total.subject.length >= 2) {
		for (const m of lexicon.membershipsOf(parts[0]!.key)) {
			const named = [m.total.name, ...m.total.aliases].some((n) => n.endsWith(total.subject));
			if (named && m.parts.length === parts.length && m.parts.every((name) => keys.has(name))) return { complete: 'lexicon' };
		}
	}
	const all = namesAll(parts);
	if (all) return { complete: all };
	// 规模以上工业企业利润…。分门类看，采矿业利润…；制造业…；电力、热力、燃气及水生产和供应业…: the three sections of the
	// classification of industries that make up industry, under a total of industry.
	if (INDUSTRY.test(total.subject) && sectionsOfIndustry(parts)) return { complete: 'industry' };
	// 运用“四种形态”处理933.6万人次，其中第一种…、第二种…、第三种…、第四种…: the total names how many parts it has.
	const count = COUNTED.exec(`${before}${total.subject}`.replace(/^.*[。；]/, ''));
	if (count && parseCjkNumeral(count[1]!) === parts.length) return { complete: 'counted' };
	// 共有246个国家和国际组织参展，其中国家190个，国际组织56个: the total's name lists them all.
	if (nameLists(total, parts, after)) return { complete: 'named' };
	// 在监测的330个城市中，有273个城市空气质量达到二级以上…，有53个城市为三级，…有4个城市为劣三级: grades that cover the whole.
	if (parts.length >= 2 && gradeScale(parts.map(afterOf)) !== undefined) return { complete: 'grades' };
	// 其中参保职工13082万人，参保的离退休人员4362万人: parts that differ by the qualifiers of a division, all its sides; or some
	// of them (其中，猪肉产量…，牛肉产量…，羊肉产量…), which do not overlap.
	const division = divides(parts.map((f) => f.subject));
	// All the sides of a complete division make up what they divide — the total only when the total names all that the
	// parts are besides their sides (其中续建亿元以上项目…、新建亿元以上项目… under 重点项目: the projects of 亿元以上 only).
	// What the parts are besides their sides may itself be one kind among others (公立医院, 民营医院: all of 医院, one kind of
	// 医疗卫生机构): they make up the total only when it is of that kind.
	// 其中生产性建设投资…；非生产性建设投资…: what is and what is not, all of the total — when the words both hold before the
	// negation stand in the total's name (规模以上国有企业, 规模以上非国有企业 make up 规模以上工业, not 全部工业).
	const negation = division ? undefined : negates(parts.map((f) => f.subject));
	if (negation) return [...negation.qualifier].every((ch) => total.subject.includes(ch)) ? { complete: 'division' } : { disjoint: true };
	if (division) return division.complete && qualifiesNoMore(division.rest, total.subject + after.replace(/[，,；;。：:（(][^]*$/, '')) && !(isSide(division.rest) && !total.subject.endsWith(division.rest)) ? { complete: 'division' } : { disjoint: true };
	return {};
}

/** A medal a count names, right after it (199枚金牌) or right before it (金牌3枚, 奖牌总数416枚). */
const MEDAL_AFTER = /^(金|银|铜|奖)牌/;
const MEDAL_BEFORE = /(金|银|铜|奖)牌(?:总数|数)?$/;
/** The words between two counts of medals of one contest: a separator, a medal's name, a sum's word (共计85枚奖牌). */
const MEDAL_BETWEEN = /^(?:[金银铜奖]牌)?[，、,和及]?(?:共计|合计|总计|共|其中)?(?:[金银铜奖]牌(?:总数|数)?)?$/;

/** The medals of one contest counted side by side: gold, silver, bronze (each at most once), and all of them. */
export interface Medals {
	readonly gold?: Fig;
	readonly silver?: Fig;
	readonly bronze?: Fig;
	readonly all?: Fig;
}

/**
 * 共获得199枚金牌、119枚银牌、98枚铜牌，奖牌总数416枚 / 斩获金牌3枚、奖牌9枚 / 共获得40枚金牌，91枚奖牌: runs of counts of
 * medals in 枚 or 块, each right after the other in one sentence, each medal named once.
 */
export function medalRuns(p: Paragraph): Medals[] {
	return p.memo('medals', () => {
		const out: Medals[] = [];
		const figs = p.figs;
		// Not after 分别 (在省运会和省残运会上分别获得金牌56枚、奖牌38枚: each count of another contest).
		const kindOf = (f: Fig): string | undefined => (f.kind === 'amount' && f.exact && (f.unit === '枚' || f.unit === '块') && !f.context.includes('分别') ? (MEDAL_AFTER.exec(p.after(f, 2)) ?? MEDAL_BEFORE.exec(p.before(f, 5)))?.[1] : undefined);
		let run: Record<string, Fig> = {};
		// The kinds in the run, counted (no list of its keys made per figure; an empty run is not made again).
		let size = 0;
		let last: Fig | undefined;
		const close = (): void => {
			if (size === 0) return;
			if (size >= 2) out.push({ gold: run['金'], silver: run['银'], bronze: run['铜'], all: run['奖'] });
			run = {};
			size = 0;
		};
		for (let k = p.first; k < figs.length; k++) {
			const f = figs[k]!;
			const kind = kindOf(f);
			const joined = last !== undefined && kind !== undefined && last.sentence === f.sentence && MEDAL_BETWEEN.test(p.between(last, f));
			if (!joined || (kind !== undefined && run[kind] !== undefined)) close();
			if (kind !== undefined) {
				if (run[kind] === undefined) size++;
				run[kind] = f;
			}
			last = kind === undefined ? undefined : f;
		}
		close();
		return out;
	});
}
