/**
 * The second half of a proofreader's day in a real VS Code: review a folder (a closed file's problem appears in the
 * Problems panel), the figures view and its export (the CSV compared with the JSON), a click that reveals, unwrapping
 * the seed page (compared with the paragraphs labelled by hand, one undo restores it), a hover whose first line is its
 * verdict, and the problem matcher on the command-line tool's output in a task.
 */
import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AnalysisJson } from '../../server/src/features/analysisJson';
import type { FigureNode } from '../../server/src/protocol';
import { assertCsvMatchesJson } from '../helpers/csv';
import { expectedUnwrap, readUnwrapLabels } from '../helpers/unwrapLabels';
import { open, until, waitForDiagnostics, WORKSPACE, write } from './helper';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SEED = path.resolve(ROOT, '..', 'shared', 'fixtures', 'seed-newspaper-page.txt');
const code = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

const WRONG = '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。';
const REPORT = ['一、总体要求', '', WRONG, '', '二、主要任务', '', '全年国内生产总值1000亿元。其中，第一产业增加值100亿元，第二产业增加值400亿元，第三产业增加值500亿元。', '', '落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领，持续提升执行力。', ''].join('\n');



interface Api {
	figures: { groups: readonly FigureNode[]; shown: { uri: string | undefined; version: number } };
}

function api(): Api {
	return vscode.extensions.getExtension('policy-review.policy-text-review')!.exports as Api;
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
	const hovers = await until('hover', () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position), (h) => (h?.length ?? 0) > 0);
	return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

