/**
 * The table pass of the analysis: the tables the text model found (detect.ts) read into their model (model.ts), their
 * figures made claims (after the prose's), the relations they state (relations.ts) judged, and one error per group of
 * relations that do not hold, on the figure to correct (errors.ts).
 */
import type { Claim, ClaimKind, Quantity, Relation, Section, Table, TableError, TableRow } from '../types';
import type { TextModel } from '../text/textModel';
import type { RawClaim } from '../parse/claims';
import type { Lexicon } from '../lexicon/index';
import { type CellFigure, headerNoun, readTables, type TableDraft } from './model';
import { tableRelations, type TableContext } from './relations';
import { locateErrors } from './errors';
import { holds } from './constraints';
import type { Interval } from '../interval';
import { decimalsOf } from './cells';
import { work } from '../work';

const KIND_OF_COLUMN: Readonly<Record<string, ClaimKind>> = { value: 'amount', growth: 'change', share: 'share', ratio: 'level' };

const RULE_OF = { 'table-sum': 'table.sum', 'table-share': 'table.share', 'table-subset': 'table.subset', 'table-prose': 'table.prose-mismatch' } as const;

/** The path of the innermost section holding `at` (indices from the root), [] before the first. */
function sectionPath(sections: readonly Section[], at: number): number[] {
	const path: number[] = [];
	let list = sections;
	for (;;) {
		let lo = 0;
		let hi = list.length - 1;
		let found = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (list[mid]!.bodySpan.start <= at) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		if (found < 0 || list[found]!.bodySpan.end < at) return path;
		path.push(found);
		list = list[found]!.children;
	}
}

