/**
 * The proofreader's second half of the day over the protocol: a workspace review (which files, closed files read from
 * disk and their problems published, open ones left to the editor, problems kept when a reviewed file's editor closes
 * and cleared when a later review no longer covers it, other requests answered while a long file is reviewed), the
 * figures view and its export (the CSV the same figures as the JSON), unwrapping and clean text.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { FigureNode, FiguresResult, ExportFiguresResult, ReviewFileResult, SelectFilesResult, UnwrapResult, CleanTextResult } from '../../server/src/protocol';
import type { AnalysisJson } from '../../server/src/features/analysisJson';
import { assertCsvMatchesJson } from '../helpers/csv';
import { joinLines } from '../helpers/text';
import { type Harness, startServer } from './lspHarness';

const root = mkdtempSync(path.join(tmpdir(), 'policy-review-workspace-'));
const folder = pathToFileURL(root).href;
const uriOf = (relative: string): string => pathToFileURL(path.join(root, relative)).href;

function write(relative: string, content: string | Uint8Array): string {
	const file = path.join(root, relative);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, content);
	return uriOf(relative);
}

/** A percent change that does not hold. */
const WRONG = '全年财政收入5200亿元，比上年增加400亿元，增长9.5%。';
const REPORT = joinLines('一、总体要求', '', WRONG, '', '二、主要任务', '', '全年国内生产总值1000亿元。其中，第一产业增加值100亿元，第二产业增加值400亿元，第三产业增加值500亿元。', '', '落实“三定四抓”工作法，定责任、定目标、定标准，抓素能提升、对标创建、典型引领，持续提升执行力。');

