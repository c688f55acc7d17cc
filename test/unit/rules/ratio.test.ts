import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { findingMessage } from '../../../server/src/features/messages';
import { ruleCases } from '../../helpers/findings';

/** Shares stated before their amounts, of the total the sentence opens with (the plans of the 1950s: 1st-fyp-1953:442-446). Invented figures. */
const OPENED = '在钢的总产量三〇〇·〇万吨中，中央国营占百分之八〇·〇，达到二四〇·〇万吨；地方国营占百分之一五·〇，达到四五·〇万吨；私营占百分之五·〇，减为一五·〇万吨。';
const TRADE = '全年货物进出口总额417568亿元。民营企业进出口额223601亿元，比上年增长6.3%，占进出口总额比重为53.5%。';
const RD = '全年国内生产总值1260582亿元。全年研究与试验发展经费支出33278亿元，比上年增长8.1%，与国内生产总值之比为2.64%。';
const STRUCTURE = '全年地区生产总值295.4亿元。第一产业增加值24.4亿元，第二产业增加值210.1亿元，第三产业增加值60.9亿元。三次产业结构由上年的7.9∶68.3∶23.8调整为8.3∶71.1∶20.6。';
const INCOME = '城镇居民人均可支配收入51821元。农村居民人均可支配收入21691元。城乡居民人均可支配收入比值为2.39。';
const PER_HEAD = '初步核算，全市实现地区生产总值609.91亿元，比上年增长5.2%。人均地区生产总值73572元，增长4.9%。\n\n年末全市常住人口82.9万人，比上年增加0.4万人。';

/** A communiqué's population paragraph and, in another paragraph, the rate of urbanisation (2024: 94350 ÷ 140828 = 67.00%). */
/** Books per head: the year's books over the population, the average right after its total in its clause (invented figures). */
const BOOKS = '年末全国人口141000万人，比上年末减少200万人。\n\n全年出版各类报纸250亿份，各类期刊19亿册，图书120亿册（张），人均图书拥有量8.51册（张）。';

/** Water used per head: a volume over the population, in the total's unit. */
const WATER = '年末全市常住人口500.0万人，比上年末增加2.0万人。\n\n全年总用水量20.5亿立方米，比上年增长1.2%；人均用水量410立方米，增长0.8%。';

/** Births and deaths over the year's average population (the year-end one less half the year's change). */
const BIRTHS = '年末全市常住人口520.0万人，比上年末增加4.0万人。全年出生人口4.6万人，出生率为8.88‰；死亡人口3.1万人，死亡率为5.98‰；自然增长率为2.90‰。';

const URBAN = '年末全国人口140828万人，比上年末减少139万人，其中城镇常住人口94350万人。\n\n城乡融合发展扎实推进。年末全国常住人口城镇化率为67.00%，比上年末提高0.84个百分点。';

/**
 * A whole of two years (由一九五二年的…到一九五七年…, years in characters), restated later undated, and a share of one
 * year's part stated far from both: the whole of the part's year (invented figures in the style of 1st-fyp-1953).
 */
const FILLER = Array.from({ length: 18 }, (_, i) => `第${i + 1}号工厂年产钢${i + 2}万吨`).join('，');
const TWO_YEARS = `工业总产值由一九五二年的二七〇·一亿元到一九五七年将增加为五三五·六亿元。\n\n${FILLER}。\n\n五年内，工业总产值将增加为五三五·六亿元。\n\n一九五二年地方工业的产值为一六〇·九亿元，占全国工业总产值的百分之五九·六。`;

/** A count stated as what it counts (共登记选民…人), then a share of its 总数 (占登记选民总数的…). */
const VOTERS = '全县共登记选民32000人；参加投票的选民共27800人，占登记选民总数的86.9%。';

/** Paragraphs of other figures between a whole and a share of it (more than the figures a paragraph's reach spans). */
const BETWEEN = Array.from({ length: 18 }, (_, i) => `全年新建道路${i + 1}条。`).join('\n\n');
/** A whole in a sentence that opens on its year, and a share reached by an amount of that year, paragraphs apart. */
const RD_YEARS = `——经济跨上新台阶。2007年，国内生产总值达到24.66万亿元。\n\n${BETWEEN}\n\n全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%。`;


/**
 * A bulletin's part (五、固定资产投资): the year's whole in its first paragraph, a share of it paragraphs later, neither
 * dated by its own words (invented figures).
 */
const STRETCH = `五、固定资产投资\n\n全年全社会固定资产投资56000亿元，比上年增长9.8%。其中，固定资产投资（不含农户）55000亿元，增长10.0%。\n\n${BETWEEN}\n\n民间固定资产投资35000亿元，增长10.1%，占固定资产投资（不含农户）的比重为63.6%。`;

/** A total and the parts listed under it, each with its share of the year before and this year's (invented figures). */
const SHARES_REACHED = '全年基本建设投资1700亿元，比上年增长12.3%。其中生产性建设投资1230亿元，投资比重由68.6%上升到72.4%；非生产性建设投资470亿元，比重由31.4%下降为27.6%。';


/**
 * A review whose items open on the past year (一年来，…: headings of the past that name no year): a whole of the year in
 * its first paragraph, a share of it in a later item (invented figures).
 */
