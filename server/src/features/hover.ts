/**
 * Hovers: on a numbered formula, what it stands for (its parts with counts and items, where they were found,
 * whether they agree, the glossary's explanation); on an item of a formula, which formula it belongs to; on a
 * figure, its normalised value, unit, approximation and printed precision; on a cell of a table, its row, column,
 * value with unit and relations.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lookupGlossary, type Formula, type GlossaryEntry, type PolicyAnalysis, type Quantity, type Span, type Table } from '../analysis/index';
import { toRange } from './convert';
import { quantityKindName, word, type Locale } from './messages';

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

/** How many claims come before the tables' (the prose's claims, in quantity order; the cells' follow). */
function proseClaims(claims: PolicyAnalysis['claims']): number {
	let lo = 0;
	let hi = claims.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (claims[mid]!.cell === undefined) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The claim of quantity `qIndex` (the prose's claims are in quantity order), by binary search. */
function claimOf(analysis: PolicyAnalysis, qIndex: number): PolicyAnalysis['claims'][number] | undefined {
	let lo = 0;
	let hi = proseClaims(analysis.claims) - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const q = analysis.claims[mid]!.quantity;
		if (q === qIndex) return analysis.claims[mid];
		if (q < qIndex) lo = mid + 1;
		else hi = mid - 1;
	}
	return undefined;
}

/** 28000 → "28,000"; 0.1 → "0.1"; keeps up to 6 significant decimals without float noise. */
export function formatNumber(n: number): string {
	const rounded = Number(n.toPrecision(12));
	return rounded.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** What a claim measures and every relation it takes part in, with the arithmetic and ✓/✗. */
function claimLines(analysis: PolicyAnalysis, qIndex: number, locale: Locale): string[] {
	const claim = claimOf(analysis, qIndex);
	return claim ? describeClaim(analysis, claim, locale) : [];
}

function describeClaim(analysis: PolicyAnalysis, claim: PolicyAnalysis['claims'][number], locale: Locale): string[] {
	const lines: string[] = [];
	if (claim.subject && !claim.cell) lines.push(`- ${word('measures', locale)}: ${claim.subject}（${word(`kind_${claim.kind}`, locale)}）`);
	if (claim.scope) lines.push(`- ${word('scope', locale)}: ${claim.scope}`);
	lines.push(...relationLines(analysis, claim, locale));
	return lines;
}

/** The relations a claim takes part in, with the arithmetic and ✓/✗ (≈: borderline), and the fix of one that fails. */
function relationLines(analysis: PolicyAnalysis, claim: PolicyAnalysis['claims'][number], locale: Locale): string[] {
	const lines: string[] = [];
	const relations = claim.relations.map((i) => analysis.relations[i]!).filter(Boolean);
	if (relations.length > 0) {
		lines.push('', `**${word('relations', locale)}**`, '');
		for (const r of relations) {
			if (r.kind === 'implied-base') {
				lines.push(`- ${word('impliedBase', locale, { base: String(r.data?.['base'] ?? ''), current: String(r.data?.['current'] ?? '') })}（${r.expression}）`);
				continue;
			}
			const mark = r.ok ? '✓' : r.borderline ? '≈' : '✗';
			lines.push(`- ${mark} ${r.expression}${!r.ok && r.replacement ? ` → ${r.replacement}` : ''}`);
		}
	}
	return lines;
}

export function quantityHover(doc: TextDocument, analysis: PolicyAnalysis, offset: number, locale: Locale): Hover | null {
	const qIndex = quantityIndexAt(analysis.quantities, offset);
	const q = analysis.quantities[qIndex];
	if (!q) return null;
	const unit = q.kind === 'percent' ? '%' : q.unit;
	const lines = [
		`**${q.text}** — ${quantityKindName(q.kind, locale)}`,
		'',
		`- ${word('value', locale)}: ${formatNumber(q.value)}${unit ? ` ${unit}` : ''}${q.rangeEnd !== undefined ? ` – ${formatNumber(q.rangeEnd)}` : ''}`,
		`- ${word('unit', locale)}: ${unit || word('none', locale)}`,
		`- ${word('approx', locale)}: ${word(q.approx, locale)}${q.approxWord ? `（${q.approxWord}）` : ''}`,
		`- ${word('precision', locale)}: ±${formatNumber(q.step / 2)}`,
		...claimLines(analysis, qIndex, locale),
	];
	return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(doc, q.span) };
}

function contains(span: Span, offset: number): boolean {
	return offset >= span.start && offset < span.end;
}

function verdictLine(f: Formula, locale: Locale): string {
	switch (f.verdict) {
		case 'ok':
			return word('agree', locale);
		case 'mismatch':
			return word('disagree', locale);
		case 'uncertain':
			return word('uncertain', locale);
		case 'unexpanded':
			return word('unexpanded', locale);
	}
}

/** The formula as Markdown: parts as a numbered list, nested formulas indented under their part. */
export function formulaMarkdown(doc: TextDocument, analysis: PolicyAnalysis, f: Formula, locale: Locale, glossary: readonly GlossaryEntry[] = []): string {
	const kind = f.kind === 'enumeration' ? word('enumeration', locale) : word('formula', locale);
	const lines = [`**“${f.text}”** — ${kind}`, ''];
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
	lines.push('', verdictLine(f, locale));
	if (f.expansion) {
		lines.push('', word('foundIn', locale, { where: word(f.expansion.source, locale), line: doc.positionAt(f.expansion.span.start).line + 1 }));
	}
	if (entry) lines.push('', `${word('glossary', locale)}: ${entry.explanation}${entry.source ? ` — ${entry.source}` : ''}`);
	return lines.join('\n');
}

/** The table whose span holds `offset` (tables are in document order). */
function tableAt(tables: readonly Table[], offset: number): Table | undefined {
	return tables[indexAt(tables, offset)];
}

/**
 * Hover on a cell of a table: its row (with its 其中 whole) and column, its value with its unit, and the relations it
 * takes part in, with ✓/✗ — as for a figure of the prose. On a row's label: the row and the indicator it names.
 */
export function cellHover(doc: TextDocument, analysis: PolicyAnalysis, offset: number, locale: Locale): Hover | null {
	const table = tableAt(analysis.tables, offset);
	if (!table) return null;
	for (const row of table.rows) {
		const whole = row.parent !== undefined ? table.rows[row.parent]?.label : undefined;
		const rowLine = `- ${word('row', locale)}: ${row.label}${row.part || whole !== undefined ? `（${whole !== undefined ? word('partOfRow', locale, { whole }) : word('partRow', locale)}）` : ''}`;
		const title = table.caption ? `**${table.caption}**` : `**${word('table', locale)}**`;
		if (contains(row.labelSpan, offset)) {
			const lines = [title, '', rowLine, ...(row.indicator ? [`- ${word('indicator', locale)}: ${row.indicator}`] : [])];
			return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(doc, row.labelSpan) };
		}
		const cell = row.cells.find((c) => contains(c.span, offset));
		if (!cell) continue;
		const column = table.columns[cell.column];
		const claim = cell.claim !== undefined ? analysis.claims[cell.claim] : undefined;
		const unit = cell.unit ?? '';
		const lines = [`**${cell.text}** — ${table.caption ?? word('table', locale)}`, '', rowLine];
		if (column) lines.push(`- ${word('column', locale)}: ${column.header || '—'}`);
		if (cell.value !== undefined && claim) {
			// 93267 万人（= 932,670,000 人）: as printed, and in the base unit when the printing has a magnitude.
			const printedUnit = unit !== '' && !cell.text.endsWith(unit) ? ` ${unit}` : '';
			const base = claim.unit !== unit && claim.unit !== '' ? `（= ${formatNumber(claim.value)} ${claim.unit}）` : '';
			lines.push(`- ${word('value', locale)}: ${cell.text}${printedUnit}${base}`);
			lines.push(`- ${word('unit', locale)}: ${unit || word('none', locale)}`);
			if (claim.indicator) lines.push(`- ${word('indicator', locale)}: ${claim.indicator}（${word(`kind_${claim.kind}`, locale)}）`);
			lines.push(...describeClaim(analysis, claim, locale));
		}
		return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(doc, cell.span) };
	}
	return null;
}

