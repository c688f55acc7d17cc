/**
 * The table pass of the analysis: the tables the text model found (detect.ts) read into their model (model.ts), their
 * figures made claims (after the prose's), the relations they state (relations.ts) judged, and one error per group of
 * relations that do not hold, on the figure to correct (errors.ts).
 */
import type { Claim, ClaimKind, Quantity, Relation, RuleId, Section, Span, Table, TableCell, TableError, TableRow } from '../types';
import type { TextModel } from '../text/textModel';
import type { RawClaim } from '../parse/claims';
import type { Lexicon } from '../lexicon/index';
import { type CellFigure, headerNoun, type PlacedTable, readTables, type RowDraft, type TableDraft } from './model';
import { type OwnRelations, tableRelations, type TableContext, type TableRelationDraft } from './relations';
import type { LastCellClaims, TableCache } from './cache';
import { locateErrors } from './errors';
import { holds } from './constraints';
import type { Interval } from '../interval';
import { decimalsOf } from './cells';
import { work } from '../work';
import { partitionPoint } from '../search';

const KIND_OF_COLUMN: Readonly<Record<string, ClaimKind>> = { value: 'amount', growth: 'change', share: 'share', ratio: 'level' };

/** A cell claim's relations until the tables' relations give it some (most cells are in none): one shared list. */
const NO_RELATIONS: readonly number[] = Object.freeze([]);

/**
 * The rule that reports an error, by the kind of its first relation. A growth cell against the prose's amount and its
 * change (kind percent-change) is claim.percent-change's: that rule reports the relation itself, unless it is part of an
 * error a table.* rule reports (a prose amount that the table and the rate both contradict), where it is named with it.
 */
const RULE_OF = { 'table-sum': 'table.sum', 'table-share': 'table.share', 'table-subset': 'table.subset', 'table-prose': 'table.prose-mismatch', 'percent-change': 'claim.percent-change' } as const;
const TABLE_RULES: ReadonlySet<RuleId> = new Set(['table.sum', 'table.share', 'table.subset', 'table.prose-mismatch']);

/** The path of the innermost section holding `at` (indices from the root), [] before the first. */
function sectionPath(sections: readonly Section[], at: number): number[] {
	const path: number[] = [];
	let list = sections;
	for (;;) {
		const sections = list;
		const found = partitionPoint(sections.length, (i) => sections[i]!.bodySpan.start <= at) - 1;
		if (found < 0 || list[found]!.bodySpan.end < at) return path;
		path.push(found);
		list = list[found]!.children;
	}
}

