/**
 * claim.subset — a part larger than its whole: `11项对标指标中12项`, or a part listed under a total (`共N…，其中A…`,
 * `党员中，…`; same unit and counted noun) larger than it. Parts listed under a total may overlap (two breakdowns),
 * so each is held against the total alone; they are summed by claim.part-sum only when they partition it.
 */
import type { RuleMeta } from '../rules/rule';
import { amountsByIndicator, type DocumentFigures, type Paragraph, positionIn, type RelationFinder, sameRegion, SPREAD_MAX } from './context';
import { work } from '../work';
import { bounds, earliestAfter, type Fig, fmt, latestBefore, inUnitOf, operand, otherYear, type RelationDraft, sameEnd, sameScale, sameScope, type Sink, statedYear, sum, sumsOfOthers, WHOLE_YEAR_SCOPE } from './figures';
import { divides, TRANSFORMING } from '../lexicon/index';
import { wordPattern } from '../lexicon/words';
import { type Breakdown, findBreakdowns, isTotal, MEASURE, medalRuns, TOTAL_INVESTMENT } from './breakdowns';
import { AIM_WORDS, FIVE_YEAR_PLAN, INCREMENT, OTHER_YEAR_OPENING, WHOLE_REGION } from '../parse/reading';
import { parseAnyInteger } from '../text/cjkNumerals';
import { afterLast } from '../text/trim';
import { isCjk } from '../text/chars';
import { addedTotals } from './addedTotals';
import { convertedSubsets } from './convertedSubsets';
import { notedParts } from './notedParts';

export const rule: RuleMeta = {
	id: 'claim.subset',
	defaultSeverity: 'warning',
	description: { en: 'A part that is larger than the whole it belongs to.', zh: '部分大于其所属的总数。' },
	messages: {
		default: { en: '{part} is more than the {whole} it is part of.', zh: '部分（{part}）多于总数（{whole}）。' },
		sum: { en: 'Together the parts are more than the {whole} they are part of: {expression}.', zh: '各部分合计多于总数（{whole}）：{expression}。' },
		rank: { en: 'The rank {part} is past the last of the {whole} ranked.', zh: '名次（{part}）超出参与排名的总数（{whole}）。' },
	},
	variant: (data) => (data['sum'] === 'yes' ? 'sum' : data['rank'] === 'yes' ? 'rank' : 'default'),
};

/** The whole each part is already held against by the paragraph's finders so far (one sink per paragraph): no relation made twice. */
function heldParts(b: Sink): Map<Fig, Fig> {
	const held = new Map<Fig, Fig>();
	for (const d of b.drafts) if (d.kind === 'subset' && d.figs.length === 2) held.set(d.target, d.figs[0]!);
	return held;
}

function holdAgainst(b: Sink, whole: Fig, part: Fig, at?: RelationDraft['at'], rank = false): void {
	// The two ends of a from–to are of two years (由1952年的73.1亿元到1957年…117.7亿元。其中…由…2.5亿元到…31.9亿元): a part of
	// one end is of that end's whole only.
	if (whole.fromTo !== undefined && part.fromTo !== undefined && whole.fromTo !== part.fromTo) return;
	// Within the rounding of both (and the bounds of an approximation: 其中出口超8000亿元), the part may equal the whole,
	// not pass it (12项 against 11项 does).
	const ok = bounds(part).lo < bounds(whole).hi;
	b.add({
		// The part may be anything up to the whole; the whole anything from the part up.
		accepts: [{ lo: bounds(part).lo, hi: Infinity }, { lo: -Infinity, hi: bounds(whole).hi }],
		kind: 'subset',
		figs: [whole, part],
		target: part,
		expression: `${part.text} ${ok ? '≤' : '>'} ${whole.text}`,
		computed: whole.value,
		ok,
		data: { whole: whole.text, part: part.text, ...(rank ? { rank: 'yes' } : {}) },
		...(at ? { at } : {}),
	});
}

/**
 * Parts of a division that do not overlap (其中，猪肉产量5070万吨…，牛肉产量653万吨…，羊肉产量398万吨): together at most
 * their total. Each part may be off by half a unit of its last printed digit; parts of other magnitudes than the total's
 * (6万个 + 2964个 under 30万个) are summed in its unit to two more decimals — or, asked for (`wholeNumbers`), counts of
 * items printed whole (14个, 23个) are summed as printed, none rounded.
 */
export function sumAgainst(b: Sink, whole: Fig, parts: readonly Fig[], at?: RelationDraft['at'], wholeNumbers = false): void {
	// A part sum over the same whole and parts (the lexicon's partition, found first) says more: one relation, one finding.
	if (b.partSumsOf(whole).some((d) => d.figs.length === parts.length + 1 && parts.every((f) => d.figs.includes(f)))) return;
	// Counts of items printed as whole numbers in one step (14个, 23个) are not rounded: their sum is exact.
	const counted = wholeNumbers && [whole, ...parts].every((f) => f.step === 1 && f.exact);
	const all = counted ? { lo: parts.reduce((n, f) => n + f.value, 0), hi: parts.reduce((n, f) => n + f.value, 0) } : sum(parts);
	const cap = counted ? whole.value : bounds(whole).hi;
	const ok = counted ? all.lo <= cap : all.lo < cap;
	const bare = parts.every((f) => sameScale(f, whole));
	b.add({
		// The total holds at the parts' sum or more; a part, at what the total leaves the others or less.
		accepts: [{ lo: all.lo, hi: Infinity }, ...sumsOfOthers(parts).map((others) => ({ lo: -Infinity, hi: cap - others.lo }))],
		kind: 'subset',
		figs: [whole, ...parts],
		target: whole,
		expression: `${parts.map((f) => operand(f, bare)).join(' + ')} = ${bare ? fmt((all.lo + all.hi) / 2 / whole.q.magnitude, whole.q.decimals) : inUnitOf(whole, (all.lo + all.hi) / 2, whole.q.decimals + 2)} ${ok ? '≤' : '>'} ${whole.text}`,
		computed: (all.lo + all.hi) / 2,
		ok,
		data: { whole: whole.text, part: parts.map((f) => f.text).join(' + '), sum: 'yes' },
		...(at ? { at } : {}),
	});
}

/**
 * The runs of two or more parts side by side, in a list that also holds other kinds, whose names are kinds of one
 * division (国有控股企业…；集体企业…；股份制企业…；外商及港澳台商投资企业…；私营企业…: the three in the middle do not
 * overlap). Each run is the longest from where it starts; a list of parts is at most a breakdown's few (MAX_PARTS).
 */
function dividingRuns(names: readonly string[]): [number, number][] {
	const runs: [number, number][] = [];
	for (let i = 0; i + 1 < names.length; ) {
		let j = i + 1;
		while (j < names.length && divides(names.slice(i, j + 1))) j++;
		if (j - i >= 2 && j - i < names.length) {
			runs.push([i, j]);
			i = j;
		} else i++;
	}
	return runs;
}

/** An amount that states an attribute of its own (床位, 总投资) that can be a total: not a rate, an average or an aside. */
function attribute(p: Paragraph, f: Fig): boolean {
	return f.ownSubject && isTotal(p, f) && !NO_COUNT.test(f.subject);
}

/** How far a total's or a part's attributes are looked for after it, in figures. */
const ATTRIBUTES_MAX = 6;

/**
 * 共有收养性社会服务机构4.0万个，床位312.3万张，收养各类人员236.5万人。其中，农村养老服务机构3.1万个，床位213.9万张，
 * 收养各类人员170.4万人: the attributes a part states after it under the names of its total's, word for word (床位,
 * 收养各类人员), are at most the total's.
 */
function attributesOfParts(p: Paragraph, b: Sink, bd: Breakdown): void {
	const figs = p.figs;
	const t = positionIn(p, bd.total);
	const ofTotal = new Map<string, Fig>();
	for (let k = t + 1; k < figs.length && k <= t + ATTRIBUTES_MAX && figs[k]!.sentence === bd.total.sentence && figs[k] !== bd.parts[0]; k++) {
		const f = figs[k]!;
		if (f.unit === bd.total.unit) break;
		if (attribute(p, f) && !ofTotal.has(f.context)) ofTotal.set(f.context, f);
	}
	if (ofTotal.size === 0) return;
	let totalInvestment: Fig | undefined;
	for (const w of ofTotal.values()) if (TOTAL_INVESTMENT.test(w.subject)) totalInvestment = w;
	for (const part of bd.parts) {
		const at = positionIn(p, part);
		for (let k = at + 1; k < figs.length && k <= at + ATTRIBUTES_MAX && figs[k]!.segment === part.segment && figs[k]!.unit !== part.unit; k++) {
			const f = figs[k]!;
			// Named as the total's, word for word as printed (累计完成投资 is not 完成投资); or the investment of the year in
			// projects whose total investment the total states (项目2992个、投资总额14793亿元，其中…954个完成投资2400多亿元).
			const whole = ofTotal.get(f.context) ?? (YEARS_INVESTMENT.test(f.subject) && !f.context.includes('累计') ? totalInvestment : undefined);
			if (whole && whole.unit === f.unit && attribute(p, f) && sameScope(whole, f)) holdAgainst(b, whole, f);
		}
	}
}

/**
 * 在218家国家级开发区综合排名中升至43位 / 在全国100个大中城市中排第15位 / 岳阳排全国285个地级城市第21位: a rank among
 * a count of what is ranked is at most that count. The count then, in its clause with no figure between, the noun it
 * counts and the rank, 第 or a verb of ranking right before its number; a ranking said by 中 (among), by that verb, or
 * by one before the count — not a rank of something else (3人获得全国第10位, 5个项目进入全国第8位: none of them).
 */
function rankAmong(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let i = p.first; i + 1 < figs.length; i++) {
		const whole = figs[i]!;
		const rank = figs[i + 1]!;
		if (rank.unit !== '位' || rank.sentence !== whole.sentence || whole.kind !== 'amount' || !whole.exact || whole.inBrackets || !CLASSIFIERS.has(whole.unit)) continue;
		const between = p.between(whole, rank);
		const m = RANK_AFTER_COUNT.exec(between);
		// A verb of ranking right after the noun ranks among the count only when the count is a scope (在全国16个重点城市排第26位),
		// not what one has (我省有12个城市排第15位: the 12 are ranked, not ranked among).
		const before = p.before(whole, 8);
		// A verb of ranking then a scope of its own before 第 (…14个市中经济总量排全国第50位; 居全国第35位): ranked among another whole.
		if (!m || (m[2] === undefined && RANKED_ELSEWHERE.test(m[1]!.slice(m[1]!.lastIndexOf('中') + 1))) || !(m[1]!.includes('中') || (m[2] !== undefined && RANK_SCOPE_BEFORE.test(before)) || RANKING_BEFORE.test(before))) continue;
		holdAgainst(b, whole, rank, undefined, true);
	}
}
/** The words from a count to a rank: the noun counted (with 中 and the ranking's name), then a verb of ranking or 第. */
const RANK_AFTER_COUNT = /^([\u4e00-\u9fff]{1,20}?)(?:(排名|排位|排|列|居|位列|位居|升至|升到|跃升至|跃居|上升至|提升至|前移至)第?|第)$/;
/** A verb of ranking after the last 中 of the words before a bare 第: what follows it is the whole ranked in. */
const RANKED_ELSEWHERE = /排|列|居|升至|升到|跃居/;
/** 在 and the scope right before a count that a verb of ranking ranks among (在全国16个重点城市排第26位). */
const RANK_SCOPE_BEFORE = /在(?:全国|全省|全市|全区|全州|全球|世界)?$/;
/** A verb of ranking right before the count, with the scope it ranks in (岳阳排全国285个…, 位居全省14个…). */
const RANKING_BEFORE = /(?:排名?|列|居|位列|位居)(?:全国|全省|全市|全区|全州)?$/;

/** The characters of a noun's head (项目 of 重点项目, 行业 of 主要行业). */
const HEAD_NOUN = 2;

/** A short noun then 中, a region or 有 after it: 11项对标指标中10项, 29个单项中我市有16项, 14万多个工程中，已有11万多个. */
const OF_WHICH = /^[\u4e00-\u9fff]{0,8}中[，,]?(?:我[省市区县州]|全[省市区县])?(?:共有|已有|已经有|有)?$/;

/** 11项对标指标中10项 — N…中M, of one unit. */
function countedOf(p: Paragraph, b: Sink): void {
	// Figures side by side in a sentence (a comma may follow 中: 14万多个工程中，已有11万多个), OF_WHICH's words alone between.
	for (let i = p.first; i + 1 < p.figs.length; i++) {
		const whole = p.figs[i]!;
		const part = p.figs[i + 1]!;
		if (part.sentence !== whole.sentence) continue;
		// Printed exactly, or with an approximation that bounds the side held (14万多个 is under 15万; not 以上, 超过).
		if (bounds(whole).hi === Infinity || !(bounds(part).lo > 0) || !countsAlike(whole.unit, part.unit) || whole.unit === '%' || whole.unit === '') continue;
		const between = p.between(whole, part);
		if (!OF_WHICH.test(between)) {
			if (whole.unit === part.unit && (thoseThat(between, p.after(part, 1)) || alreadyOf(p, whole, between, part) || thoseOfSet(whole, part, p.before(whole, 3), between, p.after(part, HEAD_NOUN + 1)))) holdAgainst(b, whole, part);
			continue;
		}
		// 11项指标中10项 counts one noun; after 有 or in another classifier the part may count another (12个工业园区中有
		// 1500家企业) unless the whole's noun ends with the part's classifier (29个单项中我市有16项) or the part names the
		// whole's noun again (14万多个工程中，已有11万多个工程).
		const plain = between.endsWith('中') && whole.unit === part.unit;
		// 30个乡镇中有25个通了天然气: after 有, a count of the whole's classifier with its noun left out, a predicate right after.
		const noun = between.slice(0, between.indexOf('中'));
		const elided = between.endsWith('有') && whole.unit === part.unit && ELIDED_NOUN_PREDICATE.test(p.after(part, NOUN_END_MAX + 1)) && !opensOtherNoun(p.after(part, CLAUSE_MAX), noun);
		// The noun again may be its head alone (120个重点项目中，已有100个项目开工; 14个主要行业中，已有12个行业…).
		const again = (n: string): boolean => namesAgain(p.after(part, n.length + NOUN_END_MAX), n);
		if (plain || elided || noun.endsWith(part.unit) || (noun.length >= 2 && whole.unit === part.unit && (again(noun) || (noun.length > HEAD_NOUN && again(noun.slice(-HEAD_NOUN)))))) holdAgainst(b, whole, part);
	}
}

