/**
 * The tables of the last analysis of a document, by their text: a table that an edit did not touch — the same text,
 * cells and figures, wherever it now stands — keeps its draft (model.ts) and its own relations (its sums and subsets,
 * relations.ts), and is neither read nor checked again. The relations between tables and with the prose depend on the
 * whole document and are found each time. The document's BlockCache owns one; after each table pass only the tables
 * of that pass and of the one before are kept, so memory follows the document.
 */
import type { Claim, Quantity } from '../types';
import type { Lexicon } from '../lexicon/index';
import type { RawCell, RawRow, RawTable } from './detect';
import type { RawClaim } from '../parse/claims';
import { sameQuantity, type TableDraft } from './model';
import { moveProseRelation, moveRelations, moveShareRelation, type OwnRelations, sameFigure, type TableProse, type TableRelationDraft, type TableShares } from './relations';
import type { Figure } from './constraints';

interface Entry {
	/** The table as found when it was read, its first line at `at` then. */
	readonly raw: RawTable;
	readonly at: number;
	/** Its quantities then, from the first that ends after `at` to the last that starts before its end. */
	readonly quantities: readonly Quantity[];
	readonly draft: TableDraft | undefined;
	/** Its own relations, found as table `table` with its first cell's claim at `claim0`. */
	own?: OwnRelations;
	table: number;
	claim0: number;
}

function sameCell(a: RawCell | undefined, aAt: number, b: RawCell | undefined, bAt: number): boolean {
	if (a === undefined || b === undefined) return a === b;
	return a.start - aAt === b.start - bAt && a.end - aAt === b.end - bAt;
}

function sameRows(a: readonly RawRow[], aAt: number, aLine: number, b: readonly RawRow[], bAt: number, bLine: number, pipe: boolean): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		const x = a[i]!;
		const y = b[i]!;
		// The same row at the same place: a line an edit did not move keeps its row (detect.ts).
		if (x === y && aAt === bAt && aLine === bLine) continue;
		// A pipe row of the same line reading (its cells at fixed offsets from its line's start, detect.ts pipeTable) on a
		// line as far from the table's start: its cells are at the same offsets, found by its first alone (a table that an
		// edit before it moved is compared row by row, not cell by cell).
		if (pipe && x.slot !== undefined && x.slot === y.slot && x.line - aLine === y.line - bLine && x.indent === y.indent && (x.cells.length === 0 || x.cells[0]!.start - aAt === y.cells[0]!.start - bAt)) continue;
		if (x.line - aLine !== y.line - bLine || x.indent !== y.indent || x.cells.length !== y.cells.length) return false;
		for (let c = 0; c < x.cells.length; c++) if (!sameCell(x.cells[c], aAt, y.cells[c], bAt)) return false;
	}
	return true;
}

/** The same table found at another place: its lines, caption, unit, rows and cells at the same offsets from its start. */
function sameRaw(a: RawTable, aAt: number, b: RawTable, bAt: number): boolean {
	return (
		a.shape === b.shape &&
		a.lastLine - a.firstLine === b.lastLine - b.firstLine &&
		sameCell(a.caption, aAt, b.caption, bAt) &&
		sameCell(a.unit, aAt, b.unit, bAt) &&
		a.unitColumns.length === b.unitColumns.length &&
		a.unitColumns.every((c, i) => c === b.unitColumns[i]) &&
		sameRows(a.header, aAt, a.firstLine, b.header, bAt, b.firstLine, a.shape === 'pipe') &&
		sameRows(a.rows, aAt, a.firstLine, b.rows, bAt, b.firstLine, a.shape === 'pipe')
	);
}

/** Relations a table made in a pass, as table `table` of its draft with its first cell's claim at `claim0`, with `key`. */
interface KeptRelations<K> {
	readonly table: number;
	readonly claim0: number;
	readonly key: K;
	readonly drafts: readonly TableRelationDraft[];
}

/**
 * Relations each table made in the last table pass with what lies outside it (the prose, another table's whole), by its
 * draft: a table an edit did not touch keeps its draft (TableCache.draft; of tables of one text, the next one's when
 * one was edited), and while what it was matched with is the same (`key`), it is not matched again — its relations moved
 * to where it stands now (`move`: its index among the tables, its cells' claims).
 */
abstract class TableMemo<K> {
	#claim0: readonly number[] = [];
	#last = new Map<TableDraft, KeptRelations<K>>();
	#now = new Map<TableDraft, KeptRelations<K>>();
	/** Tables whose relations were kept, and tables matched again, since the cache was made. */
	readonly stats = { hits: 0, misses: 0 };