/** The printed number of `text` replaced by `value` with `decimals` decimals (`93267` → `93367`, `2.2%` → `2.4%`). */
function withNumber(text: string, value: number, decimals: number): string {
	return text.replace(/[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/, value.toFixed(decimals));
}

/** A span of a table's draft in the document: `at` further on. */
function placed(span: Span, at: number): Span {
	return { start: span.start + at, end: span.end + at };
}

/**
 * Read the tables and check them; append the cells' claims to `claims` and the tables' relations to `relations`
 * (both arrays are this analysis's own), and give every claim involved its relations. With a `cache` (the
 * document's), the tables of the last analysis that an edit did not touch are not read and checked again.
 */
export function analyzeTables(
	model: TextModel,
	quantities: readonly Quantity[],
	lexicon: Lexicon,
	sections: readonly Section[],
	claims: Claim[],
	relations: Relation[],
	prose: { readonly claims: readonly RawClaim[]; readonly years: readonly (number | undefined)[] },
	cache?: TableCache,
): TablePass {
	if (model.tables.length === 0) {
		cache?.prune();
		if (cache) cache.cellClaims = undefined;
		return NO_TABLES;
	}
	const tables = readTables(model, quantities, lexicon, cache);
	const drafts = tables.map((p) => p.draft);
	// The cells' claims, after the prose's.
	const cellClaims: (readonly number[])[][] = [];
	const claim0: number[] = [];
	// The cells' figures by claim, from the first cell's claim on.
	const cellBase = claims.length;
	const cells: CellFigure[] = [];
	const cellOf = (claim: number): CellFigure | undefined => (claim >= cellBase ? cells[claim - cellBase] : undefined);
	// The rows no indicator named when their claims were made (table, row, table, row …): the partitions may name them.
	const unnamed: number[] = [];
	// The cell claims of the last pass (kept by the document's cache), and the rows whose claims were taken from it (first
	// claim, count, …): not ours, never changed — a claim this pass gives other relations or names is replaced by a copy.
	const last = cache?.cellClaims;
	const keptRows: number[] = [];
	tables.forEach((p, ti) => {
		claim0.push(claims.length);
		const rows: (readonly number[])[] = [];
		p.draft.rows.forEach((row, ri) => {
			if (row.indicator === undefined && !p.draft.series) unnamed.push(ti, ri);
			const lastRow = last?.rows[ti]?.[ri];
			if (lastRow !== undefined && sameRowClaims(last!, lastRow, claims.length, p, row, ti, ri, quantities)) {
				const first = claims.length;
				for (let c = 0; c < lastRow.length; c++) {
					if (lastRow[c]! < 0) continue;
					claims.push(last!.claims[lastRow[c]!]!);
					cells.push(row.cells[c]!);
				}
				keptRows.push(first, claims.length - first);
				rows.push(lastRow);
				return;
			}
			// By a loop: a row's cells have holes (no figure), and a map over them is slow.
			const ofRow: number[] = [];
			for (let c = 0; c < row.cells.length; c++) {
				const cell = row.cells[c];
				if (!cell) {
					ofRow.push(-1);
					continue;
				}
				ofRow.push(claims.length);
				claims.push(cellClaim(p, row, ti, ri, cell, c, quantities[p.quantity0 + row.quantity0 + cell.quantity]!));
				cells.push(cell);
			}
			rows.push(ofRow);
		});
		cellClaims.push(rows);
	});
	// 1 for a claim kept from the last pass, 2 once given its relations; `named`: claims the partitions named below.
	const isKept = new Uint8Array(claims.length - cellBase);
	for (let k = 0; k < keptRows.length; k += 2) isKept.fill(1, keptRows[k]! - cellBase, keptRows[k]! - cellBase + keptRows[k + 1]!);
	const named = new Uint8Array(claims.length - cellBase);
	const blocks = model.blocks;
	const ctx: TableContext = {
		lexicon,
		tables: drafts,
		claims,
		prose: prose.claims,
		proseYears: prose.years,
		quantities,
		// The block whose span holds the claim's start, or -1.
		blockOf: (claim) => {
			const at = claims[claim]!.span.start;
			const b = partitionPoint(blocks.length, (k) => blocks[k]!.span.end <= at);
			return b < blocks.length && blocks[b]!.span.start <= at ? b : -1;
		},
		blockText: (block) => model.text.slice(blocks[block]!.span.start, blocks[block]!.span.end),
		textBetween: (first, second) => model.text.slice(claims[first]!.span.end, claims[second]!.span.start),
		textAfter: (claim, max) => {
			const end = claims[claim]!.span.end;
			return model.text.slice(end, Math.min(end + max, claims[claim + 1]?.span.start ?? model.text.length));
		},
		cellClaim: (t, r, c) => cellClaims[t]?.[r]?.[c] ?? -1,
	};
	const kept: (OwnRelations | undefined)[] = cache ? drafts.map((d, ti) => cache.own(d, ti, claim0[ti]!)) : [];
	cache?.prose.start(prose.claims, prose.years, claim0);
	cache?.shares.start(claim0);
	const { relations: drafted, own } = tableRelations(ctx, kept, cache?.prose, cache?.shares);
	if (cache) {
		drafts.forEach((d, ti) => cache.keep(d, own[ti]!, ti, claim0[ti]!));
		cache.prune();
	}
	// A row the partitions named (`铁路` under 货物运输总量 → 铁路货运量): its figures measure that indicator. (A row named
	// before has it in its claims already.)
	for (let k = 0; k < unnamed.length; k += 2) {
		const [ti, ri] = [unnamed[k]!, unnamed[k + 1]!];
		const row = drafts[ti]!.rows[ri]!;
		if (row.indicator === undefined) continue;
		for (const index of cellClaims[ti]![ri]!) {
			const claim = claims[index] as { indicator?: string; subject: string } | undefined;
			if (index < 0 || !claim || claim.indicator !== undefined) continue;
			named[index - cellBase] = 1;
			if (isKept[index - cellBase]) {
				// Named as a claim of ours is: the indicator after its other fields (a copy keeps their order), in no relation yet.
				claims[index] = { ...(claim as Claim), relations: NO_RELATIONS, indicator: row.indicator, subject: row.indicator };
				isKept[index - cellBase] = 0;
				continue;
			}
			claim.indicator = row.indicator;
			claim.subject = row.indicator;
		}
	}
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
	// A relation of a claim.* kind in an error a table.* rule reports: that rule's (claimRules pass it by).
	const ruleOf = (i: number): RuleId | undefined => {
		if (drafted[i]!.kind.startsWith('table-')) return undefined;
		const e = errorOf.get(i);
		const rule = e === undefined ? undefined : RULE_OF[drafted[e.primary]!.kind as keyof typeof RULE_OF];
		return rule !== undefined && TABLE_RULES.has(rule) ? rule : undefined;
	};
	// Each claim's new relations, given once (a whole may be in thousands of relations).
	const added = new Map<number, number[]>();
	drafted.forEach((d, i) => {
		const c = d.constraint;
		const fixed = targetOf.get(i);
		const target = fixed && c.figures.some((f) => f.claim === fixed.target) ? fixed.target : c.figures[c.preferred]!.claim;
		const scale = cellOf(target)?.scale ?? quantities[claims[target]!.quantity]?.magnitude ?? 1;
		const borderline = ok[i] ? undefined : (errorOf.get(i)?.borderline ?? false);
		const replacement = !ok[i] && fixed?.replacement !== undefined && fixed.target === target ? fixed.replacement : undefined;
		const rule = ruleOf(i);
		const kept = madeRelations.get(d);
		if (kept && kept.target === target && kept.scale === scale && kept.ok === ok[i] && kept.borderline === borderline && kept.replacement === replacement && kept.relation.rule === rule) relations.push(kept.relation);
		else {
			const k = c.figures.findIndex((f) => f.claim === target);
			const solved = c.solve(k);
			const computed = Number.isFinite(solved.lo) && Number.isFinite(solved.hi) ? (solved.lo + solved.hi) / 2 / scale : c.figures[k]!.value / scale;
			const rel: { -readonly [K in keyof Relation]: Relation[K] } = { kind: d.kind, claims: c.figures.map((f) => f.claim), target, expression: d.expression, computed, ok: ok[i]!, data: d.data };
			if (borderline !== undefined) rel.borderline = borderline;
			if (replacement !== undefined) rel.replacement = replacement;
			if (rule !== undefined) rel.rule = rule;
			madeRelations.set(d, { target, scale, ok: ok[i]!, borderline, replacement, relation: rel });
			relations.push(rel);
		}
		for (const f of c.figures) {
			const list = added.get(f.claim);
			if (list) list.push(base + i);
			else added.set(f.claim, [base + i]);
		}
	});
	added.forEach((list, index) => {
		const claim = claims[index] as { relations: readonly number[] };
		if (index >= cellBase && isKept[index - cellBase]) {
			// A kept claim has the relations the last pass gave it: the same list keeps the claim, another is a copy's.
			isKept[index - cellBase] = 2;
			if (!sameList(claim.relations, list)) claims[index] = { ...(claim as Claim), relations: list };
			return;
		}
		// The list is this call's own: a cell claim made here takes it; a prose claim is copied (buildClaims keeps it, claimModel.ts).
		if (index < cellBase) claims[index] = { ...(claim as Claim), relations: claim.relations.length === 0 ? list : claim.relations.concat(list) };
		else claim.relations = claim.relations.length === 0 ? list : claim.relations.concat(list);
	});
	// A kept claim in no relation now.
	for (let k = 0; k < isKept.length; k++) if (isKept[k] === 1 && claims[cellBase + k]!.relations.length > 0) claims[cellBase + k] = { ...claims[cellBase + k]!, relations: NO_RELATIONS };
	// The claims array is this analysis's: the passes after this one replace a claim by a copy, never change one.
	if (cache) cache.cellClaims = { claims, rows: cellClaims, base: cellBase, named };
	// The public tables (rows and cells with their spans in the document) on demand: the findings need only the errors
	// and the rows' labels (rules/tableRules.ts), so a keystroke does not place every row of a table an edit moved.
	let made: Table[] | undefined;
	return {
		errors: errorsOf,
		rowLabel: (t, r) => drafts[t]?.rows[r]?.label,
		tables: () => {
			if (made) return made;
			work.tablesMade += tables.length;
			return (made = tables.map((p, ti) => toTable(p, quantities, sectionPath(sections, p.at + p.draft.span.start), errorsOf[ti]!, cellClaims[ti]!)));
		},
	};
}

/**
 * What the table pass leaves: each table's errors and its rows' labels, which the findings read (rules/tableRules.ts),
 * and the public tables, made on demand (the first call; the same array after) from what the pass kept. Nothing the
 * maker reads is changed after the pass, so an analysis's tables are the same whenever they are asked for.
 */
export interface TablePass {
	/** The errors of each table, in document order. */
	readonly errors: readonly (readonly TableError[])[];
	/** The label of row `r` of table `t` (the public row's `label`). */
	rowLabel(t: number, r: number): string | undefined;
	tables(): readonly Table[];
}

const NO_TABLE_LIST: readonly Table[] = Object.freeze([]);
const NO_TABLES: TablePass = { errors: Object.freeze([]), rowLabel: () => undefined, tables: () => NO_TABLE_LIST };

/**
 * The relation last made of a draft, with what it was made of besides the draft: a draft kept from the last analysis
 * (a sum of rows an edit did not touch, a table's own relations, a cell's relation with the prose) makes the same
 * relation again when its target and judgement are the same. Relations are never changed once made, so two analyses
 * may share one.
 */
interface MadeRelation {
	readonly target: number;
	readonly scale: number;
	readonly ok: boolean;
	readonly borderline: boolean | undefined;
	readonly replacement: string | undefined;
	readonly relation: Relation;
}

const madeRelations = new WeakMap<TableRelationDraft, MadeRelation>();

/** The target's figure reprinted inside `fix` (in its own unit and decimals), when such a printing exists. */
function printed(claims: readonly Claim[], quantities: readonly Quantity[], cellOf: (claim: number) => CellFigure | undefined, target: number, fix: Interval): string | undefined {
	const claim = claims[target]!;
	const cell = cellOf(target);
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

function sameList(a: readonly number[], b: readonly number[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/**
 * The row's claims of the last pass (`lastRow`, claim indices by column) are those cellClaim would make now, relations
 * aside: the same columns with figures, at claim indices from `first` on, none named after it was made, and each claim
 * field by field the same — its span the same object (the figure's quantity, kept while an edit does not move its
 * block), its table, row and column, its reading.
 */
function sameRowClaims(last: LastCellClaims, lastRow: readonly number[], first: number, p: PlacedTable, row: RowDraft, ti: number, ri: number, quantities: readonly Quantity[]): boolean {
	if (lastRow.length !== row.cells.length) return false;
	let k = first;
	for (let c = 0; c < lastRow.length; c++) {
		const cell = row.cells[c];
		const index = lastRow[c]!;
		if (!cell) {
			if (index >= 0) return false;
			continue;
		}
		if (index !== k++ || last.named[index - last.base]) return false;
		const was = last.claims[index];
		if (!was || !sameCellClaim(was, p, row, ti, ri, cell, c, quantities[p.quantity0 + row.quantity0 + cell.quantity]!)) return false;
	}
	return true;
}

/** The claim cellClaim would make of this cell is `was` (field by field; its relations aside). */
function sameCellClaim(was: Claim, p: PlacedTable, row: RowDraft, ti: number, ri: number, cell: CellFigure, c: number, q: Quantity): boolean {
	const t = p.draft;
	const col = t.columns[c]!;
	const kind = KIND_OF_COLUMN[col.kind] ?? 'amount';
	const at = was.cell;
	return (
		was.span === q.span &&
		was.quantity === p.quantity0 + row.quantity0 + cell.quantity &&
		at !== undefined &&
		at.table === ti &&
		at.row === ri &&
		at.column === c &&
		was.text === cell.text &&
		was.value === cell.value &&
		was.unit === cell.base &&
		was.kind === kind &&
		was.subject === (t.series ? headerNoun(col.header) : (row.indicator ?? row.label)) &&
		was.scope === (t.series ? row.label : t.period) &&
		was.approx === q.approx &&
		was.indicator === (t.series ? undefined : row.indicator) &&
		was.direction === (kind === 'change' ? (cell.value < 0 ? 'down' : 'up') : undefined)
	);
}

function cellClaim(p: PlacedTable, row: TableDraft['rows'][number], ti: number, ri: number, cell: CellFigure, c: number, q: Quantity): Claim {
	const t = p.draft;
	const col = t.columns[c]!;
	const kind = KIND_OF_COLUMN[col.kind] ?? 'amount';
	const subject = t.series ? headerNoun(col.header) : (row.indicator ?? row.label);
	const span = q.span; // the cell's figure is its quantity (model.ts readRow): the same span, shared
	const text = cell.text;
	const value = cell.value;
	const unit = cell.base;
	const scope = t.series ? row.label : t.period;
	const approx = q.approx;
	const quantity = p.quantity0 + row.quantity0 + cell.quantity;
	const at = { table: ti, row: ri, column: c };
	const indicator = t.series ? undefined : row.indicator;
	// Every property in one literal, in the order they always had: a property added after the literal makes V8 give
	// each of thousands of claims a second store for it.
	if (kind === 'change') {
		const direction = cell.value < 0 ? 'down' : 'up';
		return indicator !== undefined
			? { span, text, value, unit, kind, subject, scope, approx, quantity, relations: NO_RELATIONS, cell: at, indicator, direction }
			: { span, text, value, unit, kind, subject, scope, approx, quantity, relations: NO_RELATIONS, cell: at, direction };
	}
	return indicator !== undefined
		? { span, text, value, unit, kind, subject, scope, approx, quantity, relations: NO_RELATIONS, cell: at, indicator }
		: { span, text, value, unit, kind, subject, scope, approx, quantity, relations: NO_RELATIONS, cell: at };
}

/**
 * A row of a table as last made, kept with its reading's printed cells (RowDraft.printed, one array per reading: the
 * reading of a line an edit did not touch is kept, tables/model.ts): the row is made again only when it moved or its
 * place in the table, its indicator or its claims changed. Rows are never changed once made, so two analyses may share
 * one.
 */
interface PlacedRow {
	readonly at: number;
	readonly level: number;
	readonly parent: number | undefined;
	readonly indicator: string | undefined;
	readonly unit: string | undefined;
	readonly label: string;
	readonly claims: readonly number[] | undefined;
	readonly row: TableRow;
}

const placedRows = new WeakMap<RowDraft['printed'], PlacedRow>();

/** The row kept is the row `r` of origin `at` with these claims would make: all it is made of but its reading is the same. */
function samePlace(kept: PlacedRow, r: RowDraft, at: number, claims: readonly number[] | undefined): boolean {
	if (kept.at !== at || kept.level !== r.level || kept.parent !== r.parent || kept.indicator !== r.indicator || kept.unit !== r.unit || kept.label !== r.label) return false;
	if (kept.claims === claims) return true;
	if (!kept.claims || !claims || kept.claims.length !== claims.length) return false;
	for (let c = 0; c < claims.length; c++) if (kept.claims[c] !== claims[c]) return false;
	return true;
}

/*
 * Rows and cells are made in one literal each, their optional fields in the order they always had: a field added after
 * the literal makes V8 give each of thousands of objects a second store for it (and spreading is slower still).
 */

function tableCell(span: Span, text: string, column: number, fig: CellFigure | undefined, claim: number): TableCell {
	if (fig) return claim >= 0 ? { span, text, column, value: fig.value, unit: fig.unit, claim } : { span, text, column, value: fig.value, unit: fig.unit };
	return claim >= 0 ? { span, text, column, claim } : { span, text, column };
}

function tableRow(r: RowDraft, labelSpan: Span, cells: readonly TableCell[]): TableRow {
	const { label, level, part, parent, indicator, unit } = r;
	if (parent !== undefined) {
		if (indicator !== undefined) return unit !== undefined ? { label, labelSpan, level, part, parent, indicator, unit, cells } : { label, labelSpan, level, part, parent, indicator, cells };
		return unit !== undefined ? { label, labelSpan, level, part, parent, unit, cells } : { label, labelSpan, level, part, parent, cells };
	}
	if (indicator !== undefined) return unit !== undefined ? { label, labelSpan, level, part, indicator, unit, cells } : { label, labelSpan, level, part, indicator, cells };
	return unit !== undefined ? { label, labelSpan, level, part, unit, cells } : { label, labelSpan, level, part, cells };
}

/**
 * A table as last made, by its draft: made again only when it moved, its section or errors changed, or a row of it is
 * not the row kept (placedRows). Tables are never changed once made, so two analyses may share one.
 */
interface PlacedTableKept {
	readonly at: number;
	readonly section: readonly number[];
	readonly errors: readonly TableError[];
	readonly table: Table;
}

const placedTables = new WeakMap<TableDraft, PlacedTableKept>();

function sameErrors(a: readonly TableError[], b: readonly TableError[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		const x = a[i]!;
		const y = b[i]!;
		if (x.rule !== y.rule || x.target !== y.target || x.replacement !== y.replacement || x.borderline !== y.borderline || !sameList(x.relations, y.relations)) return false;
	}
	return true;
}

/** The table kept for `p`'s draft is the one toTable would make now: the same place, section, errors and rows. */
function sameTable(kept: PlacedTableKept, p: PlacedTable, section: readonly number[], errors: readonly TableError[], claims: readonly (readonly number[])[]): boolean {
	if (kept.at !== p.at || !sameList(kept.section, section) || !sameErrors(kept.errors, errors)) return false;
	const rows = p.draft.rows;
	const keptRows = kept.table.rows;
	if (rows.length !== keptRows.length) return false;
	for (let ri = 0; ri < rows.length; ri++) {
		const r = rows[ri]!;
		const row = placedRows.get(r.printed);
		if (!row || row.row !== keptRows[ri] || !samePlace(row, r, p.at + r.at, claims[ri])) return false;
	}
	return true;
}

function toTable(p: PlacedTable, quantities: readonly Quantity[], section: readonly number[], errors: readonly TableError[], claims: readonly (readonly number[])[]): Table {
	const t = p.draft;
	const keptTable = placedTables.get(t);
	if (keptTable && sameTable(keptTable, p, section, errors, claims)) return keptTable.table;
	const rows: TableRow[] = t.rows.map((r, ri) => {
		const at = p.at + r.at;
		const kept = placedRows.get(r.printed);
		if (kept && samePlace(kept, r, at, claims[ri])) return kept.row;
		const cells = r.printed.map((printed) => {
			const fig = r.cells[printed.column];
			// A cell that is its figure alone has its quantity's span: shared rather than made again.
			const whole = fig !== undefined && fig.span.start === printed.span.start && fig.span.end === printed.span.end;
			const span = whole ? quantities[p.quantity0 + r.quantity0 + fig.quantity]!.span : placed(printed.span, at);
			return tableCell(span, printed.text, printed.column, fig, claims[ri]?.[printed.column] ?? -1);
		});
		const row = tableRow(r, placed(r.labelSpan, at), cells);
		placedRows.set(r.printed, { at, level: r.level, parent: r.parent, indicator: r.indicator, unit: r.unit, label: r.label, claims: claims[ri], row });
		return row;
	});
	const table: Table = {
		shape: t.shape,
		span: placed(t.span, p.at),
		...(t.caption !== undefined ? { caption: t.caption } : {}),
		...(t.captionSpan ? { captionSpan: placed(t.captionSpan, p.at) } : {}),
		...(t.unit !== undefined ? { unit: t.unit } : {}),
		period: t.period,
		headers: t.headers,
		columns: t.columns,
		rows,
		section,
		errors,
	};
	placedTables.set(t, { at: p.at, section, errors, table });
	return table;
}
