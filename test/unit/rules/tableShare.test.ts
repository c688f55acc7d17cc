import { ruleCases } from '../../helpers/findings';
import { EXPORTS_BY_COUNTRY, POPULATION } from '../../helpers/tableFixtures';
import { reshapeTables } from '../../helpers/tables';

/** A web page's merged cells left an empty column after each of amounts and shares (national-2005, 表13). */
const MERGED = ['**表13 2005年人口主要构成情况**', '', '单位：万人', '', '| 指标 | 年末数 | | 比重（%） | |', '| --- | --- | --- | --- | --- |', '| 全国总人口 | 130756 |  | 100.0 |  |', '| 其中：城镇 | 56212 |  | 43.0 |  |', '| 乡村 | 74544 |  | 57.0 |  |', '| 其中：0-14岁 | 26504 |  | 20.3 |  |', '| 15-64岁 | 94197 |  | 72.0 |  |', '| 65岁及以上 | 10055 |  | 7.7 |  |'].join('\n');

ruleCases('table.share', {
	fires: [
		// The share or its value may be wrong: the finding stands on the share, without a fix.
		['a share against value ÷ total', POPULATION.replace('| 15.4 |', '| 17.4 |'), [{ at: '17.4', related: ['140967', '21676'] }]],
		// The shares of a partition make 100%: only the changed share mends both.
		['a share of a partition', POPULATION.replace('| 66.2 |', '| 68.2 |'), [{ at: '68.2', fix: '66.2', related: ['140967', '100.0', '93267', '33.8'] }]],
		['a share of a whole the header names, stated in the prose', EXPORTS_BY_COUNTRY.replace('| 14.8 |\n| 美国', '| 16.8 |\n| 美国'), [{ at: '16.8', related: ['237726亿元', '35226'] }]],
		['an empty column between the amounts and the shares', MERGED.replace('| 20.3 |', '| 22.3 |'), [{ at: '22.3' }]],
		['the same in plain rows', reshapeTables(EXPORTS_BY_COUNTRY.replace('| 4.7 |', '| 5.7 |'), 'aligned'), [{ at: '5.7' }]],
	],
	silent: [
		['shares as printed', POPULATION + '\n\n' + EXPORTS_BY_COUNTRY],
		['a whole the document does not state', EXPORTS_BY_COUNTRY.replace('全年货物出口237726亿元，比上年增长0.6%。', '')],
		['a ratio that is no share (1957年为1952年的百分比)', '| 产品 | 1952年产量 | 1957年产量 | 1957年为1952年的百分比 |\n| --- | --- | --- | --- |\n| 原煤 | 6352万吨 | 11298万吨 | 178 |\n| 原油 | 43.6万吨 | 201.2万吨 | 462 |\n| 生铁 | 190万吨 | 467万吨 | 246 |'],
	],
});