	/** A table pass begins: each table's first cell claim. */
	protected begin(claim0: readonly number[]): void {
		this.#claim0 = claim0;
		this.#last = this.#now;
		this.#now = new Map();
	}

	/** The relation `d` of the table moved to table `table`, its cells' claims `by` further on; undefined when it cannot be. */
	protected abstract move(d: TableRelationDraft, table: number, by: number, key: K): TableRelationDraft | undefined;

	/** The relations table `ti` of this draft made in the last pass with `key` (`same`), moved to where it stands now. */
	protected keptFor(ti: number, draft: TableDraft, same: (key: K) => boolean, key: K): readonly TableRelationDraft[] | undefined {
		const kept = this.#last.get(draft);
		let drafts: readonly TableRelationDraft[] | undefined;
		if (kept !== undefined && same(kept.key)) {
			const by = this.#claim0[ti]! - kept.claim0;
			if (by === 0 && kept.table === ti) drafts = kept.drafts;
			else {
				const moved: TableRelationDraft[] = [];
				for (const d of kept.drafts) {
					const m = this.move(d, ti, by, key);
					if (m !== undefined) moved.push(m);
				}
				if (moved.length === kept.drafts.length) drafts = moved;
			}
		}
		if (drafts) this.stats.hits++;
		else this.stats.misses++;
		return drafts;
	}

	protected remember(ti: number, draft: TableDraft, key: K, drafts: readonly TableRelationDraft[]): void {
		this.#now.set(draft, { table: ti, claim0: this.#claim0[ti]!, key, drafts });
	}

	/** The lexicon changed: nothing found before holds. */
	clear(): void {
		this.#last = new Map();
		this.#now = new Map();
	}
}

/**
 * The tables' relations with the prose (relations.ts prose): while a table is edited the prose and the other tables
 * stand as they were, and those tables are not matched with the prose again. Kept only while the prose is the same —
 * the same claims' readings (kept with their blocks' work) at the same places, of the same years.
 */
export class ProseMemo extends TableMemo<undefined> implements TableProse {
	#prose: readonly RawClaim[] = [];
	#years: readonly (number | undefined)[] = [];
	#same = false;

	/** A table pass begins: the prose's claims and their years now, and each table's first cell claim. */
	start(prose: readonly RawClaim[], years: readonly (number | undefined)[], claim0: readonly number[]): void {
		let same = prose.length === this.#prose.length && years.length === this.#years.length;
		for (let i = 0; same && i < prose.length; i++) same = prose[i] === this.#prose[i] && years[i] === this.#years[i];
		this.#same = same;
		this.#prose = prose;
		this.#years = years;
		this.begin(claim0);
	}

	kept(ti: number, draft: TableDraft): readonly TableRelationDraft[] | undefined {
		return this.keptFor(ti, draft, () => this.#same, undefined);
	}

	keep(ti: number, draft: TableDraft, drafts: readonly TableRelationDraft[]): void {
		this.remember(ti, draft, undefined, drafts);
	}

	protected move(d: TableRelationDraft, table: number, by: number): TableRelationDraft | undefined {
		return moveProseRelation(d, table, by);
	}

	override clear(): void {
		this.#prose = [];
		this.#years = [];
		super.clear();
	}
}

/** The wholes a table's share columns name elsewhere (another table's row, the prose), with their printed texts. */
interface Wholes {
	readonly wholes: readonly (Figure | undefined)[];
	readonly texts: readonly string[];
}

/**
 * The tables' share relations (relations.ts shares): a table of the same draft whose share columns' wholes named
 * elsewhere are the same figures states the same shares.
 */
export class SharesMemo extends TableMemo<Wholes> implements TableShares {
	start(claim0: readonly number[]): void {
		this.begin(claim0);
	}

	kept(ti: number, draft: TableDraft, wholes: readonly (Figure | undefined)[], texts: readonly string[]): readonly TableRelationDraft[] | undefined {
		const same = (was: Wholes): boolean =>
			wholes.every((w, k) => {
				const x = was.wholes[k];
				return w === undefined ? x === undefined : x !== undefined && sameFigure(w, x) && texts[k] === was.texts[k];
			});
		return this.keptFor(ti, draft, same, { wholes, texts });
	}

	keep(ti: number, draft: TableDraft, wholes: readonly (Figure | undefined)[], texts: readonly string[], drafts: readonly TableRelationDraft[]): void {
		this.remember(ti, draft, { wholes, texts }, drafts);
	}

