import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { findingMessage } from '../../../server/src/features/messages';
import { ruleCases } from '../../helpers/findings';
import { BY_INDUSTRY, DISTRICTS, FREIGHT, GDP_BARS, GRAIN_FLAT, POPULATION, TRADE, TRADE_BY_MODE, TRADE_GROUPS, VALUE_ADDED_BY_INDUSTRY } from '../../helpers/tableFixtures';
import { reshapeTables } from '../../helpers/tables';

/**
 * A table as a web page gives it (units spaced out, `亿 人`), its header a list item over rows that are none: the header
 * still names the growth column, whose rates are not summed.
 */
const PASSENGERS_WEB = ['表10 2005年各种运输方式完成旅客运输量', '- 指 标 单 位 绝对数 比上年增长%', '旅客运输总量 亿 人 184.2 4.2', '铁路 亿 人 11.6 3.4', '公路 亿 人 169.2 4.2', '水运 亿 人 2.0 3.6', '民航 万 人 13827.0 14.1'].join('\n');

/** A note under the population table that bands ages otherwise (0-14, 15-59): with the table's 60周岁及以上, all the people. */
const AGE_NOTE = (note: string): string => `${POPULATION}\n\n${note}`;
const NOTED_AGES = '[6]2023年年末，0-14岁（含不满15周岁）人口为23000万人，15-59岁（含不满60周岁）人口为88270万人。';

