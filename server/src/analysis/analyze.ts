/** Orchestration: text model → sections, quantities, formulas → rules. Pure: text and options in, data out. */
import type { AnalysisOptions, Finding, PolicyAnalysis, Quantity, SeverityLevel, Table } from './types';
import { buildTextModel, toOriginalSpan, type Block, type TextModel } from './text/textModel';
import type { PlacedQuantity } from './parse/quantities';
import type { RawClaim } from './parse/claims';
import { type BlockCache, type BlockWork, computeBlockWork, standsAsRead, titleLineOf } from './blockWork';
import { lexiconFor } from './lexicon/index';
import { parseSections } from './parse/sections';
import { buildFormulas } from './formulaModel';
import { buildClaims, dateLineYear } from './claimModel';
import { allRules } from './rules/index';
import { registerTableFacts } from './rules/tableRules';
import { analyzeTables, type TablePass } from './tables/index';
import { relateFormulaCounts, shareRestatedItems } from './relations/formulaRestatement';
import { relateFormulaSkeletons } from './relations/formulaSkeleton';
import { relatePeopleCounts } from './relations/peopleCounts';
import { relateDurations } from './relations/durations';
import { relateDatedDurations } from './relations/datedDurations';

/** Blocks answered from the cache per step of analyzeSteps. */
const CACHED_STEP = 64;

const RANK: Readonly<Record<SeverityLevel, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * The quantity `q` of `block`'s work placed where the block stands now (moved since it was read): a copy with its span
 * alone replaced. Spread copies the scanned object's fields in their order (parse/quantities.ts makes every quantity in
 * Quantity's order, then approxWord and rangeEnd when present) by V8's clone of its layout, rather than reading each
 * field of quantities of several shapes into a new literal (that literal was the costliest line of a keystroke in one
 * sentence of figures).
 */
function toQuantity(block: Block, q: PlacedQuantity): PlacedQuantity {
	return { ...q, span: toOriginalSpan(block, q.start, q.end) };
}

/**
 * The document's quantities: those of a block standing where it was read are the objects its work made (they are never
 * changed once made); with a `cache`, a block at the same place as in the last analysis keeps its quantities, and a
 * block moved since it was read (an edit before it) has its quantities placed anew.
 */
function quantitiesOf(model: TextModel, works: readonly BlockWork[], cache: BlockCache | undefined): Quantity[] {
	// Made at its length (counted first) and filled: pushed one by one, an array of 12,500 quantities is copied as it grows.
	const quantities: Quantity[] = new Array<Quantity>(countOf(works, (w) => w.quantities.length));
	const last = cache?.placed;
	const blocks = model.blocks;
	// The blocks with quantities, counted: a block before an edit has the same rank as in the last analysis.
	let k = 0;
	let at = 0;
	for (let b = 0; b < blocks.length; b++) {
		const block = blocks[b]!;
		const work = works[b]!;
		const n = work.quantities.length;
		if (n === 0) continue;
		const from = cache ? cache.placedAt(k, block, work) : -1;
		cache?.keepPlaced(k++, block, work, at);
		if (from >= 0) for (let i = 0; i < n; i++) quantities[at++] = last![from + i]!;
		else if (standsAsRead(block, work)) for (let i = 0; i < n; i++) quantities[at++] = work.quantities[i]!;
		else for (let i = 0; i < n; i++) quantities[at++] = toQuantity(block, work.quantities[i]!);
	}
	cache?.keepAllPlaced(quantities);
	return quantities;
}

/** The sum of `count` over the blocks' works (an index loop). */
function countOf(works: readonly BlockWork[], count: (work: BlockWork) => number): number {
	let n = 0;
	for (let b = 0; b < works.length; b++) n += count(works[b]!);
	return n;
}

/** The blocks' claims in one list, as read (index loops: flatMap, or for…of's iterators, cost more than the table pass on a page of figures). */
function rawClaimsOf(works: readonly BlockWork[]): RawClaim[] {
	const out: RawClaim[] = [];
	for (let b = 0; b < works.length; b++) {
		const claims = works[b]!.claims;
		for (let i = 0; i < claims.length; i++) out.push(claims[i]!);
	}
	return out;
}

/**
 * Analyse a document. Never throws on any string input. With a `cache` (one per document), only the blocks whose
 * text changed since the last call are read again.
 */
