/**
 * The patterns of "another period than the statement's" that each relation finder composes from the pieces of
 * parse/reading.ts: each matches the words it read when it was written as its own list, and not the near misses.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { NOT_THE_ROWS } from '../../server/src/analysis/tables/relations';
import { OTHER_PERIOD as NOTED_OTHER_PERIOD } from '../../server/src/analysis/relations/notedParts';
import { OTHER_PERIOD as RESTATED_OTHER_PERIOD } from '../../server/src/analysis/relations/formulaRestatement';
import { OTHER_TIME as RATIO_OTHER_TIME } from '../../server/src/analysis/relations/ratio';
import { OTHER_TIME as PEOPLE_OTHER_TIME } from '../../server/src/analysis/relations/peopleCounts';
import { OTHER_TIME_OR_STAGE } from '../../server/src/analysis/relations/breakdowns';
import { LAST_YEAR, LEAD_OF_OTHER_TIME } from '../../server/src/analysis/parse/reading';

const AIMS = ['力争', '目标', '预期', '计划', '确保', '争取', '预计'];

const cases: readonly { name: string; pattern: RegExp; match: readonly string[]; not: readonly string[] }[] = [
	{
		name: 'tables NOT_THE_ROWS',
		pattern: NOT_THE_ROWS,
		match: [...AIMS, '上年新增', '去年', '前年', '上半年', '下半年', '一季度', '1-6月', '十二月', '2016年以来', '累计'],
		not: ['上一年新增', '明年', '今后', '期间', '时期', '同期', '2022年', '全年', '年末', '新增', '当年'],
	},
	{
		name: 'notedParts OTHER_PERIOD',
		pattern: NOTED_OTHER_PERIOD,
		match: [...AIMS, '上年', '去年', '前年', '上一年', '明年', '今后', '上半年', '三季度', '6月', '６月', '以来', '期间', '“十三五”时期'],
		not: ['2022年', '今年', '未来', '同期', '累计', '全年', '年末', '当年'],
	},
	{
		name: 'formulaRestatement OTHER_PERIOD',
		pattern: RESTATED_OTHER_PERIOD,
		match: [...AIMS, '2022年建成', '1998年', '今年', '明年', '今后', '未来'],
		not: ['上年', '去年', '上半年', '以来', '累计', '二〇二二年', '2022', '全省'],
	},
	{
		name: 'ratio OTHER_TIME',
		pattern: RATIO_OTHER_TIME,
		match: ['上年', '去年', '上一年', '上年同期', '同期', '累计', '截至目前', '截止年底', '预计全年', '近三年', '近5年', '近几年'],
		not: ['前年', '力争', '计划', '目标', '上半年', '以来', '明年', '全年', '近年'],
	},
	{
		name: 'peopleCounts OTHER_TIME',
		pattern: PEOPLE_OTHER_TIME,
		match: ['到2035年', '一九四九年', '到本世纪中叶', '预计', '将', '力争', '由', '从', '增加到', '达到', '突破', '超过', '近', '约', '初期', '当年', '过去', '曾', '以前', '五十年代'],
		not: ['目标', '计划', '上年', '去年', '今后', '全国', '我国现有'],
	},
	{
		name: 'breakdowns OTHER_TIME_OR_STAGE',
		pattern: OTHER_TIME_OR_STAGE,
		match: ['上年', '去年', '上一年', '前年', '当年', '同期', '年初', '新增', '新开工', '续建', '累计'],
		not: ['力争', '上半年', '以来', '明年', '在建', '全年', '年末'],
	},
	{
		name: 'distributions LEAD_OF_OTHER_TIME',
		pattern: LEAD_OF_OTHER_TIME,
		match: ['到一九五七年各部门的产值', '1957年', '至', '实际完成情况', '完成'],
		not: ['其分配和百分比', '地方投资的分配', '其中主要项目', '按管理部门划分'],
	},
	{
		name: 'LAST_YEAR',
		pattern: LAST_YEAR,
		match: ['上年为', '去年', '上一年'],
		not: ['前年', '今年', '明年', '同期', '年末'],
	},
];

for (const c of cases) {
	test(`${c.name}: the words it reads, and not the near misses`, () => {
		for (const w of c.match) assert.ok(c.pattern.test(w), `${c.name} should match ${w}`);
		for (const w of c.not) assert.ok(!c.pattern.test(w), `${c.name} should not match ${w}`);
	});
}