describe('the workspace review over the protocol', () => {
	let h: Harness;
	before(async () => {
		h = await startServer({ files: { include: ['**/*.{txt,md,ptxt}'], exclude: ['**/node_modules/**', '草稿'] } }, 'en', { workspaceFolders: [{ uri: folder, name: 'ws' }] });
	});
	after(async () => {
		await h.close();
	});

	test('selectFiles: the include and exclude globs of the folder’s settings and the languages served, in the order given', async () => {
		const files = [
			{ uri: uriOf('a.txt'), languageId: 'plaintext' },
			{ uri: uriOf('sub/b.ptxt'), languageId: 'policy-text' },
			{ uri: uriOf('node_modules/x/c.txt'), languageId: 'plaintext' },
			{ uri: uriOf('草稿/d.txt'), languageId: 'plaintext' },
			{ uri: uriOf('e.json'), languageId: 'json' },
			{ uri: uriOf('f.rst'), languageId: 'plaintext' },
			{ uri: 'file:///elsewhere/g.txt', languageId: 'plaintext' },
		];
		const r = (await h.connection.sendRequest('policyReview/selectFiles', { files })) as SelectFilesResult;
		assert.deepEqual(
			r.files.map((f) => f.uri),
			[uriOf('a.txt'), uriOf('sub/b.ptxt')],
		);
	});

	test('a closed file is read from disk and its problems published; GB18030 is decoded; binary, English and missing files are said why', async () => {
		const uri = write('报告/closed.ptxt', REPORT);
		const published = h.nextDiagnostics(uri);
		const r = (await h.connection.sendRequest('policyReview/reviewFile', { uri, languageId: 'policy-text' })) as ReviewFileResult;
		const p = await published;
		assert.deepEqual(r, { state: 'done', findings: p.diagnostics.length });
		assert.deepEqual(p.diagnostics.map((d) => String(d.code)).sort(), ['claim.percent-change', 'formula.count-mismatch']);
		// Related figures named by role and figure.
		const pc = p.diagnostics.find((d) => d.code === 'claim.percent-change')!;
		assert.deepEqual(
			pc.relatedInformation?.map((x) => x.message),
			['later value: 财政收入5200亿元', 'change: 财政收入400亿元'],
		);

		const gbk = write('gbk.txt', new Uint8Array(gb18030(WRONG)));
		const gbkPublished = h.nextDiagnostics(gbk);
		assert.equal(((await h.connection.sendRequest('policyReview/reviewFile', { uri: gbk, languageId: 'plaintext' })) as ReviewFileResult).state, 'done');
		assert.deepEqual((await gbkPublished).diagnostics.map((d) => d.code), ['claim.percent-change']);

		const binary = write('blob.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
		assert.equal(((await h.connection.sendRequest('policyReview/reviewFile', { uri: binary, languageId: 'plaintext' })) as ReviewFileResult).state, 'unreadable');
		const english = write('readme.md', 'An English readme, nothing to review here.\n');
		const en = (await h.connection.sendRequest('policyReview/reviewFile', { uri: english, languageId: 'markdown' })) as ReviewFileResult;
		assert.equal(en.state, 'not-served');
		assert.match(en.message!, /readme\.md/);
		const missing = (await h.connection.sendRequest('policyReview/reviewFile', { uri: uriOf('gone.txt'), languageId: 'plaintext' })) as ReviewFileResult;
		assert.equal(missing.state, 'unreadable');
		assert.match(missing.message!, /gone\.txt: no such file/);
	});

	test('an open document is the editor’s: counted, not published again; closed, it keeps its problems (read again from disk)', async () => {
		const uri = write('open.ptxt', REPORT);
		const reviewedFirst = h.nextDiagnostics(uri);
		await h.connection.sendRequest('policyReview/reviewFile', { uri, languageId: 'policy-text' });
		await reviewedFirst;
		const opened = h.nextDiagnostics(uri);
		h.open(uri, `${REPORT}\n\n${WRONG}`);
		assert.equal((await opened).diagnostics.length, 3);
		const r = (await h.connection.sendRequest('policyReview/reviewFile', { uri, languageId: 'policy-text' })) as ReviewFileResult;
		assert.deepEqual(r, { state: 'open', findings: 3 });
		// Closed: the text on disk (two findings) again, not nothing.
		const closed = h.nextDiagnostics(uri);
		await h.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		assert.equal((await closed).diagnostics.length, 2);
	});

	test('reviewFinished clears the problems of files an earlier review published and this one did not review', async () => {
		const kept = write('kept.ptxt', WRONG);
		const dropped = write('dropped.ptxt', WRONG);
		for (const uri of [kept, dropped]) {
			const p = h.nextDiagnostics(uri);
			await h.connection.sendRequest('policyReview/reviewFile', { uri, languageId: 'policy-text' });
			await p;
		}
		const cleared = h.nextDiagnostics(dropped, (p) => p.diagnostics.length === 0);
		await h.connection.sendNotification('policyReview/reviewFinished', { uris: [kept, uriOf('报告/closed.ptxt'), uriOf('gbk.txt'), uriOf('open.ptxt')] });
		await cleared;
	});

	test('while a long file is reviewed, a hover on an open document is answered first', async () => {
		const b = uriOf('short.ptxt');
		const openedB = h.nextDiagnostics(b);
		h.open(b, '年人均增加2.8万元。');
		await openedB;
		const text = Array.from({ length: 30_000 }, (_, i) => `（${(i % 9) + 1}）全年财政收入${5200 + i}亿元，比上年增加400亿元，增长8.3%。`).join('\n');
		assert.ok(text.length > 1_000_000);
		const long = write('long.ptxt', text);
		const events: string[] = [];
		const review = h.connection.sendRequest('policyReview/reviewFile', { uri: long, languageId: 'policy-text' }).then(() => events.push('review done'));
		// Behind the review's first step.
		await new Promise((r) => setTimeout(r, 30));
		const hover = h.connection.sendRequest('textDocument/hover', { textDocument: { uri: b }, position: { line: 0, character: 6 } }).then((x) => events.push(JSON.stringify(x).includes('2.8万元') ? 'hover' : 'empty hover'));
		await Promise.all([review, hover]);
		assert.deepEqual(events, ['hover', 'review done']);
	});
});

/** GB18030 bytes of CJK text and ASCII (the decoder of the command-line tool reads them). */
function gb18030(text: string): number[] {
	// Encoded through the table the runtime has: decode every two-byte sequence once and invert the map.
	const decoder = new TextDecoder('gb18030');
	const map = new Map<string, number[]>();
	const wanted = new Set(text);
	for (let hi = 0x81; hi <= 0xfe && map.size < wanted.size; hi++) {
		for (let lo = 0x40; lo <= 0xfe; lo++) {
			if (lo === 0x7f) continue;
			const c = decoder.decode(new Uint8Array([hi, lo]));
			if (wanted.has(c) && !map.has(c)) map.set(c, [hi, lo]);
		}
	}
	return [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (map.get(c) ?? [])));
}

