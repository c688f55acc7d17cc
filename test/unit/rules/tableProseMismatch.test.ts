import { ruleCases } from '../../helpers/findings';
import { FREIGHT, GDP_BARS, GRAIN_FLAT } from '../../helpers/tableFixtures';
import { joinLines } from '../../helpers/text';

const MIGRANTS = joinLines('全国农民工总量29753万人，比上年增长0.6%。', '', '**表 2023年农民工规模**', '', '| 指标 | 年末数（万人） | 比上年增长（%） |', '| --- | --- | --- |', '| 农民工总量 | 29753 | 0.6 |', '| 外出农民工 | 17658 | 2.7 |', '| 本地农民工 | 12095 | -2.2 |');

/** Rows the lexicon does not know, each column its own statistic: the row's label with the column's noun names it. */
const SCHOOLS = joinLines('全年普通高等教育招生505万人，在校生1562万人，毕业生307万人。', '', '**表12 “十五”时期各类教育发展情况**', '', '单位：万人', '', '| 指标 | 2005年招生 | 2005年在校生 | 2001-2005年累计毕业生 |', '| --- | --- | --- | --- |', '| 普通高等教育 | 505 | 1562 | 971 |');

/** Products named alone in the prose (原煤21.9亿吨): their output, in a sentence about production, not consumption. */
const PRODUCTS = joinLines('全年一次能源生产总量20.6亿吨标准煤；原煤21.9亿吨，增长9.9%；水泥10.6亿吨，增长10.0%；十种有色金属增长13.2%。', '', '**表4 2005年主要工业产品产量**', '', '- 产品名称 单 位 产 量 比上年增长%', '- 原 煤 亿吨 21.9 9.9', '- 水 泥 亿吨 10.6 10.0', '- 十种有色金属 万吨 1635 13.2', '- 纯 碱 万吨 1467 9.9');

/** Two statistics a row: a rate stated alone is of neither column for sure. */
const INVESTMENT = joinLines('全年外商直接投资新设立企业53766家，比上年增长39.7%。', '', '**表14 2023年外商直接投资额及其增长速度**', '', '| 行业 | 企业数（家） | 比上年增长（%） | 实际使用金额（亿元） | 比上年增长（%） |', '| --- | --- | --- | --- | --- |', '| 总计 | 53766 | 39.7 | 11339 | -8.0 |', '| 其中：制造业 | 3624 | 1.5 | 3179 | -1.8 |');

/** Patents with their 其中 rows (境内有效专利 under 年末有效专利数), the prose stating the totals. */
const PATENT_PARTS = joinLines('全年受理境内外专利申请279.9万件，授予专利权171.8万件。截至年底，有效专利547.8万件。', '', '**表16 2015年专利申请受理、授权和有效专利情况**', '', '| 指标 | 专利数（万件） | 比上年增长（%） |', '| --- | --- | --- |', '| 专利申请受理数 | 279.9 | 18.5 |', '| 其中：境内专利申请受理 | 261.7 | 19.7 |', '| 专利申请授权数 | 171.8 | 31.9 |', '| 年末有效专利数 | 547.8 | 18.0 |', '| 其中：境内有效专利 | 467.4 | 19.3 |', '| 其中：有效发明专利 | 147.2 | 23.1 |');

/** A series (a column a year, under a caption of the plan period): a prose figure is of the year its headings name. */
/** The same table, its caption's statistic with an aside of its scope (（不含银行、证券、保险）), the prose stating it first. */
const INVESTMENT_ASIDE = joinLines('全年吸收外商直接投资（不含银行、证券、保险）新设立企业53766家，比上年增长39.7%。实际使用外商直接投资金额11339亿元（折1633亿美元），下降8.0%。', '', '**表14 2023年外商直接投资（不含银行、证券、保险）及其增长速度**', '', '| 行业 | 企业数（家） | 比上年增长（%） | 实际使用金额（亿元） | 比上年增长（%） |', '| --- | --- | --- | --- | --- |', '| 总计 | 53766 | 39.7 | 11339 | -8.0 |', '| 其中：制造业 | 3624 | 1.5 | 3179 | -1.8 |');

