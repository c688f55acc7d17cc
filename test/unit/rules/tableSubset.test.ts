import { ruleCases } from '../../helpers/findings';
import { POPULATION, TRADE } from '../../helpers/tableFixtures';
import { joinLines } from '../../helpers/text';

const HOUSING = joinLines('**表9 2023年房地产开发和销售主要指标及其增长速度**', '', '| 指标 | 单位 | 绝对数 | 比上年增长（%） |', '| --- | --- | --- | --- |', '| 房地产开发投资 | 亿元 | 110913 | -9.6 |', '| 其中：住宅 | 亿元 | 83820 | -9.3 |', '| 房屋施工面积 | 万平方米 | 838364 | -7.2 |', '| 其中：住宅 | 万平方米 | 589884 | -7.7 |');

/** A column headed 其中 (the last year of a five-year total), its rows' units in a unit column. */
const CAPACITY = joinLines('**表5 “十五”时期固定资产投资新增主要生产能力**', '', '| 指标 | 单位 | 2001-2005年累计 | 其中：2005年 |', '| --- | --- | --- | --- |', '| 新增发电机组容量 | 万千瓦 | 17655 | 6326 |', '| 新建铁路投产里程 | 公里 | 7063 | 1203 |');

ruleCases('table.subset', {
	fires: [
		['a 其中 row larger than the row above it', HOUSING.replace('| 83820 |', '| 183820 |'), [{ at: '183820', related: ['110913'] }]],
		// Its share disagrees too: the value is the figure to correct (a value from its share is known to three digits only: no fix).
		['a part of the lexicon larger than its whole (65岁及以上 within 60岁及以上)', POPULATION.replace('| 21676 |', '| 31676 |'), [{ at: '31676', related: ['140967', '29697', '15.4'] }]],
		['a 其中 column larger than the column before it, in its row', CAPACITY.replace('| 1203 |', '| 12030 |'), [{ at: '12030', related: ['7063'] }]],
	],
	silent: [
		['parts as printed', HOUSING + '\n\n' + TRADE],
		['a 其中 column at most the column before it', CAPACITY],
		['a column not headed 其中 may be larger than the one before it', CAPACITY.replace('其中：2005年', '2005年').replace('| 1203 |', '| 12030 |')],
		['a row after a 其中 row is not taken for its sibling (实用新型 after 其中：境内发明)', '| 指标 | 专利数（万件） |\n| --- | --- |\n| 发明专利授权 | 92.1 |\n| 其中：境内发明专利授权 | 81.3 |\n| 实用新型专利授权 | 209.0 |\n| 外观设计专利授权 | 63.8 |'],
		['growth rates of a part may pass its whole’s', HOUSING.replace('| -9.3 |', '| 9.3 |')],
	],
});
