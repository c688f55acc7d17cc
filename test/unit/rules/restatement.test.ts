import { ruleCases } from '../../helpers/findings';

ruleCases('claim.restatement', {
	fires: [
		['one statistic stated twice with two figures', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6500万吨，再创新高。', [{ at: '6500万吨', related: ['6000万吨'] }]],
	],
	silent: [
		['stated twice alike', '全年粮食产量6000万吨。……各地加强田间管理，全年粮食产量6000万吨，再创新高。'],
		['no scope: another year or region may be meant', '粮食产量6000万吨。……粮食产量6500万吨。'],
		['an action, not a statistic', '全年新增投资300亿元。……全年新增投资500亿元。'],
	],
});
