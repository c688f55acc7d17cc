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
	| 'part' // “十四五”发展及2025年主要工作成效 (a report's unnumbered part title: a short line alone, numbering starting again under it)
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
	 * The paragraph break before the heading is inferred (a full wrapped line happened to end in 。), not marked by a
	 * blank line or a short line: the heading may be an inline enumeration, so numbering checks leave it alone.
	 */
	readonly inferred?: boolean;
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
	/** The printed number in ASCII digits (`2.8`, `-1.48`); '' for a figure in Chinese numerals (两成, 百分之五). */
	readonly digits: string;
	/** Decimals printed: 1 for 2.8. */
	readonly decimals: number;
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

export type FormulaKind = 'code' | 'cjk' | 'ordinal' | 'enumeration';
export type ExpansionSource = 'brackets' | 'gloss' | 'after' | 'before' | 'headings' | 'restated';
/** ok: the items agree with the numbers; mismatch: they do not; unexpanded: no items found; uncertain: found, but not counted reliably. */
export type FormulaVerdict = 'ok' | 'mismatch' | 'unexpanded' | 'uncertain';

export interface FormulaPart {
	/** The number this part promises (undefined for an open count: 1+N, 415X). */
	readonly count?: number;
	/** What the part's items share: 定 in 三定四抓, 一 in 六个一, 必到 in 三必到. */
	readonly key?: string;
	/** A counted sub-formula naming the part: 一个核心, 27个推进保障组, 推行“373”工作模式. */
	readonly label?: string;
	readonly labelSpan?: Span;
	/** What the part lists, without the words the items share. */
	readonly items: readonly string[];
	readonly itemSpans: readonly Span[];
}

/**
 * A numbered formula (数字化提法) such as “1427” or “三定四抓”, with what it was resolved to.
 *
 * ```text
 * 翔安区创新构建“1427”复工复产组织体系（1个统筹协调组、4个专项工作组、27个推进保障组）
 *                ^^^^ span                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ expansion
 * ```
 */
export interface Formula {
	readonly span: Span;
	readonly text: string;
	readonly kind: FormulaKind;
	readonly quoted: boolean;
	readonly parts: readonly FormulaPart[];
	readonly expansion?: { readonly span: Span; readonly source: ExpansionSource };
	readonly verdict: FormulaVerdict;
	/** An enumeration whose list ends with 等. */
	readonly etc?: boolean;
	/** Name of the glossary entry this formula is, when it is a well-known one. */
	readonly glossary?: string;
	/** Indices (into PolicyAnalysis.formulas) of formulas inside this one's parts: 56373 → 六个一, 373. */
	readonly children: readonly number[];
	/** Index of the formula whose part this one stands in. */
	readonly parent?: number;
}

export interface GlossaryEntry {
	readonly name: string;
	readonly items: readonly string[];
	/** Per item, substrings that identify it ('|' separates alternatives). */
	readonly keys?: readonly string[];
	readonly explanation: string;
	readonly source: string;
	readonly ordinal?: boolean;
	/** Local documents commonly name other items under this name (三下乡: 科技、文化、法律下乡): read, never held to its canonical items. */
	readonly variants?: boolean;
}

/** amount 1260582亿元; level 5.2% (a rate as a level); change 增长5.2% / 增加14562亿元; share 占…比重7.1%; contribution 拉动…4.3个百分点 */
export type ClaimKind = 'amount' | 'level' | 'change' | 'share' | 'contribution';
export type Direction = 'up' | 'down';

/**
 * A quantitative claim: a figure with what it measures.
 *
 * ```text
 * 全年财政收入83080亿元，比上年增加14562亿元，增长21.3%
 *   scope 全年, subject 财政收入: amount 83080亿元 · change +14562亿元 · change +21.3%
 * ```
 */
import type { Indicator } from './lexicon/index';
export type { Indicator };

export interface Claim {
	readonly span: Span;
	readonly text: string;
	readonly value: number;
	readonly unit: string;
	readonly kind: ClaimKind;
	readonly direction?: Direction;
	readonly subject: string;
	/** The canonical name of the indicator the subject names (地区生产总值 → 国内生产总值), when the lexicon knows it. */
	readonly indicator?: string;
	readonly scope: string;
	readonly whole?: string;
	readonly approx: ApproxKind;
	/** Index of its quantity in PolicyAnalysis.quantities; -1 for a formula's count in words that no quantity reads (“五难”). */
	readonly quantity: number;
	/** Indices into PolicyAnalysis.relations. */
	readonly relations: readonly number[];
	/** A figure of a table: its place (indices into PolicyAnalysis.tables, the table's rows and columns). */
	readonly cell?: { readonly table: number; readonly row: number; readonly column: number };
	/** The count of a formula named again (relations/formulaRestatement.ts): its index in PolicyAnalysis.formulas. */
	readonly formula?: number;
	/** A count of the people a document speaks for that no prose claim reads (十四亿多人的…), named again (relations/peopleCounts.ts). */
	readonly people?: true;
	/** A count of years named by what it is of that no prose claim reads (改革开放40年), named again (relations/durations.ts). */
	readonly duration?: true;
}

