/**
 * The figures view of a document, at a glance: its numbered formulas with their parts and verdict, its figures grouped
 * by the indicator they measure, its tables, and every relation with ✓/✗ and the figures it relates by their role. The
 * server makes the nodes (in the user's language); the client only shows them, so a new group is one more builder in
 * GROUPS and nothing in the client changes.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { figureLabel, figureRoles, type Claim, type Formula, type PolicyAnalysis, type Relation } from '../analysis/index';
import type { FigureNode, FigureVerdict } from '../protocol';
import { toRange } from './convert';
import { roleMessage, word, type Locale } from './messages';
import { checksOf, checksVerdict, relationVerdict } from './verdict';

interface Context {
	readonly doc: TextDocument;
	readonly analysis: PolicyAnalysis;
	readonly locale: Locale;
}

/** ✓/✗ of a figure: over its checks (the implied base of a hover is none). */
function claimVerdict(analysis: PolicyAnalysis, c: Claim): FigureVerdict {
	return checksVerdict(checksOf(c.relations.map((i) => analysis.relations[i]).filter((r): r is Relation => r !== undefined)));
}

const FORMULA_VERDICT: Readonly<Record<Formula['verdict'], FigureVerdict>> = { ok: 'ok', mismatch: 'fail', uncertain: 'uncertain', unexpanded: 'none' };

/** `N`, or `N · ✗ M` when M of them fail. (A node's own ✓/✗ is its `verdict`: the client shows it as its icon.) */
function counted(n: number, failed: number): string {
	return failed > 0 ? `${n} · ✗ ${failed}` : String(n);
}

/** A group: `count` things (formulas, figures, relations), `failed` of them failing. */
function group(id: string, label: string, children: FigureNode[], count: number, failed: number): FigureNode {
	return { id, kind: 'group', label, description: counted(count, failed), verdict: failed > 0 ? 'fail' : 'none', children };
}

// ───────────────────────────── formulas ─────────────────────────────

function formulaNode(ctx: Context, index: number, seen: Set<number>): FigureNode {
	const f = ctx.analysis.formulas[index]!;
	seen.add(index);
	const verdict = FORMULA_VERDICT[f.verdict];
	const counts = f.parts.map((p) => (p.count !== undefined ? String(p.count) : 'N')).join('+');
	const parts = f.parts.map((p, k): FigureNode => {
		const spans = [...(p.labelSpan ? [p.labelSpan] : []), ...p.itemSpans];
		const what = p.label ?? (p.items.length > 0 ? p.items.join('、') : (p.key ?? ''));
		// Formulas that stand in this part: 56373 → 推行“373”工作模式 → 三必到 …
		const nested = f.children.filter((c) => {
			const child = ctx.analysis.formulas[c];
			return child !== undefined && !seen.has(c) && spans.some((s) => child.span.start >= s.start && child.span.end <= s.end);
		});
		const items =
			p.label === undefined && p.items.length > 1
				? p.items.map((item, i): FigureNode => ({ id: `${index}.${k}.${i}`, kind: 'part', label: item, ...(p.itemSpans[i] ? { range: toRange(ctx.doc, p.itemSpans[i]) } : {}) }))
				: [];
		const children = [...nested.map((c) => formulaNode(ctx, c, seen)), ...items];
		return {
			id: `${index}.${k}`,
			kind: 'part',
			label: `${p.count ?? 'N'} ${p.key && p.label === undefined ? `${p.key}：` : ''}${what}`,
			...(p.label === undefined && p.items.length > 0 ? { description: word('items', ctx.locale, { n: p.items.length }) } : {}),
			...(spans[0] ? { range: toRange(ctx.doc, spans[0]) } : {}),
			...(children.length > 0 ? { children } : {}),
		};
	});
	return {
		id: `formula:${index}`,
		kind: 'formula',
		label: `“${f.text}”`,
		description: `${counts ? `${counts} · ` : ''}${word(f.verdict === 'ok' ? 'agree' : f.verdict === 'mismatch' ? 'disagree' : f.verdict, ctx.locale)}`,
		verdict,
		range: toRange(ctx.doc, f.span),
		...(parts.length > 0 ? { children: parts } : {}),
	};
}

function formulasGroup(ctx: Context): FigureNode | undefined {
	const seen = new Set<number>();
	const nodes: FigureNode[] = [];
	ctx.analysis.formulas.forEach((f, i) => {
		if (f.parent === undefined && !seen.has(i)) nodes.push(formulaNode(ctx, i, seen));
	});
	const failed = ctx.analysis.formulas.filter((f) => f.verdict === 'mismatch').length;
	return group('formulas', word('viewFormulas', ctx.locale), nodes, ctx.analysis.formulas.length, failed);
}

// ───────────────────────────── figures by indicator ─────────────────────────────

