// `npm run eval` (needs ../shared; not part of `npm test`): how the checks generalize, measured on labelled real
// documents. Prints the tables of the README's Evaluation section and writes scripts/eval/results.json.
//
//   npm run eval                 all parts
//   npm run eval -- --extra      also list every relation found that no label names
//   npm run eval -- --misses     also list every labelled relation not found, the mutations not caught and those caught
//                                on another figure (dev set; with --held-out, the held-out documents too: look at them
//                                only to report)
//   npm run eval -- --warnings   also list every warning on ../shared/corpus and ../shared/local-reports
//   npm run eval -- --outline    also list every outline problem (missing, extra, wrong parent) per layout
//   npm run eval -- --only outline   only the outline part
//   npm run eval -- --only formulas  only the formula part (glossary resolution and mutations, scripts/eval/formulas.mjs)
//   npm run eval -- --only relations only the relation tables (dev and held out; results.json is not written)
//   npm run eval -- --only layouts   only the relation dev set in other layouts (scripts/eval/relationLayouts.mjs; with
//                                --misses, the relations found as written and lost in a layout, and its false alarms;
//                                --layout NAME: that layout only; --found-only: no mutations)
//   npm run eval -- --formulas   also list the labelled formulas not resolved and the mutations not caught (dev set;
//                                with --held-out, the held-out documents too: look at them only to report)
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { evaluateRelations, warningRate } from './relations.mjs';
import { evaluateOutline, printOutline } from './outline.mjs';
import { formulasPart } from './formulas.mjs';
import { evaluateTables, reportTables } from './tables.mjs';
import { evaluateRelationLayouts, printRelationLayouts } from './relationLayouts.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');
const shared = process.env.POLICY_REVIEW_SHARED ?? path.resolve(root, '..', 'shared');
const core = require(path.join(root, 'build', 'server', 'src', 'analysis', 'index.js'));
const args = new Set(process.argv.slice(2));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only === 'formulas') {
	formulasPart(core, shared, root, args);
	process.exit(0);
}
if (only === 'layouts') {
	const layout = process.argv.includes('--layout') ? process.argv[process.argv.indexOf('--layout') + 1] : undefined;
	printRelationLayouts(evaluateRelationLayouts(core, shared, root, layout, args.has('--found-only')), args);
	process.exit(0);
}
const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
if (only === 'relations') {
	relationTable('relations', 'Relations, dev set');
	// While working on the dev set's misses the held-out figures are not shown (the whole run shows them).
	if (args.has('--held-out')) relationTable('relations-holdout', 'Relations, held out');
	else console.log('(held-out relations: in the whole run, `npm run eval`, or with --held-out)\n');
	process.exit(0);
}

// ─────────────────────────────── outline ───────────────────────────────
const outline = printOutline(evaluateOutline(core, shared, root), args);
if (only === 'outline') process.exit(0);
console.log('');