/** Patents: the table's rows named as counts (专利申请受理数, 年末有效专利数), the prose by the deed (受理境内外专利申请, 有效专利). */
const PATENTS = joinLines('全年受理境内外专利申请279.9万件，授予专利权171.8万件。截至年底，有效专利547.8万件。', '', '**表16 2015年专利申请受理、授权和有效专利情况**', '', '| 指标 | 专利数（万件） | 比上年增长（%） |', '| --- | --- | --- |', '| 专利申请受理数 | 279.9 | 18.5 |', '| 专利申请授权数 | 171.8 | 31.9 |', '| 年末有效专利数 | 547.8 | 18.0 |');

const SERIES = joinLines('中华人民共和国2005年国民经济和社会发展统计公报', '', '中华人民共和国国家统计局', '', '2006年2月28日', '', '一、人民生活', '', '全年农村居民人均纯收入3255元。农村居民家庭恩格尔系数为45.5%。', '', '**表13 “十五”时期城乡居民生活改善情况**', '', '| 指标 | 单位 | 2004 | 2005 |', '| --- | --- | --- | --- |', '| 农村居民人均纯收入 | 元 | 2936 | 3255 |', '| 农村居民家庭恩格尔系数 | % | 47.2 | 45.5 |');

/** A total row named by the caption alone, a column of money under `金额单位`, its noun written once for two amounts. */
const FDI = joinLines('全年批准外商直接投资项目44001个，比上年增长0.8%；实际使用金额603亿美元，下降0.5%。', '', '**表8 2005年外商直接投资分行业情况**', '', '- 金额单位：亿美元', '- 行业名称 合同项目（个） 比上年增长% 实际使用金额 比上年增长%', '- 总 计 44001 0.8 603.2 -0.5', '- 其中：制造业 28928 -5.1 424.5 -3.4', '- 房地产业 2120 -13.2 54.2 -9.4');

/** Short labels under a caption that names their field (投资完成额 of 房地产开发). */
const ESTATE = joinLines('全年房地产开发投资48267亿元，比上年增长33.2%。', '', '**表6：2010年房地产开发和销售主要指标完成情况**', '', '- 指标 单位 绝对数 比上年增长%', '- 投资完成额 亿元 48267 33.2', '- 房屋施工面积 万平方米 405539 26.6', '- 房屋竣工面积 万平方米 75961 4.5');

/** The same with the last year of the sum in a column of its own. */
const SCHOOLS_OF_YEAR = joinLines('全年普通高等教育招生505万人，在校生1562万人，毕业生307万人。', '', '**表12 “十五”时期各类教育发展情况**', '', '单位：万人', '', '| 指标 | 2005年招生 | 2005年在校生 | 2001-2005年累计毕业生 | 其中：2005年 |', '| --- | --- | --- | --- | --- |', '| 普通高等教育 | 505 | 1562 | 971 | 307 |');

/** Price changes: the subject with a period after it, a top row named with its total's noun (食品 → 食品价格). */
const PRICES = joinLines('居民消费价格一季度同比上涨2.2%，四季度上涨4.7%，全年平均比上年上涨3.3%，其中食品价格上涨7.2%。', '', '**表1：2010年居民消费价格比上年涨跌幅度**', '', '单位：%', '', '- 指标 全国', '- 居民消费价格 3.3', '- 食品 7.2', '- 其中：粮食 11.8');

/** Rows that are their own statistics (a column of units), in a column of one year after a sum over years, or headed 绝对数. */
const CAPACITY = joinLines('全年新增局用交换机1800万门，新建公路5300公里，其中高速公路900公里。', '', '**表5 “十三五”时期新增主要生产能力**', '', '| 指标 | 单位 | 2016-2020年累计 | 其中：2020年 |', '| --- | --- | --- | --- |', '| 新增局用交换机容量 | 万门 | 9000 | 1800 |', '| 新建公路 | 公里 | 26000 | 5300 |');
const CAPACITY_OF_YEAR = joinLines('全年新增局用交换机1800万门，新建公路5300公里，其中高速公路900公里。', '', '**表5 2020年新增主要生产能力**', '', '| 指标 | 单位 | 绝对数 |', '| --- | --- | --- |', '| 新增局用交换机容量 | 万门 | 1800 |', '| 新建公路 | 公里 | 5300 |');

