/**
 * Counted nouns whose items are what follows them: a counted noun a colon glosses or its paragraph closes (抓好三项工作：
 * 一是…; colonNoun), a counted noun that is its paragraph's lead sentence (构筑三个平台。: leadNoun; a quoted one:
 * resolveLeadSentence, resolveKeyedSentences), aspects announced before numbered points (从七个方面…：一是…;
 * aspectsBeforePoints, aspectsEnd), a heading that is a counted noun (一、十大工业项目: headingCount, labelOnly); and the
 * unquoted names recognised without a list (recognisedWithoutList), a list whose items carry a key (mostCarryKey).
 */
import { canonicalAllows } from './before';
import { NOUN_AFTER_MAX } from './candidates';
import { NAMES_BY_FIRST, namesStartingWith } from './text';
import type { RawFormula } from './types';
import { FORMULA_SUFFIXES } from '../formulaNames';
import { leadSentenceItems, opensPoints } from '../formulaReading';
import { isLead, type Item, openWithVerbChain } from '../lists';
import { CharSet, codeAt, isCjk } from '../../text/chars';
import { ARABIC_ENUM, ARABIC_PAREN_ENUM, CN_ENUM, CN_PAREN_ENUM, ORDINAL_HEADING } from '../../text/numbering';
import { BLANK, countEndChars, lastOf } from '../../text/trim';
import { work } from '../../work';

/** Second characters of the glossary names (一带一路 → 带) and first characters of the formula suffixes. */
const SECOND_CHARS = new CharSet([...NAMES_BY_FIRST.values()].flat().map((n) => n[1]!));
const SUFFIX_FIRST = new CharSet('融联并协共合齐同');

/** Measure words of a counted noun that a colon glosses: 三项工作：…, 以下九个方面：…, 三件事：…. */
export const COLON_MEASURES = new CharSet('个项条大类种方件点');

/**
 * An unquoted formula that needs no list to be recognised: a glossary name (两新组织), a counted category
 * (四类党员), or a count, a key and a word such as 融合 (三治融合). Recognised, listed and hovered; never flagged.
 */
export function recognisedWithoutList(text: string, i: number): string | undefined {
	// Cheap test first: the character after the count, or the one after that, must be able to continue a name.
	if (!SECOND_CHARS.has(codeAt(text, i + 1)) && codeAt(text, i + 1) !== 0x7c7b /* 类 */ && !SUFFIX_FIRST.has(codeAt(text, i + 2))) return undefined;
	for (const name of namesStartingWith(text[i]!)) if (text.startsWith(name, i)) return name;
	if (text[i + 1] === '类' && /^[\u4e00-\u9fff]{2}/.test(text.slice(i + 2, i + 4))) return text.slice(i, i + 4);
	// (Not after 是: 一是…九是 number a paragraph's points — 九是共享发展成果 is the ninth point, no formula of 是.)
	if (text[i + 1] === '是') return undefined;
	for (const suffix of FORMULA_SUFFIXES) if (text.startsWith(suffix, i + 2)) return text.slice(i, i + 2 + suffix.length);
	return undefined;
}

/** Prepositions before N个方面 that make it where something is done or lacking (在三个方面发力, 从两个方面入手). */
const ASPECTS_PREPOSITION = new CharSet('在从');

/**
 * A counted noun that a colon glosses (重点抓好三项工作：一是…；二是…；三是…; 以下九个方面：), or that closes its paragraph
 * for the headings after it to list (重点抓好九个方面的工作。): the count, its measure word and a noun of at most six
 * characters right before the colon, or of at most four (and 的工作) right before the paragraph's last 。. Returns the end of the noun, or -1. `blockEnd`: where
 * the block's text ends, trailing spaces aside.
 */
