import { ruleCases } from '../../helpers/findings';

ruleCases('claim.difference', {
	fires: [
		['比Y年增加D over the pair’s own start year', '钢产量由一九六〇年的二〇〇万吨增加到一九六五年的四〇〇万吨，比一九六〇年增加二五〇万吨。', [{ at: '二五〇万吨' }]],
		['a change on the year before after a from–to of consecutive years', '一般公共预算收入由2022年的115亿元增加到2023年的126亿元，比上年增加9.5亿元。', [{ at: '9.5亿元', fix: '11.0亿元' }]],
		['由A提高到B，增加D', '城乡居民医保补助标准由520元提高到580元，增加70元。', [{ at: '70元', fix: '60元', related: ['580元', '520元'] }]],
		['收大于支', '非贸易外汇收入51亿美元，支出16.1亿美元，收大于支30.9亿美元。', [{ at: '30.9亿美元', fix: '34.9亿美元' }]],
	],
	silent: [
		['比Y年增加D over a base year other than the pair’s start (比一九五〇年)', '钢产量由一九六〇年的二〇〇万吨增加到一九六五年的四〇〇万吨，比一九五〇年增加二五〇万吨。'],
		['a change on the year before after a from–to years apart', '一般公共预算收入由2018年的80亿元增加到2023年的126亿元，比上年增加9.5亿元。'],
		['the change of one year of the period (其中2025年)', '粮食产量由50万吨增加到60万吨，其中2025年增加1.3万吨。'],
		['an average per year', '高新技术企业由500家增加到1200家，平均每年增加140家。'],
		['differences that hold', '城乡居民医保补助标准由520元提高到580元，增加60元。非贸易外汇收入51亿美元，支出16.1亿美元，收大于支34.9亿美元。'],
		['a change against the other direction', '城乡居民医保补助标准由520元提高到580元，减少70元。'],
	],
});
