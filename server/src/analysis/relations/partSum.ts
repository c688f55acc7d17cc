/**
 * claim.part-sum — a total and the parts that must add up to it: the accounting identities of statistics
 * (国内生产总值 = 第一产业 + 第二产业 + 第三产业增加值; 进出口总额 = 出口 + 进口; 顺差 = 出口 − 进口; 总人口 = 城镇 + 乡村
 * = 男 + 女; 自然增长率 = 出生率 − 死亡率) and the 拉动 contributions of 消费、投资、净出口, which add up to the growth
 * rate (`向下拉动` is negative). Each part may be off by half a unit of its last printed digit.
 */
import type { RuleMeta } from '../rules/rule';
import { type Paragraph, positionIn, type RelationFinder } from './context';
import { add, type Fig, firstAfter, fmt, interval, latestBefore, operand, sameScale, sameScope, type Sink, sub, sum } from './figures';

export const rule: RuleMeta = {
	id: 'claim.part-sum',
	defaultSeverity: 'warning',
	description: {
		en: 'A total that is not the sum (or difference) of the parts stated with it.',
		zh: '总量与所列各部分之和（或差）不符。',
	},
	messages: {
		default: { en: '{stated} is not what its parts give: {expression}.', zh: '{stated}与各部分之和不符：{expression}。' },
	},
};

interface Identity {
	readonly name: string;
	readonly total: RegExp;
	readonly parts: readonly RegExp[];
	/** total = parts[0] − parts[1] (顺差 = 出口 − 进口; 自然增长率 = 出生率 − 死亡率) */
	readonly difference?: boolean;
	readonly unitPercent?: boolean;
	/** A word every part's subject contains (a cheap test before the regexes). */
	readonly keyword: string;
}

/** Accounting identities of statistics. Subjects match whole (after scope words are removed). */
const IDENTITIES: readonly Identity[] = [
	{ name: 'gdp', keyword: '产业增加值', total: /^(?:国内|地区)生产总值$/, parts: [/^第一产业增加值$/, /^第二产业增加值$/, /^第三产业增加值$/] },
	{ name: 'trade', keyword: '口', total: /^(?:货物)?进出口总额$/, parts: [/^(?:货物)?出口(?:额)?$/, /^(?:货物)?进口(?:额)?$/] },
	{ name: 'balance', keyword: '口', total: /^(?:货物(?:进出口)?|进出口)?(?:顺差|贸易顺差|差额)$/, parts: [/^(?:货物)?出口(?:额)?$/, /^(?:货物)?进口(?:额)?$/], difference: true },
	{ name: 'urban-rural', keyword: '人口', total: /^(?:全国|全省|全市|年末)?(?:总)?(?:常住)?人口$/, parts: [/^城镇(?:常住)?人口$/, /^乡村(?:常住)?人口$/] },
	{ name: 'sex', keyword: '人口', total: /^(?:全国|全省|全市|年末)?(?:总)?(?:常住)?人口$/, parts: [/^男性人口$/, /^女性人口$/] },
	{ name: 'natural-growth', keyword: '率', total: /^(?:人口)?自然增长率$/, parts: [/^(?:人口)?出生率$/, /^(?:人口)?死亡率$/], difference: true, unitPercent: true },
];

