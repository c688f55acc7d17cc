/**
 * claim.restatement, statements dated by their own words (relations/restatement.ts datedStatements): a plan's summary and
 * its chapter state a statistic of one year each, either end of a from–to (由一九五二年的A到一九五七年将增加为B) being a
 * statement of its year. Invented sentences in the style of the plans and reports.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

/** A plan's summary (a from–to of the five years) and its chapter (the same from–to, or the end year's figure alone). */
const SUMMARY = '第一章  任务\n\n工业总产值由一九五二年的二四〇·五亿元到一九五七年将增加为四八〇·二亿元，即增长百分之九九·七。\n\n第二章  工业\n\n';
const CHAPTER_FROM_TO = '随着新建企业投入生产，工业总产值由一九五二年的二四〇·五亿元到一九五七年将增加为四八〇·二亿元。';
const CHAPTER_YEAR = '一九五七年工业总产值将达到四八〇·二亿元，比一九五二年增长百分之九九·七。';
/** The from–to's subject named in a clause of its own, the end year's figure after its date (…的产值一九五二年为A，一九五七年将为B). */
const PARTS = '第一章  任务\n\n其中手工业合作社的产值由一九五二年的三·五亿元到一九五七年将增加为二九·八亿元。\n\n第二章  手工业\n\n手工业合作社的产值一九五二年为三·五亿元，一九五七年将为二九·八亿元。';

function restatedFigures(text: string): string[][] {
	const a = analyze(text);
	return a.relations.filter((r) => r.kind === 'restatement').map((r) => r.claims.map((c) => a.claims[c]!.text));
}

ruleCases('claim.restatement', {
	fires: [
		['the end of a from–to restated in the chapter by the same from–to, changed', SUMMARY + CHAPTER_FROM_TO.replace('增加为四八〇·二亿元', '增加为四八二·二亿元'), [{ at: '四八二·二亿元', related: ['四八〇·二亿元'] }]],
		['the start of a from–to restated, changed', SUMMARY + CHAPTER_FROM_TO.replace('的二四〇·五亿元', '的二四六·五亿元'), [{ at: '二四六·五亿元', related: ['二四〇·五亿元'] }]],
		['the end year\'s figure stated alone after its date (一九五七年…将达到), changed', SUMMARY + CHAPTER_YEAR.replace('四八〇·二亿元', '四八八·二亿元'), [{ at: '四八八·二亿元', related: ['四八〇·二亿元'] }]],
		['a subject written with 的 on one side (私营工业的产值) and without it on the other', '私营工业产值一九五二年为一〇五·三亿元。\n\n一九五二年，私营工业的产值为一〇五·二亿元，占全国工业总产值的百分之三九。', [{ at: '一〇五·二亿元', related: ['一〇五·三亿元'] }]],
		['the later clause of a sentence that takes its subject from the clause before (…，一九五七年将为B), changed', PARTS.replace('一九五七年将为二九·八亿元', '一九五七年将为二八·八亿元'), [{ at: '二八·八亿元', related: ['二九·八亿元'] }]],
	],
	silent: [
		['the summary and the chapter agreeing', SUMMARY + CHAPTER_FROM_TO + CHAPTER_YEAR],
		['another year of the same statistic', SUMMARY + '一九五五年工业总产值将达到三六〇·九亿元。'],
		['another region', SUMMARY + '一九五七年华北地区工业总产值将达到九〇·六亿元。'],
		['a part of the whole (其中) under another subject', SUMMARY + '一九五七年其中生产资料的产值将达到二一〇·二亿元。'],
		['a target (力争) against the figure planned', SUMMARY + '力争一九五七年工业总产值达到五〇〇亿元。'],
		['a rate against an amount of one year', SUMMARY + '一九五七年工业总产值将比一九五二年增长百分之一〇五。'],
		['a bound (将超过) against the figure planned', SUMMARY + '一九五七年工业总产值将超过五〇〇亿元。'],
		['a bound (以上) against the figure planned', SUMMARY + '一九五七年工业总产值将达到五〇〇亿元以上。'],
		['an average of the period (平均每年)', SUMMARY + '五年内工业总产值平均每年为三五〇亿元。'],
		['a subject too short or naming no statistic (建成)', '一九五七年将建成一二个。\n\n一九五七年将建成一四个。'],
		['a part of a year in the scope (2023年上半年全市…, 2023年1-10月全市…) against the whole year', '2023年全市地区生产总值为520亿元。\n\n2023年上半年全市地区生产总值为250亿元。\n\n2023年1-10月全市地区生产总值为430亿元。'],
		['a part of a year (上半年，…) against the whole year', '2023年全市地区生产总值为520亿元。\n\n2023年上半年，全市地区生产总值为250亿元。'],
	],
});