function figuresGroup(ctx: Context): FigureNode | undefined {
	const { analysis, locale } = ctx;
	const byIndicator = new Map<string, number[]>();
	analysis.claims.forEach((c, i) => {
		const key = c.indicator ?? (c.subject || word('viewNoSubject', locale));
		let list = byIndicator.get(key);
		if (!list) byIndicator.set(key, (list = []));
		list.push(i);
	});
	let failed = 0;
	const nodes = [...byIndicator].map(([indicator, claims]): FigureNode => {
		let failedHere = 0;
		const children = claims.map((i): FigureNode => {
			const c = analysis.claims[i]!;
			const verdict = claimVerdict(analysis, c);
			if (verdict === 'fail') failedHere++;
			const detail = [c.subject !== indicator ? c.subject : '', c.scope, word(`kind_${c.kind}`, locale)].filter((x) => x !== '');
			return { id: `claim:${i}`, kind: 'figure', label: c.text.replace(/\s+/g, ''), description: detail.join(' · '), verdict, range: toRange(ctx.doc, c.span) };
		});
		failed += failedHere;
		return { id: `indicator:${indicator}`, kind: 'indicator', label: indicator, description: counted(children.length, failedHere), verdict: failedHere > 0 ? 'fail' : 'none', children };
	});
	return group('figures', word('viewFigures', locale), nodes, analysis.claims.length, failed);
}

// ───────────────────────────── tables ─────────────────────────────

/** Each table (its caption), its rows, and each row's cells with their column and ✓/✗. */
function tablesGroup(ctx: Context): FigureNode | undefined {
	const { analysis, locale } = ctx;
	if (analysis.tables.length === 0) return undefined;
	let failed = 0;
	const nodes = analysis.tables.map((t, ti): FigureNode => {
		let failedHere = 0;
		const rows = t.rows.map((row, ri): FigureNode => {
			let failedRow = 0;
			const cells = row.cells.map((cell, ci): FigureNode => {
				const claim = cell.claim !== undefined ? analysis.claims[cell.claim] : undefined;
				const verdict = claim ? claimVerdict(analysis, claim) : 'none';
				if (verdict === 'fail') failedRow++;
				const header = t.columns[cell.column]?.header ?? '';
				return { id: `table:${ti}.${ri}.${ci}`, kind: 'figure', label: cell.text, ...(header ? { description: header } : {}), verdict, range: toRange(ctx.doc, cell.span) };
			});
			failedHere += failedRow;
			return { id: `table:${ti}.${ri}`, kind: 'row', label: row.label, description: counted(cells.length, failedRow), verdict: failedRow > 0 ? 'fail' : 'none', range: toRange(ctx.doc, row.labelSpan), children: cells };
		});
		failed += failedHere;
		return { id: `table:${ti}`, kind: 'table', label: t.caption ?? word('table', locale), description: counted(rows.length, failedHere), verdict: failedHere > 0 ? 'fail' : 'none', range: toRange(ctx.doc, t.span), children: rows };
	});
	return group('tables', word('viewTables', locale), nodes, analysis.tables.length, failed);
}

// ───────────────────────────── relations ─────────────────────────────

function relationsGroup(ctx: Context): FigureNode | undefined {
	const { analysis, locale } = ctx;
	const nodes: FigureNode[] = [];
	let failed = 0;
	analysis.relations.forEach((r, i) => {
		if (r.kind === 'implied-base') return;
		const verdict = relationVerdict(r);
		if (verdict === 'fail') failed++;
		const roles = figureRoles(r, analysis.claims);
		const on = analysis.claims[r.blame ?? r.target];
		const fix = !r.ok && r.replacement ? ` → ${r.replacement}` : '';
		nodes.push({
			id: `relation:${i}`,
			kind: 'relation',
			label: `${r.expression}${fix}`,
			description: word(`relation_${r.kind}`, locale),
			verdict,
			...(on ? { range: toRange(ctx.doc, on.span) } : {}),
			children: r.claims.map((c, k): FigureNode => {
				const claim = analysis.claims[c]!;
				return { id: `relation:${i}.${k}`, kind: 'figure', label: roleMessage(roles[k] ?? 'figure', locale, figureLabel(claim)), range: toRange(ctx.doc, claim.span) };
			}),
		});
	});
	// What needs a look first: the relations that fail, then those off by less than a printed unit, then the others.
	const rank: Readonly<Record<FigureVerdict, number>> = { fail: 0, borderline: 1, uncertain: 2, ok: 3, none: 3 };
	const ordered = nodes.map((n, i) => ({ n, i })).sort((a, b) => rank[a.n.verdict ?? 'none'] - rank[b.n.verdict ?? 'none'] || a.i - b.i);
	return group('relations', word('viewRelations', locale), ordered.map((x) => x.n), nodes.length, failed);
}

/** The groups in the order the view shows them (a document without tables has no tables group). */
const GROUPS: readonly ((ctx: Context) => FigureNode | undefined)[] = [formulasGroup, figuresGroup, tablesGroup, relationsGroup];

export function figuresView(doc: TextDocument, analysis: PolicyAnalysis, locale: Locale): FigureNode[] {
	const ctx: Context = { doc, analysis, locale };
	return GROUPS.map((g) => g(ctx)).filter((g): g is FigureNode => g !== undefined);
}
