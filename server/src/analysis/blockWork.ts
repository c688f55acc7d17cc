/**
 * The work done on one block of text, which depends on nothing but the block: its quantities, its heading, its
 * formulas and its claims, in joined-text coordinates. An edit changes few blocks, so the server keeps a
 * BlockCache per document and re-reads only the blocks whose text changed; the document-wide passes (offsets,
 * nesting, relations) are cheap and run again.
 */
import { type Block, TextMemo, toOriginalSpan } from './text/textModel';
import type { Quantity, Span } from './types';
import { type PlacedQuantity, scanQuantities } from './parse/quantities';
import { headingFromText, type RawHeading } from './parse/sections';
import { TitleLine, titleLine } from './parse/titles';
import { type RawFormula, scanEnumerations, scanQuotedFormulas, scanUnquotedFormulas, shiftFormula, termOnLine } from './parse/formulas';
import { type RawClaim, scanClaims } from './parse/claims';
import { clauseReadingText, formulaReadingText } from './parse/reading';
import { listMarkerLength } from './text/trim';
import { makeParagraph, type PlacedDraft, relateParagraph } from './relations/index';
import { DocumentMemo, type PastPeriod, pastPeriodOf } from './relations/context';
import { builtinLexicon, type Lexicon } from './lexicon/index';
import { maskMarkup } from './tables/cells';
import { LineMemo } from './tables/detect';
import { TableCache } from './tables/cache';
import { type BlockList, blockLists } from './parse/keyedLists';
import { blockPairs } from './parse/keyedPairs';
import type { BlockPeopleCount } from './relations/peopleCounts';
import type { BlockDuration } from './relations/durations';

export interface BlockWork {
	/** The block's quantities, their spans placed where the block stood when read (`at`). */
	readonly quantities: readonly PlacedQuantity[];
	/** Where the block stood when read: a block at the same place with the same pieces has the quantities' spans. */
	readonly at?: { readonly start: number; readonly end: number; readonly pieces: Block['pieces'] };
	readonly heading: RawHeading | undefined;
	/** What the block is to the titles around it (a date, source or author line, a title): see titleLineOf. */
	titleLine?: TitleLine;
	readonly formulas: readonly RawFormula[];
	readonly claims: readonly RawClaim[];
	/**
	 * The block's text as its clauses are read: half-width marks in Chinese text as full-width, full-width digits as
	 * ASCII, a list item's marker as spaces (parse/reading.ts clauseReadingText; the same offsets). Absent for a block
	 * not read (code, HTML).
	 */
	readonly read?: string;
	/** The relations found within the block, kept for the previous block they were found with (see Neighbour). */
	paragraph?: { readonly previous: Neighbour; readonly drafts: readonly PlacedDraft[] };
	/** How long a past the block speaks of, kept for the previous block it was read with (see pastPeriodOf). */
	past?: { readonly previous: Neighbour; readonly period: PastPeriod };
	/**
	 * The block's `、` runs as lists (parse/keyedLists.ts blockLists) and its pairs of items that end alike (parse/keyedPairs.ts
	 * blockPairs), read when the formulas first ask.
	 */
	lists?: readonly BlockList[];
	/** The counts of a set named in the block (formulaModel.ts setMentionsOf), read when first asked. */
	setMentions?: readonly BlockSetMention[];
	/** The counts of the people in the block (relations/peopleCounts.ts countsOf), read when first asked. */
	people?: readonly BlockPeopleCount[];
	/** The counts of years named by their words in the block (relations/durations.ts durationsOf), read when first asked. */
	durations?: readonly BlockDuration[];
	/** The block read as a glossary term on a line of its own (formulaModel.ts), kept for the two blocks after it. */
	termLine?: { readonly next: Neighbour; readonly after: Neighbour; readonly read: TermLineReading };
}

