import { ruleCases } from '../../helpers/findings';

ruleCases('claim.percent-change', {
	fires: [
		[
			'an aside in brackets between the amount and its change is no base (…397元（包括…355元…），比上年增加42元)',
			'农民平均每人纯收入为397元（包括来自生产经营活动的355元，来自外出人口寄回的42元），比上年增加42元，增长12.8%。',
			[{ at: '12.8%', fix: '11.8%' }],
		],
		['V，比上年增加D，增长C%', '全年财政收入83080亿元，比上年增加14562亿元，增长23.3%。', [{ at: '23.3%', fix: '21.3%', related: ['83080亿元', '14562亿元'] }]],
		['V，比上年减少D，下降C%', '全年出口2000亿元，比上年减少200亿元，下降11.1%。', [{ at: '11.1%', fix: '9.1%' }]],
		['a net change before its noun, the rate, the total reached (净增X D，增长C%，总数达到V)', '净增国家级高新技术企业74家，增长47.8%，总数达到270家。', [{ at: '47.8%', fix: '37.8%', related: ['270家', '74家'] }]],
		['a net fall before its noun, the total after', '净减少落后产能企业12家，下降12.0%，总数为108家。', [{ at: '12.0%', fix: '10.0%' }]],
		['由A提高到B，增长C%', '城乡居民医保补助标准由520元提高到580元，增长12.5%。', [{ at: '12.5%', fix: '11.5%' }]],
		['a miss within one printed unit beyond rounding is information', '全年财政收入83080亿元，比上年增加14562亿元，增长21.2%。', [{ at: '21.2%', fix: '21.3%', severity: 'information' }]],
		['a figure broken across lines stands at its original characters', '全年财政收入5200亿元，比上年增加400亿元，增长9.\n5%。', [{ at: '9.\n5%', fix: '8.3%' }]],
	],
	silent: [
		['a net change, the rate and the total that follow', '净增国家级高新技术企业74家，增长37.8%，总数达到270家。'],
		['gross additions (新增) leave the base unknown', '新增国家级高新技术企业74家，增长47.8%，总数达到270家。'],
		['a total of another statistic after the rate', '净增国家级高新技术企业74家，增长47.8%，科技型中小企业达到2700家。'],
		['the total in another sentence', '净增国家级高新技术企业74家，增长47.8%。总数达到270家。'],
		['a change of part of the year (1-11月, 上半年) with its rate is no change of the year’s amount', '全年一般公共预算收入152000亿元，1-11月比上年增加8300亿元，增长6.8%。全年税收收入130000亿元，上半年比上年增加7000亿元，增长6.8%。'],
		['growth on the year before (较上年) after a from–to years apart', '一般公共预算收入由2018年的80亿元增加到2023年的126亿元，较上年增长8.2%。'],
		['the growth of one year of the period', '全市粮食产量由2020年的50万吨增加到2025年的60万吨，增长20%，其中2025年增长2.5%。'],
		['a net change after the gross additions (the stock is the base)', '年末全市经营主体52.3万户，全年新登记8.6万户，净增4.1万户，增长8.5%。'],
		['the same, as printed', '农民平均每人纯收入为397元（包括来自生产经营活动的355元，来自外出人口寄回的42元），比上年增加42元，增长11.8%。'],
		['the consistent sentence', '全年财政收入83080亿元，比上年增加14562亿元，增长21.3%。'],
		['由A提高到B with the right rate', '城乡居民医保补助标准由520元提高到580元，增长11.5%。'],
		['approximate figures are bounds', '全年财政收入8万多亿元，比上年增加1.4万亿元，增长30%。'],
		['GDP growth is at comparable prices', '全年地区生产总值5200亿元，比上年增加400亿元，增长5.0%。'],
		['value added growth is at comparable prices', '全年规模以上工业增加值1500亿元，比上年增加300亿元，增长6.0%。'],
		['an average annual rate', '全年财政收入5200亿元，比上年增加400亿元，年均增长5.0%。'],
		['a real rate', '全年居民收入5200元，比上年增加400元，实际增长5.0%。'],
		['balances grow on a comparable basis', '年末本外币存款余额5200亿元，比上年末增加400亿元，增长5.0%。'],
		['a change with no base: only the implied base, on hover', '城市社区主干年人均增加2.8万元，增幅45.2%。'],
		['a completion rate is no growth', '全年完成进出口总额1000亿元，比上年增加100亿元，完成年度目标的105%。'],
	],
});