ruleCases('table.sum', {
	fires: [
		['a note that bands the ages otherwise (0-14岁, 15-59岁): with the table’s 60周岁及以上 row, not the table’s 全国人口', AGE_NOTE(NOTED_AGES.replace('88270万人', '89270万人')), [{ at: '140967', related: ['29697', '23000万人', '89270万人'] }]],
		['…bands in 亿人, off beyond their rounding (2.3亿 + 9.0亿 + 29697万 = 142697万)', AGE_NOTE('[6]2023年年末，0-14岁人口为2.3亿人，15-59岁人口为9.0亿人。'), [{ at: '140967', related: ['29697', '2.3亿人', '9.0亿人'] }]],
		['…bands of the other partition (0-14岁, 15-64岁 in the note, the table’s 65周岁及以上 row)', AGE_NOTE('[6]2023年年末，0-14岁人口为23000万人，15-64岁人口为98270万人。'), [{ at: '140967', related: ['21676', '23000万人', '98270万人'] }]],
		['web text, the header a list item over plain rows: the values still add up, one is off', PASSENGERS_WEB.replace('169.2', '179.2'), [{ at: '184.2' }]],
		// The prose pins the total (557亿吨): only the changed total mends the sum and the prose.
		['a total the modes of transport do not add up to (万吨 converted)', FREIGHT.replace('| 556.8 |', '| 566.8 |'), [{ at: '566.8', fix: '556.8' }]],
		// A part changed: the prose confirms the total, and no other part can give up 100亿吨: only 公路 mends the sum.
		['a part changed under a total the prose confirms', FREIGHT.replace('| 403.4 |', '| 503.4 |'), [{ at: '503.4', fix: '403.4', related: ['556.8', '50.1', '93.7', '735.4', '9.5'] }]],
		// A small change of a part that any part could absorb: the finding stands on the total, with the parts related.
		['a part changed by less than the others', FREIGHT.replace('| 403.4 |', '| 404.4 |').replace('全年货物运输总量557亿吨，比上年增长8.1%。', ''), [{ at: '556.8', related: ['50.1', '404.4', '93.7', '735.4', '9.5'] }]],
		// With a share column, the changed figure breaks its share too: only it mends both.
		['a part changed under a total with shares', POPULATION.replace('| 93267 |', '| 96267 |'), [{ at: '96267', fix: '93267' }]],
		['the balance 顺差 = 出口 − 进口', TRADE.replace('| 57883 |', '| 59883 |'), [{ at: '59883', fix: '57884' }]],
		// The balance is no part of the total of its sides: a typo in it is blamed on its sum, not also held against the total.
		['the balance mistyped ten times over: its sum alone, the total not related', TRADE.replace('| 57883 |', '| 578830 |'), [{ at: '578830', fix: '57884', related: ['237726', '179842'] }]],
		['the total mistyped: its parts related, not the balance', TRADE.replace('| 417568 |', '| 41756 |'), [{ at: '41756', fix: '417568', related: ['237726', '179842'] }]],
		['rows under 合计 (aligned plain rows)', DISTRICTS.replace('1000.0', '1010.0'), [{ at: '1010.0' }]],
		['a web table flattened one cell a line: indented parts under 其中', GRAIN_FLAT.replace('26084吨', '28084吨'), [{ at: '162817吨' }]],
		['a web table with | between cells: the three industries', GDP_BARS.replace(/\|\n210\.1/, '|\n220.1'), [{ at: '220.1', fix: '210.1' }]],
		['the sections of the industrial classification, all listed, under the total (divisions of 制造业 between them)', BY_INDUSTRY.replace('总计 241415', '总计 243415'), [{ at: '243415' }]],
		['the ten industries of GDP (lexicon), an industry changed: the total mends the sum', VALUE_ADDED_BY_INDUSTRY.replace('- 批发和零售业 62.63', '- 批发和零售业 72.63'), [{ at: '609.91' }]],
		['a kind of a balance is that kind of exports less that of imports (其中：一般贸易 under 出口大于进口)', TRADE_BY_MODE.replace('| 354 |', '| 454 |'), [{ at: '454' }]],
		['rows as list items', reshapeTables(FREIGHT.replace('| 556.8 |', '| 566.8 |'), 'list'), [{ at: '566.8', fix: '556.8' }]],
		['rows aligned with tabs', reshapeTables(POPULATION.replace('| 93267 |', '| 96267 |'), 'tabbed'), [{ at: '96267', fix: '93267' }]],
	],
	silent: [
		['web text: a header written as a list item over plain rows names the growth column (rates not summed)', PASSENGERS_WEB],
		['the note’s bands with the table’s 60周岁及以上 make its 全国人口', AGE_NOTE(NOTED_AGES)],
		['a note of another year’s bands (2022年年末…): not of the table’s year', AGE_NOTE(NOTED_AGES.replace('2023年', '2022年').replace('88270万人', '89270万人'))],
		['a note of a period ahead (预计到2035年，…): no year reached, not the table’s', AGE_NOTE('[6]预计到2035年，0-14岁人口为20000万人，15-59岁人口为80000万人。')],
		['bands of another year’s end, no note’s mark (2022年末，…)', AGE_NOTE('2022年末，0-14岁人口为23000万人，15-59岁人口为89270万人。')],
		['bands of no year the text names (年末…): not known to be the table’s', AGE_NOTE('年末0-14岁人口为23000万人，15-59岁人口为89270万人。')],
		['a band the prose states twice (0-14岁 of two counts): no one part of the sum', AGE_NOTE(NOTED_AGES.replace('88270万人', '89270万人') + '\n\n全年0-14岁人口为23100万人，比上年减少826万人。')],
		['a note of one band only (0-14岁, no 15-59岁 nor 15-64岁 stated): nothing to sum', AGE_NOTE('[6]2023年年末，0-14岁（含不满15周岁）人口为33000万人。')],
		['…the consistent bands of the other partition', AGE_NOTE('[6]2023年年末，0-14岁人口为23000万人，15-64岁人口为96291万人。')],
		['the 2023 tables as printed', FREIGHT + '\n\n' + POPULATION + '\n\n' + TRADE],
		['every part off by half a unit of its last digit', DISTRICTS.replace('300.5', '300.4').replace('400.2', '400.4')],
		['其中 rows need not add up (一般贸易 + 加工贸易 < 出口)', TRADE],
		['a balance and its kinds as printed', TRADE_BY_MODE],
		['a table by industry as printed; sections among rows of another breakdown make no sum', BY_INDUSTRY + '\n\n' + VALUE_ADDED_BY_INDUSTRY],
		['sections not all listed make no sum', BY_INDUSTRY.replace('- 教育 3717 14.6\n', '')],
		['nine industries of GDP of ten make no sum', VALUE_ADDED_BY_INDUSTRY.replace('- 金融业 15.97 6.2\n', '')],
		// 农林牧渔业 holds its service activities, which are in 第三产业: it may pass 第一产业 and the ten still make GDP.
		['the three sectors and the ten industries under one total, each set adding up', VALUE_ADDED_BY_INDUSTRY.replace('- 农、林、牧、渔业', '- 第一产业 63.44 4.5\n- 第二产业 296.65 4.9\n- 第三产业 249.82 4.0\n- 农、林、牧、渔业')],
		['growth rates do not add up', FREIGHT.replace('| 8.1 |', '| 9.9 |').replace('全年货物运输总量557亿吨，比上年增长8.1%。', '')],
		['a total with 其中 rows between is no marked partition', '表4 分行业投资\n\n单位：亿元\n\n行业      投资额\n总计      1000\n制造业    400\n其中：汽车制造业  100\n服务业    300'],
		['four modes of five: no partition', FREIGHT.replace('\n| 管道 | 亿吨 | 9.5 | 7.5 |', '').replace('| 556.8 |', '| 547.3 |').replace('557亿吨', '547亿吨')],
	],
});

