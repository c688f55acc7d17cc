/**
 * claim.ratio — a share stated with its part and its whole: `民营企业进出口额223601亿元，…，占进出口总额比重为53.5%`
 * with `货物进出口总额417568亿元` stated before → 223601 ÷ 417568 = 53.55%. The whole must be named as such (全国居民人均
 * 消费支出 for 居民人均消费支出, never 农村居民人均消费支出) and may stand anywhere before the share. Also the quotient of the
 * urban and rural figures: `城乡居民人均可支配收入比值为2.39` with both incomes stated (51821 ÷ 21691 = 2.389).
 */
import type { RuleMeta } from '../rules/rule';
import type { DocumentFigures, RelationFinder } from './context';
import { type Fig, fmt, interval, latestBefore, operand, percentOf, sameScale, sameScope, type Sink } from './figures';
import { work } from '../work';

export const rule: RuleMeta = {
	id: 'claim.ratio',
	defaultSeverity: 'warning',
	description: {
		en: 'A share or a ratio that does not match the part and the whole stated in the document.',
		zh: '比重或比值与文中所述的部分和总量不符。',
	},
	messages: {
		share: { en: '{stated} of {whole} does not match the part and the whole stated: {expression}.', zh: '占{whole}比重{stated}与所述部分和总量不符：{expression}。' },
		quotient: { en: 'The ratio {stated} of {whole} does not match the two figures stated: {expression}.', zh: '{whole}比值{stated}与所述数字不符：{expression}。' },
	},
	variant: (data) => (data['form'] === 'quotient' ? 'quotient' : 'share'),
};

/**
 * Prefixes under which a subject still names the whole: 货物进出口总额 is 进出口总额; 农村居民人均消费支出 is not
 * 居民人均消费支出 (it is a part of it).
 */
const WHOLE_PREFIXES = ['', '全国', '全省', '全市', '全区', '全县', '货物', '全社会', '全部', '全体'];

/** Position of the latest figure before position `at` among `list` (positions ascending) that satisfies `ok`, or -1. */
function latestAmong(all: readonly Fig[], list: readonly number[] | undefined, at: number, ok: (f: Fig) => boolean): number {
	if (!list) return -1;
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid]! < at) lo = mid + 1;
		else hi = mid;
	}
	work.relations += 8;
	for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (ok(all[list[k]!]!)) return list[k]!;
	return -1;
}

function document(d: DocumentFigures, b: Sink): void {
	const all = d.all;
	// The subjects a share or a quotient asks for, then their figures by subject, in one pass each.
	const wanted = new Set<string>();
	for (const f of all) {
		if (f.kind === 'share' && f.whole && f.unit === '%') for (const prefix of WHOLE_PREFIXES) wanted.add(prefix + f.whole);
		else if (f.whole?.startsWith('城乡比值:')) {
			const what = f.whole.slice('城乡比值:'.length);
			wanted.add(`城镇${what}`).add(`农村${what}`).add(`乡村${what}`);
		}
	}
	if (wanted.size === 0) return;
	const bySubject = new Map<string, number[]>();
	all.forEach((f, i) => {
		if (!wanted.has(f.subject)) return;
		let list = bySubject.get(f.subject);
		if (!list) bySubject.set(f.subject, (list = []));
		list.push(i);
	});
	all.forEach((s, at) => {
		if (s.kind === 'share') share(d, at, s, bySubject, b);
		else if (s.whole?.startsWith('城乡比值:')) quotient(all, at, s, bySubject, b);
	});
}

function share(d: DocumentFigures, at: number, s: Fig, bySubject: ReadonlyMap<string, number[]>, b: Sink): void {
	const all = d.all;
	// A share in 由A%提高到B% is a change of the share, not its level with these figures.
	if (s.unit !== '%' || !s.whole || !s.exact || s.fromTo) return;
	const whole = s.whole;
	// The part: the latest amount of the same subject in the share's segment.
	const block = d.blockOf[at];
	const part = latestBefore(all, at, (f) => f.segment === s.segment && f.kind === 'amount' && f.subject === s.subject && f.subject !== '' && f.exact);
	if (!part || d.blockOf[at - (s.local - part.local)] !== block || all[at - (s.local - part.local)] !== part) return;
	// The whole, named as such, the latest one stated.
	const isTotal = (f: Fig): boolean => f !== part && f.kind === 'amount' && f.exact && f.unit === part.unit && sameScope(f, part);
	let totalAt = -1;
	for (const prefix of WHOLE_PREFIXES) totalAt = Math.max(totalAt, latestAmong(all, bySubject.get(prefix + whole), at, isTotal));
	const total = all[totalAt];
	if (!total || total.value <= part.value) return;
	const partAt = at - (s.local - part.local);
	const pct = percentOf(interval(part), interval(total));
	if (!pct) return;
	const computed = (part.value / total.value) * 100;
	const bare = sameScale(part, total);
	const expr = `${operand(part, bare)} ÷ ${operand(total, bare)} = ${fmt(computed)}%`;
	b.check('ratio', [part, total, s], s, expr, computed, interval(s), pct, { whole, stated: s.text }, { at: { figs: [partAt, totalAt, at], target: at } });
}

/** 城乡居民人均可支配收入比值为2.39 with 城镇…51821元 and 农村…21691元 stated: 51821 ÷ 21691 = 2.39. */
function quotient(all: readonly Fig[], at: number, q: Fig, bySubject: ReadonlyMap<string, number[]>, b: Sink): void {
	if (!q.exact) return;
	const what = q.whole!.slice('城乡比值:'.length);
	const latest = (subject: string): number => latestAmong(all, bySubject.get(subject), at, (f) => f.kind === 'amount' && f.exact && sameScope(f, q));
	const urbanAt = latest(`城镇${what}`);
	const farmAt = latest(`农村${what}`);
	const ruralAt = farmAt >= 0 ? farmAt : latest(`乡村${what}`);
	const urban = all[urbanAt];
	const rural = all[ruralAt];
	if (!urban || !rural || urban.unit !== rural.unit || rural.value <= 0) return;
	const u = interval(urban);
	const r = interval(rural);
	const computed = urban.value / rural.value;
	const decimals = q.q.decimals;
	const bare = sameScale(urban, rural);
	const expr = `${operand(urban, bare)} ÷ ${operand(rural, bare)} = ${fmt(computed, decimals + 1)}`;
	const at2 = { figs: [urbanAt, ruralAt, at], target: at };
	b.check('ratio', [urban, rural, q], q, expr, computed, interval(q), { lo: u.lo / r.hi, hi: u.hi / r.lo }, { whole: `城乡${what}`, stated: q.text, form: 'quotient' }, { at: at2 });
}

export const finder: RelationFinder = { document };
