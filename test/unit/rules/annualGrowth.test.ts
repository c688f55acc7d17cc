import { ruleCases } from '../../helpers/findings';

const FISCAL = '五年来，地方财政总收入由120亿元增加到316亿元，年均增长21.4%。';
const INCOME = '城镇居民人均可支配收入由2007年的16920元提高到2012年的32350元，年均增长13.8%。';
/** The growth over the period and the average annual rate (1.655^(1/5) − 1 = 10.60%): two rates at comparable prices. */
const CUMULATIVE = '2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位。';

/** Invented plan sentences in the older official style (figures in characters, · for the decimal point). */
const PLAN_OUTPUT = '手工业总产值由一九六〇年的八〇·〇亿元到一九六五年将增加为一二〇·〇亿元，平均每年递增百分之八·四。';
/** The year of the figure after 在 inside its subject: (30 ÷ 10)^(1/5) − 1 = 24.57%; 2^(1/5) − 1 = 14.87%. */
const PLAN_PURCHASE = '供销合作社的收购额在一九六五年为三〇·〇亿元，比一九六〇年的一〇·〇亿元增长二倍，平均每年递增百分之二四·六。';
const PLAN_RETAIL = '合作社营商业的零售额在一九六五年比一九六〇年增长百分之一〇〇，即平均每年递增百分之一四·九。';
const PLAN_HARVEST = '棉花由一九六〇年年产二〇·〇亿斤到一九六五年年产三〇·〇亿斤，即增长百分之五〇，平均每年递增百分之八·四。';

/**
 * The growth over the period as a multiple (是2017年的4倍 ×4, 增长二倍 ×3) with the average annual rate: 4^(1/5) − 1 = 31.95%
 * (33.4% within the rounding of 4倍); 1.6^(1/5) − 1 = 9.86%, 1.8^(1/5) − 1 = 12.47%. A multiple is read loosely: a tenth.
 */
const MULTIPLE = '2022年，全市一般公共预算收入达到120亿元，是2017年的4倍，年均增长33.4%。';
const MULTIPLES = '2022年，城镇和农村居民人均可支配收入分别达到5万元和2万元，是2017年的1.6倍和1.8倍，年均增长9.9%和12.5%。';
const PLAN_MULTIPLE = '五年内，地方国营工业总产值将有很大增长，一九六五年将达到九〇·〇亿元，比一九六〇年增长二倍，平均每年递增百分之二四·六。';
const PLAN_RATE_FIRST = '五年内，机床生产量平均每年增长百分之三五·〇，到一九六五年机床生产量将为一九六〇年的四·五倍。';

