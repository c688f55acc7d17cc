/**
 * Counted enumerations in running text (scanEnumerations): a count after a list (区、街道、社区三级党组织; A、B、C等N项;
 * 围绕A、B两大任务), the list read back to its clause's start and judged against the count, with the guards that keep
 * a count not the list's silent (a verb or a time that ends a subject, places that hold the count, kinds of one thing,
 * a count of the things of each item). The items found other ways come from enumPlaces, enumPairs, enumCounts and
 * enumAround; counted nouns listed by the text after from countedNouns.ts.
 */
import { aspectsEnd, COLON_MEASURES, HEADING_LABEL_MAX, headingCount, leadNoun, mostCarryKey } from './countedNouns';
import { TIME_COUNT } from './entries';
import { figuredItemsAfter, listGroupsBefore, quoteParts, quotesIn, subjectItemsAfter, titlesBefore } from './enumAround';
import { digitColonNoun, packedQuoted, quotedCharacters, withBigCounts } from './enumCounts';
import { endsWithSides, localizedPairOff, pairOfThings, pairOfThree, quotedPair, sharedHead, withPairsBeforeJointCounts } from './enumPairs';
import { adminRun, barePlace, chinaPairBefore, countsOfOwnNoun, countsProjectsOfWorks, directionsBefore, doubledWordBefore, familyRunBefore, kindsOfOneThing, levelNamedBefore, levelsOpeningClause, levelsRunOf, packedEnumeration } from './enumPlaces';
import { ADMIN_LEVEL, ENUM_UNITS, EXACT_UNITS, GRADE_AFTER, inIdiom, LIST_AFTER, opensWithVerb, PAIR_ITEM_MAX, PLACE_COUNT_UNITS, placesBefore, PREPOSITION_BEFORE_COUNT, QUOTED_ITEM_JOINERS, QUOTED_LIST_ITEM_MAX, sentenceAround, twoJoined, verbBefore } from './listWords';
import { CLAUSE_OR_QUOTE_MARKS, type ClauseRead, clauseStart, endsWithVerb, INNER_QUOTE_MAX, isWork, lastTakesCount, namesStartingWith, OBJECT_LEAD, PLACE_ITEM, PUNCT, quoteMakesUp, withoutInnerQuotes } from './text';
import type { RawFormula, Verdict } from './types';
import { backReferencedItems } from '../backReferences';
import { FORMULA_SUFFIXES } from '../formulaNames';
import { etcAllows, fitJoiner } from '../formulaReading';
import { DE_VERBS, fromSharedOpening, type Item, sideBySide, splitGroups, splitLastJoiner, stripLead } from '../lists';
import type { ScannedQuantity } from '../quantities';
import { lookupGlossary } from '../../glossary/index';
import { PAIR_RESULT } from './before';
import { codeAt, isCjk } from '../../text/chars';
import { BLANK, countEndChars } from '../../text/trim';
import { work } from '../../work';

/** The longest quoted item of a counted list, its quotes included. */
const QUOTED_ITEM_MAX = 24;

/** Units of things a formula's part counts by (两户一策, 三场一会): before a numeral, no count of a list. */
const COUNTED_IN_FORMULA = new Set(['户', '场']);
/** Units of what places hold (households, events, firms and institutions), never of the places: 3户, 2场, 5家. */
const HELD_BY_PLACES = new Set(['户', '场', '家']);

/** What 场 counts as a list's items: campaigns and disasters (三场硬仗, “五场保卫战”, 两场大汛), not matches or meetings held. */
const EVENTS_OF_A_LIST = /^“?[\u4e00-\u9fff]{0,3}(?:仗|战|役|汛|灾|演练)/;
/** A magnitude after 个 that makes the count an amount (两个亿。, 3个亿以上, 五个多亿): not 亿元项目 or 万亩基地, things counted. */
const MAGNITUDE_AFTER_GE = /^(?:千万|百万|亿|万)(?:多|以上|左右|之多|[^\u4e00-\u9fff]|$)/;
/** What 条 counts as lines: a railway, a road, a route, a corridor (两条高铁线路, 三条高速, 两条通道). */
const LINE_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:线|路|铁|高速|通道|廊)/;

/** A clause's verb between 等 and the count after it (…王村等搬迁群众建成安置房两户): the words are no noun of the list. */
const VERB_AFTER_ETC = /建成|新建|改建|扩建|完成|安置|修缮|开工|投产|实施|举办|举行|召开|获得|入选|建立|设立/;
const PLACE_UNITS = new Set(['镇', '县', '区', '市', '乡', '村', '省', '州', '翼', '国']);
/** A count of places of another kind right after a count of places (两省一市, 三省一市, 一市两区). */
const PLACE_COUNT_NEXT = /^[一二两三四五六七八九十0-9][镇县区市乡村省州国]/;
/**
 * Measure words of sites, machines, buildings, plots, ships and planes: they count a list of names or places (北岸新城、
 * 金沙新区和大同街东段三处), not of common nouns (港口码头、锚地三处作业区; 学校、医院三栋大楼), nor before 套 or 次
 * (台套, 架次, 艘次: sets and trips).
 */
const NAMED_UNITS = new Set(['处', '台', '栋', '幢', '块', '艘', '架']);
/** How the name of a place or building ends (新城, 新区, 大同街东段, 江北, 综合楼). */
const PLACE_NAME_END = /(?:[区城镇村县市乡街路段道岛湾湖山河江港园楼馆站东南西北]|广场)$/;
/** Generic nouns of areas after a count (三个作业区, 两个片区): they count named areas, not kinds of site (SITE_KIND_END). */
const AREA_NOUN = /^(?:作业区|片区|园区|功能区|港区|组团)/;
/** How the common nouns of kinds of site end (港口码头, 锚地, 泊位, 堆场): not names of areas. */
const SITE_KIND_END = /(?:码头|锚地|泊位|堆场|货场|仓库|航道|船闸|场站)$/;
/** Measure words of kinds that may close a clause right after the list they count (…和农村清洁工程5项，). */
const BARE_UNITS = new Set(['项', '类', '种', '件', '个', '条']);
/** Those of them that count kinds, not things: a whole list one short of such a count is judged. */
const KIND_COUNTS = new Set(['项', '类', '种']);

/** Words before a count that make it something other than the size of a list: 前十大, 第三, 近两年. */
const NOT_LIST_COUNT = new Set(['前', '第', '近', '约', '超', '逾', '余', '几', '、', '，', '；', '。', '：']);

/**
 * What levels of government have, named after N级 (两级政府资产, 三级物流配送体系, 两级财政, 三级治理体系): where a verb's object is
 * levels one fewer than N级, the count is of those levels only before such a noun — before another (三级综合性医院, 三级路网,
 * 三级等保) N级 may be a grade.
 */
const LEVELS_HAVE = /^[^，。；、：]{0,6}?(?:政府|财政|党|体系|服务网络|规划|清单|机制|联动|事权|资产|行政|治理|书记|干部|经费|责任)/;

/** Levels listed with 、 right before a count (省、市（州）、县（市、区）): each opens with a level, a short name with its brackets. */
const LEVEL_LIST_BEFORE = /(?:^|[^\u4e00-\u9fff（）、])[\u4e00-\u9fff]{0,4}?[省市县区乡镇村州盟旗][\u4e00-\u9fff]{0,2}(?:（[^（）]{1,6}）)?(?:、[省市县区乡镇村州盟旗][\u4e00-\u9fff]{0,2}(?:（[^（）]{1,6}）)?)+$/;

/** A count and its measure word in an item (八项规定, 省委六条意见, 纵贯五级): the item is counted itself. */
const COUNTED_ITEM = /[一二三四五六七八九十两0-9][个项条级类种大支方市县区]/;

/** …三条高速和广深、赣深…三条铁路, 9个专业特色工业园区和A、B两个共建园区: a list that follows another counted one after 和 (its count and noun, up to ten characters, before the joiner). */
const COUNTED_BEFORE_JOINER = /[0-9一二两三四五六七八九十][个项条级类种大支方座家所部][\u4e00-\u9fff]{0,10}$/;

/** What 部 counts as a measure word: laws, rules, plans and works (not 部门, 部委: the ministries a list may name). */
const WORKS_AFTER = /^(?:法律|法规|规章|条例|规划|规定|办法|文件|作品|影片|电影|著作|专著|剧|曲)/;