/** A count of a set named in a block (五级医疗卫生服务体系), offsets in the block's text (formulaModel.ts setMentionsOf). */
export interface BlockSetMention {
	readonly start: number;
	readonly end: number;
	/** The count and measure word as the block reads them (五级). */
	readonly text: string;
	readonly count: number;
	readonly measure: string;
	readonly name: string;
	/** Marked as the count of a list of its own or of another set: no mention of a listed one. */
	readonly other: boolean;
}

/**
 * A neighbouring block a reading kept on a block's work was made with: its work, which tells its text — but for the
 * one work shared by every block without work (code, HTML, front matter: NO_WORK), which stands for any text, so that
 * its text is kept too (a term's gloss followed by an HTML block whose text then changed is read again).
 */
interface Neighbour {
	readonly work: BlockWork | undefined;
	readonly text: string | undefined;
}

function neighbour(work: BlockWork | undefined, text: string | undefined): Neighbour {
	return { work, text: work === NO_WORK ? text : undefined };
}

/** The neighbour `was` is the block of work `work` and text `text`. */
function sameNeighbour(was: Neighbour, work: BlockWork | undefined, text: string | undefined): boolean {
	return was.work === work && (work !== NO_WORK || was.text === text);
}

/** What termOnLine reads of a block with the next (and the one after), or undefined. */
export type TermLineReading = ReturnType<typeof termOnLine>;

/**
 * A block read as a glossary term on its line with the next block as its gloss (parse/formulas/quoted.ts termOnLine), which
 * depends on the texts of the block and the two after it: read once per three blocks and kept on the block's work
 * (a block an edit did not touch, beside blocks it did not touch, is not read again). The reading is never changed.
 */
export function termLineOf(work: BlockWork, block: Block, next: BlockWork, nextBlock: Block, after: BlockWork | undefined, afterBlock: Block | undefined): TermLineReading {
	const memo = work.termLine;
	if (memo && sameNeighbour(memo.next, next, nextBlock.text) && sameNeighbour(memo.after, after, afterBlock?.text)) return memo.read;
	const read = termOnLine(formulaReadingText(block.text), formulaReadingText(nextBlock.text), afterBlock?.text);
	// The work of a block without work (code, HTML) is shared and frozen: nothing is kept on it.
	if (!Object.isFrozen(work)) work.termLine = { next: neighbour(next, nextBlock.text), after: neighbour(after, afterBlock?.text), read };
	return read;
}

/**
 * The relations within a block, which depend on the block and the block before it (a total or a growth rate stated
 * just before): computed once per pair and kept on the block's work.
 */
export function paragraphDrafts(lexicon: Lexicon, work: BlockWork, text: string, previous: BlockWork | undefined, previousText: string): readonly PlacedDraft[] {
	if (work.claims.length === 0) return [];
	const memo = work.paragraph;
	if (memo && sameNeighbour(memo.previous, previous, previousText)) return memo.drafts;
	// Two blocks of the same text share their work: after a block like itself, the figures before are copies, so that
	// each figure stands at one place of the paragraph.
	const before = previous === work ? work.claims.map((c) => ({ ...c })) : (previous?.claims ?? []);
	const drafts = relateParagraph(makeParagraph(lexicon, before, previousText, work.claims, text));
	work.paragraph = { previous: neighbour(previous, previousText), drafts };
	return drafts;
}

/** How long a past a block speaks of (relations/context.ts), read once per pair of blocks and kept on the block's work. */
export function blockPastPeriod(work: BlockWork, text: string, previous: BlockWork | undefined, previousText: string): PastPeriod {
	const memo = work.past;
	if (memo && sameNeighbour(memo.previous, previous, previousText)) return memo.period;
	const period = pastPeriodOf(text, previousText);
	work.past = { previous: neighbour(previous, previousText), period };
	return period;
}

const NO_WORK: BlockWork = Object.freeze({ quantities: [], heading: undefined, titleLine: TitleLine.Other, formulas: [], claims: [] });

