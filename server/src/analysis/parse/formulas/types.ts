/**
 * What the formula readers of this folder share: a formula as read (RawFormula: its text, kind, parts and items, where
 * its items were found and its verdict) and a candidate span of its items (Candidate, made in candidates.ts and read in
 * resolve.ts and codes.ts). No code.
 */
import type { FormulaKind } from '../formulaNames';
import type { RawPart } from '../formulaReading';

export type ExpansionSource = 'brackets' | 'gloss' | 'after' | 'before' | 'headings' | 'restated';
export type Verdict = 'ok' | 'mismatch' | 'unexpanded' | 'uncertain';

export interface RawFormula {
	/** The formula's own text, without quotes (joined offsets). */
	start: number;
	end: number;
	text: string;
	kind: FormulaKind;
	quoted: boolean;
	parts: RawPart[];
	expansion?: { start: number; end: number; source: ExpansionSource };
	verdict: Verdict;
	/** For an enumeration: the list ends with 等 (it may be shorter than the count). */
	etc?: boolean;
	/** A glossary entry's term whose gloss this block does not hold (七纵六横三环路网骨架：⏎七纵，即…): read from the blocks after. */
	glossFollows?: boolean;
	/** Numbered points read to the end of the block, fewer than the count: the next block may go on with them. */
	pointsRunOn?: boolean;
}

export interface Candidate {
	start: number;
	end: number;
	source: ExpansionSource;
	/** The text attaches the list to the formula (brackets, a gloss, 包括…): no key needed, a mismatch is the text's. */
	attached: boolean;
	/** A list found by its items opening with the key (keyedListAfter): read as it is. */
	keyed?: boolean;
	/** A list right before a formula whose clause goes on after it (nameGoesOn): read only when it is exactly the count. */
	exact?: boolean;
	/**
	 * A list after a clause that goes on past the formula's noun (全市“六稳”工作即将全面展开，稳就业、…取得成效): read only when it
	 * is the whole of the next clause, each item carrying the key and none longer than the others by a predicate.
	 */
	wholeClause?: boolean;
	/** A list right before the formula closed by 等 (文化、科技、卫生等“四下乡”): it may give examples, fewer than the count. */
	etc?: boolean;
}
