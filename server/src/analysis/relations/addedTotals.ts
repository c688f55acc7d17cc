/**
 * A total said to be an amount with others added to it, in one sentence: `增加复线一、五一四公里，加上原有的复线一、四五七
 * 公里，共为二、九七一公里` — the amount before 加上, the amounts of its unit after it, and the total the sentence closes on
 * (共为, 共达, 全部…为, 合计) make a part-sum: 1,514 + 1,457 = 2,971. When what is added states no amount (…的设计能力为三七六
 * 万千瓦，加上限额以下的建设单位，全部设计能力为四〇六万千瓦) the amount is a part of the total: 376 ≤ 406 (subset).
 *
 * Bound only as the sentence binds them: the amount right before 加上 (its clause, or its noun and then 加上: 上述九二个电站加
 * 上…), no figure of another unit between it and the total (the sentence has moved on to something else), the total the first
 * amount of the unit whose clause says it is all (共, 全部, 合计, 总计) — not a comparison (为一九五二年的二倍), not a share.
 *
 * Linear: each figure that 加上 follows reads at most WINDOW figures after it, in its sentence.
 */
import { type Paragraph } from './context';
import { checkPartSum, type Fig, type Sink, WINDOW } from './figures';
import { afterLast } from '../text/trim';

/** Right after the amount: its clause's end or a short noun of it, then 加上 (，加上; ，再加上; 电站加上). */
const ADDED_AFTER = /^(?:[，,]|[\u4e00-\u9fff]{1,4})?(?:再|如果再|若再)?加上/;
/**
 * The words of a total's clause before it that say it is all of them (共为, 共达, 共增加…, 全部设计能力为, 合计, 总计) — not
 * 共 inside another word (公共建筑, 共产党, 共同, 共青团, 共和国, 共享).
 */
const ALL_OF_THEM = /(?<!公)共(?![产同青和享])|全部|合计|总计/;
/** A clause of an amount per year or per head (每年生产…, 每年共可供应…, 平均…): no sum of amounts of a whole period. */
const PER = /每|平均/;
/** A clause's end: the words of a figure's clause are those after the last one before it. */
const CLAUSE_BREAK = /[，,；;：:]/;

/** A figure that may be added or a total: an amount in a unit of its own, not a share, rate or multiple. */
function isAmount(f: Fig): boolean {
	return f.kind === 'amount' && f.unit !== '' && f.unit !== '%' && f.unit !== '倍' && !f.inBrackets;
}

/** The words of `f`'s clause before it (after `prev`). */
function clauseBefore(p: Paragraph, prev: Fig, f: Fig): string {
	const between = p.between(prev, f);
	const parts = between.split(CLAUSE_BREAK);
	return parts[parts.length - 1]!;
}

/**
 * The amount added to and the total of every `A，加上…，共为C` of the paragraph (see the top): `hold` holds a part against
 * its whole (claim.subset's), the sum is checked here (claim.part-sum).
 */
export function addedTotals(p: Paragraph, b: Sink, hold: (b: Sink, whole: Fig, part: Fig) => void): void {
	const figs = p.figs;
	for (let k = p.first; k < figs.length; k++) {
		const a = figs[k]!;
		if (!isAmount(a) || !ADDED_AFTER.test(p.after(a, 12)) || PER.test(afterLast(p.before(a, 16), '，,；;：:。'))) continue;
		const added: Fig[] = [];
		let total: Fig | undefined;
		for (let j = k + 1, prev = a; j < figs.length && j <= k + WINDOW; prev = figs[j]!, j++) {
			const f = figs[j]!;
			if (f.sentence !== a.sentence || !isAmount(f) || f.unit !== a.unit) break;
			// The clause of 加上 holds what is added (加上原有的复线一、四五七公里), a clause after it that says all, the total.
			const clause = clauseBefore(p, prev, f);
			if (ALL_OF_THEM.test(clause) && !clause.includes('加上')) {
				// 其中共有…: a part of the sum, 每年共…: an amount per year, not the total of these.
				if (!clause.includes('其中') && !PER.test(clause)) total = f;
				break;
			}
			added.push(f);
		}
		if (!total) continue;
		if (added.length === 0) {
			hold(b, total, a);
			continue;
		}
		const parts = [a, ...added];
		if ([total, ...parts].every((f) => f.exact)) checkPartSum(b, total, parts, 'added');
	}
}
