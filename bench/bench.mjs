// `npm run bench`: the speed of the core and the server on every shape of text (needs ../shared for the prose).
// Prints the tables of the README's Performance section and writes bench/results.json. Not part of `npm test`: the
// linearity test (test/unit/linearity.test.ts) counts work instead of timing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync, spawn } from 'node:child_process';
import { connectServer } from './lspClient.mjs';

const require = createRequire(import.meta.url);
const { analyze, BlockCache } = require('../build/server/src/analysis/index.js');
const { SHAPES, shapeText, proseText } = require('../build/test/helpers/shapes.js');
const { SERVER_EXEC_ARGV } = require('../build/server/src/protocol.js');
const { typedTexts } = await import('./typing.mjs');
const root = path.resolve(import.meta.dirname, '..');
const shared = process.env.POLICY_REVIEW_SHARED ?? path.resolve(root, '..', 'shared');
const quick = process.argv.includes('--quick');

const prose = proseText(shared);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/**
 * Median full-analysis time of `text`, after a warm-up of at least 5 runs and one second (the optimizing compiler
 * settles only after some dozens of runs of a short text; timing earlier measures the compiler).
 */
function fullAnalysis(text, runs) {
	const start = Date.now();
	for (let i = 0; i < 5 || (Date.now() - start < 1000 && i < 300); i++) analyze(text);
	const times = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		analyze(text);
		times.push(performance.now() - t);
	}
	return median(times);
}

/**
 * Keystrokes typed into `text` (bench/typing.mjs: one character at 60 places, each two edits apart; with `consecutive`,
 * 20 characters one after another at each of 4 places after a warm-up place), each re-analysed with the document's
 * block cache.
 */
function keystroke(text, consecutive = false) {
	const cache = new BlockCache();
	analyze(text, {}, cache);
	const { warmup, texts } = typedTexts(text, consecutive);
	for (const t of warmup) analyze(t, {}, cache);
	const times = [];
	for (const edited of texts) {
		const t = performance.now();
		analyze(edited, {}, cache);
		times.push(performance.now() - t);
	}
	return { median: median(times), p95: p95(times) };
}

// ─────────────────────────────── the shape suite ───────────────────────────────
const sizes = quick ? [100_000, 1_000_000] : [100_000, 1_000_000];
const rows = [];
for (const shape of SHAPES) {
	const row = { shape, ms: {} };
	for (const n of shape === 'prose' && !quick ? [...sizes, 5_000_000] : sizes) {
		row.ms[n] = fullAnalysis(shapeText(shape, n, prose), n >= 5_000_000 ? 3 : n >= 1_000_000 ? 5 : 11);
	}
	row.k = Math.log(row.ms[1_000_000] / row.ms[100_000]) / Math.log(10);
	row.keystroke = keystroke(shapeText(shape, 100_000, prose));
	row.typing = keystroke(shapeText(shape, 100_000, prose), true);
	rows.push(row);
	process.stderr.write(`${shape}: ${row.ms[100_000].toFixed(1)} / ${row.ms[1_000_000].toFixed(1)} ms\n`);
}
const proseRow = rows[0];
for (const r of rows) r.perCharVsProse = r.ms[1_000_000] / proseRow.ms[1_000_000];

// ─────────────────────────────── AutoCorrect ───────────────────────────────
// AutoCorrect (autocorrect-node lintFor), the CJK linter users would otherwise run, on the same texts. It is installed
// here on demand, not as a devDependency: its lock entries name platform packages that the registry mirror lacks,
// which would break `npm ci`.
function loadAutocorrect() {
	const dir = path.join(root, 'bench', '.deps');
	try {
		return createRequire(path.join(dir, 'index.js'))('autocorrect-node');
	} catch {
		execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', dir, 'autocorrect-node'], { stdio: 'ignore' });
		return createRequire(path.join(dir, 'index.js'))('autocorrect-node');
	}
}
let autocorrectError;
try {
	const ac = loadAutocorrect();
	for (const r of rows) {
		const text = shapeText(r.shape, 100_000, prose);
		for (let i = 0; i < 3; i++) ac.lintFor(text, 'bench.txt');
		const times = [];
		for (let i = 0; i < 7; i++) {
			const t = performance.now();
			ac.lintFor(text, 'bench.txt');
			times.push(performance.now() - t);
		}
		r.autocorrect = median(times);
	}
} catch (e) {
	autocorrectError = String(e);
}