/**
 * N个X中，<a clause>的(X)已达M个: after the whole's noun and 中, a clause that ends in 的 picks out those of them it
 * describes (175个城市中，空气二氧化硫浓度达到二级标准的已达102个 / …的城市有273个) — the count right after 的, a verb of
 * having or reaching and the whole's noun alone between, and nothing after it (not …的企业有50家, …的项目有5个 of
 * another noun, nor 5个项目 after it).
 */
function thoseThat(between: string, after: string): boolean {
	const m = THOSE_THAT.exec(between);
	if (!m) return false;
	const noun = m[1]!;
	const named = m[2]!;
	// An area that holds things (开发区, 园区, 乡镇, 街道, 县, 市) may be the place of what the clause counts (8个开发区中，单体
	// 投资超亿元的有25个 counts projects): those of the areas only when 的 names the area again (…的园区有5个).
	if (named === '' && HOLDER.test(noun)) return false;
	return (named === '' || (named.length >= 2 && noun.endsWith(named))) && (after === '' || /^[，,。；;、）)]/.test(after));
}
/**
 * N个X，<a clause>的是M个 / N个X<a clause>的有M个, with no 中 (thoseThat's): the set's noun right after its count, then a
 * clause that ends in 的 and a verb of being or having, the part's count right after it (限额以上的六九四个建设单位，在第一个
 * 五年计划期间能够建成的是四五五个 / 这一三个单位可以建成的有九个 / 一〇个限额以上建设单位在五年内建成的有七个): those of the
 * set the clause describes. Nothing after the part's count but a mark or the set's head noun again (一四五个单位，). Not a
 * set of places that hold things (12个园区，入驻的有15个 may count what is in them), not a clause that opens a list of
 * its own (其中…), nor one of another time, a running total or a comparison (累计, 以来, 上年, 一九五七年, 比…: what it
 * counts need not be among the set). Nor a set that is itself those of another the clause before describes (…的是一四五个
 * 单位，在第二个五年内…的是一一个: two of a kind side by side).
 */
function thoseOfSet(whole: Fig, part: Fig, before: string, between: string, after: string): boolean {
	if (whole.kind !== 'amount' || part.kind !== 'amount' || whole.inBrackets || part.inBrackets || part.fromTo !== undefined) return false;
	// The set is no count of those of another set (…开始建设的是一四五个单位，在第二个五年内进行建设的是一一个: siblings).
	if (/的(?:有|是|为)$/.test(before)) return false;
	const m = THOSE_OF_SET.exec(between);
	if (!m || OTHER_FRAME_WORDS.test(between)) return false;
	// The set's noun: up to the comma, or (none) up to the clause's first word of place, time or manner.
	const noun = m[1] !== undefined ? m[1] : between.slice(0, Math.max(0, between.search(SET_NOUN_END)));
	if (noun.length < 2 || /[的中]/.test(noun) || SET_OF_AREAS.test(noun)) return false;
	const head = noun.slice(-HEAD_NOUN);
	return after === '' || /^[，,。；;、）)]/.test(after) || (after.startsWith(head) && /^[，,。；;、）)]?$/.test(after.slice(HEAD_NOUN, HEAD_NOUN + 1)));
}
/** The set's noun, a comma, the clause, 的 and a verb; or the noun and the clause run together (no comma). */
const THOSE_OF_SET = /^(?:([\u4e00-\u9fff]{2,12})[，,]|(?=[\u4e00-\u9fff]{2}))[^，。；：,;:的\d中]{2,30}的(?:有|是|为)$/;
/** Where a set's noun ends when no comma closes it: a word of place, time or manner that opens the clause. */
const SET_NOUN_END = /在|于|可以|能够|将|已经|已|到|至|中/;
/** The ends of the nouns of areas that hold things (园区, 开发区, 乡镇, 街道, 县), which SET_OF_AREAS and HOLDER share. */
const AREA_NOUN_ENDS = '区|乡|镇|街道|县';
/** A set of places that may hold what the clause counts (the areas and 村; not 城市, 上市). */
const SET_OF_AREAS = new RegExp(`(?:${AREA_NOUN_ENDS}|村|(?:^|[^城上])市)$`);
/** Words of another time, a running total, another list, a comparison, what was added or a whole region in the clause (…，新增的有; …，全省能够建成的有: not of the set). */
const OTHER_FRAME_WORDS = new RegExp(`累计|以来|历年|至今|此前|上年|去年|前年|同期|年初|年底|年末|其中|另|比|新增|[〇零一二三四五六七八九0-9０-９]{2,4}年|${WHOLE_REGION}`);

/** A noun of an area that holds things — not 城市, counted as cities by what they are (空气质量达标的城市). */
const HOLDER = new RegExp(`(?:${AREA_NOUN_ENDS}|(?:^|[^城])市)$`);
/** The whole's noun, 中 and a comma, a clause without a break that ends in 的, then the whole's noun or none and a verb. */
const THOSE_THAT = /^([\u4e00-\u9fff]{1,8})中[，,][^，。；：,;:的\d]{2,24}的([\u4e00-\u9fff]{0,4}?)(?:已|也)?(?:有|达到|达|为|共有|共)?$/;

/**
 * What follows a part's count whose noun is left out (…中有25个通了天然气, …中有18个全省最优): punctuation, an adverb, a
 * stage or a verb of what some of them did, a rank — not a word that may open a noun of its own (在建项目, 上市公司, 通用…).
 */
const ELIDED_NOUN_PREDICATE = /^(?:[，,；;。）)]|已|均|都|全部|基本|先后|相继|顺利|提前|正在|开工|建成|竣工|投产|完工|投用|完成|实现|进入|纳入|入选|获|被|通了|达标|达到|(?:全省|全市|全国|全区)(?:最|第|前|领先))/;

/**
 * The words after an elided count make a noun of their own, so the count is of it (…中有35个开工项目, …中有15个达标企业,
 * …中有15个基本农田保护区, …中有15个完成投资的项目): up to the clause's end, a 的, or a noun's head that is not the whole's.
 */
function opensOtherNoun(after: string, wholeNoun: string): boolean {
	const end = after.search(/[，,；;。：:、）)]/);
	const clause = end < 0 ? after : after.slice(0, end);
	return clause.includes('的') || (end >= 0 && COUNTED_HEAD.test(clause) && !clause.endsWith(wholeNoun.slice(-1)));
}
/** How far the clause after an elided count is read (opensOtherNoun). */
const CLAUSE_MAX = 16;
/** The heads of nouns of things counted by 个 (项目, 企业, 园区, 保护区, 服务站…; lexicon/words.json). */
const COUNTED_HEAD = wordPattern('countedHead');

/**
 * N个X已有M个<a predicate>: the set is the clause's topic, 已有 right after its noun (列入重点攻坚的343个项目已有273个实现转化)
 * — the part's count then what some of them did (AFTER_NOUN), or the set's noun again; not a count of another noun
 * (12个园区已有150个项目入驻), nor past a comma (…12个园区，已有…: 已有 may count all there are) — unless the set's
 * noun alone stands before the comma, a date at most after it, and the part names the noun or its head again (国家重点
 * 监测的14个主要行业，到2000年底已有12个行业实现了整体扭亏).
 */
function alreadyOf(p: Paragraph, whole: Fig, between: string, part: Fig): boolean {
	// A set of increments (新增12个园区已有15个…): 已有 may count all there are, those of before too.
	const past = ALREADY_PAST_COMMA.exec(between);
	if ((!ALREADY_OF.test(between) && !past) || isIncrement(whole.subject)) return false;
	const noun = past ? past[1]! : between.slice(0, between.indexOf('已'));
	// Past a comma, the set is the clause's topic only when its noun is all the words before the comma (…的14个主要行业，到
	// 2000年底已有12个行业…), and the part names it again, or its head (行业 of 主要行业): 已有 may count all there are else.
	if (past) {
		if (noun.length < HEAD_NOUN || INSIDE_HOLDER.test(noun) || SET_OF_AREAS.test(noun)) return false;
		const after = p.after(part, noun.length + NOUN_END_MAX);
		return namesAgain(after, noun) || namesAgain(after, noun.slice(-HEAD_NOUN));
	}
	if (INSIDE_HOLDER.test(noun)) return false;
	const after = p.after(part, noun.length + NOUN_END_MAX);
	return AFTER_NOUN.test(after) || (noun.length >= 2 && namesAgain(after, noun));
}
/** The set's noun, then 已有 or 已经有. */
const ALREADY_OF = /^[\u4e00-\u9fff]{0,8}已经?有$/;
/** The set's noun and a comma, at most a date it is counted at (到2000年底, 截至目前), then 已有. */
const ALREADY_PAST_COMMA = /^([\u4e00-\u9fff]{2,8})[，,](?:(?:到|截至|截止)?(?:[0-9]{4}年)?(?:年底|年末|底|末|目前|现在)?[，,]?)?已经?有$/;
/** The last characters of nouns of areas (乡镇, 开发区, 县市区): a set of areas, or what lies within them. */
const AREA_ENDS = '区乡镇县市村';
/**
 * A topic that is not the set: an area noun then more words — what lies in those areas (12个乡镇所辖行政村已有…,
 * 12个园区入驻项目已有…, 8个县区的乡镇已有…) or a running total (3个园区累计已有…); not area nouns joined (县市区).
 */
const INSIDE_HOLDER = new RegExp(`[${AREA_ENDS}][^${AREA_ENDS}街]|的|累计`);

/**
 * The words after a part's count name the whole's noun again, and only it (已有280个行政村通了公交): the noun then a
 * predicate, punctuation or the text's end — not a longer noun that opens with it (60个社区卫生服务站, 30个乡镇卫生院).
 */
function namesAgain(after: string, noun: string): boolean {
	return after.startsWith(noun) && (after.length === noun.length || AFTER_NOUN.test(after.slice(noun.length)));
}

/**
 * An amount that adds to a stock: of an increment (新增…, reading.ts), also after the thing's own words (廉租住房新增受益家庭),
 * or of anything new (新设城市候机楼3座).
 */
function isIncrement(subject: string): boolean {
	let is = INCREMENTS.get(subject);
	if (is === undefined) {
		if (INCREMENTS.size >= INCREMENTS_MAX) INCREMENTS.clear();
		is = INCREMENT.test(subject) || subject.startsWith('新') || INCREMENT_AFTER_NAME.test(subject);
		INCREMENTS.set(subject, is);
	}
	return is;
}
/**
 * isIncrement's answers by subject: a subject is asked by several passes on each analysis (and a keystroke's figures
 * keep their subject strings, so the key's hash is kept too); bounded, cleared when full.
 */
const INCREMENTS = new Map<string, boolean>();
const INCREMENTS_MAX = 20_000;
/**
 * An increment word after a short name of what it adds to (廉租住房新增受益家庭), not a word's 新 (创新增加值, 更新改造) nor
 * an average (日均新登记企业).
 */
const INCREMENT_AFTER_NAME = new RegExp(`^(?:(?!均)[\u4e00-\u9fff]){2,6}?(?<![创更革刷重最清])${INCREMENT.source.slice(1)}`);
/** The verb of a stock: `达到`, `达`, `增至`, `有` (累计有8.6万户…受益). */
const STOCK_VERB = '(?:达到|达|增至|增加到|突破|超过|有)?';
/** The whole text between an increment and its stock: `，总量`, `、总数达`, `，达到`, `，年末达到`, `、累计`, `，累计有`, `，通车总里程`, `，累计通车里程达到`. */
const STOCK = new RegExp(`^(?:年末|年底)?(?:累计)?(?:[\u4e00-\u9fff]{0,4}(?:总量|总数|总里程|通车里程|总规模|总存量|总户数|总计)|累计|总)?${STOCK_VERB}$`);
/** A stock of roads open to traffic (通车里程, 总里程), and the words of roads not yet open or only rebuilt (新开工, 在建, 规划, 新建 — not 新建成 —, 改建, 改造): no increment of it. */
const MILEAGE_STOCK = /通车|里程/;
const NOT_OPENED = /开工|在建|规划|续建|改建|改造|新建(?!成)/;
/** `累计` and a verb alone after what was done in the year (搬迁5万人、累计达32.9万人): the sum over the years it is one of. */
const CUMULATIVE = new RegExp(`^累计${STOCK_VERB}$`);
/** `累计` and a name (累计受益家庭达到…): the stock of what was added when the name ends the increment's own name. */
const CUMULATIVE_NAMED = new RegExp(`^累计([\u4e00-\u9fff]{2,6}?)${STOCK_VERB}$`);

/**
 * 新增国家高新技术企业1615家，总量2.47万家 / 新设城市候机楼3座、总数达25座 / 国际友好城市新增3对，达到69对: what is
 * added in a year is at most the stock it adds to.
 */
function increments(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let i = p.first; i + 1 < figs.length; i++) {
		const first = figs[i]!;
		const next = figs[i + 1]!;
		if (next.local !== first.local + 1 || next.sentence !== first.sentence || next.unit === '' || next.unit === '%' || !countsAlike(first.unit, next.unit)) continue;
		if ((isIncrement(first.subject) || (first.kind === 'change' && first.direction === 'up')) && next.kind === 'amount') {
			const between = p.between(first, next);
			const words = between.replace(/[，、,]/g, '');
			// Stocks listed with 分别 are the list's before them, in order (respectiveStocks).
			// Roads begun, planned or rebuilt are not yet added to the mileage open to traffic (新开工高速公路…，累计通车里程…).
			const notOpened = MILEAGE_STOCK.test(words) && NOT_OPENED.test(first.subject);
			if (words !== '' && between.length <= 12 && !/[。；]/.test(between) && !words.includes('分别') && !notOpened && (stockWords(words) || namedStock(first.subject, words))) holdAgainst(b, next, first);
		} else if (first.kind === 'amount' && next.kind === 'amount' && first.ownSubject && first.exact && !NO_COUNT.test(first.subject) && !PLANNED.test(first.subject) && !NOT_DONE.test(first.context) && CUMULATIVE.test(p.between(first, next).replace(/^[，、,]/, '')) && !reachesOtherStage(p, first, next)) {
			// What was done in the year, then the sum over the years that takes it in (生态移民搬迁5万人、累计达32.9万人).
			holdAgainst(b, next, first);
		} else if (first.kind === 'amount' && next.kind === 'amount' && first.ownSubject && ADDED_ALONE.test(next.subject) && /^[，、,][\u4e00-\u9fff]{2,8}$/.test(p.between(first, next))) {
			// The stock, then what was added to it in words of their own alone (商事主体达422.6万户，新登记56.5万户).
			holdAgainst(b, first, next);
		} else if (first.kind === 'amount' && first.ownSubject && first.exact && !NOT_DONE.test(first.context) && !SEVERAL_YEARS_OR_AHEAD.has(first.sentencePeriod) && !first.part && !isIncrement(first.subject) && !listedAfter(p, i) && next.kind === 'change' && next.direction === 'up' && ADDED_RISE.test(p.between(first, next)) && NOTHING_AFTER.test(p.after(next, 3))) {
			// The stock, then 新增 alone, read as its rise (入围世界500强企业9家、新增1家; 在校生97.41万人，新增12.2万人): what
			// was added is within what there is now. Not a count with its noun after it (新建充电桩3万个，新增1000处信号灯联网).
			holdAgainst(b, first, next);
		}
	}
}

