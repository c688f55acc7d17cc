import { ruleCases } from '../../helpers/findings';
import { EXPORTS_BY_COUNTRY, POPULATION } from '../../helpers/tableFixtures';
import { reshapeTables } from '../../helpers/tables';

/** A web page's merged cells left an empty column after each of amounts and shares (national-2005, 表13). */
const MERGED = ['**表13 2005年人口主要构成情况**', '', '单位：万人', '', '| 指标 | 年末数 | | 比重（%） | |', '| --- | --- | --- | --- | --- |', '| 全国总人口 | 130756 |  | 100.0 |  |', '| 其中：城镇 | 56212 |  | 43.0 |  |', '| 乡村 | 74544 |  | 57.0 |  |', '| 其中：0-14岁 | 26504 |  | 20.3 |  |', '| 15-64岁 | 94197 |  | 72.0 |  |', '| 65岁及以上 | 10055 |  | 7.7 |  |'].join('\n');

/** Shares of a whole the prose names (在…中), of rows of a table by industry whose caption names its statistic (national-2005, 表8). */
const FDI_BODY =
	'全年实际使用外商直接投资金额603亿美元，下降0.5%（见表8）。在实际使用外商直接投资金额中，制造业和房地产业所占比重分别为70.4%和9%；租赁和商务服务业、交通运输仓储和邮政业所占比重分别为6.2%和3%。\n\n' +
	['**表8 2005年外商直接投资分行业情况**', '', '- 金额单位：亿美元', '- 行业名称 合同项目（个） 比上年增长% 实际使用金额 比上年增长%', '- 总 计 44001 0.8 603.2 -0.5', '- 制造业 28928 -4.8 424.5 -1.3', '- 交通运输、仓储和邮政业 734 15.1 18.1 42.4', '- 房地产业 2120 20.0 54.2 -8.9', '- 租赁和商务服务业 2981 12.0 37.5 32.6', '- 其他行业 9238 3.1 68.9 5.0'].join('\n');
/** The communiqué's title names the year its prose speaks of (the headings' year). */
const FDI = `# 中华人民共和国2005年国民经济和社会发展统计公报\n\n${FDI_BODY}`;

/** An index column: a later year's figure as a percentage of an earlier one's (1st-fyp-1953, 主要工业品的产量; invented figures). */
const INDEX = ['| 产品 | 1952年产量 | 1957年计划产量 | 1957年为1952年的百分比 |', '| --- | --- | --- | --- |', '| 原煤 | 6352万吨 | 11298万吨 | 178 |', '| 原油 | 43.6万吨 | 201.2万吨 | 462 |', '| 硝酸铵 | 7,486吨 | 4.4万吨 | 588 |', '| 生铁 | 190万吨 | 467万吨 | 246 |'].join('\n');
/** The same with a column of the change between the two years' and figures bare, in the table's unit (职工人数; invented). */
const INDEX_WITH_CHANGE = ['单位：万人', '', '| 类别 | 1952年人数 | 五年内增加人数 | 1957年人数 | 1957年为1952年的百分比 |', '| --- | --- | --- | --- | --- |', '| 商业 | 113.4 | 95.3 | 208.7 | 184.1 |', '| 工业 | 286.4 | 227.2 | 513.5 | 179.3 |', '| 建筑业 | 102.1 | 74.4 | 176.5 | 172.9 |'].join('\n');

