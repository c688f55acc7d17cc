/** Tests in a real VS Code: activation by language, the outline, hovers, diagnostics and quick fixes, settings, restart. */
import * as assert from 'node:assert';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { until, waitForDiagnostics } from './helper';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const SEED = path.join(SHARED, 'fixtures', 'seed-newspaper-page.txt');
// The workspace is a copy of test/fixtures/workspace (runTest.ts).
const SAMPLE = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'sample.ptxt');

function symbols(uri: vscode.Uri): Thenable<vscode.DocumentSymbol[] | undefined> {
	return vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
	const hovers = await until('hover', () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position), (h) => (h?.length ?? 0) > 0);
	return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

const code = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

suite('Policy Text Review in VS Code', () => {
	test('opening the seed page as plain text activates the extension and gives our outline', async function () {
		if (!existsSync(SEED)) return this.skip();
		const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(SEED));
		await vscode.window.showTextDocument(doc);
		assert.strictEqual(doc.languageId, 'plaintext');
		const tree = await until('outline of the seed page', () => symbols(doc.uri), (s) => (s?.length ?? 0) > 0);
		assert.deepStrictEqual(
			tree.map((s) => s.name),
			[
				'云南省曲靖市麒麟区：智慧党建按下城市基层治理“快进键”',
				'云南省红河哈尼族彝族自治州元阳县：红色聚能，全面打通“两山”转化新通道',
				'河南平顶山卫东区：基层党建有力度 社区治理有温度',
				'福建厦门翔安区：党旗辉映新城，跑出“岛外大发展”加速度',
			],
		);
		assert.deepStrictEqual(tree[0]!.children.map((c) => c.name), ['筑牢基层党建堡垒，构建治理新格局', '项目一线高扬党旗，切实解决疑难杂症', '各战线联合统一，跨岛发展显新貌']);
		const ext = vscode.extensions.getExtension('policy-review.policy-text-review');
		assert.ok(ext?.isActive, 'activated by onLanguage:plaintext, not by the test');
		// Hover on “1427”: its parts.
		const at = doc.positionAt(doc.getText().indexOf('1427') + 1);
		assert.match(await hoverText(doc.uri, at), /1\. \*\*1\*\* 1个统筹协调组\n2\. \*\*4\*\* 4个专项工作组\n3\. \*\*27\*\* 27个推进保障组/);
	});

	test('a .ptxt file gets the policy-text language; hover on a figure; a numbering gap is diagnosed', async () => {
		const doc = await vscode.workspace.openTextDocument(SAMPLE);
		await vscode.window.showTextDocument(doc);
		assert.strictEqual(doc.languageId, 'policy-text');
		const diagnostics = await waitForDiagnostics(SAMPLE, (d) => d.length > 0);
		assert.deepStrictEqual(
			diagnostics.map((d) => [code(d), d.range.start.line]),
			[['structure.numbering-gap', 10]],
		);
		assert.match(await hoverText(SAMPLE, doc.positionAt(doc.getText().indexOf('2.8') + 1)), /2\.8万元/);
	});

	test('an inconsistent figure is diagnosed; its quick fix corrects it; the diagnostic goes away', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'policy-text', content: '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。\n' });
		await vscode.window.showTextDocument(doc);
		const [d] = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => code(x) === 'claim.percent-change'));
		assert.ok(d);
		assert.strictEqual(doc.getText(d.range), '9.5%');
		assert.match(d.message, /400 ÷ \(5200 − 400\) = 8\.33%/);
		assert.strictEqual(d.relatedInformation?.length, 2);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
		const fix = actions?.find((a) => a.edit !== undefined);
		assert.ok(fix?.edit, 'a quick fix with an edit');
		assert.ok(await vscode.workspace.applyEdit(fix.edit));
		assert.strictEqual(doc.getText(), '全年财政收入5200亿元，比上年增加400亿元，增长8.3%。\n');
		await waitForDiagnostics(doc.uri, (ds) => ds.length === 0);
	});

	test('a table: a symbol in the outline named by its caption, a hover on a cell, a partition diagnosed and fixed', async () => {
		const table = [
			'**表5 2023年各种运输方式完成货物运输量**',
			'',
			'| 指标 | 单位 | 绝对数 |',
			'| --- | --- | --- |',
			'| 货物运输总量 | 亿吨 | 556.8 |',
			'| 铁路 | 亿吨 | 50.1 |',
			'| 公路 | 亿吨 | 503.4 |',
			'| 水路 | 亿吨 | 93.7 |',
			'| 民航 | 万吨 | 735.4 |',
			'| 管道 | 亿吨 | 9.5 |',
			'',
		].join('\n');
		const doc = await vscode.workspace.openTextDocument({ language: 'policy-text', content: `一、运输\n\n全年货物运输总量557亿吨。\n\n${table}` });
		await vscode.window.showTextDocument(doc);
		const tree = await until('outline with the table', () => symbols(doc.uri), (s) => (s?.[0]?.children.length ?? 0) > 0);
		assert.deepStrictEqual(tree[0]!.children.map((c) => [c.name, c.kind]), [['2023年各种运输方式完成货物运输量', vscode.SymbolKind.Array]]);
		const hover = await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('735.4') + 1));
		assert.match(hover, /- Row: 民航/);
		assert.match(hover, /- Unit: 万吨/);
		const [d] = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => code(x) === 'table.sum'));
		assert.ok(d);
		assert.strictEqual(doc.getText(d.range), '503.4');
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
		const fix = actions?.find((a) => a.edit !== undefined);
		assert.ok(fix?.edit, 'a quick fix with an edit');
		assert.ok(await vscode.workspace.applyEdit(fix.edit));
		assert.match(doc.getText(), /\| 公路 \| 亿吨 \| 403\.4 \|/);
		await waitForDiagnostics(doc.uri, (ds) => ds.length === 0);
	});

	test('policyReview.languages without plaintext is honoured', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '一、总体要求\n\n正文。\n\n三、组织保障\n\n正文。\n' });
		await vscode.window.showTextDocument(doc);
		await waitForDiagnostics(doc.uri, (ds) => ds.length === 1);
		const config = vscode.workspace.getConfiguration('policyReview');
		try {
			await config.update('languages', ['policy-text', 'markdown'], vscode.ConfigurationTarget.Global);
			await waitForDiagnostics(doc.uri, (ds) => ds.length === 0);
			// The server is back and serves policy-text, but not this plain-text document.
			await until('outline of sample.ptxt', () => symbols(SAMPLE), (s) => (s?.length ?? 0) > 0);
			assert.deepStrictEqual((await symbols(doc.uri)) ?? [], []);
		} finally {
			await config.update('languages', undefined, vscode.ConfigurationTarget.Global);
		}
		await waitForDiagnostics(doc.uri, (ds) => ds.length === 1);
	});

	test('the restart command restarts the server and it answers again', async () => {
		await vscode.commands.executeCommand('policyReview.restartServer');
		const tree = await until('outline after restart', () => symbols(SAMPLE), (s) => (s?.length ?? 0) > 0);
		assert.strictEqual(tree[0]!.name, '一、总体要求');
	});

	test('a Markdown document mostly in Chinese: diagnostics as markdown, the Markdown outline alone; read as Policy Text, our outline', async () => {
		// VS Code's Markdown extension activates on this, the suite's first markdown document. Its outline provider must be
		// registered before the document's outline is first asked for: VS Code caches a document's outline by version and
		// by the providers asked, but when a provider registers while the outline is being computed it starts again with
		// the new providers and still files the result under the old list. Asked before the Markdown extension is up (a
		// loaded machine), that old list is ours alone — also the list of policy-text — and the switch below keeps the
		// version, so `executeDocumentSymbolProvider` would give the Markdown outline for policy-text until an edit,
		// without asking us.
		await vscode.extensions.getExtension('vscode.markdown-language-features')?.activate();
		const content = '# 政府工作报告\n\n一、总体要求\n\n全年增长5.2%。\n\n三、组织保障\n\n正文。\n';
		const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
		await vscode.window.showTextDocument(doc);
		await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => code(d) === 'structure.numbering-gap'));
		// VS Code's Markdown extension gives the outline of a markdown document; ours adds nothing to it.
		const markdown = await until('Markdown outline', () => symbols(doc.uri), (s) => (s?.length ?? 0) > 0);
		assert.deepStrictEqual(markdown.map((s) => [s.name.replace(/^#+\s*/, ''), s.children.length]), [['政府工作报告', 0]]);
		const policy = await vscode.languages.setTextDocumentLanguage(doc, 'policy-text');
		const ours = await until('our outline', () => symbols(policy.uri), (s) => (s?.[0]?.children.length ?? 0) > 0);
		assert.deepStrictEqual(ours[0]!.children.map((c) => c.name), ['一、总体要求', '三、组织保障']);
		await waitForDiagnostics(policy.uri, (ds) => ds.some((d) => code(d) === 'structure.numbering-gap'));
		assert.ok((await vscode.commands.getCommands(true)).includes('policyReview.readAsPolicyText'));
	});
});
