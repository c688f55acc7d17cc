/**
 * The names of numbered formulas: what parts a name promises (三定四抓 → 3 定 | 4 抓; “1+5” → 1 | 5; 六个一 → 6 一;
 * 四个五大中心 → 4 五大中心), which names are none (idioms and set phrases, data in glossary/notFormulas.json), and
 * the formula inside a longer name (新三通, 碳达峰十大行动, 水利五项改革). Pure functions of a name.
 */
import { isCjkNumeralChar, parseCjkNumeral } from '../text/cjkNumerals';
import data from '../glossary/notFormulas.json';
import glossary from '../glossary/glossary.json';

export type FormulaKind = 'code' | 'cjk' | 'ordinal' | 'enumeration';

export interface NamePart {
	/** undefined: an open count (1+N, 415X, 多点支撑). */
	count: number | undefined;
	key?: string;
	/** A measure word stands between count and key (四个意识, 三支力量): the items need not repeat the key. */
	measured?: boolean;
}

export const COUNT_CHARS = new Set([...'一二三四五六七八九十百千两双']);
/** Measure words between a count and its key: 四个意识, 三支力量, 五项机制, 十大亮点. */
export const MEASURES = new Set([...'个项条支大类种级方套张本只座片位批家所件块']);

/** Expressions that look like formulas and are none, by their first character, longest first. */
const NOT_FORMULAS = new Map<number, string[]>();
for (const t of (data.entries as { text: string }[]).map((e) => e.text).sort((a, b) => b.length - a.length)) {
	const list = NOT_FORMULAS.get(t.charCodeAt(0)) ?? [];
	list.push(t);
	NOT_FORMULAS.set(t.charCodeAt(0), list);
}

/** The idiom or set phrase that starts at text[i] (三番五次, 两位数增长 → 两位数), if any. No string is made. */
export function notFormulaAt(text: string, i: number): string | undefined {
	const list = NOT_FORMULAS.get(text.charCodeAt(i));
	return list?.find((t) => text.startsWith(t, i));
}

function countOf(run: string): number | undefined {
	if (run === '双') return 2;
	return parseCjkNumeral(run);
}

const KEY = /^[\u4e00-\u9fff0-9%％]+$/;

/**
 * Keys that open with a numeral, as the glossary's formulas write them after their count: 一流 (双一流), 一批 (五个一批).
 * Only these are read after numerals read digit by digit (三一流 → 3 × 一流): 五一节, 八一节, 三八节 are holidays.
 */
const NUMERAL_KEYS: ReadonlySet<string> = new Set(
	(glossary.entries as { name: string }[]).flatMap((e) => /^[双两二三四五六七八九十]+[个项条支大类种]?(一[\u4e00-\u9fff]+)$/.exec(e.name)?.[1] ?? []),
);

/**
 * Words after a formula's key that say what is done with the items, not what they are: 六城同创 → 城, 四医联动 → 医,
 * 三网融合 → 网, 十桥同架 → 桥.
 */
export const FORMULA_SUFFIXES = ['融合', '联动', '并举', '并重', '协同', '共治', '合一', '齐抓', '联建', '同步', '同创', '联创', '共建', '共筑', '同架', '共享', '联通', '贯通', '连通', '同治'];

/** Nouns that count different sets from one passage to the next when unquoted: 三个方面, 五大工程, 两个清单. */
export const GENERIC_WORDS = '方面|工程|行动|任务|领域|重点|措施|机制|体系|产业|清单|环节|板块|基地|中心|平台|目标|问题|项目|制度|举措|工作';
/** A name that is one of GENERIC_WORDS alone (方面, 基地): a set's noun that names no set of its own. */
export const GENERIC_WORD = new RegExp(`^(?:${GENERIC_WORDS})$`);

/** Heads of a noun that names each year's list (重点项目, 改革任务, 政策措施, 民生实事, 16条): a review's and a plan's are two lists. */
export const YEARLY_LIST = /(?:项目|任务|措施|政策|事项|实事|举措|条)$/;

/** Nouns after a key of one character that name what the formula is, not its items: 三名工程 → 名, 五未项目 → 未. */
export const GENERIC_NOUNS = ['工程', '行动', '战略', '计划', '机制', '模式', '体系', '工作', '活动', '改革', '制度', '项目', '产业', '企业', '战役', '目标', '任务', '要求', '措施', '原则', '政策', '服务', '建设', '单位', '人员', '对象'];

function withoutSuffix(key: string): string {
	const s = key.length > 2 ? FORMULA_SUFFIXES.find((w) => key.endsWith(w)) ?? GENERIC_NOUNS.find((w) => key.endsWith(w) && key.length === w.length + 1) : undefined;
	return s ? key.slice(0, -s.length) : key;
}

