/**
 * The normalized reading of the words before a figure, in one place: what the claims parser reads a subject, a scope
 * and a kind from. Footnote marks are dropped, half-width punctuation inside Chinese text is read as its full-width
 * counterpart, quotes and emphasis are dropped, and the scope (全年, 2023年末, 全市, 我省), the verbs (实现, 完成,
 * 达到) and the connectives (其中, 同时) that stand before a subject are separated from it.
 *
 * The reading works on a copy of the prefix; figures keep their offsets in the block text, so every range still
 * points at the original characters.
 */
import { CharSet, codeAt } from '../text/chars';
import { listMarkerLength } from '../text/trim';
import { wordPattern, wordSense } from '../lexicon/words';

function isCjkCode(c: number): boolean {
	return c >= 0x4e00 && c <= 0x9fff;
}

/** A full-width mark of Chinese text (，。：；、 and the like). */
function isCjkMark(c: number): boolean {
	return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20);
}

const HALF_TO_FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };
/** Marks that carry no meaning for a subject: quotes, book-title marks, Markdown emphasis. */
const DROPPED = new CharSet('“”‘’"《》〈〉*_');
const NEEDS_WORK = new CharSet('[［【,;:()!?“”‘’"《》〈〉*_ \t\u3000（^①②③④⑤⑥⑦⑧⑨⑩');
const CIRCLED = new CharSet('①②③④⑤⑥⑦⑧⑨⑩');

const HALF_MARKS = new CharSet(',;:()!?');

function isAlnum(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** What a pair of straight quotes holds that is a formula's code (5+1, 1+N, 88). */
const CODE_QUOTED = /^[0-9]{1,4}(?:[+＋][0-9NnXx]{1,3}){0,4}$/;

/**
 * The straight double quotes of Chinese text read as Chinese quotes, by their offsets (`"三河三湖"（淮河…）` →
 * `“三河三湖”（淮河…）`): a `"` after no Latin letter or digit opens, the next `"` on its line closes, and the pair is read
 * when what it holds has a Chinese character. A pair never spans a line (a line of code with an odd count pairs nothing
 * across it), and a quote left alone stays as it is. Linear: one pass from `from`.
 */
function straightQuotes(text: string, from: number): Map<number, string> {
	const read = new Map<number, string>();
	let open = -1;
	let cjk = false;
	for (let i = from; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a) open = -1;
		else if (c === 0x22) {
			if (open < 0) {
				if (!isAlnum(codeAt(text, i - 1))) {
					open = i;
					cjk = false;
				}
			} else {
				// (Or a code in them before Chinese text: "5+1"指定监管场地, "1+6"智慧应用场景.)
				if (cjk || (CODE_QUOTED.test(text.slice(open + 1, i)) && isCjkCode(codeAt(text, i + 1)))) {
					read.set(open, '“');
					read.set(i, '”');
				}
				open = -1;
			}
		} else if (open >= 0 && !cjk) cjk = isCjkCode(c);
	}
	return read;
}

/** Corner brackets as the quotes they are (「六稳」 → “六稳”, 『…』 → ‘…’), as some sources and editors write them. */
const CORNER_QUOTES: readonly string[] = ['“', '”', '‘', '’'];
/** The quote a corner bracket (「」『』, U+300C–U+300F) reads as, by its code; undefined for any other character. */
function cornerQuote(c: number): string | undefined {
	return c >= 0x300c && c <= 0x300f ? CORNER_QUOTES[c - 0x300c] : undefined;
}
/** The characters formulaReadingText may change: half-width marks, the straight quote, full-width digits, corner brackets. */
const READ_CHANGES = new CharSet(',;:()!?"０１２３４５６７８９「」『』');

/**
 * A block's text as the formula scanners read it, character for character (every offset still points at the original):
 * half-width punctuation in Chinese text as full-width (`绿色工厂29家、绿色供应链3家,获评` → `…3家，获评`,
 * `增长19.6%;3家`), whose clause and list boundaries are the full-width marks, and full-width digits as ASCII ones
 * (`超过１００万人`, the 百 of “双百” as the text writes it in figures), and straight double quotes around Chinese words as
 * Chinese quotes (`"两控区"` → `“两控区”`; a code, `"5+1"指定…`, too) and corner brackets as quotes (`「六稳」` → `“六稳”`). A mark between Latin letters or digits (`1,234`,
 * `10:30`) and a bracket away from Chinese text stay as they are.
 */
