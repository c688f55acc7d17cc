import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze, parseGlossary } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

ruleCases('formula.canonical', {
	fires: [
		['“四个自信” with 政治自信 instead of 文化自信', '坚定“四个自信”（道路自信、理论自信、制度自信、政治自信），奋力前行。', [{ at: '四个自信' }]],
		['two of three canonical items, one by its first key (风险) and one by another word (贫困)', '打好“三大攻坚战”（防范化解重大风险、贫困治理、城市更新）。', [{ at: '三大攻坚战' }]],
		['two of three by their first keys, the third another', '打好“三大攻坚战”（防范化解重大风险、精准脱贫、乡村振兴）。', [{ at: '三大攻坚战' }]],
	],
	silent: [
		['the canonical items', '坚定“四个自信”（道路自信、理论自信、制度自信、文化自信），奋力前行。'],
		['a count that is wrong is count-mismatch’s to say', '坚定“四个自信”（道路自信、理论自信、制度自信），奋力前行。'],
		['a local formula that shares only the name (成都 “两山”)', '“两山”指龙门山、龙泉山，“两水”指岷江、沱江。'],
		['a local formula of three sharing one common word (生态环境)', '打好“三大攻坚战”（项目建设、招商引资、生态环境保护）。'],
		['the same, the common word first, a figure after', '打好“三大攻坚战”（生态环境整治、城乡建设、产业升级），全年完成投资80亿元。'],
		['the short name, one item holding two words of one canonical item (金融风险化解)', '深入实施“三大攻坚”行动（金融风险化解、产业转型升级、城市更新），全年完成投资120亿元。'],
		['two shared only by other words the lexicon knows (金融, 生态环境), none by its first key', '打好“三大攻坚战”（金融改革、生态环境整治、城市建设）。'],
		['a formula local documents fill with items of their own (三下乡: variants)', '深入开展“三下乡”（科技、文化、法律下乡）活动，服务群众12万人次。'],
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

test('formula.canonical: an entry marked variants is read, never held to its items; the mark is kept from a user glossary', () => {
	const { entries, problems } = parseGlossary({ entries: [{ name: '四个自信', items: ['甲自信', '乙自信', '丙自信', '丁自信'], explanation: '本地', source: '县委', variants: true }] });
	assert.deepEqual(problems, []);
	assert.equal(entries[0]?.variants, true);
	const text = '坚定“四个自信”（甲自信、乙自信、丙自信、戊自信）。';
	assert.deepEqual(analyze(text, { glossary: entries }).findings, []);
	assert.equal(analyze(text, { glossary: entries }).formulas[0]?.verdict, 'ok');
});
