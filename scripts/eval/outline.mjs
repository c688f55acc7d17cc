// The outline dev set (test/fixtures/outline/*.gold.json, labels over ../shared; and the golds of
// ../shared/fixtures/gold): every gold document in each layout — as it is (plain), as web text with one paragraph per
// line, hard-wrapped like a PDF extraction — made at eval time from the real text. Recall, precision and parent accuracy
// per layout, for the documents the outline was tuned on (dev) and for those only measured (held out).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The golds: ours (with titles, a split and the document's own layout) and the older ones of ../shared/fixtures/gold. */
function golds(shared, root) {
	const out = [];
	const ours = path.join(root, 'test', 'fixtures', 'outline');
	for (const f of readdirSync(ours).filter((x) => x.endsWith('.gold.json')).sort()) {
		const g = JSON.parse(readFileSync(path.join(ours, f), 'utf8'));
		out.push({ name: f.replace(/\.gold\.json$/, ''), ...g });
	}
	const theirs = path.join(shared, 'fixtures', 'gold');
	if (existsSync(theirs)) {
		for (const f of readdirSync(theirs).filter((x) => x.endsWith('.gold.json') && !x.includes('.wrapped.')).sort()) {
			const g = JSON.parse(readFileSync(path.join(theirs, f), 'utf8'));
			out.push({ name: `shared:${f.replace(/\.gold\.json$/, '')}`, ...g, path: path.join('corpus', g.path), layout: 'markdown', split: 'dev' });
		}
	}
	return out;
}

/** Score every gold in every layout. */
export function evaluateOutline(core, shared, root) {
	const { LAYOUTS } = require(path.join(root, 'build', 'test', 'helpers', 'layouts.js'));
	const { scoreLayout } = require(path.join(root, 'build', 'test', 'helpers', 'outlineScore.js'));
	const rows = [];
	for (const g of golds(shared, root)) {
		const file = path.join(shared, g.path);
		if (!existsSync(file)) continue;
		const text = readFileSync(file, 'utf8');
		for (const layout of LAYOUTS) rows.push({ name: g.name, layout, docLayout: g.layout, split: g.split, ...scoreLayout(g, text, layout, (t) => core.analyze(t)) });
	}
	return rows;
}

const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

/** Print the tables: per layout and split, then per document. */
export function printOutline(rows, args) {
	const sum = (list, k) => list.reduce((n, r) => n + r[k], 0);
	console.log('## Outline (test/fixtures/outline, ../shared/fixtures/gold)\n');
	console.log('| layout | documents | split | gold headings | recall | precision | parent | read as hard-wrapped |');
	console.log('|---|---:|---|---:|---:|---:|---:|---:|');
	const layouts = [...new Set(rows.map((r) => r.layout))];
	const summary = {};
	for (const layout of layouts) {
		for (const split of ['dev', 'heldout', 'all']) {
			const list = rows.filter((r) => r.layout === layout && (split === 'all' || r.split === split));
			if (list.length === 0) continue;
			const s = { documents: list.length, gold: sum(list, 'gold'), found: sum(list, 'found'), recalled: sum(list, 'recalled'), precise: sum(list, 'precise'), parented: sum(list, 'parented'), hardWrapped: list.filter((r) => r.hardWrapped).length };
			(summary[layout] ??= {})[split] = s;
			const b = split === 'all' ? '**' : '';
			console.log(`| ${layout} | ${s.documents} | ${split} | ${s.gold} | ${b}${pct(s.recalled, s.gold)}${b} | ${b}${pct(s.precise, s.found)}${b} | ${b}${pct(s.parented, s.recalled)}${b} | ${s.hardWrapped}/${s.documents} |`);
		}
	}
	console.log('\n| document | its layout | split | ' + layouts.map((l) => `${l}: R / P / parent`).join(' | ') + ' |');
	console.log('|---|---|---|' + layouts.map(() => '---:').join('|') + '|');
	for (const name of [...new Set(rows.map((r) => r.name))]) {
		const mine = rows.filter((r) => r.name === name);
		const cells = layouts.map((l) => {
			const r = mine.find((x) => x.layout === l);
			return r ? `${pct(r.recalled, r.gold)} / ${pct(r.precise, r.found)} / ${pct(r.parented, r.recalled)}` : '';
		});
		console.log(`| ${name} | ${mine[0].docLayout} | ${mine[0].split} | ${cells.join(' | ')} |`);
	}
	if (args.has('--outline')) {
		console.log('\nOutline problems (missing: a gold heading not found at its line; extra: a heading on a line no label allows; parent: found under another heading):\n');
		for (const r of rows) for (const p of r.problems) console.log(`${r.name} [${r.layout}] ${p}`);
	}
	return summary;
}
