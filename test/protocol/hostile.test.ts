/**
 * Hostile workspaces and a misbehaving client: files named by settings that are not files, a multi-root
 * workspace, workspace trust, a configuration request never answered, didOpen twice, a closed output, requests
 * before initialize, and a long analysis that must not hold up another document.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { ResponseError, type DocumentSymbol, type Hover } from 'vscode-languageserver-protocol';
import { joinLines } from '../helpers/text';
import { spawnServer, startServer } from './lspHarness';

const POSIX = process.platform !== 'win32';
const dir = mkdtempSync(path.join(tmpdir(), 'policy-review-hostile-'));
const GAP = joinLines('一、总体要求', '', '正文。', '', '三、组织保障', '', '正文。');
/** A local formula whose third item differs from the glossary that defines 三个自信 as 甲、乙、丙. */
const LOCAL = '坚定“三个自信”（甲自信、乙自信、丁自信）。';

function glossary(file: string, items: string[], bom = false): string {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, `${bom ? '\uFEFF' : ''}${JSON.stringify({ entries: [{ name: '三个自信', items, explanation: '本地', source: '县委' }] })}`);
	return file;
}

describe('hostile workspaces and a misbehaving client', () => {
	test('glossaryFiles naming a FIFO, a directory and /proc/self/environ: each told once without its content; the good glossary (with a BOM) and every document still work', { skip: !POSIX }, async () => {
		const fifo = path.join(dir, 'fifo.json');
		execFileSync('mkfifo', [fifo]); // no writer: reading it would never end
		const good = glossary(path.join(dir, 'good.json'), ['甲自信', '乙自信', '丙自信'], true); // with a BOM
		const environ = '/proc/self/environ';
		const files = [fifo, dir, ...(existsSync(environ) ? [environ] : []), good];
		const h = await startServer({ glossaryFiles: files });
		try {
			// More documents than the file system has threads: none of them waits for the FIFO.
			for (const n of [1, 2, 3, 4, 5]) {
				const uri = `file:///fifo-${n}.ptxt`;
				const waiting = h.nextDiagnostics(uri);
				h.open(uri, LOCAL);
				assert.deepEqual((await waiting).diagnostics.map((d) => d.code), ['formula.canonical'], `document ${n}`);
			}
			const hover = (await h.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///fifo-1.ptxt' }, position: { line: 0, character: 4 } })) as Hover;
			assert.match((hover.contents as { value: string }).value, /三个自信/);
			assert.deepEqual(h.messages.filter((m) => m.includes(fifo)), [`Policy Text Review: glossary file skipped — ${fifo}: is a named pipe (FIFO), not a regular file; not read. The other glossaries and the built-in one are used.`]);
			assert.deepEqual(h.messages.filter((m) => m.includes(`${dir}:`)), [`Policy Text Review: glossary file skipped — ${dir}: is a directory, not a file. The other glossaries and the built-in one are used.`]);
			if (existsSync(environ)) assert.deepEqual(h.messages.filter((m) => m.includes(environ)), [`Policy Text Review: glossary file skipped — ${environ}: not valid JSON. The other glossaries and the built-in one are used.`]);
			assert.ok(!h.messages.some((m) => m.includes('PATH=') || m.includes('Restricted')), h.messages.join('\n'));
			await h.connection.sendRequest('shutdown');
			await assert.rejects(h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///fifo-1.ptxt' } }), (e: unknown) => e instanceof ResponseError && e.code === -32600);
		} finally {
			await h.close();
		}
		assert.equal(h.process.exitCode, 0, 'shutdown and exit still stop the server');
	});

	test('multi-root: a relative glossary path resolves against the workspace folder of the document, asked with the document as scope', async () => {
		const a = path.join(dir, 'root-a');
		const b = path.join(dir, 'root-b');
		glossary(path.join(a, 'g', 'local.json'), ['甲自信', '乙自信', '丁自信']); // agrees with the text
		glossary(path.join(b, 'g', 'local.json'), ['甲自信', '乙自信', '丙自信']); // does not
		const h = await startServer({ glossaryFiles: ['g/local.json'] }, 'en', {
			workspaceFolders: [
				{ uri: pathToFileURL(a).href, name: 'a' },
				{ uri: pathToFileURL(b).href, name: 'b' },
			],
		});
		try {
			const inA = `${pathToFileURL(a).href}/report.ptxt`;
			const inB = `${pathToFileURL(b).href}/report.ptxt`;
			const waitingA = h.nextDiagnostics(inA);
			h.open(inA, LOCAL);
			assert.deepEqual((await waitingA).diagnostics, []);
			const waitingB = h.nextDiagnostics(inB);
			h.open(inB, LOCAL);
			assert.deepEqual((await waitingB).diagnostics.map((d) => d.code), ['formula.canonical']);
			assert.deepEqual(h.configurationRequests, [inA, inB]);
		} finally {
			await h.close();
		}
	});

	test('workspace trust off, then granted: files of user settings are read, the user is told once why workspace files are not; trust re-reads the settings', async () => {
		const user = glossary(path.join(dir, 'trust', 'user.json'), ['甲自信', '乙自信', '丙自信']);
		const settings: Record<string, unknown> = { glossaryFiles: [user] };
		const h = await startServer(settings, 'zh-cn', { initializationOptions: { trusted: false } });
		try {
			for (const name of ['a', 'b']) {
				const uri = `file:///trust-${name}.ptxt`;
				const waiting = h.nextDiagnostics(uri);
				h.open(uri, LOCAL);
				assert.deepEqual((await waiting).diagnostics.map((d) => d.code), ['formula.canonical'], 'the user setting’s glossary is read');
			}
			const restricted = h.messages.filter((m) => m.includes('受限模式'));
			assert.deepEqual(restricted, ['政策文本审校：此工作区未受信任（受限模式），不读取其中的 .policy-review.json 和工作区设置中指定的文件（policyReview.glossaryFiles、policyReview.indicatorFiles），用户设置中指定的文件照常读取。信任此工作区后即可使用其文件。']);
			// Trust granted: VS Code now gives the workspace's values too (here: a glossary that agrees with the text).
			settings['glossaryFiles'] = [glossary(path.join(dir, 'trust', 'workspace.json'), ['甲自信', '乙自信', '丁自信'])];
			const asked = h.configurationRequests.length;
			const again = h.nextDiagnostics('file:///trust-a.ptxt');
			await h.connection.sendNotification('policyReview/didGrantWorkspaceTrust');
			assert.deepEqual((await again).diagnostics, []);
			assert.ok(h.configurationRequests.length > asked, 'the settings are asked again');
			assert.equal(h.messages.filter((m) => m.includes('受限模式')).length, 1);
		} finally {
			await h.close();
		}
	});

	test('a workspace/configuration request never answered: the defaults after the timeout, and the question again on the next change', async () => {
		let unanswered = 1;
		const h = await startServer({}, 'en', {
			env: { POLICY_REVIEW_CONFIGURATION_TIMEOUT_MS: '200' },
			configuration: () => (unanswered-- > 0 ? new Promise(() => undefined) : { rules: { 'structure.numbering-gap': 'off' }, diagnostics: { delayMs: 0 } }),
		});
		try {
			const uri = 'file:///unanswered.ptxt';
			const waiting = h.nextDiagnostics(uri);
			h.open(uri, GAP);
			assert.deepEqual((await waiting).diagnostics.map((d) => d.code), ['structure.numbering-gap'], 'analysed with the defaults');
			const symbols = (await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
			assert.equal(symbols.length, 2);
			const edited = h.nextDiagnostics(uri, (p) => p.version === 2);
			await h.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '新' }] });
			assert.deepEqual((await edited).diagnostics, [], 'the answered settings turn the rule off');
			assert.deepEqual(h.configurationRequests, [uri, uri]);
		} finally {
			await h.close();
		}
	});

	test('didOpen twice for one URI with the same version: the new text is analysed', async () => {
		const h = await startServer();
		try {
			const uri = 'file:///twice.ptxt';
			const first = h.nextDiagnostics(uri);
			h.open(uri, GAP, 'policy-text', 1);
			assert.equal((await first).diagnostics.length, 1);
			const second = h.nextDiagnostics(uri);
			h.open(uri, joinLines('第一章　总则', '', '第一条　正文。'), 'policy-text', 1);
			assert.deepEqual((await second).diagnostics, []);
			const symbols = (await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
			assert.deepEqual(symbols.map((s) => s.name), ['第一章　总则']);
		} finally {
			await h.close();
		}
	});

	test('requests before initialize get ServerNotInitialized (-32002); then initialize works', async () => {
		const { child, connection } = spawnServer();
		connection.listen();
		try {
			await assert.rejects(
				connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.ptxt' }, position: { line: 0, character: 0 } }),
				(e: unknown) => e instanceof ResponseError && e.code === -32002,
			);
			await assert.rejects(connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///x.ptxt' } }), (e: unknown) => e instanceof ResponseError && e.code === -32002);
			const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { serverInfo: { name: string } };
			assert.equal(init.serverInfo.name, 'policy-review');
			assert.equal(await connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.ptxt' }, position: { line: 0, character: 0 } }), null);
		} finally {
			connection.dispose();
			child.kill();
		}
	});

	test('the client closes the server’s output: the process ends quietly, without a stack trace', async () => {
		const { child, stderr } = spawnServer();
		const frame = (m: unknown): string => {
			const body = JSON.stringify(m);
			return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
		};
		const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
		child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
		await new Promise((resolve) => child.stdout.once('data', resolve));
		child.stdout.destroy();
		child.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
		child.stdin.write(frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///closed.ptxt', languageId: 'policy-text', version: 1, text: GAP } } }));
		child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///closed.ptxt' }, position: { line: 0, character: 0 } } }));
		assert.equal(await exited, 1, 'no shutdown was asked: exit code 1, per the protocol');
		assert.equal(stderr(), '');
	});

	test('a long analysis of document A does not hold up a hover on document B: B is answered before A’s diagnostics', async () => {
		const a = 'file:///long-a.ptxt';
		const b = 'file:///short-b.ptxt';
		const events: string[] = [];
		let hoverB: Promise<unknown> | undefined;
		const h = await startServer({}, 'en', {
			configuration: (scope) => {
				// The moment A's settings are answered its analysis starts: ask for B's hover right behind the answer.
				if (scope === a) {
					queueMicrotask(() => {
						hoverB = h.connection
							.sendRequest('textDocument/hover', { textDocument: { uri: b }, position: { line: 0, character: 10 } })
							.then((r) => events.push('hover B', JSON.stringify(r).includes('2.8万元') ? 'with its figure' : 'empty'));
					});
				}
				return {};
			},
		});
		try {
			const openedB = h.nextDiagnostics(b);
			h.open(b, '𠀀𠀀年人均增加2.8万元。');
			await openedB;
			const text = Array.from({ length: 30_000 }, (_, i) => `（${i % 9 + 1}）全年财政收入${5200 + i}亿元，比上年增加400亿元，增长8.3%。`).join('\n');
			assert.ok(text.length > 1_000_000);
			const diagnosticsA = h.nextDiagnostics(a, () => true, 60_000).then(() => events.push('diagnostics A'));
			h.open(a, text);
			await diagnosticsA;
			await hoverB;
			assert.deepEqual(events, ['hover B', 'with its figure', 'diagnostics A']);
		} finally {
			await h.close();
		}
	});
});
