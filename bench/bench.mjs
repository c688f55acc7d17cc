// `npm run bench`: full-analysis time of the core on real text (median of 7 runs after warm-up).
// Reads ../shared (the seed page and the corpus); prints a table and writes bench/results.json.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

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

// Incremental: one character typed at 50 places of the 100k document, each analysed with the document's block cache.
const { BlockCache } = require('../build/server/src/analysis/index.js');
function incremental(text) {
	const cache = new BlockCache();
	analyze(text, {}, cache);
	const times = [];
	for (let i = 0; i < 60; i++) {
		const at = Math.floor(((i + 0.5) / 60) * text.length);
		const edited = text.slice(0, at) + '新' + text.slice(at);
		const t = process.hrtime.bigint();
		analyze(edited, {}, cache);
		if (i >= 10) times.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}
const keystroke = incremental(inputs[1][1]);

// AutoCorrect (autocorrect-node lintFor), the CJK linter users would otherwise run, on the same text.
// autocorrect-node is installed here on demand, not as a devDependency: its lock entries name platform packages that
// the registry mirror lacks, which would break `npm ci`.
function loadAutocorrect() {
	const dir = path.join(root, 'bench', '.deps');
	try {
		return createRequire(path.join(dir, 'index.js'))('autocorrect-node');
	} catch {
		execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', dir, 'autocorrect-node'], { stdio: 'ignore' });
		return createRequire(path.join(dir, 'index.js'))('autocorrect-node');
	}
}
let autocorrect;
try {
	const ac = loadAutocorrect();
	const text = inputs[1][1];
	for (let i = 0; i < 3; i++) ac.lintFor(text, 'bench.txt');
	const times = [];
	for (let i = 0; i < 7; i++) {
		const t = process.hrtime.bigint();
		ac.lintFor(text, 'bench.txt');
		times.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
	times.sort((a, b) => a - b);
	autocorrect = { ms: times[3], ratio: rows[1].ms / times[3] };
} catch (e) {
	autocorrect = { error: String(e) };
}

// The language server end to end, over stdio: didOpen → first publishDiagnostics, and a one-character didChange →
// publishDiagnostics (with policyReview.diagnostics.delayMs = 0, so that this is the server's own work; the default
// debounce of 150 ms comes on top after edits), and the peak RSS of a server holding the 1,000,000-character document.
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const { spawn } = await import('node:child_process');

async function withServer(fn) {
	const child = spawn(process.execPath, [path.join(root, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	const waiters = [];
	conn.onNotification('textDocument/publishDiagnostics', (p) => {
		const i = waiters.findIndex((w) => w.uri === p.uri && (w.version === undefined || p.version === w.version));
		if (i >= 0) waiters.splice(i, 1)[0].resolve();
	});
	conn.onRequest('workspace/configuration', (params) => params.items.map(() => ({ diagnostics: { delayMs: 0 }, maxFileSize: 10_000_000 })));
	conn.onNotification('window/logMessage', () => {});
	conn.onNotification('window/showMessage', () => {});
	conn.listen();
	await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
	await conn.sendNotification('initialized', {});
	const published = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }));
	try {
		return await fn(conn, published, child);
	} finally {
		await conn.sendRequest('shutdown').catch(() => {});
		await conn.sendNotification('exit').catch(() => {});
		conn.dispose();
		child.kill();
	}
}

function stats(times) {
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
}

const server = await withServer(async (conn, published) => {
	const text = inputs[1][1];
	const open = [];
	for (let i = 0; i < 9; i++) {
		const uri = `file:///bench/open-${i}.txt`;
		const done = published(uri);
		const t = performance.now();
		await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
		await done;
		if (i >= 2) open.push(performance.now() - t);
	}
	const uri = 'file:///bench/open-0.txt';
	const change = [];
	for (let v = 2; v < 42; v++) {
		const line = (v * 37) % 1000;
		const done = published(uri, v);
		const t = performance.now();
		await conn.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: v },
			contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '新' }],
		});
		await done;
		if (v >= 7) change.push(performance.now() - t);
	}
	return { open: stats(open), change: stats(change) };
});

const rss = await withServer(async (conn, published, child) => {
	const uri = 'file:///bench/1m.txt';
	const done = published(uri);
	await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: inputs[2][1] } });
	await done;
	await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
	const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
	const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
	return hwm ? Number(hwm[1]) / 1024 : undefined;
});
const k = Math.log(rows[2].ms / rows[1].ms) / Math.log(rows[2].chars / rows[1].chars);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

console.log(`Full analysis (median of 7 runs after ≥ 300 ms of warm-up) on ${machine}\n`);
console.log('| input | characters | ms |');
console.log('|---|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.chars.toLocaleString('en-US')} | ${r.ms.toFixed(1)} |`);
console.log(`\nscaling exponent k (t ∝ n^k, 100k → 1M): ${k.toFixed(2)}`);
console.log(`incremental re-analysis after one typed character, 100k document: median ${keystroke.median.toFixed(1)} ms, p95 ${keystroke.p95.toFixed(1)} ms`);
console.log(`server over stdio, 100k document: didOpen → diagnostics median ${server.open.median.toFixed(1)} ms (p95 ${server.open.p95.toFixed(1)}); one-character didChange → diagnostics median ${server.change.median.toFixed(1)} ms (p95 ${server.change.p95.toFixed(1)}), debounce set to 0 (default 150 ms comes on top)`);
console.log(`server peak RSS holding the 1,000,000-character document: ${rss === undefined ? 'n/a' : `${rss.toFixed(0)} MB`}`);
console.log(
	autocorrect.error
		? `AutoCorrect: not measured (${autocorrect.error})`
		: `AutoCorrect lintFor on the same 100k text: ${autocorrect.ms.toFixed(1)} ms; ours/theirs = ${autocorrect.ratio.toFixed(2)}`,
);
writeFileSync(
	path.join(root, 'bench', 'results.json'),
	`${JSON.stringify({ machine, date: new Date().toISOString(), rows, k, keystroke, server, rssMB: rss, autocorrect }, null, 2)}\n`,
);
process.exit(0);
