import { ruleCases } from '../../helpers/findings';

ruleCases('claim.restatement', {
	fires: [
		['one statistic stated twice with two figures', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6500万吨，再创新高。', [{ at: '6500万吨', related: ['6000万吨'] }]],
		[
			'a target restated in a part of the document of the same year',
			'一、2022年工作回顾\n\n新建改扩建幼儿园60所、中小学73所，新增学位2万个。\n\n二、2023年重点工作\n\n新建改扩建幼儿园80所、中小学73所，新增学位2万个。\n\n三、2023年十件民生实事\n\n5.新建改扩建幼儿园90所，新建停车场30个。',
			[{ at: '90所', related: ['80所'] }],
		],
	],
	silent: [
		['the same words in a part of another year', '一、2022年工作回顾\n\n新建改扩建幼儿园60所、中小学73所，新增学位2万个。\n\n二、2023年重点工作\n\n新建改扩建幼儿园80所、中小学73所，新增学位2万个。'],
		['stated twice alike', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6000万吨，再创新高。'],
		['no scope: another year or region may be meant', '粮食产量6000万吨。……粮食产量6500万吨。'],
		['an action, not a statistic', '全年新增投资300亿元。……全年新增投资500亿元。'],
	],
});
