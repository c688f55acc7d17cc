/**
 * claim.subset — a part larger than its whole: `11项对标指标中12项`, or a part listed under a total (`共N…，其中A…`,
 * `党员中，…`; same unit and counted noun) larger than it. Parts listed under a total may overlap (two breakdowns),
 * so each is held against the total alone; they are summed by claim.part-sum only when they partition it.
 */
import type { RuleMeta } from '../rules/rule';
import type { Paragraph, RelationFinder } from './context';
import { bounds, type Fig, type Sink } from './figures';
import { findBreakdowns } from './breakdowns';

export const rule: RuleMeta = {
	id: 'claim.subset',
	defaultSeverity: 'warning',
	description: { en: 'A part that is larger than the whole it belongs to.', zh: '部分大于其所属的总数。' },
	messages: {
		default: { en: '{part} is more than the {whole} it is part of.', zh: '部分（{part}）多于总数（{whole}）。' },
	},
};

function holdAgainst(b: Sink, whole: Fig, part: Fig): void {
	// Within the rounding of both (and the bounds of an approximation: 其中出口超8000亿元), the part may equal the whole,
	// not pass it (12项 against 11项 does).
	const ok = bounds(part).lo < bounds(whole).hi;
	b.add({
		// The part may be anything up to the whole; the whole anything from the part up.
		accepts: [{ lo: bounds(part).lo, hi: Infinity }, { lo: -Infinity, hi: bounds(whole).hi }],
		kind: 'subset',
		figs: [whole, part],
		target: part,
		expression: `${part.text} ${ok ? '≤' : '>'} ${whole.text}`,
		computed: whole.value,
		ok,
		data: { whole: whole.text, part: part.text },
	});
}

/** A short noun then 中: 11项对标指标中10项. */
const OF_WHICH = /^[\u4e00-\u9fff]{0,8}中$/;

/** 11项对标指标中10项 — N…中M, of one unit. */
function countedOf(p: Paragraph, b: Sink): void {
	for (const segment of p.segments) {
		for (let i = 0; i + 1 < segment.length; i++) {
			const whole = segment[i]!;
			const part = segment[i + 1]!;
			if (!whole.exact || !part.exact || whole.unit !== part.unit || whole.unit === '%' || whole.unit === '') continue;
			if (OF_WHICH.test(p.between(whole, part))) holdAgainst(b, whole, part);
		}
	}
}

/** Words that make an amount an increment (新增…), and words that make the next one the stock it adds to. */
const NEW = /^(?:新增|新建|新设|新登记|新接入|新认定|新培育|新引进|新开通|新开工|新改建|新改扩建|净增|新)/;
/** The whole text between an increment and its stock: `，总量`, `、总数达`, `，达到`, `、累计`, `，通车总里程`. */
const STOCK = /^(?:[\u4e00-\u9fff]{0,4}(?:总量|总数|总里程|总规模|总存量|总户数|总计)|累计|总)?(?:达到|达|增至|增加到|突破|超过)?$/;

/**
 * 新增国家高新技术企业1615家，总量2.47万家 / 新设城市候机楼3座、总数达25座 / 国际友好城市新增3对，达到69对: what is
 * added in a year is at most the stock it adds to.
 */
function increments(p: Paragraph, b: Sink): void {
	const figs = p.figs;
	for (let i = p.first; i + 1 < figs.length; i++) {
		const added = figs[i]!;
		if (!(NEW.test(added.subject) || (added.kind === 'change' && added.direction === 'up'))) continue;
		const stock = figs[i + 1]!;
		if (stock.local !== added.local + 1 || stock.sentence !== added.sentence || stock.unit !== added.unit || stock.unit === '' || stock.unit === '%' || stock.kind !== 'amount') continue;
		const between = p.between(added, stock);
		const words = between.replace(/[，、,]/g, '');
		if (words === '' || between.length > 12 || /[。；]/.test(between) || !STOCK.test(words)) continue;
		holdAgainst(b, stock, added);
	}
}

export const finder: RelationFinder = {
	paragraph(p, sink) {
		countedOf(p, sink);
		for (const bd of p.memo('breakdowns', () => findBreakdowns(p))) for (const part of bd.parts) holdAgainst(sink, bd.total, part);
		increments(p, sink);
	},
};