/**
 * Does the running total after what was done count those that reached a stage the first did not name (实施重点项目150个，
 * 累计有130个项目建成投产: the projects of all years completed, not a sum of those carried out)?
 */
function reachesOtherStage(p: Paragraph, first: Fig, total: Fig): boolean {
	const stage = STAGE_AFTER_NOUN.exec(p.after(total, 10))?.[1];
	return stage !== undefined && !first.subject.includes(stage);
}

/**
 * The words between an increment and its stock, not a target: STOCK (a `累计` with a name of its own may name another
 * statistic: 吞吐能力新增…、累计吞吐量…).
 */
function stockWords(words: string): boolean {
	// Not a stock aimed at (力争总数达到…).
	return !NOT_DONE.test(words) && STOCK.test(words);
}

/**
 * 累计 and the name the increment counts, its last words as printed (新增受益家庭0.9万户，累计受益家庭达到7.5万户): not
 * another statistic (新增就业…，累计转移劳动力…; 吞吐能力新增…、累计吞吐量…).
 */
function namedStock(subject: string, words: string): boolean {
	const name = CUMULATIVE_NAMED.exec(words)?.[1];
	return name !== undefined && !NOT_DONE.test(words) && subject.endsWith(name);
}

/** A name in a list after a figure: 、中国名牌产品 (no clause break, no figure). */
const LISTED_NAME = /^[、和及与][\u4e00-\u9fff“”]{0,12}$/;
/** What joins a figure to the one before in a list of figures alone. */
const BARE_JOIN = /^(?:、|和|及|与|以及)$/;

/**
 * 新评中国驰名商标14件、中国名牌产品25个、国家免检产品133个，总数分别达49件、76个和228个: a list of things new in the
 * year, then with 分别 as many stocks they add to, in order — each new count at most its stock. Lists of other
 * lengths, or a stock in another unit than its increment's, pair nothing.
 */
function respectiveStocks(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	const joined = (k: number): boolean => k + 1 < figs.length && figs[k + 1]!.sentence === figs[k]!.sentence && BARE_JOIN.test(p.between(figs[k]!, figs[k + 1]!));
	// An amount added: new (新增高速公路153公里) or a rise (高速公路新增153公里).
	const adds = (f: Fig): boolean => f.unit !== '%' && (f.kind === 'amount' || (f.kind === 'change' && f.direction === 'up'));
	for (let i = p.first; i < figs.length; i++) {
		const first = figs[i]!;
		if (!adds(first) || !(isIncrement(first.subject) || first.kind === 'change')) continue;
		let j = i;
		while (j + 1 < figs.length && adds(figs[j + 1]!) && figs[j + 1]!.sentence === first.sentence && LISTED_NAME.test(p.between(figs[j]!, figs[j + 1]!))) j++;
		const added = figs.slice(i, j + 1);
		i = j;
		if (added.length < 2 || j + 1 >= figs.length || figs[j + 1]!.sentence !== first.sentence) continue;
		const between = p.between(figs[j]!, figs[j + 1]!);
		const words = between.replace(/[，、,]/g, '');
		if (!words.includes('分别') || between.length > 12 || /[。；]/.test(between) || !stockWords(words.replace('分别', ''))) continue;
		let k = j + 1;
		while (k - j < added.length && joined(k)) k++;
		const stocks = figs.slice(j + 1, k + 1);
		i = k;
		// As many stocks as increments (none more after them), each in its increment's unit.
		if (stocks.length !== added.length || joined(k)) continue;
		if (stocks.every((s, n) => s.kind === 'amount' && countsAlike(s.unit, added[n]!.unit))) stocks.forEach((s, n) => holdAgainst(b, s, added[n]!));
	}
}

/**
 * The figure at `i` follows another of its sentence in a 、-list (国家级…30家、省级…200家，新增50家): a 新增 after the list may
 * be the whole list's rise, not the last stock's.
 */
function listedAfter(p: Paragraph, i: number): boolean {
	const prev = i > p.first ? p.figs[i - 1] : undefined;
	return prev !== undefined && prev.sentence === p.figs[i]!.sentence && p.between(prev, p.figs[i]!).startsWith('、');
}
/**
 * Periods whose 新增 is no one year's rise within the stock: a period to come (到2025年，…达到1500家、新增1800家: a target) or
 * several years (“十四五”期间，…: additions over the years, some gone again, may pass the stock at its end).
 */
const SEVERAL_YEARS_OR_AHEAD: ReadonlySet<string | undefined> = new Set(['ahead', 'span']);
/** 新增 alone right after a stock (、新增1家), read as the stock's rise: no noun, no year or comparison of its own (比上年增加 is the percent-change's). */
const ADDED_RISE = /^[，、,](?:全年|当年|年内|本年)?新增$/;
/** An increment without a noun of its own: it adds to the stock just stated. */
const ADDED_ALONE = /^(?:其中)?(?:全年|当年|年内|本年)?(?:新增|新登记|新注册|新设立?|新认定)$/;

/** Generic count classifiers: one noun may be counted with either (新增质检中心2家，总量达到9个). */
const CLASSIFIERS = new Set(['个', '家', '所', '座', '项', '处']);

/** Units an increment and its stock may be counted in: the same, or two generic classifiers of one magnitude. */
function countsAlike(a: string, b: string): boolean {
	if (a === b) return true;
	if (a.length !== b.length || a.slice(0, -1) !== b.slice(0, -1)) return false;
	return CLASSIFIERS.has(a[a.length - 1]!) && CLASSIFIERS.has(b[b.length - 1]!);
}

const CLAUSE_BREAK = /[，：；,:;]/;

/**
 * 农民人均纯收入2253元…。其中，农民人均现金纯收入1640元 / 全国居民人均消费支出28227元…。其中，人均服务性消费支出13016元:
 * an average per head is no total a list stands under (breakdowns), but a per-head amount 其中 names after it — of the
 * same people (the words before 人均 its own, or none) and a kind of the same measure (…纯收入 of 纯收入, …支出 of 支出) —
 * is a component of it per head, at most the whole. Not another group's average (其中，城镇居民人均可支配收入 under 全国居民
 * 人均…: 城镇居民 are not 全国居民), nor the same measure again.
 */
function perHeadParts(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let k = Math.max(p.first, 1); k < figs.length; k++) {
		const part = figs[k]!;
		const at = perHead(part);
		if (at === undefined || !PER_HEAD_OPENING.test(p.between(figs[k - 1]!, part))) continue;
		// The nearest per-head amount of the unit before it, in its sentence or the one before (…2253元，比上年实际增长2.1%。其中，…).
		const low = Math.max(p.first, k - PER_HEAD_BACK);
		for (let j = k - 1; j >= low && figs[j]!.sentence >= part.sentence - 1; j--) {
			const whole = figs[j]!;
			const from = perHead(whole);
			if (from === undefined || whole.unit !== part.unit) continue;
			const people = whole.subject.slice(0, from).replace(WHOLE_OF_PEOPLE, '');
			const measure = whole.subject.slice(from + 2);
			const kind = part.subject.slice(at + 2);
			// A kind of the measure itself (服务性消费支出 of 消费支出, 现金纯收入 of 纯收入): not another measure that ends
			// alike (人均现金收入, 人均总收入 — gross amounts — under 纯收入 or 可支配收入; 生活费支出 under 消费性支出).
			const ok = (at === 0 || part.subject.slice(0, at) === people) && kind !== measure && measure.length >= 2 && kind.length > measure.length && kind.endsWith(measure) && sameScope(whole, part);
			// A part that names no people after the same measure of two groups (城镇居民…，农村居民人均消费支出…。其中，人均…): whose, the text does not say.
			if (ok && (at > 0 || !otherPeople(figs, j, low, part.sentence, measure, whole.subject))) holdAgainst(b, whole, part);
			break;
		}
	}
}
/** Another group's per-head amount of the same measure before figure j, within the same bound (城镇居民… before 农村居民…). */
function otherPeople(figs: readonly Fig[], j: number, low: number, sentence: number, measure: string, subject: string): boolean {
	for (let i = j - 1; i >= low && figs[i]!.sentence >= sentence - 1; i--) {
		const f = figs[i]!;
		const at = perHead(f);
		if (at !== undefined && f.unit === figs[j]!.unit && f.subject.slice(at + 2) === measure && f.subject !== subject) return true;
	}
	return false;
}
/** Where 人均 stands in an amount's subject (an amount per head, printed exactly, not in brackets nor a from-figure). */
function perHead(f: Fig): number | undefined {
	if (f.kind !== 'amount' || f.inBrackets || f.fromTo !== undefined || f.unit === '' || f.unit === '%') return undefined;
	const at = f.subject.indexOf('人均');
	return at < 0 ? undefined : at;
}
/** 其中 right before the part, its own name alone between (。其中，人均服务性消费支出). */
const PER_HEAD_OPENING = /(?:^|[，。；,;])其中[，：:]?[^，。；,;：:]*$/;
/** How many figures back a per-head whole is looked for (its changes between: 增长5.3%，扣除价格因素，实际增长5.1%). */
const PER_HEAD_BACK = 4;
/** The words of a whole's people that its parts leave out (全国居民 → 居民). */
const WHOLE_OF_PEOPLE = new RegExp(`^(?:${WHOLE_REGION}|全体)`);

/** What a bracket after a figure may say instead of a part of it: a period, a comparison, a conversion, a rate. */
const NOT_A_PART = /[年月季比较为约合折即均占率]|增长|增加|减少|下降|增幅|降幅|同期|以上|以下|目标|计划/;

/**
 * 新建改扩建幼儿园80所（中心城区11所） / 幼儿园80所、新增学位2万个以上（中心城区11所、新增学位0.36万个）: amounts in brackets
 * after amounts of their units, each naming a part of what the last amount of its unit before the bracket counts.
 */