describe('table.sum and table.share: the message shows the arithmetic and the figure it misses', () => {
	const message = (text: string, at: string): string => {
		const a = analyze(text);
		const f = a.findings.find((x) => x.ruleId.startsWith('table.') && text.slice(x.span.start, x.span.end) === at);
		assert.ok(f, `no table finding on ${at}`);
		return findingMessage(f, 'en');
	};
	test('on the total: the parts (万吨 named), their sum and the total; the prose that states the total too', () => {
		assert.equal(message(FREIGHT.replace('| 556.8 |', '| 566.8 |'), '566.8'), 'The rows under 货物运输总量 do not add up to 566.8: 50.1 + 403.4 + 93.7 + 735.4万吨 + 9.5 = 556.8 ≠ 566.8；557亿吨 ≠ 566.8亿吨.');
	});
	test('on a part: the sum and the total it misses', () => {
		assert.match(message(FREIGHT.replace('| 403.4 |', '| 503.4 |'), '503.4'), /^公路 503\.4 does not fit the total: .*= 656\.8 ≠ 556\.8\)\.$/);
	});
	test('on a balance: the difference and the balance it misses', () => {
		assert.match(message(TRADE.replace('| 57883 |', '| 59883 |'), '59883'), /≠ 59883 \(/);
	});
	test('a share: value ÷ whole and the share as printed', () => {
		assert.match(message(POPULATION.replace('| 15.4 |', '| 17.4 |'), '17.4'), /21676 ÷ 140967 = 15\.38% ≠ 17\.4%\.$/);
	});
});

test('a 其中 group after a row in doubt adds up to the part of the partition that holds it under every reading (国有企业 + 外商投资企业 + 其他企业 = 货物出口额), not when a row of another statistic closes it', () => {
	const sums = (text: string): string[] =>
		analyze(text)
			.relations.filter((r) => r.kind === 'table-sum')
			.map((r) => r.expression);
	const printed = sums(TRADE_GROUPS);
	assert.ok(printed.includes('2344 + 8623 + 4813 = 15780'), printed.join('; '));
	assert.ok(printed.includes('3876 + 7380 + 2693 = 13949'), printed.join('; '));
	// Closed by 社会消费品零售总额 (no part of 进出口), the rows between may be top rows: the export group stays in doubt.
	assert.ok(!sums(TRADE_GROUPS.replace('| 货物进口额 | 13948 | 38.7 |', '| 社会消费品零售总额 | 12000 | 18.4 |')).includes('2344 + 8623 + 4813 = 15780'));
});
