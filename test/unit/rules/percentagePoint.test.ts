import { ruleCases } from '../../helpers/findings';

ruleCases('claim.percentage-point', {
	fires: [
		['points that are not the difference', '常住人口城镇化率由65.2%提高到66.2%，提高1.5个百分点。', [{ at: '1.5个百分点', fix: '1.0个百分点' }]],
		['% written where 百分点 is meant', '研发经费投入强度由2.4%提高到2.6%，提高0.2%。', [{ at: '0.2%', fix: '0.2个百分点' }]],
	],
	silent: [
		['the difference in points', '常住人口城镇化率由65.2%提高到66.2%，提高1.0个百分点。'],
		['a relative change in %', '研发经费投入强度由2.4%提高到2.6%，提高8.3%。'],
	],
});
