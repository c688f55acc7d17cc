/**
 * Structures: `三次产业结构为7.1∶38.3∶54.6`, `三次产业比例由5.5：36.8：57.7演进为…`, `三次产业结构比为21.9∶38.7∶39.4` — a run of
 * unit-less terms separated by ∶ (or :) that the words of their clause call a structure (结构, 比例, 构成). Terms in percent
 * make 100 together (claim.share-sum); the terms of the three sectors are their shares of GDP (claim.ratio).
 */
import type { Paragraph } from './context';
import type { Fig } from './figures';

export interface Structure {
	readonly terms: readonly Fig[];
	/** The words that name it, up to the first term: 三次产业结构为, 三次产业比例由. */
	readonly name: string;
	/** A structure of the three sectors (三次产业, 一二三产业): its terms are the shares of their value added in GDP. */
	readonly sectors: boolean;
	/** The structure a change starts from (由…调整为…, 上年…): not of the period of the amounts around it. */
	readonly before: boolean;
	/**
	 * A structure aimed at (力争到2027年，三次产业结构优化为4.5∶35.0∶60.5; 目标, 预期, 到“十五五”末): no statement of the
	 * shares of the amounts around it.
	 */
	readonly aimed: boolean;
}

const SEPARATOR = /^[∶:：]$/;
const NAMED = /结构|比例|构成|比为|比重/;
const SECTORS = /三次产业|一二三产|三大产业|产业结构/;
const AIMED = /力争|争取|确保|目标|预期|预计|计划|[到至](?:19|20)[0-9]{2}年|[到至]“十[一二三四五六七八九]五”/;

export function findStructures(p: Paragraph): Structure[] {
	const out: Structure[] = [];
	const figs = p.figs;
	for (let i = p.first; i < figs.length; i++) {
		const run = [figs[i]!];
		while (run.length < 8) {
			const next = figs[i + run.length];
			if (!next || next.unit !== '' || !next.exact || !SEPARATOR.test(p.between(run[run.length - 1]!, next))) break;
			run.push(next);
		}
		if (run.length < 2 || run[0]!.unit !== '' || !run[0]!.exact) continue;
		const name = p.before(run[0]!, 24).replace(/^.*[。；]/, '');
		if (!NAMED.test(name)) continue;
		// The structure a change starts from (由…, 上年的…), not the one it comes to (…调整为8.3∶71.1∶20.6).
		const before = /[由从]$/.test(name) || (/上年/.test(name) && !/(?:调整|变|演进|转变|优化|变化)为$/.test(name));
		const aimed = AIMED.test(name) || run[0]!.sentencePeriod === 'ahead';
		out.push({ terms: run, name, sectors: run.length === 3 && SECTORS.test(name), before, aimed });
		i += run.length - 1;
	}
	return out;
}
