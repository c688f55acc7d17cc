/** The server survives protocol misuse: it answers or errs per the protocol, and never crashes. */
import { strict as assert } from 'node:assert';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { joinLines } from '../helpers/text';
import { type Harness, startServer } from './lspHarness';

const GAP = joinLines('一、总体要求', '', '正文。', '', '三、组织保障', '', '正文。');

describe('protocol misuse', () => {
	let h: Harness;
	before(async () => {
		h = await startServer({ diagnostics: { delayMs: 0 }, maxFileSize: 50_000 });
	});
	after(async () => {
		await h.close();
	});

	test('positions outside the document are clamped, not fatal', async () => {
		const uri = 'file:///outside.ptxt';
		const waiting = h.nextDiagnostics(uri);
		h.open(uri, GAP);
		await waiting;
		assert.equal(await h.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: 9999 } }), null);
		const hover = (await h.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -5 } })) as Hover | null;
		assert.equal(hover, null);
	});

	test('a burst of 1,000 didChange notifications ends with the diagnostics of the last version', async () => {
		const uri = 'file:///burst.ptxt';
		const opened = h.nextDiagnostics(uri);
		h.open(uri, GAP);
		await opened;
		const last = h.nextDiagnostics(uri, (p) => p.version === 1001, 60_000);
		for (let v = 2; v <= 1001; v++) {
			// Alternate the gap on and off: 三、 ↔ 二、 at the start of line 4.
			void h.connection.sendNotification('textDocument/didChange', {
				textDocument: { uri, version: v },
				contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }, text: v % 2 === 0 ? '二' : '三' }],
			});
		}
		const p = await last;
		assert.equal(p.diagnostics.length, 1); // version 1001 is odd: 三、 — the gap
		assert.equal(h.process.exitCode, null);
	});

	test('out-of-order and stale versions do not crash the server', async () => {
		const uri = 'file:///versions.ptxt';
		const opened = h.nextDiagnostics(uri);
		h.open(uri, GAP, 'policy-text', 10);
		await opened;
		await h.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: '一、总体要求\n\n二、主要任务\n' }] });
		const symbols = (await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
		assert.ok(Array.isArray(symbols));
		assert.equal(h.process.exitCode, null);
	});

	test('a cancelled request answers RequestCancelled (-32800)', async () => {
		// A fresh edit of a large document makes the request do real work (the analysis of the new version), so the
		// $/cancelRequest that follows it is seen by then, however busy the machine is.
		const slow = await startServer({ diagnostics: { delayMs: 60_000 } });
		try {
			const uri = 'file:///cancel.ptxt';
			const text = Array.from({ length: 4000 }, (_, i) => `（${i}）全年财政收入5200亿元，比上年增加400亿元，增长8.3%。`).join('\n\n');
			const opened = slow.nextDiagnostics(uri);
			slow.open(uri, text);
			await opened;
			await slow.connection.sendNotification('textDocument/didChange', {
				textDocument: { uri, version: 2 },
				contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '一、' }],
			});
			const source = new CancellationTokenSource();
			const request = slow.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
			source.cancel();
			await assert.rejects(request, (e: unknown) => e instanceof ResponseError && e.code === -32800);
		} finally {
			await slow.close();
		}
	});

	test('a document over policyReview.maxFileSize is not analysed, and the user is told once', async () => {
		const statuses: { uri: string; state: string }[] = [];
		h.connection.onNotification('policyReview/status', (p: { uri: string; state: string }) => {
			statuses.push(p);
		});
		const uri = 'file:///huge.txt';
		const waiting = h.nextDiagnostics(uri);
		h.open(uri, '政'.repeat(60_000), 'plaintext');
		assert.deepEqual((await waiting).diagnostics, []);
		assert.deepEqual(await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
		await h.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
		assert.equal(h.messages.filter((m) => m.includes('huge.txt') && m.includes('maxFileSize')).length, 1);
		assert.deepEqual(statuses.filter((p) => p.uri === uri).map((p) => p.state), ['skipped']);
	});

	test('binary content is detected and skipped with a message', async () => {
		const uri = 'file:///binary.ptxt';
		const waiting = h.nextDiagnostics(uri);
		h.open(uri, `PK\u0003\u0004\u0000\u0000一、总体要求\u0000\u0000`);
		assert.deepEqual((await waiting).diagnostics, []);
		assert.equal(h.messages.filter((m) => m.includes('binary.ptxt')).length, 1);
	});

	test('a malformed settings value falls back to defaults with one clear message', async () => {
		const bad = await startServer({ enable: 'yes', diagnostics: { delayMs: -1 } });
		try {
			for (const name of ['a', 'b']) {
				const uri = `file:///bad-settings-${name}.ptxt`;
				const waiting = bad.nextDiagnostics(uri);
				bad.open(uri, GAP);
				assert.equal((await waiting).diagnostics.length, 1, 'analysed with the defaults');
			}
			assert.equal(bad.messages.filter((m) => m.includes('policyReview.enable')).length, 1, bad.messages.join('\n'));
		} finally {
			await bad.close();
		}
	});

	test('the server is still alive', () => {
		assert.equal(h.process.exitCode, null, h.stderr());
	});
});