export function formulaReadingText(text: string): string {
	let first = -1;
	// (By codes only: `text[i]` would make a one-character string for every CJK character.)
	for (let i = 0; i < text.length; i++) {
		if (READ_CHANGES.has(text.charCodeAt(i))) {
			first = i;
			break;
		}
	}
	if (first < 0) return text;
	const quotes = straightQuotes(text, first);
	// The characters kept as they are go out in runs, a slice each (text[run, i)), not a string each.
	let out = '';
	let run = 0;
	// For each half-width opening bracket not yet closed, whether it was read as full-width: its closing bracket is read
	// the same, whatever follows it (：(1)医疗；(8)“散乱污”企业整治 — a quote after the bracket is no Chinese character).
	const opened: boolean[] = [];
	for (let i = first; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (!READ_CHANGES.has(c)) continue;
		if (c === 0x22) {
			const quote = quotes.get(i);
			if (quote === undefined) continue;
			out += text.slice(run, i) + quote;
			run = i + 1;
			continue;
		}
		const corner = cornerQuote(c);
		if (corner !== undefined) {
			out += text.slice(run, i) + corner;
			run = i + 1;
			continue;
		}
		if (c >= 0xff10 && c <= 0xff19) {
			out += text.slice(run, i) + String.fromCharCode(c - 0xff10 + 0x30);
			run = i + 1;
			continue;
		}
		if (!HALF_MARKS.has(c)) continue;
		const paren = c === 0x28 || c === 0x29;
		// A bracket next to Chinese text; another mark anywhere but between two Latin letters or digits (1,234, 10:30).
		// (An opening bracket after a Chinese mark too, before a number: ：(1)医疗；(2)医保.)
		const read = paren ? isCjkCode(codeAt(text, i - 1)) || isCjkCode(codeAt(text, i + 1)) || (c === 0x28 && isCjkMark(codeAt(text, i - 1)) && /[0-9一二三四五六七八九十]/.test(text[i + 1] ?? '')) || (c === 0x29 && opened[opened.length - 1] === true) : !(isAlnum(codeAt(text, i - 1)) && isAlnum(codeAt(text, i + 1)));
		if (c === 0x28) opened.push(read);
		else if (c === 0x29) opened.pop();
		const full = read ? HALF_TO_FULL[text[i]!] : undefined;
		if (full === undefined) continue;
		out += text.slice(run, i) + full;
		run = i + 1;
	}
	return out + text.slice(run);
}

/** A footnote mark between words: `[2]`, `[^2]`, `［2］`, `【2】`, a circled number. */
const NOTE_MARK = /\[\^?[0-9０-９]{1,3}\]|［[0-9０-９]{1,3}］|【[0-9０-９]{1,3}】|[①②③④⑤⑥⑦⑧⑨⑩]/g;
const NOTE_OPENING = new CharSet('[［【①②③④⑤⑥⑦⑧⑨⑩');

/**
 * The words between or around figures without their footnote marks (总数[3]达到 → 总数达到), as the relation finders
 * read them: a mark a source puts after a subject is no word of the sentence. (Asked for every pair of figures: the
 * character codes are read, not a pattern run, on these few words.)
 */
export function withoutNoteMarks(s: string): string {
	for (let i = 0; i < s.length; i++) if (NOTE_OPENING.has(s.charCodeAt(i))) return s.replace(NOTE_MARK, '');
	return s;
}

/** The marks of a Markdown heading and the spaces after them (`## `). */
const HEADING_MARKS = /^#{1,6}[ \t\u3000]+/;

/**
 * A block's text as its clauses are read (claims, the relation finders): its formula reading, and a list item's marker
 * or a heading's `#` marks read as spaces, so that what opens the item or the heading (党员的年龄。, 在…中，, 2023年，,
 * （一）, 二、建设标准化菜市场10个) opens its reading as it opens a paragraph or a title on its line. Same offsets.
 */
export function clauseReadingText(read: string, list: boolean, heading = false): string {
	const n = heading ? (HEADING_MARKS.exec(read)?.[0].length ?? 0) : listMarkerLength(read, list);
	return yearsInDigits(n > 0 ? ' '.repeat(n) + read.slice(n) : read);
}