export function colonNoun(text: string, i: number, blockEnd: number): number {
	// 十一个方面: a count of two characters before a measure word (十九大 is a Party congress, 十二点三 a number); 十一大,
	// 十二大 before a noun's heading (十二大优势产业集群; see headingCount).
	const teen = text[i] === '十' && ONES.has(codeAt(text, i + 1)) && (TEEN_MEASURES.has(codeAt(text, i + 2)) || (TEEN_BIG.has(codeAt(text, i + 1)) && text[i + 2] === '大' && !congress(text, i)));
	const m = i + (teen ? 2 : 1);
	if (!COLON_MEASURES.has(codeAt(text, m))) return -1;
	// 方面 is one measure word (十方面民生实事: the noun is 民生实事), after 个 too when the count is an object (推进十个方面
	// 重点任务: 重点任务), not after a preposition (在三个方面仍有短板: what follows is said of the aspects).
	const measureEnd = text.startsWith('方面', m) ? m + 1 : text[m] === '个' && text.startsWith('方面', m + 1) && !ASPECTS_PREPOSITION.has(codeAt(text, i - 1)) ? m + 2 : m;
	let k = m + 1;
	while (k < text.length && k - m < 11 && text.charCodeAt(k) >= 0x4e00 && text.charCodeAt(k) <= 0x9fff) k++;
	// 把握好以下四点。, 主要有以下三点：: after 以下 (a list announced), the measure word is the noun, closing its paragraph or
	// before its colon.
	if (k === m + 1 && text.startsWith('以下', i - 2) && m === measureEnd && (text[k] === '：' || text[k] === ':' || (text[k] === '。' && k + 1 === blockEnd))) return k;
	if (k <= m + 1) return -1;
	// Markdown emphasis may close before the colon (**重点抓好以下九个方面工作**：).
	let mark = k;
	while (text[mark] === '*' && mark - k < 2) mark++;
	if (text[mark] === '：' || text[mark] === ':') {
		// 六大高耗能行业分别为：…: a verb between the noun and the colon.
		const verb = BEFORE_COLON.exec(text.slice(m + 1, k));
		const end = verb ? k - verb[0].length : k;
		// 以下三个区域的规划和建设：: after the counted noun and 的, what is done to it may take the rest of the ten characters —
		// not another noun with items of its own (三大攻坚战的主要举措有：一是…四是…; 两个维护的具体要求是：).
		const de = text.slice(m + 1, end).indexOf('的');
		if (de >= 0 && OWN_LIST_NOUN.test(text.slice(m + 1 + de, end))) return -1;
		if (end > m + 1 && (end - m <= 8 || (de > 0 && de <= 6 && m + 1 + de < end - 1))) return end;
		// 要在以下五个方面实现战略性突破：: after 以下 (a list announced), 方面 and a verb's phrase before the colon that ends its
		// paragraph (the headings after it are the list; a sentence after the colon is no list of the aspects: 在以下三个方面
		// 集中力量攻坚：加快工业化、城镇化…); the noun is 方面.
		if (!text.startsWith('以下', i - 2) || mark + 1 < blockEnd) return -1;
		return measureEnd > m ? measureEnd + 1 : text.startsWith('方面', m + 1) ? m + 3 : -1;
	}
	// 重点抓好八件实事；一是…二是…, 主要有三个方面考虑。一是…, 办好十件民生实事。（1）…（2）…: items numbered right after
	// the clause the counted noun closes, in its paragraph, in any numbering that opens no figure (see opensPoints).
	if ((text[mark] === '；' || text[mark] === '。') && mark === k && k - m <= 7 && opensPoints(text, k + 1)) return k;
	// 从七个方面对经济建设进行了部署。一是…, 从供给和需求两方面采取措施。一要…: 方面 and a predicate that runs on to the end of
	// its sentence, the points numbered right after it (the counted noun is N个方面: see aspectsBeforePoints).
	const points = aspectsBeforePoints(text, i);
	if (points > 0) return points;
	if (k - m >= 8) k = m + 8;
	// A note of a communiqué: 七大水系是指长江、黄河…, the gloss after 是指.
	const defined = text.slice(m + 1, k + 2).indexOf('是指');
	if (defined > 0) return m + 1 + defined;
	// Closing a paragraph, a noun of a few characters (方面, 方面的工作), not a clause (四类党员编入网格。).
	const noun = text.slice(measureEnd + 1, k).replace(/的?工作$/, '');
	let after = k + 1;
	while (text[after] === '*' && after - k <= 2) after++;
	if (text[k] === '。' && after === blockEnd && noun.length >= (measureEnd > m ? 0 : 1) && noun.length <= 4) return k;
	// 在三个方面持续发力。: 方面 and a short predicate closing the paragraph (the name is the count's: see aspectsEnd).
	if (text[k] === '。' && after === blockEnd && aspectsEnd(text, m + 1, k) > 0) return k;
	return headingCount(text, i, k, blockEnd) ? k : -1;
}
/**
 * A quoted formula of one part that is its paragraph's lead sentence (实施“三个率先突破”。, 促进“三带”联动发展。), its
 * quotes at `open` and `after`: listed by the sentences after it (leadSentenceItems).
 */