ruleCases('table.share', {
	fires: [
		// The share or its value may be wrong: the finding stands on the share, without a fix.
		['a share against value ÷ total', POPULATION.replace('| 15.4 |', '| 17.4 |'), [{ at: '17.4', related: ['140967', '21676'] }]],
		// The shares of a partition make 100%: only the changed share mends both.
		['a share of a partition', POPULATION.replace('| 66.2 |', '| 68.2 |'), [{ at: '68.2', fix: '66.2', related: ['140967', '100.0', '93267', '33.8'] }]],
		['a share of a whole the header names, stated in the prose', EXPORTS_BY_COUNTRY.replace('| 14.8 |\n| 美国', '| 16.8 |\n| 美国'), [{ at: '16.8', related: ['237726亿元', '35226'] }]],
		['an empty column between the amounts and the shares', MERGED.replace('| 20.3 |', '| 22.3 |'), [{ at: '22.3' }]],
		['a share the prose states of a row, its whole named (在实际使用外商直接投资金额中，制造业…所占比重分别为…)', FDI.replace('70.4%', '60.4%'), [{ at: '60.4%', fix: '70.4%', related: ['603.2', '424.5'] }]],
		['a row whose label the prose writes without its 、', FDI.replace('6.2%和3%', '6.2%和5%'), [{ at: '5%', fix: '3%', related: ['603.2', '18.1'] }]],
		['the year a heading names is the table’s (no title)', `## 2005年对外经济\n\n${FDI_BODY.replace('70.4%', '60.4%')}`, [{ at: '60.4%', fix: '70.4%' }]],
		['the same in plain rows', reshapeTables(EXPORTS_BY_COUNTRY.replace('| 4.7 |', '| 5.7 |'), 'aligned'), [{ at: '5.7' }]],
		['an index column (1957年为1952年的百分比) against the later year ÷ the earlier', INDEX.replace('| 462 |', '| 482 |'), [{ at: '482', related: ['43.6万吨', '201.2万吨'] }]],
		['an index of two figures of different scales (7,486吨, 4.4万吨)', INDEX.replace('| 588 |', '| 688 |'), [{ at: '688' }]],
		['an index of cells with an aside on the time their unit is per (1,222吨（每小时）)', INDEX.replace('| 原油 | 43.6万吨 | 201.2万吨 | 462 |', '| 锅炉 | 1,222吨（每小时） | 2,444吨（每小时） | 250 |'), [{ at: '250' }]],
		['an index of cells with an aside on their unit (72.6亿度（千瓦小时）) and of 千伏安', INDEX.replace('| 原油 | 43.6万吨 | 201.2万吨 | 462 |', '| 发电量 | 72.6亿度（千瓦小时） | 159亿度（千瓦小时） | 239 |\n| 变压器 | 116.7万千伏安 | 261万千伏安 | 224 |'), [{ at: '239', related: ['72.6亿度', '159亿度'] }]],
		['an index with a column of the change between the years (the change confirms both years: a fix is offered)', INDEX_WITH_CHANGE.replace('| 179.3 |', '| 197.3 |'), [{ at: '197.3', related: ['286.4', '513.5'], fix: '179.3' }]],
	],
	silent: [
		['shares as printed', POPULATION + '\n\n' + EXPORTS_BY_COUNTRY],
		['shares of a named whole that hold', FDI],
		['a whole no column of the table names (在合同外资金额中)', FDI.replace('在实际使用外商直接投资金额中', '在合同外资金额中').replace('70.4%', '60.4%')],
		['no known year of the share (no title, heading nor date): not held against a table of 2005', FDI_BODY.replace('70.4%', '60.4%')],
		['a share of another year its sentence opens on (2004年，在…中)', FDI.replace('在实际使用外商直接投资金额中', '2004年，在实际使用外商直接投资金额中').replace('70.4%', '60.4%')],
		[
			'a paragraph of a period (“十五”期间…累计): its shares are of the five years',
			FDI.replace('全年实际使用外商直接投资金额603亿美元，下降0.5%（见表8）。', '“十五”期间，实际使用外商直接投资金额累计2740亿美元。').replace('70.4%', '69.5%').replace('9%；', '8.1%；'),
		],
		['a paragraph of 以来', FDI.replace('全年实际使用外商直接投资金额603亿美元，下降0.5%（见表8）。', '2001年以来，我国利用外资稳步增长。').replace('70.4%', '69.5%')],
		['a whole of another region (在全国…中 in a province’s communiqué)', FDI.replace('在实际使用外商直接投资金额中', '在全国实际使用外商直接投资金额中').replace('70.4%', '65.2%')],
		['a share with no sentence naming its whole', FDI.replace('在实际使用外商直接投资金额中，', '').replace('70.4%', '60.4%')],
		['a table of another year than the headings’', `## 2005年对外经济\n\n${FDI.replace('2005年外商', '2004年外商').replace('70.4%', '60.4%')}`],
		['a whole the document does not state', EXPORTS_BY_COUNTRY.replace('全年货物出口237726亿元，比上年增长0.6%。', '')],
		['indices that hold', INDEX + '\n\n' + INDEX_WITH_CHANGE],
		['indices that hold, cells with an aside on their unit and of 千伏安', INDEX.replace('| 原油 | 43.6万吨 | 201.2万吨 | 462 |', '| 发电量 | 72.6亿度（千瓦小时） | 159亿度（千瓦小时） | 219 |\n| 变压器 | 116.7万千伏安 | 261万千伏安 | 224 |')],
		['a cell with a note in brackets after it that names no unit (43.6万吨（估计）) is no figure of its own', INDEX.replace('| 原油 | 43.6万吨 | 201.2万吨 | 462 |', '| 原油 | 43.6万吨（估计） | 201.2万吨 | 562 |')],
		['a cell with a figure in brackets after it (100万吨（含20万吨）) is no figure of its own', INDEX.replace('| 原油 | 43.6万吨 | 201.2万吨 | 462 |', '| 原油 | 43.6万吨（含2万吨） | 201.2万吨 | 562 |')],
		['an index of years no column names (1957年为1950年的百分比)', INDEX.replace('1957年为1952年', '1957年为1950年').replace('| 462 |', '| 482 |')],
		['two columns of the later year: which one the index is of is not said', INDEX.replace('| 1957年计划产量 |', '| 1957年计划产量 | 1957年最低产量 |').replace('| --- | --- | --- | --- |', '| --- | --- | --- | --- | --- |').replace(/万吨 \| (?=[0-9.]+万吨 \| [0-9]+ \|$)/gm, '万吨 | 1万吨 | ').replace('| 462 |', '| 482 |')],
		['a row of two units (万吨 and 万件)', INDEX.replace('201.2万吨', '201.2万件').replace('| 462 |', '| 482 |')],
		['an index of values at comparable prices (地区生产总值, 工业总产值 in 亿元): not the quotient of the levels', ['| 指标 | 2022年 | 2023年 | 2023年为2022年的% |', '| --- | --- | --- | --- |', '| 地区生产总值（亿元） | 5000 | 5400 | 105.2 |', '| 工业总产值（亿元） | 2000 | 2100 | 104.1 |'].join('\n')],
		['an index of money (元) or of wages: real terms', ['单位：元', '', '| 指标 | 1952年 | 1957年 | 1957年为1952年的百分比 |', '| --- | --- | --- | --- |', '| 职工平均工资 | 446 | 637 | 130 |', '| 农民人均纯收入 | 100 | 120 | 112 |'].join('\n')],
		['an index of a row of indices or of shares (%)', ['| 指标 | 1952年 | 1957年 | 1957年为1952年的百分比 |', '| --- | --- | --- | --- |', '| 零售物价总指数 | 100 | 110 | 104 |', '| 工业比重 | 26.7% | 36% | 150 |'].join('\n')],
		['columns of two periods of a year (全年 and 1-6月)', ['| 指标 | 2022年全年 | 2023年1-6月 | 2023年为2022年的% |', '| --- | --- | --- | --- |', '| 粮食产量 | 600万吨 | 350万吨 | 68 |'].join('\n')],
		['a growth column, no index (1957年比1952年增长%)', INDEX.replace('1957年为1952年的百分比', '1957年比1952年增长%').replace('| 462 |', '| 482 |')],
		['a ratio that is no share (1957年为1952年的百分比)', '| 产品 | 1952年产量 | 1957年产量 | 1957年为1952年的百分比 |\n| --- | --- | --- | --- |\n| 原煤 | 6352万吨 | 11298万吨 | 178 |\n| 原油 | 43.6万吨 | 201.2万吨 | 462 |\n| 生铁 | 190万吨 | 467万吨 | 246 |'],
	],
});