/** The opening of a clause that frames a list as what it names (以…为两翼), after a gloss's marker (是指以…为两条横轴). */
const FRAME_OPENING = /^(?:是指|就是|即)?以/;

/** 等 and a noun right before a count (…等国家先进制造业集群4个): the list's noun written before its count. */
const NOUN_BEFORE_COUNT = /等[\u4e00-\u9fff]{2,12}$/;

/** What an item of a whole list of burdens does not hold: a verb (承受着, 面临) or a joining word (叠加, 加上, 以及). */
const BORNE_ITEM_BARS = /[着了和及与]|叠加|加上|连同|承受|面临|面对|遭受|经受|应对/;
/** What a list before such a count may not hold: another such count, a modal verb (the list is a clause's subject). */
const JOINT_INSIDE = /双|[两三四五六七八九十][重手]|可以|能够|应当|必须/;
/** Measures of one thing (总量, 强度, 结构 of energy use or of credit): items a count of things done together counts. */
const MEASURE_OF_ONE = /(?:总量|强度|结构|规模|质量|效益|效率|速度|数量|存量|增量)$/;

/**
 * The last two of a 、-list whose items each end with a quoted name (…初中“壮腰”、高中“筑梦”) right before a count: not one
 * quoted formula closing a plain list (教育、医疗、住房“三保障”两项成果: the quote names the list, the count is another's).
 */
const NAMED_ITEM_BEFORE_COUNT = /[\u4e00-\u9fff]“[^“”]{1,8}”、[\u4e00-\u9fff]{1,6}“[^“”]{1,8}”$/;
/** Burdens that a pair closed off by 的 is counted as (…的三重压力), not what it has (政府和市场的三重作用). */
const BURDENS = /^(?:压力|任务|责任|挑战|考验|风险|困难|矛盾|使命)/;
/** Verbs that open a clause bearing burdens (顶住…的双重压力, 肩负着…的三重任务), not always read as a list's lead. */
const BEARING_VERB = /^(?:肩负着?|担负着?|顶住了?|经受住?了?|承受着?)/;
/**
 * Another clause joined to the one that holds a count (既要稳增长，又要承担…的三重任务; 在需求收缩的同时，面对…; …的三重压力，
 * 以及自然灾害的严峻考验; …，还要兼顾…): the count may take in what it names, so one short is a guess. Read in the sentence,
 * at most SENTENCE_REACH characters either side.
 */
const CLAUSE_JOINED = /又要|又是|同时|以及|还要|还需|也要/;

/**
 * What may follow a count of packed items: no measure word, or one of kinds or levels (级, 位, 大, 项 …). A count in
 * digits, or of things (个, 家, 所: “小巨人”3家, “口袋公园”4个), counts what the quote names.
 */
const PACKED_UNITS = new Set(['”', '级', '位', '大', '项', '类', '种', '方', '条', '支', '重']);

/**
 * The largest count read as the size of any list before it, and the largest read at all: a count above a dozen only of a
 * 、-list as long as it, give or take one (西部地区是指内蒙古、…、宁夏和新疆12省).
 */
const SMALL_COUNT_MAX = 12;
const LIST_COUNT_MAX = 30;

/** The largest count in digits of a noun a colon closes (民生实事 lists run to twenty items and more). */
const COLON_COUNT_MAX = 30;

/**
 * Counted enumerations: a list right before a count of something (区、街道、社区三级党组织; …等3项指标;
 * 县乡村三级领导干部). Only when the count plainly counts the list: a small number, a noun after it,
 * nothing between list and count but 等.
 */
