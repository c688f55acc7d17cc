/**
 * The table model, one case per shape of ../shared/corpus: a Markdown pipe table, rows as list items, plain rows aligned
 * with spaces or tabs, a web table flattened one cell a line, with blank lines or `|` lines between cells. Each case
 * states the caption, the columns (kind and unit), and the rows (label, level, 其中, parent) with their figures and
 * units; a table is never a heading nor a paragraph of claims. On ../shared, the pipe tables of the national
 * communiqués rewritten in every other shape read as the same tables with the same relations.
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze, type PolicyAnalysis, type Table } from '../../server/src/analysis/index';
import { joinLines } from '../helpers/text';
import { reshapeTables, RESHAPES } from '../helpers/tables';
import { FREIGHT } from '../helpers/tableFixtures';
import { readShared, SKIP_SHARED } from '../helpers/paths';

/** A table as the cases state it: columns `header:kind:unit`, rows `label (level, 其中, ^parent): figure unit …`. */
function read(t: Table): { caption: string | undefined; columns: string[]; rows: string[] } {
	return {
		caption: t.caption,
		columns: t.columns.map((c) => `${c.header}:${c.kind}${c.unit ? `:${c.unit}` : ''}`),
		rows: t.rows.map((r) => {
			const marks = `${r.level}${r.part ? ' 其中' : ''}${r.parent !== undefined ? ` ^${r.parent}` : ''}`;
			const cells = r.cells.map((c) => (c.value !== undefined ? `${c.text}${c.unit && !c.text.endsWith(c.unit) ? ` ${c.unit}` : ''}` : c.text));
			return `${r.label} (${marks}): ${cells.join(' | ')}`;
		}),
	};
}

const FREIGHT_ROWS = [
	'货物运输总量 (0): 556.8 亿吨 | 8.1 %',
	'铁路 (0): 50.1 亿吨 | 1.5 %',
	'公路 (0): 403.4 亿吨 | 8.7 %',
	'水路 (0): 93.7 亿吨 | 9.5 %',
	'民航 (0): 735.4 万吨 | 21.0 %',
	'管道 (0): 9.5 亿吨 | 7.5 %',
];
const FREIGHT_COLUMNS = ['指标:label', '单位:unit', '绝对数:value', '比上年增长（%）:growth:%'];

