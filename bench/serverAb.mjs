// `node bench/serverAb.mjs --base DIR [--n N] [shape …]`: the server's didChange → publishDiagnostics (debounce 0) of this
// checkout against another's (`DIR`, a checkout with its server/out/), both servers started as the bench starts them,
// each shape opened in both, then one character typed at N places (as `npm run bench`'s protocol part), the two servers
// in turn (the order alternating), clock time per keystroke, medians and the median of the paired ratios, and each
// server process's CPU time per keystroke (from /proc, 10 ms ticks summed over the keystrokes); the first 5
// keystrokes are a warm-up. Not part of `npm test`; the machine's load moves the clock, so read the paired ratio.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { connectServer } from './lspClient.mjs';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'build', 'x.js'));
const args = process.argv.slice(2);
const option = (name) => {
	const i = args.indexOf(name);
	return i < 0 ? undefined : args.splice(i, 2)[1];
};
const base = option('--base');
const n = Number(option('--n') ?? 40);
if (!base) throw new Error('--base DIR: the checkout to compare with (its server/out/)');
const { SHAPES, shapeText, proseText } = require('./test/helpers/shapes.js');
const { SERVER_EXEC_ARGV } = require('./server/src/protocol.js');
const protocol = require('vscode-languageserver-protocol/node');
const prose = proseText(process.env.POLICY_REVIEW_SHARED ?? path.resolve(root, '..', 'shared'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startServer(dir) {
	const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...(process.env.SERVER_PROF && dir === root ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SERVER_PROF}`, '--cpu-prof-interval=200'] : []), path.join(dir, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const { conn, published } = await connectServer(child, protocol);
	const stop = async () => {
		await conn.sendRequest('shutdown').catch(() => {});
		await conn.sendNotification('exit').catch(() => {});
		// The server ends on `exit` (a CPU profile is written then); killed if it has not within 5 s.
		await new Promise((resolve) => {
			const timer = setTimeout(resolve, 5000);
			child.once('exit', () => {
				clearTimeout(timer);
				resolve();
			});
		});
		conn.dispose();
		child.kill();
	};
	// The server's CPU time (user + system, ms; /proc's clock ticks, 10 ms): load moves the clock, not this.
	const cpu = () => {
		const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	};
	return { conn, published, stop, cpu };
}

function positionOf(text, offset) {
	const before = text.slice(0, offset);
	const line = before.split('\n').length - 1;
	return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

const servers = { base: await startServer(path.resolve(base)), own: await startServer(root) };
try {
	for (const shape of args.length > 0 ? args : SHAPES) {
		let text = shapeText(shape, 100_000, prose);
		const uri = `file:///bench/${encodeURIComponent(shape)}.txt`;
		for (const k of ['base', 'own']) {
			const open = servers[k].published(uri);
			await servers[k].conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy-text', version: 1, text } });
			await open;
		}
		const times = { base: [], own: [] };
		const cpuTotal = { base: 0, own: 0 };
		const ratios = [];
		let differ = 0;
		for (let v = 2; v < n + 7; v++) {
			const at = Math.floor(((((v * 37) % 40) + 0.5) / 40) * text.length);
			const got = {};
			const diags = {};
			for (const k of v % 2 ? ['own', 'base'] : ['base', 'own']) {
				const done = servers[k].published(uri, v);
				const c = servers[k].cpu();
				const t = performance.now();
				await servers[k].conn.sendNotification('textDocument/didChange', {
					textDocument: { uri, version: v },
					contentChanges: [{ range: { start: positionOf(text, at), end: positionOf(text, at) }, text: '新' }],
				});
				diags[k] = await done;
				got[k] = performance.now() - t;
				if (v >= 7) cpuTotal[k] += servers[k].cpu() - c;
			}
			if (JSON.stringify(diags.base) !== JSON.stringify(diags.own)) differ++;
			text = text.slice(0, at) + '新' + text.slice(at);
			if (v >= 7) {
				times.base.push(got.base);
				times.own.push(got.own);
				ratios.push(got.own / got.base);
			}
		}
		for (const k of ['base', 'own']) await servers[k].conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
		const mb = median(times.base);
		const mo = median(times.own);
		console.log(`${shape}: base ${mb.toFixed(1)} ms, this ${mo.toFixed(1)} ms (ratio of medians ${(mo / mb).toFixed(3)}, median paired ${median(ratios).toFixed(3)}); server CPU per keystroke base ${(cpuTotal.base / times.base.length).toFixed(1)} ms, this ${(cpuTotal.own / times.own.length).toFixed(1)} ms (${(cpuTotal.own / cpuTotal.base).toFixed(3)})${differ ? `, diagnostics differ ${differ}×` : ''}`);
	}
} finally {
	await servers.base.stop();
	await servers.own.stop();
}
