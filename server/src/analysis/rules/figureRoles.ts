/**
 * What each figure of a relation is to it — the total and its parts of a sum, the base, the change and the rate of a
 * growth rate … — so that a finding names its related figures by their role (`部分：第一产业增加值89755亿元`), and the
 * hover and the figures view can too. Read from the relation's kind and the order its finder gives its figures (one
 * order per kind and shape, see relations/*.ts; test/unit/figureRoles.test.ts holds every kind to it).
 */
import type { Claim, Relation } from '../types';

export type FigureRole =
	| 'total'
	| 'part'
	| 'balance'
	| 'minuend'
	| 'subtrahend'
	| 'growth'
	| 'contribution'
	| 'base'
	| 'current'
	| 'change'
	| 'rate'
	| 'annualRate'
	| 'cumulative'
	| 'share'
	| 'whole'
	| 'numerator'
	| 'denominator'
	| 'ratio'
	| 'first'
	| 'restated'
	| 'multiple'
	| 'difference'
	| 'figure';

/** One role per figure of `r.claims`, in its order. */
export function figureRoles(r: Relation, claims: readonly Claim[]): FigureRole[] {
	const n = r.claims.length;
	const rest = (first: FigureRole[], others: FigureRole): FigureRole[] => [...first, ...Array<FigureRole>(Math.max(0, n - first.length)).fill(others)].slice(0, n);
	switch (r.kind) {
		case 'part-sum':
			// total = parts; a balance = minuend − subtrahend (顺差 = 出口 − 进口); a growth = its contributions (拉动).
			if (r.data?.['identity'] === 'difference') return rest(['balance', 'minuend', 'subtrahend'], 'figure');
			if (r.data?.['identity'] === 'contributions') return rest(['growth'], 'contribution');
			return rest(['total'], 'part');
		case 'percent-change':
			// A table's change column (tables/growthRows.ts changeRows): [later, earlier, change], or for 减少 [earlier, later, change].
			if (r.data?.['identity'] === 'level-rise') return rest(['current', 'base', 'change'], 'figure');
			if (r.data?.['identity'] === 'level-fall') return rest(['base', 'current', 'change'], 'figure');
			// [V, D, C] (an amount, its change and rate) or [A, B, C] (由A到B, the rate).
			return claims[r.claims[1] ?? -1]?.kind === 'change' ? rest(['current', 'change', 'rate'], 'figure') : rest(['base', 'current', 'rate'], 'figure');
		case 'implied-base':
			return rest(['change', 'rate'], 'figure');
		case 'share-sum':
			return rest([], 'share');
		case 'ratio':
			return r.data?.['form'] === 'quotient' ? rest(['numerator', 'denominator', 'ratio'], 'figure') : rest(['part', 'whole', 'share'], 'figure');
		case 'subset':
			return rest(['whole', 'part'], 'figure');
		case 'percentage-point':
			return rest(['base', 'current', 'change'], 'figure');
		case 'restatement':
			return rest(['first', 'restated'], 'figure');
		case 'multiple':
			return rest(['base', 'current', 'multiple'], 'figure');
		case 'annual-growth':
			// [A, B, r] (由A到B, the rate), or [C, r] (比2002年增长C%，年均增长r%).
			if (r.data?.['form'] === 'cumulative') return rest(['cumulative', 'annualRate'], 'figure');
			return rest(['base', 'current', 'annualRate'], 'figure');
		case 'difference':
			return rest(['minuend', 'subtrahend', 'difference'], 'figure');
		case 'table-sum':
			// [total, …parts] of a column; a balance [minuend, subtrahend, balance] (出口 − 进口 = 顺差).
			return r.data?.['balance'] !== undefined ? rest(['minuend', 'subtrahend', 'balance'], 'figure') : rest(['total'], 'part');
		case 'table-share':
			// An index column: [index, later, earlier] (1957年为1952年的百分比).
			return r.data?.['index'] === 'yes' ? rest(['ratio', 'current', 'base'], 'figure') : rest(['share', 'part', 'whole'], 'figure');
		case 'table-subset':
			return rest(['part', 'whole'], 'figure');
		case 'table-prose':
			return rest(['first', 'restated'], 'figure');
		default:
			return rest([], 'figure');
	}
}

/** The most characters of a subject a figure's label shows. */
const MAX_SUBJECT = 20;

/** A figure as a message names it: what it measures, then the figure as printed (`第一产业增加值89755亿元`). */
export function figureLabel(c: Claim): string {
	const subject = c.subject.length > MAX_SUBJECT ? `${c.subject.slice(0, MAX_SUBJECT - 1)}…` : c.subject;
	return c.text.startsWith(subject) ? c.text : `${subject}${c.text}`;
}
