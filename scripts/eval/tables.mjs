// The table dev set (test/fixtures/tables/*.json, labels over ../shared): the relations a table states — a partition
// that adds up, a share column, a cell restated in the prose — read by hand. For every cell such a relation holds, a
// one-cell mutation made in memory (the cell's number × 1.37): caught by a warning on the cell or relating it, located
// on the cell itself, and the original silent. Held-out documents are measured apart, in every shape of table as well
// (their pipe tables rewritten as aligned rows, tab-separated rows, list items, flattened cells): the shapes the tool
// must read alike. Hovers on labelled cells are checked for the unit the table prints.
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { labelledDocuments } from './labelled.mjs';
import { locate, overlaps } from './relations.mjs';

const require = createRequire(import.meta.url);


/** `93267@31 万人` → the figure `93267@31` and the unit the table prints for it (`万人`). */
function splitCell(ref) {
	const space = ref.indexOf(' ');
	return space < 0 ? { figure: ref, unit: '' } : { figure: ref.slice(0, space), unit: ref.slice(space + 1) };
}

/** The number of a cell × 1.37, printed with its decimals (a zero becomes 1). */
function mutated(textOfCell) {
	const m = /-?[0-9][0-9,]*(?:\.[0-9]+)?/.exec(textOfCell);
	if (!m) return undefined;
	const value = Number(m[0].replace(/,/g, ''));
	const decimals = /\.([0-9]+)/.exec(m[0])?.[1]?.length ?? 0;
	const next = value === 0 ? 1 : value * 1.37;
	return { text: textOfCell.slice(0, m.index) + next.toFixed(decimals) + textOfCell.slice(m.index + m[0].length) };
}

const WARNING = (f) => f.severity === 'warning' || f.severity === 'error';

/** Findings that stand on, or relate, the range. */
function on(analysis, range) {
	return analysis.findings.filter((f) => WARNING(f) && (overlaps(f.span, range) || (f.related ?? []).some((r) => overlaps(r.span, range))));
}

