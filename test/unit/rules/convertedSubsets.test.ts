import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

/** A whole and a part of it, each restated in dollars after its rate (…，折…亿美元): the part not named by 其中. */
const QUALIFIED = '全年实际使用外资86.3亿元，下降7.1%，折12.1亿美元，下降8.8%。高技术产业实际使用外资28.6亿元，下降3.3%，折4.0亿美元，下降4.0%。';
/** The same, the conversions in brackets right after the amounts, the part under 其中. */
const BRACKETED = '全年实际使用外商直接投资金额78.1亿元（折12.6亿美元），增长6.4%。其中“一带一路”沿线国家实际使用外商直接投资金额5.3亿元（折0.9亿美元），增长25.3%。';

ruleCases('claim.subset', {
	fires: [
		['a part restated in dollars above its whole’s dollars, the amounts in yuan held (…28.6亿元…，折14.0亿美元 > 折12.1亿美元)', QUALIFIED.replace('折4.0亿美元', '折14.0亿美元'), [{ at: '14.0亿美元', related: ['12.1亿美元'] }]],
		['…the conversions in brackets (（折13.5亿美元） > （折12.6亿美元）)', BRACKETED.replace('折0.9亿美元', '折13.5亿美元'), [{ at: '13.5亿美元', related: ['12.6亿美元'] }]],
	],
	silent: [
		['a part and its whole, each restated in dollars, as printed', QUALIFIED],
		['…the conversions in brackets, as printed', BRACKETED],
		['the whole’s conversion of its change, not of its amount (比上年增加15亿元，折2.1亿美元): no conversion of the whole', '全年实际使用外资86.3亿元，比上年增加15亿元，折2.1亿美元。高技术产业实际使用外资28.6亿元，折4.0亿美元。'],
		['a conversion in the next sentence is another statement, not the amount’s', '全年实际使用外资86.3亿元，下降7.1%。折算后为12.1亿美元。高技术产业实际使用外资28.6亿元，下降3.3%，折14.0亿美元。'],
		['dollars after only the part: nothing to hold them against', '全年实际使用外资86.3亿元，下降7.1%。高技术产业实际使用外资28.6亿元，下降3.3%，折14.0亿美元。'],
	],
});

test('the conversions of a part and its whole are held once, whichever finder held the amounts', () => {
	const r = analyze(QUALIFIED).relations.filter((x) => x.kind === 'subset');
	assert.deepEqual(r.map((x) => x.expression).sort(), ['28.6亿元 ≤ 86.3亿元', '4.0亿美元 ≤ 12.1亿美元']);
});
