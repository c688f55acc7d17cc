/**
 * One finding per error: the relations of the tables that do not hold, grouped where they share figures, and for each
 * group the one figure whose correction makes every relation hold — the failing ones and those that hold with it.
 * A part changed under a total with a share column breaks the sum and its share: only the part mends both. When the
 * arithmetic cannot tell (a sum alone: the total or any part), the finding stands on the total and offers no fix.
 */
import type { RelationKind } from '../types';
import { type Constraint, missAt } from './constraints';
import { intersect, type Interval } from '../interval';
import { work } from '../work';

export interface Located {
	/** The relations of the error (indices into the list given). */
	readonly relations: readonly number[];
	/** The first of them by kind: the rule that reports the error. */
	readonly primary: number;
	/** The claim to correct. */
	readonly target: number;
	/** The values the target may take for everything to hold, when it alone can be corrected. */
	readonly fix?: Interval;
	/** Every relation of the error misses by less than one unit of the target's last printed digit. */
	readonly borderline: boolean;
}

/** The widest range of values, in units of the target's last printed digit, a fix is offered for. */
const FIX_WIDTH = 30;

const PRIORITY: Partial<Record<RelationKind, number>> = { 'table-sum': 0, 'table-share': 1, 'table-prose': 2, 'table-subset': 3 };

function find(parent: Map<number, number>, x: number): number {
	let r = x;
	while (parent.get(r)! !== r) r = parent.get(r)!;
	let y = x;
	while (parent.get(y)! !== r) {
		const next = parent.get(y)!;
		parent.set(y, r);
		y = next;
	}
	return r;
}

/** Locate the errors among `relations` (`ok[i]`: relation i holds). */
export function locateErrors(relations: readonly { readonly kind: RelationKind; readonly constraint: Constraint }[], ok: readonly boolean[]): Located[] {
	// Failing relations that share a figure are one error.
	const parent = new Map<number, number>();
	const owner = new Map<number, number>(); // claim → a failing relation holding it
	relations.forEach((r, i) => {
		if (ok[i]) return;
		parent.set(i, i);
		for (const f of r.constraint.figures) {
			const o = owner.get(f.claim);
			if (o === undefined) owner.set(f.claim, i);
			else parent.set(find(parent, i), find(parent, o));
		}
	});
	const components = new Map<number, number[]>();
	for (const i of parent.keys()) {
		const root = find(parent, i);
		const list = components.get(root);
		if (list) list.push(i);
		else components.set(root, [i]);
	}
	// Where a claim stands in a relation: looked up in a map for a long sum (a total of thousands of parts).
	const positions = new Map<number, Map<number, number>>();
	const positionIn = (r: number, claim: number): number => {
		const figures = relations[r]!.constraint.figures;
		work.tables++;
		if (figures.length <= 8) return figures.findIndex((f) => f.claim === claim);
		let map = positions.get(r);
		if (!map) {
			map = new Map();
			work.tables += figures.length;
			for (let k = figures.length - 1; k >= 0; k--) map.set(figures[k]!.claim, k);
			positions.set(r, map);
		}
		return map.get(claim) ?? -1;
	};
	// Figures common to every failing relation of an error: only they can mend all of them.
	const candidatesOf = new Map<number[], number[]>();
	for (const list of components.values()) {
		list.sort((a, b) => a - b);
		let candidates = relations[list[0]!]!.constraint.figures.map((f) => f.claim);
		for (const i of list.slice(1)) {
			const claims = new Set(relations[i]!.constraint.figures.map((f) => f.claim));
			candidates = candidates.filter((c) => claims.has(c));
		}
		candidatesOf.set(list, candidates);
	}
	// The relations of each candidate, in order (those that hold too: a fix must keep them holding). Only the candidates':
	// a list for every figure of every relation would be most of what the pass allocates.
	const byClaim = new Map<number, number[]>();
	for (const candidates of candidatesOf.values()) for (const c of candidates) byClaim.set(c, []);
	if (byClaim.size > 0) {
		relations.forEach((r, i) => {
			for (const f of r.constraint.figures) byClaim.get(f.claim)?.push(i);
		});
	}
	const out: Located[] = [];
	for (const [list, candidates] of candidatesOf) {
		const byKind = [...list].sort((a, b) => (PRIORITY[relations[a]!.kind] ?? 9) - (PRIORITY[relations[b]!.kind] ?? 9) || a - b);
		const consistent: { claim: number; range: Interval }[] = [];
		for (const claim of candidates) {
			let range: Interval = { lo: -Infinity, hi: Infinity };
			for (const r of byClaim.get(claim) ?? []) {
				range = intersect(range, relations[r]!.constraint.solve(positionIn(r, claim)));
			}
			if (range.lo <= range.hi) consistent.push({ claim, range });
		}
		const preferredOf = (r: number): number => {
			const c = relations[r]!.constraint;
			return c.figures[c.preferred]?.claim ?? c.figures[0]!.claim;
		};
		// One figure mends everything: the finding stands on it. Several (a sum alone: the total or any part) or none:
		// on the figure the relation names first (the total, the share), without a fix.
		const pick = consistent.length === 1 ? consistent[0] : undefined;
		const target = pick?.claim ?? preferredOf(byKind[0]!);
		// The rule: of the relation that names the target first (the share for a share, the part of a subset), else by kind.
		const primary = byKind.find((r) => preferredOf(r) === target && relations[r]!.kind !== 'table-prose') ?? byKind[0]!;
		// Borderline: each failing relation misses by less than one unit of the target's last digit.
		const borderline = list.every((i) => {
			const c = relations[i]!.constraint;
			const k = Math.max(0, c.figures.findIndex((f) => f.claim === target));
			const step = c.figures[k]?.step ?? 0;
			return missAt(c, k) < step * (1 - 1e-9);
		});
		// A fix only where the arithmetic tells the figure to a few units of its last digit (a sum of printed parts does;
		// a value from its share, printed to three digits, does not).
		const step = relations[list[0]!]!.constraint.figures.find((f) => f.claim === target)?.step ?? 0;
		const determined = pick !== undefined && Number.isFinite(pick.range.lo) && Number.isFinite(pick.range.hi) && pick.range.hi - pick.range.lo <= Math.max(step, 1e-9) * FIX_WIDTH;
		out.push({ relations: list, primary, target, ...(determined ? { fix: pick.range } : {}), borderline });
	}
	out.sort((a, b) => a.primary - b.primary);
	return out;
}