/** Warnings of `after` not in `before` (by rule and text), on or relating a figure printed `printed`. */
function newOnText(before, beforeText, after, afterText, printed) {
	const key = (f, text) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`;
	const old = new Set(before.findings.filter(WARNING).map((f) => key(f, beforeText)));
	const texts = (f) => [afterText.slice(f.span.start, f.span.end), ...(f.related ?? []).map((r) => afterText.slice(r.span.start, r.span.end))];
	return after.findings.filter((f) => WARNING(f) && !old.has(key(f, afterText)) && texts(f).some((t) => t === printed || t.startsWith(`${printed}`)));
}

/** Does the analysis hold the labelled relation (a table relation of its kind over every labelled figure)? */
function found(analysis, kind, ranges) {
	const claims = ranges.map((r) => analysis.claims.findIndex((c) => overlaps(c.span, r)));
	if (claims.some((c) => c < 0)) return false;
	return analysis.relations.some((rel) => rel.kind === `table-${kind}` && claims.every((c) => rel.claims.includes(c)));
}

/** The unit a hover on the cell states (`- 单位: 万人` / `- Unit: 万人`), '' for none. */
function hoverUnit(hover, doc, analysis, range) {
	const h = hover.hoverAt(doc, analysis, range.start, 'en');
	const m = h && /- Unit: (.*)/.exec(h.contents.value);
	return m ? (m[1] === '(none)' ? '' : m[1]) : undefined;
}

export function evaluateTables(core, shared, root) {
	const features = require(path.join(root, 'build', 'server', 'src', 'features', 'hover.js'));
	const { TextDocument } = require('vscode-languageserver-textdocument');
	const { reshapeTables, RESHAPES } = require(path.join(root, 'build', 'test', 'helpers', 'tables.js'));
	const docs = [];
	for (const { name, labels, text, starts, analysis } of labelledDocuments(core, shared, root, 'tables')) {
		const doc = { name, set: labels.set, relations: labels.relations.length, found: 0, unlocated: 0, byKind: {}, cells: 0, caught: 0, located: 0, silent: 0, units: 0, unitsRight: 0, shapes: {}, details: [] };
		// Every labelled cell once, with the unit the table prints for it.
		const cells = new Map();
		for (const label of labels.relations) {
			const refs = [...label.cells.map(splitCell), ...(label.prose ?? []).map((figure) => ({ figure, unit: undefined }))];
			const ranges = locate(text, starts, { line: 0, figures: refs.map((r) => r.figure) });
			const k = (doc.byKind[label.kind] ??= { relations: 0, found: 0 });
			k.relations++;
			if (ranges.some((r) => !r)) {
				doc.unlocated++;
				continue;
			}
			if (found(analysis, label.kind, ranges)) {
				doc.found++;
				k.found++;
			}
			refs.forEach((r, i) => {
				if (r.unit !== undefined && !cells.has(ranges[i].start)) cells.set(ranges[i].start, { range: ranges[i], unit: r.unit });
			});
		}
		const tdoc = TextDocument.create('file:///eval.txt', 'policy-text', 1, text);
		for (const { range, unit } of cells.values()) {
			doc.cells++;
			if (on(analysis, range).length === 0) doc.silent++;
			doc.units++;
			if (hoverUnit(features, tdoc, analysis, range) === unit) doc.unitsRight++;
			const m = mutated(range.text);
			if (!m) continue;
			const changed = text.slice(0, range.start) + m.text + text.slice(range.end);
			const after = core.analyze(changed);
			const at = { start: range.start, end: range.start + m.text.length };
			const hits = on(after, at);
			if (hits.length > 0) doc.caught++;
			if (hits.some((f) => overlaps(f.span, at))) doc.located++;
			doc.details.push({ cell: `${range.text}→${m.text}@${starts.findLastIndex((st) => st <= range.start) + 1}`, caught: hits.length > 0, located: hits.some((f) => overlaps(f.span, at)), by: hits.map((f) => `${f.ruleId} ${changed.slice(f.span.start, f.span.end)}`) });
			// Held-out documents: the same mutation in every other shape of table.
			if (labels.set !== 'held-out' || process.env['EVAL_NO_SHAPES']) continue;
			for (const shape of RESHAPES) {
				const s = (doc.shapes[shape] ??= { cells: 0, caught: 0, silent: 0 });
				const original = reshapeTables(text, shape);
				const reshaped = reshapeTables(changed, shape);
				const before = core.analyze(original);
				s.cells++;
				if (newOnText(before, original, core.analyze(reshaped), reshaped, m.text.trim()).length > 0) s.caught++;
			}
		}
		if (labels.set === 'held-out' && !process.env['EVAL_NO_SHAPES']) {
			for (const shape of RESHAPES) {
				const original = reshapeTables(text, shape);
				const a = core.analyze(original);
				doc.shapes[shape].warnings = a.findings.filter((f) => WARNING(f) && f.ruleId.startsWith('table.')).length;
			}
		}
		docs.push(doc);
	}
	return docs;
}

/** The Tables section of `npm run eval`: per document, per set, and the held-out tables in every other shape. */
export function reportTables(tables, pct) {
	console.log('\n## Tables (test/fixtures/tables)\n');
	console.log('| document | set | relations labelled | found | cells in them | mutations caught | on the changed cell | originals silent | hover units right |');
	console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
	for (const d of tables) {
		console.log(`| ${d.name} | ${d.set} | ${d.relations} | ${d.found} | ${d.cells} | ${d.caught}/${d.cells} | ${d.located}/${d.cells} | ${d.silent}/${d.cells} | ${d.unitsRight}/${d.units} |`);
	}
	for (const set of ['dev', 'held-out']) {
		const ds = tables.filter((d) => d.set === set);
		const t = (f) => ds.reduce((n, d) => n + f(d), 0);
		console.log(
			`| **${set}, ${ds.length} documents** | | ${t((d) => d.relations)} | ${t((d) => d.found)} (${pct(t((d) => d.found), t((d) => d.relations))}) | ${t((d) => d.cells)} | **${t((d) => d.caught)}/${t((d) => d.cells)} (${pct(t((d) => d.caught), t((d) => d.cells))})** | ${t((d) => d.located)}/${t((d) => d.cells)} (${pct(t((d) => d.located), t((d) => d.cells))}) | ${t((d) => d.silent)}/${t((d) => d.cells)} | ${t((d) => d.unitsRight)}/${t((d) => d.units)} |`,
		);
	}
	const heldOut = tables.filter((d) => d.set === 'held-out');
	if (heldOut.length > 0) {
		console.log('\n| held-out tables rewritten as | mutations caught | table warnings on the originals |');
		console.log('|---|---:|---:|');
		for (const shape of Object.keys(heldOut[0].shapes)) {
			const cells = heldOut.reduce((n, d) => n + d.shapes[shape].cells, 0);
			const caught = heldOut.reduce((n, d) => n + d.shapes[shape].caught, 0);
			console.log(`| ${shape} | ${caught}/${cells} (${pct(caught, cells)}) | ${heldOut.reduce((n, d) => n + d.shapes[shape].warnings, 0)} |`);
		}
	}
	const unlocated = tables.reduce((n, d) => n + d.unlocated, 0);
	if (unlocated > 0) console.log(`\n${unlocated} labelled table relations name a figure that is not on its line (fix the label).`);
}
