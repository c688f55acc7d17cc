/**
 * The project file over the protocol: accepted findings hidden and counted, overrides per folder, the nearest
 * file wins, changes applied on didChangeWatchedFiles, a malformed file told once and ignored, Restricted Mode,
 * markers, the accept code action with its whole arguments, the rule page of each diagnostic, the message
 * language, the document's status and what the log says.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { joinLines } from '../helpers/text';
import { type Harness, startServer } from './lspHarness';

const root = mkdtempSync(path.join(tmpdir(), 'policy-review-project-'));
const folder = pathToFileURL(root).href;
const TEXT = joinLines('一、总体要求', '', '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。', '', '三、组织保障', '', '正文。');
const ENTRY = { rule: 'claim.percent-change', file: '报告/a.ptxt', figures: ['9.5%', '5200亿元', '400亿元'], before: '增加400亿元，增长', after: '。三、组织保障正文。' };

function writeConfig(relative: string, value: unknown): string {
	const file = path.join(root, relative, '.policy-review.json');
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
	return pathToFileURL(file).href;
}

const uriOf = (relative: string): string => pathToFileURL(path.join(root, relative)).href;
const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code)).sort();

/** `fn()` once it holds (notifications that follow a publish may still be on their way). */
async function eventually<T>(fn: () => T, ok: (v: T) => boolean, what: string): Promise<T> {
	for (let i = 0; i < 100; i++) {
		const v = fn();
		if (ok(v)) return v;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`${what}: not within 5 s`);
}

async function openAndWait(h: Harness, relative: string, text = TEXT, languageId = 'policy-text'): Promise<PublishDiagnosticsParams> {
	const uri = uriOf(relative);
	const waiting = h.nextDiagnostics(uri);
	h.open(uri, text, languageId);
	return waiting;
}

