import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { findingMessage } from '../../../server/src/features/messages';
import { ruleCases } from '../../helpers/findings';
import { BY_INDUSTRY, POPULATION, TRADE, TRADE_GROUPS, VALUE_ADDED_BY_INDUSTRY } from '../../helpers/tableFixtures';
import { joinLines } from '../../helpers/text';

const HOUSING = joinLines('**表9 2023年房地产开发和销售主要指标及其增长速度**', '', '| 指标 | 单位 | 绝对数 | 比上年增长（%） |', '| --- | --- | --- | --- |', '| 房地产开发投资 | 亿元 | 110913 | -9.6 |', '| 其中：住宅 | 亿元 | 83820 | -9.3 |', '| 房屋施工面积 | 万平方米 | 838364 | -7.2 |', '| 其中：住宅 | 万平方米 | 589884 | -7.7 |');

/** A column headed 其中 (the last year of a five-year total), its rows' units in a unit column. */
const CAPACITY = joinLines('**表5 “十五”时期固定资产投资新增主要生产能力**', '', '| 指标 | 单位 | 2001-2005年累计 | 其中：2005年 |', '| --- | --- | --- | --- |', '| 新增发电机组容量 | 万千瓦 | 17655 | 6326 |', '| 新建铁路投产里程 | 公里 | 7063 | 1203 |');

/** Rows after a 其中 row that divide with it (火电, 水电, 核电): kinds of the whole that do not overlap. */
const POWER = joinLines('**表4 2010年主要工业产品产量及其增长速度**', '', '- 产品名称 单位 产量 比上年增长%', '- 发电量 亿千瓦小时 42065.4 13.2', '- 其中：火电 亿千瓦小时 33301.3 11.6', '- 水电 亿千瓦小时 7210.2 17.1', '- 核电 亿千瓦小时 738.8 5.3', '- 十种有色金属 万吨 3092.6 16.8');

/** Kinds of passenger car after a 其中 row (轿车, SUV): they do not overlap; a 其中 row after them (新能源汽车) may overlap both. */
const CARS = joinLines('**表3 2021年全省主要工业产品产量及其增长速度**', '', '| 产品名称 | 单位 | 产量 | 比上年增长（%） |', '| --- | --- | --- | --- |', '| 汽车 | 万辆 | 310.5 | 4.2 |', '| 其中：基本型乘用车（轿车） | 万辆 | 120.4 | -3.1 |', '| 运动型多用途乘用车（SUV） | 万辆 | 98.7 | 6.0 |', '| 其中：新能源汽车 | 万辆 | 45.2 | 80.3 |', '| 大中型拖拉机 | 万台 | 3.3 | 12.0 |');

/** The trade table of a communiqué: the balance's parts may each exceed it; 机电产品 overlaps the trade modes. */
const MODES = joinLines('**表6 2005年货物进出口总额及其增长速度**', '', '| 指标 | 绝对数 | 比上年增长% |', '| --- | --- | --- |', '| 出口额 | 7620 | 28.4 |', '| 其中：一般贸易 | 3151 | 29.3 |', '| 加工贸易 | 4165 | 27.0 |', '| 其中：机电产品 | 4267 | 32.0 |', '| 出口大于进口 | 1019 | |', '| 其中：一般贸易 | 354 | |', '| 加工贸易 | 1425 | |');

/** A table whose first row is the statistic its caption names; a 其中 row right after another, nested in it or not. */
const PROFIT = joinLines('**表3：2010年1-11月规模以上工业企业实现利润及其增长速度**', '', '单位：亿元', '', '- 指标 利润总额 比上年同期增长%', '- 规模以上工业 38828 49.4', '- 其中：国有及国有控股企业 11924 59.1', '- 其中：集体企业 689 34.6', '- 股份制企业 21100 49.4', '- 外商及港澳台商投资企业 11131 46.3', '- 其中：私营企业 10430 49.4');

/** Kinds by registration after a 其中 row that follows another (nested in 国有控股 or not): within the total either way. */
const BY_REGISTRATION = joinLines('**表2 2021年全市规模以上工业增加值主要分类情况**', '', '单位：亿元', '', '- 指标 增加值 比上年增长%', '- 规模以上工业 860 9.1', '- 其中：国有控股企业 310 6.2', '- 其中：集体企业 25 3.0', '- 股份制企业 520 10.4', '- 外商及港澳台商投资企业 240 7.7', '- 其中：私营企业 290 12.5');