// ─────────────────────────────── the server over stdio ───────────────────────────────
// didOpen → first publishDiagnostics, and a one-character didChange → publishDiagnostics with
// policyReview.diagnostics.delayMs = 0 (the server's own work; the default debounce of 150 ms comes on top), and the
// peak RSS of a server holding the 1,000,000-character document.
const protocol = require('vscode-languageserver-protocol/node');

async function withServer(fn) {
	// Started as the extension starts it: with its Node options.
	const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, path.join(root, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const { conn, published } = await connectServer(child, protocol);
	try {
		return await fn(conn, published, child);
	} finally {
		await conn.sendRequest('shutdown').catch(() => {});
		await conn.sendNotification('exit').catch(() => {});
		conn.dispose();
		child.kill();
	}
}

/** Position of character `offset` of `text` as LSP {line, character}. */
function positionOf(text, offset) {
	const before = text.slice(0, offset);
	const line = before.split('\n').length - 1;
	return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

await withServer(async (conn, published) => {
	for (const r of rows) {
		let text = shapeText(r.shape, 100_000, prose);
		const uri = `file:///bench/${encodeURIComponent(r.shape)}.txt`;
		const open = published(uri);
		const t0 = performance.now();
		await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy-text', version: 1, text } });
		await open;
		r.serverOpen = performance.now() - t0;
		const change = [];
		for (let v = 2; v < 42; v++) {
			const at = Math.floor((((v * 37) % 40) + 0.5) / 40 * text.length);
			const done = published(uri, v);
			const t = performance.now();
			await conn.sendNotification('textDocument/didChange', {
				textDocument: { uri, version: v },
				contentChanges: [{ range: { start: positionOf(text, at), end: positionOf(text, at) }, text: '新' }],
			});
			await done;
			text = text.slice(0, at) + '新' + text.slice(at);
			if (v >= 7) change.push(performance.now() - t);
		}
		r.serverChange = { median: median(change), p95: p95(change) };
		await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}
});

const rss = await withServer(async (conn, published, child) => {
	const uri = 'file:///bench/1m.txt';
	const done = published(uri);
	await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: shapeText('prose', 1_000_000, prose) } });
	await done;
	await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
	const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
	return hwm ? Number(hwm[1]) / 1024 : undefined;
});

// ─────────────────────────────── report ───────────────────────────────
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const f1 = (x) => (x === undefined ? 'n/a' : x.toFixed(1));
console.log(`Full analysis, median ms, on ${machine}\n`);
console.log('| shape | 100,000 chars | 1,000,000 chars | k | per char vs prose | keystroke, 100k (median / p95) | typing 20 in a row, 100k (median / p95) | server didChange → diagnostics, 100k (median / p95) | AutoCorrect lintFor, 100k | ours / AutoCorrect |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
	console.log(
		`| ${r.shape}${r.ms[5_000_000] ? ` (5,000,000: ${f1(r.ms[5_000_000])})` : ''} | ${f1(r.ms[100_000])} | ${f1(r.ms[1_000_000])} | ${r.k.toFixed(2)} | ${r.perCharVsProse.toFixed(1)}× | ${f1(r.keystroke.median)} / ${f1(r.keystroke.p95)} | ${f1(r.typing.median)} / ${f1(r.typing.p95)} | ${f1(r.serverChange?.median)} / ${f1(r.serverChange?.p95)} | ${f1(r.autocorrect)} | ${r.autocorrect ? (r.ms[100_000] / r.autocorrect).toFixed(2) : 'n/a'} |`,
	);
}
if (autocorrectError) console.log(`\nAutoCorrect: not measured (${autocorrectError})`);
console.log(`\nserver didOpen → first diagnostics, prose 100k: ${f1(rows[0].serverOpen)} ms`);
console.log(`server peak RSS holding the 1,000,000-character prose document: ${rss === undefined ? 'n/a' : `${rss.toFixed(0)} MB`}`);
writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify({ machine, date: new Date().toISOString(), rows, rssMB: rss, autocorrectError }, null, 2)}\n`);
process.exit(0);