/** A year written in characters (一九五四年, 二〇三五年), not the end of a longer numeral: four positional digits before 年. */
const YEAR_IN_CHARACTERS = /(?<![〇零一二两三四五六七八九十百千万亿第])(?:一[〇零一二三四五六七八九]|二[〇零一])[〇零一二三四五六七八九]{2}(?=年)/g;
const POSITIONAL_DIGIT: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * A year written in characters read as its digits (一九五四年 → 1954年, the same length): the older official style dates
 * its figures so (一九五七年比一九五二年增长…), and every reading of a date (比2019年, 2019年末, 2019年，…) then reads it as
 * it reads the digits. The quantities keep the text as written.
 */
function yearsInDigits(text: string): string {
	if (!text.includes('年')) return text;
	return text.replace(YEAR_IN_CHARACTERS, (year) => {
		let digits = '';
		for (const ch of year) digits += POSITIONAL_DIGIT[ch]!;
		return digits;
	});
}


/**
 * Words that make a figure aimed at, planned or estimated rather than what was done (力争…, 计划…, 预计…): one list for the
 * relation finders, each adding what else makes a figure no statement of its kind.
 */
export const AIM_WORDS = '力争|目标|预期|计划|确保|争取|预计';
/** The aims that open a clause or a subject (力争确保…): read off before what they aim at. */
export const AIM_OPENING = new RegExp(`^(?:${AIM_WORDS})+`);
/** Words anywhere in a figure's clause that aim at it (力争…, 预期目标…): a target, not a figure reached. */
export const AIMED = new RegExp(AIM_WORDS);
/**
 * A five-year plan's period by its name: quoted, any of them (“六五” … “九五”, “十五”, “十一五” …); unquoted only where the
 * name cannot be a number (十一五 …, not 十五 or 九五).
 */
export const FIVE_YEAR_PLAN = '“(?:[六七八九]|十[一二三四五六七八九]?)五”|十[一二三四五六七八九]五';
/** A part of a year (上半年, 一季度, 前三季度, 1—6月, 1-11月份): its figures are not the year's. */
export const PART_OF_YEAR_WORDS = '[上下]半年|第?[一二三四]季度|前三季度|[0-9一二三四五六七八九十]{1,2}[-—－~至到][0-9一二三四五六七八九十]{1,3}月份?';
/*
 * Pieces of the words that date a figure to another period than its statement's, each an alternation for a pattern. The
 * readers of "another period" (tables/relations NOT_THE_ROWS, notedParts and formulaRestatement OTHER_PERIOD, ratio and
 * peopleCounts OTHER_TIME, breakdowns OTHER_TIME_OR_STAGE) each compose the pieces they read, with AIM_WORDS and their
 * own words.
 */
/** The year before, as most texts write it (上年, 去年). */
export const LAST_YEAR_SHORT_WORDS = '上年|去年';
/** The year before, written either way (上年, 去年, 上一年). */
export const LAST_YEAR_WORDS = `${LAST_YEAR_SHORT_WORDS}|上一年`;
/** Words that date a figure to the year before (上年为…). */
export const LAST_YEAR = new RegExp(LAST_YEAR_WORDS);
/** The year before the last (前年). */
export const YEAR_BEFORE_LAST_WORDS = '前年';
/** Times to come (明年, 今后). */
export const COMING_WORDS = '明年|今后';
/**
 * Any part of a year named (上半年, 一季度, 3月, 1-6月 by its month): wider than PART_OF_YEAR_WORDS, which reads a part's
 * whole name.
 */
export const ANY_PART_OF_YEAR_WORDS = '[上下]半年|季度|[0-9０-９一二三四五六七八九十]月';
/** A span up to now (2016年以来). */
export const SINCE_WORDS = '以来';
/** A sum over periods (累计). */
export const CUMULATIVE_WORDS = '累计';
/** The same period of another year (上年同期, 同期). */
export const SAME_PERIOD_WORDS = '同期';
/** Time words of another year opening a statistic's name (上年税收收入, 上年同期…, 前年…, 同期…): its value is that year's. */
export const OTHER_YEAR_OPENING = new RegExp(`^(?:${LAST_YEAR_WORDS}|前年|${SAME_PERIOD_WORDS})`);
/** A year in digits (2022年). */
export const YEAR_IN_DIGITS_WORDS = '(?:19|20)[0-9]{2}年';
/** What was done against what was planned (实际, 完成): 计划为…，实际完成情况如下. */
export const DONE_WORDS = '实际|完成';
/**
 * What a list's lead says after its total that makes the list of another year (到一九五七年各部门的产值如下: a year, 到, 至)
 * or of what was done against the total planned (DONE_WORDS).
 */