/** [shape, text, the one table it holds as `read` gives it]. */
const SHAPES: readonly (readonly [string, string, ReturnType<typeof read>])[] = [
	[
		'a Markdown pipe table: caption above, a unit column',
		FREIGHT,
		{ caption: '2023年各种运输方式完成货物运输量及其增长速度', columns: FREIGHT_COLUMNS, rows: FREIGHT_ROWS },
	],
	[
		'a Markdown pipe table whose caption is hard-wrapped over three lines (a text cut at 15 characters)',
		FREIGHT.replace('**表5 2023年各种运输方式完成货物运输量及其增长速度**', '**表5 2023年各种运输方\n式完成货物运输量及其增\n长速度**'),
		{ caption: '2023年各种运输方式完成货物运输量及其增长速度', columns: FREIGHT_COLUMNS, rows: FREIGHT_ROWS },
	],
	[
		'the same, the caption\'s last line alone above it under a line of prose (no line that names a table): that line only',
		FREIGHT.replace('**表5 2023年各种运输方式完成货物运输量及其增长速度**', '全年货物运输总量，比上\n各种运输方式货物运输量'),
		{ caption: '各种运输方式货物运输量', columns: FREIGHT_COLUMNS, rows: FREIGHT_ROWS },
	],
	[
		'the same under a line of prose that names the table (表5显示，2022年… ⏎ 各种运输方式货物运输量): that prose is no caption, the last line only',
		FREIGHT.replace('**表5 2023年各种运输方式完成货物运输量及其增长速度**', '表5显示，2022年全年货物\n各种运输方式货物运输量'),
		{ caption: '各种运输方式货物运输量', columns: FREIGHT_COLUMNS, rows: FREIGHT_ROWS },
	],
	[
		'a pipe table with its caption in the first row, <br> in cells, units in the header, 其中 rows',
		joinLines(
			'| <br> **表1  2015年年末人口数及其构成** | | | <br> |',
			'| --- | --- | --- | --- |',
			'| <br>指  标 | <br>年末数（万人） | <br>比重（%） | <br> |',
			'| <br>全国总人口 | <br>137462 | <br>100.0 | |',
			'| <br>其中：城镇 | <br>77116 | <br>56.10 | |',
			'| <br>乡村 | <br>60346 | <br>43.90 | |',
		),
		{
			caption: '2015年年末人口数及其构成',
			columns: ['指标:label', '年末数（万人）:value:万人', '比重（%）:share:%'],
			rows: ['全国总人口 (0): 137462 万人 | 100.0 %', '城镇 (1 其中 ^0): 77116 万人 | 56.10 %', '乡村 (1): 60346 万人 | 43.90 %'],
		},
	],
	[
		'rows of cells between bars without a bar in front (a web page copied as text), units in the header',
		joinLines('初步核算，全市实现地区生产总值609.91亿元。', '2022年全市地区生产总值及增速', '指 标 | 绝对数(亿元) | 比上年增长(%) |', '地区生产总值 | 609.91 | 5.2 |', '其中:第一产业 | 63.44 | 4.5 |', '第二产业 | 296.65 | 6.0 |', '第三产业 | 249.81 | 4.5 |'),
		{
			caption: '2022年全市地区生产总值及增速',
			columns: ['指标:label', '绝对数(亿元):value:亿元', '比上年增长(%):growth:%'],
			rows: ['地区生产总值 (0): 609.91 亿元 | 5.2 %', '第一产业 (1 其中 ^0): 63.44 亿元 | 4.5 %', '第二产业 (1): 296.65 亿元 | 6.0 %', '第三产业 (1): 249.81 亿元 | 4.5 %'],
		},
	],
	[
		'rows as list items: a unit line, a header of two lines, 其中',
		joinLines(
			'**表1：2010年居民消费价格比上年涨跌幅度**',
			'',
			'单位：%',
			'',
			'- 指标 全国',
			'- 城市 农村',
			'- 居民消费价格 3.3 3.2 3.6',
			'- 食品 7.2 7.1 7.5',
			'- 其中：粮食 11.8 11.5 12.3',
			'- 非食品 1.4 1.3 1.8',
		),
		{
			caption: '2010年居民消费价格比上年涨跌幅度',
			columns: ['指标:label', '全国:growth:%', '城市:growth:%', '农村:growth:%'],
			rows: ['居民消费价格 (0): 3.3 % | 3.2 % | 3.6 %', '食品 (0): 7.2 % | 7.1 % | 7.5 %', '粮食 (1 其中 ^1): 11.8 % | 11.5 % | 12.3 %', '非食品 (1): 1.4 % | 1.3 % | 1.8 %'],
		},
	],
	[
		'list items with words spaced out and a unit line (`- 粮 食 48401 3.1`)',
		joinLines('**表2 2005年主要农产品产量**', '', '单位：万吨', '', '- 产品名称 产 量 比上年增长%', '- 粮 食 48401 3.1', '- 夏 粮 10627 5.1', '- 早 稻 3179 -1.3', '- 秋 粮 34595 2.9'),
		{
			caption: '2005年主要农产品产量',
			columns: ['产品名称:label', '产量:value:万吨', '比上年增长%:growth:%'],
			rows: ['粮食 (0): 48401 万吨 | 3.1 %', '夏粮 (0): 10627 万吨 | 5.1 %', '早稻 (0): 3179 万吨 | -1.3 %', '秋粮 (0): 34595 万吨 | 2.9 %'],
		},
	],
	[
		'plain rows aligned with spaces (a PDF copied as text)',
		joinLines(
			'表5  2023年各种运输方式完成货物运输量及其增长速度',
			'指标          单位    绝对数    比上年增长（%）',
			'货物运输总量  亿吨    556.8     8.1',
			'铁路          亿吨    50.1      1.5',
			'公路          亿吨    403.4     8.7',
			'水路          亿吨    93.7      9.5',
			'民航          万吨    735.4     21.0',
			'管道          亿吨    9.5       7.5',
		),
		{ caption: '2023年各种运输方式完成货物运输量及其增长速度', columns: FREIGHT_COLUMNS, rows: FREIGHT_ROWS },
	],
	[
		'plain rows separated by tabs (a web page copied as text)',
		joinLines('表5 2023年各种运输方式完成货物运输量及其增长速度', '指标\t单位\t绝对数\t比上年增长（%）', '货物运输总量\t亿吨\t556.8\t8.1', '铁路\t亿吨\t50.1\t1.5', '公路\t亿吨\t403.4\t8.7', '水路\t亿吨\t93.7\t9.5', '民航\t万吨\t735.4\t21.0', '管道\t亿吨\t9.5\t7.5'),
		{ caption: '2023年各种运输方式完成货物运输量及其增长速度', columns: FREIGHT_COLUMNS, rows: FREIGHT_ROWS },
	],
	[
		'plain rows aligned with spaces, a change of nothing printed in words in a cell (`持平`, spaced out `持 平`)',
		joinLines(
			'表5  2023年各种运输方式完成货物运输量及其增长速度',
			'指标          单位    绝对数    比上年增长（%）',
			'货物运输总量  亿吨    556.8     8.1',
			'铁路          亿吨    50.1      持 平',
			'公路          亿吨    403.4     8.7',
			'水路          亿吨    93.7      持平',
			'民航          万吨    735.4     21.0',
		),
		{
			caption: '2023年各种运输方式完成货物运输量及其增长速度',
			columns: FREIGHT_COLUMNS,
			rows: ['货物运输总量 (0): 556.8 亿吨 | 8.1 %', '铁路 (0): 50.1 亿吨 | 持平', '公路 (0): 403.4 亿吨 | 8.7 %', '水路 (0): 93.7 亿吨 | 持平', '民航 (0): 735.4 万吨 | 21.0 %'],
		},
	],
	[
		'plain rows separated by tabs, 持平 in a cell and in the last row (`持　平`, a wide space inside)',
		joinLines('表5 2023年各种运输方式完成货物运输量及其增长速度', '指标\t单位\t绝对数\t比上年增长（%）', '货物运输总量\t亿吨\t556.8\t8.1', '铁路\t亿吨\t50.1\t持平', '公路\t亿吨\t403.4\t8.7', '水路\t亿吨\t93.7\t持　平'),
		{
			caption: '2023年各种运输方式完成货物运输量及其增长速度',
			columns: FREIGHT_COLUMNS,
			rows: ['货物运输总量 (0): 556.8 亿吨 | 8.1 %', '铁路 (0): 50.1 亿吨 | 持平', '公路 (0): 403.4 亿吨 | 8.7 %', '水路 (0): 93.7 亿吨 | 持平'],
		},
	],
	[
		'plain rows with single spaces and the unit after the figure (`棉 花 447 万吨 18．1`)',
		joinLines('主要农产品产量如下：', '', '1990年 比上年增长％  ', '棉 花 447 万吨 18．1  ', '油 料 1615 万吨 24．7  ', '其中：油菜籽 693 万吨 27．5  ', '甘 蔗 5727 万吨 17．4'),
		{
			caption: undefined,
			columns: [':label', '1990年:value', ':unit', '比上年增长％:growth:%'],
			rows: ['棉花 (0): 447 万吨 | 18．1 %', '油料 (0): 1615 万吨 | 24．7 %', '油菜籽 (1 其中 ^1): 693 万吨 | 27．5 %', '甘蔗 (0): 5727 万吨 | 17．4 %'],
		},
	],
	[
		'a web table flattened one cell a line, blank lines between, indented rows under 其中',
		joinLines('主要产品产量', '', '', '2023年', '', '较上年增长(%)', '', '粮食总产量', '', '162817吨', '', '0.5', '', '其中:谷物', '', '97658吨', '', '-9.7', '', '          豆类', '', '26084吨', '', '49.1', '', '          薯类', '', '39075吨', '', '7.6', '', '油料总产量', '', '3959吨', '', '5.9'),
		{
			caption: '主要产品产量',
			columns: [':label', '2023年:value', '较上年增长(%):growth:%'],
			rows: ['粮食总产量 (0): 162817吨 | 0.5 %', '谷物 (1 其中 ^0): 97658吨 | -9.7 %', '豆类 (1 ^0): 26084吨 | 49.1 %', '薯类 (1 ^0): 39075吨 | 7.6 %', '油料总产量 (0): 3959吨 | 5.9 %'],
		},
	],
	[
		'a web table flattened with a line holding only | between cells, a unit cell',
		joinLines('2022年全区生产总值及其增长速度', '|', '单位:亿元', '|', '指 标', '|', '绝对数', '|', '比上年增长%', '|', '生产总值', '|', '295.4', '|', '7.7', '|', '第一产业', '|', '24.4', '|', '3.3', '|', '第二产业', '|', '210.1', '|', '11.6', '|', '第三产业', '|', '60.9', '|', '-0.2'),
		{
			caption: '2022年全区生产总值及其增长速度',
			columns: ['指标:label', '绝对数:value:亿元', '比上年增长%:growth:%'],
			rows: ['生产总值 (0): 295.4 亿元 | 7.7 %', '第一产业 (0): 24.4 亿元 | 3.3 %', '第二产业 (0): 210.1 亿元 | 11.6 %', '第三产业 (0): 60.9 亿元 | -0.2 %'],
		},
	],
	[
		'plain rows of an older communiqué: a unit after each amount, ， thousands and ． decimals, the header’s last cell wrapped onto a second line',
		joinLines('主要产品产量增长情况如下：', '', '一九八〇年产量 一九七九年产量 一九八〇年比  ', '一九七九年增长％', '', '钢 材 2，716 万吨 2，497 万吨 8．8  ', '原 煤 6．20 亿吨 6．35 亿吨 -2．4  ', '水 泥 7，986 万吨 7，390 万吨 8．1'),
		{
			caption: undefined,
			columns: [':label', '一九八〇年产量:value', ':unit', '一九七九年产量:value', ':unit', '一九八〇年比一九七九年增长％:growth:%'],
			rows: ['钢材 (0): 2，716 万吨 | 2，497 万吨 | 万吨 | 8．8 %', '原煤 (0): 6．20 亿吨 | 6．35 亿吨 | 亿吨 | -2．4 %', '水泥 (0): 7，986 万吨 | 7，390 万吨 | 万吨 | 8．1 %'],
		},
	],
	[
		'the same header hard-wrapped at a narrow width: its last word on a line of its own, then wrapped again',
		joinLines('主要产品产量增长情况如下：', '', '一九八〇年产量 一九七九年产量', ' 一九八〇年比  ', '一九七九年增长％', '', '钢 材 2，716 万吨 2，497 万吨 8．8  ', '原 煤 6．20 亿吨 6．35 亿吨 -2．4  ', '水 泥 7，986 万吨 7，390 万吨 8．1'),
		{
			caption: undefined,
			columns: [':label', '一九八〇年产量:value', ':unit', '一九七九年产量:value', ':unit', '一九八〇年比一九七九年增长％:growth:%'],
			rows: ['钢材 (0): 2，716 万吨 | 2，497 万吨 | 万吨 | 8．8 %', '原煤 (0): 6．20 亿吨 | 6．35 亿吨 | 亿吨 | -2．4 %', '水泥 (0): 7，986 万吨 | 7，390 万吨 | 万吨 | 8．1 %'],
		},
	],
	[
		'the same header with a footnote mark inside its wrapped word (一九七九年[4]增长％): one word still',
		joinLines('主要产品产量增长情况如下：', '', '一九八〇年产量 一九七九年产量 一九八〇年比  ', '一九七九年[4]增长％', '', '钢 材 2，716 万吨 2，497 万吨 8．8  ', '原 煤 6．20 亿吨 6．35 亿吨 -2．4  ', '水 泥 7，986 万吨 7，390 万吨 8．1'),
		{
			caption: undefined,
			columns: [':label', '一九八〇年产量:value', ':unit', '一九七九年产量:value', ':unit', '一九八〇年比一九七九年增长％:growth:%'],
			rows: ['钢材 (0): 2，716 万吨 | 2，497 万吨 | 万吨 | 8．8 %', '原煤 (0): 6．20 亿吨 | 6．35 亿吨 | 亿吨 | -2．4 %', '水泥 (0): 7，986 万吨 | 7，390 万吨 | 万吨 | 8．1 %'],
		},
	],
];