/**
 * What a block is to the titles around it, read when the outline first asks and kept with the block's work: a block
 * an edit did not touch is not read again.
 */
export function titleLineOf(work: BlockWork, block: Block): TitleLine {
	return (work.titleLine ??= titleLine(block));
}

/**
 * The block's `、` runs as lists, with its pairs joined by 和 / 与 / 及 (parse/keyedPairs), read when the formulas first ask
 * and kept with the block's work: a block an edit did not touch is not read again. (The work shared by blocks without
 * work is frozen: their runs are read each time.)
 */
export function listsOf(work: BlockWork, block: Block): readonly BlockList[] {
	if (work.lists) return work.lists;
	const runs = blockLists(block.text);
	const pairs = blockPairs(block.text);
	// Most blocks have no pair: no list is made for them.
	const lists = pairs.length === 0 ? runs : runs.length === 0 ? pairs : [...runs, ...pairs];
	if (!Object.isFrozen(work)) work.lists = lists;
	return lists;
}

const SKIPPED = new Set<Block['kind']>(['code', 'frontMatter', 'html']);
const FORMULA_BLOCKS = new Set<Block['kind']>(['text', 'heading', 'list', 'quote']);
/** A Markdown heading's figures are read as those of a title on its line (## 二、建设标准化菜市场10个 as 二、建设…10个). */
const CLAIM_BLOCKS = new Set<Block['kind']>(['text', 'list', 'quote', 'heading']);

const byStart = (a: RawFormula, b: RawFormula): number => a.start - b.start;
/** The empty list every block's work without such items shares (never changed: its type is read-only). */
const NONE: readonly never[] = [];

export function computeBlockWork(block: Block, lexicon: Lexicon = builtinLexicon): BlockWork {
	if (SKIPPED.has(block.kind)) return NO_WORK;
	const text = block.text;
	// A table's cells carry markup (`<br>`, `**`, footnote marks [6]) that would hide or make figures.
	const place = (start: number, end: number): Span => toOriginalSpan(block, start, end);
	const quantities = block.kind === 'table' ? scanQuantities(maskMarkup(text), true, place) : scanQuantities(text, false, place);
	let formulas: readonly RawFormula[] = NONE;
	// Lists, clauses and sentences end at full-width marks; half-width ones in Chinese text read as theirs (same offsets).
	const read = FORMULA_BLOCKS.has(block.kind) ? formulaReadingText(text) : text;
	if (FORMULA_BLOCKS.has(block.kind)) {
		// A Markdown or web list item is read as the paragraph after its marker (- 构筑三个平台。依托…), its formulas placed back.
		const skip = listMarkerLength(read, block.kind === 'list');
		const body = skip === 0 ? read : read.slice(skip);
		const quoted = scanQuotedFormulas(body);
		const enumerations = scanEnumerations(body, skip === 0 ? quantities : quantities.map((q) => ({ ...q, start: q.start - skip, end: q.end - skip })));
		// Most blocks have none of either: no list is made for them.
		const taken = quoted.length === 0 ? enumerations : enumerations.length === 0 ? quoted : [...quoted, ...enumerations];
		const unquoted = scanUnquotedFormulas(body, taken);
		if (taken.length + unquoted.length > 0) formulas = [...taken, ...unquoted].sort(byStart);
		if (skip > 0) formulas = formulas.map((f) => shiftFormula(f, skip));
	}
	const clauses = clauseReadingText(read, block.kind === 'list', block.kind === 'heading');
	const claims = CLAIM_BLOCKS.has(block.kind) ? scanClaims(clauses, quantities, lexicon) : NONE;
	return {
		// Kept for as long as the block stands, through every collection of a long analysis: a block without quantities,
		// formulas or claims (most lines of a page of headings) shares one empty list for each.
		quantities: quantities.length === 0 ? NONE : quantities,
		at: { start: block.span.start, end: block.span.end, pieces: block.pieces },
		heading: block.kind === 'text' || block.kind === 'list' ? headingFromText(block) : undefined,
		titleLine: undefined,
		formulas,
		claims: claims.length === 0 ? NONE : claims,
		read: clauses,
	};
}