/** Two 其中 rows whose names divide (国内贷款, 个人按揭贷款): the second is no part of the first but another kind. */
const FUNDS = joinLines('**表5 2021年全市房地产开发资金来源**', '', '| 指标 | 单位 | 绝对数 | 比上年增长（%） |', '| --- | --- | --- | --- |', '| 本年资金来源 | 亿元 | 1500 | 6.0 |', '| 其中：国内贷款 | 亿元 | 400 | 2.1 |', '| 其中：个人按揭贷款 | 亿元 | 350 | 4.5 |', '| 本年购置土地面积 | 万平方米 | 900 | -3.0 |');

/** Some sections of the classification under 其中 (a selection of them): together at most the total. */
const FDI_BY_INDUSTRY = joinLines('**表11：2010年非金融领域外商直接投资及其增长速度**', '', '- 行业 企业数（家） 比上年增长%', '- 总计 27406 16.9', '- 其中：制造业 11047 13.1', '- 电力、燃气及水的生产和供应业 210 -0.5', '- 交通运输、仓储和邮政业 396 1.5', '- 批发和零售业 6786 22.3');
/**
 * The same table as a web page gives it: no list markers, the header a line of single-spaced words above the rows (its
 * growth columns named by it, not read as figures of the rows' unit).
 */
const FDI_WEB = joinLines('表11：2010年非金融领域外商直接投资及其增长速度', '行业 企业数（家） 比上年增长% 实际使用金额（亿美元） 比上年增长%', '总计 27406 16.9 1057.4 17.4', '其中：制造业 11047 13.1 495.9 6.0', '批发和零售业 6786 33.1 66.0 22.4', '房地产业 689 21.1 239.9 42.8', '租赁和商务服务业 3418 19.3 71.3 17.3');

/** New capacity by indicator, units in a column: a 其中 row opens a group, a later 其中 row is a kind of the row right above it. */
const NEW_CAPACITY = joinLines('**表4 2021年全省固定资产投资新增主要生产能力**', '', '| 指标 | 单位 | 绝对数 |', '| --- | --- | --- |', '| 新建铁路投产里程 | 公里 | 620 |', '| 其中：城际铁路 | 公里 | 210 |', '| 电气化铁路投产里程 | 公里 | 480 |', '| 新改建农村公路 | 公里 | 5300 |', '| 其中：四级公路 | 公里 | 2100 |', '| 新增光缆线路长度 | 万公里 | 12 |');

/** The same with the noun before a measure (新建公路里程 ⏎ 其中：高速公路) after an open 其中 group of another noun (铁路). */
const NEW_LINES = joinLines('**表4 2021年全省固定资产投资新增主要生产与运营能力**', '', '| 指标 | 单位 | 绝对数 |', '| --- | --- | --- |', '| 新建铁路投产里程 | 公里 | 620 |', '| 其中：高速铁路 | 公里 | 210 |', '| 电气化铁路投产里程 | 公里 | 480 |', '| 新建公路里程 | 公里 | 5300 |', '| 其中：高速公路 | 公里 | 900 |', '| 新增光缆线路长度 | 万公里 | 12 |');

/** Deposits by kind, then a currency: 其中：人民币 of the row above it or of all deposits — in doubt. */
const DEPOSITS = joinLines('**表9 2021年末全市金融机构本外币存款**', '', '单位：亿元', '', '| 指标 | 年末数 | 比上年末增长% |', '| --- | --- | --- |', '| 各项存款余额 | 9800 | 8.1 |', '| 其中：非金融企业存款 | 3100 | 6.2 |', '| 住户存款 | 5200 | 10.4 |', '| 其中：人民币 | 5050 | 10.9 |');