export type RelationKind =
	| 'percent-change' // 由A到B / V, 比上年增加D, 增长C%
	| 'implied-base' // 增加D，增幅C% → 原值 D ÷ C, 现值 原值 + D (hover only)
	| 'part-sum' // GDP = 一产 + 二产 + 三产; 进出口 = 出口 + 进口; 拉动 contributions = growth; 顺差 = 出口 − 进口
	| 'share-sum' // shares of one whole
	| 'ratio' // a share with its part and its whole
	| 'subset' // 11项指标中12项
	| 'percentage-point' // a change between two rates
	| 'restatement' // one figure stated twice
	| 'multiple' // 翻一番, 增长N倍
	| 'annual-growth' // 由A到B, 年均增长r% over n years
	| 'difference' // 由A到B, 增加D; 收大于支
	| 'table-sum' // a total row of a table and the rows that partition it (or a balance: 顺差 = 出口 − 进口)
	| 'table-share' // a share column against value ÷ total
	| 'table-subset' // a 其中 row at most its whole
	| 'table-prose'; // a cell and the prose stating the same statistic

export interface Relation {
	readonly kind: RelationKind;
	/** Claims involved (indices into PolicyAnalysis.claims); `target` is the one a fix would correct. */
	readonly claims: readonly number[];
	readonly target: number;
	/** The arithmetic, with the figures as printed: `14562 ÷ (83080 − 14562) = 21.25%`. */
	readonly expression: string;
	/** The computed value, in the target's unit. */
	readonly computed: number;
	readonly ok: boolean;
	/** For a relation that does not hold: off by less than one unit of the last printed digit beyond rounding. */
	readonly borderline?: boolean;
	/**
	 * Text that would replace the figure the finding stands on (`blame`, else the target) — a quick fix — when that
	 * figure can be corrected and the correction keeps every other relation of that figure.
	 */
	readonly replacement?: string;
	/**
	 * For a relation that does not hold: the claim to blame when it is not the target — the figure in the most
	 * relations that fail, less those that hold with it. The finding stands on it.
	 */
	readonly blame?: number;
	/** Extra message data (the rule's wording needs it). */
	readonly data?: Readonly<Record<string, string | number>>;
	/** The rule that reports it when it does not hold, when that is not its kind's claim.* rule (formula.restatement). */
	readonly rule?: RuleId;
}

export type SeverityLevel = 'error' | 'warning' | 'information' | 'hint';

export type RuleId =
	| 'structure.numbering-gap'
	| 'structure.title-body'
	| 'formula.count-mismatch'
	| 'formula.enumeration-count'
	| 'formula.canonical'
	| 'formula.restatement'
	| 'claim.percent-change'
	| 'claim.part-sum'
	| 'claim.share-sum'
	| 'claim.ratio'
	| 'claim.subset'
	| 'claim.percentage-point'
	| 'claim.restatement'
	| 'claim.multiple'
	| 'claim.annual-growth'
	| 'claim.difference'
	| 'table.sum'
	| 'table.share'
	| 'table.subset'
	| 'table.prose-mismatch';

export interface Finding {
	readonly ruleId: RuleId;
	readonly severity: SeverityLevel;
	readonly span: Span;
	/** Message arguments; no prose (messages are rendered by the adapters in the user's language). */
	readonly data: Readonly<Record<string, string | number>>;
	/**
	 * The other places involved: each with its role (`part`, `total`, `previous` …) and, for a figure, the figure as a
	 * message names it (`第一产业增加值89755亿元`).
	 */
	readonly related?: readonly { readonly span: Span; readonly role: string; readonly figure?: string }[];
	/** A quick fix: replace `span` with `text`. */
	readonly fix?: { readonly span: Span; readonly text: string };
}

export type TableShape = 'pipe' | 'list' | 'aligned' | 'flat';

/**
 * What a column holds: the row labels, the rows' units, amounts (that add up), shares (比重, 占…%), growth rates
 * (比上年增长%), other ratios (指数, 百分比, 人均) and anything else.
 */