describe('.policy-review.json over the protocol', () => {
	let h: Harness;
	before(async () => {
		writeConfig('', { overrides: [{ files: ['统计公报/**'], rules: { 'structure.numbering-gap': 'off' } }], accepted: [ENTRY] });
		h = await startServer({}, 'en', {
			workspaceFolders: [{ uri: folder, name: 'ws' }],
			workspaceCapabilities: { didChangeWatchedFiles: { dynamicRegistration: true } },
			initializationOptions: { rulePagesUri: 'file:///ext/docs/rules' },
		});
	});
	after(async () => {
		await h.close();
	});

	test('the server watches the project files and logs its version and start-up time', async () => {
		await eventually(() => h.registrations.length, (n) => n > 0, 'registration');
		assert.deepEqual(h.registrations.map((r) => [r.method, r.registerOptions]), [['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/.policy-review.json' }] }]]);
		assert.ok(h.log.some((l) => /^policy-review language server \S+ started in \d+ ms \(Node v\d+/.test(l)), h.log.join('\n'));
	});

	test('an accepted finding is not published, the others are; the status counts it', async () => {
		const p = await openAndWait(h, '报告/a.ptxt');
		assert.deepEqual(codes(p), ['structure.numbering-gap']);
		// The status of the finished analysis: under load the diagnostics can arrive while the last status still says 'analysing'.
		const status = await eventually(() => h.statuses.filter((s) => s.uri === uriOf('报告/a.ptxt')).at(-1), (s) => s?.state === 'done', 'status');
		assert.deepEqual(status, { uri: uriOf('报告/a.ptxt'), state: 'done', accepted: 1, disabled: 0 });
		// The same text in another file: the entry names 报告/a.ptxt only.
		assert.deepEqual(codes(await openAndWait(h, '报告/b.ptxt')), ['claim.percent-change', 'structure.numbering-gap']);
	});

	test('each diagnostic links its rule page and carries its anchor', async () => {
		const p = await openAndWait(h, 'page.ptxt');
		const d = p.diagnostics.find((x) => x.code === 'claim.percent-change')!;
		assert.deepEqual(d.codeDescription, { href: 'file:///ext/docs/rules/claim.percent-change.md' });
		assert.deepEqual((d.data as { anchor: unknown }).anchor, { rule: ENTRY.rule, figures: ENTRY.figures, before: ENTRY.before, after: ENTRY.after });
	});

	test('the code actions: the quick fix, then Accept with the project file and the entry to add', async () => {
		const p = await openAndWait(h, '报告/c.ptxt');
		const d = p.diagnostics.find((x) => x.code === 'claim.percent-change')!;
		const actions = (await h.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf('报告/c.ptxt') }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
		assert.deepEqual(
			actions.map((a) => [a.title, a.kind, a.command?.command]),
			[
				['Replace with 8.3%', 'quickfix', undefined],
				['Accept this finding (claim.percent-change)', 'quickfix', 'policyReview.acceptFinding'],
			],
		);
		assert.deepEqual(actions[1]!.command!.arguments, [{ configUri: `${folder}/.policy-review.json`, entry: { ...ENTRY, file: '报告/c.ptxt' } }]);
	});

	test('an override turns a rule off below its folder only', async () => {
		assert.deepEqual(codes(await openAndWait(h, '统计公报/2023.ptxt')), ['claim.percent-change']);
		assert.deepEqual(codes(await openAndWait(h, '统计公报外/2023.ptxt')), ['claim.percent-change', 'structure.numbering-gap']);
	});

	test('the nearest project file wins, and Accept writes to it; paths are relative to its folder', async () => {
		const nested = writeConfig('省/市', { rules: { 'claim.percent-change': 'off' } });
		await h.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: nested, type: 1 }] });
		const p = await openAndWait(h, '省/市/县/a.ptxt');
		assert.deepEqual(codes(p), ['structure.numbering-gap']);
		const d = p.diagnostics[0]!;
		const [action] = (await h.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf('省/市/县/a.ptxt') }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
		assert.equal((action!.command!.arguments![0] as { configUri: string }).configUri, nested);
		assert.equal((action!.command!.arguments![0] as { entry: { file: string } }).entry.file, '县/a.ptxt');
	});

	test('a changed project file applies at once (didChangeWatchedFiles)', async () => {
		const uri = uriOf('报告/b.ptxt');
		const config = writeConfig('', { accepted: [ENTRY, { ...ENTRY, file: '报告/b.ptxt' }] });
		const waiting = h.nextDiagnostics(uri);
		await h.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
		assert.deepEqual(codes(await waiting), ['structure.numbering-gap']);
	});

	test('acceptedInDocument: where the accepted findings of a document are now', async () => {
		const found = (await h.connection.sendRequest('policyReview/acceptedInDocument', { uri: uriOf('报告/b.ptxt') })) as { configUri: string; entry: unknown; range: unknown; message: string }[];
		assert.deepEqual(found, [
			{
				configUri: `${folder}/.policy-review.json`,
				entry: { ...ENTRY, file: '报告/b.ptxt' },
				range: { start: { line: 2, character: 26 }, end: { line: 2, character: 30 } },
				message: '9.5% does not follow from the figures stated: 400 ÷ (5200 − 400) = 8.33%.',
			},
		]);
	});

	test('a malformed project file is told once, in the user’s language, and ignored; parts that are wrong are named', async () => {
		const broken = writeConfig('坏', '{ "accepted": [');
		await h.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: broken, type: 1 }] });
		assert.deepEqual(codes(await openAndWait(h, '坏/a.ptxt')), ['claim.percent-change', 'structure.numbering-gap']);
		assert.deepEqual(codes(await openAndWait(h, '坏/b.ptxt')), ['claim.percent-change', 'structure.numbering-gap']);
		assert.deepEqual(h.messages.filter((m) => m.includes('坏/')), ['Policy Text Review: 坏/.policy-review.json: not valid JSON; the file is ignored until it is fixed.']);
		const partly = writeConfig('半', { rules: { 'claim.typo': 'off', 'claim.percent-change': 'off' } });
		await h.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: partly, type: 1 }] });
		assert.deepEqual(codes(await openAndWait(h, '半/a.ptxt')), ['structure.numbering-gap']);
		assert.deepEqual(h.messages.filter((m) => m.includes('半/')), ['Policy Text Review: 半/.policy-review.json: unknown rule "claim.typo" ignored']);
	});

	test('Markdown markers turn rules off between them; the status counts what they hid', async () => {
		const md = joinLines('# 报告', '', '<!-- policy-review-disable claim.percent-change -->', TEXT, '<!-- policy-review-enable -->', '', '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。');
		const p = await openAndWait(h, 'markers.md', md, 'markdown');
		assert.deepEqual(
			p.diagnostics.map((d: Diagnostic) => [d.code, d.range.start.line]),
			[
				['structure.numbering-gap', 7],
				['claim.percent-change', 12],
			],
		);
		assert.equal((await eventually(() => h.statuses.filter((s) => s.uri === uriOf('markers.md')).at(-1), (s) => s?.state === 'done', 'status'))!.disabled, 1);
	});

	test('a document that is not a policy text: status not-served, said once in the log', async () => {
		const uri = uriOf('english.txt');
		await openAndWait(h, 'english.txt', 'An English note.', 'plaintext');
		assert.deepEqual(h.statuses.filter((s) => s.uri === uri), [{ uri, state: 'not-served', message: 'english.txt: 0% of its first characters are Chinese (30% needed); not analysed as a policy text.' }]);
		assert.equal(h.log.filter((l) => l.startsWith('english.txt:')).length, 1);
	});
});