	protected move(d: TableRelationDraft, table: number, by: number, key: Wholes): TableRelationDraft | undefined {
		return moveShareRelation(d, table, by, key.wholes);
	}
}

/**
 * The cell claims of the last table pass, as it left them (analyzeTables): that analysis's claims (never changed once
 * returned), each table's rows' claim indices by column (-1: no figure), the index of the first cell claim, and the
 * cell claims the partitions named after they were made (1 by index from `base`: their indicator comes after their other
 * fields, not where a claim made named has it, so they are not reused).
 */
export interface LastCellClaims {
	readonly claims: readonly Claim[];
	readonly rows: readonly (readonly (readonly number[])[])[];
	readonly base: number;
	readonly named: Uint8Array;
}

export class TableCache {
	/** The tables' relations with the prose (ProseMemo), and their shares (SharesMemo). */
	readonly prose = new ProseMemo();
	readonly shares = new SharesMemo();
	/** The cell claims of the last table pass: a row's claims the same in this one are taken rather than made again. */
	cellClaims: LastCellClaims | undefined;
	/** The tables of the last table pass by their text (several tables of one text in order), and those of this one. */
	#entries = new Map<string, Entry[]>();
	#used = new Map<string, Entry[]>();
	/** The tables of the pass before the last that the last did not take (see BlockCache). */
	#before = new Map<string, Entry[]>();
	/** This pass's entries by their drafts. */
	#byDraft = new Map<TableDraft, Entry>();
	#lexicon: Lexicon | undefined;
	#hits = 0;
	#misses = 0;
	/** Rows of the tables read whose reading was kept with their line, and rows read: counted by the table model. */
	readonly rowCounts = { hits: 0, misses: 0 };

	/**
	 * The draft of table `raw` (its text from `at` to `end`, its quantities from `quantity0` on): the one kept from the
	 * last analysis when the table is the same, else `read()`.
	 */
	draft(text: string, raw: RawTable, at: number, end: number, quantities: readonly Quantity[], quantity0: number, lexicon: Lexicon, read: () => TableDraft | undefined): TableDraft | undefined {
		if (lexicon !== this.#lexicon) {
			this.#entries.clear();
			this.#used.clear();
			this.#before.clear();
			this.prose.clear();
			this.shares.clear();
			this.#lexicon = lexicon;
		}
		let last = quantity0;
		while (last < quantities.length && quantities[last]!.span.start < end) last++;
		const key = text.slice(at, end);
		const same = (e: Entry | undefined): e is Entry =>
			e !== undefined && sameRaw(e.raw, e.at, raw, at) && e.quantities.length === last - quantity0 && e.quantities.every((q, i) => sameQuantity(q, e.at, quantities[quantity0 + i]!, at));
		// The last pass's tables of this text, else the pass's before (a table changed and changed back).
		// Each kept table is compared once (a table moved by an edit is compared cell by cell).
		let kept = this.#entries.get(key);
		let found = same(kept?.[0]);
		if (!found) {
			kept = this.#before.get(key);
			found = same(kept?.[0]);
		}
		let entry: Entry;
		if (found) {
			entry = kept!.shift()!;
			this.#hits++;
		} else {
			entry = { raw, at, quantities: quantities.slice(quantity0, last), draft: read(), table: -1, claim0: 0 };
			this.#misses++;
		}
		const list = this.#used.get(key);
		if (list) list.push(entry);
		else this.#used.set(key, [entry]);
		if (entry.draft) this.#byDraft.set(entry.draft, entry);
		return entry.draft;
	}

	/** The own relations kept with a draft, moved to where the table now stands: table `table`, first claim `claim0`. */
	own(draft: TableDraft, table: number, claim0: number): OwnRelations | undefined {
		const entry = this.#byDraft.get(draft);
		if (!entry?.own) return undefined;
		if (entry.table !== table || entry.claim0 !== claim0) {
			entry.own = moveRelations(entry.own, table, claim0 - entry.claim0);
			entry.table = table;
			entry.claim0 = claim0;
		}
		return entry.own;
	}

	/** Keep a table's own relations with its draft. */
	keep(draft: TableDraft, own: OwnRelations, table: number, claim0: number): void {
		const entry = this.#byDraft.get(draft);
		if (!entry) return;
		entry.own = own;
		entry.table = table;
		entry.claim0 = claim0;
	}

	/** After a table pass: keep only its tables and those of the pass before. */
	prune(): void {
		// What the last pass held and this one did not take: the tables an edit changed or removed.
		this.#before = this.#entries;
		this.#entries = this.#used;
		this.#used = new Map();
		this.#byDraft = new Map();
	}

	/** Tables answered from the cache and tables read, since the cache was made. */
	get stats(): { hits: number; misses: number } {
		return { hits: this.#hits, misses: this.#misses };
	}

	/** Rows of the tables read whose reading was kept, and rows read, since the cache was made. */
	get rowStats(): { hits: number; misses: number } {
		return { ...this.rowCounts };
	}
}
