/** Orchestration: text model → sections, quantities → rules. Pure: text and options in, data out. */
import type { AnalysisOptions, Finding, PolicyAnalysis, Quantity } from './types';
import { buildTextModel, toOriginalSpan, type TextModel } from './text/textModel';
import { scanQuantities } from './parse/quantities';
import { parseSections } from './parse/sections';
import { allRules } from './rules/index';

/** Quantities of every text block, mapped back to original offsets. */
export function findQuantities(model: TextModel): Quantity[] {
	const out: Quantity[] = [];
	for (const block of model.blocks) {
		if (block.kind === 'code' || block.kind === 'frontMatter' || block.kind === 'html') continue;
		for (const q of scanQuantities(block.text)) {
			out.push({
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
			});
		}
	}
	return out;
}

/** Analyse a document. Never throws on any string input. */
export function analyze(text: string, options: AnalysisOptions = {}): PolicyAnalysis {
	const model = buildTextModel(text);
	const sections = parseSections(model);
	const quantities = findQuantities(model);
	const partial = { sections, quantities, findings: [] as Finding[], hardWrapped: model.hardWrapped };
	const findings: Finding[] = [];
	for (const rule of allRules) {
		const level = options.ruleLevels?.[rule.id] ?? rule.defaultSeverity;
		if (level === 'off') continue;
		for (const f of rule.check(partial, model)) findings.push({ ...f, severity: level });
	}
	findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	return { ...partial, findings };
}