test('the ends of a from–to restated in the chapter are each one restatement, and the year\'s figure alone is too', () => {
	assert.deepEqual(restatedFigures(SUMMARY + CHAPTER_FROM_TO), [
		['二四〇·五亿元', '二四〇·五亿元'],
		['四八〇·二亿元', '四八〇·二亿元'],
	]);
	assert.deepEqual(restatedFigures(SUMMARY + CHAPTER_YEAR), [['四八〇·二亿元', '四八〇·二亿元']]);
	// The start year's figure is held to the start, never to the end (a 1952 actual is not the 1957 plan).
	assert.deepEqual(restatedFigures(SUMMARY + '一九五二年工业总产值为二四〇·五亿元。'), [['二四〇·五亿元', '二四〇·五亿元']]);
	assert.deepEqual(restatedFigures(PARTS), [
		['三·五亿元', '三·五亿元'],
		['二九·八亿元', '二九·八亿元'],
	]);
});

test('a plan\'s modal 将 between the subject and its verb is no part of the subject (农业总产值将达…, 比一九五二年将增长…)', () => {
	const a = analyze('一九五七年农业总产值将达到五九六·六亿元，比一九五二年将增长百分之二三·三。社会商品零售总额到一九五七年将达到四九八亿元左右。');
	assert.deepEqual(
		a.claims.map((c) => c.subject),
		['农业总产值', '农业总产值', '社会商品零售总额'],
	);
});

/** A set counted with its total, then named again by a demonstrative and its count (在这N个…中, 这N个…, 上述N个…). */
const UNITS = '五年内，化学工业限额以上的建设单位共二六个，其中化肥工厂为八个，染料工厂的建设单位三个。在这二六个建设单位中，苏联帮助设计的有七个。';

test('a count after a demonstrative names again the set counted before it: the count of the same value, else the total', () => {
	assert.deepEqual(restatedFigures(UNITS), [['二六个', '二六个']]);
	assert.deepEqual(restatedFigures('五年内将新建和改建四个化肥厂。在这四个化肥厂中，由苏联帮助设计的化肥厂有二个。这两个化肥厂全部投入生产后，可年产化肥一五万吨。'), [
		['四个', '四个'],
		['二个', '两个'],
	]);
	// The demonstrative count changed: held to the total (…共二六个), not to a part of the same noun (染料工厂的建设单位三个).
	assert.deepEqual(restatedFigures(UNITS.replace('在这二六个', '在这二七个')), [['二六个', '二七个']]);
});

ruleCases('claim.restatement', {
	fires: [['a demonstrative count that differs from the total it names again', UNITS.replace('在这二六个', '在这二七个'), [{ at: '二七个', related: ['二六个'] }]]],
	silent: [
		['a demonstrative count of another noun (这二六个 of 项目 after …建设单位共二六个)', UNITS.replace('在这二六个建设单位中', '在这二七个项目中')],
		['a demonstrative count with no total and no count of its value before it', '五年内新建化肥厂八个，染料工厂三个。这五个工厂都在华北。'],
		['a demonstrative count of another unit', '化学工业限额以上的建设单位共二六个。这二七项工程由苏联帮助设计。'],
		['a demonstrative count of another value bound by a clause of a place (在东北地区，这二〇个…) after the total', '化学工业的建设单位共二六个。在东北地区，这二〇个建设单位中，有七个已经开工。'],
		['a demonstrative count of another value after a clause of a part (其中…，这二〇个…)', '化学工业的建设单位共二六个，其中新建的二〇个，这一〇个建设单位由苏联帮助设计。'],
		['a count after a demonstrative in a paragraph two paragraphs on', '化学工业的建设单位共二六个。\n\n机器工业发展很快。\n\n在这二七个建设单位中，有七个在东北。'],
	],
});