/**
 * A web table flattened one cell a line at its fewest figures — three rows of one figure, or two rows of two under a
 * header of their own — is a table; a stretch of short lines with fewer figures alone, or none (numbered headings,
 * items with a figure in their words), is not, and its lines are not made cells (tables/detect.ts FLAT_VALUES_MIN).
 */
const FLAT_AT_THE_FEWEST: readonly (readonly [string, string, readonly string[]])[] = [
	['three rows of one figure', joinLines('主要产品产量', '粮食总产量', '162817吨', '油料总产量', '3959吨', '棉花产量', '561吨'), ['粮食总产量:162817吨', '油料总产量:3959吨', '棉花产量:561吨']],
	['two rows of two figures under their header', joinLines('主要产品产量', '2023年', '较上年增长(%)', '粮食总产量', '162817吨', '0.5', '油料总产量', '3959吨', '5.9'), ['粮食总产量:162817吨/0.5', '油料总产量:3959吨/5.9']],
	['two rows of one figure: no table', joinLines('主要产品产量', '2023年', '粮食总产量', '162817吨', '油料总产量', '3959吨'), []],
	['numbered headings, one a line: no table', joinLines(...Array.from({ length: 40 }, (_, i) => `（${i + 1}）加强组织领导`)), []],
	['short lines with a figure in their words: no table', joinLines(...Array.from({ length: 40 }, (_, i) => `加强管理工作${i % 10}`)), []],
];