export const LEAD_OF_OTHER_TIME = new RegExp(`[0-9〇零一二三四五六七八九]年|[到至]|${DONE_WORDS}`);
/** A lead that lists a selection of its total's items (其中主要项目如下): each share holds, the items need not make it. */
export const LEAD_OF_SELECTION = /其中|主要|部分/;
/** What a lead says it lists, after the noun it distributes (地方投资的分配如下, 其分配和百分比如下, 投资的分配如下列). */
export const LEAD_DISTRIBUTED = /的(?:分配|构成|划分|情况)/;
/**
 * The name of a rate, a proportion or an amount per head, not of an amount of its own (城镇化率, 比重, 恩格尔系数, 人口密度,
 * 每千人6.5批次, 万人发明专利拥有量, 人均…): no total of parts (breakdowns), and a share of it no part of a whole (share-sum).
 */
export const RATE_NAME = /(?:率|系数|指数|水平|比重|比例|密度|强度|每[千万百十]?[人户])$|^(?:每|万人|千人|百人|人均|户均)/;
/** A measure written after a row's noun (新建公路里程, 新建铁路投产里程): the noun is the words before it. */
export const MEASURE_AFTER_NOUN = /(?:投产)?里程$/;
/** GDP, value added, and real growth: rates at comparable prices (never recomputed from nominal amounts; lexicon/words.json). */
export const COMPARABLE_PRICES = wordPattern('comparablePrices');
/**
 * Indicators whose printed growth is not their amounts' nominal change, beside COMPARABLE_PRICES: values at constant or
 * comparable prices (产值), indices, prices, 国民(总)收入, 劳动生产率 (lexicon/words.json, with why). Read so on a table's
 * rows; prose reads COMPARABLE_PRICES only.
 */
export const NOT_NOMINAL_GROWTH = wordPattern('notNominalGrowth');
/**
 * The words that state the prices a figure is at (可比价, 不变价: real; 现价, 现行价: nominal; lexicon/words.json priceBasis),
 * one pattern for every reader of a basis: annualGrowth's rates, restatement's amounts.
 */
export const PRICE_BASIS = wordPattern('priceBasis');
/** The basis a word of PRICE_BASIS states: nominal for current prices, real for any other (constant, comparable). */
export function basisOfWord(word: string): 'real' | 'nominal' {
	return wordSense('priceBasis', word) === 'nominal' ? 'nominal' : 'real';
}
/**
 * The basis of a comparison named with its figure (比上年同口径增长…, 按可比口径计算…, 按相同口径比上年增长…), as a subject's
 * tail reads it: the longer first, so that a tail is read off whole.
 */
export const COMPARISON_BASIS_WORDS: readonly string[] = ['按相同口径', '按可比口径', '同口径', '可比口径'];
/** A figure on a basis its words name (同口径, 可比口径): a rate on it is not on a base stated otherwise. */
export const NAMED_BASIS = new RegExp(COMPARISON_BASIS_WORDS.join('|'));
/** Balances (存款余额, 贷款余额) grow on a comparable basis that revisions change. */
export const COMPARABLE_BASIS = /余额/;
/** Words that make an amount an increment of a stock (新增固定电话用户…, 新建幼儿园…; lexicon/words.json). */
export const INCREMENT = wordPattern('increment');

/**
 * The prefix as the parser reads it: `国内生产总值[2]` → `国内生产总值`; `全市GDP(地区生产总值),增长` →
 * `全市GDP，增长`; `“三农”投入` → `三农投入`. A bracketed aside (`（不含农户）`) is dropped: it qualifies the subject but
 * does not name it; a short name defined in brackets (`其中，国有…非国有工业企业（以下简称规模以上工业企业）增加值`) stands for
 * the name before it (`其中，规模以上工业企业增加值`). Linear in the prefix.
 */
