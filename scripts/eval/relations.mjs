// The relation dev set (test/fixtures/relations/*.json, labels over ../shared): recall of the labelled relations,
// the relations found that no label names, one-figure mutations of every label, and warnings per 10,000 characters.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { labelledDocuments } from './labelled.mjs';

/** Label kinds the tool has no relation kind for (yet) map to undefined. */
const TOOL_KIND = {
	'percent-change': 'percent-change',
	// A relation among the figures of a table is found by the table pass (table-sum, table-share, table-subset), and a
	// figure of the prose restated in a table by table-prose. A subset is also held by a sum over its figures (parts a
	// partition of the lexicon names: 其中工矿仓储用地…房地产用地…基础设施用地… of 国有建设用地供应总量), which checks more.
	'part-sum': ['part-sum', 'table-sum'],
	'share-sum': ['share-sum', 'table-sum'],
	ratio: ['ratio', 'table-share'],
	subset: ['subset', 'table-subset', 'part-sum', 'table-sum'],
	'percentage-point': 'percentage-point',
	restatement: ['restatement', 'table-prose'],
	multiple: 'multiple',
	'annual-growth': 'annual-growth',
	difference: ['difference', 'part-sum', 'table-sum'],
	enumeration: 'enumeration',
};

/** Character ranges of the label's figures in `text` (undefined for a figure not found on its line). */
const DIGIT = /[0-9０-９.．]/;

/** The first occurrence of `fig` in `line` from `from` that is a whole number (38.7 is not the start of 38.75). */
function numberAt(line, fig, from) {
	for (let k = line.indexOf(fig, from); k >= 0; k = line.indexOf(fig, k + 1)) {
		const before = /^[0-9０-９]/.test(fig) && DIGIT.test(line[k - 1] ?? '');
		const after = /[0-9０-９]$/.test(fig) && DIGIT.test(line[k + fig.length] ?? '') && /[0-9０-９]/.test(line[k + fig.length + (line[k + fig.length] === '.' ? 1 : 0)] ?? '');
		if (!before && !after) return k;
	}
	return -1;
}

export function locate(text, starts, label) {
	let prevLine = -1;
	let prevEnd = 0;
	return label.figures.map((fig) => {
		const at = fig.lastIndexOf('@');
		const printed = at > 0 ? fig.slice(0, at) : fig;
		// `42元#2`: the second occurrence on its line, where the first after the previous figure is not the one meant.
		const nth = /#([0-9]+)$/.exec(printed);
		const figText = nth ? printed.slice(0, nth.index) : printed;
		const line = (at > 0 ? Number(fig.slice(at + 1)) : label.line) - 1;
		const s = starts[line];
		if (s === undefined) return undefined;
		const e = starts[line + 1] ?? text.length;
		const lineText = text.slice(s, e);
		const from = line === prevLine ? prevEnd - s : 0;
		let k = numberAt(lineText, figText, nth ? 0 : Math.max(0, from));
		for (let n = 1; nth && k >= 0 && n < Number(nth[1]); n++) k = numberAt(lineText, figText, k + 1);
		if (k < 0 && !nth) k = numberAt(lineText, figText, 0);
		if (k < 0) return undefined;
		prevLine = line;
		prevEnd = s + k + figText.length;
		return { start: s + k, end: s + k + figText.length, text: figText };
	});
}

export const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Index of the claim whose span overlaps `r` (its number, not an approximation word around it). */
export function claimAt(analysis, r) {
	if (!r) return -1;
	return analysis.claims.findIndex((c) => overlaps(c.span, r));
}

/** A label's kind names one tool kind, or a family of them (a difference may be stated as an identity of the lexicon). */
function sameKind(toolKind, labelKind) {
	return Array.isArray(labelKind) ? labelKind.includes(toolKind) : toolKind === labelKind;
}

/** Does the analysis hold the labelled relation? */
export function found(analysis, label, ranges) {
	const kind = TOOL_KIND[label.kind];
	if (kind === 'enumeration') {
		// A count with its items: a formula whose span holds the count and that the tool resolved.
		return analysis.formulas.some((f) => ranges.some((r) => r && overlaps(f.span, r)) && f.verdict !== 'unexpanded');
	}
	const claims = ranges.map((r) => claimAt(analysis, r));
	if (claims.some((c) => c < 0)) return false;
	return analysis.relations.some((rel) => holds(analysis, rel, label, claims));
}

const SUM_KINDS = new Set(['part-sum', 'table-sum']);

/**
 * Is `rel` the labelled relation: of its kind, over every labelled figure — and a sum that holds a subset label has the
 * label's whole (its largest figure) for its total, not one of its parts.
 */
