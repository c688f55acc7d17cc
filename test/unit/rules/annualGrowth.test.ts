import { ruleCases } from '../../helpers/findings';

const FISCAL = '五年来，地方财政总收入由120亿元增加到316亿元，年均增长21.4%。';
const INCOME = '城镇居民人均可支配收入由2007年的16920元提高到2012年的32350元，年均增长13.8%。';
/** The growth over the period and the average annual rate (1.655^(1/5) − 1 = 10.60%): two rates at comparable prices. */
const CUMULATIVE = '2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位。';

ruleCases('claim.annual-growth', {
	fires: [
		['平均每年 is an annual average', '全市财政收入由2020年的800亿元增加到2025年的1200亿元，平均每年增长10.4%。', [{ at: '10.4%', fix: '8.4%' }]],
		['the years of the paragraph (五年来)', FISCAL.replace('21.4%', '23.4%'), [{ at: '23.4%', fix: '21.4%', related: ['120亿元', '316亿元'] }]],
		['the years of the two ends', INCOME.replace('13.8%', '15.8%'), [{ at: '15.8%', fix: '13.8%' }]],
		['the growth over the years between (GDP too: two rates of one basis)', CUMULATIVE.replace('10.6%', '12.6%'), [{ at: '12.6%', fix: '10.6%', related: ['65.5%'] }]],
		['a fall over the years between', '2020年，全市煤炭消费量比2015年下降18.5%，年均下降5.0%。', [{ at: '5.0%', fix: '4.0%', related: ['18.5%'] }]],
	],
	silent: [
		['rates that follow', FISCAL + INCOME],
		['no period: the years cannot be told', '地方财政总收入由120亿元增加到316亿元，年均增长23.4%。'],
		['GDP growth is at comparable prices', '五年来，地区生产总值由1000亿元增加到2000亿元，年均增长10.0%。'],
		['the growth over the years between, followed', CUMULATIVE],
		['no end year printed: the years cannot be told', '国内生产总值比2002年增长65.5%，年均增长12.6%。'],
		['the annual rate of a period of its own', '2007年，国内生产总值比2002年增长65.5%，“十五”期间年均增长9.5%。'],
		['a real annual rate is not the nominal growth’s', '2012年，城镇居民人均可支配收入比2007年增长90.1%，年均实际增长8.8%。'],
		['the growth on the year before, not over the years', '2007年，国内生产总值比上年增长11.9%，年均增长10.6%。'],
	],
});