/** A 其中 row under another that names a currency or a size class alone: a qualifier of the row above it. */
const NESTED_QUALIFIER = joinLines('**表16 2023年年末全部金融机构本外币存贷款余额及其增长速度**', '', '| 指标 | 年末数（亿元） | 比上年末增长（%） |', '| --- | --- | --- |', '| 各项存款 | 2899132 | 9.6 |', '| 其中：境内住户存款 | 1378765 | 13.8 |', '| 其中：人民币 | 1369895 | 13.8 |', '| 境内非金融企业存款 | 817959 | 4.9 |', '| 各项贷款 | 2422396 | 10.1 |');
const SIZE_CLASS = joinLines('**表6 2015年房地产开发和销售主要指标及其增长速度**', '', '| 指标 | 单位 | 绝对数 | 比上年增长（%） |', '| --- | --- | --- | --- |', '| 投资额 | 亿元 | 95979 | 1.0 |', '| 其中：住宅 | 亿元 | 64595 | 0.4 |', '| 其中：90平方米及以下 | 亿元 | 24646 | 21.2 |', '| 房屋施工面积 | 万平方米 | 735693 | 1.3 |');

/** Crops by output, in the unit line: 花生 and 油菜籽 are oilseeds by the lexicon (no 其中 mark), 棉花 is not. */
const CROPS = joinLines('**表2 2021年全省主要农产品产量**', '', '单位：万吨', '', '- 产品名称 产量 比上年增长%', '- 粮食 3600 1.2', '- 油料 420 2.1', '- 花生 180 3.0', '- 油菜籽 150 1.1', '- 棉花 35 -4.0');

/** Value added by sector, then some industries of GDP under 第三产业 (all services), flat: parts of one partition of GDP. */
const SERVICES = joinLines('**表1 2021年全县生产总值**', '', '单位：亿元', '', '- 指标 绝对数 比上年增长%', '- 生产总值 180.0 6.5', '- 第一产业 20.0 7.1', '- 第二产业 70.0 6.0', '- 第三产业 90.0 6.8', '- 批发和零售业 15.2 5.0', '- 交通运输、仓储和邮政业 8.4 3.1', '- 金融业 9.7 4.4', '- 房地产业 12.1 -1.2', '- 营利性服务业 18.3 8.0', '- 非营利性服务业 24.5 7.2');

/** An average is no total: urban and rural incomes are above and below the whole country's. */
const INCOME = joinLines('**表7 2023年全国居民人均可支配收入**', '', '| 指标 | 绝对数（元） |', '| --- | --- |', '| 全国居民人均可支配收入 | 39218 |', '| 城镇居民 | 51821 |', '| 农村居民 | 21691 |');