describe('flat tables at their fewest figures', () => {
	for (const [what, text, rows] of FLAT_AT_THE_FEWEST) {
		test(what, () => {
			const found = analyze(text).tables.flatMap((t) => t.rows.map((r) => `${r.label}:${r.cells.map((c) => c.text).join('/')}`));
			assert.deepEqual(found, rows);
		});
	}
});

describe('tables of every shape', () => {
	for (const [what, text, expected] of SHAPES) {
		test(what, () => {
			const a = analyze(text);
			assert.equal(a.tables.length, 1, `one table in: ${what}`);
			assert.deepEqual(read(a.tables[0]!), expected);
			// No row of a table is a heading, and its figures are claims of the table only.
			const table = a.tables[0]!;
			const inTable = (at: number): boolean => at >= table.span.start && at < table.span.end;
			const headings = (list: PolicyAnalysis['sections']): number[] => list.flatMap((s) => [s.headingSpan.start, ...headings(s.children)]);
			assert.deepEqual(headings(a.sections).filter(inTable), []);
			assert.ok(a.claims.filter((c) => inTable(c.span.start)).every((c) => c.cell !== undefined));
		});
	}
});

describe('what a table is not', () => {
	const none = (text: string): void => assert.deepEqual(analyze(text).tables, []);
	test('prose, lists of actions, a list of key and value', () => {
		none('全年国内生产总值1260582亿元，比上年增长5.2%。\n\n- 加强组织领导\n- 完善工作机制\n- 强化督促检查');
		none('- 基层党委: 30.6万个\n- 总支部: 33.0万个\n- 支部: 461.4万个');
		none('首页/ 政务公开/ 统计公报/ 正文\n\n子洲县二〇二三年国民经济和社会发展统计公报\n\n子洲县统计局\n\n2024年4月15日');
	});
	test('two rows of figures without a header', () => {
		none('粮食总产量\n\n162817吨\n\n0.5\n\n油料总产量\n\n3959吨\n\n5.9');
	});
});