function bracketedParts(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	let open = -1; // the first figure in the bracket being read
	for (let k = Math.max(1, p.first); k < figs.length; k++) {
		const part = figs[k]!;
		const between = p.between(figs[k - 1]!, part);
		if (!part.inBrackets) {
			open = -1;
			continue;
		}
		if (/[（(]/.test(between) && !figs[k - 1]!.inBrackets) open = k;
		else if (open < 0 || /[）)]/.test(between)) {
			open = -1;
			continue;
		}
		const words = between.replace(/^.*[（(、，]/, '');
		if (part.kind !== 'amount' || !part.exact || part.unit === '' || part.unit === '%' || words.length > 14 || NOT_A_PART.test(words)) continue;
		// The whole: the last amount of the part's unit before the bracket, in its clause (幼儿园80所、新增学位2万个以上（中心城区
		// 11所…）; not past a comma or colon: …老年人日间照料中心10个 ⏎ 主要内容：建设33个标准化村卫生室（兴庆区22所…）).
		let whole: Fig | undefined;
		for (let j = open - 1; j >= p.first && j >= open - 4 && !figs[j]!.inBrackets && figs[j]!.segment === figs[open - 1]!.segment; j--) {
			if (j < open - 1 && CLAUSE_BREAK.test(p.between(figs[j]!, figs[j + 1]!))) break;
			if (figs[j]!.unit === part.unit && figs[j]!.kind === 'amount') {
				whole = figs[j];
				break;
			}
		}
		if (whole) holdAgainst(b, whole, part);
	}
}

/** What makes a figure no count of a whole: an average, a rate, an increment. */
const NO_COUNT = /人均|平均|户均|率$|比重$|指数$|^(?:新增|新建|新设|净增|改扩建|新改扩建|改建|扩建|改造)/;
/** A project's planned or cumulative total (计划总投资2800亿元, 累计完成…): not a part of the year's whole. */
const PLANNED = /计划|总投资|累计/;

/**
 * A figure whose subject is an indicator's stated before it, with a restricting qualifier (出口2500亿元…机电产品出口1200亿元;
 * 发展党员213.1万名…在生产、工作一线发展党员112.0万名): it counts some of what the whole counts. Same unit, scope and region;
 * the whole first, in the paragraph.
 */
function qualifiedParts(p: Paragraph, b: Sink, held: ReadonlySet<Fig>): void {
	const figs = p.figs;
	for (let k = p.first; k < figs.length; k++) {
		const part = figs[k]!;
		if (held.has(part) || part.kind !== 'amount' || part.inBrackets || part.unit === '' || part.unit === '%') continue;
		// 乡镇卫生院4.0万个，床位65.3万张: an attribute after the amount of a thing, named by both (乡镇卫生院床位).
		const attribute = attributeName(p, k);
		if (NO_COUNT.test(attribute ?? part.subject) || (attribute === undefined && part.subject.length < 3)) continue;
		// A bound (突破20万户) is held by its bound to a whole the lexicon names; a part by its words, only as printed.
		if (!part.exact && part.indicator === undefined) continue;
		// The amounts of the part's unit passed on the way back to a whole (修复一四五辆 between 增加客车一、四三七辆 and
		// 增加简易代用客车一、七〇四辆): a whole known by its words alone is the nearest of them.
		let passed = 0;
		const whole = latestBefore(figs, k, (w) => {
			const ok = containsPart(w);
			if (!ok && w.kind === 'amount' && w.unit === part.unit) passed++;
			return ok;
		});
		function containsPart(w: Fig): boolean {
			// The whole names an indicator of the lexicon in words of its own: a head noun carried over from the clause before
			// (…学校在校学生174万人，…成人技术培训学校在校学生1282万人) names a sibling, not a whole.
			if (w.kind !== 'amount' || !w.ownSubject || w.unit !== part.unit || w.inBrackets || NO_COUNT.test(w.subject) || !sameScope(w, part) || !sameEnd(w, part) || otherYear(w, part) || otherPeriod(w, part)) return false;
			// A whole that joins names (医院、卫生院, 医院和卫生院床位): a part is one of them under a qualifier (乡镇卫生院), or
			// an attribute of such a part (乡镇卫生院…，床位…).
			if (w.indicator === undefined && part.indicator === undefined && part.exact && w.subject.length >= 4 && qualifies(memberQualifier(w.subject, attribute ?? part.subject))) return true;
			if (attribute !== undefined) return false;
			// 认缴规模132.06亿元、实缴规模39.87亿元 / 总产值1916亿元、增加值544亿元: what is within the other by definition, in
			// one sentence.
			if (w.sentence === part.sentence && (paidOf(w.subject, part.subject) || addedOf(w.subject, part.subject))) return true;
			// A target whose verb opens its name (确保粮食播种面积…) holds what the lexicon puts within it in its own sentence.
			if (part.indicator !== undefined && w.sentence === part.sentence && within(p, part.indicator, targetOf(p, w) ?? '')) return true;
			// A whole the lexicon does not know, in words a qualifier is inserted into (有线电视用户18730万户，有线数字电视用户
			// 8798万户): the part keeps both ends of its name.
			if (w.indicator === undefined) return part.indicator === undefined && part.exact && w.subject.length >= 4 && passed === 0 && qualifies(inserted(w.subject, part.subject));
			// An indicator of the lexicon is within the whole by the lexicon (外商投资企业进出口额 within 货物进出口总额); another
			// subject when it is the whole's under a qualifier.
			// Not a target against what was done, or the other way round (全年第二产业增加值6000亿元。到2025年，全部工业增加值
			// 达到6500亿元).
			// Of one year only: targets of different years (到2025年… 到2035年…), a year named against none (全年… 2030年，…).
			if (part.indicator !== undefined) return alikeAimed(p, part, w) && within(p, part.indicator, w.key);
			if (!part.exact) return false;
			// A part that names another indicator under its qualifier (跨境电商进出口 is 进出口's, not 出口's).
			if (part.base !== undefined && part.base !== w.key) return false;
			const qualifier = part.subject.endsWith(w.subject) ? part.subject.slice(0, -w.subject.length) : part.base === w.key ? (part.qualifier ?? '') : inserted(w.subject, part.subject);
			return qualifies(qualifier);
		}
		// An indicator the lexicon puts within another may come first (企业总量首次突破20万户，市场主体达到75.41万户).
		const after = whole || part.indicator === undefined ? undefined : earliestAfter(figs, k, (w) => w.kind === 'amount' && w.ownSubject && w.indicator !== undefined && w.unit === part.unit && !w.inBrackets && sameScope(w, part) && sameEnd(w, part) && alikeAimed(p, part, w) && within(p, part.indicator!, w.key));
		const container = whole ?? after;
		if (container) holdAgainst(b, container, part);
	}
}

/**
 * Are two figures of periods the text tells apart: one of a part of a year or of a span of years its sentence opens on
 * (上半年，…; “十三五”时期，…累计; 2016年以来，…), the other of another such period or of a whole year it names (全年…)?
 * (A figure that names no period may be of the one the text before it named.)
 */
function otherPeriod(a: Fig, b: Fig): boolean {
	const of = (f: Fig): string | undefined => (f.sentencePeriod === 'part' || f.sentencePeriod === 'span' ? f.sentencePeriod : WHOLE_YEAR_SCOPE.test(f.scope) || statedYear(f) !== undefined ? 'year' : undefined);
	const pa = of(a);
	const pb = of(b);
	return pa !== undefined && pb !== undefined && pa !== pb;
}

/**
 * A subject of capital paid in (实缴规模, 实缴出资) after one of what was subscribed (子基金认缴规模, 认缴出资) in the same words:
 * paid-in capital is at most the subscribed, by definition.
 */
function paidOf(whole: string, part: string): boolean {
	if (!part.startsWith('实缴')) return false;
	const at = whole.lastIndexOf('认缴');
	return at >= 0 && whole.slice(at + 2) === part.slice(2);
}

/**
 * Value added after the gross output it is part of (园区规上工业总产值…、增加值…; 工业总产值…，工业增加值…): the output less
 * what was used up to make it. Its own words alone or the output's, 增加值 for 总产值.
 */
function addedOf(whole: string, part: string): boolean {
	return whole.endsWith('总产值') && (part === '增加值' || part === `${whole.slice(0, -3)}增加值`);
}

/** An area of land: 亩, 公顷 and their multiples. */
const LAND_UNIT = /(?:亩|公顷)$/;
/** The land named right after an area, to a joiner or the clause's end (守牢707.04万亩耕地红线和…; 建成10.75亿亩集中连片高标准农田。). */
const NAMED_AFTER = /^([\u4e00-\u9fff]{2,12}?)(?=[，。；、：和及与（(]|$)/;
/** A year written out (2035年, 二〇三五年). */
const A_YEAR = /(?:19|20)[0-9]{2}年|[〇零一二][〇零一二三四五六七八九]{3}年/;
/** The most kinds of land a paragraph's areas are told apart by. */
const LANDS_MAX = 8;

/**
 * The land the lexicon names right after an area whose subject before it names none (守牢707.04万亩耕地红线: 耕地保有量;
 * 10.75亿亩集中连片高标准农田: 高标准农田, under a qualifier); undefined for other figures.
 */
function landNamedAfter(p: Paragraph, f: Fig): string | undefined {
	if (f.kind !== 'amount' || f.indicator !== undefined || f.inBrackets || !LAND_UNIT.test(f.unit)) return undefined;
	const name = NAMED_AFTER.exec(p.after(f, 14))?.[1];
	if (name === undefined) return undefined;
	const ind = p.lexicon.resolve(name) ?? p.lexicon.resolveQualified(name)?.indicator;
	return ind?.unit === 'area' ? ind.name : undefined;
}

/**
 * 守牢707.04万亩耕地红线和602.23万亩永久基本农田红线 / 严守18亿亩耕地红线…建成10.75亿亩集中连片高标准农田: areas of land
 * named after them (or one before), one within the other by the lexicon, in one block, of one period and region. Each
 * area against the latest of each kind of land before it; at least one of the two named after its figure (two named
 * before are qualifiedParts').
 */
function landAfter(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	const latest = new Map<string, { fig: Fig; after: boolean }>();
	for (let k = p.first; k < figs.length; k++) {
		const f = figs[k]!;
		const named = landNamedAfter(p, f);
		const land = named ?? (f.kind === 'amount' && !f.inBrackets && LAND_UNIT.test(f.unit) ? f.indicator : undefined);
		if (land === undefined || (named === undefined && latest.size === 0)) continue;
		const after = named !== undefined;
		for (const [name, w] of latest) {
			// Of one unit (万亩 against 万公顷 is not compared) and one period: no year of its own on either (到2020年…，到2035年…).
			if (!(after || w.after) || w.fig.unit !== f.unit || !sameScope(w.fig, f) || w.fig.region !== f.region || w.fig.year !== f.year || w.fig.sentenceYear !== f.sentenceYear) continue;
			if (A_YEAR.test(w.fig.subject) || A_YEAR.test(p.between(w.fig, f))) continue;
			if (within(p, land, name) && f.exact) holdAgainst(b, w.fig, f);
			else if (within(p, name, land) && w.fig.exact) holdAgainst(b, f, w.fig);
		}
		if (latest.has(land) || latest.size < LANDS_MAX) latest.set(land, { fig: f, after });
	}
}

/** The words of a union's names: 医院、卫生院, 医院和卫生院床位 (the last name may carry the head noun of all). */
const JOINED = /[、和及与]/;
/** 、和及与 told by code (a whole is read for each part near it: no Set asked per character). */
const isJoiner = (c: number): boolean => c === 0x3001 || c === 0x548c || c === 0x53ca || c === 0x4e0e;

/**
 * The qualifier before one of the names a whole joins (医院、卫生院 ← 乡镇卫生院: 乡镇; 医院和卫生院床位 ← 乡镇卫生院床位 or
 * 乡镇医院床位, the last name's head noun after the first's), '' when the part names none of them so. Names of two
 * characters or more, at most four of them.
 */
function memberQualifier(whole: string, part: string): string {
	// Most wholes join no names: told without a split.
	let joined = false;
	for (let i = 1; i < whole.length - 1 && !joined; i++) joined = isJoiner(whole.charCodeAt(i));
	if (!joined) return '';
	const names = whole.split(JOINED);
	if (names.length < 2 || names.length > 4 || names.some((n) => n.length < 2 || n.length > MEMBER_MAX)) return '';
	const last = names[names.length - 1]!;
	const qualifier = (named: string): string => {
		const q = part.slice(0, -named.length);
		return part.endsWith(named) && q.length >= 2 && q.length <= INSERTED_MAX && PLAIN_QUALIFIER.test(q) ? q : '';
	};
	for (const n of names) {
		const q = qualifier(n);
		if (q !== '') return q;
		// A name before the last with the head noun the last ends with (床位 of 卫生院床位).
		for (let h = 2; n !== last && h < last.length; h++) {
			const r = qualifier(n + last.slice(-h));
			if (r !== '') return r;
		}
	}
	return '';
}
/** The longest name a union of names joins: nouns, not clauses (新改扩建中小学、幼儿园 is no union of kinds). */
const MEMBER_MAX = 6;
/** A qualifier of a place or a level (乡镇, 县级, 农村), not a verb that makes another count (新认定, 新建, 查处). */
const PLAIN_QUALIFIER = /^(?![^]*(?:[新建改认查处开筹办和与及、]|以上|以下))[\u4e00-\u9fff]+$/;

/**
 * The name of an attribute stated after the amount of a thing in its own words (乡镇卫生院4.0万个，床位65.3万张 → 乡镇卫生院
 * 床位): the thing's name, then the attribute's; undefined for a figure that is no such attribute.
 */
function attributeName(p: Paragraph, k: number): string | undefined {
	const f = p.figs[k]!;
	const thing = p.figs[k - 1];
	if (!thing || k - 1 < p.first || thing.segment !== f.segment || thing.kind !== 'amount' || thing.unit === f.unit || !thing.ownSubject || !f.ownSubject) return undefined;
	const between = p.between(thing, f);
	if (f.subject.length < 2 || f.subject.length > 4 || thing.subject.length < 2 || !/^[，、]/.test(between) || between.slice(1) !== f.subject) return undefined;
	return thing.subject + f.subject;
}

/**
 * The qualifier a subject inserts into another, both of whose ends it keeps (有线电视用户 → 有线数字电视用户: 数字), at least
 * two characters on each side; '' when it is no such insertion.
 */
function inserted(whole: string, part: string): string {
	if (whole.length < 4 || part.length < whole.length + 2) return '';
	let a = 0;
	while (a < whole.length && whole[a] === part[a]) a++;
	const rest = whole.length - a;
	if (a < 2 || rest < 2 || !part.endsWith(whole.slice(a))) return '';
	const middle = part.slice(a, part.length - rest);
	// A short word, not the bounds of a band (新中国成立前入党的 … 新中国成立后至党的十一届三中全会前入党的).
	return middle.length <= INSERTED_MAX && !/[至前后以上下及和与、]/.test(middle) ? middle : '';
}
const INSERTED_MAX = 4;

/** Whether the lexicon puts indicator `name` within `whole`, directly or through the indicators it is within. */
function within(p: Paragraph, name: string, whole: string): boolean {
	let ind = p.lexicon.get(name);
	for (let n = 0; ind?.within !== undefined && n < 8; n++) {
		if (ind.within === whole) return true;
		ind = p.lexicon.get(ind.within);
	}
	return false;
}

/** A target's verb that opens its subject (确保粮食播种面积稳定在…). */
const TARGET_VERB = /^(?:确保|力争|争取)/;

/**
 * The indicator a target names after its verb (确保粮食播种面积稳定在17.5亿亩左右、谷物面积14.5亿亩左右 → 粮食播种面积), for
 * a part in the target's own sentence only: the verb stays in the subject elsewhere, so that a target is never taken for
 * the figure of the year (claims.ts).
 */
function targetOf(p: Paragraph, w: Fig): string | undefined {
	if (w.indicator !== undefined || !TARGET_VERB.test(w.subject)) return undefined;
	return p.lexicon.resolve(w.subject.replace(TARGET_VERB, ''))?.name;
}

/** Qualifiers that make another statistic (人均…, 新增…, 目标…, as the lexicon reads them; 上年同期…: another year's). */
function restricts(qualifier: string): boolean {
	return TRANSFORMING.test(qualifier) || /[，、。；]/.test(qualifier) || NO_RESTRICTION.test(qualifier) || OTHER_YEAR_OPENING.test(qualifier);
}

/** Words of a target in a figure's context: a plan, an aim, a year it is to be reached by (到2025年). */
const AIM = /(?:^|[^主重需必])要|力争|确保|争取|计划|目标|到(?:19|20)[0-9]{2}年/;
/**
 * Words before a name that do not pick out some of what it counts: a target (AIM, or a forecast: 今年要完成全社会固定资产
 * 投资3980亿元 is the year's target, no part of a total stated before), the whole itself (全社会, 全市), or another span of
 * time (“十四五”以来完成固定资产投资3980亿元 after the year's 980亿元), a sum.
 */
const NO_RESTRICTION = new RegExp(`${AIM.source}|预计|^全(?:社会|部|体|市|省|国|县|区)$|以来|期间|时期|合计|共计`);
/**
 * Is the figure a target, by the words before it, a period to come its sentence opens on (到2025年，…; 今年，…) or the end
 * of a plan period its sentence names (到“十四五”末，…; “十四五”期末)?
 */
function aimed(p: Paragraph, f: Fig): boolean {
	return AIM.test(f.context) || f.sentencePeriod === 'ahead' || PLAN_END.test(sentenceBefore(p, f));
}
/** The end of a five-year plan, not looked back on (截至“十三五”末 is the review's). */
const PLAN_END = new RegExp(`(?<!截至|截止)(?:${FIVE_YEAR_PLAN})期?末`);
/** How far back a figure's sentence is read for the period it aims at. */
const SENTENCE_BACK = 48;
/** The sentence a figure stands in, up to it (at most SENTENCE_BACK characters). */
function sentenceBefore(p: Paragraph, f: Fig): string {
	const s = p.before(f, SENTENCE_BACK);
	return afterLast(s, '。；！\n');
}
/** Both targets or both done, of one year (by the lexicon, 金融业 is within 第三产业 of one year, aimed at or reached). */
function alikeAimed(p: Paragraph, a: Fig, b: Fig): boolean {
	return aimed(p, a) === aimed(p, b) && yearAimed(p, a) === yearAimed(p, b);
}
/** The year a figure is of: stated (2030年，…), or the year a target is to be reached by (到2025年，…). */
function yearAimed(p: Paragraph, f: Fig): number | undefined {
	const by = statedYear(f);
	if (by !== undefined) return by;
	const m = AIMED_YEAR.exec(sentenceBefore(p, f));
	return m ? Number(m[1]) : undefined;
}
const AIMED_YEAR = /[到至]((?:19|20)[0-9]{2})年/;

/** A qualifier of two characters or more that restricts what is counted rather than making another statistic. */
function qualifies(qualifier: string): boolean {
	return qualifier.length >= 2 && !restricts(qualifier);
}

/** The most parts a block opened by its whole's noun lists in its first sentence. */
const AMONG_MAX = 12;

/**
 * A block opened by the noun of a whole stated in another part of the document (全年规模以上工业企业中，国有及国有控股企业
 * 实现利润6447亿元…; 在城镇投资中，国有及国有控股投资40047亿元 after a picture): the amounts of its first sentence are parts
 * of the one amount of the document, of their unit and year, that the noun names — as an indicator of the lexicon, or
 * with the parts' measure after it (规模以上工业企业 + 利润) — stated before the block (named by the noun alone, before the
 * block before it: that one is the paragraph's, breakdowns).
 */
function amongWholes(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	// Amounts by the indicator or the words they name, each with its positions (a name stated twice names no one whole).
	const byName = new Map<string, number[]>();
	for (let i = 0; i < all.length; i++) {
		const f = all[i]!;
		if (f.kind !== 'amount' || !f.exact || f.inBrackets || !f.ownSubject || f.unit === '' || f.unit === '%' || f.part) continue;
		const keep = (name: string): void => {
			const list = byName.get(name);
			if (!list) byName.set(name, [i]);
			else if (list.length < 4) list.push(i);
		};
		keep(f.key);
		if (f.subject !== f.key) keep(f.subject);
	}
	for (let i = 0; i < all.length; i++) {
		const first = all[i]!;
		if (first.among === undefined || (i > 0 && d.blockOf[i - 1] === d.blockOf[i])) continue;
		const parts: number[] = [];
		for (let k = i; k < all.length && d.blockOf[k] === d.blockOf[i] && all[k]!.sentence === first.sentence && parts.length < AMONG_MAX; k++) {
			const f = all[k]!;
			if (f.kind === 'amount' && f.exact && !f.inBrackets && f.ownSubject && f.unit !== '' && f.unit !== '%' && !NO_COUNT.test(f.subject) && !PLANNED.test(f.subject) && (parts.length === 0 || f.unit === all[parts[0]!]!.unit)) parts.push(k);
		}
		if (parts.length === 0) continue;
		const unit = all[parts[0]!]!.unit;
		const measure = MEASURE.exec(all[parts[0]!]!.subject)?.[1] ?? '';
		const noun = first.among;
		const names = [noun, d.lexicon.resolve(noun)?.name, measure === '' ? undefined : `${noun}${measure}`, measure === '' ? undefined : d.lexicon.resolve(`${noun}${measure}`)?.name];
		let whole: number | undefined;
		for (let n = 0; n < names.length; n++) {
			const name = names[n];
			if (name === undefined) continue;
			const found = (byName.get(name) ?? []).filter((w) => all[w]!.unit === unit && d.yearOf[d.rankOf[w]!] === d.yearOf[d.rankOf[i]!] && sameScope(all[w]!, all[i]!));
			// A whole named by the noun alone in the block just before is the paragraph's (breakdowns); by the noun and the
			// parts' measure, the paragraph does not read it.
			const reach = n < 2 ? d.blockOf[i]! - 1 : d.blockOf[i]!;
			if (found.length === 1 && d.blockOf[found[0]!]! < reach && (byName.get(name)?.length ?? 0) < 4) {
				whole = found[0];
				break;
			}
			if (found.length > 1) break;
		}
		if (whole === undefined) continue;
		work.relations += parts.length * parts.length;
		const wm = MEASURE.exec(all[whole]!.subject)?.[1] ?? '';
		// A part that measures something else than the whole (销售额 under 投资) is none.
		const held = parts.filter((k) => {
			const m = MEASURE.exec(all[k]!.subject)?.[1] ?? '';
			return m === '' || wm === '' || m === wm;
		});
		for (const k of held) holdAgainst(b, all[whole]!, all[k]!, { figs: [whole, k], target: k });
		const division = held.length >= 2 ? divides(held.map((k) => all[k]!.subject)) : undefined;
		const runs: [number, number][] = division ? [[0, held.length]] : dividingRuns(held.map((k) => all[k]!.subject));
		for (const [from, to] of runs) {
			const run = held.slice(from, to);
			sumAgainst(b, all[whole]!, run.map((k) => all[k]!), { figs: [whole, ...run], target: whole });
		}
	}
}

/**
 * An amount and one of an indicator the lexicon puts within it, stated in parts of the document far apart (第三产业增加值
 * 688238亿元 in the overview, 金融业增加值100677亿元 in the section on services): the part is at most the whole. Each is
 * the one amount of its indicator in the document of the other's unit, scope, region (sameRegion) and heading year, with
 * no year or part of one its own sentence names (as partitions across sections, partSum.ts); within two neighbouring
 * blocks they are the paragraph finders'.
 */
function spreadWithin(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	const dated = (i: number): boolean => all[i]!.year !== undefined || all[i]!.sentenceYear !== undefined || all[i]!.sentencePeriod === 'part';
	const byKey = amountsByIndicator(d);
	for (const [key, parts] of byKey) {
		const within = d.lexicon.get(key)?.within;
		const wholes = within === undefined ? undefined : byKey.get(within);
		if (!wholes || parts.length > SPREAD_MAX || wholes.length > SPREAD_MAX) continue;
		// A figure of a year or a part of one its own sentence names (2019年，…; 上半年，…) may be of another period than the
		// heading says: which figure is the other's is not known.
		if (parts.some(dated) || wholes.some(dated)) continue;
		work.relations += parts.length * wholes.length;
		const fits = (a: number, c: number): boolean => all[a]!.unit === all[c]!.unit && sameScope(all[a]!, all[c]!) && sameRegion(d, all[a]!, all[c]!) && d.yearOf[d.rankOf[a]!] === d.yearOf[d.rankOf[c]!];
		for (const k of parts) {
			const found = wholes.filter((w) => fits(w, k));
			if (found.length !== 1 || parts.filter((j) => fits(found[0]!, j)).length !== 1) continue;
			const w = found[0]!;
			if (Math.abs(d.blockOf[w]! - d.blockOf[k]!) <= 1) continue;
			holdAgainst(b, all[w]!, all[k]!, { figs: [w, k], target: k });
		}
	}
}

/** The year's investment in a set of projects: 年度投资, 年度计划投资, 完成投资, 当年完成投资 (not 累计完成投资). */
const YEARS_INVESTMENT = /^(?:当年|全年|年内|年度)?(?:计划)?(?:完成)?(?:年度)?(?:计划)?投资(?:额)?$/;
/** A set of projects under way in the year, and how it is named: 实施…项目78个, 签订合同项目77个. */
const PROJECTS = /项目$/;
/**
 * The stages a project reaches (开工, 建成 …): one list for the finders of a set and its stages (projectSets, stagesReached);
 * subsetsDone ranks its own (STAGES, with 签约 and 纳统).
 */
const PROJECT_STAGES = ['开工', '建成', '竣工', '投产', '完工', '投用'];
/** After a running total's count, a noun and the stage those it counts reached (累计有130个项目建成投产). */
const STAGE_AFTER_NOUN = new RegExp(`^(?:以上|左右)?[\u4e00-\u9fff]{0,6}?(${PROJECT_STAGES.join('|')})`);
/** How many characters after a repeated noun are read for what follows it (AFTER_NOUN). */
const NOUN_END_MAX = 2;
/**
 * What may follow a counted noun that ends there (…个行政村通了公交, …个项目完成验收, …个县区进入, …家企业上云): punctuation,
 * an adverb of the predicate, or a verb of what some of the things did or reached (countedOf) — not a longer noun that
 * opens with it (…个社区卫生服务站建成).
 */
const AFTER_NOUN = new RegExp(`^(?:[、，,；;。：:）)…．.]|已|均|都|全部|基本|先后|相继|顺利|提前|正在|在|${[...PROJECT_STAGES, '完成', '实现', '实行', '通', '达', '进入', '纳入', '入选', '获', '被', '开展', '用上', '接入', '参加', '参与', '启动', '上', '列入', '覆盖', '设立', '建立'].join('|')})`);
/** A stage some of the set reached, the set's by 已 (已开工项目35个). */
const DONE_STAGE = new RegExp(`^已(?:${PROJECT_STAGES.join('|')})(?:建设)?项目$`);
/** How far a set's stage or its year's investment is looked for after it, in figures. */
const SET_MAX = 3;

/** Is `f` the count of a stage the set counted by `set` reached? */
function stageOf(set: Fig, f: Fig): boolean {
	if (f.kind !== 'amount' || f.unit !== set.unit || !f.exact || f.inBrackets || f.part) return false;
	// Not examples of projects finished (奥体中心、第二人民医院等45个项目建成投用 after 实施城市更新项目40个): nothing ties them
	// to the set named before, and the year's completions may come from others.
	return DONE_STAGE.test(f.subject) && ofAnyYear(set);
}

/**
 * A set of projects, what some of it reached and what it invests: 签订合同项目77个、总投资1840.8亿元，已开工项目35个、投资额
 * 975.1亿元 / 安排省重点项目499个，总投资7367亿元，年度投资938亿元. The projects at a stage
 * are at most the set; the year's investment, in the set or in the projects at a stage of it, at most the set's total
 * investment. In one sentence, each right after the other (a count and its investment side by side).
 */
function projectSets(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let i = p.first; i < figs.length; i++) {
		const set = figs[i]!;
		const next = figs[i + 1];
		// 总投资X, then the year's investment in the set: right after, or after a stage of the set and its count.
		const total = set.subject.endsWith('总投资') ? set : PROJECTS.test(set.subject) && next?.subject === '总投资' && next.sentence === set.sentence ? next : undefined;
		const counted = total === set ? undefined : set;
		if (total === undefined && !(PROJECTS.test(set.subject) && set.ownSubject)) continue;
		// A total investment right after its set's count is read from the count.
		const before = figs[i - 1];
		if (total === set && i > p.first && before!.sentence === set.sentence && PROJECTS.test(before!.subject)) continue;
		const from = total === undefined ? i : positionIn(p, total);
		let stage: Fig | undefined;
		for (let k = from + 1; k < figs.length && k <= from + SET_MAX && figs[k]!.sentence === set.sentence; k++) {
			const f = figs[k]!;
			if (/其中|。|；/.test(p.between(figs[k - 1]!, f))) break;
			if (counted && stage === undefined && stageOf(counted, f)) {
				stage = f;
				holdAgainst(b, counted, f);
				continue;
			}
			// Not summed over the years (累计完成投资); a year's plan for the set (年度计划投资) is within its total too.
			const words = p.between(figs[k - 1]!, f);
			if (total && f.kind === 'amount' && f.unit === total.unit && !f.inBrackets && YEARS_INVESTMENT.test(f.subject) && !words.includes('累计') && !NOT_DONE.test(words.replace('计划', ''))) {
				// The investment of the stage's projects, right after their count (已开工项目35个、投资额975.1亿元).
				if (stage === undefined || figs[k - 1] === stage) holdAgainst(b, total, f);
				break;
			}
			if (f.unit === total?.unit || (counted && f.unit === counted.unit)) break;
		}
	}
}

/** Words that put a set's noun within areas (开发区内项目, 乡镇所辖村, 园区的企业). */
const WITHIN_AREAS = new RegExp(`[${AREA_ENDS}](?:内|里|所辖|辖区|的)|累计`);
/** A stage some of a set reached, right after the count of them (76个开工建设, 2条获评…, 34个提前建成). */
const STAGE_AFTER = new RegExp(`^(?:已|均|提前|全部|先后|相继|顺利)?(?:${[...PROJECT_STAGES, '投运', '通车', '获评', '入选', '通过验收'].join('|')})`);
/**
 * Between a set's count and the count of a stage it reached: its noun, then 中 or 有 (151个重点项目有76个开工), or a comma
 * alone (背街小巷改造259条、2条获评…) — no noun of the stage's own, no other words (a year, 力争, 其中…).
 */
const SET_TO_STAGE = /^(?:[\u4e00-\u9fff“”]{1,16}?(?:中|里)?有?|[、，,])$/;
/**
 * A set counted by a stage it reached or by its intake (新开工项目86个, 续建项目60个, 上年结转项目…, 签约引进项目56个,
 * 招商引资项目…, 新增企业…): a stage's count after it and a comma alone may be of others too (the year's completions, of
 * projects begun or signed in years before, or begun this year).
 */
const STAGE_OR_INTAKE = new RegExp([...PROJECT_STAGES, '投运', '续建', '结转', '签约', '签订', '引进', '招引', '招商', '落地', '新增', '新上'].join('|'));
/** After one stage's count, the words of that stage, then the next stage's count (76个开工建设、54个建成). */
const STAGE_TO_STAGE = /^[\u4e00-\u9fff]{1,10}[、，,]$/;

/** What names a set: its subject and the words of its clause before its count (全年新开工项目86个). */
function setWords(p: Paragraph, set: Fig): string {
	return set.subject + p.before(set, 20).replace(/^[^]*[，。；：！？、,;:]/, '');
}

/**
 * A count, then right after it the count of those of it that reached a stage, named by no noun of its own — only the
 * verb after it (151个市区重点项目有76个开工建设、54个建成或部分建成; 实施背街小巷改造259条、2条获评…): each is at most the
 * set (stages may overlap: not summed). Not a stage named before its count (新开工120个，竣工80个: the year's completions
 * may be of projects begun before), nor a count after words of its own (其中, a year, 力争), nor after a comma alone a
 * set itself counted by a stage or its intake (新开工项目86个，120个竣工).
 */
function stagesReached(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	// Parts the paragraph's other finders already hold against a whole (12家医院中3家获评…: OF_WHICH's).
	const held = heldParts(b);
	let set: Fig | undefined;
	let last: Fig | undefined;
	for (let k = Math.max(p.first, 1); k < figs.length; k++) {
		const f = figs[k]!;
		const prev = figs[k - 1]!;
		if (f.kind !== 'amount' || !f.exact || f.inBrackets || f.unit === '' || f.unit === '%' || f.unit.endsWith('元') || !STAGE_AFTER.test(p.after(f, 6))) continue;
		const words = p.between(prev, f);
		const whole = last === prev && set && STAGE_TO_STAGE.test(words) ? set : prev.kind === 'amount' && prev.exact && !prev.inBrackets && SET_TO_STAGE.test(words) && !STAGE_AFTER.test(p.after(prev, 6)) && !(/^[、，,]$/.test(words) && STAGE_OR_INTAKE.test(setWords(p, prev))) ? prev : undefined;
		if (!whole || whole.unit !== f.unit || whole.sentence !== f.sentence || !sameScope(whole, f)) continue;
		// The stage's words open a noun of their own (30个乡镇中有35个开工项目: the count is of projects), or the set's noun
		// says what lies within its areas (12个开发区内项目已有…): not those of the set (151个市区经济重点项目有76个… is).
		const setNoun = whole === prev ? words.replace(/(?:中|里)?(?:已经?)?有?$/, '') : '';
		if (setNoun !== '' && (opensOtherNoun(p.after(f, CLAUSE_MAX), setNoun) || WITHIN_AREAS.test(setNoun))) continue;
		if (held.get(f) !== whole) holdAgainst(b, whole, f);
		set = whole;
		last = f;
	}
}

/** The noun of a set of projects right after its count, up to its last 项目 (525个亿元以上工业项目建设 → 亿元以上工业项目). */
const SET_NOUN_AFTER = /^((?:(?!的)[\u4e00-\u9fff]){0,10}?项目)/;
/** Words between a set and a stage's count that make the count another's: 其中, a year of its own, a new thing. */
const OTHER_SET = /其中|(?:19|20)[0-9]{2}年|[今明去当]年|新/;
/** A stage a project reaches, or two (竣工投产, 建成投用), in the order of PROJECT_STAGES' words. */
const STAGE_WORDS = `(?:${PROJECT_STAGES.join('|')}){1,2}`;
/**
 * The clause before the count of those of a set that reach a stage, after a comma: a verb of aim (力争有, 确保) and the
 * stage before the count (确保竣工投产90个以上, 全部建成投产4万个), or the aim alone, the stage after the count's noun.
 */
const STAGE_BEFORE_COUNT = new RegExp(`^(?:力争|确保|争取)?(?:有|实现)?(?:全部|已)?${STAGE_WORDS}$`);
const AIM_BEFORE_COUNT = /^(?:力争|确保|争取)?(?:有|实现)?$/;
/** After a count whose stage came before it: a bound and the clause's end, no noun of its own (建成投产5个项目). */
const NOTHING_AFTER = /^(?:以上|左右)?(?:[，,；;。]|$)/;
/** A bound after a count, then its noun (170个项目竣工投产, 200个亿元以上项目竣工). */
const BOUND = /^(?:以上|左右)/;
/** After the count's noun: the stage it reaches. */
const STAGE_NEXT = new RegExp(`^(?:已|全部|提前|顺利)?${STAGE_WORDS}`);
/** How many figures between a set and the count of its stage (its investment, classes of it already held). */
const STAGE_SET_MAX = 6;
/** A set counted per year (每年实施重点项目100个, 年均…): the stages reached over the years are of several years' sets. */
const PER_YEAR = /每年|年均|平均每年/;
/** Units that count projects: the set's own, or 个 and 项 (184项重点项目…，13个项目建成) — not enterprises (家) nor places. */
function projectUnits(a: string, b: string): boolean {
	return a === b || (countsAlike(a, b) && /[个项]$/.test(a) && /[个项]$/.test(b));
}

/**
 * 突出抓好…等525个亿元以上工业项目建设，力争有170个项目竣工投产 / 118个重点项目建设，确保竣工投产90个以上 / 184项重点项目
 * 完成投资392亿元，13个项目建成运行 / 施工的更新改造项目7.4万个，全部建成投产4万个: a set of projects named by its noun,
 * then in a later clause of its sentence the count of those of it that reach (or are to reach) a stage — named by 项目
 * or the set's noun, or by nothing after a stage before the count. Each at most the set. Not a set counted by a stage
 * or its intake (新开工项目86个, 签约项目…: the year's completions may be of others), nor a new thing (新开工…, 新建成…),
 * nor past 其中, a year or a figure of the set's unit that is not already held against it.
 */
function stagesOfProjectSet(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	const held = heldParts(b);
	// The last count of a classifier before the set (省重点项目100个、…，市重点项目200个): in one pass.
	let lastCount: Fig | undefined;
	for (let i = p.first; i + 1 < figs.length; i++) {
		const set = figs[i]!;
		const before = lastCount;
		if (set.kind === 'amount' && CLASSIFIERS.has(set.unit.slice(-1))) lastCount = set;
		if (set.kind !== 'amount' || set.inBrackets || !CLASSIFIERS.has(set.unit.slice(-1)) || bounds(set).hi === Infinity) continue;
		const after = SET_NOUN_AFTER.exec(p.after(set, CLAUSE_MAX));
		const noun = after ? after[1]! : PROJECTS.test(set.subject) ? set.subject : undefined;
		const words = setWords(p, set);
		if (noun === undefined || STAGE_OR_INTAKE.test(words + noun) || PER_YEAR.test(words) || isIncrement(set.subject)) continue;
		// A set after another count in its sentence, next to it or past other figures (省重点项目100个、市重点项目200个，力争有
		// 250个项目…; 重点项目100个、总投资500亿元，招商引资项目200个，…): the stage's count may be of them together.
		if (before !== undefined && before.sentence === set.sentence && countsAlike(before.unit, set.unit) && p.between(before, set) !== '') continue;
		for (let k = i + 1; k < figs.length && k <= i + STAGE_SET_MAX && figs[k]!.sentence === set.sentence; k++) {
			const f = figs[k]!;
			const words = p.between(figs[k - 1]!, f);
			if (OTHER_SET.test(words)) break;
			if (!projectUnits(f.unit, set.unit)) continue;
			if (held.get(f) === set) continue;
			const clause = afterLast(words, '，,');
			if (f.kind === 'amount' && !f.inBrackets && clause !== words) {
				const rest = p.after(f, noun.length + 8);
				const bare = rest.replace(BOUND, '');
				const named = ['项目', noun].find((n) => bare.startsWith(n));
				const stageAfter = named !== undefined && STAGE_NEXT.test(bare.slice(named.length));
				if ((STAGE_BEFORE_COUNT.test(clause) && NOTHING_AFTER.test(rest)) || (AIM_BEFORE_COUNT.test(clause) && stageAfter)) holdAgainst(b, set, f);
			}
			break;
		}
	}
}

/** A threshold of money then what is counted over it: 过500万美元的企业达, 过 50亿元的, 过亿元, 超10亿元的项目有. */
/** (The spaces go after each part that is there: two runs of spaces side by side around an absent part backtrack; each run
 * is bounded, or a search from every 过 over a long run of spaces is polynomial.) */
const THRESHOLD_ITEM = String.raw`(?:过|超过|超|突破)\s{0,4}(?:([0-9.]+|[一二两三四五六七八九十百千]+)\s{0,4})?(?:(万亿|万|亿)\s{0,4})?(美元|元)(?:以上)?的?([\u4e00-\u9fff]{0,10}?)(?:达到|达|有|为)?`;
/** The first of a list: the clause up to its count. */
const FIRST_THRESHOLD = new RegExp(`${THRESHOLD_ITEM}$`);
/** One after it: a comma, then straight the threshold (no measure, year or words of its own). */
const NEXT_THRESHOLD = new RegExp(String.raw`^(?:以上)?\s{0,4}[、，,]\s{0,4}` + `${THRESHOLD_ITEM}$`);
/** What makes the counts of a list increments over the thresholds (新增…, 培育…): one that passes the higher may not be new to the lower. */
const NEW_OVER = /新增|培育|净增|新晋|新进|新认定|新入|成长为|晋升|跻身|迈上/;
const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** The threshold a list item names, in its currency's unit, with the noun counted (undefined when the words are none). */
function thresholdIn(words: string, first: boolean): { value: number; currency: string; noun: string } | undefined {
	const m = (first ? FIRST_THRESHOLD : NEXT_THRESHOLD).exec(words);
	if (!m) return undefined;
	const n = m[1] === undefined ? 1 : /^[0-9.]+$/.test(m[1]) ? Number(m[1]) : parseAnyInteger(m[1]);
	if (n === undefined || !Number.isFinite(n)) return undefined;
	return { value: n * (MAGNITUDE[m[2] ?? ''] ?? 1), currency: m[3]!, noun: m[4]! };
}

/**
 * Counts over thresholds of one measure side by side, from the lower up (进出口业绩过500万美元的企业达20家、过5000万美元的企业
 * 达3家、过1亿美元的企业达2家): what passes the higher threshold passes the lower, so its count is at most the lower's. Each
 * item right after the one before it, its threshold straight after the comma, higher than the one before (from the higher
 * down, a list may count bands: 年产值过100亿元的…1家以上、过50亿元的3家以上); the higher's counted noun none of its own, or
 * the lower's or a narrower one; not counts of what newly passed (新增…, 培育…).
 */
function nestedThresholds(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	let prev: { fig: Fig; value: number; currency: string; noun: string } | undefined;
	for (let k = p.first; k < figs.length; k++) {
		const f = figs[k]!;
		if (f.kind !== 'amount' || f.unit === '' || f.unit === '%' || f.unit.endsWith('元')) continue;
		// The words since the count before (a threshold between them may be a figure of its own: 过 50亿元的3家以上).
		const next = prev && prev.fig.sentence === f.sentence && prev.fig.unit === f.unit ? thresholdIn(p.between(prev.fig, f), false) : undefined;
		// Ascending only (a list from the higher threshold down may count bands: 过亿美元的企业10家、过5000万美元的企业6家); the
		// higher's noun none of its own, or the lower's or a narrower one (超亿元的工业项目30个、超10亿元的项目35个: all projects).
		if (prev && next && next.currency === prev.currency && next.value > prev.value && (!next.noun || (prev.noun !== '' && next.noun.endsWith(prev.noun)))) {
			holdAgainst(b, prev.fig, f);
			prev = { fig: f, value: next.value, currency: next.currency, noun: next.noun || prev.noun };
			continue;
		}
		// A list opens in its clause; not in a sentence that speaks of what newly passed (培育…过100亿元的…1家、过50亿元的…).
		const clause = p.before(f, 40).replace(/^[^]*[，。；：！？、]/, '');
		const first = NEW_OVER.test(p.before(f, 80).replace(/^[^]*[。；！？]/, '')) ? undefined : thresholdIn(clause, true);
		prev = first ? { fig: f, ...first } : undefined;
	}
}

/**
 * Between a set's count and the first threshold of the classes listed after it: the set's noun and a comma, then a
 * measure alone and the bound word (182个，投资过… / 900个亿元以上项目，投资过…) — no word of another set (新签约…, 新增…).
 */
const SET_TO_THRESHOLD = /^[\u4e00-\u9fff]{0,10}[，,](?:其中)?(?:投资|总投资|投资额|年产值|产值|营业收入|销售收入)?(?:过|超过|超|突破)$/;
/**
 * After the last threshold read as a figure, before the counts: thresholds the figures' reading leaves to the noun they
 * qualify (、50亿元的项目), then the classes' noun and 分别 (…10亿元项目分别为, …50亿元的项目分别达到).
 */
const CLASSES_OF = /^((?:(?:以上)?[、和及](?:过|超过|超)?[0-9.]+(?:万亿|亿|万)?元)*)(?:以上)?的?([\u4e00-\u9fff]{1,6}?)分别(?:为|达到|达|是|有)?$/;
/** One threshold of CLASSES_OF's first group. */
const THRESHOLD_IN_WORDS = /[、和及]/g;
/** What joins two thresholds, or two counts, in their lists. */
const LIST_JOIN = /^(?:以上)?[、和及]$/;

/**
 * 实施省市重点项目182个，投资过100亿元、50亿元、10亿元项目分别为8个、10个、96个 / 全年实施900个亿元以上项目，投资过100亿元、
 * 50亿元的项目分别达到10个、15个: a set, then right after it and with 分别 the counts of those of it over thresholds of
 * a measure, named by the set's noun or its last words — each at most the set (过10亿元 takes in 过50亿元: the classes may
 * nest, not summed). One sentence; as many counts as thresholds, in the set's unit; not a set of increments (新增…).
 */
function thresholdClassesOfSet(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	const money = (f: Fig): boolean => f.kind === 'amount' && f.unit.endsWith('元') && !f.inBrackets;
	for (let i = p.first; i + 2 < figs.length; i++) {
		const set = figs[i]!;
		if (set.kind !== 'amount' || !set.exact || set.inBrackets || set.unit === '' || set.unit === '%' || set.unit.endsWith('元') || isIncrement(set.subject)) continue;
		if (!money(figs[i + 1]!) || figs[i + 1]!.sentence !== set.sentence || !SET_TO_THRESHOLD.test(p.between(set, figs[i + 1]!))) continue;
		let k = i + 2;
		while (k < figs.length && money(figs[k]!) && figs[k]!.sentence === set.sentence && LIST_JOIN.test(p.between(figs[k - 1]!, figs[k]!))) k++;
		const classes = CLASSES_OF.exec(p.between(figs[k - 1]!, figs[k]!));
		const n = k - i - 1 + (classes?.[1]!.match(THRESHOLD_IN_WORDS)?.length ?? 0);
		if (n < 2 || k + n - 1 >= figs.length) continue;
		const noun = classes?.[2];
		// The set's noun, before its count (省市重点项目182个) or right after it (900个亿元以上项目，).
		const setNoun = set.subject + '|' + (/^[\u4e00-\u9fff]{0,12}(?=[，,])/.exec(p.after(set, 14))?.[0] ?? '');
		if (noun === undefined || !(setNoun.includes(`${noun}|`) || setNoun.endsWith(noun))) continue;
		const counts = figs.slice(k, k + n);
		const joined = (j: number): boolean => j + 1 < figs.length && figs[j + 1]!.sentence === set.sentence && LIST_JOIN.test(p.between(figs[j]!, figs[j + 1]!));
		if (joined(k + n - 1) || !counts.every((f, m) => f.kind === 'amount' && f.exact && !f.inBrackets && f.unit === set.unit && f.sentence === set.sentence && (m === 0 || LIST_JOIN.test(p.between(counts[m - 1]!, f))))) continue;
		for (const f of counts) holdAgainst(b, set, f);
		i = k + n - 1;
	}
}

/** Words that make a figure a target or an estimate, not what was done: 力争…, 计划…, 预计…. */
const NOT_DONE = new RegExp(`${AIM_WORDS}|将|要|拟`);
/** The words of a period that a multi-year amount's name may open with (五年累计, 过去五年共). */
const PERIOD_WORDS = /^(?:(?:过去的?|近)?[二三四五六七八九十两]年(?:来|间|中)?)?(?:累计|共|合计)?/;

/**
 * What an amount of a past period names, for an amount of one year of it: the indicator, or the subject bare of period
 * words and of 完成 (五年累计完成固定资产投资, 中央财政用于“三农”的支出五年累计).
 */
function periodName(f: Fig): string {
	return f.indicator ?? f.key.replace(PERIOD_WORDS, '').replace(/^(?:完成|实现)/, '').replace(/[二三四五六七八九十两]年$/, '');
}

/** An amount of a year or of years that may be related so: done (not a target), of a subject of its own. */
function doneAmount(f: Fig): boolean {
	return f.kind === 'amount' && f.ownSubject && !f.inBrackets && f.unit !== '' && f.unit !== '%' && f.fromTo === undefined && !NOT_DONE.test(f.context) && !NO_COUNT.test(periodName(f));
}

/**
 * 五年来…固定资产投资累计完成4650亿元 … 刚刚过去的2012年…完成全社会固定资产投资1300亿元: what a review sums over the past
 * years (累计, in a block that speaks of several past years) is at least what one of those years did (in a block opened
 * by that past year, in the same part of the document), of the same indicator or subject and unit. A subject summed
 * twice over the years (累计 since two starts) names no one total.
 */
function yearsAndYear(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	const totals = new Map<string, number>();
	const nameOf = (i: number): string => `${d.sectionOf[d.rankOf[i]!]}|${all[i]!.unit}|${periodName(all[i]!)}`;
	for (let i = 0; i < all.length; i++) {
		const f = all[i]!;
		// (全年累计…, 当年累计…: of the one year, whatever past its block speaks of.)
		if (d.carriedOf[d.rankOf[i]!] !== 'years' || !f.context.includes('累计') || (f.scope !== '' && ONE_YEAR_SCOPE.test(f.scope)) || !doneAmount(f)) continue;
		const name = periodName(f);
		// A name the lexicon does not know: of four characters or more for money (投资, 收入 name no one total), of two for a
		// count (累计减贫43万人 … 减贫12.1万人).
		if (f.indicator === undefined && name.length < (f.unit.endsWith('元') ? 4 : 2)) continue;
		const key = nameOf(i);
		const seen = totals.get(key);
		totals.set(key, seen === undefined || all[seen]!.value === f.value ? i : -1);
	}
	if (totals.size === 0) return;
	const ofTheYear = (j: number): boolean => {
		const f = all[j]!;
		return d.carriedOf[d.rankOf[j]!] === 'year' && !f.context.includes('累计') && f.year === undefined && ONE_YEAR_SCOPE.test(f.scope) && doneAmount(f);
	};
	// A block of the year that states one name with two values (…完成固定资产投资980亿元。到2025年，固定资产投资达到4000亿元)
	// says which is the year's only by words the figures do not carry: neither is taken.
	const valueInBlock = new Map<string, number>();
	for (let j = 0; j < all.length; j++) {
		if (!ofTheYear(j) || !totals.has(nameOf(j))) continue;
		const key = `${d.blockOf[j]}|${nameOf(j)}`;
		const v = valueInBlock.get(key);
		valueInBlock.set(key, v === undefined || v === all[j]!.value ? all[j]!.value : Number.NaN);
	}
	for (let j = 0; j < all.length; j++) {
		const f = all[j]!;
		if (!ofTheYear(j) || Number.isNaN(valueInBlock.get(`${d.blockOf[j]}|${nameOf(j)}`) ?? 0)) continue;
		const w = totals.get(nameOf(j));
		// Of one region: a figure of the province or the nation in the year's paragraph (全省完成…4000亿元) is none of the
		// report's own total, which names no region (its own, 全市, is the one its figures name most).
		if (w !== undefined && w >= 0 && sameScope(all[w]!, f) && sameRegion(d, all[w]!, f)) holdAgainst(b, all[w]!, f, { figs: [w, j], target: j });
	}
}
/** The scope of an amount of the one past year its block names: none of its own, or the year's. */
const ONE_YEAR_SCOPE = /^(?:|全年|年内|当年|去年|过去一年)$/;

/**
 * Words that make some of a counted set done or chosen, with no 其中 (subsetsDone). Completions and stages of a thing
 * (完成整改, 办结, 纳统, 开工…), ranked by the order things pass through them where they are stages of one course
 * (签约 before 开工 before 竣工 …); selection words for a set chosen from candidates.
 */
const COMPLETIONS = ['完成整改', '整改完成', '整改到位', '办结', '销号'];
const STAGES = ['签约', '开工', '竣工', '建成', '投产', '纳统'];
const CANDIDATES = ['遴选', '初选', '征集', '推荐', '梳理', '筛选'];
const CHOSEN = ['选定', '确定', '票决出', '选出', '筛选出', '遴选出'];
const STAGE = STAGES.join('|');
/** 283个问题已完成整改257个 / 3329件交办信访件已办结3320件: the whole's noun, then 已 and a completion or stage. */
const DONE_OF_NOUN = new RegExp(`^[\u4e00-\u9fff]{0,10}?已(?:${[...COMPLETIONS, ...STAGES].join('|')})$`);
/**
 * Words before 已 that are not one noun of what gets done: a place or a body the whole counts, then a noun of what it
 * did (12个县区重点项目已开工…, 8个督查组交办问题已完成整改…), or two sets joined (120个问题及新发现问题已完成整改…).
 */
const NOT_ONE_NOUN = /^(?:县区|县市区|区县|县|区(?!域)|村|乡镇|乡|镇|街道|社区|[\u4e00-\u9fff]{0,3}(?:组|部门|单位))[\u4e00-\u9fff]+已|及|和|与|、/;
/**
 * Events counted, then those of them that became disasters (发生5级以上地震17次，成灾10次): the part right after the whole,
 * in its unit, named by 成灾 alone.
 */
const BECAME_DISASTERS = /^[，,](?:其中)?成灾$/;
/** The whole of those events is the count of all that occurred: 发生 in its own clause (not 其中6级以上地震3次, 登陆9次). */
function occurred(whole: Fig): boolean {
	const c = whole.context;
	let start = c.length;
	while (start > 0 && !CLAUSE_MARKS.includes(c[start - 1]!)) start--;
	return c.includes('发生', start);
}
const CLAUSE_MARKS = '，,；;：:。';
/** 累计投产企业近1200家，已纳统企业439家: a stage with 已, then nothing or a noun the whole's name ends with. */
const DONE_NAMED = new RegExp(`^已(${STAGE})([\u4e00-\u9fff]{0,6})$`);
/**
 * The words of a procedure alone between the candidates and the choice (经专家评审, 待人大票决, 最终): not a time or a
 * level (今年确定…, 全市确定…), which may choose from others.
 */
const PROCEDURE = '(?:(?:经|待|由)[\u4e00-\u9fff]{0,8}?(?:评审|论证|票决|评选|审议|审定)后?)?(?:最终)?';
/**
 * 遴选了12件民生实事，待人大票决选定10件 / 梳理22个城中村改造先导项目，选出8个: the candidates' noun, then the words of a
 * procedure and a verb of choosing.
 */
const CHOSEN_OF = new RegExp(`^[\u4e00-\u9fff]{0,12}[，,]${PROCEDURE}(?:${CHOSEN.join('|')})$`);
const CANDIDATE = new RegExp(CANDIDATES.join('|'));
/** A stage of a set of projects named by the set's noun (确保重点项目开工250个以上 after 实施重点项目1000个以上). */
const STAGE_OF_SET = new RegExp(`^(?:确保|力争|争取)?([\u4e00-\u9fff]{2,8}项目)(?:${STAGE})$`);
/** The verb a set of projects is named with (实施重点项目…): what is left is the set's noun. */
const SET_VERB = /^(?:实施|安排|推进|建设|谋划|列入)/;
/** A stage alone after a stage of the same set in a list (、竣工150个以上). */
const STAGE_ALONE = new RegExp(`^[、，,](?:${STAGE})$`);

/**
 * A whole a stock of things at a stage of any year (已纳统企业…, 已开工项目…) may be held against: summed over the years
 * (累计投产企业…) or of no period of its own (not 2023年投产企业…, 今年签约项目…, of which the stock may count others).
 */
function ofAnyYear(f: Fig): boolean {
	return f.context.includes('累计') || (f.scope === '' && f.year === undefined && f.sentenceYear === undefined && f.sentencePeriod === undefined);
}

/** Where a stage word comes in the course of a thing, -1 for none. */
function stageRank(words: string): number {
	for (let r = STAGES.length - 1; r >= 0; r--) if (words.includes(STAGES[r]!)) return r;
	return -1;
}

/**
 * A whole and the part of it done, chosen, at a later stage or become disasters, with no 其中: 有整改时限的283个问题已完成整改
 * 257个 / 累计投产企业近1200家，已纳统企业439家 / 遴选了12件民生实事，待人大票决选定10件 / 发生地震17次，成灾10次 / 实施重点项目1000个以上…确保重点项目开工
 * 250个以上、竣工150个以上. One sentence, one unit; the part right after the whole (or after the set's investment); a
 * target whole holds no done part; an increment (新…) holds no stage the stock may have reached.
 */
function subsetsDone(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	const count = (f: Fig): boolean => f.kind === 'amount' && !f.inBrackets && f.unit !== '' && f.unit !== '%' && !NO_COUNT.test(f.subject);
	// The words before the figure's own (not the whole's before a part: 计划整改的120个问题目前已完成整改…).
	const aimed = (f: Fig): boolean => NOT_DONE.test(f.context.slice(f.context.lastIndexOf('#') + 1));
	// Parts the paragraph's other finders already hold against the whole (签约项目…，已开工项目…: projectSets').
	const held = heldParts(b);
	for (let i = p.first; i + 1 < figs.length; i++) {
		const whole = figs[i]!;
		if (!count(whole)) continue;
		for (let k = i + 1; k < figs.length && k <= i + SET_MAX && figs[k]!.sentence === whole.sentence; k++) {
			const part = figs[k]!;
			if (!count(part) || part.unit !== whole.unit || (aimed(whole) && !aimed(part))) continue;
			const between = p.between(figs[k - 1]!, part);
			if (k === i + 1) {
				const named = DONE_NAMED.exec(between.replace(/^[，,]/, ''));
				const ok =
					(DONE_OF_NOUN.test(between) && !NOT_ONE_NOUN.test(between)) ||
					(named !== undefined && named !== null && /^[，,]/.test(between) && ofAnyYear(whole) && !isIncrement(whole.subject) && whole.subject.endsWith(named[2]!) && stageRank(named[1]!) > stageRank(whole.subject)) ||
					(CHOSEN_OF.test(between) && CANDIDATE.test(whole.context)) ||
					(BECAME_DISASTERS.test(between) && occurred(whole));
				if (ok && held.get(part) !== whole) holdAgainst(b, whole, part);
				break;
			}
			// A stage of a set of projects, past what the set invests (…，完成年度投资2500亿元以上，确保重点项目开工250个以上).
			const set = STAGE_OF_SET.exec(part.subject)?.[1];
			// The set's own noun (not 实施省级重点项目 for 重点项目), of the stage's scope and year.
			if (set !== undefined && PROJECTS.test(whole.subject) && whole.subject.replace(SET_VERB, '') === set && whole.scope === part.scope && whole.year === part.year && !isIncrement(whole.subject)) {
				holdAgainst(b, whole, part);
				for (let j = k + 1; j < figs.length && j <= k + STAGES.length && figs[j]!.sentence === whole.sentence && count(figs[j]!) && figs[j]!.unit === whole.unit && STAGE_ALONE.test(p.between(figs[j - 1]!, figs[j]!)); j++) holdAgainst(b, whole, figs[j]!);
				break;
			}
			if (part.unit === whole.unit) break;
		}
	}
}

/** The verb of a stock right before its figure (国家高新技术企业达到1617家). */
const STOCK_REACHED = /(?:达到|增至|增加到|总数|总量)$/;
/** A date of a stock's own in its clause: the end of a period (期末, 年底), years before. */
const DATED = /[期年季月]末|[年月]底|年前/;
/** The words of a span of years an increment is summed over: 近三年, 五年来, 以来, 累计. */
const SPAN = /近[一二三四五六七八九十两0-9]+年|年来|以来|累计/;
/** The shortest name an increment and a stock in other blocks are matched by (国家高新技术企业). */
const STOCK_NAME_MIN = 4;

/**
 * 新认定国家高新技术企业560家 (the past year's block) … 国家高新技术企业达到1617家，是2014年的3倍 (a review of the years to
 * it): what the year added is within the stock the document says was reached, named word for word without the increment
 * word, in blocks of the past (the year's, or years' ending with it). One stock of the name in the document, neither a
 * target nor of a year of its own, in the same part of the document and region.
 */
function increaseInStock(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	const stocks = new Map<string, number>();
	for (let i = 0; i < all.length; i++) {
		const f = all[i]!;
		if (d.pastOf[d.rankOf[i]!] === undefined || f.kind !== 'amount' || !f.ownSubject || f.inBrackets || f.unit === '' || f.unit === '%' || f.year !== undefined || f.fromTo !== undefined) continue;
		if (f.subject.length < STOCK_NAME_MIN || isIncrement(f.subject) || NO_COUNT.test(f.subject) || NOT_DONE.test(f.context) || !STOCK_REACHED.test(f.context)) continue;
		// Not of a date of its own (“十三五”期末，…达到…; …年底达到…): the stock then, not at the end of the year.
		if (f.sentencePeriod === 'dated' || DATED.test(f.context)) continue;
		const key = `${d.sectionOf[d.rankOf[i]!]}|${f.unit}|${f.subject}`;
		const seen = stocks.get(key);
		stocks.set(key, seen === undefined || all[seen]!.value === f.value ? i : -1);
	}
	if (stocks.size === 0) return;
	for (let j = 0; j < all.length; j++) {
		const f = all[j]!;
		if (d.pastOf[d.rankOf[j]!] !== 'year' || f.kind !== 'amount' || !f.exact || !f.ownSubject || f.inBrackets || f.year !== undefined || NOT_DONE.test(f.context)) continue;
		const name = INCREMENT.exec(f.subject) ? f.subject.replace(INCREMENT, '') : undefined;
		// Not what was added over several years (近三年新认定…, 累计新认定…).
		if (name === undefined || name.length < STOCK_NAME_MIN || SPAN.test(f.context) || SPAN.test(f.scope)) continue;
		const w = stocks.get(`${d.sectionOf[d.rankOf[j]!]}|${f.unit}|${name}`);
		if (w !== undefined && w >= 0 && Math.abs(d.blockOf[w]! - d.blockOf[j]!) > 1 && sameScope(all[w]!, f) && sameRegion(d, all[w]!, f)) holdAgainst(b, all[w]!, f, { figs: [w, j], target: j });
	}
}

/** The most characters of a counted noun read after its count (重点项目, 制造业重点产业链). */
const KIND_NOUN_MAX = 12;
/** How many figures after a total its kinds are looked for, one sentence each. */
const KINDS_REACH = 40;

/** The words of a figure's clause before it (经济发展方面，提出3项指标 → 提出). */
function openingWords(p: Paragraph, f: Fig): string {
	return afterLast(p.before(f, KIND_NOUN_MAX), '，。；：、,;:');
}

/** The Chinese characters right after a figure: the noun a count counts (50个重点项目。 → 重点项目). */
function nounAfter(p: Paragraph, f: Fig): string {
	const after = p.after(f, KIND_NOUN_MAX + 1);
	let n = 0;
	while (n < after.length && n < KIND_NOUN_MAX && isCjk(after.charCodeAt(n))) n++;
	return after.slice(0, n);
}

/** Words of a clause that count over several years (五年来累计建成, 2018年以来, “十四五”期间). */
const SPAN_OF_YEARS = /累计|以来|年来|期间/;
/** A place that opens a clause before its verb (高新区实施, 经开区新开工, 全市实施): its scope. */
const PLACE_OPENING = /^[\u4e00-\u9fff]{0,6}?(?:区|县|市|镇|乡|州|省|园)(?=[\u4e00-\u9fff])/;

/**
 * A kind said of another frame than its total: a time of its own (去年竣工28个… under 计划实施50个…), a span of years
 * (五年来累计建成300个…) where the total has none, or a place of its own other than the total's (高新区实施60个… under
 * 全市实施100个…).
 */
function otherFrame(total: Fig, totalOpening: string, f: Fig, opening: string): boolean {
	if ((f.scope !== '' && f.scope !== total.scope) || (f.sentencePeriod !== undefined && f.sentencePeriod !== total.sentencePeriod) || otherYear(total, f)) return true;
	if (SPAN_OF_YEARS.test(f.context) && !SPAN_OF_YEARS.test(total.context)) return true;
	const place = PLACE_OPENING.exec(opening)?.[0];
	return place !== undefined && place !== PLACE_OPENING.exec(totalOpening)?.[0];
}

/**
 * 抓好50个重点项目。实施14个基础设施项目，…。实施23个产业项目，…。实施13个社会民生项目，… / 细化提出20项主要指标。经济发展
 * 方面，…提出3项指标。其中，…。创新驱动方面，…提出3项指标。…: a count whose noun ends its sentence, then counts of its unit
 * whose nouns end with its head (项目, 指标), one sentence each — the kinds the text takes up one by one: together at
 * most the total (not all of it: a text may take up some only). Not a total in a list of its own sentence (a count of
 * its unit beside it), nor past a count of its unit of another noun, two in one sentence (a list of their own) or one
 * of the total's own noun (a sibling: 提出3项指标。…提出3项指标。), nor with a bound among them.
 */
function kindsOneBySentence(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let k = p.first; k < figs.length; k++) {
		const total = figs[k]!;
		if (total.kind !== 'amount' || !total.exact || total.inBrackets || !CLASSIFIERS.has(total.unit)) continue;
		const noun = nounAfter(p, total);
		if (noun.length < 2 || p.after(total, noun.length + 1).charAt(noun.length) !== '。') continue;
		const head = noun.slice(-2);
		// A count of its unit before it in its sentence: the total is one of a list (抓好50个重点项目、30个民生项目。).
		const before = figs[k - 1];
		if (k > p.first && before!.sentence === total.sentence && before!.unit === total.unit) continue;
		const opening = openingWords(p, total);
		const parts: Fig[] = [];
		// Still a run of kinds, one sentence each.
		let run = true;
		work.relations += KINDS_REACH;
		for (let j = k + 1; j < figs.length && j <= k + KINDS_REACH && run; j++) {
			const f = figs[j]!;
			if (f.kind !== 'amount' || f.unit !== total.unit) continue;
			const named = nounAfter(p, f);
			if (f.sentence === total.sentence) run = false;
			else if (!named.endsWith(head)) break;
			// The total's noun again (3项指标。…3项指标。): a sibling, no kind of it.
			// Nor one said as the total is (实施14项基础设施项目。实施23项产业项目。: siblings said alike, none the others' total).
			else if (named === noun || openingWords(p, f) === opening || !f.exact || f.inBrackets || parts[parts.length - 1]?.sentence === f.sentence) run = false;
			// Nor one of another frame than the total's (计划实施50个…。去年竣工28个产业项目; 五年来累计建成300个产业项目; 高新区实施60个产业项目).
			else if (otherFrame(total, opening, f, openingWords(p, f))) run = false;
			else parts.push(f);
		}
		// Counts of items are whole numbers: summed as printed.
		if (run && parts.length >= 2) sumAgainst(b, total, parts, undefined, true);
	}
}

