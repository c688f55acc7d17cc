import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/analysis/index';
import { figuresView } from '../../../server/src/features/figuresView';

const TABLE = ['表1 2023年年末人口数及其构成', '| 指标 | 年末数（万人） | 比重（%） |', '|---|---|---|', '| 全国人口 | 1000 | 100.0 |', '| 其中：城镇 | 600 | 60.0 |', '| 乡村 | 300 | 40.0 |', ''].join('\n');

function view(text: string, locale: 'zh' | 'en' = 'zh') {
	return figuresView(TextDocument.create('file:///t.ptxt', 'policy-text', 1, text), analyze(text), locale);
}

describe('figures view: the tables group', () => {
	test('each table by its caption, its rows, their cells by column with ✓/✗; before the relations', () => {
		const groups = view(TABLE);
		assert.deepEqual(
			groups.map((g) => g.id),
			['formulas', 'figures', 'tables', 'relations'],
		);
		const tables = groups.find((g) => g.id === 'tables')!;
		assert.equal(tables.label, '表格');
		const table = tables.children![0]!;
		assert.equal(table.label, '2023年年末人口数及其构成');
		assert.equal(table.verdict, 'fail');
		assert.deepEqual(
			table.children!.map((r) => r.label),
			['全国人口', '城镇', '乡村'],
		);
		// 600 + 300 ≠ 1000: the failing figure is marked in its row.
		const rows = table.children!;
		assert.ok(rows.some((r) => r.children!.some((c) => c.verdict === 'fail')));
		assert.deepEqual(
			rows[0]!.children!.map((c) => [c.label, c.description]),
			[
				['1000', '年末数（万人）'],
				['100.0', '比重（%）'],
			],
		);
		// The table relations are named in the relations group.
		const relations = groups.find((g) => g.id === 'relations')!;
		assert.ok(relations.children!.some((r) => r.description === '表格：分项之和' && r.verdict === 'fail'));
	});

	test('a document without tables has no tables group', () => {
		assert.ok(!view('全年国内生产总值1000亿元，比上年增长5.0%。').some((g) => g.id === 'tables'));
	});
});