describe('the pipe tables of the national communiqués in every other shape', { skip: SKIP_SHARED }, () => {
	/** What must not depend on the shape: each table's rows with their figures, and the relations with their verdicts. */
	const essence = (a: PolicyAnalysis): { tables: string[][]; relations: string[] } => ({
		tables: a.tables.map((t) => t.rows.map((r) => `${r.label}: ${r.cells.filter((c) => c.value !== undefined).map((c) => `${c.value} ${c.unit ?? ''}`).join(', ')}`).sort()),
		relations: a.relations
			.filter((r) => r.kind.startsWith('table-'))
			.map((r) => `${r.kind} ${r.ok} ${r.claims.map((c) => a.claims[c]!.value).join(' ')}`)
			.sort(),
	});
	for (const doc of ['national-2010', 'national-2015', 'national-2019', 'national-2023']) {
		test(doc, () => {
			const text = readShared('corpus', 'stats-bulletin', `${doc}.txt`);
			const original = essence(analyze(text));
			assert.ok(original.tables.length >= 10);
			for (const shape of RESHAPES) {
				const reshaped = essence(analyze(reshapeTables(text, shape)));
				assert.deepEqual(reshaped, original, `${doc} as ${shape}`);
			}
		});
	}
});

test('a header’s second line of several words (units under some columns) is no wrapped last cell: no cell runs over the words between', () => {
	const text = joinLines('一九八〇年产量 一九七九年产量 一九八〇年比  ', '（万吨） （万吨）', '', '钢 材 2716 万吨 2497 万吨 8．8  ', '原 煤 6．20 亿吨 6．35 亿吨 -2．4  ', '水 泥 7986 万吨 7390 万吨 8．1');
	for (const t of analyze(text).tables) for (const c of t.columns) assert.ok(!(c.header.includes('产量') && c.header.includes('比')), `a cell over two words: ${c.header}`);
});

test('a header cut over three lines with no word left open (比, 为 …) is no wrapped cell: no cell runs over two lines’ words', () => {
	const text = joinLines('一九八〇年产量 一九七九年产量', '增长量', '增长％', '', '钢 材 2716 万吨 2497 万吨 8．8  ', '原 煤 6．20 亿吨 6．35 亿吨 -2．4  ', '水 泥 7986 万吨 7390 万吨 8．1');
	for (const t of analyze(text).tables) for (const c of t.columns) assert.ok(!c.header.includes('增长量增长'), `a cell over two lines: ${c.header}`);
});

test('a footnote mark after a row’s label, before its figure, still parts them (粮食[1]30，475): the mark splits a word only between Chinese characters', () => {
	const text = joinLines('一九七八年产量 一九七七年产量 一九七八年比  ', '一九七七年增长％', '', '粮 食[1] 30，475 万吨 28，272 万吨 7．8  ', '棉 花 216．7 万吨 204．9 万吨 5．8  ', '油 料 521．8 万吨 401．5 万吨 30．0');
	const t = analyze(text).tables[0]!;
	assert.deepEqual(read(t).rows[0], '粮食 (0): 30，475 万吨 | 28，272 万吨 | 万吨 | 7．8 %');
});
