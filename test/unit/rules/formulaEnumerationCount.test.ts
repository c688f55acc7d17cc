import { ruleCases } from '../../helpers/findings';

ruleCases('formula.enumeration-count', {
	fires: [
		['three names, four levels', '卫东区建立区、街道、社区四级党组织联动体系。', [{ at: '四级', related: ['区、街道、社区'] }]],
	],
	silent: [
		['a list that fits its count', '卫东区建立区、街道、社区三级党组织联动体系。'],
		['a list that ends with 等 may be shorter', '五美、鼓岩、大宅、澳头等5个党群活动阵地列入实训基地。'],
		['the count counts something else', '全国现有产品质量、体系和服务认证机构596个，比上年增加。'],
		['a grade, not a count', '完善土地租赁、转让、抵押二级市场。'],
		['a list of grades', '包括一级子公司、二级子公司、三级子公司等。'],
		['one-character levels are read only when they make the count (县乡村三级)', '建立县乡村三级领导干部联系制度。'],
	],
});