/** A break in the words after 特别是 or 尤其是 that ends what it singles out: a sentence or a clause group (…，特别是国有及国有控股企业利润增长更快，实现利润: one comma, no break). */
const ESPECIALLY_BREAK = /[。；;！？]/;
/** The measures (MEASURE's) a part's words name, anywhere in them. */
const MEASURE_IN_WORDS = new RegExp(MEASURE.source.replace(/\$$/, ''), 'g');
/**
 * Words in a singled-out part's own words that frame it otherwise than its whole: an aim or what is to come (特别是…计划实现
 * 利润, 争取…项目落地, 将), a running total or a span (累计, 近五年, “十三五”期间), a year of its own (2025年), a comparison
 * (比上年多实现), a whole region (特别是全国…): it need not be among the whole.
 */
const ESPECIALLY_OTHER_FRAME = new RegExp(`${AIM_WORDS}|将|要|拟|累计|以来|年来|期间|五”|比|[〇零一二三四五六七八九十两0-9０-９]{1,4}年|${WHOLE_REGION}`);
/** How many figures back a singled-out part's whole is looked for in its sentence. */
const ESPECIALLY_BACK = 4;

/**
 * The level of government a count's noun opens with (国家级, 省, 省级, 市级, 县 …: 省重点项目 → 省), or undefined when it
 * names none or two (省市重点项目, both levels). Not 市场, 省会, 县城 … (a word of its own).
 */
