import { ruleCases } from '../../helpers/findings';

const FISCAL = '五年来，地方财政总收入由120亿元增加到316亿元，年均增长21.4%。';
const INCOME = '城镇居民人均可支配收入由2007年的16920元提高到2012年的32350元，年均增长13.8%。';

ruleCases('claim.annual-growth', {
	fires: [
		['平均每年 is an annual average', '全市财政收入由2020年的800亿元增加到2025年的1200亿元，平均每年增长10.4%。', [{ at: '10.4%', fix: '8.4%' }]],
		['the years of the paragraph (五年来)', FISCAL.replace('21.4%', '23.4%'), [{ at: '23.4%', fix: '21.4%', related: ['120亿元', '316亿元'] }]],
		['the years of the two ends', INCOME.replace('13.8%', '15.8%'), [{ at: '15.8%', fix: '13.8%' }]],
	],
	silent: [
		['rates that follow', FISCAL + INCOME],
		['no period: the years cannot be told', '地方财政总收入由120亿元增加到316亿元，年均增长23.4%。'],
		['GDP growth is at comparable prices', '五年来，地区生产总值由1000亿元增加到2000亿元，年均增长10.0%。'],
	],
});
