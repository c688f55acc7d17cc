import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { scanQuantities } from '../../server/src/analysis/index';
import { chineseValue, decimalDigits, shiftPoint } from '../../server/src/features/chineseValue';

/** The value of the first figure of `text`. */
function valueOf(text: string): string {
	const q = scanQuantities(text)[0];
	assert.ok(q, `no figure in ${text}`);
	return chineseValue(q);
}

describe('chineseValue: the value the Chinese way, every printed digit kept', () => {
	const cases: [printed: string, shown: string][] = [
		['1260582亿元', '126.0582万亿元'],
		['89755亿元', '8.9755万亿元'],
		['1950亿元', '1950亿元'],
		['2.1亿元', '2.1亿元'],
		['140967万人', '14.0967亿人'],
		['12345.6万元', '1.23456亿元'],
		['750万元', '750万元'],
		['0.5万元', '0.5万元'],
		['2.8万元', '2.8万元'],
		['28000元', '2.8000万元'],
		['6000人次', '6000人次'],
		['123456789元', '1.23456789亿元'],
		['1.6万多名', '1.6万名'],
		['47个', '47个'],
		['-1.48%', '-1.48%'],
		['１２％', '12%'],
		['45.20%', '45.20%'],
		['7.2‰', '7.2‰'],
		['0.5个百分点', '0.5个百分点'],
		['1.5倍', '1.5倍'],
		['两成', '2成（20%）'],
		['三千万元', '3000万元'],
		['百分之五', '5%'],
		['10-20%', '10% – 20%'],
	];
	for (const [printed, shown] of cases) test(`${printed} → ${shown}`, () => assert.equal(valueOf(printed), shown));

	test('never floating point: the digits are moved as a string', () => {
		assert.equal(shiftPoint('1260582', -4), '126.0582');
		assert.equal(shiftPoint('0.07', 3), '70');
		assert.equal(shiftPoint('-3.5', -2), '-0.035');
		assert.equal(shiftPoint('12', 0), '12');
		assert.equal(decimalDigits(0.1 + 0.2), '0.3');
		assert.equal(decimalDigits(1e-7), '0.0000001');
		assert.equal(decimalDigits(1.26e22), '12600000000000000000000');
	});
});