export function normalizePrefix(raw: string): string {
	let needs = false;
	for (let i = 0; i < raw.length && !needs; i++) needs = NEEDS_WORK.has(raw.charCodeAt(i));
	if (!needs) return raw;
	let out = '';
	let depth = 0;
	// The characters kept as they are go out in runs, a slice each, not a string each: raw[run, i) is kept.
	let run = 0;
	for (let i = 0; i < raw.length; i++) {
		const c = raw.charCodeAt(i);
		if (depth === 0 && c !== 0xff09 && !NEEDS_WORK.has(c)) continue;
		if (i > run) out += raw.slice(run, i);
		// Footnote marks: [2], ［2］, [^2], and circled numbers.
		if (c === 0x5b /* [ */ || c === 0xff3b /* ［ */ || c === 0x3010 /* 【 */) {
			let j = i + 1;
			if (raw[j] === '^') j++;
			while (j < raw.length && ((raw.charCodeAt(j) >= 0x30 && raw.charCodeAt(j) <= 0x39) || (raw.charCodeAt(j) >= 0xff10 && raw.charCodeAt(j) <= 0xff19))) j++;
			const close = raw.charCodeAt(j);
			if (j > i + 1 && (close === 0x5d || close === 0xff3d || close === 0x3011)) {
				i = j;
				run = j + 1;
				continue;
			}
		}
		run = i + 1;
		if (CIRCLED.has(c)) continue;
		if (DROPPED.has(c)) continue;
		// （以下简称规模以上工业企业）: the short name the text defines stands for the name before it, back to its clause's start
		// (after its last ， or ：, looked for only here: a short name is rare and the prefix is short).
		if ((c === 0xff08 || c === 0x28) && depth === 0) {
			const short = SHORT_NAME.exec(raw.slice(i + 1, i + 1 + SHORT_NAME_MAX));
			if (short) {
				out = out.slice(0, Math.max(out.lastIndexOf('，'), out.lastIndexOf('：')) + 1) + short[1]!.replace(/[“”"]/g, '');
				i += short[0].length;
				run = i + 1;
				continue;
			}
		}
		// Half-width punctuation next to Chinese text reads as full-width (`,` inside 1,234 is a figure's own). Looked up by
		// ASCII characters only (their one-character strings are V8's own; a CJK one would be made and hashed each time).
		const full = c < 0x80 ? HALF_TO_FULL[raw[i]!] : undefined;
		if (full !== undefined && (isCjkCode(codeAt(raw, i - 1)) || isCjkCode(codeAt(raw, i + 1)) || c === 0x28 || c === 0x29)) {
			if (full === '（') depth++;
			else if (full === '）') depth = Math.max(0, depth - 1);
			else if (depth === 0) out += full;
			continue;
		}
		if (c === 0xff08) {
			depth++;
			continue;
		}
		if (c === 0xff09) {
			depth = Math.max(0, depth - 1);
			continue;
		}
		if (depth > 0) continue;
		// White space between Chinese characters (a PDF extraction's) is no word break.
		if (c === 0x20 || c === 0x09 || c === 0x3000) continue;
		out += raw[i]!;
	}
	return run < raw.length ? out + raw.slice(run) : out;
}

/** A short name defined in brackets after a long one: 以下简称规模以上工业企业）, 简称“两区”）, 下称… . */
const SHORT_NAME = /^(?:以下简称|以下称|下称|简称)[：:]?([“"]?[\u4e00-\u9fffA-Za-z0-9]{2,16}[”"]?)[）)]/;
const SHORT_NAME_MAX = 24;

/** A conversion alone (折, 折合, 约合, 折算为): the figure after it restates the one before it in another unit. */
export const CONVERSION = /^(?:折合?|约合|折算)(?:为|成)?$/;

/*
 * The words around a count of years that tell whether it names a span of its own (relations/durations.ts): grammar words
 * of a bound, a streak, a rule's term, a point in time, and the heads of a programme's name.
 */
/**
 * Words right before a count of years that make it no period of its own: a streak (连续, 持续), a bound (近, 超过, 不到, 满, 达), a sum
 * (累计, 共), the words of a predicate or a time passed (的, 了, 是, 经过, 过去, 这, 历经, 用), an order (第), a rate (每).
 */
export const SPAN_UNNAMED_BEFORE = /(?:连续|持续|累计|合计|共|近|将近|接近|超过|不到|不足|不满|满|长达|达|达到|已|已经|的|了|是|为|经过|过去|历经|这|那|用|花|第|每|前|后|约|计|再过|今后|未来|最近|以来|之)$/;
/**
 * A count after one of these anywhere in its words is a term a rule sets for each case, not one period: a term's name (每届
 * 任期五年, 试用期一年, 保存期限, 受到警告处分一年内; lexicon/words.json `ruleTerm`), a rule's modal or bound (应当至少保存2年, 不超过
 * 三年, 必须…五年). 每 and the modals and bounds are grammar and stay here.
 */
export const RULE_TERM = new RegExp(`每|${wordPattern('ruleTerm').source}|应当|必须|不得|可以|至少|最多|最长|最短|不少于|不超过|不低于|不高于`);
/** The end of a clause that names a case a rule provides for (流转期限超过5年的，…): the clause after it sets that case's term. */
export const RULE_CASE_BEFORE = /的[，,]$/;
/** Words right after a count that make it a point in time (40年前, 三年后, 三年以后), not the span itself. */
export const POINT_IN_TIME_AFTER = /^(?:前|后|以前|以后|之前|之后|时|之际|的时候)/;
/**
 * Words right after a count that make it part of a programme's name (专项整治三年行动, 城市更新五年计划, 物业管理三年提升行动): another count names
 * another programme (整治三年行动 finished, 整治提升五年行动 launched; the last term's and this term's), so only counts of
 * one number are one programme, never a failing pair (lexicon/words.json).
 */
export const PROGRAMME_AFTER = wordPattern('programmeAfter');

/**
 * Classifiers that count things one by one (9个, 10件, 73所, 310条), not measures (万亩, 吨) or grades: the characters, for a
 * character class or a CharSet. parse/claims.ts reads the noun a count of them counts; relations/figures.ts reads a count
 * of them printed in full as exact, with the classifiers of people, kinds and times besides.
 */
export const THING_CLASSIFIERS = '个件所条项家座户名张台辆艘处支套场部间栋';

/** Time scopes at the start of a clause: 全年, 年末, 2023年, 2023年末, 一季度, 前三季度, 1—6月, 近五年 … */
const TIME = /^(?:全年|年末|年初|年内|年底|上半年|下半年|前三季度|[一二三四]季度|同期|今年|去年|当年|本年|全年累计|(?:19|20)[0-9]{2}年(?:末|底|初|全年|度)?|[一二][〇零一二三四五六七八九]{3}年(?:末|底|初|度)?|(?:前|近)[一二三四五六七八九十两0-9]+年|[0-9]{1,2}(?:—|－|-|至)?[0-9]{0,2}月(?:末|份|底)?)/;
/**
 * The words that name the whole of a region at one level — the nation, a province, a city, a county, a district, a
 * prefecture, a league, a banner — as an alternation for a pattern: every reader that tells a region's whole from a
 * subject (a scope before a subject, a share of another region's whole, a whole's own prefix) uses this one list.
 */
export const WHOLE_REGION = '全国|全省|全市|全县|全区|全州|全盟|全旗';
/** The levels those words name (国, 省, … 旗), as an alternation: 全省, 我县, 本市 name the whole of one. */
export const REGION_LEVELS = WHOLE_REGION.replace(/全/g, '');
/** The document's own region (全市, 我省, 本县) and the nation (全国): a scope, not a subject. */
const REGION = new RegExp(`^(?:${WHOLE_REGION}|全镇|全乡|全域|我国|我省|我市|我县|我区|我州|本省|本市|本县|本区|中国共产党|全党)`);
/** Verbs and words that stand between a scope and its subject: 全县实现地区生产总值, 完成农林牧渔业总产值. */
const LEADING_VERB = /^(?:累计|共有|共计|拥有|现有|实现了|实现|完成了|完成|达到|录得|取得|预计|初步核算|初步统计|预计全年|提出)/;
/**
 * Connectives that open a clause but are not part of the subject — not the first character of a word (并网风电装机容量:
 * 并网 is connected to the grid, not 并 and 网风电; 并购 a merger, but 并购置设备 is 并 and 购置, to buy); `在X中有` (在医院中有
 * 公立医院…: among the X just stated, the subject follows); 即, "that is", before a restated change (…增加为五九六·六亿元，即增长
 * 百分之二三·三) — not of a word (即将, 即使, 即便, 即时, 即期).
 */
const OPENERS = /^(?:其中|即(?![将使便时期刻日])|初步核算|据[^，]{1,12}[，]|按[^，]{1,10}计算|另外|此外|同时|而|并(?!网|购(?!置|买))|且|和|及|以及|但|与此同时|从[^，]{1,6}看|分[^，]{1,6}看|在[\u4e00-\u9fff]{1,16}?中(?:共有|有)|，|：|、)/;
const OPENER_FIRST = new CharSet('其即初据按另此同而并且和及以但与从分在，：、');
/**
 * The number of a list item or a heading before its words: 7.新建充电桩…, （三）…, 2、… — not the first of numerals listed
 * (一、二、三产业: the sectors).
 */
export const ITEM_MARK = /^(?:[0-9０-９]{1,3}[.．、](?![0-9０-９])|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,3}[、和及与产]))/;
/**
 * The marker of a Markdown or web list item before its words (`- 全年…`, `+ …`, `• …`; the spaces after it are gone in
 * the normalized reading; `-1.全年…`: a marker and an item's number): no part of the subject. Not a minus sign before a
 * figure.
 */