/** Hover on a formula, on an item of one, or on a figure. */
export function hoverAt(doc: TextDocument, analysis: PolicyAnalysis, offset: number, locale: Locale, glossary: readonly GlossaryEntry[] = []): Hover | null {
	const formula = analysis.formulas.find((f) => contains(f.span, offset));
	if (formula) return { contents: { kind: 'markdown', value: formulaMarkdown(doc, analysis, formula, locale, glossary) }, range: toRange(doc, formula.span) };
	for (const f of analysis.formulas) {
		if (!f.expansion || !contains(f.expansion.span, offset)) continue;
		for (const [index, p] of f.parts.entries()) {
			const labelled = p.label !== undefined && p.labelSpan !== undefined;
			const spans = labelled ? [p.labelSpan] : p.itemSpans;
			const n = spans.findIndex((s) => contains(s, offset));
			if (n < 0) continue;
			// A labelled part is one item of the formula (1427 → 4个专项工作组 is item 2); listed items count in their part.
			const part = !labelled && f.parts.length > 1 && p.key ? word('partOf', locale, { part: p.key }) : '';
			const title = word('itemOf', locale, { n: labelled ? index + 1 : n + 1, formula: f.text, part });
			const value = `${title}\n\n${formulaMarkdown(doc, analysis, f, locale, glossary)}`;
			return { contents: { kind: 'markdown', value }, range: toRange(doc, spans[n]!) };
		}
	}
	return cellHover(doc, analysis, offset, locale) ?? quantityHover(doc, analysis, offset, locale);
}