/**
 * Parts of a Chinese-number formula from its name: 三定四抓 → 3 定 | 4 抓; 六个一 → 6 一; 四个意识 → 4 意识;
 * 两不愁三保障 → 2 不愁 | 3 保障; 四个五大中心 → 4 五大中心 (after a measure word the rest is the key, numerals and
 * all); 5个10 → 5 10. Undefined when the name is no formula; [] for an ordinal (十四五).
 */
export function partsOfName(name: string): NamePart[] | undefined {
	if (name.length < 2 || name.length > 12 || notFormulaAt(name, 0) !== undefined) return undefined;
	if ([...name].every((c) => isCjkNumeralChar(c))) return []; // 十四五, 八五: an ordinal, no parts
	// 5个10, 3大平台: an Arabic count and a measure word.
	const arabic = /^([0-9]{1,2})([个项条大类种张支件])(.{1,6})$/.exec(name);
	if (arabic) return KEY.test(arabic[3]!) ? [{ count: Number(arabic[1]), key: arabic[3]!, measured: true }] : undefined;
	const parts: NamePart[] = [];
	let i = 0;
	while (i < name.length) {
		let j = i;
		// 双一流, 双百: 双 counts alone.
		if (name[i] === '双') j = i + 1;
		else while (j < name.length && COUNT_CHARS.has(name[j]!)) j++;
		if (j === i) return undefined;
		// 三一流, 四一流: numerals read digit by digit (三一, no 十 百 千) before a word are a count and a key that opens with a
		// numeral, as after 双 (双一流) — a key of two characters the glossary knows as such (NUMERAL_KEYS; not 五一二, 九一八;
		// not the name 三一重工; not the holidays 五一节, 八一节, 三八节, 五四节, whose numerals are a month and a day).
		if (j - i >= 2 && name.length - i === 3 && !/[十百千]/.test(name.slice(i, j)) && NUMERAL_KEYS.has(name.slice(i + 1))) j = i + 1;
		const count = countOf(name.slice(i, j));
		// “三百工程”, “千村示范”: a count that large names a programme, not a list to check.
		if (count === undefined || count === 0 || count > 20) return undefined;
		let k = j;
		if (MEASURES.has(name[k] ?? '') && k + 1 < name.length) k++;
		// 六个一(工程): the key is the numeral the items start with; what follows is a noun.
		if (k > j && name[k] === '一') {
			parts.push({ count, key: '一' });
			return parts;
		}
		let e = k;
		while (e < name.length && !COUNT_CHARS.has(name[e]!)) e++;
		// 四个五大中心, 七个百分之百, 三个千亿元: after a measure word, a key that starts with a numeral is the whole rest;
		// 三统一, 双一流, 双百: a numeral that opens no part of its own belongs to the key.
		if (e === k && k > j && parts.length === 0) e = name.length;
		else if (e < name.length && partsOfName(name.slice(e)) === undefined && name.length - k <= 6) e = name.length;
		else if (e === k && e < name.length && name.length - k <= 3) e = name.length;
		const key = name.slice(k, e);
		if (key.length === 0 || key.length > 4 + (k > j ? 2 : 0) || !KEY.test(key)) return undefined;
		// “两个以上”, “三个左右”: a bound on the count (or more, at most, about), no key its items carry.
		if (BOUND_KEY.test(key)) return undefined;
		parts.push({ count, key: k > j ? key : withoutSuffix(key), ...(k > j ? { measured: true } : {}) });
		i = e;
	}
	return parts;
}

/** What bounds a count instead of naming its items: 以上, 及以下, 以内, 左右. */
const BOUND_KEY = /^及?(?:以上|以下|以内|左右)$/;

/** “1152”, “56373”, “5+1”, “1+N”, “415X” */
const CODE = /^[0-9]{2,8}$/;
const PLUS_CODE = /^[0-9]{1,3}(?:[+＋][0-9NnXx]{1,3}){1,4}$/;
const X_CODE = /^[0-9]{1,6}[XxNn]$/;
const YEAR = /^(?:19|20)[0-9]{2}$/;

export interface ParsedName {
	kind: FormulaKind;
	parts: NamePart[];
	/** Where the counted part starts in the name (新三通 → 1): what comes before is a prefix (碳达峰十大行动). */
	from: number;
}

/** Names repeat in a document (“两山”, “一带一路”): parse each once. */
const NAME_CACHE = new Map<string, ParsedName | undefined>();