const LIST_MARK = /^[-+•●▪](?=[^0-9０-９.．]|[0-9０-９]{1,3}[.．、](?![0-9０-９]))/;
/** A scope that is a year alone (2023年, 一九五七年), and a time scope that is a part of a year (1-10月, 一季度, 上半年, 10月末). */
const YEAR_ALONE = /^(?:(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})年$/;
const PART_OF_A_YEAR = /^(?:[上下]半年|前三季度|[一二三四]季度|[0-9]{1,2}(?:—|－|-|至)?[0-9]{0,2}月(?:末|份|底)?)$/;
const SCOPE_FIRST = new CharSet('全年上下前一二三四同今去当本近0123456789我');
/** The first characters of ITEM_MARK and LEADING_VERB: most words start otherwise, and are not matched at all. */
const ITEM_MARK_FIRST = new CharSet('0123456789０１２３４５６７８９（(一二三四五六七八九十');
const LIST_MARK_FIRST = new CharSet('-+•●▪');
const LEADING_VERB_FIRST = new CharSet('累共拥现实完达录取预初提');

export interface ScopeReading {
	/** The time scope: 全年, 年末, 2023年, 前三季度 ('' when none). */
	readonly time: string;
	/** The region: 全市, 全国, 我省 ('' when none). */
	readonly region: string;
	/** The words left: the subject and what follows it. */
	readonly rest: string;
}

