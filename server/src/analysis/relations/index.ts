/**
 * Every relation kind, and the relation pass: paragraph finders run per block (cached with the block, with the block
 * before it in view), document finders over all figures; their drafts become relations between claim indices.
 *
 * Growth rates of GDP and value added are at comparable prices, so they are never recomputed from two nominal values;
 * only figures that the text itself relates are compared.
 */
import type { Relation, RelationKind } from '../types';
import type { RuleMeta } from '../rules/rule';
import type { Lexicon } from '../lexicon/index';
import { type DocumentFigures, type DocumentMemo, makeParagraph, type PastPeriod, type Paragraph, type PlacedDraft, place, type RelationFinder } from './context';
import { type Fig, type RelationDraft, Sink } from './figures';
import { assignBlame } from './blame';
import * as percentChange from './percentChange';
import * as partSum from './partSum';
import * as shareSum from './shareSum';
import * as ratio from './ratio';
import * as subset from './subset';
import * as percentagePoint from './percentagePoint';
import * as restatement from './restatement';
import * as multiple from './multiple';
import * as annualGrowth from './annualGrowth';
import * as difference from './difference';

export interface RelationModule {
	readonly kind: RelationKind;
	/** The claim.* rule that reports the relations of this kind that do not hold. */
	readonly rule: RuleMeta;
	readonly finder: RelationFinder;
}

/** One module per relation kind (implied-base is found by percent-change and has no rule of its own). */
export const RELATION_MODULES: readonly RelationModule[] = [
	{ kind: 'percent-change', ...percentChange },
	{ kind: 'part-sum', ...partSum },
	{ kind: 'share-sum', ...shareSum },
	{ kind: 'ratio', ...ratio },
	{ kind: 'subset', ...subset },
	{ kind: 'percentage-point', ...percentagePoint },
	{ kind: 'restatement', ...restatement },
	{ kind: 'multiple', ...multiple },
	{ kind: 'annual-growth', ...annualGrowth },
	{ kind: 'difference', ...difference },
];

/** The relations within one block (positions in the paragraph's figures: the previous block's, then this block's). */
export function relateParagraph(p: Paragraph): PlacedDraft[] {
	const sink = new Sink();
	for (const m of RELATION_MODULES) m.finder.paragraph?.(p, sink);
	return place(p, sink.drafts);
}

export { makeParagraph };
export type { PlacedDraft };

function toRelation(d: RelationDraft, claims: readonly number[], target: number): Relation {
	const r: { -readonly [K in keyof Relation]: Relation[K] } = { kind: d.kind, claims, target, expression: d.expression, computed: d.computed, ok: d.ok };
	if (d.borderline !== undefined) r.borderline = d.borderline;
	if (d.replacement !== undefined) r.replacement = d.replacement;
	if (d.data !== undefined) r.data = d.data;
	return r;
}

/**
 * The relations made of document finders' drafts that hold: a draft a finder kept from the last analysis (restatement.ts)
 * makes the same relation again. One that does not hold is not kept: the blame pass may change it (blame.ts).
 */
const documentRelations = new WeakMap<RelationDraft, Relation>();

function documentRelation(d: RelationDraft, at: NonNullable<RelationDraft['at']>): Relation {
	if (!d.ok) return toRelation(d, at.figs, at.target);
	let r = documentRelations.get(d);
	if (r === undefined) documentRelations.set(d, (r = toRelation(d, at.figs, at.target)));
	return r;
}

/**
 * Every relation of the document (`keep`: the document's memo when the analysis is one of a series, DocumentFigures.keep): the paragraph drafts of each block (positions counted from `firstClaim[b]` minus the
 * previous block's claim count), then the document finders over `all`; then the figure to blame for each that does
 * not hold (blame.ts).
 */
export function relateDocument(
	lexicon: Lexicon,
	blocks: readonly { readonly figs: readonly Fig[]; readonly drafts: readonly PlacedDraft[]; readonly section: number; readonly year?: string; readonly past?: PastPeriod; readonly carried?: PastPeriod; readonly ahead?: boolean; readonly lead?: string; readonly line?: boolean; readonly text?: string }[],
	keep?: DocumentMemo,
): Relation[] {
	const relations: Relation[] = [];
	const drafts: RelationDraft[] = [];
	const total = blocks.reduce((n, b) => n + b.figs.length, 0);
	// The blocks with figures, counted: what is the block's (its section, year, past, lead, text) is kept once per block,
	// not copied to each of its figures (a sentence of 12,500 figures stands in some 140 blocks).
	const ranks = blocks.reduce((n, b) => (b.figs.length > 0 ? n + 1 : n), 0);
	const all: Fig[] = new Array<Fig>(total);
	const blockOf = new Int32Array(total);
	const rankOf = new Int32Array(total);
	const sectionOf = new Int32Array(ranks);
	const yearOf: string[] = new Array<string>(ranks);
	const pastOf: PastPeriod[] = new Array<PastPeriod>(ranks);
	const carriedOf: PastPeriod[] = new Array<PastPeriod>(ranks);
	const aheadOf = new Uint8Array(ranks);
	const leadOf: string[] = new Array<string>(ranks);
	const lineOf = new Uint8Array(ranks);
	const textOf: string[] = new Array<string>(ranks);
	let first = 0;
	let rank = 0;
	blocks.forEach((b, i) => {
		const base = first - (i > 0 ? blocks[i - 1]!.figs.length : 0);
		// (An index loop: no iterator per block, most of which have no draft.)
		for (let k = 0; k < b.drafts.length; k++) {
			const pd = b.drafts[k]!;
			relations.push(toRelation(pd.draft, pd.positions.map((x) => base + x), base + pd.target));
			drafts.push(pd.draft);
		}
		if (b.figs.length === 0) return;
		for (let k = 0; k < b.figs.length; k++) {
			all[first + k] = b.figs[k]!;
			blockOf[first + k] = i;
			rankOf[first + k] = rank;
		}
		sectionOf[rank] = b.section;
		yearOf[rank] = b.year ?? '';
		pastOf[rank] = b.past;
		carriedOf[rank] = b.carried ?? b.past;
		aheadOf[rank] = b.ahead === true ? 1 : 0;
		leadOf[rank] = b.lead ?? '';
		lineOf[rank] = b.line === true ? 1 : 0;
		textOf[rank] = b.text ?? '';
		rank++;
		first += b.figs.length;
	});
	const doc: DocumentFigures = { lexicon, all, blockOf, rankOf, sectionOf, yearOf, pastOf, carriedOf, aheadOf, leadOf, lineOf, textOf, keep };
	const sink = new Sink();
	for (const m of RELATION_MODULES) m.finder.document?.(doc, sink);
	// Document finders give the positions of their figures in `all`.
	for (const d of sink.drafts) {
		if (!d.at) continue;
		relations.push(keep ? documentRelation(d, d.at) : toRelation(d, d.at.figs, d.at.target));
		drafts.push(d);
	}
	assignBlame(relations, drafts);
	return relations;
}