/**
 * The formula a name stands for, or undefined. Codes (1152, 1+5, 415X), Chinese-number formulas, several of them
 * joined by 、 (双随机、一公开; 一谷、两中心、四基地: one formula of all their parts), and, with `prefix` characters
 * allowed before the count, a formula at the end of a longer name (新三通, 清四乱, 碳达峰十大行动).
 */
export function parseName(name: string, prefix = 0): ParsedName | undefined {
	const cacheKey = `${prefix}\u0000${name}`;
	let parsed = NAME_CACHE.get(cacheKey);
	if (parsed === undefined && !NAME_CACHE.has(cacheKey)) {
		parsed = parseNameUncached(name, prefix);
		if (NAME_CACHE.size > 5000) NAME_CACHE.clear();
		NAME_CACHE.set(cacheKey, parsed);
	}
	return parsed && { kind: parsed.kind, from: parsed.from, parts: parsed.parts.map((p) => ({ ...p })) };
}

function parseNameUncached(name: string, prefix: number): ParsedName | undefined {
	// 约法三章, 三番五次: an idiom anywhere in the name makes it none.
	for (let i = 0; i + 1 < name.length; i++) if (notFormulaAt(name, i) !== undefined) return undefined;
	if (CODE.test(name)) return YEAR.test(name) ? undefined : { kind: 'code', parts: [], from: 0 };
	if (PLUS_CODE.test(name)) {
		return { kind: 'code', parts: name.split(/[+＋]/).map((p) => ({ count: /^[0-9]+$/.test(p) ? Number(p) : undefined })), from: 0 };
	}
	if (X_CODE.test(name)) return { kind: 'code', parts: [], from: 0 };
	const whole = cjkParts(name);
	if (whole) return whole;
	// A prefix before the count: 新三通, 文化三馆, 碳达峰十大行动 (not 第三, 前五: an ordinal or a rank).
	for (let at = 1; at <= prefix && at < name.length - 1; at++) {
		if (!COUNT_CHARS.has(name[at]!) || COUNT_CHARS.has(name[at - 1]!) || /[第前近约超逾余几每]/.test(name[at - 1]!)) continue;
		const rest = cjkParts(name.slice(at));
		if (rest && rest.kind === 'cjk' && rest.parts.some((p) => (p.count ?? 0) >= 2)) return { ...rest, from: at };
	}
	return undefined;
}

function cjkParts(name: string): ParsedName | undefined {
	const pieces = name.split('、');
	const parts: NamePart[] = [];
	for (const piece of pieces) {
		const p = partsOfName(piece);
		if (p === undefined || (p.length === 0 && pieces.length > 1)) return undefined;
		if (p.length === 0) return { kind: 'ordinal', parts: [], from: 0 };
		parts.push(...p);
	}
	return { kind: 'cjk', parts, from: 0 };
}

/**
 * A count before a magnitude (“三百”招商, 服务业“三百工程”, “三十工程”), which parseName reads as one number (three hundred)
 * or none: the other reading, N things each of that magnitude — a part of count N whose key is the magnitude (百, written
 * 100 in its items: 建设100个重大项目、培育100个重点企业、打造100个重点品牌). Only a glossary entry's gloss can tell the two
 * apart (see magnitudeEntry in parse/formulas/quoted.ts). The numeral one character (两 to 九), then 十, 百, 千 or 万, then a noun
 * of up to four characters with no numeral, not opening with a measure word; undefined otherwise (五千五百, 三百六十行, 三十条).
 */
export function magnitudeParts(name: string): NamePart[] | undefined {
	const m = /^([两三四五六七八九])([十百千万])([\u4e00-\u9fff]{0,4})$/.exec(name);
	// A noun opening with a measure word counts units of the number (“三十条”: 30 articles, 10条 each group's): no N things.
	if (!m || MEASURES.has(m[3]![0] ?? '') || [...m[3]!].some((c) => COUNT_CHARS.has(c)) || notFormulaAt(name, 0) !== undefined) return undefined;
	return [{ count: countOf(m[1]!)!, key: m[2]! }];
}

/** Leading count of a label: 一个核心 → 1, 27个推进保障组 → 27, 实行“六个一”运行机制 → 6, 推行“373”工作模式 → 373. */
export function countInLabel(label: string): number | undefined {
	for (let i = 0; i < label.length; i++) {
		const c = label.charCodeAt(i);
		if (c >= 0x30 && c <= 0x39) {
			let j = i;
			while (j < label.length && /[0-9]/.test(label[j]!)) j++;
			return Number(label.slice(i, j));
		}
		if (COUNT_CHARS.has(label[i]!)) {
			let j = i;
			while (j < label.length && COUNT_CHARS.has(label[j]!)) j++;
			const n = countOf(label.slice(i, j));
			if (n !== undefined && n > 0) return n;
		}
	}
	return undefined;
}
