/**
 * Hovers, the verdict first and the details after: on a numbered formula, whether its items agree with its numbers,
 * where they were found, then its parts with counts and items and the glossary's explanation; on an item of a
 * formula, which formula it belongs to; on a figure, whether its relations hold and each one's arithmetic, then what
 * it measures, its value written the Chinese way, unit, approximation and printed precision; on a cell of a table,
 * the same verdict and relations, then its row, column, value with unit.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { figureRoles, lookupGlossary, proseClaimOf, type Formula, type GlossaryEntry, type PolicyAnalysis, type Quantity, type Relation, type Span, type Table } from '../analysis/index';
import { chineseValue } from './chineseValue';
import { toRange } from './convert';
import { quantityKindName, word, type Locale } from './messages';
import { checksOf, checksVerdict, relationLine, VERDICT_MARK } from './verdict';

/** Index of the item whose span contains `offset` (items sorted by start, none overlapping), or -1. */
function indexAt(items: readonly { readonly span: Span }[], offset: number): number {
	let lo = 0;
	let hi = items.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const span = items[mid]!.span;
		if (offset < span.start) hi = mid - 1;
		else if (offset >= span.end) lo = mid + 1;
		else return mid;
	}
	return -1;
}

/** Index of the quantity whose span contains `offset`, or -1. */
export function quantityIndexAt(quantities: readonly Quantity[], offset: number): number {
	return indexAt(quantities, offset);
}

/** 28000 → "28,000"; 0.1 → "0.1"; keeps up to 6 significant decimals without float noise. */
export function formatNumber(n: number): string {
	const rounded = Number(n.toPrecision(12));
	return rounded.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** The relations a figure takes part in (checks, not the implied base of a hover), and that base. */
function relationsOf(analysis: PolicyAnalysis, claimIndex: number): { checks: Relation[]; implied: Relation[] } {
	const claim = analysis.claims[claimIndex];
	const all = (claim?.relations ?? []).map((i) => analysis.relations[i]).filter((r): r is Relation => r !== undefined);
	return { checks: checksOf(all), implied: all.filter((r) => r.kind === 'implied-base') };
}

/** The verdict on a figure: ✓/✗ and how many of its relations hold — the first line of its hover. */
function figureVerdict(checks: readonly Relation[], locale: Locale): { mark: string; text: string } {
	const verdict = checksVerdict(checks);
	const n = checks.length;
	const data = { n, failed: checks.filter((r) => !r.ok).length, checks: word(n === 1 ? 'check_one' : 'check_other', locale) };
	const text =
		verdict === 'none' ? word('noRelations', locale) : verdict === 'ok' ? word(n === 1 ? 'relationsHold_one' : 'relationsHold_other', locale, data) : verdict === 'borderline' ? word('relationsBorderline', locale, data) : word('relationsFail', locale, data);
	return { mark: VERDICT_MARK[verdict], text };
}

/** One line per relation: ✓/✗, the arithmetic, the fix of one that fails, and what this figure is to it. */
function relationLines(analysis: PolicyAnalysis, claimIndex: number, checks: readonly Relation[], implied: readonly Relation[], locale: Locale): string[] {
	const lines = checks.map((r) => `- ${relationLine(r, figureRoles(r, analysis.claims)[r.claims.indexOf(claimIndex)], locale)}`);
	for (const r of implied) lines.push(`- ${word('impliedBase', locale, { base: String(r.data?.['base'] ?? ''), current: String(r.data?.['current'] ?? '') })}（${r.expression}）`);
	return lines;
}

/** A figure's or a cell's hover up to its details: the title with the verdict, each relation, then a rule. */
function verdictAndRelations(analysis: PolicyAnalysis, claimIndex: number, title: string, locale: Locale): string[] {
	const { checks, implied } = relationsOf(analysis, claimIndex);
	const verdict = figureVerdict(checks, locale);
	const lines = [`${verdict.mark ? `${verdict.mark} ` : ''}${title}${locale === 'zh' ? '：' : ': '}${verdict.text}`];
	const relations = relationLines(analysis, claimIndex, checks, implied, locale);
	if (relations.length > 0) lines.push('', ...relations);
	lines.push('', '---', '');
	return lines;
}

/**
 * Hover on a figure: the verdict first (✓/✗, how many of its relations hold), then each relation with its arithmetic,
 * then the details — what it measures, its value written the Chinese way with every printed digit, unit,
 * approximation, printed precision.
 */
export function quantityHover(doc: TextDocument, analysis: PolicyAnalysis, offset: number, locale: Locale): Hover | null {
	const qIndex = quantityIndexAt(analysis.quantities, offset);
	const q = analysis.quantities[qIndex];
	if (!q) return null;
	const claimIndex = proseClaimOf(analysis.claims, qIndex);
	const claim = analysis.claims[claimIndex];
	const unit = q.kind === 'percent' ? '%' : q.unit;
	const title = `**${q.text}** — ${quantityKindName(q.kind, locale)}`;
	const lines = claim ? verdictAndRelations(analysis, claimIndex, title, locale) : [title, '', '---', ''];
	if (claim?.subject) lines.push(`- ${word('measures', locale)}: ${claim.subject}（${word(`kind_${claim.kind}`, locale)}）`);
	if (claim?.scope) lines.push(`- ${word('scope', locale)}: ${claim.scope}`);
	lines.push(
		`- ${word('value', locale)}: ${chineseValue(q)}`,
		`- ${word('unit', locale)}: ${unit || word('none', locale)}`,
		`- ${word('approx', locale)}: ${word(q.approx, locale)}${q.approxWord ? `（${q.approxWord}）` : ''}`,
		`- ${word('precision', locale)}: ±${chineseValue({ ...q, digits: '', magnitude: 1, value: q.step / 2, rangeEnd: undefined })}`,
	);
	return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(doc, q.span) };
}