function holds(analysis, rel, label, claims) {
	if (!sameKind(rel.kind, TOOL_KIND[label.kind]) || !claims.every((c) => rel.claims.includes(c))) return false;
	if (label.kind !== 'subset' || !SUM_KINDS.has(rel.kind)) return true;
	const total = analysis.claims[rel.target];
	return claims.includes(rel.target) && claims.every((c) => analysis.claims[c].value <= total.value);
}

/** A printed number rewritten to `value` with at least its own decimals: 5.2 → "7.1"; a count → its Chinese numeral or digits. */
function formatLike(original, value) {
	const decimals = /[.．]([0-9０-９]+)/.exec(original)?.[1]?.length ?? 0;
	return value.toFixed(decimals);
}

const CJK_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/**
 * The mutation of a label: one figure changed well beyond its rounding, chosen so that the relation cannot hold (the
 * whole of a subset made smaller than its part; a count one off; any other kind: its last figure × 1.37).
 */
/** A table cell's bare number (`17655`, `-1.3`), which the scanner takes for no quantity without its unit. */
function bareNumber(text) {
	const m = /^-?([0-9]+)(?:\.([0-9]+))?$/.exec(text);
	if (!m) return undefined;
	const value = Number(text);
	return { text, value, mantissa: value, magnitude: 1, digits: text.replace(/^-/, ''), decimals: m[2]?.length ?? 0, numStart: text.startsWith('-') ? 1 : 0, numEnd: text.length };
}

export function mutation(core, label, ranges, text) {
	const figs = ranges.map((r) => r && { ...r, q: core.scanQuantities(r.text)[0] ?? bareNumber(r.text) });
	if (figs.some((f) => !f)) return undefined;
	let target = figs.length - 1;
	let replace;
	if (label.kind === 'enumeration') {
		const f = figs[0];
		const m = /[0-9]+|[一二两三四五六七八九十]+/.exec(f.text);
		if (!m) return undefined;
		const n = /[0-9]/.test(m[0]) ? Number(m[0]) : core.parseCjkNumeral(m[0].replace('两', '二'));
		if (n === undefined) return undefined;
		const next = /[0-9]/.test(m[0]) ? String(n + 1) : (CJK_DIGITS[n + 1] ?? String(n + 1));
		return { at: 0, range: f, text: f.text.replace(m[0], next) };
	}
	if (figs.some((f) => !f.q)) return undefined;
	if (label.kind === 'subset') {
		// The whole (the larger figure) made a third of the part.
		target = figs[0].q.value >= figs[figs.length - 1].q.value ? 0 : figs.length - 1;
		// A whole bounded only below (超1.2万亿元, 2800公里以上, 突破300公里) holds any part, whatever its figure: no one-figure
		// change makes the relation fail, so none is made (多 and 余 bound it above too: 2800多公里 is below 2900).
		// The bound may stand before the labelled figure (累计突破300公里: the label names 300公里).
		const w = figs[target];
		const inContext = core.scanQuantities(text.slice(Math.max(0, w.start - 3), w.end)).find((q) => q.text.endsWith(w.q.text)) ?? w.q;
		const bounded = [w.q, inContext].find((q) => q.approx === 'more');
		if (bounded && !/^[多余]$/.test(bounded.approxWord ?? '')) return undefined;
		const part = figs[1 - target] ?? figs[0];
		const whole = figs[target];
		replace = formatLike(whole.q.digits || '1', Math.max(part.q.value / 3 / whole.q.magnitude, 10 ** -Math.max(1, whole.q.decimals)));
	} else {
		const f = figs[target];
		replace = formatLike(f.q.digits || '1', f.q.mantissa * 1.37 + (f.q.mantissa === 0 ? 1 : 0));
		// 1倍 × 1.37 printed without decimals is 1倍 again: a change that leaves the figure as it was is printed with a decimal more.
		if (Number(replace) === f.q.mantissa) replace = (f.q.mantissa * 1.37).toFixed(f.q.decimals + 1);
	}
	const f = figs[target];
	if (!f.q.digits) return undefined;
	const numStart = f.text.indexOf(f.q.text) + f.q.numStart;
	const numEnd = f.text.indexOf(f.q.text) + f.q.numEnd;
	if (numStart < 0) return undefined;
	return { at: target, range: f, text: f.text.slice(0, numStart) + replace + f.text.slice(numEnd) };
}

/**
 * What the blame pass weighs for the claim at `r` (relations/blame.ts): the relations it is in that fail, that hold and
 * confirm it, and that hold as a subset (which confirms nothing) — `1f0h0s`, so that a mutation caught on another figure
 * shows whether the two figures tied.
 */