ruleCases('claim.annual-growth', {
	fires: [
		['the growth as a multiple of a year (是2017年的N倍), the years to the year of the sentence', MULTIPLE.replace('33.4%', '43.4%'), [{ at: '43.4%', related: ['4倍'] }]],
		['the k-th of a list of multiples with the k-th of a list of rates', MULTIPLES.replace('12.5%', '16.5%'), [{ at: '16.5%', related: ['1.8倍'] }]],
		['增长N倍 of the older style (×(N+1)), the base year after 比', PLAN_MULTIPLE.replace('百分之二四·六', '百分之二九·六'), [{ at: '百分之二九·六', related: ['二倍'] }]],
		['the rate before the multiple, whose clause names the statistic again', PLAN_RATE_FIRST.replace('四·五倍', '三·五倍'), [{ at: '百分之三五·〇', related: ['三·五倍'] }]],
		['平均每年 is an annual average', '全市财政收入由2020年的800亿元增加到2025年的1200亿元，平均每年增长10.4%。', [{ at: '10.4%', fix: '8.4%' }]],
		['the years of the paragraph (五年来)', FISCAL.replace('21.4%', '23.4%'), [{ at: '23.4%', fix: '21.4%', related: ['120亿元', '316亿元'] }]],
		['the years of the two ends', INCOME.replace('13.8%', '15.8%'), [{ at: '15.8%', fix: '13.8%' }]],
		['the growth over the years between (GDP too: two rates of one basis)', CUMULATIVE.replace('10.6%', '12.6%'), [{ at: '12.6%', fix: '10.6%', related: ['65.5%'] }]],
		['the base after 比 with its year, a comma and 年均 after it (比Y年的B，年均增长C)', '2025年全市财政收入为150亿元，比2020年的100亿元，年均增长12%。', [{ at: '12%', fix: '8%' }]],
		['a fall over the years between', '2020年，全市煤炭消费量比2015年下降18.5%，年均下降5.0%。', [{ at: '5.0%', fix: '4.0%', related: ['18.5%'] }]],
		['the years the rate’s own words give (五年来) are the years between', '2023年，全市专利授权量达到1.2万件，比2018年增长85.2%，五年来年均增长15.1%。', [{ at: '15.1%', fix: '13.1%', related: ['85.2%'] }]],
		['十年间 of ten years between', '2022年，全市一般公共预算收入比2012年增长120.5%，十年间年均增长9.2%。', [{ at: '9.2%', fix: '8.2%', related: ['120.5%'] }]],
		['GDP, no basis on either rate (the base reading)', '2007年，全市地区生产总值达到1000亿元，比2002年增长65.5%，年均增长11.6%。', [{ at: '11.6%', fix: '10.6%', related: ['65.5%'] }]],
		['one basis opening the sentence holds for both rates', '按可比价格计算，2012年全市地区生产总值比2007年增长98.5%，年均增长15.1%。', [{ at: '15.1%', fix: '14.7%', related: ['98.5%'] }]],
		// The older official style: 平均每年递增, the end dated between 到 and 将增加为, a year's output (年产) after the date.
		// (120 ÷ 80)^(1/5) − 1 = 8.45%; (30 ÷ 20)^(1/5) − 1 = 8.45%.
		['递增 of the older style, the end dated between 到 and 将增加为', PLAN_OUTPUT.replace('百分之八·四', '百分之九·四'), [{ at: '百分之九·四', related: ['八〇·〇亿元', '一二〇·〇亿元'] }]],
		['…即 before the rate (that is: the change restated)', PLAN_OUTPUT.replace('，平均每年递增百分之八·四', '，即平均每年递增百分之九·四'), [{ at: '百分之九·四' }]],
		['…a year’s output (年产) between the date and the figure', PLAN_HARVEST.replace('百分之八·四', '百分之九·四'), [{ at: '百分之九·四', related: ['二〇·〇亿斤', '三〇·〇亿斤'] }]],
		['the end year after 在 inside the subject (…在一九六五年为A，比一九六〇年的B增长…)', PLAN_PURCHASE.replace('百分之二四·六', '百分之二六·六'), [{ at: '百分之二六·六', related: ['一〇·〇亿元', '三〇·〇亿元'] }]],
		['the end year after 在 inside the subject, the growth over the years between (…在一九六五年比一九六〇年增长…)', PLAN_RETAIL.replace('百分之一四·九', '百分之一六·九'), [{ at: '百分之一六·九', related: ['百分之一〇〇'] }]],
	],
	silent: [
		['multiples and rates that follow', MULTIPLE + MULTIPLES + PLAN_MULTIPLE + PLAN_RATE_FIRST],
		['a multiple read loosely: within a tenth (1.189^5 = 2.38 for 2.5倍; a real rate of a nominal multiple)', '2022年，全市社会消费品零售总额达到316亿元，是2017年的2.5倍，年均增长18.9%。'],
		['GDP: a multiple of nominal values and a rate at comparable prices', '2022年，全市地区生产总值达到1140亿元，是2017年的2.6倍，年均增长13.1%。'],
		['value added: the same', '2022年，全市完成规模以上工业增加值430亿元，是2017年的2.7倍，年均增长17%。'],
		['a multiple of another region’s figure', '2022年，全市人均可支配收入达到5万元，是全国平均水平的1.5倍，年均增长20%。'],
		['a multiple of no year (是上年的): no years', '2022年，全市一般公共预算收入达到120亿元，是上年的1.2倍，年均增长20%。'],
		['lists of multiples and rates of unequal length: which goes with which is not said', '2022年，三县农民人均纯收入分别是2017年的1.6倍、1.8倍和2倍，年均增长9.9%和25.5%。'],
		['the rate before a multiple of another statistic (机床, 汽车)', '五年内，机床生产量平均每年增长百分之三五·〇，到一九六五年汽车生产量将为一九六〇年的三·五倍。'],
		['a real annual rate', '2022年，全市一般公共预算收入达到120亿元，是2017年的4倍，年均实际增长23.4%。'],
		['the base year only, no end year and no period', '全市一般公共预算收入达到120亿元，是2017年的4倍，年均增长43.4%。'],
		['the older style, rates that follow', PLAN_OUTPUT + PLAN_HARVEST],
		['the end year after 在 inside the subject, rates that follow', PLAN_PURCHASE + PLAN_RETAIL],
		['在…的基础上 is a base, no end year', '合作社营商业的零售额在一九六〇年的基础上增长百分之一〇〇，即平均每年递增百分之一六·九。'],
		['在 and a year inside the subject, the rate of a period of its own', '合作社营商业的零售额在一九六五年比一九六〇年增长百分之一〇〇，其中一九六三年以来平均每年递增百分之一六·九。'],
		['递增 of another statistic (其中…) is not the total’s', '手工业总产值由一九六〇年的八〇·〇亿元到一九六五年将增加为一二〇·〇亿元。其中合作社的产值平均每年递增百分之九·四。'],
		['no year the figure reached is dated by (到…将增加为 with no date)', '手工业总产值由八〇·〇亿元将增加为一二〇·〇亿元，平均每年递增百分之九·四。'],
		['即将 is no “that is”: a rate to come with no period', '手工业总产值由八〇·〇亿元增加到一二〇·〇亿元，即将平均每年递增百分之九·四。'],
		['rates that follow', FISCAL + INCOME],
		['no period: the years cannot be told', '地方财政总收入由120亿元增加到316亿元，年均增长23.4%。'],
		['GDP growth is at comparable prices', '五年来，地区生产总值由1000亿元增加到2000亿元，年均增长10.0%。'],
		['the growth over the years between, followed', CUMULATIVE],
		['no end year printed: the years cannot be told', '国内生产总值比2002年增长65.5%，年均增长12.6%。'],
		['the annual rate of a period of its own', '2007年，国内生产总值比2002年增长65.5%，“十五”期间年均增长9.5%。'],
		['a real annual rate is not the nominal growth’s', '2012年，城镇居民人均可支配收入比2007年增长90.1%，年均实际增长8.8%。'],
		['the growth on the year before, not over the years', '2007年，国内生产总值比上年增长11.9%，年均增长10.6%。'],
		['the rate’s own years (近三年) are not the years between (2018 to 2023)', '2023年，全市专利授权量达到1.2万件，比2018年增长85.2%，近三年年均增长15.1%。'],
		['过去五年 of a growth over ten years', '2022年，全市一般公共预算收入比2012年增长120.5%，过去五年年均增长6.2%。'],
		['GDP: a comparable-price annual rate of a growth of no stated basis', '2012年，全市地区生产总值达到2000亿元，比2007年增长98.5%，按可比价计算年均增长11.2%。'],
		['GDP: a nominal growth (按现价计算 opening the sentence) and a comparable-price rate', '2012年，按现价计算，全市地区生产总值达到2000亿元，比2007年增长98.5%，按可比价格计算年均增长11.2%。'],
		['GDP: the basis in brackets after the growth', '2012年，全市地区生产总值达到2000亿元，比2007年增长98.5%（按现价计算），按可比价计算年均增长11.2%。'],
	],
});