function contains(span: Span, offset: number): boolean {
	return offset >= span.start && offset < span.end;
}

/**
 * Hover on a cell of a table, as on a figure of the prose: the verdict and its relations first, then its row (with
 * its 其中 whole), column, value with its unit. On a row's label: the row and the indicator it names.
 */
export function cellHover(doc: TextDocument, analysis: PolicyAnalysis, offset: number, locale: Locale): Hover | null {
	const table: Table | undefined = analysis.tables[indexAt(analysis.tables, offset)];
	if (!table) return null;
	for (const row of table.rows) {
		const whole = row.parent !== undefined ? table.rows[row.parent]?.label : undefined;
		const rowLine = `- ${word('row', locale)}: ${row.label}${row.part || whole !== undefined ? `（${whole !== undefined ? word('partOfRow', locale, { whole }) : word('partRow', locale)}）` : ''}`;
		if (contains(row.labelSpan, offset)) {
			const title = table.caption ? `**${table.caption}**` : `**${word('table', locale)}**`;
			const lines = [title, '', rowLine, ...(row.indicator ? [`- ${word('indicator', locale)}: ${row.indicator}`] : [])];
			return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(doc, row.labelSpan) };
		}
		const cell = row.cells.find((c) => contains(c.span, offset));
		if (!cell) continue;
		const column = table.columns[cell.column];
		const claim = cell.claim !== undefined ? analysis.claims[cell.claim] : undefined;
		const title = `**${cell.text}** — ${table.caption ?? word('table', locale)}`;
		const lines = claim && cell.claim !== undefined ? verdictAndRelations(analysis, cell.claim, title, locale) : [title, ''];
		lines.push(rowLine);
		if (column) lines.push(`- ${word('column', locale)}: ${column.header || '—'}`);
		if (cell.value !== undefined && claim) {
			const unit = cell.unit ?? '';
			// 93267 万人（= 932,670,000 人）: as printed, and in the base unit when the printing has a magnitude.
			const printedUnit = unit !== '' && !cell.text.endsWith(unit) ? ` ${unit}` : '';
			const base = claim.unit !== unit && claim.unit !== '' ? `（= ${formatNumber(claim.value)} ${claim.unit}）` : '';
			lines.push(`- ${word('value', locale)}: ${cell.text}${printedUnit}${base}`);
			lines.push(`- ${word('unit', locale)}: ${unit || word('none', locale)}`);
			if (claim.indicator) lines.push(`- ${word('indicator', locale)}: ${claim.indicator}（${word(`kind_${claim.kind}`, locale)}）`);
			if (claim.scope) lines.push(`- ${word('scope', locale)}: ${claim.scope}`);
		}
		return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(doc, cell.span) };
	}
	return null;
}

const FORMULA_VERDICTS = {
	ok: { mark: '✓', word: 'agree' },
	mismatch: { mark: '✗', word: 'disagree' },
	uncertain: { mark: '?', word: 'uncertain' },
	unexpanded: { mark: '○', word: 'unexpanded' },
} as const;