// ─────────────────────────────── relations ───────────────────────────────
/** The table of one set of labelled documents; returns its totals and kinds. */
function relationTable(set, title) {
	const docs = evaluateRelations(core, shared, root, set);
	const sum = (f) => docs.reduce((n, d) => n + f(d), 0);
	console.log(`## ${title} (test/fixtures/${set})\n`);
	console.log('| document | labelled | found | recall | found, not labelled | mutations caught | on the changed figure | originals silent | real errors flagged |');
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
	for (const d of docs) {
		console.log(`| ${d.name} | ${d.labels} | ${d.found} | ${pct(d.found, d.labels)} | ${d.extra.length} | ${d.mutations.caught}/${d.mutations.made} | ${d.mutations.on}/${d.mutations.caught} | ${d.mutations.silent}/${d.mutations.made} | ${d.errors.flagged}/${d.errors.labelled} |`);
	}
	const total = { labels: sum((d) => d.labels), found: sum((d) => d.found), extra: sum((d) => d.extra.length), made: sum((d) => d.mutations.made), caught: sum((d) => d.mutations.caught), on: sum((d) => d.mutations.on), silent: sum((d) => d.mutations.silent), errors: sum((d) => d.errors.labelled), flagged: sum((d) => d.errors.flagged), unlocated: sum((d) => d.unlocated) };
	console.log(`| **all ${docs.length} documents** | ${total.labels} | ${total.found} | **${pct(total.found, total.labels)}** | ${total.extra} | **${total.caught}/${total.made} (${pct(total.caught, total.made)})** | ${total.on}/${total.caught} | ${total.silent}/${total.made} | ${total.flagged}/${total.errors} |`);
	if (total.unlocated > 0) console.log(`\n${total.unlocated} labelled relations name a figure that is not on its line (fix the label).`);
	const kinds = {};
	for (const d of docs) {
		for (const [k, v] of Object.entries(d.byKind)) {
			const t = (kinds[k] ??= { labels: 0, found: 0, mutations: 0, caught: 0 });
			for (const f of Object.keys(t)) t[f] += v[f];
		}
	}
	console.log('\n| kind | labelled | found | recall | mutations caught |');
	console.log('|---|---:|---:|---:|---:|');
	for (const [k, v] of Object.entries(kinds).sort((a, b) => b[1].labels - a[1].labels)) {
		console.log(`| ${k} | ${v.labels} | ${v.found} | ${pct(v.found, v.labels)} | ${v.caught}/${v.mutations} |`);
	}
	if (args.has('--misses') && (set === 'relations' || args.has('--held-out'))) {
		console.log('\nLabelled relations not found:\n');
		for (const d of docs) for (const x of d.details) if (!x.found) console.log(`${d.name}:${x.line} ${x.kind} ${x.figures.join(' ')}`);
	}
	if (args.has('--misses') && (set === 'relations' || args.has('--held-out'))) {
		console.log('\nRelations found whose one-figure mutation raised no warning on its figures:\n');
		for (const d of docs) for (const x of d.details) if (x.found && x.caught === false) console.log(`${d.name}:${x.line} ${x.kind} ${x.figures.join(' ')}`);
	}
	if (args.has('--misses') && (set === 'relations' || args.has('--held-out'))) {
		// Each with what the blame pass weighed for the changed figure and the figure blamed (relations that fail, hold and
		// confirm, hold as a subset): equal standings are a tie, which stays on the relation's target.
		console.log('\nMutations caught on another figure than the changed one (changed figure → figure blamed):\n');
		for (const d of docs) for (const x of d.details) if (x.elsewhere) console.log(`${d.name}:${x.line} ${x.kind} ${x.figures.join(' ')} — on ${x.elsewhere.figure}; ${x.elsewhere.changed} → ${x.elsewhere.blamed}`);
	}
	if (args.has('--extra')) {
		console.log('\nRelations found that no label names (judge each: a missing label or a wrong relation):\n');
		for (const d of docs) for (const e of d.extra) console.log(`${d.name}:${e.line} ${e.kind} ${e.ok ? '✓' : '✗'} ${e.figures.join(' ')} — ${e.expression}`);
	}
	console.log('');
	return { total, kinds, docs };
}
const { total, kinds, docs } = relationTable('relations', 'Relations, dev set');
// Labelled blind to the tool and never used for tuning: how the checks do on documents nobody tuned for.
const holdout = relationTable('relations-holdout', 'Relations, held out');
// The dev set re-laid out (hard-wrapped, web text, Markdown, half-width punctuation, footnote marks).
const layouts = printRelationLayouts(evaluateRelationLayouts(core, shared, root), args);

// ─────────────────────────────── formulas ───────────────────────────────
const formulas = formulasPart(core, shared, root, args);

// ─────────────────────────────── tables ───────────────────────────────
const tables = evaluateTables(core, shared, root);
reportTables(tables, pct);

// ─────────────────────────────── warnings on unlabelled real documents ───────────────────────────────
console.log('\n## Warnings per 10,000 characters\n');
const rates = {};
for (const [name, folders] of [
	['../shared/corpus', [path.join(shared, 'corpus')]],
	['../shared/local-reports', [path.join(shared, 'local-reports')]],
]) {
	const r = warningRate(core, folders);
	rates[name] = r;
	const warnings = Object.values(r.byRule).reduce((n, x) => n + x.warning, 0);
	const rules = Object.entries(r.byRule)
		.map(([id, x]) => `${id} ${x.warning}${x.information ? ` (+${x.information} information)` : ''}`)
		.join(', ');
	console.log(`- ${name} (${r.chars.toLocaleString('en-US')} characters): ${warnings} warnings, ${((warnings * 10000) / r.chars).toFixed(3)} per 10,000 characters${rules ? ` — ${rules}` : ''}`);
	if (args.has('--warnings')) for (const w of r.list) console.log(`    ${path.relative(shared, w.file)}:${w.line} ${w.severity} ${w.ruleId} ${w.text}`);
}

writeFileSync(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), outline, relations: { total, kinds, docs }, holdout, relationLayouts: layouts, formulas, tables, rates: Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, { chars: v.chars, byRule: v.byRule }])) }, null, 2)}\n`);