export type ColumnKind = 'label' | 'unit' | 'value' | 'share' | 'growth' | 'ratio';

export interface TableColumn {
	/** The header as read (`年末数（万人）`, `比上年增长（%）`; header rows joined), '' when there is none. */
	readonly header: string;
	readonly kind: ColumnKind;
	/** The unit its figures are printed in, from the header, else the table's unit line (`万人`, `%`, `亿元`; '' if none). */
	readonly unit: string;
}

export interface TableCell {
	readonly span: Span;
	/** The cell as printed (markup removed). */
	readonly text: string;
	readonly column: number;
	/** The figure's value in its base unit (93267 in 万人 → 932670000), when the cell holds one. */
	readonly value?: number;
	/** The unit the figure is printed in: its own (`162817吨`), the row's unit column, the column's, the table's. */
	readonly unit?: string;
	/** Index of its claim in PolicyAnalysis.claims. */
	readonly claim?: number;
}

export interface TableRow {
	/** The row's label as read (`城镇`, `0-15岁（含不满16周岁）`), without `其中：` and markup. */
	readonly label: string;
	readonly labelSpan: Span;
	/** Indentation level: 0 for a row of the table's top level, 1 under it (`其中` or indented) … */
	readonly level: number;
	/** Marked `其中`: a part of the row it stands under. */
	readonly part: boolean;
	/** The row it is a part of, when the table says so unambiguously (an indented row, the first `其中` row). */
	readonly parent?: number;
	/** The indicator of the lexicon the row states, when known (`全国人口` → 总人口, `铁路` under 货物运输总量 → 铁路货运量). */
	readonly indicator?: string;
	/** The unit column's entry (`万吨`). */
	readonly unit?: string;
	readonly cells: readonly TableCell[];
}

/** A problem of a table: one per error, on the figure whose correction makes every relation hold. */
export interface TableError {
	readonly rule: RuleId;
	/** The claim to correct (a cell's, or a prose figure's). */
	readonly target: number;
	/** The relations that do not hold (indices into PolicyAnalysis.relations), the one the rule names first. */
	readonly relations: readonly number[];
	/** The corrected figure, when one figure can be corrected. */
	readonly replacement?: string;
	/** Off by less than one unit of the last printed digit beyond rounding. */
	readonly borderline: boolean;
}

/**
 * A table: its caption, headers, columns and rows, found by its own pass over the lines (tables/detect.ts).
 *
 * ```text
 * **表1 2023年年末人口数及其构成**        caption
 * | 指标 | 年末数（万人） | 比重（%） |   header → columns: label, value (万人), share (%)
 * | 全国人口 | 140967 | 100.0 |         row 0
 * | 其中：城镇 | 93267 | 66.2 |          row 1: part, level 1, parent 0
 * ```
 */
export interface Table {
	readonly shape: TableShape;
	/** The whole table, caption and unit line included. */
	readonly span: Span;
	readonly caption?: string;
	readonly captionSpan?: Span;
	/** The unit line's unit (`单位：亿元` → `亿元`). */
	readonly unit?: string;
	/** The period the table speaks of, from its caption (`2023年`, `2023年末`; '' when none). */
	readonly period: string;
	/** Header rows as read, one string per cell. */
	readonly headers: readonly (readonly string[])[];
	readonly columns: readonly TableColumn[];
	readonly rows: readonly TableRow[];
	/** The section it stands in: indices from the outline's root (`[2, 0]`: the first child of the third section). */
	readonly section: readonly number[];
	readonly errors: readonly TableError[];
}

export interface PolicyAnalysis {
	readonly sections: readonly Section[];
	readonly quantities: readonly Quantity[];
	readonly formulas: readonly Formula[];
	readonly claims: readonly Claim[];
	readonly relations: readonly Relation[];
	readonly findings: readonly Finding[];
	/** Tables, in document order (their cells' figures are claims too, after the prose's). */
	readonly tables: readonly Table[];
	/** True when the text looked hard-wrapped (a PDF or newspaper extraction) and lines were joined. */
	readonly hardWrapped: boolean;
}

export interface AnalysisOptions {
	/** Extra glossary entries (a user's own formulas), consulted before the built-in ones. */
	readonly glossary?: readonly GlossaryEntry[];
	/** Extra indicators (a region's own statistics), consulted before the built-in lexicon. */
	readonly indicators?: readonly Indicator[];
	/** Rule levels; a rule set to 'off' is not run. */
	readonly ruleLevels?: Readonly<Partial<Record<RuleId, SeverityLevel | 'off'>>>;
}
