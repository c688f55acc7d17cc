/**
 * claim.percent-change along a table's rows (tables/growthRows.ts): a column of growth between two years its header
 * names, against the columns of those years' amounts — the tables of the older communiqués (national-1978: `一九七八年产量
 * 一九七七年产量 一九七八年比 ⏎ 一九七七年增长％`, rows `钢 材 2，208 万吨 1，633 万吨 35．2`) and a pipe table of two
 * plan years. Invented figures in their style.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

/** Space-aligned rows, full-width digits and separators, the header wrapped over two lines, names spaced out. */
const OUTPUT = [
	'主要产品产量增长情况如下：',
	'',
	'一九八〇年产量 一九七九年产量 一九八〇年比  ',
	'一九七九年增长％',
	'',
	'钢 材 2，716 万吨 2，497 万吨 8．8  ',
	'原 煤 6．20 亿吨 6．35 亿吨 -2．4  ',
	'水 泥 7，986 万吨 7，390 万吨 8．1  ',
	'化 肥 1，232 万吨 1，065 万吨 15．7',
].join('\n');

/** A pipe table of two years five apart. */
const PLAN = ['| 产品 | 2005年产量 | 2000年产量 | 2005年比2000年增长% |', '| --- | --- | --- | --- |', '| 原煤 | 21.9亿吨 | 12.99亿吨 | 68.6 |', '| 发电量 | 24747亿千瓦小时 | 13556亿千瓦小时 | 82.6 |', '| 钢材 | 37117万吨 | 13146万吨 | 182.3 |'].join('\n');

ruleCases('claim.percent-change', {
	fires: [
		['a row whose rate is not (later − earlier) ÷ earlier', OUTPUT.replace('8．8', '9．8'), [{ at: '9．8' }]],
		['a fall (-2．4) printed as a smaller one', OUTPUT.replace('-2．4', '-4．4'), [{ at: '-4．4' }]],
		['the rise of a row printed as a fall', OUTPUT.replace('8．1', '-8．1'), [{ at: '-8．1' }]],
		['an amount misprinted: the rate is blamed, the row named', OUTPUT.replace('7，986', '8，986'), [{ at: '8．1' }]],
		['a pipe table of two years (2005年比2000年增长%)', PLAN.replace('| 82.6 |', '| 92.6 |'), [{ at: '92.6' }]],
		['a nominal income row beside the comparable-price ones (财政收入)', OUTPUT.replace('化 肥 1，232 万吨 1，065 万吨 15．7', '财政收入 1，085 亿元 1，146 亿元 -3．3'), [{ at: '-3．3' }]],
	],
	silent: [
		['the rows as printed', `${OUTPUT}\n\n${PLAN}`],
		['rounding: the amounts and the rate each as printed (6．20 ÷ 6．35 is −2.36%, printed −2．4)', OUTPUT.replace('-2．4', '-2．3')],
		['a header that does not name both years (比上年增长％)', OUTPUT.replace('一九八〇年比  \n一九七九年增长％', '比上年  \n增长％').replace('8．8', '9．8')],
		['a rate over a third year (一九八〇年比一九七八年增长％): no column of 1978', OUTPUT.replace('一九七九年增长％', '一九七八年增长％').replace('8．8', '9．8')],
		['an index column (为…的百分比) is table.share’s', OUTPUT.replace('一九八〇年比  \n一九七九年增长％', '一九八〇年为  \n一九七九年的百分比').replace('8．8', '9．8')],
		['a plan column (一九八〇年计划)', OUTPUT.replace('一九八〇年产量', '一九八〇年计划').replace('8．8', '9．8')],
		['a column of percentage points', PLAN.replace('2005年比2000年增长%', '2005年比2000年增长百分点').replace('| 82.6 |', '| 92.6 |')],
		['a column of shares', PLAN.replace('2005年比2000年增长%', '2005年占全国比重%').replace('| 82.6 |', '| 92.6 |')],
		['a row marked by a note', OUTPUT.replace('钢 材 2，716', '钢材① 2，716').replace('8．8', '9．8')],
		['a row whose units differ between the columns', OUTPUT.replace('2，497 万吨', '2，497 万件').replace('8．8', '9．8')],
		['a value at comparable prices (工业总产值): never recomputed from the nominal amounts', OUTPUT.replace('化 肥 1，232 万吨 1，065 万吨 15．7', '工业总产值 5，154 亿元 4，681 亿元 8．7')],
		['a column of the change in amounts (一九八〇年比一九七九年增加): no rate', PLAN.replace('2005年比2000年增长%', '2005年比2000年增加').replace('| 82.6 |', '| 92.6 |')],
		['national income: its amounts at current prices, its growth at comparable prices', OUTPUT.replace('化 肥 1，232 万吨 1，065 万吨 15．7', '国民收入 3，350 亿元 3，010 亿元 7．0')],
		['gross national income, likewise', OUTPUT.replace('化 肥 1，232 万吨 1，065 万吨 15．7', '国民总收入 3，350 亿元 3，010 亿元 7．0')],
		['labour productivity: a value at constant prices per person', OUTPUT.replace('化 肥 1，232 万吨 1，065 万吨 15．7', '全员劳动生产率 11，130 元 10，300 元 6．4')],
		['a plan column (2005年规划) against the actual one', PLAN.replace('2005年产量', '2005年规划').replace('| 82.6 |', '| 92.6 |')],
		['a part of the later year (2005年1-9月) against the whole earlier year', PLAN.replace('2005年产量', '2005年1-9月').replace('| 82.6 |', '| 92.6 |')],
		['a half year (2005年上半年) against the whole earlier year', PLAN.replace('2005年产量', '2005年上半年').replace('| 82.6 |', '| 92.6 |')],
		['a quarter (2005年一季度) and a month (2005年9月) against the whole earlier year', PLAN.replace('2005年产量', '2005年一季度').replace('| 82.6 |', '| 92.6 |') + '\n\n' + PLAN.replace('2005年产量', '2005年9月').replace('| 82.6 |', '| 92.6 |')],
		['a balance (存款余额): its growth on a comparable basis, as in prose', PLAN.replace('| 钢材 | 37117万吨 | 13146万吨 | 182.3 |', '| 各项存款余额 | 1000亿元 | 900亿元 | 12.0 |')],
	],
});

test('each row of the wrapped header’s table is one relation, its arithmetic with the figures as printed', () => {
	const a = analyze(OUTPUT);
	const rows = a.relations.filter((r) => r.kind === 'percent-change');
	assert.equal(rows.length, 4);
	assert.ok(rows.every((r) => r.ok));
	assert.ok(rows.some((r) => r.expression === '(2，716 − 2，497) ÷ 2，497 = 8.77%'), rows.map((r) => r.expression).join('\n'));
	assert.ok(rows.some((r) => r.expression === '(6．20 − 6．35) ÷ 6．35 = -2.36%'));
});