export function scanEnumerations(text: string, quantities: readonly ScannedQuantity[]): RawFormula[] {
	const out: RawFormula[] = [];
	const counts = withBigCounts(text, quantities);
	const blockEnd = text.length - countEndChars(text, BLANK);
	// An index loop: the iterator of a for…of made a result object per count where this long function runs unoptimised.
	for (let countAt = 0; countAt < counts.length; countAt++) {
		const q = counts[countAt]!;
		if (q.kind !== 'number' || q.approx !== 'exact' || q.rangeEnd !== undefined) continue;
		// 全力办好16件民生实事：A；B；…, 认真抓好11方面重点工作：⏎（一）…: a count in digits of the noun a colon closes, its
		// items after the colon or in the blocks after it (as 十件民生实事： is read: see colonNoun).
		if (q.digits !== '' && Number.isInteger(q.value) && q.value >= 2 && q.value <= COLON_COUNT_MAX && q.magnitude === 1 && !NOT_LIST_COUNT.has(text[q.start - 1] ?? '') && !/[0-9]/.test(text[q.start - 1] ?? '')) {
			const f = digitColonNoun(text, q, blockEnd);
			if (f) {
				out.push(f);
				continue;
			}
		}
		if (!Number.isInteger(q.value) || q.value < 2 || q.value > LIST_COUNT_MAX || q.magnitude !== 1) continue;
		// 科学事业和文化艺术事业…。…加强对这两种事业的领导: a count after 这 whose items stand in the clauses before its own.
		const pointed = q.digits === '' ? backReferencedItems(text, q.start, q.end, q.value, q.unit) : undefined;
		if (pointed) {
			const { items } = pointed;
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items }], expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' }, verdict: items.length === q.value ? 'ok' : 'mismatch' });
			continue;
		}
		// 农工商三者, 陆海天网四位一体, 收支两条线: one-character items of one family packed right before the count.
		// (Not a count of time: 冬春两个月, 春夏秋三年 count months and years, not the seasons.)
		// (计划内外外两种: a character of the family written twice — one more, see doubledWordBefore.)
		const family = q.digits === '' && !inIdiom(text, q.start) && !TIME_COUNT.test(q.text) ? (familyRunBefore(text, q.start, q.value) ?? doubledWordBefore(text, q.start, (e) => familyRunBefore(text, e, q.value))) : undefined;
		if (family) {
			out.push(packedEnumeration(text, q, family));
			continue;
		}
		// A count above a dozen (…、宁夏和新疆12省) is read only as the size of a 、-list before it within one item of it.
		const large = q.value > SMALL_COUNT_MAX;
		// A heading that is a counted noun in digits (10件民生实事): its sub-headings list it (a CJK count is read with the
		// unquoted formulas).
		if (!large && q.digits !== '' && COLON_MEASURES.has(q.unit.charCodeAt(0)) && q.unit.length === 1 && q.start <= HEADING_LABEL_MAX) {
			const blockEnd = text.length - countEndChars(text, BLANK);
			let k = q.end;
			while (k < blockEnd && k - q.end < 8 && isCjk(text.charCodeAt(k))) k++;
			if (k > q.end && headingCount(text, q.start, k, blockEnd)) {
				out.push({ start: q.start, end: k, text: text.slice(q.start, k), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: [] }], verdict: 'unexpanded', glossFollows: true });
				continue;
			}
		}
		// 在6个方面持续发力。, 重点抓好8个方面工作。: a count in digits of the aspects a paragraph closes with, listed by the
		// numbered headings after it (as 三个方面工作。 is: see colonNoun).
		if (!large && q.digits !== '' && q.unit === '个' && text[q.start - 1] !== '等') {
			const blockEnd = text.length - countEndChars(text, BLANK);
			let k = q.end;
			while (k < blockEnd && k - q.end < 8 && isCjk(text.charCodeAt(k))) k++;
			const words = text.slice(q.end, k);
			if (text[k] === '。' && k + 1 === blockEnd && (aspectsEnd(text, q.end, k) > 0 || /^方面(?:的?工作)?$/.test(words))) {
				out.push({ start: q.start, end: q.end + 2, text: text.slice(q.start, q.end + 2), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: [] }], verdict: 'unexpanded', glossFollows: true });
				continue;
			}
		}
		// 《望道》《问天》2部作品: works named side by side before their count.
		if (text[q.start - 1] === '》' && (ENUM_UNITS.has(q.unit) || q.unit === '部' || q.unit === '本')) {
			const titles = titlesBefore(text, q.start);
			if (titles.length >= 2 && !inIdiom(text, q.start)) {
				out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: titles }], expansion: { start: titles[0]!.start, end: titles[titles.length - 1]!.end, source: 'before' }, verdict: titles.length === q.value ? 'ok' : Math.abs(titles.length - q.value) === 1 ? 'mismatch' : 'uncertain' });
			}
			continue;
		}
		// 川渝两地, 合芜蚌三市, 成渝地区双城经济圈: places by their one-character abbreviations, exactly the count of them.
		if (PLACE_COUNT_UNITS.has(q.unit) || (q.unit === '双' && text[q.start + 1] === '城')) {
			const places = placesBefore(text, q.start, q.value, true);
			if (places && !inIdiom(text, q.start)) {
				out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: places }], expansion: { start: places[0]!.start, end: places[places.length - 1]!.end, source: 'before' }, verdict: places.length === q.value ? 'ok' : 'mismatch' });
				continue;
			}
		}
		if (q.unit === '地') continue;
		// 。县乡两级公共文化服务体系, ，市县两级2.6万个政务服务事项: one-character levels side by side that open their clause
		// (its subject), the count right after them — nothing before them can be another level: exactly the count, or one
		// fewer (，市县三级…: a level missing), judged whatever follows; not a grade (三级医院, 三级响应).
		// 市区区两级: a level written twice right after levels that make the count — one more (see doubledWordBefore).
		const doubledLevels = q.unit === '级' && !GRADE_AFTER.test(text.slice(q.end, q.end + 10)) ? doubledWordBefore(text, q.start, (e) => levelsRunOf(text, e, q.value)) : undefined;
		if (doubledLevels) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: doubledLevels }], expansion: { start: doubledLevels[0]!.start, end: doubledLevels[doubledLevels.length - 1]!.end, source: 'before' }, verdict: 'mismatch' });
			continue;
		}
		const opening = q.unit === '级' ? levelsOpeningClause(text, q.start, q.end, q.value) : undefined;
		if (opening) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: opening }], expansion: { start: opening[0]!.start, end: opening[opening.length - 1]!.end, source: 'before' }, verdict: opening.length === q.value ? 'ok' : 'mismatch' });
			continue;
		}
		// 两个亿, 3个亿以上: a number of hundred millions (an amount said aloud), not a count of the list before it.
		if (q.unit === '个' && MAGNITUDE_AFTER_GE.test(text.slice(q.end, q.end + 4))) continue;
		// 中越两国, 中美两国: China and the other country by their one-character names, China's first (as places are: 川渝两地);
		// 中越三国: one short.
		// (中越越两国: the other country written twice — one more, see doubledWordBefore.)
		const pair = q.unit === '国' ? (chinaPairBefore(text, q.start, q.value) ?? doubledWordBefore(text, q.start, (e) => chinaPairBefore(text, e, q.value))) : undefined;
		if (pair) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: pair }], expansion: { start: pair[0]!.start, end: pair[pair.length - 1]!.end, source: 'before' }, verdict: pair.length === 2 && q.value === 2 ? 'ok' : 'mismatch' });
			continue;
		}
		// 牢记政府前面“人民”二字, 加“文件”二字组成, “巩固、增强、提升、畅通”八字方针: a count of 字 (or 个字) right after a quote
		// counts the quote's characters — the quote is the count's own and closed: judged.
		const chars = text[q.start - 1] === '”' && (q.unit === '字' || (q.unit === '个' && text[q.end] === '字')) ? quotedCharacters(text, q.start) : undefined;
		// (A bare 十字 is also the cross — “两横两纵”十字形骨架, “新时代”十字路口: read only when it fits, never flagged.)
		if (chars && (chars.length === q.value || text.slice(q.start, q.end) !== '十字')) {
			const end = q.unit === '个' ? q.end + 1 : q.end;
			out.push({ start: q.start, end, text: text.slice(q.start, end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: chars }], expansion: { start: chars[0]!.start, end: chars[chars.length - 1]!.end, source: 'before' }, verdict: chars.length === q.value ? 'ok' : 'mismatch' });
			continue;
		}
		// “人地钱”三挂钩, “市片镇校”四级: one-character items packed in the quote right before the count, exactly its number;
		// never flagged (a quoted word of another length is not read).
		const packed = text[q.start - 1] === '”' && q.digits === '' && PACKED_UNITS.has(q.unit) ? packedQuoted(text, q.start, q.value) : undefined;
		if (packed && !inIdiom(text, q.start)) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: packed }], expansion: { start: packed[0]!.start, end: packed[packed.length - 1]!.end, source: 'before' }, verdict: packed.length === q.value ? 'ok' : 'mismatch' });
			continue;
		}
		if (q.unit === '”') continue;
		const exact = EXACT_UNITS.has(q.unit);
		// 外出农民工和本地农民工两部分: 部分 counts the parts named before it (部 alone is no measure word: 商务部、文化和旅游部两部门).
		const parts = q.unit === '部' && text[q.end] === '分';
		// 指标体系、程序规定、决策规则三部规章: 部 before what it counts as a measure word (laws, plans, works).
		const works = q.unit === '部' && WORKS_AFTER.test(text.slice(q.end, q.end + 2));
		if (!ENUM_UNITS.has(q.unit) && !exact && !parts && !works) continue;
		if (NAMED_UNITS.has(q.unit) && (text[q.end] === '套' || text[q.end] === '次')) continue;
		// 两户一策, 一场一案: households and events counted in a formula's part, not a list's size.
		if (COUNTED_IN_FORMULA.has(q.unit) && /[一二两三四五六七八九十]/.test(text[q.end] ?? '')) continue;
		// 举办足球、篮球三场比赛: 场 counts a list's items only when they are campaigns or disasters.
		if (q.unit === '场' && !EVENTS_OF_A_LIST.test(text.slice(q.end, q.end + 6))) continue;
		// 双减, 双一流: a formula of the glossary, not a count of the list before it.
		if (exact && namesStartingWith(text[q.start]!).some((name) => text.startsWith(name, q.start))) continue;
		// 二级市场, 二级公路: 二 before a measure word is a grade; a list of two is counted with 两.
		if (text[q.start] === '二' || inIdiom(text, q.start)) continue;
		// 5个工作日内, 四项基本原则: a duration or a name, not the size of the list before it.
		const noun = text.slice(q.end, q.end + 6);
		if (/^(?:工作日|小时|月|年|天|周|日)/.test(noun) || lookupGlossary(text.slice(q.start, q.end) + noun.slice(0, 4)) !== undefined) continue;
		const after = text[q.end];
		// 市、县、乡、村四级“林长制”体系: the noun after the count may be quoted.
		const closes = after === undefined || (PUNCT.test(after) && after !== '“');
		// …长三角大飞机等国家先进制造业集群4个，: the count after the noun of a list closed by 等, ending the clause.
		const nounMatch = closes && !PLACE_UNITS.has(q.unit) ? NOUN_BEFORE_COUNT.exec(text.slice(Math.max(0, q.start - 13), q.start)) : null;
		const nounFirst = nounMatch && !VERB_AFTER_ETC.test(nounMatch[0]) ? nounMatch : null;
		// 机构596个。: no class noun (a place counts itself: 广州、深圳两市。).
		// 市县两级2.6万个政务服务事项: levels written side by side before their count may be followed by a figure.
		// 省、市（州）、县（市）三级51个疾控中心: so may levels listed with 、, each opening with a level.
		const levelsBefore = q.unit === '级' && /[0-9]/.test(after ?? '') && (adminRun(text, q.start) === q.value || LEVEL_LIST_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)));
		// 新增A、B、C和D4项，: a count of kinds that closes the clause right after a 、-list counts that list — read only when
		// the items are exactly its number (全国现有认证机构、检测机构596个 counts the bodies, not the two kinds).
		const bare = !PLACE_UNITS.has(q.unit) && !nounFirst && closes && !levelsBefore && !exact && BARE_UNITS.has(q.unit) && after !== undefined && /[，。；]/.test(after);
		if (!PLACE_UNITS.has(q.unit) && !nounFirst && (closes || /[0-9]/.test(after)) && !levelsBefore && !bare) continue;
		if (q.unit === '大' && !/[\u4e00-\u9fff]/.test(after ?? '')) continue;
		// 城乡低保金、社会救助资金、残疾人两项补贴等补助资金: the counted phrase is one item of a longer list.
		let k = q.end;
		while (k < text.length && k - q.end < 6 && /[\u4e00-\u9fff]/.test(text[k]!) && text[k] !== '等') k++;
		if (text[k] === '等' && (k > q.end || q.unit === '双')) continue;
		// 襄州双沟两个市级试点: a name that holds 双, counted with the list.
		if (exact && /[0-9一二两三四五六七八九十]/.test(text[q.end] ?? '')) continue;
		let end = nounFirst ? q.start - nounFirst[0].length + 1 : q.start;
		let etc = false;
		if (text[end - 1] === '等') {
			etc = true;
			end--;
		}
		// 以葛店港、杨叶港为两翼 (是指以…为两条横轴): the list a frame 以…为 names as the counted things.
		if (text[end - 1] === '为') {
			const frame = text.slice(clauseStart(text, end - 1, true), end - 1);
			// A frame of its own inside (以科技创新为核心、制度创新、管理创新为两翼): where the list starts is not known.
			if (FRAME_OPENING.test(frame) && frame.includes('为')) continue;
			if (FRAME_OPENING.test(frame)) end--;
		}
		// 计划生育和环境保护是我国的两项基本国策, 中国和印度是世界上两个最大的发展中国家, 把A、B、C作为政府工作的三项基本准则:
		// the list is the subject of 是 (the object of 把…作为), the count in the predicate; what stands between (我国的, 世界上)
		// says what the things are of and is no part of the last item (see copulaBefore).
		const copulaAt = etc || nounFirst ? -1 : copulaBefore(text, end, q.end);
		// (精准脱贫和污染防治是三大攻坚战的重要内容, …是三个试点之一: the subject is something of the things counted, or some of
		// them — no list of the count, whatever its length.)
		if (copulaAt === OF_THE_COUNTED) continue;
		const copula = copulaAt >= 0;
		if (copula) end = copulaAt;
		// …维护世界和平与促进共同发展这三大历史任务: a demonstrative between the list and its count.
		if (text[end - 1] === '这' && end - 1 > 0 && !PUNCT.test(text[end - 2]!)) end--;
		// 扩大总量与提升质量的双重任务, 内有短板、外有挑战的双重压力: what is borne together (双重, N重) named before 的.
		const borne = exact && !etc && text[end - 1] === '的' && (q.unit === '重' || text[q.start + 1] === '重');
		if (borne) end--;
		const before = text[end - 1];
		if (before === undefined || NOT_LIST_COUNT.has(before) || text[q.start - 1] === '第') continue;
		// “技术+机制”双向, “A-B-C”三级梯度培育体系, “A+B+C”的三级服务网络: the links of a chain in quotes, joined by + or a
		// hyphen, right before the count (的 may stand between). A hyphened chain, and a + chain of levels (N级), are judged as a
		// dashed chain is (“A—B—C”五级组织架构, split with the lists); a chain of + may name one model made of its links
		// (“公司+农户”模式), and a count of 双 is a pair: those only resolved by exactly their number, never flagged.
		const chainClose = before === '”' ? end - 1 : before === '的' && text[end - 2] === '”' ? end - 2 : -1;
		const chain = chainClose > 0 && !etc ? quotedChain(text, chainClose) : undefined;
		if (chain) {
			const off = Math.abs(chain.length - q.value);
			// A + chain before N级 is judged only when its links name levels (“县级中心+镇街服务站+村（社区）站点”): “党建+网格+
			// 大数据”四级联动 joins ways of working, the 四级 counts levels it does not list.
			const plus = /[+＋]/.test(text.slice(chain[0]!.end, chain[1]!.start));
			// Nor when N级 is a grade (“预防-处置-恢复”四级应急响应: the four grades of response, not its stages).
			const grade = q.unit === '级' && GRADE_AFTER.test(text.slice(q.end, q.end + 10));
			const judged = !exact && !grade && (!plus || (q.unit === '级' && chain.every((l) => [...l.text].some((c) => ADMIN_LEVEL.has(c)))));
			if (off === 0 || (off === 1 && judged)) {
				out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: chain }], expansion: { start: chain[0]!.start, end: chain[chain.length - 1]!.end, source: 'before' }, verdict: off === 0 ? 'ok' : 'mismatch' });
			}
			continue;
		}
		// 国内国际双循环, 统筹国内国际两个大局: words side by side that share a character, exactly the count of them; 东西双向,
		// 南北两岸: the directions.
		const side = etc ? undefined : (sideBySide(text, end, q.value) ?? directionsBefore(text, end, q.value));
		if (side) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: side }], expansion: { start: side[0]!.start, end: side[side.length - 1]!.end, source: 'before' }, verdict: 'ok' });
			continue;
		}
		// 国际国内国内两个市场, 东西西两岸: such words and one of them written again — one more than the count.
		const doubledSide = etc ? undefined : doubledWordBefore(text, end, (e) => sideBySide(text, e, q.value) ?? directionsBefore(text, e, q.value));
		if (doubledSide) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: doubledSide }], expansion: { start: doubledSide[0]!.start, end: doubledSide[doubledSide.length - 1]!.end, source: 'before' }, verdict: 'mismatch' });
			continue;
		}
		// 国内国际国外两个市场, 国内国际三个大局: the two sides of one thing side by side, one off the count.
		const offSides = etc ? undefined : localizedPairOff(text, end, q);
		if (offSides) {
			out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items: offSides }], expansion: { start: offSides[0]!.start, end: offSides[offSides.length - 1]!.end, source: 'before' }, verdict: 'mismatch' });
			continue;
		}
		let s = end;
		let listEnd = end;
		let quotedRun = false;
		let afterQuote = false;
		const read: ClauseRead = {};
		// 小学“强基”、初中“壮腰”、高中“筑梦”三大工程: each item ends with its quoted name, words of its own before the quote
		// (a 、 before those words): read as an unquoted list is.
		const open0 = before === '”' ? text.lastIndexOf('“', end - 2) : -1;
		const namedItems = open0 > 1 && end - open0 <= INNER_QUOTE_MAX + 2 && isCjk(text.charCodeAt(open0 - 1)) && NAMED_ITEM_BEFORE_COUNT.test(text.slice(Math.max(0, open0 - INNER_QUOTE_MAX - 12), end));
		if (before === '”' && !namedItems) {
			// “街道大工委—社区大党委—…—楼栋党小组”五级组织架构: the quoted list; “山城”、“江城”两大城市名片: quoted items.
			const open = text.lastIndexOf('“', end - 2);
			if (open < 0 || end - open > 160) continue;
			let first = open;
			while (first >= 2 && QUOTED_ITEM_JOINERS.has(text[first - 1]!) && text[first - 2] === '”') {
				const o = text.lastIndexOf('“', first - 3);
				if (o < 0 || first - o > 24) break;
				first = o;
			}
			s = first < open ? first : open + 1;
			listEnd = first < open ? end : end - 1;
			quotedRun = first < open;
			// 春节、“五一”和“十一”三个长假期: the quoted names close a 、-list whose first items are not quoted.
			// Not when the quoted names are the count by themselves (灯会、庙会、“五一”和“十一”两个黄金周).
			if (text[first - 1] === '、' && text[first - 2] !== '”' && quotesIn(text, first, end) < q.value) {
				const listStart = clauseStart(text, first - 1, true, read);
				if (listStart < 0) continue;
				s = listStart;
				listEnd = end;
				quotedRun = true;
			}
		} else {
			s = clauseStart(text, end, true, read);
			// “五定”班列可以分为集装箱、…三种, “两副”指松山湖、滨海湾两个副中心: a quoted name that opens the clause (clauseStart
			// reads no further): the list is in the words after it.
			// (Read so, the list resolves only when it fits its count: the quoted term's gloss may run on before it — “三线”即根据A、
			// B、C划定的D、E和F三条控制线 — never flagged.)
			// (Nor a list closed by 等: inside a term's gloss it is a part of the term's items — “六坝共筑”指A、B、C、D等四支枢纽，E、
			// F — and a formula read inside those items would keep the term from lending them to its other mentions.)
			if (s < 0 && !etc) {
				s = afterOpeningQuote(text, end);
				afterQuote = true;
			}
			if (s < 0) continue;
		}
		let groups = splitGroups(text, s, listEnd);
		let joined = false;
		// The 、-list made the count by itself and its last item, two joined by 和 (及, 与), is plainly two (fitJoiner).
		let joinerAdds = false;
		let previousClause = false;
		// The list follows another counted one after a joiner, whose count is of a measure word that bars an item (…三条高速和A、
		// B、C三条铁路; not 两部法规和…).
		let afterCounted = false;
		// The first item read after the 的 that closes what it belongs to: a long first item may as well be a phrase of its own
		// (发挥…中心的辐射带动作用、东部新城和西部新城两大片区的支撑作用: 、 joins two phrases, the count is inside the second).
		let firstAfterDe = false;
		// (Not when two items joined by 和 make a count of two, or one short of three kinds: 把不敢腐、不能腐、不想腐…，坚决防范
		// 不作为和乱作为两大风险.)
		if (!exact && !copula && groups.length === 1 && groups[0]!.length < 2 && text[s - 1] === '，' && countEndChars(groups[0]![0]?.text ?? '', '省市县区乡镇村州') < 2 && !((q.value === 2 || pairOfThree(text, groups[0]![0], end, q) || pairOfThings(text, groups[0]![0], end, q, etc)) && twoJoined(groups[0]!))) {
			// 邀请省、州、县专家，成立了三级专家组: the list stands in the clause before.
			let p = s - 1;
			while (p > 0 && !CLAUSE_OR_QUOTE_MARKS.has(codeAt(text, p - 1)) && s - p < 80) p--;
			work.formulas += s - p;
			const prev = splitGroups(text, p, s - 1);
			if (prev.length === 1 && prev[0]!.length >= 2) {
				groups = prev;
				previousClause = true;
			}
		}
		if (groups.length !== 1) continue;
		let items = groups[0]!;
		// “商品零售额”和“餐饮收入额”: quoted items joined by 和 are two whatever the count (as in a formula's list).
		if (quotedRun) items = items.flatMap((it) => quotedPair(it) ?? [it]);
		// “千家企业技术改造、万家企业上云用数”和“专精特新企业培育”三大工程: a quote that holds a list may count as its parts. Read
		// so when they make the count; a long quote holding a list that fits neither way is no item to count by (silent).
		if (quotedRun && items.length !== q.value) {
			const split = items.flatMap(quoteParts);
			if (split.length === q.value) items = split;
			else if (split.length > items.length && items.some((it) => it.text.length > QUOTED_LIST_ITEM_MAX && quoteParts(it).length > 1)) continue;
		}
		// …的双重任务、促进增长与保护生态的双重压力: two joined by 与 (和, 及) in the 、-list's last item are the pair when the
		// items before it close with such a count of their own (not 经济下行、成本上升和需求不足的双重压力: three).
		const borneLast = borne && (q.value === 2 || (q.value === 3 && q.unit === '重')) && items.length >= 2 && JOINT_INSIDE.test(text.slice(s, items[items.length - 1]!.start)) ? twoJoined([items[items.length - 1]!]) : undefined;
		if (borneLast) items = [items[items.length - 1]!];
		// 扩大总量与提升质量的三重任务: a pair closed off by 的 is all that is borne; a count of three burdens over it is one
		// off (no report writes A和B的三重…, while three written before 双重 are seen: 经济下行、成本上升和需求不足的双重压力).
		// Not when the count's own items are listed after it (三重使命，即保供给、…; 三重任务：一是…), nor in a sentence that joins
		// another clause to it (see CLAUSE_JOINED).
		const pairBorneByThree = borne && q.value === 3 && q.unit === '重' && BURDENS.test(text.slice(q.end, q.end + 2)) && items.length === 1 && (borneLast !== undefined || text.slice(s, end).indexOf('、') < 0) && !LIST_AFTER.test(text.slice(q.end, q.end + 14)) && !CLAUSE_JOINED.test(sentenceAround(text, s, q.end));
		if (previousClause) {
			// 县专家 … 专家组: the noun after the count, written once after the last item.
			const last = items[items.length - 1]!;
			const noun = text.slice(q.end, q.end + 4);
			let k = Math.min(noun.length, last.text.length - 1);
			while (k > 0 && !last.text.endsWith(noun.slice(0, k))) k--;
			if (k > 0) items = [...items.slice(0, -1), { start: last.start, end: last.end - k, text: last.text.slice(0, -k) }];
			items = [stripLead(items[0]!), ...items.slice(1)];
			// Only a list that fits the count exactly resolves it from the clause before; it is never flagged.
			if (items.length !== q.value || items.some((it) => it.text.length > 6)) continue;
		} else if (items.length < 2 && (q.value === 2 || (copula && q.value === 3) || pairOfThree(text, items[0], end, q) || pairBorneByThree || pairOfThings(text, items[0], end, q, etc)) && twoJoined(items) && !(q.unit === '级' && adminRun(text, end) === q.value && stripLead(twoJoined(items)![0]!).text.length > PAIR_ITEM_MAX)) {
			// (Not levels side by side, exactly the count, after a joiner that no short item stands before: …在线政务服务平台和
			// 省市两级政府数据平台 — read below.)
			// 中央和地方两个积极性, 预期性和约束性两大类: two items joined by 和 (or 与, 及) make a count of two — and, one short,
			// of three kinds or aspects (预期性和约束性三大类: see pairOfThree).
			const halves = twoJoined(items)!;
			joined = true;
			// After 、, the pair opens no clause: 促进增长 keeps its verb.
			items = [borneLast ? halves[0]! : stripLead(halves[0]!), halves[1]!];
			const pairLead = text.slice(halves[0]!.start, items[0]!.start);
			// 顶住A和B的双重压力, 肩负着A与B的三重任务: the verb that bears the burdens is no part of the first item.
			const bearer = borne && !borneLast ? BEARING_VERB.exec(items[0]!.text) : null;
			if (bearer) items[0] = { start: items[0]!.start + bearer[0].length, end: items[0]!.end, text: items[0]!.text.slice(bearer[0].length) };
			// Before 的 and a count of burdens the pair is closed off and may be longer (我市部分骨干企业停产扩能改造); not
			// what a verb makes (政府和市场共同形成的双重保障).
			// Two nouns with one head (…的外出农民工和…的本地农民工两部分) may be as long as their modifiers make them.
			const longest = borne ? 16 : parts && sharedHead(items[0]!.text, items[1]!.text) ? 30 : PAIR_ITEM_MAX;
			if (items.some((it) => it.text.length > longest || it.text.length === 0 || (endsWithVerb(it.text) && !(OBJECT_LEAD.test(pairLead) && items.some((o) => o !== it && isWork(o.text)))) || (borne && DE_VERBS.some((v) => it.text.endsWith(v))))) continue;
		} else if (items.length < 2) {
			// 县乡村三级: one-character levels without separators.
			const run = items[0]?.text ?? '';
			let k = run.length;
			while (k > 0 && ADMIN_LEVEL.has(run[k - 1]!)) k--;
			const levels = run.length - k;
			// One level before a count of two (明确市两级事权) is a list one short when it is all the clause holds after its verb.
			if (levels < (q.value === 2 ? 1 : 2) || !items[0]) continue;
			// Levels one fewer than the count (县乡村四级), or a level written twice (市县县两级), are a list one off its count
			// only when the run is all the clause holds after its verb (健全县乡村…; not 中央和省市县四级, 全国省市县四级) — or,
			// one fewer, when what stands before it can name no level (盘活市区三级, 进行县乡三级: a verb's last character).
			if (levels !== q.value) {
				const repeated = [...run.slice(k)].some((ch, n, all) => n > 0 && all[n - 1] === ch) && new Set(run.slice(k)).size === q.value;
				// (After a verb that takes levels, before what levels of government have: one fewer, or one written twice —
				// 盘活市区区两级政府资产.)
				const whole = stripLead(items[0]).text === run.slice(k) || ((levels === q.value - 1 || repeated) && verbBefore(run.slice(0, k)) && LEVELS_HAVE.test(text.slice(q.end, q.end + 10)));
				if (!whole || !(levels === q.value - 1 || repeated) || GRADE_AFTER.test(text.slice(q.end, q.end + 10))) continue;
				// 由省统筹，市县三级共同负责: the level left out may be the one the sentence named before (see levelNamedBefore).
				if (!repeated && levelNamedBefore(text, items[0].end - levels, items[0].end)) continue;
			}
			const base = items[0].end - levels;
			items = [...run.slice(k)].map((ch, n) => ({ start: base + n, end: base + n + 1, text: ch }));
		} else {
			// A joiner in an earlier item after another counted list starts the list after it: …三条高速和广深、赣深、
			// 广深港三条铁路. Inside a list, 和 joins two words of one item (城市更新和老旧小区改造提升工程).
			// (Read before the test below: the earlier list's count is in the item the joiner cuts off. Such a list resolves only
			// when it fits its count: A、B两条横向通道和C、D三条纵向通道 restates a formula's parts, judged there.)
			for (let n = items.length - 2; n >= 0; n--) {
				const it = items[n]!;
				const j = Math.max(it.text.lastIndexOf('和'), it.text.lastIndexOf('及'), it.text.lastIndexOf('与'));
				if (j >= 0 && j + 1 < it.text.length && COUNTED_BEFORE_JOINER.test(it.text.slice(0, j))) {
					items = [{ start: it.start + j + 1, end: it.end, text: it.text.slice(j + 1) }, ...items.slice(n + 1)];
					afterCounted = COUNTED_ITEM.test(withoutInnerQuotes(it.text.slice(0, j)));
					break;
				}
			}
			// An item that is itself counted (八项规定…、省委六条意见; 横盖五市、纵贯五级) is no list of this count.
			// (A count inside a quoted name the item goes on after is the name's: “五个一批”项目攻坚专项行动、…等四个专项工作.)
			if (items.some((it) => COUNTED_ITEM.test(withoutInnerQuotes(it.text)))) continue;
			// Burdens named alike (内有短板、外有挑战): the first without as many words as make it like the others.
			// (Not in a quote: “我为群众办实事” holds no clause's verb.)
			const unstripped = items[0]!;
			if (!items[0]!.text.startsWith('“')) items = [fromSharedOpening(stripLead(items[0]!, borne ? items.slice(1) : []), items.slice(1)), ...items.slice(1)];
			const listLead = text.slice(unstripped.start, items[0]!.start);
			// Levels (三级党组织, 五级组织架构) are short names; 生物安全三级实验室 is a grade, not a level.
			// A quoted item is its quote, however long (“主动对标沿海发达地区学经验找差距”和“…”两项行动): no clause's words in it.
			const wholeQuotes = quotedRun && items.every((it) => it.text.startsWith('“') && it.text.endsWith('”') && it.text.indexOf('”') === it.text.length - 1);
			const maxLength = q.unit === '级' ? 6 : wholeQuotes ? QUOTED_ITEM_MAX : 16;
			// A long first item may be the clause's words, an item and 和 before the next (我省入围2024中国民营企业500强和民营企业
			// 制造业500强、服务业100强…等五张榜单): its second half must be short. Before levels of one or two characters each
			// (…由各级人大产生国家、省、市、县四级), the clause's words are the first item's start.
			const shortLevels = q.unit === '级' && items.slice(1).every((it) => it.text.length <= 2);
			const firstMax = shortLevels ? 16 : maxLength;
			// (Nor, before the first item, what it belongs to closed by 的: 我市特色的机械科学研究总院海西分院、…六大科技研发平台.)
			const de = items[0]!.text.lastIndexOf('的');
			const afterDe = de >= 0 && items[0]!.text.length - de - 1 >= 2 && !items[0]!.text.startsWith('“') ? { start: items[0]!.start + de + 1, end: items[0]!.end, text: items[0]!.text.slice(de + 1) } : undefined;
			const joinedFirst = items[0]!.text.length <= firstMax ? items[0]! : splitLastJoiner([items[0]!])?.[1];
			const firstItem = joinedFirst && joinedFirst.text.length <= firstMax ? joinedFirst : afterDe;
			if (!firstItem || firstItem.text.length > firstMax || items.slice(1).some((it) => it.text.length > maxLength)) continue;
			if (firstItem === afterDe) {
				items = [afterDe, ...items.slice(1)];
				firstAfterDe = true;
			} else if (afterDe && items.length >= 3 && endsAsTheOthers(afterDe.text, items.slice(1))) {
				// 压在人民头上的帝国主义、封建主义、官僚资本主义三座大山: a first item whose words after its 的 end as every other item
				// ends (主义) holds before the 的 what the list belongs to; the item is what parallels the others (read so only for its
				// items: judged as before).
				items = [afterDe, ...items.slice(1)];
			}
			// The count must follow the last item itself: …华北等地区新建四个… or …华东改建四个… has words
			// between the list and the count (the last item is much longer than the others, holds 等, or ends in a verb).
			const last = items[items.length - 1]!.text;
			const longest = Math.max(...items.slice(0, -1).map((it) => it.text.length));
			// (Two words joined by 和 in the last item, each no longer than that, are one item or two, not the clause's words:
			// 人工智能、低空经济、…、生物医药和高端医疗器械等5大新兴产业; fitJoiner reads it either way.)
			const halves = last.length > 2 * longest + 2 ? splitLastJoiner([items[items.length - 1]!])?.map((h) => h.text) : undefined;
			const joinedShort = halves !== undefined && halves.every((h) => h.length >= 2 && h.length <= 2 * longest + 2 && !endsWithVerb(h));
			// (Nor a last item closed by a preposition: …、教育和卫生在全部13个门类中 — the count is the whole the list is in.)
			if (last.includes('等') || (last.length > 2 * longest + 2 && !joinedShort) || lastTakesCount(last, items.slice(0, -1).map((it) => it.text), listLead) || /(?:和|及|与|以及|并|为)$/.test(last) || PREPOSITION_BEFORE_COUNT.test(last)) continue;
			if (countsProjectsOfWorks(q.unit, text.slice(q.end, q.end + 2), items.map((it) => it.text))) continue;
			// 城关镇、河口镇3户特困家庭, 甲县、乙县和丙县5家企业: households, events and firms are in the places listed, not the
			// places themselves (whatever the count: …和丑县13家企业).
			if (HELD_BY_PLACES.has(q.unit) && items.some((it) => PLACE_ITEM.test(it.text))) continue;
			const unfitted = items;
			items = fitJoiner(items, q.value);
			joinerAdds = unfitted.length === q.value && items.length === q.value + 1;
			// 九江、景德镇和上饶两条高铁线路: lines run through the places listed, places are no lines (a line is named by its ends
			// joined, 杭州至宁波, or their abbreviations, 昌九): a bare place among the items makes the count no count of them.
			if (q.unit === '条' && LINE_AFTER.test(text.slice(q.end, q.end + 6)) && items.some((it) => barePlace(it.text))) continue;
			// A last item long only by its joiner is read only as it makes the count, split or not (生物医药和高端医疗器械 may be
			// one industry or two): never flagged.
			if (joinedShort && items.length !== q.value) {
				if (unfitted.length !== q.value) continue;
				items = unfitted;
			}
			// …、宁夏和新疆13省: a list of three 、-items or more whose last, two joined by 和 (及, 与), counted apart still
			// leaves it one short of its count: short whichever way the joiner is read.
			if (!etc && items.length >= 3 && q.value - items.length === 2) {
				const apart = splitLastJoiner(items);
				if (apart && apart.length === q.value - 1 && apart.slice(-2).every((h) => h.text.length >= 2)) items = apart;
			}
			// 安铺镇、南三镇和麻章镇: a place's name holds the numeral (南三镇), when the others carry the unit or the item
			// before the count is one character — unless every item is (杭、宁、温三市, 英、葡两国, 东、西两翼: one-character names).
			const oneCharacterNames = items.every((it) => it.text.length === 1);
			if (PLACE_UNITS.has(q.unit) && (items.some((it) => it.text.endsWith(q.unit)) || (items[items.length - 1]!.text.length < 2 && !oneCharacterNames))) continue;
			// 江苏、浙江、上海两省一市, 苏、浙、沪两省一市: places of two kinds counted together; the first count is a part.
			if (PLACE_UNITS.has(q.unit) && PLACE_COUNT_NEXT.test(text.slice(q.end, q.end + 2))) continue;
			// 城乡低保、特困、孤儿、…、残疾人两项补贴: a list far from its count is not what the count counts.
			if (Math.abs(items.length - q.value) > 1 && !(etc && items.length < q.value)) continue;
			// 在兴庆区A、B、C，金凤区D、E、F，西夏区G、H等8所学校: the groups before, lists each, count with the last.
			if (etc && items.length < q.value - 1 && text[s - 1] === '，' && !opensWithVerb(text.slice(s, s + 8))) items = [...listGroupsBefore(text, s - 1, q.value, items), ...items];
		}
		// A count of things done together (双控, 三重压力) resolves only with exactly its number of items.
		// Its items are of a kind: in a list separated by 、, a first item more than twice as long as the others holds words
		// before the list (陆海内外联动、东西双向: the pair is 东西, side by side in the last item); two words joined by 和 may
		// differ more (能源消费总量和强度双控). Nor may the clause hold another such count (产品双向进入、要素双向流动), a
		// modal verb (现货和期货交易可以采用双币种), or close with 的 but before a count of burdens (加速转型和提速跨越的双重压力:
		// the pair; the 、-items before the pair's item are not looked at).
		// (A list of three items or more, whole, one short of the count is judged: 需求收缩、供给冲击、预期转弱四重压力.)
		// Not when an item holds a verb or a joining word (全市经济承受着疫情反复、…、成本上升叠加汛情的四重冲击: the first
		// runs across subject and verb, 叠加 joins a fourth).
		const wholeShort = !etc && !joined && !previousClause && items.length >= 3 && items.length === q.value - 1 && items.every((it) => !/[0-9０-９]/.test(it.text) && !BORNE_ITEM_BARS.test(it.text));
		// A list of three written A、B和C before a count of two done together (总量、结构和效率双重调节, 总量、强度和速度双控):
		// three whichever way a reader takes it — the 、 parts A from the rest, the 和 parts B from C — one more than the pair.
		// Only when the count is plainly of the items: measures of one thing (总量, 强度, 结构). Not a direction (人才、技术和
		// 资本双向流动: each flows both ways), things each under the pair (能源、水资源和建设用地双控: each one's 总量 and 强度),
		// nor things that each achieve a result (进出口、消费和投资双增长, 规模、质量和效益双提升: left silent, as pairOfResults
		// leaves them); only short nouns, none a verb nor a verb and its object (稳总量、调结构和提质量双轮驱动), whole in
		// their clause.
		const pairPlusOne = exact && !etc && !joined && !previousClause && !borne && !borneLast && q.value === 2 && joinerAdds && !PAIR_RESULT.test(text.slice(q.start + 1, q.start + 3)) && items.every((it) => MEASURE_OF_ONE.test(it.text) && it.text.length - MEASURE_OF_ONE.exec(it.text)![0].length !== 1) && items.every((it) => it.text.length >= 2 && it.text.length <= PAIR_ITEM_MAX && !/[0-9０-９“”（）的]/.test(it.text) && !BORNE_ITEM_BARS.test(it.text) && !endsWithVerb(it.text));
		// (A list closed by 等 that is exactly the count is the whole of it: 房地产调控、政策性减收、新冠肺炎疫情等三重因素.)
		if (exact && ((etc && items.length !== q.value) || (items.length !== q.value && !wholeShort && !pairPlusOne && !(pairBorneByThree && joined && items.length === 2)) || (!joined && items[0]!.text.length > 2 * Math.max(...items.slice(1).map((it) => it.text.length)) + 1))) continue;
		if (exact && (JOINT_INSIDE.test(text.slice(borneLast ? items[0]!.start : s, listEnd)) || items.some((it) => it.text.endsWith('的')))) continue;
		// A count of kinds (项, 类, 种) that closes the clause right after a whole 、-list of three or more, one short, is judged
		// as that list is before N重 (新增A、B、C和D5项，: four kinds, not five); a count of things (个, 件, 条) may count what
		// the items hold, and is read only when it fits.
		// Not when the items are kinds of one thing the count may count across them: all ending alike (国家标准、行业标准、地方
		// 标准4项; 国家科技进步奖、…、自然科学奖4项: four standards, four awards), or the last holding a noun the others share
		// (小麦、玉米、大豆新品种4种; 国家级、省级、市级荣誉4项: four varieties, four honours).
		const bareShort = bare && KIND_COUNTS.has(q.unit) && wholeShort && !kindsOfOneThing(items);
		if (bare && (etc || joined || previousClause || (items.length !== q.value && !bareShort) || items.length < 3)) continue;
		if (NAMED_UNITS.has(q.unit) && !items.every((it) => PLACE_NAME_END.test(it.text))) continue;
		// Areas counted by a generic noun (作业区, 片区, 园区) are named or placed (江北、江南、城东三个片区); items that are other
		// kinds of site (港口码头、锚地三个作业区: a wharf, an anchorage) are what the areas hold, not the areas.
		if (AREA_NOUN.test(text.slice(q.end, q.end + 3)) && items.some((it) => SITE_KIND_END.test(it.text))) continue;
		// (Past a quoted word in the first item, a list longer than its count may hold the clause's words as an item: silent.)
		if (read.quoteInFirstItem && items.length > q.value) continue;
		// (An item holding a quoted name with a count of its own may stand for that many: no reading when it makes up the rest.)
		if (items.length !== q.value && quoteMakesUp(items, q.value)) continue;
		// (Read so, the list resolves only when it fits its count, three items or more: never flagged.)
		if (afterQuote && items.length !== q.value) continue;
		// After another counted list and its joiner (…8个产业链和A、B、C3个基础配套产业; …三条高速和A、B、C三条铁路), or read
		// after the 的 that closes what the first item belongs to (我市特色的A、B、…、F六大科技研发平台), a list one off its count
		// is judged when it is whole: not closed by 等, and — after 的 — three items or more, none holding a joiner or a 的 (a
		// 、 between two phrases, the count inside the second: 发挥…的辐射作用、东部新城和西部新城两大片区的支撑作用).
		if ((afterCounted || firstAfterDe) && items.length !== q.value && (etc || Math.abs(items.length - q.value) !== 1 || (firstAfterDe && /[和及与的]/.test(text.slice(items[0]!.start, items[items.length - 1]!.end))))) continue;
		if (firstAfterDe && items.length < 3) continue;
		// 具有重大现实意义、深远历史意义的三件大事：一是…: a list closed by 的 qualifies the counted noun; it is its items only when
		// it makes the count.
		if (items.length !== q.value && items[items.length - 1]!.text.endsWith('的')) continue;
		if (large && Math.abs(items.length - q.value) > 1) continue;
		// 学校、医院和乡镇四所合一改革: a count glued to a word of joining (合一, 融合, 联动) counts things by its own key (所,
		// 网, 治); the list before it is those things only when most items carry the key (派出所、司法所、财政所; 自治、法治、
		// 德治) — else it names where the joining is done, and it is not judged.
		// (Levels linked up — 国家、省、市、县五级联动 — are the things the levels' count counts: each item a level is its key.)
		if (items.length !== q.value && FORMULA_SUFFIXES.some((x) => text.startsWith(x, q.end)) && !mostCarryKey(items, q.unit) && !(q.unit === '级' && items.every((it) => ADMIN_LEVEL.has(it.text[it.text.length - 1]!) || /^(?:国家|中央)$/.test(it.text)))) continue;
		// (An item that is the two sides of one thing side by side counts as two: 统筹利用省内、国内国际三个市场.)
		if (items.length === q.value - 1 && items.some((it) => endsWithSides(text, it))) continue;
		const verdict: Verdict = items.length === q.value || (etc && etcAllows(text, items, q.value)) ? 'ok' : 'mismatch';
		out.push({
			start: q.start,
			end: q.end,
			text: text.slice(q.start, q.end),
			kind: 'enumeration',
			quoted: false,
			parts: [{ count: q.value, items }],
			expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'before' },
			verdict,
			...(etc ? { etc } : {}),
		});
	}
	// 春秋两季, 农、林、牧、渔四业: a numeral the scanner reads no count of, with the items right before it.
	countsOfOwnNoun(text, new Set(counts.map((c) => c.start)), out);
	if (out.length > 1) out.sort((a, b) => a.start - b.start);
	// 六大高耗能行业比上年增长13.5%，其中，A增长20.3%，B增长15.5%，…: a count whose items follow, each with its figure.
	let taken = 0;
	for (const q of counts) {
		while (taken < out.length && out[taken]!.start < q.start) taken++;
		if (out[taken]?.start === q.start || q.kind !== 'number' || q.approx !== 'exact' || q.value < 2 || q.value > 12) continue;
		// (Or equal groups, 五等份: the groups named with their figures, 低收入组…元，中间偏下收入组…元.)
		const shares = q.unit === '等份';
		if ((!ENUM_UNITS.has(q.unit) && !shares) || PLACE_UNITS.has(q.unit) || !isCjk(text.charCodeAt(q.end))) continue;
		// (A count in digits as well: 今年重点培育壮大8个新兴产业集群。新能源汽车产业集群，…。)
		// (Topics a comma closes after a count in characters that leads its paragraph are the lead sentence's: see leadNoun.)
		const topics = q.digits !== '' || leadNoun(text, q.start, blockEnd) < 0;
		const items = (q.digits === '' ? figuredItemsAfter(text, q.end, q.value) : undefined) ?? (shares ? undefined : subjectItemsAfter(text, q.end, q.value, topics));
		// (A count the set has (全市共有4个省级开发区。A开发区，…): what follows may tell of some of them; read only when exact.)
		if (items && items.length !== q.value && text[q.start - 1] === '有') continue;
		// (Equal groups a text names some of — 按五等份收入分组，高收入组…，中间偏上收入组…, the lowest told of apart — promise no
		// list of all: read only when none is missing; more groups than the count is one too many.)
		if (items && shares && items.length < q.value) continue;
		if (items) out.splice(taken, 0, { start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'enumeration', quoted: false, parts: [{ count: q.value, items }], expansion: { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' }, verdict: items.length === q.value ? 'ok' : 'mismatch' });
	}
	return withPairsBeforeJointCounts(text, out);
}

/**
 * Does `first` end with the ending of two characters or more that all of `others` share, and is it no longer than the
 * longest of them by more than two (帝国主义 of 封建主义、官僚资本主义)?
 */
function endsAsTheOthers(first: string, others: readonly Item[]): boolean {
	const a = others[0]!.text;
	let n = 0;
	while (n < a.length && others.every((it) => it.text.length > n + 1 && it.text[it.text.length - 1 - n] === a[a.length - 1 - n])) n++;
	if (n < 2 || first.length <= n || !first.endsWith(a.slice(a.length - n))) return false;
	return first.length <= Math.max(...others.map((it) => it.text.length)) + 2;
}

/** The most characters between 是 and the count it predicates (当今世界面临的). */
const PREDICATE_MAX = 14;
/** What the words between 是 and its count may not hold: a list's marks and joiners, a numeral (another count), 是 itself. */
const PREDICATE_BARS = /[、和与及是一二两三四五六七八九十百千万亿0-9]/;
/** Adverbs that may stand before 是 (和平与发展仍然是…): read past. */
const COPULA_ADVERB = /(?:仍然|依然|始终|仍|正)$/;
/**
 * Adverbs before 是 that make each of the subject's items one of the things counted, or one more besides them (A和B都是…的
 * 三个试点, A和B也是…): the subject is no list of the count.
 */
const EACH_OR_ALSO = /[也都均还亦皆各又]$/;
/**
 * After the counted noun: the subject is some of the things counted (…三个试点之一, 中的两个, 其中, 三大攻坚战中难度最大的) or
 * something of them (三大攻坚战的重要内容, 三大产业的基础, 三件大事的核心), not the things — 的, 中, 里, 之 after a word of the
 * noun; not 中 of 发展中国家, 中心, 中华, 中央, 中部.
 */
const PART_OF_COUNTED = /^[^，。；！？]{0,12}?(?:之[一二三四五六七八九]|中的|当中|其中)|^[^，。；！？]{1,12}?(?:的|之|里|中(?![国心华央部]))/;
/** copulaBefore's answer when the subject of 是 is something of the things counted or some of them (PART_OF_COUNTED). */
const OF_THE_COUNTED = -2;
/** A degree's modifier right after the count, read past (两个最大的发展中国家: the things are 发展中国家). */
const COUNTED_MODIFIER = /^[最更较][^的，。；！？]{1,3}的/;

/**
 * Where the subject of a copula ends when the count at `end` stands in its predicate: the words right before the count are
 * 是 (or 作为 after a 把 in the clause) and at most PREDICATE_MAX characters that close with 的 or a scope 上 (我国的, 当今
 * 世界面临的, 世界上) or nothing, none a list's mark, joiner or numeral; an adverb of going on before 是 (仍然) is read past.
 * -1 when there is none, or when the subject is each or one more of the things (都是, 也是); OF_THE_COUNTED when it is some
 * of them or something of them (…之一, …三大攻坚战的重要内容: see PART_OF_COUNTED).
 * Reads at most PREDICATE_MAX + 4 characters back and 16 after the count.
 */
function copulaBefore(text: string, end: number, countEnd: number): number {
	let p = end;
	while (p > 0 && end - p <= PREDICATE_MAX && text[p - 1] !== '是' && !(text[p - 1] === '为' && text[p - 2] === '作') && isCjk(text.charCodeAt(p - 1)) && !PREDICATE_BARS.test(text[p - 1]!)) p--;
	work.formulas += end - p;
	const predicate = text.slice(p, end);
	if (p < 2 || (predicate !== '' && !/[的上]$/.test(predicate))) return -1;
	let c: number;
	if (text[p - 1] === '是') c = p - 1;
	else if (text[p - 1] === '为' && text[p - 2] === '作') {
		c = p - 2;
		// (作为 only with 把 before it in its clause: 把A、B作为…的三项; A和B作为…的 alone may open an adverbial.)
		const from = clauseStart(text, c, true);
		if (from < 0 || !text.slice(from, c).includes('把')) return -1;
	} else return -1;
	const head = text.slice(Math.max(0, c - 2), c);
	if (EACH_OR_ALSO.test(head)) return -1;
	if (PART_OF_COUNTED.test(text.slice(countEnd, countEnd + 16).replace(COUNTED_MODIFIER, ''))) return OF_THE_COUNTED;
	const adverb = COPULA_ADVERB.exec(head);
	return adverb ? c - adverb[0].length : c;
}

/** The most characters read back from a list to the quoted name that opens its clause. */
const OPENING_QUOTE_REACH = 80;
/** What may stand before a quoted name that opens a clause: a clause's mark, a line's start or the spaces of its indent. */
const BEFORE_OPENING_QUOTE = /[。，；：！？\n 　]/;

/**
 * Where the words after a short quoted name that opens the clause of `end` start (“五定”班列按…可以分为A、B和C三种, “两副”指A、
 * B两个副中心: the clause's subject, or the term its gloss explains), or -1: the quote of Chinese characters only, at most
 * INNER_QUOTE_MAX, at the start of the block or after a clause's mark, no mark of a clause or bracket between it and `end`.
 * Reads at most OPENING_QUOTE_REACH + INNER_QUOTE_MAX + 2 characters.
 */
function afterOpeningQuote(text: string, end: number): number {
	const floor = Math.max(0, end - OPENING_QUOTE_REACH);
	let close = end - 1;
	while (close >= floor && !CLAUSE_OR_QUOTE_MARKS.has(codeAt(text, close)) && text[close] !== '（' && text[close] !== '）') close--;
	work.formulas += end - close;
	if (close < floor || text[close] !== '”') return -1;
	let open = close - 1;
	while (open >= 0 && close - open <= INNER_QUOTE_MAX + 1 && isCjk(text.charCodeAt(open))) open--;
	if (open < 0 || text[open] !== '“' || close - open < 2) return -1;
	return open === 0 || BEFORE_OPENING_QUOTE.test(text[open - 1]!) ? close + 1 : -1;
}

/** How the links of a chain in quotes are joined: plus signs, or hyphens (ASCII or full-width); one kind in a chain. */
const CHAIN_JOINERS = ['+', '＋', '-', '－'];
/** A link of such a chain: a name of two to CHAIN_LINK_MAX Chinese characters, maybe with a bracketed part (村（社区）站点). */
const CHAIN_LINK = /^(?:[\u4e00-\u9fff]|（[\u4e00-\u9fff]{1,4}）)+$/;
const CHAIN_LINK_MAX = 14;

/**
 * The links of the quote that closes at `close` when it is a chain of names joined by one kind of CHAIN_JOINERS (“市级平台+
 * 区域中心+村（社区）站点”, “科技型中小企业-高新技术企业-…”, “技术+机制”): no other mark inside, each link a name (no
 * digits: “1+1+13+N” and “6+2” are codes, 2021-2025 a span of years). Reads at most 6 × (CHAIN_LINK_MAX + 1) characters
 * back to the opening quote, and the quote once more.
 */
function quotedChain(text: string, close: number): Item[] | undefined {
	const from = Math.max(0, close - 6 * (CHAIN_LINK_MAX + 1));
	let open = close - 1;
	let joiner: string | undefined;
	for (; open >= from && text[open] !== '“' && text[open] !== '”'; open--) if (joiner === undefined && CHAIN_JOINERS.includes(text[open]!)) joiner = text[open];
	work.formulas += close - open;
	if (open < from || text[open] !== '“' || joiner === undefined) return undefined;
	const links: Item[] = [];
	let s = open + 1;
	for (let k = open + 1; k <= close; k++) {
		if (k < close && text[k] !== joiner) continue;
		const t = text.slice(s, k);
		if (t.length < 2 || t.length > CHAIN_LINK_MAX || !CHAIN_LINK.test(t)) return undefined;
		links.push({ start: s, end: k, text: t });
		s = k + 1;
	}
	return links.length >= 2 ? links : undefined;
}

