/**
 * claim.percent-change along a table's rows (tables/growthRows.ts, changeRows): a column of the change over the table's
 * span (`五年内增加人数`) between the columns of its two years' amounts — the plan tables of the 1950s (policy-doc/1st-fyp-1953
 * :1896, `| 类别 | 1952年人数 | 五年内增加人数 | 1957年人数 | …`): later = earlier + change. Invented figures in their style.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze, figureRoles } from '../../../server/src/analysis/index';
import { ruleCases } from '../../helpers/findings';

const PLAN = [
	'五年内工人职员人数的增加如下（单位――万人）：',
	'',
	'| 类别 | 1952年人数 | 五年内增加人数 | 1957年人数 |',
	'| --- | --- | --- | --- |',
	'| 工 业 | 310.4 | 205.2 | 515.6 |',
	'| 建筑业 | 98.1 | 70.4 | 168.5 |',
	'| 商 业 | 120.4 | 90.3 | 210.7 |',
	'| 金 融 | 0.8 | -- | 0.8 |',
].join('\n');

/** A column of the decrease: the earlier year the larger. */
const DOWN = ['| 类别 | 1952年人数 | 五年内减少人数 | 1957年人数 |', '| --- | --- | --- | --- |', '| 私营工业 | 525.6 | 215.2 | 310.4 |', '| 私营商业 | 232.0 | 114.0 | 118.0 |'].join('\n');

ruleCases('claim.percent-change', {
	fires: [
		['a change that is not the later year less the earlier', PLAN.replace('| 70.4 |', '| 80.4 |'), [{ at: '80.4' }]],
		['a later amount misprinted: the change is blamed, the row named', PLAN.replace('| 210.7 |', '| 230.7 |'), [{ at: '90.3' }]],
		['a column of the decrease (五年内减少人数): earlier = later + decrease', DOWN.replace('| 215.2 |', '| 205.2 |'), [{ at: '205.2' }]],
		['a column of the increase that names no span (增加数)', PLAN.replace('五年内增加人数', '增加数').replace('| 70.4 |', '| 80.4 |'), [{ at: '80.4' }]],
		['a column of the increase in what it counts by its classifier (增加户数)', PLAN.replace('五年内增加人数', '五年内增加户数').replace('| 70.4 |', '| 80.4 |'), [{ at: '80.4' }]],
	],
	silent: [
		['the rows as printed (0.1 of rounding: 168.5 − 98.1 = 70.4)', PLAN],
		['a column of the decrease as printed', DOWN],
		['a change over another span than the two years’ (三年内增加: 1952 to 1957 is five)', PLAN.replace('五年内增加人数', '三年内增加人数').replace('| 70.4 |', '| 80.4 |')],
		['a change against another base (比上年增加)', PLAN.replace('五年内增加人数', '比上年增加').replace('| 70.4 |', '| 80.4 |')],
		['a third year’s column: which two the change is between, the table does not say', PLAN.replace('| 1957年人数 |', '| 1957年人数 | 1960年人数 |').replace(/\| (515\.6|168\.5|210\.7|0\.8) \|$/gm, '| $1 | 600.0 |').replace('| --- | --- | --- | --- |', '| --- | --- | --- | --- | --- |').replace('| 70.4 |', '| 80.4 |')],
		['a plan column (1957年计划人数) is no level of a year', PLAN.replace('1957年人数', '1957年计划人数').replace('| 70.4 |', '| 80.4 |')],
		['a row marked by a note', PLAN.replace('| 建筑业 |', '| 建筑业① |').replace('| 70.4 |', '| 80.4 |')],
		['a value at comparable prices (总产值)', PLAN.replace('| 建筑业 |', '| 建筑业总产值 |').replace('| 70.4 |', '| 80.4 |')],
		['a multiple, no change (增加倍数)', PLAN.replace('五年内增加人数', '五年内增加倍数').replace('| 70.4 |', '| 80.4 |')],
		['a change in percent (增加%)', PLAN.replace('五年内增加人数', '五年内增加%').replace('| 70.4 |', '| 80.4 |')],
	],
});

test('each row of the change column is one relation, its arithmetic with the figures as printed', () => {
	const a = analyze(PLAN);
	const rows = a.relations.filter((r) => r.kind === 'percent-change');
	assert.equal(rows.length, 3);
	assert.ok(rows.every((r) => r.ok));
	assert.ok(rows.some((r) => r.expression === '515.6 − 310.4 = 205.2'), rows.map((r) => r.expression).join('\n'));
});

test('the figures of a row are named for what they are: the earlier year base, the later current, the column the change', () => {
	for (const [text, expected] of [
		[PLAN, ['current 515.6', 'base 310.4', 'change 205.2']],
		[DOWN, ['base 525.6', 'current 310.4', 'change 215.2']],
	] as const) {
		const a = analyze(text);
		const r = a.relations.find((x) => x.kind === 'percent-change');
		assert.ok(r);
		assert.deepEqual(figureRoles(r, a.claims).map((role, k) => `${role} ${a.claims[r.claims[k]!]!.text}`), expected);
	}
});