/** The year's months so far: 累计 between the statistic and its verb (累计实现利润) names the statistic itself. */
const PROFITS = joinLines('1-11月规模以上工业企业累计实现利润38828亿元，比上年同期增长49.4%。', '', '**表3：2010年1-11月规模以上工业企业实现利润及其增长速度**', '', '单位：亿元', '', '- 指标 利润总额 比上年同期增长%', '- 规模以上工业 38828 49.4', '- 其中：国有及国有控股企业 11924 59.1', '- 其中：集体企业 689 34.6', '- 股份制企业 21100 49.4', '- 外商及港澳台商投资企业 10430 49.4');

/** A plan of the older official style: columns of two years, the prose in positional characters, the year its sentence opens on. */
/** A plan's table of an indicator the lexicon knows (发电量), its columns dated by their headers (1952年产量, 1957年计划产量). */
const OLD_PLAN_POWER = joinLines('五年内，主要工业品产量的增长如下列：', '', '| 产品名称 | 1952年产量 | 1957年计划产量 |', '| --- | --- | --- |', '| 发电量 | 72.6亿度 | 159亿度 |', '', '一九五七年全国发电总量将达到一五九亿度，比一九五二年增长百分之一一九。');
/** Two columns of one year (计划, 实际): neither is told from the other by its year. */
const PLAN_AND_DONE = joinLines('2023年发电量达到160亿度。', '', '| 指标 | 2023年计划 | 2023年实际 |', '| --- | --- | --- |', '| 发电量 | 150亿度 | 160亿度 |');
/** A target's (or an estimate's) column of the year beside last year's actual, and the year's figure reached in the prose. */
const TARGET_OF_YEAR = joinLines('2023年全市发电量达到160亿度。', '', '| 指标 | 2022年实际 | 2023年目标 |', '| --- | --- | --- |', '| 发电量 | 140亿度 | 150亿度 |');
const OLD_PLAN = joinLines('五年内，主要工业品产量的增长如下列：', '', '| 产品名称 | 1952年产量 | 1957年计划产量 |', '| --- | --- | --- |', '| 生铁 | 190万吨 | 467.4万吨 |', '| 钢材 | 111万吨 | 304.5万吨 |', '', '五年内新增的生产能力为：生铁二八〇万吨，钢材一八三万吨。', '', '一九五七年，几种主要产品的生产水平为：生铁四六七·四万吨，钢材三〇四·五万吨。');

/** A share column under its 100 row: the share of 城镇 is the rate the lexicon defines as 城镇人口 over 总人口 (城镇化率). */
const URBAN = joinLines('年末全国常住人口城镇化率为61.38%，比上年末提高0.92个百分点。', '', '表1 2021年年末人口数及其构成', '', '| 指标 | 年末数（万人） | 比重（%） |', '| --- | --- | --- |', '| 全国人口 | 120000 | 100.0 |', '| 其中：城镇 | 73656 | 61.4 |', '| 乡村 | 46344 | 38.6 |');