describe('policyReview.locale and Restricted Mode', () => {
	test('policyReview.locale zh on an English client: findings, code actions and notices in Chinese', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'policy-review-locale-'));
		writeFileSync(path.join(dir, '.policy-review.json'), '[]');
		const settings: Record<string, unknown> = { locale: 'zh', maxFileSize: 'big' };
		const h = await startServer(settings, 'en', { workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
		try {
			const uri = pathToFileURL(path.join(dir, 'a.ptxt')).href;
			const waiting = h.nextDiagnostics(uri);
			h.open(uri, TEXT);
			const p = await waiting;
			assert.deepEqual(
				p.diagnostics.map((d) => d.message),
				['9.5%与所述数字不符：400 ÷ (5200 − 400) = 8.33%。', '序号不连续：一、之后是三、，应为第2个。'],
			);
			const actions = (await h.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0]!.range, context: { diagnostics: [p.diagnostics[0]] } })) as CodeAction[];
			assert.deepEqual(actions.map((a) => a.title), ['改为 8.3%', '接受此项（claim.percent-change）']);
			assert.ok(h.messages.includes('政策文本审校：policyReview.maxFileSize：取值 "big" 无效，改用默认值'), h.messages.join('\n'));
			assert.ok(h.messages.includes('政策文本审校：.policy-review.json：不是审校配置文件（应为 JSON 对象）；修正前忽略此文件。'), h.messages.join('\n'));
			// Back to auto: the client's language again.
			settings['locale'] = 'auto';
			const again = h.nextDiagnostics(uri);
			await h.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
			assert.match((await again).diagnostics[0]!.message as string, /^9\.5% does not follow/);
		} finally {
			await h.close();
		}
	});

	test('Restricted Mode: the project file is not read and nothing offers to write it', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'policy-review-untrusted-'));
		writeFileSync(path.join(dir, '.policy-review.json'), JSON.stringify({ rules: { 'structure.numbering-gap': 'off' } }));
		const h = await startServer({}, 'en', { workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }], initializationOptions: { trusted: false } });
		try {
			const uri = pathToFileURL(path.join(dir, 'a.ptxt')).href;
			const waiting = h.nextDiagnostics(uri);
			h.open(uri, TEXT);
			const p = await waiting;
			assert.deepEqual(codes(p), ['claim.percent-change', 'structure.numbering-gap']);
			assert.equal((p.diagnostics[0]!.data as { anchor?: unknown }).anchor, undefined);
			const actions = (await h.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0]!.range, context: { diagnostics: p.diagnostics } })) as CodeAction[];
			assert.deepEqual(actions.map((a) => a.title), ['Replace with 8.3%']);
			// Trust granted: the file is read.
			const trusted = h.nextDiagnostics(uri);
			await h.connection.sendNotification('policyReview/didGrantWorkspaceTrust');
			assert.deepEqual(codes(await trusted), ['claim.percent-change']);
		} finally {
			await h.close();
		}
	});
});