const ROADS = Array.from({ length: 18 }, (_, i) => `全年新建道路${i + 1}条。`).join('');
const PAST_YEAR_ITEMS = `各位代表：\n\n一、2019年工作回顾\n\n过去一年，全市外贸出口169.5亿元，增长3%。\n\n一年来，我们抓优势促发展，产业发展取得新成效。${ROADS}\n\n一年来，我们抓攻坚促突破，难题化解取得新成效。全市贷款余额突破1500亿元。\n\n一年来，我们抓改革促开放，体制机制释放新活力。各项改革不断深化，出口“一带一路”沿线国家和地区50亿元、占全市出口总额29.6%。\n\n二、2020年工作安排\n\n今年要抓好落实。`;

/** A city's review: the year's whole in its first paragraph, a share of it paragraphs later (invented figures). */
const FAR_GDP = `一、2023年工作回顾\n\n全年全市地区生产总值34600亿元，增长6%。全市一般公共预算收入4112亿元。\n\n${ROADS}\n\n`;

ruleCases('claim.ratio', {
	fires: [
		['a share of a year’s part against the whole of that year stated far before (由一九五二年的…), not its later undated restatement', TWO_YEARS.replace('百分之五九·六', '百分之六九·六'), [{ at: '百分之六九·六', related: ['一六〇·九亿元', '二七〇·一亿元'] }]],
		['a share with adverbs alone before 占 (，还占…): of the amount before it, against the whole of that amount’s year', '工业总产值由一九五二年的二七〇·一亿元到一九五七年将增加为五三五·六亿元。一九五七年地方工业的产值将达到三〇一·六亿元，还占全国工业总产值的百分之六六·三。', [{ at: '百分之六六·三', related: ['三〇一·六亿元', '五三五·六亿元'] }]],
		['a whole named as a total (占银幕总数的p%) against the count stated as X数 (银幕数…)', '全国银幕数已达5.9万块。\n\n目前县级城市影院银幕数已达21677块，占银幕总数的46.74%。', [{ at: '46.74%', fix: '36.74%', related: ['21677块', '5.9万块'] }]],
		['a share written 相当于X的p% against the whole X stated before (60 ÷ 2000 = 3.0%)', '全市地区生产总值2000亿元，增长6%。全社会研发经费支出60亿元，相当于地区生产总值的4.0%。', [{ at: '4.0%', fix: '3.0%', related: ['60亿元', '2000亿元'] }]],
		['…相当于X的比例为p%, the whole named with the city’s words (全市生产总值)', '全市生产总值2000亿元，增长6%。全社会研发经费支出60亿元，相当于全市生产总值的比例为4.0%。', [{ at: '4.0%', fix: '3.0%' }]],
		['a share whose whole is stated inside it, in characters (占…投资二五〇·〇亿元的百分之…)', '五年内对这些建设单位的投资是二〇亿元，占工业部门基本建设投资二五〇·〇亿元的百分之九·〇。', [{ at: '百分之九·〇', related: ['二〇亿元', '二五〇·〇亿元'] }]],
		['a share in characters of the total its part is listed under (一百亿元 ÷ 一千亿元 against 百分之十二)', '全年国内生产总值一千亿元，其中第一产业增加值一百亿元，占百分之十二。', [{ at: '百分之十二' }]],
		['a rate right after a set and those of it that did what it names (…，已有M家实现达标排放，达标率P%)', '排放二氧化硫的4678家重点污染企业，已有3944家实现达标排放，达标率为94.3%。', [{ at: '94.3%', fix: '84.3%' }]],
		['…the rate named with the set’s noun (，项目开工率…)', '全市200个项目中，已有185个项目开工，项目开工率为90%。', [{ at: '90%', fix: '93%' }]],
		['…a set with 中 and the part naming the set’s noun again (N个项目中，已有M个项目开工，开工率P%)', '全市200个项目中，已有185个项目开工，开工率为90%。', [{ at: '90%', fix: '93%' }]],
		[
			'a share of a counterpart named alone after its statistic (…收入…，支出420亿元，…其中民生支出…，占支出的81%): its whole is the statistic the counterpart was read as',
			'一般公共预算收入180亿元，增长8%，支出420亿元，增长5%，其中民生支出300亿元，占支出的81%。',
			[{ at: '81%', related: ['300亿元', '420亿元'], fix: '71%' }],
		],
		['a part’s share of the count its list opens with (占监测城市数的82.7%), and a part with its noun after it (有53个城市为三级，占16.1%)', '在监测的330个城市中，有273个城市空气质量达到二级以上（含二级）标准，占监测城市数的82.7%；有53个城市为三级，占17.1%；有4个城市为劣三级，占1.2%。', [{ at: '17.1%', fix: '16.1%' }]],
		[
			'a share of a 其中 part in a later sentence than a share of a named whole: of its own total',
			'全年研究与试验发展经费支出2367亿元，占国内生产总值的1.30%。全年受理国内外专利申请47.6万件，其中国内申请38.3万件，占85.5%。',
			[{ at: '85.5%', fix: '80.5%' }],
		],
		['a share of a 总数 named by what it counts (占登记选民总数的…), the count stated as that (共登记选民…人)', VOTERS.replace('86.9%', '88.9%'), [{ at: '88.9%', fix: '86.9%', related: ['27800人', '32000人'] }]],
		['…in characters, the count and 总人数', '全乡共有贫困人口一千二百人，其中已脱贫的一千人，占贫困人口总人数的百分之八十五。', [{ at: '百分之八十五' }]],
		['a share with its part and whole', TRADE.replace('53.5%', '55.5%'), [{ at: '55.5%', fix: '53.5%', related: ['223601亿元', '417568亿元'] }]],
		['与…之比: a share of a whole stated elsewhere', RD.replace('2.64%', '2.46%'), [{ at: '2.46%', fix: '2.64%' }]],
		['a structure of the year stated with its sectors (三次产业结构为a∶b∶c), the neighbour of one aimed at', '2023年，全市地区生产总值1000亿元，第一产业增加值50亿元，第二产业增加值400亿元，第三产业增加值550亿元，三次产业结构为4.5∶40.0∶55.0。', [{ at: '4.5', fix: '5.0' }]],
		['the structure a change comes to (…由上年的…调整为a∶b∶c) holds the shares of its sectors', STRUCTURE.replace('调整为8.3∶71.1∶20.6', '调整为8.3∶71.1∶23.6'), [{ at: '23.6', fix: '20.6' }]],
		[
			'the structure a change comes to, on a base year of its own (与2007年相比，…由…调整为a∶b∶c), holds the shares of the year’s sector figures before it',
			'2012年，全市地区生产总值2460亿元，第一产业增加值125亿元，第二产业增加值886亿元，第三产业增加值1449亿元。与2007年相比，三次产业结构由8.2∶40.1∶51.7调整为5.1∶38.0∶58.9。',
			[{ at: '38.0', fix: '36.0' }],
		],
		['a rate the lexicon defines as a quotient, its terms in another paragraph (城镇化率 = 城镇人口 ÷ 总人口)', URBAN.replace('67.00%', '66.00%'), [{ at: '66.00%', fix: '67.00%', related: ['94350万人', '140828万人'] }]],
		['a whole in another paragraph when both name one year (2007年，… ⏎ …增加到2007年的…，占…比重从…提高到…)', RD_YEARS.replace('1.49%', '1.89%'), [{ at: '1.89%', fix: '1.49%', related: ['3664亿元', '24.66万亿元'] }]],
		['城乡居民收入比 written a:1', '全年城镇居民人均可支配收入62000元，农村居民人均可支配收入20000元，城乡居民收入比为3.5:1。', [{ at: '3.5', fix: '3.1' }]],
		['城乡居民收入比 by another name: urban over rural', '全年城镇居民人均可支配收入48520元，农村居民人均可支配收入22150元，城乡居民收入比为2.49。', [{ at: '2.49', fix: '2.19' }]],
		['城乡…比值: urban over rural', INCOME.replace('2.39。', '2.93。'), [{ at: '2.93', fix: '2.39' }]],
		['a defined rate reached with no from-figure (收入倍差缩小到…, 城镇化率提高到…)', '全年城镇居民人均可支配收入52000元，农村居民人均可支配收入21000元，城乡居民收入倍差缩小到2.9。', [{ at: '2.9', fix: '2.5' }]],
		['a defined rate reached from another (由A缩小至B): B is the rate now', '全年城镇居民人均可支配收入52000元，农村居民人均可支配收入21000元，城乡居民收入比由2.56缩小至2.28。', [{ at: '2.28', fix: '2.48' }]],
		['the urbanisation rate reached, its terms in its sentence', '年末常住人口800万人，其中城镇常住人口520万人，常住人口城镇化率提高到62.0%。', [{ at: '62.0%', fix: '65.0%' }]],
		['an average per head against its total and the one population of the document (no fix: the year’s mean population is not printed)', PER_HEAD.replace('73572元', '75572元'), [{ at: '75572元', related: ['609.91亿元', '82.9万人'] }]],
		['a birth rate over the year’s average population (出生率 = 出生人口 ÷ 年平均人口)', BIRTHS.replace('8.88‰', '9.88‰'), [{ at: '9.88‰', fix: '8.88‰', related: ['4.6万人', '520.0万人', '4.0万人'] }]],
		['a death rate over the average of a population that went down', '年末全国人口140000万人，比上年末减少200万人，其中城镇常住人口94000万人。全年出生人口900万人，出生率为6.42‰；死亡人口1100万人，死亡率为8.85‰。', [{ at: '8.85‰', fix: '7.85‰', related: ['1100万人', '140000万人', '200万人'] }]],
		['books per head against the year’s books and the population, the average right after its total (人均图书拥有量 of 图书)', BOOKS.replace('8.51册', '9.51册'), [{ at: '9.51册', related: ['120亿册', '141000万人'] }]],
		['a volume per head against its total and the population (人均用水量 of 总用水量)', WATER.replace('410立方米', '510立方米'), [{ at: '510立方米', related: ['20.5亿立方米', '500.0万人'] }]],
		['the population changed: the average is blamed, the population related', PER_HEAD.replace('82.9万人', '85.9万人'), [{ at: '73572元', related: ['609.91亿元', '85.9万人'] }]],
		['a share of a whole whose name opens with 对 (占对外承包工程完成营业额比重): no contribution rate', '全年对外承包工程完成营业额12773亿元，比上年增长8.1%。其中，对共建“一带一路”国家完成营业额10902亿元，增长9.6%，占对外承包工程完成营业额比重为80.4%。', [{ at: '80.4%', fix: '85.4%' }]],
		['a share of the nation’s whole (占全国…比重) after the nation’s amount (全国…), restated after 折', '全年全国实际使用外资10000亿元，折合1500亿美元。其中，高技术产业实际使用外资600亿美元，占全国实际使用外资比重为30%。', [{ at: '30%', fix: '40%' }]],
		['…of the whole restated in the part’s currency (…亿元，比上年下降9.8%，折1559亿美元): the conversion is the whole', '全年对外承包工程完成营业额10756亿元，比上年下降9.8%，折1559亿美元，下降9.8%。其中，对“一带一路”沿线国家完成营业额911亿美元，下降7.0%，占对外承包工程完成营业额比重为53.4%。', [{ at: '53.4%', fix: '58.4%' }]],
		['a share of the year’s whole stated paragraphs before in the same part, neither dated (a bulletin’s 全年… ⏎ … ⏎ …占…的比重)', STRETCH.replace('63.6%', '66.6%'), [{ at: '66.6%', fix: '63.6%', related: ['35000亿元', '55000亿元'] }]],
		['a share of the city’s whole paragraphs before, the part undated, its comparison with the year before no date (比上年增长)', FAR_GDP + '全社会研发投入1880.5亿元，比上年增长11.8%，占地区生产总值比重为5.81%。', [{ at: '5.81%', fix: '5.43%', related: ['1880.5亿元', '34600亿元'] }]],
		['…the whole reached from the year before’s (从a增加到b): b is the whole', FAR_GDP.replace('全年全市地区生产总值34600亿元', '全市地区生产总值从30000亿元增加到34600亿元') + '全社会研发投入1880.5亿元，占地区生产总值比重为5.81%。', [{ at: '5.81%', fix: '5.43%', related: ['1880.5亿元', '34600亿元'] }]],
		['the share reached by a part listed under its total (其中…，投资比重由a%上升到b%): b is this year’s share', SHARES_REACHED.replace('72.4%', '74.2%'), [{ at: '74.2%', fix: '72.4%', related: ['1230亿元', '1700亿元'] }]],
		['…the share reached named by 比重 alone (下降为b%)', SHARES_REACHED.replace('27.6%', '29.6%'), [{ at: '29.6%', fix: '27.6%', related: ['470亿元', '1700亿元'] }]],
		['…a whole of the past year in the review’s first paragraph, the share in an item on the past year (一年来，…)', PAST_YEAR_ITEMS.replace('29.6%', '32.6%'), [{ at: '32.6%', fix: '29.5%', related: ['50亿元', '169.5亿元'] }]],
		['a share of a whole stated inside 占…的 (占高中阶段在校学生总数1300万人的p%)', '各类中等职业学校在校学生600.0万人（含技工学校学生130.0万人），占高中阶段在校学生总数1300万人的49.2%。', [{ at: '49.2%', fix: '46.2%', related: ['600.0万人', '1300万人'] }]],
		['a share stated before its amount (占p%，达到B) against the total the sentence opens with (在…T中，)', OPENED.replace('四五·〇万吨', '五五·〇万吨'), [{ at: '百分之一五·〇' }]],
		['a share before its amount, the verb of a fall (减为)', OPENED.replace('百分之五·〇', '百分之七·〇'), [{ at: '百分之七·〇' }]],
		['the same sentence as a Markdown list item (- 在…T中，): its marker opens no words before the total', `钢铁生产量如下：\n\n- ${OPENED.replace('四五·〇万吨', '五五·〇万吨')}`, [{ at: '百分之一五·〇' }]],
		['the same under a web list marker (* ) and an indented item', `钢铁生产量如下：\n\n*   ${OPENED.replace('四五·〇万吨', '五五·〇万吨')}`, [{ at: '百分之一五·〇' }]],
	],
	silent: [
		['占X总数的 as printed (21677 ÷ 59000 = 36.74%)', '全国银幕数已达5.9万块。\n\n目前县级城市影院银幕数已达21677块，占银幕总数的36.74%。'],
		['占X总数的 with only another count stated (影院数, not 银幕数): no whole', '全国影院数已达1.2万家。\n\n目前县级城市影院银幕数已达21677块，占银幕总数的46.74%。'],
		['，还占… after an amount of another year, the share dated its own (…一六〇·九亿元，一九五七年还占…): no part of it (rvC27)', '工业总产值由一九五二年的二七〇·一亿元到一九五七年将增加为五三五·六亿元。一九五二年地方工业的产值为一六〇·九亿元，一九五七年还占全国工业总产值的百分之六六·三。'],
		['…a year in Arabic figures (2025年还占…)', '全市工业总产值1000亿元。民营工业产值达到600亿元，2025年还占全市工业总产值的50.0%。'],
		['其中X占Y的p%: X’s amount is not stated, the total before 其中 is no part of Y', '全市投资20亿元，其中民间投资占全部投资250亿元的9.0%。'],
		['，还占… as printed (301.6 ÷ 535.6 = 56.31%)', '工业总产值由一九五二年的二七〇·一亿元到一九五七年将增加为五三五·六亿元。一九五七年地方工业的产值将达到三〇一·六亿元，还占全国工业总产值的百分之五六·三。'],
		['相当于X的p% as printed (60 ÷ 2000 = 3.0%)', '全市地区生产总值2000亿元，增长6%。全社会研发经费支出60亿元，相当于地区生产总值的3.0%。'],
		['相当于 a time (上年的p%): a change of the figure, no share of a whole', '全市地区生产总值2000亿元。全市工业投资600亿元，相当于上年的90%。'],
		['相当于 a region alone (人均…相当于全国的p%): a level beside the region’s, no share of a total (rvC27)', '全市地区生产总值2000亿元。全市人均地区生产总值8万元，相当于全国的90%。'],
		['…of the province (相当于全省的p%)', '全市地区生产总值2000亿元。全市人均地区生产总值8万元，相当于全省的90%。'],
		['相当于 an average (全国平均水平的p%): no whole stated', '全市地区生产总值2000亿元。全市人均收入6万元，相当于全国平均水平的90%。'],
		['相当于X的p% with X not stated (a plan’s R&D intensity): nothing to check', '全社会研发经费支出相当于全市生产总值的比例达到3%左右。'],
		['a share whose whole is stated inside it, and holds (二〇 ÷ 二五〇 = 8.0%)', '五年内对这些建设单位的投资是二〇亿元，占工业部门基本建设投资二五〇·〇亿元的百分之八·〇。'],
		['an amount before 的 and a share of another figure in words is read, but binds nothing it is not stated with (…的百分之… with no part)', '工业部门基本建设投资二五〇·〇亿元的百分之九十以上用于重工业。'],
		['a threshold before 的 and a noun stays an attribute (投资二亿元以上的项目), no whole of the share after it', '投资是二〇亿元，占投资二亿元以上的项目的百分之九·〇。'],
		['…as printed (600.0 ÷ 1300 = 46.15%)', '各类中等职业学校在校学生600.0万人（含技工学校学生130.0万人），占高中阶段在校学生总数1300万人的46.2%。'],
		['…the figure before 占 a growth rate, not an amount: no part', '各类中等职业学校在校学生增长5.0%，占高中阶段在校学生总数1300万人的49.2%。'],
		['…an amount of another unit before 占: no part of that whole', '中等职业学校投入600.0亿元，占高中阶段在校学生总数1300万人的49.2%。'],
		['…as printed (50 ÷ 169.5 = 29.50%)', PAST_YEAR_ITEMS],
		['…the share in an item on several years (五年来，…): another year’s whole may be meant', PAST_YEAR_ITEMS.replace('一年来，我们抓改革促开放', '五年来，我们抓改革促开放').replace('29.6%', '32.6%')],
		['…the share in the plan’s part (二、2020年工作安排): not the review’s whole', PAST_YEAR_ITEMS.replace('一年来，我们抓改革促开放，体制机制释放新活力。各项改革不断深化，出口“一带一路”沿线国家和地区50亿元、占全市出口总额29.6%。\n\n二、2020年工作安排\n\n今年要抓好落实。', '二、2020年工作安排\n\n今年要抓好落实，出口“一带一路”沿线国家和地区50亿元、占全市出口总额32.6%。')],
		['the year’s whole stated paragraphs before, as printed (35000 ÷ 55000 = 63.64%)', STRETCH],
		['…the whole in another part of the document (六、…): not the same stretch', STRETCH.replace(`\n\n${BETWEEN}\n\n`, `\n\n${BETWEEN}\n\n六、对外经济\n\n`).replace('63.6%', '66.6%')],
		['…the share’s paragraph on several years (五年来): its share may be of another year', STRETCH.replace('民间固定资产投资35000亿元', '五年来，民间固定资产投资35000亿元').replace('63.6%', '66.6%')],
		['…the share’s sentence on part of the year (1-11月，…): not of the year’s whole', STRETCH.replace('民间固定资产投资35000亿元', '1-11月，民间固定资产投资35000亿元').replace('63.6%', '66.6%')],
		['…the whole dated by its sentence (2022年，…) and the share not', STRETCH.replace('全年全社会', '2022年，全社会').replace('。其中，', '，其中').replace('63.6%', '66.6%')],
		['…the share’s part dated to the year before in its words (上年全社会研发投入…)', FAR_GDP + '上年全社会研发投入1880.5亿元，占地区生产总值比重为5.81%。'],
		['…the share’s sentence opening on the year before (上年，…)', FAR_GDP + '上年，全社会研发投入1880.5亿元，占地区生产总值比重为5.81%。'],
		['…the same period of the year before (上年同期…)', FAR_GDP + '上年同期全社会研发投入1880.5亿元，占地区生产总值比重为5.81%。'],
		['…a sum of no one year (累计完成…)', FAR_GDP + '累计完成研发投入1880.5亿元，占地区生产总值比重为5.81%。'],
		['…a sentence on the last years (近三年，…)', FAR_GDP + '近三年，全社会研发投入1880.5亿元，占地区生产总值比重为5.81%。'],
		['…a level to a date (截至目前，…)', FAR_GDP + '截至目前，全社会研发投入1880.5亿元，占地区生产总值比重为5.81%。'],
		['…the whole of the year before (去年…)', FAR_GDP.replace('全年全市地区生产总值', '去年全市地区生产总值') + '全社会研发投入1880.5亿元，占地区生产总值比重为5.81%。'],
		['…the whole an estimate (预计全年…)', FAR_GDP.replace('全年全市地区生产总值', '预计全年全市地区生产总值') + '全社会研发投入1880.5亿元，占地区生产总值比重为5.81%。'],
		['…the part the nation’s (全国研发投入…) and the whole the city’s', FAR_GDP + '全国研发投入1880.5亿元，占国内生产总值比重为5.81%。'],
		['…two wholes of one name in the stretch (全年…34600 … 全市…32000): which one, the text does not say', FAR_GDP + '全市地区生产总值32000亿元。\n\n' + ROADS + '\n\n全社会研发投入1880.5亿元，占地区生产总值比重为5.81%。'],
		['the shares reached, as printed', SHARES_REACHED],
		['the share risen from is last year’s (由a%): not held against this year’s part', SHARES_REACHED.replace('68.6%', '70.6%')],
		['a share reached of parts under a total of the paragraph before (X中，…所占比重由a%上升到b%): the basis may be another', '全年全民所有制单位投资2927亿元，增长10.5%。\n\n全民所有制单位投资中，能源工业投资814亿元，比上年增长15.6%，所占比重由27.8%上升到29.9%。'],
		['a share reached at a date of its own (提高到2010年的b%) is that year’s', SHARES_REACHED.replace('上升到72.4%', '上升到2010年的74.2%')],
		['a share of a year’s part and the whole of that year far before, as printed (160.9 ÷ 270.1 = 59.57%)', TWO_YEARS],
		['a part of a year no statement of the whole names (一九五三年): not held against another year’s whole', TWO_YEARS.replace('一九五二年地方', '一九五三年地方').replace('百分之五九·六', '百分之六九·六')],
		['…nor one whose share a misprint breaks (占百分之七，一)', '地方工业为一九亿元，占百分之七，一；\n\n中央各工业部以外的其他各部的工业为一七·七亿元，占百分之六·六。'],
		['a sibling whose share a misprint keeps from reading as one (占，百分之一一·七) is no total of the next', '工业部门为三一三·二亿元，占百分之四〇·九；\n\n运输和邮电部门为八九·九亿元，占，百分之一一·七；\n\n贸易、银行和物资储备部门为二一·六亿元，占百分之二·八；'],
		['a share of the nation’s whole (占全国…比重) after the province’s amount, as printed or restated after 折: not its whole', '全年全省对外承包工程完成营业额15亿美元。其中，对“一带一路”沿线国家完成营业额9亿美元，占全国对外承包工程完成营业额比重为1%。全省实际使用外资100亿元，折合15亿美元。其中，高技术产业实际使用外资9亿美元，占全国实际使用外资比重为1%。'],
		['a conversion of a change (比上年增加…，折…) or of last year’s amount is no whole', '全年对外承包工程完成营业额比上年增加1000亿元，折150亿美元。其中，对“一带一路”沿线国家完成营业额90亿美元，占对外承包工程完成营业额比重为30%。上年对外承包工程完成营业额为10000亿元，折1500亿美元。其中，对“一带一路”沿线国家完成营业额900亿美元，占对外承包工程完成营业额比重为30%。'],
		['a rate right after a set and those of it that did what it names, as printed', '排放二氧化硫的4678家重点污染企业，已有3944家实现达标排放，达标率为84.3%。全市200个项目中，已有185个项目开工，开工率92.5%。'],
		['a rate of another measure after those that did something (已有185个项目开工，投资完成率80%)', '全市200个项目中，已有185个项目开工，投资完成率80%。'],
		['a rate of another scope after them (…，全省达标率为90%): the province’s rate, not the set’s', '全市4678家重点污染企业，已有3944家实现达标排放，全省达标率为90%。'],
		['a rate of another noun after them (…，工业企业达标率为90%): not the set’s', '全市4678家重点污染企业，已有3944家实现达标排放，工业企业达标率为90%。'],
		['a rate aimed at after them (…，计划开工率为80%)', '全市200个项目中，有185个项目开工，计划开工率为80%。'],
		['a rate of another year after them (…，2020年达标率为90%)', '4678家重点污染企业，已有3944家实现达标排放，2020年达标率为90%。'],
		['counts side by side with no word of a set between (200个项目，185个项目开工): the 185 may be of others', '全市新开工200个项目，185个项目开工，开工率70%。'],
		['a rate after the part of another noun of the set (12个园区中，已有150个企业入驻，入驻率60%)', '全市12个园区中，已有150个企业入驻，入驻率60%。'],
		['a completion rate whose verb the part does not state (已办结185件，整改完成率90%): another count may be meant', '第二轮转办的200.5件已办结185件，整改完成率90%。'],
		['a structure aimed at (力争到2027年，…优化为a∶b∶c) after the year’s GDP and sectors: no shares of them', '2023年，全市地区生产总值1000亿元，第一产业增加值50亿元，第二产业增加值400亿元，第三产业增加值550亿元。力争到2027年，三次产业结构优化为4.5∶35.0∶60.5。'],
		['a structure set as a target (预期目标) after the year’s GDP and sectors', '2023年，全市地区生产总值1000亿元，第一产业增加值50亿元，第二产业增加值400亿元，第三产业增加值550亿元。预期目标：三次产业结构调整为4.5∶35.0∶60.5。'],
		['the same, the share holding (340 ÷ 420 = 80.95%)', '一般公共预算收入180亿元，增长8%，支出420亿元，增长5%，其中民生支出340亿元，占支出的81%。'],
		['a whole of another year, each named (2022年… ⏎ 2023年，…占…比重)', '2022年货物进出口总额1400亿元。\n\n2023年，民营企业进出口1200亿元，占货物进出口总额比重为80.0%。'],
		['the share reached, of the whole of its year in another paragraph', RD_YEARS],
		['a whole in another paragraph that names no year (a share may be of the year before’s whole)', RD_YEARS.replace('1.49%', '1.89%').replace('2007年，国内生产总值', '国内生产总值')],
		['a whole in another paragraph of the same year but of another region (北京市…占地区生产总值)', RD_YEARS.replace('全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%', '2007年，北京市研究与试验发展经费支出505亿元，占地区生产总值比重为5.4%')],
		['a whole in another paragraph of the same year, the share of a city’s (占全市生产总值)', RD_YEARS.replace('全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%', '2007年，县域经济生产总值5000亿元，占全市生产总值比重为45%')],
		['a share reached at a date of its own (提高到2010年的2.0%) is of that year, not of the amount’s', '2007年，国内生产总值246619亿元。\n\n国家财政科技支出达到3664亿元，占国内生产总值比重由1.07%提高到2010年的2.0%。'],
		['a share reached at a later date than the amount and its whole', '2002年，国内生产总值120333亿元。\n\n国家财政科技支出2002年为1288亿元，占国内生产总值比重由1.07%提高到2007年的1.49%。'],
		['a whole in another paragraph of another year', RD_YEARS.replace('1.49%', '1.89%').replace('2007年，国内生产总值', '2006年，国内生产总值')],
		['a share in another paragraph whose part names no year', RD_YEARS.replace('从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%', '3664亿元，占国内生产总值比重提高到1.89%')],
		['the share risen from is of another year’s whole', RD_YEARS.replace('1.07%', '1.87%')],
		['a rate of the province against the city’s own population', '年末常住人口500万人，其中城镇常住人口350万人。\n\n年末全省常住人口城镇化率为65.00%。'],
		['a registered urban population over the resident total is no term of the rate', '年末全市户籍总人口620.5万人，其中城镇人口310.2万人。年末常住人口580.3万人，常住人口城镇化率62.10%。'],
		['a rate in another sentence, of a year of its own', '全年城镇居民人均可支配收入52000元，农村居民人均可支配收入21000元。2019年，全市城乡居民收入比为2.65。'],
		['a target in the plan against the review’s population', '一、2023年工作回顾\n\n年末全市常住人口580万人，其中城镇人口360万人。\n\n二、2024年工作安排\n\n常住人口城镇化率达到65%。'],
		['a rate reached as a target of a year to come, its terms of this year', '全年城镇居民人均可支配收入52000元，农村居民人均可支配收入21000元。到2027年，城乡居民收入倍差缩小到1.9。'],
		['a rate reached in the plan against the review’s population', '一、2023年工作回顾\n\n年末全市常住人口580万人，其中城镇人口360万人。\n\n二、2024年工作安排\n\n常住人口城镇化率提高到65%。'],
		['a rate reached at a date of its own (缩小至2021年的…) is that year’s', '2022年城镇居民人均可支配收入52000元，农村居民人均可支配收入21000元，城乡居民收入比由2.70缩小至2021年的2.56。'],
		['the rate a defined rate came from (由2.56缩小至…) is another year’s', '全年城镇居民人均可支配收入52000元，农村居民人均可支配收入21000元，城乡居民收入比由2.56缩小至2.48。'],
		['a rate reached, as printed', '全年城镇居民人均可支配收入52000元，农村居民人均可支配收入21000元，城乡居民收入倍差缩小到2.48。'],
		['a ratio written a:1 (its 1 is no ratio)', '全年城镇居民人均可支配收入52000元，农村居民人均可支配收入21000元，城乡居民收入比为2.48:1。'],
		['a defined rate that holds', URBAN],
		['birth and death rates over the year’s average population, as printed', BIRTHS],
		['a volume per head, as printed', WATER],
		['books per head, as printed (120亿 ÷ 141000万 = 8.51)', BOOKS],
		['an average per head said to be over the registered population (按户籍人口计算，人均…): not the resident one’s quotient', PER_HEAD.replace('人均地区生产总值73572元', '按户籍人口计算，人均地区生产总值95000元')],
		['…beside its total, with no change', PER_HEAD.replace('，比上年增长5.2%。人均地区生产总值73572元，增长4.9%', '，按户籍人口计算，人均地区生产总值95000元')],
		['books per head estimated (预计人均图书拥有量): unchecked', BOOKS.replace('人均图书拥有量8.51册', '预计人均图书拥有量9.51册')],
		['books per head in a sentence of a year to come: unchecked', BOOKS.replace('全年出版', '到2030年，出版').replace('8.51册', '9.51册')],
		['books per head in another clause than the books (；…): unchecked', BOOKS.replace('图书120亿册（张），', '图书120亿册（张）；').replace('8.51册', '9.51册')],
		['books per head of a year the population does not name (2025年，出版…; 2020年出版图书…): another year’s, unchecked', BOOKS.replace('全年出版', '2025年，出版').replace('图书120亿册', '图书101亿册')],
		['…the year on the books themselves', BOOKS.replace('全年出版各类报纸250亿份，各类期刊19亿册，图书120亿册', '2020年出版图书101亿册')],
		['a volume per head whose total is stated without its change on the year before (a target, a plan): unchecked', WATER.replace('，比上年增长1.2%', '').replace('410立方米', '510立方米')],
		['an average per head in another unit than its total’s is no quotient of it', WATER.replace('人均用水量410立方米', '人均用水量510吨')],
		// Over the year-end population the rate would be 4.6 ÷ 520.0 = 8.85‰: without the change the average is not known.
		['a birth rate with no change of the population stated: unchecked', BIRTHS.replace('，比上年末增加4.0万人', '').replace('8.88‰', '8.70‰')],
		['a birth rate against the registered population (户籍人口) is unchecked', BIRTHS.replace('常住人口520.0万人', '户籍人口600.0万人')],
		['a birth rate whose population change is on another year (比2020年末增加) is unchecked', BIRTHS.replace('比上年末增加4.0万人', '比2020年末增加12.0万人')],
		['a birth rate whose population change is on the last census is unchecked', BIRTHS.replace('比上年末增加4.0万人', '比第七次全国人口普查时增加12.0万人')],
		['a birth rate against a population of another paragraph is unchecked', BIRTHS.replace('。全年出生人口', '。\n\n全年出生人口').replace('8.88‰', '9.88‰')],
		['a defined rate whose term is stated with two values (two years): unchecked', URBAN.replace('年末全国人口140828万人', '2023年末全国人口140967万人，2024年末全国人口140828万人').replace('67.00%', '66.00%')],
		['a rate over a county’s 总人口 (its registered population) is not over the resident one', '年末全县总人口52万人，其中城镇人口17万人。全县常住人口城镇化率为45.1%。'],
		['the shares of the count a list opens with, as printed', '在监测的330个城市中，有273个城市空气质量达到二级以上（含二级）标准，占监测城市数的82.7%；有53个城市为三级，占16.1%；有4个城市为劣三级，占1.2%。'],
		['the same, as printed', '全年研究与试验发展经费支出2367亿元，占国内生产总值的1.30%。全年受理国内外专利申请47.6万件，其中国内申请38.3万件，占80.5%。'],
		['siblings after a share of a named whole share it, sentence after sentence', '女党员3099.5万名，占党员总数的30.9%。少数民族党员773.4万名，占7.7%。'],
		['shares, ratios and quotients that hold', TRADE + RD + INCOME + STRUCTURE],
		['a whole that is a part of another (农村… is not 全国…)', '农村居民人均消费支出19000元。全国居民人均消费支出26796元。其中，人均食品烟酒消费支出7983元，占人均消费支出的比重为29.8%。'],
		['an average per head within 2% of its total over the year-end population (the mean population differs)', PER_HEAD.replace('73572元', '74900元')],
		['two populations in the document (two years, or 户籍 and 常住): which one is not known', PER_HEAD.replace('73572元', '75572元') + '2021年末常住人口82.5万人。'],
		['per head: a population of another year, a county’s 总人口 (registered), a target total are not read', '2023年全市地区生产总值609.91亿元，比上年增长5.2%，人均地区生产总值73572元。2022年末常住人口80.0万人。'],
		['per head: a county’s 总人口 is its registered population', '全年全县生产总值60.9亿元，比上年增长5.0%，人均生产总值33000元。年末全县总户数6.1万户，总人口22.5万人。'],
		['per head: a target total (no change on the year before)', '到2025年，全市地区生产总值达到800亿元，人均地区生产总值达到9.0万元。年末常住人口82.9万人。'],
		['an average per head in another block than its total is not read', '全市实现地区生产总值609.91亿元。\n\n人均地区生产总值75572元。\n\n年末全市常住人口82.9万人。'],
		['a share of a 总数, as printed', VOTERS],
		['a share of a 总数 of another noun than the count stated (新登记选民 is not 登记选民)', VOTERS.replace('共登记选民', '新登记选民').replace('86.9%', '88.9%')],
		['a share of a 总数 whose count is of another year', '2020年全县共登记选民32000人。2021年，参加投票的选民共27800人，占登记选民总数的88.9%。'],
		['a share of a 总数 whose count stands after it', '参加投票的选民共27800人，占登记选民总数的88.9%。全县共登记选民32000人。'],
		['a share of a 总数 against an amount of money of that name (a count is meant)', '全县共登记选民32000元；参加投票的选民共27800元，占登记选民总数的88.9%。'],
		['a share of a 总数 whose noun is a qualified one (登记妇女选民总数 is not 登记选民)', VOTERS.replace('占登记选民总数', '占登记妇女选民总数').replace('86.9%', '88.9%')],
		['no whole stated', '民营企业进出口额223601亿元，占进出口总额比重为55.5%。'],
		['a completion rate is no share of a stated whole', '全年完成固定资产投资500亿元，完成年度计划的112%，其中工业投资200亿元。'],
		['a growth rate is no share', '全年一般公共预算收入100亿元，其中税收收入80亿元，增长6.0%。'],
		['shares before their amounts as printed', OPENED],
		['the same as a list item, as printed', `钢铁生产量如下：\n\n- ${OPENED}`],
		['a list item whose total is named without 在 (- 钢的总产量为T，…): the share’s whole is not said', '钢铁生产量如下：\n\n- 钢的总产量为三〇〇·〇万吨，中央国营占百分之六〇·〇，达到二四〇·〇万吨。'],
		['a share after 其中 is of the part before it (鞍钢 of 中央国营), not of the total the sentence opens with', '在钢的总产量三〇〇·〇万吨中，中央国营占百分之八〇·〇，达到二四〇·〇万吨；其中，鞍钢占百分之五〇·〇，达到一二〇·〇万吨。'],
		['the same, 其中 in the clause', '在钢的总产量三〇〇·〇万吨中，中央国营占百分之八〇·〇，达到二四〇·〇万吨，其中鞍钢占百分之五〇·〇，达到一二〇·〇万吨。'],
		['a share before an amount of another subject (占p%，其中…)', '在钢的总产量三〇〇·〇万吨中，中央国营占百分之八〇·〇，其中鞍钢达到一二〇·〇万吨。'],
		['a share before an amount joined by other words (占p%，比上年增加B): an increase, not the part', '在钢的总产量三〇〇·〇万吨中，中央国营占百分之八〇·〇，比上年增加五〇·〇万吨。'],
		['no total opening the sentence (钢的总产量为T，…): the share’s whole is not said', '钢的总产量为三〇〇·〇万吨，中央国营占百分之六〇·〇，达到二四〇·〇万吨。'],
		['a share of a whole it names (占全国的p%), not of the total opening the sentence', '在钢的总产量三〇〇·〇万吨中，中央国营占全国钢产量的百分之六〇·〇，达到二四〇·〇万吨。'],
	],
});

test('a share stated before its amount names its whole without the 在 of 在…中', () => {
	const [f] = analyze(OPENED.replace('四五·〇万吨', '五五·〇万吨')).findings;
	assert.ok(f);
	assert.match(findingMessage(f, 'zh'), /^占钢的总产量比重/);
});
