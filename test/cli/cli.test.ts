import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allRules } from '../../server/src/analysis/index';
import { CLI, runCli, tempFiles } from '../helpers/cli';
import { SKIP_SHARED, sharedPath } from '../helpers/paths';
import { joinLines } from '../helpers/text';

const { dir, file } = tempFiles('policy-review-cli-');
const run = runCli;

/** The CLI run asynchronously (a socket needs this process's event loop to exist while the CLI runs). */
function runAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env['PATH'] ?? '', LANG: 'C' } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

const POSIX = process.platform !== 'win32';

const GAP = joinLines('一、总体要求', '', '（一）指导思想。坚持党的领导。', '', '三、组织保障', '', '正文。');
const CLEAN = joinLines('一、总体要求', '', '（一）指导思想。坚持党的领导。', '', '二、组织保障', '', '正文。');

describe('policy-review command line', () => {
	test('text: the outline, then file:line:col: severity message [rule]; exit 1 on a warning', () => {
		const p = file('gap.txt', GAP);
		const r = run([p]);
		assert.equal(r.code, 1);
		assert.equal(
			r.stdout,
			[`${p} (outline: 3 headings)`, '     1  一、总体要求', '     3    （一）指导思想', '     5  三、组织保障', `${p}:5:1: warning Numbering is not consecutive: 三、 follows 一、; expected number 2. [structure.numbering-gap]`, ''].join('\n'),
		);
	});

	test('exit 0 when nothing is found; messages follow --locale and LANG', () => {
		assert.equal(run([file('clean.txt', CLEAN)]).code, 0);
		const p = file('gap-zh.txt', GAP);
		assert.match(run([p, '--locale', 'zh']).stdout, /序号不连续/);
		assert.match(run([p], { LANG: 'zh_CN.UTF-8' }).stdout, /序号不连续/);
		assert.match(run([p], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }).stdout, /Numbering is not consecutive/);
	});

	test('columns are UTF-16 code units, 1-based', () => {
		const p = file('astral.txt', joinLines('𠀀前言。', '', '一、总体要求', '', '正文。', '', '三、组织保障'));
		assert.match(run([p]).stdout, /astral\.txt:7:1: warning/);
	});

	test('--format json: sections tree, formulas, claims, diagnostics with LSP ranges', () => {
		const r = run([file('gap.json.txt', GAP + '\n\n人均增加2.8万元，增幅45.2%。'), '--format', 'json']);
		assert.equal(r.code, 1);
		const json = JSON.parse(r.stdout) as {
			sections: { title: string; range: unknown; selectionRange: unknown; children: { title: string }[] }[];
			formulas: unknown[];
			claims: { text: string; value: number; unit: string; range: unknown }[];
			diagnostics: { rule: string; range: unknown }[];
		};
		assert.deepEqual(json.sections.map((s) => [s.title, s.children.map((c) => c.title)]), [['一、总体要求', ['（一）指导思想']], ['三、组织保障', []]]);
		assert.deepEqual(json.sections[0]!.selectionRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
		assert.deepEqual(json.formulas, []);
		assert.deepEqual(json.claims.map((c) => [c.text, c.value, c.unit]), [['2.8万元', 28000, '元'], ['45.2%', 45.2, '%']]);
		assert.deepEqual((json.claims[0] as unknown as { subject: string; kind: string }).subject, '人均');
		assert.deepEqual(json.claims[0]!.range, { start: { line: 8, character: 4 }, end: { line: 8, character: 9 } });
		assert.deepEqual(json.diagnostics.map((d) => [d.rule, d.range]), [['structure.numbering-gap', { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } }]]);
	});

	test('--format json: tables with caption, headers, columns, rows and cells (range, value, unit, claim); a table finding', () => {
		const table = joinLines('**表5 2023年各种运输方式完成货物运输量**', '', '| 指标 | 单位 | 绝对数 |', '| --- | --- | --- |', '| 货物运输总量 | 亿吨 | 566.8 |', '| 铁路 | 亿吨 | 50.1 |', '| 公路 | 亿吨 | 403.4 |', '| 水路 | 亿吨 | 93.7 |', '| 民航 | 万吨 | 735.4 |', '| 管道 | 亿吨 | 9.5 |');
		const r = run([file('table.txt', table), '--format', 'json']);
		assert.equal(r.code, 1);
		const json = JSON.parse(r.stdout) as {
			tables: { caption: string; shape: string; headers: string[][]; columns: { header: string; kind: string; unit: string }[]; rows: { label: string; range: unknown; cells: { text: string; header: string; range: unknown; value?: number; unit?: string; claim?: number }[] }[] }[];
			claims: { text: string }[];
			diagnostics: { rule: string; range: unknown }[];
		};
		const [t] = json.tables;
		assert.equal(t!.caption, '2023年各种运输方式完成货物运输量');
		assert.equal(t!.shape, 'pipe');
		assert.deepEqual(t!.headers, [['指标', '单位', '绝对数']]);
		assert.deepEqual(t!.columns.map((c) => `${c.header} ${c.kind} ${c.unit}`), ['指标 label ', '单位 unit ', '绝对数 value ']);
		const air = t!.rows[4]!;
		assert.equal(air.label, '民航');
		assert.deepEqual(air.cells.map((c) => [c.text, c.header, c.value, c.unit]), [['735.4', '绝对数', 7354000, '万吨']]);
		assert.deepEqual(air.cells[0]!.range, { start: { line: 8, character: 12 }, end: { line: 8, character: 17 } });
		assert.equal(json.claims[air.cells[0]!.claim!]!.text, '735.4');
		assert.deepEqual(json.diagnostics.map((d) => [d.rule, d.range]), [['table.sum', { start: { line: 4, character: 16 }, end: { line: 4, character: 21 } }]]);
	});

	test('--format json lists every formula with its parts and verdict; --glossary adds local formulas', () => {
		const text = '推行“1152”工作机制（坚持“一个核心”、明确“一个关系”、完善“四项机制”、建立“两套清单”）。';
		const r = run([file('formula.txt', text), '--format', 'json']);
		assert.equal(r.code, 1);
		const json = JSON.parse(r.stdout) as { formulas: { text: string; verdict: string; parts: { count: number; label?: string }[]; children: number[] }[]; diagnostics: { rule: string }[] };
		const code = json.formulas.find((f) => f.text === '1152')!;
		assert.equal(code.verdict, 'mismatch');
		assert.deepEqual(code.parts, [{ count: 1, label: '一个核心' }, { count: 1, label: '一个关系' }, { count: 4, label: '四项机制' }, { count: 2, label: '两套清单' }]);
		assert.equal(code.children.length, 4);
		assert.deepEqual(json.diagnostics.map((d) => d.rule), ['formula.count-mismatch']);
		const glossary = file('glossary.json', JSON.stringify({ entries: [{ name: '三个自信', items: ['甲自信', '乙自信', '丙自信'], explanation: '本地提法', source: '县委文件' }] }));
		const local = run([file('local.txt', '坚定“三个自信”（甲自信、乙自信、丁自信）。'), '--glossary', glossary, '--format', 'json']);
		assert.deepEqual((JSON.parse(local.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule), ['formula.canonical']);
	});

	test('a glossary of 135,000 entries (4.5 MB) is used: no stack overflow', () => {
		const entries = Array.from({ length: 135_000 }, (_, i) => ({ name: `n${i}`, items: ['a'] }));
		entries.push({ name: '三个自信', items: ['甲自信', '乙自信', '丙自信'] });
		const big = file('g/big.json', JSON.stringify({ entries }));
		const r = run([file('local3.txt', '坚定“三个自信”（甲自信、乙自信、丁自信）。'), '--glossary', big, '--format', 'json']);
		assert.equal(r.stderr, '');
		assert.deepEqual((JSON.parse(r.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule), ['formula.canonical']);
	});

	test('a bad glossary is skipped with one line; the files are still reviewed with the good ones; exit 2', () => {
		const good = file('g/good.json', `\uFEFF${JSON.stringify({ entries: [{ name: '三个自信', items: ['甲自信', '乙自信', '丙自信'], explanation: '', source: '' }] })}`); // with a BOM
		const broken = file('g/broken.json', '{ not json, SECRET');
		const r = run([file('local2.txt', '坚定“三个自信”（甲自信、乙自信、丁自信）。'), '--glossary', broken, '--glossary', good, '--glossary', path.join(dir, 'g', 'none.json'), '--format', 'json']);
		assert.equal(r.code, 2);
		assert.deepEqual(r.stderr.trim().split('\n'), [
			`policy-review: glossary skipped — ${broken}: not valid JSON`,
			`policy-review: glossary skipped — ${path.join(dir, 'g', 'none.json')}: no such file`,
		]);
		assert.deepEqual((JSON.parse(r.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule), ['formula.canonical']);
		const zh = run([file('x.txt', CLEAN), '--glossary', broken, '--locale', 'zh']);
		assert.equal(zh.stderr, `policy-review: 已跳过词表——${broken}：不是有效的 JSON\n`);
		assert.match(zh.stdout, /x\.txt（大纲 3 项）/);
	});

	test('--indicators adds local indicators: their partitions are checked; a file of another shape is skipped with one line, exit 2', () => {
		const indicators = file(
			'i/local.json',
			JSON.stringify({
				indicators: [
					{ name: '特色农业产值', unit: '亿元', parts: [['茶叶产值', '水果产值']], source: '县统计公报' },
					{ name: '茶叶产值', unit: '亿元', within: '特色农业产值', source: '县统计公报' },
					{ name: '水果产值', unit: '亿元', within: '特色农业产值', source: '县统计公报' },
				],
			}),
		);
		const doc = file('local-indicators.txt', '全县特色农业产值120亿元，其中茶叶产值50亿元、水果产值80亿元。');
		const rules = (r: { stdout: string }): string[] => (JSON.parse(r.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
		assert.deepEqual(rules(run([doc, '--format', 'json'])), [], 'without the file, 其中 parts need not add up');
		const local = run([doc, '--indicators', indicators, '--format', 'json']);
		assert.equal(local.code, 1);
		assert.deepEqual(rules(local), ['claim.part-sum']);
		const wrong = file('i/wrong.json', JSON.stringify({ entries: [] }));
		const r = run([doc, '--indicators', wrong, '--indicators', indicators, '--format', 'json']);
		assert.equal(r.code, 2);
		assert.equal(r.stderr, `policy-review: indicator file skipped — ${wrong}: not an indicator file (expected an object with an "indicators" array)\n`);
		assert.deepEqual(rules(r), ['claim.part-sum']);
	});

	test('--format sarif: SARIF 2.1.0 with rule ids and 1-based regions', () => {
		const p = file('gap.sarif.txt', GAP);
		const sarif = JSON.parse(run([p, '--format=sarif']).stdout) as {
			version: string;
			runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; helpUri?: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
		};
		assert.equal(sarif.version, '2.1.0');
		const run0 = sarif.runs[0]!;
		assert.equal(run0.tool.driver.name, 'policy-review');
		const gapRule = run0.tool.driver.rules.find((r) => r.id === 'structure.numbering-gap');
		// The rule descriptions and pages come from the rule's own metadata.
		assert.equal(gapRule?.shortDescription.text, allRules.find((r) => r.id === 'structure.numbering-gap')?.description.en);
		assert.ok(gapRule?.helpUri?.endsWith('/docs/rules/structure.numbering-gap.md'));
		assert.deepEqual(
			run0.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine, r.locations[0]!.physicalLocation.region.startColumn]),
			[['structure.numbering-gap', 'warning', pathToFileURL(p).href, 5, 1]],
		);
	});

	test('--format sarif: artifact URIs are file URIs (space, #, ?, CJK encoded); files not read are tool execution notifications', () => {
		const odd = file('sarif dir/文件 名#1?.txt', GAP);
		const missing = path.join(dir, 'sarif dir', 'gone.txt');
		const r = run([odd, missing, '--format', 'sarif']);
		assert.equal(r.code, 2);
		const run0 = (JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; descriptor: { id: string }; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[] }).runs[0]!;
		const uri = run0.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
		assert.equal(uri, `${pathToFileURL(dir).href}/sarif%20dir/%E6%96%87%E4%BB%B6%20%E5%90%8D%231%3F.txt`);
		assert.equal(fileURLToPath(uri), odd);
		assert.deepEqual(
			run0.invocations.map((i) => [i.executionSuccessful, i.toolExecutionNotifications.map((n) => [n.level, n.descriptor.id, n.message.text, n.locations[0]!.physicalLocation.artifactLocation.uri])]),
			[[false, [['error', 'not-found', `${missing}: no such file`, pathToFileURL(missing).href]]]],
		);
	});

	test('encodings: UTF-8 with BOM, UTF-16 LE and BE with and without BOM, GB18030/GBK', () => {
		const expected = '第三条　农民工有按时足额获得工资的权利';
		const text = joinLines('第一章　总则', '第一条　为了保障工资支付，制定本条例。', '', '第三条　农民工有按时足额获得工资的权利。', '');
		const utf16be = Buffer.from(text, 'utf16le');
		utf16be.swap16();
		const inputs: [string, Uint8Array][] = [
			['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
			['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
			['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
			['le-nobom.txt', Buffer.from(text, 'utf16le')],
			['be-nobom.txt', utf16be],
			// The same text in GBK, as a Windows editor saves it (bytes made with Python's gbk codec).
			['gbk.txt', Buffer.from('b5dad2bbd5c2a1a1d7dcd4f20ab5dad2bbccf5a1a1ceaac1cbb1a3d5cfb9a4d7cad6a7b8b6a3acd6c6b6a8b1beccf5c0fda1a30a0ab5dac8fdccf5a1a1c5a9c3f1b9a4d3d0b0b4cab1d7e3b6eebbf1b5c3b9a4d7cab5c4c8a8c0fba1a30a', 'hex')],
		];
		for (const [name, bytes] of inputs) {
			const r = run([file(name, bytes), '--format', 'json']);
			assert.equal(r.code, 1, `${name}: ${r.stderr}`); // 第一条 → 第三条 skips a number
			assert.equal(r.stderr, '');
			const json = JSON.parse(r.stdout) as { encoding: string; sections: { title: string; children: { title: string }[] }[] };
			assert.equal(json.sections[0]?.children[1]?.title, expected, name);
			assert.equal(json.encoding, { 'bom.txt': 'utf-8', 'le.txt': 'utf-16le', 'be.txt': 'utf-16be', 'le-nobom.txt': 'utf-16le', 'be-nobom.txt': 'utf-16be', 'gbk.txt': 'gb18030' }[name]);
		}
	});

	test('bad input exits 2 with a one-line message naming the file; good files are still reported', () => {
		const missing = path.join(dir, 'missing.txt');
		const binary = file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
		const big = file('big.txt', '政'.repeat(2000));
		const good = file('good.txt', CLEAN);
		for (const [args, needle] of [
			[[missing], 'missing.txt: no such file'],
			[[binary], 'binary.bin: binary file'],
			[[big, '--max-size', '1000'], 'big.txt: 6000 bytes, more than the limit of 1000 bytes; not read'],
			[['/dev/zero'], '/dev/zero: is a device, not a regular file; not read'],
		] as const) {
			const r = run([...args]);
			assert.equal(r.code, 2, needle);
			assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
			assert.ok(r.stderr.includes(needle), r.stderr);
		}
		const mixed = run([missing, good]);
		assert.equal(mixed.code, 2);
		assert.match(mixed.stdout, /good\.txt \(outline: 3 headings\)/);
	});

	test('special files beside a good one: a FIFO and a socket get one line each, the good file is reviewed; exit 2', { skip: !POSIX }, async () => {
		const fifo = path.join(dir, 'special', 'pipe.txt');
		mkdirSync(path.dirname(fifo), { recursive: true });
		spawnSync('mkfifo', [fifo]); // no writer: a blocking open or read would never return
		const socket = path.join(dir, 'special', 'socket.txt');
		const server = createServer();
		await new Promise<void>((resolve) => server.listen(socket, resolve));
		try {
			const good = file('special/good.txt', GAP);
			const r = await runAsync([fifo, socket, good, '--format', 'json']);
			assert.equal(r.code, 2);
			assert.deepEqual(r.stderr.trim().split('\n'), [
				`policy-review: ${fifo}: is a named pipe (FIFO), not a regular file; not read`,
				`policy-review: ${socket}: is a socket, not a regular file; not read`,
			]);
			const json = JSON.parse(r.stdout) as { file: string; error?: { reason: string; what?: string; message: string }; diagnostics?: unknown[] }[];
			assert.deepEqual(
				json.map((j) => [j.file, j.error?.reason ?? 'ok', j.error?.what ?? j.diagnostics?.length]),
				[[fifo, 'special-file', 'fifo'], [socket, 'special-file', 'socket'], [good, 'ok', 1]],
			);
			const single = run(['/dev/zero', '--format', 'json']);
			assert.deepEqual(JSON.parse(single.stdout), { file: '/dev/zero', error: { reason: 'special-file', what: 'device', message: '/dev/zero: is a device, not a regular file; not read' } });
		} finally {
			server.close();
		}
	});

	test('one invalid byte: the text is decoded with U+FFFD, reported once, and reviewed', () => {
		const text = `${GAP}\n\n${'全年财政收入5200亿元，比上年增加400亿元，增长8.3%。'.repeat(4)}`;
		const bytes = Buffer.from(text);
		const at = Buffer.from(GAP).length;
		const p = file('one-bad-byte.txt', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
		const r = run([p, '--format', 'json']);
		assert.equal(r.code, 1, r.stderr);
		assert.equal(r.stderr, `policy-review: ${p}: invalid UTF-8 byte sequences replaced by U+FFFD: 1\n`);
		const json = JSON.parse(r.stdout) as { encoding: string; replaced: number; diagnostics: { rule: string }[] };
		assert.deepEqual([json.encoding, json.replaced, json.diagnostics.map((d) => d.rule)], ['utf-8', 1, ['structure.numbering-gap']]);
	});

	test('a directory is reviewed recursively (.txt .md .ptxt; hidden folders and node_modules skipped), with a summary line', () => {
		const root = path.join(dir, 'tree');
		file('tree/a.txt', GAP);
		file('tree/b/c.md', CLEAN);
		file('tree/b/d.ptxt', GAP);
		file('tree/b/notes.json', GAP);
		file('tree/.git/e.txt', GAP);
		file('tree/node_modules/f.txt', GAP);
		file('tree/g.txt', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x89]));
		const r = run([root]);
		assert.equal(r.code, 2); // g.txt is binary
		assert.deepEqual(r.stdout.split('\n').filter((l) => l.includes('outline')), [
			`${path.join(root, 'a.txt')} (outline: 3 headings)`,
			`${path.join(root, 'b', 'c.md')} (outline: 3 headings)`,
			`${path.join(root, 'b', 'd.ptxt')} (outline: 3 headings)`,
		]);
		assert.equal(r.stderr, `policy-review: ${path.join(root, 'g.txt')}: binary file, not text\n`);
		assert.equal(r.stdout.trim().split('\n').at(-1), 'Files reviewed: 3, not read: 1. Findings: 2 — structure.numbering-gap 2');
		const zh = run([path.join(root, 'b'), '--locale', 'zh']);
		assert.equal(zh.code, 1);
		assert.equal(zh.stdout.trim().split('\n').at(-1), '审校文件 2 个，未能读取 0 个。发现问题 1 处——structure.numbering-gap 1');
		const json = JSON.parse(run([path.join(root, 'b'), '--format', 'json']).stdout) as { file: string }[];
		assert.deepEqual(json.map((j) => path.basename(j.file)), ['c.md', 'd.ptxt'], 'a directory gives an array');
	});

	test('usage errors exit 2; --help and --version exit 0', () => {
		assert.equal(run([]).code, 2);
		assert.equal(run(['--format', 'xml', 'a.txt']).code, 2);
		assert.equal(run(['--bogus']).code, 2);
		assert.match(run(['--help']).stdout, /Usage: policy-review/);
		assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
	});

	test('the seed newspaper page prints its 55-heading outline with the nesting', { skip: SKIP_SHARED }, () => {
		const r = run([sharedPath('fixtures', 'seed-newspaper-page.txt')]);
		assert.equal(r.code, 1, r.stderr); // the three scrambled titles
		assert.deepEqual(
			r.stdout.split('\n').filter((l) => l.includes('[structure.title-body]')).map((l) => l.replace(/^.*?:(\d+):\d+: warning .*$/, '$1')),
			['1', '190', '397'],
		);
		const lines = r.stdout.trim().split('\n');
		assert.match(lines[0]!, /\(outline: 55 headings\)$/);
		assert.equal(lines[1], '     1  云南省曲靖市麒麟区：智慧党建按下城市基层治理“快进键”');
		assert.equal(lines[2], '    24    筑牢基层党建堡垒，构建治理新格局');
		assert.equal(lines[3], '    33      织密党建网');
		assert.ok(lines.includes('   190  云南省红河哈尼族彝族自治州元阳县：红色聚能，全面打通“两山”转化新通道  — 云南省红河哈尼族彝族自治州元阳县委书记 李维'));
	});
});