function levelOf(noun: string): string | undefined {
	const m = LEVEL_OPENING.exec(noun);
	return m === null ? undefined : LEVEL_OF[m[1]!.replace('级', '')];
}
/** A level named with 级 anywhere in words (推进国家级重点项目 → 国家), the first. */
function levelNamed(words: string): string | undefined {
	const m = LEVEL_NAMED.exec(words);
	return m === null ? undefined : LEVEL_OF[m[1]!];
}
const LEVEL_OPENING = /^(国家级?|中央|省级?|市级?|县级?|区级)(?![场民会城委长直市县区省])/;
const LEVEL_NAMED = /(国家|省|市|县|区)级/;
const LEVEL_OF: Readonly<Record<string, string>> = { 国家: '国家', 中央: '国家', 省: '省', 市: '市', 县: '县', 区: '县' };

/**
 * 全年规模以上工业企业实现利润4262亿元，…，特别是国有及国有控股企业利润增长更快，实现利润2392亿元 / 扎实抓好700个省重点项目特别是
 * 100个省级重点推进项目建设: a part 特别是 (尤其是) singles out of the amount of its unit just before it in the sentence — at
 * most it, never summed with others. The part's words one comma at most; the whole a total (no change, rate or
 * average) of the part's measure (利润 of 利润) or, for a count, of the head noun the part's noun holds (项目); of one
 * scope and year.
 */
