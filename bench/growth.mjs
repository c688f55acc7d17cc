// `node bench/growth.mjs [--runs N] [shape …]`: where a shape's k (npm run bench: 1,000,000 characters against
// 100,000) comes from. For each shape, in one process and interleaved run by run (so a loaded machine slows the three
// alike), the CPU time of the analysis of (a) the first 100,000 characters, (b) the 1,000,000 characters cut into
// pieces of about 100,000 at line ends, each analysed alone, and (c) the 1,000,000 whole. (b) / 10·(a) is the text: the
// later characters cost more or less than the first ones (the prose's first 100,000 are one work report without a
// table; its 1,000,000 hold communiqués and 160 tables). (c) / (b) is the size: what the same characters cost more when
// read as one document — a pass superlinear in a count, or the garbage collector keeping more alive. GC is the time of
// the collections that ended within each analysis (perf_hooks), part of its CPU time. Not part of `npm test`.
import { createRequire } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const { analyze } = require('../build/server/src/analysis/index.js');
const { SHAPES, shapeText, proseText } = require('../build/test/helpers/shapes.js');
const root = path.resolve(import.meta.dirname, '..');
const shared = process.env.POLICY_REVIEW_SHARED ?? path.resolve(root, '..', 'shared');

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 5;
const shapes = args.length > 0 ? args : ['prose', 'prose wrapped at 15', 'numbered headings'];
for (const s of shapes) if (!SHAPES.includes(s)) throw new Error(`unknown shape ${s} (one of: ${SHAPES.join(', ')})`);
const prose = proseText(shared);

const gcs = [];
new PerformanceObserver((list) => gcs.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
// gc entries reach the observer a few milliseconds after the collection (setImmediate is too soon).
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

/** `text` cut into pieces of about `size` characters, each ending at a line end. */
function pieces(text, size) {
	const out = [];
	for (let from = 0; from < text.length; ) {
		const nl = text.indexOf('\n', Math.min(text.length, from + size));
		const to = nl < 0 ? text.length : nl + 1;
		out.push(text.slice(from, to));
		from = to;
	}
	return out;
}

/** CPU and GC milliseconds of analysing each of `texts` once. */
async function measure(texts) {
	await flush();
	const t0 = performance.now();
	const c0 = process.cpuUsage();
	for (const t of texts) analyze(t);
	const c = process.cpuUsage(c0);
	const t1 = performance.now();
	await flush();
	const gc = gcs.filter((e) => e.startTime >= t0 && e.startTime + e.duration <= t1).reduce((s, e) => s + e.duration, 0);
	gcs.length = 0;
	return { cpu: (c.user + c.system) / 1000, gc };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => x.toFixed(1);
console.log(`| shape | first 100k: CPU ms (GC) | 1M in pieces | 1M whole | text: pieces / 10×first | size: whole / pieces | k (whole / first) |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|`);
for (const shape of shapes) {
	const whole = shapeText(shape, 1_000_000, prose);
	const cases = [[shapeText(shape, 100_000, prose)], pieces(whole, 100_000), [whole]];
	for (const texts of cases) for (let i = 0; i < 2; i++) await measure(texts);
	const got = cases.map(() => ({ cpu: [], gc: [] }));
	for (let r = 0; r < runs; r++) {
		for (let c = 0; c < cases.length; c++) {
			const m = await measure(cases[c]);
			got[c].cpu.push(m.cpu);
			got[c].gc.push(m.gc);
		}
	}
	// Minimum CPU (the least disturbed run), median GC.
	const [a, b, w] = got.map((g) => ({ cpu: Math.min(...g.cpu), gc: median(g.gc) }));
	console.log(
		`| ${shape} | ${fmt(a.cpu)} (${fmt(a.gc)}) | ${fmt(b.cpu)} (${fmt(b.gc)}) | ${fmt(w.cpu)} (${fmt(w.gc)}) | ${(b.cpu / (10 * a.cpu)).toFixed(2)} | ${(w.cpu / b.cpu).toFixed(2)} | ${(Math.log10(w.cpu / a.cpu)).toFixed(2)} |`,
	);
}