ruleCases('table.subset', {
	fires: [
		['a 其中 row larger than the row above it', HOUSING.replace('| 83820 |', '| 183820 |'), [{ at: '183820', related: ['110913'] }]],
		// Its share disagrees too: the value is the figure to correct (a value from its share is known to three digits only: no fix).
		['a part of the lexicon larger than its whole (65岁及以上 within 60岁及以上)', POPULATION.replace('| 21676 |', '| 31676 |'), [{ at: '31676', related: ['140967', '29697', '15.4'] }]],
		['kinds after a 其中 row together more than their whole (火电 + 水电 + 核电)', POWER.replace('42065.4', '40065.4'), [{ at: '40065.4', related: ['33301.3', '7210.2', '738.8'] }]],
		['a kind after a 其中 row larger than its whole', MODES.replace('| 4165 |', '| 8165 |'), [{ at: '8165', related: ['7620', '3151'] }]],
		['a 其中 row after another larger than the whole of both readings', PROFIT.replace(' 689 ', ' 68900 '), [{ at: '68900', related: ['38828', '21100', '11131'] }]],
		['a row of a table larger than its first row, the total its caption names', PROFIT.replace(' 21100 ', ' 41100 '), [{ at: '41100', related: ['38828', '689', '11131'] }]],
		['a 其中 row after kinds that divide larger than their whole (机电产品 nested in 加工贸易 or not)', MODES.replace('| 4267 |', '| 8267 |'), [{ at: '8267', related: ['7620'] }]],
		['a row in doubt after a 其中 group (高新技术产品), the group closed by the other part of a partition (货物进口额 after 出口额) or their balance: larger than its part of the partition', TRADE_GROUPS.replace('| 4924 |', '| 16924 |').replace('| 4127 |', '| 14127 |'), [{ at: '16924', related: ['15779'] }, { at: '14127', related: ['13948'] }]],

		['kinds after a 其中 row that follows another together more than the whole of both readings', BY_REGISTRATION.replace(' 520 ', ' 620 '), [{ at: '860', related: ['25', '620', '240'] }]],
		['a 其中 row under another whose name divides with it: the two together more than their whole', FUNDS.replace('| 350 |', '| 1150 |'), [{ at: '1500', related: ['400', '1150'] }]],
		['sections of the classification listed under 其中 together more than the total', FDI_BY_INDUSTRY.replace('6786', '16786'), [{ at: '27406' }]],
		['web text, the header a line of single-spaced words: sections under 其中 more than the total', FDI_WEB.replace(' 6786 ', ' 16786 '), [{ at: '27406' }]],
		['a division after a 其中 row, unmarked, larger than its section (石油和天然气开采业 in 采矿业)', BY_INDUSTRY.replace('开采业 2893', '开采业 12893'), [{ at: '12893', related: ['9653'] }]],
		['a 其中 column larger than the column before it, in its row', CAPACITY.replace('| 1203 |', '| 12030 |'), [{ at: '12030', related: ['7063'] }]],
		['a 其中 row of a kind of the row above it (四级公路 of 新改建农村公路), after an open 其中 group, larger than that row', NEW_CAPACITY.replace('| 2100 |', '| 6100 |'), [{ at: '6100', related: ['5300'] }]],
		['a 其中 row of the noun before the measure of the row above it (高速公路 of 新建公路里程), after an open 其中 group, larger than that row', NEW_LINES.replace('| 900 |', '| 6900 |'), [{ at: '6900', related: ['5300'] }]],
		['a currency alone under another 其中 row (其中：境内住户存款 ⏎ 其中：人民币) larger than that row', NESTED_QUALIFIER.replace('| 1369895 |', '| 1469895 |'), [{ at: '1469895', related: ['1378765'] }]],
		['a size class alone under another 其中 row (其中：住宅 ⏎ 其中：90平方米及以下) larger than that row', SIZE_CLASS.replace('| 24646 |', '| 74646 |'), [{ at: '74646', related: ['64595'] }]],
		['the kind after a nested currency (境内非金融企业存款) and the first kind together more than their whole', NESTED_QUALIFIER.replace('| 817959 |', '| 1617959 |'), [{ at: '2899132', related: ['1378765', '1617959'] }]],
		['kinds of passenger car after a 其中 row together more than 汽车 (轿车 + SUV)', CARS.replace('| 98.7 |', '| 198.7 |'), [{ at: '310.5', related: ['120.4', '198.7'] }]],
		['a part of the lexicon without a 其中 mark larger than its whole (花生 within 油料)', CROPS.replace('- 花生 180', '- 花生 480'), [{ at: '480', related: ['420'] }]],
		['industries of GDP after 第三产业, each a service, together more than it (parts of one partition do not overlap)', SERVICES.replace('- 非营利性服务业 24.5', '- 非营利性服务业 34.5'), [{ at: '90.0' }]],
	],
	silent: [
		['parts as printed', HOUSING + '\n\n' + TRADE],
		['a 其中 column at most the column before it', CAPACITY],
		['a column not headed 其中 may be larger than the one before it', CAPACITY.replace('其中：2005年', '2005年').replace('| 1203 |', '| 12030 |')],
		['a row after a 其中 row is not taken for its sibling (实用新型 after 其中：境内发明)', '| 指标 | 专利数（万件） |\n| --- | --- |\n| 发明专利授权 | 92.1 |\n| 其中：境内发明专利授权 | 81.3 |\n| 实用新型专利授权 | 209.0 |\n| 外观设计专利授权 | 63.8 |'],
		['kinds within their whole', POWER],
		['kinds of passenger car within 汽车, as printed; 新能源汽车 after them may overlap both (not summed with them)', CARS.replace('| 45.2 |', '| 190.2 |')],
		['a car named by no side (货车) after 其中：轿车 is no kind of the division: not summed', CARS.replace('运动型多用途乘用车（SUV）', '货车').replace('| 98.7 |', '| 198.7 |')],
		['crops by output, as printed', CROPS],
		['a crop the lexicon puts in no whole above it may be larger than the row above (棉花 after the oilseeds)', CROPS.replace('- 棉花 35', '- 棉花 700')],
		['kinds of the rows above them, as printed', NEW_CAPACITY + '\n\n' + DEPOSITS],
		['a currency (其中：人民币) after an open 其中 group may be of all deposits: not held against the row above it', DEPOSITS.replace('| 5050 |', '| 5650 |')],
		['a currency or size class under another 其中 row, as printed', NESTED_QUALIFIER + '\n\n' + SIZE_CLASS],
		['a size class of another noun (1000万元以上项目 under 其中：住宅) is not taken as nested in the row above', SIZE_CLASS.replace('其中：90平方米及以下', '其中：1000万元以上项目').replace('| 24646 |', '| 74646 |')],
		['a class by a project’s investment under another 其中 row (其中：新开工项目 ⏎ 其中：5000万元以上项目) may be of all projects', joinLines('**表5 2023年全县固定资产投资项目**', '', '| 指标 | 单位 | 绝对数 | 比上年增长（%） |', '| --- | --- | --- | --- |', '| 施工项目个数 | 个 | 5000 | 1.0 |', '| 其中：新开工项目 | 个 | 1000 | 0.4 |', '| 其中：5000万元以上项目 | 个 | 1500 | 21.2 |', '| 本年投产项目 | 个 | 2100 | 3.0 |')],
		['a class by a loan’s term under another 其中 row (其中：短期贷款 ⏎ 其中：1年以下) may be of all loans', joinLines('**表9 2023年末全市金融机构贷款**', '', '| 指标 | 年末数（亿元） | 比上年末增长（%） |', '| --- | --- | --- |', '| 各项贷款 | 2899 | 9.6 |', '| 其中：短期贷款 | 1378 | 13.8 |', '| 其中：1年以下 | 1400 | 13.8 |')],
		['the noun before a measure, as printed', NEW_LINES],
		['a 其中 row of the open group’s noun after a row with a measure (其中：高速铁路 ⏎ … ⏎ 电气化铁路投产里程 ⏎ 其中：城际铁路) may be of the group’s whole: not held against the row above', NEW_LINES.replace('| 新建公路里程 | 公里 | 5300 |\n| 其中：高速公路 | 公里 | 900 |', '| 其中：城际铁路 | 公里 | 560 |')],
		['a 其中 row whose noun is not the row above’s (四级公路 after 电气化铁路投产里程) is not nested in it', NEW_CAPACITY.replace('| 新改建农村公路 | 公里 | 5300 |\n', '')],
		['a 其中 row after another is not taken as nested in it (集体企业 larger than 国有及国有控股企业)', PROFIT.replace(' 689 ', ' 11990 ').replace(' 21100 ', ' 14000 ')],
		['kinds after a 其中 row that follows another, as printed', BY_REGISTRATION],
		['a 其中 row after those kinds (私营企业) is not summed with them', BY_REGISTRATION.replace(' 290 ', ' 500 ')],
		['two 其中 rows that divide, within their whole', FUNDS],
		['a 其中 row under another whose name does not divide with it may be nested: not summed (银行贷款 within 国内贷款)', FUNDS.replace('其中：个人按揭贷款', '其中：银行贷款').replace('| 350 |', '| 390 |').replace('| 1500 |', '| 700 |')],
		['rows of an average may pass its first row', INCOME],
		['a first row the caption lists with others is no total (第一产业 of 第一产业、第二产业和第三产业增加值)', joinLines('**表1 2023年第一产业、第二产业和第三产业增加值**', '', '| 指标 | 绝对数（亿元） |', '| --- | --- |', '| 第一产业 | 5000 |', '| 第二产业 | 20000 |', '| 第三产业 | 30000 |')],
		['nor one the caption holds inside a longer word (出口 in 货物进出口总额)', joinLines('**表6 2023年货物进出口总额及其增长速度**', '', '| 指标 | 绝对数（亿元） |', '| --- | --- |', '| 出口 | 17377 |', '| 其中：一般贸易 | 11000 |', '| 进口 | 24836 |')],
		['a first row the caption lists among others is no total (出口 of 出口和进口: imports may pass exports)', joinLines('**表6 2023年全省货物出口和进口**', '', '| 指标 | 绝对数（亿元） |', '| --- | --- |', '| 出口 | 3200 |', '| 进口 | 4100 |', '| 一般贸易进口 | 2600 |')],
		['rows of another breakdown after a section are no divisions of it (营利性服务业 after 房地产业)', VALUE_ADDED_BY_INDUSTRY],
		['industries of GDP after 第三产业, as printed', SERVICES],
		// 营利性服务业 holds 信息传输、软件和信息技术服务业: a service the lexicon puts in no partition ends the run.
		['a service of no partition among them (信息传输… overlaps 营利性服务业): not summed', SERVICES.replace('- 金融业 9.7 4.4', '- 信息传输、软件和信息技术服务业 30.0 9.0').replace('- 营利性服务业 18.3', '- 营利性服务业 40.3')],
		// 工业 holds 开采专业及辅助性活动 and 金属制品、机械和设备修理业, which are in 第三产业 since 2013: 工业 + 建筑业 may pass 第二产业.
		['工业 and 建筑业 under 第二产业 may together pass it', joinLines('**表1 2023年全市生产总值**', '', '单位：亿元', '', '- 指标 绝对数 比上年增长%', '- 地区生产总值 600.00 5.0', '- 其中：第一产业 60.00 4.0', '- 第二产业 290.00 6.0', '- 其中：工业 160.10 8.0', '- 建筑业 130.20 3.0', '- 第三产业 250.00 4.5')],
		['sections under 其中 within the total', FDI_BY_INDUSTRY],
		['web text: the header line of single-spaced words names the growth columns (33.1 is no part of 16.9)', FDI_WEB],
		['rows under a section’s 其中 may overlap (装备制造业, 高技术制造业: not its divisions), each within the section', BY_INDUSTRY.replace('- 其中：农副食品加工业 3626 28.1', '- 其中：装备制造业 45000 28.1').replace('- 食品制造业 1944 28.8', '- 高技术制造业 20000 28.8').replace('- 纺织业 2230 26.4', '- 消费品制造业 25000 26.4')],
		['the parts of a balance may exceed it; a 其中 row after the kinds is not summed with them', MODES],
		['a trade table whose 其中 groups stand after rows in doubt, as printed', TRADE_GROUPS],
		['a row in doubt after a 其中 group closed by a row of another statistic (no part of the partition): it may be a top row', TRADE_GROUPS.replace('| 4924 |', '| 16924 |').replace('| 货物进口额 | 13948 | 38.7 |', '| 社会消费品零售总额 | 12000 | 18.4 |')],
		['a row among a 其中 group’s rows in doubt that names, after its own words, the partition’s total or another statistic (对“一带一路”沿线国家进出口 among 出口’s rows, 服务贸易进出口 among 进口’s): a top row, not within the part the sibling closes', TRADE_GROUPS.replace('| 高新技术产品 | 4924 | 30.7 |', '| 对“一带一路”沿线国家进出口 | 16924 | 30.7 |').replace('| 高新技术产品 | 4127 | 33.2 |', '| 服务贸易进出口 | 14127 | 33.2 |')],
		['growth rates of a part may pass its whole’s', HOUSING.replace('| -9.3 |', '| 9.3 |')],
	],
});

