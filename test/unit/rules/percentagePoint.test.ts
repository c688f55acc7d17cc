import { ruleCases } from '../../helpers/findings';

ruleCases('claim.percentage-point', {
	fires: [
		['points over a period named alone (五年提高)', '城镇化率由58.2%提高到62.1%，五年提高3.5个百分点。', [{ at: '3.5个百分点', fix: '3.9个百分点' }]],
		['points that are not the difference', '常住人口城镇化率由65.2%提高到66.2%，提高1.5个百分点。', [{ at: '1.5个百分点', fix: '1.0个百分点' }]],
		['% written where 百分点 is meant', '研发经费投入强度由2.4%提高到2.6%，提高0.2%。', [{ at: '0.2%', fix: '0.2个百分点' }]],
	],
	silent: [
		['比Y年提高N个百分点 over a base year other than the pair’s start (比2015年)', '城镇化率由2020年的50.0%提高到2025年的55.0%，比2015年提高10.0个百分点。'],
		['a change on the year before after a from–to years apart', '城镇化率由2018年的55.2%提高到2023年的62.1%，比上年提高0.8个百分点。'],
		['an annual average after the two rates (年均)', '五年来，城镇化率由58.2%提高到63.5%，年均提高1.1个百分点。'],
		['an average per year (平均每年)', '城镇化率由58.2%提高到63.5%，平均每年提高1.1个百分点。'],
		['the change of another rate', '城镇化率由58.2%提高到63.5%，户籍人口城镇化率提高2.1个百分点。'],
		['a change compared with another region', '城镇化率由58.2%提高到63.5%，超过全省平均增幅1.6个百分点。'],
		['the difference in points', '常住人口城镇化率由65.2%提高到66.2%，提高1.0个百分点。'],
		['a relative change in %', '研发经费投入强度由2.4%提高到2.6%，提高8.3%。'],
	],
});