/**
 * Separate the scope, the verbs and the connectives at the start of `s` (in any order, repeated: `其中，全年全县实现…`).
 */
export function readScope(s: string): ScopeReading {
	let time = '';
	let region = '';
	let t = s;
	const list = LIST_MARK_FIRST.has(t.charCodeAt(0)) ? LIST_MARK.exec(t) : null;
	if (list) t = t.slice(list[0].length);
	for (let guard = 0; guard < 12 && t.length > 0; guard++) {
		const c = t.charCodeAt(0);
		let m: RegExpExecArray | null = null;
		if (SCOPE_FIRST.has(c) && (m = TIME.exec(t))) {
			if (time === '') time = m[0];
			// A part of the named year after it (2023年1-10月, 2023年一季度, 2023年上半年): the scope is that part, not the year.
			else if (YEAR_ALONE.test(time) && PART_OF_A_YEAR.test(m[0])) time += m[0];
		} else if ((c === 0x5168 /* 全 */ || c === 0x6211 /* 我 */ || c === 0x672c /* 本 */ || c === 0x4e2d /* 中 */) && (m = REGION.exec(t))) {
			if (region === '') region = m[0];
		} else if (OPENER_FIRST.has(c) && (m = OPENERS.exec(t))) {
			// a connective
		} else if (guard === 0 && ITEM_MARK_FIRST.has(c) && (m = ITEM_MARK.exec(t))) {
			// the number of a list item
		} else if (LEADING_VERB_FIRST.has(c) && (m = LEADING_VERB.exec(t)) && t.length > m[0].length + 1) {
			// a verb before the subject
		} else break;
		t = t.slice(m[0].length);
		while (t.charCodeAt(0) === 0xff0c || t.charCodeAt(0) === 0x7684 /* 的 */) t = t.slice(1);
	}
	return { time, region, rest: t };
}