export function resolveLeadSentence(f: RawFormula, text: string, open: number, after: number): void {
	const part = f.parts[0]!;
	if (part.count === undefined || part.key === undefined) return;
	if (open > HEADING_LABEL_MAX || !labelOnly(text.slice(0, open))) {
		resolveKeyedSentences(f, text, after);
		return;
	}
	let k = after;
	while (k < text.length && k - after < NOUN_AFTER_MAX && isCjk(text.charCodeAt(k))) k++;
	while (text[k] === '*' && k - after < 8) k++;
	if (text[k] !== '。') {
		resolveKeyedSentences(f, text, after);
		return;
	}
	k++;
	while (text[k] === '*') k++;
	const items = leadSentenceItems(text, k, text.length - countEndChars(text, BLANK), part.key, part.count, f.text);
	// A well-known formula's sentences must name one of its canonical items (坚决打好“三大攻坚战”。加快推进产业升级…。加快推进
	// 城市更新…。 lists other work).
	if (!items || Math.abs(items.length - part.count) > 1 || !canonicalAllows(f.text, items, part.key)) return;
	f.parts = [{ ...part, items }];
	f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' };
	f.verdict = items.length === part.count ? 'ok' : 'mismatch';
}

/** The most characters from a formula to the end of its sentence for the sentences after it to be read as its items. */
const KEYED_SENTENCE_REACH = 40;

/** Does the sentence of a quoted formula (its quotes around [start, after), its 。 at `end`) hold `key` outside the quotes? */
function ownSentenceHolds(text: string, start: number, after: number, end: number, key: string): boolean {
	let from = start - 1;
	while (from > 0 && start - from < KEYED_SENTENCE_REACH && text[from - 1] !== '。' && text[from - 1] !== '\n') from--;
	work.formulas += start - from;
	return text.slice(from, Math.max(from, start - 1)).includes(key) || text.slice(after, end).includes(key);
}

/** Does the sentence opening at `start` name `key` once only, to its 。 (the sentences after a formula are disjoint: linear)? */
function keyOnceInSentence(text: string, start: number, key: string): boolean {
	let end = text.indexOf('。', start);
	if (end < 0) end = text.length;
	work.formulas += end - start;
	const sentence = text.slice(start, end);
	const first = sentence.indexOf(key);
	return first < 0 || sentence.indexOf(key, first + key.length) < 0;
}

/**
 * A quoted formula of one part inside its paragraph, not its lead (以“五大融合”为抓手，大力推进协同共进。推进产业融合，…。推进交通
 * 融合，…): listed by the sentences right after its own whose first clauses all end with its key of two characters or more,
 * exactly its count of them (leadSentenceItems). A paragraph may go on with other work in the same words, so more is no
 * reading; one fewer, every sentence of the rest of the list closing a clause with the key (as leadSentenceItems reads
 * them whole: to the paragraph's end, or to a sentence that restates the count or turns), leaves no item out: judged, as
 * in a lead sentence.
 */
function resolveKeyedSentences(f: RawFormula, text: string, after: number): void {
	const part = f.parts[0]!;
	const key = part.key!;
	if (key.length < 2 || part.count! < 2) return;
	let k = after;
	while (k < text.length && k - after < KEYED_SENTENCE_REACH && text[k] !== '。' && text[k] !== '；' && text[k] !== '“' && text[k] !== '\n') k++;
	work.formulas += k - after;
	if (text[k] !== '。') return;
	const items = leadSentenceItems(text, k + 1, text.length - countEndChars(text, BLANK), key, part.count!, f.text);
	// (One fewer only when no item may hide elsewhere: the formula's own sentence names no key outside its quotes (以“四大融合”为
	// 抓手，首先推进规划融合。), and each sentence names one (推进产业融合和交通融合，…; 推进产业融合，…；推进交通融合，…).)
	const closedByKey = items !== undefined && items.every((it) => it.text.endsWith(key) && it.text.length > key.length) && !ownSentenceHolds(text, f.start, after, k, key) && items.every((it) => keyOnceInSentence(text, it.start, key));
	if (!items || !(items.length === part.count || (closedByKey && items.length === part.count! - 1 && items.length >= 2)) || !canonicalAllows(f.text, items, key)) return;
	const opening = items[0]!.text.slice(0, 2);
	const keyed = items.every((it) => it.text.includes(key) && it.text.length > key.length);
	if (!keyed && !(isLead(opening) && items.every((it) => it.text.startsWith(opening)) && !openWithVerbChain(items.map((it) => it.text)))) return;
	f.parts = [{ ...part, items }];
	f.expansion = { start: items[0]!.start, end: items[items.length - 1]!.end, source: 'after' };
	f.verdict = items.length === part.count ? 'ok' : 'mismatch';
}