function identities(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (const id of IDENTITIES) {
		// Most blocks name none of the identities' parts: say so with one substring test per figure.
		let named = false;
		for (let k = p.first; k < figs.length && !named; k++) named = figs[k]!.subject.includes(id.keyword);
		if (!named) continue;
		const amount = (f: Fig): boolean => f.exact && (id.unitPercent ? f.unit === '‰' || f.unit === '%' || f.kind === 'level' || f.kind === 'amount' : f.kind === 'amount');
		// Each run of parts (the first part and the others right after it, within two sentences) with its total: the
		// total in the sentences around them, or the latest one before them (in the block before). A paragraph may hold
		// several such runs (全国…；对共建国家…其中出口…进口…); each is checked with its own total.
		for (let at = p.first; at < figs.length; at++) {
			const start = figs[at]!;
			if (!id.parts[0]!.test(start.subject) || !amount(start)) continue;
			const near = (f: Fig): boolean => positionIn(p, f) >= p.first && Math.abs(f.sentence - start.sentence) <= 1;
			const ps: Fig[] = [start];
			for (const re of id.parts.slice(1)) {
				const part = firstAfter(figs, at, (f) => near(f) && re.test(f.subject) && amount(f));
				if (part) ps.push(part);
			}
			if (ps.length !== id.parts.length) continue;
			const unit = start.unit;
			if (!ps.every((f) => f.unit === unit)) continue;
			// The total is the amount nearest to the run: the one just before it for a sum (总额…，其中出口…、进口…), the one
			// just after it for a difference (出口…、进口…。顺差…). Another amount in between (对共建国家进出口额…) means the
			// run belongs to that one, and there is no identity to check.
			const isAmount = (f: Fig): boolean => f.kind === 'amount' && f.unit === unit && !ps.includes(f);
			const last = ps[ps.length - 1]!;
			const total = id.difference ? firstAfter(figs, positionIn(p, last), isAmount) : latestBefore(figs, at, isAmount);
			if (!total || !id.total.test(total.subject) || !amount(total) || !sameScope(total, start)) continue;
			const sameBlock = positionIn(p, total) >= p.first;
			if (sameBlock && Math.abs(total.sentence - (id.difference ? last : start).sentence) > 2) continue;
			checkIdentity(b, id, total, ps);
		}
	}
}

function checkIdentity(b: Sink, id: Identity, total: Fig, ps: readonly Fig[]): void {
	const computed = id.difference ? sub(interval(ps[0]!), interval(ps[1]!)) : sum(ps);
	const value = id.difference ? ps[0]!.value - ps[1]!.value : ps.reduce((n, f) => n + f.value, 0);
	const bare = ps.every((f) => sameScale(f, total));
	const scale = total.q.magnitude;
	const expr = `${ps.map((f) => operand(f, bare)).join(id.difference ? ' − ' : ' + ')} = ${fmt(value / scale, total.q.decimals)}`;
	b.check('part-sum', [total, ...ps], total, expr, value, interval(total), computed, { identity: id.name, stated: total.text }, { scale });
}

/**
 * 最终消费支出拉动国内生产总值增长4.3个百分点，资本形成总额拉动…1.5个百分点，货物和服务净出口向下拉动…0.6个百分点
 * → 4.3 + 1.5 − 0.6 = 5.2 = 比上年增长5.2%.
 */
function contributions(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	const pulls: Fig[] = [];
	for (let k = p.first; k < figs.length; k++) if (figs[k]!.kind === 'contribution' && figs[k]!.exact) pulls.push(figs[k]!);
	if (pulls.length < 2) return;
	const whole = pulls[0]!.whole ?? '';
	if (!whole || !pulls.every((f) => (f.whole ?? '') === whole)) return;
	// The components must be distinct; the whole's growth is stated before them, in this block or just before.
	if (new Set(pulls.map((f) => f.subject)).size !== pulls.length) return;
	const growth = latestBefore(figs, positionIn(p, pulls[0]!), (f) => f.subject === whole && f.kind === 'change' && f.unit === '%' && f.exact);
	if (!growth) return;
	let total = { lo: 0, hi: 0 };
	let value = 0;
	const terms: string[] = [];
	for (const f of pulls) {
		const down = f.direction === 'down';
		total = down ? sub(total, interval(f)) : add(total, interval(f));
		value += down ? -f.value : f.value;
		terms.push(`${terms.length === 0 ? (down ? '−' : '') : down ? ' − ' : ' + '}${operand(f, true)}`);
	}
	const signedGrowth = growth.direction === 'down' ? -growth.value : growth.value;
	const stated = interval(growth);
	const statedSigned = growth.direction === 'down' ? { lo: -stated.hi, hi: -stated.lo } : stated;
	const expr = `${terms.join('')} = ${fmt(value, 1)}（${growth.text}）`;
	// The growth figure can take the sum only when they go the same way: its direction word (增长/下降) stays.
	const sameDirection = Math.sign(value) === Math.sign(signedGrowth);
	b.check('part-sum', [growth, ...pulls], growth, expr, Math.abs(value), statedSigned, total, { identity: 'contributions', stated: growth.text }, { fix: sameDirection });
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		identities(p, sink);
		contributions(p, sink);
	},
};
