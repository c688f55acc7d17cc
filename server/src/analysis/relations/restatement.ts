/**
 * claim.restatement — the same statistic, scope and unit stated with two different amounts in one document:
 * `全年粮食产量6000万吨` … `全年粮食产量6500万吨`. Only long, specific subjects with an explicit scope count (全年国内生产
 * 总值), so that a figure of another year or region is not taken for the same one.
 */
import type { RuleMeta } from '../rules/rule';
import type { DocumentFigures, RelationFinder } from './context';
import { type Fig, interval, type Sink } from './figures';

export const rule: RuleMeta = {
	id: 'claim.restatement',
	defaultSeverity: 'warning',
	description: {
		en: 'The same statistic (subject, scope and unit) stated with two different figures in one document.',
		zh: '同一统计指标（同一口径、同一单位）在文中前后给出不同数值。',
	},
	messages: {
		default: { en: '{subject} ({scope}) is stated as {first} and as {second}.', zh: '{scope}{subject}前后不一：{first}与{second}。' },
	},
};

/** Subjects that name a statistic (a noun), not an action: 国内生产总值, 财政收入, 年末全国人口, 粮食产量 … */
const STATISTIC = /(?:总值|总额|收入|支出|人口|产量|总量|规模|增加值|销售额|利润|投资|人数|数量|面积|里程|容量|价格|指数)$/;
const NOT_ONE_STATISTIC = /其中|分别|各|每|人均|平均|累计|新增|净增|安排|投入|计划|预计|力争/;

function document(d: DocumentFigures, b: Sink): void {
	const seen = new Map<string, { f: Fig; at: number }>();
	d.all.forEach((f, at) => {
		if (f.kind !== 'amount' || !f.exact || f.scope === '' || f.subject.length < 4 || f.unit === '' || f.unit === '%') return;
		if (NOT_ONE_STATISTIC.test(f.subject) || !STATISTIC.test(f.subject)) return;
		const key = `${f.scope}|${f.subject}|${f.unit}`;
		const seenFirst = seen.get(key);
		if (!seenFirst) {
			seen.set(key, { f, at });
			return;
		}
		const first = seenFirst.f;
		const a = interval(first);
		const c = interval(f);
		if (a.hi >= c.lo && a.lo <= c.hi) return;
		b.add({
			kind: 'restatement',
			figs: [first, f],
			target: f,
			expression: `${first.text} ≠ ${f.text}`,
			computed: first.value,
			ok: false,
			data: { first: first.text, second: f.text, subject: f.subject, scope: f.scope },
			at: { figs: [seenFirst.at, at], target: at },
		});
	});
}

export const finder: RelationFinder = { document };
