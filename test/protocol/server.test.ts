import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { corpusFiles, HAVE_SHARED, readShared, ROOT, SKIP_SHARED } from '../helpers/paths';
import { joinLines } from '../helpers/text';
import { type Harness, startServer } from './lspHarness';

function count(symbols: readonly DocumentSymbol[]): number {
	return symbols.reduce((n, s) => n + 1 + count(s.children ?? []), 0);
}

describe('language server over stdio', () => {
	let h: Harness;
	before(async () => {
		// A long debounce proves that opening a document publishes at once.
		h = await startServer({ diagnostics: { delayMs: 60_000 } });
	});
	after(async () => {
		await h.close();
	});

	test('initialize: the whole result, so that any capability change is deliberate', () => {
		assert.deepEqual(h.initializeResult, {
			capabilities: {
				textDocumentSync: 2,
				documentSymbolProvider: { label: 'Policy Text Review' },
				foldingRangeProvider: true,
				hoverProvider: true,
				codeActionProvider: { codeActionKinds: ['quickfix'] },
				workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
			},
			serverInfo: { name: 'policy-review', version: JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version },
		});
	});

	test('didOpen publishes diagnostics at once (no debounce), for that version', async () => {
		const uri = 'file:///gap.ptxt';
		const waiting = h.nextDiagnostics(uri);
		const started = Date.now();
		h.open(uri, joinLines('一、总体要求', '', '正文。', '', '三、组织保障', '', '正文。'), 'policy-text', 7);
		const p = await waiting;
		assert.ok(Date.now() - started < 5000);
		assert.equal(p.version, 7);
		assert.deepEqual(
			p.diagnostics.map((d) => [d.code, d.source, d.severity, d.range.start.line, d.message]),
			[['structure.numbering-gap', 'policy-review', 2, 4, 'Numbering is not consecutive: 三、 follows 一、; expected number 2.']],
		);
	});

	test('documentSymbol and foldingRange of an opened document', async () => {
		const uri = 'file:///outline.ptxt';
		const waiting = h.nextDiagnostics(uri);
		h.open(uri, joinLines('一、总体要求', '', '（一）指导思想。坚持党的领导。', '', '二、主要任务', '', '正文。'));
		await waiting;
		const symbols = (await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
		assert.deepEqual(
			symbols.map((s) => [s.name, s.children?.map((c) => c.name)]),
			[['一、总体要求', ['（一）指导思想']], ['二、主要任务', []]],
		);
		const folds = await h.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
		assert.deepEqual(folds, [{ startLine: 0, endLine: 2 }, { startLine: 4, endLine: 6 }]);
	});

	test('UTF-16 positions: 𠀀 before a figure, hovered at its UTF-16 column', async () => {
		const uri = 'file:///unicode.ptxt';
		const waiting = h.nextDiagnostics(uri);
		h.open(uri, '𠀀𠀀年人均增加2.8万元。');
		await waiting;
		const hover = (await h.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } })) as Hover;
		assert.deepEqual(hover.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 14 } });
		assert.match((hover.contents as { value: string }).value, /2\.8万元/);
	});

	test('hover on a numbered formula shows what it stands for, in the client’s language', async () => {
		const zh = await startServer({}, 'zh-cn');
		try {
			const uri = 'file:///formula.ptxt';
			const waiting = zh.nextDiagnostics(uri);
			zh.open(uri, '落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领，持续提升执行力。');
			const p = await waiting;
			assert.deepEqual(
				p.diagnostics.map((d) => [d.code, d.message]),
				[['formula.count-mismatch', '“三定四抓”应为3+4，展开部分却是3+3：定责任、定目标、定标准；抓素能提升、对标创建、典型引领。']],
			);
			assert.equal(p.diagnostics[0]!.relatedInformation?.[0]?.message, '提法的展开部分');
			const hover = (await zh.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } })) as Hover;
			assert.match((hover.contents as { value: string }).value, /^✗ \*\*“三定四抓”\*\* — 数字化提法：展开与数字不符\n[^]*\n1\. \*\*3\*\* 定：定责任、定目标、定标准（3项）\n2\. \*\*4\*\* 抓：抓素能提升、对标创建、典型引领（3项）/);
		} finally {
			await zh.close();
		}
	});

	test('policyReview.glossaryFiles: a local glossary is used; a malformed one is reported once and skipped', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'policy-review-glossary-'));
		const good = path.join(dir, 'good.json');
		writeFileSync(good, JSON.stringify({ entries: [{ name: '三个自信', items: ['甲自信', '乙自信', '丙自信'], explanation: '本地', source: '县委' }] }));
		const bad = path.join(dir, 'bad.json');
		writeFileSync(bad, '{ "entries": [ {"name": 1} ] }');
		const local = await startServer({ glossaryFiles: [good, bad] });
		try {
			const uri = 'file:///local-glossary.ptxt';
			const waiting = local.nextDiagnostics(uri);
			local.open(uri, '坚定“三个自信”（甲自信、乙自信、丁自信）。');
			assert.deepEqual((await waiting).diagnostics.map((d) => d.code), ['formula.canonical']);
			assert.equal(local.messages.filter((m) => m.includes('bad.json')).length, 1, local.messages.join('\n'));
		} finally {
			await local.close();
		}
	});

	test('policyReview.indicatorFiles: local indicators are used; a malformed file is reported once and skipped', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'policy-review-indicators-'));
		const good = path.join(dir, 'good.json');
		writeFileSync(
			good,
			JSON.stringify([
				{ name: '特色农业产值', unit: '亿元', parts: [['茶叶产值', '水果产值']], source: '县统计公报' },
				{ name: '茶叶产值', unit: '亿元', source: '县统计公报' },
				{ name: '水果产值', unit: '亿元', source: '县统计公报' },
			]),
		);
		const bad = path.join(dir, 'bad.json');
		writeFileSync(bad, '{ "indicators": 3 }');
		const local = await startServer({ indicatorFiles: [good, bad] });
		try {
			const uri = 'file:///local-indicators.ptxt';
			const waiting = local.nextDiagnostics(uri);
			local.open(uri, '全县特色农业产值120亿元，其中茶叶产值50亿元、水果产值80亿元。');
			assert.deepEqual((await waiting).diagnostics.map((d) => d.code), ['claim.part-sum']);
			assert.equal(local.messages.filter((m) => m.includes('bad.json')).length, 1, local.messages.join('\n'));
		} finally {
			await local.close();
		}
	});

	test('an incremental edit is re-analysed: fixing the gap clears the diagnostic', async () => {
		const fast = await startServer({ diagnostics: { delayMs: 10 } });
		try {
			const uri = 'file:///edit.ptxt';
			const opened = fast.nextDiagnostics(uri);
			fast.open(uri, joinLines('一、总体要求', '', '正文。', '', '三、组织保障', '', '正文。'));
			assert.equal((await opened).diagnostics.length, 1);
			const edited = fast.nextDiagnostics(uri, (p) => p.version === 2);
			await fast.connection.sendNotification('textDocument/didChange', {
				textDocument: { uri, version: 2 },
				contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }, text: '二' }],
			});
			assert.deepEqual((await edited).diagnostics, []);
		} finally {
			await fast.close();
		}
	});

	test('plaintext that is not mostly Chinese is not served; Chinese plaintext is', async () => {
		const english = 'file:///english.txt';
		const waitingEn = h.nextDiagnostics(english);
		h.open(english, joinLines('1. Introduction. This is English.', '', '3. Methods. More English.'), 'plaintext');
		assert.deepEqual((await waitingEn).diagnostics, []);
		assert.deepEqual(await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: english } }), []);
		const chinese = 'file:///chinese.txt';
		const waitingZh = h.nextDiagnostics(chinese);
		h.open(chinese, joinLines('一、总体要求', '', '正文。', '', '三、组织保障'), 'plaintext');
		assert.equal((await waitingZh).diagnostics.length, 1);
	});

	test('a markdown document: diagnostics and hovers, but VS Code’s Markdown outline, not a second one; as policy-text, ours', async () => {
		const text = joinLines('# 报告', '', '一、总体要求', '', '正文增长5.2%。', '', '三、组织保障', '', '正文。');
		const md = 'file:///report.md';
		const waiting = h.nextDiagnostics(md);
		h.open(md, text, 'markdown');
		assert.equal((await waiting).diagnostics.length, 1);
		assert.deepEqual(await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: md } }), []);
		assert.deepEqual(await h.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: md } }), []);
		assert.ok(await h.connection.sendRequest('textDocument/hover', { textDocument: { uri: md }, position: { line: 4, character: 5 } }));
		const policy = 'file:///report.policy.md';
		const waitingPolicy = h.nextDiagnostics(policy);
		h.open(policy, text, 'policy-text');
		await waitingPolicy;
		const symbols = (await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: policy } })) as DocumentSymbol[];
		assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [['报告', ['一、总体要求', '三、组织保障']]]);
	});

	test('requests for a document never opened answer empty, and the server lives on', async () => {
		const uri = 'file:///never-opened.ptxt';
		assert.deepEqual(await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
		assert.equal(await h.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 99, character: 99 } }), null);
	});

	test('seed newspaper page: diagnostics after didOpen and the 55-heading outline', { skip: SKIP_SHARED }, async () => {
		const uri = 'file:///seed-newspaper-page.txt';
		const waiting = h.nextDiagnostics(uri);
		h.open(uri, readShared('fixtures', 'seed-newspaper-page.txt'), 'plaintext');
		const p = await waiting;
		// Its figures are consistent; only the three scrambled titles are flagged.
		assert.deepEqual(
			p.diagnostics.map((d) => [d.code, d.range.start.line, d.relatedInformation?.[0]?.location.range.start.line]),
			[['structure.title-body', 0, 589], ['structure.title-body', 189, 396], ['structure.title-body', 396, 189]],
		);
		const symbols = (await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
		assert.equal(count(symbols), 55);
		assert.deepEqual(
			symbols.map((s) => [s.selectionRange.start.line, s.children?.length]),
			[[0, 3], [189, 5], [396, 4], [589, 0]],
		);
	});

	test('every document of ../shared/corpus: opened as plaintext, outlined, no crash', { skip: SKIP_SHARED, timeout: 120_000 }, async () => {
		assert.ok(HAVE_SHARED);
		const files = corpusFiles();
		assert.ok(files.length >= 70, `corpus has ${files.length} files`);
		for (const [name, text] of files) {
			const uri = `file:///corpus/${name}`;
			const waiting = h.nextDiagnostics(uri);
			h.open(uri, text, name.endsWith('.md') ? 'markdown' : 'plaintext');
			await waiting;
			const symbols = await h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
			assert.ok(Array.isArray(symbols), name);
			await h.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		}
		assert.equal(h.process.exitCode, null, h.stderr());
	});
});
