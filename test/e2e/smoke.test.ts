/** Smoke tests in a real VS Code: activation by language, the outline, hovers, diagnostics. */
import * as assert from 'node:assert';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { until, waitForDiagnostics } from './helper';

const SHARED = path.resolve(__dirname, '..', '..', '..', '..', 'shared');
const SEED = path.join(SHARED, 'fixtures', 'seed-newspaper-page.txt');

function symbols(uri: vscode.Uri): Thenable<vscode.DocumentSymbol[] | undefined> {
	return vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
}

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
	});

	test('a .ptxt file gets the policy-text language; hover on a figure; a numbering gap is diagnosed', async () => {
		const uri = vscode.Uri.file(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace', 'sample.ptxt'));
		const doc = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(doc);
		assert.strictEqual(doc.languageId, 'policy-text');
		const diagnostics = await waitForDiagnostics(uri, (d) => d.length > 0);
		assert.deepStrictEqual(
			diagnostics.map((d) => [typeof d.code === 'object' ? d.code.value : d.code, d.range.start.line]),
			[['structure.numbering-gap', 10]],
		);
		const pos = doc.positionAt(doc.getText().indexOf('2.8') + 1);
		const hovers = await until('hover', () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos), (h) => (h?.length ?? 0) > 0);
		const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
		assert.match(text, /28,000/);
	});

	test('the restart command restarts the server and it answers again', async () => {
		const uri = vscode.Uri.file(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'workspace', 'sample.ptxt'));
		await vscode.commands.executeCommand('policyReview.restartServer');
		const tree = await until('outline after restart', () => symbols(uri), (s) => (s?.length ?? 0) > 0);
		assert.strictEqual(tree[0]!.name, '一、总体要求');
	});
});
