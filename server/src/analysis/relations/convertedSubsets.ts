/**
 * A part and its whole restated in another currency: `实际使用外资8263亿元，下降27.1%，折1162亿美元…。高技术产业实际使用
 * 外资2864亿元，下降32.3%，折403亿美元`. When the paragraph's finders hold a part against its whole (claim.subset) and each
 * of them is followed in its sentence by its conversion (`，折…`, `（折…）`, past at most two rates of it), the conversions
 * are part and whole too: 403亿美元 ≤ 1162亿美元. Conversions are rounded as printed; the bounds of both are respected.
 *
 * Linear: one look past each figure of a held relation (at most CONVERSION_REACH figures), once per paragraph.
 */
import type { Paragraph } from './context';
import { positionIn } from './context';
import type { Fig, Sink } from './figures';

/** How subset.ts holds a part against its whole, and parts together against it (passed in: subset.ts calls this). */
export interface Holders {
	readonly hold: (b: Sink, whole: Fig, part: Fig) => void;
	readonly sum: (b: Sink, whole: Fig, parts: readonly Fig[]) => void;
}

/** The words right before a conversion: a comma or an opening bracket, then 折, 折合, 约合, 折算 (为, 成). */
const CONVERTS = /(?:^|[，,（(])(?:折合?|约合|折算)(?:为|成)?$/;
/** A currency: the conversions this reads are of money into money. */
const MONEY = /元$/;
/** How many figures past an amount its conversion is looked for: its rates of change (增长6.2%，折…, 增长4.5%). */
const CONVERSION_REACH = 3;

/** The amount that restates `f` in another currency, right after it in its sentence (past its rates), if any. */
function conversionOf(p: Paragraph, f: Fig): Fig | undefined {
	if (f.kind !== 'amount' || !MONEY.test(f.unit)) return undefined;
	const figs = p.figs;
	const at = positionIn(p, f);
	for (let k = at + 1; k < figs.length && k <= at + CONVERSION_REACH; k++) {
		const c = figs[k]!;
		if (c.sentence !== f.sentence) return undefined;
		if (c.unit === '%') continue;
		const converts = c.kind === 'amount' && MONEY.test(c.unit) && c.unit !== f.unit && CONVERTS.test(p.between(figs[k - 1]!, c));
		return converts ? c : undefined;
	}
	return undefined;
}

/**
 * For every subset the paragraph's finders made so far (whole first, then its parts), the same subset of the
 * conversions, when every figure has one in one currency and no relation already holds them.
 */
export function convertedSubsets(p: Paragraph, b: Sink, { hold, sum }: Holders): void {
	const held = new Set<string>();
	const key = (figs: readonly Fig[]): string => figs.map((f) => positionIn(p, f)).join(',');
	const subsets = b.drafts.filter((d) => d.kind === 'subset' && d.at === undefined);
	for (const d of subsets) held.add(key(d.figs));
	for (const d of subsets) {
		const converted = d.figs.map((f) => conversionOf(p, f));
		if (converted.some((c) => c === undefined)) continue;
		const [whole, ...parts] = converted as Fig[];
		if (parts.some((c) => c.unit !== whole!.unit) || held.has(key(converted as Fig[]))) continue;
		held.add(key(converted as Fig[]));
		if (parts.length === 1) hold(b, whole!, parts[0]!);
		else sum(b, whole!, parts);
	}
}