/** The printed number of `text` replaced by `value` with `decimals` decimals (`93267` → `93367`, `2.2%` → `2.4%`). */
function withNumber(text: string, value: number, decimals: number): string {
	return text.replace(/[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/, value.toFixed(decimals));
}

/**
 * Read the tables and check them; append the cells' claims to `claims` and the tables' relations to `relations`
 * (both arrays are this analysis's own), and give every claim involved its relations.
 */
export function analyzeTables(
	model: TextModel,
	quantities: readonly Quantity[],
	lexicon: Lexicon,
	sections: readonly Section[],
	claims: Claim[],
	relations: Relation[],
	prose: readonly RawClaim[],
): Table[] {
	if (model.tables.length === 0) return [];
	const drafts = readTables(model, quantities, lexicon);
	// The cells' claims, after the prose's.
	const cellClaims: number[][][] = [];
	const cellOf = new Map<number, CellFigure>();
	drafts.forEach((t, ti) => {
		cellClaims.push(
			t.rows.map((row, ri) =>
				row.cells.map((cell, c) => {
					if (!cell) return -1;
					const index = claims.length;
					claims.push(cellClaim(t, row, ti, ri, cell, c, quantities[cell.quantity]!));
					cellOf.set(index, cell);
					return index;
				}),
			),
		);
	});
	const ctx: TableContext = { lexicon, tables: drafts, claims, prose, quantities, cellClaim: (t, r, c) => cellClaims[t]?.[r]?.[c] ?? -1 };
	const drafted = tableRelations(ctx);
	// A row the partitions named (`铁路` under 货物运输总量 → 铁路货运量): its figures measure that indicator.
	drafts.forEach((t, ti) =>
		t.rows.forEach((row, ri) => {
			if (row.indicator === undefined || t.series) return;
			for (const index of cellClaims[ti]![ri]!) {
				const claim = claims[index] as { indicator?: string; subject: string } | undefined;
				if (index < 0 || !claim || claim.indicator !== undefined) continue;
				claim.indicator = row.indicator;
				claim.subject = row.indicator;
			}
		}),
	);
	const ok = drafted.map((d) => holds(d.constraint));
	const located = locateErrors(drafted, ok);
	work.tables += drafted.length;
	// The figure a relation's fix would correct: the error's target when it is one of its figures.
	const targetOf = new Map<number, { target: number; replacement?: string }>();
	const errorsOf = drafts.map((): TableError[] => []);
	const base = relations.length;
	for (const e of located) {
		const replacement = e.fix ? printed(claims, quantities, cellOf, e.target, e.fix) : undefined;
		for (const r of e.relations) targetOf.set(r, { target: e.target, ...(replacement !== undefined ? { replacement } : {}) });
		const primary = drafted[e.primary]!;
		// The relation that names the error first, then the others.
		const order = [e.primary, ...e.relations.filter((r) => r !== e.primary)];
		errorsOf[primary.table]!.push({ rule: RULE_OF[primary.kind as keyof typeof RULE_OF], target: e.target, relations: order.map((r) => base + r), ...(replacement !== undefined ? { replacement } : {}), borderline: e.borderline });
	}
	const errorOf = new Map<number, (typeof located)[number]>();
	for (const e of located) for (const r of e.relations) errorOf.set(r, e);
	// Each claim's new relations, given once (a whole may be in thousands of relations).
	const added = new Map<number, number[]>();
	drafted.forEach((d, i) => {
		const c = d.constraint;
		const fixed = targetOf.get(i);
		const target = fixed && c.figures.some((f) => f.claim === fixed.target) ? fixed.target : c.figures[c.preferred]!.claim;
		const k = c.figures.findIndex((f) => f.claim === target);
		const solved = c.solve(k);
		const scale = cellOf.get(target)?.scale ?? quantities[claims[target]!.quantity]?.magnitude ?? 1;
		const computed = Number.isFinite(solved.lo) && Number.isFinite(solved.hi) ? (solved.lo + solved.hi) / 2 / scale : c.figures[k]!.value / scale;
		const rel: { -readonly [K in keyof Relation]: Relation[K] } = { kind: d.kind, claims: c.figures.map((f) => f.claim), target, expression: d.expression, computed, ok: ok[i]!, data: d.data };
		if (!ok[i]) {
			rel.borderline = errorOf.get(i)?.borderline ?? false;
			if (fixed?.replacement !== undefined && fixed.target === target) rel.replacement = fixed.replacement;
		}
		relations.push(rel);
		for (const f of c.figures) {
			const list = added.get(f.claim);
			if (list) list.push(base + i);
			else added.set(f.claim, [base + i]);
		}
	});
	for (const [index, list] of added) {
		const claim = claims[index] as { relations: readonly number[] };
		claim.relations = [...claim.relations, ...list];
	}
	return drafts.map((t, ti) => toTable(t, sectionPath(sections, t.span.start), errorsOf[ti]!, cellClaims[ti]!));
}

/** The target's figure reprinted inside `fix` (in its own unit and decimals), when such a printing exists. */
function printed(claims: readonly Claim[], quantities: readonly Quantity[], cellOf: ReadonlyMap<number, CellFigure>, target: number, fix: Interval): string | undefined {
	const claim = claims[target]!;
	const cell = cellOf.get(target);
	const q = quantities[claim.quantity]!;
	const scale = cell ? cell.scale : q.magnitude;
	const step = cell ? cell.step : q.step;
	const decimals = decimalsOf(claim.text);
	const down = !cell && claim.kind === 'change' && claim.direction === 'down' ? -1 : 1;
	const mid = (fix.lo + fix.hi) / 2;
	const value = Number((mid / scale).toFixed(decimals));
	const back = value * scale;
	if (back + step / 2 < fix.lo || back - step / 2 > fix.hi) return undefined;
	const shown = down * value;
	// A figure printed without a sign cannot take one (下降2.2% does not become 下降-0.5%).
	if (shown < 0 && !/^[-−－]/.test(claim.text)) return undefined;
	return `${shown < 0 ? '-' : ''}${withNumber(claim.text.replace(/^[-−－]/, ''), Math.abs(shown), decimals)}`;
}

function cellClaim(t: TableDraft, row: TableDraft['rows'][number], ti: number, ri: number, cell: CellFigure, c: number, q: Quantity): Claim {
	const col = t.columns[c]!;
	const kind = KIND_OF_COLUMN[col.kind] ?? 'amount';
	const subject = t.series ? headerNoun(col.header) : (row.indicator ?? row.label);
	const claim: { -readonly [K in keyof Claim]: Claim[K] } = {
		span: cell.span,
		text: cell.text,
		value: cell.value,
		unit: cell.base,
		kind,
		subject,
		scope: t.series ? row.label : t.period,
		approx: q.approx,
		quantity: cell.quantity,
		relations: [],
		cell: { table: ti, row: ri, column: c },
	};
	if (row.indicator !== undefined && !t.series) claim.indicator = row.indicator;
	if (kind === 'change') claim.direction = cell.value < 0 ? 'down' : 'up';
	return claim;
}

function toTable(t: TableDraft, section: readonly number[], errors: readonly TableError[], claims: readonly (readonly number[])[]): Table {
	const rows: TableRow[] = t.rows.map((r, ri) => ({
		label: r.label,
		labelSpan: r.labelSpan,
		level: r.level,
		part: r.part,
		...(r.parent !== undefined ? { parent: r.parent } : {}),
		...(r.indicator !== undefined ? { indicator: r.indicator } : {}),
		...(r.unit !== undefined ? { unit: r.unit } : {}),
		cells: r.printed.map((p) => {
			const fig = r.cells[p.column];
			const claim = claims[ri]?.[p.column] ?? -1;
			return { span: p.span, text: p.text, column: p.column, ...(fig ? { value: fig.value, unit: fig.unit } : {}), ...(claim >= 0 ? { claim } : {}) };
		}),
	}));
	return {
		shape: t.shape,
		span: t.span,
		...(t.caption !== undefined ? { caption: t.caption } : {}),
		...(t.captionSpan ? { captionSpan: t.captionSpan } : {}),
		...(t.unit !== undefined ? { unit: t.unit } : {}),
		period: t.period,
		headers: t.headers,
		columns: t.columns,
		rows,
		section,
		errors,
	};
}
