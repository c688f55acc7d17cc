/** Orchestration: text model → sections, quantities, formulas → rules. Pure: text and options in, data out. */
import type { AnalysisOptions, Finding, PolicyAnalysis, Quantity, SeverityLevel } from './types';
import { buildTextModel, toOriginalSpan, type Block, type TextModel } from './text/textModel';
import { scanQuantities, type ScannedQuantity } from './parse/quantities';
import { parseSections } from './parse/sections';
import { buildFormulas } from './formulaModel';
import { buildClaims } from './claimModel';
import { allRules } from './rules/index';

const RANK: Readonly<Record<SeverityLevel, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

const SKIPPED_BLOCKS = new Set<Block['kind']>(['code', 'frontMatter', 'html']);

function toQuantity(block: Block, q: ScannedQuantity): Quantity {
	return {
		span: toOriginalSpan(block, q.start, q.end),
		text: block.text.slice(q.start, q.end),
		kind: q.kind,
		mantissa: q.mantissa,
		magnitude: q.magnitude,
		value: q.value,
		unit: q.unit,
		approx: q.approx,
		...(q.approxWord !== undefined ? { approxWord: q.approxWord } : {}),
		step: q.step,
		...(q.rangeEnd !== undefined ? { rangeEnd: q.rangeEnd } : {}),
	};
}

/** Quantities of every block, in joined coordinates (per block) and mapped back to the original. */
function scanAll(model: TextModel): { perBlock: ScannedQuantity[][]; quantities: Quantity[] } {
	const perBlock: ScannedQuantity[][] = [];
	const quantities: Quantity[] = [];
	for (const block of model.blocks) {
		const scanned = SKIPPED_BLOCKS.has(block.kind) ? [] : scanQuantities(block.text);
		perBlock.push(scanned);
		for (const q of scanned) quantities.push(toQuantity(block, q));
	}
	return { perBlock, quantities };
}

/** Quantities of a document (for callers that need only them). */
export function findQuantities(model: TextModel): Quantity[] {
	return scanAll(model).quantities;
}

/** Analyse a document. Never throws on any string input. */
export function analyze(text: string, options: AnalysisOptions = {}): PolicyAnalysis {
	const model = buildTextModel(text);
	const sections = parseSections(model);
	const { perBlock, quantities } = scanAll(model);
	const formulas = buildFormulas(model, perBlock, sections, options.glossary ?? []);
	const { claims, relations } = buildClaims(model, perBlock, quantities);
	const partial: PolicyAnalysis = { sections, quantities, formulas, claims, relations, findings: [], hardWrapped: model.hardWrapped };
	const findings: Finding[] = [];
	for (const rule of allRules) {
		const level = options.ruleLevels?.[rule.id] ?? rule.defaultSeverity;
		if (level === 'off') continue;
		// A borderline finding (information) stays as lenient as it is; otherwise the configured level applies.
		for (const f of rule.check(partial, model, options)) findings.push({ ...f, severity: RANK[f.severity] > RANK[level] ? f.severity : level });
	}
	findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	return { ...partial, findings };
}