export function analyze(text: string, options: AnalysisOptions = {}, cache?: BlockCache): PolicyAnalysis {
	const steps = analyzeSteps(text, options, cache);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The same analysis as steps: each `next()` does one block's work (or one document-wide pass) and the last
 * returns the PolicyAnalysis. A caller that must stay responsive (the server) runs a few milliseconds of steps
 * and yields to its event loop between them; the core itself stays synchronous and free of timers.
 */
export function* analyzeSteps(text: string, options: AnalysisOptions = {}, cache?: BlockCache): Generator<void, PolicyAnalysis, void> {
	const model = buildTextModel(text, cache?.tableLines, cache?.textModel);
	const lexicon = lexiconFor(options.indicators);
	yield;
	const works: BlockWork[] = [];
	// A block read is a step; blocks the cache answers are quick, a step per CACHED_STEP of them (a document of
	// thousands of short lines would spend more on the steps than on the blocks).
	let answered = 0;
	for (let b = 0; b < model.blocks.length; b++) {
		const block = model.blocks[b]!;
		if (cache) {
			const read = cache.reads;
			works.push(cache.work(block, lexicon));
			if (cache.reads === read && ++answered % CACHED_STEP !== 0) continue;
		} else works.push(computeBlockWork(block, lexicon));
		yield;
	}
	cache?.prune();
	const sections = parseSections(
		model,
		works.map((w) => w.heading),
		model.blocks.map((b, i) => titleLineOf(works[i]!, b)),
	);
	yield;
	const quantities = quantitiesOf(model, works, cache);
	const formulas = buildFormulas(model, works, sections, options.glossary ?? []);
	yield;
	const { claims, relations, years } = buildClaims(model, works, quantities, lexicon, sections, cache?.relations);
	yield;
	const tablePass = analyzeTables(model, quantities, lexicon, sections, claims, relations, { claims: model.tables.length === 0 ? [] : rawClaimsOf(works), years }, cache?.tables);
	// After the tables: the counts of formulas named again follow every other claim (the prose's, then the cells').
	const restated = relateFormulaCounts(text, formulas, quantities, claims, relations, sections);
	// Formulas of several numerals (“四水四定”, “5+3”) named again, by their skeleton.
	relateFormulaSkeletons(text, formulas, quantities, claims, relations);
	// The people the document speaks for, named by their count twice (拥有14亿人口 … 14亿中国人的饭碗).
	relatePeopleCounts(model, works, quantities, claims, relations);
	// A span of years named by what it is of, stated again (改革开放40年 … 改革开放40年来).
	relateDurations(model, works, quantities, claims, relations);
	// An anniversary dated by its year (2019年是新中国成立70周年: 2019 − 1949 = 70).
	relateDatedDurations(model, works, quantities, claims, relations, dateLineYear(sections, model.text));
	// A formula named again has the items another of its occurrences lists (read after the relations, which it leaves as they are).
	shareRestatedItems(text, formulas, restated);
	yield;
	const tablesOf = tablesOnDemand(tablePass);
	const partial = analysisOf(sections, quantities, formulas, claims, relations, [], tablesOf, model.hardWrapped, tablePass);
	const findings: Finding[] = [];
	for (const rule of allRules) {
		const level = options.ruleLevels?.[rule.id] ?? rule.defaultSeverity;
		if (level === 'off') continue;
		// A borderline finding (information) stays as lenient as it is; otherwise the configured level applies.
		for (const f of rule.check(partial, model, options)) {
			const severity = RANK[f.severity] > RANK[level] ? f.severity : level;
			// A finding is the rule's own and never changed: copied only when its severity changes.
			findings.push(severity === f.severity ? f : { ...f, severity });
		}
		yield;
	}
	findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	return analysisOf(sections, quantities, formulas, claims, relations, findings, tablesOf, model.hardWrapped, tablePass);
}

/**
 * The tables on demand (a hover, the outline, the JSON): made on first reading, the same array after. Outside the
 * generator (as analysisOf): a closure made in analyzeSteps would hold its whole context (the blocks' works) for as long
 * as the analysis lives.
 */
function tablesOnDemand(pass: TablePass): () => readonly Table[] {
	let tables: readonly Table[] | undefined;
	return () => (tables ??= pass.tables());
}

/**
 * An analysis whose tables are read through `tablesOf`: the object holds the getter itself (a spread would read it), in
 * PolicyAnalysis's order. The rules read the pass's errors and row labels instead (registerTableFacts), so a keystroke's
 * findings do not make the tables.
 */
function analysisOf(
	sections: PolicyAnalysis['sections'],
	quantities: PolicyAnalysis['quantities'],
	formulas: PolicyAnalysis['formulas'],
	claims: PolicyAnalysis['claims'],
	relations: PolicyAnalysis['relations'],
	findings: PolicyAnalysis['findings'],
	tablesOf: () => readonly Table[],
	hardWrapped: boolean,
	pass: TablePass,
): PolicyAnalysis {
	const analysis: PolicyAnalysis = {
		sections,
		quantities,
		formulas,
		claims,
		relations,
		findings,
		get tables() {
			return tablesOf();
		},
		hardWrapped,
	};
	registerTableFacts(analysis, pass);
	return analysis;
}
