/**
 * The table.* rules: one finding per error of a table (tables/errors.ts), on the figure whose correction makes every
 * relation hold — a cell, or the prose figure that states the cell's statistic — relating every other figure of the
 * relations that do not hold, with their arithmetic and, where one figure can be corrected, the fix.
 */
import type { Finding, PolicyAnalysis, RuleId, TableError } from '../types';
import { figureLabel, figureRoles } from './figureRoles';
import type { Rule, RuleMeta } from './rule';
import { sortShort } from '../search';

const sum: RuleMeta = {
	id: 'table.sum',
	defaultSeverity: 'warning',
	description: {
		en: 'A total row of a table that is not the sum of the rows that partition it (urban + rural, the three industries, the modes of transport, rows under 合计/总计, shares that make 100%).',
		zh: '表格中的合计行与构成它的各行之和不符（城镇与乡村、三次产业、各种运输方式、合计/总计下的各行、合计为100%的比重）。',
	},
	messages: {
		default: { en: 'The rows under {total} do not add up to {stated}: {expression}.', zh: '{total}{stated}与其各组成部分之和不符：{expression}。' },
		part: { en: '{row} {stated} does not fit the total: the rows under {total} do not add up ({expression}).', zh: '{row}{stated}有误：{total}的各组成部分之和不符（{expression}）。' },
		balance: { en: '{row} {stated} does not fit: {expression} ({total} is the difference of the other two).', zh: '{row}{stated}有误：{expression}（{total}为两项之差）。' },
	},
	variant: (data) => (data['balance'] !== undefined ? 'balance' : data['role'] === 'part' ? 'part' : 'default'),
};

const share: RuleMeta = {
	id: 'table.share',
	defaultSeverity: 'warning',
	description: {
		en: 'A share column of a table (比重, 占…%) that does not match the row’s value divided by the whole; an index column (1957年为1952年的百分比) that does not match the later year’s value divided by the earlier one’s.',
		zh: '表格中的比重列与该行数值除以总数不符；指数列（如“1957年为1952年的百分比”）与后一年数值除以前一年数值不符。',
	},
	messages: {
		default: { en: 'The share {stated} of {row} does not match its value and the whole: {expression}.', zh: '{row}的比重{stated}与其数值不符：{expression}。' },
		value: { en: '{row} {stated} does not match its share: {expression}.', zh: '{row}{stated}与其比重不符：{expression}。' },
		index: { en: '{row}: the index {stated} ({header}) does not match the two years’ values: {expression}.', zh: '{row}的“{header}”{stated}与两年数值不符：{expression}。' },
		indexValue: { en: '{row} {stated} does not match the index {header}: {expression}.', zh: '{row}{stated}与“{header}”不符：{expression}。' },
	},
	variant: (data) => (data['index'] === 'yes' ? (data['role'] === 'value' ? 'indexValue' : 'index') : data['role'] === 'value' ? 'value' : 'default'),
};

const subset: RuleMeta = {
	id: 'table.subset',
	defaultSeverity: 'warning',
	description: {
		en: 'A row of a table marked 其中 (or indented, or a part by the indicator lexicon) that is larger than the row it is part of.',
		zh: '表格中“其中”行（或缩进行、指标库中的组成部分）大于其所属的行。',
	},
	messages: {
		default: { en: '{row} ({stated}) is larger than {whole}, which it is part of: {expression}.', zh: '{row}{stated}大于其所属的{whole}：{expression}。' },
		sum: { en: '{part} together are more than {whole}, which they are part of: {expression}.', zh: '{part}合计大于其所属的{whole}：{expression}。' },
	},
	variant: (data) => (data['sum'] === 'yes' ? 'sum' : 'default'),
};

const proseMismatch: RuleMeta = {
	id: 'table.prose-mismatch',
	defaultSeverity: 'warning',
	description: {
		en: 'A figure of a table and the prose stating the same statistic (indicator, period, unit; amounts and growth rates) with different figures.',
		zh: '表格与正文对同一统计指标（同一指标、时期、单位；总量或增速）给出不同数值。',
	},
	messages: {
		default: { en: 'The table and the text state {row} differently: {expression}.', zh: '表格与正文中的{row}不一致：{expression}。' },
	},
};

