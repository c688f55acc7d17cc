import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { afterLast, lastOf, listMarkerLength, trimEndChars, trimStartChars } from '../../server/src/analysis/text/trim';

test('lastOf: where the last of the marks stands, -1 when none does', () => {
	const cases: [string, string, number][] = [
		['全年增长5%。其中，工业增长', '。；', 6],
		['一是A；二是B。三是C', '。；', 7],
		['没有句末标点', '。！？', -1],
		['', '。', -1],
		['句末。', '。', 2],
	];
	for (const [s, marks, at] of cases) assert.equal(lastOf(s, marks), at, s);
});

test('afterLast: the words after the last mark, all of them when there is none', () => {
	const cases: [string, string, string][] = [
		['上年增长5%。其中，城区建设', '。；', '其中，城区建设'],
		['城区方面，建设', '，', '建设'],
		['没有标点', '。，', '没有标点'],
		['结尾。', '。', ''],
	];
	for (const [s, marks, after] of cases) assert.equal(afterLast(s, marks), after, s);
});

test('trimEndChars and trimStartChars remove only the characters given', () => {
	assert.equal(trimEndChars('六稳：：', '：'), '六稳');
	assert.equal(trimStartChars('  　六稳', ' 　'), '六稳');
	assert.equal(trimEndChars('六稳', '：'), '六稳');
});

test('listMarkerLength: a Markdown list item\u2019s marker and the spaces after it, 0 for anything else', () => {
	const cases: [string, number][] = [
		['- 全年地区生产总值', 2],
		['*   1.坚持稳中求进', 4],
		['+\u3000（一）总体要求', 2],
		['-3.5%', 0],
		['——稳就业', 0],
		['**加快发展**', 0],
		['', 0],
	];
	for (const [s, n] of cases) assert.equal(listMarkerLength(s), n, s);
	assert.equal(listMarkerLength('- 全年', false), 0);
});
