import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { parseCjkNumeral, parseOrdinal } from '../../server/src/analysis/index';

const numerals: readonly [string, number | undefined][] = [
	['一', 1], ['十', 10], ['十四', 14], ['二十', 20], ['一百零五', 105], ['一千二百', 1200], ['两千', 2000],
	['两万八千', 28000], ['一万零一十二', 10012], ['五十六万三千七百三十', 563730], ['三亿五千万', 350000000], ['六万万', 600000000], ['四万万五千万', 450000000],
	['二〇二四', 2024], ['一九七八', 1978], ['〇', 0],
	['十四五', undefined], ['两两', undefined], ['', undefined], ['一二三', 123],
];

describe('Chinese numerals', () => {
	for (const [input, expected] of numerals) {
		test(`parseCjkNumeral(${input || '""'}) = ${String(expected)}`, () => assert.equal(parseCjkNumeral(input), expected));
	}
	const ordinals: readonly [string, number | undefined][] = [
		['第十二条', 12], ['第二十条', 20], ['第一百零五条', 105], ['第3章', 3], ['第１２条', 12], ['第X条', undefined],
	];
	for (const [input, expected] of ordinals) {
		test(`parseOrdinal(${input}) = ${String(expected)}`, () => assert.equal(parseOrdinal(input), expected));
	}
});