function singledOut(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let k = p.first + 1; k < figs.length; k++) {
		const part = figs[k]!;
		const prev = figs[k - 1]!;
		if (prev.sentence !== part.sentence || part.kind !== 'amount' || part.inBrackets || part.unit === '' || part.unit === '%' || !(bounds(part).lo > 0)) continue;
		// The part's own words after the last 特别是 or 尤其是 (looked up, no pattern searched from every position).
		const words = p.between(prev, part);
		const at = Math.max(words.lastIndexOf('特别是'), words.lastIndexOf('尤其是'));
		const own = at < 0 ? '' : words.slice(at + 3);
		if (at < 0 || ESPECIALLY_BREAK.test(own) || (own.match(/[，,]/g)?.length ?? 0) > 1 || ESPECIALLY_OTHER_FRAME.test(own)) continue;
		let whole: Fig | undefined;
		for (let j = k - 1; j >= p.first && j >= k - ESPECIALLY_BACK && figs[j]!.sentence === part.sentence; j--) {
			if (figs[j]!.kind === 'amount' && figs[j]!.unit === part.unit) {
				whole = figs[j];
				break;
			}
		}
		if (!whole || !isTotal(p, whole) || bounds(whole).hi === Infinity || !sameScope(whole, part) || otherYear(whole, part)) continue;
		if (part.unit.endsWith('元')) {
			// The measure the part's own words name last (a part's subject may carry the whole's on: 特别是工业增加值增长较快，达到…).
			const mw = MEASURE.exec(whole.subject)?.[1];
			const mp = [...own.matchAll(MEASURE_IN_WORDS)].pop()?.[1];
			if (mw === undefined || mp !== mw) continue;
		} else {
			// A count: the whole's noun (up to 特别是) and the part's noun, of one head (省重点项目 / 省级重点推进项目).
			const wholeNoun = nounAfter(p, whole).replace(/(?:特别是|尤其是)[^]*$/, '');
			const head = (wholeNoun.length >= HEAD_NOUN ? wholeNoun : whole.subject).slice(-HEAD_NOUN);
			if (head.length < HEAD_NOUN || !nounAfter(p, part).includes(head)) continue;
			// Of another level of government (700个省重点项目，特别是80个市级重点项目): no part of the whole, whatever its head.
			const wholeLevel = levelOf(wholeNoun) ?? levelNamed(whole.subject);
			const partLevel = levelOf(nounAfter(p, part)) ?? levelNamed(own);
			if (wholeLevel !== undefined && partLevel !== undefined && wholeLevel !== partLevel) continue;
		}
		holdAgainst(b, whole, part);
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		countedOf(p, sink);
		// A part of a 其中 list or breakdown that countedOf held already (120个项目中，已有100个项目…，另有30个项目…).
		const counted = heldParts(sink);
		const held = new Set<Fig>();
		for (const bd of p.memo('breakdowns', () => findBreakdowns(p))) {
			for (const part of bd.parts) {
				if (counted.get(part) !== bd.total) holdAgainst(sink, bd.total, part);
				held.add(part);
			}
			if (bd.disjoint && bd.parts.every((f) => f.exact)) sumAgainst(sink, bd.total, bd.parts);
			else if (!bd.complete && bd.parts.length > 2) for (const [from, to] of dividingRuns(bd.parts.map((f) => f.subject))) if (bd.parts.slice(from, to).every((f) => f.exact)) sumAgainst(sink, bd.total, bd.parts.slice(from, to));
			attributesOfParts(p, sink, bd);
		}
		increments(p, sink);
		respectiveStocks(p, sink);
		qualifiedParts(p, sink, held);
		bracketedParts(p, sink);
		perHeadParts(p, sink);
		projectSets(p, sink);
		stagesReached(p, sink);
		nestedThresholds(p, sink);
		thresholdClassesOfSet(p, sink);
		stagesOfProjectSet(p, sink);
		subsetsDone(p, sink);
		landAfter(p, sink);
		rankAmong(p, sink);
		kindsOneBySentence(p, sink);
		singledOut(p, sink);
		// Gold medals among all a contest's; with silver and bronze they make all of them (claim.part-sum).
		for (const m of medalRuns(p)) if (m.gold && m.all && !(m.silver && m.bronze)) holdAgainst(sink, m.all, m.gold);
		// An amount with others added to it, and the total the sentence says they make (…，加上…，共为…).
		addedTotals(p, sink, (b, whole, part) => holdAgainst(b, whole, part));
		// Last: the subsets held so far, restated in another currency (…8263亿元…，折1162亿美元 ⊇ …2864亿元…，折403亿美元).
		convertedSubsets(p, sink, { hold: (b, whole, part) => holdAgainst(b, whole, part), sum: (b, whole, parts) => sumAgainst(b, whole, parts) });
	},
	document(d, sink) {
		amongWholes(d, sink);
		// A part a footnote says a marked figure includes (累计筹资[43]15417亿元 … [43]…包括了可转债实际转股金额，…分别为…).
		for (const { whole, part } of notedParts(d)) holdAgainst(sink, d.all[whole]!, d.all[part]!, { figs: [whole, part], target: part });
		yearsAndYear(d, sink);
		spreadWithin(d, sink);
		increaseInStock(d, sink);
	},
};
