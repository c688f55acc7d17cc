// `npm run bench`: full-analysis time of the core on real text (median of 7 runs after warm-up).
// Reads ../shared (the seed page and the corpus); prints a table and writes bench/results.json.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyze } = require('../build/server/src/analysis/index.js');
const root = path.resolve(import.meta.dirname, '..');
const shared = process.env.POLICY_REVIEW_SHARED ?? path.resolve(root, '..', 'shared');

function corpusText() {
	let all = '';
	const dir = path.join(shared, 'corpus');
	for (const d of readdirSync(dir).sort()) {
		if (!statSync(path.join(dir, d)).isDirectory()) continue;
		for (const f of readdirSync(path.join(dir, d)).sort()) all += `${readFileSync(path.join(dir, d, f), 'utf8')}\n\n`;
	}
	return all;
}

/** `text` repeated until it has `n` characters. */
function ofLength(text, n) {
	let s = text;
	while (s.length < n) s += text;
	return s.slice(0, n);
}

/** Hard-wrapped at 15 characters a line, like the seed page. */
function wrap(text) {
	const flat = text.replace(/\s+/g, '');
	const lines = [];
	for (let i = 0; i < flat.length; i += 15) lines.push(flat.slice(i, i + 15));
	return lines.join('\n');
}

function median(text, runs = 7) {
	// Warm up for at least 3 runs and 300 ms, so that small inputs are measured with optimised code too.
	const start = Date.now();
	for (let i = 0; i < 3 || (Date.now() - start < 300 && i < 500); i++) analyze(text);
	const times = [];
	for (let i = 0; i < runs; i++) {
		const t = process.hrtime.bigint();
		analyze(text);
		times.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(runs / 2)];
}

const corpus = corpusText();
const inputs = [
	['seed newspaper page', readFileSync(path.join(shared, 'fixtures', 'seed-newspaper-page.txt'), 'utf8')],
	['corpus, 100,000 chars', ofLength(corpus, 100_000)],
	['corpus, 1,000,000 chars', ofLength(corpus, 1_000_000)],
	['1,000,000 chars wrapped at 15', ofLength(wrap(corpus), 1_000_000)],
];
const rows = inputs.map(([name, text]) => ({ name, chars: text.length, ms: median(text) }));
const k = Math.log(rows[2].ms / rows[1].ms) / Math.log(rows[2].chars / rows[1].chars);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

console.log(`Full analysis (median of 7 runs after ≥ 300 ms of warm-up) on ${machine}\n`);
console.log('| input | characters | ms |');
console.log('|---|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.chars.toLocaleString('en-US')} | ${r.ms.toFixed(1)} |`);
console.log(`\nscaling exponent k (t ∝ n^k, 100k → 1M): ${k.toFixed(2)}`);
writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify({ machine, date: new Date().toISOString(), rows, k }, null, 2)}\n`);
