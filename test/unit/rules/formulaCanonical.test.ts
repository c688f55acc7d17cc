import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze, parseGlossary } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

ruleCases('formula.canonical', {
	fires: [['“四个自信” with 政治自信 instead of 文化自信', '坚定“四个自信”（道路自信、理论自信、制度自信、政治自信），奋力前行。', [{ at: '四个自信' }]]],
	silent: [
		['the canonical items', '坚定“四个自信”（道路自信、理论自信、制度自信、文化自信），奋力前行。'],
		['a count that is wrong is count-mismatch’s to say', '坚定“四个自信”（道路自信、理论自信、制度自信），奋力前行。'],
		['a local formula that shares only the name (成都 “两山”)', '“两山”指龙门山、龙泉山，“两水”指岷江、沱江。'],
	],
});

test('formula.canonical: the missing item and the source', () => {
	const [f] = analyze('坚定“四个自信”（道路自信、理论自信、制度自信、政治自信），奋力前行。').findings;
	assert.equal(f?.data['missing'], '文化自信');
});

test('formula.canonical: a user glossary entry is consulted before the built-in one', () => {
	const { entries, problems } = parseGlossary({ entries: [{ name: '四个自信', items: ['甲自信', '乙自信', '丙自信', '丁自信'], explanation: '本地', source: '县委' }] });
	assert.deepEqual(problems, []);
	const text = '坚定“四个自信”（甲自信、乙自信、丙自信、戊自信）。';
	assert.deepEqual(analyze(text, { glossary: entries }).findings.map((f) => f.data['missing']), ['丁自信']);
});