test('kinds summed within their whole: the message names them and shows the sum, in both languages', () => {
	const f = analyze(POWER.replace('42065.4', '40065.4')).findings.find((x) => x.ruleId === 'table.subset');
	assert.ok(f);
	assert.equal(findingMessage(f, 'en'), '火电 + 水电 + 核电 together are more than 发电量, which they are part of: 33301.3 + 7210.2 + 738.8 = 41250.3 > 40065.4.');
	assert.equal(findingMessage(f, 'zh'), '火电 + 水电 + 核电合计大于其所属的发电量：33301.3 + 7210.2 + 738.8 = 41250.3 > 40065.4。');
});

// 出口 − 进口 ≤ 出口 + 进口 for any figures: a balance under the total of its sides is bound by its sum (table.sum), no part of
// the total (货物进出口顺差 after 货物进口额’s rows; 进出口差额（出口减进口） at the end of a table of 其中 groups).
test('a balance is no part of the total of its sides; the other rows under the total still are', () => {
	for (const [text, balance] of [[TRADE, '货物进出口顺差'], [TRADE_GROUPS, '进出口差额（出口减进口）']] as const) {
		const subsets = analyze(text).relations.filter((r) => r.kind === 'table-subset');
		assert.deepEqual(subsets.filter((r) => String(r.data?.part).includes(balance)), []);
		assert.ok(subsets.some((r) => r.data?.part === '一般贸易' && r.data?.whole === '货物出口额'));
	}
});