const METAS: readonly RuleMeta[] = [sum, share, subset, proseMismatch];

/** What the table rules read of an analysis's tables: each table's errors and its rows' labels. */
export interface TableFacts {
	readonly errors: readonly (readonly TableError[])[];
	rowLabel(t: number, r: number): string | undefined;
}

/**
 * The table facts of analyses made by analyze (registered there, before its rules run): the rules read them rather than
 * `analysis.tables`, which is made on demand (tables/index.ts TablePass). An analysis made otherwise (a test's) is read
 * from its tables.
 */
const factsOf = new WeakMap<PolicyAnalysis, TableFacts>();

export function registerTableFacts(analysis: PolicyAnalysis, facts: TableFacts): void {
	factsOf.set(analysis, facts);
}

function tableFacts(analysis: PolicyAnalysis): TableFacts {
	const facts = factsOf.get(analysis);
	if (facts) return facts;
	const tables = analysis.tables;
	return { errors: tables.map((t) => t.errors), rowLabel: (t, r) => tables[t]?.rows[r]?.label };
}

/** The role of the target in its error's first relation, for the wording: the total or a part, the share or its value. */
function roleOf(analysis: PolicyAnalysis, e: TableError): string {
	const r = analysis.relations[e.relations[0]!]!;
	const position = r.claims.indexOf(e.target);
	if (r.kind === 'table-sum') return position === 0 ? 'total' : 'part';
	if (r.kind === 'table-share') return position === 0 ? 'share' : 'value';
	return '';
}

/** What a figure is: the row it stands in, or the statistic a prose figure states. */
function rowOf(analysis: PolicyAnalysis, facts: TableFacts, claim: number): string {
	const c = analysis.claims[claim]!;
	if (c.cell) return facts.rowLabel(c.cell.table, c.cell.row) ?? c.subject;
	return c.subject;
}

function* findingsOf(analysis: PolicyAnalysis, id: RuleId): Generator<Finding> {
	const facts = tableFacts(analysis);
	// By index: in a generator, for…of allocates a result for every table and error.
	for (let t = 0; t < facts.errors.length; t++) {
		const errors = facts.errors[t]!;
		for (let i = 0; i < errors.length; i++) {
			const e = errors[i]!;
			if (e.rule !== id) continue;
			const target = analysis.claims[e.target];
			if (!target) continue;
			const relations = e.relations.map((r) => analysis.relations[r]!);
			const first = relations[0]!;
			// Each other figure once, by its role in the first relation that holds it (total, part, share …).
			const related = new Map<number, string>();
			for (const r of relations) {
				const roles = figureRoles(r, analysis.claims);
				r.claims.forEach((c, k) => {
					if (c !== e.target && !related.has(c)) related.set(c, roles[k]!);
				});
			}
			yield {
				ruleId: id,
				severity: e.borderline ? 'information' : 'warning',
				span: target.span,
				data: {
					expression: relations.map((r) => r.expression).join('；'),
					stated: target.text,
					row: rowOf(analysis, facts, e.target),
					role: roleOf(analysis, e),
					total: String(first.data?.['total'] ?? ''),
					whole: String(first.data?.['whole'] ?? ''),
					...(first.data?.['balance'] !== undefined ? { balance: 1 } : {}),
					// An index column (1957年为1952年的百分比): its header names what the ratio is.
					...(first.data?.['index'] === 'yes' ? { index: 'yes', header: String(first.data['header'] ?? '') } : {}),
					// Kinds that do not overlap, summed (火电 + 水电 + 核电 within 发电量): the parts' labels.
					...(first.data?.['sum'] === 'yes' ? { sum: 'yes', part: String(first.data['part'] ?? '') } : {}),
				},
				related: sortShort(
					[...related].map(([c, role]) => ({ span: analysis.claims[c]!.span, role, figure: figureLabel(analysis.claims[c]!) })),
					(a, b) => a.span.start - b.span.start,
				),
				...(e.replacement !== undefined ? { fix: { span: target.span, text: e.replacement } } : {}),
			};
		}
	}
}

export const tableRules: readonly Rule[] = METAS.map((meta) => ({ ...meta, check: (analysis: PolicyAnalysis) => findingsOf(analysis, meta.id) }));
