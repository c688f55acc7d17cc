import { ruleCases } from '../../helpers/findings';

ruleCases('claim.restatement', {
	fires: [
		['one statistic stated twice with two figures', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6500万吨，再创新高。', [{ at: '6500万吨', related: ['6000万吨'] }]],
		[
			'a target restated in a part of the document of the same year',
			'一、2022年工作回顾\n\n新建改扩建幼儿园60所、中小学73所，新增学位2万个。\n\n二、2023年重点工作\n\n新建改扩建幼儿园80所、中小学73所，新增学位2万个。\n\n三、2023年十件民生实事\n\n5.新建改扩建幼儿园90所，新建停车场30个。',
			[{ at: '90所', related: ['80所'] }],
		],
		[
			'an annex (附件1 over its title) restates the targets of the year the report is dated, whatever the words around them',
			'政府工作报告\n\n——2023年1月30日在市第五届人民代表大会第二次会议上\n\n一、2022年工作回顾\n\n完成农村危房改造1.1万户。\n\n二、2023年重点工作\n\n完成城镇老旧小区改造100个、农村危房改造2.7万户。\n\n附件1\n\n10件民生实事\n\n一、住房安全\n\n年度目标：农村危房改造3.2万户。',
			[{ at: '3.2万户', related: ['2.7万户'] }],
		],
	],
	silent: [
		[
			'a part that names no year is not of the year the report is dated (the review of five years)',
			'政府工作报告\n\n——2016年1月20日在自治区第十一届人民代表大会第五次会议上\n\n一、过去五年工作回顾\n\n城镇新增就业7.7万人。\n\n二、2016年主要工作\n\n城镇新增就业7.3万人。',
		],
		['the same words in a part of another year', '一、2022年工作回顾\n\n新建改扩建幼儿园60所、中小学73所，新增学位2万个。\n\n二、2023年重点工作\n\n新建改扩建幼儿园80所、中小学73所，新增学位2万个。'],
		['stated twice alike', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6000万吨，再创新高。'],
		['no scope: another year or region may be meant', '粮食产量6000万吨。……粮食产量6500万吨。'],
		['an action, not a statistic', '全年新增投资300亿元。……全年新增投资500亿元。'],
	],
});