/**
 * Whether more than half of `items` hold `key`, the key of a formula of joining (派出所、司法所、法庭三所合一; 自治、法治、
 * 德治三治融合; 社区、社会组织、社会工作三社联动): what is joined carries the key; places the joining is done in do not.
 */
export function mostCarryKey(items: readonly Item[], key: string): boolean {
	let carry = 0;
	for (const it of items) if (it.text.includes(key)) carry++;
	return carry * 2 > items.length;
}

/**
 * A counted noun that is its paragraph's first sentence and the whole of it after a verb (构筑三个平台。, **打造三条通道。**):
 * the end of the noun, or -1. Its items are the sentences after it (leadSentenceItems).
 */
export function leadNoun(text: string, i: number, blockEnd: number): number {
	if (i > HEADING_LABEL_MAX || !COLON_MEASURES.has(codeAt(text, i + 1)) || !labelOnly(text.slice(0, i))) return -1;
	let k = i + 2;
	while (k < blockEnd && k - i <= 8 && isCjk(text.charCodeAt(k))) k++;
	if (k - i - 2 < 2) return -1;
	let e = k;
	while (text[e] === '*' && e - k < 2) e++;
	return text[e] === '。' && e + 1 < blockEnd ? k : -1;
}
const ONES = new CharSet('一二三四五六七八九');

/** The most characters of the predicate after 方面 that runs on to the points numbered after its sentence. */
const ASPECTS_CLAUSE_MAX = 16;

/** A count of its own in the predicate after 方面 (从两个方面推进三项改革): the points may number that one. */
const COUNT_IN_PREDICATE = /[一二两三四五六七八九十0-9０-９][个项条大类种方件点批]/;

/**
 * The count at `i` of aspects (从七个方面对…进行了部署) whose sentence runs on without another mark to its 。 within
 * ASPECTS_CLAUSE_MAX characters, points numbered right after it (一是, 一要, （1）…: see opensPoints): the index of that 。, or -1. Its name is the
 * count and 方面 (aspectsNamed); the points are its items. Only aspects the act is organised by (从 right before the
 * count): aspects met, referred back to or found (在两个方面取得进展, 上述两个方面, 这两个方面, 存在两个方面的问题,
 * 其中有两个方面) are no announcement of the points after; nor is a predicate holding a count of its own.
 */
export function aspectsBeforePoints(text: string, i: number): number {
	if (text[i - 1] !== '从') return -1;
	const at = aspectsNamed(text, i);
	if (at < 0) return -1;
	let e = at;
	while (e < text.length && e - at <= ASPECTS_CLAUSE_MAX && isCjk(text.charCodeAt(e))) e++;
	if (COUNT_IN_PREDICATE.test(text.slice(at, e))) return -1;
	// (A noun of a few characters closing the sentence is read with them: 主要有两个方面考虑。一是…, see colonNoun.)
	const measure = text[at - 3] === '个' ? at - 3 : at - 2;
	return e - measure > 7 && text[e] === '。' && opensPoints(text, e + 1) ? e : -1;
}

/** The end of 方面 right after the count at `i` and its 个 (七个方面, 两方面, 十一个方面), or -1. */
export function aspectsNamed(text: string, i: number): number {
	const teen = text[i] === '十' && ONES.has(codeAt(text, i + 1)) ? 1 : 0;
	const k = i + 1 + teen + (text[i + 1 + teen] === '个' ? 1 : 0);
	return text.startsWith('方面', k) ? k + 2 : -1;
}

/** The most characters of the predicate after 方面 that a paragraph closes with (在三个方面持续发力。). */
const ASPECTS_PREDICATE_MAX = 4;

/**
 * 方面 at `at` (after the count's 个) followed by a short predicate that ends at `end` (持续发力, 取得突破): the end of 方面 —
 * the counted noun the headings after the paragraph list — or -1. Not 方面工作 nor 方面的…: those are the noun.
 */
