/**
 * The proofreader's controls in a real VS Code: accept a finding (gone, and still gone after re-opening and a
 * server restart), list and un-accept it; rule levels per folder; the rule page of a diagnostic; the message
 * language; the status bar item.
 */
import * as assert from 'node:assert';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { open, until, waitForDiagnostics, WORKSPACE, write } from './helper';

const CONFIG = path.join(WORKSPACE, '.policy-review.json');
const code = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
const codes = (ds: readonly vscode.Diagnostic[]): string[] => ds.map(code).sort();

/** A percent change that does not hold, and a numbering gap. */
const TEXT = ['一、总体要求', '', '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。', '', '三、组织保障', '', '正文。', ''].join('\n');



async function closeAll(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function api(): { status: { text: string; tooltip: string; visible: boolean } } {
	return vscode.extensions.getExtension('policy-review.policy-text-review')!.exports as { status: { text: string; tooltip: string; visible: boolean } };
}

suite('The proofreader’s controls', () => {
	teardown(async () => {
		await closeAll();
		rmSync(CONFIG, { force: true });
	});

	test('Accept this finding: gone, still gone after re-opening and a restart; listed; un-accepted it comes back', async () => {
		const uri = write('报告/accept.ptxt', TEXT);
		await open(uri);
		const both = await waitForDiagnostics(uri, (ds) => ds.length === 2);
		assert.deepStrictEqual(codes(both), ['claim.percent-change', 'structure.numbering-gap']);
		const finding = both.find((d) => code(d) === 'claim.percent-change')!;
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
		// The quick fix first, then accepting.
		assert.deepStrictEqual(
			actions.map((a) => a.title),
			['Replace with 8.3%', 'Accept this finding (claim.percent-change)'],
		);
		const accept = actions[1]!;
		assert.ok(accept.command);
		await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));

		// Gone, and written to the project file at the root of the workspace folder.
		await waitForDiagnostics(uri, (ds) => ds.length === 1 && code(ds[0]!) === 'structure.numbering-gap');
		const written = JSON.parse(readFileSync(CONFIG, 'utf8'));
		assert.deepStrictEqual(written.accepted, [{ rule: 'claim.percent-change', file: '报告/accept.ptxt', figures: ['9.5%', '5200亿元', '400亿元'], before: '增加400亿元，增长', after: '。三、组织保障正文。' }]);
		await until('the status bar', () => Promise.resolve(api().status), (s) => s?.text === '$(checklist) 1 finding' && /1 accepted in \.policy-review\.json/.test(s.tooltip));

		// Closed and re-opened after an edit above it: still gone.
		await closeAll();
		writeFileSync(uri.fsPath, `前言。\n\n${TEXT}`);
		await open(uri);
		await waitForDiagnostics(uri, (ds) => ds.length === 1 && code(ds[0]!) === 'structure.numbering-gap');

		// After the restart command: still gone.
		await vscode.commands.executeCommand('policyReview.restartServer');
		await waitForDiagnostics(uri, (ds) => ds.length === 1 && code(ds[0]!) === 'structure.numbering-gap');

		// Show accepted findings lists it; Enter goes to it.
		await closeAll();
		const shown = vscode.commands.executeCommand('policyReview.showAcceptedFindings');
		let done = false;
		void Promise.resolve(shown).finally(() => (done = true));
		for (let i = 0; i < 100 && !done; i++) {
			await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
			await new Promise((r) => setTimeout(r, 200));
		}
		await shown;
		const editor = vscode.window.activeTextEditor;
		assert.strictEqual(editor?.document.uri.fsPath, uri.fsPath);
		assert.strictEqual(editor.document.getText(editor.selection), '9.5%');

		// Un-accepted (the list's button runs this command): it comes back.
		await vscode.commands.executeCommand('policyReview.unacceptFinding', { configUri: vscode.Uri.file(CONFIG).toString(), entry: written.accepted[0] });
		await waitForDiagnostics(uri, (ds) => ds.length === 2);
		assert.deepStrictEqual(JSON.parse(readFileSync(CONFIG, 'utf8')).accepted, []);
	});

	test('rule levels per folder: an override turns a rule off under 统计公报/ only', async () => {
		writeFileSync(CONFIG, JSON.stringify({ overrides: [{ files: ['统计公报/**'], rules: { 'structure.numbering-gap': 'off' } }] }));
		const inside = write('统计公报/2023.ptxt', TEXT);
		const outside = write('报告/2023.ptxt', TEXT);
		await open(inside);
		await waitForDiagnostics(inside, (ds) => ds.length === 1 && code(ds[0]!) === 'claim.percent-change');
		await open(outside);
		await waitForDiagnostics(outside, (ds) => ds.length === 2);
		// The file changes: its levels apply at once.
		writeFileSync(CONFIG, JSON.stringify({ rules: { 'claim.percent-change': 'off' } }));
		await waitForDiagnostics(outside, (ds) => ds.length === 1 && code(ds[0]!) === 'structure.numbering-gap');
	});

	test('a diagnostic links its rule page, shipped with the extension', async () => {
		const uri = write('page.ptxt', TEXT);
		await open(uri);
		const [d] = await waitForDiagnostics(uri, (ds) => ds.length === 2);
		assert.ok(typeof d!.code === 'object' && d!.code.target instanceof vscode.Uri, 'code with a target');
		const target = (d!.code as { value: string; target: vscode.Uri }).target;
		assert.match(target.path, new RegExp(`/docs/rules/${code(d!).replace('.', '\\.')}\\.md$`));
		assert.ok(existsSync(target.fsPath), `${target.fsPath} exists`);
		assert.match(readFileSync(target.fsPath, 'utf8'), new RegExp(`^# ${code(d!).replace('.', '\\.')}\\n`));
	});

	test('policyReview.locale switches the language of the findings and of the status bar', async () => {
		const uri = write('locale.ptxt', TEXT);
		await open(uri);
		const config = vscode.workspace.getConfiguration('policyReview');
		await waitForDiagnostics(uri, (ds) => ds.some((d) => d.message.startsWith('Numbering is not consecutive')));
		try {
			await config.update('locale', 'zh', vscode.ConfigurationTarget.Global);
			await waitForDiagnostics(uri, (ds) => ds.some((d) => d.message.startsWith('序号不连续')));
			await until('the status bar in Chinese', () => Promise.resolve(api().status), (s) => s?.text === '$(checklist) 2 处问题');
		} finally {
			await config.update('locale', undefined, vscode.ConfigurationTarget.Global);
		}
		await waitForDiagnostics(uri, (ds) => ds.some((d) => d.message.startsWith('Numbering is not consecutive')));
		await until('the status bar in English', () => Promise.resolve(api().status), (s) => s?.text === '$(checklist) 2 findings' && s.visible);
	});

	test('the status bar: findings of the active document, hidden for a document that is not a policy text', async () => {
		const clean = write('clean.ptxt', '一、总体要求\n\n正文。\n');
		await open(clean);
		await until('no findings', () => Promise.resolve(api().status), (s) => s?.text === '$(checklist) No findings' && s.visible);
		const english = write('notes.txt', 'Just an English note, not a policy text.\n');
		await open(english);
		await until('hidden', () => Promise.resolve(api().status), (s) => s?.visible === false);
	});
});