function standing(analysis, r) {
	const c = claimAt(analysis, r);
	let fail = 0;
	let hold = 0;
	let sub = 0;
	for (const rel of analysis.relations) {
		if (rel.kind === 'implied-base' || !rel.claims.includes(c)) continue;
		if (!rel.ok) fail++;
		else if (rel.kind === 'subset') sub++;
		else hold++;
	}
	return `${fail}f${hold}h${sub}s`;
}

/** Findings that stand on, or relate, the range. */
export function findingsOn(analysis, range) {
	return analysis.findings.filter((f) => overlaps(f.span, range) || (f.related ?? []).some((r) => overlaps(r.span, range)));
}

export function evaluateRelations(core, shared, root, set = 'relations') {
	const docs = [];
	for (const { name, labels, text, starts, analysis } of labelledDocuments(core, shared, root, set)) {
		const doc = { name, labels: labels.relations.length, found: 0, unlocated: 0, byKind: {}, extra: [], mutations: { made: 0, caught: 0, on: 0, silent: 0 }, errors: { labelled: 0, flagged: 0 }, details: [] };
		const matched = new Set();
		for (const label of labels.relations) {
			const ranges = locate(text, starts, label);
			const k = (doc.byKind[label.kind] ??= { labels: 0, found: 0, mutations: 0, caught: 0 });
			k.labels++;
			if (ranges.some((r) => !r)) {
				doc.unlocated++;
				continue;
			}
			const ok = found(analysis, label, ranges);
			const detail = { line: label.line, kind: label.kind, figures: label.figures, found: ok };
			doc.details.push(detail);
			if (ok) {
				doc.found++;
				k.found++;
				const claims = ranges.map((r) => claimAt(analysis, r));
				analysis.relations.forEach((rel, i) => {
					if (holds(analysis, rel, label, claims)) matched.add(i);
				});
			}
			// A real error of the document: is it flagged?
			const onFigures = ranges.flatMap((r) => findingsOn(analysis, r));
			if (label.holds !== true) {
				doc.errors.labelled++;
				if (onFigures.length > 0) doc.errors.flagged++;
				continue;
			}
			const m = mutation(core, label, ranges, text);
			if (!m) continue;
			const mutated = text.slice(0, m.range.start) + m.text + text.slice(m.range.end);
			const after = core.analyze(mutated);
			const range = { start: m.range.start, end: m.range.start + m.text.length };
			const serious = findingsOn(after, range).filter((f) => f.severity === 'warning' || f.severity === 'error');
			detail.caught = serious.length > 0;
			doc.mutations.made++;
			k.mutations++;
			if (serious.length > 0) {
				doc.mutations.caught++;
				k.caught++;
				// On the changed figure itself, not only relating it.
				if (serious.some((f) => overlaps(f.span, range))) doc.mutations.on++;
				else detail.elsewhere = { figure: mutated.slice(serious[0].span.start, serious[0].span.end), changed: standing(after, range), blamed: standing(after, serious[0].span) };
			}
			if (onFigures.length === 0) doc.mutations.silent++;
		}
		const li = new core.LineIndex(text, starts);
		analysis.relations.forEach((rel, i) => {
			if (matched.has(i) || rel.kind === 'implied-base') return;
			const target = analysis.claims[rel.target];
			doc.extra.push({ line: li.positionAt(target.span.start).line + 1, kind: rel.kind, ok: rel.ok, expression: rel.expression, figures: rel.claims.map((c) => analysis.claims[c].text) });
		});
		docs.push(doc);
	}
	return docs;
}

/** Warnings (and information) per 10,000 characters on every document of a folder tree, by rule. */
export function warningRate(core, folders) {
	let chars = 0;
	const byRule = {};
	const list = [];
	for (const folder of folders) {
		const walk = (d) => {
			for (const e of readdirSync(d, { withFileTypes: true })) {
				const p = path.join(d, e.name);
				if (e.isDirectory()) walk(p);
				else if (e.name.endsWith('.txt')) {
					const text = readFileSync(p, 'utf8');
					chars += text.length;
					const a = core.analyze(text);
					const li = new core.LineIndex(text, core.computeLineStarts(text));
					for (const f of a.findings) {
						const r = (byRule[f.ruleId] ??= { warning: 0, information: 0 });
						if (f.severity === 'information' || f.severity === 'hint') r.information++;
						else r.warning++;
						list.push({ file: p, line: li.positionAt(f.span.start).line + 1, ruleId: f.ruleId, severity: f.severity, text: text.slice(f.span.start, f.span.end) });
					}
				}
			}
		};
		walk(folder);
	}
	return { chars, byRule, list };
}
