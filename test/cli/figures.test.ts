import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { figuresCsv } from '../../server/src/features/figuresCsv';
import type { AnalysisJson } from '../../server/src/features/analysisJson';
import { runCli, tempFiles } from '../helpers/cli';
import { assertCsvMatchesJson, parseCsv } from '../helpers/csv';
import { SKIP_SHARED, sharedPath } from '../helpers/paths';

const { file } = tempFiles('policy-review-figures-');

const REPORT = '全年财政收入83080亿元，比上年增加14562亿元，增长23.3%。全年国内生产总值1260582亿元，比上年增长5.2%。';

describe('--format csv: the figures, one row per figure', () => {
	test('UTF-8 with a BOM, CRLF rows, a header in the locale; the same figures as --format json', () => {
		const p = file('report.txt', REPORT);
		const csv = runCli([p, '--format', 'csv', '--locale', 'zh']);
		assert.equal(csv.code, 1); // 23.3% does not hold
		assert.ok(csv.stdout.startsWith('\ufeff文件,行,列,数字,数值,单位,'));
		assert.ok(csv.stdout.includes('\r\n'));
		const json = JSON.parse(runCli([p, '--format', 'json', '--locale', 'zh']).stdout) as AnalysisJson;
		assertCsvMatchesJson(csv.stdout.slice(1), [json]);
		const rows = parseCsv(csv.stdout.slice(1));
		const rate = rows.find((r) => r[3] === '23.3%')!;
		assert.deepEqual(rate.slice(4, 12), ['23.3', '%', '变化', '', '财政收入', '', '', '✗']);
		assert.equal(rate[12], '✗ 14562 ÷ (83080 − 14562) = 21.25% → 21.3%（本数为增减幅度）');
		assert.deepEqual(rows.find((r) => r[3] === '1260582亿元')!.slice(4, 6), ['126058200000000', '元']);
	});

	test('several files: one header, each file’s rows', () => {
		const a = file('a.txt', REPORT);
		const b = file('b.txt', '全区1.6万多名党员全部投入疫情防控。');
		const csv = runCli([a, b, '--format', 'csv']).stdout.slice(1);
		const json = JSON.parse(runCli([a, b, '--format', 'json']).stdout) as AnalysisJson[];
		assertCsvMatchesJson(csv, json);
		assert.equal(parseCsv(csv).filter((r) => r[0] === 'file').length, 1);
	});

	test('fields with commas, quotes and line breaks are quoted; text a spreadsheet would run is not a formula', () => {
		const json = {
			file: 'a,"b".txt',
			claims: [{ text: '9.\n5%', range: { start: { line: 0, character: 0 } }, value: 9.5, unit: '%', kind: 'change', subject: '=SUM(A1)', approx: 'exact', relations: [] }],
		} as unknown as AnalysisJson;
		const csv = figuresCsv([json], 'en');
		assert.equal(csv.split('\r\n')[1], '"a,""b"".txt",1,1,"9.\n5%",9.5,%,change,,\'=SUM(A1),,,,');
		assert.deepEqual(parseCsv(csv)[1]!.slice(0, 4), ['a,"b".txt', '1', '1', '9.\n5%']);
	});

	test('the 2023 communiqué: every figure, the CSV as the JSON', { skip: SKIP_SHARED }, () => {
		const p = sharedPath('corpus', 'stats-bulletin', 'national-2023.txt');
		const csv = runCli([p, '--format', 'csv']).stdout;
		const json = JSON.parse(runCli([p, '--format', 'json']).stdout) as AnalysisJson;
		assert.ok(json.claims.length > 300);
		assertCsvMatchesJson(csv.slice(1), [json]);
	});
});