suite('Review a folder, the figures at a glance, unwrapped text', () => {
	teardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	test('Review all documents in the workspace: a closed file’s problem appears; excluded and English files do not', async () => {
		const closed = write('审校/closed.ptxt', REPORT);
		const excluded = write('node_modules/pkg/readme.txt', REPORT);
		write('审校/notes.md', 'An English note: nothing to review here.\n');
		const summary = (await vscode.commands.executeCommand('policyReview.reviewWorkspace')) as { reviewed: number; findings: number; skipped: number; cancelled: boolean; total: number };
		assert.strictEqual(summary.cancelled, false);
		assert.ok(summary.reviewed >= 2, JSON.stringify(summary));
		assert.ok(summary.skipped >= 1, 'the English note is not analysed');
		// Never opened, yet in the Problems panel, its related figures named by their role.
		assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()));
		const problems = await waitForDiagnostics(closed, (ds) => ds.length === 2);
		assert.deepStrictEqual(problems.map(code).sort(), ['claim.percent-change', 'formula.count-mismatch']);
		const pc = problems.find((d) => code(d) === 'claim.percent-change')!;
		assert.deepStrictEqual(
			pc.relatedInformation?.map((r) => r.message),
			['later value: 财政收入5200亿元', 'change: 财政收入400亿元'],
		);
		assert.deepStrictEqual(vscode.languages.getDiagnostics(excluded), []);
		rmSync(path.join(WORKSPACE, 'node_modules'), { recursive: true, force: true });
	});

	test('the figures view: formulas, figures by indicator, relations with ✓/✗; a click reveals; Export figures as CSV and JSON agree', async () => {
		const uri = write('figures.ptxt', REPORT);
		const editor = await open(uri);
		await vscode.commands.executeCommand('policyReview.figures.focus');
		const groups = await until(
			'the figures view',
			() => Promise.resolve(api().figures),
			(f) => f?.shown.uri === uri.toString() && f.groups.length === 3,
		).then((f) => f.groups);
		assert.deepStrictEqual(
			groups.map((g) => [g.label, g.description]),
			[
				['Formulas', '1 · ✗ 1'],
				['Figures by indicator', '7 · ✗ 3'],
				['Relations', '5 · ✗ 1'],
			],
		);
		const failing = groups[2]!.children!.find((r) => r.verdict === 'fail')!;
		assert.strictEqual(failing.label, '400 ÷ (5200 − 400) = 8.33% → 8.3%');
		// A click on a node runs its command: the figure is selected in the editor.
		const nine = failing.children!.find((c) => c.label.endsWith('9.5%'))!;
		await vscode.commands.executeCommand('policyReview.revealInEditor', uri.toString(), nine.range);
		assert.strictEqual(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), '9.5%');
		assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());

		const csvFile = vscode.Uri.file(path.join(WORKSPACE, 'exports', 'figures.csv'));
		const jsonFile = vscode.Uri.file(path.join(WORKSPACE, 'exports', 'figures.json'));
		assert.strictEqual((await vscode.commands.executeCommand<vscode.Uri>('policyReview.exportFigures', 'csv', csvFile))?.toString(), csvFile.toString());
		await vscode.commands.executeCommand('policyReview.exportFigures', 'json', jsonFile);
		const csvBytes = readFileSync(csvFile.fsPath);
		assert.deepStrictEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
		const json = JSON.parse(readFileSync(jsonFile.fsPath, 'utf8')) as AnalysisJson;
		assert.strictEqual(json.file, 'figures.ptxt');
		assert.deepStrictEqual(json.diagnostics.map((d) => d.rule).sort(), ['claim.percent-change', 'formula.count-mismatch']);
		assertCsvMatchesJson(csvBytes.subarray(3).toString('utf8'), [json]);
	});

	test('a hover’s first line is its verdict', async () => {
		const uri = write('hover.ptxt', REPORT);
		const editor = await open(uri);
		const at = (s: string): vscode.Position => editor.document.positionAt(editor.document.getText().indexOf(s) + 1);
		const first = async (s: string): Promise<string> => (await hoverText(uri, at(s))).split('\n')[0]!;
		assert.strictEqual(await first('9.5%'), '✗ **9.5%** — percentage: fails 1 of 1 check');
		assert.strictEqual(await first('1000亿元'), '✓ **1000亿元** — figure: passes all 4 checks');
		assert.strictEqual(await first('三定四抓'), '✗ **“三定四抓”** — numbered formula: the items do not agree with the numbers');
	});

	test('Unwrap hard-wrapped text: the seed page as a reader joins it, in one edit that one undo takes back', async function () {
		if (!existsSync(SEED)) return this.skip();
		const original = readFileSync(SEED, 'utf8');
		const uri = write('seed-copy.txt', original);
		const editor = await open(uri);
		assert.strictEqual(await vscode.commands.executeCommand('policyReview.unwrap'), true);
		assert.strictEqual(editor.document.getText(), expectedUnwrap(original, readUnwrapLabels('seed-newspaper-page.json')));
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(editor.document.getText(), original);
		// A selection: its paragraphs only.
		const start = editor.document.positionAt(original.indexOf('紧抓关键人'));
		editor.selection = new vscode.Selection(start, start.translate(1, 0));
		await vscode.commands.executeCommand('policyReview.unwrap');
		const lines = editor.document.getText().split('\n');
		assert.strictEqual(lines.length, original.split('\n').length - 13);
		assert.ok(lines.some((l) => l.startsWith('紧抓关键人。翔安区建立村居干部47条履职清单') && l.endsWith('的浓厚氛围。')));
		assert.ok(lines.includes('织密党建网。翔安区构建“大党工'), 'the paragraph before stays wrapped');
		await vscode.commands.executeCommand('undo');
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('the problem matcher $policy-review turns the command-line tool’s output in a task into problems', async () => {
		const uri = write('任务/task.ptxt', REPORT);
		const cli = path.join(vscode.extensions.getExtension('policy-review.policy-text-review')!.extensionPath, 'server', 'out', 'cli.js');
		const folder = vscode.workspace.workspaceFolders![0]!;
		// The command-line tool's real output, through a task's terminal, to the problem matcher. A ProcessExecution
		// timed out here in half of the clean-clone runs: the tool exits in a quarter of a second and the pty host
		// lost its terminal ("Could not find pty 1 on pty host") before the matcher read a line. A CustomExecution
		// runs the tool in the extension host and writes its output to a pseudoterminal, which closes only after
		// the matcher has had the lines (VS Code fires a terminal's exit before its last line data: microsoft/vscode#92868).
		const execution = new vscode.CustomExecution(() => {
			const written = new vscode.EventEmitter<string>();
			const closed = new vscode.EventEmitter<number>();
			return Promise.resolve({
				onDidWrite: written.event,
				onDidClose: closed.event,
				open: () => {
					const child = spawn(process.execPath, [cli, path.join('任务', 'task.ptxt')], { cwd: WORKSPACE, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
					let output = '';
					child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
					child.on('close', (status) => {
						written.fire(output.replace(/\r?\n/g, '\r\n'));
						setTimeout(() => closed.fire(status ?? 0), 1_000);
					});
				},
				close: () => undefined,
			});
		});
		const task = new vscode.Task({ type: 'policy-review-test' }, folder, 'policy-review', 'test', execution, '$policy-review');
		await vscode.tasks.executeTask(task);
		const problems = await waitForDiagnostics(uri, (ds) => ds.length === 2, 60_000);
		assert.deepStrictEqual(
			problems.map((d) => [code(d), d.range.start.line, d.range.start.character, d.severity]).sort(),
			[
				['claim.percent-change', 2, 26, vscode.DiagnosticSeverity.Warning],
				['formula.count-mismatch', 8, 3, vscode.DiagnosticSeverity.Warning],
			],
		);
	});
});