describe('the figures view, its export, unwrapping over the protocol', () => {
	let h: Harness;
	const uri = uriOf('figures.ptxt');
	before(async () => {
		h = await startServer({}, 'zh-cn', { workspaceFolders: [{ uri: folder, name: 'ws' }] });
		const opened = h.nextDiagnostics(uri);
		h.open(uri, REPORT);
		await opened;
	});
	after(async () => {
		await h.close();
	});

	test('figures: formulas with their parts and verdict, figures by indicator, every relation with ✓/✗ and its figures by role', async () => {
		const r = (await h.connection.sendRequest('policyReview/figures', { uri })) as FiguresResult;
		assert.deepEqual(
			r.groups.map((g) => [g.label, g.description]),
			[
				['数字化提法', '1 · ✗ 1'],
				['数字（按指标）', '7 · ✗ 3'],
				['核对关系', '5 · ✗ 1'],
			],
		);
		const [formulas, figures, relations] = r.groups as [FigureNode, FigureNode, FigureNode];
		const formula = formulas.children![0]!;
		assert.deepEqual([formula.label, formula.verdict, formula.description], ['“三定四抓”', 'fail', '3+4 · 展开与数字不符']);
		assert.deepEqual(
			formula.children!.map((p) => p.label),
			['3 定：定责任、定目标、定标准', '4 抓：抓素能提升、对标创建、典型引领'],
		);
		assert.deepEqual(formula.range, { start: { line: 8, character: 3 }, end: { line: 8, character: 7 } });
		assert.deepEqual(
			figures.children!.map((g) => g.label),
			['财政收入', '国内生产总值', '第一产业增加值', '第二产业增加值', '第三产业增加值'],
		);
		const failing = relations.children!.filter((x) => x.verdict === 'fail');
		assert.equal(failing.length, 1);
		assert.equal(failing[0]!.label, '400 ÷ (5200 − 400) = 8.33% → 8.3%');
		assert.deepEqual(
			failing[0]!.children!.map((c) => c.label),
			['现值：财政收入5200亿元', '增减量：财政收入400亿元', '增减幅度：财政收入9.5%'],
		);
	});

	test('export: the CSV (with BOM) has the figures of the JSON, and the JSON is what --format json gives', async () => {
		const csv = (await h.connection.sendRequest('policyReview/exportFigures', { uri, format: 'csv', file: 'figures.ptxt' })) as ExportFiguresResult;
		const json = (await h.connection.sendRequest('policyReview/exportFigures', { uri, format: 'json', file: 'figures.ptxt' })) as ExportFiguresResult;
		assert.ok(csv.content.startsWith('\ufeff文件,行,列,数字,'));
		const parsed = JSON.parse(json.content) as AnalysisJson;
		assert.equal(parsed.file, 'figures.ptxt');
		assert.deepEqual(Object.keys(parsed), ['file', 'hardWrapped', 'sections', 'formulas', 'claims', 'tables', 'diagnostics', 'suppressed']);
		assert.equal(csv.figures, parsed.claims.length);
		assertCsvMatchesJson(csv.content.slice(1), [parsed]);
	});

	test('unwrap: one edit of whole paragraphs; nothing to do in text without hard wraps; clean text of a selection', async () => {
		const column = joinLines('近年来，翔安区坚持以习近平新时代', '中国特色社会主义思想为指导，主动融入', '', '“跨岛发展”重大战略，抢抓“岛外大发展”', '重大机遇，争先进位。', '', '织密党建网。翔安区构建“大党工', '委”格局，城市社区主干年人均增加2.8', '万元，增幅45.2%；注册志愿者1', '万余人。', '');
		const all = (await h.connection.sendRequest('policyReview/unwrap', { text: column })) as UnwrapResult;
		assert.deepEqual(all.edit!.range, { start: { line: 0, character: 0 }, end: { line: 9, character: 4 } });
		assert.equal(all.edit!.newText.split('\n').length, 3);
		assert.deepEqual([all.paragraphs, all.joined], [2, 7]);
		const one = (await h.connection.sendRequest('policyReview/unwrap', { text: column, range: { start: { line: 7, character: 2 }, end: { line: 7, character: 4 } } })) as UnwrapResult;
		assert.deepEqual(one.edit!.range, { start: { line: 6, character: 0 }, end: { line: 9, character: 4 } });
		const none = (await h.connection.sendRequest('policyReview/unwrap', { text: REPORT })) as UnwrapResult;
		assert.equal(none.edit, undefined);
		const clean = (await h.connection.sendRequest('policyReview/cleanText', { text: column, range: { start: { line: 7, character: 9 }, end: { line: 9, character: 3 } } })) as CleanTextResult;
		assert.equal(clean.text, '主干年人均增加2.8万元，增幅45.2%；注册志愿者1万余人');
	});
});