/**
 * Where the quantities of each block with quantities stand in an analysis's quantities, by the block's rank among them
 * (BlockCache.placedAt): the arrays are filled again by each other analysis, not made again.
 */
class PlacedQuantities {
	readonly works: BlockWork[] = [];
	readonly pieces: Block['pieces'][] = [];
	readonly starts: number[] = [];
	readonly ends: number[] = [];
	readonly first: number[] = [];
	count = 0;
	all: readonly Quantity[] = [];

	clear(): void {
		this.count = 0;
		this.all = [];
	}

	/** The analysis placed `all`: entries past its blocks (a longer document's) are dropped. */
	done(all: readonly Quantity[]): void {
		this.all = all;
		for (const list of [this.works, this.pieces, this.starts, this.ends, this.first]) if (list.length > this.count) list.length = this.count;
	}
}

/** The text of a block as its clauses are read (BlockWork.read), or as it stands for a block not read. */
export function readingOf(work: BlockWork | undefined, block: Block | undefined): string {
	return work?.read ?? block?.text ?? '';
}

/** The block stands where its work was read: the quantities' spans are the block's. */
export function standsAsRead(block: Block, work: BlockWork): boolean {
	const at = work.at;
	return at !== undefined && at.start === block.span.start && at.end === block.span.end && samePieces(at.pieces, block.pieces);
}

/** The same pieces: the same joined offsets at the same offsets from the block's start. */
function samePieces(a: Block['pieces'], b: Block['pieces']): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i]!.joined !== b[i]!.joined || a[i]!.offset !== b[i]!.offset) return false;
	return true;
}

const KINDS: readonly Block['kind'][] = ['text', 'title', 'byline', 'heading', 'table', 'list', 'quote', 'rule', 'code', 'html', 'frontMatter'];
const KIND_CODE = new Map(KINDS.map((k, i) => [k, i]));

/**
 * What a block's work depends on besides its text: its kind and the paragraph cues a heading is read from (the blank
 * joins apart), as a number.
 */
function cuesOf(block: Block): number {
	return KIND_CODE.get(block.kind)! * 4 + (block.firmStart ? 2 : 0) + (block.continued ? 1 : 0);
}

/** A block's work, with what it depends on besides the block's text. */
interface Kept {
	readonly cues: number;
	readonly blankJoins: string;
	readonly work: BlockWork;
}

/** The work kept for a block of text `text` with these cues, among the blocks of that text. */
function find(kept: ReadonlyMap<string, readonly Kept[]>, text: string, cues: number, blankJoins: string): BlockWork | undefined {
	const list = kept.get(text);
	if (list) for (const k of list) if (k.cues === cues && k.blankJoins === blankJoins) return k.work;
	return undefined;
}

/**
 * Block results of the previous analyses of a document. `work` answers from the cache or computes; after each
 * analysis `prune` drops the blocks neither it nor the analysis before it held (an edit undone finds its blocks), so
 * memory follows the document.
 */
export class BlockCache {
	/** The document's last text model: the next is built from it (text/textModel.ts). */
	readonly textModel = new TextMemo();
	/** The table pass's readings of the document's lines (tables/detect.ts), kept the same way. */
	readonly tableLines = new LineMemo();
	/** The document's tables as read and checked by the last table pass (tables/cache.ts). */
	readonly tables = new TableCache();
	/** What the document finders of the last analysis kept for this one (relations/context.ts). */
	readonly relations = new DocumentMemo();
	/** The blocks of the last analysis and of this one, by their text (a map keyed by the text alone is faster to ask). */
	#entries = new Map<string, Kept[]>();
	#used = new Map<string, Kept[]>();
	/**
	 * The blocks of the analysis before the last: a block an edit changed and the next edit changed back (a character
	 * typed and deleted, an undo) is found there. It holds what the last analysis held but for the blocks it changed.
	 */
	#before = new Map<string, Kept[]>();
	#lexicon: Lexicon = builtinLexicon;
	/**
	 * The quantities of the last analysis and of this one placed in the document (original offsets), and where each
	 * block's stand among them: a block at the same place with the same work and pieces keeps its quantities, so that an
	 * edit does not make again those of the blocks before it. Parallel arrays: nothing is allocated per block.
	 */
	#placed = new PlacedQuantities();
	#placedLast = new PlacedQuantities();
	#hits = 0;
	#misses = 0;