/** The first line of a formula's hover: ✓/✗, the formula, its kind and the verdict. */
function formulaVerdictLine(f: Formula, locale: Locale): string {
	const kind = f.kind === 'enumeration' ? word('enumeration', locale) : word('formula', locale);
	const v = FORMULA_VERDICTS[f.verdict];
	return `${v.mark} **“${f.text}”** — ${kind}${locale === 'zh' ? '：' : ': '}${word(v.word, locale)}`;
}

/**
 * The formula as Markdown: the verdict first, where its items were found, then its parts as a numbered list (nested
 * formulas indented under their part) and the glossary's explanation — so a long tree (“56373”) never pushes the
 * verdict out of the hover. `item` (an item hovered) comes right after the verdict.
 */
export function formulaMarkdown(doc: TextDocument, analysis: PolicyAnalysis, f: Formula, locale: Locale, glossary: readonly GlossaryEntry[] = [], item?: string): string {
	const lines = [formulaVerdictLine(f, locale)];
	if (item) lines.push('', item);
	if (f.expansion) lines.push('', word('foundIn', locale, { where: word(f.expansion.source, locale), line: doc.positionAt(f.expansion.span.start).line + 1 }));
	lines.push('', '---', '');
	const entry = f.glossary ? lookupGlossary(f.glossary, glossary) : undefined;
	const render = (g: Formula, depth: number, seen: Set<Formula>): void => {
		g.parts.forEach((p, i) => {
			const indent = '   '.repeat(depth);
			const count = p.count !== undefined ? String(p.count) : 'N';
			const what = p.label !== undefined ? p.label : p.items.length > 0 ? `${p.items.join('、')}（${word('items', locale, { n: p.items.length })}）` : (p.key ?? '');
			lines.push(`${indent}${i + 1}. **${count}** ${p.key && p.label === undefined ? `${p.key}：` : ''}${what}`);
			// A sub-formula that stands in this part: 56373 → 推行“373”工作模式 → 三必到 …
			for (const c of g.children) {
				const child = analysis.formulas[c];
				const spans = [...(p.labelSpan ? [p.labelSpan] : []), ...p.itemSpans];
				if (child && !seen.has(child) && spans.some((s) => child.span.start >= s.start && child.span.end <= s.end) && child.parts.length > 0) {
					seen.add(child);
					lines.push(`${indent}   “${child.text}”`);
					render(child, depth + 1, seen);
				}
			}
		});
	};
	render(f, 0, new Set([f]));
	if (entry) lines.push('', `${word('glossary', locale)}: ${entry.explanation}${entry.source ? ` — ${entry.source}` : ''}`);
	return lines.join('\n');
}

/** Hover on a formula, on an item of one, or on a figure. */
export function hoverAt(doc: TextDocument, analysis: PolicyAnalysis, offset: number, locale: Locale, glossary: readonly GlossaryEntry[] = []): Hover | null {
	const formula = analysis.formulas.find((f) => contains(f.span, offset));
	if (formula) return { contents: { kind: 'markdown', value: formulaMarkdown(doc, analysis, formula, locale, glossary) }, range: toRange(doc, formula.span) };
	for (const f of analysis.formulas) {
		// (A formula named again shows its items where they are: the item is the occurrence's that lists it.)
		if (!f.expansion || f.expansion.source === 'restated' || !contains(f.expansion.span, offset)) continue;
		for (const [index, p] of f.parts.entries()) {
			const labelled = p.label !== undefined && p.labelSpan !== undefined;
			const spans = labelled ? [p.labelSpan] : p.itemSpans;
			const n = spans.findIndex((s) => contains(s, offset));
			if (n < 0) continue;
			// A labelled part is one item of the formula (1427 → 4个专项工作组 is item 2); listed items count in their part.
			const part = !labelled && f.parts.length > 1 && p.key ? word('partOf', locale, { part: p.key }) : '';
			const title = word('itemOf', locale, { n: labelled ? index + 1 : n + 1, formula: f.text, part });
			return { contents: { kind: 'markdown', value: formulaMarkdown(doc, analysis, f, locale, glossary, title) }, range: toRange(doc, spans[n]!) };
		}
	}
	return cellHover(doc, analysis, offset, locale) ?? quantityHover(doc, analysis, offset, locale);
}