export function aspectsEnd(text: string, at: number, end: number): number {
	if (!text.startsWith('方面', at)) return -1;
	const rest = text.slice(at + 2, end);
	if (rest.length < 2 || rest.length > ASPECTS_PREDICATE_MAX || !EFFORT_PREDICATE.test(rest)) return -1;
	// 市委确定的十个方面重点任务，今年要在两个方面率先突破: another count of aspects in the sentence; the headings may
	// list either.
	const from = Math.max(0, at - ASPECTS_SENTENCE_MAX);
	const head = text.slice(from, at - 1);
	const opens = lastOf(head, '。！？；');
	return head.indexOf('方面', opens + 1) >= 0 ? -1 : at + 2;
}
/**
 * What a paragraph closing with its aspects does in them (持续发力, 率先突破, 下功夫): an effort the headings after it
 * name. Not what it lacks (仍有短板, 还有差距, 存在隐忧, 有待加强): the headings are its problems, not always as many.
 */
const EFFORT_PREDICATE = /^(?!.*(?:短板|差距|不足|隐忧|有待|存在|问题)).*(?:发力|突破|着力|下功夫|攻坚|用力|把握好)$/;
/** How far back from 方面 the sentence is searched for another count of aspects. */
const ASPECTS_SENTENCE_MAX = 60;
/** Nouns after a counted noun's 的 that are listed on their own (its measures, requirements, tasks …), not its items. */
const OWN_LIST_NOUN = /举措|措施|要求|内容|做法|办法|意见|标准|原则|目标|问题|任务|重点|途径|路径|方法/;

/** A verb between a counted noun and the colon of its gloss: 六大高耗能行业分别为：, 三项工作是：. */
const BEFORE_COLON = /(?:分别为|分别是|包括|是指|是|为)$/;
const TEEN_MEASURES = new CharSet('个项条类种方件');
/** The ones of a count of two characters before 大 (十一大, 十二大: BIG_COUNT's 1[0-2]); from 十三 on, 大 names a Party congress. */
const TEEN_BIG = new CharSet('一二');
/** What follows a Party congress's name (十一大以来, 十二大报告, 十二大精神, 十一大代表, 十二大提出的), not a noun's. */
const CONGRESS_AFTER = /^(?:以来|报告|精神|代表|路线|会议|召开|提出|确定|党章|通过|决议|文件)/;

/** 十一大, 十二大 at `i` naming a Party congress: 党的 before it (党的十一大), or a congress's word after it. */
function congress(text: string, i: number): boolean {
	return text.startsWith('党的', i - 2) || CONGRESS_AFTER.test(text.slice(i + 3, i + 5));
}

/**
 * A heading that is a counted noun and nothing more (一、十大工业项目 over its items 1.…10.; 10件民生实事 over 一…十): the
 * count at `start`, its noun ending at `nounEnd` with the block. Its sub-headings list it.
 */
export function headingCount(text: string, start: number, nounEnd: number, blockEnd: number): boolean {
	let end = nounEnd;
	while (text[end] === '*' && end - nounEnd < 2) end++;
	return end === blockEnd && start <= HEADING_LABEL_MAX && labelOnly(text.slice(0, start));
}

/** Markdown marks, a heading's numbering (the outline's: numbering.ts) and a few words: all that may precede the count. */
function labelOnly(prefix: string): boolean {
	const rest = prefix.replace(LEADING_MARKS, '');
	const label = HEADING_NUMBERINGS.map((re) => re.exec(rest)?.[0]).find((m) => m !== undefined) ?? '';
	// A year may open the words (2013年为民办10件实事).
	return FEW_WORDS.test(rest.slice(label.length).replace(HEADING_YEAR, ''));
}
const HEADING_YEAR = /^(?:19|20)[0-9]{2}年度?/;
const HEADING_NUMBERINGS = [ORDINAL_HEADING, CN_ENUM, CN_PAREN_ENUM, ARABIC_PAREN_ENUM, ARABIC_ENUM];
const LEADING_MARKS = /^[\s#*]+/;
const FEW_WORDS = /^[\s*]*[\u4e00-\u9fff]{0,6}$/;
/** The most characters a heading's numbering and words may take before its count. */
export const HEADING_LABEL_MAX = 18;
