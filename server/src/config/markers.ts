/**
 * Inline markers that turn rules off for a stretch of a document (Markdown comments, invisible when rendered):
 *
 * ```markdown
 * <!-- policy-review-disable claim.part-sum claim.share-sum -->
 * … no part-sum or share-sum findings here …
 * <!-- policy-review-enable -->
 * ```
 *
 * `disable` without rule ids turns every rule off; `enable RULE…` ends the `disable` of those rules, a bare
 * `enable` ends every `disable`; a `disable` never ended lasts to the end of the document. Pure and linear: one
 * pass of `indexOf` over the text.
 */

/** A stretch of the document `[start, end)` where `rules` (every rule when undefined) are off. */
export interface DisabledRegion {
	readonly start: number;
	readonly end: number;
	readonly rules?: ReadonlySet<string>;
}

const OPEN = '<!--';
const CLOSE = '-->';
const PREFIX = 'policy-review-';

/** The regions that markers disable; empty (and almost free) when the text names no marker. */
export function disabledRegions(text: string): DisabledRegion[] {
	const regions: DisabledRegion[] = [];
	if (!text.includes(PREFIX)) return regions;
	let all: number | undefined;
	const byRule = new Map<string, number>();
	let at = 0;
	for (;;) {
		const open = text.indexOf(OPEN, at);
		if (open < 0) break;
		const close = text.indexOf(CLOSE, open + OPEN.length);
		if (close < 0) break;
		at = close + CLOSE.length;
		const words = text
			.slice(open + OPEN.length, close)
			.trim()
			.split(/[\s,]+/)
			.filter((w) => w !== '');
		const [command, ...rules] = words;
		if (command === `${PREFIX}disable`) {
			if (rules.length === 0) all ??= at;
			for (const r of rules) if (!byRule.has(r)) byRule.set(r, at);
		} else if (command === `${PREFIX}enable`) {
			const ended = rules.length === 0 ? [...byRule.keys()] : rules.filter((r) => byRule.has(r));
			for (const r of ended) {
				regions.push({ start: byRule.get(r)!, end: open, rules: new Set([r]) });
				byRule.delete(r);
			}
			if (rules.length === 0 && all !== undefined) {
				regions.push({ start: all, end: open });
				all = undefined;
			}
		}
	}
	for (const [r, start] of byRule) regions.push({ start, end: text.length, rules: new Set([r]) });
	if (all !== undefined) regions.push({ start: all, end: text.length });
	return regions;
}

/** Whether a finding of `ruleId` that starts at `offset` lies in a region that turns its rule off. */
export function isDisabled(regions: readonly DisabledRegion[], ruleId: string, offset: number): boolean {
	return regions.some((r) => offset >= r.start && offset < r.end && (r.rules === undefined || r.rules.has(ruleId)));
}
