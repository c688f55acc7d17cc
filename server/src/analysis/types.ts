/**
 * Core data model. Every offset is a JS string index (UTF-16 code unit) into the ORIGINAL document text,
 * never into the joined analysis text: the text model maps back before anything leaves the core.
 */

/** Half-open range of UTF-16 code units: `text.slice(start, end)`. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

export type SectionKind =
	| 'title' // 云南省曲靖市麒麟区：智慧党建按下…（newspaper article title, with a byline）
	| 'markdown' // ## 一、总体要求
	| 'volume' // 第一编 / 第一篇
	| 'chapter' // 第一章
	| 'section' // 第一节
	| 'article' // 第一条
	| 'cnEnum' // 一、
	| 'cnParenEnum' // （一）
	| 'arabicEnum' // 1. 1． 1、
	| 'arabicParenEnum' // （1）
	| 'boldLead' // **加快发展新质生产力。**
	| 'partHeading' // 筑牢基层党建堡垒，构建治理新格局。 (a lead sentence one rank above its siblings)
	| 'leadSentence'; // 织密党建网。

export interface Section {
	readonly kind: SectionKind;
	/** Numeric value of the label when it has one: 第十二条 → 12, （三） → 3. */
	readonly number?: number;
	/** The numbering label as written (第十二条, （一）, 1.), or '' for unnumbered headings. */
	readonly label: string;
	/** The heading as users read it: its first sentence, line breaks and markup removed, final 。 dropped. */
	readonly title: string;
	/** For an article title: the byline under it (■ 云南省…县委书记 李维 → 云南省…县委书记 李维). */
	readonly byline?: string;
	/** Rank used for nesting: smaller is higher. */
	readonly rank: number;
	/**
	 * The heading itself (the selection range of the symbol).
	 *
	 * ```text
	 * 织密党建网。翔安区构建“大党工
	 * ^^^^^^^^^^
	 * ```
	 */
	readonly headingSpan: Span;
	/** The whole section: the heading through the last character before the next heading of equal or higher rank. */
	readonly bodySpan: Span;
	readonly children: readonly Section[];
}

export type ApproxKind =
	| 'exact'
	| 'about' // 约 左右 近 上下
	| 'more' // 多 余 超过 以上 逾 (a lower bound, the value itself excluded or not)
	| 'less'; // 不足 不到 以下 以内 近 (an upper bound)

export type QuantityKind =
	| 'number' // 47个, 2.1亿元, 1.6万多名
	| 'percent' // 45.2%
	| 'permille' // 7.2‰
	| 'percentagePoint' // 0.5个百分点
	| 'multiple' // 1.5倍
	| 'tenth' // 两成 (a tenth: 两成 = 20%)
	| 'year' // 2019年
	| 'ordinal'; // 第十二

export interface Quantity {
	readonly span: Span;
	/** The quantity as written in the joined text (line breaks removed). */
	readonly text: string;
	readonly kind: QuantityKind;
	/** The number as printed, before the magnitude: 2.8 in 2.8万元. */
	readonly mantissa: number;
	/** 万 → 1e4, 亿 → 1e8, 万亿 → 1e12, else 1. */
	readonly magnitude: number;
	/** Normalised value: mantissa × magnitude (2.8万元 → 28000; 45.2% → 45.2). */
	readonly value: number;
	/** The unit or measure word after the number (元, 人次, 个, 名…), '' when there is none. */
	readonly unit: string;
	readonly approx: ApproxKind;
	/** The word that made it approximate (多, 余, 约…). */
	readonly approxWord?: string;
	/** Value of one unit in the last printed digit, normalised: 2.8万 → 1000; 45.2% → 0.1. */
	readonly step: number;
	/** For a range (2017—2020年, 10-20%): the upper end. */
	readonly rangeEnd?: number;
}

export type SeverityLevel = 'error' | 'warning' | 'information' | 'hint';

export type RuleId = 'structure.numbering-gap';

export interface Finding {
	readonly ruleId: RuleId;
	readonly severity: SeverityLevel;
	readonly span: Span;
	/** Message arguments; no prose (messages are rendered by the adapters in the user's language). */
	readonly data: Readonly<Record<string, string | number>>;
	readonly related?: readonly { readonly span: Span; readonly role: string }[];
}

export interface PolicyAnalysis {
	readonly sections: readonly Section[];
	readonly quantities: readonly Quantity[];
	readonly findings: readonly Finding[];
	/** True when the text looked hard-wrapped (a PDF or newspaper extraction) and lines were joined. */
	readonly hardWrapped: boolean;
}

export interface AnalysisOptions {
	/** Rule levels; a rule set to 'off' is not run. */
	readonly ruleLevels?: Readonly<Partial<Record<RuleId, SeverityLevel | 'off'>>>;
}