ruleCases('table.prose-mismatch', {
	fires: [
		['an indicator\'s row: a column\'s year named before its noun (1957年计划产量) is the scope of its cells, the prose figure of that year held to it', OLD_PLAN_POWER.replace('一五九亿度', '一六九亿度'), [{ at: '159亿度' }]],
		['a figure in positional characters of the year its sentence opens on (一九五七年，…), against that year’s column only', OLD_PLAN.replace('四六七·四', '四七七·四'), [{ at: '467.4万吨' }]],
		['the months so far, 累计 before the verb (累计实现利润), against the table of those months', PROFITS.replace('利润38828亿元', '利润38928亿元'), [{ at: '38828' }]],
		// The table's total is bound by its parts: the prose figure is the one to correct.
		['an amount in the prose against a total its parts confirm', FREIGHT.replace('557亿吨', '567亿吨'), [{ at: '567亿吨', fix: '557亿吨' }]],
		['the same with the total of a partition of the lexicon (农民工)', MIGRANTS.replace('29753万人', '29853万人'), [{ at: '29853万人', fix: '29753万人' }]],
		// A growth rate bound by nothing else: either could be wrong; the finding stands on the cell.
		['a growth rate', FREIGHT.replace('增长8.1%', '增长9.1%'), [{ at: '8.1', related: ['9.1%'] }]],
		['a growth rate in a web table with | between cells (下降 is negative)', GDP_BARS.replace('同比下降0.2%', '同比下降0.4%'), [{ at: '-0.2', related: ['0.4%'] }]],
		['a row the lexicon does not know, by its label and the column’s noun (普通高等教育 | 2005年招生)', SCHOOLS.replace('招生505万人', '招生515万人'), [{ at: '505', related: ['515万人'] }]],
		['a product named alone, by the lexicon’s output (原煤 → 原煤产量)', PRODUCTS.replace('原煤21.9亿吨', '原煤22.9亿吨'), [{ at: '21.9', related: ['22.9亿吨'] }]],
		['a product the lexicon does not know, by its label in a column of output (水泥 | 产量)', PRODUCTS.replace('水泥10.6亿吨', '水泥10.8亿吨'), [{ at: '10.6', related: ['10.8亿吨'] }]],
		['its growth rate, the one stated with its amount', PRODUCTS.replace('增长10.0%', '增长11.0%'), [{ at: '10.0', related: ['11.0%'] }]],
		['a growth rate stated without its amount, in a table of one column of amounts (a name that opens with a count: 十种有色金属)', PRODUCTS.replace('增长13.2%', '增长12.2%'), [{ at: '13.2', related: ['12.2%'] }]],
		['a column’s noun alone after the row’s label with another column’s noun (招生505万人，在校生1562万人)', SCHOOLS.replace('在校生1562万人', '在校生1662万人'), [{ at: '1562', related: ['1662万人'] }]],
		['a column of a series, the year the prose’s headings name', SERIES.replace('3255元', '3355元'), [{ at: '3255', related: ['3355元'] }]],
		['a rate in a column of values is a level in the prose (恩格尔系数为45.5%)', SERIES.replace('45.5%', '46.5%'), [{ at: '45.5', related: ['46.5%'] }]],
		['a total row by the statistic its caption names and the column’s noun (总计 | 企业数 ← 外商直接投资新设立企业)', INVESTMENT.replace('企业53766家', '企业53866家'), [{ at: '53766', related: ['53866家'] }]],
		['the same, the caption hard-wrapped where its bold mark is cut in two (…及其增长速度* ⏎ *): the mark is still no word of the statistic', INVESTMENT.replace('企业53766家', '企业53866家').replace('**表14 2023年外商直接投资额及其增长速度**', '**表14 2023年外商直接\n投资额及其增长速度*\n*'), [{ at: '53766', related: ['53866家'] }]],
		['the same, the caption’s statistic with an aside the prose states before it (（不含银行、证券、保险）)', INVESTMENT_ASIDE.replace('企业53766家', '企业53866家'), [{ at: '53766', related: ['53866家'] }]],
		['the same, the aside stated in the paragraph before the figure (…新设立企业…。实际使用外商直接投资金额…)', INVESTMENT_ASIDE.replace('金额11339亿元', '金额11439亿元'), [{ at: '11339', related: ['11439亿元'] }]],
		['the same, the rate after an amount converted in brackets (11339亿元（折1633亿美元），下降8.0%)', INVESTMENT_ASIDE.replace('下降8.0%', '下降9.0%'), [{ at: '-8.0', related: ['9.0%'] }]],
		['the noun alone after an amount that names the caption’s statistic, in a column of money under 金额单位', FDI.replace('603亿美元', '613亿美元'), [{ at: '603.2', related: ['613亿美元'] }]],
		['its growth rate', FDI.replace('下降0.5%', '下降1.5%'), [{ at: '-0.5', related: ['1.5%'] }]],
		['the year’s amount (全年…) against the table, its neighbour of a period', FDI.replace(/^[^\n]*\n/, '全年实际使用外商直接投资金额613.2亿美元。\n'), [{ at: '603.2', related: ['613.2亿美元'] }]],
		['the year’s amount still held after a period’s sum (“十五”期间，…累计…)', FDI.replace('603亿美元', '613亿美元').replace('。\n', '。“十五”期间，实际使用外商直接投资金额累计2740亿美元。\n'), [{ at: '603.2', related: ['613亿美元'] }]],
		['rows named as counts of the lexicon’s statistics (专利申请受理数, 专利申请授权数, 年末有效专利数)', PATENTS.replace('279.9万件', '289.9万件').replace('171.8万件', '170.8万件').replace('547.8万件', '537.8万件'), [{ at: '279.9', related: ['289.9万件'] }, { at: '171.8', related: ['170.8万件'] }, { at: '547.8', related: ['537.8万件'] }]],
		['a subject with words of the caption’s scope before the row’s name (全部金融机构本外币…, 全国有效专利) is the row’s', PATENT_PARTS.replace('有效专利547.8万件', '全国有效专利557.8万件'), [{ at: '547.8', related: ['557.8万件'] }]],
		['a short label under a caption that names its field (投资完成额 → 房地产开发投资)', ESTATE.replace('48267亿元', '48367亿元'), [{ at: '48267', related: ['48367亿元'] }]],
		['the same, the label the amount alone (投资额 → 房地产开发投资), its 其中 row the part of the lexicon (住宅 → 住宅投资)', ESTATE.replace('- 投资完成额', '- 投资额').replace('33.2%。', '33.2%。其中，住宅投资34038亿元。').replace('- 房屋施工面积', '- 其中：住宅 亿元 34026 32.9\n- 房屋施工面积'), [{ at: '34026', related: ['34038亿元'] }]],
		['a rate of a year after rates of its quarters (居民消费价格一季度…全年…)', PRICES.replace('上涨3.3%', '上涨3.5%'), [{ at: '3.3', related: ['3.5%'] }]],
		['a top row named with its total’s noun (食品 under 居民消费价格: 食品价格)', PRICES.replace('上涨7.2%', '上涨7.9%'), [{ at: '7.2', related: ['7.9%'] }]],
		['a column 其中：2005年 after a sum over years is that year’s figure of the sum’s noun (毕业生)', SCHOOLS_OF_YEAR.replace('毕业生307万人', '毕业生317万人'), [{ at: '307', related: ['317万人'] }]],
		['a row that is its statistic, in a column 其中：2020年 after a sum over years with no noun (新增局用交换机容量 ← 新增局用交换机)', CAPACITY.replace('1800万门', '1900万门'), [{ at: '1800', related: ['1900万门'] }]],
		['a row that is its statistic, in a column headed 绝对数 (新建公路)', CAPACITY_OF_YEAR.replace('5300公里', '5400公里'), [{ at: '5300', related: ['5400公里'] }]],
		[
			'a row under the long name of its statistic (新增数字蜂窝移动电话交换机容量), the prose under the short one (新增移动电话交换机容量)',
			CAPACITY_OF_YEAR.replace('新建公路5300公里，', '新增移动电话交换机容量6533万户，新建公路5300公里，').replace('| 新建公路 | 公里 | 5300 |', '| 新增数字蜂窝移动电话交换机容量 | 万户 | 6433 |\n| 新建公路 | 公里 | 5300 |'),
			[{ at: '6433', related: ['6533万户'] }],
		],
		['a share of a part of its 100 row is the rate the lexicon defines as their quotient (城镇 | 比重 ← 城镇化率); the share is bound by its sum: the prose is blamed', URBAN.replace('61.38%', '62.38%'), [{ at: '62.38%', fix: '61.40%', related: ['61.4'] }]],
		['a flattened web table against the prose (16.28万吨 is 162800 吨 give or take 50)', GRAIN_FLAT.replace('16.28万吨', '16.48万吨'), [{ at: '16.48万吨', fix: '16.28万吨' }]],
	],
	silent: [
		['the same as printed; a capacity added (新增的生产能力为：生铁…) is no output of the table', OLD_PLAN],
		['an indicator\'s row as printed: the prose figure of 1957 is not held to the column of 1952 (72.6亿度)', OLD_PLAN_POWER],
		['two columns of one year (2023年计划 | 2023年实际): the prose figure held to neither by its year', PLAN_AND_DONE],
		['a target\'s column of the year (2022年实际 | 2023年目标) against the year\'s figure reached (达到, no aim nor 将)', TARGET_OF_YEAR],
		['…an estimate\'s column (2023年预计)', TARGET_OF_YEAR.replace('2023年目标', '2023年预计')],
		['a caption hard-wrapped over two lines names the table’s statistic whole (表4：…城镇 ⏎ 固定资产投资…): not the 全社会 total of the prose', joinLines('全年全社会固定资产投资278140亿元，比上年增长23.8%。其中，城镇投资1000亿元，增长24.5%。', '', '**表4：2010年分行业城镇', '固定资产投资及其增长速度**', '', '单位：亿元', '', '- 行业 投资额 比上年增长%', '- 总计 1000 24.5', '- 农、林、牧、渔业 100 18.2', '- 采矿业 300 18.1', '- 制造业 600 27.0')],
		['the months so far, 累计 before the verb, as printed', PROFITS],
		['a sum with 累计 and no scope of the year (a project\'s life, years) is no figure of the table', PROFITS.replace('1-11月规模以上工业企业累计实现利润38828亿元', '规模以上工业企业累计实现利润38928亿元')],
		['the prose rounds the table’s figure (557亿吨, 556.8)', FREIGHT],
		['a web table and its prose', GDP_BARS + '\n\n' + GRAIN_FLAT],
		['a figure of another year', FREIGHT.replace('全年货物运输总量557亿吨', '2022年货物运输总量515亿吨')],
		['a row by its label and the column’s noun, as printed', SCHOOLS],
		['a column of a sum over years states no one year’s figure (累计毕业生 971, 毕业生 307)', SCHOOLS.replace('毕业生307万人', '普通高等教育毕业生307万人')],
		['a column of another year', SCHOOLS.replace('2005年招生', '2004年招生').replace('**表12 “十五”时期各类教育发展情况**', '**表12 2005年各类教育发展情况**')],
		['products named alone, as printed', PRODUCTS],
		['a column’s noun alone after another row’s label is that row’s (普通高中招生…，在校生…)', SCHOOLS.replace('全年普通高等教育招生505万人，在校生1562万人', '全年普通高等教育招生505万人。普通高中招生878万人，在校生2409万人')],
		['a product’s consumption is not its output (主要原材料消费中，水泥…)', PRODUCTS.replace('水泥10.6亿吨，增长10.0%。', '水泥10.6亿吨，增长10.0%。主要原材料消费中，水泥10.5亿吨，增长9.0%。')],
		['a series and its prose, as printed', SERIES],
		['a series without the year the prose’s headings name', SERIES.replace('2005年国民', '2006年国民').replace('3255元', '3400元')],
		['a rate stated alone in a table of two columns of amounts is held against neither growth column', INVESTMENT],
		['a total row and the prose that states it', FDI + '\n\n' + ESTATE],
		['patents and their 其中 rows as printed', PATENT_PARTS],
		['a subject with words of its own before the row’s name, not in the caption: a part (境内有效专利 is no 有效专利)', PATENT_PARTS.replace('有效专利547.8万件', '境内有效专利480.5万件')],
		['the same, a part the table has no row for (企业有效专利)', PATENT_PARTS.replace('有效专利547.8万件', '企业有效专利200.1万件')],
		['the patents’ rows as the prose states them', PATENTS],
		['a rate of the stock in the caption’s scope, as printed (有效专利 and 境内有效专利 rows)', PATENT_PARTS.replace('有效专利547.8万件。', '有效专利547.8万件，比上年增长18.0%。')],
		['a patent statistic of another kind (PCT专利申请受理量) is no row’s', PATENTS.replace('全年受理境内外专利申请279.9万件', 'PCT专利申请受理量7.2万件')],
		['the same, 投资额 and its 其中 row as the prose states them', ESTATE.replace('- 投资完成额', '- 投资额').replace('33.2%。', '33.2%。其中，住宅投资34026亿元。').replace('- 房屋施工面积', '- 其中：住宅 亿元 34026 32.9\n- 房屋施工面积')],
		['a label of another amount under the field (销售额 is no 房地产开发投资)', ESTATE.replace('- 投资完成额', '- 销售额').replace('48267 33.2', '52721 18.3')],
		['a period’s figure (“十五”期间，…) against a table of the year’s', FDI.replace(/^[^\n]*\n/, '“十五”期间，实际使用外商直接投资金额2740亿美元。\n')],
		['a sum (累计) that names no period of its own against a table of the year’s', FDI.replace(/^[^\n]*\n/, '实际使用外商直接投资金额累计2740亿美元。\n')],
		['a sum since a year (2001年以来，…累计…) against a table of the year’s', FDI.replace(/^[^\n]*\n/, '2001年以来，实际使用外商直接投资金额累计2740亿美元。\n')],
		['a short label under a caption that joins several fields names none of them (增加值 under 工业和建筑业主要指标)', joinLines('全部工业增加值5000亿元，增长6.0%。建筑业增加值1200亿元，增长3.0%。', '', '**表3 2023年工业和建筑业主要指标**', '', '| 指标 | 单位 | 绝对数 | 比上年增长（%） |', '| --- | --- | --- | --- |', '| 建筑业 | | | |', '| 增加值 | 亿元 | 1200 | 3.0 |', '| 总产值 | 亿元 | 31000 | 5.8 |', '| 签订合同额 | 亿元 | 72000 | 2.8 |')],
		['a part’s figure that names the caption’s statistic after the part’s name is not the total’s (制造业实际使用外商直接投资金额)', joinLines('全年非金融领域新批外商直接投资企业27406家。其中制造业实际使用外商直接投资金额30亿美元。', '', '**表11：2010年非金融领域外商直接投资及其增长速度**', '', '- 行业 企业数（家） 比上年增长% 实际使用金额（亿美元） 比上年增长%', '- 总计 27406 16.9 1057.4 17.4', '- 其中：制造业 11047 13.1 495.9 6.0', '- 房地产业 689 -2.7 239.9 42.8')],
		['nor one with a part’s name before the statistic and no 其中', joinLines('全年非金融领域新批外商直接投资企业27406家。制造业实际使用外商直接投资金额30亿美元。', '', '**表11：2010年非金融领域外商直接投资及其增长速度**', '', '- 行业 企业数（家） 比上年增长% 实际使用金额（亿美元） 比上年增长%', '- 总计 27406 16.9 1057.4 17.4', '- 其中：制造业 11047 13.1 495.9 6.0', '- 房地产业 689 -2.7 239.9 42.8')],
		['prices of quarters and of the year, as printed', PRICES],
		['a year’s column of a sum over years, as printed', SCHOOLS_OF_YEAR],
		['the caption’s aside stated in the paragraph for another statistic (对外非金融类直接投资（不含…）): not the caption’s scope', INVESTMENT_ASIDE.replace('全年吸收外商直接投资（不含银行、证券、保险）新设立企业53766家，比上年增长39.7%。', '全年对外非金融类直接投资（不含银行、证券、保险）额9240亿元。全年外商直接投资新设立企业53866家。').replace('金额11339亿元', '金额11439亿元')],
		['the converted amount’s own rate, in its brackets (（折1633亿美元，下降13.7%）)', INVESTMENT_ASIDE.replace('（折1633亿美元），下降8.0%', '（折1633亿美元，下降13.7%）')],
		['the converted amount’s own rate, in its currency (（折1633亿美元），按美元计算下降13.7%)', INVESTMENT_ASIDE.replace('下降8.0%', '按美元计算下降13.7%')],
		['the caption’s aside not stated in the prose: maybe another scope (全社会…, …（含银行）)', INVESTMENT_ASIDE.replace('（不含银行、证券、保险）新设立企业53766家', '新设立企业53866家')],
		['a subject that names another statistic with the caption’s last words (对外直接投资 is not 外商直接投资)', INVESTMENT.replace('外商直接投资新设立企业53766家', '对外直接投资企业53866家')],
		['rows that are their statistics, as printed', CAPACITY + '\n\n' + CAPACITY_OF_YEAR.replace('2020年', '2019年')],
		['the same names, as printed', CAPACITY_OF_YEAR.replace('新建公路5300公里，', '新增移动电话交换机容量6433万户，新建公路5300公里，').replace('| 新建公路 | 公里 | 5300 |', '| 新增数字蜂窝移动电话交换机容量 | 万户 | 6433 |\n| 新建公路 | 公里 | 5300 |')],
		['the row’s statistic in full in the prose, with words before it that make it of the year before (上年新增…): not the row’s figure', CAPACITY_OF_YEAR.replace('新建公路5300公里，', '上年新增移动电话交换机容量6000万户，新建公路5300公里，').replace('| 新建公路 | 公里 | 5300 |', '| 新增数字蜂窝移动电话交换机容量 | 万户 | 6433 |\n| 新建公路 | 公里 | 5300 |')],
		['the row’s statistic in full in the prose, with words before it that make it an aim (计划新增…): not the row’s figure', CAPACITY_OF_YEAR.replace('新建公路5300公里，', '计划新增移动电话交换机容量7000万户，新建公路5300公里，').replace('| 新建公路 | 公里 | 5300 |', '| 新增数字蜂窝移动电话交换机容量 | 万户 | 6433 |\n| 新建公路 | 公里 | 5300 |')],
		['the row’s statistic in full in the prose, with words before it that make it of a part of the year (上半年新增…): not the row’s figure', CAPACITY_OF_YEAR.replace('新建公路5300公里，', '上半年新增移动电话交换机容量3000万户，新建公路5300公里，').replace('| 新建公路 | 公里 | 5300 |', '| 新增数字蜂窝移动电话交换机容量 | 万户 | 6433 |\n| 新建公路 | 公里 | 5300 |')],
		['the total capacity (移动电话交换机总容量) is not the capacity added in the year', CAPACITY_OF_YEAR.replace('新建公路5300公里，', '移动电话交换机总容量150518万户，新建公路5300公里，').replace('| 新建公路 | 公里 | 5300 |', '| 新增数字蜂窝移动电话交换机容量 | 万户 | 6433 |\n| 新建公路 | 公里 | 5300 |')],
		['a part of the row’s statistic (新建高速公路 of 新建公路) is not the row’s', CAPACITY_OF_YEAR.replace('新建公路5300公里，其中高速公路900公里', '新建高速公路900公里')],
		['a sum over years is no year’s figure (a table of the sums alone)', CAPACITY.replace(' 其中：2020年 |', '').replace(' --- | --- | --- | --- |', ' --- | --- | --- |').replace(' 1800 |', '').replace(' 5300 |', '')],
		['a figure of another year than the column’s', CAPACITY.replace('全年新增局用交换机1800万门', '2019年新增局用交换机1700万门')],
		['a row that is its statistic against an amount of the year its sentence opens on, another than the table’s (2019年，新增…)', CAPACITY_OF_YEAR.replace('全年新增局用交换机1800万门，新建公路5300公里', '2019年，新增局用交换机1700万门，新建公路5000公里')],
		['a row that is its statistic against a target (力争…新建公路…)', CAPACITY_OF_YEAR.replace('表5 2020年新增主要生产能力', '表5 新增主要生产能力').replace('全年新增局用交换机1800万门，新建公路5300公里，其中高速公路900公里。', '“十四五”期间，力争新建公路30000公里。')],
		['金额单位 is not the unit of a column of counts (合同项目 in 个, 实际使用金额 in 亿美元)', FDI.replace('项目44001个', '项目44001亿美元').replace('（个）', '')],
		['the share as printed, the prose rate to more decimals (61.38%, 61.4)', URBAN],
		['a rate of another measure (户籍人口城镇化率) is not the share of the table', URBAN.replace('常住人口城镇化率为61.38%', '户籍人口城镇化率为46.70%')],
		['a target of a period to come (到2025年，…提高到65%) is no statement of the year\u2019s share', URBAN.replace('年末全国常住人口城镇化率为61.38%，比上年末提高0.92个百分点。', '到2025年，常住人口城镇化率提高到65%。')],
		['the same of an amount (到2025年，…达到…万人): a target is no statement of the year\u2019s row', MIGRANTS.replace('全国农民工总量29753万人，比上年增长0.6%。', '到2025年，全国农民工总量达到31000万人，增长1.6%。')],
		['the rate of another year', URBAN.replace('年末全国常住人口城镇化率为61.38%', '2020年末全国常住人口城镇化率为60.46%')],
		['a rate of a part over another whole (城镇 under 全国人口 without a 100 row) states no share', URBAN.replace('61.38%', '65.38%').replace('| 100.0 |', '| |')],
		['a real growth rate against a nominal one', MIGRANTS.replace('比上年增长0.6%', '比上年实际增长0.9%')],
	],
});
