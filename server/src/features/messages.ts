/**
 * Every user-visible word of the server and the command-line tool, in English and Chinese. The core returns
 * ids and data only; this module renders them in the user's language (zh* locales get Chinese).
 */
import { type Finding, messageTemplate, type QuantityKind, ruleById, type SectionKind } from '../analysis/index';
import type { ConfigProblem } from '../config/projectConfig';
import type { FileProblem, FileReason } from '../files';
import type { LocaleSetting } from '../protocol';
import type { SettingsProblem } from '../settings';

export type Locale = 'en' | 'zh';

/** VS Code's display language (`zh-cn`, `zh-tw`, `en`) or LANG (`zh_CN.UTF-8`) → our locale. */
export function toLocale(tag: string | undefined): Locale {
	return tag !== undefined && /^zh/i.test(tag) ? 'zh' : 'en';
}

/** `policyReview.locale` (or the CLI's `--locale`): `auto` follows the display language (or LANG). */
export function effectiveLocale(setting: LocaleSetting, display: Locale): Locale {
	return setting === 'auto' ? display : setting;
}

type Table = Readonly<Record<Locale, string>>;

function fill(template: string, data: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

const ROLES: Readonly<Record<string, Table>> = {
	previous: { en: 'the previous heading of this numbering', zh: '同级的上一个序号' },
	expansion: { en: 'what the formula stands for', zh: '提法的展开部分' },
	'matching-title': { en: 'the title that names the place this text is about', zh: '与正文相符的标题' },
	// What a figure is to its relation (analysis/rules/figureRoles.ts).
	figure: { en: 'figure', zh: '相关数字' },
	total: { en: 'total', zh: '总数' },
	part: { en: 'part', zh: '部分' },
	balance: { en: 'balance', zh: '差额' },
	minuend: { en: 'minuend', zh: '被减数' },
	subtrahend: { en: 'subtrahend', zh: '减数' },
	growth: { en: 'growth', zh: '增速' },
	contribution: { en: 'contribution', zh: '拉动' },
	base: { en: 'earlier value', zh: '原值' },
	current: { en: 'later value', zh: '现值' },
	change: { en: 'change', zh: '增减量' },
	rate: { en: 'rate of change', zh: '增减幅度' },
	annualRate: { en: 'average annual rate', zh: '年均增速' },
	cumulative: { en: 'growth over the period', zh: '累计增速' },
	share: { en: 'share', zh: '比重' },
	whole: { en: 'whole', zh: '整体' },
	numerator: { en: 'numerator', zh: '分子' },
	denominator: { en: 'denominator', zh: '分母' },
	ratio: { en: 'ratio', zh: '比值' },
	first: { en: 'stated first', zh: '首次表述' },
	restated: { en: 'restated', zh: '再次表述' },
	multiple: { en: 'multiple', zh: '倍数' },
	difference: { en: 'difference', zh: '差' },
};

export function findingMessage(f: Finding, locale: Locale): string {
	const rule = ruleById.get(f.ruleId);
	return rule ? fill(messageTemplate(rule, f.data)[locale], rule.rendered ? { ...f.data, ...rule.rendered(f.data) } : f.data) : f.ruleId;
}

/** A related place: its role, and the figure when it is one (`部分：第一产业增加值89755亿元`, `part: 第一产业增加值89755亿元`). */
export function roleMessage(role: string, locale: Locale, figure?: string): string {
	const name = ROLES[role]?.[locale] ?? role;
	if (figure === undefined) return name;
	return locale === 'zh' ? `${name}：${figure}` : `${name}: ${figure}`;
}

const SECTION_KINDS: Readonly<Record<SectionKind, Table>> = {
	title: { en: 'article title', zh: '文章标题' },
	markdown: { en: 'heading', zh: '标题' },
	volume: { en: 'part', zh: '编' },
	chapter: { en: 'chapter', zh: '章' },
	section: { en: 'section', zh: '节' },
	article: { en: 'article', zh: '条' },
	cnEnum: { en: 'heading 一、', zh: '一级标题' },
	cnParenEnum: { en: 'heading （一）', zh: '二级标题' },
	arabicEnum: { en: 'heading 1.', zh: '三级标题' },
	arabicParenEnum: { en: 'heading （1）', zh: '四级标题' },
	boldLead: { en: 'bold lead sentence', zh: '加粗导语' },
	partHeading: { en: 'part heading', zh: '部分标题' },
	part: { en: 'part', zh: '部分' },
	leadSentence: { en: 'lead sentence', zh: '导语句' },
};

export function sectionKindName(kind: SectionKind, locale: Locale): string {
	return SECTION_KINDS[kind][locale];
}

const QUANTITY_KINDS: Readonly<Record<QuantityKind, Table>> = {
	number: { en: 'figure', zh: '数值' },
	percent: { en: 'percentage', zh: '百分比' },
	permille: { en: 'per mille', zh: '千分比' },
	percentagePoint: { en: 'percentage points', zh: '百分点' },
	multiple: { en: 'multiple', zh: '倍数' },
	tenth: { en: 'tenths (成)', zh: '成数' },
	year: { en: 'year', zh: '年份' },
	ordinal: { en: 'ordinal', zh: '序数' },
};

export function quantityKindName(kind: QuantityKind, locale: Locale): string {
	return QUANTITY_KINDS[kind][locale];
}

const WORDS = {
	value: { en: 'Value', zh: '数值' },
	unit: { en: 'Unit', zh: '单位' },
	approx: { en: 'Approximation', zh: '约数' },
	precision: { en: 'Printed precision', zh: '印刷精度' },
	range: { en: 'Range', zh: '范围' },
	exact: { en: 'exact as printed', zh: '精确值' },
	about: { en: 'about', zh: '约' },
	more: { en: 'at least (a lower bound)', zh: '不少于（下限）' },
	less: { en: 'at most (an upper bound)', zh: '不超过（上限）' },
	none: { en: '(none)', zh: '（无）' },
	formula: { en: 'numbered formula', zh: '数字化提法' },
	enumeration: { en: 'counted list', zh: '计数列举' },
	agree: { en: 'the items agree with the numbers', zh: '展开与数字相符' },
	disagree: { en: 'the items do not agree with the numbers', zh: '展开与数字不符' },
	uncertain: { en: 'items found, but not all of them could be counted', zh: '找到展开，但未能逐项计数' },
	unexpanded: { en: 'no expansion found in this document', zh: '本文未见展开' },
	items: { en: '{n} items', zh: '{n}项' },
	foundIn: { en: 'Found {where}, line {line}', zh: '展开位置：{where}，第{line}行' },
	brackets: { en: 'in brackets after it', zh: '其后括号内' },
	gloss: { en: 'in its gloss', zh: '释义中' },
	after: { en: 'in the list after it', zh: '其后列举' },
	before: { en: 'in the list before it', zh: '其前列举' },
	headings: { en: 'in the headings that follow', zh: '其后各小标题' },
	restated: { en: 'where it is named again with its items', zh: '同一提法列举处' },
	itemOf: { en: 'Item {n} of “{formula}”{part}', zh: '“{formula}”{part}第{n}项' },
	partOf: { en: ' (part {part})', zh: '（“{part}”部分）' },
	glossary: { en: 'Glossary', zh: '释义' },
	measures: { en: 'Measures', zh: '所指' },
	scope: { en: 'Scope', zh: '时间范围' },
	relations: { en: 'Relations', zh: '关系' },
	noRelations: { en: 'no relation to check it against', zh: '无可核对的关系' },
	relationsHold_one: { en: 'passes its check', zh: '参与1项核对，成立' },
	relationsHold_other: { en: 'passes all {n} checks', zh: '参与{n}项核对，均成立' },
	relationsFail: { en: 'fails {failed} of {n} {checks}', zh: '参与{n}项核对，{failed}项不成立' },
	relationsBorderline: { en: 'off by less than one printed unit in {failed} of {n} {checks}', zh: '参与{n}项核对，{failed}项略有出入（不足末位一个单位）' },
	check_one: { en: 'check', zh: '项' },
	check_other: { en: 'checks', zh: '项' },
	thisFigure: { en: 'this figure: {role}', zh: '本数为{role}' },
	viewFormulas: { en: 'Formulas', zh: '数字化提法' },
	viewFigures: { en: 'Figures by indicator', zh: '数字（按指标）' },
	viewTables: { en: 'Tables', zh: '表格' },
	viewRelations: { en: 'Relations', zh: '核对关系' },
	viewNoSubject: { en: '(no subject)', zh: '（所指不明）' },
	'relation_percent-change': { en: 'growth rate', zh: '增减幅度' },
	'relation_part-sum': { en: 'sum of parts', zh: '部分之和' },
	'relation_share-sum': { en: 'shares of a whole', zh: '比重之和' },
	relation_ratio: { en: 'share or ratio', zh: '比重、比值' },
	relation_subset: { en: 'part within its whole', zh: '部分不超过整体' },
	'relation_percentage-point': { en: 'percentage points', zh: '百分点' },
	relation_restatement: { en: 'stated twice', zh: '前后表述' },
	relation_multiple: { en: 'multiple', zh: '倍数' },
	'relation_annual-growth': { en: 'average annual growth', zh: '年均增速' },
	relation_difference: { en: 'difference', zh: '差额' },
	'relation_table-sum': { en: 'table: rows that add up', zh: '表格：分项之和' },
	'relation_table-share': { en: 'table: share column', zh: '表格：比重' },
	'relation_table-subset': { en: 'table: part within its whole', zh: '表格：其中项不超过整体' },
	'relation_table-prose': { en: 'table and prose', zh: '表格与正文' },
	impliedBase: { en: 'base ≈ {base}, new value ≈ {current}', zh: '原值 ≈ {base}，现值 ≈ {current}' },
	fix: { en: 'Replace with {text}', zh: '改为 {text}' },
	table: { en: 'Table', zh: '表格' },
	tableDetail: { en: 'table, {rows} rows', zh: '表格，{rows}行' },
	row: { en: 'Row', zh: '行' },
	column: { en: 'Column', zh: '列' },
	partOfRow: { en: 'part of {whole}', zh: '其中项，属于{whole}' },
	partRow: { en: 'a 其中 row', zh: '其中项' },
	indicator: { en: 'Indicator', zh: '指标' },
	kind_amount: { en: 'amount', zh: '数量' },
	kind_level: { en: 'rate', zh: '比率' },
	kind_change: { en: 'change', zh: '变化' },
	kind_share: { en: 'share', zh: '比重' },
	kind_contribution: { en: 'contribution', zh: '拉动' },
	tooLarge: {
		en: 'Policy Text Review: {name} has {size} characters, more than policyReview.maxFileSize ({max}); it is not analysed.',
		zh: '政策文本审校：{name} 共 {size} 个字符，超过 policyReview.maxFileSize（{max}），不作分析。',
	},
	binary: {
		en: 'Policy Text Review: {name} looks like binary data; it is not analysed.',
		zh: '政策文本审校：{name} 像是二进制数据，不作分析。',
	},
	glossarySkipped: {
		en: 'Policy Text Review: glossary file skipped — {problem}. The other glossaries and the built-in one are used.',
		zh: '政策文本审校：已跳过词表文件——{problem}。其余词表和内置词表照常使用。',
	},
	glossaryEntries: {
		en: 'Policy Text Review: {file}: {count} glossary entries are malformed and were skipped (details in the output log).',
		zh: '政策文本审校：{file}：{count} 个词表条目格式有误，已跳过（详见输出日志）。',
	},
	indicatorsSkipped: {
		en: 'Policy Text Review: indicator file skipped — {problem}. The other indicator files and the built-in lexicon are used.',
		zh: '政策文本审校：已跳过指标文件——{problem}。其余指标文件和内置指标库照常使用。',
	},
	indicatorsEntries: {
		en: 'Policy Text Review: {file}: {count} indicators are malformed and were skipped (details in the output log).',
		zh: '政策文本审校：{file}：{count} 个指标格式有误，已跳过（详见输出日志）。',
	},
	cliGlossarySkipped: {
		en: 'glossary skipped — {problem}',
		zh: '已跳过词表——{problem}',
	},
	cliGlossaryEntries: {
		en: '{file}: {count} glossary entries are malformed and were skipped',
		zh: '{file}：{count} 个词表条目格式有误，已跳过',
	},
	cliIndicatorsSkipped: {
		en: 'indicator file skipped — {problem}',
		zh: '已跳过指标文件——{problem}',
	},
	cliIndicatorsEntries: {
		en: '{file}: {count} indicators are malformed and were skipped',
		zh: '{file}：{count} 个指标格式有误，已跳过',
	},
	cliReplaced: {
		en: '{file}: invalid {encoding} byte sequences replaced by U+FFFD: {count}',
		zh: '{file}：{count} 处无效的 {encoding} 字节序列已替换为 U+FFFD',
	},
	cliSummary: {
		en: 'Files reviewed: {reviewed}, not read: {failed}. Findings: {total} — {rules}',
		zh: '审校文件 {reviewed} 个，未能读取 {failed} 个。发现问题 {total} 处——{rules}',
	},
	cliSummaryClean: {
		en: 'Files reviewed: {reviewed}, not read: {failed}. No findings.',
		zh: '审校文件 {reviewed} 个，未能读取 {failed} 个。未发现问题。',
	},
	restricted: {
		en: 'Policy Text Review: this workspace is not trusted (Restricted Mode), so its .policy-review.json and the files named in its own settings (policyReview.glossaryFiles, policyReview.indicatorFiles) are not read; files named in your user settings still are. Trust the workspace to use its files.',
		zh: '政策文本审校：此工作区未受信任（受限模式），不读取其中的 .policy-review.json 和工作区设置中指定的文件（policyReview.glossaryFiles、policyReview.indicatorFiles），用户设置中指定的文件照常读取。信任此工作区后即可使用其文件。',
	},
	settingsProblems: {
		en: 'Policy Text Review: {problems}',
		zh: '政策文本审校：{problems}',
	},
	configSkipped: {
		en: 'Policy Text Review: {problem}; the file is ignored until it is fixed.',
		zh: '政策文本审校：{problem}；修正前忽略此文件。',
	},
	configProblems: {
		en: 'Policy Text Review: {file}: {problems}',
		zh: '政策文本审校：{file}：{problems}',
	},
	cliConfigSkipped: {
		en: 'configuration ignored — {problem}',
		zh: '已忽略配置文件——{problem}',
	},
	cliConfigProblems: {
		en: '{file}: {problems}',
		zh: '{file}：{problems}',
	},
	cliSuppressed: {
		en: '{count} accepted or turned off',
		zh: '{count} 处已接受或已关闭',
	},
	accept: { en: 'Accept this finding ({rule})', zh: '接受此项（{rule}）' },
	notServed: {
		en: '{name}: {percent}% of its first characters are Chinese (30% needed); not analysed as a policy text.',
		zh: '{name}：开头部分汉字仅占 {percent}%（需 30%），不作为政策文本分析。',
	},
	disabled: {
		en: '{name}: policyReview.enable is off; not analysed.',
		zh: '{name}：policyReview.enable 已关闭，不作分析。',
	},
	configurationTimeout: {
		en: 'workspace/configuration for {uri} was not answered within {ms} ms; the defaults are used until the document changes',
		zh: '{uri} 的 workspace/configuration 请求 {ms} 毫秒内未获答复；在文档改动前使用默认设置',
	},
	started: {
		en: 'policy-review language server {version} started in {ms} ms (Node {node}, display language {display}, messages in {locale})',
		zh: 'policy-review 语言服务器 {version} 已启动，用时 {ms} 毫秒（Node {node}，界面语言 {display}，消息语言 {locale}）',
	},
} satisfies Record<string, Table>;

export function word(key: string, locale: Locale, data: Readonly<Record<string, string | number>> = {}): string {
	const table = (WORDS as Record<string, Table>)[key];
	return table ? fill(table[locale], data) : key;
}

const FILE_PROBLEMS: Readonly<Record<FileReason, Table>> = {
	'not-found': { en: '{file}: no such file', zh: '{file}：文件不存在' },
	directory: { en: '{file}: is a directory, not a file', zh: '{file}：是目录，不是文件' },
	'special-file': { en: '{file}: is a {what}, not a regular file; not read', zh: '{file}：是{what}，不是普通文件，不予读取' },
	'too-large': { en: '{file}: {size}more than the limit of {max} bytes; not read', zh: '{file}：{size}超过 {max} 字节的上限，不予读取' },
	unreadable: { en: '{file}: cannot be read ({code})', zh: '{file}：无法读取（{code}）' },
	timeout: { en: '{file}: not read within {seconds} s', zh: '{file}：{seconds} 秒内未能读完' },
	'not-utf8': { en: '{file}: not UTF-8 text', zh: '{file}：不是 UTF-8 文本' },
	binary: { en: '{file}: binary file, not text', zh: '{file}：二进制文件，不是文本' },
	'not-json': { en: '{file}: not valid JSON', zh: '{file}：不是有效的 JSON' },
	'not-indicators': { en: '{file}: not an indicator file (expected an object with an "indicators" array)', zh: '{file}：不是指标文件（应为含 "indicators" 数组的对象）' },
	'not-glossary': { en: '{file}: not a glossary (expected an object with an "entries" array)', zh: '{file}：不是词表（应为含 "entries" 数组的对象）' },
	'not-config': { en: '{file}: not a policy-review configuration (expected a JSON object)', zh: '{file}：不是审校配置文件（应为 JSON 对象）' },
	'relative-path': { en: '{file}: a relative path, and the document is in no workspace folder', zh: '{file}：是相对路径，而文档不在任何工作区文件夹中' },
	untrusted: { en: '{file}: a file of a workspace that is not trusted; not read in Restricted Mode', zh: '{file}：属于未受信任的工作区，受限模式下不予读取' },
	'no-file-system': { en: '{file}: there is no file system here; not read', zh: '{file}：此环境没有文件系统，不予读取' },
};

const SPECIAL_FILES: Readonly<Record<string, Table>> = {
	fifo: { en: 'named pipe (FIFO)', zh: '命名管道（FIFO）' },
	socket: { en: 'socket', zh: '套接字' },
	device: { en: 'device', zh: '设备文件' },
	other: { en: 'special file', zh: '特殊文件' },
};

/** Why a named file was not used, naming the file, never quoting it. */
export function fileProblemMessage(file: string, problem: FileProblem, locale: Locale): string {
	const data: Record<string, string | number> = { file };
	if (problem.reason === 'special-file') data['what'] = SPECIAL_FILES[problem.what]![locale];
	if (problem.reason === 'unreadable') data['code'] = problem.code;
	if (problem.reason === 'timeout') data['seconds'] = problem.ms / 1000;
	if (problem.reason === 'too-large') {
		data['max'] = problem.max;
		data['size'] = problem.size === undefined ? '' : locale === 'zh' ? `${problem.size} 字节，` : `${problem.size} bytes, `;
	}
	return fill(FILE_PROBLEMS[problem.reason][locale], data);
}

const SETTINGS_PROBLEMS: Readonly<Record<SettingsProblem['kind'], Table>> = {
	invalid: { en: '{setting}: invalid value {value}, the default is used', zh: '{setting}：取值 {value} 无效，改用默认值' },
	ignored: { en: '{setting}: invalid level {value}, ignored', zh: '{setting}：级别 {value} 无效，已忽略' },
	'not-object': { en: '{setting}: expected an object of settings, the defaults are used', zh: '{setting}：应为设置对象，改用默认值' },
};

/** A malformed setting, in the user's language. */
export function settingsProblemMessage(p: SettingsProblem, locale: Locale): string {
	return fill(SETTINGS_PROBLEMS[p.kind][locale], { setting: p.setting, value: p.value ?? '' });
}

const CONFIG_PROBLEMS: Readonly<Record<ConfigProblem['kind'], Table>> = {
	'unknown-key': { en: 'unknown key "{key}" ignored', zh: '未知的键“{key}”已忽略' },
	'unknown-rule': { en: 'unknown rule "{rule}" ignored', zh: '未知的规则“{rule}”已忽略' },
	'bad-level': { en: 'the level of "{rule}" is not off, error, warning, information or hint; ignored', zh: '“{rule}”的级别不是 off、error、warning、information 或 hint，已忽略' },
	'bad-section': { en: '"{key}" has the wrong type; ignored', zh: '“{key}”类型不对，已忽略' },
	'bad-override': { en: 'override {n} needs "files" (a list of patterns) and "rules"; ignored', zh: '第 {n} 个 override 需要 "files"（模式列表）和 "rules"，已忽略' },
	'bad-entry': { en: 'accepted entry {n} needs "rule" and "figures"; ignored', zh: '第 {n} 条 accepted 记录需要 "rule" 和 "figures"，已忽略' },
};

/** What of a project file was not used, in the user's language, as one line. */
export function configProblemsMessage(problems: readonly ConfigProblem[], locale: Locale): string {
	return problems
		.map((p) => {
			const data: Record<string, string | number> = {};
			if (p.kind === 'unknown-key' || p.kind === 'bad-section') data['key'] = p.key;
			if (p.kind === 'unknown-rule' || p.kind === 'bad-level') data['rule'] = p.rule;
			if (p.kind === 'bad-override' || p.kind === 'bad-entry') data['n'] = p.index + 1;
			return fill(CONFIG_PROBLEMS[p.kind][locale], data);
		})
		.join(locale === 'zh' ? '；' : '; ');
}