	/** The block's work; all of it is computed again when the lexicon is another one (the user's indicators changed). */
	work(block: Block, lexicon: Lexicon = builtinLexicon): BlockWork {
		if (lexicon !== this.#lexicon) {
			this.#entries.clear();
			this.#used.clear();
			this.#before.clear();
			this.#lexicon = lexicon;
		}
		const text = block.text;
		const cues = cuesOf(block);
		const blankJoins = block.blankJoins.length === 0 ? '' : block.blankJoins.join(',');
		let w = find(this.#used, text, cues, blankJoins);
		if (w) {
			this.#hits++;
			return w;
		}
		w = find(this.#entries, text, cues, blankJoins) ?? find(this.#before, text, cues, blankJoins);
		if (w) this.#hits++;
		else {
			w = computeBlockWork(block, lexicon);
			this.#misses++;
		}
		const kept: Kept = { cues, blankJoins, work: w };
		const list = this.#used.get(text);
		if (list) list.push(kept);
		else this.#used.set(text, [kept]);
		return w;
	}

	/**
	 * Where the quantities of the `k`th block with quantities (block `block`, its work `work`) stand in the last
	 * analysis's quantities (`placed`), when that block stood at the same place with the same work and pieces: the same
	 * Quantity objects serve again. Else -1.
	 */
	placedAt(k: number, block: Block, work: BlockWork): number {
		const last = this.#placedLast;
		// The work tells the text (and so the joined offsets); the block's span and its pieces, the original offsets.
		if (k < last.count && last.works[k] === work && last.starts[k] === block.span.start && last.ends[k] === block.span.end && samePieces(last.pieces[k]!, block.pieces)) return last.first[k]!;
		return -1;
	}

	/** The quantities of the last analysis (placedAt). */
	get placed(): readonly Quantity[] {
		return this.#placedLast.all;
	}

	/** The quantities of the `k`th block with quantities stand from `first` on in this analysis's quantities. */
	keepPlaced(k: number, block: Block, work: BlockWork, first: number): void {
		const now = this.#placed;
		now.works[k] = work;
		now.pieces[k] = block.pieces;
		now.starts[k] = block.span.start;
		now.ends[k] = block.span.end;
		now.first[k] = first;
		now.count = k + 1;
	}

	/** This analysis's quantities, once placed. */
	keepAllPlaced(all: readonly Quantity[]): void {
		this.#placed.done(all);
	}

	/** Keep only the blocks of the last two analyses (the lines of the last). */
	prune(): void {
		// Called before the quantities are placed: those placed by the last analysis become the last, and the arrays of
		// the one before are filled again by this one.
		const older = this.#placedLast;
		this.#placedLast = this.#placed;
		older.clear();
		this.#placed = older;
		this.#before = this.#entries;
		this.#entries = this.#used;
		this.#used = new Map();
		this.tableLines.prune();
	}

	/** Blocks computed (not answered from the cache) since the cache was made. */
	get reads(): number {
		return this.#misses;
	}

	/** Blocks answered from the cache and blocks computed, since the cache was made. */
	get stats(): { hits: number; misses: number; size: number } {
		let size = 0;
		this.#entries.forEach((list) => (size += list.length));
		return { hits: this.#hits, misses: this.#misses, size };
	}
}
